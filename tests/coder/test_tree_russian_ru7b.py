"""The tree coder on Russian (branch ru7b): promises, what they promise and the type it gives; sentences written
for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Каракас пообещал отомстить Боготе за гибель своих пограничников.", ("VEN", "COL")),
    ("Ханой пообещал «покарать» Пномпень за обстрел приграничной деревни.", ("VNM", "KHM")),
    ("Сенегал пообещал дать ответ Мали «в удобное для себя время».", ("SEN", "MLI")),
])
def test_a_promised_reprisal_is_a_threat(text: str, pair: tuple[str, str]) -> None:
    got = dyads(text)
    assert (*pair, "THREATEN") in got
    assert (*pair, "AGREE") not in got


def test_an_answer_promised_to_a_query_is_no_threat() -> None:
    got = dyads("Токио пообещал Маниле дать ответ на запрос о поставках катеров в течение месяца.")
    assert not any(d[2] == "THREATEN" for d in got)


@pytest.mark.parametrize(("text", "event"), [
    # aid promised, by verb or noun: the aid planned, no accord beside it (convention 5)
    ("Токио пообещал выделить Маниле кредит на закупку патрульных катеров.", ("JPN", "PHL", "AID")),
    # support promised by a verb: the support
    ("Анкара пообещала поддержать заявку Баку на проведение климатического форума.", ("TUR", "AZE", "SUPPORT")),
])
def test_a_promised_act_is_the_event(text: str, event: tuple[str, str, str]) -> None:
    got = dyads(text)
    assert event in got
    assert (*event[:2], "AGREE") not in got


def test_a_promise_of_support_by_a_noun_stays_the_promise() -> None:
    assert ("CHN", "LAO", "AGREE") in dyads("Пекин пообещал Лаосу поддержку в строительстве железной дороги.")


def test_repression_means_on_a_states_own_people_are_coercion() -> None:
    got = dyads("Полиция Еревана применила слезоточивый газ против участников шествия у здания правительства.")
    assert ("ARM", "ARM", "COERCE") in got
    assert ("ARM", "ARM", "ASSAULT") not in got


def test_repression_means_on_another_states_ship_stay_an_attack() -> None:
    assert ("CHN", "PHL", "ASSAULT") in dyads("Береговая охрана Китая применила водомёты против филиппинского судна снабжения.")


def test_relations_restored_by_accord_are_its_matter() -> None:
    got = dyads("Вьетнам и Камбоджа договорились восстановить прямое авиасообщение и возобновить контакты "
                "между министерствами обороны.")
    assert {("VNM", "KHM", "AGREE"), ("KHM", "VNM", "AGREE")} <= got
    assert not any(d[2] == "SUPPORT" for d in got)


@pytest.mark.parametrize("text", [
    "Саммит ОДКБ пройдёт в Минске в ноябре.",
    "Путин и Си Цзиньпин подписали соглашение на полях саммита ШОС.",
])
def test_an_organisations_summit_or_its_setting_is_no_talks(text: str) -> None:
    assert not any(d[2] == "CONSULT" for d in dyads(text))


def test_a_summit_of_named_parties_is_talks() -> None:
    assert {("EGY", "TUR", "CONSULT"), ("TUR", "EGY", "CONSULT")} <= dyads("Президенты Египта и Турции провели саммит в Каире.")


def test_a_recall_in_protest_is_no_demonstration() -> None:
    got = dyads("Кения отозвала посла из Кампалы в знак протеста против задержания кенийских рыбаков.")
    assert not any(d[2] == "PROTEST" for d in got)


def test_a_region_freed_by_troops_is_no_release() -> None:
    got = dyads("Сирийские подразделения участвовали в освобождении Хомской области, подтвердил Генштаб России.")
    assert not any(d[2] == "CONCEDE" for d in got)
    assert ("AZE", "ARM", "CONCEDE") in dyads("Власти Азербайджана освободили двух армянских военнослужащих.")


@pytest.mark.parametrize("text", [
    "Армия Судана нанесла удар турецкими беспилотниками по позициям мятежников в Дарфуре.",
    "Эфиопия ударила турецкими беспилотниками по складу в Амхаре.",
])
def test_the_maker_of_a_weapon_used_is_no_target(text: str) -> None:
    assert not any(d[1] == "TUR" for d in dyads(text))


def test_the_place_struck_with_a_weapon_is_the_target() -> None:
    assert ("RUS", "UKR", "ASSAULT") in dyads("Россия ударила иранскими дронами по энергетическому объекту в Одесской области.")


def test_a_veto_in_the_security_council_is_aimed_at_the_un() -> None:
    got = dyads("Китай заблокировал в Совбезе ООН проект резолюции, осуждающей действия военных Мьянмы.")
    assert ("CHN", "UN", "REJECT") in got
    assert ("CHN", "MMR", "REJECT") not in got


def test_a_draft_is_no_accord() -> None:
    got = dyads("МИД Турции опубликовал проект соглашения с Грецией о делимитации шельфа.")
    assert not any(d[2] == "AGREE" for d in got)
    assert ("TUR", "GRC", "AGREE") in dyads("Турция и Греция подписали соглашение о делимитации шельфа.")
