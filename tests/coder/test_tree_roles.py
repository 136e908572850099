"""Roles of the tree coder (coder/tree/roles.py `_roles`) found for seeds-gold's misses, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree's own roles, without the rule coder's fallback


def dyads(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_the_of_phrase_of_a_noun_with_an_infinitive_is_its_agent():
    got = dyads("The refusal of Lithuania to hold talks with Belarus surprised the observers.")
    assert ("LTU", "BLR", "REJECT") in got
    assert ("BLR", "LTU", "REJECT") not in got
    # without an infinitive the "of" phrase is what the act is done to
    assert ("RUS", "POL", "SANCTION") in dyads("Russia announced the expulsion of Polish diplomats.")


def test_a_stance_drawn_from_another_party_is_that_party_s():
    got = dyads("The Belarusian plan to buy Chinese missiles has raised concerns from Moscow.")
    assert ("RUS", "BLR", "ACCUSE") in got and ("BLR", "RUS", "ACCUSE") not in got
    assert ("RUS", "BLR", "ACCUSE") in dyads("Russia raised concerns about the Belarusian plan.")


def test_cooperation_in_the_content_of_an_agreement_is_the_agreement():
    got = dyads("Russia and Belarus agreed to develop military-technical cooperation.")
    assert got == {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")}


def test_the_other_party_of_a_refusal_stands_in_its_infinitive():
    assert ("BLR", "RUS", "REJECT") in dyads("Belarus's refusal to host a Russian airbase surprised observers.")


def test_the_other_party_of_a_warning_is_sought_in_its_content_before_an_adverbial_clause():
    got = dyads("While criticising Russia, Belarus warned that it would close its border with Poland.")
    assert ("BLR", "POL", "THREATEN") in got and ("BLR", "RUS", "THREATEN") not in got


def test_agreeing_that_something_is_so_is_no_agreement_with_a_party_named_in_it():
    got = dyads("The Russian government agrees that there will be no integration with the European Union.")
    assert ("RUS", "EU", "AGREE") not in got
    # a promise's content names its recipient
    assert ("RUS", "BLR", "AGREE") in dyads("Putin promised to provide Belarus with military assistance.")


def test_troops_of_no_named_country_are_the_subject_s():
    # the bare «войск» is not the nearest country's (Georgia's) but the withdrawing subject's
    assert dyads("Россия начала вывод войск из Грузии.", lang="ru") == {("RUS", "GEO", "RETREAT")}
    assert ("RUS", "GEO", "RETREAT") in dyads("Москва начала вывод своих войск из Грузии.", lang="ru")


def test_a_stance_drawn_by_the_subject_is_the_party_its_noun_names():
    got = dyads("Учения Польши вызвали резкое осуждение Минска.", lang="ru")
    assert ("BLR", "POL", "ACCUSE") in got and ("POL", "BLR", "ACCUSE") not in got
    assert ("BLR", "LTU", "ACCUSE") in dyads("Учения Литвы вызвали критику со стороны Белоруссии.", lang="ru")
    # a stance expressed (not drawn) keeps its subject as holder
    assert ("RUS", "UKR", "ACCUSE") in dyads("Москва выразила осуждение действий Киева.", lang="ru")


def test_a_verb_with_an_agent_phrase_is_passive_however_it_is_tagged():
    # the parse reads "branded" as a past tense with "Moscow" its subject; the "by" agent accuses
    got = dyads("Moscow, branded a war criminal by Kyiv, denied the charges.")
    assert ("UKR", "RUS", "ACCUSE") in got and ("RUS", "UKR", "ACCUSE") not in got
    assert ("UKR", "RUS", "ACCUSE") in dyads("Russia was branded a terrorist state by Kyiv.")


def test_an_english_stance_drawn_by_the_subject_is_the_from_phrase_s():
    got = dyads("Poland's drills sparked sharp criticism from Belarus.")
    assert ("BLR", "POL", "ACCUSE") in got and ("POL", "BLR", "ACCUSE") not in got
