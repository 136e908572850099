"""Russian source and target of a trigger (coder/tree/roles.py): subjects, agents in the instrumental, objects in every case, nominal acts."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads, dyads_status, dyads_status_date, first_event

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_a_nominal_event_in_the_of_phrase_of_an_object_takes_the_verb_s_subject():
    assert dyads("The EU adopted a fifth package of sanctions against Belarus.") == {("EU", "BLR", "SANCTION")}
    got = dyads("Евросоюз утвердил новый пакет санкций против Белоруссии.", lang="ru")
    assert ("EU", "BLR", "SANCTION") in got


def test_a_nominal_event_as_the_subject_of_a_passive_light_verb_takes_its_agent():
    assert dyads("In 2019, the sanctions against Moldova were imposed by the EU.",
                 "2021-03-04") == {("EU", "MDA", "SANCTION")}
    got = dyads("Санкции против Молдавии были введены Евросоюзом в 2019 году.", "2021-03-04", "ru")
    assert got == {("EU", "MDA", "SANCTION")}


def test_a_passive_act_on_someones_orders_is_theirs():
    assert ("BLR", "LTU", "CONCEDE") in dyads("Two Lithuanian truck drivers were released on the orders of Lukashenko.")
    assert ("BLR", "LVA", "CONCEDE") in dyads("Двое граждан Латвии были освобождены по указу Лукашенко.", lang="ru")


def test_an_act_on_a_group_is_on_those_counted_among_it():
    assert ("BLR", "POL", "CONCEDE") in dyads("Three Poles were among the 40 prisoners freed on Lukashenko's orders.")
    got = dyads("Двое граждан Литвы оказались в числе 30 заключенных, освобожденных по решению Лукашенко.", lang="ru")
    assert ("BLR", "LTU", "CONCEDE") in got and ("BLR", "BLR", "CONCEDE") not in got


def test_the_genitive_of_a_russian_noun_of_an_act_on_someone_is_who_is_acted_on():
    assert dyads("Латвия объявила о высылке российских дипломатов.", lang="ru") == {("LVA", "RUS", "SANCTION")}
    assert ("CHN", "BLR", "SUPPORT") in dyads("Китай заявил о поддержке Белоруссии.", lang="ru")


def test_the_one_blamed_for_a_named_act_is_its_actor_and_the_act_is_coded():
    for text, lang in (("Киев осудил обстрел Харькова российскими войсками.", "ru"),
                       ("Kyiv condemned the shelling of Kharkiv by Russian troops.", "en")):
        assert {("UKR", "RUS", "ACCUSE"), ("RUS", "UKR", "ASSAULT")} <= dyads(text, lang=lang)
    # the act's actor must be named in its own phrase, not be the critic ("Moscow condemned the
    # detention of Russian journalists": no Russian act on Russians)
    got = dyads("Москва осудила задержание российских журналистов в Минске.", lang="ru")
    assert ("RUS", "RUS", "COERCE") not in got


def test_forces_put_on_alert_in_an_agentless_passive_are_their_state_acting():
    got = dyads_status_date("Вчера войска Белоруссии были приведены в боевую готовность.", "2021-03-04", "ru")
    assert ("BLR", None, "MOBILIZE", "occurred", "2021-03-03") in got


def test_a_nominal_event_s_own_verb_names_its_target_and_may_is_a_forecast():
    got = dyads_status_date("Российский кредит может поступить в Белоруссию в июне.", "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("RUS", "BLR", "AID", "forecast")}


def test_state_agencies_and_a_crossing_named_further_from_the_verb():
    assert dyads("Россельхознадзор запретил ввоз белорусской молочной продукции.",
                 lang="ru") == {("RUS", "BLR", "SANCTION")}
    got = dyads_status_date("Литва готовится закрыть на неопределённый срок оба оставшихся пункта пропуска на границе с Белоруссией.", "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("LTU", "BLR", "SANCTION", "planned")}


@pytest.mark.parametrize(("text", "expected"), [
    # a passive's agent as a bare instrumental
    ("Соглашение было подписано Россией и Белоруссией в Минске.",
     {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")}),
    # an indefinite-personal verb: the place's state acts (convention 8)
    ("В Минске задержали польского журналиста.", {("BLR", "POL", "COERCE")}),
    # supplying weapons is military aid
    ("Россия поставит Белоруссии зенитные ракетные комплексы.", {("RUS", "BLR", "AID")}),
    # the topic of a discussion is not another event
    ("Во время встречи Путин и Лукашенко обсудили вопросы интеграции.",
     {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")}),
])
def test_passives_subjectless_verbs_and_topics(text: str, expected: set[tuple]) -> None:
    assert dyads(text, lang="ru") == expected


def test_a_participle_modifying_the_object_is_searched_for_the_target():
    assert dyads("Россия запретила ввоз мяса, произведённого на белорусских предприятиях.", lang="ru") \
        == {("RUS", "BLR", "SANCTION")}


def test_a_nominal_event_s_dative_is_its_target_and_border_cities_are_actors():
    assert ("BLR", "RUS", "SUPPORT") in dyads("Лукашенко выразил благодарность Путину за поддержку.", lang="ru")
    assert dyads("Украинские военные обстреляли Белгород.", lang="ru") == {("UKR", "RUS", "ASSAULT")}


def test_an_actor_in_the_object_of_a_joint_act_is_not_a_third_party():
    assert dyads("Путин и Лукашенко утвердили программу Союзного государства.", lang="ru") == {
        ("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")}


@pytest.mark.parametrize(("text", "expected"), [
    # «друг друга»: each of the coordinated parties acts on the other
    ("Киргизия и Таджикистан обвинили друг друга в обстреле погранзаставы.",
     {("KGZ", "TJK", "ACCUSE"), ("TJK", "KGZ", "ACCUSE")}),
    # a mobilisation announced: the subject's act, with no other party (untargeted)
    ("Президент Армении объявил всеобщую мобилизацию.", {("ARM", None, "MOBILIZE")}),
    # «ответить ударами»: a nominal act in the instrumental of a verb of response is the subject's
    ("Израиль ответил авиаударами по объектам Ирана.", {("ISR", "IRN", "ASSAULT")}),
    # an exchange of prisoners between two states is mutual
    ("Вчера состоялся обмен пленными между Россией и Украиной.",
     {("RUS", "UKR", "CONCEDE"), ("UKR", "RUS", "CONCEDE")}),
    # joint exercises with one party named: the other country of the clause is the partner
    ("Казахстан направит в Узбекистан роту спецназа для совместных учений.",
     {("KAZ", "UZB", "COOPERATE"), ("UZB", "KAZ", "COOPERATE")}),
])
def test_mechanisms_of_the_tree_in_russian(text: str, expected: set) -> None:
    assert expected <= dyads(text, "2024-05-16", "ru")


def test_an_act_noun_over_the_act_is_no_light_verb() -> None:
    # «отрепетируют отражение агрессии»: the aggression repelled is not the subject's act
    got = dyads("Сербия и Венгрия отрепетируют отражение внешней агрессии на учениях.", lang="ru")
    assert not {e for e in got if e[2] == "ASSAULT"}


def test_the_agent_of_a_participle_on_people_is_not_one_actor_with_them() -> None:
    # «освобождённые Беларусью граждане Литвы»: Belarus frees Lithuanians, not Belarus itself
    got = dyads("Освобождённые Беларусью граждане Литвы в пятницу вернулись на родину.", "2024-05-10", "ru")
    assert ("BLR", "LTU", "CONCEDE") in got and ("BLR", "BLR", "CONCEDE") not in got
    got = dyads("Задержанные белорусскими пограничниками граждане Литвы были переданы консулу.", lang="ru")
    assert ("BLR", "LTU", "COERCE") in got and ("BLR", "BLR", "COERCE") not in got
    # an adjective and its title stay one actor
    assert ("RUS", "LTU", "CONCEDE") in dyads("Российские власти освободили граждан Литвы.", lang="ru")


@pytest.mark.parametrize("text", [
    "Литва осудила Латвию, выславшую российского дипломата.",
    "Литва осудила Латвию, которая выслала российского дипломата.",
])
def test_an_act_of_the_party_criticised_in_its_own_clause_is_coded(text: str) -> None:
    # convention 4: a clause on a named party that names the act's target is no content of the blame
    assert {("LTU", "LVA", "ACCUSE"), ("LVA", "RUS", "SANCTION")} <= dyads(text, lang="ru")


def test_the_target_may_be_the_object_of_the_trigger_s_second_verb() -> None:
    got = dyads("Эстония предложила покинуть страну российским дипломатам.", lang="ru")
    assert ("EST", "RUS", "SANCTION") in got


def test_notifying_a_party_of_one_s_act_aims_it_at_that_party() -> None:
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва уведомила Белоруссию о закрытии пунктов пропуска на общей границе.", lang="ru")


def test_a_bare_instrumental_agent_of_a_reflexive_passive() -> None:
    assert ("EU", "BLR", "SANCTION") in dyads("Санкции против Белоруссии вводятся Евросоюзом с 2020 года.",
                                              "2021-03-04", "ru")


def test_a_thing_given_named_by_its_origin_in_an_agentless_passive() -> None:
    assert dyads("Белоруссии был предоставлен российский кредит.", lang="ru") == {("RUS", "BLR", "AID")}


@pytest.mark.parametrize("text, expected", [
    ("Российский дипломат был выслан из Литвы.", ("LTU", "RUS", "SANCTION")),
    ("Граждане Литвы были депортированы из Белоруссии.", ("BLR", "LTU", "COERCE")),
])
def test_an_agentless_expulsion_is_the_act_of_the_country_left(text: str, expected: tuple) -> None:
    # convention 8 through «из»: the country the expelled leave expels them
    assert expected in dyads(text, lang="ru")


def test_a_passive_s_agent_may_be_named_by_its_decision() -> None:
    assert ("BLR", "LTU", "CONCEDE") in dyads("Двое граждан Литвы были освобождены по решению президента Белоруссии.",
                                              lang="ru")
    assert ("BLR", "LTU", "SANCTION") in dyads("Санкции против Литвы были введены по решению Белоруссии.", lang="ru")
    # no party acted on: nothing (no X -> X)
    assert dyads("Пятеро заключенных были освобождены по решению президента Белоруссии.", lang="ru") == set()


@pytest.mark.parametrize("text", [
    "Литва выразила протест в связи с нарушением границы Белоруссией.",
    "Литва выразила решительный протест в связи с провокацией Белоруссии.",
])
def test_the_ground_of_a_protest_names_its_target(text: str) -> None:
    assert ("LTU", "BLR", "ACCUSE") in dyads(text, lang="ru")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Грузинские пограничники подверглись обстрелу со стороны Азербайджана.", ("AZE", "GEO", "ASSAULT")),
    ("Эстония подверглась резкой критике со стороны Москвы.", ("RUS", "EST", "ACCUSE")),
    ("Молдавские фермеры попали под обстрел российских военных.", ("RUS", "MDA", "ASSAULT")),
])
def test_the_subject_of_a_verb_of_undergoing_is_acted_on(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text, lang="ru")


def test_a_street_people_go_out_onto_locates_the_protest() -> None:
    assert ("GEO", "GEO", "PROTEST") in dyads("Несколько тысяч человек вышли на улицы Тбилиси.", lang="ru")


def test_a_short_adjective_predicate_takes_the_subject_of_the_verb_of_saying() -> None:
    got = {(e.source, e.target, e.type, e.status)
           for e in code_text("В Кремле заявили, что намерены запросить у Кишинёва объяснения.", "2022-05-16", "ru")}
    assert ("RUS", "MDA", "REQUEST", "planned") in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Лаос и Камбоджа подписали соглашение о торговле.", ("LAO", "KHM", "AGREE")),
    ("Мексика выслала двух российских дипломатов.", ("MEX", "RUS", "SANCTION")),
    ("Португалия осудила действия Белоруссии.", ("PRT", "BLR", "ACCUSE")),
])
def test_states_outside_the_region_are_named(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text, lang="ru")


def test_a_recipient_of_money_names_its_giver() -> None:
    assert ("EU", "MDA", "AID") in dyads("Молдавия получила 50 млн евро от Евросоюза.", lang="ru")


@pytest.mark.parametrize("text", [
    "Эстония вместе с Латвией и Финляндией осудила действия Москвы.",
    "Эстония совместно с Латвией и Финляндией осудила действия Москвы.",
])
def test_a_subject_s_company_before_the_verb_acts_too(text: str) -> None:
    assert {("EST", "RUS", "ACCUSE"), ("LVA", "RUS", "ACCUSE"), ("FIN", "RUS", "ACCUSE")} <= dyads(text, lang="ru")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Россия вывела своих военных из Приднестровья.", ("RUS", "MDA", "RETREAT")),
    ("Российские войска обстреляли Мелитополь.", ("RUS", "UKR", "ASSAULT")),
])
def test_regions_and_cities_of_the_region_are_their_states(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text, lang="ru")


def test_a_seat_of_power_makes_a_verbal_act_but_a_deed_there_is_in_a_place() -> None:
    assert ("RUS", "EST", "THREATEN") in dyads("В Кремле пригрозили Эстонии ответными шагами.", lang="ru")
    assert ("MDA", "MDA", "PROTEST") in dyads("В Кишинёве провели акцию протеста.", lang="ru")


def test_a_warning_s_other_party_is_the_one_its_condition_is_set_on() -> None:
    got = dyads("МИД Молдавии предупредил, что если Москва продолжит вмешиваться, Кишинёв обратится в ООН.", lang="ru")
    assert ("MDA", "RUS", "THREATEN") in got
    assert ("MDA", "UN", "THREATEN") not in got


def test_an_actor_s_own_statement_of_an_act_to_come_stays_planned() -> None:
    assert ("GEO", "ARM", "CONCEDE", "planned") in dyads_status("Грузия откроет границу с Арменией, заявил премьер Грузии.", lang="ru")


def test_the_condition_of_a_threat_is_an_act_of_its_own() -> None:
    got = dyads_status("Эстония ответит жёстко, если Москва введёт против Эстонии новые санкции.", lang="ru")
    assert ("RUS", "EST", "SANCTION", "hypothetical") in got
    assert ("EST", "RUS", "THREATEN", "planned") in got


def test_a_demand_is_made_of_the_party_it_is_asked_from() -> None:
    got = dyads("Вашингтон потребовал от Кишинёва разрыва с Москвой.", lang="ru")
    assert ("USA", "MDA", "REQUEST") in got and ("USA", "RUS", "REQUEST") not in got


def test_closing_a_consulate_general_is_a_sanction() -> None:
    assert ("RUS", "EST", "SANCTION") in dyads("Россия закрыла генконсульство Эстонии в Петербурге.", lang="ru")


def test_a_pattern_opening_with_its_own_negation_is_read() -> None:
    assert ("EST", "OSCE", "REJECT") in dyads("Таллин не видит необходимости в визите председателя ОБСЕ.", lang="ru")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Молдавская оппозиция выведет на улицы тысячи сторонников.", ("MDA", "MDA", "PROTEST")),
    ("Протесты в Грузии продолжаются.", ("GEO", "GEO", "PROTEST")),
])
def test_protests_led_out_or_going_on_in_a_country(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text, lang="ru")


def test_a_concession_announced_is_the_act_planned_with_no_promise_beside_it() -> None:
    got = dyads_status("Грузия в ближайшие недели освободит задержанных армянских граждан.", lang="ru")
    assert ("GEO", "ARM", "CONCEDE", "planned") in got
    assert not {e for e in got if e[2] == "AGREE"}
    # a promise in so many words stays an accord
    assert ("RUS", "MDA", "AGREE") in dyads("Москва пообещала отвести свои войска из Молдавии.", lang="ru")


@pytest.mark.parametrize(("text", "want"), [
    ("Эстонского посла вызвали в МИД Латвии.", ("LVA", "EST", "ACCUSE")),
    ("Двух эстонских дипломатов выслали из Латвии.", ("LVA", "EST", "SANCTION")),
])
def test_an_indefinite_they_is_an_agentless_passive(text: str, want: tuple) -> None:
    assert want in dyads(text, lang="ru")


def test_a_joined_act_with_its_own_party_keeps_it() -> None:
    got = dyads("Эстония раскритиковала Латвию и пообещала союзникам помощь.", lang="ru")
    assert ("EST", "LVA", "AID") not in got
    assert ("EST", "LVA", "ACCUSE") in got


@pytest.mark.parametrize(("text", "want"), [
    ("Эстония ввела санкции в отношении латвийских чиновников.", ("EST", "LVA", "SANCTION")),
    # the phrase hangs on the second of two coordinated objects
    ("Полиция Эстонии применила слезоточивый газ и дубинки в отношении латвийских болельщиков.", ("EST", "LVA", "ASSAULT")),
])
def test_a_target_in_the_phrase_of_a_party_in_regard_to(text: str, want: tuple) -> None:
    assert want in dyads(text, lang="ru")


def test_a_party_s_report_of_a_nominal_act_with_no_maker_of_its_own_is_its_act() -> None:
    got = dyads("Глава Минобороны Латвии сообщил о переброске дополнительных подразделений к границе с Белоруссией.",
                lang="ru")
    assert ("LVA", "BLR", "MOBILIZE") in got


@pytest.mark.parametrize("text", [
    "Армия Судана нанесла удар турецкими беспилотниками по позициям мятежников в Дарфуре.",
    "Эфиопия ударила турецкими беспилотниками по складу в Амхаре.",
])
def test_the_maker_of_a_weapon_used_is_no_target(text: str) -> None:
    assert not any(d[1] == "TUR" for d in dyads(text, lang="ru"))


def test_a_veto_in_the_security_council_is_aimed_at_the_un() -> None:
    got = dyads("Китай заблокировал в Совбезе ООН проект резолюции, осуждающей действия военных Мьянмы.", lang="ru")
    assert ("CHN", "UN", "REJECT") in got
    assert ("CHN", "MMR", "REJECT") not in got


def test_an_agentless_passive_expulsion_is_done_by_the_state_of_its_place():
    got = dyads("Российский военный атташе объявлен в Эстонии персоной нон грата.", lang="ru")
    assert ("EST", "RUS", "SANCTION") in got


def test_so_storony_on_a_passive_names_its_agent():
    got = dyads("Со стороны Латвии были введены ограничения на ввоз белорусских удобрений.", lang="ru")
    assert ("LVA", "BLR", "SANCTION") in got
    assert ("BLR", "LVA", "SANCTION") not in got


def test_v_polzu_names_whom_an_act_serves_not_its_target():
    got = dyads("Казахстан ввёл квоты на ввоз топлива в пользу казахстанских нефтепереработчиков.", lang="ru")
    assert ("KAZ", "KAZ", "SANCTION") not in got
    got = dyads("Латвия задержала журналиста по подозрению в шпионаже в пользу Белоруссии.", lang="ru")
    assert ("LVA", "BLR", "COERCE") not in got


def test_so_storony_on_the_verb_of_a_nominal_acts_happening_names_its_maker():
    got = dyads("Со стороны Баку последовали обстрелы армянских сёл.", lang="ru")
    assert ("AZE", "ARM", "ASSAULT") in got
    assert ("ARM", "AZE", "ASSAULT") not in got


def test_goods_origin_is_no_maker() -> None:
    assert not {t for t in dyads("Запрет на ввоз литовской продукции вступил в силу.", lang="ru") if t[0] == "LTU"}
    assert ("RUS", "LTU", "SANCTION") in dyads("Россия ввела запрет на ввоз литовской продукции.", lang="ru")  # (control)


# ------------------------------------------------------------------ «Минском» as the agent of a noun of an act
@pytest.mark.parametrize(("text", "expected"), [
    ("После задержания Минском польского журналиста Варшава вызвала белорусского посла.", ("BLR", "POL", "COERCE")),
    ("Вильнюс осудил задержание Минском литовских водителей.", ("BLR", "LTU", "COERCE")),
])
def test_minsk_instrumental_agent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


# ------------------------------------------------------------------ a noun of making the act names its maker
@pytest.mark.parametrize(("text", "expected"), [
    ("После введения Литвой запрета на транзит белорусского калия Минск переориентировал экспорт на российские порты.",
     ("LTU", "BLR", "SANCTION")),
    ("Введение Польшей ограничений для белорусских перевозчиков вызвало протест Минска.", ("POL", "BLR", "SANCTION")),
])
def test_maker_of_a_light_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_an_indeclinable_abbreviation_read_as_nominative_is_the_owner():
    # the parse gives «ВСУ» after a noun the nominative: it is the genitive owner of the drones
    assert ("UKR", "RUS", "ASSAULT") in dyads("Беспилотники ВСУ атаковали нефтебазу в Брянске.", lang="ru")


def test_a_veto_or_objection_withdrawn_is_a_concession():
    got = dyads("Анкара сняла возражения против вступления Финляндии в НАТО.", lang="ru")
    assert ("TUR", "FIN", "CONCEDE") in got
    assert not any(d[2] in ("RETREAT", "REJECT") for d in got)
    # (a claim given up stays a retreat)
    assert ("LTU", "BLR", "RETREAT") in dyads("Литва отказалась от претензий к белорусской стороне.", lang="ru")


def test_an_accord_with_no_party_in_the_outcome_of_talks_or_a_visit_is_their_parties():
    got = dyads("По итогам переговоров Путина и Си Цзиньпина было подписано соглашение о сотрудничестве.", lang="ru")
    assert ("RUS", "CHN", "AGREE") in got and ("CHN", "RUS", "AGREE") in got
    got = dyads("Визит Лукашенко в Китай завершился подписанием 10 соглашений.", lang="ru")
    assert ("BLR", "CHN", "AGREE") in got and ("CHN", "BLR", "AGREE") in got
    got = dyads("В ходе визита Лукашенко в Пекин было подписано 10 соглашений.", lang="ru")
    assert ("BLR", "CHN", "AGREE") in got and ("CHN", "BLR", "AGREE") in got
    # (no talks named, no parties)
    assert not any(d[2] == "AGREE" for d in dyads("В Минске было подписано 10 соглашений.", lang="ru"))


def test_verb_with_its_object_far_after_it() -> None:
    # the object past the pattern's window: the parse finds it
    assert ("BLR", None, "MOBILIZE") in {(a, None, t) for a, _, t in dyads(
        "Минск перебросил к западной границе около двух тысяч военнослужащих и бронетехнику.", lang="ru")}


def test_withdrawal_with_its_party_named_goes_one_way() -> None:
    got = dyads("Россия и Белоруссия договорились вывести российские войска из Белоруссии.", lang="ru")
    assert ("BLR", "RUS", "RETREAT") not in got
    assert {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")} <= got


# ------------------------------------------------------------------ trade, leaving, release in their wordings
def test_purchases_named_by_a_noun_are_the_buyers() -> None:
    # the one party the noun names is the seller; the verb's subject buys (`object_acts`)
    assert ("IND", "RUS", "COOPERATE") in dyads("Нью-Дели нарастит закупки российского угля.", lang="ru")


def test_buying_goods_of_another_country() -> None:
    assert ("SRB", "RUS", "COOPERATE") in dyads("Сербия закупила партию российского газа.", lang="ru")


def test_leaving_an_organisation_named_by_a_noun() -> None:
    assert ("KGZ", "EAEU", "SANCTION") in dyads("Бишкек объявил о выходе Киргизии из ЕАЭС.", lang="ru")


def test_set_free_among_them_citizens() -> None:
    got = dyads("Ереван отпустил на свободу девять человек, включая граждан Ирана, Грузии и Сирии.", lang="ru")
    assert {("ARM", "IRN", "CONCEDE"), ("ARM", "GEO", "CONCEDE"), ("ARM", "SYR", "CONCEDE")} <= got


def test_location_is_not_an_actor() -> None:
    e = first_event("В Минске Лавров провёл переговоры с Макеем.", "CONSULT", "2021-10-15", "ru")
    assert (e.source, e.target) == ("RUS", "BLR")  # the Makei, not "в Минске"
    assert dyads("В Минске прошла выставка.", lang="ru") == set()
    assert ("BLR", "POL", "ACCUSE") in dyads("Минск обвинил Варшаву в провокациях.", lang="ru")


def test_passive_agent_is_the_source() -> None:
    e = first_event("Гражданин Литвы был задержан белорусскими пограничниками.", "COERCE", "2021-10-15", "ru")
    assert (e.source, e.target) == ("BLR", "LTU")


def test_named_organisation_as_target_of_withdrawal() -> None:
    # leaving an organisation's programme is a sanction (convention 6), as in English
    assert ("BLR", "EU", "SANCTION") in dyads("Беларусь вышла из Восточного партнёрства.", lang="ru")  # convention 6
    assert ("BLR", "LTU", "ACCUSE") in dyads("МИД Беларуси вызвал посла Литвы.", lang="ru")


def test_the_instrumental_after_a_verbal_noun_is_its_agent() -> None:
    assert ("EU", "BLR", "CONCEDE") in dyads("Отмена Евросоюзом санкций против Минска стала неожиданностью.", lang="ru")


@pytest.mark.parametrize(("text", "expected"), [
    ("Вывод российских войск из Белоруссии был завершён в октябре.", ("RUS", "BLR", "RETREAT")),
    ("Арест Романа Протасевича вызвал осуждение западных столиц.", ("BLR", "BLR", "COERCE")),
])
def test_nominal_withdrawals_and_arrests(text: str, expected: tuple) -> None:
    assert expected in dyads(text, "2021-10-15", "ru")


# ------------------------------------------------------------------ a withdrawal noun: the place left is the target
@pytest.mark.parametrize(("text", "pair"), [
    ("Франция объявила о выводе своих войск из Нигера.", ("FRA", "NER")),
    ("Вывод российских войск из Молдавии завершится к осени.", ("RUS", "MDA")),
    # soldiers the parse reads as the country they leave are no source
    ("Германия начнет вывод военных из Мали в мае.", ("DEU", "MLI")),
])
def test_withdrawal_noun_aimed_at_the_place_left(text: str, pair: tuple[str, str]) -> None:
    found = dyads(text, "2021-10-15", "ru")
    assert (*pair, "RETREAT") in found, found
    assert (pair[1], pair[1], "RETREAT") not in found, found


def test_a_threat_aims_at_the_target_of_the_act_it_holds_out() -> None:
    # the genitive of the sanctions is their maker, not the one threatened
    assert dyads("Литва пригрозила добиваться введения санкций Евросоюза в отношении Белоруссии.", lang="ru") \
        == {("LTU", "BLR", "THREATEN")}
    assert dyads("Премьер Польши пригрозил санкциями ЕС против России.", lang="ru") == {("POL", "RUS", "THREATEN")}


def test_an_agentless_release_of_people_held_in_a_state_is_that_states() -> None:
    # the place the participle holds them in names who hands them over (convention 8)
    found = dyads("Гражданин Литвы, осужденный в Белоруссии, был передан литовской стороне.", lang="ru")
    assert ("BLR", "LTU", "CONCEDE") in found, found
    found = dyads("Трое военнослужащих, задержанных на территории Польши, были переданы Минску.", lang="ru")
    assert ("POL", "BLR", "CONCEDE") in found, found


# ------------------------------------------------------------------ a body voting for a measure adopts it
def test_voting_for_a_measure_is_the_voters_act() -> None:
    found = dyads("Европарламент проголосовал за введение пошлин на белорусские удобрения.", lang="ru")
    assert ("EU", "BLR", "SANCTION") in found, found
