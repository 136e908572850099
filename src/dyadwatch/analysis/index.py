"""The dyad index: per day, ISO week or month, what happened between two countries.

Each distinct real-world event (a cluster of mentions) counts once, weighted by its status
(settings.yaml `status_weights`: occurred 1, denied and hypothetical 0 by default). Per period:
counts per CAMEO quad class, Goldstein sum and mean, net cooperation, sources, the volume of
coverage (all documents published that period) and a bounded -9..+9 scale with named grades.
"""

from __future__ import annotations

import json
import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, or_, select

from dyadwatch.analysis.clusters import (
    assign_clusters,
    count_sources,
    non_state_sectors,
    resolve_day,
)
from dyadwatch.analysis.settings import resolve
from dyadwatch.errors import DyadwatchError
from dyadwatch.store import schema as t
from dyadwatch.store.events import EventFilter, events_query, parse_dyad
from dyadwatch.store.statements import padded, padded_chunks

FREQS = ("day", "week", "month")
INDEX_COLUMNS = (
    "period", "period_start", "period_end", "events", "clusters", "weighted", "sources",
    "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean", "net_cooperation",
    "coverage", "normalised", "scale", "grade",
)
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


class AnalysisError(DyadwatchError):
    """Bad analysis input (dyad, period, frequency), shown to the user as one line."""


# ---------------------------------------------------------------- periods

def period_key(day: date, freq: str) -> str:
    if freq == "day":
        return day.isoformat()
    if freq == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if freq == "month":
        return f"{day.year:04d}-{day.month:02d}"
    raise AnalysisError(f"frequency must be one of {', '.join(FREQS)}, not {freq!r}")


def period_bounds(key: str, freq: str) -> tuple[date, date]:
    """First and last day of a period named like `period_key` makes it."""
    try:
        if freq == "day":
            d = date.fromisoformat(key)
            return d, d
        if freq == "week":
            m = _WEEK.match(key.strip())
            if not m:
                raise ValueError
            start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return start, start + timedelta(days=6)
        if freq == "month":
            m = _MONTH.match(key.strip())
            if not m:
                raise ValueError
            start = date(int(m.group(1)), int(m.group(2)), 1)
            nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            return start, nxt - timedelta(days=1)
    except ValueError:
        pass
    examples = {"day": "2017-10-05", "week": "2017-W40", "month": "2017-10"}
    if freq not in examples:
        raise AnalysisError(f"frequency must be one of {', '.join(FREQS)}, not {freq!r}")
    raise AnalysisError(f"{key!r} is not a {freq} (write it like {examples[freq]})")


def normalise_week(week: str) -> str:
    """'2017-w40', '2017W40' or a day inside the week -> '2017-W40'."""
    w = week.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}$", w):
        try:
            return period_key(date.fromisoformat(w), "week")
        except ValueError as exc:
            raise AnalysisError(f"{week!r} is not a date") from exc
    start, _ = period_bounds(w, "week")
    return period_key(start, "week")


def parse_bound(value: str | None, *, end: bool) -> date | None:
    """A --from/--to bound: a day, an ISO week, a month or a year."""
    if not value:
        return None
    v = value.strip()
    for freq, pattern in (("week", _WEEK), ("month", _MONTH)):
        if pattern.match(v):
            s, e = period_bounds(v, freq)
            return e if end else s
    if _YEAR.match(v):
        return date(int(v), 12, 31) if end else date(int(v), 1, 1)
    try:
        return date.fromisoformat(v)
    except ValueError as exc:
        raise AnalysisError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY)") from exc


def check_dyad(dyad: str) -> tuple[str, str]:
    try:
        return parse_dyad(dyad)
    except ValueError as exc:
        raise AnalysisError(str(exc)) from exc


# ---------------------------------------------------------------- units

def quad_of(cameo: str | None) -> int | None:
    """CAMEO quad class from the root code: 01-05 verbal cooperation, 06-08 material
    cooperation, 09-13 verbal conflict, 14-20 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


@dataclass
class Unit:
    """One distinct real-world event between the dyad: a cluster and its mentions."""

    id: str
    day: str | None
    month: str | None
    source: str | None
    target: str | None
    type: str
    cameo: str | None
    quad: int | None
    goldstein: float | None
    status: str
    weight: float
    members: list[dict[str, Any]] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted({m["document_id"] for m in self.members})

    @property
    def contribution(self) -> float:
        return self.weight * (self.goldstein or 0.0)

    @property
    def representative(self) -> dict[str, Any]:
        return self.members[0]


def status_weight(status: str, weights: dict[str, float]) -> float:
    """The weight of a status; a status the settings do not name counts 0."""
    return float(weights.get(status, 0.0))


def _member_key(m: dict[str, Any]) -> tuple[str, str, str, int, str]:
    return (m.get("_day") or "~", m.get("doc_pub_date") or "~", m["document_id"],
            int(m.get("doc_start") or 0), m["id"])


def dyad_units(engine: Engine, dyad: str, *, directed: bool = False,
               settings: dict[str, Any] | None = None,
               weights: dict[str, float] | None = None,
               date_from: date | None = None, date_to: date | None = None) -> list[Unit]:
    """The distinct events of the dyad (both directions unless `directed`), oldest first: all
    of them, or those dated from `date_from` to `date_to` (read through the clusters' dates,
    so a bounded call costs the period's events, not the dyad's history). Events of non-state
    sectors (settings `non_state_sectors`) are left out unless `include_sectors` names them."""
    a, b = check_dyad(dyad)
    cfg = resolve(settings)
    w = {**cfg["status_weights"], **(weights or {})}
    token = _memo_token.get()
    if token is None:
        return _dyad_units(engine, a, b, directed, cfg, w, date_from, date_to)
    key = (token, str(engine.url), id(engine), a, b, directed, date_from, date_to,
           json.dumps(cfg, sort_keys=True, default=str), json.dumps(w, sort_keys=True))
    with _memo_lock:
        hit = _memo.get(key)
    if hit is None:
        hit = _dyad_units(engine, a, b, directed, cfg, w, date_from, date_to)
        with _memo_lock:
            for k in [k for k in _memo if k[0] != token]:  # older store states
                del _memo[k]
            while len(_memo) >= _MEMO_SIZE:
                del _memo[next(iter(_memo))]
            _memo[key] = hit
    return list(hit)


# Within `units_memo(token)` (the web server's cache passes its store fingerprint), the units
# of a dyad are computed once and shared by the index, the verdicts and the briefs.
_memo_token: ContextVar[Any] = ContextVar("dyadwatch_units_memo", default=None)
_memo: dict[Any, list[Unit]] = {}
_memo_lock = threading.Lock()
_MEMO_SIZE = 4


@contextmanager
def units_memo(token: Any) -> Iterator[None]:
    """Share `dyad_units` results between calls made inside this block, for as long as `token`
    (a fingerprint of the store's state) stays the same. Outside such a block nothing is kept."""
    reset = _memo_token.set(token)
    try:
        yield
    finally:
        _memo_token.reset(reset)


def unit_query(f: EventFilter, *, sentence: bool = True) -> Any:
    """The event rows a unit is made of (the events query and the document's language)."""
    return (events_query(f, sentence=sentence).add_columns(t.documents.c.lang.label("doc_lang"))
            .order_by(None))


def _dyad_units(engine: Engine, a: str, b: str, directed: bool, cfg: dict[str, Any],
                w: dict[str, float], date_from: date | None = None,
                date_to: date | None = None) -> list[Unit]:
    with engine.connect() as conn:
        if date_from is not None or date_to is not None:
            from dyadwatch.analysis.materialised import has_unclustered

            if not has_unclustered(conn):
                return bounded_units(conn, a, b, cfg, w, date_from, date_to, directed=directed)
        # Row order does not matter here (clusters, members and units are sorted below on
        # keys that end with unique ids), so no ORDER BY: SQLite need not sort the events.
        result = conn.execute(unit_query(EventFilter(dyad=f"{a}-{b}")))
        keys = list(result.keys())
        rows = [dict(zip(keys, r, strict=True)) for r in result]
    units = units_from_rows(rows, a, b, directed, cfg, w)
    if date_from is None and date_to is None:
        return units
    lo, hi = date_from or date.min, date_to or date.max
    return [u for u in units if (k := unit_period(u, "month")) and _overlaps(k, u, lo, hi)]


def _overlaps(month: str, u: Unit, lo: date, hi: date) -> bool:
    if u.day:
        return lo <= date.fromisoformat(u.day) <= hi
    start, end = period_bounds(month, "month")
    return start <= hi and end >= lo


def pair_condition(table: Any, a: str, b: str, *, directed: bool = False) -> Any:
    c = table.c
    one_way = and_(c.source == a, c.target == b)
    return one_way if directed else or_(one_way, and_(c.source == b, c.target == a))


def bounded_units(conn: Connection, a: str, b: str, cfg: dict[str, Any], w: dict[str, float],
                  date_from: date | None, date_to: date | None, *,
                  directed: bool = False) -> list[Unit]:
    """The units of a clustered store dated in a range: the clusters of the pair dated there
    (ix_clusters_dyad), then their members."""
    lo, hi = date_from or date.min, date_to or date.max
    return spans_units(conn, [(a, b, lo, hi)], cfg, w, directed=directed)[(a, b, lo, hi)]


Span = tuple[str, str, date, date]
_SPANS_PER_READ = 50


def spans_units(conn: Connection, spans: Sequence[Span], cfg: dict[str, Any],
                w: dict[str, float], *, directed: bool = False) -> dict[Span, list[Unit]]:
    """`bounded_units` for many (pair, first day, last day) spans with a few reads: the
    clusters of 50 spans per statement, then all their members by cluster id."""
    c = t.clusters.c
    clusters_of: dict[Span, list[str]] = {sp: [] for sp in spans}
    for i in range(0, len(spans), _SPANS_PER_READ):
        chunk = spans[i:i + _SPANS_PER_READ]
        conds = []
        for a, b, lo, hi in chunk:
            cond = [pair_condition(t.clusters, a, b)]
            if lo != date.min:
                cond.append(c.event_date >= lo.isoformat()[:7])
            if hi != date.max:
                cond.append(c.event_date <= hi.isoformat())
            conds.append(and_(*cond))
        # padded: one statement per power of two, not per number of spans
        for cid, s, g, day in conn.execute(select(c.id, c.source, c.target, c.event_date)
                                           .where(or_(*padded(conds)))):
            for sp in chunk:
                a, b, lo, hi = sp
                if {s, g} == {a, b} and day and (lo == date.min or day >= lo.isoformat()[:7]) \
                        and (hi == date.max or day <= hi.isoformat()):
                    clusters_of[sp].append(cid)
    wanted = sorted({cid for ids in clusters_of.values() for cid in ids})
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ids in padded_chunks(wanted):
        for r in conn.execute(unit_query(EventFilter()).where(t.events.c.cluster_id.in_(ids))):
            members[r.cluster_id].append(dict(r._mapping))
    out: dict[Span, list[Unit]] = {}
    for sp, ids in clusters_of.items():
        a, b, lo, hi = sp
        rows = [dict(m) for cid in ids for m in members[cid]]
        units = units_from_rows(rows, a, b, directed, cfg, w)
        out[sp] = [u for u in units if (k := unit_period(u, "month")) and _overlaps(k, u, lo, hi)]
    return out


def units_from_rows(rows: list[dict[str, Any]], a: str, b: str, directed: bool,
                    cfg: dict[str, Any], w: dict[str, float]) -> list[Unit]:
    """Event rows of a dyad (with `sentence` and the document's columns) as units."""
    if any(r["cluster_id"] is None for r in rows):  # not clustered yet: same rule, in memory
        assigned = {mid: c.id for c in assign_clusters(rows, cfg) for mid in c.member_ids}
        for r in rows:
            r["cluster_id"] = assigned[r["id"]]
    non_state = frozenset(x.upper() for x in cfg.get("non_state_sectors") or [])
    include = frozenset(x.upper() for x in cfg.get("include_sectors") or [])
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if directed and not (r["source"] == a and r["target"] == b):
            continue
        if {r["source"], r["target"]} != {a, b} or r.get("counted") == 0:
            continue  # another dyad, or a second reading of a mention that counts once
        sectors = non_state_sectors(r, non_state)
        if sectors and not set(sectors.split(",")) <= include:
            continue  # not state-to-state, and not asked for
        r["_day"] = resolve_day(r["event_date"], r["doc_pub_date"])
        groups[r["cluster_id"]].append(r)
    by_confidence = bool(cfg.get("confidence_weighting"))
    units = [_unit(cid, sorted(ms, key=_member_key), w, by_confidence) for cid, ms in groups.items()]
    units.sort(key=lambda u: (u.day or u.month or "~", u.id))
    return units


def _unit(cid: str, members: list[dict[str, Any]], weights: dict[str, float],
          by_confidence: bool = False) -> Unit:
    rep = members[0]
    weight = status_weight(rep["status"], weights)
    if by_confidence:  # settings `confidence_weighting`: the learned coder's mean probability
        conf = [1.0 if m.get("confidence") is None else float(m["confidence"]) for m in members]
        weight = round(weight * sum(conf) / len(conf), 4)
    days: dict[str, int] = defaultdict(int)
    for m in members:
        if m["_day"]:
            days[m["_day"]] += 1
    day = min(days, key=lambda d: (-days[d], d)) if days else None
    month = day[:7] if day else next(
        (m["event_date"][:7] for m in members if m["event_date"] and len(m["event_date"]) >= 7), None)
    scores = [float(m["goldstein"]) for m in members if m["goldstein"] is not None]
    quads = sorted(q for q in (m["quad"] or quad_of(m["cameo"]) for m in members) if q)
    return Unit(
        id=cid, day=day, month=month, source=rep["source"], target=rep["target"],
        type=rep["type"], cameo=rep["cameo"], quad=quads[len(quads) // 2] if quads else None,
        goldstein=round(sum(scores) / len(scores), 4) if scores else None,
        status=rep["status"], weight=weight, members=members,
    )


# ---------------------------------------------------------------- summaries

def grade_of(scale: float, settings: dict[str, Any]) -> str:
    for bound, name in settings["scale"]["grades"]:
        if scale >= float(bound):
            return str(name)
    return str(settings["scale"]["grades"][-1][1])


# Sums are kept in fixed point (four decimals, as the index rounds them) as integers, so a
# period's stored sums updated by difference (analysis/materialised.py) equal a recomputation
# exactly: integer addition does not depend on the order in which events arrive.
FIXED = 10_000


def fixed(x: float) -> int:
    return round(x * FIXED)


@dataclass
class Sums:
    """The additive part of a period's index values: per distinct event, added or taken away."""

    events: int = 0  # mentions
    clusters: int = 0  # distinct events
    counted: int = 0  # distinct events with weight > 0
    weighted: int = 0  # the rest in fixed point (FIXED)
    quad1: int = 0
    quad2: int = 0
    quad3: int = 0
    quad4: int = 0
    goldstein: int = 0  # sum of weight x Goldstein over scored events
    scored: int = 0  # weight of scored events

    @classmethod
    def of(cls, u: Unit) -> Sums:
        s = cls(events=len(u.members), clusters=1)
        if u.weight > 0:
            w = fixed(u.weight)
            s.counted, s.weighted = 1, w
            if u.quad in (1, 2, 3, 4):
                setattr(s, f"quad{u.quad}", w)
            if u.goldstein is not None:
                s.goldstein, s.scored = fixed(u.weight * u.goldstein), w
        return s

    def add(self, other: Sums, sign: int = 1) -> None:
        for k, v in other.__dict__.items():
            setattr(self, k, getattr(self, k) + sign * v)


def summarise(units: Sequence[Unit], settings: dict[str, Any], coverage: int = 0) -> dict[str, Any]:
    """The index values for a set of distinct events (one period, or a pooled baseline)."""
    sums = Sums()
    for u in units:
        sums.add(Sums.of(u))
    return summary_values(sums, count_sources(m for u in units for m in u.members), settings,
                          coverage)


def summary_values(sums: Sums, sources: int, settings: dict[str, Any],
                   coverage: int = 0) -> dict[str, Any]:
    """The index values from a period's sums and its number of sources."""
    gsum = sums.goldstein / FIXED
    gmean = sums.goldstein / sums.scored if sums.scored else 0.0
    factor = float(settings["scale"]["factor"])
    scale = max(-9.0, min(9.0, gmean * factor))
    return {
        "events": sums.events,
        "clusters": sums.clusters,
        "weighted": round(sums.weighted / FIXED, 4),
        "sources": sources,
        "quad1": round(sums.quad1 / FIXED, 4), "quad2": round(sums.quad2 / FIXED, 4),
        "quad3": round(sums.quad3 / FIXED, 4), "quad4": round(sums.quad4 / FIXED, 4),
        "goldstein_sum": round(gsum, 4),
        "goldstein_mean": round(gmean, 4),
        "net_cooperation": round((sums.quad1 + sums.quad2 - sums.quad3 - sums.quad4) / FIXED, 4),
        "coverage": coverage,
        "normalised": round(gsum / coverage, 4) if coverage else 0.0,
        "scale": round(scale, 2),
        "grade": grade_of(scale, settings) if sums.scored else None,
    }


SHORT_COVERAGE_DAYS = 366  # a span read from its own days; a longer one from the memo


def coverage_by_period(engine: Engine, freq: str,
                       days: tuple[date, date] | None = None) -> dict[str, int]:
    """How many documents (of any dyad) were published in each period; with `days` (first,
    last) of a year or less, the periods of those days, read from their rows alone (a brief's
    ten weeks need not read fifteen years of days); a longer span takes the whole store's,
    kept per store generation (a superset: callers look up their periods)."""
    from dyadwatch.store.documents import store_generation

    cov = t.coverage_days.c
    if days is not None and (days[1] - days[0]).days <= SHORT_COVERAGE_DAYS:
        first, last = days
        with engine.connect() as conn:
            # from the first month: a date of the month alone ("2017-09") sorts before its days
            rows = conn.execute(select(cov.day, cov.documents).where(
                cov.day >= first.isoformat()[:7], cov.day <= last.isoformat())).all()
        return _documents_by_period(((v, n) for v, n in rows
                                     if len(v) != 10 or v >= first.isoformat()), freq)
    with engine.connect() as conn:
        # Kept per store generation (every new document counts it up): the same for every
        # dyad, and one row per publication date of the whole store (thousands of rows).
        key = (str(engine.url), id(engine), store_generation(conn), freq)
        with _memo_lock:
            hit = _coverage_memo.get(key)
        if hit is not None:
            return dict(hit)
        # one row per distinct publication date, kept by the store as documents arrive
        out = _documents_by_period(conn.execute(select(cov.day, cov.documents)).all(), freq)
    with _memo_lock:
        while len(_coverage_memo) >= 2 * len(FREQS):
            del _coverage_memo[next(iter(_coverage_memo))]
        _coverage_memo[key] = dict(out)
    return dict(out)


_coverage_memo: dict[Any, dict[str, int]] = {}


def _documents_by_period(days: Iterable[tuple[str, int]], freq: str) -> dict[str, int]:
    """(publication date, documents) rows summed per period of `freq`."""
    out: dict[str, int] = defaultdict(int)
    for value, n in days:
        period = _date_key(value, None, freq)
        if period:
            out[period] += n
    return dict(out)


def _date_key(day: str | None, month: str | None, freq: str) -> str | None:
    if day and len(day) == 10:
        try:
            return period_key(date.fromisoformat(day), freq)
        except ValueError:
            return None
    if freq == "month":
        m = month or (day[:7] if day and len(day) >= 7 else None)
        return m if m and _MONTH.match(m) else None
    return None


def unit_period(u: Unit, freq: str) -> str | None:
    return _date_key(u.day, u.month, freq)


def iter_periods(first: date, last: date, freq: str) -> Iterable[tuple[str, date, date]]:
    key = period_key(first, freq)
    start, end = period_bounds(key, freq)
    while start <= last:
        yield key, start, end
        start = end + timedelta(days=1)
        key = period_key(start, freq)
        end = period_bounds(key, freq)[1]


def index_rows(units: Sequence[Unit], coverage: dict[str, int], freq: str,
               settings: dict[str, Any], date_from: str | None = None,
               date_to: str | None = None) -> list[dict[str, Any]]:
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    by_period: dict[str, list[Unit]] = defaultdict(list)
    starts: list[date] = []
    for u in units:
        key = unit_period(u, freq)
        if key is None:
            continue
        s, e = period_bounds(key, freq)
        if (lo and e < lo) or (hi and s > hi):
            continue
        by_period[key].append(u)
        starts.append(s)
    if not starts and not (lo and hi):
        return []
    first = lo or min(starts)
    last = hi or max(starts)
    if first > last:
        return []
    rows = []
    for key, start, end in iter_periods(first, last, freq):
        row = {"period": key, "period_start": start.isoformat(), "period_end": end.isoformat()}
        row.update(summarise(by_period.get(key, []), settings, coverage.get(key, 0)))
        rows.append(row)
    return rows


def compute_index(engine: Engine, dyad: str, freq: str = "week", date_from: str | None = None,
                  date_to: str | None = None, *, directed: bool = False,
                  weights: dict[str, float] | None = None,
                  settings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """One row per period (keys: INDEX_COLUMNS) from the first to the last period with events,
    or over --from/--to when given; periods without events appear with zeros."""
    if freq not in FREQS:
        raise AnalysisError(f"frequency must be one of {', '.join(FREQS)}, not {freq!r}")
    cfg = resolve(settings)
    if weights:
        cfg["status_weights"] = {**cfg["status_weights"], **weights}
    if not directed:
        from dyadwatch.analysis.materialised import stored_index

        rows = stored_index(engine, dyad, freq, cfg, date_from, date_to)
        if rows is not None:
            return rows
    units = dyad_units(engine, dyad, directed=directed, settings=cfg)
    return index_rows(units, coverage_by_period(engine, freq), freq, cfg, date_from, date_to)


def busiest_week(engine: Engine, dyad: str, *, settings: dict[str, Any] | None = None) -> str:
    """The ISO week with the most distinct events of the dyad (ties: most mentions, earliest)."""
    rows = [r for r in compute_index(engine, dyad, "week", settings=settings) if r["clusters"]]
    if not rows:
        raise AnalysisError(f"no dated events for {dyad.upper()} in the store")
    best = min(rows, key=lambda r: (-r["clusters"], -r["events"], r["period"]))
    return str(best["period"])
