"""The JSON API against a real `dyadwatch serve` process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest

from dyadwatch.store import open_store
from tests.web.conftest import XSS_SCRIPT, Server

SQL_INJECTIONS = ["'; DROP TABLE events; --", "' OR '1'='1", '" OR 1=1 --', "1; SELECT * FROM documents",
                  "BLR' --", "%' UNION SELECT id FROM documents --", "\\x00", "NEAR(a b)"]


def test_status_counts_the_store(client: httpx.Client) -> None:
    body = client.get("/api/v1/status").json()
    assert body["documents"] >= 7 and body["events"] >= 11


def test_events_filters_match_the_cli(client: httpx.Client) -> None:
    all_ = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "limit": 1000}).json()
    assert all_["total"] >= 11 and len(all_["items"]) == all_["total"]
    assert all({i["source"], i["target"]} == {"BLR", "RUS"} for i in all_["items"])
    accuse = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "type": "ACCUSE"}).json()
    assert accuse["total"] >= 3 and {i["type"] for i in accuse["items"]} == {"ACCUSE"}
    both = client.get("/api/v1/events", params=[("dyad", "BLR-RUS"), ("type", "ACCUSE"),
                                                ("type", "SANCTION")]).json()
    comma = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "type": "ACCUSE,SANCTION"}).json()
    sanction = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "type": "SANCTION"}).json()
    assert sanction["total"] >= 1
    assert both["total"] == comma["total"] == accuse["total"] + sanction["total"]
    planned = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "status": "planned"}).json()
    assert {i["status"] for i in planned["items"]} == {"planned"}
    site = client.get("/api/v1/events", params={"site": "analysis.example.com"}).json()
    assert {i["doc_site"] for i in site["items"]} == {"analysis.example.com"}
    dated = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "from": "2017-10-01",
                                                 "to": "2017-10-07"}).json()
    assert dated["total"] >= 3
    # dates compare as intervals: an event dated 2017-10 (or 2017) overlaps the week
    assert all(("2017-10-01" <= i["event_date"] or "2017-10-01".startswith(i["event_date"]))
               and i["event_date"] <= "2017-10-07" for i in dated["items"])
    assert any(len(i["event_date"]) == 10 for i in dated["items"])
    directed = client.get("/api/v1/events", params={"dyad": "RUS-BLR", "directed": "true"}).json()
    assert {(i["source"], i["target"]) for i in directed["items"]} == {("RUS", "BLR")}


def test_pagination_and_caps(client: httpx.Client) -> None:
    first = client.get("/api/v1/events", params={"limit": 3, "offset": 0}).json()
    second = client.get("/api/v1/events", params={"limit": 3, "offset": 3}).json()
    assert len(first["items"]) == 3 and first["total"] == second["total"]
    assert {i["event_id"] for i in first["items"]}.isdisjoint({i["event_id"] for i in second["items"]})
    assert client.get("/api/v1/events", params={"limit": 100_000}).status_code == 422
    assert client.get("/api/v1/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/v1/search", params={"q": "x" * 500}).status_code == 422
    assert client.get("/api/v1/events?site=" + "a" * 5000).status_code == 414
    assert client.get("/api/v1/events", params={"from": "yesterday"}).status_code == 422
    assert client.get("/api/v1/events", params={"dyad": "BLR"}).status_code == 422
    # PostgreSQL refuses NUL in text: both backends answer 422, never a 500.
    for path, params in (("/api/v1/events", {"site": "a\x00b"}), ("/api/v1/documents", {"site": "\x00"}),
                         ("/api/v1/search", {"q": "gas\x00"}), ("/api/v1/documents/ab%00cd", {}),
                         ("/search", {"q": "\x00"})):
        assert client.get(path, params=params).status_code == 422, (path, params)


def test_csv_download_of_any_event_list(client: httpx.Client) -> None:
    r = client.get("/api/v1/events.csv", params={"dyad": "BLR-RUS", "type": "ACCUSE"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    js = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "type": "ACCUSE"}).json()
    assert [row["event_id"] for row in rows] == [i["event_id"] for i in js["items"]]
    assert all(row["sentence"] for row in rows)
    same = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "type": "ACCUSE", "format": "csv"})
    assert same.text == r.text


def test_event_and_document_records(client: httpx.Client) -> None:
    items = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "type": "AGREE"}).json()["items"]
    ev = client.get(f"/api/v1/events/{items[0]['event_id']}").json()
    assert ev["sentence"][ev["start"]:ev["end"]] == ev["trigger"]
    doc = client.get(f"/api/v1/documents/{ev['document_id']}").json()
    assert doc["text"][ev["doc_start"]:ev["doc_end"]] == ev["trigger"]
    assert any(e["event_id"] == ev["event_id"] for e in doc["events"]) and doc["sentences"]
    assert client.get("/api/v1/events/doesnotexist").status_code == 404
    assert client.get("/api/v1/documents/doesnotexist").status_code == 404
    docs = client.get("/api/v1/documents", params={"limit": 2}).json()
    assert docs["total"] >= 7 and len(docs["items"]) == 2 and "text" not in docs["items"][0]


def test_search_api_marks_hits(client: httpx.Client) -> None:
    res = client.get("/api/v1/search", params={"q": "gas price"}).json()
    assert res["total"] >= 1
    hit = res["items"][0]
    assert {p[0].lower() for p in hit["parts"] if p[1]} <= {"gas", "price", "prices"}
    phrase = client.get("/api/v1/search", params={"q": '"dairy import bans"'}).json()
    assert phrase["sentences_total"] == 1


@pytest.mark.parametrize("bad", SQL_INJECTIONS)
def test_injection_strings_return_normally(client: httpx.Client, bad: str) -> None:
    assert client.get("/api/v1/search", params={"q": bad}).status_code == 200
    assert client.get("/api/v1/events", params={"site": bad}).json()["total"] == 0
    assert client.get("/api/v1/events", params={"type": bad}).status_code == 422  # not a type
    assert client.get("/api/v1/documents", params={"site": bad}).status_code == 200
    assert client.get("/search", params={"q": bad}).status_code == 200
    assert client.get("/dyad/BLR-RUS", params={"type": bad, "site": bad, "from": bad}).status_code == 200
    assert client.get("/api/v1/status").json()["events"] >= 11  # nothing dropped


def test_analysis_routes(client: httpx.Client) -> None:
    pytest.importorskip("dyadwatch.analysis.index")
    rows = client.get("/api/v1/index", params={"dyad": "BLR-RUS", "freq": "week"}).json()["items"]
    assert rows and sum(r["events"] for r in rows) >= 10
    assert [r["period"] for r in rows] == sorted(r["period"] for r in rows)  # a series: oldest first
    pytest.importorskip("dyadwatch.analysis.verdict")
    verdicts = client.get("/api/v1/verdicts", params={"dyad": "BLR-RUS"}).json()["items"]
    assert verdicts and all(v["direction"] for v in verdicts)


def test_read_only_without_token(client: httpx.Client) -> None:
    assert client.post("/api/v1/clusters/rebuild").status_code in (404, 405)
    schema = client.get("/api/v1/openapi.json").json()
    assert all(set(m) <= {"get"} for m in schema["paths"].values())


def test_write_route_needs_the_token(web_db: str, tmp_path: Path) -> None:
    srv = Server(web_db, token="s3cret-token", logs=tmp_path)
    try:
        with httpx.Client(base_url=srv.url, timeout=60) as c:
            assert c.post("/api/v1/clusters/rebuild").status_code == 401
            assert c.post("/api/v1/clusters/rebuild",
                          headers={"Authorization": "Bearer wrong"}).status_code == 401
            big = c.post("/api/v1/clusters/rebuild", content=b"x" * 200_000,
                         headers={"Authorization": "Bearer s3cret-token"})
            assert big.status_code == 413
            ok = c.post("/api/v1/clusters/rebuild", headers={"Authorization": "Bearer s3cret-token"})
            pytest.importorskip("dyadwatch.analysis.clusters")
            assert ok.status_code == 200 and ok.json()["clusters"] >= 1
    finally:
        srv.stop()


def test_security_headers_and_local_bind(client: httpx.Client, server: Server) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    script_src = [d for d in csp.split(";") if d.strip().startswith("script-src")][0]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "127.0.0.1" in server.url
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/style.css/../../app.py",
                 "/static/schema.py", "/static/../../store/schema.py"):
        assert client.get(path).status_code == 404, path


def test_every_page_escapes_document_text(client: httpx.Client) -> None:
    items = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "limit": 1000}).json()["items"]
    hostile = [i for i in items if XSS_SCRIPT in (i["doc_title"] or "")]
    assert hostile
    ev = hostile[0]
    pages = ["/", "/dyad/BLR-RUS", "/documents", f"/event/{ev['event_id']}",
             f"/document/{ev['document_id']}", "/search?q=hostile", "/search?q=alert",
             "/search?q=" + XSS_SCRIPT, "/dyad/BLR-RUS?site=" + XSS_SCRIPT]
    for page in pages:
        r = client.get(page)
        assert r.status_code == 200, page
        html = r.text
        assert XSS_SCRIPT not in html and "<img src=x" not in html, page
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), page
        assert 'href="javascript:' not in html.lower() and 'href="data:' not in html.lower(), page
        assert "<script>" not in html, page


SAME_ON_BOTH = [
    ("/api/v1/events", {"limit": 1000}),
    ("/api/v1/events", {"dyad": "BLR-RUS", "type": "ACCUSE,SANCTION"}),
    ("/api/v1/events", {"site": "analysis.example.com", "limit": 3, "offset": 2}),
    ("/api/v1/events.csv", {"dyad": "BLR-RUS"}),
    ("/api/v1/documents", {"limit": 1000}),
    ("/api/v1/clusters", {}),
    ("/api/v1/index", {"dyad": "BLR-RUS", "freq": "week"}),
    ("/api/v1/verdicts", {"dyad": "BLR-RUS"}),
]


def _without_clock(body: object) -> object:
    """The body less `ingested_at`: each store was filled at its own time."""
    if isinstance(body, dict):
        return {k: _without_clock(v) for k, v in body.items() if k != "ingested_at"}
    if isinstance(body, list):
        return [_without_clock(v) for v in body]
    return body


@pytest.mark.parametrize(("path", "params"), SAME_ON_BOTH)
def test_postgresql_answers_exactly_as_sqlite(client: httpx.Client, sqlite_server: Server,
                                               path: str, params: dict[str, object]) -> None:
    """Same store, same request: the same body, order included, on either backend.

    Search is left out: each backend ranks and stems with its own full-text engine (FTS5,
    tsvector); test_search_api_marks_hits holds both to the same assertions."""
    mine = client.get(path, params=params)
    ref = httpx.get(sqlite_server.url + path, params=params, timeout=60)
    assert mine.status_code == ref.status_code
    if ref.headers["content-type"].startswith("application/json"):
        a, b = _without_clock(mine.json()), _without_clock(ref.json())
        items_a, items_b = (a.get("items", a), b.get("items", b)) if isinstance(a, dict) else (a, b)
        for i, (x, y) in enumerate(zip(items_a, items_b, strict=False)):  # name the first difference
            if x != y:
                keys = sorted(k for k in x if x.get(k) != y.get(k)) if isinstance(x, dict) else []
                raise AssertionError(f"item {i} differs in {keys}: {x} != {y}")
        assert a == b
    else:
        assert mine.text == ref.text


def test_api_root_lists_its_routes(client: httpx.Client) -> None:
    body = client.get("/api/v1").json()
    paths = {r["path"] for r in body["routes"]}
    assert {"/api/v1/events", "/api/v1/figures", "/api/v1/judgments", "/api/v1/briefs",
            "/api/v1/briefs/{dyad}/{week}", "/api/v1/index", "/api/v1/search"} <= paths
    assert body["openapi"] == "/api/v1/openapi.json"
    assert all(client.get(p).status_code != 404 for p in paths if "{" not in p and p.endswith(
        ("/status", "/documents", "/events", "/clusters", "/figures", "/judgments")))


LISTS = [("/api/v1/events", {}), ("/api/v1/documents", {}), ("/api/v1/clusters", {}),
         ("/api/v1/figures", {}), ("/api/v1/judgments", {}), ("/api/v1/search", {"q": "gas"}),
         ("/api/v1/index", {"dyad": "BLR-RUS"}), ("/api/v1/verdicts", {"dyad": "BLR-RUS"}),
         ("/api/v1/briefs", {"dyad": "BLR-RUS"})]


@pytest.mark.parametrize(("path", "params"), LISTS)
def test_every_list_has_one_envelope_and_next_walks_it(client: httpx.Client, path: str,
                                                       params: dict[str, str]) -> None:
    first = client.get(path, params={**params, "limit": 2})
    assert first.status_code == 200, first.text
    body = first.json()
    assert set(body) >= {"items", "total", "limit", "offset", "next"}
    assert body["limit"] == 2 and body["offset"] == 0 and len(body["items"]) == min(2, body["total"])
    seen, url = [], path + "?" + str(httpx.QueryParams({**params, "limit": 2}))
    while url:
        page = client.get(url).json()
        seen += page["items"]
        url = page["next"]
    assert len(seen) == body["total"]


def test_lists_are_newest_first(client: httpx.Client) -> None:
    events = client.get("/api/v1/events", params={"limit": 1000}).json()["items"]
    dates = [e["event_date"] for e in events if e["event_date"]]
    assert dates == sorted(dates, reverse=True)
    for path in ("/api/v1/clusters", "/api/v1/figures", "/api/v1/judgments"):
        items = client.get(path, params={"limit": 1000}).json()["items"]
        key = "event_date" if path.endswith("clusters") else "ref_date"
        got = [i[key] for i in items if i[key]]
        assert got == sorted(got, reverse=True), path


def test_csv_honours_limit_and_offset(client: httpx.Client) -> None:
    js = client.get("/api/v1/events", params={"limit": 4, "offset": 2}).json()["items"]
    for path, params in (("/api/v1/events.csv", {"limit": 4, "offset": 2}),
                         ("/api/v1/events", {"limit": 4, "offset": 2, "format": "csv"})):
        rows = list(csv.DictReader(io.StringIO(client.get(path, params=params).text)))
        assert [r["event_id"] for r in rows] == [i["event_id"] for i in js], path
    whole = list(csv.DictReader(io.StringIO(client.get("/api/v1/events.csv").text)))
    assert len(whole) == client.get("/api/v1/events").json()["total"]


def test_event_rows_use_the_cli_and_export_vocabulary(client: httpx.Client) -> None:
    from dyadwatch.outputs.export import EVENT_COLUMNS
    from dyadwatch.store.events import EVENT_FIELDS

    item = client.get("/api/v1/events", params={"limit": 1}).json()["items"][0]
    assert list(item) == list(EVENT_FIELDS) == EVENT_COLUMNS[:len(EVENT_FIELDS)]
    header = client.get("/api/v1/events.csv", params={"limit": 1}).text.splitlines()[0]
    assert header.split(",") == list(EVENT_FIELDS)


def test_refusals_name_the_parameter_and_the_choices(client: httpx.Client) -> None:
    from dyadwatch.store import validators as check

    cases = [({"dyad": "BLR-RUX"}, check.dyad, ("BLR-RUX", "dyad")),
             ({"actor": "RUX"}, check.actor, ("RUX", "actor")),
             ({"type": "PARTY"}, check.event_types, (["PARTY"], "type")),
             ({"status": "maybe"}, check.statuses, (["maybe"], "status")),
             ({"from": "2020-13"}, check.date_interval, ("2020-13", "from")),
             ({"to": "2020-02-30"}, check.date_interval, ("2020-02-30", "to"))]
    for params, fn, args in cases:
        r = client.get("/api/v1/events", params=params)
        assert r.status_code == 422, params
        with pytest.raises(check.InvalidValue) as err:
            fn(*args)
        assert r.json()["detail"] == str(err.value)  # the line the CLI prints
    assert "valid: ABW" in client.get("/api/v1/index", params={"dyad": "XXX-RUS"}).json()["detail"]
    assert client.get("/api/v1/figures", params={"dyad": "BLR-RUX"}).status_code == 422
    assert client.get("/api/v1/briefs/BLR-RUS/2017-W60").status_code == 422


def test_week_month_and_day_forms_alike(client: httpx.Client) -> None:
    def ids(params: dict[str, str]) -> list[str]:
        r = client.get("/api/v1/events", params={"dyad": "BLR-RUS", "limit": 1000, **params})
        assert r.status_code == 200, r.text
        return [i["event_id"] for i in r.json()["items"]]

    week = ids({"from": "2017-W40", "to": "2017-W40"})
    assert week and week == ids({"from": "2017-10-02", "to": "2017-10-08"})
    assert set(week) <= set(ids({"from": "2017-10", "to": "2017-10"}))
    assert client.get("/api/v1/index", params={"dyad": "BLR-RUS", "from": "2017-W38",
                                               "to": "2017-W41"}).status_code == 200
    assert client.get("/api/v1/verdicts", params={"dyad": "BLR-RUS",
                                                  "from": "2017-W38"}).status_code == 200


def test_figures_judgments_and_briefs_routes(client: httpx.Client) -> None:
    figures = client.get("/api/v1/figures", params={"limit": 1000}).json()
    assert figures["total"] == len(figures["items"]) >= 1
    assert all(f["sentence"] and f["document_id"] for f in figures["items"])
    judgments = client.get("/api/v1/judgments", params={"direction": "worse"}).json()
    assert all(j["direction"] == "worse" for j in judgments["items"])
    pytest.importorskip("dyadwatch.outputs.brief")
    briefs = client.get("/api/v1/briefs", params={"dyad": "BLR-RUS"}).json()
    weeks = [b["week"] for b in briefs["items"]]
    assert weeks and weeks == sorted(weeks, reverse=True)
    one = client.get(briefs["items"][0]["brief"]).json()
    assert one["week"] == weeks[0] and one["verdict"]["week"] == weeks[0]
    assert "BLR" in one["markdown"] and one["markdown"].lstrip().startswith("#")
    assert client.get("/api/v1/briefs/BLR-RUS/2017-10-04").json()["week"] == "2017-W40"


def test_openapi_documents_404_and_422(client: httpx.Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/figures",
                 "/api/v1/briefs/{dyad}/{week}"):
        responses = schema["paths"][path]["get"]["responses"]
        assert {"200", "404", "422"} <= set(responses), path


def test_verdict_pages_equal_the_whole_series(client: httpx.Client, web_db: str) -> None:
    """/verdicts and /briefs answer a page from the stored index's weeks: the same items,
    total and order as the dyad's whole series of verdicts, sliced."""
    pytest.importorskip("dyadwatch.analysis.verdict")
    from dyadwatch.analysis.verdict import verdicts

    every = [v.to_dict() for v in verdicts(open_store(web_db, read_only=True), "BLR-RUS")]
    assert len(every) >= 3
    for offset, limit in ((0, 1000), (0, 2), (1, 2), (len(every) - 1, 5)):
        got = client.get("/api/v1/verdicts", params={"dyad": "BLR-RUS", "offset": offset,
                                                     "limit": limit}).json()
        assert got["total"] == len(every)
        assert got["items"] == json.loads(json.dumps(every[offset:offset + limit]))
        briefs = client.get("/api/v1/briefs", params={"dyad": "BLR-RUS", "offset": offset,
                                                      "limit": limit}).json()
        assert briefs["total"] == len(every)
        assert [(b["week"], b["direction"], b["events"]) for b in briefs["items"]] == [
            (v["week"], v["direction"], v["events"]) for v in every[::-1][offset:offset + limit]]
