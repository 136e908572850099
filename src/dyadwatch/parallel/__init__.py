"""Cleaning and coding on a Dask cluster, streamed, in input order.

``process_many`` runs :func:`dyadwatch.pipeline.process` for each input on a local Dask
cluster (``workers`` processes, one thread each) or on an existing scheduler
(``scheduler="tcp://HOST:8786"``), and yields ``(location, CodedDocument | InputError)`` in
the order the inputs came. It never holds the whole corpus: at most ``batch_size`` documents
are in flight (submitted, not yet handed back) besides the task being handed back (a sliding
window over ``as_completed``;
results that finish early wait in a reorder buffer bounded by that window), so memory stays
flat however many documents stream through.

Workers only compute; they never touch the store. The caller writes what they return with
one writer (see :mod:`dyadwatch.parallel.writer`), so a worker that dies or a task that is
retried can neither duplicate nor lose a row: a task's result is used once, and the store
skips content it already has.

On an existing scheduler, the workers must have the same dyadwatch installed, and any
``options.dictionary_dirs`` must exist at the same paths on them.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.model import CodedDocument, RawInput
from dyadwatch.pipeline import PipelineOptions

__all__ = ["DEFAULT_BATCH_SIZE", "local_cluster", "process_many"]

DEFAULT_BATCH_SIZE = 64
MAX_DOCS_PER_TASK = 16  # bigger tasks amortise Dask's per-task cost; smaller ones balance
TASK_RETRIES = 1
CONNECT_TIMEOUT_S = 20

# What a task returns per document: ("ok", CodedDocument) or ("error", location, reason).
# Errors travel as plain tuples: exceptions with custom __init__ arguments do not pickle.
_Result = tuple[Any, ...]


def one_line(exc: BaseException) -> str:
    """An exception as one line for the user: its message's first non-empty line."""
    if isinstance(exc, InputError):
        return exc.reason
    for line in str(exc).splitlines():
        if line.strip():
            return f"{type(exc).__name__}: {line.strip()}"
    return type(exc).__name__


def process_one(raw: RawInput, options: PipelineOptions) -> _Result:
    """Run the pipeline on one input, turning any failure into an error tuple."""
    from dyadwatch.pipeline import process

    try:
        return ("ok", process(raw, options))
    except InputError as exc:
        return ("error", raw.location, exc.reason)
    except MemoryError:
        return ("error", raw.location, "out of memory while processing")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
        return ("error", raw.location, one_line(exc))


def process_chunk(raws: list[RawInput], options: PipelineOptions) -> list[_Result]:
    """The Dask task: a few documents, processed one after the other."""
    return [process_one(raw, options) for raw in raws]


def _warm_worker(options: PipelineOptions, samples: list[RawInput] | None = None) -> bool:
    """Import the pipeline and load dictionaries (English, Russian) before the first task.

    `samples`: inputs to process as well (a benchmark passes a few, so that every lazily
    loaded table is in memory before it starts timing).
    """
    for text in ("The president of Russia met the president of Belarus in Minsk on Monday.",
                 "Президент России встретился с президентом Беларуси в Минске в понедельник."):
        process_one(RawInput(location="warm-up", data=text.encode("utf-8"), kind="text"), options)
    for raw in samples or ():
        process_one(raw, options)
    return True


def _as_output(result: _Result) -> CodedDocument | InputError:
    if result[0] == "ok":
        return result[1]
    return InputError(result[1], result[2])


def _quiet_dask() -> None:
    for name in ("distributed", "distributed.nanny", "distributed.scheduler",
                 "distributed.worker", "distributed.core", "tornado"):
        logging.getLogger(name).setLevel(logging.ERROR)


def local_cluster(workers: int):  # type: ignore[no-untyped-def]
    """A Dask LocalCluster of `workers` processes with one thread each, on 127.0.0.1 only.

    No dashboard; the scheduler's small HTTP endpoint (health, metrics) takes a free local
    port instead of 8787, so several runs on one machine never collide.
    """
    from distributed import LocalCluster

    _quiet_dask()
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                        host="127.0.0.1", scheduler_port=0, dashboard_address=None,
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                        silence_logs=logging.ERROR)


def _open_client(workers: int | None, scheduler: str | None,  # type: ignore[no-untyped-def]
                 connect_timeout: float = CONNECT_TIMEOUT_S):
    """A Dask client on the named scheduler, or on a new local cluster (client, cluster)."""
    from distributed import Client

    _quiet_dask()
    if scheduler:
        try:
            return Client(scheduler, timeout=connect_timeout), None
        except (OSError, TimeoutError) as exc:
            raise DyadwatchError(f"{scheduler}: cannot reach the Dask scheduler: "
                                 f"{one_line(exc)}") from exc
    n = workers if workers is not None else (os.cpu_count() or 1)
    if n < 1:
        raise DyadwatchError(f"--workers must be at least 1, not {n}")
    cluster = local_cluster(n)
    try:
        client = Client(cluster, timeout=connect_timeout)
    except Exception:
        cluster.close()
        raise
    return client, cluster


def _n_workers(client) -> int:  # type: ignore[no-untyped-def]
    try:
        return max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:  # noqa: BLE001 - only used to size tasks
        return 1


def process_many(raws: Iterable[RawInput], options: PipelineOptions | None = None, *,
                 workers: int | None = None, scheduler: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE,
                 connect_timeout: float = CONNECT_TIMEOUT_S,
                 ) -> Iterator[tuple[str, CodedDocument | InputError]]:
    """Process inputs on Dask; yield ``(location, CodedDocument | InputError)`` in input order.

    ``workers``: processes of a new local cluster (default: the number of CPUs), ignored
    when ``scheduler`` names an existing one. ``batch_size``: the most documents in flight
    (submitted, not yet yielded) at once, which bounds memory. Documents are grouped into
    tasks of up to ``batch_size // (2 * workers)`` (at most 16): the first tasks hold one
    document each so small runs spread over every worker, later ones grow to amortise the
    per-task cost. A task is retried once (``retries=1``) if it fails; the scheduler also
    re-runs the tasks of a worker that dies. A document that fails yields an ``InputError``
    with a one-line reason; a task that fails for good yields one for each of its documents.
    A scheduler that does not answer within ``connect_timeout`` seconds is a DyadwatchError.
    """
    if batch_size < 1:
        raise DyadwatchError(f"batch size must be at least 1, not {batch_size}")
    opts = options or PipelineOptions()
    client, cluster = _open_client(workers, scheduler, connect_timeout)
    try:
        yield from _stream(client, iter(raws), opts, batch_size)
    finally:
        try:
            client.close()
        finally:
            if cluster is not None:
                cluster.close()


def _stream(client, raws: Iterator[RawInput], options: PipelineOptions,  # type: ignore[no-untyped-def]
            batch_size: int) -> Iterator[tuple[str, CodedDocument | InputError]]:
    from distributed import as_completed

    n_workers = _n_workers(client)
    try:
        client.run(_warm_worker, options)
    except Exception:  # noqa: BLE001 - warming is an optimisation; tasks report real errors
        pass
    max_chunk = max(1, min(MAX_DOCS_PER_TASK, batch_size // (2 * n_workers)))

    pending: deque[tuple[int, list[str]]] = deque()  # (task seq, locations), in input order
    done: dict[int, list[_Result]] = {}  # finished tasks waiting for their turn
    futures: dict[Any, int] = {}
    in_flight = 0  # documents submitted and not yet yielded
    submitted = 0
    seq = 0
    exhausted = False
    ac = as_completed()

    def submit_more() -> None:
        nonlocal in_flight, submitted, seq, exhausted
        while not exhausted and in_flight < batch_size:
            size = min(max_chunk, max(1, submitted // (2 * n_workers)), batch_size - in_flight)
            chunk: list[RawInput] = []
            for raw in raws:
                chunk.append(raw)
                if len(chunk) >= size:
                    break
            if len(chunk) < size:
                exhausted = True
            if not chunk:
                return
            # Options travel with each task (they are small): scattered data would be lost
            # with the worker holding it, while a task's own arguments can always be resent.
            fut = client.submit(process_chunk, chunk, options, retries=TASK_RETRIES,
                                pure=False, key=f"dyadwatch-process-{seq}-{os.urandom(4).hex()}")
            futures[fut] = seq
            pending.append((seq, [r.location for r in chunk]))
            ac.add(fut)
            seq += 1
            in_flight += len(chunk)
            submitted += len(chunk)

    try:
        submit_more()
        while pending:
            head, locations = pending[0]
            while head not in done:
                fut = next(ac)
                task_seq = futures.pop(fut)
                locs = next(loc for s, loc in pending if s == task_seq)
                try:
                    done[task_seq] = fut.result()
                except Exception as exc:  # noqa: BLE001 - the task failed even after retries
                    reason = f"worker failed: {one_line(exc)}"
                    done[task_seq] = [("error", loc, reason) for loc in locs]
                fut.release()
            pending.popleft()
            results = done.pop(head)
            in_flight -= len(results)
            submit_more()  # queue the next tasks before the caller spends time on these
            for loc, result in zip(locations, results, strict=True):
                yield loc, _as_output(result)
    finally:
        for fut in list(futures):
            fut.cancel()
