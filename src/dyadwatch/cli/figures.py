"""`dyadwatch figures` and `dyadwatch judgments`: the amounts and forecasts analysts cite."""

from __future__ import annotations

import click

from dyadwatch.cli.common import checked, db_option, emit_rows, format_option, open_reading_store
from dyadwatch.store import validators as check

# What fits 80 columns; json, jsonl and csv have every field.
FIGURE_TABLE = ("ref_date", "source", "target", "measure", "value", "unit", "text")
FIGURE_FULL = ("id", "document_id", "sentence_id", "kind", "value", "value_max", "unit",
               "qualifier", "measure", "source", "target", "date", "date_granularity",
               "ref_date", "event_id", "text", "start", "end", "sentence", "doc_title",
               "doc_url", "doc_location", "doc_pub_date")
JUDGMENT_TABLE = ("ref_date", "source", "target", "direction", "kind", "sentence")
JUDGMENT_FULL = ("id", "document_id", "sentence_id", "source", "target", "direction", "kind",
                 "hedge", "horizon", "cue", "date", "date_granularity", "ref_date", "start",
                 "end", "sentence", "doc_title", "doc_url", "doc_location", "doc_pub_date")


dyad_option = click.option("--dyad", metavar="A-B", callback=checked(check.dyad),
                           help="Only those between these two actors (either way), e.g. BLR-RUS.")
from_option = click.option("--from", "date_from", metavar="DATE",
                           help="From this day, ISO week, month or year (2021-01, 2021-W02).")
to_option = click.option("--to", "date_to", metavar="DATE",
                         help="Up to the end of this day, week, month or year.")
limit_option = click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows.")
oldest_option = click.option("--oldest-first", is_flag=True, help="Oldest first (the default is newest first).")


@click.command()
@db_option
@dyad_option
@click.option("--measure", metavar="NAME", help="Only this measure: loan, trade_share, debt, jobs, ...")
@click.option("--kind", type=click.Choice(["money", "percent", "count"]), help="Only this kind.")
@from_option
@to_option
@click.option("--event", "event_id", metavar="ID", help="Only figures that belong to this event.")
@limit_option
@oldest_option
@format_option
def figures(db: str | None, dyad: str | None, measure: str | None, kind: str | None,
            date_from: str | None, date_to: str | None, event_id: str | None,
            limit: int | None, oldest_first: bool, fmt: str) -> None:
    """List the figures found in stored documents (newest first): amounts, shares and counts.

    Each row is one figure with its value normalised to a number ("$1.5 billion" is
    1500000000, "45–50 per cent" is 45 to 50), its unit, what it measures, the actors it
    concerns and the sentence it comes from.

    \b
    Example:
      dyadwatch figures --dyad BLR-RUS --measure loan
      dyadwatch figures --kind percent --format csv > shares.csv
    """
    from dyadwatch.store.figures import list_figures

    check.date_range(date_from, date_to)
    rows = list_figures(open_reading_store(db), dyad=dyad, date_from=date_from, date_to=date_to,
                        event_id=event_id, measure=measure, kind=kind, limit=limit,
                        newest_first=not oldest_first)
    emit_rows(rows, fmt, FIGURE_FULL, title=f"{len(rows)} figures", table_columns=FIGURE_TABLE,
              wrap=("text",))


@click.command()
@db_option
@dyad_option
@click.option("--direction", type=click.Choice(["better", "worse", "stable"]), help="Only this direction.")
@click.option("--kind", type=click.Choice(["forecast", "assessment"]), help="Only forecasts or assessments.")
@from_option
@to_option
@limit_option
@oldest_option
@format_option
def judgments(db: str | None, dyad: str | None, direction: str | None, kind: str | None,
              date_from: str | None, date_to: str | None, limit: int | None, oldest_first: bool,
              fmt: str) -> None:
    """List analysts' judgments about a dyad (newest first): where relations are going, when,
    how surely.

    Each row is one sentence that assesses or forecasts relations: its direction (better,
    worse, stable), horizon ("in the coming weeks"), hedge ("likely", "cannot be ruled out"),
    the two actors, and the document's date.

    \b
    Example:
      dyadwatch judgments --dyad BLR-RUS
      dyadwatch judgments --direction worse --from 2021-01 --format json
    """
    from dyadwatch.store.figures import list_judgments

    check.date_range(date_from, date_to)
    rows = list_judgments(open_reading_store(db), dyad=dyad, date_from=date_from, date_to=date_to,
                          direction=direction, kind=kind, limit=limit, newest_first=not oldest_first)
    emit_rows(rows, fmt, JUDGMENT_FULL, title=f"{len(rows)} judgments", table_columns=JUDGMENT_TABLE,
              wrap=("sentence",))
