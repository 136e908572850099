"""What every subcommand shares: the --db option, output formats, one-line errors,
checked filter options and progress bars."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from dyadwatch.errors import DyadwatchError


@functools.cache
def stderr_console() -> Any:
    """rich's Console on stderr, made on first use: importing rich is a tenth of the start of a
    command that only prints a line (those use `say`)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def say(line: str) -> None:
    """One plain line on stderr (no rich markup: a path may hold brackets)."""
    click.echo(line, err=True)

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
         "(optional extra `learn`) [env DYADWATCH_MODEL].",
)
ROW_FORMATS = ("table", "json", "jsonl", "csv")


def format_option(fn: Callable[..., Any] | None = None, *, formats: Sequence[str] = ROW_FORMATS,
                  default: str | None = None) -> Any:
    """`--format` and `--nl`, as sqlite-utils has them: json is ONE JSON array, jsonl (or
    --nl) one JSON object a line. The command receives the chosen format as `fmt`."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def wrapper(*args: Any, nl: bool = False, **kwargs: Any) -> Any:
            if nl:
                if "jsonl" not in formats:
                    raise DyadwatchError("--nl: this command has no JSON-lines output")
                kwargs["fmt"] = "jsonl"
            return f(*args, **kwargs)

        wrapper = click.option("--nl", "nl", is_flag=True,
                               help="One JSON object a line (the same as --format jsonl).")(wrapper)
        return click.option("--format", "fmt", type=click.Choice(list(formats)),
                            default=default or formats[0], show_default=True,
                            help="Output format: json is one JSON array, jsonl one object a line."
                            )(wrapper)

    return decorate(fn) if fn is not None else decorate


def emit_json(value: Any, fmt: str) -> None:
    """One record as JSON: indented for `json`, on one line for `jsonl`."""
    if fmt == "jsonl":
        click.echo(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    else:
        click.echo(json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2, default=str))


def open_reading_store(db: str | None):  # type: ignore[no-untyped-def]
    """The store for a command that only reads: it must exist (one line if it does not);
    only `ingest`, `import` and `db init` create a store."""
    from dyadwatch.store import open_store

    return open_store(db, read_only=True)


def checked(validator: Callable[..., Any], *, many: bool = False) -> Callable[..., Any]:
    """A click callback running one of dyadwatch.store.validators on an option's value, so the
    CLI refuses what the API refuses, with the same line (exit 2)."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is None or (many and not value):
            return value
        name = param.opts[0] if param.opts else param.name
        return validator(value, name)

    return callback


@dataclass(frozen=True)
class Invocation:
    """What a command may know about how it was started (the root context's `obj`)."""
    own_process: bool = False  # the CLI is the process (not a test's runner): it may re-exec


def owns_process() -> bool:
    """Whether the running command owns its process (`dyadwatch ...`, not CliRunner)."""
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx is not None else None
    return isinstance(obj, Invocation) and obj.own_process


def run_cli(group: click.Group, args: Sequence[str] | None = None, *,
            own_process: bool = False) -> int:
    """Run the CLI; turn our errors (and broken pipes) into one line and an exit status.
    `own_process`: called as the program itself, so a long-running command may re-exec it."""
    try:
        group.main(args=list(args) if args is not None else None, standalone_mode=False,
                   prog_name="dyadwatch", obj=Invocation(own_process=own_process))
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
              *, title: str | None = None, table_columns: Sequence[str] | None = None,
              wrap: Sequence[str] = ()) -> None:
    """Print rows on stdout: one JSON array (json), one JSON object a line (jsonl), CSV, or a
    rich table of `table_columns` (default: `columns`) that fits the terminal, down to 80
    columns. Columns named in `wrap` fold their text; the others are cut
    with an ellipsis."""
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt == "json":
        items = [json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False, default=str) for r in rows]
        click.echo("[" + ",\n ".join(items) + "]")
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False, default=str))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({c: r.get(c) for c in cols})
        click.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        shown = list(table_columns) if table_columns else cols
        table = Table(title=title, box=None, pad_edge=False, show_lines=False)
        for c in shown:
            if c in wrap:
                table.add_column(c, overflow="fold", ratio=1, min_width=12)
            else:
                table.add_column(c, overflow="ellipsis", no_wrap=True)
        for r in rows:
            table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in shown))
        # rich sizes to the terminal, or to $COLUMNS (80 if unset) when piped
        Console(highlight=False).print(table)


def progress_iter(items: Iterable[Any], description: str, total: int | None = None,
                  enabled: bool = True,
                  counts: Callable[[], tuple[int, int]] | None = None) -> Iterable[Any]:
    """Wrap an iterable in a rich progress bar on stderr (nothing when not a terminal).

    With `counts` (documents done, documents failed so far), the bar also shows documents
    done, documents per second and failures, updated after each item."""
    console = stderr_console()
    if not enabled or not console.is_terminal:
        yield from items
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    class DocumentsColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            done, failed = task.fields.get("done", 0), task.fields.get("failed", 0)
            elapsed = task.elapsed or 0.0
            rate = f"{done / elapsed:.1f}" if elapsed > 0 else "-"
            return Text(f"{done} docs, {rate} docs/s, {failed} failed",
                        style="red" if failed else "")

    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                          MofNCompleteColumn()]
    if counts is not None:
        columns.append(DocumentsColumn())
    columns.append(TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(description, total=total, done=0, failed=0)
        for item in items:
            yield item
            if counts is not None:
                done, failed = counts()
                progress.update(task, done=done, failed=failed)
            progress.advance(task)
