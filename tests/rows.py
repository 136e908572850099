"""Every row of a store, in a stable order, for "same rows" comparisons across runs/backends."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from dyadwatch.store import open_store
from dyadwatch.store import schema as t

# Columns that legitimately differ between two runs over the same input.
VOLATILE = {"ingested_at"}


def _norm(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 9)
    return value


def store_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """{table: sorted rows} for every table of the schema, without volatile columns."""
    engine = open_store(url)
    out: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with engine.connect() as conn:
            for name, table in sorted(t.metadata.tables.items()):
                cols = [c for c in table.c if c.name not in VOLATILE]
                q = select(*cols)
                if name == "store_meta":  # the generation counts writes: volatile
                    q = q.where(table.c.key != "generation")
                rows = conn.execute(q).all()
                out[name] = sorted((tuple(_norm(v) for v in r) for r in rows),
                                   key=lambda r: tuple((v is None, str(v)) for v in r))
    finally:
        engine.dispose()
    return out
