"""The batch writer on both backends: same rows as one transaction per document."""

from __future__ import annotations

import copy
import functools
from pathlib import Path

from sqlalchemy import text

from dyadwatch.analysis.clusters import cluster_new
from dyadwatch.model import CodedDocument
from dyadwatch.parallel.writer import BatchWriter, write_all
from dyadwatch.pipeline import process
from dyadwatch.store import open_store
from dyadwatch.store.documents import save_coded_document
from tests.parallel.test_parallel import OPTS, corpus
from tests.rows import store_rows


@functools.cache
def _coded() -> tuple[CodedDocument, ...]:
    return tuple(process(raw, OPTS) for raw in corpus(2))


def coded_corpus() -> list[CodedDocument]:
    return copy.deepcopy(list(_coded()))


def test_batches_store_what_single_documents_store(store_url: str, tmp_path: Path) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'single.db'}"
    docs = coded_corpus()
    single = open_store(sqlite_url)
    for c in docs:
        save_coded_document(single, c, ingested_at="x")
    cluster_new(single)  # one clustering step at the end; the writer clusters each batch
    batched = open_store(store_url)
    with BatchWriter(batched, batch_size=4, ingested_at="x") as writer:
        for c in docs:
            writer.add(c)
    distinct = len({c.document.content_hash for c in docs})  # a repost cleans to the same text
    assert (writer.stored, writer.known) == (distinct, len(docs) - distinct)
    assert store_rows(store_url) == store_rows(sqlite_url)

    # Writing the same documents again (a re-run, a retried task) changes nothing.
    again = list(write_all(batched, [(c.document.location, c) for c in docs], batch_size=3))
    assert {s.status for s in again} == {"known"}
    assert store_rows(store_url) == store_rows(sqlite_url)
    batched.dispose()
    single.dispose()


def test_a_bad_document_costs_only_itself(store_url: str) -> None:
    docs = coded_corpus()[:4]
    broken = copy.deepcopy(docs[1])
    broken.document.text += " (broken copy)"
    broken.document.location = "broken.txt"
    first_event = broken.events[0][1] if broken.events else None
    if first_event is None:
        from dyadwatch.model import Event

        first_event = Event(source="RUS", target="BLR", type="CONSULT", cameo="040")
    broken.events.append((10_000, first_event))  # no such sentence: the insert fails
    engine = open_store(store_url)
    saved = list(write_all(engine, [(c.document.location, c) for c in
                                    [docs[0], broken, docs[1], docs[2], docs[3]]], batch_size=5))
    by_loc = {s.location: s for s in saved}
    assert by_loc["broken.txt"].status == "error" and "cannot store" in by_loc["broken.txt"].reason
    assert sum(s.status == "stored" for s in saved) == 4
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from documents")).scalar_one() == 4
        orphans = conn.execute(text(
            "select count(*) from events e left join sentences s on s.id = e.sentence_id "
            "where s.id is null")).scalar_one()
        assert orphans == 0
    engine.dispose()


def test_the_same_text_twice_in_one_batch_is_stored_once_under_the_smaller_location(store_url: str) -> None:
    first = coded_corpus()[0]
    second = copy.deepcopy(first)
    first.document.location, second.document.location = "z/late.html", "a/early.html"
    engine = open_store(store_url)
    with BatchWriter(engine, batch_size=8, ingested_at="x") as writer:
        writer.add(first)
        writer.add(second)
    assert (writer.stored, writer.known) == (1, 1)
    with engine.connect() as conn:
        assert conn.execute(text("select location from documents")).scalars().all() == ["a/early.html"]
        assert sorted(conn.execute(text("select location from document_locations")).scalars().all()) == [
            "a/early.html", "z/late.html"]
    engine.dispose()
