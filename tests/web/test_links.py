"""Every page, brief and feed of the demo-like store, crawled through a real `dyadwatch serve`:
every link they carry leads somewhere (no 404, no server error)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx
import pytest

from tests.web.conftest import Server

MAX_URLS = 4000  # far above what the store yields; reaching it means links multiply
ATOM = "{http://www.w3.org/2005/Atom}"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("href", "src", "action"):
            if a.get(name):
                self.links.append(str(a[name]))


def links_of(response: httpx.Response) -> list[str]:
    kind = response.headers.get("content-type", "")
    if "atom+xml" in kind:
        root = ET.fromstring(response.content)
        return [el.attrib["href"] for el in root.iter(f"{ATOM}link")]
    if "text/html" in kind:
        parser = _Links()
        parser.feed(response.text)
        return parser.links
    return []


def test_every_link_of_every_page_brief_and_feed_resolves(sqlite_server: Server) -> None:
    base = sqlite_server.url
    seen: dict[str, int] = {}
    referrer: dict[str, str] = {}
    queue = deque(["/", "/feed.atom?dyad=BLR-RUS", "/brief/BLR-RUS"])
    kinds = {"brief": 0, "feed": 0, "event": 0, "document": 0, "dyad": 0}
    with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as client:
        while queue and len(seen) < MAX_URLS:
            path = queue.popleft()
            if path in seen:
                continue
            r = client.get(path)
            seen[path] = r.status_code
            assert r.status_code < 400, f"{path} (linked from {referrer.get(path, 'start')}): {r.status_code}"
            for kind in kinds:
                if path.startswith((f"/{kind}/", f"/{kind}.")):
                    kinds[kind] += 1
            for link in links_of(r):
                url = urldefrag(urljoin(base + path, link))[0]
                if not url.startswith(base + "/"):
                    assert urlsplit(url).scheme in ("http", "https"), f"{path} links to {link!r}"
                    continue  # a source's own website: not ours to check
                rel = url[len(base):]
                if rel not in seen:
                    referrer.setdefault(rel, path)
                    queue.append(rel)
    assert len(seen) < MAX_URLS, "the crawl did not end: links multiply"
    assert all(kinds.values()), kinds  # briefs, feeds, events, documents and dyads were reached
    # the weeks of briefs follow each other: each served brief links to its neighbours
    briefs = sorted(p for p in seen if p.startswith("/brief/BLR-RUS/"))
    assert len(briefs) > 3


def test_feed_links_follow_base_url_and_point_at_served_briefs(
        sqlite_web_db: str, sqlite_server: Server, tmp_path_factory: pytest.TempPathFactory) -> None:
    public = "https://dyadwatch.example.org/watch"
    srv = Server(sqlite_web_db, logs=tmp_path_factory.mktemp("serve-public"),
                 args=("--base-url", public + "/"))
    try:
        feed = httpx.get(f"{srv.url}/feed.atom", params={"dyad": "BLR-RUS"}, timeout=60)
    finally:
        srv.stop()
    assert feed.status_code == 200
    root = ET.fromstring(feed.content)
    self_links = [el.attrib["href"] for el in root.findall(f"{ATOM}link") if el.attrib["rel"] == "self"]
    assert self_links == [f"{public}/feed.atom?dyad=BLR-RUS"]
    entry_links = [el.attrib["href"] for el in root.iter(f"{ATOM}link")
                   if el.attrib["rel"] == "alternate"]
    assert entry_links and all(h.startswith(public + "/brief/BLR-RUS") for h in entry_links)
    # the same paths answer on the server itself, and old /briefs/ links are redirected
    for href in entry_links[:5]:
        path = href[len(public):]
        assert httpx.get(sqlite_server.url + path, timeout=60).status_code == 200, path
        old = path.replace("/brief/", "/briefs/", 1)
        r = httpx.get(sqlite_server.url + old, timeout=60, follow_redirects=False)
        assert r.status_code == 301 and r.headers["location"] == path


def test_served_brief_links_to_its_neighbour_weeks_and_event_pages(sqlite_server: Server) -> None:
    import re

    listing = httpx.get(f"{sqlite_server.url}/brief/BLR-RUS", timeout=60).text
    weeks = sorted(set(re.findall(r'href="/brief/BLR-RUS/(\d{4}-W\d{2})"', listing)))
    assert len(weeks) >= 3
    middle = weeks[len(weeks) // 2]
    page = httpx.get(f"{sqlite_server.url}/brief/BLR-RUS/{middle}", timeout=60).text
    before, after = weeks[weeks.index(middle) - 1], weeks[weeks.index(middle) + 1]
    assert f'rel="prev" href="/brief/BLR-RUS/{before}"' in page
    assert f'rel="next" href="/brief/BLR-RUS/{after}"' in page
    assert 'class="event-page" href="/event/' in page
    first = httpx.get(f"{sqlite_server.url}/brief/BLR-RUS/{weeks[0]}", timeout=60).text
    assert 'rel="prev"' not in first and 'rel="next"' in first
