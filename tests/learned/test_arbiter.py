from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from dyadwatch.learned.arbiter import arbitrate, pentacode_of
from dyadwatch.model import Event


def _ev(cameo: str, start: int, ptype: str = "CONSULT") -> Event:
    return Event(source="RUS", target="BLR", type=ptype, cameo=cameo, start=start, end=start + 3)


@pytest.mark.parametrize(("cameo", "cls"), [("010", 0), ("020", 0), ("036", 1), ("057", 1),
                                            ("071", 2), ("112", 3), ("138", 3), ("163", 4),
                                            ("190", 4)])
def test_pentacode_classes_follow_cameo_roots(cameo: str, cls: int) -> None:
    assert pentacode_of(cameo) == cls


def test_unsure_prediction_changes_nothing() -> None:
    events = [_ev("112", 5, "ACCUSE")]
    assert arbitrate(events, 4, 0.3) == events


def test_agreeing_prediction_keeps_rule_events() -> None:
    events = [_ev("040", 0), _ev("112", 10, "ACCUSE")]
    assert arbitrate(events, 1, 0.9) == events


def test_events_before_the_predicted_class_are_dropped() -> None:
    events = [_ev("040", 0), _ev("112", 10, "ACCUSE")]
    assert [e.cameo for e in arbitrate(events, 3, 0.9)] == ["112"]


def test_missing_class_gets_a_generic_event_with_the_rule_actors() -> None:
    [learned, rule] = arbitrate([_ev("040", 4)], 4, 0.95)
    assert (learned.cameo, learned.type, learned.mode) == ("190", "ASSAULT", "learned")
    assert (learned.source, learned.target) == ("RUS", "BLR") and rule.cameo == "040"


def test_confident_statement_drops_rule_events() -> None:
    assert arbitrate([_ev("190", 0, "ASSAULT")], 0, 0.8) == []


MODEL = Path(os.environ.get("DYADWATCH_MODEL", "models/pentacode"))


@pytest.mark.skipif(importlib.util.find_spec("torch") is None or not MODEL.is_dir(),
                    reason="optional extra `learn` and a trained model (dyadwatch learn pentacode)")
def test_trained_classifier_predicts_clear_cases() -> None:
    from dyadwatch.learned.pentacode import PentacodeClassifier

    clf = PentacodeClassifier(MODEL)
    [(a, _), (b, _)] = clf.predict([
        "Troops shelled the border villages overnight, killing four civilians.",
        "The two governments signed an agreement to build a new bridge.",
    ])
    assert a == 4 and b in (1, 2)
