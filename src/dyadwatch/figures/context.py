"""What the figures stage borrows from the rest of the NLP layer: actor mentions and dates.

Actors come from the event coder's actor matcher (``dyadwatch.nlp.actors``) and dates from
``dyadwatch.nlp.dates.find_dates``; this module only adapts their results to the plain
``Mention`` / ``DateRef`` records the extractors use, so neither dictionary is duplicated.
In the pipeline both come from what the coder read (``read_sentence`` over a
``nlp.reading.SentenceReading``): a sentence is tokenised and matched once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyadwatch.nlp.actors import ActorDictionary, NameMatch
    from dyadwatch.nlp.reading import SentenceReading


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
    return name_mentions(text, toks, lower, _actors.match_names(d, words, lower), d)


def name_mentions(text: str, toks: Sequence[tuple[str, int, int]], lower: Sequence[str],
                  names: Iterable[NameMatch], d: ActorDictionary, offset: int = 0) -> list[Mention]:
    """The actor mentions among the dictionary matches `names` (``nlp.actors.NameMatch``) over
    the tokens of `text`, sorted by offset; offsets are moved by `offset` (where `text` begins
    in the sentence)."""
    out: list[Mention] = []
    for nm in names:
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
        out.append(Mention(code=code, start=start + offset, end=end + offset, text=text[start:end]))
    out.sort(key=lambda m: (m.start, m.end, m.code))
    return out


def read_sentence(text: str, reading: SentenceReading | None, lang: str = "en", pub_date: str | None = None,
                  dictionary_dirs: Sequence[Path] = ()) -> tuple[list[Mention], list[DateRef]]:
    """The actor mentions and dates of sentence `text`: from the coder's `reading` of it
    (``nlp.reading.SentenceReading``) where it read the sentence with this language's actor
    dictionary, else found here. A part the coder left out before its reading (a news dateline)
    is read here."""
    if reading is not None and reading.covers(text) and _dictionary(lang, dictionary_dirs) is reading.actors:
        k = reading.start
        mentions = name_mentions(reading.text, reading.toks, reading.lower, reading.names, reading.actors, k)
        dates = [DateRef(x.start + k, x.end + k, x.value, x.granularity) for x in reading.dates]
        if k:
            head = text[:k]
            mentions = find_actor_mentions(head, lang, pub_date, dictionary_dirs) + mentions
            dates = find_date_refs(head, pub_date, lang) + dates
        return mentions, dates
    return (find_actor_mentions(text, lang, pub_date, dictionary_dirs),
            find_date_refs(text, pub_date, lang))


def _dictionary(lang: str, dictionary_dirs: Sequence[Path]) -> ActorDictionary | None:
    try:
        from dyadwatch.nlp.actors import load_actors
    except ImportError:  # the actor matcher is not installed in this build
        return None
    return load_actors(lang, tuple(Path(x) for x in dictionary_dirs))


def find_date_refs(text: str, pub_date: str | None, lang: str = "en") -> list[DateRef]:
    try:
        from dyadwatch.nlp.dates import find_dates
    except ImportError:  # the dates module is not installed in this build
        return []
    return [DateRef(d.start, d.end, d.value, d.granularity) for d in find_dates(text, pub_date, lang)]
