"""The tree coder alone (the tree coder alone, the only English coder once the rule coder is gone)
on conditions, threats of a response, denied reports and long sentences (branch only-long): each
mechanism on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.coder.run import code_text


@pytest.fixture(autouse=True)
def _tree_only(use_coder: Callable[[str], None]) -> None:
    use_coder("tree")  # the tree alone: no rule coder's fallback hides a miss


def coded(text: str, pub: str | None = "2021-03-04") -> dict[tuple, str]:
    """(source, target, type) -> status of the events coded."""
    return {(e.source, e.target, e.type): e.status for e in code_text(text, pub, "en")}


# ------------------------------------------------ conditions (syntax.yaml status.conditions)
def test_an_inverted_condition_makes_a_modals_act_hypothetical_not_a_forecast():
    got = coded("Should Riga expel the envoy, Minsk might cut rail links with Latvia, a Belarusian official suggested.")
    assert got.get(("BLR", "LVA", "SANCTION")) == "hypothetical"


def test_a_were_to_condition_makes_the_main_acts_hypothetical():
    got = coded("Were Vilnius to lift the transit ban, Belarus would sign the border treaty with Lithuania, officials said.")
    assert got.get(("BLR", "LTU", "AGREE")) == "hypothetical"
    assert got.get(("LTU", "BLR", "AGREE")) == "hypothetical"


def test_an_ultimatum_is_a_threat_without_its_conditional_act():
    # (the gold sets code "will cut gas unless the debt is paid" as the threat alone: `ultimatum_only`)
    got = coded("Gazprom will halt gas deliveries to Moldova unless the debt is paid, the company said.")
    assert got.get(("RUS", "MDA", "THREATEN")) == "occurred"
    assert ("RUS", "MDA", "SANCTION") not in got


def test_a_warning_sent_with_a_condition_is_a_threat_that_occurred():
    got = coded("Warsaw has sent a warning to Minsk about closing the border if the migrant flights do not stop.")
    assert got.get(("POL", "BLR", "THREATEN")) == "occurred"


# ------------------------------------------------ denied reports: the party that denies owns the act
def test_forces_owned_by_the_denying_party_are_its_own():
    got = coded("Estonia denied that its troops had fired on Russian positions.")
    assert got.get(("EST", "RUS", "ASSAULT")) == "denied"


def test_an_act_said_not_to_have_been_done_to_the_speaker_is_no_accusation():
    got = coded("The OSCE said its observers had not been detained by Russian forces.")
    assert got.get(("RUS", "OSCE", "COERCE")) == "denied"
    assert ("OSCE", "RUS", "ACCUSE") not in got


# ------------------------------------------------ threats of a response (syntax.yaml responded.to_come)
def test_a_response_to_come_under_a_condition_is_a_threat_at_the_conditions_party():
    got = coded("Minsk will respond in kind if Poland closes the border, a Belarusian minister said.")
    assert got.get(("BLR", "POL", "THREATEN")) == "occurred"


def test_a_retaliation_to_come_against_a_party_is_a_threat_at_it():
    got = coded("Armenia could retaliate against Azerbaijani villages if the shelling goes on, a general warned.")
    assert got.get(("ARM", "AZE", "THREATEN")) == "occurred"


def test_a_response_done_is_no_threat_and_leaves_the_protest():
    got = coded("Police in Georgia responded with force as students marched in Tbilisi.")
    assert not any(k[2] == "THREATEN" for k in got)
    assert ("GEO", "GEO", "PROTEST") in got


def test_a_response_named_as_an_act_is_that_act():
    got = coded("Analysts expect Moscow to respond by cutting gas supplies to Moldova.")
    assert ("RUS", "MDA", "SANCTION") in got
    assert ("RUS", "MDA", "THREATEN") not in got


def test_a_response_not_given_is_no_threat():
    assert coded("Moscow did not respond to the Georgian proposal.") == {}


# ------------------------------------------------ reprisals (syntax.yaml `reprisals`)
def test_a_strike_announced_in_response_to_an_attack_is_planned_no_threat():
    got = coded("Baku said it would strike Armenian artillery positions in response to the shelling of Tartar.")
    assert got.get(("AZE", "ARM", "ASSAULT")) == "planned"
    assert ("AZE", "ARM", "THREATEN") not in got


def test_a_strike_announced_with_no_reprisal_is_also_a_threat():
    got = coded("Baku said it would strike Armenian artillery positions.")
    assert got.get(("AZE", "ARM", "THREATEN")) == "occurred"


# ------------------------------------------------ agreements not reached; several parties agreeing
def test_parties_that_failed_to_agree_did_not_agree_both_ways():
    got = coded("Armenia and Georgia failed to agree on the price of transit at their talks.")
    assert got.get(("ARM", "GEO", "AGREE")) == "denied"
    assert got.get(("GEO", "ARM", "AGREE")) == "denied"
    assert not any(k[2] == "REJECT" for k in got)


def test_people_from_two_countries_agreeing_to_act_agree_with_each_other():
    # (the subject names no actor; its phrase of origin does, syntax.yaml preps.origin; the act agreed on
    # does not absorb the accord of several parties)
    got = coded("Customs chiefs from Latvia and Estonia agreed on Tuesday to cut fuel deliveries to Latvia by half.")
    assert got.get(("LVA", "EST", "AGREE")) == "occurred"
    assert got.get(("EST", "LVA", "AGREE")) == "occurred"


def test_a_source_from_a_countrys_industry_is_no_speaker_for_that_state():
    got = coded("A source from Moldova's energy sector said that Moscow stopped supplying gas to Moldova on 1 January.")
    assert ("RUS", "MDA", "SANCTION") in got
    assert ("MDA", "RUS", "ACCUSE") not in got


# ------------------------------------------------ a party named in the relative clause beside the act
def test_a_move_another_party_calls_aggression_is_its_accusation_of_the_mover():
    # ("a move" parsed as a second object of "halted": it stands beside the clause as an apposition)
    got = coded("Latvia halted the transit of Russian coal through its ports on Tuesday, "
                "a move Moscow called an act of economic aggression.")
    assert got.get(("LVA", "RUS", "SANCTION")) == "occurred"
    assert got.get(("RUS", "LVA", "ACCUSE")) == "occurred"


def test_a_vow_to_answer_after_that_relative_clause_is_its_speakers_threat():
    got = coded("Latvia halted the transit of Russian coal through its ports on Tuesday, "
                "a move Moscow called an act of economic aggression and vowed to answer.")
    assert got.get(("RUS", "LVA", "THREATEN")) == "occurred"
    assert ("LVA", "RUS", "THREATEN") not in got


# ------------------------------------------------ an unnamed group as a home act's object (`group_patients`)
def test_prisoners_released_by_a_state_are_its_own_people():
    assert coded("Tbilisi released all political prisoners.").get(("GEO", "GEO", "CONCEDE")) == "occurred"


# ------------------------------------------------ a named party's claim rejected (denied_reports.named)
def test_rejecting_a_named_partys_accusation_is_a_rejection_of_that_party():
    got = coded("Latvia rejected Belarusian accusations that its border guards had beaten migrants.")
    assert got.get(("LVA", "BLR", "REJECT")) == "occurred"
    assert not any(k[2] == "ASSAULT" for k in got)


def test_rejecting_reports_of_no_named_maker_denies_the_act():
    got = coded("Latvia rejected reports that Latvian border guards had beaten migrants from Belarus.")
    assert not any(k[2] == "REJECT" for k in got)


# ------------------------------------------------ status through a governing verb's phrase
def test_a_gerund_in_the_phrase_of_refrain_is_denied():
    got = coded("Ankara has so far refrained from supplying drones to Tbilisi.")
    assert got.get(("TUR", "GEO", "AID")) == "denied"


# ------------------------------------------------ internal directives (syntax.yaml internal_directives)
def test_a_request_to_the_actors_own_minister_is_an_internal_directive():
    assert coded("Putin asked Defence Minister Shoigu to study a pullback of troops once NATO ends its drills.") == {}


def test_a_request_to_another_countrys_leader_stays():
    assert ("RUS", "BLR", "REQUEST") in coded("Putin asked Lukashenka to prepare talks with Finland.")


def test_a_threat_only_possible_under_a_condition_is_hypothetical():
    got = coded("The Kremlin might warn Chisinau of consequences if it deepens ties with Bucharest, analysts suggest.")
    assert got.get(("RUS", "MDA", "THREATEN")) == "hypothetical"


# ------------------------------------------------ the condition's party as the target (condition_target)
def test_a_hostile_act_under_a_condition_is_aimed_at_the_conditions_party():
    got = coded("Moscow could seize Western assets in Russia if Washington freezes Russian reserves, a deputy suggested.")
    assert got.get(("RUS", "USA", "COERCE")) == "hypothetical"
    assert ("RUS", "RUS", "COERCE") not in got


def test_an_act_in_the_condition_is_not_aimed_at_the_main_clauses_subject():
    got = coded("The EU might reinstate sanctions if Belarus executes more prisoners, an MEP said.")
    assert got.get(("EU", "BLR", "SANCTION")) == "hypothetical"
    assert ("BLR", "EU", "ASSAULT") not in got


# ------------------------------------------------ a warning of what another will face (syntax.yaml consequences)
def test_warning_that_another_will_bear_responsibility_is_a_threat_to_it():
    got = coded("The Georgian foreign ministry warns that Moscow will bear full responsibility for the escalation.")
    assert got.get(("GEO", "RUS", "THREATEN")) == "occurred"


def test_warning_of_another_partys_own_act_stays_a_forecast_of_it():
    got = coded("US intelligence warns that Russia may deploy more troops to the Belarusian border.")
    assert ("USA", "RUS", "THREATEN") not in got


# ------------------------------------------------ "their" meeting: the two leaders named before it
def test_their_meeting_after_two_leaders_is_their_consultation():
    got = coded("Erdogan promised Aliyev to help build up the Azerbaijani navy at their meeting in Ankara.")
    assert got.get(("TUR", "AZE", "CONSULT")) == "occurred"
    assert got.get(("AZE", "TUR", "CONSULT")) == "occurred"


# ------------------------------------------------ a withdrawal of no other party (`untargeted`, target_required)
def test_a_named_actors_own_withdrawal_from_its_own_town_has_no_target():
    got = coded("Chilean officials said their troops had completed their withdrawal from the besieged town of Arica.")
    assert got.get(("CHL", None, "RETREAT")) == "occurred"
    assert ("CHL", "CHL", "RETREAT") not in got


def test_a_speaker_saying_another_will_face_consequences_threatens_it():
    assert coded("Lithuania said Minsk would face serious consequences.").get(("LTU", "BLR", "THREATEN")) == "occurred"
    got = coded("A senior Polish official said Russia has to pay a price unless it withdraws.")
    assert got.get(("POL", "RUS", "THREATEN")) == "occurred"


def test_consequences_with_no_speaker_of_a_party_are_no_threat():
    assert coded("Belarus will face consequences, analysts said.") == {}


def test_responsibility_another_bears_now_is_no_threat():
    assert ("GEO", "RUS", "THREATEN") not in coded("Tbilisi said Moscow bears responsibility for the crash.")


# ------------------------------------------------ an answer to a proposal made earlier in the sentence (`answers`)
def test_rejecting_the_proposal_answers_the_one_who_made_it():
    got = coded("Armenia offered Georgia a discount on transit, but Georgia rejected the proposal.")
    assert got.get(("GEO", "ARM", "REJECT")) == "occurred"


def test_rejecting_every_request_answers_the_one_who_demanded():
    got = coded("Minsk demanded compensation from Moscow for the losses, but Moscow has so far rejected every request.")
    assert got.get(("RUS", "BLR", "REJECT")) == "occurred"


# ------------------------------------------------ a warning by an unnamed source reports its content
def test_a_content_clause_warned_by_an_unnamed_minister_is_coded_as_the_named_partys_act():
    got = coded("Kyiv will seize Russian-owned property in Ukraine if Moscow does not free Ukrainian prisoners, a minister warned.")
    assert got.get(("UKR", "RUS", "THREATEN")) == "occurred"
    assert got.get(("UKR", "RUS", "COERCE")) == "hypothetical"


def test_a_named_warners_own_content_stays_its_threat_only():
    got = coded("Lithuania could close the border crossing if Minsk kept sending migrants, Lithuanian officials warned.")
    assert got == {("LTU", "BLR", "THREATEN"): "occurred"}


# ------------------------------------------------ "would" on an object open to any instance (status.open_objects)
def test_a_reported_would_on_any_is_hypothetical():
    got = coded("Tbilisi would veto any return of Russian peacekeepers, Georgian officials said.")
    assert got.get(("GEO", "RUS", "REJECT")) == "hypothetical"


def test_a_reported_would_on_a_definite_object_stays_planned():
    got = coded("Tbilisi would veto the return of Russian peacekeepers, Georgian officials said.")
    assert got.get(("GEO", "RUS", "REJECT")) == "planned"


# ------------------------------------------------ a named act in a phrase beside a speaker's report (convention 4)
def test_a_named_expulsion_in_a_phrase_of_a_report_is_the_act_not_an_accusation():
    got = coded("Moscow said on Tuesday it was expelling 20 Latvian diplomats, a tit-for-tat response to "
                "Riga's expulsion of Russian diplomats last month.")
    assert ("LVA", "RUS", "SANCTION") in got
    assert ("RUS", "LVA", "ACCUSE") not in got


# ------------------------------------------------ a trigger's object with "no"
def test_reaching_no_agreement_is_the_agreement_denied():
    got = coded("The Armenian and Azerbaijani foreign ministers reached no agreement on the border.")
    assert got.get(("ARM", "AZE", "AGREE")) == "denied"


# ------------------------------------------------ mediators (syntax.yaml mediation)
def test_a_mediator_is_no_party_of_the_talks():
    got = coded("The Armenian and Azerbaijani foreign ministers met in Moscow on Friday, with Kazakhstan's foreign minister mediating.")
    assert {("ARM", "AZE", "CONSULT"), ("AZE", "ARM", "CONSULT")} <= set(got)
    assert not any("KAZ" in (a, b) for a, b, _ in got)  # (no mediation event either: the blind sets' gold)


def test_a_swap_mediated_by_a_third_state_is_no_act_of_it():
    got = coded("Kyiv and Moscow exchanged hundreds of prisoners on Wednesday in a swap mediated by Qatar.")
    assert {("UKR", "RUS", "CONCEDE"), ("RUS", "UKR", "CONCEDE")} <= set(got)
    assert not any("QAT" in (a, b) for a, b, _ in got)


def test_agreeing_to_a_third_states_mediation_stays_an_agreement_with_it():
    got = coded("Yerevan has agreed to French mediation in the talks with Baku, an Armenian official said.")
    assert ("FRA", "ARM", "CONSULT") not in got or ("ARM", "FRA", "AGREE") in got


# ------------------------------------------------ exchanges (syntax.yaml exchanges)
def test_a_release_in_exchange_for_the_actors_own_people_is_released_back():
    got = coded("Uzbekistan released the detained Kazakh border guards in exchange for Uzbek farmers.")
    assert {("UZB", "KAZ", "CONCEDE"), ("KAZ", "UZB", "CONCEDE")} <= set(got)


def test_a_release_in_exchange_for_a_payment_is_one_way():
    got = coded("Uzbekistan released the detained Kazakh border guards in exchange for a payment.")
    assert ("KAZ", "UZB", "CONCEDE") not in got
