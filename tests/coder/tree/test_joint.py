"""English joint and reciprocal acts and the document's talks (coder/tree/joint.py): partners of an act done together, meetings, each other's acts."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    both,
    dyads,
    dyads_status,
    pairs,
    sentence_class,
    status_by_dyad,
)

pytestmark = pytest.mark.coder("tree")


def test_6_leaving_a_partnership_is_a_sanction():
    assert ("BLR", "EU", "SANCTION") in dyads("Belarus announced it is withdrawing from the EU's Eastern Partnership programme.")


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
    assert {("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")} <= {(e.source, e.target, e.type) for e in events}


# ------------------------------------------------------------------ a joint nominal act with no party found (sentence_pair)
def test_a_joint_nominal_act_with_no_party_is_the_two_countries_the_sentence_names():
    got = dyads("Talks in Geneva last month showed that Armenian-Azerbaijani relations remain tense.", "2021-03-04")
    assert {("ARM", "AZE", "CONSULT"), ("AZE", "ARM", "CONSULT")} <= got


def test_a_joint_nominal_act_in_a_time_clause_takes_no_pair():
    got = dyads("Armenian troops will leave Azerbaijan as soon as they finish joint exercises there.")
    assert not any(ty == "COOPERATE" for _, _, ty in got)
    assert ("ARM", "AZE", "RETREAT") in got  # the withdrawal itself


# ------------------------------------------------------------------ tree-absorb2: hyphenated names (preps.pair_joiners)
def test_two_names_joined_by_a_hyphen_are_a_pair_not_one_name():
    got = dyads("The Chile-Peru talks on fishing rights opened in Geneva.")
    assert {("CHL", "PER", "CONSULT"), ("PER", "CHL", "CONSULT")} <= got


def test_talks_in_an_adjunct_of_a_joint_act_s_passive_are_between_its_agents():
    got = dyads("The roadmap, approved by Ecuador and Peru during talks in Quito on Monday, covers trade.",
                "2021-03-04")
    assert ("ECU", "PER", "CONSULT") in got and ("PER", "ECU", "CONSULT") in got
    # a passive that is no joint act names no party of the talks
    got = dyads("The gaps can be filled by a Peruvian battalion during talks.")
    assert not any(t == "CONSULT" for _, _, t in got)


def test_talks_of_one_party_with_no_partner_are_its_own():
    # no CONSULT with a country that is only the topic, from the tree or the rule coder
    assert not dyads("EU foreign ministers will discuss the situation in Bolivia on Monday.", "2021-03-04")
    assert not dyads("The EU discussed new sanctions against Venezuela.")
    got = dyads("Chile discussed the gas price with Argentina.")
    assert ("CHL", "ARG", "CONSULT") in got and ("ARG", "CHL", "CONSULT") in got


# ------------------------------------------------------------------ a joint act's parties
def test_an_agreement_of_named_parties_takes_no_partner_from_its_content():
    got = dyads("Poland and Lithuania agreed on Monday to jointly guard the Belarusian border.", "2022-05-06")
    assert {("POL", "LTU", "AGREE"), ("LTU", "POL", "AGREE")} <= got
    assert not any("BLR" in (s, t) for s, t, _ in got)


def test_an_agreement_of_named_parties_on_talks_about_a_third_country():
    got = dyads("Macron and Scholz agreed to start consultations on Moldova.")
    assert ("FRA", "DEU", "AGREE") in got
    assert not any(t == "MDA" and ty == "AGREE" for _, t, ty in got)


def test_no_date_fixed_for_talks_is_no_event():
    assert dyads("Diplomats say no date has been fixed yet for the next round of Serbian-Kosovar talks.") == set()
    # (control: a round of talks with a date is planned)
    assert {("SRB", "XKX", "CONSULT"), ("XKX", "SRB", "CONSULT")} <= dyads(
        "Diplomats say the next round of Serbian-Kosovar talks will be held on Monday.")


def test_talks_going_on_since_a_day_stay_events():
    got = dyads("Turkish and Azerbaijani negotiators have been meeting in Ankara since Monday.", "2022-05-06")
    assert ("TUR", "AZE", "CONSULT") in got


# ------------------------------------------------------------------ a host's own country
def test_hosting_a_summit_at_home_is_no_talks_with_oneself():
    assert ("AZE", "AZE", "CONSULT") not in dyads("Aliyev hosted the Non-Aligned Movement summit in Baku on Friday.",
                                                  "2022-05-06")
    assert ("KAZ", "KAZ", "CONSULT") not in dyads("Tokayev hosted the Central Asian leaders in Astana on Friday.",
                                                  "2022-05-06")
    # (control: a guest hosted visits the host)
    assert ("TUR", "AZE", "CONSULT") in dyads("Aliyev hosted Erdogan in Baku on Friday.", "2022-05-06")


def test_coordinated_inviters_do_not_invite_each_other():
    got = dyads("Poland and Lithuania invited Zelensky to their capitals.")
    # (an invitation is no accord with the invited either since prec11: mended on purpose)
    assert ("POL", "UKR", "AGREE") not in got
    assert ("POL", "LTU", "AGREE") not in got and ("UKR", "POL", "AGREE") not in got


def test_parties_working_together_or_setting_up_joint_bodies_cooperate():
    got = dyads("Chilean and Peruvian prosecutors worked together to dismantle the gang.")
    assert ("CHL", "PER", "COOPERATE") in got and ("PER", "CHL", "COOPERATE") in got
    got = dyads("Chile and Peru set up a joint team to fight smuggling.")
    assert ("CHL", "PER", "COOPERATE") in got and ("PER", "CHL", "COOPERATE") in got
    got = dyads("Ecuador and Colombia launched joint checks on their common border.")
    assert ("ECU", "COL", "COOPERATE") in got and ("COL", "ECU", "COOPERATE") in got


def test_a_verb_done_jointly_is_cooperation_unless_the_verb_is_an_act_of_its_own():
    # syntax.yaml `verb_adverbs`: "jointly" stands for the verb it modifies
    got = dyads("Chilean and Argentine engineers jointly built a research satellite.")
    assert ("CHL", "ARG", "COOPERATE") in got and ("ARG", "CHL", "COOPERATE") in got
    got = dyads("Chile and Argentina jointly condemned the attack on Bolivia.")
    assert ("CHL", "BOL", "ACCUSE") in got and not any(t == "COOPERATE" for _, _, t in got)


def test_captives_handed_over_or_exchanged_are_concessions():
    assert ("TUR", "GRC", "CONCEDE") in dyads("Turkey handed over 12 Greek prisoners on Friday.", "2021-03-04")
    got = dyads("Armenia and Turkey exchanged prisoners on Monday.", "2021-03-04")
    assert ("ARM", "TUR", "CONCEDE") in got and ("TUR", "ARM", "CONCEDE") in got


def test_talks_the_verb_s_phrase_names_are_with_the_one_it_addresses():
    got = dyads("Orban praised Vucic's reforms at their meeting in Budapest.")
    assert ("HUN", "SRB", "CONSULT") in got and ("SRB", "HUN", "CONSULT") in got
    got = dyads("Erdogan told Aliyev in a phone call on Monday that Turkey would help.", "2021-03-04")
    assert ("TUR", "AZE", "CONSULT") in got and ("AZE", "TUR", "CONSULT") in got
    # a summit it attends is no talks with the one it addresses
    got = dyads("EU leaders granted Serbia candidate status at a summit in Brussels.")
    assert ("SRB", "EU", "CONSULT") not in got


def test_talks_in_an_adjunct_are_with_the_one_the_clause_addresses():
    # syntax.yaml `addressed_talks`: talks (not only a phone call) beside a verb whose subject names one party
    got = dyads("Erdogan praised Aliyev's leadership during talks in Baku on Monday.", "2024-01-10")
    assert {("TUR", "AZE", "CONSULT"), ("AZE", "TUR", "CONSULT")} <= got
    got = dyads("Erdogan assured Aliyev during a phone conversation on Sunday that Turkey would stand by Baku.",
                "2024-01-10")
    assert {("TUR", "AZE", "CONSULT"), ("AZE", "TUR", "CONSULT")} <= got


def test_a_visit_for_talks_stays_one_way():
    got = dyads("The Chilean foreign minister visited Lima on Tuesday for talks on migration.", "2024-01-10")
    assert ("CHL", "PER", "CONSULT") in got
    assert ("PER", "CHL", "CONSULT") not in got


def test_the_pair_s_people_reporting_after_talks_are_the_pair_the_report_names():
    # "their ministers", "the two foreign ministers" said after talks: the parties of the reported clause
    got = dyads("Kenya and Uganda will build a joint railway, their transport ministers said after talks in Kampala.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got
    got = dyads("Kenya and Uganda will build a border commission, the two interior ministers said after talks "
                "in Mombasa.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got


def test_the_one_mediator_of_talks_is_no_party_of_them():
    got = dyads("Kenya and Uganda agreed to extend the railway after talks in Arusha mediated by Tanzania.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got
    assert not any("TZA" in (a, b) for a, b, _ in got)  # a broker beside the talks gets no event (blind gold)
    got = dyads("Kenya and Uganda agreed to extend the railway after Tanzanian-mediated talks in Arusha.")
    assert {("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT")} <= got


def test_talks_named_as_known_are_no_new_talks_with_the_one_addressed():
    # convention 4: "after the talks" refers back to talks told before; "their meeting" still names the pair's own
    assert not any(t == "CONSULT" for _, _, t in dyads("Erdogan assured Aliyev after the talks that Turkey would stand by Baku."))
    got = dyads("Kenya agreed to extend the railway to the border, Ugandan President Museveni said after the talks.")
    assert not any(t == "CONSULT" for _, _, t in got)
    # the assurance itself is coded (convention 2: the promiser -> the other)
    assert ("TUR", "AZE", "AGREE") in dyads("Erdogan assured Aliyev after the talks that Turkey would stand by Baku.")


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_a_single_joint_patrol_or_drill_is_cooperation():
    got = dyads("Uzbek and Tajik frontier troops carried out a joint patrol on the river on Tuesday.", "2024-01-10")
    assert {("UZB", "TJK", "COOPERATE"), ("TJK", "UZB", "COOPERATE")} <= got
    got = dyads("Serbian paratroopers arrived in Belarus for a joint drill near Brest.")
    assert {("SRB", "BLR", "COOPERATE"), ("BLR", "SRB", "COOPERATE")} <= got


def test_a_joint_grouping_of_troops_is_military_cooperation():
    got = dyads("Minsk and Moscow would form a joint regional grouping of troops, Lukashenka said on Monday.",
                "2024-01-10")
    assert {("BLR", "RUS", "COOPERATE"), ("RUS", "BLR", "COOPERATE")} <= got


def test_an_organisation_admitting_countries_agrees_with_each():
    found = dyads_status("The alliance said NATO, which admitted Sweden and Finland two years ago, would grow no further.", "2026-11-20")
    assert ("NATO", "SWE", "AGREE", "occurred") in found and ("NATO", "FIN", "AGREE", "occurred") in found


def test_a_product_designed_in_cooperation_with_foreign_engineers_is_its_owners_joint_act():
    found = pairs("The new Polish drone was developed in cooperation with Ukrainian engineers.", "COOPERATE")
    assert found == {("POL", "UKR"), ("UKR", "POL")}


def test_a_joint_act_with_no_maker_and_no_other_country_codes_nothing():
    assert not pairs("The rifle was designed in cooperation with Belarusian engineers.", "COOPERATE")
    # (control: with its maker named the joint act is coded)
    assert ("RUS", "BLR") in pairs("Russia designed the rifle in cooperation with Belarusian engineers.", "COOPERATE")


def test_a_summit_skipped_is_boycotted():
    found = dyads_status("Kazakhstan's president skipped the CSTO summit in Minsk.")
    assert ("KAZ", "CSTO", "SANCTION", "occurred") in found


def test_officials_from_two_countries_stay_the_pair():
    found = dyads_status("Officials from Lithuania and Belarus met at the border on Monday.", "2026-11-20")
    assert {("LTU", "BLR", "CONSULT", "occurred"), ("BLR", "LTU", "CONSULT", "occurred")} <= found


def test_a_meeting_not_ruled_out_is_no_threat():
    assert not pairs("Ankara refused on Monday to rule out a meeting with Damascus.", "THREATEN", "2026-11-20")


def test_talks_cut_off_are_a_sanction_not_a_meeting():
    found = dyads("Beijing cut off climate talks with Washington after the visit.")
    assert ("CHN", "USA", "SANCTION") in found and ("CHN", "USA", "CONSULT") not in found


def test_negotiations_walked_out_of_or_suspended_are_a_sanction_not_talks():
    got = dyads("Azerbaijan walked out of the negotiations with Armenia on Monday.", "2021-03-04")
    assert ("AZE", "ARM", "SANCTION") in got
    assert ("AZE", "ARM", "PROTEST") not in got


def test_a_pact_unveiled_by_three_parties_is_an_accord_among_each_pair():
    got = dyads("Japan, India and Brazil unveiled a trade pact on Monday.", "2024-03-15")
    for a in ("JPN", "IND", "BRA"):
        for b in ("JPN", "IND", "BRA"):
            if a != b:
                assert (a, b, "AGREE") in got


def test_counterparts_from_a_list_of_countries_meet_the_subject_not_each_other():
    got = dyads("Egyptian envoys will meet their counterparts from Spain, Italy and Greece in Rome next week.",
                "2024-03-15")
    for c in ("ESP", "ITA", "GRC"):
        assert ("EGY", c, "CONSULT") in got and (c, "EGY", "CONSULT") in got
    assert ("ESP", "ITA", "CONSULT") not in got
    got = dyads("Chile met Peru, Bolivia and Ecuador in Lima.")
    assert ("CHL", "BOL", "CONSULT") in got
    assert ("PER", "BOL", "CONSULT") not in got


def test_fire_exchanged_with_its_kind_named_between_is_mutual_fighting():
    # patterns.yaml: "exchange"/"trade" with the fire a few words on
    got = dyads("Kyrgyz and Tajik forces exchanged artillery and rocket fire along their border.")
    assert {("KGZ", "TJK", "ASSAULT"), ("TJK", "KGZ", "ASSAULT")} <= got
    # words exchanged are no fighting
    got = dyads("India and Pakistan traded barbs and accusations over the dam.")
    assert ("IND", "PAK", "ASSAULT") not in got


def test_two_sides_sitting_down_together_meet():
    found = dyads_status("Delegations from Baku and Yerevan sat down in Almaty on Monday.", "2026-11-20")
    assert ("AZE", "ARM", "CONSULT", "occurred") in found
    assert ("ARM", "AZE", "CONSULT", "occurred") in found


@pytest.mark.parametrize("text, pair", [
    ("Xi and Putin held a video call on Friday.", ("CHN", "RUS")),
    ("Macron spoke with Zelensky on Monday.", ("FRA", "UKR")),
    ("Lavrov and Blinken spoke on the sidelines of the summit.", ("RUS", "USA")),
])
def test_talks_by_video_or_on_the_sidelines_are_consultations(text: str, pair: tuple[str, str]) -> None:
    got = dyads(text, "2024-05-10")
    assert (*pair, "CONSULT") in got and (pair[1], pair[0], "CONSULT") in got


def test_4_the_document_s_talks_named_again_are_a_reference_back():
    events = code_text("Putin and Lukashenko held talks in Sochi on Monday. Official reports on the meeting "
                       "were sparse. Putin and Lukashenko met again in Minsk on 1 March.", "2021-03-04", "en")
    second = [e for e in events if 50 < e.start < 100]
    third = {(e.source, e.target, e.type, e.date) for e in events if e.start > 100}
    assert second == []  # "the meeting": the talks already coded
    assert third == {("RUS", "BLR", "CONSULT", "2021-03-01"), ("BLR", "RUS", "CONSULT", "2021-03-01")}


def test_the_talks_named_again_without_parties_are_no_new_event(use_coder):
    """With the rule coder's fallback (`tree`): a sentence that names neither party nor a time of
    its own after the document's talks is a reference back (convention 4; sentences written for
    this test)."""
    use_coder("tree")
    text = "On 3 March 2021 Aliyev and Pashinyan met in Moscow. The talks lasted about four hours."
    assert sorted((e.source, e.target, e.type) for e in code_text(text, "2021-03-04", "en")) \
        == [("ARM", "AZE", "CONSULT"), ("AZE", "ARM", "CONSULT")]  # the meeting once, not again


def test_the_rule_coder_adds_no_second_event_of_the_same_kind_on_one_pair():
    got = code_text("Kenyan police fired tear gas and rubber bullets into the crowd, injuring several opposition "
                    "supporters.", "2021-03-04", "en")
    assert [(e.source, e.target, e.type) for e in got] == [("KEN", "KEN", "ASSAULT")]


def test_talks_ending_in_a_memorandum_are_an_accord_of_their_parties():
    got = dyads("Talks between Armenia and Iran ended with a memorandum on trade.")
    assert {("ARM", "IRN", "AGREE"), ("IRN", "ARM", "AGREE"), ("ARM", "IRN", "CONSULT")} <= got
    got = dyads("The negotiations between Kyiv and Warsaw resulted in an agreement on grain transit.")
    assert {("UKR", "POL", "AGREE"), ("POL", "UKR", "AGREE")} <= got


def test_talks_ending_without_an_accord_are_talks_only():
    got = dyads("Talks between Armenia and Iran ended with no memorandum.")
    assert ("ARM", "IRN", "CONSULT") in got and not any(t == "AGREE" for _, _, t in got)


def test_a_topic_the_parse_puts_beside_the_talks_partner_names_no_party():
    got = dyads("Vladimir Putin will travel to Ankara next month for talks with his counterpart Recep Tayyip Erdogan "
                "on Syria and the United States' recognition of Jerusalem, the Turkish presidency said.", "2024-05-10")
    assert ("TUR", "RUS", "CONSULT") in got and not any("USA" in (a, b) for a, b, _ in got)


def test_an_organisations_members_adopting_a_text_agree_among_themselves():
    got = dyads("The EAEU heads of state will adopt a declaration on labour migration.")
    assert ("EAEU", None, "AGREE") in got
    assert ("CSTO", None, "AGREE") in dyads("The CSTO leaders signed a treaty on joint air defence.")


def test_a_nominal_act_that_is_the_topic_of_talks_is_not_coded():
    got = dyads("The stationing of a Russian air base in Belarus was not discussed at the talks in Sochi.")
    assert not any(t == "MOBILIZE" for _, _, t in got)


def test_a_joint_deployment_is_cooperation_of_its_forces_and_mobilization_at_the_place_faced():
    got = dyads("Belarus and Russia deployed troops near Ukraine.")
    assert {("BLR", "RUS", "COOPERATE"), ("RUS", "BLR", "COOPERATE"), ("BLR", "UKR", "MOBILIZE"),
            ("RUS", "UKR", "MOBILIZE")} <= got
    assert not any("UKR" in (a, b) and t == "COOPERATE" for a, b, t in got)


def test_troops_deployed_with_anothers_forces_cooperate_with_them():
    got = dyads("Belarus deployed troops with Russian forces near Ukraine.")
    assert {("BLR", "RUS", "COOPERATE"), ("RUS", "BLR", "COOPERATE")} <= got
    assert ("BLR", "RUS", "MOBILIZE") not in got


def test_people_from_two_countries_agreeing_to_act_agree_with_each_other():
    # (the subject names no actor; its phrase of origin does, syntax.yaml preps.origin; the act agreed on
    # does not absorb the accord of several parties)
    got = status_by_dyad("Customs chiefs from Latvia and Estonia agreed on Tuesday to cut fuel deliveries to Latvia by half.", "2021-03-04")
    assert got.get(("LVA", "EST", "AGREE")) == "occurred"
    assert got.get(("EST", "LVA", "AGREE")) == "occurred"


# ------------------------------------------------ exchanges (syntax.yaml exchanges)
def test_a_release_in_exchange_for_the_actors_own_people_is_released_back():
    got = status_by_dyad("Uzbekistan released the detained Kazakh border guards in exchange for Uzbek farmers.")
    assert {("UZB", "KAZ", "CONCEDE"), ("KAZ", "UZB", "CONCEDE")} <= set(got)


def test_a_release_in_exchange_for_a_payment_is_one_way():
    got = status_by_dyad("Uzbekistan released the detained Kazakh border guards in exchange for a payment.")
    assert ("KAZ", "UZB", "CONCEDE") not in got
    assert ("UZB", "KAZ", "CONCEDE") in got


def test_a_headlines_pair_before_its_verb_are_both_its_subjects():
    assert dyads("Georgia, Turkey sign new transit deal") == {("GEO", "TUR", "AGREE"), ("TUR", "GEO", "AGREE")}


def test_a_joint_adverb_stands_for_its_verb_whatever_acts_its_clauses_hold():
    got = dyads_status("Kazakhstan and Uzbekistan could jointly build a new dam if World Bank loans are approved.")
    assert {("KAZ", "UZB", "COOPERATE", "hypothetical"), ("UZB", "KAZ", "COOPERATE", "hypothetical")} <= got


def test_joint_partner_in_english() -> None:
    assert {("RUS", "BLR", "COOPERATE"), ("BLR", "RUS", "COOPERATE")} <= dyads(
        "Russia will send paratroopers to Belarus for joint exercises.", lang="en")


@pytest.mark.parametrize(("text", "lang", "type_", "expected"), [
    # no comitative party: the coordinated subjects are the parties to each other (unchanged)
    ("Moldova and Georgia signed an agreement.", "en", "AGREE", both(("MDA", "GEO"))),
    ("Молдавия и Грузия подписали соглашение.", "ru", "AGREE", both(("MDA", "GEO"))),
    ("Russia, China and Iran held talks in Tehran.", "en", "CONSULT",
     both(("RUS", "CHN"), ("RUS", "IRN"), ("CHN", "IRN"))),
    # a joint act with another party: all take part together, every pair
    ("Россия и Китай провели совместные учения с Ираном.", "ru", "COOPERATE",
     both(("RUS", "CHN"), ("RUS", "IRN"), ("CHN", "IRN"))),
    ("Russia and Belarus signed a joint statement with China.", "en", "AGREE",
     both(("RUS", "BLR"), ("RUS", "CHN"), ("BLR", "CHN"))),
    # "together with" joins its party to the subjects
    ("Latvia and Lithuania signed an agreement together with Poland.", "en", "AGREE",
     both(("LVA", "LTU"), ("LVA", "POL"), ("LTU", "POL"))),
    ("Латвия и Литва вместе с Польшей подписали соглашение.", "ru", "AGREE",
     both(("LVA", "LTU"), ("LVA", "POL"), ("LTU", "POL"))),
    # a means ("with the help of", «с помощью») or a mediator's absolute phrase is no side of the act
    ("Ереван и Баку обменялись задержанными с помощью МККК.", "ru", "CONCEDE", both(("ARM", "AZE"))),
    ("Armenian and Azerbaijani envoys held talks in Geneva last week, with a Swiss diplomat mediating.", "en",
     "CONSULT", both(("ARM", "AZE"))),  # (the mediator gets no event: syntax.yaml `mediation`)
])
def test_parties_to_each_other_stay_paired(text: str, lang: str, type_: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert pairs(text, type_, "2026-05-06", lang) == expected


def test_a_joint_act_held_by_parties_not_named() -> None:
    assert sentence_class("The negotiations were held behind closed doors in Muscat.") == 1
    assert sentence_class("The decree sparked outrage among farmers.") == 3


@pytest.mark.coder("learned")
def test_neither_nor_parties_are_not_paired_with_each_other() -> None:
    # parties joined by "nor" / «ни ..., ни» act each by itself: no joint meeting between them
    got = dyads_status("Neither Poland nor Lithuania sent a delegation to the summit in Minsk.")
    assert ("POL", "LTU", "CONSULT", "occurred") not in got and ("LTU", "POL", "CONSULT", "occurred") not in got
    assert not any({a, b} == {"POL", "LTU"} for a, b, *_ in got)
    got = dyads_status("Ни Эстония, ни Латвия не направили делегации на саммит в Минске.", lang="ru")
    assert not any({a, b} == {"EST", "LVA"} for a, b, *_ in got)
    # (a plain conjunction keeps its joint reading)
    assert ("EST", "LVA", "CONSULT", "occurred") in dyads_status(
        "Эстония и Латвия направили делегации на саммит в Минске.", lang="ru")


@pytest.mark.coder("learned")
def test_met_object_is_the_partner_of_coordinated_subjects() -> None:
    # "X and Y met Z's minister": each subject meets Z (the object of "meet" is the other side, not a topic),
    # and the two subjects sit on one side of the table, not across it from each other
    got = dyads("Rome and Cairo met the Libyan foreign minister on Tuesday.")
    assert got == {("ITA", "LBY", "CONSULT"), ("LBY", "ITA", "CONSULT"), ("EGY", "LBY", "CONSULT"), ("LBY", "EGY", "CONSULT")}
    # (a topic of talks stays no party: "discussed")
    assert ("RUS", "UKR", "CONSULT") not in dyads("Putin and Lukashenko discussed Ukraine in Sochi on Tuesday.")
