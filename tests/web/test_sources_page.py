"""The Sources page of a real `dyadwatch serve`: every source, its state, errors in plain words,
hostile text escaped; and `serve --watch` polls beside the dashboard."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyadwatch.store import open_store
from dyadwatch.store.sources import PollOutcome, add_source, list_sources, record_poll
from tests.watch.sites import local_site
from tests.web.conftest import XSS_IMG, XSS_SCRIPT, Server
from tests.web.test_browser import ARGS, CHROMIUM


@pytest.fixture(scope="module")
def sources_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server on a store with one healthy source and one failing, both with hostile text."""
    db = str(tmp_path_factory.mktemp("sources") / "web.db")
    engine = open_store(db)
    ok, _ = add_source(engine, "https://ok.example.org/feed.xml", every_s=1800, now=time.time(),
                       name=f"Good {XSS_SCRIPT}")
    bad, _ = add_source(engine, f"https://bad.example.org/feed?{XSS_IMG}", every_s=600,
                        now=time.time())
    now = time.time()
    record_poll(engine, ok.id, PollOutcome(status="ok", polled_at=now, next_poll_at=now + 1800,
                                           failures=0))
    record_poll(engine, bad.id, PollOutcome(status="failed", polled_at=now, next_poll_at=now + 1200,
                                            failures=3, error=f"timed out {XSS_SCRIPT}"))
    engine.dispose()
    server = Server(db)
    yield server
    server.stop()


def test_sources_page_shows_state_and_plain_errors_escaped(sources_server: Server) -> None:
    home = httpx.get(sources_server.url + "/", timeout=30).text
    assert 'href="/sources"' in home
    resp = httpx.get(sources_server.url + "/sources", timeout=30)
    assert resp.status_code == 200
    page = resp.text
    assert "2 followed, 1 failing" in page
    assert "failing (3 times in a row): the site did not answer in time" in page
    assert "30m" in page and "10m" in page
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert "&lt;script&gt;" in page


@pytest.mark.browser
def test_sources_page_in_chromium_shows_hostile_text_as_text(sources_server: Server) -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is needed in CI (apt-get install chromium)")
        pytest.skip("no /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(sources_server.url + "/sources")
            page.wait_for_load_state("load")
            rows = page.locator("#sources tbody tr")
            assert rows.count() == 2
            assert XSS_SCRIPT in rows.nth(0).inner_text()  # shown, as text
            assert page.locator("img[src=x]").count() == 0
            assert "failing" in rows.nth(1).get_attribute("class")
            assert dialogs == []
        finally:
            browser.close()


def test_serve_watch_polls_sources_beside_the_dashboard(tmp_path: Path) -> None:
    db = str(tmp_path / "serve-watch.db")
    with local_site() as site:
        site.feeds["/etag-feed.xml"] = [[1]]
        engine = open_store(db)
        add_source(engine, site.base + "/etag-feed.xml", every_s=3600, now=time.time())
        server = Server(db, args=("--watch", "--host-delay", "0"))
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                [source] = list_sources(engine)
                if source.last_poll_at is not None:
                    break
                time.sleep(0.3)
            assert source.last_status == "ok" and source.documents_stored == 1
            page = httpx.get(server.url + "/sources", timeout=30).text
            assert site.base + "/etag-feed.xml" in page and ">ok<" in page.replace("\n", "")
        finally:
            server.stop()
        assert "Traceback" not in server.output()
