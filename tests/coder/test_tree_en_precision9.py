"""DYADWATCH_CODER=tree, English precision by cause (branch prec9en). Sentences written for these tests
(never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def pairs(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_a_protest_in_the_reason_of_another_act_is_no_event_of_its_own():
    # convention 4: the rally the reporters covered is the jailing's reason, with neither side named
    got = pairs("A court in Grodno jailed three reporters of a Lithuania-based news site on Monday "
                "for covering an opposition rally.")
    # (reporters of a "Lithuania-based" site are no Lithuanian party: the compound takes the name)
    assert ("BLR", "BLR", "COERCE") in got
    assert not any(t == "PROTEST" for _, _, t in got)
    # (a protest told in its own right stays)
    assert ("GEO", "GEO", "PROTEST") in pairs("Thousands of students rallied in Tbilisi on Sunday against the government.")


def test_hitting_back_by_a_named_measure_is_that_measure_not_an_attack():
    # patterns.yaml: "hit back"/"struck back" followed by "by"/"with" names the answer; no assault beside it
    got = pairs("Tbilisi struck back by closing its airspace to Russian airlines.")
    assert ("GEO", "RUS", "SANCTION") in got
    assert not any(t == "ASSAULT" for _, _, t in got)
    assert not any(t == "ASSAULT" for _, _, t in pairs("Moldova hit back with a ban on Russian television channels."))
    # (a strike on a place stays an attack)
    assert ("RUS", "UKR", "ASSAULT") in pairs("Russian missiles struck the port of Odesa overnight.")


def test_a_negated_perfect_over_a_span_of_time_is_no_event():
    # syntax.yaml `absent_spans`: "have not held talks since ...", "have not met in ... years" describe relations
    # (convention 10); a single meeting said not to have happened stays denied
    assert not pairs("Serbia and Kosovo have not held direct talks since 2019, and relations remain tense.")
    assert not pairs("The presidents of Chile and Bolivia have not met in more than four years.")
    assert not pairs("Peru and Chile have not held a summit-level meeting in nearly four years, and relations remain cool.")
    assert ("CHL", "BOL", "CONSULT") in pairs("Chile's president did not meet his Bolivian counterpart at the summit.")


def test_strikes_carried_out_by_forces_are_attacks_not_stoppages_of_work():
    # patterns.yaml: "carried out strikes" is a military act (ASSAULT), never a labour strike (PROTEST)
    got = pairs("Turkish forces carried out strikes in northern Iraq on Sunday.")
    assert ("TUR", "IRQ", "ASSAULT") in got
    assert not any(t == "PROTEST" for _, _, t in got)
    assert ("GRC", "GRC", "PROTEST") in pairs("Thousands of Greek workers went on strike on Thursday.")


def test_a_state_of_emergency_declared_is_no_coercion():
    # patterns.yaml: a state's emergency measure at home is no act on another party nor on itself (convention 7)
    assert not pairs("Latvia declared a state of emergency on its border with Belarus over a surge of migrants.")
    assert not pairs("Kenya imposed a state of emergency in three northern counties on Friday.")
