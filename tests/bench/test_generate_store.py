"""bench/generate_store.py: a generated store is a store like one filled by ingest."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from dyadwatch.analysis.clusters import build_clusters
from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import ingest_run
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.store.db import needs_upgrade
from dyadwatch.store.documents import count_rows
from dyadwatch.store.search import search

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import generate_corpus  # noqa: E402
import generate_store  # noqa: E402

N_DOCS = 200


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("gen") / "store.db"
    counts = generate_store.build_sqlite(path, N_DOCS, quiet=True)
    return path, counts


def _clusters(engine) -> tuple[list[tuple], list[tuple]]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        events = conn.execute(select(t.events.c.id, t.events.c.cluster_id).order_by(t.events.c.id)).all()
        clusters = conn.execute(select(t.clusters).order_by(t.clusters.c.id)).all()
    return events, clusters


def test_store_opens_at_the_newest_schema_with_the_counts_written(generated, tmp_path: Path) -> None:
    path, counts = generated
    engine = open_store(str(path), migrate=False)
    assert not needs_upgrade(engine)
    stored = count_rows(engine)
    assert stored["documents"] == N_DOCS
    for table in generate_store.TABLES:
        assert stored[table] == counts[table], table
    assert stored["events"] > 4 * N_DOCS and stored["clusters"] > 0
    assert stored["sentences"] > 6 * N_DOCS


def test_rows_point_at_their_text_and_dates_grow_over_the_years(generated) -> None:
    path, _ = generated
    db = sqlite3.connect(path)
    for text, start, end, sentence in db.execute(
            "SELECT d.text, s.start, s.\"end\", s.text FROM sentences s "
            "JOIN documents d ON d.id = s.document_id LIMIT 300"):
        assert text[start:end] == sentence
    for sentence, start, end, trigger in db.execute(
            "SELECT s.text, e.start, e.\"end\", e.trigger FROM events e "
            "JOIN sentences s ON s.id = e.sentence_id LIMIT 300"):
        assert sentence[start:end] == trigger
    early = db.execute("SELECT count(*) FROM documents WHERE pub_date < '2007'").fetchone()[0]
    late = db.execute("SELECT count(*) FROM documents WHERE pub_date >= '2020'").fetchone()[0]
    assert late > 2 * early
    busiest = db.execute("SELECT source || '-' || target, count(*) FROM events "
                         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchone()
    assert sorted(busiest[0].split("-")) in (["BLR", "RUS"], ["RUS", "UKR"])
    assert db.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT max(n_mentions) FROM clusters").fetchone()[0] > 1


def test_clusters_are_what_a_rebuild_gives(generated, tmp_path: Path) -> None:
    path, _ = generated
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    engine = open_store(str(copy))
    before = _clusters(engine)
    build_clusters(engine)
    assert _clusters(engine) == before


def test_full_text_search_and_a_real_ingest_work(generated, tmp_path: Path) -> None:
    path, counts = generated
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    engine = open_store(str(copy))
    assert search(engine, "sanctions")["total"] > 0
    batch = tmp_path / "batch"
    batch.mkdir()
    for doc in generate_corpus.generate(3, seed=1717):
        (batch / doc.name).write_text(doc.text, encoding="utf-8")
    summary = ingest_run([str(batch)], engine, PipelineOptions(), progress=False)
    assert summary.new == 3 and summary.failed == 0 and summary.events > 0
    after = count_rows(engine)
    assert after["documents"] == N_DOCS + 3
    assert after["events"] == counts["events"] + summary.events
    with engine.connect() as conn:
        assert conn.execute(select(t.events.c.id).where(t.events.c.cluster_id.is_(None))).first() is None


def test_the_same_seed_gives_the_same_store(tmp_path: Path) -> None:
    def ids(path: Path) -> list[str]:
        generate_store.build_sqlite(path, 30, seed=5, quiet=True)
        return [r[0] for r in sqlite3.connect(path).execute("SELECT id FROM events ORDER BY id")]

    assert ids(tmp_path / "a.db") == ids(tmp_path / "b.db")


def test_an_unknown_required_column_stops_with_one_line() -> None:
    plan = generate_store.ColumnPlan("events", [("id", True, False), ("novel", True, False)])
    with pytest.raises(SystemExit, match="events has NOT NULL column.*novel"):
        plan.check({"id": "x"})


@pytest.mark.pg
def test_copy_to_postgres_gives_the_same_rows(generated, request: pytest.FixtureRequest) -> None:
    from tests.pg import fresh_pg_database

    path, counts = generated
    url = fresh_pg_database(request)
    copied = generate_store.copy_to_postgres(path, url, quiet=True)
    engine = open_store(url, migrate=False)
    assert not needs_upgrade(engine)
    stored = count_rows(engine)
    for table in generate_store.TABLES:
        assert copied[table] == counts[table] == stored[table], table
    # the derived tables come as they are (the store's own schema is copied, not recomputed)
    local = count_rows(open_store(str(path), migrate=False))
    for table in ("index_periods", "coverage_days"):
        assert stored[table] == local[table] > 0, table
    assert search(engine, "sanctions")["total"] > 0
