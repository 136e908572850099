"""Weekly verdicts: better, worse or unchanged for a dyad and week, by a stated rule, with the
events that moved it.

Both rules compare the week's scale (-9..+9: the weighted mean Goldstein score of its distinct
events, see index.py) with a baseline of earlier weeks. Events weighted 0 (denied and
hypothetical by default) take no part, so they never move a verdict.

- trendfinder (after ACLED's Trendfinder): baseline = the previous 4 weeks pooled; the change
  as a share of the scale's range: over 25% large, 10-25% moderate, under 10% unchanged.
- zscore: baseline = the previous 8 weeks that had events; z = (value - mean) / sd;
  |z| < 0.5 unchanged, from 1 moderate, from 2 large.
Either way the magnitude is forced to "limited" when the evidence is thin, and a week is
never called better or worse without something to compare: a week with no counted events is
"no data", and a week whose baseline has no counted events is "no baseline".
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, func, select

from dyadwatch.analysis.index import (
    AnalysisError,
    Sums,
    Unit,
    check_dyad,
    dyad_units,
    normalise_week,
    pair_condition,
    parse_bound,
    period_bounds,
    period_key,
    summarise,
    summary_values,
    unit_period,
    unit_query,
    units_from_rows,
)
from dyadwatch.analysis.settings import resolve
from dyadwatch.store import schema as t
from dyadwatch.store.events import EventFilter
from dyadwatch.store.statements import padded_chunks

RULES = ("trendfinder", "zscore")


@dataclass
class Verdict:
    dyad: str
    week: str
    direction: str  # better | worse | unchanged | no_data | no_baseline
    magnitude: str  # large | moderate | limited | none (no_data, no_baseline)
    rule: str
    rule_text: str
    value: float | None  # the week's scale, None when it had no (weighted) events
    baseline: float | None
    change: float | None
    z: float | None = None
    change_pct: float | None = None
    thin_evidence: bool = False
    thin_reason: str | None = None
    week_start: str = ""
    week_end: str = ""
    events: int = 0  # distinct events with weight > 0 in the week (the ones counted)
    reported: int = 0  # all distinct events of the week, counted or not (denied, hypothetical)
    baseline_events: int = 0
    baseline_weeks: list[str] = field(default_factory=list)
    grade: str | None = None
    reasons: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # what asdict gives, without its deep copy of every reason (a page shows dozens)
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["baseline_weeks"] = list(self.baseline_weeks)
        out["reasons"] = [{**r, "other_sources": [dict(o) for o in r.get("other_sources", [])]}
                          if "other_sources" in r else dict(r) for r in self.reasons]
        return out

    @property
    def headline(self) -> str:
        if self.direction in ("better", "worse"):
            return f"{self.direction} ({self.magnitude})"
        return self.direction.replace("_", " ")

    @property
    def compared(self) -> bool:
        """Whether the week was compared with a baseline (so better/worse/unchanged apply)."""
        return self.direction in ("better", "worse", "unchanged")

    def summary_text(self) -> str:
        """One or two sentences on the numbers behind the verdict, the same wherever shown."""
        weeks = len(self.baseline_weeks)
        base_events = f"{self.baseline_events} in the baseline ({_plural(weeks, 'week')})"
        if self.direction == "no_data":
            return ("No data: no counted events this week"
                    + (f" ({self.reported} reported, none counted)" if self.reported else "")
                    + f"; {base_events}.")
        now = (f"{_plural(self.events, 'distinct event')} counted this week"
               + (f" ({self.reported} reported)" if self.reported != self.events else ""))
        if self.direction == "no_baseline" or self.value is None or self.baseline is None:
            return (f"The index stood at {self.value:+.2f} ({self.grade}), with no baseline to "
                    f"compare it with: no counted events in the previous "
                    f"{_plural(weeks, 'week')}. {now}.")
        text = (f"The index stood at {self.value:+.2f} ({self.grade}) against "
                f"{self.baseline:+.2f} in the baseline: a change of {self.change or 0.0:+.2f}")
        if self.change_pct is not None:
            text += f" ({self.change_pct:.1f}% of the scale)"
        if self.z is not None:
            text += f", z = {self.z:+.2f}"
        return f"{text}. {now}, {base_events}."


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


_EMPTY_TEXT = ("A week with no counted events is \"no data\"; a week whose baseline has none is "
               "\"no baseline\" (neither better nor worse).")


def rule_text(rule: str, settings: dict[str, Any]) -> str:
    v = settings["verdict"]
    if rule == "trendfinder":
        r = v["trendfinder"]
        return (
            f"Trendfinder rule: the week's index (-9..+9, the status-weighted mean Goldstein score "
            f"of its distinct events) against the previous {r['weeks']} weeks pooled; a change of "
            f"more than {r['large']:g}% of the scale's range ({float(r['scale_range']):g} points) is "
            f"large, {r['moderate']:g}-{r['large']:g}% moderate, less than {r['moderate']:g}% "
            f"unchanged; limited whenever the week has fewer than {v['min_events']} distinct "
            f"events or the baseline fewer than {v['min_baseline_events']}. {_EMPTY_TEXT}"
        )
    if rule == "zscore":
        r = v["zscore"]
        return (
            f"Z-score rule: the week's index (-9..+9) against the mean and standard deviation "
            f"(at least {float(r['min_std']):g}) of the previous {r['weeks']} weeks with events; "
            f"|z| below {r['unchanged']:g} unchanged, from {r['moderate']:g} moderate, from "
            f"{r['large']:g} large, else limited; limited whenever the week has fewer than "
            f"{v['min_events']} distinct events or fewer than 2 baseline weeks had events. "
            f"{_EMPTY_TEXT}"
        )
    raise AnalysisError(f"rule must be one of {', '.join(RULES)}, not {rule!r}")


def _reason(u: Unit, sources: bool = True) -> dict[str, Any]:
    """A reason as verdicts give it; without `sources`, no other documents' mentions."""
    rep = u.representative
    others, seen = [], {rep["document_id"]}
    for m in u.members[1:] if sources else ():
        if m["document_id"] not in seen:
            seen.add(m["document_id"])
            others.append({"document_id": m["document_id"], "title": m["doc_title"],
                           "url": m["doc_url"], "site": m["doc_site"], "sentence": m["sentence"]})
    return {
        "cluster_id": u.id, "event_id": rep["id"], "date": u.day or u.month,
        "source": u.source, "target": u.target, "type": u.type, "cameo": u.cameo,
        "quad": u.quad, "goldstein": u.goldstein, "status": u.status, "weight": u.weight,
        "contribution": round(u.contribution, 4), "mentions": len(u.members),
        "documents": len(u.documents), "sentence": rep["sentence"], "trigger": rep["trigger"],
        "document_id": rep["document_id"], "title": rep["doc_title"], "url": rep["doc_url"],
        "site": rep["doc_site"], "pub_date": rep["doc_pub_date"], "other_sources": others,
    }


def rank_reasons(units: Sequence[Unit], direction: str) -> list[Unit]:
    """The week's counted events in the order they are given as reasons, strongest first."""
    counted = [u for u in units if u.weight > 0 and u.goldstein is not None]
    if direction == "worse":
        return sorted((u for u in counted if u.contribution < 0),
                      key=lambda u: (u.contribution, u.day or "", u.id))
    if direction == "better":
        return sorted((u for u in counted if u.contribution > 0),
                      key=lambda u: (-u.contribution, u.day or "", u.id))
    return sorted(counted, key=lambda u: (-abs(u.contribution), u.day or "", u.id))


def reasons_for(units: Sequence[Unit], direction: str, limit: int) -> list[dict[str, Any]]:
    """The week's events that moved the verdict, strongest first."""
    return [_reason(u) for u in rank_reasons(units, direction)[:limit]]


def _weeks_before(week: str, n: int) -> list[str]:
    start, _ = period_bounds(week, "week")
    return [period_key(start - timedelta(days=7 * k), "week") for k in range(n, 0, -1)]


class WeekTable:
    """The dyad's distinct events grouped by ISO week once, with each week's summary computed
    once, so a run of verdicts over many weeks does not regroup every event for every week."""

    def __init__(self, units: Sequence[Unit], settings: dict[str, Any]) -> None:
        self.settings = settings
        self.by_week: dict[str, list[Unit]] = {}
        for u in units:
            key = unit_period(u, "week")
            if key is not None:
                self.by_week.setdefault(key, []).append(u)
        # weeks with at least one weighted event, in order (the z-score baseline's candidates)
        self.weighted_weeks = sorted(w for w, us in self.by_week.items()
                                     if any(u.weight > 0 for u in us))
        self._scale: dict[str, float] = {}

    def units(self, week: str) -> list[Unit]:
        return self.by_week.get(week, [])

    def scale(self, week: str) -> float:
        if week not in self._scale:
            self._scale[week] = summarise(self.by_week[week], self.settings)["scale"]
        return self._scale[week]

    def counted(self, week: str) -> int:
        return sum(1 for u in self.by_week.get(week, []) if u.weight > 0)

    def summary(self, week: str) -> tuple[int, int, float, str | None]:
        """The week's counted and reported distinct events, its scale and grade."""
        this = self.by_week.get(week, [])
        now = summarise(this, self.settings)
        return self.counted(week), len(this), now["scale"], now["grade"]

    def pooled(self, weeks: Sequence[str]) -> tuple[float, str | None, int]:
        """The scale and grade of the weeks' events pooled, and how many were counted."""
        pool = [u for w in weeks for u in self.by_week.get(w, [])]
        base = summarise(pool, self.settings)
        return base["scale"], base["grade"], sum(1 for u in pool if u.weight > 0)

    def reasons(self, week: str, direction: str, limit: int) -> list[dict[str, Any]]:
        return reasons_for(self.units(week), direction, limit)


class StoredWeeks:
    """What a verdict needs of its weeks, from the stored index (`index_periods`: each week's
    sums, scale, grade and counts), so a verdict reads its weeks' rows, not their events. Only
    the reasons need events: `reasons` picks the week's strongest clusters from one aggregate
    over the week's mentions (SQL, no sentence or document text) and reads the members of
    those few only. `weeks` are the weeks whose rows were read (the caller asks for no other)."""

    def __init__(self, engine: Engine, a: str, b: str, rows: dict[str, Any], weeks: set[str],
                 settings: dict[str, Any]) -> None:
        self.engine, self.a, self.b, self.settings = engine, a, b, settings
        self.rows, self.loaded = rows, weeks
        self.with_reasons = True  # False: the verdicts' numbers only (lists of headlines)
        self.with_sources = True  # False: each reason's own mention only (the dyad page)
        # the days whose clusters' scores are read at once, for the reasons of their weeks
        self.span: tuple[date, date] = (date.max, date.min)
        self.scores: dict[str, list[tuple[float, str, str]]] | None = None
        self.weighted_weeks = sorted(w for w, r in rows.items() if r.counted > 0)

    def _row(self, week: str) -> Any:
        if week not in self.loaded:
            raise AnalysisError(f"week {week} was not read from the stored index")  # a bug
        return self.rows.get(week)

    def scale(self, week: str) -> float:
        return float(self._row(week).scale)

    def counted(self, week: str) -> int:
        r = self._row(week)
        return int(r.counted) if r is not None else 0

    def summary(self, week: str) -> tuple[int, int, float, str | None]:
        r = self._row(week)
        if r is None:  # no distinct event that week
            return 0, 0, 0.0, None
        return int(r.counted), int(r.clusters), float(r.scale), r.grade

    def pooled(self, weeks: Sequence[str]) -> tuple[float, str | None, int]:
        from dyadwatch.analysis.materialised import _row_sums

        sums = Sums()
        for w in weeks:
            r = self._row(w)
            if r is not None:
                sums.add(_row_sums(r))
        base = summary_values(sums, 0, self.settings)
        return base["scale"], base["grade"], sums.counted

    def reasons(self, week: str, direction: str, limit: int) -> list[dict[str, Any]]:
        if not self.with_reasons:
            return []
        start, end = period_bounds(week, "week")
        if self.scores is None or not self.span[0] <= start <= self.span[1]:
            # one aggregate for all the weeks verdicts are asked for (not their baselines)
            lo, hi = (self.span if self.span[0] <= start <= self.span[1] else (start, end))
            self.scores = cluster_scores(self.engine, self.a, self.b, lo, hi, self.settings)
            self.span = (lo, hi)
        # the stored means rank exactly as the units do, unless confidence weighs the units
        margin = REASON_MARGIN if self.settings.get("confidence_weighting") else 0
        ids = rank_scores(self.scores.get(week, []), direction, limit + margin)
        if not ids:
            return []
        w = dict(self.settings["status_weights"])
        with self.engine.connect() as conn:
            # the candidates' mentions without their text; then the sentences of the reasons
            # shown only (a busy week's clusters have dozens of mentions each)
            rows = [dict(r._mapping) for r in conn.execute(
                unit_query(EventFilter(), sentence=False).where(t.events.c.cluster_id.in_(ids)))]
            units = [u for u in units_from_rows(rows, self.a, self.b, False, self.settings, w)
                     if unit_period(u, "week") == week]
            shown = rank_reasons(units, direction)[:limit]
            wanted = [m for u in shown for m in (u.members if self.with_sources else u.members[:1])]
            add_sentences(conn, wanted)
        return [_reason(u, self.with_sources) for u in shown]


def add_sentences(conn: Any, members: Sequence[dict[str, Any]]) -> None:
    """Each member's `sentence`: its sentence's text, read by id."""
    s = t.sentences.c
    texts: dict[str, str] = {}
    for ids in padded_chunks(sorted({m["sentence_id"] for m in members})):
        texts.update(conn.execute(select(s.id, s.text).where(s.id.in_(ids))).all())
    for m in members:
        m["sentence"] = texts.get(m["sentence_id"])


def cluster_scores(engine: Engine, a: str, b: str, start: date, end: date,
                   settings: dict[str, Any]) -> dict[str, list[tuple[float, str, str]]]:
    """Per ISO week from `start` to `end`: (status weight x mean Goldstein score, day, id) of
    each counted cluster of the pair dated in it, from the clusters of those days alone (their
    stored `goldstein_mean`; ix_clusters_dyad covers the read); no event or text is read."""
    c = t.clusters.c
    weights = {k: float(x) for k, x in settings["status_weights"].items() if float(x) > 0}
    if not weights:
        return {}
    non_state = frozenset(x.upper() for x in settings.get("non_state_sectors") or [])
    include = frozenset(x.upper() for x in settings.get("include_sectors") or [])
    q = (select(c.id, c.event_date, c.sectors, c.status, c.goldstein_mean)
         .where(pair_condition(t.clusters, a, b), c.event_date >= start.isoformat(),
                c.event_date <= end.isoformat(), c.status.in_(sorted(weights)),
                c.goldstein_mean.is_not(None)))
    out: dict[str, list[tuple[float, str, str]]] = {}
    with engine.connect() as conn:
        for cid, day, sectors, status, mean in conn.execute(q):
            # a unit's contribution exactly: its weight times its mean rounded as units round
            # it (the stored mean sums the same members in the same order)
            x = weights[status] * round(float(mean), 4)
            found = {s for s in (sectors or "").split(",") if s and s in non_state}
            if found and not found <= include:
                continue  # not state-to-state, and not asked for
            try:
                week = period_key(date.fromisoformat(day), "week")
            except (TypeError, ValueError):
                continue  # dated to the month only: in no week
            out.setdefault(week, []).append((float(x), day, cid))
    return out


def rank_scores(rows: Sequence[tuple[float, str, str]], direction: str, n: int) -> list[str]:
    """The ids of the first `n` of a week's `cluster_scores` in `rank_reasons`' order."""
    if direction == "worse":
        ranked = sorted(r for r in rows if r[0] < 0)
    elif direction == "better":
        ranked = sorted((r for r in rows if r[0] > 0), key=lambda r: (-r[0], r[1], r[2]))
    else:
        ranked = sorted(rows, key=lambda r: (-abs(r[0]), r[1], r[2]))
    return [cid for _, _, cid in ranked[:n]]


# Candidates read beyond the reasons shown when `confidence_weighting` is on: the stored
# means leave the learned coder's confidences out, so the exact order is then taken from the
# candidates' own units.
REASON_MARGIN = 5


def stored_weeks(engine: Engine, dyad: str, first: date, last: date, rule: str,
                 settings: dict[str, Any]) -> StoredWeeks | None:
    """A `StoredWeeks` for verdicts on the weeks from `first` to `last` (Mondays): those
    weeks' rows and their baselines' (the 4 weeks before for trendfinder; the weeks in the span
    and the 8 weighted weeks before it for zscore). None when the stored rows cannot serve
    these settings."""
    from dyadwatch.analysis.materialised import usable

    a, b = sorted(check_dyad(dyad))
    v = settings["verdict"]
    p = t.index_periods.c
    key = (p.a == a, p.b == b, p.freq == "week")
    lo = first - timedelta(days=7 * int(v["trendfinder"]["weeks"])) if rule == "trendfinder" \
        else first
    with engine.connect() as conn:
        if not usable(conn, settings):
            return None
        rows = {r.period: r for r in conn.execute(select(t.index_periods).where(
            *key, p.period_start >= lo.isoformat(), p.period_start <= last.isoformat()))}
        if rule != "trendfinder":
            rows.update({r.period: r for r in conn.execute(
                select(t.index_periods).where(*key, p.counted > 0,
                                              p.period_start < lo.isoformat())
                .order_by(p.period_start.desc()).limit(int(v["zscore"]["weeks"])))})
    weeks = {period_key(lo + timedelta(days=7 * k), "week")
             for k in range((last - lo).days // 7 + 1)} | set(rows)
    table = StoredWeeks(engine, *check_dyad(dyad), rows, weeks, settings)
    table.span = (first, last + timedelta(days=6))
    return table


def verdict_from_units(units: Sequence[Unit], dyad: str, week: str, rule: str,
                       settings: dict[str, Any], *, table: WeekTable | None = None) -> Verdict:
    return verdict_from_table(table if table is not None else WeekTable(units, settings),
                              dyad, week, rule, settings)


def verdict_from_table(table: WeekTable | StoredWeeks, dyad: str, week: str, rule: str,
                       settings: dict[str, Any]) -> Verdict:
    """The verdict on one week from its weeks' numbers: events grouped by week (`WeekTable`)
    or the stored index's rows (`StoredWeeks`); both give the same verdict."""
    week = normalise_week(week)
    text = rule_text(rule, settings)
    v = settings["verdict"]
    start, end = period_bounds(week, "week")
    n_now, reported, scale_now, grade_now = table.summary(week)
    out = Verdict(dyad=dyad.upper(), week=week, direction="unchanged", magnitude="limited",
                  rule=rule, rule_text=text, value=None, baseline=None, change=None,
                  week_start=start.isoformat(), week_end=end.isoformat(), events=n_now)
    if rule == "trendfinder":
        r = v["trendfinder"]
        weeks = _weeks_before(week, int(r["weeks"]))
        base_scale, base_grade, n_base = table.pooled(weeks)
        out.baseline_weeks = weeks
        out.baseline_events = n_base
        out.baseline = base_scale if base_grade is not None else None
    else:
        r = v["zscore"]
        earlier = table.weighted_weeks[:bisect_left(table.weighted_weeks, week)]
        weeks = earlier[-int(r["weeks"]):]
        values = [table.scale(w) for w in weeks]
        out.baseline_weeks = weeks
        out.baseline_events = sum(table.counted(w) for w in weeks)
        out.baseline = round(statistics.fmean(values), 4) if values else None

    out.reported = reported
    if grade_now is None:  # no weighted events this week: nothing to judge
        out.direction, out.magnitude = "no_data", "none"
        out.thin_evidence, out.thin_reason = True, "no counted events this week"
        return out
    out.value = scale_now
    out.grade = grade_now
    if out.baseline is None:  # nothing counted before: nothing to compare with
        out.direction, out.magnitude = "no_baseline", "none"
        out.thin_evidence = True
        out.thin_reason = (f"no counted events in the previous {len(out.baseline_weeks)} weeks"
                           if rule == "trendfinder" else "no earlier week with counted events")
        out.reasons = table.reasons(week, "unchanged", int(v["reasons"]))
        return out
    out.change = round(out.value - out.baseline, 4)
    thin = []
    if n_now < int(v["min_events"]):
        thin.append(f"only {_plural(n_now, 'distinct event')} this week")
    if rule == "trendfinder":
        if out.baseline_events < int(v["min_baseline_events"]):
            thin.append(f"only {_plural(out.baseline_events, 'distinct event')} in the "
                        f"previous {len(out.baseline_weeks)} weeks")
        pct = abs(out.change) / float(r["scale_range"]) * 100.0
        out.change_pct = round(pct, 2)
        if pct < float(r["moderate"]):
            direction, magnitude = "unchanged", "limited"
        else:
            direction = "better" if out.change > 0 else "worse"
            magnitude = "large" if pct > float(r["large"]) else "moderate"
    else:
        if len(out.baseline_weeks) < 2:
            thin.append(f"only {len(out.baseline_weeks)} earlier week(s) with events")
        values = [table.scale(w) for w in out.baseline_weeks]
        sd = max(statistics.pstdev(values) if len(values) > 1 else 0.0, float(r["min_std"]))
        z = out.change / sd
        out.z = round(z, 4)
        if abs(z) < float(r["unchanged"]):
            direction, magnitude = "unchanged", "limited"
        else:
            direction = "better" if z > 0 else "worse"
            magnitude = ("large" if abs(z) >= float(r["large"])
                         else "moderate" if abs(z) >= float(r["moderate"]) else "limited")
    if thin:
        out.thin_evidence, out.thin_reason = True, "; ".join(thin)
        magnitude = "limited"
    out.direction, out.magnitude = direction, magnitude
    out.reasons = table.reasons(week, direction, int(v["reasons"]))
    return out


def baseline_start(engine: Engine, dyad: str, first_week: date, rule: str,
                   settings: dict[str, Any]) -> date | None:
    """The first day whose events a verdict on weeks from `first_week` (a Monday) can use,
    or None for the dyad's whole history: verdicts read only the weeks they compare."""
    v = settings["verdict"]
    if rule == "trendfinder":
        return first_week - timedelta(days=7 * int(v["trendfinder"]["weeks"]))
    from dyadwatch.analysis.materialised import weighted_weeks_before

    weeks = weighted_weeks_before(engine, dyad, first_week, int(v["zscore"]["weeks"]), settings)
    if weeks is None:
        return None
    return period_bounds(weeks[0], "week")[0] if weeks else first_week


def weekly_verdict(engine: Engine, dyad: str, week: str, *, rule: str = "trendfinder",
                   settings: dict[str, Any] | None = None) -> Verdict:
    """The verdict for one dyad and ISO week (e.g. "2017-W40")."""
    cfg = resolve(settings)
    rule_text(rule, cfg)  # validates the rule name
    start, end = period_bounds(normalise_week(week), "week")
    table = stored_weeks(engine, dyad, start, start, rule, cfg)
    if table is not None:  # the week's and its baseline's stored rows, and its reasons
        return verdict_from_table(table, dyad, week, rule, cfg)
    units = dyad_units(engine, dyad, settings=cfg, date_to=end,
                       date_from=baseline_start(engine, dyad, start, rule, cfg))
    return verdict_from_units(units, dyad, week, rule, cfg)


def verdicts(engine: Engine, dyad: str, date_from: str | None = None, date_to: str | None = None,
             rule: str = "trendfinder", *, settings: dict[str, Any] | None = None) -> list[Verdict]:
    """One verdict per ISO week from the first to the last week with events (or --from/--to)."""
    cfg = resolve(settings)
    rule_text(rule, cfg)
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    window = (baseline_start(engine, dyad, period_bounds(period_key(lo, "week"), "week")[0],
                             rule, cfg) if lo else None)
    units = dyad_units(engine, dyad, settings=cfg, date_from=window, date_to=hi)
    weeks = sorted({k for u in units if (k := unit_period(u, "week"))})
    if lo:
        weeks = [w for w in weeks if period_bounds(w, "week")[1] >= lo]
    if hi:
        weeks = [w for w in weeks if period_bounds(w, "week")[0] <= hi]
    if not weeks:
        return []
    first, last = period_bounds(weeks[0], "week")[0], period_bounds(weeks[-1], "week")[0]
    table = WeekTable(units, cfg)  # grouped once for all the weeks
    out, day = [], first
    while day <= last:
        out.append(verdict_from_units(units, dyad, period_key(day, "week"), rule, cfg,
                                      table=table))
        day += timedelta(days=7)
    return out


def latest_verdicts(engine: Engine, dyad: str, n: int, date_from: str | None = None,
                    date_to: str | None = None, rule: str = "trendfinder", *,
                    settings: dict[str, Any] | None = None, sources: bool = True,
                    reasons: int | None = None) -> list[Verdict]:
    """The newest `n` weekly verdicts with reasons (newest first), as `verdicts` would list
    them, reading only those weeks and their baselines: the weeks with counted events come
    from the stored index, so the cost does not grow with the dyad's history. Without
    `sources`, a reason names its own mention only, not the other documents' (the dyad page
    shows no more); `reasons` gives each verdict at most that many (the first of the
    settings' `verdict.reasons`), so no more events are read than a page shows."""
    from dyadwatch.analysis.materialised import weighted_weeks_between

    cfg = resolve(settings)
    if reasons is not None:
        cfg = {**cfg, "verdict": {**cfg["verdict"],
                                  "reasons": min(reasons, int(cfg["verdict"]["reasons"]))}}
    rule_text(rule, cfg)
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    out: list[Verdict] = []
    before: date | None = None
    batch = n  # weeks with counted events almost always have reasons
    while len(out) < n:
        weeks = weighted_weeks_between(engine, dyad, lo, hi, before, batch, cfg)
        if weeks is None:  # the stored index cannot answer: all of the dyad's verdicts
            every = verdicts(engine, dyad, date_from, date_to, rule, settings=cfg)
            return [v for v in every[::-1] if v.reasons][:n]
        if not weeks:
            break
        first = period_bounds(weeks[-1], "week")[0]
        last = period_bounds(weeks[0], "week")[0]
        # the weeks' and their baselines' stored rows; events only for each week's reasons
        table: StoredWeeks | WeekTable | None = stored_weeks(engine, dyad, first, last, rule, cfg)
        if isinstance(table, StoredWeeks):
            table.with_sources = sources
        else:
            units = dyad_units(engine, dyad, settings=cfg, date_to=last + timedelta(days=6),
                               date_from=baseline_start(engine, dyad, first, rule, cfg))
            table = WeekTable(units, cfg)
        for week in weeks:
            v = verdict_from_table(table, dyad, week, rule, cfg)
            if v.reasons:
                out.append(v)
                if len(out) == n:
                    break
        before = first
        batch *= 2
    return out


def verdict_weeks(engine: Engine, dyad: str, date_from: str | None = None,
                  date_to: str | None = None, *,
                  settings: dict[str, Any] | None = None) -> list[str] | None:
    """The weeks `verdicts` gives a verdict for (every ISO week from the first to the last
    with events of the dyad, within the dates), from the stored index; None when it cannot
    serve these settings, or when `date_to` ends inside a week (`verdicts` then judges that
    week on its events up to that day only)."""
    cfg = resolve(settings)
    from dyadwatch.analysis.materialised import period_conditions, usable

    conds, lo, hi = period_conditions(dyad, "week", date_from, date_to)
    if hi is not None and hi.weekday() != 6:
        return None
    p = t.index_periods.c
    with engine.connect() as conn:
        if not usable(conn, cfg):
            return None
        first, last = conn.execute(select(func.min(p.period_start), func.max(p.period_start))
                                   .where(*conds)).one()
    if first is None:
        return []
    day, end, out = date.fromisoformat(first), date.fromisoformat(last), []
    while day <= end:
        out.append(period_key(day, "week"))
        day += timedelta(days=7)
    return out


def verdicts_for_weeks(engine: Engine, dyad: str, weeks: Sequence[str],
                       rule: str = "trendfinder", *, settings: dict[str, Any] | None = None,
                       reasons: bool = True) -> list[Verdict] | None:
    """The verdicts on consecutive `weeks` (a page of `verdict_weeks`), as `verdicts` gives
    them, from the stored index: the weeks' rows and their baselines', and each week's
    strongest clusters for its reasons (none with `reasons` False: the headlines only).
    None when the stored rows cannot serve these settings."""
    cfg = resolve(settings)
    rule_text(rule, cfg)
    if not weeks:
        return []
    first, last = period_bounds(weeks[0], "week")[0], period_bounds(weeks[-1], "week")[0]
    table = stored_weeks(engine, dyad, first, last, rule, cfg)
    if table is None:
        return None
    table.with_reasons = reasons
    return [verdict_from_table(table, dyad, w, rule, cfg) for w in weeks]
