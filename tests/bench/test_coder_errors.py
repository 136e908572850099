"""bench/coder_errors.py: each missed or false event gets the kind the breakdown counts it as
(on candidates and items written for this test)."""

from __future__ import annotations

import sys
from pathlib import Path

from dyadwatch.evaluation.gold import GoldItem
from dyadwatch.learned.candidates import Candidate

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import coder_errors  # noqa: E402


def _g(s: str, t: str | None, ty: str) -> dict:
    return {"source": s, "target": t, "type": ty, "status": "occurred", "date": None}


def _c(s: str, t: str | None, ty: str, p: float = 0.9) -> tuple[Candidate, float]:
    return Candidate(s, t, ty), p


def test_a_missed_event_is_rejected_or_never_proposed_and_why():
    g = _g("POL", "BLR", "SANCTION")
    assert coder_errors.miss_kind(g, [_c("POL", "BLR", "SANCTION", 0.1)]) == "rejected by the model"
    assert coder_errors.miss_kind(g, [_c("POL", "BLR", "ACCUSE")]) == "not proposed: right pair, other type"
    assert coder_errors.miss_kind(g, [_c("POL", "POL", "SANCTION")]).endswith("other target")
    assert coder_errors.miss_kind(g, [_c("LTU", "BLR", "SANCTION")]).endswith("other source")
    assert coder_errors.miss_kind(g, [_c("RUS", "UKR", "ASSAULT")]) == "not proposed: other candidates only"
    assert coder_errors.miss_kind(g, []) == "not proposed: no candidate"
    # a gold event with no target is found by any target
    assert coder_errors.miss_kind(_g("POL", None, "SANCTION"), [_c("POL", "LTU", "SANCTION", 0.1)]) \
        == "rejected by the model"


def test_a_false_event_is_classed_by_what_the_item_states():
    item = GoldItem(id="x", text="t", pub_date=None, events=[_g("POL", "BLR", "SANCTION")])
    empty = GoldItem(id="y", text="t", pub_date=None, events=[])
    assert coder_errors.false_kind(Candidate("POL", "BLR", "ACCUSE"), empty) == "negative item"
    assert coder_errors.false_kind(Candidate("POL", "POL", "SANCTION"), item) == "self-targeted"
    assert coder_errors.false_kind(Candidate("POL", "BLR", "ACCUSE"), item) == "right pair, wrong type"
    assert coder_errors.false_kind(Candidate("LTU", "BLR", "SANCTION"), item) == "right type, wrong actor"
    assert coder_errors.false_kind(Candidate("RUS", "UKR", "ASSAULT"), item) == "other"


def test_kept_candidates_match_gold_events_once_each():
    items = [GoldItem(id="x", text="t", pub_date=None,
                      events=[_g("ARM", "IRN", "CONSULT"), _g("IRN", "ARM", "CONSULT")])]
    by_item = {0: [_c("ARM", "IRN", "CONSULT", 0.8), _c("ARM", "IRN", "CONSULT", 0.7),
                   _c("IRN", "ARM", "CONSULT", 0.2)]}
    [(it, cs, kept, match)] = list(coder_errors.kept_matches(items, by_item, 0.5))
    assert len(kept) == 2 and match == {0: 0, 1: None}  # the second copy is a false event
