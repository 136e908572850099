"""`dyadwatch recode`: code stored documents again."""

from __future__ import annotations

from pathlib import Path

import click

from dyadwatch.cli.common import db_option, dictionary_option, open_reading_store, say
from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import recode_run


@click.command()
@click.argument("doc_ids", nargs=-1)
@db_option
@dictionary_option
@click.option("--no-progress", is_flag=True, help="No progress bar.")
def recode(doc_ids: tuple[str, ...], db: str | None, dictionaries: tuple[Path, ...],
           no_progress: bool) -> None:
    """Code stored documents again, after extending the dictionaries or upgrading.

    Texts and sentences stay as stored; events, figures and judgments are replaced,
    one document per transaction, and clusters are rebuilt. Without DOC_IDS every
    document is recoded. Also codes documents ingested with --no-code.

    \b
    Example:
      dyadwatch recode --dictionary my-actors/
      dyadwatch recode 91ec574c3755d001 --db team.db
    """
    engine = open_reading_store(db)
    summary = recode_run(engine, PipelineOptions(dictionary_dirs=dictionaries),
                         ids=doc_ids or None, progress=not no_progress)
    for line in summary.errors:
        say(f"dyadwatch: {line}")
    click.echo(summary.line())
    if summary.errors:
        raise SystemExit(1)
