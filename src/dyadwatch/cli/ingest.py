"""`dyadwatch ingest`: read files, folders, feeds and URLs into the store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dyadwatch.cli.common import checked, db_option, dictionary_option
from dyadwatch.store import validators as check


def _ingest_language(value: str, argument: str) -> str:
    return check.language(value, argument, check.INGEST_LANGUAGES)



@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="PATH_OR_URL...")
@db_option
@click.option("--lang", default=None, callback=checked(_ingest_language),
              metavar="[" + "|".join(check.INGEST_LANGUAGES) + "]",
              help="Treat every document as this language instead of detecting it.")
@dictionary_option
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Process documents in N local worker processes (Dask).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Process documents on a running Dask scheduler.")
@click.option("--no-code", is_flag=True,
              help="Only clean, split and store documents; do not code events, figures or judgments.")
@click.option("--timeout", "timeout", type=click.FloatRange(min=0.1), default=None, metavar="SECONDS",
              envvar="DYADWATCH_HTTP_TIMEOUT",
              help="HTTP connect/read timeout; a whole download may take 4x this. "
                   "[default: 10 s connect, 30 s read; env DYADWATCH_HTTP_TIMEOUT]")
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
def ingest(targets: tuple[str, ...], db: str | None, lang: str | None,
           dictionaries: tuple[Path, ...], workers: int | None, scheduler: str | None,
           no_code: bool, timeout: float | None, no_progress: bool) -> None:
    """Read documents, clean them, code their events, and store them.

    PATH_OR_URL is a file (.html, .htm, .txt, .md), a folder (read recursively), an
    RSS/Atom feed (file or URL), a text file listing URLs (one a line), or an http(s) URL.
    Files and downloads over 20 MiB are refused. Re-ingesting content already in the store adds nothing. A file that fails is reported
    on one line and the rest go on; the exit status is 1 if any failed.

    \b
    Example:
      dyadwatch ingest examples/corpus
      dyadwatch ingest ../shared/corpus/seeds --db seeds.db --no-progress
      dyadwatch ingest https://example.org/feed.xml --lang en
    """
    from dyadwatch.pipeline import PipelineOptions
    from dyadwatch.runner import ingest_run
    from dyadwatch.store import open_store

    if timeout is not None:
        from dyadwatch.ingest.sources import set_http_timeout

        set_http_timeout(timeout)
    engine = open_store(db)
    options = PipelineOptions(dictionary_dirs=tuple(dictionaries), lang=lang,
                              code_events=not no_code, extras=not no_code)
    summary = ingest_run(list(targets), engine, options, workers=workers, scheduler=scheduler,
                         progress=not no_progress and sys.stderr.isatty())
    for line in summary.errors:
        click.echo(f"dyadwatch: {line}", err=True)
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)
