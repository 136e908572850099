"""DYADWATCH_CODER=tree, English reactions to a reported act (branch enr): the reacting party is the
source, the act's maker the target. Sentences written for these tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def pairs(text: str, pub: str | None = "2022-06-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_a_stance_in_a_relative_clause_on_a_noun_of_an_act_is_aimed_at_its_maker():
    # syntax.yaml `reacted.nouns`: "..., a move X condemned" / "a decision that X hailed" (`_reacted_to`)
    got = pairs("Iran seized two tankers on Friday, a move Greece condemned as piracy.")
    assert ("GRC", "IRN", "ACCUSE") in got
    got = pairs("Japan lifted its export curbs on South Korea, a decision that Seoul hailed as a new start.")
    assert ("KOR", "JPN", "SUPPORT") in got
    # the clause's coordinated subjects are all its makers
    got = pairs("Chile, Peru and Bolivia recognised the new government in Quito, a step Colombia welcomed.")
    assert {("COL", "CHL", "SUPPORT"), ("COL", "PER", "SUPPORT"), ("COL", "BOL", "SUPPORT")} <= got


def test_a_stance_in_the_open_clause_of_a_participle_on_an_act_is_aimed_at_its_maker():
    # `reacted.verbs`: "..., prompting X to denounce the deal"
    got = pairs("Egypt signed a port agreement with Sudan, prompting Ethiopia to denounce the deal.")
    assert ("ETH", "EGY", "ACCUSE") in got
    # an object that names its own party is that party
    got = pairs("Egypt signed a port agreement with Sudan, prompting Ethiopia to denounce Kenya.")
    assert ("ETH", "EGY", "ACCUSE") not in got


def test_a_speaker_who_calls_an_act_harmful_accuses_its_maker():
    # `reacted.harms` in a relative clause on a noun of an act, or with the act as a bare definite subject
    got = pairs("Poland announced it will send tanks to Ukraine, a step Belarus said would escalate the war.")
    assert ("BLR", "POL", "ACCUSE") in got
    got = pairs("Serbia and Hungary signed a pipeline deal on Monday, and Croatia said the agreement violates its rights.")
    assert ("HRV", "SRB", "ACCUSE") in got
    # negated: no accusation
    got = pairs("Serbia and Hungary signed a pipeline deal on Monday, and Croatia said the agreement does not "
                "violate its rights.")
    assert not any(t == "ACCUSE" for _, _, t in got)


def test_calling_an_act_it_is_said_of_the_act_of_the_clause_it_is_joined_to():
    # `reacted.pronouns` (`_pronoun_act_party`): the maker of a plain act, the one a refusal is aimed at
    assert ("EGY", "ETH", "ACCUSE") in pairs("Ethiopia filled the dam on Sunday, and Cairo called it a provocation.")
    got = pairs("Armenia rejected Azerbaijan's peace offer, with Pashinyan calling it a trap.")
    assert ("ARM", "AZE", "ACCUSE") in got
    # "what X called" names no act of the clause
    got = pairs("Russian troops began arriving in Belarus on Monday for what Minsk called a routine check.")
    assert ("BLR", "RUS", "ACCUSE") not in got


def test_objections_drawn_and_a_lecture_are_criticism():
    got = pairs("Turkey signed a drilling deal with Libya on Monday, drawing sharp objections from Cyprus.")
    assert ("CYP", "TUR", "ACCUSE") in got
    assert ("IND", "PAK", "ACCUSE") in pairs("India lectured Pakistan about its support for militants.")


def test_behind_an_attack_with_other_modifiers_is_blame():
    # `preps.blame_predicate` "behind the blast" with another determiner and modifiers (`_blame_phrase`)
    got = pairs("Estonia expelled two Russian diplomats, saying Moscow was behind a 2021 blast at a depot.")
    assert ("EST", "RUS", "ACCUSE") in got
    assert ("LTU", "BLR", "ACCUSE") in pairs("Lithuania said Belarus was responsible for last week's attack.")
    assert not pairs("Lithuania said Belarus was not responsible for the attack.")


def test_an_accusation_the_accused_denies_after_it_is_the_act_denied_too():
    # `reacted.denials` (`_denied_charges`): the accused's act on the accuser, denied; no refusal beside it
    got = {(e.source, e.target, e.type, e.status)
           for e in code_text("Mali accused Algeria of shelling a border post, a charge Algiers denied.", "2022-06-10", "en")}
    assert ("MLI", "DZA", "ACCUSE", "occurred") in got
    assert ("DZA", "MLI", "ASSAULT", "denied") in got
    assert not any(t == "REJECT" for _, _, t, _ in got)
    got = pairs("Three Thai rangers died in a bombing on Friday, and Bangkok blamed Phnom Penh, which denied any role.")
    assert ("KHM", "THA", "ASSAULT") in got
    # not denied: the accusation only
    got = pairs("Mali accused Algeria of shelling a border post, a charge Algiers did not deny.")
    assert ("DZA", "MLI", "ASSAULT") not in got


def test_a_characterisation_in_a_reduced_relative_clause_on_a_noun_of_an_act():
    # the parse's clause on a noun with a subject of its own ("a move Y called blackmail") is a relative clause
    assert ("LTU", "BLR", "ACCUSE") in pairs("Belarus closed the border, a move Lithuania called blackmail.")


def test_a_stance_drawn_by_a_participle_on_an_act_is_no_content_of_it():
    # "..., drawing a rebuke from X" on a refusal: X's criticism of its maker (`_drawn_stance`)
    assert ("EU", "POL", "ACCUSE") in pairs("Poland vetoed the budget, drawing a rebuke from Brussels.")


def test_support_and_criticism_in_common_wire_wordings():
    assert ("FRA", "MDA", "SUPPORT") in pairs("France threw its support behind Moldova's bid to join the EU.")
    assert ("ITA", "ALB", "SUPPORT") in pairs("Italy came out in support of Albania's plan.")
    assert ("KAZ", "UZB", "SUPPORT") in pairs("Tokayev sent a congratulatory message to Uzbekistan's president.")
    assert ("CHN", "PHL", "ACCUSE") in pairs("Beijing expressed strong dissatisfaction with Manila's decision.")
    assert ("KOR", "JPN", "ACCUSE") in pairs("Seoul expressed regret over Tokyo's decision.")
    assert not pairs("Japan expressed regret for the incident.")
    assert ("EU", "SVK", "ACCUSE") in pairs("The EU took Slovakia to task over its media law.")


def test_a_wrong_cited_and_candidate_status_granted():
    got = pairs("Norway cancelled the visit, citing Belarus's crackdown on the opposition.")
    assert ("NOR", "BLR", "ACCUSE") in got
    assert not any(t == "ACCUSE" for _, _, t in pairs("The airline cancelled the flights, citing security concerns."))
    got = pairs("EU leaders granted Georgia and Armenia the status of candidate countries on Friday.")
    assert {("EU", "GEO", "SUPPORT"), ("EU", "ARM", "SUPPORT")} <= got


def test_a_participle_stance_of_protesters_is_theirs_not_the_embassy_s():
    # `_participle_stances`: no self-accusation of the country whose embassy the crowd stands outside
    got = pairs("Hundreds of protesters rallied outside the Chinese embassy in Manila, accusing Beijing of bullying.")
    assert ("PHL", "CHN", "ACCUSE") in got
    assert ("CHN", "CHN", "ACCUSE") not in got


def test_relations_restored_are_an_accord_and_improved_ones_support():
    got = pairs("Chile and Peru restored full diplomatic relations on Sunday.")
    assert {("CHL", "PER", "AGREE"), ("PER", "CHL", "AGREE")} <= got
    assert not any(t == "SUPPORT" for _, _, t in got)
    # agreed to restore: one accord, no support to come beside it
    got = pairs("Chile and Peru agreed on Friday to restore diplomatic relations.")
    assert ("CHL", "PER", "AGREE") in got and not any(t == "SUPPORT" for _, _, t in got)
    assert ("CHL", "PER", "SUPPORT") in pairs("Chile and Peru improved ties.")


def test_angry_reactions_praise_won_and_a_passive_stance_on_the_act_told_before():
    assert ("BLR", "POL", "ACCUSE") in pairs("Poland closed the border crossing, prompting an angry response from Minsk.")
    assert ("RUS", "FIN", "ACCUSE") in pairs("Moscow reacted angrily to Finland's decision to join NATO.")
    assert ("USA", "TUR", "SUPPORT") in pairs("Turkey's offer won praise from Washington.")
    got = pairs("Russia deployed troops to Belarus, and the move was condemned by Poland.")
    assert ("POL", "RUS", "ACCUSE") in got
    # a state's protest prompted by the act is its complaint about the act's maker
    assert ("BLR", "POL", "ACCUSE") in pairs("Poland closed the border crossing, prompting Belarus to protest.")


def test_a_passive_participle_of_a_stance_on_a_noun_of_an_act():
    # "..., a decision condemned by X", "..., a step praised by X": the agent's stance on the act's maker
    got = pairs("Armenia recognised the new government on Tuesday, a decision condemned by Baku.")
    assert ("AZE", "ARM", "ACCUSE") in got
    assert ("USA", "KEN", "SUPPORT") in pairs("Kenya deployed police to Haiti, a step praised by Washington.")


def test_a_set_off_relative_clause_of_characterising_speaks_of_the_act_before_it():
    # "..., which X called Y" on a noun that names no act: the act of the clause before it (`_clause_relative`)
    got = pairs("Latvia tightened checks on Russian trucks, which Moscow called discrimination.")
    assert ("RUS", "LVA", "ACCUSE") in got


def test_the_move_called_so_and_a_harm_said_of_a_party():
    # a characterisation of a definite noun of the act told before it (`_noun_referred`)
    got = pairs("Russia deployed troops to Belarus, and Poland called the deployment a provocation.")
    assert ("POL", "RUS", "ACCUSE") in got
    # a speaker's content clause whose verb harms (`reacted.harms`): its subject accused; negated: none
    assert ("EST", "RUS", "ACCUSE") in pairs("Estonia said Russia violated the treaty.")
    assert not pairs("Estonia said Russia did not violate the treaty.")


def test_support_pledged_in_words_and_protests_drawn_from_a_state():
    assert ("FRA", "UKR", "SUPPORT") in pairs("The French president arrived in Kyiv on Monday, pledging continued support.")
    assert ("GEO", "RUS", "ACCUSE") in pairs("Russian troops moved the border markers deeper into Georgia, sparking protests from Tbilisi.")
    assert ("LVA", "BLR", "ACCUSE") in pairs("Riga handed a protest note to Minsk on Friday.")


def test_another_s_named_decision_regretted_is_criticism():
    assert ("EU", "SRB", "ACCUSE") in pairs("The EU's foreign policy chief regretted Serbia's decision to leave the talks.")
    assert not pairs("The EU regretted the decision.")
