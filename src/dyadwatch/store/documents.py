"""Writing and reading documents with their sentences, events and extras.

One document is one transaction: it lands whole or not at all, so a crash mid-ingest
leaves no half-written document behind, and re-running stores what was missing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span, event_stable_id
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin


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
    doc = coded.document
    if find_by_hash(conn, doc.content_hash) is not None:
        _remember_location(conn, doc.location, doc.doc_id)
        # The same content at several places: name it by the smallest, so that stores
        # filled in a different order (parallel workers, re-runs) end up identical.
        conn.execute(update(t.documents)
                     .where(t.documents.c.id == doc.doc_id, t.documents.c.location > doc.location)
                     .values(location=doc.location))
        return False
    doc_id = doc.doc_id
    conn.execute(insert(t.documents).values(
        id=doc_id, content_hash=doc.content_hash, location=doc.location, url=doc.url,
        site=doc.site, title=doc.title, author=doc.author, pub_date=doc.pub_date,
        pub_date_granularity=doc.pub_date_granularity, lang=doc.lang, text=doc.text,
        n_sentences=len(coded.sentences),
        ingested_at=ingested_at or datetime.now(UTC).isoformat(timespec="seconds"),
    ))
    _remember_location(conn, doc.location, doc_id)
    if doc.paragraphs:
        conn.execute(insert(t.paragraphs), [
            {"document_id": doc_id, "idx": i, "start": p.start, "end": p.end}
            for i, p in enumerate(doc.paragraphs)
        ])
    if coded.sentences:
        conn.execute(insert(t.sentences), [
            {"id": sentence_id(doc_id, s.index), "document_id": doc_id, "idx": s.index,
             "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text,
             "lang": s.lang}
            for s in coded.sentences
        ])
    _insert_coding(conn, doc_id, coded)
    return True


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
    rows = event_rows(doc_id, coded)
    if rows:
        conn.execute(insert(t.events), rows)
    for table_name, extra_rows in coded.extras.items():
        table = t.metadata.tables.get(table_name)
        if table is not None and extra_rows:
            conn.execute(insert(table), [
                {**r, "document_id": doc_id,
                 "sentence_id": sentence_id(doc_id, r.pop("sentence_idx"))
                 if "sentence_idx" in r else r["sentence_id"]}
                for r in (dict(x) for x in extra_rows)
            ])


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
            "location": ev.location, "cluster_id": None,
        })
    return rows


def _remember_location(conn: Connection, location: str, doc_id: str) -> None:
    known = conn.execute(
        select(t.document_locations.c.document_id).where(t.document_locations.c.location == location)
    ).scalar_one_or_none()
    if known is None:
        conn.execute(insert(t.document_locations).values(location=location, document_id=doc_id))


def count_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in sorted(t.metadata.tables.items())
        }


def list_documents(engine: Engine, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    cols = [c for c in t.documents.c if c.name not in ("text",)]
    # Undated documents first on both backends (PostgreSQL would put NULLs last).
    q = select(*cols).order_by(t.documents.c.pub_date.asc().nulls_first(),
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


def document_ids(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(t.documents.c.id).order_by(t.documents.c.id)).scalars())


def document_sentences(engine: Engine, doc_id: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            select(t.sentences).where(t.sentences.c.document_id == doc_id).order_by(t.sentences.c.idx)
        )]
