"""The tree coder on Russian (branch ruf): reciprocal accusations; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


@pytest.mark.parametrize("text", [
    # «друг на друга» read by the parse as an adverb of the verb
    "Баку и Ереван возлагают ответственность друг на друга.",
    "Баку и Ереван возлагают вину друг на друга.",
    # «друг друга» hung on the verb of the clause before
    "Армения и Азербайджан подписали перемирие, однако обе стороны обвиняют друг друга в его нарушении.",
])
def test_reciprocal_accusation(text: str) -> None:
    got = dyads(text)
    assert {("ARM", "AZE", "ACCUSE"), ("AZE", "ARM", "ACCUSE")} <= got


def test_reciprocal_needs_the_second_word() -> None:
    # «друг» alone (a friend) after the verb is no reciprocal: the accused does not accuse back
    assert ("BLR", "RUS", "ACCUSE") not in dyads("Россия обвинила Белоруссию, друг которой промолчал.")


def test_truce_signed_is_an_agreement() -> None:
    # a truce signed or concluded by two parties is an agreement between them (CAMEO 057)
    got = dyads("Армения и Азербайджан заключили перемирие.")
    assert {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")} <= got


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction calling another's act a pejorative name accuses that act's maker
    ("Россия подписала договор о присоединении Крыма, а Украина назвала его аннексией.", ("UKR", "RUS", "ACCUSE")),
    ("Турция сбила российский самолет, а Путин назвал произошедшее «ударом в спину».", ("RUS", "TUR", "ACCUSE")),
    # a seat of power with an indefinite "they" on the second verb speaks, not the first verb's subject
    ("Белоруссия закрыла границу, а в Вильнюсе назвали это провокацией.", ("LTU", "BLR", "ACCUSE")),
])
def test_characterised_act(text: str, expected: tuple) -> None:
    got = dyads(text)
    assert expected in got
    assert (expected[1], expected[0], "ACCUSE") not in got


def test_praise_is_no_accusation() -> None:
    assert not any(t == "ACCUSE" for _, _, t in dyads("Польша назвала Литву надежным союзником."))


def test_seat_lays_blame() -> None:
    # «в Москве возложили ответственность на ...»: the seat of power blames, it is not the one blamed
    got = dyads("В Москве возложили ответственность на украинские спецслужбы.")
    assert ("RUS", "UKR", "ACCUSE") in got and ("UKR", "RUS", "ACCUSE") not in got


def test_talks_suspended_as_a_noun() -> None:
    # «объявил о прекращении переговоров с ...»: the break told as a noun is the sanction (CAMEO 164)
    assert ("AZE", "ARM", "SANCTION") in dyads("Азербайджан объявил о прекращении переговоров с Арменией.")
