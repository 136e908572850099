"""English coding conventions applied to a sentence's events (coder/tree/conventions.py): one country on both sides (convention 7), untargeted acts, accords, mediators, claims of responsibility."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads, dyads_status, sentence_class, status_by_dyad

pytestmark = pytest.mark.coder("tree")


def test_1_only_what_the_text_states():
    assert dyads("Relations between Belarus and Russia have been close for decades.") == set()


def test_7_a_withdrawal_is_not_aimed_at_the_country_itself():
    got = dyads("Russia withdrew its troops from the territory of Belarus.")
    assert ("RUS", "RUS", "RETREAT") not in got
    assert ("RUS", "BLR", "RETREAT") in got


def test_the_rule_coder_s_events_follow_convention_7():
    # "pledged" with no other party is no act of the leader on its own country (X -> X): a promise to no one named,
    # X -> none (`untargeted_promises`)
    assert dyads("The Belarusian president pledged to fight corruption.") == {("BLR", None, "AGREE")}
    assert dyads("Belarus demanded an explanation.") == set()
    assert ("BLR", "BLR", "COERCE") in dyads("Police detained dozens of protesters in Minsk.")


def test_an_act_in_a_place_inside_the_actors_own_country_is_domestic():
    got = dyads("The Kenyan government lifted the night curfew in Mombasa in Kenya on Tuesday.", "2021-03-04")
    assert ("KEN", "KEN", "CONCEDE") in got


def test_a_domestic_act_with_two_parties_inside_the_country():
    assert ("CHL", "CHL", "CONCEDE") in dyads("The Chilean government accepted demands from striking miners.")


def test_one_state_alone_is_not_on_both_sides():
    # convention 7: no party inside the country but its state, no place named: nothing X -> X
    got = dyads("The Chilean government rejected the plan.")
    assert ("CHL", "CHL", "REJECT") not in got
    assert ("CHL", "PER", "REJECT") in dyads("Chile rejected Peru's plan.")  # (control: the other party named)


# ------------------------------------------------------------------ tree-absorb2: a domestic "must" (_modal_roles)
def test_a_groups_must_on_its_own_government_is_a_domestic_demand():
    assert ("PER", "PER", "REQUEST") in dyads("Peruvian students said the government must lower tuition fees.")


def test_an_unnamed_groups_attack_on_the_country_named_stays_uncoded_as_domestic():
    got = dyads("Gunmen attacked a Peruvian army post on Monday.", "2021-03-04")
    assert ("PER", "PER", "ASSAULT") not in got
    assert ("BOL", "PER", "ASSAULT") in dyads("Bolivian troops attacked a Peruvian army post on Monday.", "2021-03-04")  # (control)


def test_a_seizure_from_a_party_of_the_same_country():
    assert ("CHL", "CHL", "COERCE") in dyads("Chilean police seized rifles from Chilean smugglers.")


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_an_instruction_to_one_s_own_ministry_is_internal():
    # convention 10: an internal directive, whatever other party its content names
    assert dyads("The Kremlin has instructed the Finance Ministry to sign a protocol to provide Serbia with a loan.") == set()
    assert ("RUS", "BLR", "REQUEST") in dyads("Putin asked the Belarusian Finance Ministry to pay the debt.")


def test_a_party_against_the_state_inside_one_country_is_coded():
    assert ("KEN", "KEN", "RETREAT") in dyads("Kenyan rebels surrendered to the army in the northern hills on Friday.",
                                              "2021-03-04")
    assert ("BOL", "BOL", "REQUEST") in dyads("Bolivian students demanded that the government lower fees.")
    assert ("BOL", "BOL", "REJECT") in dyads("The Bolivian government rejected the demands of the opposition.")


def test_a_foreign_place_leaves_the_act_domestic():
    # where it is reported from is no party
    assert ("KEN", "KEN", "ASSAULT") in dyads("Kenyan rebels shelled the town of Garissa on Sunday, officials in "
                                              "Kampala said.", "2021-03-04")


def test_an_act_in_a_place_of_the_country_is_aimed_at_it():
    assert ("KEN", "KEN", "THREATEN") in dyads("The Kenyan president threatened to impose a curfew in Nairobi.")


def test_no_second_party_or_a_directive_or_another_country_is_no_domestic_event():
    # one state organ alone; a government's call on its own people (convention 10)
    assert dyads("Lukashenko promised to take a decision at a government conference.") == set()
    assert dyads("The Zambian prime minister called on citizens to save water this summer.", "2021-03-04") == set()
    # the place names the actor ("the leadership in Astana"), not where the act happens; and a
    # nominal act whose actor is unnamed ("Western sanctions", convention 4)
    assert dyads("The leadership in Astana denied any plan to evade Western sanctions.") == set()
    # another country named: not a domestic act
    assert ("LTU", "LTU", "AGREE") not in dyads("Lithuania's government agreed to resign after talks with Poland.")


def test_forces_arriving_are_left_to_the_rule_coder_s_deployment():
    assert dyads("The first deployment of Ukrainian peacekeeping troops has arrived in Lebanon.") \
        == {("UKR", "LBN", "AID")}


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_a_broker_beside_a_deal_is_no_party_and_gets_no_event():
    # syntax.yaml `mediation` (no `code`): the blind sets give a broker of a deal or talks no event
    got = dyads("Bolivia and Paraguay agreed on a new border regime under a compromise brokered by Uruguay.")
    assert {("BOL", "PRY", "AGREE"), ("PRY", "BOL", "AGREE")} <= got
    assert not any("URY" in (a, b) for a, b, _ in got)


def test_an_accord_with_a_lending_institution_on_a_loan_is_also_its_aid_planned():
    # syntax.yaml `lenders` (convention 5): the lender is known by what it is
    got = dyads_status("The IMF reached a staff-level agreement with Ghana on Thursday on the second review of its loan.", "2024-01-10")
    assert {("IMF", "GHA", "AGREE", "occurred"), ("GHA", "IMF", "AGREE", "occurred"),
            ("IMF", "GHA", "AID", "planned")} <= got
    assert ("GHA", "IMF", "AID") not in dyads("Ghana and the IMF agreed on a $3 billion loan programme.")
    # (an accord on something else is no aid)
    assert not any(t == "AID" for _, _, t in dyads("Kenya and the World Bank agreed on Monday to share climate data.",
                                                   "2024-01-10"))


def test_two_mediators_of_talks_are_no_parties_of_them():
    # coder/tree/roles.py _mediators_of: "brokered by Egypt and Qatar" names two mediators; the talks are the agreeing pair's
    got = dyads("Israel and Hamas agreed to a truce on Friday after talks brokered by Egypt and Qatar.", "2024-01-10")
    assert {("ISR", "PSE", "CONSULT"), ("PSE", "ISR", "CONSULT")} <= got
    assert not any({"EGY", "QAT"} & {a, b} for a, b, _ in got)


def test_the_deployment_of_one_country_s_forces_in_another_is_aimed_at_it():
    assert ("RUS", "BLR", "MOBILIZE") in dyads("The deployment of Russian troops in Belarus worried Vilnius.")
    assert ("USA", "POL", "MOBILIZE") in dyads("The deployment of American soldiers to Poland began in March.",
                                               "2021-03-04")


def test_relations_restored_as_the_content_of_an_accord_are_the_accord():
    got = dyads("Chile and Peru agreed on Tuesday to restore diplomatic relations and to reopen their consulates.",
                "2024-03-15")
    assert {("CHL", "PER", "AGREE"), ("PER", "CHL", "AGREE")} <= got
    assert not any(t == "SUPPORT" for _, _, t in got)
    got = dyads("Oman agreed to establish full diplomatic relations with Israel.")
    assert ("OMN", "ISR", "AGREE") in got
    assert not any(t == "SUPPORT" for _, _, t in got)


def test_an_accord_ended_or_suspended_is_no_accord():
    got = dyads("Mali said it was ending two defence cooperation agreements with France.")
    assert ("MLI", "FRA", "SANCTION") in got
    assert not any(t == "AGREE" for _, _, t in got)
    got = dyads("Ankara said it was suspending its participation in the fishing deal with Greece.")
    assert not any(t == "AGREE" for _, _, t in got)


def test_an_offer_to_ease_a_measure_is_the_concession_not_an_accord():
    found = dyads_status("Brussels offered to ease the visa restrictions on Georgians if Tbilisi repealed the law.")
    assert ("EU", "GEO", "CONCEDE", "hypothetical") in found
    assert not any(e[2] == "AGREE" for e in found)


def test_an_accord_finalised_is_agreed():
    found = dyads_status("Baku and Astana finalised a transit agreement on Wednesday.", "2026-11-20")
    assert ("AZE", "KAZ", "AGREE", "occurred") in found
    assert ("KAZ", "AZE", "AGREE", "occurred") in found


def test_violence_inside_one_country_on_a_verb_the_tree_left_without_parties():
    # "opened fire" has its target only in its purpose clause: the rule coder's police -> protesters
    # event on it is kept (convention 7 allows one country on both sides for police and protesters)
    got = dyads_status("Kenyan police opened fire to disperse opposition supporters, killing two and arresting ten.")
    assert ("KEN", "KEN", "ASSAULT", "occurred") in got
    assert ("KEN", "KEN", "COERCE", "occurred") in got


def test_a_domestic_act_keeps_its_two_parties():
    # the untargeted reading is only for what convention 7 would drop
    assert ("KEN", "KEN", "RETREAT", "occurred") in dyads_status("Kenyan rebels surrendered to the army in the hills.")


def test_a_judge_against_officials_is_an_act_inside_one_country():
    # syntax.yaml domestic_sectors JUD: the judiciary is a party of its own (convention 7: "a court
    # against an opposition figure")
    got = dyads_status("A Peruvian judge opened fraud investigations against 28 government officials.")
    assert ("PER", "PER", "ACCUSE", "occurred") in got


# ------------------------------------------------ mediators (syntax.yaml mediation)
def test_a_mediator_is_no_party_of_the_talks():
    got = status_by_dyad("The Armenian and Azerbaijani foreign ministers met in Moscow on Friday, with Kazakhstan's foreign minister mediating.", "2021-03-04")
    assert {("ARM", "AZE", "CONSULT"), ("AZE", "ARM", "CONSULT")} <= set(got)
    assert not any("KAZ" in (a, b) for a, b, _ in got)  # (no mediation event either: the blind sets' gold)


def test_agreeing_to_a_third_states_mediation_stays_an_agreement_with_it():
    got = status_by_dyad("Yerevan has agreed to French mediation in the talks with Baku, an Armenian official said.")
    assert ("FRA", "ARM", "CONSULT") not in got or ("ARM", "FRA", "AGREE") in got


def test_support_in_kind_is_aid() -> None:
    assert sentence_class("The navy provided logistical support to the relief mission.") == 2
    assert sentence_class("The agency gave support for the reconstruction of two bridges.") == 2
    # praise stays support: "voiced support for the plan"
    assert sentence_class("The senator voiced support for the plan.") == 1


def test_co_mediators_named_by_a_mediation_noun_are_no_parties_of_each_other():
    got = dyads("Israel and Hamas agreed to a truce after mediation by Egypt and Qatar.")
    assert {("ISR", "PSE", "AGREE"), ("PSE", "ISR", "AGREE")} <= got
    assert not {("EGY", "QAT", "CONSULT"), ("QAT", "EGY", "CONSULT")} & got
    # (a mediation between named parties is still the mediator's, to each)
    got = dyads("Mediation by Turkey between Russia and Ukraine continued in Istanbul.")
    assert {("TUR", "RUS", "CONSULT"), ("TUR", "UKR", "CONSULT")} <= got


def test_a_working_group_is_no_party_at_home() -> None:
    # convention 7: a body of states ("the working group", `state_body_modifiers`) is no second party inside the
    # country that would let a demand stand as X -> X
    found = dyads("Moscow will demand faster integration steps, and the working group will turn into the main forum "
                  "for bargaining.")
    assert ("RUS", "RUS", "REQUEST") not in found, found


def test_the_owner_of_land_an_accord_annexes_is_no_party_to_it():
    # `annexations`: "signed treaties annexing two regions of Georgia" is no accord with Georgia
    found = dyads("Moscow signed treaties on Tuesday annexing two regions of Georgia.")
    assert ("RUS", "GEO", "AGREE") not in found and ("GEO", "RUS", "AGREE") not in found, found
    # (an accord between two parties on another's annexed land stays theirs; a treaty of the two is theirs)
    found = dyads("Russia and Belarus signed a treaty on Tuesday recognising the annexation of Abkhazia by Moscow.")
    assert ("RUS", "BLR", "AGREE") in found, found
    assert ("RUS", "GEO", "AGREE") in dyads("Russia and Georgia signed a border treaty on Tuesday.")
