"""English recall by cause (ninth session, helper en9b): constructions and lexicon classes the tree coder
missed, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-06-05", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_a_gerund_after_a_measure_of_time_has_the_main_verbs_subject():
    # "a day after holding talks": the parse hangs the gerund's "after" on the time noun ("day", npadvmod)
    got = dyads("Macron met Putin in Moscow on Monday, a day after holding talks with Tokayev in Astana.")
    assert {("FRA", "KAZ", "CONSULT"), ("KAZ", "FRA", "CONSULT"), ("FRA", "RUS", "CONSULT")} <= got
    got = dyads("Scholz flew to Kyiv, two days before signing a deal with Ukraine.")
    assert ("DEU", "UKR", "AGREE") in got


def test_force_on_the_actors_own_party_inside_another_state_is_aimed_at_that_state():
    # convention 7: the party struck is not inside the actor's country
    assert ("PAK", "AFG", "ASSAULT") in dyads("Pakistani jets bombed hideouts of the Pakistani Taliban inside Afghanistan on Monday.")
    assert ("TUR", "IRQ", "ASSAULT") in dyads("Turkish jets bombed Turkish militants in Iraq on Monday.")
    # a party at home stays at home; a state's adjective on a border is no place inside it
    assert ("BLR", "BLR", "COERCE") in dyads("Belarusian police detained dozens of Belarusian protesters in Minsk.")


def test_a_bare_both_after_a_subordinator_or_and_is_the_pair_named_last():
    got = dyads("Poland and Lithuania closed their borders with Belarus, and both accused Minsk of orchestrating the crisis.")
    assert {("POL", "BLR", "ACCUSE"), ("LTU", "BLR", "ACCUSE")} <= got
    # (the parse hangs "both" on "after" as its object: the clause's subject all the same)
    got = dyads("Moscow halted gas supplies to Latvia and Estonia after both rejected the demand to pay in roubles.")
    assert {("LVA", "RUS", "REJECT"), ("EST", "RUS", "REJECT")} <= got
    # "both" before a name is a coordination, no pronoun
    got = dyads("Poland accused Minsk, and both Russia and Belarus denied it.")
    assert not any(s in ("POL",) and t == "POL" for s, t, _ in got)


def test_a_protest_in_a_countrys_named_capital_aimed_at_the_rule_its_demand_rejects():
    # "in Moldova's capital Chisinau" is a place (no metonym acting); the party joined in the demand is no target;
    # the other state stands deep in the demand's content ("a vote on separation from Russian control")
    got = dyads("Inmates rioted in a jail in Moldova's capital Chisinau on Sunday, joining crowds of protesters in "
                "calling for a vote on separation from Russian control.")
    assert ("MDA", "RUS", "PROTEST") in got and ("MDA", "MDA", "PROTEST") not in got
    assert ("GEO", "GEO", "PROTEST") in dyads("Students marched in Georgia's capital Tbilisi on Sunday.")


def test_a_condition_on_the_copula_of_readiness_or_an_inverted_one_read_as_a_content_clause():
    # "is ready to impose ... if B ...": the condition hangs on "is"; B is the target, the threat is said
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "The EU is ready to impose new sanctions if Minsk continues to use migrants.", "2024-06-05", "en")}
    assert ("EU", "BLR", "THREATEN", "occurred") in got and ("EU", "BLR", "SANCTION", "hypothetical") in got
    # "should B continue" after its verb, which the parse reads as a content clause: a condition all the same
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "The EU would impose further restrictive measures should Minsk continue to use migrants.", "2024-06-05", "en")}
    assert ("EU", "BLR", "THREATEN", "occurred") in got and ("EU", "BLR", "SANCTION", "hypothetical") in got
    # convention 5: "would send troops should the situation require it" is hypothetical
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Moscow said it would send troops to Belarus should the situation require it.", "2024-06-05", "en")}
    assert ("RUS", "BLR", "MOBILIZE", "hypothetical") in got


def test_another_partys_act_adopted_through_a_quantity():
    # "adopted all of the EU's sanctions": the adopter imposes them too (`adopted_acts`), through "all of"
    got = dyads("Norway adopted all of the EU's sanctions against Moscow.")
    assert {("NOR", "RUS", "SANCTION"), ("EU", "RUS", "SANCTION")} <= got


def test_a_visit_in_a_phrase_of_circumstance_is_the_clause_subjects():
    got = dyads("The Polish foreign minister, on a visit to Vilnius, praised Lithuania's reforms.")
    assert {("POL", "LTU", "CONSULT"), ("POL", "LTU", "SUPPORT")} <= got
    assert ("BLR", "KAZ", "CONSULT") in dyads("On a visit to Astana, Lukashenko signed a deal on grain.")
    # a verb's own complement is no circumstance: no visit of the speaker
    assert ("RUS", "BLR", "CONSULT") not in dyads("Putin commented on a visit to Minsk.")
