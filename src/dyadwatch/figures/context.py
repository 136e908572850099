"""What the figures stage borrows from the rest of the NLP layer: actor mentions and dates.

Actors come from the event coder's actor matcher (``dyadwatch.nlp.actors``) and dates from
``dyadwatch.nlp.dates.find_dates``; this module only adapts their results to the plain
``Mention`` / ``DateRef`` records the extractors use, so neither dictionary is duplicated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Mention:
    code: str  # country ISO alpha-3 or IGO id, as events use
    start: int  # offsets in the sentence text
    end: int
    text: str


@dataclass(frozen=True)
class DateRef:
    start: int
    end: int
    value: str
    granularity: str


_LOCATIVE = {"in", "at", "near", "outside", "в", "во", "под", "около"}


def find_actor_mentions(text: str, lang: str = "en", pub_date: str | None = None,
                        dictionary_dirs: Sequence[Path] = ()) -> list[Mention]:
    """Actor mentions in `text`, sorted by offset, from the coder's actor dictionaries.

    Countries, IGOs, people and organisations resolve to the code events carry; capitals and
    seats of power ("Minsk", "the Kremlin") count unless a locative preposition precedes them
    ("talks in Minsk"). Titles and sector words alone are left to the coder."""
    try:
        from dyadwatch.nlp import actors as _actors
    except ImportError:  # the actor matcher is not installed in this build
        return []
    d = _actors.load_actors(lang, tuple(Path(x) for x in dictionary_dirs))
    toks = _actors.tokenize(text)
    if not toks:
        return []
    words = [t for t, _, _ in toks]
    if d.normalise is not None:
        words = d.normalise(words)
        lower = [w.lower() for w in words]
        words = lower
    else:
        lower = [w.lower() for w in words]
    out: list[Mention] = []
    for nm in _actors.match_names(d, words, lower):
        e = nm.entry
        if e.kind in ("role", "sector"):
            continue
        if e.kind == "metonym":
            if nm.start > 0 and lower[nm.start - 1] in _LOCATIVE:
                continue
            if nm.start > 1 and lower[nm.start - 1] == "the" and lower[nm.start - 2] in _LOCATIVE:
                continue
            code = e.ref
            ent = d.entities.get(e.ref)
            if ent is not None:
                code = ent.code
        else:
            ent = d.entities.get(e.ref)
            code = ent.code if ent is not None else e.ref
        start, end = toks[nm.start][1], toks[nm.end - 1][2]
        out.append(Mention(code=code, start=start, end=end, text=text[start:end]))
    out.sort(key=lambda m: (m.start, m.end, m.code))
    return out


def find_date_refs(text: str, pub_date: str | None, lang: str = "en") -> list[DateRef]:
    try:
        from dyadwatch.nlp.dates import find_dates
    except ImportError:  # the dates module is not installed in this build
        return []
    return [DateRef(d.start, d.end, d.value, d.granularity) for d in find_dates(text, pub_date, lang)]
