"""English events from a trigger and the parties the tree gives an act no role for (coder/tree/events.py): promises, protests, forces, purposes, threats, aid."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    dyads,
    dyads_status,
    dyads_status_date,
    pairs,
    status_by_dyad,
    types,
)

pytestmark = pytest.mark.coder("tree")


def test_ready_to_act_takes_the_subject_of_ready_and_is_planned():
    got = dyads_status_date("Latvia is ready to expel Russian diplomats.", "2021-03-04")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("LVA", "RUS", "SANCTION", "planned")}


def test_an_act_others_expect_of_the_subject_is_no_promise():
    got = dyads("Chilean troops are set to leave Peru after the drills.")
    assert ("CHL", "PER", "RETREAT") in got
    assert not any(ty == "AGREE" for _, _, ty in got)


# ------------------------------------------------------------------ tree-absorb2: readiness for a hostile act (ready_threat)
def test_a_stated_readiness_for_a_hostile_act_is_a_threat_not_the_act():
    got = dyads("Chile said it was ready to attack Peru.")
    assert ("CHL", "PER", "THREATEN") in got
    assert ("CHL", "PER", "ASSAULT") not in got
    events = code_text("Chile is prepared to send troops to the border with Peru.", "2021-03-04", "en")
    assert [(e.type, e.cameo, e.status) for e in events if e.target == "PER"] == [("THREATEN", "130", "occurred")]


def test_a_readiness_threat_takes_the_acts_own_threat_code():
    events = code_text("Chile said it was prepared to attack Peru.", "2021-03-04", "en")
    assert {(e.source, e.target, e.type, e.cameo) for e in events} == {("CHL", "PER", "THREATEN", "138")}


@pytest.mark.parametrize("text", [
    "Moscow lifted the ban on Moldovan apples on Tuesday.",
    "The Kremlin said it is ready to lift the ban on Moldovan apples.",
    "Brussels will ease sanctions on Minsk.",
    "Ankara lifted the embargo on Yerevan last week.",
    "Russia ended the ban on Turkish tomatoes.",
])
def test_a_measure_eased_is_a_concession_not_a_sanction(text: str) -> None:
    got = types(text, "2024-05-10")
    assert "CONCEDE" in got and "SANCTION" not in got


def test_a_blockade_ended_is_no_sanction() -> None:
    got = types("Ankara ended the blockade of Yerevan.")
    assert got & {"CONCEDE", "RETREAT"} and "SANCTION" not in got


def test_a_measure_imposed_beside_one_eased_is_still_a_sanction() -> None:
    got = {(a, b, t) for a, b, t, _ in dyads_status("Moscow lifted the ban on Moldovan apples and imposed an embargo on Georgia.")}
    assert {("RUS", "MDA", "CONCEDE"), ("RUS", "GEO", "SANCTION")} <= got
    assert ("RUS", "MDA", "SANCTION") not in got


@pytest.mark.parametrize("text", [
    "Moscow's counter-sanctions against Brussels hit dairy farmers.",
    "The Turkish ban has hurt Russian exports badly.",
    "Poland's farmers were hit hard by the Ukrainian embargo.",
])
def test_an_economic_blow_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_a_strike_on_people_or_a_city_is_still_an_attack() -> None:
    assert ("RUS", "UKR", "ASSAULT") in {(a, b, t) for a, b, t, _ in dyads_status("Russian missiles hit Kyiv.")}
    assert "ASSAULT" in types("Russian missiles hit Ukrainian farmers near Kherson.")


@pytest.mark.parametrize("text, pair", [
    ("Turkish aircraft struck Afrin in Syria on Sunday.", ("TUR", "SYR")),
    ("Saudi warplanes struck Sanaa overnight.", ("SAU", "YEM")),
])
def test_a_strike_by_aircraft_is_an_attack_not_a_labour_strike(text: str, pair: tuple[str, str]) -> None:
    got = {(a, b, t) for a, b, t, _ in dyads_status(text, "2024-05-10")}
    assert (*pair, "ASSAULT") in got
    assert not any(t == "PROTEST" for _, _, t in got)


def test_workers_who_strike_still_protest() -> None:
    assert "PROTEST" in types("Dockers in Argentina struck for higher pay on Monday.", "2024-05-10")


@pytest.mark.parametrize(("text", "pair"), [
    ("Israel struck Iran on Saturday.", ("ISR", "IRN")),
    ("Turkey struck Kurdish positions in Syria last night.", ("TUR", "SYR")),
])
def test_a_state_that_strikes_another_attacks_and_does_not_go_on_strike(text: str, pair: tuple[str, str]) -> None:
    # the labour strike's verb is `intransitive`: a party as its object makes it the attack's verb only
    got = dyads_status(text, "2024-05-10")
    assert (*pair, "ASSAULT", "occurred") in got
    assert not any(t == "PROTEST" for _, _, t, _ in got)


# ------------------------------------------------------------------ another's word on what an actor will do
def test_a_third_countrys_warning_of_an_attack_is_no_threat_by_the_attacker():
    got = dyads("Turkey could attack Kurdish positions in Syria at any moment, the French foreign minister said.")
    assert ("TUR", "SYR", "THREATEN") not in got
    assert ("TUR", "SYR", "ASSAULT") in got


def test_protesters_offered_help_are_no_protest_of_their_own():
    got = dyads("The Polish prime minister offered medical treatment to Belarusian protesters.")
    assert ("BLR", "BLR", "PROTEST") not in got


# ------------------------------------------------------------------ warnings of another's act (syntax.yaml warnings)
def test_a_warning_of_anothers_act_is_no_threat():
    got = dyads("Japanese intelligence warns that China may deploy more warships near Taiwan next year.", "2022-05-06")
    assert not any(ty == "THREATEN" for _, _, ty in got)
    assert ("CHN", "TWN", "MOBILIZE") in got  # the deployment warned of stays coded


def test_a_warning_of_ones_own_act_stays_a_threat():
    got = dyads("China has warned that it could halt rare earth exports to Japan if Tokyo imposes new tariffs.")
    assert ("CHN", "JPN", "THREATEN") in got


def test_an_amount_in_aid_pledged_is_aid_pledged():
    # syntax.yaml `preps.amount`: "$100 million in aid" is the aid
    assert ("NOR", "MDA", "AID", "planned") in dyads_status("Norway pledged $30 million in aid to Moldova.")


def test_a_promise_never_to_make_a_conciliatory_act_is_its_refusal():
    # `_refused`: the open clause of a negated promise; the promise itself is not coded (`_promised_refusal`)
    got = dyads("Serbia vowed never to recognise Kosovo.")
    assert ("SRB", "XKX", "REJECT") in got and ("SRB", "XKX", "AGREE") not in got
    got = dyads("Chile vowed never to sign the accord with Bolivia.")
    assert ("CHL", "BOL", "REJECT") in got and ("CHL", "BOL", "AGREE") not in got
    # a promise not to do a hostile act stays a promise
    assert ("UKR", "BLR", "AGREE") in dyads("Kyiv pledged not to attack Belarus.")


def test_a_crowd_storming_a_building_is_a_violent_protest():
    # syntax.yaml `crowd_riots`: protesters storming or ransacking a place protest violently (CAMEO 145)
    got = code_text("Thousands of protesters stormed the parliament building in Skopje overnight.", "2024-01-10")
    assert [(e.source, e.target, e.type, e.cameo) for e in got] == [("MKD", "MKD", "PROTEST", "145")]
    # soldiers storming a town assault it; protesters attacking an embassy assault it
    assert not any(t == "PROTEST" for _, _, t in dyads("Macedonian police stormed a village near Kumanovo on Sunday.",
                                                       "2024-01-10"))
    assert ("COD", "BEL", "ASSAULT") in dyads("Protesters in Kinshasa attacked the Belgian embassy on Tuesday.",
                                              "2024-01-10")


def test_aid_promised_is_the_aid_planned_with_no_accord_beside_it():
    # syntax.yaml `promised_acts` / `promise_verbs` (convention 5): a promise of a loan is the loan, planned
    got = dyads_status("Beijing pledged on Tuesday to lend Islamabad $2 billion to shore up its reserves.",
                       "2024-01-10")
    assert ("CHN", "PAK", "AID", "planned") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)
    got = dyads_status("Riyadh promised Cairo a new $3 billion deposit and a loan for fuel imports.")
    assert ("SAU", "EGY", "AID", "planned") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)
    # (a promise of something else stays the promise: `promised_sums`)
    assert ("JPN", "PHL", "AGREE") in dyads("Tokyo promised to give Manila all-round assistance under the alliance.")
    assert ("TUR", "SWE", "AGREE") in dyads("Ankara promised Stockholm that it would ratify the protocol soon.")


def test_a_commitment_reaffirmed_is_a_promise_one_way():
    found = pairs("Armenia reaffirmed its commitments to the CSTO on Friday.", "AGREE", "2026-11-20")
    assert found == {("ARM", "CSTO")}


def test_participation_confirmed_is_a_promise_to_the_organiser():
    assert pairs("Georgia confirmed its participation in the NATO exercises.", "AGREE") == {("GEO", "NATO")}


def test_financial_help_offered_is_aid():
    found = dyads_status("The Kremlin offered Minsk financial help to weather the sanctions.")
    assert ("RUS", "BLR", "AID", "planned") in found


def test_tear_gas_fired_at_protesters_alone_stays_an_assault():
    assert ("SRB", "SRB", "ASSAULT") in dyads("Serbian riot police fired tear gas at students in Belgrade.")


def test_force_not_ruled_out_with_the_time_between():
    assert ("RUS", "MDA") in pairs("Moscow declined this week to rule out military pressure on Moldova.",
                                   "THREATEN", "2026-11-20")


def test_a_promised_reckoning_is_a_threat_to_the_attacker():
    text = "Hezbollah fired rockets at Israel, and the Israeli defence minister promised that Lebanon would pay dearly."
    assert ("ISR", "LBN") in pairs(text, "THREATEN")


def test_a_vow_of_vengeance_or_necessary_measures_is_a_threat_not_a_promise():
    assert ("IRN", "ISR") in pairs("Tehran vowed to avenge the death of its commanders at the hands of Israel.",
                                   "THREATEN")
    text = "Beijing pledged to take all necessary measures against Manila."
    assert ("CHN", "PHL") in pairs(text, "THREATEN") and not pairs(text, "AGREE")


def test_readiness_to_use_nuclear_weapons_on_a_party_is_a_threat():
    assert ("RUS", "POL") in pairs("Moscow said it stood ready to use tactical nuclear weapons against Poland.",
                                   "THREATEN")


def test_an_act_one_comes_under_or_faces_is_the_other_s_act_on_one():
    assert ("RUS", "GEO", "ASSAULT") in dyads("Georgian villages came under attack from Russian forces.")
    assert ("RUS", "GEO", "ASSAULT") in dyads("Georgian positions came under artillery fire from Russian troops.")
    assert ("EGY", "ISR", "ACCUSE") in dyads("Israel faced criticism from Egypt over the raid.")
    assert ("RUS", "GEO", "COERCE") in dyads("Georgia suffered a cyber attack from Russia.")


def test_an_invitation_to_act_is_an_appeal_an_invitation_to_meet_an_offer():
    got = dyads("Armenia invited Russia to send more border guards.")
    assert ("ARM", "RUS", "REQUEST") in got
    # (an invitation to come is no accord: no development gold codes one; mended on purpose, prec11)
    assert ("RUS", "BLR", "AGREE") not in dyads("Putin invited Lukashenka to visit Moscow.")


def test_a_vow_to_answer_threatens_and_a_vow_never_to_recognise_refuses() -> None:
    assert ("RUS", "EST", "THREATEN") in dyads("Estonia expelled a Russian diplomat, and Russia vowed on Monday to respond.", "2023-06-01")
    assert ("LTU", "RUS", "REJECT") in dyads("Lithuania vowed never to recognise Russia's annexation of Crimea.")


def test_force_held_out_on_a_condition_is_a_threat_and_its_denial_none():
    assert ("CHN", "TWN", "THREATEN") in dyads("Beijing could use force if Taiwan declared independence, an official said.")
    assert not any(t == "THREATEN" for _, _, t in dyads("Russia would never use force against Finland, Peskov said."))


def test_force_held_out_against_any_comer_or_a_right_to_strike_reserved_is_a_threat():
    assert ("RUS", "UKR", "THREATEN") in dyads("Moscow said it would target any tanks sent to Ukraine.")
    assert ("RUS", "UKR", "THREATEN") in dyads("Lavrov said Russia reserved the right to strike countries arming Ukraine.")
    # (an attack that happened stays one)
    got = dyads("Ukraine shot down all the Russian drones on Sunday.", "2024-03-15")
    assert ("UKR", "RUS", "ASSAULT") in got and not any(t == "THREATEN" for _, _, t in got)


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
    got = dyads("In the view of analysts in Minsk, the Kremlin is unlikely to grant the regime any fresh money.")
    assert ("RUS", "BLR", "AID") in got


def test_a_response_vowed_in_a_headline_is_a_threat():
    found = dyads_status("Moscow condemns Tallinn over consulate closure, vows response")
    assert ("RUS", "EST", "THREATEN", "occurred") in found
    assert not any(e[2] == "AGREE" for e in found)


def test_readiness_raised_is_an_alert() -> None:
    assert any(a == "POL" and t == "MOBILIZE" for a, _, t in dyads("Poland raised its military readiness on Monday.",
                                                                   "2024-05-10"))


def test_a_promise_to_withdraw_troops_is_no_offer_of_troops():
    got = dyads("Putin promised to withdraw troops from Georgia.")
    assert ("RUS", "GEO", "RETREAT") in got and ("RUS", "GEO", "AID") not in got
    assert ("RUS", "MLI", "AID") in dyads("Russia offered troops to the mission in Mali.")


def test_a_named_partys_pledge_to_act_is_its_promise():
    assert ("RUS", "ARM", "AGREE") in dyads("Putin's pledge on Monday to send Russian border guards to Armenia reassured Yerevan.", "2024-05-10")


def test_an_ultimatum_is_a_threat_without_its_conditional_act():
    # (the gold sets code "will cut gas unless the debt is paid" as the threat alone: `ultimatum_only`)
    got = status_by_dyad("Gazprom will halt gas deliveries to Moldova unless the debt is paid, the company said.")
    assert got.get(("RUS", "MDA", "THREATEN")) == "occurred"
    assert ("RUS", "MDA", "SANCTION") not in got


def test_a_warning_sent_with_a_condition_is_a_threat_that_occurred():
    got = status_by_dyad("Warsaw has sent a warning to Minsk about closing the border if the migrant flights do not stop.")
    assert got.get(("POL", "BLR", "THREATEN")) == "occurred"


def test_a_strike_announced_with_no_reprisal_is_also_a_threat():
    got = status_by_dyad("Baku said it would strike Armenian artillery positions.")
    assert got.get(("AZE", "ARM", "THREATEN")) == "occurred"


def test_a_vow_to_answer_after_that_relative_clause_is_its_speakers_threat():
    got = status_by_dyad("Latvia halted the transit of Russian coal through its ports on Tuesday, "
                         "a move Moscow called an act of economic aggression and vowed to answer.", "2021-03-04")
    assert got.get(("RUS", "LVA", "THREATEN")) == "occurred"
    assert ("LVA", "RUS", "THREATEN") not in got


# ------------------------------------------------ a warning of what another will face (syntax.yaml consequences)
def test_warning_that_another_will_bear_responsibility_is_a_threat_to_it():
    got = status_by_dyad("The Georgian foreign ministry warns that Moscow will bear full responsibility for the escalation.")
    assert got.get(("GEO", "RUS", "THREATEN")) == "occurred"


def test_a_future_perfect_tells_a_timetable_no_promise():
    got = dyads("Russian troops will have left the country by the end of the month, the Kazakh president said.",
                "2024-05-10")
    assert ("RUS", "KAZ", "RETREAT") in got and ("RUS", "KAZ", "AGREE") not in got
    assert ("RUS", "KAZ", "AGREE") in dyads("Russia will withdraw its troops from Kazakhstan.")


@pytest.mark.coder("learned")  # (its file had no marker: the default coder)
def test_joined_sanctions_are_the_joiners_act_only() -> None:
    # another's sanctions taken up: the news is the joiner's act, the owner's sanctions are background
    assert dyads("Norway joined the European Union's sanctions against Russia.") == {("NOR", "RUS", "SANCTION")}
    assert dyads("Switzerland adopted the EU's sanctions against Moscow on Tuesday.") == {("CHE", "RUS", "SANCTION")}
    # (one joined in imposing them acts too: both impose)
    assert ("USA", "IRN", "SANCTION") in dyads("Japan joined the United States in imposing sanctions on Iran.")


# ------------------------------------------------ an undertaking taken back from the one it was made to (owned_partner)
def test_reneging_on_ones_own_promise_is_aimed_at_the_one_it_was_made_to():
    assert ("RUS", "UKR", "REJECT") in dyads("Putin reneged on his commitment to Ukraine over grain exports.")
    assert ("RUS", "UKR", "REJECT") in dyads("The Kremlin leader went back on his promise to Kyiv.")
    # (a trip's destination is no party bound by it)
    assert not any(d[2] == "REJECT" for d in dyads("Putin cancelled his trip to Belgrade."))


# ------------------------------------------------ forces raised whose own act is aimed at another (_object_relative_party)
def test_cyber_forces_trained_to_attack_another_are_mobilized_against_it():
    assert ("IRN", "ISR", "MOBILIZE") in dyads("Iran has trained hundreds of hackers capable of mounting attacks against Israel.")
    # (no other party named: forces raised, aimed at no one)
    assert ("RUS", None, "MOBILIZE") in dyads("Russia has set up a new cyber army.")


# ------------------------------------------------------------ an organisation's meeting as another act's setting
def test_a_summit_where_another_act_takes_place_is_no_meeting_of_its_own():
    # "at/for a summit", "on the margins of the summit": where the act told took place (`meeting_settings`)
    found = dyads("On the margins of the G20 summit in Rio, Lula and Albanese held talks.")
    assert ("G20", None, "CONSULT") not in found and ("BRA", "AUS", "CONSULT") in found, found
    assert ("CSTO", None, "CONSULT") not in dyads("The remarks Tokayev made at a CSTO summit in Bishkek angered Baku.")
    # (the summit itself told: the organisation's own meeting)
    assert ("CSTO", None, "CONSULT") in dyads("The CSTO summit will open in Minsk on Friday.")
