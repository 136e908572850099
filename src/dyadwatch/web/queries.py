"""Read-only queries the pages and the API share (parameterised SQLAlchemy Core only)."""

from __future__ import annotations

import importlib
import re
import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select

from dyadwatch.outputs.outlets import outlets, site_aliases
from dyadwatch.store import schema as t
from dyadwatch.store import summaries
from dyadwatch.store.events import (
    EventFilter,
    apply_filter,
    date_conditions,
    dyad_condition,
    events_query,
    parse_dyad,
)
from dyadwatch.store.events import count_events as store_count_events

__all__ = ["outlets", "site_aliases"]  # one outlet, one name: shared with the briefs

DYAD_RE = r"^[A-Za-z0-9_]{1,16}[-/][A-Za-z0-9_]{1,16}$"
DATE_RE = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
WEEK_RE = r"^\d{4}-W\d{2}$"
_DYAD = re.compile(DYAD_RE)
_DATE = re.compile(DATE_RE)
_WEEK = re.compile(WEEK_RE)


def valid_dyad(dyad: str | None) -> str | None:
    """The dyad as "AAA-BBB" (upper case) or None when it does not look like one."""
    if not dyad or not _DYAD.match(dyad):
        return None
    a, b = parse_dyad(dyad)
    return f"{a}-{b}"


def valid_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or a real YYYY-MM-DD day; None otherwise."""
    if not value or not _DATE.match(value):
        return None
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            return None
    return value


def valid_week(value: str | None) -> str | None:
    return value if value and _WEEK.match(value) else None


def analysis(module: str, name: str) -> Callable[..., Any] | None:
    """A function from another part of the package, or None while it is not written yet."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    return getattr(mod, name, None)


def summary(engine: Engine) -> dict[str, Any]:
    """Counts, and the period covered: the first and last publication dates of the documents
    (an event dated ahead, a plan for 2024 in a 2021 article, does not extend it)."""
    pub = t.documents.c.pub_date
    with engine.connect() as conn:
        docs, first, last = conn.execute(
            select(func.count(), func.min(pub), func.max(pub)).select_from(t.documents)).one()
        events = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        clusters = conn.execute(select(func.count()).select_from(t.clusters)).scalar_one()
    return {"documents": docs, "events": events, "clusters": clusters,
            "first_date": first, "last_date": last}


def top_dyads(engine: Engine, limit: int = 12) -> list[dict[str, Any]]:
    """Dyads (unordered actor pairs) with the most events, each with a monthly sparkline that
    ends at the store's last month, so a dyad last seen years ago ends flat, not in a spike.
    An event's date counts no later than its document's publication (a forecast is not news
    from the future). Read from the events per pair and day the store keeps (dyad_days)."""
    dd, d = t.dyad_days.c, t.documents.c
    total = func.sum(dd.events)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(dd.a, dd.b, total.label("events")).where(dd.a != dd.b)
            .group_by(dd.a, dd.b).order_by(total.desc(), dd.a, dd.b).limit(limit))]
        last_pub = conn.execute(select(func.max(d.pub_date))).scalar_one()
        for r in rows:
            pair = (dd.a == r["a"], dd.b == r["b"], dd.day != "")
            r["first_date"], r["last_date"] = conn.execute(
                select(func.min(dd.day), func.max(dd.day)).where(*pair)).one()
            month = func.substr(dd.day, 1, 7)
            counts = {m: int(n) for m, n in conn.execute(
                select(month, func.sum(dd.events)).where(*pair).group_by(month))}
            r["events"] = int(r["events"])
            r["dyad"] = f"{r['a']}-{r['b']}"
            r["spark"] = _spark_series(counts, end=(last_pub or "")[:7] or None)
    return rows


def _spark_series(counts: dict[str, int], months: int = 24, end: str | None = None) -> list[int]:
    """Counts for each of the last `months` months up to `end` (YYYY-MM; default: the last
    month with events)."""
    keys = [k for k in counts if k and re.match(r"^\d{4}-\d{2}$", k)]
    if not keys:
        return []
    last = end if end and re.match(r"^\d{4}-\d{2}$", end) and end >= max(keys) else max(keys)
    y, m = map(int, last.split("-"))
    series = []
    for _ in range(months):
        series.append(counts.get(f"{y:04d}-{m:02d}", 0))
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return series[::-1]


def sparkline_points(series: list[int], width: int = 120, height: int = 28) -> str:
    if not series:
        return ""
    top = max(series) or 1
    step = width / max(1, len(series) - 1)
    return " ".join(f"{i * step:.1f},{height - 2 - (v / top) * (height - 4):.1f}"
                    for i, v in enumerate(series))


def facets(engine: Engine, dyad: str) -> dict[str, list[tuple[str, int]]]:
    """Types, statuses and source sites seen for a dyad, with counts (for filter menus), from
    the summary tables (store.summaries), not the dyad's events."""
    with engine.connect() as conn:
        return summaries.dyad_facets(conn, dyad)


def count_events(engine: Engine, f: EventFilter) -> int:
    """`store.events.count_events`, from the summary tables when they hold the filter."""
    with engine.connect() as conn:
        n = summaries.dyad_event_count(conn, f)
    return store_count_events(engine, f) if n is None else n


def date_span(engine: Engine, dyad: str) -> tuple[str | None, str | None]:
    """The first and last month (YYYY-MM, or YYYY for events dated only to a year) of a
    dyad's dated events."""
    with engine.connect() as conn:
        return summaries.dyad_month_span(conn, dyad)


def volume_by_month(engine: Engine, dyad: str) -> list[dict[str, Any]]:
    """Events per month and quad; used for the chart only while the index is unavailable."""
    e = t.events.c
    month = func.substr(e.event_date, 1, 7)
    q = apply_filter(select(month.label("m"), e.quad, func.count().label("n")), EventFilter(dyad=dyad))
    q = q.where(e.event_date.is_not(None)).group_by(month, e.quad).order_by(month, e.quad)
    rows: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for m, quad, n in conn.execute(q):
            r = rows.setdefault(m, {"period": m, "period_start": f"{m}-01", "events": 0,
                                    "quad1": 0, "quad2": 0, "quad3": 0, "quad4": 0})
            r["events"] += n
            if quad in (1, 2, 3, 4):
                r[f"quad{quad}"] += n
    return list(rows.values())


def get_event(engine: Engine, event_id: str) -> dict[str, Any] | None:
    q = events_query(EventFilter()).where(t.events.c.id == event_id)
    with engine.connect() as conn:
        row = conn.execute(q).first()
    return dict(row._mapping) if row else None


def cluster_mentions(engine: Engine, cluster_id: str | None, exclude: str | None = None,
                     limit: int = 50) -> list[dict[str, Any]]:
    if not cluster_id:
        return []
    q = events_query(EventFilter(cluster_id=cluster_id))
    if exclude:
        q = q.where(t.events.c.id != exclude)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q.limit(limit))]


def get_cluster(engine: Engine, cluster_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(t.clusters).where(t.clusters.c.id == cluster_id)).first()
    return dict(row._mapping) if row else None


def list_clusters(engine: Engine, *, dyad: str | None = None, types: tuple[str, ...] = (),
                  date_from: str | None = None, date_to: str | None = None,
                  limit: int = 100, offset: int = 0,
                  newest_first: bool = False) -> tuple[int, list[dict[str, Any]]]:
    c = t.clusters.c
    conds = []
    if dyad:
        conds.append(dyad_condition(t.clusters, dyad))
    if types:
        conds.append(c.type.in_([x.upper() for x in types]))
    conds += date_conditions(c.event_date, date_from, date_to)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(t.clusters).where(*conds)).scalar_one()
        rows = conn.execute(select(t.clusters).where(*conds)
                            .order_by(*((c.event_date.desc().nulls_last(), c.id.desc()) if newest_first
                                        else (c.event_date, c.id))).limit(limit).offset(offset))
        return total, [dict(r._mapping) for r in rows]


def document_events(engine: Engine, doc_id: str) -> list[dict[str, Any]]:
    q = events_query(EventFilter(document_id=doc_id)).order_by(None).order_by(
        t.events.c.doc_start, t.events.c.id)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def document_paragraphs(engine: Engine, doc: dict[str, Any]) -> list[tuple[int, int]]:
    with engine.connect() as conn:
        spans = [(s, e) for s, e in conn.execute(
            select(t.paragraphs.c.start, t.paragraphs.c.end)
            .where(t.paragraphs.c.document_id == doc["id"]).order_by(t.paragraphs.c.idx))]
    text = doc["text"] or ""
    if spans:
        return spans
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n|\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def count_documents(engine: Engine, site: str | tuple[str, ...] | None = None) -> int:
    if site:  # documents per site are kept by the store (summaries.site_counts)
        with engine.connect() as conn:
            return summaries.site_document_count(conn, (site,) if isinstance(site, str) else site)
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.documents)).scalar_one()


def documents_page(engine: Engine, *, site: str | tuple[str, ...] | None = None, limit: int = 50,
                   offset: int = 0) -> list[dict[str, Any]]:
    d = t.documents.c
    n_events = (select(func.count()).where(t.events.c.document_id == d.id)
                .scalar_subquery().label("n_events"))
    cols = [c for c in t.documents.c if c.name not in ("text", "tsv")]
    # Newest first, undated last on both backends (PostgreSQL puts NULLs first when DESC).
    q = (select(*cols, n_events).order_by(d.pub_date.desc().nulls_last(), d.id)
         .limit(limit).offset(offset))
    if site:
        q = q.where(d.site.in_((site,) if isinstance(site, str) else site))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def document_record(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    """A document by exact id (never a prefix: ids in URLs are exact)."""
    cols = [c for c in t.documents.c if c.name != "tsv"]
    with engine.connect() as conn:
        row = conn.execute(select(*cols).where(t.documents.c.id == doc_id)).first()
    return dict(row._mapping) if row else None


class StoreCache:
    """Results of slow read-only computations (index, verdicts, overview), keyed by arguments
    and a fingerprint of the store (its generation, counted up by every write), so a new
    ingest or cluster rebuild is seen at once; entries also expire after `ttl` seconds."""

    def __init__(self, engine: Engine, ttl: float = 300.0, maxsize: int = 256,
                 fingerprint_every: float = 2.0) -> None:
        self.engine = engine
        self.ttl = ttl
        self.maxsize = maxsize
        self.fingerprint_every = fingerprint_every
        self._data: dict[Any, tuple[float, Any, Any]] = {}
        self._fp: tuple[float, Any] = (0.0, None)
        self._lock = threading.Lock()

    def fingerprint(self) -> Any:
        now = time.monotonic()
        with self._lock:
            at, fp = self._fp
        if fp is not None and now - at < self.fingerprint_every:
            return fp
        # one primary-key read: every write of documents, clusters or index rows counts up
        # the store's generation (counting the tables' rows cost a scan of each)
        from dyadwatch.store.documents import store_generation

        with self.engine.connect() as conn:
            fp = (store_generation(conn),)
        with self._lock:
            self._fp = (now, tuple(fp))
        return tuple(fp)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._fp = (0.0, None)

    def get(self, key: Any, compute: Callable[[], Any]) -> Any:
        fp = self.fingerprint()
        now = time.monotonic()
        with self._lock:
            hit = self._data.get(key)
            if hit is not None and hit[1] == fp and now - hit[0] < self.ttl:
                return hit[2]
        memo = analysis("dyadwatch.analysis.index", "units_memo")
        if memo is None:
            value = compute()
        else:
            # computations filling the cache for the same store state share the dyads' units
            # (one read and grouping of a dyad's events for its index, verdicts and briefs)
            with memo(fp):
                value = compute()
        with self._lock:
            if len(self._data) >= self.maxsize:
                oldest = min(self._data, key=lambda k: self._data[k][0])
                del self._data[oldest]
            self._data[key] = (now, fp, value)
        return value
