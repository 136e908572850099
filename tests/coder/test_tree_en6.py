"""DYADWATCH_CODER=tree, English recall (branch tree-en6): trigger words and mechanisms for gold events
the tree missed. Sentences written for these tests (never gold or synthetic-set sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def events(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def pairs(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_hardware_delivered_to_another_party_is_aid():
    assert ("FRA", "GRC", "AID", "occurred") in events("France delivered six Rafale fighters to Greece on Monday.")
    assert ("USA", "PHL", "AID") in pairs("Washington has supplied Manila with two patrol boats.")
    assert ("CHN", "SRB", "AID") in pairs("China shipped 500,000 doses of its vaccine to Serbia.")
    # handed over: aid, not an extradition (COOPERATE)
    got = pairs("Norway handed over two air-defence systems to Estonia.")
    assert ("NOR", "EST", "AID") in got and ("NOR", "EST", "COOPERATE") not in got
    # a strike "delivered" is no aid
    assert not any(t == "AID" for _, _, t in pairs("Israel delivered a missile strike on Syria."))


def test_forces_moved_to_another_party_are_a_deployment_only_with_that_party_named():
    assert ("TUR", "GRC", "MOBILIZE") in pairs("Turkey moved 5,000 soldiers to the Greek border.")
    assert ("USA", "ROU", "MOBILIZE") in pairs("The US sent two battalions to Romania.")
    # `target_required` (read by the tree): no party, no deployment
    assert not any(t == "MOBILIZE" for _, _, t in pairs("Japan sent warships to the Pacific."))


def test_parties_working_together_or_setting_up_joint_bodies_cooperate():
    got = pairs("Chilean and Peruvian prosecutors worked together to dismantle the gang.")
    assert ("CHL", "PER", "COOPERATE") in got and ("PER", "CHL", "COOPERATE") in got
    got = pairs("Chile and Peru set up a joint team to fight smuggling.")
    assert ("CHL", "PER", "COOPERATE") in got and ("PER", "CHL", "COOPERATE") in got
    got = pairs("Ecuador and Colombia launched joint checks on their common border.")
    assert ("ECU", "COL", "COOPERATE") in got and ("COL", "ECU", "COOPERATE") in got


def test_a_verb_done_jointly_is_cooperation_unless_the_verb_is_an_act_of_its_own():
    # syntax.yaml `verb_adverbs`: "jointly" stands for the verb it modifies
    got = pairs("Chilean and Argentine engineers jointly built a research satellite.")
    assert ("CHL", "ARG", "COOPERATE") in got and ("ARG", "CHL", "COOPERATE") in got
    got = pairs("Chile and Argentina jointly condemned the attack on Bolivia.")
    assert ("CHL", "BOL", "ACCUSE") in got and not any(t == "COOPERATE" for _, _, t in got)


def test_honours_strikes_on_targets_price_cuts_and_eased_rules():
    assert ("SRB", "HUN", "SUPPORT") in pairs("The Serbian president awarded the Hungarian ambassador the Order of Merit.")
    got = pairs("Israeli jets struck targets in Lebanon overnight.")
    assert ("ISR", "LBN", "ASSAULT") in got and not any(t == "PROTEST" for _, _, t in got)
    assert ("KAZ", "KGZ", "CONCEDE") in pairs("Kazakhstan will cut the gas price for Kyrgyzstan from May.")
    assert ("ARM", "IRN", "CONCEDE") in pairs("Armenia has softened visa rules for Iranian citizens.")


def test_sanctions_on_checks_ports_staff_accreditation_and_visa_free_travel():
    assert ("ROU", "MDA", "SANCTION") in pairs("Romania tightened checks on Moldovan trucks.")
    assert ("EST", "LVA", "SANCTION") in pairs("Estonia closed its ports to Latvian ships on Monday.")
    assert ("CZE", "SVK", "SANCTION") in pairs("Prague cut diplomatic staff at the Slovak embassy.")
    assert ("ARM", "FRA", "SANCTION") in pairs("Yerevan withdrew accreditation from French journalists.")
    assert ("EU", "SRB", "SANCTION") in pairs("The EU suspended visa-free travel for Serbian officials.")


def test_captives_handed_over_or_exchanged_are_concessions():
    assert ("TUR", "GRC", "CONCEDE") in pairs("Turkey handed over 12 Greek prisoners on Friday.")
    got = pairs("Armenia and Turkey exchanged prisoners on Monday.")
    assert ("ARM", "TUR", "CONCEDE") in got and ("TUR", "ARM", "CONCEDE") in got


def test_frontline_towns_name_their_state():
    # nlp/lang/en/actors.yaml: a withdrawal from a named town has the town's state as its target
    assert ("TUR", "SYR", "RETREAT") in pairs("Turkish troops withdrew from positions near Idlib.")
    assert ("RUS", "GEO", "RETREAT") in pairs("Russian forces pulled back from Gori on Friday.")


def test_a_bare_name_after_the_verb_is_the_one_the_nominal_act_is_for():
    # "promised Peru military aid": the parse hangs "Peru" on "aid"; Peru receives it
    got = pairs("Chile promised Peru military aid.")
    assert ("CHL", "PER", "AID") in got and ("PER", "CHL", "AID") not in got


def test_a_request_named_by_its_maker_is_made_to_the_one_who_answers_it():
    # syntax.yaml `answered`
    assert ("ECU", "PER", "REQUEST") in pairs("Ecuador's request for a new loan was granted by Peru.")
    assert ("COL", "VEN", "REQUEST") in pairs("Caracas freed the Colombian pilot after Bogota's request.")
    # supporting someone's call answers nothing
    got = pairs("Chile backed the Peruvian opposition's call for new elections.")
    assert ("PER", "CHL", "REQUEST") not in got


def test_talks_the_verb_s_phrase_names_are_with_the_one_it_addresses():
    got = pairs("Orban praised Vucic's reforms at their meeting in Budapest.")
    assert ("HUN", "SRB", "CONSULT") in got and ("SRB", "HUN", "CONSULT") in got
    got = pairs("Erdogan told Aliyev in a phone call on Monday that Turkey would help.")
    assert ("TUR", "AZE", "CONSULT") in got and ("AZE", "TUR", "CONSULT") in got
    # a summit it attends is no talks with the one it addresses
    got = pairs("EU leaders granted Serbia candidate status at a summit in Brussels.")
    assert ("SRB", "EU", "CONSULT") not in got


def test_agreements_signed_initialled_extended_a_word_farther_on():
    got = pairs("Chile and Peru signed a 25-year copper supply deal in Lima.")
    assert ("CHL", "PER", "AGREE") in got and ("PER", "CHL", "AGREE") in got
    got = pairs("Chile and Argentina extended their agreement on border traffic.")
    assert ("CHL", "ARG", "AGREE") in got and ("ARG", "CHL", "AGREE") in got
    got = pairs("Peruvian and Bolivian negotiators initialled a transit agreement in La Paz.")
    assert ("PER", "BOL", "AGREE") in got and ("BOL", "PER", "AGREE") in got


def test_a_demand_dropped_is_a_retreat_and_forces_abandoning_a_place_retreat_from_its_state():
    got = pairs("Chile dropped its demand for a new border survey from Peru.")
    assert ("CHL", "PER", "RETREAT") in got and not any(t == "REQUEST" for _, _, t in got)
    assert ("RUS", "UKR", "RETREAT") in pairs("Russian troops abandoned Kherson on Friday.")


def test_firing_drills_are_military_moves_and_debts_refinanced_are_aid():
    got = pairs("The Turkish navy will begin firing drills near the Greek coast.")
    assert ("TUR", "GRC", "MOBILIZE") in got and not any(t == "ASSAULT" for _, _, t in got)
    assert ("CHN", "LAO", "AID") in pairs("China agreed to refinance Laos's debt.")


def test_an_amount_in_aid_pledged_is_aid_pledged():
    # syntax.yaml `preps.amount`: "$100 million in aid" is the aid
    assert ("NOR", "MDA", "AID", "planned") in events("Norway pledged $30 million in aid to Moldova.")
