"""What the tree coder finds alone that it once left to the rule coder's fallback, third round (branch
tree-absorb3): each mechanism on sentences written for these tests, under the tree coder alone
unless a test says otherwise."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def dyads(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


# ------------------------------------------- a home act's other party off the parse's paths (`_home_party`)
def test_a_party_of_the_actors_own_country_after_the_act_is_its_other_side():
    got = dyads("Peruvian police in Lima confiscated weapons from Peruvian armed gangs, officials said.")
    assert ("PER", "PER", "COERCE") in got


def test_a_seizure_from_a_party_of_the_same_country():
    assert ("CHL", "CHL", "COERCE") in dyads("Chilean police seized rifles from Chilean smugglers.")


def test_a_party_in_another_verbs_clause_is_no_other_side():
    # (the company is what is handed over, inside the infinitive: no agreement with it)
    got = dyads("Having received a discount on gas, Minsk agreed to hand over Beltransgaz in full.")
    assert ("BLR", "BLR", "AGREE") not in got


def test_a_place_in_a_nouns_participle_stays_the_home_acts_place():
    got = dyads("Peruvian guerrillas blew up three power lines leading into Lima last month, a news agency reported.")
    assert ("PER", "PER", "COERCE") in got


# ------------------------------------------------ protests that break out (syntax.yaml `unrest_verbs`)
def test_protests_that_resume_in_a_place_are_its_peoples():
    assert ("PER", "PER", "PROTEST") in dyads("Analysts said protests could resume in Lima next week.")


def test_protests_that_spread_across_a_country():
    assert ("PER", "PER", "PROTEST") in dyads("Protests spread across Peru on Tuesday.")


def test_street_battles_that_rage_are_no_protest():
    got = dyads("Street battles raged in central Lima between gangs and the police.")
    assert not any(t == "PROTEST" for _, _, t in got)


# -------------------------------------- a departure whose forces are named elsewhere (syntax.yaml `departures`)
def test_a_withdrawal_completed_by_forces_named_as_the_subject_leaves_the_place():
    assert ("PER", "BOL", "RETREAT") in dyads("Peruvian troops completed their withdrawal from Bolivia on Friday.")


def test_a_withdrawal_that_is_the_topic_of_talks_is_no_act():
    got = dyads("Peru and Bolivia resumed negotiations today on a Peruvian troop pullback from Bolivia.")
    assert ("PER", "BOL", "RETREAT") not in got


def test_a_withdrawal_a_state_speeds_up_is_its_own():
    # (patterns.yaml light_verbs: "accelerate", "speed up")
    assert ("PER", "BOL", "RETREAT") in dyads("Peru speeded up the withdrawal of some army units from Bolivia on Wednesday.")


def test_measures_imposed_again_are_the_imposers():
    # (patterns.yaml light_verbs: "reimpose", "reinstate", "reintroduce")
    assert ("PER", "BOL", "COERCE") in dyads("Peru on Friday reimposed blockades in Bolivia.")


# ---------------------------------- a country's word opening a name the dictionary lacks (`_nationality`)
def test_a_nationality_opening_an_unknown_bodys_name_is_its_country():
    got = dyads("The Bolivian Constitutional Court cancelled restrictions on the use of the Chilean flag.")
    assert ("BOL", "CHL", "CONCEDE") in got


def test_a_country_inside_a_longer_name_is_no_actor():
    got = dyads("Moscow suspended its participation in NATO-Peru Council meetings on Tuesday.")
    assert not any("PER" in (a, b) and t == "CONSULT" for a, b, t in got)


def test_a_place_opening_a_name_stays_part_of_the_name():
    assert not any(a == "PER" for a, _, _ in dyads("The Lima Times criticised Chile on Monday."))
