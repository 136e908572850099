"""Two writers at once on either backend: they queue, and content is stored exactly once."""

from __future__ import annotations

import threading

from dyadwatch.store import open_store
from dyadwatch.store.documents import count_rows, save_coded_document
from tests.store.test_db import _coded


def test_concurrent_writers_of_the_same_documents_store_each_once(store_url: str) -> None:
    engine = open_store(store_url)
    docs = [_coded(f"Putin and Lukashenka met in Sochi on {d} February.") for d in range(1, 9)]
    results: list[bool] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def writer() -> None:
        try:
            start.wait()
            for c in docs:
                results.append(save_coded_document(engine, c))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert errors == []
    assert sum(results) == len(docs) and len(results) == 4 * len(docs)
    counts = count_rows(engine)
    assert (counts["documents"], counts["sentences"], counts["events"]) == (8, 8, 8)
    engine.dispose()


def test_concurrent_first_opens_migrate_once(store_url: str) -> None:
    errors: list[BaseException] = []

    def opener() -> None:
        try:
            open_store(store_url).dispose()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert errors == []
    assert count_rows(open_store(store_url))["documents"] == 0
