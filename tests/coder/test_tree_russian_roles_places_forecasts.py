"""Russian roles, places and forecasts: verbs of undergoing, a seat of power's verbal acts, a warning's or a
demand's other party, a feminine state pronoun, streets as places, short-adjective predicates in a content clause,
the world's states by their Russian names, and acts to come in another's view; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2022-05-16") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


@pytest.mark.parametrize(("text", "dyad"), [
    ("Грузинские пограничники подверглись обстрелу со стороны Азербайджана.", ("AZE", "GEO", "ASSAULT")),
    ("Эстония подверглась резкой критике со стороны Москвы.", ("RUS", "EST", "ACCUSE")),
    ("Молдавские фермеры попали под обстрел российских военных.", ("RUS", "MDA", "ASSAULT")),
])
def test_the_subject_of_a_verb_of_undergoing_is_acted_on(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text)


def test_a_street_people_go_out_onto_locates_the_protest() -> None:
    assert ("GEO", "GEO", "PROTEST") in dyads("Несколько тысяч человек вышли на улицы Тбилиси.")


def test_a_short_adjective_predicate_takes_the_subject_of_the_verb_of_saying() -> None:
    got = {(e.source, e.target, e.type, e.status)
           for e in code_text("В Кремле заявили, что намерены запросить у Кишинёва объяснения.", "2022-05-16", "ru")}
    assert ("RUS", "MDA", "REQUEST", "planned") in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Лаос и Камбоджа подписали соглашение о торговле.", ("LAO", "KHM", "AGREE")),
    ("Мексика выслала двух российских дипломатов.", ("MEX", "RUS", "SANCTION")),
    ("Португалия осудила действия Белоруссии.", ("PRT", "BLR", "ACCUSE")),
])
def test_states_outside_the_region_are_named(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text)


def test_a_recipient_of_money_names_its_giver() -> None:
    assert ("EU", "MDA", "AID") in dyads("Молдавия получила 50 млн евро от Евросоюза.")


@pytest.mark.parametrize("text", [
    "Эстония вместе с Латвией и Финляндией осудила действия Москвы.",
    "Эстония совместно с Латвией и Финляндией осудила действия Москвы.",
])
def test_a_subject_s_company_before_the_verb_acts_too(text: str) -> None:
    assert {("EST", "RUS", "ACCUSE"), ("LVA", "RUS", "ACCUSE"), ("FIN", "RUS", "ACCUSE")} <= dyads(text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Россия вывела своих военных из Приднестровья.", ("RUS", "MDA", "RETREAT")),
    ("Российские войска обстреляли Мелитополь.", ("RUS", "UKR", "ASSAULT")),
])
def test_regions_and_cities_of_the_region_are_their_states(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text)


def test_a_seat_of_power_makes_a_verbal_act_but_a_deed_there_is_in_a_place() -> None:
    assert ("RUS", "EST", "THREATEN") in dyads("В Кремле пригрозили Эстонии ответными шагами.")
    assert ("MDA", "MDA", "PROTEST") in dyads("В Кишинёве провели акцию протеста.")


def test_a_warning_s_other_party_is_the_one_its_condition_is_set_on() -> None:
    got = dyads("МИД Молдавии предупредил, что если Москва продолжит вмешиваться, Кишинёв обратится в ООН.")
    assert ("MDA", "RUS", "THREATEN") in got
    assert ("MDA", "UN", "THREATEN") not in got


def statuses(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2022-05-16", "ru")}


@pytest.mark.parametrize("text", [
    "Грузия откроет границу с Арменией, считают эксперты.",
    "Грузия вряд ли откроет границу с Арменией.",
    "Грузия вряд ли откроет границу с Арменией, полагают в Ереване.",
])
def test_an_act_to_come_in_another_s_view_is_a_forecast_and_no_promise(text: str) -> None:
    got = statuses(text)
    assert ("GEO", "ARM", "CONCEDE", "forecast") in got
    assert not {e for e in got if e[2] == "AGREE"}


def test_an_actor_s_own_statement_of_an_act_to_come_stays_planned() -> None:
    assert ("GEO", "ARM", "CONCEDE", "planned") in statuses("Грузия откроет границу с Арменией, заявил премьер Грузии.")


def test_the_condition_of_a_threat_is_an_act_of_its_own() -> None:
    got = statuses("Эстония ответит жёстко, если Москва введёт против Эстонии новые санкции.")
    assert ("RUS", "EST", "SANCTION", "hypothetical") in got
    assert ("EST", "RUS", "THREATEN", "planned") in got


def test_a_demand_is_made_of_the_party_it_is_asked_from() -> None:
    got = dyads("Вашингтон потребовал от Кишинёва разрыва с Москвой.")
    assert ("USA", "MDA", "REQUEST") in got and ("USA", "RUS", "REQUEST") not in got


def test_closing_a_consulate_general_is_a_sanction() -> None:
    assert ("RUS", "EST", "SANCTION") in dyads("Россия закрыла генконсульство Эстонии в Петербурге.")


def test_a_feminine_pronoun_is_the_feminine_state_named_before_it() -> None:
    got = dyads("Эстония ответит жёстко, если Москва введёт против неё новые санкции.")
    assert ("RUS", "EST", "SANCTION") in got
    # a woman named last: no state
    assert ("LTU", "LTU", "SUPPORT") not in dyads("Литва приветствовала Тихановскую и пообещала поддержать её.")


def test_a_pattern_opening_with_its_own_negation_is_read() -> None:
    assert ("EST", "OSCE", "REJECT") in dyads("Таллин не видит необходимости в визите председателя ОБСЕ.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Молдавская оппозиция выведет на улицы тысячи сторонников.", ("MDA", "MDA", "PROTEST")),
    ("Протесты в Грузии продолжаются.", ("GEO", "GEO", "PROTEST")),
])
def test_protests_led_out_or_going_on_in_a_country(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text)


def test_a_concession_announced_is_the_act_planned_with_no_promise_beside_it() -> None:
    got = statuses("Грузия в ближайшие недели освободит задержанных армянских граждан.")
    assert ("GEO", "ARM", "CONCEDE", "planned") in got
    assert not {e for e in got if e[2] == "AGREE"}
    # a promise in so many words stays an accord
    assert ("RUS", "MDA", "AGREE") in dyads("Москва пообещала отвести свои войска из Молдавии.")
