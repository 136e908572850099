"""The figures and judgments lexicons: YAML per language, compiled once into regexes.

Files: ``figures/lang/<code>/figures.yaml`` and ``figures/lang/<code>/judgments.yaml``.
Users may layer their own over them: ``DIR/<code>/figures.yaml`` (mappings are updated,
lists are extended), passed as ``dictionary_dirs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.datafiles import read_mapping

LANG_DIR = Path(__file__).parent / "lang"
DEFAULT_LANG = "en"


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def load_raw(lang: str, name: str, dictionary_dirs: Sequence[Path] = ()) -> dict[str, Any]:
    """The merged YAML lexicon `name` ("figures" or "judgments") for a language."""
    code = lang if (LANG_DIR / lang / f"{name}.yaml").exists() else DEFAULT_LANG
    data = read_mapping(LANG_DIR / code / f"{name}.yaml", "lexicon")
    for d in dictionary_dirs:
        extra = Path(d) / code / f"{name}.yaml"
        if extra.exists():
            data = _merge(data, read_mapping(extra, "lexicon"))
    return data


def phrase_alternation(phrases: Iterable[str], *, stems: bool = False) -> str:
    """A regex alternation of phrases, longest first, with word boundaries where they apply.

    Spaces inside a phrase match any run of whitespace. With `stems`, a phrase ending in a
    letter may go on ("deteriorat" matches "deteriorate")."""
    parts = []
    for p in sorted({str(x) for x in phrases if str(x).strip()}, key=lambda s: (-len(s), s)):
        body = r"\s+".join(re.escape(w) for w in p.split())
        if p[0].isalnum():
            body = r"(?<!\w)" + body
        if p[-1].isalnum() and not stems:
            body += r"(?!\w)"
        parts.append(body)
    if not parts:
        return r"(?!x)x"
    # the word boundary before a run of phrases is tested once, not once a phrase at every position
    # (the same matches, in the same order: the test takes no characters)
    out: list[str] = []
    run: list[str] = []
    for body in parts:
        if body.startswith(_NOT_AFTER_WORD):
            run.append(body[len(_NOT_AFTER_WORD):])
            continue
        if run:
            out.append(_NOT_AFTER_WORD + "(?:" + "|".join(run) + ")")
            run = []
        out.append(body)
    if run:
        out.append(_NOT_AFTER_WORD + "(?:" + "|".join(run) + ")")
    return "|".join(out)


_NOT_AFTER_WORD = r"(?<!\w)"


def norm_key(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass
class Measure:
    name: str
    kinds: tuple[str, ...]
    flow: bool = False
    possessive: str = "source"  # the role of "X's"/"Russian" right before the figure
    has_context: bool = False
    context_rx: re.Pattern[str] | None = None
    event_types: tuple[str, ...] = ()


@dataclass
class FiguresLexicon:
    lang: str
    number_rx: re.Pattern[str]
    number_words: dict[str, float]
    prefix_rx: re.Pattern[str]  # currency before the number, anchored at the end of a window
    prefix_map: dict[str, str]
    prefix_at_rx: re.Pattern[str]  # anchored: currency before the second number of a range
    suffix_rx: re.Pattern[str]  # anchored: currency word after number/scale
    suffix_map: dict[str, str]
    scale_rx: re.Pattern[str]  # anchored
    scales: dict[str, float]
    short_scales: frozenset[str]
    percent_rx: re.Pattern[str]  # anchored
    points: frozenset[str]
    range_rx: re.Pattern[str]  # anchored joiner between two numbers
    between_rx: re.Pattern[str]  # "between"/"от" at the end of the left window
    and_rx: re.Pattern[str]  # "and"/"до" joiner after "between"
    qualifier_rx: re.Pattern[str]  # at the end of the left window
    qualifier_map: dict[str, str]
    unit_rx: re.Pattern[str]  # anchored, after up to two words
    unit_map: dict[str, dict[str, str]]
    fraction_rx: re.Pattern[str]
    fractions: dict[str, float]
    cue_rx: re.Pattern[str]
    cue_map: list[tuple[str, str]]  # (normalised stem, measure), longest first
    measures: dict[str, Measure]
    measure_order: list[str]
    source_prep_rx: re.Pattern[str]
    target_prep_rx: re.Pattern[str]
    debt_source_prep_rx: re.Pattern[str]
    recipient_rx: re.Pattern[str]
    provider_rx: re.Pattern[str]
    inherit_rx: re.Pattern[str]
    quick_rx: re.Pattern[str]
    # "per thousand cubic metres" after a money amount: the price is per that quantity
    rate_rx: re.Pattern[str] = re.compile(r"(?!x)x")
    rate_map: dict[str, str] = field(default_factory=dict)


@dataclass
class JudgmentsLexicon:
    lang: str
    cue_rx: re.Pattern[str]
    cue_map: list[tuple[str, str]]  # (normalised stem, direction), longest first
    worse_to_better_rx: re.Pattern[str]
    better_to_worse_rx: re.Pattern[str]
    worse_to_better_after_rx: re.Pattern[str]
    negation_rx: re.Pattern[str]
    hedge_rx: re.Pattern[str]
    horizon_rx: re.Pattern[str]
    forecast_rx: re.Pattern[str]
    relation_rx: re.Pattern[str]
    present_rx: re.Pattern[str] = re.compile(r"(?!x)x")  # "this week": the present, not a forecast
    condition_rx: re.Pattern[str] = re.compile(r"(?!x)x")  # "if", "unless": a condition follows
    extra: dict[str, Any] = field(default_factory=dict)


def lookup_stem(table: list[tuple[str, str]], matched: str) -> str | None:
    """The value of the longest stem in `table` that the matched text starts with."""
    key = norm_key(matched)
    for stem, value in table:
        if key.startswith(stem):
            return value
    return None


_I = re.IGNORECASE


def _num_pattern(lang: str, words: Iterable[str]) -> str:
    if lang == "ru":
        digits = r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[.,]\d+)?(?![\w])"
    else:
        digits = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![\w])"
    return f"(?:{digits}|{phrase_alternation(words)})"


def _prep_end(preps: Iterable[str]) -> re.Pattern[str]:
    """A preposition at the very end of a gap, before an actor ("a loan from [the] Russia")."""
    return re.compile(r"(?:" + phrase_alternation(preps) + r")\s+(?:(?:the|its|their|a)\s+)?$", _I)


@lru_cache(maxsize=32)
def figures_lexicon(lang: str, dictionary_dirs: tuple[Path, ...] = ()) -> FiguresLexicon:
    raw = load_raw(lang, "figures", dictionary_dirs)
    number_words = {norm_key(k): float(v) for k, v in (raw.get("number_words") or {}).items()}
    prefix_map = {norm_key(k): str(v) for k, v in (raw.get("currency_prefix") or {}).items()}
    suffix_map = {norm_key(k): str(v) for k, v in (raw.get("currency_suffix") or {}).items()}
    scales = {norm_key(k): float(v) for k, v in (raw.get("scales") or {}).items()}
    short = frozenset(k for k in scales if len(k.rstrip(".")) <= 2 and k.isascii())
    qual_map: dict[str, str] = {}
    for q, phrases in (raw.get("qualifiers") or {}).items():
        for p in phrases or []:
            qual_map[norm_key(str(p))] = str(q)
    units = {norm_key(k): {kk: str(vv) for kk, vv in (v or {}).items()}
             for k, v in (raw.get("count_units") or {}).items()}
    fractions = {norm_key(k): float(v) for k, v in (raw.get("fractions") or {}).items()}
    rates = {norm_key(k): str(v) for k, v in (raw.get("rates") or {}).items()}
    event_types = raw.get("event_types") or {}
    measures: dict[str, Measure] = {}
    cue_map: list[tuple[str, str]] = []
    cue_phrases: list[str] = []
    for name, spec in (raw.get("measures") or {}).items():
        ctx = spec.get("context") or []
        measures[name] = Measure(
            name=name, kinds=tuple(spec.get("kinds") or ("money", "percent", "count")),
            flow=bool(spec.get("flow")), possessive=str(spec.get("possessive", "source")),
            has_context=bool(ctx),
            context_rx=re.compile(phrase_alternation(ctx, stems=True), _I) if ctx else None,
            event_types=tuple(event_types.get(name) or ()),
        )
        for c in spec.get("cues") or []:
            cue_map.append((norm_key(str(c)), name))
            cue_phrases.append(str(c))
    # the same stem may serve several measures (trade_change, trade_share, trade): keep them all
    cue_map.sort(key=lambda kv: -len(kv[0]))
    roles = raw.get("roles") or {}
    percent_words = [str(x) for x in raw.get("percent_words") or []]
    num = _num_pattern(lang, number_words)
    joiners = [str(x) for x in raw.get("range_joiners") or []]
    between = [str(x) for x in raw.get("range_between") or []]
    and_words = ["and", "и", "до", "to"]
    word_joiners = [j for j in joiners if j[0].isalnum()]
    sym_joiners = [j for j in joiners if not j[0].isalnum()]
    range_parts = []
    if sym_joiners:
        range_parts.append(r"\s*(?:" + "|".join(re.escape(j) for j in sym_joiners) + r")\s*")
    if word_joiners:
        range_parts.append(r"\s+(?:" + phrase_alternation(word_joiners) + r")\s+")
    range_alt = "|".join(range_parts) or r"(?!x)x"
    all_unit_words = [str(k) for k in (raw.get("count_units") or {})]
    quick = [r"\d", phrase_alternation(list(fractions) + list(number_words))]
    return FiguresLexicon(
        lang=lang,
        number_rx=re.compile(num, _I),
        number_words=number_words,
        prefix_rx=re.compile(r"(?:" + phrase_alternation(prefix_map) + r")\s?$", _I),
        prefix_map=prefix_map,
        prefix_at_rx=re.compile(r"(?:" + phrase_alternation(prefix_map) + r")\s?", _I),
        suffix_rx=re.compile(r"\s*(?:" + phrase_alternation(suffix_map) + ")", _I),
        suffix_map=suffix_map,
        scale_rx=re.compile(r"\s?(?:" + phrase_alternation(scales) + ")", _I),
        scales=scales,
        short_scales=short,
        percent_rx=re.compile(r"\s?(?:" + phrase_alternation(percent_words) + ")", _I),
        points=frozenset(norm_key(x) for x in raw.get("percentage_points") or []),
        range_rx=re.compile(f"(?:{range_alt})", _I),
        between_rx=re.compile(r"(?:" + phrase_alternation(between) + r")\s+$", _I),
        and_rx=re.compile(r"\s+(?:" + phrase_alternation(and_words) + r")\s+", _I),
        qualifier_rx=re.compile(r"(?:^|(?<=[\s(\"“«]))(?:" + phrase_alternation(qual_map) + r")\s*$", _I),
        qualifier_map=qual_map,
        unit_rx=re.compile(r"\s+(?:[^\W\d][\w’'-]*\s+){0,2}?(?P<u>" + phrase_alternation(all_unit_words) + ")", _I),
        unit_map=units,
        fraction_rx=re.compile(
            r"(?:" + phrase_alternation(fractions) + r")(?=\s+(?:share|of|доля|долю|доли|\w*оборот|\w*торг|экспорт|импорт))", _I),
        fractions=fractions,
        cue_rx=re.compile(phrase_alternation(cue_phrases, stems=True), _I),
        cue_map=cue_map,
        measures=measures,
        measure_order=list(measures),
        source_prep_rx=_prep_end(roles.get("source_preps") or []),
        target_prep_rx=_prep_end(roles.get("target_preps") or []),
        debt_source_prep_rx=_prep_end(roles.get("debt_source_preps") or []),
        recipient_rx=re.compile(phrase_alternation(roles.get("recipient_verbs") or [], stems=True), _I),
        provider_rx=re.compile(phrase_alternation(roles.get("provider_verbs") or [], stems=True), _I),
        inherit_rx=re.compile(r"(?:" + phrase_alternation(roles.get("inherit_after") or []) + r")\s*$", _I),
        quick_rx=re.compile("|".join(quick), _I),
        rate_rx=re.compile(r"\s+(?:" + phrase_alternation(rates) + ")" if rates else r"(?!x)x", _I),
        rate_map=rates,
    )


@lru_cache(maxsize=32)
def judgments_lexicon(lang: str, dictionary_dirs: tuple[Path, ...] = ()) -> JudgmentsLexicon:
    raw = load_raw(lang, "judgments", dictionary_dirs)
    cue_map: list[tuple[str, str]] = []
    for direction in ("stable", "worse", "better"):
        for c in (raw.get("directions") or {}).get(direction) or []:
            cue_map.append((norm_key(str(c)), direction))
    cue_map.sort(key=lambda kv: -len(kv[0]))
    rev = raw.get("reversers") or {}
    horizons = [str(h) for h in raw.get("horizons") or []]
    return JudgmentsLexicon(
        lang=lang,
        cue_rx=re.compile(phrase_alternation([c for c, _ in cue_map], stems=True), _I),
        cue_map=cue_map,
        worse_to_better_rx=re.compile(phrase_alternation(rev.get("worse_to_better") or [], stems=True), _I),
        better_to_worse_rx=re.compile(phrase_alternation(rev.get("better_to_worse") or [], stems=True), _I),
        worse_to_better_after_rx=re.compile(
            phrase_alternation(raw.get("worse_to_better_after") or [], stems=True), _I),
        negation_rx=re.compile(phrase_alternation(raw.get("negations") or []), _I),
        hedge_rx=re.compile(phrase_alternation(raw.get("hedges") or [], stems=lang == "ru"), _I),
        horizon_rx=re.compile("|".join(f"(?:{h})" for h in horizons) or r"(?!x)x", _I),
        forecast_rx=re.compile(phrase_alternation(raw.get("forecast_markers") or [], stems=True), _I),
        relation_rx=re.compile(phrase_alternation(raw.get("relation_cues") or [], stems=True), _I),
        present_rx=re.compile("|".join(f"(?:{h})" for h in raw.get("present_periods") or [])
                              or r"(?!x)x", _I),
        condition_rx=re.compile(phrase_alternation(raw.get("conditions") or []), _I),
    )
