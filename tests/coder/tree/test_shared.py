"""Methods several stages share (coder/tree/shared.py): clauses of time and circumstance, background acts, tenses, subordinate acts."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import _coded_status_20261120 as _coded
from tests.coder.tree.helpers import _pairs

pytestmark = pytest.mark.coder("tree")


def test_counter_sanctions_answering_those_imposed_by_two_parties_are_aimed_at_both():
    found = _pairs("Kazakhstan refused to take part in Moscow's counter-sanctions, adopted in response to those "
                   "imposed by Canada and Japan over Moscow's conduct in Georgia.", "SANCTION")
    assert {("RUS", "CAN"), ("RUS", "JPN"), ("CAN", "RUS"), ("JPN", "RUS")} <= found


def test_an_organisation_admitting_countries_agrees_with_each():
    found = _coded("The alliance said NATO, which admitted Sweden and Finland two years ago, would grow no further.")
    assert ("NATO", "SWE", "AGREE", "occurred") in found and ("NATO", "FIN", "AGREE", "occurred") in found


def test_an_organisation_accepting_a_member_agrees_but_a_country_admitting_a_fact_does_not():
    assert ("CSTO", "UZB", "AGREE", "occurred") in _coded("The CSTO accepted Uzbekistan as a full member on Monday.")
    assert not _pairs("Russia admitted Ukraine had suffered losses.", "AGREE")


def test_an_organisation_adding_a_country_to_a_list_admits_no_member():
    assert not _pairs("The EU added Belarus and Russia to its list of high-risk jurisdictions.", "AGREE")
    assert not _pairs("The EU added Belarusian officials to its sanctions list.", "AGREE")


def test_a_product_designed_in_cooperation_with_foreign_engineers_is_its_owners_joint_act():
    found = _pairs("The new Polish drone was developed in cooperation with Ukrainian engineers.", "COOPERATE")
    assert found == {("POL", "UKR"), ("UKR", "POL")}


def test_a_joint_act_with_no_maker_and_no_other_country_codes_nothing():
    assert not _pairs("The rifle was designed in cooperation with Belarusian engineers.", "COOPERATE")


def test_a_commitment_reaffirmed_is_a_promise_one_way():
    found = _pairs("Armenia reaffirmed its commitments to the CSTO on Friday.", "AGREE")
    assert found == {("ARM", "CSTO")}


def test_participation_confirmed_is_a_promise_to_the_organiser():
    assert _pairs("Georgia confirmed its participation in the NATO exercises.", "AGREE") == {("GEO", "NATO")}


def test_an_act_in_a_clause_on_its_conditions_is_no_event():
    found = _coded("The terms for Moldova to borrow $500 million from the IMF are still being negotiated.")
    assert not any(k[2] in ("REQUEST", "AID") for k in found)
    assert ("MDA", "IMF", "CONSULT", "occurred") in found


def test_a_party_unwilling_or_not_interested_refuses():
    assert ("GEO", "RUS", "REJECT", "occurred") in _coded("Georgia is reluctant to resume talks with Russia.")
    assert ("BLR", "RUS", "REJECT", "occurred") in _coded(
        "Lukashenka said he was not interested in a new stage of integration with Russia.")
    assert not _pairs("Investors are not interested in Belarus.", "REJECT")


def test_a_loan_to_be_paid_later_stays_planned():
    found = _coded("Russia agreed to provide Armenia a loan of $300 million, which will be transferred in tranches.")
    assert ("RUS", "ARM", "AID", "planned") in found
    assert ("RUS", "ARM", "AID", "occurred") not in found
