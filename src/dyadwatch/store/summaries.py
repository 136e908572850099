"""Reading the small summary tables (migration 0007) that pages use instead of scanning events.

The tables are kept exact by database triggers on every insert, delete and update of the rows
they count, so what is read here equals a recount from events, figures and documents; each
function answers None for a question the summaries cannot answer exactly (a filter they do
not hold), and the caller then asks the big tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, case, func, select

from dyadwatch.store import schema as t
from dyadwatch.store.events import EventFilter, date_conditions, parse_dyad


def _pair(dyad: str) -> tuple[str, str]:
    a, b = parse_dyad(dyad)
    return (a, b) if a <= b else (b, a)


def dyad_facets(conn: Connection, dyad: str) -> dict[str, list[tuple[str, int]]]:
    """Types, statuses and sites of a dyad's events (both directions), with counts."""
    a, b = _pair(dyad)
    f, s = t.dyad_facets.c, t.dyad_sites.c
    out: dict[str, list[tuple[str, int]]] = {}
    for name, col in (("types", f.type), ("statuses", f.status)):
        out[name] = [(v, int(n)) for v, n in conn.execute(
            select(col, func.sum(f.events)).where(f.a == a, f.b == b)
            .group_by(col).order_by(col)).all()]
    out["sites"] = [(v, int(n)) for v, n in conn.execute(
        select(s.site, s.events).where(s.a == a, s.b == b, s.site != "").order_by(s.site)).all()]
    return out


def dyad_event_count(conn: Connection, f: EventFilter) -> int | None:
    """`count_events(f)` for a two-way dyad filter by type and status (None for any other
    filter: directed, actor, dates, site, document, cluster)."""
    if (not f.dyad or f.directed or f.actor or f.date_from or f.date_to or f.site
            or f.document_id or f.cluster_id):
        return None
    a, b = _pair(f.dyad)
    c = t.dyad_facets.c
    q = select(func.coalesce(func.sum(c.events), 0)).where(c.a == a, c.b == b)
    if f.types:
        q = q.where(c.type.in_([x.upper() for x in f.types]))
    if f.statuses:
        q = q.where(c.status.in_([x.lower() for x in f.statuses]))
    return int(conn.execute(q).scalar_one())


def dyad_month_span(conn: Connection, dyad: str) -> tuple[str | None, str | None]:
    """The first and last month (or year, for events dated only to it) of a dyad's dated events."""
    a, b = _pair(dyad)
    c = t.dyad_facets.c
    first, last = conn.execute(select(func.min(c.month), func.max(c.month))
                               .where(c.a == a, c.b == b, c.month != "")).one()
    return first, last


def newest_extract_ids(conn: Connection, kind: str, dyad: str, limit: int,
                       date_from: str | None = None, date_to: str | None = None) -> list[str]:
    """Ids of a dyad's newest figures or judgments (`kind`), in the order `list_figures` and
    `list_judgments` give newest first (undated last), read from their sort keys alone."""
    a, b = _pair(dyad)
    x = t.dyad_extracts.c
    conds = [x.kind == kind, x.a == a, x.b == b, *date_conditions(x.ref_date, date_from, date_to)]
    if date_from or date_to:
        conds.append(x.ref_date != "")  # "" stands for no date, which no range holds
    keys = (x.ref_date, x.document_id, x.sent_idx, x.start, x.id)
    q = select(x.id).where(*conds).order_by(*(k.desc() for k in keys)).limit(limit)
    return list(conn.execute(q).scalars())


def site_documents(engine: Engine) -> list[tuple[str, str | None, int]]:
    """(site, smallest URL, documents) for every site with documents."""
    s = t.site_counts.c
    with engine.connect() as conn:
        return [(site, url, int(n)) for site, url, n in conn.execute(
            select(s.site, s.first_url, s.documents).order_by(s.site))]


def site_document_count(conn: Connection, sites: tuple[str, ...]) -> int:
    s = t.site_counts.c
    return int(conn.execute(select(func.coalesce(func.sum(s.documents), 0))
                            .where(s.site.in_(sites))).scalar_one())


def recount(conn: Connection) -> dict[str, Any]:
    """What the summary tables should hold, counted from the big tables (for tests and checks)."""
    e, d = t.events.c, t.documents.c
    lo = func.min(e.source, e.target) if conn.dialect.name == "sqlite" else func.least(e.source, e.target)
    hi = func.max(e.source, e.target) if conn.dialect.name == "sqlite" else func.greatest(e.source, e.target)
    month = func.coalesce(func.substr(e.event_date, 1, 7), "")
    both = (e.source.is_not(None), e.target.is_not(None))
    facets = {tuple(r[:-1]): r[-1] for r in conn.execute(
        select(lo, hi, e.type, e.status, month, func.count()).where(*both)
        .group_by(lo, hi, e.type, e.status, month))}
    site = func.coalesce(d.site, "")
    sites = {tuple(r[:-1]): r[-1] for r in conn.execute(
        select(lo, hi, site, func.count()).select_from(t.events.join(t.documents, d.id == e.document_id))
        .where(*both).group_by(lo, hi, site))}
    seen = func.coalesce(case((e.event_date > d.pub_date, d.pub_date), else_=e.event_date), "")
    days = {tuple(r[:-1]): r[-1] for r in conn.execute(
        select(lo, hi, seen, func.count()).select_from(t.events.join(t.documents, d.id == e.document_id))
        .where(*both).group_by(lo, hi, seen))}
    counts = {r[0]: (r[1], r[2]) for r in conn.execute(
        select(d.site, func.count(), func.min(d.url)).where(d.site.is_not(None)).group_by(d.site))}
    extracts = {}
    for kind, table in (("figure", t.figures), ("judgment", t.judgments)):
        x = table.c
        xlo = func.min(x.source, x.target) if conn.dialect.name == "sqlite" else func.least(x.source, x.target)
        xhi = func.max(x.source, x.target) if conn.dialect.name == "sqlite" else func.greatest(x.source, x.target)
        for r in conn.execute(
                select(x.id, xlo, xhi, func.coalesce(x.date, d.pub_date, ""), x.document_id,
                       func.coalesce(t.sentences.c.idx, 0), x.start)
                .select_from(table.join(t.documents, d.id == x.document_id)
                             .outerjoin(t.sentences, t.sentences.c.id == x.sentence_id))
                .where(x.source.is_not(None), x.target.is_not(None))):
            extracts[(kind, r[0])] = tuple(r[1:])
    return {"dyad_facets": facets, "dyad_sites": sites, "dyad_days": days, "site_counts": counts,
            "dyad_extracts": extracts}


def stored(conn: Connection) -> dict[str, Any]:
    """The summary tables as `recount` lays them out."""
    f, s, c, x = t.dyad_facets.c, t.dyad_sites.c, t.site_counts.c, t.dyad_extracts.c
    return {
        "dyad_facets": {tuple(r[:-1]): r[-1] for r in conn.execute(
            select(f.a, f.b, f.type, f.status, f.month, f.events))},
        "dyad_sites": {tuple(r[:-1]): r[-1] for r in conn.execute(
            select(s.a, s.b, s.site, s.events))},
        "dyad_days": {tuple(r[:-1]): r[-1] for r in conn.execute(
            select(t.dyad_days.c.a, t.dyad_days.c.b, t.dyad_days.c.day, t.dyad_days.c.events))},
        "site_counts": {r[0]: (r[1], r[2]) for r in conn.execute(
            select(c.site, c.documents, c.first_url))},
        "dyad_extracts": {(r[0], r[1]): tuple(r[2:]) for r in conn.execute(
            select(x.kind, x.id, x.a, x.b, x.ref_date, x.document_id, x.sent_idx, x.start))},
    }
