"""The tree coder (coder/tree/) on sentences written for these tests: the ten conventions of
shared/eval/README.md, status from the tree, and the English and Russian parses."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState
from dyadwatch.coder.run import code_text
from dyadwatch.coder.tree import TreeCoder

pytestmark = pytest.mark.coder("tree")


def coded(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status, e.date) for e in code_text(text, pub, lang)}


def dyads(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_the_tree_coder_is_chosen():
    assert isinstance(run._coders("en", ()), TreeCoder)


def test_1_only_what_the_text_states():
    assert dyads("Relations between Belarus and Russia have been close for decades.") == set()


def test_2_symmetric_acts_both_ways_and_a_visit_one_way():
    assert dyads("Putin and Lukashenko met in Sochi on Monday.") >= {("RUS", "BLR", "CONSULT"),
                                                                    ("BLR", "RUS", "CONSULT")}
    visit = dyads("Lukashenko visited China last week.")
    assert ("BLR", "CHN", "CONSULT") in visit and ("CHN", "BLR", "CONSULT") not in visit


def test_3_an_allegation_is_accuse_and_its_content_is_not_coded():
    got = dyads("Lithuania accused Belarus of attacking its border guards.")
    assert ("LTU", "BLR", "ACCUSE") in got
    assert all(t != "ASSAULT" for _, _, t in got)


def test_3_a_request_is_request_and_the_thing_requested_is_not_coded():
    got = dyads("Poland urged Russia to withdraw its troops from Belarus.")
    assert ("POL", "RUS", "REQUEST") in got
    assert all(t != "RETREAT" for _, _, t in got)


def test_4_a_background_noun_with_both_parties_named():
    assert ("EU", "BLR", "SANCTION") in dyads("The EU's sanctions against Belarus hurt its potash exports.")


def test_5_an_offer_of_aid_is_planned_aid():
    got = coded("Moscow offered Minsk a new loan.", "2021-03-04")
    assert any(s == "RUS" and t == "BLR" and ty == "AID" and st == "planned" for s, t, ty, st, _ in got)


def test_6_expelling_diplomats_is_a_sanction():
    assert ("LTU", "BLR", "SANCTION") in dyads("Lithuania expelled two Belarusian diplomats on Friday.")


def test_7_a_withdrawal_is_not_aimed_at_the_country_itself():
    got = dyads("Russia withdrew its troops from the territory of Belarus.")
    assert ("RUS", "RUS", "RETREAT") not in got
    assert ("RUS", "BLR", "RETREAT") in got


def test_8_an_agentless_detention_is_the_place_acting():
    got = dyads("A Latvian journalist was detained in Minsk on Tuesday.")
    assert ("BLR", "LVA", "COERCE") in got


def test_9_an_undated_news_event_takes_the_publication_date_and_weekdays_resolve_back():
    got = coded("Poland closed a border crossing with Belarus.", "2021-03-04")
    assert ("POL", "BLR", "SANCTION", "occurred", "2021-03-04") in got
    # 2021-03-04 is a Thursday: "on Thursday" in its report is that day
    got = coded("Poland closed a border crossing with Belarus on Thursday.", "2021-03-04")
    assert ("POL", "BLR", "SANCTION", "occurred", "2021-03-04") in got


def test_10_vague_actors_give_no_event():
    assert dyads("Western powers imposed new sanctions.") == set()


def test_status_from_the_tree():
    assert {st for *_, st, _ in coded("Belarus did not sign the agreement with Russia.")} == {"denied"}
    # a refusal stated for the future is a REJECT (tests/coder/test_tree_english.py)
    assert {(ty, st) for _, _, ty, st, _ in coded("Belarus will not sign the agreement with Russia.")} \
        == {("REJECT", "occurred")}
    assert {st for *_, st, _ in coded("Putin will meet Lukashenko in Minsk next week.")} == {"planned"}
    assert {st for *_, st, _ in coded("If talks fail, Russia could cut gas supplies to Belarus.")} \
        == {"hypothetical"}


def test_an_agreement_to_sanction_is_the_sanction():
    got = dyads("EU ministers agreed to expand sanctions against Belarus.")
    assert ("EU", "BLR", "SANCTION") in got
    assert all(t != "AGREE" for _, _, t in got)


def test_a_date_of_another_clause_is_not_taken():
    got = coded("Lithuania warned Belarus on Monday about the drills, which end on 25 September.", "2021-09-14")
    assert all(d != "2021-09-25" for *_, d in got)


def test_russian_from_the_same_engine():
    got = dyads("Путин встретился с Лукашенко в Минске.", "2021-03-04", "ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got
    got = coded("Литва закрыла границу с Белоруссией.", "2021-03-04", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2021-03-04") in got


def test_only_sentences_with_an_actor_and_a_trigger_are_parsed():
    coder = run._coders("en", ())
    before = coder.parsed
    coder.prepare(["The weather was fine.", "Russia imposed sanctions on Georgia."])
    assert coder.parsed == before + 1


def test_deterministic():
    text = "Russia and Belarus held joint military exercises near the Polish border in September."
    assert code_text(text, "2021-10-01") == code_text(text, "2021-10-01")
    assert DocState().coded == set()


def test_6_boycotting_a_summit_is_a_sanction_in_both_languages():
    assert ("LTU", "BLR", "SANCTION") in dyads("Lithuania boycotted the summit in Minsk.")
    assert ("LTU", "BLR", "SANCTION") in dyads("Lithuania's boycott of the summit in Minsk surprised nobody.")
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва бойкотировала саммит в Минске.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва объявила бойкот саммита в Минске.", lang="ru")


def test_a_negated_verb_of_a_nominal_event_denies_it_only_where_it_says_it_happened():
    assert {st for *_, st, _ in coded("The talks between Russia and Belarus did not take place.")} == {"denied"}
    got = coded("The Lithuanian sanctions against Belarus did not surprise anyone.")
    assert {st for *_, st, _ in got} == {"occurred"}


def test_a_news_dateline_is_not_part_of_the_sentence():
    got = code_text("MINSK, May 3 (Agency) - Lithuania expelled two Belarusian diplomats.", "2021-05-03")
    assert [(e.source, e.target, e.type) for e in got] == [("LTU", "BLR", "SANCTION")]
    assert "expelled" in "MINSK, May 3 (Agency) - Lithuania expelled two"[got[0].start:got[0].end + 10]
    got = dyads("МИНСК, 3 мая. /Агентство/. Путин встретился с Лукашенко в Москве.", "2021-05-03", "ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got


def test_forces_deployed_near_a_border_are_mobilised_against_the_neighbour():
    text = "Kazakhstan was forced to deploy more border guards near the border with Kyrgyzstan."
    assert ("KAZ", "KGZ", "MOBILIZE") in dyads(text)


def test_the_rule_coder_s_events_follow_convention_7():
    # "pledged" with no other party is no act of the leader on its own country (X -> X): a promise to no one named,
    # X -> none (`untargeted_promises`)
    assert dyads("The Belarusian president pledged to fight corruption.") == {("BLR", None, "AGREE")}
    assert dyads("Belarus demanded an explanation.") == set()
    assert ("BLR", "BLR", "COERCE") in dyads("Police detained dozens of protesters in Minsk.")


def test_6_leaving_a_partnership_is_a_sanction():
    assert ("BLR", "EU", "SANCTION") in dyads("Belarus announced it is withdrawing from the EU's Eastern Partnership programme.")


def test_5_an_offer_of_assistance_is_planned_aid_and_no_accord():
    got = coded("Russia offered assistance to Belarus.")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("RUS", "BLR", "AID", "planned")}


def test_a_phone_conversation_and_taking_part_in_a_forum_are_consultations():
    assert {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")} <= dyads("Lukashenko spoke to Putin by telephone on Friday.")
    got = coded("The leaders of Ukraine and Belarus will take part in the forum in Zhytomyr.")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("UKR", "BLR", "CONSULT", "planned"),
                                                            ("BLR", "UKR", "CONSULT", "planned")}


def test_ready_to_act_takes_the_subject_of_ready_and_is_planned():
    got = coded("Latvia is ready to expel Russian diplomats.")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("LVA", "RUS", "SANCTION", "planned")}


def test_a_nominal_event_in_the_of_phrase_of_an_object_takes_the_verb_s_subject():
    assert dyads("The EU adopted a fifth package of sanctions against Belarus.") == {("EU", "BLR", "SANCTION")}
    got = dyads("Евросоюз утвердил новый пакет санкций против Белоруссии.", lang="ru")
    assert ("EU", "BLR", "SANCTION") in got


def test_russian_threats_crossings_and_a_possibility():
    got = coded("Евросоюз не раз грозился применить санкции в отношении Белоруссии.", lang="ru")
    assert {(s, t, ty) for s, t, ty, _, _ in got} == {("EU", "BLR", "THREATEN")}  # the sanctions are its content
    assert ("LTU", "BLR", "SANCTION") in dyads("Власти Литвы закрыли все пограничные переходы с Беларусью.", lang="ru")
    got = coded("Литва рассматривает возможность закрытия границы с Белоруссией.", lang="ru")
    assert ("LTU", "BLR", "SANCTION", "hypothetical", None) in got


def test_an_event_in_an_adjunct_phrase_keeps_its_own_status():
    got = coded("After two days of talks, Armenia and Azerbaijan failed to reach an agreement on the border.")
    assert {st for s, t, ty, st, _ in got if ty == "CONSULT"} == {"occurred"}
    got = coded("В ходе телефонного разговора Путин и Лукашенко договорились провести переговоры.", lang="ru")
    assert ("RUS", "BLR", "CONSULT", "occurred", "2021-03-04") in got


def test_who_takes_part_in_another_s_act_acts_too_with_the_status_of_its_own_verb():
    got = coded("Armenian units are not taking part in Russia's military operation against Georgia.")
    assert ("RUS", "GEO", "ASSAULT", "occurred", "2021-03-04") in got
    assert ("ARM", "GEO", "ASSAULT", "denied", "2021-03-04") in got
    assert {("EU", "RUS", "SANCTION"), ("MDA", "RUS", "SANCTION")} <= dyads("Moldova joined the EU sanctions against Russia.")


def test_3_a_hostile_act_against_the_speaker_s_country_in_their_words_is_an_accusation():
    got = coded("Lukashenko said that Ukraine had massed troops near Belarus.")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("BLR", "UKR", "ACCUSE", "occurred")}
    got = dyads("Лукашенко заявил, что Украина атаковала Белоруссию.", lang="ru")
    assert got == {("BLR", "UKR", "ACCUSE")}
    # not against the speaker: the act itself
    assert ("UKR", "BLR", "ASSAULT") in dyads("Poland said that Ukraine attacked Belarus.")


def test_a_nominal_event_as_the_subject_of_a_passive_light_verb_takes_its_agent():
    assert dyads("In 2019, the sanctions against Moldova were imposed by the EU.") == {("EU", "MDA", "SANCTION")}
    got = dyads("Санкции против Молдавии были введены Евросоюзом в 2019 году.", lang="ru")
    assert got == {("EU", "MDA", "SANCTION")}


def test_a_joint_act_with_its_parties_named_takes_no_third_party_from_a_place():
    got = dyads("Russian and Chinese warships held joint patrols near the coast of Japan.")
    assert got == {("RUS", "CHN", "COOPERATE"), ("CHN", "RUS", "COOPERATE")}
