"""DYADWATCH_CODER=tree, English constructions (branch en7a). Sentences written for these tests (never
gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def pairs(text: str, pub: str | None = "2024-01-10", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_talks_in_an_adjunct_are_with_the_one_the_clause_addresses():
    # syntax.yaml `addressed_talks`: talks (not only a phone call) beside a verb whose subject names one party
    got = pairs("Erdogan praised Aliyev's leadership during talks in Baku on Monday.")
    assert {("TUR", "AZE", "CONSULT"), ("AZE", "TUR", "CONSULT")} <= got
    got = pairs("Erdogan assured Aliyev during a phone conversation on Sunday that Turkey would stand by Baku.")
    assert {("TUR", "AZE", "CONSULT"), ("AZE", "TUR", "CONSULT")} <= got


def test_talks_after_which_a_speaker_reports_another_s_act_are_with_that_other():
    got = pairs("Kenya agreed to extend the railway to the border, Ugandan President Museveni said after talks in Nairobi.")
    assert {("UGA", "KEN", "CONSULT"), ("KEN", "UGA", "CONSULT")} <= got
    # the speaker's own country in the content is no other party
    assert not {e for e in pairs("Lavrov told reporters after talks in Ankara that Russia would not accept the plan.")
                if e[2] == "CONSULT"}


def test_a_visit_for_talks_stays_one_way():
    got = pairs("The Chilean foreign minister visited Lima on Tuesday for talks on migration.")
    assert ("CHL", "PER", "CONSULT") in got
    assert ("PER", "CHL", "CONSULT") not in got


def test_the_pair_s_people_reporting_after_talks_are_the_pair_the_report_names():
    # "their ministers", "the two foreign ministers" said after talks: the parties of the reported clause
    got = pairs("Kenya and Uganda will build a joint railway, their transport ministers said after talks in Kampala.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got
    got = pairs("Kenya and Uganda will build a border commission, the two interior ministers said after talks "
                "in Mombasa.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got


def test_the_one_mediator_of_talks_is_no_party_of_them():
    got = pairs("Kenya and Uganda agreed to extend the railway after talks in Arusha mediated by Tanzania.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got
    assert not any("TZA" in (a, b) for a, b, _ in got)  # a broker beside the talks gets no event (blind gold)
    got = pairs("Kenya and Uganda agreed to extend the railway after Tanzanian-mediated talks in Arusha.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got


def test_a_deployment_prompted_by_another_s_act_is_aimed_at_its_maker():
    # syntax.yaml `reacted.prompted`: "..., prompting X to deploy ...": X mobilizes against the act's maker
    got = pairs("Russia moved troops to the border, prompting Ukraine to mobilise reservists.")
    assert ("UKR", "RUS", "MOBILIZE") in got
    got = pairs("Venezuelan troops crossed into the disputed region, prompting Guyana to deploy soldiers to the area.")
    assert ("GUY", "VEN", "MOBILIZE") in got
    # a deployment of one's own, not prompted, keeps no other party
    assert ("UKR", "RUS", "MOBILIZE") not in pairs("Ukraine mobilised reservists on Monday as Russia held talks with Iran.")


def test_a_promise_never_to_make_a_conciliatory_act_is_its_refusal():
    # `_refused`: the open clause of a negated promise; the promise itself is not coded (`_promised_refusal`)
    got = pairs("Serbia vowed never to recognise Kosovo.")
    assert ("SRB", "XKX", "REJECT") in got and ("SRB", "XKX", "AGREE") not in got
    got = pairs("Chile vowed never to sign the accord with Bolivia.")
    assert ("CHL", "BOL", "REJECT") in got and ("CHL", "BOL", "AGREE") not in got
    # a promise not to do a hostile act stays a promise
    assert ("UKR", "BLR", "AGREE") in pairs("Kyiv pledged not to attack Belarus.")


def test_a_promised_answer_in_a_reaction_clause_is_the_reactor_s_threat_not_the_reporter_s_allegation():
    # the relative clause on a noun of an act ("a decision X described as ...") is X's speech, not content of
    # the verb of saying above it (`_saying_above`)
    got = pairs("Chad's interior ministry said it had expelled a French attache, a decision the French "
                "foreign ministry described as hostile and promised to answer.")
    assert ("FRA", "TCD", "THREATEN") in got
    assert ("TCD", "FRA", "ACCUSE") not in got
    assert ("FRA", "TCD", "AGREE") not in got


def test_fighting_that_breaks_out_between_two_sides_is_each_side_s():
    # the "between" phrase of a verb of breaking out (`unrest_verbs`) or taking place names the sides of its subject
    got = pairs("Heavy fighting broke out between Armenian and Azerbaijani forces along the border on Tuesday.")
    assert {("ARM", "AZE", "ASSAULT"), ("AZE", "ARM", "ASSAULT")} <= got
    got = pairs("Clashes erupted on Monday between Indian and Chinese troops in the Galwan valley.")
    assert {("IND", "CHN", "ASSAULT"), ("CHN", "IND", "ASSAULT")} <= got
    got = pairs("Talks took place in Geneva between Armenia and Azerbaijan.")
    assert {("ARM", "AZE", "CONSULT"), ("AZE", "ARM", "CONSULT")} <= got


def test_a_crowd_storming_a_building_is_a_violent_protest():
    # syntax.yaml `crowd_riots`: protesters storming or ransacking a place protest violently (CAMEO 145)
    got = code_text("Thousands of protesters stormed the parliament building in Skopje overnight.", "2024-01-10")
    assert [(e.source, e.target, e.type, e.cameo) for e in got] == [("MKD", "MKD", "PROTEST", "145")]
    # soldiers storming a town assault it; protesters attacking an embassy assault it
    assert not any(t == "PROTEST" for _, _, t in pairs("Macedonian police stormed a village near Kumanovo on Sunday."))
    assert ("COD", "BEL", "ASSAULT") in pairs("Protesters in Kinshasa attacked the Belgian embassy on Tuesday.")


def test_a_march_through_a_city_is_a_protest_there():
    # mentions.yaml `location_preps`: "through" names a place, so the people marching are its people
    assert ("GEO", "GEO", "PROTEST") in pairs("Thousands of people marched through Tbilisi on Sunday.")


def test_talks_named_as_known_are_no_new_talks_with_the_one_addressed():
    # convention 4: "after the talks" refers back to talks told before; "their meeting" still names the pair's own
    assert not any(t == "CONSULT" for _, _, t in pairs("Erdogan assured Aliyev after the talks that Turkey would stand by Baku."))
    got = pairs("Kenya agreed to extend the railway to the border, Ugandan President Museveni said after the talks.")
    assert not any(t == "CONSULT" for _, _, t in got)


def test_a_clause_set_against_an_accusation_names_no_party_of_it():
    # "while ..." names others' acts: the accused is the pronoun's antecedent, not the clause's party
    got = pairs("Ecuador cut ties with Nicaragua on Monday, accusing it of meddling, while Peru recalled its ambassador.")
    assert ("ECU", "NIC", "ACCUSE") in got and ("ECU", "PER", "ACCUSE") not in got


def test_a_generic_body_after_another_country_s_name_is_that_country_s():
    # mentions.yaml `generic_bodies`: "Congress" alone is the US one; "Peru's Congress" is Peru's
    assert ("PER", "CHL", "REJECT") in pairs("The Peruvian Congress rejected the treaty with Chile.")
    got = pairs("Guatemala's Congress rejected the loan from Taiwan on Monday.")
    assert ("GTM", "TWN", "REJECT") in got and not any(s == "USA" for s, _, _ in got)
    assert ("USA", "RUS", "SANCTION") in pairs("Congress approved new sanctions on Russia.")
