from __future__ import annotations

from sqlalchemy import select

from dyadwatch.analysis.clusters import build_clusters
from dyadwatch.analysis.index import compute_index
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from tests.analysis.corpus import SUMMIT, summit


def _clusters(engine):  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(t.clusters).order_by(t.clusters.c.id))]


def test_five_reports_of_one_summit_are_one_cluster(store_url: str) -> None:
    engine = open_store(store_url)
    summit(engine)
    assert build_clusters(engine) == 2
    consult = [c for c in _clusters(engine) if c["type"] == "CONSULT"]
    assert len(consult) == 1
    c = consult[0]
    assert (c["n_mentions"], c["n_documents"], c["event_date"]) == (len(SUMMIT), 5, "2017-09-15")
    with engine.connect() as conn:
        members = conn.execute(select(t.events.c.id).where(t.events.c.cluster_id == c["id"])).all()
    assert len(members) == 5
    [week] = compute_index(engine, "BLR-RUS", "week")
    assert week["period"] == "2017-W37"
    assert (week["events"], week["clusters"], week["sources"]) == (6, 2, 6)
    assert week["quad1"] == 1.0 and week["quad3"] == 1.0  # the summit counts once


def test_clustering_is_idempotent_and_deterministic(store_url: str) -> None:
    engine = open_store(store_url)
    summit(engine)
    build_clusters(engine)
    first = _clusters(engine)
    assert build_clusters(engine) == 2
    assert _clusters(engine) == first


def test_index_clusters_in_memory_before_build(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    summit(engine)
    before = compute_index(engine, "RUS-BLR", "day")
    build_clusters(engine)
    assert compute_index(engine, "RUS-BLR", "day") == before
    assert sum(r["clusters"] for r in before) == 2


def test_window_and_wording_keep_different_events_apart(sqlite_url: str) -> None:
    from tests.analysis.corpus import Ev, S, add_doc

    engine = open_store(sqlite_url)
    add_doc(engine, "Talks on gas", "2017-03-01", [
        S("Belarus and Russia met in Moscow to discuss gas prices.", [Ev("BLR", "RUS", "040", "met")])])
    add_doc(engine, "Talks on gas again", "2017-03-20", [
        S("Belarus and Russia met in Moscow to discuss gas prices.", [Ev("BLR", "RUS", "040", "met")]),
        S("Defence ministers met to plan the Zapad exercise in Grodno.",
          [Ev("BLR", "RUS", "040", "met")])])
    assert build_clusters(engine) == 3
