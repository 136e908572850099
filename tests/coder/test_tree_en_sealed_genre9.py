"""English wire and think-tank text on Belarus and its neighbours (branch en9a): constructions the genre uses that
the coder missed; sentences written for these tests (the tree coder alone)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the model must not hide a miss


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-11-20")}


def test_a_rank_word_between_possessor_and_title_keeps_the_traveller_an_actor():
    found = _coded("Turkey's special envoy will fly to Baku and Yerevan later this month.")
    assert ("TUR", "AZE", "CONSULT", "planned") in found
    assert ("TUR", "ARM", "CONSULT", "planned") in found
    found = _coded("Hungary's top diplomat travelled to Minsk on Tuesday.")
    assert ("HUN", "BLR", "CONSULT", "occurred") in found


def test_a_possessed_thing_still_does_not_travel():
    assert not _coded("Belarus's national airline flew to Antalya on Tuesday.")


def test_a_state_owned_firm_keeps_its_country():
    found = _coded("Ottawa blacklisted six Belarusian state-owned potash traders on Monday.")
    assert ("CAN", "BLR", "SANCTION", "occurred") in found


def test_a_country_made_thing_is_still_no_actor():
    assert not any(e[1] == "RUS" for e in _coded("Kyiv shot down eleven Russian-made drones over the Sumy region."))


def test_trucks_registered_in_a_country_are_its_own():
    found = _coded("Riga barred Belarusian-registered lorries from its roads on Wednesday.")
    assert ("LVA", "BLR", "SANCTION", "occurred") in found


def test_the_means_of_a_defiance_is_an_act_of_its_own():
    found = _coded("Slovakia defied Brussels on Monday by banning imports of Ukrainian wheat.")
    assert ("SVK", "UKR", "SANCTION", "occurred") in found


def test_a_refusal_to_act_keeps_its_content_uncoded():
    found = _coded("Baku refused to sign the protocol with Yerevan.")
    assert not any(e[2] == "AGREE" and e[3] == "occurred" for e in found)


def test_a_decision_rejected_in_a_relative_clause_is_a_rejection_of_its_maker():
    found = _coded("Latvia announced a ban on Belarusian timber, a decision Minsk rejected on Friday.")
    assert ("BLR", "LVA", "REJECT", "occurred") in found


def test_a_response_vowed_in_a_headline_is_a_threat():
    found = _coded("Moscow condemns Tallinn over consulate closure, vows response")
    assert ("RUS", "EST", "THREATEN", "occurred") in found
    assert not any(e[2] == "AGREE" for e in found)


def test_part_in_a_blocs_work_stopped_or_frozen_is_a_sanction():
    found = _coded("Yerevan has ceased participating in CSTO exercises.")
    assert ("ARM", "CSTO", "SANCTION", "occurred") in found
    found = _coded("Armenia put its participation in the CSTO on ice last year.")
    assert ("ARM", "CSTO", "SANCTION", "occurred") in found


def test_an_accession_process_frozen_is_a_sanction():
    found = _coded("The European Union froze Moldova's accession process in March.")
    assert ("EU", "MDA", "SANCTION", "occurred") in found


def test_a_treaty_denounced_is_renounced_but_a_deal_denounced_is_criticism():
    found = _coded("Moscow formally denounced the conventional arms treaty with NATO on Wednesday.")
    assert ("RUS", "NATO", "SANCTION", "occurred") in found
    found = _coded("Minsk denounced the deal between Vilnius and Warsaw as a provocation.")
    assert not any(e[2] == "SANCTION" for e in found)


def test_a_party_recognised_as_an_accomplice_is_blamed_not_the_party_beside_it():
    found = _coded("The Estonian Riigikogu on Tuesday recognised the Minsk regime as complicit in Moscow's war on Kyiv.")
    assert ("EST", "BLR", "ACCUSE", "occurred") in found
    assert ("EST", "RUS", "ACCUSE", "occurred") not in found


def test_a_state_recognised_by_name_is_still_recognition():
    found = _coded("Serbia recognised Kosovo as an independent state.")
    assert not any(e[2] == "ACCUSE" for e in found)


def test_an_aggression_against_a_named_party_is_an_attack():
    found = _coded("Finland condemned Moscow's armed aggression against Georgia.")
    assert ("RUS", "GEO", "ASSAULT", "occurred") in found
    assert ("FIN", "RUS", "ACCUSE", "occurred") in found


def test_an_offer_to_ease_a_measure_is_the_concession_not_an_accord():
    found = _coded("Brussels offered to ease the visa restrictions on Georgians if Tbilisi repealed the law.")
    assert ("EU", "GEO", "CONCEDE", "hypothetical") in found
    assert not any(e[2] == "AGREE" for e in found)


def test_warheads_hosted_are_no_visit():
    assert not any(e[2] == "CONSULT" for e in _coded("Minsk hosts Russian nuclear warheads near Asipovichy."))


def test_talks_that_describe_a_news_source_are_not_told():
    found = _coded("Ankara will buy more Azerbaijani gas next year, two officials familiar with the negotiations said.")
    assert not any(e[2] == "CONSULT" for e in found)
    found = _coded("Baku and Ankara held talks on gas on Monday, two officials close to the government said.")
    assert ("AZE", "TUR", "CONSULT", "occurred") in found


def _dated(text: str, pub: str = "2026-11-20") -> set[tuple]:
    return {(e.source, e.target, e.type, e.date) for e in code_text(text, pub)}


def test_arms_supplied_in_a_long_phrase_are_aid():
    found = _coded("Beijing has supplied Minsk with another consignment of Wing Loong-II attack drones.")
    assert ("CHN", "BLR", "AID", "occurred") in found


def test_the_time_of_a_participle_on_another_noun_is_that_nouns():
    found = _dated("Moscow delivered six more helicopters to Minsk under an agreement concluded in 2019.")
    assert ("RUS", "BLR", "AID", "2026-11-20") in found


def test_a_move_set_off_in_a_phrase_is_the_act_before_it():
    found = _coded("Riga shut its last crossing with Belarus, in a move Minsk denounced as hostile.")
    assert ("BLR", "LVA", "ACCUSE", "occurred") in found


def test_an_accord_finalised_is_agreed():
    found = _coded("Baku and Astana finalised a transit agreement on Wednesday.")
    assert ("AZE", "KAZ", "AGREE", "occurred") in found
    assert ("KAZ", "AZE", "AGREE", "occurred") in found


def test_a_sum_announced_in_support_for_a_party_is_aid_not_praise():
    found = _coded("The European Commission unveiled 150 million euros in support for Moldova's power grid.")
    assert ("EU", "MDA", "AID", "occurred") in found or ("EU", "MDA", "AID", "planned") in found
    assert not any(e[2] == "SUPPORT" for e in found)


def test_two_sides_sitting_down_together_meet():
    found = _coded("Delegations from Baku and Yerevan sat down in Almaty on Monday.")
    assert ("AZE", "ARM", "CONSULT", "occurred") in found
    assert ("ARM", "AZE", "CONSULT", "occurred") in found


def test_troops_counted_in_thousands_are_still_moved():
    found = _coded("Vilnius said it would send more than 2,500 soldiers closer to the frontier with Belarus.")
    assert ("LTU", "BLR", "MOBILIZE", "planned") in found


def test_nuclear_arms_moved_onto_a_territory_far_after_the_verb_are_deployed():
    found = _coded("Moscow has moved a second consignment of its non-strategic nuclear munitions onto Belarusian territory.")
    assert any(e[:3] == ("RUS", "BLR", "MOBILIZE") for e in found)


def test_a_vote_regarded_as_valid_is_endorsed_but_not_one_not_so_regarded():
    found = _coded("Beijing regards the Venezuelan election as legitimate.")
    assert ("CHN", "VEN", "SUPPORT", "occurred") in found
    assert not any(e[2] == "SUPPORT" for e in _coded("Warsaw does not regard the Belarusian vote as legitimate."))


def test_a_crossing_a_state_says_will_be_closed_is_its_own_sanction():
    found = _coded("Latvia said the Paternieki crossing on the Belarusian border would be closed.")
    assert ("LVA", "BLR", "SANCTION", "planned") in found


def test_a_bloc_or_its_body_left_is_a_sanction_not_a_retreat():
    found = _coded("Chisinau voted on Tuesday to withdraw from the CIS Interparliamentary Assembly.")
    assert ("MDA", "CIS", "SANCTION", "occurred") in found
    assert not any(e[2] == "RETREAT" for e in found)


def test_an_opposition_in_exile_is_not_exiled():
    assert not any(e[2] == "COERCE" for e in _coded("The Belarusian opposition in exile urged Vilnius to keep the border open."))


def test_the_place_diplomats_are_expelled_from_is_the_state_expelling_them():
    found = _coded("Tallinn protested against the expulsion of two Estonian diplomats from Moscow.")
    assert ("RUS", "EST", "SANCTION", "occurred") in found


def test_a_declaration_is_no_designation_that_hides_the_acts_beside_it():
    found = _coded("The military government declared a state of siege in Niger on Sunday, suspending the constitution and "
                   "arresting political opponents.")
    assert any(e[2] == "COERCE" for e in found)


def test_a_nominal_attack_another_state_is_said_to_have_done_is_alleged():
    found = _coded("Minsk said Ukrainian saboteurs had carried out the raid on the depot.")
    assert ("BLR", "UKR", "ACCUSE", "occurred") in found
    found = _coded("Moscow claimed the explosions had been staged by Kyiv.")
    assert ("RUS", "UKR", "ACCUSE", "occurred") in found


def test_carriers_kept_out_of_ones_skies_are_barred():
    found = _coded("Brussels decided to keep Russian airlines out of European skies for another year.")
    assert any(e[:3] == ("EU", "RUS", "SANCTION") for e in found)
    assert not _coded("Lukashenka has tried to keep his army out of the war in Ukraine.")
