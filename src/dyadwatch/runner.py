"""Running an ingest: expand the targets, process each input, store each document.

In-process, one document is one transaction (store.documents.save_coded_document); with
Dask workers, one writer stores their documents a batch per transaction
(parallel.writer). A bad input or a
document the pipeline fails on becomes one line in `IngestSummary.errors` (naming the file,
never a traceback), and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine

from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.ingest.sources import PlannedInput, plan_targets
from dyadwatch.model import CodedDocument, RawInput
from dyadwatch.pipeline import PipelineOptions, process
from dyadwatch.store.db import StoreError
from dyadwatch.store.documents import event_rows, save_coded_document

BATCH_SIZE = 16


@dataclass
class IngestSummary:
    new: int = 0
    known: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    events: int = 0
    document_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"ingested: {self.new} new, {self.known} already known, {self.failed} failed, "
                f"{self.events} events")


def _one_line(location: str, exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return f"{exc.location}: {exc.reason}"
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    kind = type(exc).__name__
    return f"{location}: {kind}: {first}" if first else f"{location}: {kind}"


def ingest_run(targets: Iterable[str], engine: Engine, options: PipelineOptions, *,
               workers: int | None = None, scheduler: str | None = None,
               progress: bool = True, batch_size: int = BATCH_SIZE) -> IngestSummary:
    """Ingest every input the targets name into the store behind `engine`."""
    summary = IngestSummary()
    planned = plan_targets(list(targets))
    items: list[PlannedInput] = []
    for item in planned:
        if isinstance(item, InputError):
            _fail(summary, item.location, item)
        else:
            items.append(item)

    def raws() -> Iterator[RawInput]:
        for item in _progress(items, progress, summary):
            for got in item.load():
                if isinstance(got, InputError):
                    _fail(summary, got.location, got)
                else:
                    yield got

    if workers is not None or scheduler is not None:
        from dyadwatch.parallel import process_many

        _store_batches(engine, summary, process_many(
            raws(), options, workers=workers, scheduler=scheduler, batch_size=batch_size),
            batch_size=batch_size)
    else:
        for location, result in _serial(raws(), options):
            if isinstance(result, BaseException):
                _fail(summary, location, result)
                continue
            _save(engine, summary, location, result)
    regroup_clusters(engine, options, new_documents=summary.new)
    return summary


def _store_batches(engine: Engine, summary: IngestSummary,
                   results: Iterable[tuple[str, CodedDocument | BaseException]], *,
                   batch_size: int) -> None:
    """The Dask path: one writer stores the workers' documents a batch per transaction."""
    from dyadwatch.parallel.writer import write_all

    n_events: dict[str, int] = {}

    def checked() -> Iterator[tuple[str, CodedDocument | InputError]]:
        for location, result in results:
            if isinstance(result, BaseException):
                yield location, result if isinstance(result, InputError) else InputError(
                    location, _one_line(location, result).split(": ", 1)[-1])
                continue
            n_events[location] = len(event_rows(result.document.doc_id, result))
            yield location, result

    for saved in write_all(engine, checked(), batch_size=batch_size):
        if saved.status == "error":
            _fail(summary, saved.location, InputError(saved.location, saved.reason or "failed"))
        elif saved.status == "stored":
            summary.new += 1
            summary.events += n_events.pop(saved.location, 0)
            if saved.document_id:
                summary.document_ids.append(saved.document_id)
        else:
            n_events.pop(saved.location, None)
            summary.known += 1


def _has_unclustered_events(engine: Engine) -> bool:
    from sqlalchemy import select

    from dyadwatch.store import schema as t

    with engine.connect() as conn:
        return conn.execute(
            select(t.events.c.id).where(t.events.c.cluster_id.is_(None)).limit(1)
        ).first() is not None


def _serial(raws: Iterable[RawInput], options: PipelineOptions) -> Iterator[tuple[str, CodedDocument | BaseException]]:
    for raw in raws:
        try:
            yield raw.location, process(raw, options)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - one failing document must not stop the run
            yield raw.location, exc


def _save(engine: Engine, summary: IngestSummary, location: str, coded: CodedDocument) -> None:
    try:
        is_new = save_coded_document(engine, coded)
    except StoreError:
        raise  # the store itself is unusable: stop with one line
    except DyadwatchError as exc:
        _fail(summary, location, exc)
        return
    except Exception as exc:  # noqa: BLE001 - e.g. a constraint a bad extra broke
        _fail(summary, location, exc)
        return
    if is_new:
        summary.new += 1
        summary.events += len(event_rows(coded.document.doc_id, coded))
        summary.document_ids.append(coded.document.doc_id)
    else:
        summary.known += 1


def _fail(summary: IngestSummary, location: str, exc: BaseException) -> None:
    summary.failed += 1
    summary.errors.append(_one_line(location, exc))


def _progress(items: list[PlannedInput], enabled: bool,
              summary: IngestSummary) -> Iterable[PlannedInput]:
    if not enabled:
        return items
    from dyadwatch.cli.common import progress_iter

    return progress_iter(items, "ingesting", total=len(items), enabled=True,
                         counts=lambda: (summary.new + summary.known, summary.failed))


@dataclass
class RecodeSummary:
    documents: int = 0
    changed: int = 0
    events_before: int = 0
    events_after: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"recoded: {self.documents} documents, {self.changed} changed, events "
                f"{self.events_before} -> {self.events_after}, {len(self.errors)} failed")


def recode_run(engine: Engine, options: PipelineOptions, *, ids: Iterable[str] | None = None,
               progress: bool = True) -> RecodeSummary:
    """Code stored documents again (new dictionaries, a newer coder, `--no-code` ingests).

    One transaction per document: an interrupted recode leaves each document either as it
    was or fully recoded, and running it again finishes the job.
    """
    from dyadwatch.analysis.clusters import release_document
    from dyadwatch.analysis.materialised import refresh_index
    from dyadwatch.pipeline import code_clean
    from dyadwatch.store.db import write_begin
    from dyadwatch.store.documents import (
        count_documents,
        document_exists,
        iter_document_ids,
        replace_coding,
        stored_document,
    )

    summary = RecodeSummary()
    # every document, read a page of ids at a time: nothing holds the store's list
    todo: Iterable[str] = sorted(set(ids)) if ids is not None else iter_document_ids(engine)
    if progress:
        from dyadwatch.cli.common import progress_iter

        total = len(todo) if isinstance(todo, list) else count_documents(engine)
        todo = progress_iter(todo, "recoding", total=total)
    for doc_id in todo:
        try:
            with write_begin(engine) as conn:
                if not document_exists(conn, doc_id):
                    raise InputError(doc_id, "no such document (ids as `dyadwatch documents` lists them)")
                doc, sentences = stored_document(conn, doc_id)
                coded = code_clean(doc, sentences, options)
                # its clusters come apart; the clustering step below regroups what remains
                touched = release_document(conn, doc_id)
                before, after = replace_coding(conn, coded)
                refresh_index(conn, touched)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - one document must not stop the run
            summary.errors.append(_one_line(doc_id, exc))
            continue
        summary.documents += 1
        summary.changed += before != after
        summary.events_before += len(before)
        summary.events_after += len(after)
    if summary.documents and options.code_events:
        from dyadwatch.analysis.clusters import cluster_new

        cluster_new(engine)
    return summary


def ingest_inputs(inputs: Iterable[RawInput | InputError], engine: Engine,
                  options: PipelineOptions, *,
                  should_stop: Callable[[], bool] | None = None,
                  regroup: bool = True) -> IngestSummary:
    """Process and store raw inputs already read (the watcher's new items), one document per
    transaction, then regroup clusters as `ingest_run` does (unless `regroup` is False: a
    caller storing several batches calls `regroup_clusters` once after the last).

    `should_stop` is asked before each document: once it answers True the document under way
    has been finished and stored, and nothing more is read."""
    summary = IngestSummary()

    def raws() -> Iterator[RawInput]:
        pending = iter(inputs)
        # Asked before the next input is read, so an input once read is always stored.
        while should_stop is None or not should_stop():
            got = next(pending, None)
            if got is None:
                return
            if isinstance(got, InputError):
                _fail(summary, got.location, got)
            else:
                yield got

    for location, result in _serial(raws(), options):
        if isinstance(result, BaseException):
            _fail(summary, location, result)
            continue
        _save(engine, summary, location, result)
    if regroup:
        regroup_clusters(engine, options, new_documents=summary.new)
    return summary


def regroup_clusters(engine: Engine, options: PipelineOptions, *, new_documents: int) -> None:
    """After storing documents: new mentions join the clusters they belong to (only those are
    read and written) and the stored index rows of the periods they touch are updated. Also
    when nothing is new but a run killed before this step left events unclustered."""
    if options.code_events and (new_documents or _has_unclustered_events(engine)):
        from dyadwatch.analysis.clusters import cluster_new

        cluster_new(engine)
