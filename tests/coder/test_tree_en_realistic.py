"""DYADWATCH_CODER=tree, English constructions recurring in blind news-like text (branch enf).
Sentences written for these tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def pairs(text: str, pub: str | None = "2022-06-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_a_stance_on_a_verdict_or_an_operation_is_aimed_at_its_maker():
    # syntax.yaml `reacted.nouns`: rulings, operations and duties are acts too
    got = pairs("A Latvian court jailed a Russian journalist for ten years, a verdict Moscow denounced as persecution.")
    assert ("RUS", "LVA", "ACCUSE") in got
    got = pairs("Estonia closed its border crossings with Russia, in an operation that Moscow condemned as aggression.")
    assert ("RUS", "EST", "ACCUSE") in got
    got = pairs("Estonia imposed tariffs on Russian grain, duties that Moscow called illegal.")
    assert ("RUS", "EST", "ACCUSE") in got


def test_leaders_who_shake_hands_meet():
    # patterns.yaml: "shake hands" with the irregular past (coder/lang/en IRREGULAR)
    assert ("RUS", "BLR", "CONSULT") in pairs("Putin and Lukashenko shook hands in Sochi on Monday.")
    got = pairs("The Chilean president shook hands with his Bolivian counterpart in La Paz on Monday.")
    assert {("CHL", "BOL", "CONSULT"), ("BOL", "CHL", "CONSULT")} <= got
    # ... and a shaken country is no meeting
    assert not pairs("Protests shook the Bolivian capital on Monday.")


def test_talks_with_no_partner_beside_a_clause_are_held_between_its_two_countries():
    # syntax.yaml `talks_beside` (`_talks_beside`): the speaker and the content clause's subject ...
    got = pairs("Bolivia agreed to extradite the suspect, Chile's foreign minister said after talks in La Paz.")
    assert {("CHL", "BOL", "CONSULT"), ("BOL", "CHL", "CONSULT")} <= got
    # ... the content clause's coordinated subjects
    got = pairs("Chile and Bolivia will set up a border commission, the two foreign ministers said after talks in Lima.")
    assert {("CHL", "BOL", "CONSULT"), ("BOL", "CHL", "CONSULT")} <= got
    # ... the subject and the object's possessor
    got = pairs("Chile's president praised Bolivia's reforms during talks in La Paz on Monday.")
    assert ("BOL", "CHL", "CONSULT") in got
    # one country only (a cabinet's meeting) is no meeting between two
    got = pairs("Chile will send troops to the border, its defence minister said after a cabinet meeting.")
    assert not {e for e in got if e[2] == "CONSULT"}


def test_aid_paused_or_ended_is_a_sanction():
    # patterns.yaml 162: "pause", "end" ... with a word of aid after them
    assert ("CHL", "BOL", "SANCTION") in pairs("Chile paused all military aid to Bolivia on Monday.")
    assert ("CHL", "BOL", "SANCTION") in pairs("Chile will end all funding to Bolivia's health ministry.")
    # ... but a dispute over funding ended is no aid cut
    got = pairs("Chile and Bolivia agreed to end the dispute over water funding.")
    assert not {e for e in got if e[2] == "SANCTION"}
