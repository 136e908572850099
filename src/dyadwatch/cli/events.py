"""`dyadwatch events`: list stored events with filters."""

from __future__ import annotations

import click

from dyadwatch.cli.common import db_option, emit_rows, format_option

COLUMNS = ("event_date", "source", "target", "type", "cameo", "status", "goldstein", "trigger", "sentence",
           "doc_title", "doc_url")


@click.command("events")
@db_option
@click.option("--dyad", default=None, metavar="A-B", help="Both directions between two actors, e.g. BLR-RUS.")
@click.option("--directed", is_flag=True, help="With --dyad: only A -> B.")
@click.option("--actor", default=None, help="Events where this actor is source or target.")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Earliest event date (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Latest event date (YYYY[-MM[-DD]]).")
@click.option("--type", "types", multiple=True, help="PLOVER type (repeatable), e.g. CONSULT.")
@click.option("--status", "statuses", multiple=True, help="occurred/planned/forecast/denied/hypothetical (repeatable).")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@format_option
def events(db: str | None, dyad: str | None, directed: bool, actor: str | None, date_from: str | None,
           date_to: str | None, types: tuple[str, ...], statuses: tuple[str, ...], limit: int | None,
           fmt: str) -> None:
    """List coded events from the store, each with the sentence that states it.

    \b
    Example:
      dyadwatch events --dyad BLR-RUS --from 2021-01 --to 2021-03 --type CONSULT
      dyadwatch events --status denied --format json
    """
    from dyadwatch.errors import InputError
    from dyadwatch.model import EVENT_STATUSES, PLOVER_TYPES
    from dyadwatch.store.db import open_store
    from dyadwatch.store.events import EventFilter, parse_dyad, query_events

    if dyad:
        try:
            parse_dyad(dyad)
        except ValueError as exc:
            raise InputError("--dyad", str(exc)) from exc
    for t in types:
        if t.upper() not in PLOVER_TYPES:
            raise InputError("--type", f"unknown type {t!r} (one of {', '.join(PLOVER_TYPES)})")
    for s in statuses:
        if s.lower() not in EVENT_STATUSES:
            raise InputError("--status", f"unknown status {s!r} (one of {', '.join(EVENT_STATUSES)})")
    engine = open_store(db)
    f = EventFilter(dyad=dyad, directed=directed, actor=actor, date_from=date_from, date_to=date_to,
                    types=tuple(types), statuses=tuple(statuses))
    rows = query_events(engine, f, limit=limit)
    cols = [c for c in COLUMNS if not rows or c in rows[0]]
    emit_rows(rows, fmt, cols, title=f"{len(rows)} events")
