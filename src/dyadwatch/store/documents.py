"""Writing and reading documents with their sentences, events and extras.

One document is one transaction: it lands whole or not at all, so a crash mid-ingest
leaves no half-written document behind, and re-running stores what was missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span, event_stable_id
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from dyadwatch.store.scan import pages_in_stored_order
from dyadwatch.store.statements import padded


def event_id(document_id: str, sentence_idx: int, ev: Event) -> str:
    return event_stable_id(document_id, sentence_idx, ev)


def sentence_id(document_id: str, idx: int) -> str:
    return f"{document_id}-{idx}"


def find_by_hash(conn: Connection, content_hash: str) -> str | None:
    return conn.execute(
        select(t.documents.c.id).where(t.documents.c.content_hash == content_hash)
    ).scalar_one_or_none()


def save_coded_document(engine: Engine, coded: CodedDocument, *, ingested_at: str | None = None) -> bool:
    """Store a coded document. Returns False (and writes nothing) when its content is known."""
    with write_begin(engine) as conn:
        return save_in(conn, coded, ingested_at=ingested_at)


def save_in(conn: Connection, coded: CodedDocument, *, ingested_at: str | None = None) -> bool:
    """Like `save_coded_document`, inside a transaction the caller holds (for batches)."""
    return save_many(conn, [coded], ingested_at=ingested_at)[0]


def save_many(conn: Connection, batch: list[CodedDocument], *, ingested_at: str | None = None) -> list[bool]:
    """Store a batch inside the caller's transaction; for each document, whether it was new.

    Same outcome as `save_in` one document after the other (content already stored, or seen
    earlier in the batch, is not stored again; a document known at several locations is named
    by the smallest), with one multi-row insert per table instead of several per document:
    the single writer of a parallel ingest spends its time in SQLite, not in statement set-up.
    """
    hashes = sorted({c.document.content_hash for c in batch})
    known: dict[str, str] = dict(conn.execute(
        select(t.documents.c.content_hash, t.documents.c.id).where(t.documents.c.content_hash.in_(padded(hashes)))
    ).tuples().all()) if hashes else {}
    locations = sorted({c.document.location for c in batch})
    located = set(conn.execute(
        select(t.document_locations.c.location).where(t.document_locations.c.location.in_(padded(locations)))
    ).scalars().all()) if locations else set()
    rows: dict[str, list[dict[str, Any]]] = {}
    pending: dict[str, dict[str, Any]] = {}  # content hash -> the document row about to be inserted
    stamp = ingested_at or datetime.now(UTC).isoformat(timespec="seconds")
    flags: list[bool] = []
    for coded in batch:
        doc = coded.document
        if doc.location not in located:
            located.add(doc.location)
            rows.setdefault("document_locations", []).append({"location": doc.location, "document_id": doc.doc_id})
        if doc.content_hash in known or doc.content_hash in pending:
            # The same content at several places: name it by the smallest, so that stores
            # filled in a different order (parallel workers, re-runs) end up identical.
            row = pending.get(doc.content_hash)
            if row is not None:
                row["location"] = min(row["location"], doc.location)
            else:
                conn.execute(update(t.documents)
                             .where(t.documents.c.id == doc.doc_id, t.documents.c.location > doc.location)
                             .values(location=doc.location))
            flags.append(False)
            continue
        pending[doc.content_hash] = _document_row(coded, stamp)
        for table_name, table_rows in _coding_rows(doc.doc_id, coded).items():
            rows.setdefault(table_name, []).extend(table_rows)
        flags.append(True)
    if pending:
        conn.execute(insert(t.documents), list(pending.values()))
        count_coverage(conn, [r["pub_date"] for r in pending.values()])
    for table_name in INSERT_ORDER:
        if rows.get(table_name):
            conn.execute(insert(t.metadata.tables[table_name]), rows.pop(table_name))
    for table_name, table_rows in sorted(rows.items()):  # extras tables, after their sentences
        table = t.metadata.tables.get(table_name)
        if table is not None and table_rows:
            conn.execute(insert(table), table_rows)
    return flags


GENERATION_KEY = "generation"


def bump_generation(conn: Connection) -> None:
    """Count one more change of the store's content (documents, clusters, index rows): readers
    that cache results (the web server) compare this number instead of counting rows."""
    m = t.store_meta.c
    value = conn.execute(select(m.value).where(m.key == GENERATION_KEY)).scalar_one_or_none()
    if value is None:
        conn.execute(insert(t.store_meta).values(key=GENERATION_KEY, value="1"))
    else:
        conn.execute(update(t.store_meta).where(m.key == GENERATION_KEY)
                     .values(value=str(int(value) + 1)))


def store_generation(conn: Connection) -> int:
    m = t.store_meta.c
    value = conn.execute(select(m.value).where(m.key == GENERATION_KEY)).scalar_one_or_none()
    return int(value or 0)


def count_coverage(conn: Connection, pub_dates: list[str | None]) -> None:
    """Add new documents to the per-date counts the index's coverage reads. Write
    transactions are serialised (write_begin), so update-else-insert cannot race."""
    bump_generation(conn)
    cov = t.coverage_days.c
    for day, n in sorted(Counter(d for d in pub_dates if d).items()):
        done = conn.execute(update(t.coverage_days).where(cov.day == day)
                            .values(documents=cov.documents + n)).rowcount
        if not done:
            conn.execute(insert(t.coverage_days).values(day=day, documents=n))


# parents before children (foreign keys); extras tables follow
INSERT_ORDER = ("document_locations", "paragraphs", "sentences", "events")


def _document_row(coded: CodedDocument, ingested_at: str) -> dict[str, Any]:
    doc = coded.document
    return {
        "id": doc.doc_id, "content_hash": doc.content_hash, "location": doc.location, "url": doc.url,
        "site": doc.site, "title": doc.title, "author": doc.author, "pub_date": doc.pub_date,
        "pub_date_granularity": doc.pub_date_granularity, "lang": doc.lang, "text": doc.text,
        "n_sentences": len(coded.sentences), "ingested_at": ingested_at,
    }


def _coding_rows(doc_id: str, coded: CodedDocument) -> dict[str, list[dict[str, Any]]]:
    """Rows of one document's paragraphs, sentences, events and extras, by table name."""
    out: dict[str, list[dict[str, Any]]] = {
        "paragraphs": [{"document_id": doc_id, "idx": i, "start": p.start, "end": p.end}
                       for i, p in enumerate(coded.document.paragraphs or ())],
        "sentences": [{"id": sentence_id(doc_id, s.index), "document_id": doc_id, "idx": s.index,
                       "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text,
                       "lang": s.lang} for s in coded.sentences],
    }
    out.update(_extraction_rows(doc_id, coded))
    return out


def _extraction_rows(doc_id: str, coded: CodedDocument) -> dict[str, list[dict[str, Any]]]:
    """Rows of one document's events and extras (figures, judgments), by table name."""
    out: dict[str, list[dict[str, Any]]] = {"events": event_rows(doc_id, coded)}
    for table_name, extra_rows in coded.extras.items():
        if t.metadata.tables.get(table_name) is not None and extra_rows:
            out[table_name] = [
                {**r, "document_id": doc_id,
                 "sentence_id": sentence_id(doc_id, r.pop("sentence_idx"))
                 if "sentence_idx" in r else r["sentence_id"]}
                for r in (dict(x) for x in extra_rows)
            ]
    return out


def replace_coding(conn: Connection, coded: CodedDocument) -> tuple[set[str], set[str]]:
    """Swap a stored document's events, figures and judgments for freshly coded ones.

    Its text, sentences and paragraphs stay as stored. Returns the event ids before and after.
    """
    doc_id = coded.document.doc_id

    def ids() -> set[str]:
        return set(conn.execute(select(t.events.c.id).where(t.events.c.document_id == doc_id)).scalars())

    before = ids()
    for table in (t.figures, t.judgments, t.events):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    _insert_coding(conn, doc_id, coded)
    return before, ids()


def _insert_coding(conn: Connection, doc_id: str, coded: CodedDocument) -> None:
    for table_name, table_rows in _extraction_rows(doc_id, coded).items():
        if table_rows:
            conn.execute(insert(t.metadata.tables[table_name]), table_rows)


# When one trigger of a sentence was coded twice for the same parties (a promised loan: an
# agreement that occurred and aid that is only hypothetical), the mention counts once: both
# readings are stored, the one with the firmest status is `counted`.
STATUS_ORDER = ("occurred", "planned", "forecast", "hypothetical", "denied")


def set_counted(rows: list[dict[str, Any]]) -> None:
    """Set `counted` on event rows that hold all the readings of their sentences."""
    rank = {s: i for i, s in enumerate(STATUS_ORDER)}
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:
        key = (r["sentence_id"], r["start"], r["end"], r["source"], r["target"])
        other = best.get(key)
        if other is None or ((rank.get(r["status"], len(rank)), r["id"])
                             < (rank.get(other["status"], len(rank)), other["id"])):
            best[key] = r
    chosen = {id(r) for r in best.values()}
    for r in rows:
        r["counted"] = int(id(r) in chosen)


def mark_counted(conn: Connection, page: int = 500) -> None:
    """Set `counted` on every stored event, a page of documents at a time (the 0005 backfill).

    The documents are paged in their stored order (store/scan.py), the order their events were
    written in, so that on a store larger than memory the events' pages are read in turn."""
    e, d = t.events.c, t.documents.c
    for got in pages_in_stored_order(conn, t.documents, select(d.id), page):
        docs = [r["id"] for r in got]
        rows = [dict(r._mapping) for r in conn.execute(
            select(e.id, e.sentence_id, e.start, e.end, e.source, e.target, e.status)
            .where(e.document_id.in_(docs)))]
        set_counted(rows)
        if rows:
            conn.execute(update(t.events).where(e.id == bindparam("eid"))
                         .values(counted=bindparam("c")),
                         [{"eid": r["id"], "c": r["counted"]} for r in rows])


def event_rows(doc_id: str, coded: CodedDocument) -> list[dict[str, Any]]:
    starts = {s.index: s.start for s in coded.sentences}
    seen: set[str] = set()
    rows = []
    for idx, ev in coded.events:
        eid = event_id(doc_id, idx, ev)
        if eid in seen:  # the same event twice from one trigger: keep one
            continue
        seen.add(eid)
        offset = starts.get(idx, 0)
        rows.append({
            "id": eid, "document_id": doc_id, "sentence_id": sentence_id(doc_id, idx),
            "source": ev.source, "source_sector": ev.source_sector, "source_text": ev.source_text,
            "target": ev.target, "target_sector": ev.target_sector, "target_text": ev.target_text,
            "type": ev.type, "mode": ev.mode, "cameo": ev.cameo, "goldstein": ev.goldstein,
            "quad": ev.quad, "status": ev.status, "date": ev.date,
            "date_granularity": ev.date_granularity,
            "event_date": ev.date or coded.document.pub_date,
            "trigger": ev.trigger, "start": ev.start, "end": ev.end,
            "doc_start": offset + ev.start, "doc_end": offset + ev.end,
            "location": ev.location, "cluster_id": None, "confidence": ev.confidence,
        })
    set_counted(rows)
    return rows


def count_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in sorted(t.metadata.tables.items())
        }


def list_documents(engine: Engine, *, limit: int | None = None, offset: int = 0,
                   newest_first: bool = False) -> list[dict[str, Any]]:
    cols = [c for c in t.documents.c if c.name not in ("text",)]
    # Undated documents first when oldest first, last when newest first, on both backends
    # (PostgreSQL and SQLite sort NULLs at opposite ends unless told).
    date = t.documents.c.pub_date
    q = select(*cols).order_by(date.desc().nulls_last() if newest_first else date.asc().nulls_first(),
                               t.documents.c.id).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def get_document(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    """The document by id, or by a unique id prefix."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(t.documents).where(t.documents.c.id.startswith(doc_id, autoescape=True)).limit(2)
        ).all()
        if len(rows) != 1:
            return None
        return dict(rows[0]._mapping)


def stored_document(conn: Connection, doc_id: str) -> tuple[CleanDocument, list[Sentence]]:
    """A stored document as the pipeline's records: its clean text, paragraphs and sentences."""
    row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).one()._mapping
    paras = conn.execute(select(t.paragraphs.c.start, t.paragraphs.c.end)
                         .where(t.paragraphs.c.document_id == doc_id).order_by(t.paragraphs.c.idx))
    doc = CleanDocument(location=row["location"], text=row["text"], url=row["url"], site=row["site"],
                        title=row["title"], author=row["author"], pub_date=row["pub_date"],
                        pub_date_granularity=row["pub_date_granularity"], lang=row["lang"],
                        paragraphs=[Span(a, b) for a, b in paras])
    sentences = [Sentence(index=r.idx, start=r.start, end=r.end, text=r.text,
                          paragraph=r.paragraph, lang=r.lang)
                 for r in conn.execute(select(t.sentences).where(t.sentences.c.document_id == doc_id)
                                       .order_by(t.sentences.c.idx))]
    return doc, sentences


def iter_document_ids(engine: Engine, page: int = 1000) -> Iterator[str]:
    """Every document id in order, read a page at a time (keyset paging), so a walk over the
    store holds one page, and each page's connection is closed before the caller writes."""
    last = ""
    while True:
        with engine.connect() as conn:
            ids = list(conn.execute(select(t.documents.c.id).where(t.documents.c.id > last)
                                    .order_by(t.documents.c.id).limit(page)).scalars())
        yield from ids
        if len(ids) < page:
            return
        last = ids[-1]


def document_exists(conn: Connection, doc_id: str) -> bool:
    return conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None


def count_documents(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.documents)).scalar_one())


def document_ids(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(t.documents.c.id).order_by(t.documents.c.id)).scalars())


def document_sentences(engine: Engine, doc_id: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            select(t.sentences).where(t.sentences.c.document_id == doc_id).order_by(t.sentences.c.idx)
        )]
