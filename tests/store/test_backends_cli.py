"""The CLI on PostgreSQL: `ingest`, `documents`, `events` and `cluster --rebuild` give what they
give on SQLite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO, SEEDS
from tests.rows import store_rows


def _corpus() -> Path:
    for folder in (EXAMPLES, SEEDS):
        if folder.is_dir() and any(p.is_file() for p in folder.rglob("*")):
            return folder
    pytest.skip("no sample corpus")


def dw(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("DYADWATCH_DB", None)
    return subprocess.run([sys.executable, "-m", "dyadwatch", *args], capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=600, check=False)


def _json_lines(out: str, drop: tuple[str, ...] = ()) -> list[dict]:
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [{k: v for k, v in r.items() if k not in drop} for r in rows]


@pytest.mark.pg
def test_ingest_into_postgresql_with_workers_matches_sqlite(tmp_path: Path,
                                                            request: pytest.FixtureRequest) -> None:
    from tests.pg import fresh_pg_database

    pg = fresh_pg_database(request)  # a postgresql://... URL, as a user would type it
    assert pg.startswith("postgresql://")
    sqlite = str(tmp_path / "team.db")
    corpus = str(_corpus())

    serial = dw("ingest", corpus, "--db", sqlite, "--no-progress")
    parallel = dw("ingest", corpus, "--db", pg, "--no-progress", "--workers", "2")
    assert "Traceback" not in serial.stderr + parallel.stderr
    assert serial.returncode == parallel.returncode, parallel.stderr
    # The same summary line (new / known / failed / events) from both.
    assert serial.stderr.strip().splitlines()[-1] == parallel.stderr.strip().splitlines()[-1]
    rows = store_rows(pg)
    assert rows["documents"] and rows["events"]
    assert rows == store_rows(f"sqlite:///{sqlite}")

    again = dw("ingest", corpus, "--db", pg, "--no-progress")
    assert " 0 new" in again.stderr.strip().splitlines()[-1]
    assert store_rows(pg) == rows

    # Clustering everything again (streamed reads on PostgreSQL: a server-side cursor while
    # the same transaction writes) gives the clusters and index rows that ingest made.
    rebuilt = dw("cluster", "--rebuild", "--db", pg)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert store_rows(pg) == rows

    for args, drop in ((("documents", "--format", "jsonl"), ("ingested_at",)),
                       (("events", "--format", "jsonl"), ()),
                       (("events", "--dyad", "BLR-RUS", "--format", "csv"), ())):
        a, b = dw(*args, "--db", sqlite), dw(*args, "--db", pg)
        assert a.returncode == b.returncode == 0, b.stderr
        if args[-1] == "jsonl":
            assert _json_lines(a.stdout, drop) == _json_lines(b.stdout, drop)
            assert _json_lines(b.stdout)
        else:
            assert a.stdout == b.stdout


def test_unreachable_postgresql_is_one_line() -> None:
    r = dw("documents", "--db", "postgresql://nobody:secret@127.0.0.1:9/none")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dyadwatch: error: ")
    assert "secret" not in r.stderr and "127.0.0.1" in r.stderr
