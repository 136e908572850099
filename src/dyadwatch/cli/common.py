"""What every subcommand shares: the --db option, output formats, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from dyadwatch.errors import DyadwatchError

console = Console(stderr=True, highlight=False)

db_option = click.option(
    "--db", "db", envvar="DYADWATCH_DB", default=None, metavar="URL",
    help="Store: a SQLite path or URL, or postgresql://... [default: ./dyadwatch.db; env DYADWATCH_DB]",
)
dictionary_option = click.option(
    "--dictionary", "dictionaries", multiple=True, metavar="DIR",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of user dictionaries layered over the built-in ones (repeatable).",
)
model_option = click.option(
    "--model", "model_dir", envvar="DYADWATCH_MODEL", default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A classifier from `dyadwatch learn pentacode` that arbitrates event classes "
         "(optional extra `learned`) [env DYADWATCH_MODEL].",
)
format_option = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
    help="Output format.",
)


def run_cli(group: click.Group) -> int:
    """Run the CLI; turn our errors (and broken pipes) into one line and an exit status."""
    try:
        group.main(standalone_mode=False, prog_name="dyadwatch")
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except DyadwatchError as exc:
        click.echo(f"dyadwatch: error: {exc}", err=True)
        return 2
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130
    return 0


def emit_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None,
              *, title: str | None = None) -> None:
    """Print rows as a rich table, JSON lines, or CSV on stdout."""
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({c: r.get(c) for c in cols})
        click.echo(buf.getvalue(), nl=False)
    else:
        table = Table(title=title, show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
        Console(highlight=False).print(table)


def progress_iter(items: Iterable[Any], description: str, total: int | None = None,
                  enabled: bool = True) -> Iterable[Any]:
    """Wrap an iterable in a rich progress bar on stderr (hidden when not a terminal)."""
    if not enabled:
        yield from items
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                  transient=False) as progress:
        task = progress.add_task(description, total=total)
        for item in items:
            yield item
            progress.advance(task)
