"""Whole sentences of the seed documents' genre (analysis prose, recall on seed-like wordings), coded by the tree coder across all stages."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import after_meeting, dyads, dyads_status

pytestmark = pytest.mark.coder("tree")

MEETING = "On 3 March 2021 Aliyev and Pashinyan met in Moscow."


def test_names_hyphenated_before_a_joint_act_are_its_two_parties(use_coder):
    use_coder("tree")
    # the parse hangs the first name outside the noun phrase ("Belarus" as the subject, "talks" beside it)
    assert {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")} <= dyads(
        "The Belarus–Russia talks on the gas price have been tense and have dragged on for months.")


def test_the_second_name_of_a_hyphenated_pair_before_a_name_is_no_part_of_that_name(use_coder):
    use_coder("tree")
    assert {("BLR", "RUS", "COOPERATE"), ("RUS", "BLR", "COOPERATE")} <= dyads(
        "Minsk hopes that the Kremlin will be interested in successful joint Russia-Belarus Shield-2023 military "
        "exercises scheduled for June.", "2021-03-01")


def test_a_name_s_modifiers_are_no_step_deeper_in_the_infinitive_of_a_request(use_coder):
    use_coder("tree")
    # "attempts to renegotiate" (a request): its other party modifies a noun four phrases down
    assert ("MDA", "RUS", "REQUEST") in dyads(
        "There was also news about Chisinau’s attempts to renegotiate the terms of Russian gas and electricity supplies.")


def test_the_actor_s_own_possessive_is_no_other_party_of_its_act(use_coder):
    use_coder("tree")
    # "her participation" is Armenia's own: the other party is the one further in the clause
    assert dyads("Meanwhile, Armenia is restricting her participation in post-Soviet security initiatives "
                 "in an attempt to prompt Russia to honour her commitments.") == {("ARM", "RUS", "SANCTION")}


def test_the_actor_s_own_thing_with_a_place_in_its_phrase_names_no_other_party(use_coder):
    use_coder("tree")
    assert dyads("Lavrov cancelled his trip to Belgrade after Bulgaria closed its airspace to his plane.") == {
        ("BGR", "RUS", "SANCTION")}


def test_a_joint_act_of_one_party_goes_where_a_relative_clause_on_its_object_takes_it(use_coder):
    use_coder("tree")
    # one way: what the other did is not told
    assert dyads("Erdogan confirmed the sale of the Bayraktar production licence, which will enable the drones "
                 "to be assembled in Ukrainian plants.") == {("TUR", "UKR", "AGREE")}


def test_protests_against_a_named_leader_are_by_his_country_s_people_and_their_repression_is_on_them(use_coder):
    use_coder("tree")
    assert dyads("The jailing of the blogger sparked a wave of anti-Lukashenko protests, which were brutally "
                 "suppressed by the authorities.") == {("BLR", "BLR", "PROTEST"), ("BLR", "BLR", "ASSAULT")}


def test_protests_a_leader_has_to_withstand_are_against_him(use_coder):
    use_coder("tree")
    assert ("KAZ", "KAZ", "PROTEST") in dyads(
        "Observers say Tokayev, who is attempting to withstand unprecedented protests, has sacked the government.")


def test_protests_against_a_foreign_leader_are_by_the_people_of_the_place(use_coder):
    use_coder("tree")
    assert dyads("The anti-Putin protests in Tbilisi were dispersed by police.") == {
        ("GEO", "RUS", "PROTEST"), ("GEO", "GEO", "COERCE")}


def test_a_joint_act_in_a_passive_relative_clause_is_between_the_parties_of_the_whole_phrase(use_coder):
    use_coder("tree")
    # the parse hangs "which are being discussed" on "Union", the last noun of the phrase it describes
    assert {("EU", "MDA", "CONSULT"), ("MDA", "EU", "CONSULT")} <= dyads(
        "The main question is the conditions for Moldova to obtain a loan from the European Union, "
        "which are being discussed this week.", "2021-03-01")


def test_a_pronoun_subject_of_a_coordinated_clause_is_the_subject_before_it(use_coder):
    use_coder("tree")
    assert dyads("The Union State was created in 1999, and since its creation it has achieved considerable "
                 "progress in military integration.", "2021-03-01") == {("BLR", "RUS", "COOPERATE"), ("RUS", "BLR", "COOPERATE")}


def test_a_country_bracing_for_protests_faces_its_people_s_protests_to_come(use_coder):
    use_coder("tree")
    assert dyads_status("As Armenia braced for a fresh round of protests this week, the Kremlin stayed silent.",
                        "2021-03-01") == {
        ("ARM", "ARM", "PROTEST", "planned")}


def test_a_party_no_state_organ_in_a_protest_s_of_phrase_makes_it(use_coder):
    use_coder("tree")
    assert ("GEO", "GEO", "PROTEST") in dyads(
        "Moscow believes that the mass protests of the Georgian public against the foreign agents law were "
        "organised by Western countries.")


def test_an_act_in_the_for_phrase_of_a_verb_of_preparing_is_planned(use_coder):
    use_coder("tree")
    assert dyads_status("Kazakhstan is preparing for a new round of talks with China.") == {
        ("KAZ", "CHN", "CONSULT", "planned"), ("CHN", "KAZ", "CONSULT", "planned")}


def test_a_plural_meeting_noun_after_coordinated_organisations_is_each_one_s_own(use_coder):
    use_coder("tree")
    assert dyads("Next week the EEU and the CIS Summits will take place in Astana.", "2021-03-01") == {
        ("EAEU", None, "CONSULT"), ("CIS", None, "CONSULT")}


def test_the_organisation_where_a_resolution_is_tabled_is_the_one_requested(use_coder):
    use_coder("tree")
    assert dyads("Last year Belarus introduced a draft resolution at the United Nations to grant the CSTO "
                 "observer status.", "2021-03-01") == {("BLR", "UN", "REQUEST")}


def test_an_act_in_a_clause_of_an_alternative_not_taken_is_no_event(use_coder):
    use_coder("tree")
    assert dyads("Rather than impose sanctions on Minsk, the EU chose to negotiate with Lukashenko.") == {
        ("EU", "BLR", "CONSULT"), ("BLR", "EU", "CONSULT")}
    # (the words of a clause inside the verb's own are not its: the sanction is imposed)
    assert ("LTU", "BLR", "SANCTION") in dyads("Instead of waiting for Brussels, Lithuania imposed its own sanctions on Belarus.")


def test_an_act_held_in_an_opinion_is_no_event_but_a_protest_it_presupposes_is(use_coder):
    use_coder("tree")
    assert dyads("Moscow believes that the street protests of the Georgian public against the new law were "
                 "organised and financed by Western countries, especially the USA.") == {("GEO", "GEO", "PROTEST")}
    assert dyads("Lithuania thinks that Russia has deployed new missiles in Kaliningrad.") == set()


def test_a_host_whose_guests_are_not_named_hosts_with_no_target(use_coder):
    use_coder("tree")
    assert dyads("Its neutrality on the Syrian issue allowed Kazakhstan to provide a negotiating venue.") == {
        ("KAZ", None, "CONSULT")}
    assert dyads_status("Turkey has offered a venue for talks.") == {("TUR", None, "CONSULT", "planned")}


def test_a_response_threatened_in_a_clause_announced_by_a_colon_is_the_announcer_s_threat(use_coder):
    use_coder("tree")
    assert dyads("Ankara made its position clear: any attempt to change the border will meet a tough response.") == {
        ("TUR", None, "THREATEN")}


def test_a_clause_before_a_verb_of_opinion_is_not_held_by_it(use_coder):
    use_coder("tree")
    # (the parse may hang the accusation on "believed" as its content clause: the opinion holds only what follows it)
    events = code_text("Pashinyan has been accused of misusing public funds, much of it believed to have been spent "
                       "abroad, by Armenian opposition leaders.", None, "en", allow_unknown=True)
    assert any(e.type == "ACCUSE" for e in events)


def test_the_phrases_of_a_change_noun_are_the_changed_act_s_own(use_coder):
    use_coder("tree")
    assert ("NATO", "BLR", "MOBILIZE") in dyads(
        "Analysts point to the increase in NATO’s military presence along the perimeter of Belarus, a move that worries Minsk.")


def test_a_journey_under_way_is_a_visit_to_come(use_coder):
    use_coder("tree")
    assert dyads_status("Aliyev is heading to Moscow to meet with Putin.") == {
        ("AZE", "RUS", "CONSULT", "planned"), ("RUS", "AZE", "CONSULT", "planned")}
    assert dyads_status("Lukashenko went to Moscow yesterday.", "2021-03-01") == {("BLR", "RUS", "CONSULT", "occurred")}


def test_the_talks_as_the_main_verbs_subject_are_told_again():
    assert after_meeting("The talks lasted about four hours.") == {
        ("AZE", "ARM", "CONSULT", "2021-03-03"), ("ARM", "AZE", "CONSULT", "2021-03-03")}


def test_the_talks_told_again_in_the_same_text_add_nothing():
    events = code_text(MEETING + " The talks lasted about four hours.", "2021-03-04")
    assert sorted((e.source, e.target) for e in events) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_the_talks_in_another_nouns_phrase_stay_a_reference_back():
    assert after_meeting("Officials gave few details ahead of the talks.") == set()


def test_a_relative_clause_with_its_own_subject_tells_the_talks():
    assert {("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")} <= {
        (a, b, t) for a, b, t, _ in after_meeting("It was the first time the two leaders talked since the war.")}


def test_the_talks_in_a_sentence_whose_subject_names_their_pair_are_told_again():
    assert {(a, b, t) for a, b, t, _ in after_meeting(
        "The spokesmen of both leaders praised the good atmosphere of the talks.")} == {
        ("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")}


def test_the_fact_that_they_met_stays_a_reference_back():
    assert after_meeting("The mere fact that the two leaders met shows goodwill.") == set()
    # (control: a meeting again, on a day of its own, is a new one)
    assert ("AZE", "ARM", "CONSULT", "2021-02-26") in after_meeting("The two leaders met again on Friday.")


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
    assert {("CHL", "PER", "ACCUSE"), ("CHL", "BOL", "REQUEST")} <= got


# ------------------------------------------------------------------ a possessive pronoun's owner (preps.owner_pronoun)
def test_its_is_the_owner_of_the_verbs_subject():
    got = {(e.source, e.target, e.type) for e in code_text(
        "Peru's interest in Chile is cooling despite its warm words for the Chilean president.", "2021-03-04")}
    assert ("PER", "CHL", "SUPPORT") in got


def test_its_after_an_actor_subject_is_not_read_as_the_subject():
    got = {(e.source, e.target, e.type) for e in code_text("Chile condemned Peru for its attacks on Bolivia.",
                                                           "2021-03-04")}
    assert not any(t == "ASSAULT" and a == "CHL" for a, _, t in got)
    assert ("CHL", "PER", "ACCUSE") in got


def test_aid_used_by_a_named_doer_is_for_that_doer():
    assert ("RUS", "BLR", "AID", "occurred") in dyads_status("Belarus built the plant with a loan from Russia.")


def test_aid_paying_for_a_named_partys_thing_is_for_that_party():
    assert ("CHN", "UKR", "AID", "occurred") in dyads_status("Ukraine's new highway, built with a Chinese loan, opened in May.", "2026-11-20")
    assert ("RUS", "ARM", "AID", "occurred") in dyads_status("Armenia's army was rearmed with credits from Moscow.")


def test_aid_paying_for_a_thing_of_no_named_party_has_no_recipient():
    assert not any(e[2] == "AID" for e in dyads_status("The bridge was built with a loan from Russia."))
    # (control: with its recipient named)
    assert any(e[:3] == ("RUS", "BLR", "AID") for e in dyads_status("Russia gave Belarus a loan to build the bridge."))


def test_ones_own_commitment_to_another_party_is_an_accord_with_it():
    assert ("BLR", "RUS", "AGREE", "occurred") in dyads_status("Lukashenka reaffirmed his commitment to the alliance with Russia.")
    assert ("BLR", "CSTO", "AGREE", "occurred") in dyads_status("Belarus confirmed its obligations to the CSTO.")


def test_ones_own_trip_to_a_capital_is_no_accord_with_it():
    assert not any(e[2] == "AGREE" for e in dyads_status("Lukashenka confirmed his trip to Moscow."))
    assert any(e[:3] == ("BLR", "RUS", "CONSULT") for e in dyads_status("Lukashenka confirmed his trip to Moscow."))


def test_a_subject_the_parse_hangs_on_the_auxiliary_is_the_verbs():
    # ("Minsk" is parsed as the subject of "has" once an adverbial phrase splits the verb group)
    found = dyads_status("Minsk has over the past few weeks been rejecting the plan proposed by Moscow.")
    assert ("BLR", "RUS", "REJECT", "occurred") in found


def test_support_given_financially_is_aid():
    assert ("RUS", "BLR", "AID", "occurred") in dyads_status("Russia has helped Belarus economically for years.")
    found = dyads_status("Moscow backed Minsk politically.")
    assert ("RUS", "BLR", "SUPPORT", "occurred") in found and not any(e[2] == "AID" for e in found)


def test_concessions_asked_in_return_are_made_to_the_one_who_asks():
    found = dyads_status("The Kremlin has decided to back Lukashenka in exchange for minor concessions from Minsk.")
    assert ("BLR", "RUS", "CONCEDE", "occurred") in found


def test_an_act_conceded_in_an_although_clause_is_coded():
    found = dyads_status("Although the United States gave up on its policy to isolate Russia, disagreements remain.")
    assert ("USA", "RUS", "CONCEDE", "occurred") in found


def test_an_act_in_a_purpose_clause_stays_unstated():
    # (a purpose clause is still another act's circumstance: no target looked for beyond it)
    found = dyads_status("Minsk held drills so that NATO would respect its borders.")
    assert any(e[0] == "BLR" and e[2] == "MOBILIZE" for e in found)  # the drills
    assert not any(e[0] == "BLR" and e[1] == "NATO" and e[2] == "CONCEDE" for e in found)
