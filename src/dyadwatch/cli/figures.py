"""`dyadwatch figures` and `dyadwatch judgments`: the amounts and forecasts analysts cite."""

from __future__ import annotations

import click

from dyadwatch.cli.common import db_option, emit_rows, format_option
from dyadwatch.errors import DyadwatchError

FIGURE_TABLE = ("ref_date", "kind", "value", "value_max", "unit", "qualifier", "measure",
                "source", "target", "text", "doc_title")
FIGURE_FULL = ("id", "document_id", "sentence_id", "kind", "value", "value_max", "unit",
               "qualifier", "measure", "source", "target", "date", "date_granularity",
               "ref_date", "event_id", "text", "start", "end", "sentence", "doc_title",
               "doc_url", "doc_location", "doc_pub_date")
JUDGMENT_TABLE = ("ref_date", "source", "target", "direction", "kind", "hedge", "horizon",
                  "sentence")
JUDGMENT_FULL = ("id", "document_id", "sentence_id", "source", "target", "direction", "kind",
                 "hedge", "horizon", "cue", "date", "date_granularity", "ref_date", "start",
                 "end", "sentence", "doc_title", "doc_url", "doc_location", "doc_pub_date")


def _dyad(value: str | None) -> str | None:
    if value is None:
        return None
    from dyadwatch.store.events import parse_dyad

    try:
        a, b = parse_dyad(value)
    except ValueError as exc:
        raise DyadwatchError(str(exc)) from exc
    return f"{a}-{b}"


@click.command()
@db_option
@click.option("--dyad", metavar="A-B", help="Only figures between these two actors (either way), e.g. BLR-RUS.")
@click.option("--measure", metavar="NAME", help="Only this measure: loan, trade_share, debt, jobs, ...")
@click.option("--kind", type=click.Choice(["money", "percent", "count"]), help="Only this kind.")
@click.option("--from", "date_from", metavar="DATE", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--event", "event_id", metavar="ID", help="Only figures that belong to this event.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows.")
@format_option
def figures(db: str | None, dyad: str | None, measure: str | None, kind: str | None,
            date_from: str | None, date_to: str | None, event_id: str | None,
            limit: int | None, fmt: str) -> None:
    """List the figures found in stored documents: amounts, shares and counts.

    Each row is one figure with its value normalised to a number ("$1.5 billion" is
    1500000000, "45–50 per cent" is 45 to 50), its unit, what it measures, the actors it
    concerns and the sentence it comes from.

    \b
    Example:
      dyadwatch figures --dyad BLR-RUS --measure loan
      dyadwatch figures --kind percent --format csv > shares.csv
    """
    from dyadwatch.store import open_store
    from dyadwatch.store.figures import list_figures

    rows = list_figures(open_store(db), dyad=_dyad(dyad), date_from=date_from, date_to=date_to,
                        event_id=event_id, measure=measure, kind=kind, limit=limit)
    emit_rows(rows, fmt, FIGURE_TABLE if fmt == "table" else FIGURE_FULL, title="figures")


@click.command()
@db_option
@click.option("--dyad", metavar="A-B", help="Only judgments about these two actors, e.g. BLR-RUS.")
@click.option("--direction", type=click.Choice(["better", "worse", "stable"]), help="Only this direction.")
@click.option("--kind", type=click.Choice(["forecast", "assessment"]), help="Only forecasts or assessments.")
@click.option("--from", "date_from", metavar="DATE", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows.")
@format_option
def judgments(db: str | None, dyad: str | None, direction: str | None, kind: str | None,
              date_from: str | None, date_to: str | None, limit: int | None, fmt: str) -> None:
    """List analysts' judgments about a dyad: where relations are going, when, how surely.

    Each row is one sentence that assesses or forecasts relations: its direction (better,
    worse, stable), horizon ("in the coming weeks"), hedge ("likely", "cannot be ruled out"),
    the two actors, and the document's date.

    \b
    Example:
      dyadwatch judgments --dyad BLR-RUS
      dyadwatch judgments --direction worse --from 2021-01 --format json
    """
    from dyadwatch.store import open_store
    from dyadwatch.store.figures import list_judgments

    rows = list_judgments(open_store(db), dyad=_dyad(dyad), date_from=date_from, date_to=date_to,
                          direction=direction, kind=kind, limit=limit)
    emit_rows(rows, fmt, JUDGMENT_TABLE if fmt == "table" else JUDGMENT_FULL, title="judgments")
