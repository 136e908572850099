"""Figures (money, shares, counts) and judgments (analysts' forecasts about a dyad).

Public entry points:

* ``extract_extras(doc, sentences, events, readings=None)`` -> ``{"figures": [row, ...],
  "judgments": [...]}``: rows in the columns of the ``figures`` / ``judgments`` tables (less
  ``document_id``), plus ``sentence_idx``; the store turns that into ``sentence_id``.
  ``readings`` (sentence index -> ``nlp.reading.SentenceReading``, from the coder's
  ``code_document(..., readings=)``) gives each sentence's actor names and dates as the coder
  read them, so they are not found a second time.
* ``extract_text(text, pub_date=None, lang="en")`` -> the same for a short text taken as one
  document of one or more sentences (used by the scorer and for quick checks).

Pure: no store access. Same input and lexicons, same output.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadwatch.figures.context import Mention, find_actor_mentions, find_date_refs, read_sentence
from dyadwatch.figures.extract import (
    Figure,
    assign_actors,
    assign_dates,
    assign_measures,
    find_figures,
)
from dyadwatch.figures.judgments import Judgment, find_judgment
from dyadwatch.figures.lexicon import figures_lexicon, judgments_lexicon
from dyadwatch.model import CleanDocument, Event, Sentence, event_stable_id, stable_id

if TYPE_CHECKING:
    from dyadwatch.nlp.reading import SentenceReading

__all__ = ["extract_extras", "extract_text", "FIGURE_COLUMNS", "JUDGMENT_COLUMNS"]

FIGURE_COLUMNS = ("id", "sentence_idx", "kind", "value", "value_max", "unit", "qualifier",
                  "measure", "source", "target", "date", "date_granularity", "event_id",
                  "text", "start", "end")
JUDGMENT_COLUMNS = ("id", "sentence_idx", "source", "target", "direction", "kind", "horizon",
                    "hedge", "cue", "date", "date_granularity", "text", "start", "end")


class _Focus:
    """The document's most-mentioned actors, computed once and only when a judgment needs it."""

    def __init__(self, doc: CleanDocument, sentences: Sequence[Sentence],
                 mentions: dict[int, list[Mention]], dictionary_dirs: Sequence[Path],
                 readings: Mapping[int, SentenceReading]) -> None:
        self.doc, self.sentences, self.mentions = doc, sentences, mentions
        self.dirs, self.readings = dictionary_dirs, readings
        self._order: list[str] | None = None

    def __call__(self, exclude: set[str]) -> str | None:
        if self._order is None:
            counts: Counter[str] = Counter()
            first: dict[str, int] = {}
            texts = [(s.index, s.text, s.lang) for s in self.sentences]
            if self.doc.title:
                texts.insert(0, (-1, self.doc.title, self.doc.lang))
            for idx, text, lang in texts:
                found = self.mentions.get(idx)
                if found is None:
                    reading = self.readings.get(idx)
                    if reading is not None:
                        found = read_sentence(text, reading, lang, self.doc.pub_date, self.dirs)[0]
                    else:
                        found = find_actor_mentions(text, lang, self.doc.pub_date, self.dirs)
                    self.mentions[idx] = found
                for mn in found:
                    counts[mn.code] += 1
                    first.setdefault(mn.code, len(first))
            self._order = sorted(counts, key=lambda c: (-counts[c], first[c]))
        return next((c for c in self._order if c not in exclude), None)


_JUDGMENT_QUICK: dict[str, re.Pattern[str]] = {}


def extract_extras(doc: CleanDocument, sentences: list[Sentence],
                   events: list[tuple[int, Event]],
                   dictionary_dirs: Sequence[Path] = (),
                   readings: Mapping[int, SentenceReading] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Figures and judgments of a coded document, as rows for the store; a sentence with a
    reading in `readings` (what the coder read: ``nlp.reading.SentenceReading``) takes its actor
    mentions and dates from it."""
    dirs = tuple(Path(d) for d in dictionary_dirs)
    doc_id = doc.doc_id
    events_by_sentence: dict[int, list[tuple[int, Event]]] = {}
    for pos, (idx, ev) in enumerate(events):
        events_by_sentence.setdefault(idx, []).append((pos, ev))
    readings = readings or {}
    mentions: dict[int, list[Mention]] = {}
    focus = _Focus(doc, sentences, mentions, dirs, readings)
    fig_rows: list[dict[str, Any]] = []
    jud_rows: list[dict[str, Any]] = []
    for s in sentences:
        lang = s.lang or doc.lang or "en"
        flex = figures_lexicon(lang, dirs)
        jlex = judgments_lexicon(lang, dirs)
        has_figure_cue = bool(flex.quick_rx.search(s.text))
        has_judgment_cue = bool(jlex.cue_rx.search(s.text))
        if not (has_figure_cue or has_judgment_cue):
            continue
        reading = readings.get(s.index)
        if reading is not None:  # as the coder read it
            mentions[s.index], dates = read_sentence(s.text, reading, lang, doc.pub_date, dirs)
        else:
            dates = find_date_refs(s.text, doc.pub_date, lang)
        figs = find_figures(s.text, flex, dates) if has_figure_cue else []
        if not figs and not has_judgment_cue:
            continue
        if s.index not in mentions:
            mentions[s.index] = find_actor_mentions(s.text, lang, doc.pub_date, dirs)
        sent_mentions = mentions[s.index]
        if figs:
            assign_measures(s.text, figs, flex)
            sent_events = events_by_sentence.get(s.index, [])
            for f in figs:
                spec = flex.measures.get(f.measure) if f.measure else None
                assign_actors(s.text, f, spec, sent_mentions, flex, figs)
                assign_dates(s.text, f, dates)
                eid = _link_event(f, spec, sent_events, doc_id, s.index)
                fig_rows.append(_figure_row(doc_id, s.index, f, eid))
        if has_judgment_cue:
            j = find_judgment(s.text, jlex, sent_mentions, focus)
            if j is not None:
                jud_rows.append(_judgment_row(doc_id, s, j, doc.pub_date, doc.pub_date_granularity))
    return {"figures": _dedup(fig_rows), "judgments": _dedup(jud_rows)}


def _dedup(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for r in rows:
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def _link_event(f: Figure, spec: Any, sent_events: list[tuple[int, Event]], doc_id: str,
                sentence_idx: int) -> str | None:
    if spec is None or not spec.event_types or not sent_events:
        return None
    best: tuple[int, int, Event] | None = None
    for pos, ev in sent_events:
        if ev.type not in spec.event_types:
            continue
        d = abs(ev.start - f.start) if ev.start < f.start else max(0, ev.start - f.end)
        if best is None or (d, pos) < (best[0], best[1]):
            best = (d, pos, ev)
    if best is None:
        return None
    ev = best[2]
    f.event_index = best[1]
    if f.source is None and f.target is None:
        f.source, f.target = ev.source, ev.target
    if f.date is None and ev.date:
        f.date, f.date_granularity = ev.date, ev.date_granularity
    return event_stable_id(doc_id, sentence_idx, ev)


def _figure_row(doc_id: str, idx: int, f: Figure, event_id: str | None) -> dict[str, Any]:
    return {
        "id": stable_id(doc_id, idx, f.start, f.end, f.kind),
        "sentence_idx": idx, "kind": f.kind, "value": f.value, "value_max": f.value_max,
        "unit": f.unit, "qualifier": f.qualifier, "measure": f.measure, "source": f.source,
        "target": f.target, "date": f.date, "date_granularity": f.date_granularity,
        "event_id": event_id, "text": f.text, "start": f.start, "end": f.end,
    }


def _judgment_row(doc_id: str, s: Sentence, j: Judgment, pub_date: str | None,
                  pub_gran: str | None) -> dict[str, Any]:
    return {
        "id": stable_id(doc_id, s.index, j.start, j.end, "judgment"),
        "sentence_idx": s.index, "source": j.source, "target": j.target,
        "direction": j.direction, "kind": j.kind, "horizon": j.horizon,
        "hedge": j.hedge[:32] if j.hedge else None, "cue": j.cue,
        # a judgment is dated when it was made: the document's date
        "date": pub_date, "date_granularity": pub_gran,
        "text": s.text, "start": j.start, "end": j.end,
    }


def extract_text(text: str, pub_date: str | None = None, lang: str = "en",
                 dictionary_dirs: Sequence[Path] = ()) -> dict[str, list[dict[str, Any]]]:
    """Figures and judgments of a short text taken as one document, one sentence per line
    break or as split by the sentence splitter when it is installed."""
    doc = CleanDocument(location="<text>", text=text, pub_date=pub_date, lang=lang)
    try:
        from dyadwatch.nlp.sentences import split_sentences

        sentences = split_sentences(doc)
    except ImportError:  # sentence splitter not installed in this build
        sentences = [Sentence(index=0, start=0, end=len(text), text=text, lang=lang)]
    for s in sentences:
        s.lang = lang
    return extract_extras(doc, sentences, [], dictionary_dirs=dictionary_dirs)
