"""Reading events back with the filters every front end shares (CLI, API, exports).

`EVENT_FIELDS` is the one vocabulary of an event row: `dyadwatch events`, the JSON API, the
CSV downloads and the exports all name the same things the same way (docs/exports.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import CompoundSelect, Engine, Select, and_, func, or_, select, union_all

from dyadwatch.store import schema as t
from dyadwatch.store import validators

# An event as every front end shows it: the stored event, its sentence and its document.
EVENT_FIELDS: tuple[str, ...] = (
    "event_id", "event_date", "date", "date_granularity",
    "source", "source_sector", "source_text", "target", "target_sector", "target_text",
    "type", "mode", "cameo", "quad", "goldstein", "status", "confidence",
    "trigger", "start", "end", "doc_start", "doc_end", "location",
    "cluster_id", "document_id", "sentence_id",
    "sentence", "doc_title", "doc_site", "doc_url", "doc_pub_date",
)


def event_record(row: Any) -> dict[str, Any]:
    """A row of `events_query` in the shared vocabulary (the store's `id` is `event_id`)."""
    m = dict(row) if not hasattr(row, "_mapping") else dict(row._mapping)
    m["event_id"] = m.get("id", m.get("event_id"))
    return {k: m.get(k) for k in EVENT_FIELDS}


@dataclass
class EventFilter:
    dyad: str | None = None  # "BLR-RUS": both directions unless `directed`
    directed: bool = False
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    document_id: str | None = None
    cluster_id: str | None = None
    site: str | tuple[str, ...] | None = None  # a tuple: any of these names (one outlet's)


def parse_dyad(dyad: str) -> tuple[str, str]:
    parts = dyad.upper().replace("/", "-").split("-")
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"dyad must look like BLR-RUS, not {dyad!r}")
    return parts[0], parts[1]


def dyad_condition(table: Any, dyad: str, *, directed: bool = False) -> Any:
    """Rows of `table` (with source/target columns) between the two actors of a dyad."""
    a, b = parse_dyad(dyad)
    c = table.c
    one_way = and_(c.source == a, c.target == b)
    return one_way if directed else or_(one_way, and_(c.source == b, c.target == a))


def date_conditions(col: Any, date_from: str | None, date_to: str | None) -> list[Any]:
    """Rows of an ISO date column whose date overlaps the range from `date_from` to `date_to`.

    Both bounds may be a year, month, ISO week or day (validators.date_range); a stored date
    is itself an interval: "2020-09" is all of September. A row is kept when the two
    intervals overlap, so `--from 2020-09-14` keeps an event dated "2020-09", and so does
    `--to 2020-09-01`. Impossible dates (2020-13) are refused with InvalidValue."""
    first = validators.date_interval(date_from, "from")[0].isoformat() if date_from else None
    last = validators.date_interval(date_to, "to")[1].isoformat() if date_to else None
    conds = []
    if first:
        # the row's last day >= first: a day on or after it, or its month or year named alone
        conds.append(or_(col >= first, col == first[:7], col == first[:4]))
    if last:
        # the row's first day <= last; "2020-09" sorts before every "2020-09-DD"
        conds.append(col <= last)
    return conds


def apply_filter(q: Select, f: EventFilter) -> Select:
    e = t.events.c
    conds = []
    if f.dyad:
        conds.append(dyad_condition(t.events, f.dyad, directed=f.directed))
    if f.actor:
        conds.append(or_(e.source == f.actor.upper(), e.target == f.actor.upper()))
    conds += date_conditions(e.event_date, f.date_from, f.date_to)
    if f.types:
        conds.append(e.type.in_([x.upper() for x in f.types]))
    if f.statuses:
        conds.append(e.status.in_([x.lower() for x in f.statuses]))
    if f.document_id:
        conds.append(e.document_id == f.document_id)
    if f.cluster_id:
        conds.append(e.cluster_id == f.cluster_id)
    if f.site:
        q = q.where(t.documents.c.site.in_((f.site,) if isinstance(f.site, str) else f.site))
    return q.where(*conds) if conds else q


def events_query(f: EventFilter, *, newest_first: bool = False, sentence: bool = True) -> Select:
    """The events with their document's columns and, unless `sentence` is False, their
    sentence's text (a read of the sentences table for each event)."""
    d = t.documents.c
    q = select(t.events)
    if sentence:
        q = q.add_columns(t.sentences.c.text.label("sentence"))
    q = q.add_columns(d.title.label("doc_title"), d.url.label("doc_url"), d.site.label("doc_site"),
                      d.location.label("doc_location"), d.pub_date.label("doc_pub_date"))
    if sentence:
        q = q.join(t.sentences, t.sentences.c.id == t.events.c.sentence_id)
    q = q.join(t.documents, d.id == t.events.c.document_id)
    return apply_filter(q, f).order_by(*_timeline_order(t.events.c, newest_first))


def _timeline_order(c: Any, newest_first: bool = False) -> list[Any]:
    # Plain ASC on every key, so the database reads the timeline index in order; newest first
    # names where undated events go (last), since SQLite and PostgreSQL differ on NULL.
    keys = [c.event_date, c.document_id, c.doc_start, c.id]
    if newest_first:
        return [keys[0].desc().nulls_last(), *(k.desc() for k in keys[1:])]
    return keys


def _page_ids_query(f: EventFilter, limit: int, offset: int,
                    newest_first: bool = False) -> CompoundSelect | None:
    """The ids of one page of a two-way dyad's timeline, read from the index.

    `source = A AND target = B OR source = B AND target = A` cannot be read in timeline
    order, so the database would sort all the dyad's events to cut one page. Each direction
    alone can (ix_events_dyad_timeline): each direction's first `offset + limit` in that order,
    then the page cut from the two, so a page costs its offset plus its size, not the dyad's
    size. (Each branch carries its own LIMIT: with the limit on the union only, PostgreSQL
    sorted all of a busy pair's events, 180 ms at a million documents.)"""
    if not f.dyad or f.directed or f.site:
        return None
    a, b = parse_dyad(f.dyad)
    if a == b:
        return None
    e = t.events.c
    rest = replace(f, dyad=None)
    branches = []
    for x, y in ((a, b), (b, a)):
        q = apply_filter(select(e.id, e.event_date, e.document_id, e.doc_start)
                         .where(e.source == x, e.target == y), rest)
        if newest_first:
            # newest first with the undated last: the index read backwards gives PostgreSQL's
            # DESC NULLS FIRST, so the dated and the undated are two reads in index order
            # (one ORDER BY ... NULLS LAST sorted all of a busy direction's events)
            keys = _timeline_order(e)  # event_date first
            parts = [q.where(e.event_date.is_not(None)).order_by(*(k.desc() for k in keys)),
                     q.where(e.event_date.is_(None)).order_by(*(k.desc() for k in keys[1:]))]
        else:
            parts = [q.order_by(*_timeline_order(e))]
        branches += [select(part.limit(offset + limit).subquery()) for part in parts]
    u = union_all(*branches)
    return u.order_by(*_timeline_order(u.selected_columns, newest_first)).limit(limit).offset(offset)


def query_events(engine: Engine, f: EventFilter | None = None, *, limit: int | None = None,
                 offset: int = 0, newest_first: bool = False) -> list[dict[str, Any]]:
    """Events with their sentence and document, in timeline order: oldest first, or newest
    first (what the CLI and the API show)."""
    f = f or EventFilter()
    page = _page_ids_query(f, limit, offset, newest_first) if limit is not None else None
    with engine.connect() as conn:
        if page is not None:
            ids = [r[0] for r in conn.execute(page)]
            if not ids:
                return []
            q = events_query(EventFilter(), newest_first=newest_first).where(t.events.c.id.in_(ids))
        else:
            q = events_query(f, newest_first=newest_first).offset(offset)
            if limit is not None:
                q = q.limit(limit)
        return [dict(r._mapping) for r in conn.execute(q)]


def count_events(engine: Engine, f: EventFilter | None = None) -> int:
    q = apply_filter(
        select(func.count()).select_from(t.events.join(t.documents, t.documents.c.id == t.events.c.document_id)),
        f or EventFilter(),
    )
    with engine.connect() as conn:
        return conn.execute(q).scalar_one()
