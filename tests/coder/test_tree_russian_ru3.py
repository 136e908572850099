"""Russian recall (branch tree-ru3): forces leaving a country, phone calls, conditional acts;
sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def coded(text: str, pub: str | None = "2021-03-04") -> list:
    return code_text(text, pub, "ru")


def dyads(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in coded(text, pub)}


@pytest.mark.parametrize("text", [
    "Российские войска покинули территорию Армении.",
    "Российские миротворцы уходят из Армении.",
    "Российские подразделения вышли из Грузии.",
])
def test_forces_leaving_a_country_retreat(text: str) -> None:
    assert {d for d in dyads(text) if d[2] == "RETREAT"} <= {("RUS", "ARM", "RETREAT"), ("RUS", "GEO", "RETREAT")}
    assert {d for d in dyads(text) if d[2] == "RETREAT"}


def test_forces_coming_to_a_border_do_not_retreat() -> None:
    assert not {d for d in dyads("Литовские военные вышли на границу с Белоруссией.") if d[2] == "RETREAT"}


def test_a_phone_call_is_consultation_both_ways() -> None:
    assert {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")} <= dyads("Токаев позвонил Мирзиёеву.")


@pytest.mark.parametrize("text", [
    "Казахстан выдаст Узбекистану задержанного, если тот возместит ущерб.",
    "Казахстан готов выдать Узбекистану задержанного, но только в случае, если тот возместит ущерб.",
    "Армения окажет помощь Грузии при условии проведения реформ.",
])
def test_an_act_under_a_condition_is_hypothetical(text: str) -> None:
    evs = [e for e in coded(text) if e.type in ("CONCEDE", "COOPERATE", "AID")]
    assert evs and all(e.status == "hypothetical" for e in evs)


def test_a_threat_stated_with_a_condition_is_itself_no_hypothesis() -> None:
    evs = [e for e in coded("Молдавия пригрозила Румынии, что закроет границу, если Бухарест не отзовёт посла.")
           if e.type == "THREATEN"]
    assert evs and all(e.status == "occurred" for e in evs)


@pytest.mark.parametrize(("text", "pair"), [
    ("Решение Эстонии вызвало резкую критику в Риге.", ("LVA", "EST")),
    ("Действия Грузии вызвали возмущение в Ереване.", ("ARM", "GEO")),
])
def test_a_reaction_drawn_in_a_place_is_that_state_s(text: str, pair: tuple) -> None:
    got = dyads(text)
    assert (*pair, "ACCUSE") in got
    assert (pair[1], pair[0], "ACCUSE") not in got


@pytest.mark.parametrize("text", [
    "Если Эстония не отменит пошлины, Латвия закроет границу, пригрозил премьер Латвии.",
    "Латвия закроет границу, если Эстония не отменит пошлины.",
])
def test_a_hostile_act_conditional_on_another_party_is_a_threat_to_it(text: str) -> None:
    got = {(e.source, e.target, e.type, e.status) for e in coded(text)}
    assert ("LVA", "EST", "THREATEN", "occurred") in got
    assert not {g for g in got if g[2] == "SANCTION" and g[3] != "hypothetical"}


def test_a_forecaster_s_conditional_scenario_is_no_threat() -> None:
    got = dyads("Латвия может закрыть границу, если Эстония не отменит пошлины, считают эксперты.")
    assert not {d for d in got if d[2] == "THREATEN"}


def test_a_condition_naming_no_party_is_no_threat() -> None:
    got = dyads("Если учения затянутся, Латвия закроет границу с Эстонией.")
    assert not {d for d in got if d[2] == "THREATEN"}


@pytest.mark.parametrize("text", [
    "Армянские войска обстреляли азербайджанские позиции, заявили в Минобороны Азербайджана.",
    "Армянские войска обстреляли азербайджанские позиции, утверждает Минобороны Азербайджана.",
    "Как заявили в Баку, армянские войска обстреляли азербайджанские позиции.",
    "По данным Минобороны Азербайджана, армянские войска обстреляли азербайджанские позиции.",
])
def test_a_hostile_act_on_the_speaker_s_country_reported_after_or_around_it_is_an_accusation(text: str) -> None:
    got = dyads(text)
    assert ("AZE", "ARM", "ACCUSE") in got
    assert ("ARM", "AZE", "ASSAULT") not in got


def test_a_news_source_named_after_its_report_alleges_nothing() -> None:
    got = dyads("В Баку задержан сотрудник армянского посольства, сообщили армянские СМИ.")
    assert ("AZE", "ARM", "COERCE") in got
    assert not {d for d in got if d[2] == "ACCUSE"}


def test_a_noun_s_with_word_may_stand_past_a_time_the_parse_hangs_on_it() -> None:
    assert ("EST", "LVA", "SANCTION") in dyads("Эстония уведомила Латвию о закрытии с 1 ноября всех пунктов пропуска.")


@pytest.mark.parametrize("text", [
    "Эстония уведомила Латвию о закрытии с 1 ноября всех пунктов пропуска.",
    "Эстония закроет с 1 ноября пункты пропуска на границе с Латвией.",
])
def test_a_nominal_act_dated_after_the_report_is_planned_from_that_day(text: str) -> None:
    evs = [e for e in coded(text, "2021-10-20") if e.type == "SANCTION"]
    assert evs and all((e.status, e.date) == ("planned", "2021-11-01") for e in evs)


def test_a_sentence_may_open_with_its_verb() -> None:
    # slovnet reads a capitalised first word as a noun; one that can only be a verb is read lower-cased
    from dyadwatch.nlp.lang.ru.syntax import parse

    doc = parse(["Договорились министры Армении и Грузии и о новой встрече."])[0]
    assert doc[0].pos_ == "VERB" and doc[0].text == "Договорились"
    assert {("ARM", "GEO", "AGREE"), ("GEO", "ARM", "AGREE")} <= dyads("Договорились министры Армении и Грузии и о новой встрече.")
    assert parse(["Армения и Грузия условились о встрече."])[0][0].text == "Армения"


@pytest.mark.parametrize(("text", "want"), [
    ("Токаев заявил, что встретится с Мирзиёевым в мае.", {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")}),
    ("Токаев рассказал, как обсуждал с Мирзиёевым вопросы воды.", {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")}),
])
def test_a_subjectless_content_clause_has_the_subject_of_its_verb(text: str, want: set) -> None:
    assert want <= dyads(text)


def test_a_content_clause_of_another_number_keeps_no_subject() -> None:
    # «заявили, что вызвали посла»: an indefinite "they", not the singular speaker
    assert not dyads("Токаев сообщил, что в Ташкенте обсудили вопросы воды с Бишкеком.") & {
        ("KAZ", "KGZ", "CONSULT"), ("KGZ", "KAZ", "CONSULT")}


@pytest.mark.parametrize("text", ["Киргизия ратифицировала устав ОДКБ.", "Президент Киргизии объяснил, почему не подписал устав ОДКБ."])
def test_an_organisation_s_own_document_is_signed_one_way(text: str) -> None:
    got = dyads(text)
    assert ("KGZ", "CSTO", "AGREE") in got
    assert ("CSTO", "KGZ", "AGREE") not in got


def test_a_document_signed_with_an_organisation_is_both_ways() -> None:
    assert {("KGZ", "EAEU", "AGREE"), ("EAEU", "KGZ", "AGREE")} <= dyads("Киргизия подписала соглашение с ЕАЭС.")


@pytest.mark.parametrize(("text", "want"), [
    ("Эстонского посла вызвали в МИД Латвии.", ("LVA", "EST", "ACCUSE")),
    ("Двух эстонских дипломатов выслали из Латвии.", ("LVA", "EST", "SANCTION")),
])
def test_an_indefinite_they_is_an_agentless_passive(text: str, want: tuple) -> None:
    assert want in dyads(text)


def test_a_plural_verb_with_its_own_subject_is_no_indefinite_they() -> None:
    got = dyads("Латвия и Литва выслали эстонских дипломатов.")
    assert {("LVA", "EST", "SANCTION"), ("LTU", "EST", "SANCTION")} <= got


@pytest.mark.parametrize(("text", "want"), [
    ("Эстония раскритиковала Латвию и пригрозила ответными мерами.", ("EST", "LVA", "THREATEN")),
    ("Эстония осудила действия Риги и отозвала посла.", ("EST", "LVA", "SANCTION")),
    ("Эстония обвинила Латвию в нарушении договора, потребовав компенсации.", ("EST", "LVA", "REQUEST")),
])
def test_a_joined_act_of_the_same_subject_shares_the_first_act_s_target(text: str, want: tuple) -> None:
    assert want in dyads(text)


def test_a_joined_act_with_its_own_party_keeps_it() -> None:
    got = dyads("Эстония раскритиковала Латвию и пообещала союзникам помощь.")
    assert ("EST", "LVA", "AID") not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Эстония не пойдёт на уступки Латвии.", ("EST", "LVA", "REJECT")),
    ("Эстония не намерена выводить военных из Латвии.", ("EST", "LVA", "REJECT")),
    ("Эстония не собирается смягчать санкции против Латвии.", ("EST", "LVA", "REJECT")),
])
def test_a_conciliatory_act_refused_to_come_is_a_refusal(text: str, want: tuple) -> None:
    got = dyads(text)
    assert want in got
    assert not {d for d in got if d[2] in ("CONCEDE", "RETREAT")}


def test_a_joint_act_refused_is_its_subject_s_refusal() -> None:
    assert dyads("Токаев не встретится с Мирзиёевым.") == {("KAZ", "UZB", "REJECT")}


def test_a_negated_condition_is_no_refusal() -> None:
    got = dyads("Если Латвия не согласится на условия Эстонии, Таллин закроет границу.")
    assert ("LVA", "EST", "REJECT") not in got


def test_taking_part_in_another_s_exercise_is_military_cooperation_with_it() -> None:
    evs = coded("Казахстанские военные примут участие в узбекских учениях.")
    # (stated to come: CAMEO's intent to cooperate militarily, 0312, coder/data/intents.tsv)
    assert {(e.source, e.target, e.type, e.cameo, e.status) for e in evs} == {("KAZ", "UZB", "COOPERATE", "0312", "planned")}


@pytest.mark.parametrize("text", ["Армения отправила в Грузию самолёт с медикаментами.",
                                  "Армения направила в Грузию партию боеприпасов."])
def test_goods_sent_to_another_country_are_aid_not_a_deployment(text: str) -> None:
    got = dyads(text)
    assert ("ARM", "GEO", "AID") in got
    assert ("ARM", "GEO", "MOBILIZE") not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Армянские военные выдвигаются к азербайджанской границе.", ("ARM", "AZE", "MOBILIZE")),
    ("Армянские силовики применяли силу против азербайджанских пограничников.", ("ARM", "AZE", "ASSAULT")),
])
def test_forces_moved_up_and_force_used(text: str, want: tuple) -> None:
    assert want in dyads(text)


def test_a_condition_on_the_modal_of_a_hostile_act_is_its_condition() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in coded(
        "Если Эстония продолжит провокации, Латвия может полностью закрыть границу, заявил министр.")}
    assert {("LVA", "EST", "THREATEN", "occurred"), ("LVA", "EST", "SANCTION", "hypothetical")} <= got


def test_a_political_scientist_s_conditional_scenario_is_no_threat() -> None:
    got = dyads("Если Эстония продолжит провокации, Латвия может закрыть границу, допускают политологи.")
    assert not {d for d in got if d[2] == "THREATEN"}


def test_a_phrase_of_condition_names_no_party_of_the_act() -> None:
    got = dyads("В случае нападения на Грузию армянские войска нанесут ответный удар.")
    assert ("ARM", "GEO", "ASSAULT") not in got
    assert ("ARM", "AZE", "ASSAULT") in dyads("Армения нанесёт удар по Азербайджану в случае нападения на Грузию.")


@pytest.mark.parametrize(("text", "want"), [
    ("Эстония ввела санкции в отношении латвийских чиновников.", ("EST", "LVA", "SANCTION")),
    # the phrase hangs on the second of two coordinated objects
    ("Полиция Эстонии применила слезоточивый газ и дубинки в отношении латвийских болельщиков.", ("EST", "LVA", "ASSAULT")),
])
def test_a_target_in_the_phrase_of_a_party_in_regard_to(text: str, want: tuple) -> None:
    assert want in dyads(text)


@pytest.mark.parametrize("text", [
    "Напомним, ранее МИД Армении осудил Грузию, объявившую армянского дипломата персоной нон-грата.",
    "Армения обвинила Грузию, выславшую армянских дипломатов.",
])
def test_a_participle_the_parse_hangs_on_the_verb_is_its_agreeing_noun_s_act(text: str) -> None:
    got = dyads(text)
    assert {("ARM", "GEO", "ACCUSE"), ("GEO", "ARM", "SANCTION")} <= got


@pytest.mark.parametrize("text", ["Визит Токаева в Узбекистан намечен на сентябрь.",
                                  "Визит Токаева в Узбекистан планируется на сентябрь."])
def test_an_act_scheduled_for_a_month_is_planned_then(text: str) -> None:
    evs = [e for e in coded(text, "2021-06-01") if e.type == "CONSULT"]
    assert evs and all((e.status, e.date) == ("planned", "2021-09") for e in evs)


@pytest.mark.parametrize(("text", "want"), [
    ("В МИД Латвии заявили, что вызвали эстонского посла.", ("LVA", "EST", "ACCUSE")),
    ("В МИД Латвии заявили, что встретятся с делегацией Эстонии.", ("LVA", "EST", "CONSULT")),
])
def test_an_indefinite_they_saying_speaks_for_its_seat(text: str, want: tuple) -> None:
    assert want in dyads(text)


def test_a_place_of_an_indefinite_act_stays_a_place() -> None:
    # not a verb of saying: the place is where it happened (convention 8), no speaker
    assert ("LVA", "EST", "COERCE") in dyads("В Риге задержали гражданина Эстонии.")


def test_calling_another_s_accusations_baseless_rejects_them() -> None:
    got = dyads("Премьер Эстонии назвал обвинения Латвии абсурдными.")
    assert ("EST", "LVA", "REJECT") in got
    assert ("EST", "LVA", "ACCUSE") not in got


def test_an_indefinite_they_in_an_institution_is_that_institution() -> None:
    assert ("LVA", "EST", "REJECT") in dyads("В МИД Латвии назвали обвинения Эстонии беспочвенными.")


def test_a_phrase_after_the_verb_hung_across_it_on_a_clause_before_is_the_verb_s() -> None:
    got = dyads("Посетив Ригу на этой неделе, министр иностранных дел Эстонии обсудил с латвийским коллегой подготовку саммита.")
    assert {("EST", "LVA", "CONSULT"), ("LVA", "EST", "CONSULT")} <= got
