"""Reading a whole table in pages, in the order its rows are stored.

A backfill that pages a big table by its primary key (a hash id) visits the table's pages at
random: on a store larger than memory, hours of disk. SQLite's rowid is the order the rows
were written in, so pages by rowid read the file in turn. PostgreSQL has no stable equivalent
(a row's ctid moves when it is updated), so there the pages follow the primary key.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select, Table, literal_column


def stored_order_key(conn: Connection, table: Table) -> Any:
    """The column that reads `table` in its stored order on this connection's database."""
    if conn.dialect.name == "sqlite":
        return literal_column(f"{table.name}.rowid")
    (key,) = table.primary_key.columns  # a single-column primary key
    return key


def pages_in_stored_order(conn: Connection, table: Table, query: Select,
                          size: int) -> Iterator[list[dict[str, Any]]]:
    """`query`'s rows (a select from `table`), `size` at a time, in `table`'s stored order
    (keyset pages: each page starts after the last key of the one before)."""
    key = stored_order_key(conn, table)
    q = query.add_columns(key.label("_stored_order")).order_by(key).limit(size)
    last: Any = None
    while True:
        page = [dict(r._mapping) for r in
                conn.execute(q if last is None else q.where(key > last))]
        if not page:
            return
        last = page[-1]["_stored_order"]
        for r in page:
            del r["_stored_order"]
        yield page
