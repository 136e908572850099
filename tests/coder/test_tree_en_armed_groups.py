"""English names of today's armed movements act for the country they fight in (branch en8c); "RSF" beside
journalists is Reporters Without Borders (`other_meanings`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2026-11-20")}


@pytest.mark.parametrize(("text", "event"), [
    ("Egypt accused the Rapid Support Forces of shelling a convoy of Egyptian lorries.", ("EGY", "SDN", "ACCUSE")),
    ("The M23 rebels released eleven Kenyan truck drivers they had held near Goma.", ("COD", "KEN", "CONCEDE")),
    ("The TPLF accused Eritrea of massing troops near the border town of Zalambessa.", ("ETH", "ERI", "ACCUSE")),
    ("Bangladesh urged the Arakan Army to let Rohingya refugees return.", ("BGD", "MMR", "REQUEST")),
])
def test_an_armed_movement_acts_for_its_country(text: str, event: tuple) -> None:
    assert event in _coded(text)


def test_rsf_beside_journalists_is_no_armed_movement() -> None:
    assert not any("SDN" in e[:2] for e in _coded("RSF condemned Azerbaijan for jailing two journalists in Baku."))
    assert ("SDN", "AZE", "ACCUSE") in _coded("The RSF accused Azerbaijan of arming the Sudanese army.")


@pytest.mark.parametrize(("text", "event"), [
    ("Saudi jets bombed the port of Hodeidah on Tuesday.", ("SAU", "YEM", "ASSAULT")),
    ("Chadian troops withdrew from El Fasher after a week.", ("TCD", "SDN", "RETREAT")),
])
def test_a_place_of_todays_wars_names_its_country(text: str, event: tuple) -> None:
    assert event in _coded(text)
