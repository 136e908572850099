"""Naming sources: schedules such as `30m`, and importing OPML or plain URL lists.

The store keeps the sources (store.sources); this module turns what a user writes into the
values it stores, with one clear error naming what is wrong.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from dyadwatch.ingest.sources import is_url, read_limited
from dyadwatch.store.sources import Source, SourceError, add_source

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_EVERY_S = 1
MAX_EVERY_S = 30 * 86400
DEFAULT_EVERY = "1h"


def parse_every(text: str) -> int:
    """'10s', '30m', '6h', '1d' (a bare number is seconds) -> seconds."""
    m = _EVERY.match(text or "")
    if not m:
        raise SourceError(f"{text!r}: not a schedule (use e.g. 10s, 30m, 6h or 1d)")
    seconds = int(round(float(m.group(1)) * _UNIT_SECONDS[(m.group(2) or "s").lower()]))
    if not MIN_EVERY_S <= seconds <= MAX_EVERY_S:
        raise SourceError(f"{text!r}: a schedule must be between 1s and 30d")
    return seconds


def format_every(seconds: int) -> str:
    for unit in ("d", "h", "m"):
        if seconds % _UNIT_SECONDS[unit] == 0:
            return f"{seconds // _UNIT_SECONDS[unit]}{unit}"
    return f"{seconds}s"


def check_source_url(url: str) -> str:
    url = url.strip()
    if not is_url(url):
        raise SourceError(f"{url}: not an http(s) URL")
    return url


def add(engine: Engine, url: str, *, every: str = DEFAULT_EVERY, name: str | None = None,
        kind: str = "auto", lang: str | None = None) -> tuple[Source, bool]:
    return add_source(engine, check_source_url(url), every_s=parse_every(every), now=time.time(),
                      name=name, kind=kind, lang=lang)


@dataclass(frozen=True)
class Subscription:
    url: str
    name: str | None = None


def read_subscriptions(path: Path) -> list[Subscription]:
    """The feeds an OPML file names (outline xmlUrl, any depth), or the URLs of a plain list."""
    data = read_limited(path)
    head = data[:1024].lstrip().lower()
    if head.startswith(b"<?xml") or b"<opml" in head:
        return _opml(data, str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"{path}: neither OPML nor a UTF-8 list of URLs") from None
    subs: list[Subscription] = []
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise SourceError(f"{path}:{n}: not an http(s) URL: {line[:80]}")
        subs.append(Subscription(line))
    if not subs:
        raise SourceError(f"{path}: no URLs in the file")
    return subs


def _opml(data: bytes, location: str) -> list[Subscription]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"{location}: not readable OPML: {exc}") from None
    subs = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url and is_url(url):
            subs.append(Subscription(url, outline.get("title") or outline.get("text")))
    if not subs:
        raise SourceError(f"{location}: the OPML file names no feeds (outline xmlUrl)")
    return subs


def import_file(engine: Engine, path: Path, *, every: str = DEFAULT_EVERY,
                lang: str | None = None) -> tuple[int, int]:
    """Add every source the file names; (added, already there)."""
    every_s = parse_every(every)
    added = known = 0
    now = time.time()
    for sub in read_subscriptions(path):
        _src, is_new = add_source(engine, sub.url, every_s=every_s, now=now, name=sub.name,
                                  lang=lang)
        added += is_new
        known += not is_new
    return added, known
