"""English wire and monitoring text on Belarus and its neighbours (branch en7c): how the genre states acts;
sentences written for these tests (the tree coder alone)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-11-20")}


def test_officials_named_by_their_capital_are_its_government():
    found = _coded("Officials in Riga accused Minsk of flying smuggling balloons over the frontier.")
    assert ("LVA", "BLR", "ACCUSE", "occurred") in found


def test_diplomats_in_a_capital_are_not_named_by_it():
    found = _coded("Diplomats in Vilnius accused Moscow of stalling the talks.")
    assert not any(e[0] == "LTU" for e in found)


def test_officials_after_a_modifier_of_their_own_are_not_named_by_the_capital():
    found = _coded("Aid agencies delivered flour to the camps, relief officials in Warsaw said.")
    assert not any(e[0] == "POL" for e in found)


def test_an_envoy_recalled_for_consultations_is_a_sanction_and_no_meeting():
    found = _coded("Latvia and Estonia recalled their ambassadors from Minsk for consultations on Tuesday.")
    assert ("LVA", "BLR", "SANCTION", "occurred") in found
    assert ("EST", "BLR", "SANCTION", "occurred") in found
    assert not any(e[2] == "CONSULT" for e in found)


def test_ambassadors_pulled_out_are_recalled_not_a_retreat():
    found = _coded("Riga pulled its ambassador out of Minsk after the incident.")
    assert ("LVA", "BLR", "SANCTION", "occurred") in found
    assert not any(e[2] == "RETREAT" for e in found)


def test_an_envoy_called_in_is_summoned():
    found = _coded("The Lithuanian foreign ministry called in the Belarusian charge d'affaires over the balloons.")
    assert ("LTU", "BLR", "ACCUSE", "occurred") in found


def test_a_summit_skipped_is_boycotted():
    found = _coded("Kazakhstan's president skipped the CSTO summit in Minsk.")
    assert ("KAZ", "CSTO", "SANCTION", "occurred") in found


def test_a_pardon_frees_a_convict():
    found = _coded("Lukashenka pardoned a Polish citizen jailed for spying.")
    assert ("BLR", "POL", "CONCEDE", "occurred") in found
    assert not any(e[2] == "SUPPORT" for e in found)


def test_nuclear_arms_placed_on_a_territory_are_deployed():
    found = _coded("Moscow will place nuclear warheads on Belarusian soil, the Kremlin said.")
    assert any(e[0] == "RUS" and e[2] == "MOBILIZE" and e[3] == "planned" for e in found)


def test_financial_help_offered_is_aid():
    found = _coded("The Kremlin offered Minsk financial help to weather the sanctions.")
    assert ("RUS", "BLR", "AID", "planned") in found


def test_prisoners_freed_in_a_clause_of_time_are_freed_at_home():
    found = _coded("Brussels eased its flight ban after Minsk freed forty political prisoners.")
    assert ("BLR", "BLR", "CONCEDE", "occurred") in found


def test_prisoners_freed_in_a_condition_are_a_hypothetical_release():
    found = _coded("Vilnius could reopen the crossings if Minsk released the jailed journalists.")
    assert ("BLR", "BLR", "CONCEDE", "hypothetical") in found


def test_an_act_under_another_trigger_stays_its_content():
    found = _coded("Warsaw urged Minsk to free the jailed journalists.")
    assert ("POL", "BLR", "REQUEST", "occurred") in found
    assert not any(e[2] == "CONCEDE" for e in found)
