"""The overview's busiest dyads, read from the store's per-day summary, equal a count over the
events themselves (as the overview computed them before the summaries)."""

from __future__ import annotations

from sqlalchemy import and_, case, func, or_, select, update

from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import ingest_run
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from dyadwatch.web.queries import _spark_series, top_dyads
from tests.conftest import EXAMPLES


def _recount(engine, limit: int) -> list[dict]:  # type: ignore[no-untyped-def]
    e, d = t.events.c, t.documents.c
    lo = case((e.source <= e.target, e.source), else_=e.target)
    hi = case((e.source <= e.target, e.target), else_=e.source)
    seen = case((and_(d.pub_date.is_not(None), e.event_date > d.pub_date), d.pub_date),
                else_=e.event_date)
    base = t.events.join(t.documents, d.id == e.document_id)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(lo.label("a"), hi.label("b"), func.count().label("events"),
                   func.min(seen).label("first_date"), func.max(seen).label("last_date"))
            .select_from(base)
            .where(e.source.is_not(None), e.target.is_not(None), e.source != e.target)
            .group_by(lo, hi).order_by(func.count().desc(), lo, hi).limit(limit))]
        last_pub = conn.execute(select(func.max(d.pub_date))).scalar_one()
        for r in rows:
            cond = or_(and_(e.source == r["a"], e.target == r["b"]),
                       and_(e.source == r["b"], e.target == r["a"]))
            month = func.substr(seen, 1, 7)
            counts = dict(conn.execute(select(month, func.count()).select_from(base)
                                       .where(cond, e.event_date.is_not(None))
                                       .group_by(month)).all())
            r["dyad"] = f"{r['a']}-{r['b']}"
            r["spark"] = _spark_series(counts, end=(last_pub or "")[:7] or None)
    return rows


def test_top_dyads_from_the_summary_equal_a_recount(store_url: str) -> None:
    engine = open_store(store_url)
    ingest_run([str(EXAMPLES)], engine, PipelineOptions(), progress=False)
    want = _recount(engine, 12)
    assert len(want) >= 5 and want[0]["spark"]
    assert top_dyads(engine, 12) == want
    with write_begin(engine) as conn:  # a forecast dated past its publication counts then
        doc = conn.execute(select(t.events.c.document_id).where(
            t.events.c.source == want[0]["a"])).scalars().first()
        conn.execute(update(t.documents).where(t.documents.c.id == doc).values(pub_date="2015-01"))
    assert top_dyads(engine, 12) == _recount(engine, 12)
