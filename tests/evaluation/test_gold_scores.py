"""Scores on the real gold files (read at test time from ../shared; skipped where absent).

The tree coder (the rules alone) has floors at issue 13's acceptance targets (seeds F1 0.80, pentacode-test 0.75, real-dev status
0.90, PLOVER recall 0.75) or just under its scores where these are higher (2026-12-05: seeds
0.811, status 0.914, date 0.922; PLOVER P 0.686 R 0.757; pentacode-train 0.700, pentacode-test
0.769; real-dev 0.790, status 0.943, date 0.983); so has the learned coder, the default since
issue 14 (the rules with the encoder). Raise them as the coders improve.
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


# (coder, gold file, floors): each figure must stay at or above its floor
FLOORS = [
    ("tree", "seeds-gold.jsonl", {"f1": 0.85, "status": 0.90, "date": 0.90}),  # (2026-12-06: 0.872)
    # (issue 13's target is recall 0.75 at precision 0.60; 2026-12-05: R 0.757, P 0.686)
    ("tree", "plover-gsr.jsonl", {"recall": 0.75, "precision": 0.67}),
    # (2026-12-05, third session: 0.744 and 0.791 with CAMEO's intent codes for promised acts; fourth session:
    # 0.826 and 0.802 with CAMEO's statement codes for acts claimed, weighed, failed, denied or remarked on)
    ("tree", "pentacode-train.jsonl", {"pentacode": 0.80}),
    ("tree", "pentacode-test.jsonl", {"pentacode": 0.79}),
    ("tree", "real-dev.jsonl", {"f1": 0.78, "status": 0.90, "date": 0.95}),  # measured on, not developed on
    ("learned", "seeds-gold.jsonl", {"f1": 0.85}),  # (in its training data; 2026-12-06: 0.869)
    # (2026-12-06, fifth session: 0.851 with the sentence head arbitrating the class; the rules alone 0.806)
    ("learned", "pentacode-test.jsonl", {"pentacode": 0.84}),
    # (2026-12-06, fifth session: R 0.802 at P 0.714, the odd half developed on; issue 14 asks R 0.80 at P 0.65)
    ("learned", "plover-gsr.jsonl", {"recall": 0.79, "precision": 0.69}),
    # (2026-12-06: F1 0.818, date 0.938: the model reads more sentences since the rules find more
    # trigger candidates, and 3 of the 7 events it adds there with a gold date are dated by convention 9
    # to the report, where the gold has an earlier date; issue 14's target is 0.85)
    ("learned", "real-dev.jsonl", {"f1": 0.80, "status": 0.90, "date": 0.92}),
]


def test_default_coder_is_the_learned_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: the rules and the model together, unless DYADWATCH_CODER names another."""
    from dyadwatch.coder import run

    for unset in (None, "", " "):
        if unset is None:
            monkeypatch.delenv(run.CODER_ENV, raising=False)
        else:
            monkeypatch.setenv(run.CODER_ENV, unset)
        assert run.coder_choice() == "learned"
    monkeypatch.setenv(run.CODER_ENV, "tree")
    assert run.coder_choice() == "tree"


@pytest.mark.parametrize("removed", ["rules", "tree-only"])
def test_the_removed_coders_are_refused_with_a_word(monkeypatch: pytest.MonkeyPatch, removed: str) -> None:
    from dyadwatch.coder import run
    from dyadwatch.errors import DyadwatchError

    monkeypatch.setenv(run.CODER_ENV, removed)
    with pytest.raises(DyadwatchError, match="rule coder was removed"):
        run.coder_choice()


@pytest.mark.parametrize(("coder", "name", "floors"), FLOORS, ids=[f"{c}-{n.removesuffix('.jsonl')}" for c, n, _ in FLOORS])
def test_gold_floor(use_coder, coder: str, name: str, floors: dict[str, float]) -> None:
    use_coder(coder)  # whatever the environment says
    r = evaluate_file(_gold(name))
    got = {"f1": r.f1, "precision": r.precision, "recall": r.recall, "status": r.status_accuracy or 0.0,
           "date": r.date_accuracy or 0.0, "pentacode": r.pentacode_f1 or 0.0}
    under = {k: round(got[k], 3) for k, floor in floors.items() if got[k] < floor}
    assert not under, f"{coder} on {name}: {under} under the floors {floors}"


def test_coding_gold_is_deterministic() -> None:
    items = read_gold(_gold("seeds-gold.jsonl"))
    a = json.dumps([[e.to_dict() for e in evs] for evs in code_items(items)], sort_keys=True)
    b = json.dumps([[e.to_dict() for e in evs] for evs in code_items(items)], sort_keys=True)
    assert a == b
