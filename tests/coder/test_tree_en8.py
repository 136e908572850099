"""English parties in other clauses (branch tree-en8), found by the tree alone (the tree coder alone);
sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-11-20")}


def test_a_response_vowed_in_a_relative_clause_on_the_move_is_aimed_at_its_maker():
    found = _coded("Poland shut the last border crossing, a move Minsk called aggression and vowed to answer.")
    assert ("BLR", "POL", "THREATEN", "occurred") in found


def test_a_step_that_will_not_remain_without_a_response_is_a_threat_said_now():
    found = _coded("Beijing denounced Tokyo's decision to send warships and said the step would not go unanswered.")
    assert ("CHN", "JPN", "THREATEN", "occurred") in found
    assert ("CHN", "JPN", "ACCUSE", "occurred") in found


def test_the_possessor_of_the_act_is_the_target():
    found = _coded("Moscow said Warsaw's move will not remain without a response.")
    assert ("RUS", "POL", "THREATEN", "occurred") in found


def test_a_threat_whose_subject_is_no_act_gets_no_target_from_it():
    # ("the economy" names no act: nothing to answer)
    assert not any(e[2] == "THREATEN" and e[1] == "POL" for e in _coded(
        "Moscow said the economy will not remain without a response to Warsaw's exports."))


def test_the_relative_clause_on_the_move_calls_its_maker_so():
    found = _coded("Poland shut the last border crossing, a move Minsk called aggression and vowed to answer.")
    assert {("BLR", "POL", "ACCUSE", "occurred"), ("BLR", "POL", "THREATEN", "occurred")} <= found


def test_a_move_called_welcome_is_no_accusation():
    assert not any(e[2] == "ACCUSE" for e in _coded("Poland shut the border, a move that Minsk called a welcome step."))


def test_an_inverted_should_is_a_condition_not_an_intention():
    found = _coded("Should Russia attack Georgia, the EU will impose sanctions on Moscow.")
    assert ("RUS", "GEO", "ASSAULT", "hypothetical") in found
    assert not any(e[2] == "THREATEN" and e[0] == "RUS" for e in found)
    # (the act under the condition is hypothetical, convention 5 and status.conditions; it was planned before)
    assert ("EU", "RUS", "SANCTION", "hypothetical") in found


def test_a_postposed_inverted_condition_is_an_ultimatum_as_with_if():
    with_if = _coded("The EU will impose sanctions on Moscow if Russia attacks Georgia.")
    inverted = _coded("The EU will impose sanctions on Moscow should Russia attack Georgia.")
    assert inverted == with_if
    assert ("EU", "RUS", "THREATEN", "occurred") in inverted


def test_were_to_makes_both_clauses_hypothetical():
    found = _coded("Were Turkey to attack Syria, the EU would impose sanctions on Ankara.")
    assert {("TUR", "SYR", "ASSAULT", "hypothetical"), ("EU", "TUR", "SANCTION", "hypothetical")} <= found


def test_a_plain_should_is_no_condition():
    found = _coded("Turkey should withdraw its troops from Syria, Germany said.")
    assert not any(e[2] == "SANCTION" for e in found)
    assert all(e[3] == "hypothetical" for e in found)


def test_it_in_a_relative_clause_is_the_subject_of_the_clause_its_noun_stands_in():
    found = _coded("Beijing wants mining rights in return for the loan it granted Laos.")
    assert ("CHN", "LAO", "AID", "occurred") in found


def test_it_in_a_relative_clause_on_a_passive_clause_finds_no_giver():
    found = _coded("Port access was demanded in return for the loan it granted Laos.")
    assert not any(e[2] == "AID" for e in found)
