"""Judgments: an analyst's assessment or forecast of where a dyad's relations are going.

A sentence is a judgment when it holds a direction cue (better / worse / stable, see
``lang/<code>/judgments.yaml``) and either a forecast marker (a hedge such as "likely", a
horizon such as "in the coming weeks", or a future/assessment word), a word saying it is
about relations, or a time word for the present ("this week": an assessment, not a
forecast). Cues inside a conditional clause ("if NATO strengthens ...") are skipped. The first direction cue decides, after two checks in the three words before
it: a reverser ("reduce the confrontation" -> better) and a negation ("will not improve" ->
stable). Its actors are the sentence's actors; when only one is named ("relations with
Russia are likely ..."), the other is the document's most-mentioned other actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dyadwatch.figures.context import Mention
from dyadwatch.figures.lexicon import JudgmentsLexicon, lookup_stem

_WORD = re.compile(r"[\w’'-]+")
_CLAUSE_END = re.compile(r"[,;:()]|\s[—–-]\s|$")


@dataclass
class Judgment:
    direction: str  # better | worse | stable
    kind: str  # forecast | assessment
    cue: str
    start: int  # offsets of the direction cue in the sentence
    end: int
    hedge: str | None = None
    horizon: str | None = None
    source: str | None = None
    target: str | None = None


def _word_end(text: str, end: int) -> int:
    m = re.compile(r"[\w’'-]*").match(text, end)
    return m.end() if m else end


def _window_before(text: str, start: int, words: int = 3) -> str:
    toks = list(_WORD.finditer(text, max(0, start - 60), start))
    if not toks:
        return ""
    return text[toks[max(0, len(toks) - words)].start():start]


def _conditions(text: str, lex: JudgmentsLexicon) -> list[tuple[int, int]]:
    """Spans of conditional clauses ("if NATO strengthens its presence", up to the next
    clause break): what they say is a condition of the forecast, not its direction."""
    spans = []
    for m in lex.condition_rx.finditer(text):
        brk = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), brk.start() if brk else len(text)))
    return spans


def read_direction(text: str, lex: JudgmentsLexicon) -> tuple[str, int, int] | None:
    """(direction, start, end) of the sentence's deciding cue, or None. Cues inside a
    conditional clause do not count."""
    conditions = _conditions(text, lex)
    for m in lex.cue_rx.finditer(text):
        if any(s <= m.start() < e for s, e in conditions):
            continue
        direction = lookup_stem(lex.cue_map, m.group())
        if direction is None:
            continue
        window = _window_before(text, m.start())
        after = text[m.end():m.end() + 60]
        after = " ".join(_WORD.findall(after)[:5])
        if direction == "worse" and (lex.worse_to_better_rx.search(window)
                                     or lex.worse_to_better_after_rx.search(after)):
            direction = "better"
        elif direction == "better" and lex.better_to_worse_rx.search(window):
            direction = "worse"
        if direction != "stable" and lex.negation_rx.search(_window_before(text, m.start(), 5)):
            direction = "stable"  # "unlikely to improve", "unlikely to overcome the dispute"
        return direction, m.start(), _word_end(text, m.end())
    return None


def find_judgment(text: str, lex: JudgmentsLexicon, mentions: Sequence[Mention],
                  focus: Callable[[set[str]], str | None] | None = None) -> Judgment | None:
    """The judgment a sentence makes about a dyad, or None."""
    if not lex.cue_rx.search(text):
        return None
    found = read_direction(text, lex)
    if found is None:
        return None
    direction, cs, ce = found
    hedge_m = lex.hedge_rx.search(text)
    horizon_m = lex.horizon_rx.search(text)
    # "escalated this week" reports the present: a time word for the current period makes
    # the sentence an assessment, a forecast needs a hedge, a future horizon or a future word
    present_m = None if horizon_m else lex.present_rx.search(text)
    forecast = bool(hedge_m or horizon_m or lex.forecast_rx.search(text))
    about_relations = bool(lex.relation_rx.search(text))
    if not (forecast or about_relations or present_m):
        return None
    horizon_m = horizon_m or present_m
    codes: list[str] = []
    for mn in mentions:
        if mn.code not in codes:
            codes.append(mn.code)
    if not codes:
        return None
    source = codes[0]
    target = codes[1] if len(codes) > 1 else None
    if target is None and about_relations and focus is not None:
        target = focus({source})
    hedge = " ".join(hedge_m.group().lower().split()) if hedge_m else None
    horizon = " ".join(horizon_m.group().split()) if horizon_m else None
    return Judgment(direction=direction, kind="forecast" if forecast else "assessment",
                    cue=text[cs:ce], start=cs, end=ce, hedge=hedge, horizon=horizon,
                    source=source, target=target)
