"""ingest_run on real stores (SQLite and PostgreSQL): the seed acceptance, re-runs, failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import ingest_run
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.store.documents import count_rows
from tests.conftest import SEEDS

NO_CODING = PipelineOptions(code_events=False, extras=False)


def _seeds() -> str:
    if not sorted(SEEDS.glob("*.txt")):
        pytest.skip(f"no seeds under {SEEDS}")
    return str(SEEDS)


def test_seeds_are_stored_once_and_rerun_adds_nothing(store_url: str) -> None:
    engine = open_store(store_url)
    first = ingest_run([_seeds()], engine, NO_CODING, progress=False)
    assert (first.new, first.known, first.failed, first.errors) == (5, 0, 0, [])
    counts = count_rows(engine)
    assert counts["documents"] == 5 and counts["sentences"] > 100 and counts["paragraphs"] > 50
    with engine.connect() as conn:
        rows = conn.execute(select(t.documents.c.location, t.documents.c.lang, t.documents.c.pub_date,
                                   t.documents.c.text)).all()
    assert {r.lang for r in rows} == {"en"}
    by_name = {Path(r.location).name[:3]: r for r in rows}
    assert by_name["000"].pub_date.startswith("2017-10")
    text_001 = by_name["001"].text
    assert text_001.count("the President of Belarus paid an official visit to Russia on.") == 1
    assert text_001.count("We will see a qualitative change in the geo-economic role of Belarus") == 1
    for row in rows:
        for junk in ("Subscribe to our newsletter", "Share this article", "Read more", "REUTERS/"):
            assert junk not in row.text

    again = ingest_run([_seeds()], engine, NO_CODING, progress=False)
    assert (again.new, again.known, again.failed) == (0, 5, 0)
    assert count_rows(engine) == counts


def test_bad_inputs_fail_alone(tmp_path: Path, sqlite_url: str) -> None:
    (tmp_path / "fake.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(
        "Belarus and Russia agreed on the terms of a new loan for the construction of a power plant.\n",
        encoding="utf-8")
    engine = open_store(sqlite_url)
    summary = ingest_run([str(tmp_path), str(tmp_path / "missing.html")], engine, NO_CODING, progress=False)
    assert (summary.new, summary.failed) == (1, 3)
    assert sorted(summary.errors) == sorted([
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'fake.html'}: binary file",
        f"{tmp_path / 'missing.html'}: no such file or folder",
    ])
    assert all("\n" not in e for e in summary.errors)
