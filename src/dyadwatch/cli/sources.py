"""`dyadwatch sources`: name the feeds, listing pages and sitemaps that `watch` follows."""

from __future__ import annotations

from pathlib import Path

import click

from dyadwatch.cli.common import db_option, emit_rows, format_option, open_reading_store

LANGS = ["en", "ru", "be", "uk", "pl", "de", "fr"]
KINDS = ["auto", "feed", "listing", "sitemap"]


@click.group()
def sources() -> None:
    """The sources `dyadwatch watch` polls, kept in the store (shared on PostgreSQL).

    \b
    Example:
      dyadwatch sources add https://jamestown.org/feed/ --every 30m
      dyadwatch sources import feeds.opml --every 1h
      dyadwatch sources list
    """


@sources.command()
@click.argument("url")
@db_option
@click.option("--every", default="1h", show_default=True, metavar="INTERVAL",
              help="How often to poll: 10s, 30m, 6h, 1d (a bare number is seconds).")
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help="Treat the source's documents as this language instead of detecting it.")
@click.option("--name", default=None, help="A name to show instead of the URL.")
@click.option("--kind", type=click.Choice(KINDS), default="auto", show_default=True,
              help="feed (RSS/Atom), listing (an HTML page of article links), sitemap; "
                   "auto decides on the first poll.")
def add(url: str, db: str | None, every: str, lang: str | None, name: str | None,
        kind: str) -> None:
    """Add a source (a feed, a listing page or a sitemap). Adding it again changes nothing.

    \b
    Example:
      dyadwatch sources add https://www.osw.waw.pl/en/rss.xml --every 6h --name OSW
      dyadwatch sources add https://example.org/topics/belarus --kind listing --lang ru
    """
    from dyadwatch.store import open_store
    from dyadwatch.watch.registry import add as add_source

    source, is_new = add_source(open_store(db), url, every=every, name=name, kind=kind, lang=lang)
    click.echo(f"{'added' if is_new else 'already followed'}: source {source.id} {source.url}",
               err=True)


@sources.command("list")
@db_option
@format_option
def list_(db: str | None, fmt: str) -> None:
    """Every source with its schedule and state: last success, last error, next poll, items.

    \b
    Example:
      dyadwatch sources list
      dyadwatch sources list --format jsonl | jq .state
    """
    from dyadwatch.store.sources import list_sources
    from dyadwatch.watch.describe import as_row

    rows = [as_row(s) for s in list_sources(open_reading_store(db))]
    cols = ["id", "name", "url", "kind", "every", "state", "last_success", "next_poll",
            "items_seen", "documents"] if fmt == "table" else None
    emit_rows(rows, fmt, cols or (list(rows[0]) if rows else ["id", "url"]), title="sources")


@sources.command()
@click.argument("source")
@db_option
def remove(source: str, db: str | None) -> None:
    """Stop following a source (by id or URL). Documents already stored stay.

    \b
    Example:
      dyadwatch sources remove 3
      dyadwatch sources remove https://example.org/feed.xml
    """
    from dyadwatch.store.sources import remove_source

    gone = remove_source(open_reading_store(db), source)
    click.echo(f"removed: source {gone.id} {gone.url}", err=True)


@sources.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--every", default="1h", show_default=True, metavar="INTERVAL",
              help="How often to poll each imported source.")
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help="Treat the sources' documents as this language.")
def import_(file: Path, db: str | None, every: str, lang: str | None) -> None:
    """Add the sources an OPML file (a feed reader's export) or a plain URL list names.

    \b
    Example:
      dyadwatch sources import subscriptions.opml --every 2h
      dyadwatch sources import urls.txt
    """
    from dyadwatch.store import open_store
    from dyadwatch.watch.registry import import_file

    added, known = import_file(open_store(db), file, every=every, lang=lang)
    click.echo(f"imported: {added} added, {known} already followed", err=True)
