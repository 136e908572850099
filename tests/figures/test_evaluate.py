"""The figures/judgments scorer on the project's own gold file (tests/data/figures-dev.jsonl)."""

from __future__ import annotations

from pathlib import Path

from dyadwatch.figures.evaluate import evaluate_file, read_gold

GOLD = Path(__file__).resolve().parents[1] / "data" / "figures-dev.jsonl"


def test_gold_file_is_large_enough_and_bilingual() -> None:
    items = read_gold(GOLD)
    assert len(items) >= 60
    assert {i["lang"] for i in items} == {"en", "ru"}
    assert sum(len(i["figures"]) for i in items) >= 60
    assert sum(len(i["judgments"]) for i in items) >= 30


def test_figures_and_judgments_meet_the_bar() -> None:
    s = evaluate_file(GOLD).summary()
    assert s["value_acc"] >= 0.85, s
    assert s["unit_acc"] >= 0.85, s
    assert s["measure_acc"] >= 0.85, s
    assert s["actor_acc"] >= 0.85, s
    assert s["direction_acc"] >= 0.80, s
    assert s["figure_precision"] >= 0.85, s


def test_coded_scoring_reads_the_coders_reading_and_meets_the_bar() -> None:
    """`--coded`: the items coded first and their figures read from what the coder read."""
    plain, coded = evaluate_file(GOLD).summary(), evaluate_file(GOLD, coded=True).summary()
    assert coded["figures"] == plain["figures"] and coded["judgments"] == plain["judgments"]
    for key in ("value_acc", "unit_acc", "measure_acc", "actor_acc", "figure_precision"):
        assert coded[key] >= 0.85, coded
    assert coded["direction_acc"] >= 0.80, coded
