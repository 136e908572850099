"""DYADWATCH_CODER=tree, English long tail (branch tree-en7). Sentences written for these tests (never gold or
synthetic-set sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def events(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.cameo) for e in code_text(text, pub, lang)}


def pairs(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_an_act_in_the_object_of_a_joined_verb_act_takes_its_party():
    # "met X and promised <aid>": the promise is aimed at X, and so is the aid it names (a sum promised is the aid
    # planned, no accord beside it: syntax.yaml `promised_sums`, convention 5)
    got = pairs("The Japanese prime minister met the Philippine president in Manila and promised military assistance worth $40 million.")
    assert ("JPN", "PHL", "AID") in got and ("JPN", "PHL", "AGREE") not in got
    # the aid's own party stays its own
    got = pairs("Scholz met Duda and promised military assistance to Kyiv.")
    assert ("DEU", "UKR", "AID") in got and ("DEU", "POL", "AID") not in got


def test_no_visit_by_a_thing_its_party_only_qualifies():
    # "Chilean exports go to China", "a Norwegian field hospital arrived": no one visits
    assert not any(t == "CONSULT" for _, _, t in pairs("A Norwegian field hospital arrived in southern Turkey on Monday."))
    assert not any(t == "CONSULT" for _, _, t in pairs("Chilean tourists travel to Peru every summer."))
    # a party's delegation, its minister or its envoy still visits
    assert ("CHL", "PER", "CONSULT") in pairs("A Chilean delegation arrived in Lima on Monday.")
    assert ("CHL", "PER", "CONSULT") in pairs("Chile's envoy arrived in Lima on Monday.")


def test_no_stated_intention_beside_a_conciliatory_act_under_a_condition():
    # "will free the sailors if ...": the act under its condition, no promise (AGREE 035) beside it
    got = events("Ankara will free the Greek sailors if Athens lifts its port restrictions, a Turkish official said.")
    assert ("TUR", "GRC", "CONCEDE") in {g[:3] for g in got}
    assert not any(c.startswith("03") for *_, c in got)
    # the same act stated to come with no condition is also the intention
    got = events("Ankara will free the Greek sailors, a Turkish official said.")
    assert ("TUR", "GRC", "AGREE", "035") in got
