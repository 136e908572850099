"""Russian verb families and constructions of issue 14's second Russian session: forces leaving a place, a claim
given up, a lower price granted; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2023-04-12") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


@pytest.mark.parametrize(("text", "dyad"), [
    ("Российская армия оставила Херсон.", ("RUS", "UKR", "RETREAT")),
    ("Российские подразделения, стоявшие под Гомелем, покинули территорию Белоруссии.", ("RUS", "BLR", "RETREAT")),
    ("Российские войска начали отход из-под Харькова.", ("RUS", "UKR", "RETREAT")),
])
def test_forces_leaving_a_place_retreat_from_its_country(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text)


def test_a_country_leaving_talks_is_no_forces_retreat() -> None:
    assert not any(d[2] == "RETREAT" for d in dyads("Польша покинула переговоры с Литвой."))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Литва сняла претензии к Латвии.", ("LTU", "LVA", "RETREAT")),
    ("Ереван отказался от требования компенсации со стороны Баку.", ("ARM", "AZE", "RETREAT")),
])
def test_a_claim_given_up_is_a_retreat(text: str, dyad: tuple) -> None:
    got = dyads(text)
    assert dyad in got and (dyad[0], dyad[1], "REJECT") not in got and (dyad[0], dyad[1], "ACCUSE") not in got


def test_a_lower_price_granted_is_a_concession_not_aid() -> None:
    got = dyads("Москва снизит для Еревана цену на газ.")
    assert ("RUS", "ARM", "CONCEDE") in got and ("RUS", "ARM", "AID") not in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Латвия предостерегла Россию от провокаций.", ("LVA", "RUS", "THREATEN")),
    ("Молдавия денонсировала соглашение с Россией о рыболовстве.", ("MDA", "RUS", "SANCTION")),
    ("Польша ужесточила контроль на границе с Белоруссией.", ("POL", "BLR", "SANCTION")),
    ("Армения проголосовала против резолюции, предложенной Азербайджаном.", ("ARM", "AZE", "REJECT")),
])
def test_verb_families_of_warning_leaving_treaties_controls_and_votes(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text)


def test_a_denounced_treaty_is_no_accord() -> None:
    assert not any(d[2] == "AGREE" for d in dyads("Молдавия денонсировала соглашение с Россией о рыболовстве."))


@pytest.mark.parametrize("text", [
    "Российские войска обстреляли приграничные сёла, сообщили в Тбилиси.",
    "Российские войска обстреляли приграничные сёла, сообщили в МИД Грузии.",
    "Российские войска обстреляли приграничные сёла, заявил министр обороны Грузии.",
])
def test_a_hostile_act_aimed_at_no_one_and_said_after_it_is_the_speakers_accusation(text: str) -> None:
    # convention 3, with the speaker after the report (a loose clause) or as the seat it is said in
    got = dyads(text)
    assert ("GEO", "RUS", "ACCUSE") in got and not any(d[2] == "ASSAULT" for d in got)


def test_a_states_own_report_of_its_own_act_is_no_accusation() -> None:
    assert not any(d[2] == "ACCUSE" for d in dyads("Белорусские силовики задержали двух активистов, сообщили в МВД Белоруссии."))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Польские фермеры заблокировали пункт пропуска на границе с Украиной.", ("POL", "UKR", "PROTEST")),
    ("Литовские перевозчики перекрыли дорогу к границе с Белоруссией.", ("LTU", "BLR", "PROTEST")),
    ("Польша заблокировала пункт пропуска на границе с Белоруссией.", ("POL", "BLR", "SANCTION")),
])
def test_a_crossing_blocked_by_people_is_a_protest_by_a_state_a_sanction(text: str, dyad: tuple) -> None:
    got = dyads(text)
    assert dyad in got and len({d[2] for d in got}) == 1


def test_one_act_told_with_and_without_its_other_party_is_coded_once() -> None:
    got = dyads("Венгерские фермеры перекрыли дороги, протестуя против импорта украинского зерна.")
    assert ("HUN", "UKR", "PROTEST") in got and ("HUN", None, "PROTEST") not in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Польша закрыла польско-белорусскую границу.", ("POL", "BLR", "SANCTION")),
    ("Астана закрыла пункты пропуска на киргизско-казахстанской границе.", ("KAZ", "KGZ", "SANCTION")),
    ("Минск выразил протест в связи с закрытием Литвой пунктов пропуска на белорусско-литовской границе.",
     ("LTU", "BLR", "SANCTION")),
    ("Армяно-азербайджанские переговоры прошли в Вашингтоне.", ("ARM", "AZE", "CONSULT")),
])
def test_a_compound_adjective_of_two_states_names_both(text: str, dyad: tuple) -> None:
    got = dyads(text)
    assert dyad in got and not any(d[0] == d[1] for d in got)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Литва ввела ограничения на транзит грузов в Калининградскую область.", ("LTU", "RUS", "SANCTION")),
    ("Российские войска покинули Гомельскую область.", ("RUS", "BLR", "RETREAT")),
])
def test_a_region_is_a_place_of_its_state(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text)
