"""The synthetic training sets keep their promises: valid, covering, and apart from the gold sets."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[2] / "training" / "synthetic"
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
