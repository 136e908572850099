"""Russian recall (branch tree-ru): acts in participle and relative clauses on a criticised party,
the objects of a multi-word trigger's own verbs, and spellings; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


@pytest.mark.parametrize("text", [
    "Литва осудила Латвию, выславшую российского дипломата.",
    "Литва осудила Латвию, которая выслала российского дипломата.",
])
def test_an_act_of_the_party_criticised_in_its_own_clause_is_coded(text: str) -> None:
    # convention 4: a clause on a named party that names the act's target is no content of the blame
    assert {("LTU", "LVA", "ACCUSE"), ("LVA", "RUS", "SANCTION")} <= dyads(text)


def test_the_content_of_an_accusation_is_still_not_coded() -> None:
    got = dyads("Литва обвинила Латвию в том, что Латвия выслала российского дипломата.")
    assert ("LTU", "LVA", "ACCUSE") in got
    assert not {d for d in got if d[2] == "SANCTION"}


def test_the_target_may_be_the_object_of_the_trigger_s_second_verb() -> None:
    got = dyads("Эстония предложила покинуть страну российским дипломатам.")
    assert ("EST", "RUS", "SANCTION") in got


def test_persona_non_grata_with_a_hyphen() -> None:
    assert ("LVA", "RUS", "SANCTION") in dyads("Латвия объявила российского дипломата персоной нон-грата.")


def test_talks_held_and_talks_planned_are_both_coded() -> None:
    got = {(e.source, e.target, e.type, e.status)
           for e in code_text("Президенты Молдавии и Румынии в ходе телефонного разговора договорились "
                              "в ближайшее время провести переговоры.", "2021-03-04", "ru")}
    assert {("MDA", "ROU", "CONSULT", "occurred"), ("MDA", "ROU", "CONSULT", "planned"),
            ("ROU", "MDA", "CONSULT", "planned")} <= got


def test_a_hostile_act_against_the_speaker_s_country_by_his_words_is_his_accusation() -> None:
    # convention 3: «по словам X» names who alleges, as a verb of saying would
    assert dyads("По словам Лукашенко, литовские военные пытались нанести удар по Белоруссии.") \
        == {("BLR", "LTU", "ACCUSE")}
    # an act against another country is reported, not alleged by the speaker
    assert ("LTU", "POL", "ASSAULT") in dyads("По словам Лукашенко, литовские военные пытались нанести удар по Польше.")


@pytest.mark.parametrize(("text", "status"), [
    ("Президент Молдавии не полетел в Пекин на форум.", "denied"),
    ("Президент Молдавии поедет в Румынию в мае.", "planned"),
    ("Лукашенко улетел в Москву на переговоры.", "occurred"),
])
def test_flying_or_going_to_a_country_is_a_visit(text: str, status: str) -> None:
    got = {(e.source, e.target, e.type, e.cameo, e.status) for e in code_text(text, "2021-03-04", "ru")}
    assert any(e[2:] == ("CONSULT", "042", status) for e in got), got


def test_offering_that_another_party_act_is_a_request() -> None:
    got = {(e.source, e.target, e.type, e.cameo) for e in code_text(
        "Молдавия предложила Румынии снизить стоимость газа.", "2021-03-04", "ru")}
    assert ("MDA", "ROU", "REQUEST", "020") in got
    assert not {e for e in got if e[2] == "AGREE"}
    # an offer of a thing or to meet stays an offer
    assert ("MDA", "ROU", "AID") in dyads("Молдавия предложила Румынии новый кредит.")
    assert ("RUS", "MDA", "AGREE") in dyads("Путин предложил Санду встретиться в Москве.")


def test_notifying_a_party_of_one_s_act_aims_it_at_that_party() -> None:
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва уведомила Белоруссию о закрытии пунктов пропуска на общей границе.")


def test_a_mutual_recall_of_envoys_is_each_side_s_sanction() -> None:
    assert {("LTU", "LVA", "SANCTION"), ("LVA", "LTU", "SANCTION")} \
        <= dyads("Литва и Латвия обменялись взаимным отзывом послов.")
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва объявила об отзыве посла из Минска.")


def test_lifting_with_a_word_between_is_still_a_concession() -> None:
    assert ("RUS", "BLR", "CONCEDE") in dyads("Россия объявила о снятии всех ограничений на ввоз белорусского молока.")


def test_tear_gas_on_protesters_is_violent_repression_inside_one_country() -> None:
    # CAMEO 175 (as English "use tear gas"); the rally's participants are a party inside the country; on a state's
    # own people the repression is coercion (`repression_means.domestic_type`, as the gold sets code it)
    got = {(e.source, e.target, e.type, e.cameo) for e in code_text(
        "В Кишинёве силовики применили слезоточивый газ против участников марша пенсионеров.", "2021-03-04", "ru")}
    assert ("MDA", "MDA", "COERCE", "175") in got
    assert not {e for e in got if e[2] == "PROTEST"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Президент Казахстана прибыл с официальным визитом в Минск.", ("KAZ", "BLR")),
    ("Лукашенко отправился с рабочей поездкой в Китай.", ("BLR", "CHN")),
])
def test_a_visit_s_destination_may_hang_on_the_visit_phrase(text: str, pair: tuple) -> None:
    assert (*pair, "CONSULT") in dyads(text)


def test_a_subject_the_parse_hangs_on_a_phrase_before_the_verb_is_still_the_subject() -> None:
    assert {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")} \
        <= dyads("В ходе встречи Лукашенко и Путин обсудили интеграцию.")


def test_exchanging_prisoners_is_each_side_s_release() -> None:
    assert {("ARM", "AZE", "CONCEDE"), ("AZE", "ARM", "CONCEDE")} <= dyads("Армения и Азербайджан обменялись пленными.")


def test_the_parties_of_talks_may_stand_on_the_verb_of_their_taking_place() -> None:
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} \
        <= dyads("Между Путиным и Лукашенко состоялся телефонный разговор.")


def test_a_bare_instrumental_agent_of_a_reflexive_passive() -> None:
    assert ("EU", "BLR", "SANCTION") in dyads("Санкции против Белоруссии вводятся Евросоюзом с 2020 года.")


def test_extending_an_agreement_is_an_accord_and_extending_sanctions_a_sanction() -> None:
    assert ("RUS", "BLR", "AGREE") in dyads("Россия и Белоруссия продлили соглашение о поставках нефти.")
    assert dyads("ЕС продлил санкции против Белоруссии.") == {("EU", "BLR", "SANCTION")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Литва, которую Белоруссия обвинила в провокациях, ответила.", ("BLR", "LTU", "ACCUSE")),
    ("Польша, которой Лукашенко пригрозил ответными мерами, ответила.", ("BLR", "POL", "THREATEN")),
    ("Китай, с которым Белоруссия подписала соглашение, поддержал Минск.", ("BLR", "CHN", "AGREE")),
])
def test_a_relative_pronoun_as_object_or_partner_is_the_noun_it_refers_to(text: str, expected: tuple) -> None:
    assert expected in dyads(text)


def test_a_thing_given_named_by_its_origin_in_an_agentless_passive() -> None:
    assert dyads("Белоруссии был предоставлен российский кредит.") == {("RUS", "BLR", "AID")}


def test_an_envoy_summoned_in_the_passive_is_accused_by_the_summoning_state() -> None:
    assert dyads("Посол Литвы был вызван в МИД Белоруссии.") == {("BLR", "LTU", "ACCUSE")}


def test_a_with_word_further_back_as_the_passive_subject() -> None:
    # «закрыты»: the short passive participle, not the adjective «закрытый»; the crossings stand
    # seven words before the verb, as its passive subject
    assert dyads("Пункты пропуска на границе с Белоруссией были закрыты Польшей.") == {("POL", "BLR", "SANCTION")}
    assert not dyads("Граница остаётся закрытой.")


def test_the_short_form_is_read_as_the_verb_s_participle() -> None:
    from dyadwatch.coder.lang.ru import lemma

    assert lemma("закрыты") == "закрыть"
    assert lemma("закрытый") == "закрытый"


def test_a_stated_readiness_for_a_hostile_act_is_a_threat() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Литва заявила о готовности ввести санкции против Белоруссии.", "2021-03-04", "ru")}
    assert got == {("LTU", "BLR", "THREATEN", "occurred")}
    # preparing the act is the act planned; readiness to help is aid planned
    assert dyads("Литва готовится закрыть границу с Белоруссией.") == {("LTU", "BLR", "SANCTION")}
    assert dyads("Россия готова выделить Белоруссии кредит.") == {("RUS", "BLR", "AID")}


def test_greetings_are_support() -> None:
    assert dyads("Токаев направил Лукашенко поздравительную телеграмму.") == {("KAZ", "BLR", "SUPPORT")}
    assert dyads("Президент Казахстана пожелал Лукашенко успехов в работе.") == {("KAZ", "BLR", "SUPPORT")}


def test_talks_agreed_on_are_planned() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Лукашенко и Токаев договорились о проведении переговоров.", "2021-03-04", "ru")}
    assert {("BLR", "KAZ", "AGREE", "occurred"), ("BLR", "KAZ", "CONSULT", "planned")} <= got
    assert ("BLR", "KAZ", "CONSULT", "occurred") not in got


def test_a_nominal_act_on_someone_in_a_place_is_the_place_s_state_s() -> None:
    # convention 8, for a nominal event as for a verb
    assert ("BLR", "RUS", "COERCE") in dyads("Задержание российских граждан в Белоруссии вызвало протест Москвы.")


# branch tree-ru2: general mechanisms for Russian recall


@pytest.mark.parametrize("text, expected", [
    ("Российский дипломат был выслан из Литвы.", ("LTU", "RUS", "SANCTION")),
    ("Граждане Литвы были депортированы из Белоруссии.", ("BLR", "LTU", "COERCE")),
])
def test_an_agentless_expulsion_is_the_act_of_the_country_left(text: str, expected: tuple) -> None:
    # convention 8 through «из»: the country the expelled leave expels them
    assert expected in dyads(text)


def test_a_passive_s_agent_may_be_named_by_its_decision() -> None:
    assert ("BLR", "LTU", "CONCEDE") in dyads("Двое граждан Литвы были освобождены по решению президента Белоруссии.")
    assert ("BLR", "LTU", "SANCTION") in dyads("Санкции против Литвы были введены по решению Белоруссии.")
    # no party acted on: nothing (no X -> X)
    assert dyads("Пятеро заключенных были освобождены по решению президента Белоруссии.") == set()


def test_what_someone_thinks_happened_is_an_opinion() -> None:
    # convention 10
    assert dyads("В Литве считают, что Белоруссия закрыла границу с Польшей.") == set()
    assert dyads("В Литве полагают, что Россия выслала дипломатов Польши.") == set()
    # what experts hold is to come is their forecast
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Эксперты в Литве считают, что Белоруссия введет санкции против Польши.", "2021-03-04", "ru")}
    assert got == {("BLR", "POL", "SANCTION", "forecast")}
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва выслала дипломатов Белоруссии, которых считает шпионами.")


def test_a_person_pronoun_does_not_refer_to_an_institution() -> None:
    got = dyads("Глава МИД Литвы прибыл в Минск. МИД Белоруссии вручил ему ноту протеста.")
    assert ("BLR", "LTU", "ACCUSE") in got


@pytest.mark.parametrize("text", [
    "Литва выразила протест в связи с нарушением границы Белоруссией.",
    "Литва выразила решительный протест в связи с провокацией Белоруссии.",
])
def test_the_ground_of_a_protest_names_its_target(text: str) -> None:
    assert ("LTU", "BLR", "ACCUSE") in dyads(text)


def test_the_heads_of_state_are_the_pair() -> None:
    got = dyads("Путин и Лукашенко провели переговоры. Главы государств подписали соглашение.")
    assert {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")} <= got
    got = dyads("Главы государств договорились о создании совместной комиссии Литвы и Польши.")
    assert {("LTU", "POL", "AGREE"), ("POL", "LTU", "AGREE")} <= got
    # the genitive names the states: no pair
    assert dyads("Лидеры стран ЕС ввели санкции против Белоруссии.") == {("EU", "BLR", "SANCTION")}


def test_the_dative_of_a_predicate_does_its_clausal_subject() -> None:
    got = dyads("Литве приходится вести переговоры с Польшей.")
    assert {("LTU", "POL", "CONSULT"), ("POL", "LTU", "CONSULT")} <= got
    assert ("LTU", "POL", "AGREE") in dyads("Литве удалось договориться с Польшей о поставках газа.")


@pytest.mark.parametrize("text", [
    "Польше нужно ввести санкции против Белоруссии.",
    "Литве необходимо провести переговоры с Польшей.",
])
def test_what_a_party_must_do_is_an_opinion(text: str) -> None:
    assert dyads(text) == set()


def test_the_leaders_of_both_countries_are_the_two_the_sentence_names() -> None:
    got = dyads("Министр России по итогам переговоров лидеров двух стран сообщил, что кредит Белоруссии согласован.")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got


def test_putting_signatures_under_a_treaty_is_signing_it() -> None:
    got = dyads("Литва и Польша поставили подписи под соглашением о транзите.")
    assert got == {("LTU", "POL", "AGREE"), ("POL", "LTU", "AGREE")}


@pytest.mark.parametrize("text", [
    "Президент Литвы в понедельник прибыл в Польшу, где планирует встретиться с лидером Польши Дудой.",
    "Президент Литвы 28 февраля прибыл в Польшу, планирует встретиться с лидером Польши Дудой.",
])
def test_a_visitor_plans_a_meeting_in_a_clause_on_the_place_or_a_loose_one(text: str) -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(text, "2021-03-04", "ru")}
    assert {("LTU", "POL", "CONSULT", "occurred"), ("LTU", "POL", "CONSULT", "planned"),
            ("POL", "LTU", "CONSULT", "planned")} <= got


def test_a_protest_that_took_place_somewhere_is_the_place_s_people_s() -> None:
    got = {(e.source, e.type) for e in code_text("В Минске прошла акция протеста.", "2021-03-04", "ru")}
    assert got == {("BLR", "PROTEST")}


@pytest.mark.parametrize("text", ["В столице Белоруссии прошел митинг.", "На улицах Минска прошли акции протеста."])
def test_a_country_named_as_the_owner_of_a_place_is_a_place(text: str) -> None:
    assert {(e.source, e.type) for e in code_text(text, "2021-03-04", "ru")} == {("BLR", "PROTEST")}
