"""The bundled sample corpus covers every PLOVER type and every status, as stated and as coded."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from dyadwatch.model import EVENT_STATUSES, PLOVER_TYPES
from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import ingest_run
from dyadwatch.store import open_store
from tests.conftest import EXAMPLES

MANIFEST = EXAMPLES.parent / "annotations.jsonl"


def _manifest() -> list[dict]:
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_manifest_lists_exactly_the_files_on_disk() -> None:
    listed = {m["file"] for m in _manifest()}
    on_disk = {str(p.relative_to(EXAMPLES)) for p in EXAMPLES.rglob("*") if p.is_file()}
    assert {f.removeprefix("corpus/") for f in listed} == on_disk


def test_manifest_states_every_type_and_status() -> None:
    items = _manifest()
    assert set(PLOVER_TYPES) <= {t for m in items for t in m["types"]}
    assert set(EVENT_STATUSES) <= {s for m in items for s in m["statuses"]}


@pytest.fixture(scope="module")
def coded_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('examples') / 'examples.db'}"
    summary = ingest_run([str(EXAMPLES)], open_store(url), PipelineOptions(), progress=False)
    assert summary.failed == 0, summary.errors
    return url


def test_coder_finds_every_type_and_status_in_the_corpus(coded_store: str) -> None:
    with open_store(coded_store).connect() as conn:
        types = {r[0] for r in conn.execute(text("select distinct type from events"))}
        statuses = {r[0] for r in conn.execute(text("select distinct status from events"))}
        langs = {r[0] for r in conn.execute(text("select distinct lang from documents"))}
    assert set(PLOVER_TYPES) <= types
    assert set(EVENT_STATUSES) <= statuses
    assert {"en", "ru"} <= langs


def test_sample_corpus_is_our_own_text(coded_store: str) -> None:
    """No 12-word run of the sample corpus comes from the real seed pages."""
    from tests.conftest import SEEDS

    if not SEEDS.is_dir():
        pytest.skip("no ../shared/corpus/seeds")
    import re

    def runs(s: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", s.lower())
        return {tuple(words[i:i + 12]) for i in range(len(words) - 11)}

    seeds: set[tuple[str, ...]] = set()
    for p in SEEDS.iterdir():
        seeds |= runs(p.read_text(encoding="utf-8", errors="replace"))
    with open_store(coded_store).connect() as conn:
        for (body,) in conn.execute(text("select text from documents")):
            assert not runs(body) & seeds
