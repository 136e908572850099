"""The dyad index, materialised: its per-period rows stored, and kept current as events arrive.

The table `index_periods` holds, for each unordered pair of actors, frequency (day, ISO week,
month) and period with events, the row `compute_index` would compute for the default view:
both directions, state actors only (settings `include_sectors`), the package's settings.
Whoever changes clusters passes what changed to `refresh_index`, which recomputes only the
periods those clusters fall in, so an ingest costs its own events at any store size.

The rows depend on the settings that weigh events (status weights, scale, clusters, sectors):
their fingerprint is stored beside them. Reads with other settings (`--settings`, `--weight`,
`--include-sectors`) compute on the fly; when the package's own settings changed since the
rows were written, reads compute on the fly too and `stale_reason` says to run
`dyadwatch index --rebuild`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select

from dyadwatch.analysis.index import (
    FREQS,
    Span,
    Unit,
    _date_key,
    check_dyad,
    coverage_by_period,
    iter_periods,
    parse_bound,
    period_bounds,
    spans_units,
    summarise,
    unit_period,
    unit_query,
    units_from_rows,
)
from dyadwatch.analysis.settings import resolve
from dyadwatch.model import stable_id
from dyadwatch.store import schema as t
from dyadwatch.store.documents import bump_generation
from dyadwatch.store.events import EventFilter

FINGERPRINT_KEY = "index_settings"
# the settings a stored row depends on
VIEW_SETTINGS = ("status_weights", "scale", "clusters", "non_state_sectors", "include_sectors",
                 "confidence_weighting")
STORED_COLUMNS = ("events", "clusters", "weighted", "sources", "quad1", "quad2", "quad3",
                  "quad4", "goldstein_sum", "goldstein_mean", "net_cooperation", "scale", "grade")


def fingerprint(settings: dict[str, Any] | None) -> str:
    cfg = resolve(settings)
    return stable_id("index", json.dumps({k: cfg.get(k) for k in VIEW_SETTINGS}, sort_keys=True,
                                         default=str))


def stored_fingerprint(conn: Connection) -> str | None:
    m = t.store_meta.c
    return conn.execute(select(m.value).where(m.key == FINGERPRINT_KEY)).scalar_one_or_none()


def _set_fingerprint(conn: Connection, value: str) -> None:
    m = t.store_meta.c
    conn.execute(delete(t.store_meta).where(m.key == FINGERPRINT_KEY))
    conn.execute(insert(t.store_meta).values(key=FINGERPRINT_KEY, value=value))


def has_unclustered(conn: Connection) -> bool:
    """Events stored but not clustered yet (a run stopped before its clustering step)."""
    e = t.events.c
    return conn.execute(select(e.id).where(e.cluster_id.is_(None)).limit(1)).first() is not None


def stale_reason(engine: Engine) -> str | None:
    """Why the stored rows cannot serve the package's settings, or None when they can."""
    with engine.connect() as conn:
        stored = stored_fingerprint(conn)
    if stored is None or stored == fingerprint(None):
        return None
    return ("the stored index was computed with other analysis settings; computing it on the "
            "fly (run `dyadwatch index --rebuild` to store it again)")


# ---------------------------------------------------------------- writing

def _targets(touched: Iterable[tuple[str | None, str | None, str | None]]) -> set[tuple[str, str, str, str]]:
    out = set()
    for s, g, day in touched:
        if not s or not g or not day:
            continue
        a, b = sorted((s, g))
        for freq in FREQS:
            key = _date_key(day if len(day) == 10 else None, day[:7] if len(day) >= 7 else None,
                            freq)
            if key:
                out.add((a, b, freq, key))
    return out


def _weights(cfg: dict[str, Any]) -> dict[str, float]:
    return dict(cfg["status_weights"])


def _stored_row(a: str, b: str, freq: str, period: str, units: list[Unit],
                cfg: dict[str, Any]) -> dict[str, Any]:
    start, end = period_bounds(period, freq)
    values = summarise(units, cfg)
    return {"a": a, "b": b, "freq": freq, "period": period, "period_start": start.isoformat(),
            "period_end": end.isoformat(), **{k: values[k] for k in STORED_COLUMNS},
            "scored_weight": round(sum(u.weight for u in units
                                       if u.weight > 0 and u.goldstein is not None), 4),
            "counted": sum(1 for u in units if u.weight > 0)}


def refresh_index(conn: Connection,
                  touched: Iterable[tuple[str | None, str | None, str | None]]) -> int:
    """Recompute the stored rows of the periods that changed clusters fall in (inside the
    caller's transaction); `touched` holds each changed cluster's parties and date. Nothing is
    written while the stored rows are stale (`index --rebuild` then recomputes them all).

    A pair's overlapping periods (a day, its week, its month) are read together: one read of
    the span's clusters and members serves all the rows inside it."""
    targets = _targets(touched)
    if not targets:
        return 0
    bump_generation(conn)
    cfg = resolve(None)
    if stored_fingerprint(conn) != fingerprint(cfg):
        return 0
    by_pair: dict[tuple[str, str], list[tuple[date, date, str, str]]] = defaultdict(list)
    for a, b, freq, period in targets:
        by_pair[(a, b)].append((*period_bounds(period, freq), freq, period))
    spans: list[tuple[Span, list[tuple[str, str]]]] = []
    for (a, b), items in sorted(by_pair.items()):
        items.sort()
        mine: list[tuple[Span, list[tuple[str, str]]]] = []
        for start, end, freq, period in items:
            if mine and start <= mine[-1][0][3]:
                (_, _, lo, hi), keys = mine[-1]
                mine[-1] = ((a, b, lo, max(hi, end)), [*keys, (freq, period)])
            else:
                mine.append(((a, b, start, end), [(freq, period)]))
        spans += mine
    units_of = spans_units(conn, [sp for sp, _ in spans], cfg, _weights(cfg))
    p = t.index_periods.c
    gone, rows = [], []
    for (a, b, lo, hi), keys in spans:
        grouped: dict[tuple[str, str], list[Unit]] = defaultdict(list)
        for u in units_of[(a, b, lo, hi)]:
            for freq in FREQS:
                if k := unit_period(u, freq):
                    grouped[(freq, k)].append(u)
        gone += [{"a_": a, "b_": b, "f": f, "k": k} for f, k in keys]
        rows += [_stored_row(a, b, f, k, grouped[(f, k)], cfg) for f, k in keys
                 if grouped.get((f, k))]
    conn.execute(delete(t.index_periods).where(
        p.a == bindparam("a_"), p.b == bindparam("b_"), p.freq == bindparam("f"),
        p.period == bindparam("k")), gone)
    if rows:
        conn.execute(insert(t.index_periods), rows)
    return len(targets)


def rebuild_index(conn: Connection) -> int:
    """Recompute every stored row from the clusters (one pair of actors at a time), with the
    package's settings; returns the number of rows."""
    cfg = resolve(None)
    c = t.clusters.c
    bump_generation(conn)
    conn.execute(delete(t.index_periods))
    pairs = sorted({tuple(sorted((s, g))) for s, g in conn.execute(
        select(c.source, c.target).where(c.source.is_not(None), c.target.is_not(None))
        .distinct())})
    n = 0
    for a, b in pairs:
        rows = [dict(r._mapping) for r in conn.execute(
            unit_query(EventFilter(dyad=f"{a}-{b}")).where(t.events.c.cluster_id.is_not(None)))]
        units = units_from_rows(rows, a, b, False, cfg, _weights(cfg))
        out = []
        for freq in FREQS:
            by_period: dict[str, list[Unit]] = defaultdict(list)
            for u in units:
                key = unit_period(u, freq)
                if key:
                    by_period[key].append(u)
            out += [_stored_row(a, b, freq, k, us, cfg) for k, us in sorted(by_period.items())]
        if out:
            conn.execute(insert(t.index_periods), out)
        n += len(out)
    _set_fingerprint(conn, fingerprint(cfg))
    return n


def rebuild_stored_index(engine: Engine) -> int:
    """`dyadwatch index --rebuild`: every stored row again, with the package's settings."""
    from dyadwatch.store.db import write_begin

    with write_begin(engine) as conn:
        return rebuild_index(conn)


# ---------------------------------------------------------------- reading

def usable(conn: Connection, cfg: dict[str, Any]) -> bool:
    """Whether the stored rows answer for these settings."""
    return stored_fingerprint(conn) == fingerprint(cfg) and not has_unclustered(conn)


def stored_index(engine: Engine, dyad: str, freq: str, cfg: dict[str, Any],
                 date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]] | None:
    """`compute_index`'s rows (both directions) from the stored rows, or None when they
    cannot serve these settings."""
    a, b = sorted(check_dyad(dyad))
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    p = t.index_periods.c
    conds = [p.a == a, p.b == b, p.freq == freq]
    if lo:
        conds.append(p.period_end >= lo.isoformat())
    if hi:
        conds.append(p.period_start <= hi.isoformat())
    with engine.connect() as conn:
        if not usable(conn, cfg):
            return None
        stored = {r.period: dict(r._mapping) for r in conn.execute(
            select(t.index_periods).where(*conds).order_by(p.period_start))}
    if not stored and not (lo and hi):
        return []
    first = lo or date.fromisoformat(min(r["period_start"] for r in stored.values()))
    last = hi or date.fromisoformat(max(r["period_start"] for r in stored.values()))
    if first > last:
        return []
    coverage = coverage_by_period(engine, freq)
    rows = []
    for key, start, end in iter_periods(first, last, freq):
        row: dict[str, Any] = {"period": key, "period_start": start.isoformat(),
                               "period_end": end.isoformat()}
        values = summarise([], cfg, coverage.get(key, 0))
        hit = stored.get(key)
        if hit is not None:
            values.update({k: hit[k] for k in STORED_COLUMNS})
            values["normalised"] = (round(hit["goldstein_sum"] / values["coverage"], 4)
                                    if values["coverage"] else 0.0)
        row.update(values)
        rows.append(row)
    return rows


def weighted_weeks_before(engine: Engine, dyad: str, week_start: date, n: int,
                          cfg: dict[str, Any]) -> list[str] | None:
    """The last `n` ISO weeks before `week_start` with weighted events, oldest first (None when
    the stored rows cannot serve these settings)."""
    a, b = sorted(check_dyad(dyad))
    p = t.index_periods.c
    with engine.connect() as conn:
        if not usable(conn, cfg):
            return None
        weeks = list(conn.execute(
            select(p.period).where(p.a == a, p.b == b, p.freq == "week", p.counted > 0,
                                   p.period_start < week_start.isoformat())
            .order_by(p.period_start.desc()).limit(n)).scalars())
    return weeks[::-1]
