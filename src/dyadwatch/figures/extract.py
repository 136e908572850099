"""Figures in a sentence: money amounts, percentages and shares, counts.

Reading order for each number: a currency sign before it, a scale after it ("billion",
"млрд"), a second number making a range ("45–50", "between 45 and 50", "от 45 до 50"), then
what follows: a percent word, a currency word, or a count noun ("10,000 jobs"). A bare
scaled number right after "of which"/"из которых" inherits the currency of the amount before
it. Then each figure gets a measure (the nearest cue word of its lexicon that fits its kind)
and its actors (see `assign_actors`). All vocabulary is in ``lang/<code>/figures.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from dyadwatch.figures.context import DateRef, Mention
from dyadwatch.figures.lexicon import FiguresLexicon, Measure, norm_key

_CLAUSE_BREAK = re.compile(r"[()\[\];:]|,\s+(?:which|while|but|whereas|although|что|который|которая|которые|но|а)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_RATE = re.compile(r"(?:\bper|\bза|/)\s*$", re.IGNORECASE)
_OF_WHOLE = re.compile(r"\s+(?:of|in|от|из|в)\s", re.IGNORECASE)
_WORD_REST = re.compile(r"[\w’'-]*")
# A number glued to letters ("S-400", "Su-30", "MiG29", "Ил-76") names a model, not a quantity.
_DESIGNATION = re.compile(r"[^\W\d_]-?$")


@dataclass
class Figure:
    kind: str  # money | percent | count
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str
    start: int  # offsets in the sentence text
    end: int
    text: str
    measure: str | None = None
    source: str | None = None
    target: str | None = None
    date: str | None = None
    date_granularity: str | None = None
    event_index: int | None = None  # position in the document's events list
    scale: float = 1.0
    fraction: bool = False
    inherited: bool = False
    cue_start: int | None = None
    cue_end: int | None = None
    core_end: int = 0  # end of the currency, number(s) and scale: where no actor can be
    extra: dict[str, object] = field(default_factory=dict)


def parse_number(raw: str, lex: FiguresLexicon) -> float | None:
    key = norm_key(raw)
    if key in lex.number_words:
        return lex.number_words[key]
    s = raw.replace("\u00a0", "").replace("\u202f", "")
    if lex.lang == "ru":
        s = s.replace(" ", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _scale_at(text: str, pos: int, lex: FiguresLexicon, has_currency: bool) -> tuple[float, int] | None:
    m = lex.scale_rx.match(text, pos)
    if not m:
        return None
    key = norm_key(m.group())
    if key in lex.short_scales and not has_currency:
        return None
    value = lex.scales.get(key) or lex.scales.get(key.rstrip("."))
    return (value, m.end()) if value else None


def find_figures(text: str, lex: FiguresLexicon, dates: Sequence[DateRef] = ()) -> list[Figure]:
    """Every money amount, percentage and count in one sentence, in text order."""
    if not lex.quick_rx.search(text):
        return []
    date_spans = [(d.start, d.end) for d in dates]
    out: list[Figure] = []
    consumed = 0
    for m in lex.number_rx.finditer(text):
        s, e = m.span()
        if s < consumed or any(ds <= s < de for ds, de in date_spans):
            continue
        fig = _read_number(text, m, lex, out)
        if fig is not None:
            out.append(fig)
            consumed = fig.end
    for m in lex.fraction_rx.finditer(text):
        s, e = m.span()
        if any(f.start <= s < f.end for f in out):
            continue
        q = _qualifier(text, s, lex)
        out.append(Figure("percent", lex.fractions[norm_key(m.group())], None, "%", q, s, e,
                          text[s:e], fraction=True))
    out.sort(key=lambda f: f.start)
    return out


def _qualifier(text: str, start: int, lex: FiguresLexicon) -> str:
    left = text[max(0, start - 40):start]
    qm = lex.qualifier_rx.search(left)
    if not qm:
        return "exact"
    return lex.qualifier_map.get(norm_key(qm.group()), "exact")


def _read_number(text: str, m: re.Match[str], lex: FiguresLexicon, before: list[Figure]) -> Figure | None:
    s, e = m.span()
    n1 = parse_number(m.group(), lex)
    if n1 is None:
        return None
    is_word = not m.group()[0].isdigit()
    start = s
    currency: str | None = None
    left = text[max(0, s - 12):s]
    pm = lex.prefix_rx.search(left)
    if pm:
        currency = lex.prefix_map.get(norm_key(pm.group()))
        start = s - (len(left) - pm.start())
    elif not is_word and _DESIGNATION.search(left):
        return None
    glued_currency = currency is not None
    pos = e
    scale1 = _scale_at(text, pos, lex, glued_currency)
    if scale1:
        pos = scale1[1]
    n2: float | None = None
    scale2: tuple[float, int] | None = None
    between = lex.between_rx.search(text[max(0, start - 15):start])
    rm = (lex.and_rx.match(text, pos) if between else None) or lex.range_rx.match(text, pos)
    if rm:
        q = rm.end()
        pm2 = lex.prefix_at_rx.match(text, q)
        if pm2:
            q = pm2.end()
        nm = lex.number_rx.match(text, q)
        if nm:
            v2 = parse_number(nm.group(), lex)
            sc2 = _scale_at(text, nm.end(), lex, glued_currency)
            eff1 = n1 * (scale1[0] if scale1 else (sc2[0] if sc2 else 1.0))
            eff2 = (v2 or 0) * (sc2[0] if sc2 else (scale1[0] if scale1 else 1.0))
            if v2 is not None and eff2 > eff1:
                n2, scale2 = v2, sc2
                pos = sc2[1] if sc2 else nm.end()
    scale = (scale1[0] if scale1 else None) or (scale2[0] if scale2 else None)
    core_end = pos
    kind: str | None = None
    unit: str | None = None
    measure_hint: str | None = None
    inherited = False
    pct = lex.percent_rx.match(text, pos)
    suf = None if pct else lex.suffix_rx.match(text, pos)
    if pct:
        kind, unit = "percent", ("pp" if norm_key(pct.group()) in lex.points else "%")
        pos = pct.end()
    elif suf:
        kind, currency = "money", lex.suffix_map.get(norm_key(suf.group()), currency)
        pos = suf.end()
    elif currency:
        kind = "money"
    else:
        um = None if _RATE.search(text, max(0, start - 6), start) else lex.unit_rx.match(text, pos)
        if um:
            spec = lex.unit_map.get(norm_key(um.group("u")), {})
            kind, unit = "count", spec.get("unit")
            measure_hint = spec.get("measure")
            pos = um.end()
            if (_YEAR.fullmatch(m.group()) and not scale and n2 is None) or n1 <= 0:
                return None
        elif scale and before and before[-1].kind == "money":
            gap = text[before[-1].end:start]
            if lex.inherit_rx.search(gap) or not lex.number_rx.search(gap):
                kind, currency, inherited = "money", before[-1].unit, True
    if kind is None:
        return None
    if is_word and kind == "count" and n1 < 2:
        return None
    if kind == "money":
        unit = currency
        rate = lex.rate_rx.match(text, pos)
        if rate and currency:  # a price per quantity: "$127 per thousand cubic metres"
            unit, pos = f"{currency}/{lex.rate_map[norm_key(rate.group().strip())]}", rate.end()
    factor = scale or 1.0
    value = n1 * factor
    value_max = n2 * (scale2[0] if scale2 else factor) if n2 is not None else None
    qualifier = "exact" if between else _qualifier(text, start, lex)
    fig = Figure(kind, _round(value), _round(value_max) if value_max is not None else None, unit,
                 qualifier, start, pos, text[start:pos], scale=factor, inherited=inherited)
    fig.core_end = core_end
    if measure_hint:
        fig.extra["measure_hint"] = measure_hint
    return fig


def _round(x: float) -> float:
    return float(f"{x:.6g}") if abs(x) < 1e6 else float(round(x))


# --- measures ---------------------------------------------------------------------------

def _cue_candidates(text: str, lex: FiguresLexicon) -> list[tuple[int, int, list[str]]]:
    cues = []
    for m in lex.cue_rx.finditer(text):
        key = norm_key(m.group())
        matches = [(stem, name) for stem, name in lex.cue_map if key.startswith(stem)]
        if not matches:
            continue
        longest = max(len(stem) for stem, _ in matches)
        names = [name for stem, name in matches if len(stem) == longest]
        names.sort(key=lex.measure_order.index)
        end = _WORD_REST.match(text, m.end())
        cues.append((m.start(), end.end() if end else m.end(), names))
    return cues


def assign_measures(text: str, figs: list[Figure], lex: FiguresLexicon) -> None:
    if not figs:
        return
    cues = _cue_candidates(text, lex)
    context_ok: dict[str, bool] = {}
    for f in figs:
        best: tuple[int, int, int, int, str] | None = None
        for cs, ce, names in cues:
            if cs >= f.end:
                dist = cs - f.end
                between = [g for g in figs if g is not f and f.end <= g.start < cs]
            elif ce <= f.start:
                dist = f.start - ce
                between = [g for g in figs if g is not f and ce <= g.start < f.start]
            else:
                dist, between = 0, []
            crossed = 1 if _CLAUSE_BREAK.search(text[min(ce, f.end):max(cs, f.start)]) else 0
            for name in names:
                spec = lex.measures[name]
                if f.kind not in spec.kinds:
                    continue
                if spec.context_rx is not None:
                    if name not in context_ok:
                        context_ok[name] = bool(spec.context_rx.search(text))
                    if not context_ok[name]:
                        continue
                score = dist + 60 * len(between) + 40 * crossed
                if f.kind == "percent" and cs >= f.end and _OF_WHOLE.match(text, f.end):
                    score -= 6  # "45 per cent of Belarus's trade": the whole is the measure
                cand = (score, lex.measure_order.index(name), cs, ce, name)
                if best is None or cand < best:
                    best = cand
                break
        hint = f.extra.get("measure_hint")
        if isinstance(hint, str) and (best is None or best[0] > 30 or hint == best[4]):
            f.measure = hint
        elif best is not None:
            f.measure, f.cue_start, f.cue_end = best[4], best[2], best[3]
        elif f.inherited:
            prev = [g for g in figs if g.kind == "money" and g.end <= f.start and g.measure]
            if prev:
                f.measure = prev[-1].measure
    # inherited parts ("of which 1 billion") take their whole's measure
    for i, f in enumerate(figs):
        if f.inherited and i > 0:
            prev = [g for g in figs[:i] if g.kind == "money" and not g.inherited]
            if prev and prev[-1].measure:
                f.measure = prev[-1].measure
    kept = [f for f in figs if not (f.fraction and f.measure is None)]
    figs[:] = kept


# --- actors -----------------------------------------------------------------------------

_PAIR_JOIN = re.compile(r"\s*[-–—/]\s*|\s+(?:and|и)\s+")
_ADJECTIVE = re.compile(r"(?:an|ese|ish|i|['’]s?|ий|ый|ая|ое|ые|ие|ого|ой|их|ым|ому)$", re.IGNORECASE)
_TIGHT_GAP = re.compile(r"^(?:['’]s?)?\s*$")
_ADJ_GAP = re.compile(r"^(?:['’]s?)?\s*(?:[^\W\d][\w-]*\s+){0,1}$")


def _nearest_subject(text: str, verb_start: int, mentions: Sequence[Mention]) -> Mention | None:
    best = None
    for mn in mentions:
        if mn.end <= verb_start:
            gap = text[mn.end:verb_start]
            if len(gap) <= 80 and not re.search(r"[()\[\];]", gap):
                best = mn
    return best


def assign_actors(text: str, f: Figure, spec: Measure | None, mentions: Sequence[Mention],
                  lex: FiguresLexicon, figs: Sequence[Figure]) -> None:
    mentions = [mn for mn in mentions
                if not any(g.start < mn.end and mn.start < max(g.core_end, g.start + 1) for g in figs)]
    if not mentions:
        return
    ph_s, ph_e = f.start, f.end
    if f.cue_start is not None and f.cue_end is not None:
        ph_s, ph_e = min(ph_s, f.cue_start), max(ph_e, f.cue_end)
    flow = bool(spec and spec.flow)
    src: str | None = None
    tgt: str | None = None
    # 1. the first actor after the figure (or after its cue), introduced by a preposition
    if flow:
        for anchor in sorted({f.end, ph_e}):
            mn = next((m for m in mentions if m.start >= anchor), None)
            if mn is None:
                continue
            gap = text[anchor:mn.start]
            if len(gap) > 60 or any(g is not f and anchor <= g.start < mn.start for g in figs):
                continue
            if spec is not None and spec.possessive == "target" and lex.debt_source_prep_rx.search(gap):
                src = src or mn.code
            elif lex.source_prep_rx.search(gap):
                src = src or mn.code
            elif lex.target_prep_rx.search(gap):
                tgt = tgt or mn.code
    # 2. the subject of the nearest giving/receiving verb before the figure
    if flow and (src is None or tgt is None):
        verbs = [(vm.start(), "target") for vm in lex.recipient_rx.finditer(text, 0, f.start)]
        verbs += [(vm.start(), "source") for vm in lex.provider_rx.finditer(text, 0, f.start)]
        for vstart, role in sorted(verbs, reverse=True):
            subj = _nearest_subject(text, vstart, mentions)
            if subj is None:
                continue
            if role == "target" and tgt is None and subj.code != src:
                tgt = subj.code
            elif role == "source" and src is None and subj.code != tgt:
                src = subj.code
            break
    # 2. an actor right before the phrase or inside it ("a Russian loan", "Belarus's debt",
    #    "45 per cent of Belarus's trade"); "EU-Belarus trade" names both, in that order
    possessive_target = not flow or (spec is not None and spec.possessive == "target")
    for i, mn in enumerate(mentions):
        inside = (ph_s <= mn.start and mn.end <= ph_e) or (
            mn.start >= f.end and not text[f.end:mn.start].strip())  # "военнослужащих России"
        gap = text[mn.end:ph_s] if mn.end <= ph_s else None
        adjacent = gap is not None and (_TIGHT_GAP.match(gap) is not None or (
            f.cue_start == ph_s and _ADJ_GAP.match(gap) is not None
            and _ADJECTIVE.search(mn.text) is not None))
        if not (inside or adjacent):
            continue
        prev = mentions[i - 1] if i > 0 else None
        if (prev is not None and prev.code != mn.code and src is None and tgt is None
                and _PAIR_JOIN.fullmatch(text[prev.end:mn.start])):
            src, tgt = prev.code, mn.code
            break
        after_figure = inside and mn.start >= f.end
        role_target = (flow and possessive_target) or (not flow and after_figure and f.kind != "count")
        if role_target and tgt is None and mn.code != src:
            tgt = mn.code
        elif not role_target and src is None and mn.code != tgt:
            src = mn.code
    # 4. fill in from the other actors of the sentence
    def dist(mn: Mention) -> int:
        return ph_s - mn.end if mn.end <= ph_s else max(0, mn.start - ph_e)

    if flow:
        if src is not None and tgt is None:
            tgt = next((mn.code for mn in sorted(mentions, key=dist) if mn.code != src), None)
        elif tgt is not None and src is None:
            src = next((mn.code for mn in sorted(mentions, key=dist) if mn.code != tgt), None)
        elif src is None and tgt is None:
            codes = _distinct(mentions)
            src = codes[0]
            tgt = codes[1] if len(codes) > 1 else None
    else:
        codes = [c for c in _distinct(mentions) if c not in (src, tgt)]
        if src is None and codes:
            src = codes.pop(0)
        if tgt is None and codes:
            tgt = codes.pop(0)
    f.source, f.target = src, tgt


def _distinct(mentions: Sequence[Mention]) -> list[str]:
    out: list[str] = []
    for mn in mentions:
        if mn.code not in out:
            out.append(mn.code)
    return out


def assign_dates(text: str, f: Figure, dates: Sequence[DateRef]) -> None:
    best: tuple[int, DateRef] | None = None
    for d in dates:
        if f.start <= d.start < f.end:
            continue
        gap = f.start - d.end if d.end <= f.start else d.start - f.end
        if d.start > 0 and "(" in text[max(0, d.start - 40):d.start] and ")" not in text[max(0, d.start - 40):d.start]:
            gap += 100  # a citation's date "(TASS, January 1, 2016)"
        if best is None or gap < best[0]:
            best = (gap, d)
    if best is not None:
        f.date, f.date_granularity = best[1].value, best[1].granularity
