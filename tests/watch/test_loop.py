"""`dyadwatch watch` against local sites whose feeds change over time: new items stored once,
304s honoured, a failing and a slow source backed off and shown failing, the others
unaffected, alerts sent once per change (local webhook receiver and SMTP receiver)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select

from dyadwatch.cli import cli
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.store.sources import list_sources
from tests.conftest import REPO, seed_file
from tests.watch.sites import listing_page, local_site, silent_port, smtp_receiver


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _locations(db: str) -> list[str]:
    with open_store(db).connect() as conn:
        return list(conn.execute(select(t.document_locations.c.location)).scalars())


def test_watch_stores_new_items_once_honours_304_backs_off_and_alerts_once(tmp_path: Path) -> None:
    db = str(tmp_path / "watch.db")
    with local_site() as site, smtp_receiver() as mail:
        # Each feed moves to its next version every second request: 200, then 304, then new.
        site.feeds["/etag-feed.xml"] = [[1, 2], [1, 2, 3], [1, 2, 3, 4]]
        site.feeds["/lm-feed.xml"] = [[2], [2, 5]]  # item 2 also in the other feed
        for path, every in (("/etag-feed.xml", "1s"), ("/lm-feed.xml", "1s"),
                            ("/fail.xml", "1s"), ("/slow.xml", "1s"), ("/garbage.xml", "1s"),
                            ("/loop", "1s")):
            _run("sources", "add", site.base + path, "--every", every, "--db", db)
        started = time.time()
        # A cycle starts when any source is due, so a loaded machine can give one feed fewer
        # polls than cycles: 16 cycles leave room for the etag feed's five requests.
        out = _run("watch", "--db", db, "--cycles", "16", "--host-delay", "0", "--timeout", "1",
                   "--dyad", "BLR-RUS", "--webhook", site.base + "/hook",
                   "--smtp", f"{mail.host}:{mail.port}", "--mail-to", "analyst@example.org")
        elapsed = time.time() - started
        assert "watched: 16 cycles" in out

        # Every new item stored once, none twice: five articles, each location once.
        locations = _locations(db)
        articles = sorted(u for u in locations if "/article/" in u)
        assert articles == [f"{site.base}/article/{n}" for n in (1, 2, 3, 4, 5)]
        assert all(site.requests[f"/article/{n}"] == 1 for n in (1, 2, 3, 4, 5))
        with open_store(db).connect() as conn:
            assert conn.execute(select(func.count()).select_from(t.documents)).scalar_one() == 5

        # 304s honoured: validators were sent back and the unchanged feed was not re-read.
        assert site.conditional["/etag-feed.xml"] >= 2 and site.not_modified["/etag-feed.xml"] >= 2
        assert site.conditional["/lm-feed.xml"] >= 2 and site.not_modified["/lm-feed.xml"] >= 1
        by_url = {s.url.removeprefix(site.base): s for s in list_sources(open_store(db))}
        assert by_url["/etag-feed.xml"].etag and by_url["/lm-feed.xml"].last_modified
        assert by_url["/etag-feed.xml"].items_seen == 4 and by_url["/lm-feed.xml"].items_seen == 2

        # The failing and the slow source: failing, backed off, the others unaffected.
        fail, slow = by_url["/fail.xml"], by_url["/slow.xml"]
        assert fail.failures == site.requests["/fail.xml"] >= 2
        assert "HTTP 500" in (fail.last_error or "") and fail.last_success_at is None
        assert fail.next_poll_at - fail.last_poll_at >= fail.every_s * 2 ** fail.failures / 2
        assert site.requests["/fail.xml"] < site.requests["/etag-feed.xml"]
        assert slow.failures >= 1 and "timed out" in (slow.last_error or "")
        assert slow.next_poll_at - slow.last_poll_at >= slow.every_s * 2 ** slow.failures / 2
        # garbage and an endless redirect: failing, with the reason, and nothing stored
        assert "binary" in (by_url["/garbage.xml"].last_error or "")
        assert "redirects" in (by_url["/loop"].last_error or "")
        assert by_url["/garbage.xml"].failures >= 1 and by_url["/loop"].failures >= 1
        for good in ("/etag-feed.xml", "/lm-feed.xml"):
            assert by_url[good].failures == 0 and by_url[good].last_error is None
        listed = _run("sources", "list", "--db", db, "--format", "jsonl")
        states = {json.loads(line)["url"].removeprefix(site.base): json.loads(line)["state"]
                  for line in listed.splitlines()}
        assert states["/fail.xml"].startswith("failing") and "internal error" in states["/fail.xml"]
        assert states["/slow.xml"].startswith("failing") and "in time" in states["/slow.xml"]
        assert states["/etag-feed.xml"].startswith("ok")
        assert "not a feed, sitemap or web page" in states["/garbage.xml"]
        assert "redirects in a loop" in states["/loop"]
        assert elapsed < 120

        # Alerts: one per change, the same on both channels, each naming a distinct change.
        hooks = site.hooks
        assert hooks, "the week of the new articles changed its verdict: an alert is due"
        changes = [(h["week"], h["verdict_before"], h["verdict_after"], h["index_after"])
                   for h in hooks]
        assert len(changes) == len(set(changes))
        assert {h["week"] for h in hooks} <= {"2020-W37", "2020-W38"}
        assert any(h["week"] == "2020-W38" and h["verdict_after"].startswith("worse") for h in hooks)
        assert len(mail.messages) == len(hooks)
        subjects = sorted(m["Subject"] for _rcpts, m in mail.messages)
        assert subjects == sorted(f"DyadWatch alert: BLR-RUS {h['week']}: {h['verdict_after']}"
                                  for h in hooks)
        assert all(rcpts == ["analyst@example.org"] for rcpts, _m in mail.messages)

        # Running again: nothing new (304s and seen items), so nothing stored and no alert.
        n_hooks = len(hooks)
        _run("watch", "--db", db, "--cycles", "2", "--host-delay", "0", "--timeout", "1",
             "--dyad", "BLR-RUS", "--webhook", site.base + "/hook", "--quiet")
        assert len(site.hooks) == n_hooks
        assert sorted(_locations(db)) == sorted(locations)


def test_listing_page_links_are_followed_and_the_listing_is_not_stored(tmp_path: Path) -> None:
    db = str(tmp_path / "listing.db")
    with local_site() as site:
        page, links = listing_page(site.base, seed_file("003"))
        site.pages["/topics/belarus"] = (page, "text/html; charset=utf-8")
        _run("sources", "add", site.base + "/topics/belarus", "--every", "1h", "--db", db)
        _run("watch", "--db", db, "--cycles", "1", "--host-delay", "0", "--quiet")
        stored = _locations(db)
        assert site.base + "/topics/belarus" not in stored
        assert sorted(u for u in stored if "/analysis/" in u) == sorted(links)
        assert not any(p in u for u in stored for p in ("/about", "/tag/", "/category/", "/contact",
                                                        "elsewhere", ".pdf", "page=2"))
        [source] = list_sources(open_store(db))
        assert source.kind == "listing" and source.items_seen == len(links)


def test_sigterm_finishes_the_current_document_and_the_next_start_continues(tmp_path: Path) -> None:
    db = str(tmp_path / "term.db")
    numbers = list(range(10, 22))
    with local_site(article_delay_s=0.4) as site:
        site.feeds["/etag-feed.xml"] = [numbers]
        _run("sources", "add", site.base + "/etag-feed.xml", "--every", "1h", "--db", db)
        exe = Path(sys.executable).parent / "dyadwatch"
        proc = subprocess.Popen([str(exe), "watch", "--db", db, "--host-delay", "0"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not [u for u in _locations(db) if "/article/" in u]:
                time.sleep(0.1)
            proc.send_signal(signal.SIGTERM)
            _out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, err.decode()
        assert b"stopped" in err and b"Traceback" not in err
        first = [u for u in _locations(db) if "/article/" in u]
        assert 1 <= len(first) < len(numbers), err.decode()
        # the document under way when the signal came was finished and stored
        fetched = [n for n in numbers if site.requests[f"/article/{n}"]]
        assert sorted(first) == sorted(f"{site.base}/article/{n}" for n in fetched), err.decode()
        # The interrupted poll kept no validators: the next start reads the feed again and
        # stores the rest, nothing twice.
        [source] = list_sources(open_store(db))
        assert source.etag is None
        _run("watch", "--db", db, "--cycles", "1", "--host-delay", "0", "--quiet")
        after = sorted(u for u in _locations(db) if "/article/" in u)
        assert after == sorted(f"{site.base}/article/{n}" for n in numbers)
        assert all(site.requests[f"/article/{n}"] == 1 for n in numbers)


def test_sigkill_loses_nothing_stored_and_the_next_start_continues(tmp_path: Path) -> None:
    db = str(tmp_path / "kill.db")
    numbers = list(range(30, 38))
    with local_site(article_delay_s=0.3) as site:
        site.feeds["/etag-feed.xml"] = [numbers]
        _run("sources", "add", site.base + "/etag-feed.xml", "--every", "1h", "--db", db)
        exe = Path(sys.executable).parent / "dyadwatch"
        proc = subprocess.Popen([str(exe), "watch", "--db", db, "--host-delay", "0", "--quiet"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and len(
                    [u for u in _locations(db) if "/article/" in u]) < 2:
                time.sleep(0.1)
        finally:
            proc.kill()
            proc.wait(30)
        before = {u for u in _locations(db) if "/article/" in u}
        assert len(before) >= 2
        _run("watch", "--db", db, "--cycles", "1", "--host-delay", "0", "--quiet")
        after = sorted(u for u in _locations(db) if "/article/" in u)
        assert after == sorted(f"{site.base}/article/{n}" for n in numbers)
        # what was stored before the kill is neither lost nor fetched again
        assert before <= set(after)
        assert all(site.requests[u.removeprefix(site.base)] == 1 for u in before)
        with open_store(db).connect() as conn:
            assert conn.execute(select(func.count()).select_from(t.documents)).scalar_one() == len(numbers)


def test_watch_keeps_its_state_on_both_backends(store_url: str) -> None:
    with local_site() as site:
        site.feeds["/etag-feed.xml"] = [[1], [1, 2]]
        _run("sources", "add", site.base + "/etag-feed.xml", "--every", "1s", "--db", store_url)
        _run("watch", "--db", store_url, "--cycles", "4", "--host-delay", "0", "--quiet")
        assert sorted(u for u in _locations(store_url) if "/article/" in u) == [
            f"{site.base}/article/1", f"{site.base}/article/2"]
        [source] = list_sources(open_store(store_url))
        assert source.items_seen == 2 and source.documents_stored == 2 and source.etag
        assert site.not_modified["/etag-feed.xml"] >= 1


def _alert_rows(db: str) -> list[dict]:
    with open_store(db).connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(t.alerts).order_by(t.alerts.c.id))]


def test_an_alert_stored_before_a_crash_is_sent_by_the_next_start_once_and_is_in_the_feed(
        tmp_path: Path) -> None:
    """The watcher stores its alerts, then hangs sending them to a webhook that never answers,
    and is killed: the next start sends each alert once, and the dyad's feed shows them."""
    db = str(tmp_path / "crash.db")
    silent, port = silent_port()
    with silent, local_site() as site:
        site.feeds["/etag-feed.xml"] = [[1, 2, 3, 4]]
        _run("sources", "add", site.base + "/etag-feed.xml", "--every", "1s", "--db", db)
        exe = Path(sys.executable).parent / "dyadwatch"
        proc = subprocess.Popen([str(exe), "watch", "--db", db, "--host-delay", "0", "--quiet",
                                 "--dyad", "BLR-RUS", "--webhook", f"http://127.0.0.1:{port}/hook"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
        try:
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline and not _alert_rows(db):
                time.sleep(0.2)
        finally:
            proc.kill()
            proc.wait(30)
        stored = _alert_rows(db)
        assert stored and all(r["webhook_state"] == "pending" and r["outbox"] == 1 for r in stored)
        assert any(r["period"] == "2020-W38" for r in stored)
        assert site.hooks == []

        _run("watch", "--db", db, "--cycles", "1", "--host-delay", "0", "--quiet",
             "--dyad", "BLR-RUS", "--webhook", site.base + "/hook")
        assert sorted(h["id"] for h in site.hooks) == sorted(r["key"] for r in stored)
        assert all(r["webhook_state"] == "sent" and r["outbox"] == 0 for r in _alert_rows(db))
        _run("watch", "--db", db, "--cycles", "2", "--host-delay", "0", "--quiet",
             "--dyad", "BLR-RUS", "--webhook", site.base + "/hook")
        assert len(site.hooks) == len(stored)  # each sent once
        assert len(_alert_rows(db)) == len(stored)  # and stored once
        listed = [json.loads(line) for line in
                  _run("alerts", "--db", db, "--dyad", "RUS-BLR", "--format", "jsonl").splitlines()]
        assert sorted(r["id"] for r in listed) == sorted(r["id"] for r in stored)
        assert all(r["webhook"] == "sent" and r["mail"] == "" for r in listed)

    feed = _run("feed", "--dyad", "BLR-RUS", "--db", db, "--base-url", "https://dw.example.org")
    for r in stored:
        assert f"tag:dyadwatch,2024:BLR-RUS/{r['period']}/alert/{r['id']}</id>" in feed
    assert "https://dw.example.org/brief/BLR-RUS/2020-W38" in feed
