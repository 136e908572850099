"""bench/error_classes.py: a missed or extra event is counted by what the coder did with its item."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from dyadwatch.model import Event

_spec = importlib.util.spec_from_file_location(
    "error_classes", Path(__file__).resolve().parents[2] / "bench" / "error_classes.py")
assert _spec and _spec.loader
error_classes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(error_classes)


def _event(source: str, target: str | None, kind: str) -> Event:
    return Event(source=source, target=target, type=kind, cameo="010")


def test_a_missed_event_is_classed_by_the_items_coded_events() -> None:
    gold = {"source": "POL", "target": "BLR", "type": "SANCTION", "status": "occurred"}
    assert error_classes.missed_class(gold, []) == "item coded nothing"
    assert error_classes.missed_class(gold, [_event("POL", "BLR", "ACCUSE")]) == "right pair, another type"
    assert error_classes.missed_class(gold, [_event("BLR", "POL", "SANCTION")]) == "same type, reversed"
    assert error_classes.missed_class(gold, [_event("POL", "LTU", "SANCTION")]) == "same type, one actor wrong"
    assert error_classes.missed_class(gold, [_event("LTU", "RUS", "SANCTION")]) == "same type, another pair"
    assert error_classes.missed_class(gold, [_event("LTU", "BLR", "ACCUSE")]) == "another type on one of its actors"


def test_an_extra_event_is_classed_by_the_items_gold() -> None:
    gold = [{"source": "POL", "target": "BLR", "type": "SANCTION", "status": "occurred"}]
    assert error_classes.extra_class(_event("POL", "BLR", "ACCUSE"), []) == "item with no gold event"
    assert error_classes.extra_class(_event("POL", "BLR", "ACCUSE"), gold) == "gold pair, another type"
    assert error_classes.extra_class(_event("LTU", "RUS", "SANCTION"), gold) == "gold type, another pair"
    assert error_classes.extra_class(_event("BLR", "BLR", "COERCE"), gold) == "X -> X"
