from __future__ import annotations

import random

from sqlalchemy import select

from dyadwatch.analysis.clusters import build_clusters, cluster_new, count_clusters
from dyadwatch.analysis.index import compute_index
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from tests.analysis.corpus import (
    BASE_WEEKS,
    SUMMIT,
    Ev,
    S,
    add_doc,
    cooperative_week,
    summit,
)


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
    engine = open_store(sqlite_url)
    add_doc(engine, "Talks on gas", "2017-03-01", [
        S("Belarus and Russia met in Moscow to discuss gas prices.", [Ev("BLR", "RUS", "040", "met")])])
    add_doc(engine, "Talks on gas again", "2017-03-20", [
        S("Belarus and Russia met in Moscow to discuss gas prices.", [Ev("BLR", "RUS", "040", "met")]),
        S("Defence ministers met to plan the Zapad exercise in Grodno.",
          [Ev("BLR", "RUS", "040", "met")])])
    assert build_clusters(engine) == 3


# ---------------------------------------------------------------- incremental = rebuild

_WORDS = ("gas prices oil supplies union state roadmap border checks dairy exports loan "
          "customs protocol defence exercise sanctions journalists refinery pipeline debt "
          "visa regime railway tariffs").split()
_PAIRS = (("BLR", "RUS"), ("RUS", "BLR"), ("BLR", "UKR"))
_CODES = (("040", "met"), ("112", "accused"), ("057", "signed"))


def _random_corpus(n: int, seed: int = 5) -> list[tuple[str, str, list[S]]]:
    """Documents whose mentions link in chains across days, so that late arrivals bridge
    clusters formed earlier (the case an order-dependent rule gets wrong)."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        day = f"2017-09-{rng.randint(1, 20):02d}"
        sentences = []
        for j in range(rng.randint(1, 3)):
            source, target = rng.choice(_PAIRS)
            code, trigger = rng.choice(_CODES)
            words = " ".join(rng.sample(_WORDS[:8] if rng.random() < 0.7 else _WORDS, 4))
            status = "occurred" if rng.random() < 0.8 else "planned"
            sentences.append(S(f"Officials {trigger} over {words} in document {i}.{j}.",
                               [Ev(source, target, code, trigger, status=status,
                                   date=day if rng.random() < 0.5 else None)]))
        docs.append((f"Report {i}", day, sentences))
    return docs


def _state(engine):  # type: ignore[no-untyped-def]
    """Clusters, each event's cluster and the stored index rows."""
    with engine.connect() as conn:
        clusters = sorted(tuple(r) for r in conn.execute(select(t.clusters)))
        members = sorted(tuple(r) for r in conn.execute(
            select(t.events.c.id, t.events.c.cluster_id, t.events.c.block, t.events.c.cluster_day)))
        index = sorted(tuple(r) for r in conn.execute(select(t.index_periods)))
    return clusters, members, index


def test_incremental_clustering_in_shuffled_slices_equals_rebuild(store_url: str) -> None:
    docs = _random_corpus(120)
    engine = open_store(store_url)
    order = list(range(len(docs)))
    random.Random(11).shuffle(order)
    for k in range(10):  # ten ingests, in an order unrelated to the dates
        for i in order[k::10]:
            add_doc(engine, *docs[i])
        cluster_new(engine)
    incremental = _state(engine)
    assert len(incremental[0]) > 20 and len(incremental[2]) > 20
    assert any(c[9] > 2 for c in incremental[0])  # n_mentions: chains did form
    n = build_clusters(engine)  # `dyadwatch cluster --rebuild`
    assert n == len(incremental[0])
    assert _state(engine) == incremental


def test_a_bridging_mention_merges_two_clusters(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    text = "Belarus and Russia met in Moscow to discuss gas prices, round {}."
    # Monday to Sunday of one ISO week (2017-W10): one period
    add_doc(engine, "Talks one", "2017-03-06", [S(text.format(1), [Ev("BLR", "RUS", "040", "met")])])
    add_doc(engine, "Talks three", "2017-03-12", [S(text.format(3), [Ev("BLR", "RUS", "040", "met")])])
    cluster_new(engine)
    assert count_clusters(engine) == 2  # six days apart: the window is three
    add_doc(engine, "Talks two", "2017-03-09", [S(text.format(2), [Ev("BLR", "RUS", "040", "met")])])
    assert cluster_new(engine) == 1  # only the new mention was clustered
    [c] = _clusters(engine)
    assert (c["n_mentions"], c["first_date"], c["last_date"]) == (3, "2017-03-06", "2017-03-12")


def test_a_cluster_never_outgrows_its_period(sqlite_url: str) -> None:
    """Daily reports of the same talks link day after day; without periods they would chain
    into one cluster of three weeks. Each ISO week is its own cluster, also incrementally."""
    engine = open_store(sqlite_url)
    text = "Belarus and Russia met for talks on gas prices in Minsk, day {}."
    days = [f"2017-03-{d:02d}" for d in range(1, 22)]  # Wednesday 1 to Tuesday 21 March
    for i, day in enumerate(days):
        add_doc(engine, f"Daily talks {i}", day, [S(text.format(i), [Ev("BLR", "RUS", "040", "met")])])
        if i % 5 == 4:
            cluster_new(engine)  # part of them arrive into stored clusters
    cluster_new(engine)
    spans = sorted((c["first_date"], c["last_date"], c["n_mentions"]) for c in _clusters(engine))
    assert spans == [("2017-03-01", "2017-03-05", 5), ("2017-03-06", "2017-03-12", 7),
                     ("2017-03-13", "2017-03-19", 7), ("2017-03-20", "2017-03-21", 2)]
    incremental = _clusters(engine)
    build_clusters(engine)
    assert _clusters(engine) == incremental
    wider = build_clusters(engine, settings={"clusters": {"span_days": 28}})
    assert wider == 1  # one period of 28 days (from 2017-02-20) holds them all: one chain


def test_incremental_update_reads_only_the_block_and_window(sqlite_url: str) -> None:
    from sqlalchemy import event

    engine = open_store(sqlite_url)
    for n, days in enumerate(BASE_WEEKS, 1):
        cooperative_week(engine, n, days)
    cluster_new(engine)
    add_doc(engine, "Late talks", "2017-12-01", [
        S("Belarus and Russia met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda conn, cur, stmt, *a: statements.append(stmt))
    cluster_new(engine)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")
             and "FROM events" in s]
    # every read of events is by cluster id, by blocking key and day, or of the unclustered
    assert reads and all("cluster_id IS NULL" in s or "events.block =" in s
                         or "events.cluster_id IN" in s for s in reads)
    assert not any("DELETE FROM clusters" in s and "WHERE" not in s for s in statements)


def test_translated_article_is_one_source(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    add_doc(engine, "Putin and Lukashenka meet in Sochi", "2017-09-15", [
        S("Putin and Lukashenka met in Sochi to discuss gas prices.",
          [Ev("RUS", "BLR", "040", "met")])], site="belta.by", lang="en")
    add_doc(engine, "Путин и Лукашенко встретились в Сочи", "2017-09-15", [
        S("Путин и Лукашенко встретились в Сочи, чтобы обсудить цены на газ.",
          [Ev("RUS", "BLR", "040", "встретились")])], site="belta.by", lang="ru")
    add_doc(engine, "Sochi talks", "2017-09-15", [
        S("Putin met Lukashenka in Sochi about gas prices.",
          [Ev("RUS", "BLR", "040", "met")])], site="tass.ru")
    cluster_new(engine)
    [c] = _clusters(engine)
    assert (c["n_documents"], c["n_sources"]) == (3, 2)
    [week] = compute_index(engine, "BLR-RUS", "week")
    assert (week["events"], week["clusters"], week["sources"]) == (3, 1, 2)
