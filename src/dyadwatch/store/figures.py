"""Reading figures and judgments back, with the filters every front end shares."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Select, func, select

from dyadwatch.store import schema as t
from dyadwatch.store.events import date_conditions, dyad_condition


def _base(table: Any) -> tuple[Select, Any]:
    date_col = func.coalesce(table.c.date, t.documents.c.pub_date)
    q = (
        select(table, date_col.label("ref_date"), t.sentences.c.text.label("sentence"),
               t.documents.c.title.label("doc_title"), t.documents.c.url.label("doc_url"),
               t.documents.c.site.label("doc_site"),
               t.documents.c.location.label("doc_location"),
               t.documents.c.pub_date.label("doc_pub_date"))
        .join(t.sentences, t.sentences.c.id == table.c.sentence_id)
        .join(t.documents, t.documents.c.id == table.c.document_id)
    )
    return q, date_col


def _run(engine: Engine, q: Select, table: Any, date_col: Any, limit: int | None, offset: int,
         newest_first: bool) -> list[dict[str, Any]]:
    keys = [date_col, table.c.document_id, t.sentences.c.idx, table.c.start, table.c.id]
    if newest_first:  # undated last on both backends (their NULL orders differ)
        keys = [date_col.desc().nulls_last(), *(k.desc() for k in keys[1:])]
    q = q.order_by(*keys).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def _newest(engine: Engine, kind: str, table: Any, dyad: str, date_from: str | None,
            date_to: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """A dyad's newest figures or judgments: their ids from the sort keys the store keeps per
    pair (summaries.dyad_extracts), so the cost is the page, not the dyad's history."""
    from dyadwatch.store.summaries import newest_extract_ids

    with engine.connect() as conn:
        ids = newest_extract_ids(conn, kind, dyad, limit + offset, date_from, date_to)[offset:]
    if not ids:
        return []
    q, date_col = _base(table)
    return _run(engine, q.where(table.c.id.in_(ids)), table, date_col, None, 0, True)


def _figure_conditions(dyad: str | None, date_from: str | None, date_to: str | None,
                       event_id: str | None, measure: str | None, kind: str | None,
                       document_id: str | None, date_col: Any) -> list[Any]:
    conds = date_conditions(date_col, date_from, date_to)
    if dyad:
        conds.append(dyad_condition(t.figures, dyad))
    if event_id:
        conds.append(t.figures.c.event_id == event_id)
    if measure:
        conds.append(t.figures.c.measure == measure.lower())
    if kind:
        conds.append(t.figures.c.kind == kind.lower())
    if document_id:
        conds.append(t.figures.c.document_id == document_id)
    return conds


def list_figures(engine: Engine, dyad: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, event_id: str | None = None, *,
                 measure: str | None = None, kind: str | None = None,
                 document_id: str | None = None, limit: int | None = None,
                 offset: int = 0, newest_first: bool = False) -> list[dict[str, Any]]:
    """Figures with their sentence and document, oldest first (or newest first). `ref_date` is the figure's own
    date, else its document's publication date (what date filters compare)."""
    q, date_col = _base(t.figures)
    if dyad and newest_first and limit is not None and not (event_id or measure or kind
                                                           or document_id):
        return _newest(engine, "figure", t.figures, dyad, date_from, date_to, limit, offset)
    conds = _figure_conditions(dyad, date_from, date_to, event_id, measure, kind, document_id, date_col)
    return _run(engine, q.where(*conds), t.figures, date_col, limit, offset, newest_first)


def count_figures(engine: Engine, dyad: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, event_id: str | None = None, *,
                  measure: str | None = None, kind: str | None = None,
                  document_id: str | None = None) -> int:
    """How many figures `list_figures` would list without a limit."""
    return _count(engine, t.figures, lambda date_col: _figure_conditions(
        dyad, date_from, date_to, event_id, measure, kind, document_id, date_col))


def _count(engine: Engine, table: Any, conditions: Any) -> int:
    date_col = func.coalesce(table.c.date, t.documents.c.pub_date)
    q = (select(func.count()).select_from(
        table.join(t.documents, t.documents.c.id == table.c.document_id))
         .where(*conditions(date_col)))
    with engine.connect() as conn:
        return conn.execute(q).scalar_one()


def _judgment_conditions(dyad: str | None, date_from: str | None, date_to: str | None,
                         direction: str | None, kind: str | None, document_id: str | None,
                         date_col: Any) -> list[Any]:
    conds = date_conditions(date_col, date_from, date_to)
    if dyad:
        conds.append(dyad_condition(t.judgments, dyad))
    if direction:
        conds.append(t.judgments.c.direction == direction.lower())
    if kind:
        conds.append(t.judgments.c.kind == kind.lower())
    if document_id:
        conds.append(t.judgments.c.document_id == document_id)
    return conds


def list_judgments(engine: Engine, dyad: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, *, direction: str | None = None,
                   kind: str | None = None, document_id: str | None = None,
                   limit: int | None = None, offset: int = 0,
                   newest_first: bool = False) -> list[dict[str, Any]]:
    """Judgments with their sentence and document, oldest first (or newest first)."""
    q, date_col = _base(t.judgments)
    if dyad and newest_first and limit is not None and not (direction or kind or document_id):
        return _newest(engine, "judgment", t.judgments, dyad, date_from, date_to, limit, offset)
    conds = _judgment_conditions(dyad, date_from, date_to, direction, kind, document_id, date_col)
    return _run(engine, q.where(*conds), t.judgments, date_col, limit, offset, newest_first)


def count_judgments(engine: Engine, dyad: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, *, direction: str | None = None,
                    kind: str | None = None, document_id: str | None = None) -> int:
    """How many judgments `list_judgments` would list without a limit."""
    return _count(engine, t.judgments, lambda date_col: _judgment_conditions(
        dyad, date_from, date_to, direction, kind, document_id, date_col))
