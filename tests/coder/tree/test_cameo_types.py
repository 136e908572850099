"""CAMEO codes the tree coder gives where PLOVER and CAMEO part ways (declined comments, broken ceasefires, ...)."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads_cameo

pytestmark = pytest.mark.coder("tree")


def test_declining_to_comment_is_no_refusal() -> None:
    # CAMEO 011 "decline comment" is a statement, not a rejection of the thing commented on
    assert not {e for e in dyads_cameo("Belarus declined to comment on Poland's proposal.") if e[2] == "REJECT"}
    assert ("BLR", "POL", "REJECT", "120") in dyads_cameo("Belarus declined Poland's proposal.")


def test_a_ceasefire_broken_is_fighting() -> None:
    assert dyads_cameo("Azerbaijan violated a ceasefire with Armenia.") == {("AZE", "ARM", "ASSAULT", "196")}
    assert dyads_cameo("Azerbaijan breached the truce with Armenia.") == {("AZE", "ARM", "ASSAULT", "196")}
    # other norms defied stay a rejection
    assert ("BLR", "RUS", "REJECT", "128") in dyads_cameo("Minsk violated the agreement with Moscow.")


def test_works_of_art_returned_are_property_returned() -> None:
    assert dyads_cameo("The United States returned two paintings to Italy.") == {("USA", "ITA", "RETREAT", "0842")}


def test_cyberattacks_as_nouns() -> None:
    assert dyads_cameo("Russia launched cyber-attacks on Estonia.") == {("RUS", "EST", "COERCE", "172")}


def test_a_war_game_is_an_exercise_not_a_war() -> None:
    assert dyads_cameo("The war game was staged by US marines and Jordanian armed forces.") == {
        ("USA", "JOR", "COOPERATE", "062"), ("JOR", "USA", "COOPERATE", "062")}


def test_a_cessation_of_hostilities_is_a_truce() -> None:
    assert dyads_cameo("Sudan declared a cessation of hostilities with South Sudan.") == {("SDN", "SSD", "RETREAT", "087")}


def test_fighting_a_disease_is_no_assault() -> None:
    assert not {e for e in dyads_cameo("Germany sent doctors to fight the Ebola epidemic in Guinea.") if e[2] == "ASSAULT"}
    assert ("RUS", "UKR", "ASSAULT", "180") in dyads_cameo("Russian forces fight Ukrainian troops near Bakhmut.")
