"""DYADWATCH_CODER=tree on acts inside one country (issue 13, convention 7): the rule coder's
self-targeted reading of a sentence the tree codes nothing in is kept where two parties inside
the country are named, one of them no state organ, or the place inside it where the act happens.
Sentences written for these tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_a_party_against_the_state_inside_one_country_is_coded():
    assert ("KEN", "KEN", "RETREAT") in dyads("Kenyan rebels surrendered to the army in the northern hills on Friday.")
    assert ("BOL", "BOL", "REQUEST") in dyads("Bolivian students demanded that the government lower fees.")
    assert ("BOL", "BOL", "REJECT") in dyads("The Bolivian government rejected the demands of the opposition.")


def test_a_party_the_dictionary_has_no_sector_for_is_a_party_too():
    # "union" (syntax.yaml domestic_parties); a state's demand to its companies is a directive
    assert ("KEN", "KEN", "CONCEDE") in dyads("The Kenyan government accepted the demands of the teachers' union.")
    assert dyads("The Kenyan prime minister demanded that companies cut prices.") == set()


def test_a_foreign_place_leaves_the_act_domestic():
    # where it is reported from is no party
    assert ("KEN", "KEN", "ASSAULT") in dyads("Kenyan rebels shelled the town of Garissa on Sunday, officials in "
                                              "Kampala said.")


def test_an_act_in_a_place_of_the_country_is_aimed_at_it():
    assert ("KEN", "KEN", "THREATEN") in dyads("The Kenyan president threatened to impose a curfew in Nairobi.")


def test_no_second_party_or_a_directive_or_another_country_is_no_domestic_event():
    # one state organ alone; a government's call on its own people (convention 10)
    assert dyads("Lukashenko promised to take a decision at a government conference.") == set()
    assert dyads("The Zambian prime minister called on citizens to save water this summer.") == set()
    # the place names the actor ("the leadership in Astana"), not where the act happens; and a
    # nominal act whose actor is unnamed ("Western sanctions", convention 4)
    assert dyads("The leadership in Astana denied any plan to evade Western sanctions.") == set()
    # another country named: not a domestic act
    assert ("LTU", "LTU", "AGREE") not in dyads("Lithuania's government agreed to resign after talks with Poland.")


def test_forces_arriving_are_left_to_the_rule_coder_s_deployment():
    assert dyads("The first deployment of Ukrainian peacekeeping troops has arrived in Lebanon.") \
        == {("UKR", "LBN", "AID")}


def test_a_protest_outside_a_foreign_embassy_is_the_towns_people_against_its_state() -> None:
    # the town, not the embassy, is where the protesters live; the embassy's state is protested to
    got = {(e.source, e.target, e.type) for e in code_text(
        "Protesters gathered outside the Chinese embassy in Prague.", "2024-03-14")}
    assert got == {("CZE", "CHN", "PROTEST")}
