"""The training sets written for the project keep their promises: valid, covering, and apart
from the gold sets (the synthetic sets; the realistic ones, written like news)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[2] / "training" / "synthetic"
REALISTIC = sorted((HERE.parent / "realistic").glob("*.jsonl"))
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
_spec = importlib.util.spec_from_file_location("synthetic_check", HERE / "check.py")
assert _spec and _spec.loader
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="needs ../shared beside the checkout")
def test_no_problem_and_no_shared_run_with_gold() -> None:
    assert check.problems([HERE / "en.jsonl", HERE / "ru.jsonl"], check.gold_runs()) == []


def test_the_checker_finds_a_copied_gold_run(tmp_path: Path) -> None:
    item = {"id": "x", "pub_date": "2020-01-01", "lang": "en", "events": [],
            "text": "Minsk and Moscow signed the long awaited gas deal on Monday."}
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    gold = check.runs("Officials said Minsk and Moscow signed the long awaited gas deal.")
    assert any("7-word run" in p for p in check.problems([path], gold))


@pytest.mark.parametrize(("name", "items", "per_cell"), [("en.jsonl", 3000, 15), ("ru.jsonl", 1500, 8)])
def test_size_and_every_type_and_status(name: str, items: int, per_cell: int) -> None:
    rows = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= items
    cells = Counter((e["type"], e["status"]) for r in rows for e in r["events"])
    assert len(cells) == 16 * 5
    assert min(cells.values()) >= per_cell
    negatives = sum(1 for r in rows if not r["events"]) / len(rows)
    assert 0.2 <= negatives <= 0.3


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="needs ../shared beside the checkout")
def test_the_realistic_sets_are_valid_and_share_no_run_with_gold() -> None:
    assert REALISTIC
    assert check.problems(REALISTIC, check.gold_runs()) == []


@pytest.mark.parametrize("path", REALISTIC, ids=[p.name for p in REALISTIC])
def test_a_realistic_set_covers_every_type_with_some_negatives(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 200 and all(r["lang"] == path.name.split("-")[0] for r in rows)
    assert len({e["type"] for r in rows for e in r["events"]}) == 16
    assert 0.05 <= sum(1 for r in rows if not r["events"]) / len(rows) <= 0.25
