"""Sentences written for issue 14's ninth session (en9c: English recall on the blind-written development
sets); each asserts one mechanism of the tree coder's data."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def events(text: str, pub: str | None = "2024-01-10") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "en")}


def pairs(text: str, pub: str | None = "2024-01-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_aid_promised_is_the_aid_planned_with_no_accord_beside_it():
    # syntax.yaml `promised_acts` / `promise_verbs` (convention 5): a promise of a loan is the loan, planned
    got = events("Beijing pledged on Tuesday to lend Islamabad $2 billion to shore up its reserves.")
    assert ("CHN", "PAK", "AID", "planned") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)
    got = events("Riyadh promised Cairo a new $3 billion deposit and a loan for fuel imports.")
    assert ("SAU", "EGY", "AID", "planned") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)
    # (a promise of something else stays the promise: `promised_sums`)
    assert ("JPN", "PHL", "AGREE") in pairs("Tokyo promised to give Manila all-round assistance under the alliance.")
    assert ("TUR", "SWE", "AGREE") in pairs("Ankara promised Stockholm that it would ratify the protocol soon.")


def test_an_accord_with_a_lending_institution_on_a_loan_is_also_its_aid_planned():
    # syntax.yaml `lenders` (convention 5): the lender is known by what it is
    got = events("The IMF reached a staff-level agreement with Ghana on Thursday on the second review of its loan.")
    assert {("IMF", "GHA", "AGREE", "occurred"), ("GHA", "IMF", "AGREE", "occurred"),
            ("IMF", "GHA", "AID", "planned")} <= got
    assert ("GHA", "IMF", "AID") not in pairs("Ghana and the IMF agreed on a $3 billion loan programme.")
    # (an accord on something else is no aid)
    assert not any(t == "AID" for _, _, t in pairs("Kenya and the World Bank agreed on Monday to share climate data."))


def test_a_free_relative_in_a_phrase_on_an_act_characterises_that_act():
    # syntax.yaml `reacted.free`, `free_preps`: "in what X called ..." is X's criticism of the act's maker
    got = pairs("Turkish jets bombed a village in northern Iraq on Sunday, in what Baghdad called a flagrant "
                "violation of its sovereignty.")
    assert {("TUR", "IRQ", "ASSAULT"), ("IRQ", "TUR", "ACCUSE")} <= got
    got = pairs("Israeli aircraft struck a convoy, killing five people, in what Beirut called a criminal act.")
    assert ("LBN", "ISR", "ACCUSE") in got
    # (a phrase on a clause of no act characterises nothing)
    assert not any(t == "ACCUSE" for _, _, t in pairs("The Latvian delegation arrived in Minsk for what "
                                                       "Belarus called a check."))


def test_visas_no_longer_issued_to_anothers_citizens_are_a_sanction():
    # patterns.yaml: "suspended visa services for ..." restricts (not a visa requirement waived: CONCEDE)
    assert ("JPN", "CHN", "SANCTION") in pairs("Japan suspended visa services for Chinese citizens on Friday.")
    assert ("JPN", "CHN", "CONCEDE") in pairs("Japan suspended visa requirements for Chinese tourists on Friday.")


def test_envoys_ordered_to_leave_are_expelled_in_the_plural_too():
    got = pairs("Nicaragua ordered the Spanish and Dutch ambassadors to leave on Monday.")
    assert {("NIC", "ESP", "SANCTION"), ("NIC", "NLD", "SANCTION")} <= got


def test_an_official_travels_whatever_words_stand_before_the_title():
    # coder/tree/sentence.py _thing_travels: a government sector word heading the subject is an actor, not a thing qualified
    assert ("DEU", "ITA", "CONSULT") in pairs("Germany's top diplomat will travel to Italy next week.")
    assert ("DEU", "ITA", "CONSULT") in pairs("Germany's new ambassador visited Italy's parliament on Friday.")
    # (a thing still does not travel: "Belarus's national airline")
    assert not pairs("Belarus's national airline flew to Italy on Friday.")


def test_a_stance_on_a_thing_another_party_made_in_a_reduced_relative_is_aimed_at_that_party():
    # syntax.yaml `relative_owners` (coder/tree/phrases.py _relative_maker): "the referendums Russia staged" names its maker
    assert ("MNG", "RUS", "REJECT") in pairs("Mongolia will not recognise the referendums Russia staged in the "
                                             "occupied regions, its foreign ministry said.")
    assert ("JPN", "CHN", "REJECT") in pairs("Tokyo rejected the export curbs Beijing imposed on Japanese firms.")
    # (a pronoun subject names no one: no target)
    assert ("MNG", "RUS", "ACCUSE") not in pairs("Mongolia condemned the referendums it staged.")


def test_a_measure_justified_by_what_those_it_hits_did_is_also_an_accusation():
    # syntax.yaml `justified` (coder/tree/sentence.py _justified): "..., saying they had ..." of the measure's object
    got = pairs("Estonia expelled two Russian diplomats on Friday, saying they had worked for military intelligence.")
    assert {("EST", "RUS", "SANCTION"), ("EST", "RUS", "ACCUSE")} <= got
    got = pairs("Latvian police detained four Belarusian citizens, saying they had been sent to stage provocations.")
    assert {("LVA", "BLR", "COERCE"), ("LVA", "BLR", "ACCUSE")} <= got
    # (the speaker speaking of itself, or of another thing, accuses no one)
    assert ("EST", "RUS", "ACCUSE") not in pairs("Estonia expelled two Russian diplomats, saying it had no choice.")
    assert ("RUS", "UKR", "ACCUSE") not in pairs("Russia pulled out of the grain deal with Ukraine, saying the part "
                                                 "on Russian exports had not been honoured.")


def test_an_act_in_a_clause_of_time_finds_the_state_of_its_place():
    # syntax.yaml `told_clauses` (coder/tree/places.py _told_clause in _home, _clause_other): told in its own right
    got = pairs("Blinken arrived in Kyiv on Tuesday, days after Russia launched a new offensive in the Kharkiv region.")
    assert ("RUS", "UKR", "ASSAULT") in got
    # (no subject of its own: no act told)
    assert not any(t == "ASSAULT" for _, _, t in pairs("Prices rose after a new offensive in the Kharkiv region."))


def test_talks_fronted_before_the_parties_who_agree_are_theirs():
    # nlp/lang/en/syntax.py `_fronted_phrases`: "After talks in X, A and B agreed" (no accord with X's state)
    got = pairs("After all-night talks in Vienna, Kosovo and Serbia agreed on a new border regime.")
    assert {("XKX", "SRB", "CONSULT"), ("SRB", "XKX", "AGREE")} <= got
    assert not any("AUT" in (a, b) for a, b, _ in got)


def test_a_joint_grouping_of_troops_is_military_cooperation():
    got = pairs("Minsk and Moscow would form a joint regional grouping of troops, Lukashenka said on Monday.")
    assert {("BLR", "RUS", "COOPERATE"), ("RUS", "BLR", "COOPERATE")} <= got


def test_tariffs_paused_or_postponed_are_a_concession():
    assert ("EU", "CHN", "CONCEDE") in pairs("Brussels postponed the tariffs on Chinese electric cars on Friday.")
    assert ("USA", "CAN", "CONCEDE") in pairs("Washington will pause the planned tariffs on Canadian steel for a month.")


def test_two_mediators_of_talks_are_no_parties_of_them():
    # coder/tree/roles.py _mediators_of: "brokered by Egypt and Qatar" names two mediators; the talks are the agreeing pair's
    got = pairs("Israel and Hamas agreed to a truce on Friday after talks brokered by Egypt and Qatar.")
    assert {("ISR", "PSE", "CONSULT"), ("PSE", "ISR", "CONSULT")} <= got
    assert not any({"EGY", "QAT"} & {a, b} for a, b, _ in got)


def test_an_attack_on_what_its_maker_calls_targets_somewhere_is_aimed_at_that_place():
    # nlp/lang/en/syntax.py `_named_objects`
    assert ("ISR", "LBN", "ASSAULT") in pairs("Israeli jets struck what the army called Hezbollah targets in "
                                              "southern Lebanon on Sunday.")


def test_an_act_of_the_same_kind_set_against_another_shares_its_target():
    # coder/tree/roles.py _roles: "..., while Chile and Ecuador recalled their envoys" is aimed where the first act is
    got = pairs("Peru cut ties with Venezuela on Tuesday, while Chile and Ecuador recalled their envoys.")
    assert {("CHL", "VEN", "SANCTION"), ("ECU", "VEN", "SANCTION")} <= got
    # (an act of another kind keeps its own parties)
    assert ("CHL", "VEN", "ACCUSE") not in pairs("Peru expelled Venezuela's ambassador, while Chile condemned the vote.")


def test_a_membership_bid_ratified_or_held_up_is_backing_or_refusal_of_its_maker():
    # patterns.yaml; syntax.yaml `absorbed` (REQUEST): the bid under another's act is no event of its own
    assert pairs("Croatia's parliament ratified Albania's bid to join the EU on Monday.") == {("HRV", "ALB", "SUPPORT")}
    assert ("BGR", "MKD", "REJECT") in pairs("Sofia is still holding up Skopje's accession bid.")


def test_the_parties_after_a_fronted_phrase_of_manner_act():
    got = pairs("In a show of unity, Riga and Tallinn recalled their ambassadors from Moscow on Friday.")
    assert {("LVA", "RUS", "SANCTION"), ("EST", "RUS", "SANCTION")} <= got


def test_a_visit_by_one_party_of_a_joint_act_during_it_is_to_the_other():
    # coder/tree/roles.py _visit_during
    got = pairs("Baku and Ankara agreed on Wednesday to expand cooperation during a visit by Turkey's foreign minister.")
    assert ("TUR", "AZE", "CONSULT") in got
    # (a visitor who is no party of the act visits no one named)
    assert not any(t == "CONSULT" for _, _, t in pairs("Baku and Ankara signed three deals during a visit by Putin."))
