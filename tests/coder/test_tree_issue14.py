"""The tree coder's mechanisms added for issue 14 (event F1), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_a_deal_struck_in_a_contact_clause_is_an_accord_not_a_strike():
    got = dyads("The deal Hungary and Serbia struck in 2023 covers gas transit.")
    assert {("HUN", "SRB", "AGREE"), ("SRB", "HUN", "AGREE")} <= got
    assert not any(t == "PROTEST" for _, _, t in got)


def test_a_labour_strike_is_still_a_protest():
    assert any(t == "PROTEST" for _, _, t in dyads("Miners in Poland went on strike on Monday."))


def test_talks_ending_in_a_memorandum_are_an_accord_of_their_parties():
    got = dyads("Talks between Armenia and Iran ended with a memorandum on trade.")
    assert {("ARM", "IRN", "AGREE"), ("IRN", "ARM", "AGREE"), ("ARM", "IRN", "CONSULT")} <= got
    got = dyads("The negotiations between Kyiv and Warsaw resulted in an agreement on grain transit.")
    assert {("UKR", "POL", "AGREE"), ("POL", "UKR", "AGREE")} <= got


def test_talks_ending_without_an_accord_are_talks_only():
    got = dyads("Talks between Armenia and Iran ended with no memorandum.")
    assert ("ARM", "IRN", "CONSULT") in got and not any(t == "AGREE" for _, _, t in got)


def test_a_shared_name_reads_as_the_country_the_sentence_names_otherwise():
    assert ("UGA", "COD", "ASSAULT") in dyads("Ugandan troops crossed into Congo and took Goma.")
    # a capital's name too: Tripoli is Lebanon's port where the sentence names Lebanon, else Libya's capital
    assert ("SYR", "LBN", "SANCTION") in dyads("Syrian officers ended their mediation in Tripoli as shells hit the "
                                              "north Lebanese port.")
    assert ("LBY", "EGY", "ACCUSE") in dyads("Tripoli accused Cairo of meddling.")
    assert ("COG", "CHN", "AGREE") in dyads("Congo signed a deal with China.")
    assert ("COG", "CHN", "AGREE") in dyads("The Republic of Congo signed a deal with China.")


def test_a_named_partys_decision_criticised_is_a_fact_coded_beside_the_criticism():
    got = dyads("Estonia condemned Russia's decision to expel two Estonian diplomats.")
    assert {("EST", "RUS", "ACCUSE"), ("RUS", "EST", "SANCTION")} <= got


def test_an_act_alleged_of_an_accused_party_stays_uncoded():
    got = dyads("Estonia accused Russia of a plan to expel two Estonian diplomats.")
    assert got == {("EST", "RUS", "ACCUSE")}


def test_russian_imperfective_gathering_for_a_rally_is_a_protest():
    got = dyads("В Гродно сторонники оппозиции начали собираться на митинг.", lang="ru")
    assert any(t == "PROTEST" and a == "BLR" for a, _, t in got)


def test_a_promise_to_withdraw_troops_is_no_offer_of_troops():
    got = dyads("Putin promised to withdraw troops from Georgia.")
    assert ("RUS", "GEO", "RETREAT") in got and ("RUS", "GEO", "AID") not in got
    assert ("RUS", "MLI", "AID") in dyads("Russia offered troops to the mission in Mali.")


def test_the_world_bank_by_its_initials():
    got = dyads("The loan agreement was signed by the finance minister of Armenia and the head of the WB office in Yerevan.")
    assert {("ARM", "WB", "AGREE"), ("WB", "ARM", "AGREE")} <= got


def test_a_topic_the_parse_puts_beside_the_talks_partner_names_no_party():
    got = dyads("Vladimir Putin will travel to Ankara next month for talks with his counterpart Recep Tayyip Erdogan "
                "on Syria and the United States' recognition of Jerusalem, the Turkish presidency said.")
    assert ("TUR", "RUS", "CONSULT") in got and not any("USA" in (a, b) for a, b, _ in got)


def test_an_organisations_members_adopting_a_text_agree_among_themselves():
    got = dyads("The EAEU heads of state will adopt a declaration on labour migration.")
    assert ("EAEU", None, "AGREE") in got
    assert ("CSTO", None, "AGREE") in dyads("The CSTO leaders signed a treaty on joint air defence.")


def test_pressure_said_not_to_happen_is_the_act_denied_not_an_allegation():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Tokayev insisted that Russia is not pressuring Kazakhstan to join the war.", "2024-05-10", "en")}
    assert ("RUS", "KAZ", "REQUEST", "denied") in got and not any(t == "ACCUSE" for _, _, t, _ in got)
    assert ("KAZ", "RUS", "ACCUSE") in dyads("Tokayev said that Russia keeps applying pressure on Kazakhstan.")


def test_an_act_done_at_anothers_request_is_that_partys_request_of_the_doer():
    assert ("BLR", "RUS", "REQUEST") in dyads("Moscow set up a police reserve at the request of Lukashenko.")
    assert ("ARM", "RUS", "REQUEST") in dyads("Russian troops were sent to Armenia at the request of Yerevan.")
    assert ("KAZ", "CSTO", "REQUEST") in dyads("The CSTO troops, deployed at Kazakhstan's request, will leave on Friday.")
    assert ("BLR", "RUS", "REQUEST") in dyads("Россия направила войска по просьбе Минска.", lang="ru")


def test_an_invitation_phrase_is_no_request():
    assert not any(t == "REQUEST" for _, _, t in dyads("Lukashenko arrived in Baku at the invitation of Aliyev."))


def test_a_passive_act_on_someones_orders_is_theirs():
    assert ("BLR", "LTU", "CONCEDE") in dyads("Two Lithuanian truck drivers were released on the orders of Lukashenko.")
    assert ("BLR", "LVA", "CONCEDE") in dyads("Двое граждан Латвии были освобождены по указу Лукашенко.", lang="ru")


def test_an_act_on_a_group_is_on_those_counted_among_it():
    assert ("BLR", "POL", "CONCEDE") in dyads("Three Poles were among the 40 prisoners freed on Lukashenko's orders.")
    got = dyads("Двое граждан Литвы оказались в числе 30 заключенных, освобожденных по решению Лукашенко.", lang="ru")
    assert ("BLR", "LTU", "CONCEDE") in got and ("BLR", "BLR", "CONCEDE") not in got


def test_an_objection_made_known_to_another_is_a_rejection():
    got = dyads("Moscow informed Kyiv and the UN of its objection to the extension of the deal.")
    assert {("RUS", "UKR", "REJECT"), ("RUS", "UN", "REJECT")} <= got
    assert ("BLR", "RUS", "REJECT") not in dyads("Russia informed Belarus of the decision to supply gas.")


def test_credit_given_to_another_is_praise():
    assert ("BLR", "RUS", "SUPPORT") in dyads("Lukashenko gave Putin credit for the success of the talks.")
    assert ("AZE", "RUS", "SUPPORT") in dyads("Aliyev credited Russia with ending the war.")


def test_a_peacekeeping_missions_personnel_are_forces():
    assert ("RUS", "ARM", "RETREAT") in dyads("The Russian peacekeeping mission's personnel have left Armenia.")


def test_munitions_supplied_are_aid():
    assert ("USA", "UKR", "AID") in dyads("The US will provide Ukraine with cluster munitions.")
    assert ("GBR", "UKR", "AID") in dyads("Britain will supply Ukraine with armour-piercing rounds.")


def test_a_concern_noted_at_anothers_act_is_criticism():
    assert ("RUS", "LTU", "ACCUSE") in dyads("Moscow noted with concern that Lithuania had closed its border with Belarus.")


def test_a_second_act_the_parse_put_in_the_content_clause_is_the_speakers():
    got = dyads("The Foreign Ministry of Poland demands that the Belarusian side stop the flights and warns that "
                "Minsk will bear full responsibility for the provocation.")
    assert {("POL", "BLR", "REQUEST"), ("POL", "BLR", "THREATEN")} <= got


def test_a_named_partys_pledge_to_act_is_its_promise():
    assert ("RUS", "ARM", "AGREE") in dyads("Putin's pledge on Monday to send Russian border guards to Armenia reassured Yerevan.")


def test_regret_at_anothers_act_is_criticism_and_the_act_is_coded():
    got = dyads("The EU regrets that Minsk expelled the Polish ambassador.")
    assert {("EU", "BLR", "ACCUSE"), ("BLR", "POL", "SANCTION")} <= got
    assert not any(t == "ACCUSE" for _, _, t in dyads("Lukashenko regrets that he did not meet Putin."))


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


def test_support_refused_to_an_aggression_is_its_condemnation():
    assert ("KAZ", "RUS", "ACCUSE") in dyads("Kazakhstan will not support the Russian invasion of Ukraine.")
    assert ("ARM", "AZE", "ACCUSE") in dyads("Armenia cannot support the aggression unleashed by Azerbaijan.")
    assert ("BLR", "RUS", "REJECT") in dyads("Belarus will not support Russia.")


def test_a_timetable_told_is_no_stated_intention():
    got = dyads("The CSTO forces will begin their withdrawal from Kazakhstan on Monday.")
    assert ("CSTO", "KAZ", "RETREAT") in got and not any(t == "AGREE" for _, _, t in got)
    assert ("RUS", "KAZ", "AGREE") in dyads("Russia will withdraw its troops from Kazakhstan.")


def test_a_members_act_aimed_at_its_union_of_two_is_aimed_at_the_other_member():
    assert ("BLR", "RUS", "ACCUSE") in dyads("Lukashenko criticised the Union State bodies.")
    assert ("POL", "UNIONSTATE", "ACCUSE") in dyads("Poland criticised the Union State exercises.")


def test_a_country_name_takes_no_other_country_in_apposition():
    got = dyads("The EU approved new sanctions against Belarus for its role in Russia's invasion of Ukraine, "
                "the French Presidency of the EU said on Wednesday.")
    assert ("RUS", "UKR", "ASSAULT") in got and not any("FRA" in (a, b) for a, b, _ in got)
    got = dyads("Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan signed the treaty on the Eurasian Economic Union.")
    assert {("RUS", "KGZ", "AGREE"), ("BLR", "ARM", "AGREE")} <= got


def test_a_thing_financed_with_anothers_loan_is_its_aid():
    assert ("RUS", "BLR", "AID") in dyads("The Belarusian nuclear plant was financed with a $10 billion loan from Russia.")
    assert ("WB", "ARM", "AID") in dyads("The Armenian project was funded through a loan from the World Bank.")


def test_a_bare_title_telling_of_its_own_government_alleges_nothing():
    got = dyads("Правительство Литвы готовится закрыть два пункта пропуска на границе с Беларусью, "
                "заявила в понедельник премьер-министр.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got and not any(t == "ACCUSE" for _, _, t in got)


def test_russian_prisoners_handed_over_are_a_concession():
    assert ("BLR", "LTU", "CONCEDE") in dyads("Белоруссия осуществила передачу заключенных Литве.", lang="ru")
