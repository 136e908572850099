"""Issue 8: readers while `ingest` writes (WAL), and two ingests at once.

No "database is locked" (or any traceback) reaches a user; two ingests into one store
serialise, and the store ends equal to one ingest.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from pathlib import Path

from dyadwatch.store import open_store
from dyadwatch.store.documents import count_rows, list_documents
from dyadwatch.store.events import EventFilter, query_events
from tests.conftest import EXAMPLES, REPO
from tests.reliability.common import (
    cli_env,
    dyadwatch_cmd,
    integrity_problems,
    report,
    run_cli,
    table_contents,
)
from tests.reliability.corpus import variant_corpus

FIRST = REPO / "tests" / "data" / "bad" / "good_en.txt"


def test_readers_never_see_database_is_locked_while_ingest_writes(tmp_path: Path) -> None:
    corpus = variant_corpus(tmp_path / "corpus", variants=1)
    db = tmp_path / "store.db"
    first = run_cli("ingest", str(FIRST), "--db", str(db), "--no-progress")
    assert first.returncode == 0, first.stderr

    writer = subprocess.Popen(dyadwatch_cmd("ingest", str(corpus), "--db", str(db), "--no-progress"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
    errors: list[str] = []
    reads = {"in_process": 0, "cli": 0}
    counts_seen: list[int] = []

    def read_in_process() -> None:  # the store's own query functions, as `serve` uses them
        engine = open_store(f"sqlite:///{db}")
        while writer.poll() is None:
            try:
                n = len(list_documents(engine))
                count_rows(engine)
                query_events(engine, EventFilter(), limit=50)
                counts_seen.append(n)
                reads["in_process"] += 1
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(f"in-process: {type(exc).__name__}: {exc}")
            time.sleep(0.02)
        engine.dispose()

    thread = threading.Thread(target=read_in_process)
    thread.start()
    cli_counts: list[int] = []
    while writer.poll() is None:
        got = run_cli("documents", "--format", "jsonl", "--db", str(db), timeout=120)
        reads["cli"] += 1
        if got.returncode != 0 or "locked" in got.stderr or "Traceback" in got.stderr:
            errors.append(f"documents: rc={got.returncode}: {got.stderr.strip()}")
        else:
            rows = [json.loads(line) for line in got.stdout.splitlines() if line.strip()]
            cli_counts.append(len(rows))
    out, err = writer.communicate()
    thread.join()
    assert writer.returncode == 0, err
    assert "locked" not in err and "Traceback" not in err
    assert errors == []
    assert reads["cli"] >= 1 and reads["in_process"] >= 10, reads
    assert counts_seen == sorted(counts_seen) and cli_counts == sorted(cli_counts)  # never goes back
    assert integrity_problems(db) == []
    report(f"concurrency: {reads['cli']} `documents` runs and {reads['in_process']} in-process reads "
          f"during one ingest, 0 errors")


def test_two_ingests_at_once_serialise_and_equal_one(tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    ref = run_cli("ingest", str(EXAMPLES), "--db", str(reference), "--no-progress")
    assert ref.returncode == 0, ref.stderr
    db = tmp_path / "both.db"  # new: both also race to create the schema
    procs = [subprocess.Popen(dyadwatch_cmd("ingest", str(EXAMPLES), "--db", str(db), "--no-progress"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
             for _ in range(2)]
    results = [(p.wait(timeout=300), p.communicate()[1]) for p in procs]
    for rc, err in results:
        assert "Traceback" not in err and "locked" not in err, err
        if rc != 0:  # allowed only as one clear line
            assert rc == 2 and len(err.strip().splitlines()) == 1, err
    assert any(rc == 0 for rc, _ in results)
    news = [int(err.split("ingested: ", 1)[1].split()[0]) for rc, err in results if rc == 0]
    assert sum(news) == len(table_contents(reference)["documents"])  # each document stored once
    assert integrity_problems(db) == []
    assert table_contents(db) == table_contents(reference)
    report(f"two ingests at once: exit {[rc for rc, _ in results]}, new documents {news}")
