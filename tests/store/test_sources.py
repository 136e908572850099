"""Watched sources in the store, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from dyadwatch.store import open_store
from dyadwatch.store.documents import count_rows
from dyadwatch.store.sources import (
    PollOutcome,
    SourceError,
    add_source,
    due_sources,
    find_source,
    list_sources,
    mark_seen,
    next_due_at,
    record_poll,
    remove_source,
    storable_key,
    unseen_keys,
)


def test_sources_state_round_trips(store_url: str) -> None:
    engine = open_store(store_url)
    a, new_a = add_source(engine, "https://a.example.org/feed", every_s=60, now=1000.0, lang="ru")
    b, _ = add_source(engine, "https://b.example.org/topics/x", every_s=3600, now=1000.0,
                      name="B's <topic>", kind="listing")
    again, new_again = add_source(engine, "https://a.example.org/feed", every_s=5, now=2000.0)
    assert new_a and not new_again and again.id == a.id and again.every_s == 60
    assert [s.url for s in due_sources(engine, 1000.0)] == [a.url, b.url]
    assert next_due_at(engine) == 1000.0

    record_poll(engine, a.id, PollOutcome(status="ok", polled_at=1001.0, next_poll_at=1061.0,
                                          failures=0, etag='"v1"', last_modified=None, kind="feed",
                                          documents_stored=2))
    record_poll(engine, b.id, PollOutcome(status="failed", polled_at=1002.0, next_poll_at=1200.0,
                                          failures=1, error="HTTP 503 Service Unavailable"))
    a2, b2 = find_source(engine, str(a.id)), find_source(engine, b.url)
    assert (a2.kind, a2.etag, a2.documents_stored, a2.last_success_at) == ("feed", '"v1"', 2, 1001.0)
    assert (b2.failures, b2.last_error, b2.last_error_at, b2.last_success_at) == (
        1, "HTTP 503 Service Unavailable", 1002.0, None)
    assert due_sources(engine, 1100.0) == [find_source(engine, a.url)]

    # a 304 keeps the validators; a later success clears the error
    record_poll(engine, a.id, PollOutcome(status="not modified", polled_at=1070.0,
                                          next_poll_at=1130.0, failures=0, etag=None))
    assert find_source(engine, a.url).etag == '"v1"'
    record_poll(engine, b.id, PollOutcome(status="ok", polled_at=1300.0, next_poll_at=4900.0,
                                          failures=0))
    assert find_source(engine, b.url).last_error is None and find_source(engine, b.url).failures == 0

    keys = ["https://a.example.org/1", "https://a.example.org/2", "https://a.example.org/1"]
    assert unseen_keys(engine, a.id, keys) == keys[:2]
    assert mark_seen(engine, a.id, keys, 1001.0) == 2
    assert mark_seen(engine, a.id, keys + ["https://a.example.org/3"], 1002.0) == 1
    assert unseen_keys(engine, a.id, keys) == []
    assert unseen_keys(engine, b.id, keys) == keys[:2]  # seen is per source
    assert find_source(engine, a.url).items_seen == 3
    long_key = "https://a.example.org/" + "x" * 600  # longer than the column: stored as a hash
    assert unseen_keys(engine, a.id, [long_key]) == [storable_key(long_key)]
    assert mark_seen(engine, a.id, [long_key], 1003.0) == 1
    assert unseen_keys(engine, a.id, [long_key]) == []

    remove_source(engine, a.url)
    assert [s.id for s in list_sources(engine)] == [b.id]
    assert count_rows(engine)["source_items"] == 0
    with pytest.raises(SourceError, match="no such source"):
        find_source(engine, str(a.id))
