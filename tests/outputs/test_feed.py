from __future__ import annotations

import feedparser

from dyadwatch.analysis.clusters import build_clusters
from dyadwatch.outputs.feed import render_feed
from dyadwatch.store import open_store
from tests.analysis.corpus import Ev, S, add_doc, worse_week


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
    assert parsed.entries[0].link == "https://dw.example.org/briefs/BLR-RUS/2017-W40"
    assert "imposed sanctions" in parsed.entries[0].content[0].value
    # same store, same bytes; a new week adds an entry and keeps the old ids
    assert render_feed(engine, "BLR-RUS", base_url="https://dw.example.org") == text
    add_doc(engine, "Talks resume", "2017-10-17", [
        S("Belarus and Russia met in Minsk to resume talks.", [Ev("BLR", "RUS", "040", "met")])])
    again = feedparser.parse(render_feed(engine, "BLR-RUS", base_url="https://dw.example.org"))
    assert [e.id for e in again.entries][1:] == ids
