"""DYADWATCH_CODER=tree, general mechanisms for recall (issue 13, plover-gsr recall): acts with no
other party, conditional threats and the like. Sentences written for these tests (never gold
sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def events(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def test_a_resignation_or_a_withdrawal_with_no_other_party_has_no_target():
    # syntax.yaml `untargeted`: the act itself, never the country against itself (convention 7)
    got = events("General Ramos of Paraguay resigned yesterday to allow early elections to take place.")
    assert ("PRY", None, "RETREAT", "occurred") in got
    assert not any(s == t for s, t, _, _ in got)
    got = events("Peruvian officials said their troops had completed their withdrawal from the besieged town of Ayacucho.")
    assert ("PER", None, "RETREAT", "occurred") in got


def test_an_untargeted_act_is_not_coded_where_another_country_is_named():
    got = events("The Paraguayan minister resigned after talks with Brazil.")
    assert ("PRY", None, "RETREAT", "occurred") not in got


def test_a_hostile_act_made_conditional_on_another_s_conduct_is_also_a_threat():
    # syntax.yaml `ultimatum` "if": the act is hypothetical (its condition), the threat is made now
    got = events("Paraguay may halt its mediation among the Bolivian parties if the fighting continues.")
    assert ("PRY", "BOL", "THREATEN", "occurred") in got
    assert ("PRY", "BOL", "SANCTION", "hypothetical") in got  # (conditional: status.conditions; a forecast before)
    got = events("Chile would close its border with Peru if the migrants kept crossing.")
    assert ("CHL", "PER", "THREATEN", "occurred") in got


def test_a_conciliatory_act_under_a_condition_is_no_threat():
    got = events("Chile would meet Peru's president if the talks made progress.")
    assert not any(t == "THREATEN" for _, _, t, _ in got)


def test_violence_inside_one_country_on_a_verb_the_tree_left_without_parties():
    # "opened fire" has its target only in its purpose clause: the rule coder's police -> protesters
    # event on it is kept (convention 7 allows one country on both sides for police and protesters)
    got = events("Kenyan police opened fire to disperse opposition supporters, killing two and arresting ten.")
    assert ("KEN", "KEN", "ASSAULT", "occurred") in got
    assert ("KEN", "KEN", "COERCE", "occurred") in got


def test_the_rule_coder_adds_no_second_event_of_the_same_kind_on_one_pair():
    got = code_text("Kenyan police fired tear gas and rubber bullets into the crowd, injuring several opposition "
                    "supporters.", "2021-03-04", "en")
    assert [(e.source, e.target, e.type) for e in got] == [("KEN", "KEN", "ASSAULT")]


def test_violence_with_no_actor_named_is_carried_by_the_place():
    # convention 8, as for an arrest: the place's state acts on the victims; also where the
    # agent is a weapon and the place hangs on it, or on a two-word preposition
    assert ("PER", "CHL", "ASSAULT", "occurred") in events("Two Chilean soldiers were killed in Peru.")
    assert ("PER", "CHL", "ASSAULT", "occurred") in events(
        "Two Chilean soldiers were killed by a roadside device outside of the Peruvian city of Tacna.")
    assert ("PER", "CHL", "ASSAULT", "occurred") in events(
        "Two Chilean soldiers were wounded by a mine outside the Peruvian town of Tacna.")
    # ... and so is an investigation or a charge of a foreigner
    assert ("PER", "CHL", "ACCUSE", "occurred") in events("A Chilean national was charged in Peru with espionage.")
    assert ("PER", "CHL", "ACCUSE", "occurred") in events(
        "A Chilean student has been put under investigation in Peru for her role in the riots.")


def test_a_threat_with_no_other_party_has_no_target():
    assert events("Paraguay threatened a tough response.") == {("PRY", None, "THREATEN", "occurred")}


def test_a_domestic_act_keeps_its_two_parties():
    # the untargeted reading is only for what convention 7 would drop
    assert ("KEN", "KEN", "RETREAT", "occurred") in events("Kenyan rebels surrendered to the army in the hills.")


def test_parties_coordinated_deep_in_a_phrase_are_all_found():
    # the first actor deep in the object is an adjective of a coordinated noun: both conjuncts
    got = events("The king of Jordan hosted a meeting between an Israeli peace group and the Palestine "
                 "Liberation Organization.")
    assert {("JOR", "ISR", "CONSULT", "occurred"), ("JOR", "PSE", "CONSULT", "occurred")} <= got


def test_coordinated_parties_acting_on_their_own_matter_do_not_target_one_of_them():
    # syntax.yaml `own_matter`: a refusal or a cut that names only one of its coordinated parties
    got = events("Peru and Chile failed to agree on the Peruvian loan during last week's talks.")
    assert not any(t == "REJECT" for _, _, t, _ in got)
    got = events("The two countries' farm ministers, from Peru and Chile, agreed on Friday to cut fish "
                 "deliveries to Chile by a third.")
    assert {("PER", "CHL", "AGREE", "occurred"), ("CHL", "PER", "AGREE", "occurred")} <= got
    assert not any(t == "SANCTION" for _, _, t, _ in got)
    # another party named is still the target
    assert ("CHL", "BOL", "SANCTION", "occurred") in events("Peru and Chile imposed sanctions on Bolivia.")


def test_a_people_of_a_country_s_region_is_coded_by_that_country():
    # "the Albanians of southern Serbia": the people lives there (base.Coder.mentions), a party
    # inside that country against its authorities (convention 7)
    got = events("The Russians of eastern Ukraine are demanding political autonomy from Ukrainian authorities.")
    assert got == {("UKR", "UKR", "REQUEST", "occurred")}
    assert ("ROU", "ROU", "PROTEST", "occurred") in events(
        "The Hungarians of Romania rallied against the new language law.")


def test_blowing_up_property_is_its_destruction_not_a_bombing():
    got = events("Kenyan guerrillas blew up three main power lines leading into Nairobi last month.")
    assert {t for _, _, t, _ in got} == {"COERCE"}
    got = events("Kenyan guerrillas blew up a police convoy, killing ten Somali soldiers.")
    assert "COERCE" not in {t for _, _, t, _ in got}


def test_an_assembly_is_a_legislature_and_a_party_inside_its_country():
    # actors.yaml sector LEG: officials' demand on their own legislature is domestic (convention 7)
    got = events("Peruvian municipal officials demanded support from the Peru Assembly in regaining control over "
                 "municipal properties.")
    assert got == {("PER", "PER", "REQUEST", "occurred")}


def test_a_people_of_a_hyphenated_attribute_is_no_people_of_that_country():
    got = events("Peruvians of the Chilean-occupied coast shunned work on Monday to protest.")
    assert not any(s == "CHL" for s, _, _, _ in got)


def test_a_judge_against_officials_is_an_act_inside_one_country():
    # syntax.yaml domestic_sectors JUD: the judiciary is a party of its own (convention 7: "a court
    # against an opposition figure")
    got = events("A Peruvian judge opened fraud investigations against 28 government officials.")
    assert ("PER", "PER", "ACCUSE", "occurred") in got


def test_a_condition_set_before_the_act_is_a_scenario_not_a_threat():
    got = events("If the talks fail, Chile could close its border with Peru.")
    assert {t for _, _, t, _ in got} == {"SANCTION"}


def test_calling_another_s_act_a_bad_name_is_a_criticism():
    # patterns.yaml `predicate`: only with an object and its predicate; the actor named in the
    # predicate is the one blamed, else the object's
    assert events("Chile called Peru's tactics a grotesque blackmail.") == {("CHL", "PER", "ACCUSE", "occurred")}
    assert events("The president of Chile called the incident near Lima a provocation by the Peruvian special "
                  "services.") == {("CHL", "PER", "ACCUSE", "occurred")}
    assert events("The Chilean president was dubbed a dictator by Peru.") == {("PER", "CHL", "ACCUSE", "occurred")}


def test_a_call_that_is_no_characterisation_or_praise_is_no_criticism():
    assert events("Chile called Peru on Monday.") == set()
    # praise, no criticism (the SUPPORT predicate pattern: tree-en3)
    assert events("Putin called Lukashenko a reliable ally.") == {("RUS", "BLR", "SUPPORT", "occurred")}
    assert events("Chile called on Peru to withdraw its troops.") == {("CHL", "PER", "REQUEST", "occurred")}


def test_to_sanction_is_a_sanction_but_talk_of_sanctions_is_not():
    assert events("Chile sanctioned Peru's state airline last August.") == {("CHL", "PER", "SANCTION", "occurred")}
    assert ("CHL", "PER", "SANCTION", "occurred") in events("Peru's state airline was sanctioned by Chile.")
    assert events("We believe that pressure and sanctions are not the means to resolve issues between Chile and "
                  "Peru.") == set()


def test_speakers_named_by_their_seat_accuse():
    # convention 3: "officials in Lima" speak for Peru; a hostile act against Peru in what they say
    # is their accusation
    assert events("Officials in Lima said Chilean troops had crossed into Peru.") \
        == {("PER", "CHL", "ACCUSE", "occurred")}


def test_authorities_are_those_of_the_leader_named_before_them():
    # base.Coder._resolve_bare: a long title and name before "the authorities" is near them by its
    # last word, nearer than the country named after them
    assert ("LVA", "RUS", "SANCTION", "occurred") in events(
        "Latvian Prime Minister Anna Berzina told reporters the authorities had closed all border crossings with "
        "Russia.")
    assert ("LVA", "RUS", "SANCTION", "occurred") in events(
        "Премьер-министр Латвии Анна Берзиня сообщила, что власти закрыли все пограничные переходы с Россией.",
        lang="ru")


def test_diplomats_told_to_leave_or_declared_unwelcome_are_expelled():
    # convention 6, with the diplomats between the words of the act
    assert events("Chile asked two Peruvian diplomats to leave the country.") == {("CHL", "PER", "SANCTION", "occurred")}
    assert events("Chile declared two Peruvian diplomats persona non grata.") == {("CHL", "PER", "SANCTION", "occurred")}
    assert events("Chile asked Peru to release the journalists.") == {("CHL", "PER", "REQUEST", "occurred")}
    assert events("Латвия предложила покинуть страну двум российским дипломатам.", lang="ru") \
        == {("LVA", "RUS", "SANCTION", "occurred")}
    assert events("Латвия объявила двух российских дипломатов персонами нон грата.", lang="ru") \
        == {("LVA", "RUS", "SANCTION", "occurred")}


def test_people_held_as_human_shields_far_from_the_verb_are_coerced():
    assert ("KEN", "SOM", "COERCE", "occurred") in events(
        "The Kenyan army has been holding thousands of Somali civilian refugees as human shields in the battle zones.")
    # a press conference is no arrest of the journalists and no appeal ("press")
    got = events("Putin held a long press conference for Russian and foreign journalists.")
    assert not {t for _, _, t, _ in got} & {"COERCE", "REQUEST"}
    got = events("Putin held a press conference for foreign journalists.")
    assert not {t for _, _, t, _ in got} & {"COERCE", "REQUEST"}


def test_no_characterisation_with_unknown_actors_either():
    # pentacode-style coding (unknown actors allowed): a phone call or a name is no criticism
    got = code_text("The mayor called the governor on Tuesday to discuss the floods.", "2021-03-04", "en",
                    allow_unknown=True)
    assert not any(e.type == "ACCUSE" for e in got)
    got = code_text("The minister launched a programme called Bright Future in 2003.", "2021-03-04", "en",
                    allow_unknown=True)
    assert not any(e.type == "ACCUSE" for e in got)
