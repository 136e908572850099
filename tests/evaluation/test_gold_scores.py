"""Scores on the real gold files (read at test time from ../shared; skipped where absent).

The rule coder's floors (`DYADWATCH_CODER=rules`) are issue 3's acceptance targets where it
meets them (seeds F1 0.85, status and date 0.85, PLOVER recall 0.75 at precision 0.60,
pentacode-test macro F1 0.70), else just under the scores measured. The default coder (the
tree coder with the rule coder's fallback, issue 13) has its own floors, just under its
scores of 2026-12-04 (seeds 0.801, status 0.905, date 0.903; PLOVER P 0.615 R 0.611;
pentacode-train 0.694, pentacode-test 0.756); raise them as the coder improves.
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


@pytest.fixture
def rules(use_coder) -> None:
    use_coder("rules")


@pytest.fixture
def tree(use_coder) -> None:
    use_coder("tree")  # the default (test_default_coder_is_the_tree_coder), whatever the environment says


def test_default_coder_is_the_tree_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    from dyadwatch.coder import run

    for unset in (None, "", " "):
        if unset is None:
            monkeypatch.delenv(run.CODER_ENV, raising=False)
        else:
            monkeypatch.setenv(run.CODER_ENV, unset)
        assert run.coder_choice() == "tree"
    monkeypatch.setenv(run.CODER_ENV, "rules")
    assert run.coder_choice() == "rules"


@pytest.mark.usefixtures("rules")
def test_seeds_gold_floor() -> None:
    r = evaluate_file(_gold("seeds-gold.jsonl"))
    assert r.f1 >= 0.85
    assert (r.status_accuracy or 0) >= 0.93
    assert (r.date_accuracy or 0) >= 0.97


@pytest.mark.usefixtures("rules")
def test_plover_gsr_floor() -> None:
    r = evaluate_file(_gold("plover-gsr.jsonl"))
    assert r.recall >= 0.75
    assert r.precision >= 0.63


@pytest.mark.usefixtures("rules")
def test_pentacode_train_floor() -> None:
    r = evaluate_file(_gold("pentacode-train.jsonl"))
    assert (r.pentacode_f1 or 0) >= 0.71


@pytest.mark.usefixtures("rules")
def test_pentacode_test_target_with_rules_alone() -> None:
    """Reported, not tuned on: developed on the train split only."""
    r = evaluate_file(_gold("pentacode-test.jsonl"))
    assert (r.pentacode_f1 or 0) >= 0.70


@pytest.mark.usefixtures("tree")
def test_default_coder_seeds_gold_floor() -> None:
    r = evaluate_file(_gold("seeds-gold.jsonl"))
    assert r.f1 >= 0.80
    assert (r.status_accuracy or 0) >= 0.90
    assert (r.date_accuracy or 0) >= 0.90


@pytest.mark.usefixtures("tree")
def test_default_coder_plover_gsr_floor() -> None:
    r = evaluate_file(_gold("plover-gsr.jsonl"))
    assert r.recall >= 0.60
    assert r.precision >= 0.61


@pytest.mark.usefixtures("tree")
def test_default_coder_pentacode_floors() -> None:
    r = evaluate_file(_gold("pentacode-train.jsonl"))
    assert (r.pentacode_f1 or 0) >= 0.69
    r = evaluate_file(_gold("pentacode-test.jsonl"))
    assert (r.pentacode_f1 or 0) >= 0.75


def test_coding_gold_is_deterministic() -> None:
    items = read_gold(_gold("seeds-gold.jsonl"))
    a = json.dumps([[e.to_dict() for e in evs] for evs in code_items(items)], sort_keys=True)
    b = json.dumps([[e.to_dict() for e in evs] for evs in code_items(items)], sort_keys=True)
    assert a == b
