"""One writer that stores coded documents in batches: one transaction per batch of N.

A transaction per document costs a commit (an fsync on SQLite, a round trip on PostgreSQL)
for each; a batch shares one. Batches keep every promise of the per-document path:

* each document still lands whole or not at all (a batch commits every one of its documents
  or none), so a crash leaves no half-written document, only whole batches;
* writing is idempotent by content hash (``save_in`` skips known content), so re-running
  after a crash, a dead worker or a retried task stores exactly what is missing;
* the batch's new mentions join their clusters, and the stored index rows of the periods they
  touch are updated, in the batch's transaction (analysis.clusters.update_clusters): the
  store is never left with documents whose events no count includes;
* a batch that fails (say another writer stored the same content a moment earlier, or one
  document breaks a constraint) is rolled back and replayed one document per transaction,
  so one bad document costs only itself.

Usage::

    with BatchWriter(engine, batch_size=64) as writer:
        for location, result in process_many(raws, options, workers=2):
            for saved in writer.add(result):   # the documents this add committed
                ...
    # leaving the block commits the last, partial batch
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from dyadwatch.errors import InputError
from dyadwatch.model import CodedDocument
from dyadwatch.store.db import write_begin
from dyadwatch.store.documents import find_by_hash, save_in, save_many

DEFAULT_WRITE_BATCH = 64
MAX_BATCH_SECONDS = 2.0  # a slow stream still commits at least this often


@dataclass(frozen=True)
class Saved:
    """What happened to one document: stored (new), known (content already there), or error."""

    location: str
    status: str  # "stored" | "known" | "error"
    document_id: str | None = None
    reason: str | None = None


class BatchWriter:
    def __init__(self, engine: Engine, *, batch_size: int = DEFAULT_WRITE_BATCH,
                 max_seconds: float = MAX_BATCH_SECONDS, ingested_at: str | None = None) -> None:
        self.engine = engine
        self.batch_size = max(1, batch_size)
        self.max_seconds = max_seconds
        self.ingested_at = ingested_at
        self._buffer: list[CodedDocument] = []
        self._since = time.monotonic()
        self.stored = 0
        self.known = 0
        self.failed = 0

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        # Documents in the buffer are complete, so committing them is safe even when the
        # caller stops on an error or Ctrl-C: the re-run then has less to do.
        if exc_type is None or issubclass(exc_type, (KeyboardInterrupt, InputError)):
            self.flush()

    def add(self, coded: CodedDocument | InputError) -> list[Saved]:
        """Buffer a document; returns what was committed if this filled a batch."""
        if isinstance(coded, InputError):
            return []  # nothing to store; the caller reports it
        self._buffer.append(coded)
        if (len(self._buffer) >= self.batch_size
                or time.monotonic() - self._since >= self.max_seconds):
            return self.flush()
        return []

    def flush(self) -> list[Saved]:
        """Commit the buffered documents (one transaction); returns what happened to each."""
        batch, self._buffer = self._buffer, []
        self._since = time.monotonic()
        if not batch:
            return []
        try:
            with write_begin(self.engine) as conn:
                flags = save_many(conn, batch, ingested_at=self.ingested_at)
                _cluster_in(conn)
        except SQLAlchemyError:
            return [self._save_one(c) for c in batch]
        out = [Saved(c.document.location, "stored" if new else "known", c.document.doc_id)
               for c, new in zip(batch, flags, strict=True)]
        self._count(out)
        return out

    def _save_one(self, coded: CodedDocument) -> Saved:
        doc = coded.document
        try:
            with write_begin(self.engine) as conn:
                new = save_in(conn, coded, ingested_at=self.ingested_at)
                _cluster_in(conn)
            saved = Saved(doc.location, "stored" if new else "known", doc.doc_id)
        except SQLAlchemyError as exc:
            with self.engine.connect() as conn:
                known = find_by_hash(conn, doc.content_hash) is not None
            if known:  # another writer stored it between our check and our insert
                saved = Saved(doc.location, "known", doc.doc_id)
            else:
                reason = str(getattr(exc, "orig", exc)).strip().splitlines()
                saved = Saved(doc.location, "error", None,
                              f"cannot store: {reason[0] if reason else type(exc).__name__}")
        self._count([saved])
        return saved

    def _count(self, saved: Iterable[Saved]) -> None:
        for s in saved:
            if s.status == "stored":
                self.stored += 1
            elif s.status == "known":
                self.known += 1
            else:
                self.failed += 1


def _cluster_in(conn: Connection) -> None:
    from dyadwatch.analysis.clusters import update_clusters
    from dyadwatch.analysis.materialised import refresh_index

    # a batch's events (a few per document) fit one round; what a huge batch leaves over,
    # the ingest's final clustering step takes
    _, touched = update_clusters(conn)
    refresh_index(conn, touched)


def write_all(engine: Engine, results: Iterable[tuple[str, CodedDocument | InputError]], *,
              batch_size: int = DEFAULT_WRITE_BATCH, ingested_at: str | None = None,
              ) -> Iterator[Saved]:
    """Store a stream of ``(location, result)`` in batches; yield one ``Saved`` per input.

    Input errors are yielded at once (status "error"); documents when their batch commits.
    """
    with BatchWriter(engine, batch_size=batch_size, ingested_at=ingested_at) as writer:
        for location, result in results:
            if isinstance(result, InputError):
                yield Saved(location, "error", None, result.reason)
                continue
            yield from writer.add(result)
        yield from writer.flush()
