"""What the dashboard says agrees with the store: the period covered, the index chart's data,
sparklines, date inputs, and which actors the index counts (real server, real store)."""

from __future__ import annotations

import json
import re
import sqlite3

import httpx

from dyadwatch.analysis.index import compute_index
from dyadwatch.store import open_store
from dyadwatch.web.queries import _spark_series
from tests.web.conftest import Server


def _chart_data(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S)
    assert block
    return json.loads(block.group(1))


def test_period_covered_ends_with_the_last_document(sqlite_web_db: str, tmp_path) -> None:
    db = tmp_path / "ahead.db"
    with sqlite3.connect(sqlite_web_db) as src, sqlite3.connect(db) as conn:
        src.backup(conn)
        first_pub, last_pub = conn.execute("select min(pub_date), max(pub_date) from documents").fetchone()
        # a plan dated ahead of every document (the sample corpus need not hold one)
        year = str(int(last_pub[:4]) + 1)
        conn.execute("update events set event_date = ?, date = ?, date_granularity = 'year' where id = "
                     "(select min(id) from events where status = 'planned' and source <> target)", (year, year))
        last_event = conn.execute("select max(event_date) from events").fetchone()[0]
    assert last_event > last_pub  # the store has events dated ahead (plans, forecasts)
    server = Server(str(db), logs=tmp_path)
    try:
        status = httpx.get(f"{server.url}/api/v1/status", timeout=60).json()
        assert (status["first_date"], status["last_date"]) == (first_pub, last_pub)
        overview = httpx.get(f"{server.url}/", timeout=60).text
    finally:
        server.stop()
    assert f"{first_pub} – {last_pub}" in overview
    # no dyad's "last" date is later than the last document either
    dates = re.findall(r'<td class="mono">(\d{4}(?:-\d\d){0,2})</td>', overview)
    assert dates and max(dates) <= last_pub


def test_sparkline_of_a_dyad_last_seen_long_ago_ends_flat() -> None:
    counts = {"2015-12": 3, "2016-01": 5}
    series = _spark_series(counts, end="2021-11")
    assert len(series) == 24 and series[-1] == 0 and not any(series)  # years before: flat
    recent = _spark_series({"2021-10": 2, "2021-11": 1}, end="2021-11")
    assert recent[-2:] == [2, 1]


def test_index_chart_plots_the_verdicts_scale_with_gaps(sqlite_web_db: str, sqlite_server: Server) -> None:
    html = httpx.get(f"{sqlite_server.url}/dyad/BLR-RUS", params={"freq": "month"}, timeout=60).text
    data = _chart_data(html)
    rows = compute_index(open_store(sqlite_web_db), "BLR-RUS", "month")
    assert data["period"] == [r["period"] for r in rows]
    assert data["scale_range"] == [-9, 9]
    for value, r in zip(data["scale"], rows, strict=True):
        if r["grade"] is None:  # no counted event: a gap, not a zero
            assert value is None
        else:
            assert value == r["scale"] and -9 <= value <= 9
    assert None in data["scale"] and any(v is not None for v in data["scale"])


def test_date_inputs_are_iso_text_and_sectors_are_stated(sqlite_server: Server) -> None:
    html = httpx.get(f"{sqlite_server.url}/dyad/BLR-RUS", params={"from": "2020-08"}, timeout=60).text
    assert 'type="date"' not in html
    assert re.search(r'<input type="text" name="from"[^>]*placeholder="YYYY-MM-DD"[^>]*value="2020-08"', html)
    sectors = re.search(r'<p class="small" id="sectors">(.*?)</p>', html, re.S)
    assert sectors and "state actors" in sectors.group(1)


def test_one_outlet_is_shown_under_one_name(sqlite_web_db: str, sqlite_server: Server) -> None:
    """The demo corpus has Baltic-Eurasia Wire's pages ("Baltic-Eurasia Wire") and its feed's
    items (host name "baltic-eurasia-wire.example"): one outlet, one name, one filter."""
    with sqlite3.connect(sqlite_web_db) as conn:
        stored = dict(conn.execute("select site, count(*) from documents where site in "
                                   "('Baltic-Eurasia Wire', 'baltic-eurasia-wire.example') group by site"))
    assert len(stored) == 2  # the store holds both names
    documents = httpx.get(f"{sqlite_server.url}/documents", timeout=60).text
    assert "baltic-eurasia-wire.example</a>" not in documents
    listed = httpx.get(f"{sqlite_server.url}/documents", params={"site": "Baltic-Eurasia Wire"},
                       timeout=60).text
    assert f"{sum(stored.values())} in the record" in listed
    dyad = httpx.get(f"{sqlite_server.url}/dyad/BLR-RUS", timeout=60).text
    menu = re.search(r'<select name="site" id="f-site">(.*?)</select>', dyad, re.S).group(1)
    assert "Baltic-Eurasia Wire" in menu and "baltic-eurasia-wire.example" not in menu
    assert ">Minsk Policy Monitor (" in menu and "Минский монитор политики" not in menu
