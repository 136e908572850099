"""`dyadwatch events`: list stored events with filters."""

from __future__ import annotations

import click

from dyadwatch.cli.common import checked, db_option, emit_rows, format_option, open_reading_store
from dyadwatch.store import validators as check

# One line an event in 80 columns; json, jsonl and csv have every field, the sentence too
# (dyadwatch.store.events.EVENT_FIELDS).
TABLE_COLUMNS = ("event_id", "event_date", "actors", "type", "status", "trigger")


@click.command("events")
@db_option
@click.option("--dyad", default=None, metavar="A-B", callback=checked(check.dyad),
              help="Both directions between two actors, e.g. BLR-RUS.")
@click.option("--directed", is_flag=True, help="With --dyad: only A -> B.")
@click.option("--actor", default=None, callback=checked(check.actor),
              help="Events where this actor is source or target.")
@click.option("--from", "date_from", default=None, metavar="DATE",
              help="Events whose date overlaps this day, ISO week, month or year onwards "
                   "(2020-09-14, 2020-W38, 2020-09, 2020).")
@click.option("--to", "date_to", default=None, metavar="DATE",
              help="Events whose date overlaps up to the end of this day, week, month or year.")
@click.option("--type", "types", multiple=True, callback=checked(check.event_types, many=True),
              help="PLOVER type (repeatable or comma-separated), e.g. CONSULT.")
@click.option("--status", "statuses", multiple=True, callback=checked(check.statuses, many=True),
              help="occurred/planned/forecast/denied/hypothetical (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows first.")
@click.option("--oldest-first", is_flag=True, help="Oldest first (the default is newest first).")
@format_option
def events(db: str | None, dyad: str | None, directed: bool, actor: str | None, date_from: str | None,
           date_to: str | None, types: tuple[str, ...], statuses: tuple[str, ...], limit: int | None,
           offset: int, oldest_first: bool, fmt: str) -> None:
    """List coded events from the store, newest first, each with the sentence that states it.

    An event dated only by month or year is an interval: `--from 2020-09-14` includes an
    event dated 2020-09, and so does `--to 2020-09-01` (the dates overlap). json, jsonl and
    csv carry every field (docs/exports.md), the sentence too; the table shows one line an
    event.

    \b
    Example:
      dyadwatch events --dyad BLR-RUS --from 2021-01 --to 2021-03 --type CONSULT
      dyadwatch events --status denied --format json
      dyadwatch events --dyad BLR-RUS --from 2017-W40 --to 2017-W40 --nl
    """
    from dyadwatch.errors import DyadwatchError
    from dyadwatch.store.events import EVENT_FIELDS, EventFilter, event_record, query_events

    if directed and not dyad:
        raise DyadwatchError("--directed: give --dyad A-B too")
    check.date_range(date_from, date_to)
    engine = open_reading_store(db)
    f = EventFilter(dyad=dyad, directed=directed, actor=actor, date_from=date_from, date_to=date_to,
                    types=types, statuses=statuses)
    rows = [event_record(r) for r in query_events(engine, f, limit=limit, offset=offset,
                                                  newest_first=not oldest_first)]
    for r in rows:
        r["actors"] = f"{r['source'] or '?'}>{r['target'] or '?'}"
    emit_rows(rows, fmt, EVENT_FIELDS, title=f"{len(rows)} events", table_columns=TABLE_COLUMNS)
