"""`dyadwatch documents` and `dyadwatch show`: read the stored documents back."""

from __future__ import annotations

import click

from dyadwatch.cli.common import db_option, emit_json, emit_rows, format_option, open_reading_store
from dyadwatch.errors import DyadwatchError

COLUMNS = ["id", "pub_date", "lang", "n_sentences", "title", "author", "site", "location"]
TABLE_COLUMNS = ["id", "pub_date", "lang", "n_sentences", "title"]
TABLE_TITLE_CHARS = 60


@click.command()
@db_option
@format_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most this many.")
@click.option("--oldest-first", is_flag=True, help="Oldest first (the default is newest first).")
def documents(db: str | None, fmt: str, limit: int | None, oldest_first: bool) -> None:
    """List the stored documents, newest publication date first (undated last).

    \b
    Example:
      dyadwatch documents
      dyadwatch documents --format csv --limit 20 > documents.csv
    """
    from dyadwatch.store.documents import list_documents

    rows = list_documents(open_reading_store(db), limit=limit, newest_first=not oldest_first)
    if fmt == "table":
        shown = [{**r, "title": _short(r.get("title") or r.get("location"))} for r in rows]
        emit_rows(shown, fmt, TABLE_COLUMNS, title=f"{len(rows)} documents")
    else:
        emit_rows(rows, fmt, COLUMNS)


def _short(text: str | None) -> str | None:
    if text and len(text) > TABLE_TITLE_CHARS:
        return text[: TABLE_TITLE_CHARS - 1] + "…"
    return text


@click.command()
@click.argument("doc_id")
@db_option
@format_option(formats=("text", "json", "jsonl"))
def show(doc_id: str, db: str | None, fmt: str) -> None:
    """Show one document: its metadata and clean text. DOC_ID may be a unique prefix.

    \b
    Example:
      dyadwatch show 3f2a9c
      dyadwatch show 3f2a9c41d07e55b2 --format json
      dyadwatch show 3f2a9c --nl
    """
    from dyadwatch.store.documents import get_document

    engine = open_reading_store(db)
    doc = get_document(engine, doc_id.strip().lower())
    if doc is None:
        raise DyadwatchError(f"{doc_id}: no document with this id or unique id prefix")
    if fmt != "text":
        emit_json(doc, fmt)
        return
    for key in ("id", "title", "author", "pub_date", "pub_date_granularity", "lang", "site",
                "url", "location", "n_sentences", "content_hash"):
        value = doc.get(key)
        if value is not None:
            click.echo(f"{key}: {value}")
    click.echo("")
    click.echo(doc["text"])
