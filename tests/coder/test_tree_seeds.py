"""Analysis prose (branch tree-seeds): the document's talks told again, found by the tree alone
(the tree coder alone); sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.base import DocState
from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss

MEETING = "On 3 March 2021 Aliyev and Pashinyan met in Moscow."


def _after_meeting(text: str) -> set[tuple]:
    """`text` as an item of its own after the meeting's item, in one document."""
    state = DocState(pub_date="2021-03-04")
    code_text(MEETING, "2021-03-04", state=state)
    return {(e.source, e.target, e.type, e.date) for e in code_text(text, "2021-03-04", state=state)}


def test_the_talks_as_the_main_verbs_subject_are_told_again():
    assert _after_meeting("The talks lasted about four hours.") == {
        ("AZE", "ARM", "CONSULT", "2021-03-03"), ("ARM", "AZE", "CONSULT", "2021-03-03")}


def test_the_talks_told_again_in_the_same_text_add_nothing():
    events = code_text(MEETING + " The talks lasted about four hours.", "2021-03-04")
    assert sorted((e.source, e.target) for e in events) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_the_talks_in_another_nouns_phrase_stay_a_reference_back():
    assert _after_meeting("Officials gave few details ahead of the talks.") == set()


def test_a_relative_clause_with_its_own_subject_tells_the_talks():
    assert {("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")} <= {
        (a, b, t) for a, b, t, _ in _after_meeting("It was the first time the two leaders talked since the war.")}


def test_the_talks_in_a_sentence_whose_subject_names_their_pair_are_told_again():
    assert {(a, b, t) for a, b, t, _ in _after_meeting(
        "The spokesmen of both leaders praised the good atmosphere of the talks.")} == {
        ("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")}


def test_the_fact_that_they_met_stays_a_reference_back():
    assert _after_meeting("The mere fact that the two leaders met shows goodwill.") == set()


# ------------------------------------------------------------------ a joined demand's own preposition
def test_a_joined_demand_whose_preposition_names_its_content_takes_the_first_acts_party():
    got = {(e.source, e.target, e.type) for e in code_text(
        "Chile condemned the Peruvian government's arrest of 40 students and called for their release.",
        "2021-03-04")}
    assert ("CHL", "PER", "REQUEST") in got


def test_a_joined_demand_with_a_party_of_its_own_keeps_it():
    got = {(e.source, e.target, e.type) for e in code_text(
        "Chile condemned the Peruvian raid and appealed to Bolivia for help.", "2021-03-04")}
    assert ("CHL", "PER", "REQUEST") not in got


# ------------------------------------------------------------------ a possessive pronoun's owner (preps.owner_pronoun)
def test_its_is_the_owner_of_the_verbs_subject():
    got = {(e.source, e.target, e.type) for e in code_text(
        "Peru's interest in Chile is cooling despite its warm words for the Chilean president.", "2021-03-04")}
    assert ("PER", "CHL", "SUPPORT") in got


def test_its_after_an_actor_subject_is_not_read_as_the_subject():
    got = {(e.source, e.target, e.type) for e in code_text("Chile condemned Peru for its attacks on Bolivia.",
                                                           "2021-03-04")}
    assert not any(t == "ASSAULT" and a == "CHL" for a, _, t in got)
