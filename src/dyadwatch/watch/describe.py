"""A source's state in plain words, for `sources list` and the Sources page."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from dyadwatch.store.sources import Source
from dyadwatch.watch.registry import format_every

# (pattern on the stored error, what it means to a reader); the stored error follows in brackets.
_PLAIN = [
    (re.compile(r"timed out"), "the site did not answer in time"),
    (re.compile(r"more than \d+ redirects"), "the address redirects in a loop"),
    (re.compile(r"HTTP 404"), "the page is not there any more (HTTP 404)"),
    (re.compile(r"HTTP 410"), "the page was removed (HTTP 410)"),
    (re.compile(r"HTTP 40[13]"), "the site refuses access (HTTP 401/403)"),
    (re.compile(r"HTTP 429"), "the site asks us to slow down (HTTP 429)"),
    (re.compile(r"HTTP 5\d\d"), "the site has an internal error"),
    (re.compile(r"disallowed by the site.s robots\.txt"), "the site's robots.txt does not allow it"),
    (re.compile(r"non-public address"), "a link pointed into a private network and was refused"),
    (re.compile(r"MiB limit"), "the answer is larger than the size limit"),
    (re.compile(r"not a readable (feed|sitemap|page)|binary|empty response"),
     "the answer is not a feed, sitemap or web page"),
    (re.compile(r"cannot fetch|Connect|connection|refused", re.I), "the site cannot be reached"),
]


def plain_error(error: str | None) -> str:
    if not error:
        return ""
    for pattern, words in _PLAIN:
        if pattern.search(error):
            return words
    return "the last poll failed"


def when(ts: float | None) -> str:
    if ts is None:
        return "never"
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def state_words(source: Source) -> str:
    """'ok', 'not polled yet', 'failing (3 times in a row): the site did not answer in time'."""
    if source.last_poll_at is None:
        return "not polled yet"
    if source.failures:
        times = "once" if source.failures == 1 else f"{source.failures} times in a row"
        return f"failing ({times}): {plain_error(source.last_error)}"
    return "ok" if source.last_status != "not modified" else "ok (not modified)"


def as_row(source: Source) -> dict[str, object]:
    return {
        "id": source.id, "name": source.name or "", "url": source.url, "kind": source.kind,
        "lang": source.lang or "", "every": format_every(source.every_s),
        "state": state_words(source), "last_success": when(source.last_success_at),
        "last_error": source.last_error or "", "last_error_at": when(source.last_error_at)
        if source.last_error_at else "", "next_poll": when(source.next_poll_at),
        "items_seen": source.items_seen, "documents": source.documents_stored,
    }
