"""A definite description of an international organisation ("the bloc", "the Moscow-led alliance") stands for
the organisation the sentence or the document named before it, not for a country inside it."""
from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2021-03-04", "en")}


def test_a_led_bloc_is_the_organisation_named_before_not_its_leading_country():
    got = dyads("Armenia froze its participation in the CSTO. Yerevan accused the Moscow-led bloc of failing to defend it.")
    assert ("ARM", "CSTO", "ACCUSE") in got
    assert ("ARM", "RUS", "ACCUSE") not in got


def test_the_bloc_asked_is_the_organisation_named_in_the_sentence_before():
    got = dyads("Latvia welcomed the EU plan. Riga asked the bloc to send more money to Kyiv.")
    assert ("LVA", "EU", "REQUEST") in got


def test_the_alliance_warned_is_the_organisation_named_before():
    got = dyads("NATO held drills in Estonia. Moscow warned the alliance against deploying troops.")
    assert ("RUS", "NATO", "THREATEN") in got


def test_the_union_needs_an_organisation_called_a_union():
    assert ("POL", "EU", "REQUEST") in dyads(
        "Poland welcomed the European Union's decision. Warsaw asked the union to send money to Kyiv.")
    assert not any(t == "NATO" for _, t, _ in dyads(
        "NATO held drills in Estonia. Tallinn asked the union to send money to Kyiv."))


def test_a_description_with_no_organisation_named_before_stays_as_it_is():
    got = dyads("Yerevan accused the military bloc of failing to defend it.")
    assert not any(t in ("CSTO", "NATO", "EU") for _, t, _ in got)
    # (control: with the organisation named before)
    assert ("ARM", "CSTO", "ACCUSE") in dyads(
        "Armenia froze its participation in the CSTO. Yerevan accused the military bloc of failing to defend it.")
    # (one its leader names is not: "the Moscow-led bloc" is the CSTO, tests/coder/tree/test_en10b.py)


def test_the_alliance_is_not_a_union_named_nearer():
    got = dyads("NATO met in Vilnius. A Chinese envoy to the EU urged the alliance to stop expanding.")
    assert ("CHN", "NATO", "REQUEST") in got
    assert ("CHN", "EU", "REQUEST") not in got


def test_the_blocs_own_thing_is_left_as_it_is():
    got = dyads("EU ministers met in Brussels. They agreed to close the bloc's ports to Russian ships.")
    assert not any(s == t for s, t, _ in got)
    assert ("EU", "RUS", "SANCTION") in got  # the ports closed to Russian ships stay coded


def test_the_union_named_sentences_ago_may_be_a_trade_union():
    got = dyads("The EU approved new tariffs. Polish truckers protested. The union blocked the border with Belarus.")
    assert not any(s == "EU" for s, _, _ in got)


def test_a_led_alliance_with_its_size_and_kind_is_the_organisation():
    got = dyads("Sweden joined NATO last year. Moscow accused the US-led 32-member military alliance of provoking tension.")
    assert ("RUS", "NATO", "ACCUSE") in got
    assert ("RUS", "USA", "ACCUSE") not in got


def test_the_blocs_leaders_are_the_organisation_acting():
    # "the bloc's leadership", "the alliance's top diplomat": its people act for it (not its skies or ports)
    got = dyads("EU foreign ministers met in Brussels on Monday, and the bloc's top diplomat accused Russia of sabotage.")
    assert ("EU", "RUS", "ACCUSE") in got
