"""DYADWATCH_CODER=tree, English recall by cause (branch en8b, issue 14). Sentences written for these tests
(never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def pairs(text: str, pub: str | None = "2024-01-05") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_a_stance_on_a_noun_of_force_or_of_a_court_is_aimed_at_its_maker():
    # `reacted.nouns`: verdicts, raids, buildups ... are acts a stance may be taken on
    got = pairs("A Serbian court jailed a Kosovar mayor for ten years, a verdict Pristina denounced as revenge.")
    assert ("XKX", "SRB", "ACCUSE") in got
    got = pairs("Serbian police detained two Kosovar officials on Monday in a raid that Pristina condemned.")
    assert ("XKX", "SRB", "ACCUSE") in got


def test_a_stance_on_a_noun_coded_as_an_act_is_aimed_at_that_acts_makers():
    # `_noun_act_makers`: the noun with the relative clause is itself a trigger whose events name its makers
    got = pairs("Serbia moved tanks to the border, escalating a military buildup near Kosovo that Pristina has "
                "denounced as preparation for war.")
    assert ("XKX", "SRB", "ACCUSE") in got


def test_forces_two_parties_are_prompted_to_move_are_each_ones_reaction_not_a_joint_act():
    # `_prompted_clause`: "..., prompting X and Y to scramble jets" is no joint deployment (062); each mobilizes
    # against the makers of the act before, here named by the verb's object ("flew a joint patrol")
    got = pairs("Russian and Chinese bombers flew a joint patrol near Alaska on Monday, prompting Washington and "
                 "Ottawa to scramble fighter jets.")
    assert {("RUS", "CHN", "COOPERATE"), ("USA", "RUS", "MOBILIZE"), ("CAN", "CHN", "MOBILIZE")} <= got
    assert ("USA", "CAN", "COOPERATE") not in got
    # two parties that move forces of their own accord still act jointly
    got = pairs("Washington and Ottawa scrambled fighter jets on Monday.")
    assert ("USA", "CAN", "COOPERATE") in got


def test_a_call_with_its_maker_in_a_from_phrase_is_a_request():
    # patterns.yaml: "calls from X for/to ...", its maker in the phrase
    got = pairs("Iran executed the journalist on Monday, defying calls from France for his release.")
    assert ("FRA", "IRN", "REQUEST") in got
    got = pairs("Pyongyang ignored calls from Beijing to halt its missile tests.")
    assert ("CHN", "PRK", "REQUEST") in got
    # calls taken from leaders are phone calls, no request
    got = pairs("Putin took calls from Macron and Scholz on Monday.")
    assert ("FRA", "RUS", "REQUEST") not in got


def test_a_bare_state_word_as_the_other_party_of_a_states_act_names_another_state():
    # `_other_state`: "the regime" read as the nearest country (the actor's own) names the other state instead
    from dyadwatch.coder.base import DocState
    from dyadwatch.coder.run import _coders

    coder = _coders("en", (), False)
    state = DocState(pub_date="2024-01-05")
    coder.code_sentence("Lukashenko jailed three more opposition leaders in Minsk on Monday.", state)
    got = {(e.source, e.target, e.type) for e in coder.code_sentence(
        "The Kremlin promised the regime a new loan on Tuesday.", state)}
    assert ("RUS", "BLR", "AID") in got
    # a place of the other state in the sentence names it
    got = pairs("In the view of analysts in Minsk, the Kremlin is unlikely to grant the regime any fresh money.")
    assert ("RUS", "BLR", "AID") in got


def test_one_tariff_is_a_sanction_as_tariffs_are_and_one_suspended_is_eased():
    # patterns.yaml: "tariff" beside "tariffs" (nouns are listed as written)
    assert ("USA", "IND", "SANCTION") in pairs("Washington announced a tariff on imports from India on Monday.")
    got = pairs("Washington suspended a planned 10 percent tariff on Indian goods.")
    assert ("USA", "IND", "CONCEDE") in got
    assert ("USA", "IND", "SANCTION") not in got


def test_fire_exchanged_with_its_kind_named_between_is_mutual_fighting():
    # patterns.yaml: "exchange"/"trade" with the fire a few words on
    got = pairs("Kyrgyz and Tajik forces exchanged artillery and rocket fire along their border.")
    assert {("KGZ", "TJK", "ASSAULT"), ("TJK", "KGZ", "ASSAULT")} <= got
    # words exchanged are no fighting
    got = pairs("India and Pakistan traded barbs and accusations over the dam.")
    assert ("IND", "PAK", "ASSAULT") not in got


def test_a_stance_clause_on_an_act_noun_misparsed_as_a_clause_of_its_own_is_aimed_at_the_acts_maker():
    # `_misparsed_relative`: "..., a move X, Y and Z denounced" parsed with the noun as the subject's compound
    got = pairs("Serbia annexed two Kosovar villages on Friday, a move Pristina, Berlin and the EU denounced as "
                "illegal and vowed never to recognise.")
    assert {("XKX", "SRB", "ACCUSE"), ("DEU", "SRB", "ACCUSE"), ("EU", "SRB", "ACCUSE")} <= got


def test_a_stance_on_an_act_noun_in_a_clause_joined_to_the_acts_is_aimed_at_its_maker():
    # `_reacted_to`: "..., and X condemned the move" (a clause of its own, coordinated)
    got = pairs("Serbia closed the border crossing with Kosovo, and Pristina condemned the decision.")
    assert ("XKX", "SRB", "ACCUSE") in got
    # a stance with an object of no act is not aimed at the act before
    got = pairs("Serbia closed the border crossing with Kosovo, and Pristina condemned the weather.")
    assert ("XKX", "SRB", "ACCUSE") not in got
