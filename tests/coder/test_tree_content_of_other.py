"""Acts inside a stance (a condemnation, a request, a refusal, an accusation): an act already done, named with both
its parties, is coded beside the stance (convention 4); an act asked for or alleged is not (conventions 3 and 10).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def _coded(text: str, lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2026-11-20", lang)}


def test_condemned_sanctions_imposed_by_a_named_party_on_another_are_coded():
    found = _coded("Russia condemned the sanctions imposed by the European Union on Belarus.")
    assert {("RUS", "EU", "ACCUSE"), ("EU", "BLR", "SANCTION")} <= found


def test_a_request_to_lift_sanctions_already_imposed_codes_them():
    found = _coded("Moscow urged Brussels to lift the sanctions imposed by the EU on Belarus.")
    assert {("RUS", "EU", "REQUEST"), ("EU", "BLR", "SANCTION")} <= found


def test_acts_alleged_or_asked_for_stay_uncoded():
    assert ("RUS", "UKR", "ASSAULT") not in _coded("Kyiv accused Moscow of strikes carried out against Kharkiv.")
    assert not any(e[2] == "SANCTION" for e in _coded("Belarus demanded new sanctions imposed on Lithuania."))


def test_russian_condemned_sanctions_introduced_by_a_named_party_are_coded():
    found = _coded("Россия осудила санкции, введённые Евросоюзом против Белоруссии.", "ru")
    assert {("RUS", "EU", "ACCUSE"), ("EU", "BLR", "SANCTION")} <= found


def test_russian_request_to_lift_its_own_sanctions_codes_them():
    found = _coded("Белоруссия призвала Польшу снять введённые ею санкции против белорусских чиновников.", "ru")
    assert {("BLR", "POL", "REQUEST"), ("POL", "BLR", "SANCTION")} <= found


def test_russian_acts_asked_for_or_alleged_stay_uncoded():
    assert not any(e[2] == "SANCTION" for e in _coded("Москва потребовала от Вильнюса ввести санкции против Минска.",
                                                      "ru"))
    assert ("RUS", "UKR", "ASSAULT") not in _coded("Киев обвинил Москву в ударах, нанесённых по Харькову.", "ru")


def test_russian_criticised_decision_of_a_named_party_codes_the_act_decided():
    found = _coded("Минск раскритиковал решение Литвы закрыть границу с Белоруссией.", "ru")
    assert {("BLR", "LTU", "ACCUSE"), ("LTU", "BLR", "SANCTION")} <= found


def test_russian_plan_or_proposal_rejected_or_criticised_is_no_act():
    for text in ("Москва отвергла предложение Вашингтона ввести санкции против Ирана.",
                 "Москва осудила план Вашингтона ввести санкции против Ирана."):
        assert not any(e[2] == "SANCTION" for e in _coded(text, "ru"))


def test_a_ban_a_named_party_placed_on_another_in_a_relative_clause_is_coded():
    found = _coded("Minsk recalled its envoy after the entry ban that Vilnius placed on Belarusian officials.")
    assert ("LTU", "BLR", "SANCTION") in found


def test_condemned_ban_a_named_party_imposed_codes_the_ban_beside_the_condemnation():
    found = _coded("Belarus condemned the entry ban that Poland imposed on Belarusian officials.")
    assert {("BLR", "POL", "ACCUSE"), ("POL", "BLR", "SANCTION")} <= found


def test_a_ban_a_party_only_proposed_is_no_sanction():
    found = _coded("Belarus criticised the entry ban that Poland proposed for Belarusian officials.")
    assert not any(e[2] == "SANCTION" for e in found)


def test_sanctions_imposed_in_a_phrase_of_a_request_are_coded_but_not_an_accusations_charge():
    found = _coded("Minsk called for an end to the sanctions imposed by Lithuania on Belarusian potash.")
    assert {("BLR", "LTU", "REQUEST"), ("LTU", "BLR", "SANCTION")} <= found
    found = _coded("Kyiv accused Moscow of strikes carried out by its army against Kharkiv.")
    assert ("RUS", "UKR", "ASSAULT") not in found


def test_russian_sanctions_introduced_in_a_phrase_of_a_request_are_coded():
    found = _coded("Минск призвал к отмене санкций, введённых Литвой против Белоруссии.", "ru")
    assert {("BLR", "LTU", "REQUEST"), ("LTU", "BLR", "SANCTION")} <= found
    found = _coded("Киев обвинил Москву в ударах, нанесённых российской армией по Харькову.", "ru")
    assert ("RUS", "UKR", "ASSAULT") not in found


def test_russian_welcomed_decision_of_a_named_party_codes_no_act_decided():
    found = _coded("Генсек ООН приветствовал решение Армении и Азербайджана подать заявки на вступление в организацию.", "ru")
    assert not any(e[2] == "REQUEST" for e in found)
