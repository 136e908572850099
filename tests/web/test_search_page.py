"""The search page says what each hit is, and filters and sorts hits (real server)."""

from __future__ import annotations

import re

import httpx

from tests.web.conftest import Server


def _hits(html: str) -> list[tuple[str, str]]:
    """(kind label, publication date) of each hit, in page order."""
    items = re.findall(r'<li class="hit-\w+">(.*?)</li>', html, re.S)
    out = []
    for item in items:
        kind = re.search(r'<span class="kind kind-(\w+)">', item)
        day = re.search(r"(\d{4}-\d{2}-\d{2})", item)
        out.append((kind.group(1) if kind else "?", day.group(1) if day else ""))
    return out


def test_each_hit_says_what_it_is_and_types_filter(sqlite_server: Server) -> None:
    url = f"{sqlite_server.url}/search"
    every = _hits(httpx.get(url, params={"q": "Belarus"}, timeout=60).text)
    assert every and all(k in ("document", "event", "sentence") for k, _ in every)
    assert {"document", "event"} <= {k for k, _ in every}
    for kind in ("document", "event", "sentence"):
        page = httpx.get(url, params={"q": "Belarus", "type": kind}, timeout=60).text
        hits = _hits(page)
        assert hits, kind
        if kind == "sentence":
            assert {k for k, _ in hits} <= {"event", "sentence"}  # every sentence, events or not
        else:
            assert {k for k, _ in hits} == {kind}, kind
        assert f'<option value="{kind}" selected>' in page


def test_hits_sort_by_date(sqlite_server: Server) -> None:
    url = f"{sqlite_server.url}/search"
    newest = [d for _, d in _hits(httpx.get(url, params={"q": "Russia", "type": "event",
                                                          "sort": "newest"}, timeout=60).text)]
    oldest = [d for _, d in _hits(httpx.get(url, params={"q": "Russia", "type": "event",
                                                          "sort": "oldest"}, timeout=60).text)]
    assert len(newest) > 3 and all(newest)
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)
    assert newest[0] > oldest[0]
    # a bad type or sort is ignored, never an error
    assert httpx.get(url, params={"q": "Russia", "type": "x", "sort": "y"}, timeout=60).status_code == 200


def test_search_types_and_order_agree_on_both_backends(web_db: str) -> None:
    from dyadwatch.store import open_store
    from dyadwatch.store.search import search

    engine = open_store(web_db)
    every = search(engine, "Russia", limit=100)
    events = search(engine, "Russia", limit=100, kinds=("event",), order="newest")
    titles = search(engine, "Russia", limit=100, kinds=("document",), order="oldest")
    assert events["hits"] and all(h["kind"] == "sentence" and h["event_ids"] for h in events["hits"])
    assert events["sentences_total"] < every["sentences_total"] and events["documents_total"] == 0
    dates = [h["pub_date"] for h in events["hits"] if h["pub_date"]]
    assert dates == sorted(dates, reverse=True)
    assert titles["hits"] and all(h["kind"] == "document" for h in titles["hits"])
    assert titles["sentences_total"] == 0
    assert titles["total"] == every["documents_total"]
