"""phrase_alternation tests a word boundary once per run of phrases: the same matches as one test a phrase."""

import re

from dyadwatch.figures.lexicon import phrase_alternation

PHRASES = ["is likely to worsen", "worsen", "-5%", "ties", "tie", "$", "ease tensions", "+", "of the"]
TEXTS = ["Ties between them are likely to worsen, analysts said; +5% and -5% figures.",
         "the neckties of the envoys", "Untie it; $3 bn to ease  tensions", "WORSENING ties"]


def _naive(phrases: list[str], stems: bool) -> str:
    parts = []
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        body = r"\s+".join(re.escape(w) for w in p.split())
        if p[0].isalnum():
            body = r"(?<!\w)" + body
        if p[-1].isalnum() and not stems:
            body += r"(?!\w)"
        parts.append(body)
    return "|".join(parts)


def test_the_same_matches_as_a_test_per_phrase() -> None:
    for stems in (False, True):
        fast = re.compile(phrase_alternation(PHRASES, stems=stems), re.I)
        slow = re.compile(_naive(PHRASES, stems), re.I)
        assert fast.pattern != slow.pattern
        for text in TEXTS:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
