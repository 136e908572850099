from __future__ import annotations

import pytest

from dyadwatch.watch.describe import plain_error


@pytest.mark.parametrize(("error", "words"), [
    ("timed out", "did not answer in time"),
    ("more than 5 redirects", "redirects in a loop"),
    ("HTTP 404 Not Found", "not there any more"),
    ("HTTP 503 Service Unavailable", "internal error"),
    ("http://x/robots.txt: disallowed by the site's robots.txt", "robots.txt does not allow"),
    ("cannot fetch: [Errno 111] Connection refused", "cannot be reached"),
    ("http://x/robots.txt: cannot fetch: [Errno 111] Connection refused", "cannot be reached"),
    ("not a readable feed: syntax error", "not a feed, sitemap or web page"),
    ("larger than the 20 MiB limit", "size limit"),
    ("something new", "the last poll failed"),
])
def test_errors_in_plain_words(error: str, words: str) -> None:
    assert words in plain_error(error)
