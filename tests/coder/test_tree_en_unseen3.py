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
