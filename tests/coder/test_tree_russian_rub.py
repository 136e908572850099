"""The tree coder on Russian (branch rub): places, arms and warnings written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian region or a Ukrainian town hit is its state (convention 8)
    ("Украинские дроны атаковали нефтебазу в Тульской области.", {("UKR", "RUS", "ASSAULT")}),
    ("Российские ракеты поразили объекты в Виннице.", {("RUS", "UKR", "ASSAULT")}),
    # weapons handed over as "systems" are military aid
    ("Норвегия передаст Украине системы ПВО.", {("NOR", "UKR", "AID")}),
    # "will answer with force" is a threat
    ("Литва ответит силой на любую провокацию со стороны белорусских военных.", {("LTU", "BLR", "THREATEN")}),
    # miners on strike are civilians protesting at home
    ("Казахстанские нефтяники объявили забастовку.", {("KAZ", "KAZ", "PROTEST")}),
])
def test_lexicon(text: str, expected: set[tuple]) -> None:
    assert expected <= dyads(text)


def test_a_measure_is_not_aimed_at_its_own_maker() -> None:
    # convention 7: «свою территорию» names the actor again, no X -> X beside X -> Y
    got = dyads("Эстония запретила въезд на свою территорию десяти гражданам Белоруссии.")
    assert ("EST", "BLR", "SANCTION") in got
    assert ("EST", "EST", "SANCTION") not in got


def test_a_negated_condition_is_no_act() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Если Польша не откроет пункты пропуска, Минск закроет транзит польских грузов, предупредил Лукашенко.",
        "2024-05-10", "ru")}
    assert not {t for t in got if t[0] == "POL"}
    assert ("BLR", "POL", "THREATEN", "occurred") in got


def test_an_agreed_loan_is_planned_aid() -> None:
    # convention 5: an accord on a loan is the accord and the giver's aid, planned
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Москва и Ереван договорились о предоставлении Армении кредита на модернизацию армии.", "2024-05-10", "ru")}
    assert {("RUS", "ARM", "AGREE", "occurred"), ("ARM", "RUS", "AGREE", "occurred"),
            ("RUS", "ARM", "AID", "planned")} <= got
    assert ("ARM", "RUS", "AID", "planned") not in got


def test_no_date_fixed_is_no_event() -> None:
    # convention 10: an explicit non-event told through a date noun's genitive
    assert not dyads("Сроки визита президента Казахстана в Минск пока не согласованы.")
    assert ("KAZ", "BLR", "CONSULT") in dyads("Президент Казахстана прибыл в Минск с визитом.")


def test_damage_done_by_an_attack_is_the_attack() -> None:
    got = {(e.source, e.target, e.type) for e in code_text(
        "Российские ракеты атаковали Одессу, разрушив склады и причалы.", "2024-05-10", "ru")}
    assert ("RUS", "UKR", "ASSAULT") in got
    assert ("RUS", "UKR", "COERCE") not in got


def test_residents_of_a_city_protest_in_the_street() -> None:
    # the city's people, not its government: a street protest, no accusation (convention 6)
    got = dyads("Сотни жителей Гродно вышли на акцию протеста.")
    assert ("BLR", "BLR", "PROTEST") in got
    assert not {t for t in got if t[2] == "ACCUSE"}


def test_the_armed_forces_of_ukraine_by_their_acronym() -> None:
    assert ("UKR", "RUS", "ASSAULT") in dyads("ВСУ обстреляли Курск.")


def test_a_topic_of_discussion_is_no_act() -> None:
    assert not dyads("Вопрос о вводе российских войск в Таджикистан обсуждался на форуме экспертов.")


def test_halted_talks_are_no_talks() -> None:
    assert not {t for t in dyads("Консультации Армении и Азербайджана приостановлены.") if t[2] == "CONSULT"}
    assert ("ARM", "AZE", "CONSULT") in dyads("Армения и Азербайджан провели консультации.")
