"""English stances and responses taken on another act (coder/tree/reactions.py): who made the act a reaction, a response or a characterisation is about."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads, dyads_status, in_document, pairs, status_by_dyad

pytestmark = pytest.mark.coder("tree")


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_a_reaction_is_aimed_at_the_one_whose_act_its_time_clause_tells():
    assert ("BLR", "RUS", "ACCUSE") in dyads("Minsk protested after Russia cut oil supplies to Belarus.")
    assert ("POL", "BLR", "ACCUSE") in dyads("Poland protested when Belarusian helicopters crossed its border.")
    # a time clause of the reacting party's own act names no other party
    assert not {d for d in dyads("Lithuania complained after its own officials leaked the report.") if d[1]}


def test_condemned_ban_a_named_party_imposed_codes_the_ban_beside_the_condemnation():
    found = dyads("Belarus condemned the entry ban that Poland imposed on Belarusian officials.")
    assert {("BLR", "POL", "ACCUSE"), ("POL", "BLR", "SANCTION")} <= found


def test_a_named_act_is_coded_only_under_a_criticism_that_happened():
    # named_content narrowed: not a speech act criticised, nor a condemnation to come or denied
    assert ("PER", "ECU", "SANCTION") in dyads("Quito condemned Peru's ban on Ecuadorian bananas.")
    assert ("PER", "ECU", "SANCTION") not in dyads("Quito would condemn any Peruvian ban on Ecuadorian bananas.")
    assert ("PER", "ECU", "ACCUSE") not in dyads("Ecuador dismissed Peruvian criticism of its border policy.")


def test_a_pullout_of_forces_welcomed_by_the_country_left():
    got = dyads("Baghdad welcomed the pullout of Turkish forces from Iraq.")
    assert ("TUR", "IRQ", "RETREAT") in got
    assert ("IRQ", "TUR", "RETREAT") not in got


def test_a_request_named_by_its_maker_is_made_to_the_one_who_answers_it():
    # syntax.yaml `answered`
    assert ("ECU", "PER", "REQUEST") in dyads("Ecuador's request for a new loan was granted by Peru.")
    assert ("COL", "VEN", "REQUEST") in dyads("Caracas freed the Colombian pilot after Bogota's request.")
    # supporting someone's call answers nothing
    got = dyads("Chile backed the Peruvian opposition's call for new elections.")
    assert ("PER", "CHL", "REQUEST") not in got


def test_a_response_vowed_in_a_relative_clause_on_the_move_is_aimed_at_its_maker():
    found = dyads_status("Poland shut the last border crossing, a move Minsk called aggression and vowed to answer.")
    assert ("BLR", "POL", "THREATEN", "occurred") in found


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_a_measure_a_party_answers_with_is_its_act():
    # light_phrases "retaliate with", "respond with", "hit back with": the measure named is the subject's
    assert ("LVA", "RUS", "SANCTION") in dyads("Riga retaliated with an entry ban on dozens of Russian officials.")
    got = dyads("Tallinn hit back with sanctions against Russian judges.")
    assert ("EST", "RUS", "SANCTION") in got and ("EST", "RUS", "ASSAULT") not in got


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_a_joint_exercise_of_a_kind_and_a_verdict_called_unjust():
    got = dyads("Kazakh soldiers arrived in Kyrgyzstan for a ten-day joint anti-terrorist exercise.")
    assert {("KAZ", "KGZ", "COOPERATE"), ("KGZ", "KAZ", "COOPERATE")} <= got
    # reacted.nouns "verdict": a stance on a verdict is aimed at the court's state
    got = dyads("A Russian court jailed the Estonian citizen for two years, a verdict Tallinn called politically motivated.")
    assert ("EST", "RUS", "ACCUSE") in got


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_dismissing_a_vote_as_a_sham_is_criticism():
    assert ("LVA", "RUS", "ACCUSE") in dyads("Riga dismissed the vote in Russia as a sham.")
    assert ("UKR", "BLR", "ACCUSE") in dyads("Kyiv described the Belarusian drills as psychological pressure.")
    assert ("LTU", "BLR", "REJECT") in dyads("Vilnius dismissed Minsk's proposal as unrealistic.")  # (a proposal: refused)


def test_a_free_relative_in_a_phrase_on_an_act_characterises_that_act():
    # syntax.yaml `reacted.free`, `free_preps`: "in what X called ..." is X's criticism of the act's maker
    got = dyads("Turkish jets bombed a village in northern Iraq on Sunday, in what Baghdad called a flagrant "
                "violation of its sovereignty.", "2024-01-10")
    assert {("TUR", "IRQ", "ASSAULT"), ("IRQ", "TUR", "ACCUSE")} <= got
    got = dyads("Israeli aircraft struck a convoy, killing five people, in what Beirut called a criminal act.")
    assert ("LBN", "ISR", "ACCUSE") in got
    # (a phrase on a clause of no act characterises nothing)
    assert not any(t == "ACCUSE" for _, _, t in dyads("The Latvian delegation arrived in Minsk for what "
                                                       "Belarus called a check."))


def test_counter_sanctions_answering_those_imposed_by_two_parties_are_aimed_at_both():
    found = pairs("Kazakhstan refused to take part in Moscow's counter-sanctions, adopted in response to those "
                  "imposed by Canada and Japan over Moscow's conduct in Georgia.", "SANCTION")
    assert {("RUS", "CAN"), ("RUS", "JPN"), ("CAN", "RUS"), ("JPN", "RUS")} <= found


def test_sanctions_answered_by_a_partys_retaliatory_sanctions_are_aimed_at_that_party():
    found = pairs("Russia widened its retaliatory sanctions, introduced in response to the ones imposed by Norway.",
                  "SANCTION")
    assert ("NOR", "RUS") in found and ("RUS", "NOR") in found


def test_countersanctions_answering_the_sanctions_of_a_phrase_on_them():
    found = pairs("Moscow responded with countersanctions to the sanctions imposed by Canada and Australia.",
                  "SANCTION")
    assert {("RUS", "CAN"), ("RUS", "AUS"), ("CAN", "RUS"), ("AUS", "RUS")} <= found


def test_a_vowed_response_is_a_threat_at_the_maker_of_the_act_it_answers():
    text = "Azerbaijani drones hit Armenian positions, and Yerevan vowed a tough response."
    assert ("ARM", "AZE") in pairs(text, "THREATEN")
    assert not pairs(text, "AGREE")


def test_a_sanction_in_response_is_aimed_at_the_maker_of_the_act_it_answers():
    text = "Venezuelan artillery shelled Guyana on Monday, and Guyana recalled its ambassador in response."
    assert ("GUY", "VEN") in pairs(text, "SANCTION", "2026-11-20")


def test_no_answer_is_aimed_at_a_party_that_did_no_hostile_act():
    assert not pairs("Moscow praised Minsk, and Kyiv vowed a tough response.", "THREATEN") & {("UKR", "RUS")}
    assert ("RUS", "BLR") in pairs("Moscow praised Minsk, and Kyiv vowed a tough response.", "SUPPORT")


def test_a_state_announcing_diplomats_declared_unwelcome_expels_them():
    found = pairs("Bamako said on Monday that the Danish and Swedish ambassadors would be declared persona non grata.",
                  "SANCTION", "2026-11-20")
    assert {("MLI", "DNK"), ("MLI", "SWE")} <= found


def test_a_cut_described_as_retaliation_is_no_threat():
    text = "Moscow cut oil supplies to Minsk in March, an escalation of its retaliation for the transit fees."
    assert not pairs(text, "THREATEN", "2026-11-20")
    assert ("RUS", "BLR") in pairs(text, "SANCTION", "2026-11-20")


def test_forces_welcomed_or_landing_are_no_visit():
    got = dyads("Chinese marines were welcomed in Cambodia for joint drills on Monday.", "2024-03-15")
    assert not any(t == "CONSULT" for _, _, t in got)
    got = dyads("Hundreds of Russian paratroopers landed in Kazakhstan on Friday.", "2024-03-15")
    assert not any(t == "CONSULT" for _, _, t in got)
    # (control: ministers welcomed hold talks)
    got = dyads("Chinese ministers were welcomed in Cambodia for talks on Monday.", "2024-03-15")
    assert ("CHN", "KHM", "CONSULT") in got


def test_a_stance_in_a_relative_clause_on_a_noun_of_an_act_is_aimed_at_its_maker():
    # syntax.yaml `reacted.nouns`: "..., a move X condemned" / "a decision that X hailed" (`_reacted_to`)
    got = dyads("Iran seized two tankers on Friday, a move Greece condemned as piracy.", "2022-06-10")
    assert ("GRC", "IRN", "ACCUSE") in got
    got = dyads("Japan lifted its export curbs on South Korea, a decision that Seoul hailed as a new start.")
    assert ("KOR", "JPN", "SUPPORT") in got
    # the clause's coordinated subjects are all its makers
    got = dyads("Chile, Peru and Bolivia recognised the new government in Quito, a step Colombia welcomed.")
    assert {("COL", "CHL", "SUPPORT"), ("COL", "PER", "SUPPORT"), ("COL", "BOL", "SUPPORT")} <= got


def test_a_stance_in_the_open_clause_of_a_participle_on_an_act_is_aimed_at_its_maker():
    # `reacted.verbs`: "..., prompting X to denounce the deal"
    got = dyads("Egypt signed a port agreement with Sudan, prompting Ethiopia to denounce the deal.")
    assert ("ETH", "EGY", "ACCUSE") in got
    # an object that names its own party is that party
    got = dyads("Egypt signed a port agreement with Sudan, prompting Ethiopia to denounce Kenya.")
    assert ("ETH", "EGY", "ACCUSE") not in got


def test_calling_an_act_it_is_said_of_the_act_of_the_clause_it_is_joined_to():
    # `reacted.pronouns` (`_pronoun_act_party`): the maker of a plain act, the one a refusal is aimed at
    assert ("EGY", "ETH", "ACCUSE") in dyads("Ethiopia filled the dam on Sunday, and Cairo called it a provocation.",
                                             "2022-06-10")
    got = dyads("Armenia rejected Azerbaijan's peace offer, with Pashinyan calling it a trap.")
    assert ("ARM", "AZE", "ACCUSE") in got
    # "what X called" names no act of the clause
    got = dyads("Russian troops began arriving in Belarus on Monday for what Minsk called a routine check.",
                "2022-06-10")
    assert ("BLR", "RUS", "ACCUSE") not in got


def test_objections_drawn_and_a_lecture_are_criticism():
    got = dyads("Turkey signed a drilling deal with Libya on Monday, drawing sharp objections from Cyprus.",
                "2022-06-10")
    assert ("CYP", "TUR", "ACCUSE") in got
    assert ("IND", "PAK", "ACCUSE") in dyads("India lectured Pakistan about its support for militants.")


def test_a_stance_drawn_by_a_participle_on_an_act_is_no_content_of_it():
    # "..., drawing a rebuke from X" on a refusal: X's criticism of its maker (`_drawn_stance`)
    assert ("EU", "POL", "ACCUSE") in dyads("Poland vetoed the budget, drawing a rebuke from Brussels.")


def test_support_and_criticism_in_common_wire_wordings():
    assert ("FRA", "MDA", "SUPPORT") in dyads("France threw its support behind Moldova's bid to join the EU.")
    assert ("ITA", "ALB", "SUPPORT") in dyads("Italy came out in support of Albania's plan.")
    assert ("KAZ", "UZB", "SUPPORT") in dyads("Tokayev sent a congratulatory message to Uzbekistan's president.")
    assert ("CHN", "PHL", "ACCUSE") in dyads("Beijing expressed strong dissatisfaction with Manila's decision.")
    assert ("KOR", "JPN", "ACCUSE") in dyads("Seoul expressed regret over Tokyo's decision.")
    assert not dyads("Japan expressed regret for the incident.")
    assert ("EU", "SVK", "ACCUSE") in dyads("The EU took Slovakia to task over its media law.")


def test_a_wrong_cited_and_candidate_status_granted():
    got = dyads("Norway cancelled the visit, citing Belarus's crackdown on the opposition.")
    assert ("NOR", "BLR", "ACCUSE") in got
    assert not any(t == "ACCUSE" for _, _, t in dyads("The airline cancelled the flights, citing security concerns."))
    got = dyads("EU leaders granted Georgia and Armenia the status of candidate countries on Friday.", "2022-06-10")
    assert {("EU", "GEO", "SUPPORT"), ("EU", "ARM", "SUPPORT")} <= got


def test_a_participle_stance_of_protesters_is_theirs_not_the_embassy_s():
    # `_participle_stances`: no self-accusation of the country whose embassy the crowd stands outside
    got = dyads("Hundreds of protesters rallied outside the Chinese embassy in Manila, accusing Beijing of bullying.")
    assert ("PHL", "CHN", "ACCUSE") in got
    assert ("CHN", "CHN", "ACCUSE") not in got


def test_relations_restored_are_an_accord_and_improved_ones_support():
    got = dyads("Chile and Peru restored full diplomatic relations on Sunday.", "2022-06-10")
    assert {("CHL", "PER", "AGREE"), ("PER", "CHL", "AGREE")} <= got
    assert not any(t == "SUPPORT" for _, _, t in got)
    # agreed to restore: one accord, no support to come beside it
    got = dyads("Chile and Peru agreed on Friday to restore diplomatic relations.", "2022-06-10")
    assert ("CHL", "PER", "AGREE") in got and not any(t == "SUPPORT" for _, _, t in got)
    assert ("CHL", "PER", "SUPPORT") in dyads("Chile and Peru improved ties.")


def test_angry_reactions_praise_won_and_a_passive_stance_on_the_act_told_before():
    assert ("BLR", "POL", "ACCUSE") in dyads("Poland closed the border crossing, prompting an angry response from Minsk.")
    assert ("RUS", "FIN", "ACCUSE") in dyads("Moscow reacted angrily to Finland's decision to join NATO.")
    assert ("USA", "TUR", "SUPPORT") in dyads("Turkey's offer won praise from Washington.")
    got = dyads("Russia deployed troops to Belarus, and the move was condemned by Poland.")
    assert ("POL", "RUS", "ACCUSE") in got
    # a state's protest prompted by the act is its complaint about the act's maker
    assert ("BLR", "POL", "ACCUSE") in dyads("Poland closed the border crossing, prompting Belarus to protest.")


def test_a_passive_participle_of_a_stance_on_a_noun_of_an_act():
    # "..., a decision condemned by X", "..., a step praised by X": the agent's stance on the act's maker
    got = dyads("Armenia recognised the new government on Tuesday, a decision condemned by Baku.", "2022-06-10")
    assert ("AZE", "ARM", "ACCUSE") in got
    assert ("USA", "KEN", "SUPPORT") in dyads("Kenya deployed police to Haiti, a step praised by Washington.")


def test_a_set_off_relative_clause_of_characterising_speaks_of_the_act_before_it():
    # "..., which X called Y" on a noun that names no act: the act of the clause before it (`_clause_relative`)
    got = dyads("Latvia tightened checks on Russian trucks, which Moscow called discrimination.")
    assert ("RUS", "LVA", "ACCUSE") in got


def test_the_move_called_so_and_a_harm_said_of_a_party():
    # a characterisation of a definite noun of the act told before it (`_noun_referred`)
    got = dyads("Russia deployed troops to Belarus, and Poland called the deployment a provocation.")
    assert ("POL", "RUS", "ACCUSE") in got
    # a speaker's content clause whose verb harms (`reacted.harms`): its subject accused; negated: none
    assert ("EST", "RUS", "ACCUSE") in dyads("Estonia said Russia violated the treaty.")
    assert not dyads("Estonia said Russia did not violate the treaty.")


def test_support_pledged_in_words_and_protests_drawn_from_a_state():
    assert ("FRA", "UKR", "SUPPORT") in dyads("The French president arrived in Kyiv on Monday, pledging continued support.", "2022-06-10")
    assert ("GEO", "RUS", "ACCUSE") in dyads("Russian troops moved the border markers deeper into Georgia, sparking protests from Tbilisi.")
    assert ("LVA", "BLR", "ACCUSE") in dyads("Riga handed a protest note to Minsk on Friday.", "2022-06-10")


def test_another_s_named_decision_regretted_is_criticism():
    assert ("EU", "SRB", "ACCUSE") in dyads("The EU's foreign policy chief regretted Serbia's decision to leave the talks.")
    assert not dyads("The EU regretted the decision.")


def test_a_stance_on_a_noun_of_force_or_of_a_court_is_aimed_at_its_maker():
    # `reacted.nouns`: verdicts, raids, buildups ... are acts a stance may be taken on
    got = dyads("A Serbian court jailed a Kosovar mayor for ten years, a verdict Pristina denounced as revenge.")
    assert ("XKX", "SRB", "ACCUSE") in got
    got = dyads("Serbian police detained two Kosovar officials on Monday in a raid that Pristina condemned.",
                "2024-01-05")
    assert ("XKX", "SRB", "ACCUSE") in got


def test_a_stance_on_a_noun_coded_as_an_act_is_aimed_at_that_acts_makers():
    # `_noun_act_makers`: the noun with the relative clause is itself a trigger whose events name its makers
    got = dyads("Serbia moved tanks to the border, escalating a military buildup near Kosovo that Pristina has "
                "denounced as preparation for war.")
    assert ("XKX", "SRB", "ACCUSE") in got


def test_forces_two_parties_are_prompted_to_move_are_each_ones_reaction_not_a_joint_act():
    # `_prompted_clause`: "..., prompting X and Y to scramble jets" is no joint deployment (062); each mobilizes
    # against the makers of the act before, here named by the verb's object ("flew a joint patrol")
    got = dyads("Russian and Chinese bombers flew a joint patrol near Alaska on Monday, prompting Washington and "
                 "Ottawa to scramble fighter jets.", "2024-01-05")
    assert {("RUS", "CHN", "COOPERATE"), ("USA", "RUS", "MOBILIZE"), ("CAN", "CHN", "MOBILIZE")} <= got
    assert ("USA", "CAN", "COOPERATE") not in got
    # two parties that move forces of their own accord still act jointly
    got = dyads("Washington and Ottawa scrambled fighter jets on Monday.", "2024-01-05")
    assert ("USA", "CAN", "COOPERATE") in got


def test_a_stance_on_an_act_noun_in_a_clause_joined_to_the_acts_is_aimed_at_its_maker():
    # `_reacted_to`: "..., and X condemned the move" (a clause of its own, coordinated)
    got = dyads("Serbia closed the border crossing with Kosovo, and Pristina condemned the decision.")
    assert ("XKX", "SRB", "ACCUSE") in got
    # a stance with an object of no act is not aimed at the act before
    got = dyads("Serbia closed the border crossing with Kosovo, and Pristina condemned the weather.")
    assert ("XKX", "SRB", "ACCUSE") not in got


def test_a_treaty_denounced_is_renounced_but_a_deal_denounced_is_criticism():
    found = dyads_status("Moscow formally denounced the conventional arms treaty with NATO on Wednesday.", "2026-11-20")
    assert ("RUS", "NATO", "SANCTION", "occurred") in found
    found = dyads_status("Minsk denounced the deal between Vilnius and Warsaw as a provocation.")
    assert not any(e[2] == "SANCTION" for e in found)


def test_calling_another_s_act_a_bad_name_is_a_criticism():
    # patterns.yaml `predicate`: only with an object and its predicate; the actor named in the
    # predicate is the one blamed, else the object's
    assert dyads_status("Chile called Peru's tactics a grotesque blackmail.") == {("CHL", "PER", "ACCUSE", "occurred")}
    assert dyads_status("The president of Chile called the incident near Lima a provocation by the Peruvian special "
                        "services.") == {("CHL", "PER", "ACCUSE", "occurred")}
    assert dyads_status("The Chilean president was dubbed a dictator by Peru.") == {("PER", "CHL", "ACCUSE", "occurred")}


def test_a_call_that_is_no_characterisation_or_praise_is_no_criticism():
    assert dyads_status("Chile called Peru on Monday.", "2021-03-04") == set()
    # praise, no criticism (the SUPPORT predicate pattern: tree-en3)
    assert dyads_status("Putin called Lukashenko a reliable ally.") == {("RUS", "BLR", "SUPPORT", "occurred")}
    assert dyads_status("Chile called on Peru to withdraw its troops.") == {("CHL", "PER", "REQUEST", "occurred")}


def test_no_characterisation_with_unknown_actors_either():
    # pentacode-style coding (unknown actors allowed): a phone call or a name is no criticism
    got = code_text("The mayor called the governor on Tuesday to discuss the floods.", "2021-03-04", "en",
                    allow_unknown=True)
    assert not any(e.type == "ACCUSE" for e in got)
    got = code_text("The minister launched a programme called Bright Future in 2003.", "2021-03-04", "en",
                    allow_unknown=True)
    assert not any(e.type == "ACCUSE" for e in got)
    # (control: a name of blame is criticism)
    got = code_text("The mayor called the governor a liar on Tuesday.", "2021-03-04", "en", allow_unknown=True)
    assert any(e.type == "ACCUSE" for e in got)


def test_a_named_partys_decision_criticised_is_a_fact_coded_beside_the_criticism():
    got = dyads("Estonia condemned Russia's decision to expel two Estonian diplomats.")
    assert {("EST", "RUS", "ACCUSE"), ("RUS", "EST", "SANCTION")} <= got


def test_a_concern_noted_at_anothers_act_is_criticism():
    assert ("RUS", "LTU", "ACCUSE") in dyads("Moscow noted with concern that Lithuania had closed its border with Belarus.")


def test_regret_at_anothers_act_is_criticism_and_the_act_is_coded():
    got = dyads("The EU regrets that Minsk expelled the Polish ambassador.")
    assert {("EU", "BLR", "ACCUSE"), ("BLR", "POL", "SANCTION")} <= got
    assert not any(t == "ACCUSE" for _, _, t in dyads("Lukashenko regrets that he did not meet Putin."))


def test_a_response_done_is_no_threat_and_leaves_the_protest():
    got = status_by_dyad("Police in Georgia responded with force as students marched in Tbilisi.")
    assert not any(k[2] == "THREATEN" for k in got)
    assert ("GEO", "GEO", "PROTEST") in got


def test_a_response_named_as_an_act_is_that_act():
    got = status_by_dyad("Analysts expect Moscow to respond by cutting gas supplies to Moldova.")
    assert ("RUS", "MDA", "SANCTION") in got
    assert ("RUS", "MDA", "THREATEN") not in got


def test_a_response_not_given_is_no_threat():
    assert status_by_dyad("Moscow did not respond to the Georgian proposal.") == {}


# ------------------------------------------------ reprisals (syntax.yaml `reprisals`)
def test_a_strike_announced_in_response_to_an_attack_is_planned_no_threat():
    got = status_by_dyad("Baku said it would strike Armenian artillery positions in response to the shelling of Tartar.")
    assert got.get(("AZE", "ARM", "ASSAULT")) == "planned"
    assert ("AZE", "ARM", "THREATEN") not in got


# ------------------------------------------------ a party named in the relative clause beside the act
def test_a_move_another_party_calls_aggression_is_its_accusation_of_the_mover():
    # ("a move" parsed as a second object of "halted": it stands beside the clause as an apposition)
    got = status_by_dyad("Latvia halted the transit of Russian coal through its ports on Tuesday, "
                         "a move Moscow called an act of economic aggression.", "2021-03-04")
    assert got.get(("LVA", "RUS", "SANCTION")) == "occurred"
    assert got.get(("RUS", "LVA", "ACCUSE")) == "occurred"


def test_responsibility_another_bears_now_is_no_threat():
    assert ("GEO", "RUS", "THREATEN") not in status_by_dyad("Tbilisi said Moscow bears responsibility for the crash.")
    # (control: responsibility it will bear is a threat)
    assert ("GEO", "RUS", "THREATEN") in status_by_dyad("Tbilisi said Moscow would bear responsibility for the consequences.")


# ------------------------------------------------ an answer to a proposal made earlier in the sentence (`answers`)
def test_rejecting_the_proposal_answers_the_one_who_made_it():
    got = status_by_dyad("Armenia offered Georgia a discount on transit, but Georgia rejected the proposal.")
    assert got.get(("GEO", "ARM", "REJECT")) == "occurred"


def test_a_stance_drawn_from_another_party_is_that_party_s():
    got = dyads("The Belarusian plan to buy Chinese missiles has raised concerns from Moscow.")
    assert ("RUS", "BLR", "ACCUSE") in got and ("BLR", "RUS", "ACCUSE") not in got
    assert ("RUS", "BLR", "ACCUSE") in dyads("Russia raised concerns about the Belarusian plan.")


def test_a_stance_on_a_military_display_or_transfer_is_aimed_at_its_maker():
    # syntax.yaml `reacted.nouns` (show of force, patrol, transfer ...): "..., a show of force Riga called a provocation"
    got = dyads("Russian and Belarusian warplanes held a joint air patrol near the Latvian border, a show of force "
                "that Riga called a provocation.")
    assert {("LVA", "RUS", "ACCUSE"), ("LVA", "BLR", "ACCUSE")} <= got
    got = dyads("Moscow said its Iskander launchers had arrived in Belarus, a transfer that the Polish foreign "
                "minister denounced as reckless.")
    assert ("POL", "RUS", "ACCUSE") in got


def test_a_reaction_to_an_act_referred_back_answers_the_one_who_acted_before():
    got = in_document(["Moscow demanded on Monday that Minsk accept a new tax regime.", "Minsk rejected the demand on Tuesday."], "2024-05-10")
    assert ("BLR", "RUS", "REJECT", "occurred") in got[1]
    got = in_document(["Poland closed its border with Belarus on Monday.", "Minsk condemned the decision."],
                      "2024-05-10")
    assert ("BLR", "POL", "ACCUSE", "occurred") in got[1]
    # (a reaction to a thing of its own is not one to the act before)
    got = in_document(["Poland closed its border with Belarus on Monday.", "Germany condemned the new Belarusian law."],
                      "2024-05-10")
    assert ("DEU", "POL", "ACCUSE", "occurred") not in got[1]


def test_a_reaction_back_needs_a_word_referring_back_as_its_object():
    got = in_document(["China said it would build a port in Cambodia.", "Cambodia rejected Western claims about the base."])
    assert ("KHM", "CHN", "REJECT", "occurred") not in got[1]
    got = in_document(["Russia moved tactical nuclear weapons to Belarus on Friday.", "The United States condemned it."],
                      "2024-05-10")
    assert ("USA", "RUS", "ACCUSE", "occurred") in got[1]


def test_an_act_of_force_named_again_by_its_own_noun_is_the_act_characterised():
    # "..., and Ankara called the shooting ...": the noun of the act of force names the act of the clause before
    assert ("ARM", "AZE", "ACCUSE") in dyads(
        "Azerbaijani troops shot down an Armenian drone on Monday, and Yerevan called the shooting a provocation.")


def test_a_characterisation_with_a_by_phrase_on_its_predicate_is_the_speakers():
    # the model reads "by an autocrat" as the agent of "called" (`_active_agents` in nlp/lang/en/syntax.py)
    got = dyads("Turkey halted all trade with Syria, a measure the Syrian foreign minister called a breach of the "
                "accords by an autocrat.")
    assert ("SYR", "TUR", "ACCUSE") in got
