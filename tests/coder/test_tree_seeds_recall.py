"""English recall on analysis prose (branch seeds, issue 14), found by the tree alone; sentences written for these
tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-11-20")}


def test_aid_used_by_a_named_doer_is_for_that_doer():
    assert ("RUS", "BLR", "AID", "occurred") in _coded("Belarus built the plant with a loan from Russia.")


def test_aid_paying_for_a_named_partys_thing_is_for_that_party():
    assert ("CHN", "UKR", "AID", "occurred") in _coded("Ukraine's new highway, built with a Chinese loan, opened in May.")
    assert ("RUS", "ARM", "AID", "occurred") in _coded("Armenia's army was rearmed with credits from Moscow.")


def test_aid_paying_for_a_thing_of_no_named_party_has_no_recipient():
    assert not any(e[2] == "AID" for e in _coded("The bridge was built with a loan from Russia."))


def test_ones_own_commitment_to_another_party_is_an_accord_with_it():
    assert ("BLR", "RUS", "AGREE", "occurred") in _coded("Lukashenka reaffirmed his commitment to the alliance with Russia.")
    assert ("BLR", "CSTO", "AGREE", "occurred") in _coded("Belarus confirmed its obligations to the CSTO.")


def test_ones_own_trip_to_a_capital_is_no_accord_with_it():
    assert not any(e[2] == "AGREE" for e in _coded("Lukashenka confirmed his trip to Moscow."))


def test_a_subject_the_parse_hangs_on_the_auxiliary_is_the_verbs():
    # ("Minsk" is parsed as the subject of "has" once an adverbial phrase splits the verb group)
    found = _coded("Minsk has over the past few weeks been rejecting the plan proposed by Moscow.")
    assert ("BLR", "RUS", "REJECT", "occurred") in found


def test_support_given_financially_is_aid():
    assert ("RUS", "BLR", "AID", "occurred") in _coded("Russia has helped Belarus economically for years.")
    found = _coded("Moscow backed Minsk politically.")
    assert ("RUS", "BLR", "SUPPORT", "occurred") in found and not any(e[2] == "AID" for e in found)


def test_concessions_asked_in_return_are_made_to_the_one_who_asks():
    found = _coded("The Kremlin has decided to back Lukashenka in exchange for minor concessions from Minsk.")
    assert ("BLR", "RUS", "CONCEDE", "occurred") in found


def test_an_act_conceded_in_an_although_clause_is_coded():
    found = _coded("Although the United States gave up on its policy to isolate Russia, disagreements remain.")
    assert ("USA", "RUS", "CONCEDE", "occurred") in found


def test_an_act_in_a_purpose_clause_stays_unstated():
    # (a purpose clause is still another act's circumstance: no target looked for beyond it)
    found = _coded("Minsk held drills so that NATO would respect its borders.")
    assert not any(e[0] == "BLR" and e[1] == "NATO" and e[2] == "CONCEDE" for e in found)
