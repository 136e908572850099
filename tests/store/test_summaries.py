"""The read summaries (migration 0007) equal a recount from the big tables after every kind of
write: ingest, recode, deleting and changing events, figures and documents; on both backends."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import ingest_run, recode_run
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from dyadwatch.store.events import EventFilter, count_events
from dyadwatch.store.summaries import dyad_event_count, dyad_facets, recount, stored
from tests.conftest import EXAMPLES


def _same(engine) -> dict:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        want, got = recount(conn), stored(conn)
    for name in want:
        assert got[name] == want[name], name
    return got


def test_summaries_follow_ingest_recode_and_deletes(store_url: str) -> None:
    engine = open_store(store_url)
    ingest_run([str(EXAMPLES)], engine, PipelineOptions(code_events=False, extras=False),
               progress=False)
    assert _same(engine)["dyad_facets"] == {}  # no events yet
    assert _same(engine)["site_counts"]  # but documents
    recode_run(engine, PipelineOptions(), progress=False)
    got = _same(engine)
    assert sum(got["dyad_facets"].values()) > 100 and got["dyad_extracts"]
    # a dyad's count and facets from the summaries equal the events' own
    (a, b), _ = max(((k[0], k[1]), n) for k, n in got["dyad_facets"].items())
    dyad = f"{a}-{b}"
    with engine.connect() as conn:
        assert dyad_event_count(conn, EventFilter(dyad=dyad)) == count_events(
            engine, EventFilter(dyad=dyad))
        types = [ty for ty, _ in dyad_facets(conn, dyad)["types"]]
        assert dyad_event_count(conn, EventFilter(dyad=f"{b}-{a}", types=(types[0],))) == \
            count_events(engine, EventFilter(dyad=dyad, types=(types[0],)))
    recode_run(engine, PipelineOptions(), progress=False)  # recoding again: same summaries
    assert _same(engine) == got

    e, d = t.events.c, t.documents.c
    with write_begin(engine) as conn:
        ids = list(conn.execute(select(e.id).where(e.source.is_not(None)).order_by(e.id)
                                .limit(3)).scalars())
        conn.execute(update(t.events).where(e.id == ids[0]).values(type="PROTEST", status="denied"))
        conn.execute(update(t.events).where(e.id == ids[1])
                     .values(source="ZZZ", event_date="1999-01-05"))
        conn.execute(update(t.events).where(e.id == ids[2]).values(target=None))
        conn.execute(update(t.events).where(e.id.in_(ids)).values(cluster_id=None))  # not counted
    _same(engine)
    with write_begin(engine) as conn:
        doc, site = conn.execute(select(d.id, d.site).where(d.site.is_not(None))
                                 .order_by(d.id)).first()
        conn.execute(update(t.documents).where(d.id == doc).values(site="Elsewhere Daily",
                                                                   url="https://a.example/1"))
        other = conn.execute(select(e.document_id).where(e.source.is_not(None))
                             .order_by(e.document_id.desc())).scalars().first()
        conn.execute(update(t.documents).where(d.id == other).values(pub_date="2001-01-01"))
        conn.execute(delete(t.events).where(e.id.in_(ids[:2])))
        conn.execute(delete(t.figures).where(
            t.figures.c.id.in_(select(t.figures.c.id).limit(2).scalar_subquery())))
        conn.execute(update(t.judgments).values(date="2030-01-01"))
    _same(engine)
    with write_begin(engine) as conn:  # a whole document, its events, figures and judgments
        doc = conn.execute(select(e.document_id).where(e.source.is_not(None))
                           .order_by(e.document_id)).scalars().first()
        conn.execute(delete(t.documents).where(d.id == doc))
        assert conn.execute(select(e.id).where(e.document_id == doc)).first() is None
    got = _same(engine)
    assert site in got["site_counts"] or site is None
