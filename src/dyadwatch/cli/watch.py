"""`dyadwatch watch`: keep the store current by polling the sources on their schedules."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from dyadwatch.cli.common import (
    db_option,
    dictionary_option,
    emit_rows,
    format_option,
    open_reading_store,
    owns_process,
)


def watch_options(func):  # type: ignore[no-untyped-def]
    """The options `watch` and `serve --watch` share."""
    options = [
        click.option("--dyad", "dyads", multiple=True, metavar="AAA-BBB",
                     help="Follow this dyad: alert when a week's verdict changes or its index "
                          "moves more than --threshold (repeatable)."),
        click.option("--threshold", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Index move (scale points, -9..+9) that raises an alert."),
        click.option("--webhook", default=None, metavar="URL", envvar="DYADWATCH_WEBHOOK",
                     help="POST each alert as JSON to this URL [env DYADWATCH_WEBHOOK]."),
        click.option("--smtp", default=None, metavar="HOST[:PORT]", envvar="DYADWATCH_SMTP",
                     help="Send each alert by e-mail through this SMTP server [env DYADWATCH_SMTP]."),
        click.option("--mail-to", "mail_to", multiple=True, metavar="ADDRESS",
                     help="Recipient of alert e-mails (repeatable)."),
        click.option("--mail-from", "mail_from", default="dyadwatch@localhost", show_default=True),
        click.option("--host-delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     metavar="SECONDS", help="Least time between two requests to one host."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=None, metavar="SECONDS",
                     envvar="DYADWATCH_HTTP_TIMEOUT",
                     help="HTTP connect/read timeout (a whole download: 4x) "
                          "[default: 10 s connect, 30 s read]."),
        click.option("--no-code", is_flag=True, help="Store documents without coding events."),
        dictionary_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def use_c_allocator() -> None:
    """Re-exec once with PYTHONMALLOC=malloc (a long-running watcher's memory stays flat)."""
    from dyadwatch.watch.memory import use_c_allocator as reexec

    reexec()


def configure_logging(quiet: bool) -> None:
    """One line per poll at INFO on stderr (warnings only with --quiet); httpx's own request
    lines stay out, the poll line already says what happened."""
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # a migration's chatter at start


def watcher_kwargs(dyads: tuple[str, ...], threshold: float, webhook: str | None,
                   smtp: str | None, mail_to: tuple[str, ...], mail_from: str,
                   host_delay: float, timeout: float | None,
                   base_url: str | None = None) -> dict[str, object]:
    """The Watcher's settings from the watch options; `base_url` is where alerts' brief links
    point (serve's --base-url, else the server's own address)."""
    from dyadwatch.watch.alerts import AlertSettings, SmtpSettings

    if timeout is not None:
        from dyadwatch.ingest.sources import set_http_timeout

        set_http_timeout(timeout)
    smtp_settings = None
    if smtp:
        host, _, port = smtp.rpartition(":") if ":" in smtp else (smtp, "", "25")
        if not port.isdigit():
            raise click.BadParameter(f"{smtp}: use HOST or HOST:PORT", param_hint="--smtp")
        if not mail_to:
            raise click.BadParameter("--smtp needs at least one --mail-to", param_hint="--mail-to")
        smtp_settings = SmtpSettings(host=host, port=int(port), sender=mail_from,
                                     recipients=tuple(mail_to))
    links = {"base_url": base_url} if base_url else {}
    return {"alerts": AlertSettings(dyads=dyads, index_threshold=threshold, webhook=webhook,
                                    smtp=smtp_settings, **links),
            "host_delay_s": host_delay}


@click.command()
@db_option
@watch_options
@click.option("--cycles", type=click.IntRange(min=1), default=None, metavar="N",
              help="Stop after N poll cycles (default: run until stopped).")
@click.option("--until", "until_s", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Stop after this many seconds.")
@click.option("--quiet", is_flag=True, help="Log only failures, not one line per poll.")
def watch(db: str | None, dyads: tuple[str, ...], threshold: float, webhook: str | None,
          smtp: str | None, mail_to: tuple[str, ...], mail_from: str, host_delay: float,
          timeout: float | None, no_code: bool, dictionaries: tuple[Path, ...],
          cycles: int | None, until_s: float | None, quiet: bool) -> None:
    """Poll every source on its schedule (conditional GET, robots.txt, per-host delay,
    back-off on failures) and store new items through the ingest pipeline. Runs until
    stopped: SIGTERM or Ctrl+C finish the current document first.

    \b
    Example:
      dyadwatch sources add https://example.org/feed.xml --every 30m
      dyadwatch watch --dyad BLR-RUS --webhook https://hooks.example.org/dyadwatch
      dyadwatch watch --cycles 1 --quiet     # one pass, e.g. from cron
    """
    if owns_process():
        use_c_allocator()  # runs for months: see watch/memory.py
    import time

    from dyadwatch.pipeline import PipelineOptions
    from dyadwatch.store import open_store
    from dyadwatch.watch.loop import Watcher, install_stop_signals

    configure_logging(quiet)
    kwargs = watcher_kwargs(dyads, threshold, webhook, smtp, mail_to, mail_from, host_delay,
                            timeout)
    engine = open_store(db)
    options = PipelineOptions(dictionary_dirs=tuple(dictionaries), code_events=not no_code,
                              extras=not no_code)
    watcher = Watcher(engine, options, **kwargs)  # type: ignore[arg-type]
    install_stop_signals(watcher.stop)
    summary = watcher.run(cycles=cycles,
                          until=None if until_s is None else time.time() + until_s)
    click.echo(summary.line(), err=True)


@click.command()
@db_option
@click.option("--dyad", default=None, metavar="AAA-BBB", help="Only this dyad's alerts.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@format_option
def alerts(db: str | None, dyad: str | None, limit: int, fmt: str) -> None:
    """The alerts the watcher raised (newest first), with each channel's delivery state:
    sent, pending (retried by the next cycle), failed, skipped (channel no longer set),
    or empty (not configured when raised).

    \b
    Example:
      dyadwatch alerts --dyad BLR-RUS
      dyadwatch alerts --format jsonl | jq .summary
    """
    from datetime import UTC, datetime

    from dyadwatch.watch.alerts import recent_alerts

    rows = [{"id": r["id"], "raised": datetime.fromtimestamp(r["created_at"], UTC)
             .strftime("%Y-%m-%d %H:%M:%SZ"), "dyad": r["dyad"], "week": r["period"],
             "kind": r["kind"], "summary": r["summary"].split(": ", 1)[-1], "link": r["link"],
             "webhook": r["webhook_state"] or "", "mail": r["mail_state"] or "",
             "last_error": r["last_error"] or ""}
            for r in recent_alerts(open_reading_store(db), dyad, limit)]
    cols = ["raised", "dyad", "week", "kind", "summary", "webhook", "mail"]
    emit_rows(rows, fmt, cols if fmt == "table" else (list(rows[0]) if rows else cols),
              title="alerts")
