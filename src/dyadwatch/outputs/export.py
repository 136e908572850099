"""Exports (CSV, JSON lines, Parquet) of events with provenance and of the dyad index, and the
JSON-lines import that restores a store from an export. Columns: docs/exports.md.

The JSON-lines export of events is a complete record: a header line, then one line per
document (its text, paragraphs, sentences, figures and judgments), one per event (the same
columns as the CSV) and one per cluster, each with a "record" key. `import_jsonl` reads it
back into a store, so `export --format jsonl` + `import` moves or backs up a record exactly.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, func, insert, select

from dyadwatch.analysis.index import INDEX_COLUMNS, compute_index
from dyadwatch.datafiles import json_lines
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from dyadwatch.store.documents import count_coverage, set_counted
from dyadwatch.store.events import (
    EVENT_FIELDS,
    EventFilter,
    apply_filter,
    event_record,
    events_query,
)

# 2: events use the shared vocabulary (dyadwatch.store.events.EVENT_FIELDS); 1 used GDELT-like
# names (actor1_code, event_type, ...), which `import` still reads (LEGACY_EVENT_NAMES).
FORMAT_VERSION = 2
# The store's `events` columns, each under its name in the shared vocabulary.
EVENT_STORE_COLUMNS: list[tuple[str, str]] = [
    ("event_id" if c.name == "id" else c.name, c.name) for c in t.events.columns]
# Derived columns, for users (not needed to restore a store).
EVENT_DERIVED_COLUMNS = ["cameo_root", "cluster_mentions", "cluster_documents", "month"]
EVENT_COLUMNS = [*EVENT_FIELDS, *EVENT_DERIVED_COLUMNS]
# Names of version 1 exports -> names of the shared vocabulary.
LEGACY_EVENT_NAMES = {
    "date_stated": "date", "actor1_code": "source", "actor1_sector": "source_sector",
    "actor1_text": "source_text", "actor2_code": "target", "actor2_sector": "target_sector",
    "actor2_text": "target_text", "event_type": "type", "event_mode": "mode", "event_code": "cameo",
    "quad_class": "quad", "goldstein_scale": "goldstein", "trigger_start": "start",
    "trigger_end": "end",
}
INDEX_EXPORT_COLUMNS = ["dyad", "freq", *INDEX_COLUMNS]
_INT_COLUMNS = {"quad", "start", "end", "doc_start", "doc_end", "cluster_mentions",
                "cluster_documents", "events", "clusters", "sources", "coverage"}
_FLOAT_COLUMNS = {"goldstein", "confidence", "weighted", "quad1", "quad2", "quad3", "quad4",
                  "goldstein_sum", "goldstein_mean", "net_cooperation", "normalised", "scale"}


class ExportError(DyadwatchError):
    """An export or import that cannot go ahead; one line for the user."""


# ---------------------------------------------------------------- rows

def event_export_rows(engine: Engine, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Events as export rows (EVENT_COLUMNS), oldest first: by date, document, offset and id."""
    # streamed: each event with its cluster's counts, joined row by row
    q = (events_query(filters or EventFilter())
         .outerjoin(t.clusters, t.clusters.c.id == t.events.c.cluster_id)
         .add_columns(t.clusters.c.n_mentions.label("cluster_mentions"),
                      t.clusters.c.n_documents.label("cluster_documents")))
    with engine.connect() as conn:
        for r in conn.execution_options(yield_per=2000).execute(q):
            row = event_record(r)
            n_mentions = r.cluster_mentions or 1
            n_docs = r.cluster_documents or 1
            ed = row["event_date"]
            row.update(
                cameo_root=(row["cameo"] or "")[:2] or None, cluster_mentions=n_mentions,
                cluster_documents=n_docs, month=ed[:7] if ed and len(ed) >= 7 else "undated",
            )
            yield row


def index_export_rows(engine: Engine, dyads: list[str] | None = None, freq: str = "week",
                      settings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The index of every dyad (unordered pairs with events, or those named), one row per period."""
    if not dyads:
        e = t.events.c
        with engine.connect() as conn:
            pairs = conn.execute(select(e.source, e.target).where(
                e.source.isnot(None), e.target.isnot(None), e.source != e.target).distinct()).all()
        dyads = sorted({"-".join(sorted((s, g))) for s, g in pairs})
    rows = []
    for d in dyads:
        for r in compute_index(engine, d, freq, settings=settings):
            rows.append({"dyad": d.upper(), "freq": freq, **r})
    return rows


# ---------------------------------------------------------------- writers

@contextmanager
def _open_text(path: str | Path) -> Iterator[IO[str]]:
    if str(path) == "-":
        yield sys.stdout
        return
    p = Path(path)
    if p.parent and not p.parent.is_dir():
        raise ExportError(f"{p}: folder {p.parent} does not exist")
    with p.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _csv_value(v: Any) -> Any:
    return "" if v is None else v


def write_csv(rows: Iterator[dict[str, Any]] | list[dict[str, Any]], columns: list[str],
              path: str | Path) -> int:
    n = 0
    with _open_text(path) as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_csv_value(r.get(c)) for c in columns])
            n += 1
    return n


def _arrow_schema(columns: list[str]):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS
                       else pa.string()) for c in columns])


PARQUET_BATCH = 10_000  # rows held at once while writing Parquet


def write_parquet(rows: Iterable[dict[str, Any]], columns: list[str], path: str | Path,
                  partition: str | None = "month") -> int:
    """A Parquet dataset in folder `path`, hive-partitioned by `partition` (month=YYYY-MM/),
    written from a stream of rows a batch at a time."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    p = Path(path)
    if p.exists() and not p.is_dir():
        raise ExportError(f"{p}: Parquet exports are folders (partitioned by month); give a folder")
    schema = _arrow_schema(columns)
    count = 0

    def batches() -> Iterator[Any]:
        nonlocal count
        chunk: list[dict[str, Any]] = []
        for r in rows:
            chunk.append({c: r.get(c) for c in columns})
            if len(chunk) >= PARQUET_BATCH:
                count += len(chunk)
                yield pa.RecordBatch.from_pylist(chunk, schema=schema)
                chunk = []
        count += len(chunk)
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)

    p.mkdir(parents=True, exist_ok=True)
    ds.write_dataset(
        batches(), str(p), schema=schema, format="parquet", basename_template="part-{i}.parquet",
        partitioning=ds.partitioning(pa.schema([(partition, pa.string())]), flavor="hive")
        if partition else None,
        existing_data_behavior="delete_matching",
    )
    return count


def export_events(engine: Engine, fmt: str, path: str | Path,
                  filters: EventFilter | None = None) -> int:
    """Write events with provenance as csv (a file), parquet (a folder partitioned by month)
    or jsonl (a complete, importable record). Returns the number of events."""
    if fmt == "csv":
        return write_csv(event_export_rows(engine, filters), EVENT_COLUMNS, path)
    if fmt == "parquet":
        return write_parquet(event_export_rows(engine, filters), EVENT_COLUMNS, path)
    if fmt == "jsonl":
        with _open_text(path) as fh:
            return write_record(engine, fh, filters)
    raise ExportError(f"export format must be csv, jsonl or parquet, not {fmt!r}")


def export_index(engine: Engine, fmt: str, path: str | Path, *, dyads: list[str] | None = None,
                 freq: str = "week", settings: dict[str, Any] | None = None) -> int:
    """Write the index of every dyad (or those named): csv, jsonl, or parquet by month."""
    rows = index_export_rows(engine, dyads, freq, settings)
    if fmt == "csv":
        return write_csv(rows, INDEX_EXPORT_COLUMNS, path)
    if fmt == "parquet":
        for r in rows:
            r["month"] = r["period_start"][:7]
        return write_parquet(rows, [*INDEX_EXPORT_COLUMNS, "month"], path)
    if fmt == "jsonl":
        with _open_text(path) as fh:
            for r in rows:
                fh.write(_dumps({"record": "index", **r}) + "\n")
        return len(rows)
    raise ExportError(f"export format must be csv, jsonl or parquet, not {fmt!r}")


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _rows(conn: Any, table: Any, *where: Any, order: Any = None) -> list[dict[str, Any]]:
    q = select(table).where(*where)
    q = q.order_by(*(order if order is not None else table.primary_key.columns))
    return [dict(r._mapping) for r in conn.execute(q)]


def _paged_ids(conn: Any, query: Any, column: Any, page: int = 1000) -> Iterator[str]:
    """The ids a query selects, in order, a page at a time (keyset paging: no open cursor while
    the caller reads other tables, and no list of every id)."""
    last = ""
    while True:
        ids = list(conn.execute(query.where(column > last).order_by(column).limit(page)).scalars())
        yield from ids
        if len(ids) < page:
            return
        last = ids[-1]


def write_record(engine: Engine, fh: IO[str], filters: EventFilter | None = None) -> int:
    """The complete JSON-lines record; without filters every document, even without events.
    Streamed: documents one at a time, events and clusters as the database returns them."""
    filtered = filters is not None and filters != EventFilter()
    f = filters or EventFilter()
    e = t.events.c
    matching = apply_filter(select(e.document_id, e.cluster_id).select_from(
        t.events.join(t.documents, t.documents.c.id == e.document_id)), f).subquery()
    with engine.connect() as conn:
        if filtered:
            docs_q = select(matching.c.document_id).distinct()
            doc_col = matching.c.document_id
            n_docs = conn.execute(select(func.count(matching.c.document_id.distinct()))).scalar_one()
        else:
            docs_q, doc_col = select(t.documents.c.id), t.documents.c.id
            n_docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
        n_events = conn.execute(select(func.count()).select_from(matching)).scalar_one()
        fh.write(_dumps({"record": "header", "format": "dyadwatch-jsonl", "version": FORMAT_VERSION,
                         "documents": n_docs, "events": n_events}) + "\n")
        for doc_id in _paged_ids(conn, docs_q, doc_col):
            [doc] = _rows(conn, t.documents, t.documents.c.id == doc_id)
            doc["locations"] = [r["location"] for r in _rows(
                conn, t.document_locations, t.document_locations.c.document_id == doc_id,
                order=[t.document_locations.c.location])]
            doc["paragraphs"] = [[r["start"], r["end"]] for r in _rows(
                conn, t.paragraphs, t.paragraphs.c.document_id == doc_id, order=[t.paragraphs.c.idx])]
            doc["sentences"] = [{k: r[k] for k in ("idx", "paragraph", "start", "end", "text", "lang")}
                                for r in _rows(conn, t.sentences, t.sentences.c.document_id == doc_id,
                                               order=[t.sentences.c.idx])]
            for name in ("figures", "judgments"):
                table = t.metadata.tables[name]
                doc[name] = [{k: v for k, v in r.items() if k != "document_id"}
                             for r in _rows(conn, table, table.c.document_id == doc_id)]
            fh.write(_dumps({"record": "document", **doc}) + "\n")
    count = 0
    for ev in event_export_rows(engine, filters):
        fh.write(_dumps({"record": "event", **ev}) + "\n")
        count += 1
    clusters_q = select(t.clusters).order_by(t.clusters.c.id)
    if filtered:
        clusters_q = clusters_q.where(t.clusters.c.id.in_(select(matching.c.cluster_id)))
    with engine.connect() as conn:
        for r in conn.execution_options(yield_per=2000).execute(clusters_q):
            fh.write(_dumps({"record": "cluster", **dict(r._mapping)}) + "\n")
    return count


# ---------------------------------------------------------------- import

def _columns(table: Any) -> list[str]:
    return [c.name for c in table.columns]


# filled by clustering after the import
CLUSTERING_COLUMNS = ("cluster_id", "block", "cluster_day", "counted")


def import_jsonl(engine: Engine, path: str | Path, *, batch: int = 200) -> dict[str, int]:
    """Load a JSON-lines export into the store. Documents already there (same content) are
    skipped with their events; clusters are replaced by those of the file when the file has
    any. Returns counts of what was added. Bad lines stop the import with one line naming the
    file, the line number and the problem; nothing of the failing batch is written."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such file")
    counts = {"documents": 0, "sentences": 0, "events": 0, "clusters": 0, "skipped_documents": 0}
    docs: list[tuple[int, dict[str, Any]]] = []
    events: list[tuple[int, dict[str, Any]]] = []
    clusters: list[dict[str, Any]] = []
    try:
        fh = p.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(p), f"cannot read: {exc.strerror or exc}") from exc
    with fh:
        header_seen = False
        version = FORMAT_VERSION
        for where, rec in json_lines(fh, str(p)):
            if "record" not in rec:
                raise InputError(where, "not a DyadWatch export record (no \"record\" key)")
            kind = rec.pop("record")
            if kind == "header":
                if rec.get("format") != "dyadwatch-jsonl" or int(rec.get("version", 0)) > FORMAT_VERSION:
                    raise InputError(where, "not a DyadWatch JSON-lines export of a version we read")
                header_seen = True
                version = int(rec.get("version", 0))
            elif not header_seen:
                raise InputError(where, "no header line: not a DyadWatch JSON-lines export")
            elif kind == "document":
                docs.append((where, rec))
            elif kind == "event":
                if version < 2:
                    rec = {LEGACY_EVENT_NAMES.get(k, k): v for k, v in rec.items()}
                events.append((where, rec))
            elif kind == "cluster":
                clusters.append(rec)
            # "index" records and unknown kinds are derived data: ignored
        if not header_seen:
            raise InputError(str(p), "empty: not a DyadWatch JSON-lines export")

    event_cols = _columns(t.events)
    by_doc: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for where, e in events:
        by_doc.setdefault(str(e.get("document_id")), []).append((where, e))
    for start in range(0, len(docs), batch):
        with write_begin(engine) as conn:
            for where, d in docs[start:start + batch]:
                try:
                    added = _import_document(conn, d, by_doc.get(d["id"], []), event_cols, counts)
                except (KeyError, TypeError, ValueError) as exc:
                    raise InputError(where, f"bad document record ({exc!s})") from exc
                if not added:
                    counts["skipped_documents"] += 1
    # Clusters are derived: the imported mentions join the store's clusters by the same rule
    # (which gives the file's clusters when the file holds a whole store).
    from dyadwatch.analysis.clusters import cluster_new

    cluster_new(engine)
    if clusters:
        with engine.connect() as conn:
            ids = [c.get("id") for c in clusters]
            counts["clusters"] = sum(
                len(conn.execute(select(t.clusters.c.id).where(t.clusters.c.id.in_(ids[i:i + 500]))).all())
                for i in range(0, len(ids), 500))
    return counts


def _import_document(conn: Any, d: dict[str, Any], evs: list[tuple[int, dict[str, Any]]],
                     event_cols: list[str], counts: dict[str, int]) -> bool:
    doc_id = d["id"]
    exists = conn.execute(select(func.count()).select_from(t.documents).where(
        (t.documents.c.id == doc_id) | (t.documents.c.content_hash == d["content_hash"]))).scalar_one()
    if exists:
        return False
    conn.execute(insert(t.documents).values({c: d.get(c) for c in _columns(t.documents)}))
    count_coverage(conn, [d.get("pub_date")])
    locs = sorted(set(d.get("locations") or [d["location"]]))
    known = {r[0] for r in conn.execute(select(t.document_locations.c.location)
                                        .where(t.document_locations.c.location.in_(locs)))}
    if new_locs := [loc for loc in locs if loc not in known]:
        conn.execute(insert(t.document_locations), [{"location": loc, "document_id": doc_id}
                                                    for loc in new_locs])
    if d.get("paragraphs"):
        conn.execute(insert(t.paragraphs), [{"document_id": doc_id, "idx": i, "start": s, "end": e}
                                            for i, (s, e) in enumerate(d["paragraphs"])])
    if d.get("sentences"):
        conn.execute(insert(t.sentences), [
            {"id": f"{doc_id}-{s['idx']}", "document_id": doc_id, **s} for s in d["sentences"]])
        counts["sentences"] += len(d["sentences"])
    if evs:
        store_of = dict(EVENT_STORE_COLUMNS)
        rows = []
        for _lineno, e in evs:
            row = {store_of[k]: v for k, v in e.items() if k in store_of}
            missing = [c for c in event_cols if c not in row and c not in CLUSTERING_COLUMNS]
            if missing:
                raise ValueError(f"event {e.get('event_id')} lacks {', '.join(missing)}")
            rows.append({**row, "cluster_id": None})
        set_counted(rows)
        conn.execute(insert(t.events), rows)
        counts["events"] += len(rows)
    for name in ("figures", "judgments"):
        table = t.metadata.tables[name]
        if d.get(name):
            conn.execute(insert(table), [{**{c: r.get(c) for c in _columns(table)}, "document_id": doc_id}
                                         for r in d[name]])
    counts["documents"] += 1
    return True


def csv_text(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_csv_value(r.get(c)) for c in columns])
    return buf.getvalue()
