"""The dyad index, materialised: its per-period rows stored, and kept current as events arrive.

The table `index_periods` holds, for each unordered pair of actors, frequency (day, ISO week,
month) and period with events, the row `compute_index` would compute for the default view:
both directions, state actors only (settings `include_sectors`), the package's settings.
Whoever changes clusters passes what changed (`ClusterChange`: a cluster's old and new state)
to `refresh_index`, which updates the rows of the periods those clusters fall in by difference:
the old contribution taken away, the new one added, on sums kept exactly (fixed point, see
`index.Sums`). So an ingest costs its own events at any store size, however busy the periods it
lands in, and the rows equal what `index --rebuild` computes (tests/analysis/test_materialised.py).

The rows depend on the settings that weigh events (status weights, scale, clusters, sectors):
their fingerprint is stored beside them. Reads with other settings (`--settings`, `--weight`,
`--include-sectors`) compute on the fly; when the package's own settings changed since the
rows were written, reads compute on the fly too and `stale_reason` says to run
`dyadwatch index --rebuild`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, case, delete, insert, or_, select

from dyadwatch.analysis.clusters import (
    ClusterChange,
    ClusterState,
    SourceCounter,
    non_state_sectors,
)
from dyadwatch.analysis.index import (
    FIXED,
    FREQS,
    Sums,
    Unit,
    _date_key,
    check_dyad,
    coverage_by_period,
    fixed,
    iter_periods,
    parse_bound,
    period_bounds,
    period_key,
    summarise,
    summary_values,
    unit_period,
    units_from_rows,
)
from dyadwatch.analysis.settings import resolve
from dyadwatch.model import stable_id
from dyadwatch.store import schema as t
from dyadwatch.store.documents import bump_generation

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


# Settings added after stores were written, and the value that means "as before they existed":
# rows stored without the key were computed that way, so they still serve it.
_ADDED_SETTINGS = {"confidence_weighting": False}


def serves(stored: str | None, settings: dict[str, Any] | None) -> bool:
    """Whether rows stored under fingerprint `stored` answer for these settings (also rows
    stored before a later setting existed, while that setting is at its former behaviour)."""
    if stored is None:
        return False
    cfg = resolve(settings)
    if stored == fingerprint(cfg):
        return True
    older = [k for k in VIEW_SETTINGS
             if k not in _ADDED_SETTINGS or bool(cfg.get(k)) != _ADDED_SETTINGS[k]]
    if len(older) == len(VIEW_SETTINGS):
        return False
    return stored == stable_id("index", json.dumps({k: cfg.get(k) for k in older},
                                                   sort_keys=True, default=str))


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
    if stored is None or serves(stored, None):
        return None
    return ("the stored index was computed with other analysis settings; computing it on the "
            "fly (run `dyadwatch index --rebuild` to store it again)")


# ---------------------------------------------------------------- writing

Key = tuple[str, str, str, str]  # a stored row: pair (a < b), frequency, period
Group = tuple[Any, ...]  # documents that count as one source (see count_sources)


def _weights(cfg: dict[str, Any]) -> dict[str, float]:
    return dict(cfg["status_weights"])


def _stored_row(a: str, b: str, freq: str, period: str, sums: Sums, sources: int,
                cfg: dict[str, Any]) -> dict[str, Any]:
    start, end = period_bounds(period, freq)
    values = summary_values(sums, sources, cfg)
    return {"a": a, "b": b, "freq": freq, "period": period, "period_start": start.isoformat(),
            "period_end": end.isoformat(), **{k: values[k] for k in STORED_COLUMNS},
            "scored_weight": sums.scored / FIXED, "counted": sums.counted}


def _row_sums(row: Any) -> Sums:
    """A stored row's sums, back in fixed point (the floats hold exact four-decimal values)."""
    return Sums(events=row.events, clusters=row.clusters, counted=row.counted,
                weighted=fixed(row.weighted), quad1=fixed(row.quad1), quad2=fixed(row.quad2),
                quad3=fixed(row.quad3), quad4=fixed(row.quad4),
                goldstein=fixed(row.goldstein_sum), scored=fixed(row.scored_weight))


def _group(m: dict[str, Any]) -> Group:
    site, day = m.get("doc_site"), m.get("doc_pub_date")
    return ("site", site, day) if site and day else ("doc", m["document_id"])


def _source_count(docs: dict[str, str | None]) -> int:
    """One group's sources: the most documents of the group in any one language."""
    by_lang: dict[str | None, int] = defaultdict(int)
    for lang in docs.values():
        by_lang[lang] += 1
    return max(by_lang.values(), default=0)


def _unit_of(state: ClusterState, cfg: dict[str, Any], w: dict[str, float]) -> tuple[str, str, Unit] | None:
    """A cluster as the index counts it (its pair and its unit), or None when the default view
    leaves it out (no pair, not state-to-state, a reading that does not count)."""
    first = state.members[0]
    s, g = first.get("source"), first.get("target")
    if not s or not g:
        return None
    a, b = sorted((s, g))
    rows = [{**m, "cluster_id": state.id} for m in state.members]
    units = units_from_rows(rows, a, b, False, cfg, w)
    return (a, b, units[0]) if units else None


def refresh_index(conn: Connection, changes: Iterable[ClusterChange]) -> int:
    """Update the stored rows of the periods that changed clusters fall in, by difference
    (inside the caller's transaction): each changed cluster's old contribution is taken away
    from its periods' sums and its new one added, so the cost is the changed clusters', not
    the periods'. Sources (distinct documents, a translation counted once) are not additive
    across clusters: for each site and day whose documents a change touches, the group's
    count is taken again from the documents of that site and day (ix_documents_site_day).
    Nothing is written while the stored rows are stale (`index --rebuild` recomputes them).
    Returns the number of rows changed."""
    changes = list(changes)
    if not changes:
        return 0
    bump_generation(conn)
    cfg = resolve(None)
    if not serves(stored_fingerprint(conn), cfg):
        return 0
    w = _weights(cfg)
    deltas: dict[Key, Sums] = defaultdict(Sums)
    # per row and source group, the documents of the changed clusters before and after
    docs: dict[tuple[Key, Group], tuple[dict[str, str | None], dict[str, str | None]]] = {}
    new_ids: set[str] = set()
    for ch in changes:
        if ch.new is not None:
            new_ids.add(ch.new.id)
        for side, state in ((0, ch.old), (1, ch.new)):
            got = _unit_of(state, cfg, w) if state is not None else None
            if got is None:
                continue
            a, b, unit = got
            sums = Sums.of(unit)
            for freq in FREQS:
                period = unit_period(unit, freq)
                if not period:
                    continue
                key = (a, b, freq, period)
                deltas[key].add(sums, 1 if side else -1)
                for m in unit.members:
                    pair = docs.setdefault((key, _group(m)), ({}, {}))
                    pair[side][m["document_id"]] = m.get("doc_lang")
    if not deltas:
        return 0
    sources = _sources_deltas(conn, docs, new_ids, cfg)
    return _apply(conn, deltas, sources, cfg)


def _sources_deltas(conn: Connection,
                    docs: dict[tuple[Key, Group], tuple[dict[str, str | None], dict[str, str | None]]],
                    new_ids: set[str], cfg: dict[str, Any]) -> dict[Key, int]:
    """How each row's sources change: per touched group, its count with the other clusters'
    documents (read from the store, leaving out the changed clusters) plus the changed
    clusters' documents before, and after."""
    groups = sorted({g for _, g in docs}, key=repr)
    rest: dict[tuple[Key, Group], dict[str, str | None]] = defaultdict(dict)
    non_state = frozenset(x.upper() for x in cfg.get("non_state_sectors") or [])
    include = frozenset(x.upper() for x in cfg.get("include_sectors") or [])
    e, d, c = t.events.c, t.documents.c, t.clusters.c
    q = (select(e.document_id, e.source, e.target, e.source_sector, e.target_sector, e.counted,
                e.cluster_id, c.event_date.label("unit_date"), d.site.label("doc_site"),
                d.pub_date.label("doc_pub_date"), d.lang.label("doc_lang"))
         .select_from(t.documents).join(t.events, e.document_id == d.id)
         .join(t.clusters, c.id == e.cluster_id))
    pairs_of: dict[Group, set[tuple[str, str]]] = defaultdict(set)
    for (key, group) in docs:
        pairs_of[group].add((key[0], key[1]))
    for i in range(0, len(groups), _GROUPS_PER_READ):
        chunk = groups[i:i + _GROUPS_PER_READ]
        conds = [and_(d.site == g[1], d.pub_date == g[2]) if g[0] == "site" else d.id == g[1]
                 for g in chunk]
        # only the changed pairs' events count (a busy site's day has many other pairs'); as
        # `source || ''` the terms match no index, so the documents' index drives the read
        # (by the pair's index SQLite would read every event of the pair)
        src, tgt = e.source.concat(""), e.target.concat("")
        pairs = sorted({p for g in chunk for p in pairs_of[g]})
        in_pairs = or_(*(or_(and_(src == a, tgt == b), and_(src == b, tgt == a))
                         for a, b in pairs))
        for r in conn.execute(q.where(or_(*conds), in_pairs)):
            m = r._mapping
            if m["cluster_id"] in new_ids or m["counted"] == 0 or not m["source"] \
                    or not m["target"]:
                continue
            sectors = non_state_sectors(m, non_state)
            if sectors and not set(sectors.split(",")) <= include:
                continue
            a, b = sorted((m["source"], m["target"]))
            day = m["unit_date"]
            group = _group(m)
            for freq in FREQS:
                period = _date_key(day if day and len(day) == 10 else None,
                                   day[:7] if day and len(day) >= 7 else None, freq)
                if period and ((a, b, freq, period), group) in docs:
                    rest[((a, b, freq, period), group)][m["document_id"]] = m["doc_lang"]
    out: dict[Key, int] = defaultdict(int)
    for (key, group), (before, after) in docs.items():
        others = rest.get((key, group), {})
        out[key] += _source_count({**others, **after}) - _source_count({**others, **before})
    return out


def _apply(conn: Connection, deltas: dict[Key, Sums], sources: dict[Key, int],
           cfg: dict[str, Any]) -> int:
    """Add the deltas to the stored rows (a row whose period has no event left goes)."""
    p = t.index_periods.c
    keys = sorted(deltas)
    stored: dict[Key, Any] = {}
    # the stored rows by primary key, one statement per pair and frequency (an OR of several,
    # or a row-value IN, lets SQLite's planner fall back to a prefix of the key or a scan)
    by_series: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for a, b, f, k in keys:
        by_series[(a, b, f)].append(k)
    for (a, b, f), periods in sorted(by_series.items()):
        for i in range(0, len(periods), _PERIODS_PER_READ):
            for r in conn.execute(select(t.index_periods).where(
                    p.a == a, p.b == b, p.freq == f,
                    p.period.in_(periods[i:i + _PERIODS_PER_READ]))):
                stored[(r.a, r.b, r.freq, r.period)] = r
    rows = []
    for key in keys:
        sums = _row_sums(stored[key]) if key in stored else Sums()
        sums.add(deltas[key])
        n_sources = (stored[key].sources if key in stored else 0) + sources.get(key, 0)
        if sums.clusters > 0:
            rows.append(_stored_row(*key, sums, n_sources, cfg))
    gone = [{"a_": a, "b_": b, "f": f, "k": k} for a, b, f, k in keys if (a, b, f, k) in stored]
    if gone:
        conn.execute(delete(t.index_periods).where(
            p.a == bindparam("a_"), p.b == bindparam("b_"), p.freq == bindparam("f"),
            p.period == bindparam("k")), gone)
    if rows:
        conn.execute(insert(t.index_periods), rows)
    return len(keys)


_GROUPS_PER_READ = 50
_PERIODS_PER_READ = 500


def rebuild_index(conn: Connection) -> int:
    """Recompute every stored row from the clusters, with the package's settings; returns the
    number of rows.

    One read of the clustered events, sorted by pair and cluster, streamed: on a store larger
    than memory, a pair at a time through the dyad index would read the events (and their
    sentences) in random order, hours at a million documents; this reads the table once and
    lets the database sort, and holds one cluster's rows and one pair's sums at a time."""
    cfg = resolve(None)
    w = _weights(cfg)
    bump_generation(conn)
    conn.execute(delete(t.index_periods))
    n = 0
    for (a, b), clusters in groupby(_clustered_rows(conn), key=lambda r: (r["pair_a"], r["pair_b"])):
        periods: dict[tuple[str, str], tuple[Sums, SourceCounter]] = {}
        for _, rows in groupby(clusters, key=lambda r: r["cluster_id"]):
            for unit in units_from_rows(list(rows), a, b, False, cfg, w):
                sums = Sums.of(unit)
                for freq in FREQS:
                    key = unit_period(unit, freq)
                    if key:
                        total, sources = periods.setdefault((freq, key), (Sums(), SourceCounter()))
                        total.add(sums)
                        sources.add(unit.members)
        out = [_stored_row(a, b, freq, key, total, sources.count(), cfg)
               for (freq, key), (total, sources)
               in sorted(periods.items(), key=lambda kv: (FREQS.index(kv[0][0]), kv[0][1]))]
        if out:
            conn.execute(insert(t.index_periods), out)
        n += len(out)
    _set_fingerprint(conn, fingerprint(cfg))
    return n


def _clustered_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """The clustered events with both parties, as `units_from_rows` reads them (no sentence
    text), ordered by unordered pair and cluster."""
    e, d = t.events.c, t.documents.c
    first = case((e.source < e.target, e.source), else_=e.target)
    second = case((e.source < e.target, e.target), else_=e.source)
    q = (select(first.label("pair_a"), second.label("pair_b"), e.id, e.document_id, e.doc_start,
                e.source, e.target, e.source_sector, e.target_sector, e.type, e.cameo,
                e.goldstein, e.quad, e.status, e.event_date, e.cluster_id, e.counted,
                e.confidence, d.site.label("doc_site"), d.pub_date.label("doc_pub_date"),
                d.lang.label("doc_lang"))
         .join(t.documents, d.id == e.document_id)
         .order_by("pair_a", "pair_b", e.cluster_id)
         .execution_options(yield_per=_ROWS_PER_FETCH))  # PostgreSQL: a server-side cursor
    # no WHERE: "cluster_id IS NOT NULL" would have SQLite follow ix_events_cluster to every
    # row at random instead of reading the table in turn; the few rows without a pair or a
    # cluster are left out here
    for r in conn.execute(q):
        if r.source is not None and r.target is not None and r.cluster_id is not None:
            yield dict(r._mapping)


_ROWS_PER_FETCH = 5000


def rebuild_stored_index(engine: Engine) -> int:
    """`dyadwatch index --rebuild`: every stored row again, with the package's settings."""
    from dyadwatch.store.db import write_begin

    with write_begin(engine) as conn:
        return rebuild_index(conn)


# ---------------------------------------------------------------- reading

def usable(conn: Connection, cfg: dict[str, Any]) -> bool:
    """Whether the stored rows answer for these settings."""
    return serves(stored_fingerprint(conn), cfg) and not has_unclustered(conn)


def period_conditions(dyad: str, freq: str, date_from: str | None, date_to: str | None
                      ) -> tuple[list[Any], date | None, date | None]:
    """The WHERE terms for a dyad's stored rows of `freq` that overlap the dates, and the
    dates' bounds (None: open)."""
    a, b = sorted(check_dyad(dyad))
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    p = t.index_periods.c
    conds = [p.a == a, p.b == b, p.freq == freq]
    if lo:
        conds.append(p.period_end >= lo.isoformat())
    if hi:
        conds.append(p.period_start <= hi.isoformat())
    return conds, lo, hi


def stored_index(engine: Engine, dyad: str, freq: str, cfg: dict[str, Any],
                 date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]] | None:
    """`compute_index`'s rows (both directions) from the stored rows, or None when they
    cannot serve these settings."""
    conds, lo, hi = period_conditions(dyad, freq, date_from, date_to)
    p = t.index_periods.c
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
    # the days of the periods shown, whole (the first period may begin before `first`)
    coverage = coverage_by_period(engine, freq, (period_bounds(period_key(first, freq), freq)[0],
                                                 period_bounds(period_key(last, freq), freq)[1]))
    empty = summarise([], cfg)  # a period without events: zeros and its coverage
    rows = []
    for key, start, end in iter_periods(first, last, freq):
        row: dict[str, Any] = {"period": key, "period_start": start.isoformat(),
                               "period_end": end.isoformat()}
        values = {**empty, "coverage": coverage.get(key, 0)}
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


def weighted_weeks_between(engine: Engine, dyad: str, lo: date | None, hi: date | None,
                           before: date | None, n: int, cfg: dict[str, Any]) -> list[str] | None:
    """Up to `n` ISO weeks with weighted events, newest first, overlapping `lo`..`hi` and
    starting before `before` (None when the stored rows cannot serve these settings)."""
    rows = weighted_week_scales(engine, dyad, n, cfg, lo=lo, hi=hi, before=before)
    return None if rows is None else [w for w, _ in rows]


def weighted_week_scales(engine: Engine, dyad: str, n: int, cfg: dict[str, Any], *,
                         lo: date | None = None, hi: date | None = None,
                         before: date | None = None) -> list[tuple[str, float]] | None:
    """(week, scale) of up to `n` ISO weeks with weighted events, newest first, overlapping
    `lo`..`hi` and starting before `before` (None when the stored rows cannot serve these
    settings)."""
    a, b = sorted(check_dyad(dyad))
    p = t.index_periods.c
    conds = [p.a == a, p.b == b, p.freq == "week", p.counted > 0]
    if lo:
        conds.append(p.period_end >= lo.isoformat())
    if hi:
        conds.append(p.period_start <= hi.isoformat())
    if before:
        conds.append(p.period_start < before.isoformat())
    with engine.connect() as conn:
        if not usable(conn, cfg):
            return None
        return [(w, float(v)) for w, v in conn.execute(
            select(p.period, p.scale).where(*conds).order_by(p.period_start.desc()).limit(n))]
