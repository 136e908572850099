"""DYADWATCH_CODER=tree, English recall (acc): blame after a copula in reported speech, further verbs that lay
sanctions and listings on a sanctions list. Sentences written for these tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def events(text: str, pub: str | None = "2024-03-15", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_a_party_said_to_be_to_blame_or_behind_an_act_is_accused_by_the_speaker():
    assert ("USA", "RUS", "ACCUSE") in events("The United States said Russia was to blame for the outage.")
    assert ("UKR", "RUS", "ACCUSE") in events("Ukraine said Russia was behind the attack on the reservoir.")
    assert not any(t == "ACCUSE" for _, _, t in events("Ukraine said Russia was not behind the attack on the reservoir."))


def test_sanctions_placed_levied_or_countermeasures_imposed():
    assert ("NZL", "RUS", "SANCTION") in events("New Zealand placed sanctions on forty Russian oligarchs.")
    assert ("GBR", "IRN", "SANCTION") in events("Britain levied sanctions on Iranian judges.")
    assert ("CHN", "USA", "SANCTION") in events("China imposed countermeasures on two American drone makers.")


def test_a_party_added_to_a_sanctions_list_is_sanctioned():
    assert ("EU", "BLR", "SANCTION") in events("Brussels added twelve Belarusian judges to its sanctions list.")
    assert ("USA", "CHN", "SANCTION") in events("Washington put five Chinese chipmakers on its entity list.")


def test_aircraft_sent_into_another_partys_air_defence_zone_is_a_deployment_not_aid():
    got = events("Beijing flew twenty bombers into Taiwan's air defence identification zone.")
    assert ("CHN", "TWN", "MOBILIZE") in got
    assert not any(t == "AID" for _, _, t in got)


def test_troops_rushed_battlegroups_stationed_and_military_activity_stepped_up():
    assert ("IND", "CHN", "MOBILIZE") in events("India rushed two brigades to its border with China.")
    assert ("NATO", "EST", "MOBILIZE") in events("NATO stationed a second battlegroup in Estonia.")
    assert ("RUS", "NOR", "MOBILIZE") in events("Russia stepped up military activity near the Norwegian border.")


def test_said_of_an_act_names_the_accused_in_a_quoted_blame():
    assert ("RUS", "FIN", "ACCUSE") in events('"It is a hostile act," Lavrov said of the Finnish decision.')
    assert not events('"It is a fine day," Lavrov said of the Finnish decision.')


def test_criticism_received_from_a_party_is_its_accusation_of_the_subject():
    assert ("EU", "POL", "ACCUSE") in events("Poland came under criticism from Brussels over its judicial reform.")
    assert ("USA", "IND", "ACCUSE") in events("India drew criticism from Washington for buying Russian oil.")


def test_kosovo_its_capital_and_its_leaders_are_actors():
    assert ("SRB", "XKX", "ACCUSE") in events("Belgrade accused Pristina of stoking tension in the north.")
    assert ("XKX", "SRB", "CONSULT") in events("Kurti met Vucic in Brussels on Thursday.")


def test_an_amount_in_a_currency_word_names_the_aid_it_is_of():
    # ("$500 million in aid" hangs the phrase on the number; "500 million euros in aid" on the currency)
    assert ("NOR", "MDA", "AID") in events("Norway pledged 300 million euros in military aid to Moldova.")
    assert ("NOR", "MDA", "AID") in events("Norway pledged 300 million kroner in humanitarian assistance for Moldova.")


def test_force_held_out_on_a_condition_is_a_threat_and_its_denial_none():
    assert ("CHN", "TWN", "THREATEN") in events("Beijing could use force if Taiwan declared independence, an official said.")
    assert not any(t == "THREATEN" for _, _, t in events("Russia would never use force against Finland, Peskov said."))


def test_it_opening_the_second_sentence_is_the_first_sentences_subject_party():
    got = events("Latvia closed a crossing on Monday. It also accused Minsk of staging provocations.")
    assert ("LVA", "BLR", "ACCUSE") in got
    # (a party named after the first words is no subject: nothing to refer to)
    assert not any(t == "ACCUSE" for _, _, t in events("On Monday the talks in Riga ended. It also accused Minsk of lying."))


def test_force_held_out_against_any_comer_or_a_right_to_strike_reserved_is_a_threat():
    assert ("RUS", "UKR", "THREATEN") in events("Moscow said it would target any tanks sent to Ukraine.")
    assert ("RUS", "UKR", "THREATEN") in events("Lavrov said Russia reserved the right to strike countries arming Ukraine.")
    # (an attack that happened stays one)
    got = events("Ukraine shot down all the Russian drones on Sunday.")
    assert ("UKR", "RUS", "ASSAULT") in got and not any(t == "THREATEN" for _, _, t in got)
