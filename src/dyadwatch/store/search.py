"""Full-text search over sentences and document titles.

SQLite uses the FTS5 tables `sentences_fts` / `documents_fts` (migration 0002); PostgreSQL uses
the generated `tsv` columns with `plainto_tsquery('simple', ...)`. User text never becomes query
syntax: for FTS5 every term is reduced to its word characters and quoted as an FTS5 string, and
every value is a bound parameter.

Hits carry their text as `parts`: a list of `[text, is_match]` pairs, so a front end can escape
each piece and mark the matches itself; no markup from the store or the document reaches a page.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, bindparam, text

MAX_LIMIT = 100
MAX_OFFSET = 10_000
MAX_QUERY_CHARS = 200
MAX_TERMS = 16

# Markers the store puts around matches; control characters the cleaner never keeps in text.
START, STOP = "\x02", "\x03"
_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fts5_query(query: str) -> str:
    """An FTS5 MATCH expression for `query`: quoted terms (AND), "quoted phrases", term* prefixes.

    Only runs of word characters survive, each wrapped in double quotes, so operators, column
    filters and unbalanced quotes typed by a user are plain words or nothing.
    """
    parts: list[str] = []
    for m in _TERM.finditer(query[:MAX_QUERY_CHARS]):
        phrase = m.group(1) if m.group(1) is not None else m.group(2)
        words = _WORD.findall(phrase)
        words = [w for w in words if w.strip("_")]
        if not words:
            continue
        expr = '"' + " ".join(words) + '"'
        if m.group(2) is not None and phrase.endswith("*") and len(words) == 1:
            expr += " *"
        parts.append(expr)
        if len(parts) >= MAX_TERMS:
            break
    return " ".join(parts)


def split_marked(marked: str | None) -> list[list[Any]]:
    """Turn text with START/STOP markers into `[text, is_match]` pieces (markers removed)."""
    parts: list[list[Any]] = []
    inside = False
    buf: list[str] = []
    for ch in marked or "":
        if ch in (START, STOP):
            if buf:
                parts.append(["".join(buf), inside])
                buf = []
            inside = ch == START
        else:
            buf.append(ch)
    if buf:
        parts.append(["".join(buf), inside])
    return parts


KINDS = ("document", "sentence", "event")  # titles, any sentence, sentences with events
ORDERS = ("relevance", "newest", "oldest")
# Fixed SQL fragments chosen by name (never built from user text).
_HAS_EVENT = " AND EXISTS (SELECT 1 FROM events e WHERE e.sentence_id = s.id)"
_DATE_ORDER = {"relevance": "", "newest": "(d.pub_date IS NULL), d.pub_date DESC, ",
               "oldest": "(d.pub_date IS NULL), d.pub_date, "}


def search(engine: Engine, query: str, *, limit: int = 20, offset: int = 0,
           kinds: tuple[str, ...] = ("document", "sentence"),
           order: str = "relevance") -> dict[str, Any]:
    """Search document titles and sentences; title hits come first, then sentences by rank
    (or each by publication date: `order` "newest" or "oldest"). `kinds` limits the hits to
    document titles ("document"), sentences ("sentence") or sentences that carry a coded
    event ("event").

    Returns {"query", "total", "documents_total", "sentences_total", "limit", "offset", "hits"}.
    Each hit has kind ("document" or "sentence"), document_id, title, pub_date, site, text,
    parts, and for sentences sentence_id, sentence_idx and event_ids.
    """
    if order not in ORDERS or not kinds or any(k not in KINDS for k in kinds):
        raise ValueError(f"kinds must be among {', '.join(KINDS)}, order one of {', '.join(ORDERS)}")
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, min(int(offset), MAX_OFFSET))
    query = _CONTROL.sub(" ", query or "").strip()[:MAX_QUERY_CHARS]
    empty = {"query": query, "total": 0, "documents_total": 0, "sentences_total": 0,
             "limit": limit, "offset": offset, "hits": []}
    if not query:
        return empty
    base = _SQLITE if engine.dialect.name == "sqlite" else _POSTGRES
    only_events = "event" in kinds and "sentence" not in kinds
    backend = {k: v.replace("ORDER BY ", "ORDER BY " + _DATE_ORDER[order])
               .replace(" {events}", _HAS_EVENT if only_events else "") for k, v in base.items()}
    if engine.dialect.name == "sqlite":
        q = fts5_query(query)
        if not q:
            return empty
    else:
        q = query
    with engine.connect() as conn:
        n_docs = (conn.execute(text(backend["count_docs"]), {"q": q}).scalar_one()
                  if "document" in kinds else 0)
        n_sents = (conn.execute(text(backend["count_sents"]), {"q": q}).scalar_one()
                   if "sentence" in kinds or "event" in kinds else 0)
        hits: list[dict[str, Any]] = []
        # Title hits occupy positions [0, n_docs), sentence hits follow.
        if offset < n_docs:
            rows = conn.execute(text(backend["docs"]), {
                "q": q, "limit": min(limit, n_docs - offset), "offset": offset, "opts": _PG_OPTS,
            }).mappings().all()
            for r in rows:
                parts = split_marked(r["marked"])
                hits.append({
                    "kind": "document", "document_id": r["document_id"], "title": r["title"],
                    "pub_date": r["pub_date"], "site": r["site"], "url": r["url"],
                    "text": "".join(p[0] for p in parts), "parts": parts,
                })
        room = limit - len(hits)
        if room > 0 and n_sents:
            s_offset = max(0, offset - n_docs)
            rows = conn.execute(text(backend["sents"]), {
                "q": q, "limit": room, "offset": s_offset, "opts": _PG_OPTS,
            }).mappings().all()
            ids = [r["sentence_id"] for r in rows]
            events_by_sentence: dict[str, list[str]] = {i: [] for i in ids}
            if ids:
                ev_rows = conn.execute(
                    text("SELECT id, sentence_id FROM events WHERE sentence_id IN :ids "
                         "ORDER BY sentence_id, start, id").bindparams(
                        bindparam("ids", expanding=True)),
                    {"ids": ids},
                )
                for ev_id, s_id in ev_rows:
                    events_by_sentence[s_id].append(ev_id)
            for r in rows:
                parts = split_marked(r["marked"])
                hits.append({
                    "kind": "sentence", "document_id": r["document_id"],
                    "sentence_id": r["sentence_id"], "sentence_idx": r["idx"],
                    "title": r["title"], "pub_date": r["pub_date"], "site": r["site"],
                    "url": r["url"], "text": "".join(p[0] for p in parts), "parts": parts,
                    "event_ids": events_by_sentence.get(r["sentence_id"], []),
                })
    return {"query": query, "total": n_docs + n_sents, "documents_total": n_docs,
            "sentences_total": n_sents, "limit": limit, "offset": offset, "hits": hits}


_PG_OPTS = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"

_SQLITE = {
    "count_docs": "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q",
    "count_sents": ("SELECT count(*) FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid "
                    "WHERE sentences_fts MATCH :q {events}"),
    "docs": (
        "SELECT d.id AS document_id, d.title, d.pub_date, d.site, d.url, "
        "highlight(documents_fts, 0, char(2), char(3)) AS marked "
        "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
        "WHERE documents_fts MATCH :q ORDER BY documents_fts.rank, d.id "
        "LIMIT :limit OFFSET :offset"
    ),
    "sents": (
        "SELECT s.id AS sentence_id, s.document_id, s.idx, d.title, d.pub_date, d.site, d.url, "
        "highlight(sentences_fts, 0, char(2), char(3)) AS marked "
        "FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid "
        "JOIN documents d ON d.id = s.document_id "
        "WHERE sentences_fts MATCH :q {events} ORDER BY sentences_fts.rank, s.id "
        "LIMIT :limit OFFSET :offset"
    ),
}

_POSTGRES = {
    "count_docs": "SELECT count(*) FROM documents d WHERE d.tsv @@ plainto_tsquery('simple', :q)",
    "count_sents": "SELECT count(*) FROM sentences s WHERE s.tsv @@ plainto_tsquery('simple', :q) {events}",
    "docs": (
        "SELECT d.id AS document_id, d.title, d.pub_date, d.site, d.url, "
        "ts_headline('simple', coalesce(d.title, ''), tq, :opts) AS marked "
        "FROM documents d, plainto_tsquery('simple', :q) tq "
        "WHERE d.tsv @@ tq ORDER BY ts_rank(d.tsv, tq) DESC, d.id "
        "LIMIT :limit OFFSET :offset"
    ),
    "sents": (
        "SELECT s.id AS sentence_id, s.document_id, s.idx, d.title, d.pub_date, d.site, d.url, "
        "ts_headline('simple', s.text, tq, :opts) AS marked "
        "FROM sentences s JOIN documents d ON d.id = s.document_id, "
        "plainto_tsquery('simple', :q) tq "
        "WHERE s.tsv @@ tq {events} ORDER BY ts_rank(s.tsv, tq) DESC, s.id "
        "LIMIT :limit OFFSET :offset"
    ),
}
