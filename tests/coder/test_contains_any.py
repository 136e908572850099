"""`_contains_any` (a set pre-check, then `_contains`) answers as `_contains` over every phrase."""

from dyadwatch.coder.base import _contains, _contains_any

PLURAL = ("s", "es")
PHRASES = [("talks",), ("talk",), ("border", "crossing"), ("crossings",), ("sanction",), ("trade", "deals")]
SEQS = [["the", "border", "crossings"], ["new", "sanctions", "on"], ["trade", "deal"], ["talk"], [],
        ["border", "crossing"], ["tradeses"]]


def test_the_same_answer_as_contains() -> None:
    for before in SEQS:
        for after in SEQS:
            for k in range(len(PHRASES) + 1):
                ws = PHRASES[:k]
                slow = any(_contains(before, w, plural=PLURAL) is not None
                           or _contains(after, w, plural=PLURAL) is not None for w in ws)
                assert _contains_any((before, after), ws, PLURAL) == slow
