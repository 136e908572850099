"""Scores on the real gold files (read at test time from ../shared; skipped where absent).

The floors are issue 3's acceptance targets where the coder meets them (seeds F1 0.85,
status and date 0.85, PLOVER recall 0.75 at precision 0.60, pentacode-test macro F1 0.70),
else just under the scores measured; raise them as the coder improves.
"""

from __future__ import annotations

import json

import pytest

from dyadwatch.evaluation import evaluate_file
from dyadwatch.evaluation.gold import read_gold
from dyadwatch.evaluation.score import code_items
from tests.conftest import EVAL


def _gold(name: str):
    path = EVAL / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    return path


def test_seeds_gold_floor() -> None:
    r = evaluate_file(_gold("seeds-gold.jsonl"))
    assert r.f1 >= 0.85
    assert (r.status_accuracy or 0) >= 0.93
    assert (r.date_accuracy or 0) >= 0.97


def test_plover_gsr_floor() -> None:
    r = evaluate_file(_gold("plover-gsr.jsonl"))
    assert r.recall >= 0.75
    assert r.precision >= 0.63


def test_pentacode_train_floor() -> None:
    r = evaluate_file(_gold("pentacode-train.jsonl"))
    assert (r.pentacode_f1 or 0) >= 0.71


def test_pentacode_test_target_with_rules_alone() -> None:
    """Reported, not tuned on: developed on the train split only."""
    r = evaluate_file(_gold("pentacode-test.jsonl"))
    assert (r.pentacode_f1 or 0) >= 0.70


def test_coding_gold_is_deterministic() -> None:
    items = read_gold(_gold("seeds-gold.jsonl"))
    a = json.dumps([[e.to_dict() for e in evs] for evs in code_items(items)], sort_keys=True)
    b = json.dumps([[e.to_dict() for e in evs] for evs in code_items(items)], sort_keys=True)
    assert a == b
