"""CAMEO codes the tree coder gives where PLOVER and CAMEO part ways (declined comments, broken ceasefires, ...)."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import coded_en_cameo_20210201 as coded

pytestmark = pytest.mark.coder("tree")


def test_declining_to_comment_is_no_refusal() -> None:
    # CAMEO 011 "decline comment" is a statement, not a rejection of the thing commented on
    assert not {e for e in coded("Belarus declined to comment on Poland's proposal.") if e[2] == "REJECT"}
    assert ("BLR", "POL", "REJECT", "120") in coded("Belarus declined Poland's proposal.")


def test_a_ceasefire_broken_is_fighting() -> None:
    assert coded("Azerbaijan violated a ceasefire with Armenia.") == {("AZE", "ARM", "ASSAULT", "196")}
    assert coded("Azerbaijan breached the truce with Armenia.") == {("AZE", "ARM", "ASSAULT", "196")}
    # other norms defied stay a rejection
    assert ("BLR", "RUS", "REJECT", "128") in coded("Minsk violated the agreement with Moscow.")


def test_works_of_art_returned_are_property_returned() -> None:
    assert coded("The United States returned two paintings to Italy.") == {("USA", "ITA", "RETREAT", "0842")}


def test_cyberattacks_as_nouns() -> None:
    assert coded("Russia launched cyber-attacks on Estonia.") == {("RUS", "EST", "COERCE", "172")}


def test_a_war_game_is_an_exercise_not_a_war() -> None:
    assert coded("The war game was staged by US marines and Jordanian armed forces.") == {
        ("USA", "JOR", "COOPERATE", "062"), ("JOR", "USA", "COOPERATE", "062")}


def test_a_cessation_of_hostilities_is_a_truce() -> None:
    assert coded("Sudan declared a cessation of hostilities with South Sudan.") == {("SDN", "SSD", "RETREAT", "087")}


def test_fighting_a_disease_is_no_assault() -> None:
    assert not {e for e in coded("Germany sent doctors to fight the Ebola epidemic in Guinea.") if e[2] == "ASSAULT"}
    assert ("RUS", "UKR", "ASSAULT", "180") in coded("Russian forces fight Ukrainian troops near Bakhmut.")
