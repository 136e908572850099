"""process_many on a real local Dask cluster, writing into a real store."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.model import CodedDocument, RawInput
from dyadwatch.parallel import local_cluster, process_many
from dyadwatch.parallel.writer import BatchWriter, write_all
from dyadwatch.pipeline import PipelineOptions, process
from dyadwatch.store import open_store
from tests.conftest import EXAMPLES, SEEDS
from tests.rows import store_rows

OPTS = PipelineOptions()


def corpus_files() -> list[Path]:
    for folder in (EXAMPLES, SEEDS):
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".html"))
        if files:
            return files
    pytest.skip("no sample corpus (examples/corpus or shared seeds)")


def corpus(copies: int = 1) -> Iterator[RawInput]:
    """The sample documents, plus `copies - 1` distinct variants of each (a new last paragraph)."""
    files = corpus_files()
    for i in range(copies):
        for f in files:
            data = f.read_bytes()
            if i and f.suffix == ".html":
                data = data.replace(b"</body>", (
                    f"<p>In a later statement, number {i} in a series, the foreign ministry "
                    f"said that consultations on the {i}th round of talks would continue in "
                    f"Minsk next month, according to officials.</p></body>").encode(), 1)
            elif i:
                data += (f"\n\nIn a later statement, number {i} in a series, the foreign ministry said "
                         f"that consultations on the {i}th round of talks would continue in "
                         f"Minsk next month, according to officials.\n").encode()
            yield RawInput(location=f"{f}#{i}" if i else str(f), data=data,
                           kind="html" if f.suffix == ".html" else "text")


def serial_ingest(url: str, raws: Iterator[RawInput]) -> None:
    engine = open_store(url)
    with BatchWriter(engine, batch_size=1) as writer:
        for raw in raws:
            try:
                writer.add(process(raw, OPTS))
            except InputError:
                pass
    engine.dispose()


def test_two_workers_store_the_same_rows_as_a_serial_run(tmp_path: Path) -> None:
    serial = f"sqlite:///{tmp_path / 'serial.db'}"
    dask = f"sqlite:///{tmp_path / 'dask.db'}"
    serial_ingest(serial, corpus(2))

    bad = RawInput(location="empty.txt", data=b"", kind="text")
    raws = list(corpus(2))
    raws.insert(2, bad)
    engine = open_store(dask)
    saved = list(write_all(engine, process_many(iter(raws), OPTS, workers=2, batch_size=6),
                           batch_size=4))
    engine.dispose()

    # Every input is accounted for once; the empty file is a one-line error naming it.
    assert sorted(s.location for s in saved) == sorted(r.location for r in raws)
    [err] = [s for s in saved if s.location == "empty.txt"]
    assert err.status == "error" and err.reason and "\n" not in err.reason
    rows = store_rows(dask)
    assert rows == store_rows(serial)
    assert len(rows["documents"]) > len(corpus_files())  # the variants are new documents
    assert rows["sentences"] and rows["events"]


def test_results_come_back_in_input_order_with_errors_in_place() -> None:
    raws = list(corpus(1))
    raws.insert(1, RawInput(location="nothing.txt", data=b"   \n", kind="text"))
    pulled = 0

    def stream() -> Iterator[RawInput]:
        nonlocal pulled
        for raw in raws:
            pulled += 1
            yield raw

    out = []
    for item in process_many(stream(), OPTS, workers=2, batch_size=3):
        out.append(item)
        # Streaming: never more than batch_size inputs read ahead of what came back.
        assert pulled - len(out) <= 3
    assert [loc for loc, _ in out] == [r.location for r in raws]
    assert isinstance(out[1][1], InputError) and out[1][1].location == "nothing.txt"
    assert all(isinstance(r, CodedDocument) for i, (_, r) in enumerate(out) if i != 1)
    # The same documents as the in-process pipeline, byte for byte.
    first = process(raws[0], OPTS)
    assert out[0][1].document.text == first.document.text
    assert [e for _, e in out[0][1].events] == [e for _, e in first.events]


def test_killed_worker_then_rerun_leaves_the_rows_of_a_clean_run(tmp_path: Path) -> None:
    from distributed import Client

    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    crashed = f"sqlite:///{tmp_path / 'crashed.db'}"
    copies = 2
    serial_ingest(clean, corpus(copies))

    with local_cluster(2) as cluster, Client(cluster) as client:
        pids = sorted(client.run(os.getpid).values())
        assert len(pids) == 2
        engine = open_store(crashed)
        seen = []
        for i, saved in enumerate(write_all(
                engine, process_many(corpus(copies), OPTS, scheduler=cluster.scheduler_address,
                                     batch_size=8), batch_size=3)):
            seen.append(saved)
            if i == 1:  # mid-run: tasks are queued and running on both workers
                os.kill(pids[0], signal.SIGKILL)
        # The scheduler re-ran the dead worker's tasks: nothing lost, nothing twice.
        n_inputs = copies * len(corpus_files())
        assert len(seen) == n_inputs
        assert pids[0] not in client.run(os.getpid).values()

        # Re-running over the same store stores only what the first run could not (nothing,
        # when the dead worker's tasks were re-run elsewhere) and duplicates nothing.
        failed_first = {s.location for s in seen if s.status == "error"}
        again = list(write_all(engine, process_many(corpus(copies), OPTS,
                                                    scheduler=cluster.scheduler_address)))
        assert {s.location for s in again if s.status == "stored"} <= failed_first
        engine.dispose()
    got, want = store_rows(crashed), store_rows(clean)
    for table in sorted(want):  # table by table, so a failure names what differs
        assert (table, sorted(set(got[table]) ^ set(want[table]))[:3]) == (table, [])
        assert (table, len(got[table])) == (table, len(want[table]))


def test_unreachable_scheduler_is_one_clear_error() -> None:
    with pytest.raises(DyadwatchError, match="tcp://127.0.0.1:9: cannot reach the Dask scheduler"):
        list(process_many(corpus(), OPTS, scheduler="tcp://127.0.0.1:9", connect_timeout=1))
