"""English events from a trigger and the parties the tree gives an act no role for (coder/tree/events.py): promises, protests, forces, purposes, threats, aid."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    _coded_20261120,
    _pairs,
    coded_20230601,
    coded_en_status_by_triple_20210304,
    coded_en_status_date_20210304,
    dyads_en_20210304_b,
    dyads_en_20220506,
    dyads_en_20240510,
    events_en_status_20210304,
    events_en_status_20210304_b,
    events_en_status_20240110,
    pairs_20240510,
    pairs_en_20220610,
    pairs_en_20240105,
    pairs_en_20240110,
    pairs_en_20240110_b,
    types,
    uses,
)
from tests.coder.tree.helpers import (
    _coded_status_20261120 as _coded,
)
from tests.coder.tree.helpers import (
    coded_en_status_20240510 as coded,
)
from tests.coder.tree.helpers import (
    dyads_en_20210304 as dyads,
)
from tests.coder.tree.helpers import (
    events_en_20240315 as events,
)
from tests.coder.tree.helpers import (
    pairs_en_20210304 as pairs,
)

pytestmark = pytest.mark.coder("tree")


@uses(coded=coded_en_status_date_20210304)
def test_5_an_offer_of_aid_is_planned_aid():
    got = coded("Moscow offered Minsk a new loan.", "2021-03-04")
    assert any(s == "RUS" and t == "BLR" and ty == "AID" and st == "planned" for s, t, ty, st, _ in got)


def test_6_expelling_diplomats_is_a_sanction():
    assert ("LTU", "BLR", "SANCTION") in dyads("Lithuania expelled two Belarusian diplomats on Friday.")


def test_an_agreement_to_sanction_is_the_sanction():
    got = dyads("EU ministers agreed to expand sanctions against Belarus.")
    assert ("EU", "BLR", "SANCTION") in got
    assert all(t != "AGREE" for _, _, t in got)


def test_a_purpose_clause_under_another_act_is_no_home_act():
    # the demand is the protest's purpose, not an act of its own
    got = dyads("Chilean miners began a hunger strike to demand higher wages.")
    assert not any(ty == "REQUEST" for _, _, ty in got)


def test_a_planned_sanction_is_no_threat():
    got = dyads("Norway will suspend economic aid to Syria.")
    assert ("NOR", "SYR", "SANCTION") in got and not any(ty == "THREATEN" for _, _, ty in got)


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


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_an_offer_of_aid_is_the_aid_planned():
    # convention 5, the README's own example
    def coded(text: str) -> set[tuple]:
        return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2021-03-04", "en")}

    assert ("RUS", "BLR", "AID", "planned") in coded("Moscow offered Minsk a credit line.")
    assert ("SYR", "LBN", "AID", "planned") in coded("Syria offered troops to Lebanon.")
    assert ("RUS", "SYR", "AID", "occurred") in coded("Russia delivered the promised aid to Syria.")


@pytest.mark.parametrize("text", [
    "Moscow lifted the ban on Moldovan apples on Tuesday.",
    "The Kremlin said it is ready to lift the ban on Moldovan apples.",
    "Brussels will ease sanctions on Minsk.",
    "Ankara lifted the embargo on Yerevan last week.",
    "Russia ended the ban on Turkish tomatoes.",
])
def test_a_measure_eased_is_a_concession_not_a_sanction(text: str) -> None:
    got = types(text)
    assert "CONCEDE" in got and "SANCTION" not in got


def test_a_blockade_ended_is_no_sanction() -> None:
    got = types("Ankara ended the blockade of Yerevan.")
    assert got & {"CONCEDE", "RETREAT"} and "SANCTION" not in got


def test_a_measure_imposed_beside_one_eased_is_still_a_sanction() -> None:
    got = {(a, b, t) for a, b, t, _ in coded("Moscow lifted the ban on Moldovan apples and imposed an embargo on Georgia.")}
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
    assert ("RUS", "UKR", "ASSAULT") in {(a, b, t) for a, b, t, _ in coded("Russian missiles hit Kyiv.")}
    assert "ASSAULT" in types("Russian missiles hit Ukrainian farmers near Kherson.")


@pytest.mark.parametrize("text, pair", [
    ("Turkish aircraft struck Afrin in Syria on Sunday.", ("TUR", "SYR")),
    ("Saudi warplanes struck Sanaa overnight.", ("SAU", "YEM")),
])
def test_a_strike_by_aircraft_is_an_attack_not_a_labour_strike(text: str, pair: tuple[str, str]) -> None:
    got = {(a, b, t) for a, b, t, _ in coded(text)}
    assert (*pair, "ASSAULT") in got
    assert not any(t == "PROTEST" for _, _, t in got)


def test_workers_who_strike_still_protest() -> None:
    assert "PROTEST" in types("Dockers in Argentina struck for higher pay on Monday.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Israel struck Iran on Saturday.", ("ISR", "IRN")),
    ("Turkey struck Kurdish positions in Syria last night.", ("TUR", "SYR")),
])
def test_a_state_that_strikes_another_attacks_and_does_not_go_on_strike(text: str, pair: tuple[str, str]) -> None:
    # the labour strike's verb is `intransitive`: a party as its object makes it the attack's verb only
    got = coded(text)
    assert (*pair, "ASSAULT", "occurred") in got
    assert not any(t == "PROTEST" for _, _, t, _ in got)


def test_a_strike_with_no_party_as_object_is_still_a_labour_strike() -> None:
    assert "PROTEST" in types("Dockers in Poland struck for higher pay on Monday.")


def test_closing_a_diplomatic_mission_is_a_sanction():
    # convention 6 (reducing diplomatic relations): the mission's place or country is the target
    assert ("ECU", "PER", "SANCTION") in pairs("Ecuador closed its embassy in Lima.")
    assert ("ECU", "PER", "SANCTION") in pairs("Ecuador ordered the closure of the Peruvian consulate in Guayaquil.")
    assert not pairs("The embassy was closed for the holiday.")


def test_aid_stopped_is_one_sanction_also_as_a_passive():
    got = code_text("Chile stopped supplying gas to Argentina on Monday.", "2021-03-04", "en")
    assert [(e.source, e.target, e.type) for e in got] == [("CHL", "ARG", "SANCTION")]
    assert ("CHL", "ARG", "SANCTION") in pairs("Chilean gas supplies to Argentina were cut on Monday.")


@uses(events=events_en_status_20210304)
def test_suspending_freight_traffic_is_a_sanction():
    assert ("ECU", "PER", "SANCTION", "planned") in events(
        "Ecuador said it would suspend all freight traffic through the border with Peru.")
    assert ("LVA", "RUS", "SANCTION", "planned") in events(
        "Latvia said it would suspend all freight traffic through its border with Russia.")


# ------------------------------------------------------------------ forces leaving (syntax.yaml departures)
@uses(dyads=dyads_en_20220506)
def test_the_withdrawal_of_forces_from_a_country_is_theirs():
    got = dyads("The withdrawal of Turkish troops from northern Iraq was completed on Sunday.")
    assert ("TUR", "IRQ", "RETREAT") in got
    assert ("IRQ", "TUR", "RETREAT") not in got


def test_a_withdrawal_with_no_forces_named_is_not_read_again():
    # (no "of" phrase of forces: the possessor is the one leaving, the topic of talks no event)
    got = dyads("Israel and Lebanon renewed talks on an Israeli troop pullback from Lebanon.")
    assert not any(ty == "RETREAT" for _, _, ty in got)


# ------------------------------------------------------------------ military strikes (patterns.yaml)
def test_striking_targets_is_an_assault_not_a_labour_strike():
    got = dyads("Turkish jets struck targets in northern Iraq overnight.")
    assert ("TUR", "IRQ", "ASSAULT") in got
    assert not any(ty == "PROTEST" for _, _, ty in got)


@uses(dyads=dyads_en_20220506)
def test_workers_striking_stay_a_protest():
    got = dyads("Dockworkers in Gdansk struck on Monday over pay, Polish media reported.")
    assert not any(ty == "ASSAULT" for _, _, ty in got)


# ------------------------------------------------------------------ protests as another act's party
def test_riot_police_are_no_riot():
    got = dyads("Serbian riot police fired tear gas at protesters in Belgrade.")
    assert not any(ty == "PROTEST" for _, _, ty in got)


def test_protesters_offered_help_are_no_protest_of_their_own():
    got = dyads("The Polish prime minister offered medical treatment to Belarusian protesters.")
    assert ("BLR", "BLR", "PROTEST") not in got


# ------------------------------------------------------------------ approving aid (patterns.yaml)
@uses(dyads=dyads_en_20220506)
def test_approving_a_disbursement_is_aid_not_an_agreement():
    got = dyads("The World Bank board approved a $200 million disbursement to Georgia on Friday.")
    assert ("WB", "GEO", "AID") in got or any(ty == "AID" and t == "GEO" for _, t, ty in got)
    assert not any(ty == "AGREE" and s == "GEO" for s, _, ty in got)


@uses(dyads=dyads_en_20220506)
def test_approving_arms_deliveries_is_aid():
    got = dyads("The German government approved arms deliveries to Ukraine on Sunday.")
    assert ("DEU", "UKR", "AID") in got
    assert ("UKR", "DEU", "AGREE") not in got


@uses(events=events_en_status_20210304)
def test_hardware_delivered_to_another_party_is_aid():
    assert ("FRA", "GRC", "AID", "occurred") in events("France delivered six Rafale fighters to Greece on Monday.")
    assert ("USA", "PHL", "AID") in pairs("Washington has supplied Manila with two patrol boats.")
    assert ("CHN", "SRB", "AID") in pairs("China shipped 500,000 doses of its vaccine to Serbia.")
    # handed over: aid, not an extradition (COOPERATE)
    got = pairs("Norway handed over two air-defence systems to Estonia.")
    assert ("NOR", "EST", "AID") in got and ("NOR", "EST", "COOPERATE") not in got
    # a strike "delivered" is no aid
    assert not any(t == "AID" for _, _, t in pairs("Israel delivered a missile strike on Syria."))


def test_sanctions_on_checks_ports_staff_accreditation_and_visa_free_travel():
    assert ("ROU", "MDA", "SANCTION") in pairs("Romania tightened checks on Moldovan trucks.")
    assert ("EST", "LVA", "SANCTION") in pairs("Estonia closed its ports to Latvian ships on Monday.")
    assert ("CZE", "SVK", "SANCTION") in pairs("Prague cut diplomatic staff at the Slovak embassy.")
    assert ("ARM", "FRA", "SANCTION") in pairs("Yerevan withdrew accreditation from French journalists.")
    assert ("EU", "SRB", "SANCTION") in pairs("The EU suspended visa-free travel for Serbian officials.")


def test_a_bare_name_after_the_verb_is_the_one_the_nominal_act_is_for():
    # "promised Peru military aid": the parse hangs "Peru" on "aid"; Peru receives it
    got = pairs("Chile promised Peru military aid.")
    assert ("CHL", "PER", "AID") in got and ("PER", "CHL", "AID") not in got


def test_firing_drills_are_military_moves_and_debts_refinanced_are_aid():
    got = pairs("The Turkish navy will begin firing drills near the Greek coast.")
    assert ("TUR", "GRC", "MOBILIZE") in got and not any(t == "ASSAULT" for _, _, t in got)
    assert ("CHN", "LAO", "AID") in pairs("China agreed to refinance Laos's debt.")


@uses(events=events_en_status_20210304)
def test_an_amount_in_aid_pledged_is_aid_pledged():
    # syntax.yaml `preps.amount`: "$100 million in aid" is the aid
    assert ("NOR", "MDA", "AID", "planned") in events("Norway pledged $30 million in aid to Moldova.")


def test_an_act_in_the_object_of_a_joined_verb_act_takes_its_party():
    # "met X and promised <aid>": the promise is aimed at X, and so is the aid it names (a sum promised is the aid
    # planned, no accord beside it: syntax.yaml `promised_sums`, convention 5)
    got = pairs("The Japanese prime minister met the Philippine president in Manila and promised military assistance worth $40 million.")
    assert ("JPN", "PHL", "AID") in got and ("JPN", "PHL", "AGREE") not in got
    # the aid's own party stays its own
    got = pairs("Scholz met Duda and promised military assistance to Kyiv.")
    assert ("DEU", "UKR", "AID") in got and ("DEU", "POL", "AID") not in got


def test_a_promise_never_to_make_a_conciliatory_act_is_its_refusal():
    # `_refused`: the open clause of a negated promise; the promise itself is not coded (`_promised_refusal`)
    got = pairs("Serbia vowed never to recognise Kosovo.")
    assert ("SRB", "XKX", "REJECT") in got and ("SRB", "XKX", "AGREE") not in got
    got = pairs("Chile vowed never to sign the accord with Bolivia.")
    assert ("CHL", "BOL", "REJECT") in got and ("CHL", "BOL", "AGREE") not in got
    # a promise not to do a hostile act stays a promise
    assert ("UKR", "BLR", "AGREE") in pairs("Kyiv pledged not to attack Belarus.")


@uses(pairs=pairs_en_20240110)
def test_a_crowd_storming_a_building_is_a_violent_protest():
    # syntax.yaml `crowd_riots`: protesters storming or ransacking a place protest violently (CAMEO 145)
    got = code_text("Thousands of protesters stormed the parliament building in Skopje overnight.", "2024-01-10")
    assert [(e.source, e.target, e.type, e.cameo) for e in got] == [("MKD", "MKD", "PROTEST", "145")]
    # soldiers storming a town assault it; protesters attacking an embassy assault it
    assert not any(t == "PROTEST" for _, _, t in pairs("Macedonian police stormed a village near Kumanovo on Sunday."))
    assert ("COD", "BEL", "ASSAULT") in pairs("Protesters in Kinshasa attacked the Belgian embassy on Tuesday.")


def test_a_step_that_will_not_remain_without_a_response_is_a_threat_said_now():
    found = _coded("Beijing denounced Tokyo's decision to send warships and said the step would not go unanswered.")
    assert ("CHN", "JPN", "THREATEN", "occurred") in found
    assert ("CHN", "JPN", "ACCUSE", "occurred") in found


@uses(pairs=pairs_en_20240110)
@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_closing_some_of_the_crossing_points_is_a_sanction():
    # the singular "crossing point", "checkpoint" and a wider window for quantified objects
    assert ("EST", "RUS", "SANCTION") in pairs("Estonia will shut three more of its seven crossing points with Russia.")
    assert ("NOR", "RUS", "SANCTION") in pairs("Oslo closed all but one checkpoint on its frontier with Russia.")


@uses(pairs=pairs_en_20240110)
@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_closing_the_skies_is_a_sanction_and_the_union_closing_them_no_ban_on_a_union():
    # "skies" among the SANCTION objects; "union" of a 172 ban no longer read back into "the European Union"
    assert ("EU", "BLR", "SANCTION") in pairs("The European Union closed its skies and airports to Belarusian planes.")
    assert ("EU", "BLR", "COERCE") not in pairs("The European Union closed its airports to Belarusian carriers.")
    assert ("BLR", "POL", "COERCE") in pairs("Minsk outlawed the Union of Poles in Belarus on Friday.")


@uses(events=events_en_status_20240110, pairs=pairs_en_20240110_b)
def test_aid_promised_is_the_aid_planned_with_no_accord_beside_it():
    # syntax.yaml `promised_acts` / `promise_verbs` (convention 5): a promise of a loan is the loan, planned
    got = events("Beijing pledged on Tuesday to lend Islamabad $2 billion to shore up its reserves.")
    assert ("CHN", "PAK", "AID", "planned") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)
    got = events("Riyadh promised Cairo a new $3 billion deposit and a loan for fuel imports.")
    assert ("SAU", "EGY", "AID", "planned") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)
    # (a promise of something else stays the promise: `promised_sums`)
    assert ("JPN", "PHL", "AGREE") in pairs("Tokyo promised to give Manila all-round assistance under the alliance.")
    assert ("TUR", "SWE", "AGREE") in pairs("Ankara promised Stockholm that it would ratify the protocol soon.")


@uses(pairs=pairs_en_20240110_b)
def test_visas_no_longer_issued_to_anothers_citizens_are_a_sanction():
    # patterns.yaml: "suspended visa services for ..." restricts (not a visa requirement waived: CONCEDE)
    assert ("JPN", "CHN", "SANCTION") in pairs("Japan suspended visa services for Chinese citizens on Friday.")
    assert ("JPN", "CHN", "CONCEDE") in pairs("Japan suspended visa requirements for Chinese tourists on Friday.")


def test_those_imposed_with_no_sanctions_before_is_no_sanction():
    assert not _pairs("The duties are lower than those imposed by Canada over Japan's policy.", "SANCTION")


def test_a_commitment_reaffirmed_is_a_promise_one_way():
    found = _pairs("Armenia reaffirmed its commitments to the CSTO on Friday.", "AGREE")
    assert found == {("ARM", "CSTO")}


def test_participation_confirmed_is_a_promise_to_the_organiser():
    assert _pairs("Georgia confirmed its participation in the NATO exercises.", "AGREE") == {("GEO", "NATO")}


def test_a_loan_part_of_which_was_paid_is_aid_occurred():
    found = _coded("China agreed to give Serbia a loan of $2 billion, of which $500 million has already been disbursed.")
    assert ("CHN", "SRB", "AID", "occurred") in found
    assert ("CHN", "SRB", "AID", "planned") not in found


def test_countersanctions_answering_the_sanctions_of_a_phrase_on_them():
    found = _pairs("Moscow responded with countersanctions to the sanctions imposed by Canada and Australia.", "SANCTION")
    assert {("RUS", "CAN"), ("RUS", "AUS"), ("CAN", "RUS"), ("AUS", "RUS")} <= found


def test_financial_help_offered_is_aid():
    found = _coded("The Kremlin offered Minsk financial help to weather the sanctions.")
    assert ("RUS", "BLR", "AID", "planned") in found


def test_nuclear_arms_delivered_or_received_are_deployed_not_aid():
    found = _coded("Moscow has shipped the first nuclear warheads to Belarus.")
    assert ("RUS", "BLR", "MOBILIZE", "occurred") in found
    assert not any(e[2] == "AID" for e in found)
    found = _coded("Belarus has received a first batch of Russian nuclear weapons.")
    assert ("RUS", "BLR", "MOBILIZE", "occurred") in found


def test_a_member_suspended_from_a_body_is_sanctioned_by_it():
    assert ("UN", "SYR") in _pairs("The UN suspended Syria from the organisation's executive council.", "SANCTION")


def test_force_not_ruled_out_is_a_threat_not_a_refusal():
    text = "The Chinese president refused to rule out the use of force against Taiwan."
    assert ("CHN", "TWN") in _pairs(text, "THREATEN")
    assert not _pairs(text, "REJECT")


@uses(_coded=_coded_20261120)
def test_tear_gas_fired_at_protesters_alone_stays_an_assault():
    assert ("SRB", "SRB", "ASSAULT") in _coded("Serbian riot police fired tear gas at students in Belgrade.")


def test_force_not_ruled_out_with_the_time_between():
    assert ("RUS", "MDA") in _pairs("Moscow declined this week to rule out military pressure on Moldova.", "THREATEN")


def test_a_promised_reckoning_is_a_threat_to_the_attacker():
    text = "Hezbollah fired rockets at Israel, and the Israeli defence minister promised that Lebanon would pay dearly."
    assert ("ISR", "LBN") in _pairs(text, "THREATEN")


def test_a_vow_of_vengeance_or_necessary_measures_is_a_threat_not_a_promise():
    assert ("IRN", "ISR") in _pairs("Tehran vowed to avenge the death of its commanders at the hands of Israel.",
                                    "THREATEN")
    text = "Beijing pledged to take all necessary measures against Manila."
    assert ("CHN", "PHL") in _pairs(text, "THREATEN") and not _pairs(text, "AGREE")


def test_readiness_to_use_nuclear_weapons_on_a_party_is_a_threat():
    assert ("RUS", "POL") in _pairs("Moscow said it stood ready to use tactical nuclear weapons against Poland.",
                                    "THREATEN")


@uses(_coded=_coded_20261120)
def test_aid_no_longer_sent_is_a_sanction():
    found = _coded("Slovakia will no longer deliver fighter jets to Ukraine, the new government said.")
    assert ("SVK", "UKR", "SANCTION") in found and ("SVK", "UKR", "AID") not in found


def test_export_controls_are_a_sanction():
    assert ("NLD", "CHN") in _pairs("The Netherlands announced export controls on chip machines to China.", "SANCTION")


def test_an_airliner_forced_to_land_with_the_plane_between():
    assert ("BLR", "LTU") in _pairs("Minsk forced a Lithuanian passenger jet to land at its airport.", "COERCE")


def test_a_people_protesting_protests_a_state_protesting_complains():
    assert ("PSE", "ISR", "PROTEST") in dyads("Palestinians protested against the Israeli settlements.")
    assert ("GEO", "GEO", "PROTEST") in dyads("Georgians protested in Tbilisi on Sunday.")
    # (convention 6: a state that protests complains)
    assert ("RUS", "LTU", "ACCUSE") in dyads("The Russian foreign ministry protested against Lithuania's transit ban.")
    assert ("RUS", "GEO", "ACCUSE") in dyads("Russia protested to Georgia over the detention.")


@uses(coded=coded_20230601)
def test_crowd_storming_a_building_protests_and_troops_storming_a_town_attack() -> None:
    assert ("GEO", "GEO", "PROTEST") in coded("Georgian protesters stormed the parliament in Tbilisi on Monday.")
    assert ("RUS", "UKR", "ASSAULT") in coded("Russian forces stormed the Ukrainian town.")


def test_strikes_carried_out_by_forces_are_attacks_not_stoppages_of_work():
    # patterns.yaml: "carried out strikes" is a military act (ASSAULT), never a labour strike (PROTEST)
    got = pairs("Turkish forces carried out strikes in northern Iraq on Sunday.")
    assert ("TUR", "IRQ", "ASSAULT") in got
    assert not any(t == "PROTEST" for _, _, t in got)
    assert ("GRC", "GRC", "PROTEST") in pairs("Thousands of Greek workers went on strike on Thursday.")


@uses(pairs=pairs_en_20220610)
def test_support_pledged_in_words_and_protests_drawn_from_a_state():
    assert ("FRA", "UKR", "SUPPORT") in pairs("The French president arrived in Kyiv on Monday, pledging continued support.")
    assert ("GEO", "RUS", "ACCUSE") in pairs("Russian troops moved the border markers deeper into Georgia, sparking protests from Tbilisi.")
    assert ("LVA", "BLR", "ACCUSE") in pairs("Riga handed a protest note to Minsk on Friday.")


def test_a_party_added_to_a_sanctions_list_is_sanctioned():
    assert ("EU", "BLR", "SANCTION") in events("Brussels added twelve Belarusian judges to its sanctions list.")
    assert ("USA", "CHN", "SANCTION") in events("Washington put five Chinese chipmakers on its entity list.")


def test_troops_rushed_battlegroups_stationed_and_military_activity_stepped_up():
    assert ("IND", "CHN", "MOBILIZE") in events("India rushed two brigades to its border with China.")
    assert ("NATO", "EST", "MOBILIZE") in events("NATO stationed a second battlegroup in Estonia.")
    assert ("RUS", "NOR", "MOBILIZE") in events("Russia stepped up military activity near the Norwegian border.")


def test_an_amount_in_a_currency_word_names_the_aid_it_is_of():
    # ("$500 million in aid" hangs the phrase on the number; "500 million euros in aid" on the currency)
    assert ("NOR", "MDA", "AID") in events("Norway pledged 300 million euros in military aid to Moldova.")
    assert ("NOR", "MDA", "AID") in events("Norway pledged 300 million kroner in humanitarian assistance for Moldova.")


def test_force_held_out_on_a_condition_is_a_threat_and_its_denial_none():
    assert ("CHN", "TWN", "THREATEN") in events("Beijing could use force if Taiwan declared independence, an official said.")
    assert not any(t == "THREATEN" for _, _, t in events("Russia would never use force against Finland, Peskov said."))


def test_force_held_out_against_any_comer_or_a_right_to_strike_reserved_is_a_threat():
    assert ("RUS", "UKR", "THREATEN") in events("Moscow said it would target any tanks sent to Ukraine.")
    assert ("RUS", "UKR", "THREATEN") in events("Lavrov said Russia reserved the right to strike countries arming Ukraine.")
    # (an attack that happened stays one)
    got = events("Ukraine shot down all the Russian drones on Sunday.")
    assert ("UKR", "RUS", "ASSAULT") in got and not any(t == "THREATEN" for _, _, t in got)


@uses(pairs=pairs_en_20240105)
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


@uses(pairs=pairs_en_20240105)
def test_one_tariff_is_a_sanction_as_tariffs_are_and_one_suspended_is_eased():
    # patterns.yaml: "tariff" beside "tariffs" (nouns are listed as written)
    assert ("USA", "IND", "SANCTION") in pairs("Washington announced a tariff on imports from India on Monday.")
    got = pairs("Washington suspended a planned 10 percent tariff on Indian goods.")
    assert ("USA", "IND", "CONCEDE") in got
    assert ("USA", "IND", "SANCTION") not in got


def test_part_in_a_blocs_work_stopped_or_frozen_is_a_sanction():
    found = _coded("Yerevan has ceased participating in CSTO exercises.")
    assert ("ARM", "CSTO", "SANCTION", "occurred") in found
    found = _coded("Armenia put its participation in the CSTO on ice last year.")
    assert ("ARM", "CSTO", "SANCTION", "occurred") in found


def test_an_accession_process_frozen_is_a_sanction():
    found = _coded("The European Union froze Moldova's accession process in March.")
    assert ("EU", "MDA", "SANCTION", "occurred") in found


def test_troops_counted_in_thousands_are_still_moved():
    found = _coded("Vilnius said it would send more than 2,500 soldiers closer to the frontier with Belarus.")
    assert ("LTU", "BLR", "MOBILIZE", "planned") in found


@uses(pairs=pairs_20240510)
@pytest.mark.parametrize("text, giver, taker", [
    ("Hungary received 20 tanks from Germany on Monday.", "DEU", "HUN"),
    ("Armenia received a shipment of Indian howitzers.", "IND", "ARM"),
    ("Ukraine took delivery of Swedish howitzers last week.", "SWE", "UKR"),
    ("Belarus received Russian Iskander missiles.", "RUS", "BLR"),
])
def test_hardware_received_is_the_givers_aid(text: str, giver: str, taker: str) -> None:
    got = pairs(text)
    assert (giver, taker, "AID") in got
    assert not any(t == "CONSULT" for _, _, t in got)  # no visit received


@pytest.mark.parametrize("text, pair, status", [
    ("Kazakhstan denied that its troops had entered Kyrgyzstan.", ("KAZ", "KGZ"), "denied"),
    ("Belarus denied that its troops had crossed into Ukraine.", ("BLR", "UKR"), "denied"),
    ("Kazakhstan said its troops had entered Kyrgyzstan.", ("KAZ", "KGZ"), "occurred"),
])
def test_a_speakers_own_troops_are_its_military(text: str, pair: tuple[str, str], status: str) -> None:
    # the incursion patterns ask for a military source (`source_sectors: [MIL]`): "its troops" is one, as "Kazakh troops"
    assert (*pair, "ASSAULT", status) in coded(text)


@uses(pairs=pairs_20240510)
@pytest.mark.parametrize("text", [
    "Russian strikes killed 12 civilians in Kharkiv on Monday.",
    "Russia launched a strike on Kyiv on Monday.",
    "Russia launched a missile strike on Kyiv.",
])
def test_a_military_strike_is_no_labour_strike(text: str) -> None:
    got = pairs(text)
    assert ("RUS", "UKR", "ASSAULT") in got and not any(t in ("PROTEST", "MOBILIZE") for _, _, t in got)


@uses(pairs=pairs_20240510)
@pytest.mark.parametrize("text", [
    "Miners in Soligorsk staged a strike on Monday.",
    "Unions in Minsk called a general strike.",
])
def test_a_labour_strike_on_a_day_is_still_a_protest(text: str) -> None:
    got = pairs(text)
    assert any(t == "PROTEST" for _, _, t in got) and not any(t == "ASSAULT" for _, _, t in got)


@uses(pairs=pairs_20240510)
def test_readiness_raised_is_an_alert() -> None:
    assert any(a == "POL" and t == "MOBILIZE" for a, _, t in pairs("Poland raised its military readiness on Monday."))


@uses(pairs=pairs_20240510)
@pytest.mark.parametrize("text, pair", [
    ("Ukraine suspended trade with Belarus.", ("UKR", "BLR")),
    ("Turkey suspended all trade with Israel.", ("TUR", "ISR")),
])
def test_trade_suspended_is_a_sanction_not_sanctions_eased(text: str, pair: tuple[str, str]) -> None:
    got = pairs(text)
    assert (*pair, "SANCTION") in got and not any(t == "CONCEDE" for _, _, t in got)


@uses(pairs=pairs_20240510)
def test_trade_sanctions_lifted_are_still_eased() -> None:
    assert ("USA", "BLR", "CONCEDE") in pairs("The US lifted trade sanctions on Belarus.")


@uses(dyads=dyads_en_20210304_b)
def test_a_protest_with_no_other_party_is_aimed_at_its_own_country():
    assert dyads("Georgian opposition supporters staged a hunger strike outside parliament.") \
        == {("GEO", "GEO", "PROTEST")}
    assert ("ARM", "ARM", "PROTEST") in dyads("Thousands of Armenians rallied in Yerevan on Sunday.")
    # another party named: the protest is aimed at it, not at the protesters' own country
    got = dyads("Hundreds of Armenians rallied in Yerevan against Russia's arms sales to Azerbaijan.")
    assert ("ARM", "RUS", "PROTEST") in got and ("ARM", "ARM", "PROTEST") not in got


def test_an_agreement_to_withdraw_is_an_agreement_an_agreement_to_sanction_is_the_sanction():
    got = dyads("Russia agreed to withdraw its troops from Moldova.")
    assert ("RUS", "MDA", "AGREE") in got and ("RUS", "MDA", "RETREAT") in got
    assert dyads("The EU agreed to expand sanctions against Belarus.") == {("EU", "BLR", "SANCTION")}


def test_a_hunger_strike_is_a_protest_whoever_holds_it():
    # convention 6 makes a state organ's "protest" an ACCUSE; a hunger strike stays a protest
    assert dyads("A Georgian member of parliament began a hunger strike to protest the government's policy.") \
        == {("GEO", "GEO", "PROTEST")}
    assert dyads("Lithuania's foreign ministry protested against the Russian drills.") == {("LTU", "RUS", "ACCUSE")}


@uses(dyads=dyads_en_20210304_b)
def test_forces_leaving_a_named_country_retreat():
    """patterns.yaml: forces (MIL) leaving a named country are a RETREAT aimed at it; others
    leaving are not (sentences written for this test)."""
    assert ("ARM", "AZE", "RETREAT") in dyads("Armenian troops left Azerbaijan on Friday.")
    assert not any(t == "RETREAT" for _, _, t in dyads("Armenian diplomats left Azerbaijan on Friday."))


@uses(events=events_en_status_20210304)
def test_to_sanction_is_a_sanction_but_talk_of_sanctions_is_not():
    assert events("Chile sanctioned Peru's state airline last August.") == {("CHL", "PER", "SANCTION", "occurred")}
    assert ("CHL", "PER", "SANCTION", "occurred") in events("Peru's state airline was sanctioned by Chile.")
    assert events("We believe that pressure and sanctions are not the means to resolve issues between Chile and "
                  "Peru.") == set()


@uses(dyads=dyads_en_20240510)
def test_a_labour_strike_is_still_a_protest():
    assert any(t == "PROTEST" for _, _, t in dyads("Miners in Poland went on strike on Monday."))


def test_a_promise_to_withdraw_troops_is_no_offer_of_troops():
    got = dyads("Putin promised to withdraw troops from Georgia.")
    assert ("RUS", "GEO", "RETREAT") in got and ("RUS", "GEO", "AID") not in got
    assert ("RUS", "MLI", "AID") in dyads("Russia offered troops to the mission in Mali.")


def test_a_peacekeeping_missions_personnel_are_forces():
    assert ("RUS", "ARM", "RETREAT") in dyads("The Russian peacekeeping mission's personnel have left Armenia.")


def test_munitions_supplied_are_aid():
    assert ("USA", "UKR", "AID") in dyads("The US will provide Ukraine with cluster munitions.")
    assert ("GBR", "UKR", "AID") in dyads("Britain will supply Ukraine with armour-piercing rounds.")


@uses(dyads=dyads_en_20240510)
def test_a_named_partys_pledge_to_act_is_its_promise():
    assert ("RUS", "ARM", "AGREE") in dyads("Putin's pledge on Monday to send Russian border guards to Armenia reassured Yerevan.")


def test_troops_deployed_with_anothers_forces_cooperate_with_them():
    got = dyads("Belarus deployed troops with Russian forces near Ukraine.")
    assert {("BLR", "RUS", "COOPERATE"), ("RUS", "BLR", "COOPERATE")} <= got
    assert ("BLR", "RUS", "MOBILIZE") not in got


@uses(coded=coded_en_status_by_triple_20210304)
def test_an_ultimatum_is_a_threat_without_its_conditional_act():
    # (the gold sets code "will cut gas unless the debt is paid" as the threat alone: `ultimatum_only`)
    got = coded("Gazprom will halt gas deliveries to Moldova unless the debt is paid, the company said.")
    assert got.get(("RUS", "MDA", "THREATEN")) == "occurred"
    assert ("RUS", "MDA", "SANCTION") not in got


@uses(coded=coded_en_status_by_triple_20210304)
def test_a_response_done_is_no_threat_and_leaves_the_protest():
    got = coded("Police in Georgia responded with force as students marched in Tbilisi.")
    assert not any(k[2] == "THREATEN" for k in got)
    assert ("GEO", "GEO", "PROTEST") in got


@uses(coded=coded_en_status_by_triple_20210304)
def test_a_strike_announced_with_no_reprisal_is_also_a_threat():
    got = coded("Baku said it would strike Armenian artillery positions.")
    assert got.get(("AZE", "ARM", "THREATEN")) == "occurred"


@uses(dyads=dyads_en_20210304_b, events=events_en_status_20210304_b)
def test_an_agreement_to_an_act_that_codes_nothing_is_the_agreement():
    got = events("The Kazakh and Kyrgyz energy ministers on Monday agreed to cut power deliveries to Kazakhstan.")
    assert {("KAZ", "KGZ", "AGREE", "occurred"), ("KGZ", "KAZ", "AGREE", "occurred")} <= got
    # an agreement to a sanction coded is the sanction
    got = dyads("The EU agreed on Monday to expand sanctions against Belarus.")
    assert ("EU", "BLR", "SANCTION") in got and ("EU", "BLR", "AGREE") not in got


def test_striking_back_is_no_labour_strike():
    got = dyads("Ankara says Turkey will strike back against Damascus.")
    assert ("TUR", "SYR", "PROTEST") not in got


def test_armed_forces_moving_into_a_country_attack_it_and_migrants_crossing_do_not():
    assert ("TUR", "SYR", "ASSAULT") in dyads("Turkish troops crossed the border into Syria on Sunday.")
    assert ("ARM", "AZE", "ASSAULT") in dyads("Armenian forces pushed into Azerbaijan overnight.")
    assert ("RUS", "GEO", "ASSAULT") in dyads("Russian tanks crossed the Georgian border at dawn.")
    migrants = "Hundreds of Iraqi migrants crossed the border into Lithuania last week."
    assert not {d for d in dyads(migrants) if d[2] == "ASSAULT"}


def test_unnamed_protesters_are_the_people_of_the_place_they_protest_in():
    assert ("GRC", "USA", "PROTEST") in dyads("Protesters marched on the US embassy in Athens.")
