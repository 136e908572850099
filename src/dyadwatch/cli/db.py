"""`dyadwatch db`: create or upgrade the store, check it, count its rows."""

from __future__ import annotations

import click

from dyadwatch.cli.common import db_option, emit_rows, open_reading_store
from dyadwatch.store import open_store
from dyadwatch.store.documents import count_rows


@click.group()
def db() -> None:
    """Manage the store.

    \b
    Example:
      dyadwatch db init --db team.db
      dyadwatch db stats
    """


@db.command()
@db_option
def init(db: str | None) -> None:
    """Create the store or bring it to the newest schema.

    \b
    Example:
      dyadwatch db init --db postgresql://user@localhost/dyadwatch
    """
    open_store(db)
    click.echo("store is at the newest schema")


@db.command()
@db_option
def stats(db: str | None) -> None:
    """Count the rows of every table.

    \b
    Example:
      dyadwatch db stats --db dyadwatch.db
    """
    counts = count_rows(open_reading_store(db))
    emit_rows([{"table": k, "rows": v} for k, v in counts.items()], "table")
