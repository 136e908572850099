"""Easing verbs on a measure, economic blows, air strikes and labour strikes, and promises to an addressee, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def coded(text: str, lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2024-05-10", lang)}


def types(text: str, lang: str = "en") -> set[str]:
    return {t for _, _, t, _ in coded(text, lang)}


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


@pytest.mark.parametrize("text,lang", [
    ("Azerbaijan promised Armenia to release the prisoners.", "en"),
    ("Азербайджан пообещал Армении освободить пленных.", "ru"),
])
def test_a_promised_act_is_the_promisers_toward_the_addressee(text: str, lang: str) -> None:
    got = coded(text, lang)
    assert ("AZE", "ARM", "AGREE", "occurred") in got
    assert ("AZE", "ARM", "CONCEDE", "planned") in got
    assert not any(a == "ARM" for a, _, _, _ in got)


def test_an_urged_act_is_still_the_addressees() -> None:
    got = coded("Азербайджан призвал Армению освободить пленных.", "ru")
    assert ("AZE", "ARM", "REQUEST", "occurred") in got


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
