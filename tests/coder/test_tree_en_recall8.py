"""DYADWATCH_CODER=tree, English recall by cause (branch en8b, issue 14). Sentences written for these tests
(never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def pairs(text: str, pub: str | None = "2024-01-05") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_a_stance_on_a_noun_of_force_or_of_a_court_is_aimed_at_its_maker():
    # `reacted.nouns`: verdicts, raids, buildups ... are acts a stance may be taken on
    got = pairs("A Serbian court jailed a Kosovar mayor for ten years, a verdict Pristina denounced as revenge.")
    assert ("XKX", "SRB", "ACCUSE") in got
    got = pairs("Serbian police detained two Kosovar officials on Monday in a raid that Pristina condemned.")
    assert ("XKX", "SRB", "ACCUSE") in got


def test_a_stance_on_a_noun_coded_as_an_act_is_aimed_at_that_acts_makers():
    # `_noun_act_makers`: the noun with the relative clause is itself a trigger whose events name its makers
    got = pairs("Serbia moved tanks to the border, escalating a military buildup near Kosovo that Pristina has "
                "denounced as preparation for war.")
    assert ("XKX", "SRB", "ACCUSE") in got
