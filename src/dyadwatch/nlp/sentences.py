"""Sentences with exact offsets into a clean document's text.

Sentences never cross paragraph boundaries. English (and other Latin-script text) goes
through a fast rule splitter that knows abbreviations (data: nlp/lang/en/abbreviations.yaml),
initials, dotted acronyms and decimal numbers; Cyrillic text goes through razdel. For mixed
pages the splitter and each sentence's language follow the Cyrillic share of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from dyadwatch.datafiles import load_yaml
from dyadwatch.model import CleanDocument, Sentence

CYRILLIC_LANGS = {"ru", "be", "uk"}
ABBREV_FILE = Path(__file__).parent / "lang" / "en" / "abbreviations.yaml"

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+)")
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?…]*[\"'”’»)\]]*$")
_NEXT = re.compile(r"\s+([\"'“‘«(\[]*)(\S+)")
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$|^(?:[A-Za-z]\.)+[A-Za-z]$")
_INITIAL = re.compile(r"^[A-ZА-ЯЁ]$")
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _abbrev() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml(ABBREV_FILE.read_text(encoding="utf-8")) or {}
    def s(key: str) -> frozenset[str]:
        return frozenset(str(x).lower() for x in data.get(key) or [])
    return s("titles"), s("continuing"), s("may_end"), s("openers")


def cyrillic_share(text: str) -> float:
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    return cyr / (cyr + lat) if cyr + lat else 0.0


def split_english(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, whitespace trimmed."""
    titles, continuing, may_end, openers = _abbrev()
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        nxt = _NEXT.match(text, end)
        if nxt is None:
            continue
        opener, word = nxt.group(1), nxt.group(2)
        first = word[:1]
        if not (first.isupper() or first.isdigit() or opener):
            continue  # "e.g. the", "3 p.m. on Monday": a lowercase word goes on
        punct = text[m.start():m.end()]
        if punct.startswith(".") and len(punct.rstrip("\"'”’»)]")) == 1:
            before = _WORD_BEFORE.search(text, 0, m.start() + 1)
            token = before.group(1) if before else ""
            bare = token.rstrip(".").lower()
            next_word = re.sub(r"\W+$", "", word).lower()
            if _INITIAL.match(token.rstrip(".")) and token.rstrip(".").isupper():
                continue  # "Douglas E. Lute"
            if bare in titles:
                continue
            if bare in continuing and not (bare in may_end and next_word in openers):
                continue
            if _ACRONYM.match(token.rstrip(".") + ".") and "." in token and next_word not in openers:
                continue  # "the U.S. Department"
        spans.append(_trim(text, start, end))
        start = end
    if start < len(text):
        spans.append(_trim(text, start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def split_cyrillic(text: str) -> list[tuple[int, int]]:
    from razdel import sentenize

    return [_trim(text, s.start, s.stop) for s in sentenize(text) if s.text.strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(doc: CleanDocument) -> list[Sentence]:
    """Sentences of `doc` in order; `doc.text[s.start:s.end] == s.text` for each."""
    text = doc.text
    paragraphs = doc.paragraphs or ([] if not text else None)
    if paragraphs is None:
        from dyadwatch.model import Span

        paragraphs = [Span(0, len(text))]
    doc_cyrillic = doc.lang in CYRILLIC_LANGS
    out: list[Sentence] = []
    for p_idx, span in enumerate(paragraphs):
        para = text[span.start:span.end]
        share = cyrillic_share(para)
        cyrillic = share > 0.5 if (share > 0.5) != doc_cyrillic else doc_cyrillic
        pieces = split_cyrillic(para) if cyrillic else split_english(para)
        for s, e in pieces:
            sent = para[s:e]
            lang = doc.lang
            sent_share = cyrillic_share(sent)
            if doc_cyrillic and sent_share < 0.2 and len(_LAT.findall(sent)) >= 20:
                lang = "en"
            elif not doc_cyrillic and sent_share > 0.8 and len(_CYR.findall(sent)) >= 20:
                lang = "ru"
            out.append(Sentence(index=len(out), start=span.start + s, end=span.start + e,
                                text=sent, paragraph=p_idx, lang=lang))
    return out
