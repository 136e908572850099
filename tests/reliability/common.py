"""Helpers shared by the reliability tests: run the real `dyadwatch` command, read a store whole."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.conftest import ARTIFACTS, REPO


def dyadwatch_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "dyadwatch", *args]


@functools.cache
def _code_snapshot() -> Path:
    """A copy of src/ taken once per test session, so every run a test compares uses the same
    code even while someone edits the working tree."""
    root = Path(tempfile.mkdtemp(prefix="dyadwatch-src-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    shutil.copytree(REPO / "src" / "dyadwatch", root / "dyadwatch",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return root


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DYADWATCH_DB", None)
    env["PYTHONPATH"] = str(_code_snapshot()) + os.pathsep + env.get("PYTHONPATH", "")
    env["NO_COLOR"] = "1"
    return env


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(dyadwatch_cmd(*args), capture_output=True, text=True, env=cli_env(),
                          cwd=cwd, timeout=timeout, check=False)


def table_contents(db: Path, *, ignore: tuple[str, ...] = ("ingested_at",)) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sorted), without the columns in `ignore` and without FTS shadow tables."""
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' AND name != 'alembic_version' ORDER BY name")]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")') if r[1] not in ignore]
            rows = conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{name}"').fetchall()
            if name == "store_meta":  # the generation counts writes: volatile
                rows = [r for r in rows if r[0] != "generation"]
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def integrity_problems(db: Path) -> list[str]:
    """What PRAGMA integrity_check / foreign_key_check and the orphan queries find (empty: sound)."""
    conn = sqlite3.connect(db)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        orphan_queries = {
            "events without document": "SELECT id FROM events WHERE document_id NOT IN (SELECT id FROM documents)",
            "events without sentence": "SELECT id FROM events WHERE sentence_id NOT IN (SELECT id FROM sentences)",
            "sentences without document": "SELECT id FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)",
            "paragraphs without document": "SELECT document_id FROM paragraphs WHERE document_id NOT IN (SELECT id FROM documents)",
            "figures without sentence": "SELECT id FROM figures WHERE sentence_id NOT IN (SELECT id FROM sentences)",
            "judgments without sentence": "SELECT id FROM judgments WHERE sentence_id NOT IN (SELECT id FROM sentences)",
            "locations without document": "SELECT location FROM document_locations WHERE document_id NOT IN (SELECT id FROM documents)",
            "documents with missing sentences": "SELECT d.id FROM documents d WHERE d.n_sentences != "
                                                 "(SELECT count(*) FROM sentences s WHERE s.document_id = d.id)",
        }
        for what, sql in orphan_queries.items():
            rows = conn.execute(sql).fetchall()
            if rows:
                problems.append(f"{what}: {len(rows)}")
        for fts in ("sentences_fts", "documents_fts"):  # the full-text index matches its table
            if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", (fts,)).fetchone()[0]:
                try:
                    conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
                except sqlite3.DatabaseError as exc:
                    problems.append(f"{fts}: {exc}")
        return problems
    finally:
        conn.close()


def report(line: str) -> None:
    """Print a summary line and keep it in test-artifacts/reliability.txt (seen under xdist too)."""
    print(line)
    ARTIFACTS.mkdir(exist_ok=True)
    with (ARTIFACTS / "reliability.txt").open("a", encoding="utf-8") as fh:
        fh.write(line.rstrip("\n") + "\n")


_LAUNCHER = ("import resource, subprocess, sys\n"
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
             "sys.stderr.write(r.stderr)\n")


def peak_rss_kib(args: list[str], cwd: Path | None = None) -> tuple[int, str]:
    """The command's peak resident memory (KiB) and its stderr. A small launcher starts it, so
    the (large) test process's own pages, copied at fork, do not count."""
    got = subprocess.run([sys.executable, "-c", _LAUNCHER, *args], capture_output=True, text=True,
                         env=cli_env(), cwd=cwd, timeout=300, check=False)
    return int(got.stdout.strip().splitlines()[-1]), got.stderr
