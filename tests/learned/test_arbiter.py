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


def test_a_head_much_surer_of_another_class_decides() -> None:
    from dyadwatch.learned.arbiter import arbitrate_by_margin

    events = [_ev("040", 0), _ev("190", 10, "ASSAULT")]
    # the head: material conflict 0.8, the rules' first event's class (verbal cooperation) 0.1
    assert [e.cameo for e in arbitrate_by_margin(events, [0.05, 0.1, 0.03, 0.02, 0.8], 0.5)] == ["190"]


def test_a_head_not_surer_by_the_margin_leaves_the_rules_class() -> None:
    from dyadwatch.learned.arbiter import arbitrate_by_margin

    events = [_ev("040", 0), _ev("190", 10, "ASSAULT")]
    assert arbitrate_by_margin(events, [0.0, 0.35, 0.0, 0.0, 0.65], 0.5) == events
    assert arbitrate_by_margin(events, [0.0, 0.9, 0.0, 0.0, 0.1], 0.5) == events


def test_a_sentence_with_no_event_gets_the_heads_class_with_its_confidence() -> None:
    from dyadwatch.learned.arbiter import arbitrate_by_margin

    [learned] = arbitrate_by_margin([], [0.02, 0.01, 0.01, 0.9, 0.06], 0.5)
    assert (learned.cameo, learned.type, learned.mode, learned.confidence) == ("110", "ACCUSE", "learned", 0.9)
    assert learned.source is None and learned.target is None


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
