from __future__ import annotations

import feedparser
import pytest

from dyadwatch.analysis.clusters import build_clusters
from dyadwatch.errors import DyadwatchError
from dyadwatch.outputs.feed import render_feed
from dyadwatch.store import open_store
from tests.analysis.corpus import Ev, S, add_doc, quiet_week, worse_week


def test_feed_parses_without_bozo_with_stable_ids_and_alerts(store_url: str) -> None:
    engine = open_store(store_url)
    worse_week(engine)
    build_clusters(engine)
    text = render_feed(engine, "BLR-RUS", base_url="https://dw.example.org")
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    ids = [e.id for e in parsed.entries]
    assert ids == [f"tag:dyadwatch,2024:BLR-RUS/2017-W{w}" for w in (40, 39, 38, 37, 36)]
    assert parsed.entries[0].title.startswith("ALERT: ") and "worse (large)" in parsed.entries[0].title
    assert not any(e.title.startswith("ALERT") for e in parsed.entries[1:])
    assert parsed.entries[0].link == "https://dw.example.org/brief/BLR-RUS/2017-W40"
    links = {(link.rel, link.href) for link in parsed.feed.links}
    assert ("self", "https://dw.example.org/feed.atom?dyad=BLR-RUS") in links
    assert ("alternate", "https://dw.example.org/brief/BLR-RUS") in links
    assert "imposed sanctions" in parsed.entries[0].content[0].value
    # same store, same bytes; a new week adds an entry and keeps the old ids
    assert render_feed(engine, "BLR-RUS", base_url="https://dw.example.org") == text
    add_doc(engine, "Talks resume", "2017-10-17", [
        S("Belarus and Russia met in Minsk to resume talks.", [Ev("BLR", "RUS", "040", "met")])])
    again = feedparser.parse(render_feed(engine, "BLR-RUS", base_url="https://dw.example.org"))
    assert [e.id for e in again.entries][1:] == ids


def test_no_alert_without_the_evidence_the_verdict_needs(sqlite_url: str) -> None:
    """One sanction after calm weeks moves the index far, but one event is thin evidence:
    the verdict says so, and the feed raises no alert on it."""
    engine = open_store(sqlite_url)
    quiet_week(engine)
    add_doc(engine, "One ban", "2017-10-17", [
        S("Russia banned Belarusian milk imports.", [Ev("RUS", "BLR", "163", "banned")])])
    parsed = feedparser.parse(render_feed(engine, "BLR-RUS", base_url="https://dw.example.org/"))
    top = parsed.entries[0]
    assert top.id.endswith("2017-W42") and "worse (limited)" in top.title
    assert not top.title.startswith("ALERT") and "alert" not in {t.term for t in top.tags}
    assert "Thin evidence: only 1 distinct event this week" in top.content[0].value


def test_bad_base_url_is_a_one_line_error(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    quiet_week(engine)
    with pytest.raises(DyadwatchError, match="--base-url 'ftp://x'"):
        render_feed(engine, "BLR-RUS", base_url="ftp://x")


def test_feed_lists_the_newest_weeks_with_the_alerts_the_whole_history_gives(
        sqlite_url: str) -> None:
    """`feed.entries` bounds the feed to the newest weeks; their entries (verdicts, alerts)
    are the ones the full feed has, whether read from the stored index or computed."""
    engine = open_store(sqlite_url)
    worse_week(engine)
    build_clusters(engine)
    full = feedparser.parse(render_feed(engine, "BLR-RUS", base_url="https://dw.example.org"))
    assert len(full.entries) == 5
    for n in (1, 2, 5):
        few = feedparser.parse(render_feed(engine, "BLR-RUS", base_url="https://dw.example.org",
                                           settings={"feed": {"entries": n}}))
        assert [(e.id, e.title, e.content[0].value) for e in few.entries] == \
            [(e.id, e.title, e.content[0].value) for e in full.entries[:n]]
    # settings the stored index does not hold: computed from the events, same entries
    other = {"feed": {"entries": 2}, "clusters": {"window_days": 3}, "include_sectors": ["OPP"]}
    few = feedparser.parse(render_feed(engine, "BLR-RUS", base_url="https://dw.example.org",
                                       settings=other))
    assert [e.id for e in few.entries] == [e.id for e in full.entries[:2]]
    assert few.entries[0].title == full.entries[0].title


def test_stored_alerts_are_entries_escaped_newest_first_and_bounded(store_url: str) -> None:
    from dyadwatch.watch.alerts import Alert, AlertSettings, record

    engine = open_store(store_url)
    worse_week(engine)
    build_clusters(engine)
    plain = render_feed(engine, "BLR-RUS", base_url="https://dw.example.org")

    def alert(week: str, reason: str, value: float) -> Alert:
        return Alert(dyad="BLR-RUS", week=week, reasons=[reason], verdict_before="unchanged",
                     verdict_after="worse (large)", index_before=0.0, index_after=value,
                     events=3, link=f"https://x/brief/BLR-RUS/{week}")

    settings = AlertSettings(dyads=("BLR-RUS",))
    record(engine, [alert("2017-W39", "index moved <b>&amp; down", -2.0)], settings, now=1.5e9)
    record(engine, [alert("2017-W40", "verdict changed", -3.0)], settings, now=1.6e9)
    text = render_feed(engine, "BLR-RUS", base_url="https://dw.example.org")
    assert "<b>" not in text  # the markup in a message is text, escaped
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    ids = [e.id for e in parsed.entries]
    assert [i.rsplit("/", 3)[1:3] for i in ids[:2]] == [["2017-W40", "alert"], ["2017-W39", "alert"]]
    assert parsed.entries[0].title.startswith("ALERT: ") and "verdict changed" in parsed.entries[0].title
    assert parsed.entries[0].link == "https://dw.example.org/brief/BLR-RUS/2017-W40"
    assert parsed.entries[0].updated == "2020-09-13T12:26:40Z"
    assert "index moved <b>&amp; down" in parsed.entries[1].summary
    assert {tag.term for tag in parsed.entries[1].tags} == {"alert", "verdict"}
    # the weekly entries are as before, after the alerts; the feed is as new as its last alert
    assert ids[2:] == [e.id for e in feedparser.parse(plain).entries]
    assert parsed.feed.updated == "2020-09-13T12:26:40Z"
    # same store, same bytes; at most feed.alert_entries alert entries
    assert render_feed(engine, "BLR-RUS", base_url="https://dw.example.org") == text
    few = render_feed(engine, "BLR-RUS", base_url="https://dw.example.org",
                      settings={"feed": {"alert_entries": 1}})
    assert [e.id for e in feedparser.parse(few).entries] == [ids[0], *ids[2:]]
