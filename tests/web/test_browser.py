"""End to end in Debian's Chromium (Playwright, never `playwright install`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ARTIFACTS
from tests.web.conftest import XSS_SCRIPT, Server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(sqlite_server: Server) -> Server:
    """Browser tests use the SQLite store only; the API tests cover both backends."""
    return sqlite_server


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is needed in CI (apt-get install chromium)")
        pytest.skip("no /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server: Server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]

    def on_dialog(d) -> None:  # type: ignore[no-untyped-def]
        pg.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    # Nothing may leave the machine: note any request that is not to our server.
    outside: list[str] = []
    pg.on("request", lambda r: None if r.url.startswith((server.url, "data:", "blob:"))
          else outside.append(r.url))
    yield pg
    context.close()
    assert not outside, f"requests left the machine: {outside}"


def test_dyad_page_chart_filter_event_and_screenshot(page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server.url}/dyad/BLR-RUS")
    page.wait_for_selector("#chart svg.main-svg", timeout=30_000)
    assert page.locator("#chart .barlayer .point").count() > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1500})
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "dyad-page.png"))

    rows_before = page.locator("tr.ev-row").count()
    count_before = page.locator("#timeline-count").inner_text()
    types_before = set(page.locator("tr.ev-row .type").all_inner_texts())
    assert rows_before > 1 and len(types_before) > 1
    with page.expect_navigation():
        page.select_option("#f-type", "ACCUSE")  # the menu submits itself
    types_after = set(page.locator("tr.ev-row .type").all_inner_texts())
    assert types_after == {"ACCUSE"}
    assert page.locator("#timeline-count").inner_text() != count_before
    assert "type=ACCUSE" in page.url

    first = page.locator("tr.ev-row a.ev-link").first
    with page.expect_navigation():
        first.click()
    assert "/event/" in page.url
    trigger = page.locator("#evidence mark.hl-trigger")
    assert trigger.count() == 1 and trigger.inner_text().strip()
    assert "accus" in trigger.inner_text().lower() or "critic" in trigger.inner_text().lower()
    assert page.locator("#evidence mark.hl-source").count() == 1
    assert not page.dialogs and not page.errors


def test_dyad_chart_plots_the_index_on_a_fixed_axis_with_zero(page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server.url}/dyad/BLR-RUS?freq=month")
    page.wait_for_selector("#chart svg.main-svg", timeout=30_000)
    ticks = page.eval_on_selector_all("#chart g.y2tick text", "els => els.map(e => e.textContent)")
    assert ticks == ["−9", "−6", "−3", "0", "+3", "+6", "+9"]
    assert page.locator("#chart .zerolinelayer path.y2zl").count() == 1  # the index's zero line
    names = page.eval_on_selector_all("#chart .legend .legendtext", "els => els.map(e => e.textContent)")
    assert "Index (−9…+9)" in names and "Net cooperation" not in names
    # the ISO date inputs keep what is typed, in ISO form
    page.fill("#f-from", "2020-08-01")
    assert page.input_value("#f-from") == "2020-08-01"
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1100})
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "dyad-page-index-chart.png"))
    assert not page.errors


def test_search_finds_a_phrase(page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server.url}/")
    page.fill(".topsearch input[name=q]", '"dairy import bans"')
    with page.expect_navigation():
        page.press(".topsearch input[name=q]", "Enter")
    hits = page.locator("ol.hits li")
    assert hits.count() == 1
    marked = [m.lower() for m in page.locator("ol.hits mark.hit").all_inner_texts()]
    assert marked == ["dairy", "import", "bans"] or marked == ["dairy import bans"]
    assert "leverage" in hits.first.inner_text()


def test_hostile_document_is_inert_on_every_page(page, server: Server) -> None:  # type: ignore[no-untyped-def]
    items = httpx.get(f"{server.url}/api/v1/events", params={"dyad": "BLR-RUS", "limit": 1000},
                      timeout=30).json()["items"]
    ev = next(i for i in items if XSS_SCRIPT in (i["doc_title"] or ""))
    paths = ["/", "/dyad/BLR-RUS", "/documents", f"/event/{ev['event_id']}",
             f"/document/{ev['document_id']}", "/search?q=hostile", "/search?q=alert",
             "/search?q=" + XSS_SCRIPT, f"/dyad/BLR-RUS?site={XSS_SCRIPT}"]
    if httpx.get(f"{server.url}/brief/BLR-RUS/2017-W40", timeout=60).status_code == 200:
        paths += ["/brief/BLR-RUS", "/brief/BLR-RUS/2017-W40"]  # the hostile document's week
    for path in paths:
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(200)
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        bad = [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
        assert not bad, f"{path}: {bad}"
        # The payload shows as text, never as an element.
        assert page.locator("img[src=x]").count() == 0, path
        scripts = page.eval_on_selector_all("script", "els => els.map(e => e.src || e.type)")
        assert all(s.startswith(server.url) or s == "application/json" for s in scripts), (path, scripts)
    assert page.dialogs == [], page.dialogs
    assert page.errors == [], page.errors
    page.goto(f"{server.url}/document/{ev['document_id']}")
    assert XSS_SCRIPT in page.locator("h1").inner_text()  # shown, as text
