"""English constructions of unseen news text (issue 14): hardware received, a speaker's own forces, a sentence's first
name the parse hangs on its verb; on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def coded(text: str, lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2024-05-10", lang)}


def pairs(text: str) -> set[tuple]:
    return {(a, b, t) for a, b, t, _ in coded(text)}


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


def test_hardware_received_to_come_or_not_at_all() -> None:
    assert ("LVA", "UKR", "AID", "planned") in coded("Kyiv will receive 40 drones from Latvia next month.")
    assert ("DEU", "UKR", "AID", "denied") in coded("The Ukrainian army has received no tanks from Germany, Kyiv said.")


@pytest.mark.parametrize("text, pair, status", [
    ("Kazakhstan denied that its troops had entered Kyrgyzstan.", ("KAZ", "KGZ"), "denied"),
    ("Belarus denied that its troops had crossed into Ukraine.", ("BLR", "UKR"), "denied"),
    ("Kazakhstan said its troops had entered Kyrgyzstan.", ("KAZ", "KGZ"), "occurred"),
])
def test_a_speakers_own_troops_are_its_military(text: str, pair: tuple[str, str], status: str) -> None:
    # the incursion patterns ask for a military source (`source_sectors: [MIL]`): "its troops" is one, as "Kazakh troops"
    assert (*pair, "ASSAULT", status) in coded(text)


def test_migrants_crossing_are_still_no_incursion() -> None:
    assert not any(t == "ASSAULT" for _, _, t in pairs("Poland said its migrants had crossed into Germany."))


def test_a_first_name_hung_on_the_verb_is_its_subject() -> None:
    # the parse reads "Azerbaijan" as a bare modifier of "massed" (npadvmod), leaving the verb with no subject
    assert ("AZE", "ARM", "MOBILIZE") in pairs("Azerbaijan massed troops near the border with Armenia.")


def test_a_name_in_a_compound_opening_the_sentence_is_no_subject() -> None:
    assert not any(a == "RUS" for a, _, _ in pairs("Russia-based hackers attacked Estonian banks."))


@pytest.mark.parametrize("text, pair", [
    ("Poland banned Belarusian trucks from its roads.", ("POL", "BLR")),
    ("Turkey blocked Greek ships from entering the strait.", ("TUR", "GRC")),
])
def test_another_partys_vehicles_kept_out_are_a_sanction(text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "SANCTION") in pairs(text)


def test_an_agreement_to_keep_out_trucks_is_the_sanction_not_an_accord_with_the_target() -> None:
    got = pairs("EU ministers agreed to ban Russian trucks from the bloc's roads.")
    assert ("EU", "RUS", "SANCTION") in got and ("RUS", "EU", "AGREE") not in got


@pytest.mark.parametrize("text, pair", [
    ("Kyiv ordered Hungary to reduce its consulate staff.", ("UKR", "HUN")),
    ("Riga forced Moscow to shut its embassy office.", ("LVA", "RUS")),
    ("Estonia ordered Russia to close its consulate in Narva.", ("EST", "RUS")),
])
def test_a_measure_another_is_ordered_to_take_is_the_orderers(text: str, pair: tuple[str, str]) -> None:
    got = pairs(text)
    assert (*pair, "SANCTION") in got and (pair[1], pair[0], "SANCTION") not in got


def test_an_ordered_measure_against_a_third_party_stays_its_makers() -> None:
    got = pairs("The EU forced Belarus to close its border with Lithuania.")
    assert ("BLR", "LTU", "SANCTION") in got and ("EU", "BLR", "SANCTION") not in got


@pytest.mark.parametrize("text, pair", [
    ("Canada will provide 3 million dollars in humanitarian aid to help Moldova cope with refugees.", ("CAN", "MDA")),
    ("Turkey sent firefighters to help Greece fight the wildfires.", ("TUR", "GRC")),
])
def test_the_one_helped_in_a_bare_clause_is_the_target(text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "AID") in pairs(text)


def test_help_weighed_is_a_statement_of_a_policy_option() -> None:
    evs = code_text("Seoul is considering sending aid to help Pyongyang cope with the floods.", "2024-05-10", "en")
    assert evs and all(e.cameo == "014" for e in evs if e.type == "AID")


@pytest.mark.parametrize("text, pair", [
    ("Fidan met Lavrov in Antalya on Friday.", ("TUR", "RUS")),
    ("Belousov visited Minsk on Monday.", ("RUS", "BLR")),
    ("Duda held talks with Karis in Tallinn.", ("POL", "EST")),
    ("Nurtleu met Braze in Riga.", ("KAZ", "LVA")),
])
def test_officials_named_by_surname_alone(text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "CONSULT") in pairs(text)


@pytest.mark.parametrize("text", [
    "Russian strikes killed 12 civilians in Kharkiv on Monday.",
    "Russia launched a strike on Kyiv on Monday.",
    "Russia launched a missile strike on Kyiv.",
])
def test_a_military_strike_is_no_labour_strike(text: str) -> None:
    got = pairs(text)
    assert ("RUS", "UKR", "ASSAULT") in got and not any(t in ("PROTEST", "MOBILIZE") for _, _, t in got)


@pytest.mark.parametrize("text", [
    "Miners in Soligorsk staged a strike on Monday.",
    "Unions in Minsk called a general strike.",
])
def test_a_labour_strike_on_a_day_is_still_a_protest(text: str) -> None:
    got = pairs(text)
    assert any(t == "PROTEST" for _, _, t in got) and not any(t == "ASSAULT" for _, _, t in got)


def test_a_strike_entering_its_third_day_is_no_incursion() -> None:
    assert not any(t == "ASSAULT" for _, _, t in pairs("A strike at the Grodno plant entered its third day."))


def test_helping_others_do_an_act_of_their_own_is_no_aid() -> None:
    assert not any(t == "AID" for _, _, t in pairs("Moscow offered to help Baku and Yerevan sign a peace treaty."))


def test_a_group_of_countries_named_at_once_is_each_member() -> None:
    got = pairs("The Baltic states expelled Russian diplomats on Monday.")
    assert {("EST", "RUS", "SANCTION"), ("LVA", "RUS", "SANCTION"), ("LTU", "RUS", "SANCTION")} <= got
    got = pairs("NATO will send four battalions to Poland and the Baltic states next year.")
    assert {("NATO", c, "MOBILIZE") for c in ("POL", "EST", "LVA", "LTU")} <= got


def test_a_region_is_no_group_of_countries() -> None:
    assert not any(b in ("EST", "LVA", "LTU") for _, b, _ in pairs("Russia sent warships to the Baltic Sea."))


@pytest.mark.parametrize("text, pair", [
    ("Finland applied to join NATO in May 2022.", ("FIN", "NATO")),
    ("Georgia submitted its application to join the European Union.", ("GEO", "EU")),
])
def test_asking_to_join_an_organisation_is_a_request_to_it(text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "REQUEST") in pairs(text)


def test_access_granted_is_a_concession() -> None:
    assert ("AZE", "UN", "CONCEDE") in pairs("Azerbaijan granted the UN team access to Karabakh.")


def test_hardware_delivered_named_as_a_noun_is_aid_from_its_nationality() -> None:
    assert ("DEU", "UKR", "AID") in pairs("The first deliveries of German tanks to Ukraine arrived on Monday.")


def test_a_delivery_from_a_party_is_never_aid_to_it() -> None:
    got = pairs("The Belarusian defence ministry announced the delivery of S-400 missile systems from Russia.")
    assert ("BLR", "RUS", "AID") not in got


@pytest.mark.parametrize("text, acts", [
    ("Armenia criticised Turkey, while Azerbaijan praised Ankara.", {("ARM", "TUR", "ACCUSE"), ("AZE", "TUR", "SUPPORT")}),
    ("While Baku blamed Yerevan, Moscow called for calm.", {("AZE", "ARM", "ACCUSE")}),
])
def test_a_clause_set_against_an_accusation_is_no_content_of_it(text: str, acts: set[tuple]) -> None:
    assert acts <= pairs(text)


@pytest.mark.parametrize("text, pair", [
    ("Zelensky said Russia was a terrorist state.", ("UKR", "RUS")),
    ("Lukashenko said Poland was an aggressor.", ("BLR", "POL")),
    ("Kyiv said Moscow's actions were a war crime.", ("UKR", "RUS")),
])
def test_a_party_called_a_word_of_blame_is_accused(text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "ACCUSE") in pairs(text)


def test_a_word_of_blame_denied_accuses_no_one() -> None:
    assert not pairs("Lukashenko said Poland was not an aggressor.")


def test_blame_traded_is_an_accusation_each_way() -> None:
    got = pairs("Kyiv and Moscow traded blame for the shelling of the plant.")
    assert {("UKR", "RUS", "ACCUSE"), ("RUS", "UKR", "ACCUSE")} <= got


def test_missiles_moved_to_another_party_are_a_deployment_missiles_sent_are_aid() -> None:
    assert ("RUS", "BLR", "MOBILIZE") in pairs("Russia moved Iskander missiles to Belarus.")
    assert ("IRN", "RUS", "AID") in pairs("Iran sent drones to Russia.")


def test_readiness_raised_is_an_alert() -> None:
    assert any(a == "POL" and t == "MOBILIZE" for a, _, t in pairs("Poland raised its military readiness on Monday."))


@pytest.mark.parametrize("text, pair", [
    ("Ukraine suspended trade with Belarus.", ("UKR", "BLR")),
    ("Turkey suspended all trade with Israel.", ("TUR", "ISR")),
])
def test_trade_suspended_is_a_sanction_not_sanctions_eased(text: str, pair: tuple[str, str]) -> None:
    got = pairs(text)
    assert (*pair, "SANCTION") in got and not any(t == "CONCEDE" for _, _, t in got)


def test_trade_sanctions_lifted_are_still_eased() -> None:
    assert ("USA", "BLR", "CONCEDE") in pairs("The US lifted trade sanctions on Belarus.")


@pytest.mark.parametrize("text, pair", [
    ("Xi and Putin held a video call on Friday.", ("CHN", "RUS")),
    ("Macron spoke with Zelensky on Monday.", ("FRA", "UKR")),
    ("Lavrov and Blinken spoke on the sidelines of the summit.", ("RUS", "USA")),
])
def test_talks_by_video_or_on_the_sidelines_are_consultations(text: str, pair: tuple[str, str]) -> None:
    got = pairs(text)
    assert (*pair, "CONSULT") in got and (pair[1], pair[0], "CONSULT") in got


def test_speaking_to_reporters_is_no_consultation() -> None:
    assert not pairs("Lukashenko spoke to reporters in Minsk.")


def test_a_hyphenated_verb_is_a_verb_by_its_last_part() -> None:
    # ("test" alone reads as a noun: the verb pattern "test-fired" is checked on "fired")
    assert ("PRK", None, "MOBILIZE") in pairs("North Korea test-fired a ballistic missile on Tuesday.")
