"""The tree coder's recall (issue 13): constructions whose events it used to miss, on sentences
written for these tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.engine import code_text
from dyadwatch.coder.lang.en import inflect


@pytest.fixture(autouse=True)
def tree_coder(use_coder) -> None:
    use_coder("tree-only")  # the tree alone: the rule coder's fallback must not hide a miss


def coded(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def dyads(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_stressed_final_syllables_and_irregular_verbs_are_inflected():
    assert {"transferred", "transferring"} <= set(inflect("transfer"))
    assert {"threw", "thrown"} <= set(inflect("throw")) and "throwed" not in inflect("throw")
    assert {"kept", "began", "beginning"} <= set(inflect("keep")) | set(inflect("begin"))
    assert ("USA", "UKR", "AID") in dyads("Washington transferred $300 million in military aid to Ukraine.")


def test_a_possessor_after_in_is_the_actor_not_a_place():
    got = dyads("The court jailed him for his part in Turkey's shelling of Syria.")
    assert ("TUR", "SYR", "ASSAULT") in got


def test_a_time_clause_is_no_content_of_an_accusation():
    got = dyads("Minsk denounced Vilnius on Monday, after Lithuania closed two crossings on its border with Belarus.")
    assert ("BLR", "LTU", "ACCUSE") in got and ("LTU", "BLR", "SANCTION") in got
    # the content itself is still not coded (convention 3)
    assert ("LTU", "BLR", "SANCTION") not in dyads("Minsk accused Vilnius of closing its border with Belarus.")


def test_the_of_phrase_of_a_visit_is_the_visitor_and_every_destination_is_a_host():
    got = dyads("The trade deals followed the visit of the Chinese president to Minsk, Astana and Baku.")
    assert {("CHN", "BLR", "CONSULT"), ("CHN", "KAZ", "CONSULT"), ("CHN", "AZE", "CONSULT")} <= got


def test_a_country_named_before_a_one_way_act_is_its_target_when_the_actor_is_named_apart():
    assert ("TUR", "SYR", "ASSAULT") in dyads("Ankara launched its Syria offensive in October.")
    # alone, the name is the act's source; with a target named, still the source
    assert ("USA", "IRN", "SANCTION") in dyads("The US sanctions against Iran were extended in May.")
    assert {("EU", "RUS", "SANCTION"), ("NOR", "RUS", "SANCTION")} <= dyads(
        "Norway joined the EU sanctions against Russia.")


def test_a_noun_in_a_light_phrase_is_the_subject_s_act_with_its_status():
    got = coded("The World Bank agreed to a 300 million dollar loan to Moldova.")
    assert ("WB", "MDA", "AID", "planned") in got


def test_a_threat_s_target_may_stand_in_a_clause_inside_its_content():
    assert ("FRA", "RUS", "THREATEN") in dyads(
        "Paris warned that its partners are ready to impose heavy costs on Russia.")
    assert ("CHN", "JPN", "THREATEN") in dyads(
        "Beijing warned that if Japan did not withdraw its ships, China would respond.")


def test_striking_back_is_no_labour_strike():
    got = dyads("Ankara says Turkey will strike back against Damascus.")
    assert ("TUR", "SYR", "PROTEST") not in got
