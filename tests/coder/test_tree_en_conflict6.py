"""English conflict acts in the wordings the tree coder missed on unseen text (issue 14): fighting named with its
two sides, diplomats sent away in other words, suspensions from a body, force not ruled out, vows of a response,
aircraft scrambled or entering an air defence zone, borders sealed, and answers aimed at the maker of the act
they answer; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def _pairs(text: str, kind: str) -> set[tuple]:
    return {(e.source, e.target) for e in code_text(text, "2026-11-20") if e.type == kind}


def test_fighting_between_two_armies_is_an_assault_both_ways():
    found = _pairs("Renewed fighting between Tajikistan and Kyrgyzstan killed dozens of villagers.", "ASSAULT")
    assert {("TJK", "KGZ"), ("KGZ", "TJK")} <= found
    found = _pairs("Heavy clashes between Eritrean and Ethiopian troops were reported at dawn.", "ASSAULT")
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= found


def test_a_diplomat_sent_home_is_a_sanction_on_his_country():
    assert ("EST", "RUS") in _pairs("Tallinn chose to send home two Russian diplomats last month.", "SANCTION")


def test_a_party_told_to_shut_its_consulate_is_sanctioned_not_asked():
    text = "Moscow told Helsinki to shut its consulate in Petrozavodsk by May."
    assert ("RUS", "FIN") in _pairs(text, "SANCTION")
    assert ("RUS", "FIN") not in _pairs(text, "REQUEST")


def test_a_member_suspended_from_a_body_is_sanctioned_by_it():
    assert ("UN", "SYR") in _pairs("The UN suspended Syria from the organisation's executive council.", "SANCTION")


def test_force_not_ruled_out_is_a_threat_not_a_refusal():
    text = "The Chinese president refused to rule out the use of force against Taiwan."
    assert ("CHN", "TWN") in _pairs(text, "THREATEN")
    assert not _pairs(text, "REJECT")


def test_a_vowed_response_is_a_threat_at_the_maker_of_the_act_it_answers():
    text = "Azerbaijani drones hit Armenian positions, and Yerevan vowed a tough response."
    assert ("ARM", "AZE") in _pairs(text, "THREATEN")
    assert not _pairs(text, "AGREE")


def test_a_sanction_in_response_is_aimed_at_the_maker_of_the_act_it_answers():
    text = "Venezuelan artillery shelled Guyana on Monday, and Guyana recalled its ambassador in response."
    assert ("GUY", "VEN") in _pairs(text, "SANCTION")


def test_no_answer_is_aimed_at_a_party_that_did_no_hostile_act():
    assert not _pairs("Moscow praised Minsk, and Kyiv vowed a tough response.", "THREATEN") & {("UKR", "RUS")}


def test_aircraft_in_an_air_defence_zone_are_a_mobilisation_not_an_attack():
    text = "Forty Chinese warplanes entered the air defence identification zone of Taiwan on Sunday."
    assert ("CHN", "TWN") in _pairs(text, "MOBILIZE")
    assert not _pairs(text, "ASSAULT")


def test_a_state_sealing_its_border_crossings_sanctions_the_neighbour():
    text = "Uzbekistan sealed the border crossings with Tajikistan overnight."
    assert ("UZB", "TJK") in _pairs(text, "SANCTION")
    assert not _pairs(text, "PROTEST")


def test_drones_launched_at_a_country_are_an_assault():
    assert ("RUS", "UKR") in _pairs("Russia launched nearly 200 attack drones at Ukraine overnight.", "ASSAULT")


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2026-11-20")}


def test_tear_gas_used_to_disperse_is_the_coercion_alone():
    got = _coded("Serbian riot police fired tear gas to disperse demonstrators outside parliament in Belgrade.")
    assert ("SRB", "SRB", "COERCE") in got and ("SRB", "SRB", "ASSAULT") not in got


def test_tear_gas_fired_at_protesters_alone_stays_an_assault():
    assert ("SRB", "SRB", "ASSAULT") in _coded("Serbian riot police fired tear gas at students in Belgrade.")


def test_a_refusal_under_unless_is_a_threat_alone():
    got = _coded("Budapest will not approve Kyiv's accession talks unless the language law is changed.")
    assert ("HUN", "UKR", "THREATEN") in got and ("HUN", "UKR", "REJECT") not in got


def test_sanctions_adopted_from_another_party_are_the_adopters_too():
    assert ("NOR", "BLR") in _pairs("Norway adopted the European Union's sanctions against Belarus.", "SANCTION")


def test_victims_of_a_clash_are_one_side_of_it():
    found = _pairs("Four Tajik border guards were killed in a clash with Kyrgyz troops on Sunday.", "ASSAULT")
    assert {("TJK", "KGZ"), ("KGZ", "TJK")} <= found


def test_fighting_opening_a_sentence_is_between_its_two_sides():
    found = _pairs("Fighting between Eritrea and Ethiopia resumed along the border.", "ASSAULT")
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= found


def test_force_not_ruled_out_with_the_time_between():
    assert ("RUS", "MDA") in _pairs("Moscow declined this week to rule out military pressure on Moldova.", "THREATEN")


def test_a_promised_reckoning_is_a_threat_to_the_attacker():
    text = "Hezbollah fired rockets at Israel, and the Israeli defence minister promised that Lebanon would pay dearly."
    assert ("ISR", "LBN") in _pairs(text, "THREATEN")


def test_forces_placed_inside_another_state_are_a_mobilisation_against_it():
    assert ("TUR", "IRQ") in _pairs("Turkey moved extra tanks inside Iraq on Friday.", "MOBILIZE")
    assert ("GBR", "EST") in _pairs("More British soldiers have been deployed in Estonia.", "MOBILIZE")


def test_a_vow_of_vengeance_or_necessary_measures_is_a_threat_not_a_promise():
    assert ("IRN", "ISR") in _pairs("Tehran vowed to avenge the death of its commanders at the hands of Israel.",
                                    "THREATEN")
    text = "Beijing pledged to take all necessary measures against Manila."
    assert ("CHN", "PHL") in _pairs(text, "THREATEN") and not _pairs(text, "AGREE")


def test_readiness_to_use_nuclear_weapons_on_a_party_is_a_threat():
    assert ("RUS", "POL") in _pairs("Moscow said it stood ready to use tactical nuclear weapons against Poland.",
                                    "THREATEN")


def test_a_party_given_days_to_leave_is_expelled():
    assert ("BLR", "LTU") in _pairs("Minsk gave a Lithuanian diplomat 72 hours to leave the country.", "SANCTION")


def test_a_junta_in_a_capital_is_that_state():
    assert ("MLI", "FRA") in _pairs("The junta in Bamako expelled the French ambassador on Monday.", "SANCTION")


def test_a_phrase_after_coordinated_attack_nouns_names_their_target():
    assert ("RUS", "UKR") in _pairs("Russia unleashed a heavy missile and drone attack on Ukraine's power plants.",
                                    "ASSAULT")


def test_a_meeting_not_ruled_out_is_no_threat():
    assert not _pairs("Ankara refused on Monday to rule out a meeting with Damascus.", "THREATEN")


def test_aid_no_longer_sent_is_a_sanction():
    found = _coded("Slovakia will no longer deliver fighter jets to Ukraine, the new government said.")
    assert ("SVK", "UKR", "SANCTION") in found and ("SVK", "UKR", "AID") not in found


def test_a_party_joined_in_a_sanction_imposes_it_too():
    found = _pairs("Estonia joined Poland in expelling Belarusian diplomats on Friday.", "SANCTION")
    assert {("EST", "BLR"), ("POL", "BLR")} <= found


def test_export_controls_are_a_sanction():
    assert ("NLD", "CHN") in _pairs("The Netherlands announced export controls on chip machines to China.", "SANCTION")


def test_a_state_announcing_diplomats_declared_unwelcome_expels_them():
    found = _pairs("Bamako said on Monday that the Danish and Swedish ambassadors would be declared persona non grata.",
                   "SANCTION")
    assert {("MLI", "DNK"), ("MLI", "SWE")} <= found


def test_a_cut_described_as_retaliation_is_no_threat():
    text = "Moscow cut oil supplies to Minsk in March, an escalation of its retaliation for the transit fees."
    assert not _pairs(text, "THREATEN")


def test_talks_cut_off_are_a_sanction_not_a_meeting():
    found = _coded("Beijing cut off climate talks with Washington after the visit.")
    assert ("CHN", "USA", "SANCTION") in found and ("CHN", "USA", "CONSULT") not in found


def test_an_airliner_forced_to_land_with_the_plane_between():
    assert ("BLR", "LTU") in _pairs("Minsk forced a Lithuanian passenger jet to land at its airport.", "COERCE")
