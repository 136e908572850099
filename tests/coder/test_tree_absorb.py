"""What the tree coder finds alone that it once left to the rule coder's fallback (branch
tree-absorb): each mechanism on sentences written for these tests, under the tree coder alone."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def dyads(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


# ------------------------------------------------------------------ home acts (syntax.yaml home_acts)
def test_an_act_with_no_other_party_is_aimed_at_the_place_where_it_happens():
    assert ("HUN", "SRB", "REJECT") in dyads("Hungary has refused to station border guards in Serbia.")


def test_an_act_in_a_place_inside_the_actors_own_country_is_domestic():
    got = dyads("The Kenyan government lifted the night curfew in Mombasa in Kenya on Tuesday.")
    assert ("KEN", "KEN", "CONCEDE") in got


def test_a_domestic_act_with_two_parties_inside_the_country():
    assert ("CHL", "CHL", "CONCEDE") in dyads("The Chilean government accepted demands from striking miners.")


def test_an_act_of_no_other_party_has_no_target():
    assert ("PER", None, "RETREAT") in dyads("Peruvian President Pedro Castillo resigned on Friday.")


def test_the_place_of_the_report_is_no_target():
    got = dyads("Chilean police arrested dozens of students, officials in Argentina said.")
    assert not any(t == "ARG" for _, t, _ in got)


def test_a_purpose_clause_under_another_act_is_no_home_act():
    # the demand is the protest's purpose, not an act of its own
    got = dyads("Chilean miners began a hunger strike to demand higher wages.")
    assert not any(ty == "REQUEST" for _, _, ty in got)


def test_one_state_alone_is_not_on_both_sides():
    # convention 7: no party inside the country but its state, no place named: nothing X -> X
    got = dyads("The Chilean government rejected the plan.")
    assert ("CHL", "CHL", "REJECT") not in got


# ------------------------------------------------------------------ the document's talks told again
def test_a_verb_whose_subject_names_the_talks_parties_tells_what_they_did():
    events = code_text("Aliyev and Pashinyan held talks in Moscow on Monday. The two leaders discussed "
                       "the opening of transport links.", "2021-03-04", "en")
    second = {(e.source, e.target, e.type) for e in events if e.start > 55}
    assert second == {("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")}


def test_a_noun_naming_the_talks_again_stays_a_reference_back():
    events = code_text("Aliyev and Pashinyan held talks in Moscow on Monday. Reports on the meeting "
                       "were brief.", "2021-03-04", "en")
    assert [e for e in events if e.start > 55] == []


# ------------------------------------------------------------------ a pronoun subject of a content clause
def test_a_pronoun_subject_of_a_content_clause_is_the_speaker():
    assert ("NOR", "SYR", "SANCTION") in dyads("Norway said on Monday it had suspended economic aid to Syria.")
    assert ("CHL", "PER", "SANCTION") in dyads("Chilean officials said they had expelled two Peruvian diplomats.")


def test_a_pronoun_with_a_named_antecedent_before_it_keeps_the_coordinated_pair():
    got = dyads("Chile and Peru said they would hold talks in Lima.")
    assert {("CHL", "PER", "CONSULT"), ("PER", "CHL", "CONSULT")} <= got


# ------------------------------------------------------------------ a hostile act one says one will do
def test_a_hostile_verb_under_would_is_also_a_threat():
    got = dyads("Kenyan farmers said they would blockade Nairobi from Monday.")
    assert ("KEN", "KEN", "THREATEN") in got


def test_a_planned_sanction_is_no_threat():
    got = dyads("Norway will suspend economic aid to Syria.")
    assert ("NOR", "SYR", "SANCTION") in got and not any(ty == "THREATEN" for _, _, ty in got)


# ------------------------------------------------------------------ one country on both sides, as the fallback reads it
def test_forces_acting_on_an_ethnic_group_inside_their_country():
    assert ("SRB", "SRB", "ASSAULT") in dyads("Serb police shot two ethnic Hungarians in northern Serbia on Sunday.")


# ------------------------------------------------------------------ an unnamed subject acts for the sole country named
def test_a_name_the_dictionary_lacks_acts_for_the_one_country_named():
    got = dyads("Governor Ramon Villa threatened to impose a curfew in Nairobi.")
    assert ("KEN", "KEN", "THREATEN") in got


def test_an_unnamed_group_acts_for_the_one_country_named():
    assert ("KEN", None, "PROTEST") in dyads("Striking teachers rallied in Nairobi on Monday.") \
        or ("KEN", "KEN", "PROTEST") in dyads("Striking teachers rallied in Nairobi on Monday.")


def test_the_one_country_named_as_the_target_is_not_the_actor():
    got = dyads("Senator Ramon Villa criticised Kenya over the arrests.")
    assert not any(s == "KEN" for s, _, _ in got)


# ------------------------------------------------------------------ the other actor deeper in the clause (clause_other)
def test_the_other_actor_named_deeper_in_the_clause_is_the_target():
    got = dyads("Canada lifted restrictions on contacts between its diplomats and their Venezuelan counterparts.")
    assert ("CAN", "VEN", "CONCEDE") in got
    # (medical teams sent are aid since tree-en6: an offer of aid is the aid, planned, convention 5)
    assert ("NOR", "PER", "AID") in dyads("Norway is willing to send more medical teams to Peru.")


def test_an_actor_in_another_clause_is_no_target():
    got = dyads("Erdogan confirmed the delivery of the drones, which Ukraine had ordered.")
    assert not any(t == "UKR" for _, t, _ in got)


def test_an_unnamed_group_counted_staging_a_protest_noun_acts_for_the_sole_country():
    got = dyads("Hundreds of farmers across Kenya staged street protests on Monday.")
    assert ("KEN", "KEN", "PROTEST") in got or ("KEN", None, "PROTEST") in got


def test_an_unnamed_group_protesting_against_the_sole_country_named_is_its_people():
    got = dyads("Radical students continued their hunger strike to demand the resignation of the Kenyan president.")
    assert ("KEN", "KEN", "PROTEST") in got


# ------------------------------------------------------------------ the passive subject of a verb an infinitive completes
def test_the_subject_of_a_passive_governor_does_its_infinitive():
    assert ("CHL", "PER", "MOBILIZE") in dyads("Chile was forced to deploy more troops to the border with Peru.")


def test_an_act_others_expect_of_the_subject_is_no_promise():
    got = dyads("Chilean troops are set to leave Peru after the drills.")
    assert ("CHL", "PER", "RETREAT") in got
    assert not any(ty == "AGREE" for _, _, ty in got)


# ------------------------------------------------------------------ verbs of weighing an act (patterns.yaml light_verbs)
def test_a_nominal_act_being_considered_is_its_considerers_and_hypothetical():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "The Peruvian parliament is considering a ban on imports of Chilean fruit.", "2021-03-04", "en")}
    assert ("PER", "CHL", "SANCTION", "hypothetical") in got


# ------------------------------------------------------------------ an unnamed agent of an act on a named party (state_acts)
def test_the_arrest_of_an_opposition_figure_is_his_own_states():
    assert ("BLR", "BLR", "COERCE") in dyads("The detention of Roman Protasevich shocked his supporters.")


def test_the_detention_of_foreigners_in_another_country_is_not_their_states():
    got = dyads("The detention of Russian citizens in Belarus caused tension.")
    assert ("RUS", "RUS", "COERCE") not in got


def test_a_nominal_act_a_light_verb_governs_is_aimed_at_the_place_too():
    assert ("CHL", "PER", "COERCE") in dyads("Chile declared a 30-day state of siege in Peru on Saturday.")


# ------------------------------------------------------------------ a joint nominal act with no party found (sentence_pair)
def test_a_joint_nominal_act_with_no_party_is_the_two_countries_the_sentence_names():
    got = dyads("Talks in Geneva last month showed that Armenian-Azerbaijani relations remain tense.")
    assert {("ARM", "AZE", "CONSULT"), ("AZE", "ARM", "CONSULT")} <= got


def test_a_joint_nominal_act_in_a_time_clause_takes_no_pair():
    got = dyads("Armenian troops will leave Azerbaijan as soon as they finish joint exercises there.")
    assert not any(ty == "COOPERATE" for _, _, ty in got)


def test_the_passive_subject_reaches_a_purpose_clause_through_its_infinitive():
    got = dyads("The Chilean president is expected to be in Lima on Monday to meet the Peruvian foreign minister.")
    assert ("CHL", "PER", "CONSULT") in got


def test_one_party_agreeing_to_act_at_home():
    got = dyads("Leaders of the Kenyan opposition coalition agreed to postpone the rally in Nairobi.")
    assert ("KEN", "KEN", "AGREE") in got
    assert dyads("Chile agreed to meet.") == set()  # no other party, no place: nothing


def test_a_nominal_act_a_light_verb_governs_takes_the_other_actor_in_its_clause():
    assert ("CHL", "PER", "MOBILIZE") in dyads("The armed forces of Chile started exercises near the borders with Peru and Bolivia.")


# ------------------------------------------------------------------ an organisation's capitalised act
def test_an_organisations_capitalised_summit_is_its_act_not_a_name():
    assert ("CIS", None, "CONSULT") in dyads("The CIS Summit will be held in Dushanbe in October.")


# ------------------------------------------------------------------ tree-absorb2: readiness for a hostile act (ready_threat)
def test_a_stated_readiness_for_a_hostile_act_is_a_threat_not_the_act():
    got = dyads("Chile said it was ready to attack Peru.")
    assert ("CHL", "PER", "THREATEN") in got
    assert ("CHL", "PER", "ASSAULT") not in got
    events = code_text("Chile is prepared to send troops to the border with Peru.", "2021-03-04", "en")
    assert [(e.type, e.cameo, e.status) for e in events if e.target == "PER"] == [("THREATEN", "130", "occurred")]


def test_a_readiness_threat_takes_the_acts_own_threat_code():
    events = code_text("Chile said it was prepared to attack Peru.", "2021-03-04", "en")
    assert {(e.source, e.target, e.type, e.cameo) for e in events} == {("CHL", "PER", "THREATEN", "138")}


def test_a_plain_future_hostile_act_or_a_sanction_one_is_ready_for_stays_the_act_planned():
    assert ("CHL", "PER", "SANCTION") in dyads("Chile will close its border with Peru.")
    assert ("CHL", "PER", "SANCTION") in dyads("Chile said it was ready to close its border with Peru.")


# ------------------------------------------------------------------ tree-absorb2: hyphenated names (preps.pair_joiners)
def test_two_names_joined_by_a_hyphen_are_a_pair_not_one_name():
    got = dyads("The Chile-Peru talks on fishing rights opened in Geneva.")
    assert {("CHL", "PER", "CONSULT"), ("PER", "CHL", "CONSULT")} <= got


def test_a_name_before_another_word_of_a_name_stays_part_of_it():
    assert dyads("The Lima Protocol was praised by officials.") == set()


# ------------------------------------------------------------------ tree-absorb2: a detached "by" phrase (preps.detached_agent)
def test_a_by_phrase_the_parse_hangs_on_the_active_verb_names_the_nominal_acts_actors():
    got = dyads("The crackdown led to a wave of new sanctions against Peru, by Chile, Canada and other allies.")
    assert {("CHL", "PER", "SANCTION"), ("CAN", "PER", "SANCTION")} <= got


def test_a_passive_verbs_by_phrase_is_its_own_agent_not_the_nominal_acts():
    # the talks are the passive verb's subject matter; its agent acts, not as the sanctions' source
    got = dyads("Talks on sanctions against Peru were proposed by Chile.")
    assert ("CHL", "PER", "SANCTION") not in got


# ------------------------------------------------------------------ tree-absorb2: a domestic "must" (_modal_roles)
def test_a_groups_must_on_its_own_government_is_a_domestic_demand():
    assert ("PER", "PER", "REQUEST") in dyads("Peruvian students said the government must lower tuition fees.")


def test_a_states_must_on_its_own_forces_is_no_demand_on_itself():
    got = dyads("Peru said Peruvian troops must leave the border.")
    assert ("PER", "PER", "REQUEST") not in got


# ------------------------------------------------------------------ tree-absorb2: an unnamed group's demand on its state (group_demands)
def test_an_unnamed_groups_demand_on_its_own_state_is_its_peoples():
    got = dyads("Village elders have demanded that the Peruvian Interior Ministry be placed under civilian control.")
    assert ("PER", "PER", "REQUEST") in got


def test_an_unnamed_groups_attack_on_the_country_named_stays_uncoded_as_domestic():
    got = dyads("Gunmen attacked a Peruvian army post on Monday.")
    assert ("PER", "PER", "ASSAULT") not in got


# ------------------------------------------------------------------ tree-absorb2: an English participle clause (tags.converb)
def test_a_participle_clause_act_with_no_party_is_aimed_at_the_main_acts_target():
    got = dyads("Chile expelled a diplomat from the Peruvian embassy, accusing the mission of spying.")
    assert {("CHL", "PER", "SANCTION"), ("CHL", "PER", "ACCUSE")} <= got


def test_a_participle_clause_with_its_own_party_keeps_it():
    got = dyads("Chile expelled a Peruvian diplomat, accusing Bolivia of spying.")
    assert ("CHL", "BOL", "ACCUSE") in got and ("CHL", "PER", "ACCUSE") not in got
