"""`dyadwatch brief`, `feed`, `export` and `import`: parse options, call dyadwatch.outputs, write."""

from __future__ import annotations

from pathlib import Path

import click

from dyadwatch.cli.analysis import load, sectors_option, sectors_override, settings_option
from dyadwatch.cli.common import checked, db_option, open_reading_store, say
from dyadwatch.errors import DyadwatchError
from dyadwatch.store import validators as check

# One setting for where the dashboard is reached: `serve` uses it for the feed it answers,
# `feed` and `brief` for the links they write into files.
base_url_option = click.option(
    "--base-url", envvar="DYADWATCH_BASE_URL", default=None, metavar="URL",
    help="The address where `dyadwatch serve` is reached, e.g. https://dyadwatch.example.org "
         "[default: http://127.0.0.1:8000; env DYADWATCH_BASE_URL].")


def _write(text: str, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    p = Path(output)
    if not p.parent.is_dir():
        raise DyadwatchError(f"{p}: folder {p.parent} does not exist")
    p.write_text(text, encoding="utf-8")
    say(f"wrote {p}")


@click.command()
@db_option
@click.option("--dyad", required=True, metavar="AAA-BBB", callback=checked(check.dyad),
              help="The pair, e.g. BLR-RUS.")
@click.option("--week", required=True, metavar="YYYY-Www", callback=checked(check.week),
              help="ISO week, e.g. 2017-W40 (or a day in it).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("-o", "--output", metavar="FILE", default=None,
              help="Write here (the chart goes beside it as SVG); stdout if not given.")
@click.option("--png", is_flag=True, default=False,
              help="Also write the chart as PNG beside the output (draws with matplotlib, slower).")
@click.option("--rule", type=click.Choice(["trendfinder", "zscore"]), default=None,
              help="Verdict rule [default: settings, trendfinder].")
@click.option("--generated", metavar="TEXT", default=None,
              help="A generation date to print in the footer (none by default, so briefs reproduce).")
@base_url_option
@sectors_option
@settings_option
def brief(db: str | None, dyad: str, week: str, fmt: str, output: str | None, png: bool,
          rule: str | None,
          generated: str | None, base_url: str | None, include_sectors: str | None,
          settings_path: str | None) -> None:
    """A weekly brief: verdict and reasons, key events with quotes and links, what is
    planned or forecast, and the index chart with the week marked. Each event links to its
    page on the dashboard at --base-url.

    \b
    Example:
      dyadwatch brief --dyad BLR-RUS --week 2017-W40
      dyadwatch brief --dyad BLR-RUS --week 2017-W40 --format html -o out/brief.html
    """
    from dyadwatch.outputs.brief import render_brief
    from dyadwatch.outputs.feed import DEFAULT_BASE_URL

    chart_dir = Path(output).parent if output not in (None, "-") else None
    stem = Path(output).stem if chart_dir is not None else None
    text = render_brief(open_reading_store(db), dyad, week, fmt, chart_dir=chart_dir,
                        chart_stem=f"{stem}-index" if stem else None, generated=generated,
                        rule=rule,
                        settings=load(settings_path, extra=sectors_override(include_sectors)),
                        link_base=base_url or DEFAULT_BASE_URL, png=png)
    _write(text, output)


@click.command()
@db_option
@click.option("--dyad", required=True, metavar="AAA-BBB", callback=checked(check.dyad),
              help="The pair, e.g. BLR-RUS.")
@click.option("-o", "--output", metavar="FILE", default=None, help="Write here; stdout if not given.")
@base_url_option
@click.option("--rule", type=click.Choice(["trendfinder", "zscore"]), default=None)
@sectors_option
@settings_option
def feed(db: str | None, dyad: str, output: str | None, base_url: str | None, rule: str | None,
         include_sectors: str | None, settings_path: str | None) -> None:
    """An Atom feed of weekly briefs: one entry per week, stable ids, alerts flagged. Entries
    link to the briefs that `dyadwatch serve` publishes at --base-url.

    \b
    Example:
      dyadwatch feed --dyad BLR-RUS -o feed.atom --base-url https://dyadwatch.example.org
    """
    from dyadwatch.outputs.feed import DEFAULT_BASE_URL, render_feed

    if base_url is None and output not in (None, "-"):
        say(f"links point at {DEFAULT_BASE_URL} (`dyadwatch serve` on this machine); "
            f"give --base-url for the address others reach")
    _write(render_feed(open_reading_store(db), dyad, base_url=base_url or DEFAULT_BASE_URL,
                       rule=rule,
                       settings=load(settings_path, extra=sectors_override(include_sectors))),
           output)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True)
@click.option("--what", type=click.Choice(["events", "index", "all"]), default="events", show_default=True)
@click.option("-o", "--output", metavar="PATH", required=True,
              help="A file (csv, jsonl; - for stdout) or a folder (parquet, and --what all).")
@click.option("--dyad", default=None, metavar="AAA-BBB", callback=checked(check.dyad),
              help="Only this pair (both directions).")
@click.option("--from", "date_from", metavar="DATE",
              help="Events whose date overlaps this day, week (2020-W38), month or year onwards.")
@click.option("--to", "date_to", metavar="DATE",
              help="Events whose date overlaps up to the end of this day, week, month or year.")
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="week", show_default=True,
              help="Periods of the index export.")
@settings_option
def export(db: str | None, fmt: str, what: str, output: str, dyad: str | None,
           date_from: str | None, date_to: str | None, freq: str, settings_path: str | None) -> None:
    """Export events with provenance, or the index, as CSV, JSON lines or Parquet.

    Parquet goes to a folder partitioned by month (month=YYYY-MM/part-0.parquet), readable by
    DuckDB, pandas and Spark. The JSON-lines export of events is complete (documents,
    sentences, events, clusters): `dyadwatch import` restores it. Columns: docs/exports.md.

    \b
    Example:
      dyadwatch export --format csv -o events.csv
      dyadwatch export --format parquet --what all -o export/
      dyadwatch export --format jsonl -o backup.jsonl
    """
    from dyadwatch.outputs.export import export_events, export_index
    from dyadwatch.store.events import EventFilter

    check.date_range(date_from, date_to)
    engine = open_reading_store(db)
    filters = EventFilter(dyad=dyad, date_from=date_from, date_to=date_to)
    cfg = load(settings_path)
    dyads = [dyad] if dyad else None
    if what == "all":
        out = Path(output)
        out.mkdir(parents=True, exist_ok=True)
        ext = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ""}[fmt]
        n = export_events(engine, fmt, out / f"events{ext}", filters)
        m = export_index(engine, fmt, out / f"index{ext}", dyads=dyads, freq=freq, settings=cfg)
        say(f"{n} events and {m} index rows to {out}")
    elif what == "events":
        n = export_events(engine, fmt, output, filters)
        say(f"{n} events to {output}")
    else:
        m = export_index(engine, fmt, output, dyads=dyads, freq=freq, settings=cfg)
        say(f"{m} index rows to {output}")


@click.command("import")
@db_option
@click.argument("file", type=click.Path(dir_okay=False))
def import_(db: str | None, file: str) -> None:
    """Load a JSON-lines export (`dyadwatch export --format jsonl`) into the store.

    Documents already in the store are skipped, so importing twice changes nothing.

    \b
    Example:
      dyadwatch export --format jsonl -o backup.jsonl --db old.db
      dyadwatch import backup.jsonl --db new.db
    """
    from dyadwatch.outputs.export import import_jsonl
    from dyadwatch.store import open_store

    counts = import_jsonl(open_store(db), file)
    click.echo(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
