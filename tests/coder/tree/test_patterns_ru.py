"""Russian wordings and the PLOVER type they are coded as (coder/lang/ru/patterns.yaml, read by coder/tree/triggers.py), and every type covered."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    _events,
    coded_en_status_date_20210304,
    coded_ru_20210304,
    dyads_20210304,
    dyads_en_20210304,
    dyads_en_20240510,
    dyads_ru_20240510_b,
    triples_ru_20211015,
    uses,
)
from tests.coder.tree.helpers import (
    coded_ru_status_date_20210304 as coded,
)
from tests.coder.tree.helpers import (
    dyads_ru_20210304 as dyads,
)
from tests.coder.tree.helpers import (
    triples_ru_20240314 as triples,
)

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


@uses(coded=coded_en_status_date_20210304, dyads=dyads_en_20210304)
def test_russian_from_the_same_engine():
    got = dyads("Путин встретился с Лукашенко в Минске.", "2021-03-04", "ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got
    got = coded("Литва закрыла границу с Белоруссией.", "2021-03-04", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2021-03-04") in got


@uses(dyads=dyads_en_20240510)
def test_an_act_on_a_group_is_on_those_counted_among_it():
    assert ("BLR", "POL", "CONCEDE") in dyads("Three Poles were among the 40 prisoners freed on Lukashenko's orders.")
    got = dyads("Двое граждан Литвы оказались в числе 30 заключенных, освобожденных по решению Лукашенко.", lang="ru")
    assert ("BLR", "LTU", "CONCEDE") in got and ("BLR", "BLR", "CONCEDE") not in got


@uses(dyads=dyads_en_20240510)
def test_russian_prisoners_handed_over_are_a_concession():
    assert ("BLR", "LTU", "CONCEDE") in dyads("Белоруссия осуществила передачу заключенных Литве.", lang="ru")


@uses(dyads=dyads_en_20210304)
def test_the_genitive_of_a_russian_noun_of_an_act_on_someone_is_who_is_acted_on():
    assert dyads("Латвия объявила о высылке российских дипломатов.", lang="ru") == {("LVA", "RUS", "SANCTION")}
    assert ("CHN", "BLR", "SUPPORT") in dyads("Китай заявил о поддержке Белоруссии.", lang="ru")


def test_state_agencies_and_a_crossing_named_further_from_the_verb():
    assert dyads("Россельхознадзор запретил ввоз белорусской молочной продукции.") == {("RUS", "BLR", "SANCTION")}
    got = coded("Литва готовится закрыть на неопределённый срок оба оставшихся пункта пропуска на границе с Белоруссией.")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("LTU", "BLR", "SANCTION", "planned")}


def test_he_and_his_are_the_person_named_last():
    from dyadwatch.coder.base import DocState

    state = DocState(pub_date="2021-03-04")
    code_text("Лукашенко прилетел в Москву.", "2021-03-04", "ru", state=state)
    got = {(e.source, e.target, e.type) for e in code_text("Он встретился с Путиным.", "2021-03-04", "ru", state=state)}
    assert got == {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")}
    assert ("BLR", "RUS", "REQUEST") in dyads("Лукашенко подчеркнул, что это его просьба к российской стороне.")


def test_an_invasion_is_an_attack():
    assert dyads("Россия начала вторжение в Украину.") == {("RUS", "UKR", "ASSAULT")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Алиев и Пашинян договорились по телефону о новой встрече.", "ru"),
    ("Aliyev thanked Pashinyan by phone for the release of the prisoners.", "en"),
])
def test_an_act_done_by_phone_is_also_the_call(text: str, lang: str) -> None:
    got = _events(text, lang)
    assert {("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")} <= got
    assert ("ARM", "AZE", "SUPPORT") not in got  # (the thanks stay one way)


def test_persona_non_grata_with_a_hyphen() -> None:
    assert ("LVA", "RUS", "SANCTION") in dyads("Латвия объявила российского дипломата персоной нон-грата.")


def test_greetings_are_support() -> None:
    assert dyads("Токаев направил Лукашенко поздравительную телеграмму.") == {("KAZ", "BLR", "SUPPORT")}
    assert dyads("Президент Казахстана пожелал Лукашенко успехов в работе.") == {("KAZ", "BLR", "SUPPORT")}


def test_putting_signatures_under_a_treaty_is_signing_it() -> None:
    got = dyads("Литва и Польша поставили подписи под соглашением о транзите.")
    assert got == {("LTU", "POL", "AGREE"), ("POL", "LTU", "AGREE")}


@uses(dyads=dyads_20210304)
def test_a_phone_call_is_consultation_both_ways() -> None:
    assert {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")} <= dyads("Токаев позвонил Мирзиёеву.")


@uses(coded=coded_ru_20210304)
def test_taking_part_in_another_s_exercise_is_military_cooperation_with_it() -> None:
    evs = coded("Казахстанские военные примут участие в узбекских учениях.")
    # (stated to come: CAMEO's intent to cooperate militarily, 0312, coder/data/intents.tsv)
    assert {(e.source, e.target, e.type, e.cameo, e.status) for e in evs} == {("KAZ", "UZB", "COOPERATE", "0312", "planned")}


@uses(dyads=dyads_20210304)
def test_an_indefinite_they_in_an_institution_is_that_institution() -> None:
    assert ("LVA", "EST", "REJECT") in dyads("В МИД Латвии назвали обвинения Эстонии беспочвенными.")


def test_a_veto_in_the_security_council_is_aimed_at_the_un() -> None:
    got = dyads("Китай заблокировал в Совбезе ООН проект резолюции, осуждающей действия военных Мьянмы.")
    assert ("CHN", "UN", "REJECT") in got
    assert ("CHN", "MMR", "REJECT") not in got


@uses(dyads=dyads_ru_20240510_b)
def test_visa_free_entry_granted_is_a_concession():
    assert ("BLR", "LVA", "CONCEDE") in dyads("Минск продлил безвизовый въезд для граждан Латвии до конца года.")


def test_opening_airspace_to_another_eases_a_restriction():
    assert ("TUR", "ARM", "CONCEDE") in dyads("Турция открыла для Армении воздушное пространство.")


def test_turchin_is_not_turchynov() -> None:
    assert ("BLR", "RUS", "CONSULT") not in triples("Бывший спикер Верховной рады Александр Турчинов раскритиковал Москву.")


@pytest.mark.parametrize(("text", "absent"), [
    ("Глава МИД Армении не стал подписывать совместное коммюнике СНГ, сославшись на позицию Еревана.", "AGREE"),
    ("Представитель МИД не стал комментировать заявление Варшавы.", "REJECT"),
])
def test_declined_not_coded(text: str, absent: str) -> None:
    assert absent not in {t for _, _, t in triples(text)}


def test_goods_origin_is_no_maker() -> None:
    assert not {t for t in triples("Запрет на ввоз литовской продукции вступил в силу.") if t[0] == "LTU"}


# ------------------------------------------------------------------ a noun of making the act names its maker
@pytest.mark.parametrize(("text", "expected"), [
    ("После введения Литвой запрета на транзит белорусского калия Минск переориентировал экспорт на российские порты.",
     ("LTU", "BLR", "SANCTION")),
    ("Введение Польшей ограничений для белорусских перевозчиков вызвало протест Минска.", ("POL", "BLR", "SANCTION")),
])
def test_maker_of_a_light_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_an_indeclinable_abbreviation_read_as_nominative_is_the_owner():
    # the parse gives «ВСУ» after a noun the nominative: it is the genitive owner of the drones
    assert ("UKR", "RUS", "ASSAULT") in dyads("Беспилотники ВСУ атаковали нефтебазу в Брянске.")


def test_transport_links_restored_are_cooperation_of_both():
    got = dyads("Грузия восстановила прямое авиасообщение с Россией.")
    assert ("GEO", "RUS", "COOPERATE") in got and ("RUS", "GEO", "COOPERATE") in got


def test_no_date_fixed_is_no_event() -> None:
    # convention 10: an explicit non-event told through a date noun's genitive
    assert not dyads("Сроки визита президента Казахстана в Минск пока не согласованы.")
    assert ("KAZ", "BLR", "CONSULT") in dyads("Президент Казахстана прибыл в Минск с визитом.")


def test_damage_done_by_an_attack_is_the_attack() -> None:
    got = {(e.source, e.target, e.type) for e in code_text(
        "Российские ракеты атаковали Одессу, разрушив склады и причалы.", "2024-05-10", "ru")}
    assert ("RUS", "UKR", "ASSAULT") in got
    assert ("RUS", "UKR", "COERCE") not in got


# ------------------------------------------------------------------ «эти страны»: the states listed before
def test_these_states_are_the_ones_listed_before() -> None:
    got = triples("Минск обвинил Латвию и Эстонию во вмешательстве и пригрозил закрыть границу с этими странами.")
    assert {("BLR", "LVA", "THREATEN"), ("BLR", "EST", "THREATEN")} <= got


def test_these_states_need_a_list() -> None:
    # no list of states before «этими странами»: no party
    got = triples("Литва выслала российского дипломата, а Минск пригрозил закрыть границу с этими странами.")
    assert not any(a == "BLR" for a, _, _ in got)


# ------------------------------------------------------------------ a decision approved is the act decided
def test_approved_decision_is_the_act() -> None:
    assert ("LVA", "RUS", "SANCTION") in triples("Кабинет министров Латвии утвердил решение о закрытии российского консульства в Даугавпилсе.")


def test_mali_named_alone() -> None:
    assert ("MLI", "FRA", "SANCTION") in triples("Мали выслала посла Франции.")


# ------------------------------------------------------------------ a one-way act agreed by two (`agreed_mutual`)
def test_withdrawal_agreed_by_two_goes_each_way() -> None:
    got = triples("Армения и Азербайджан договорились отвести войска от линии соприкосновения.")
    assert {("ARM", "AZE", "RETREAT"), ("AZE", "ARM", "RETREAT")} <= got


# ------------------------------------------------------------------ peacekeepers withdrawn
def test_peacekeepers_withdrawn() -> None:
    assert ("RUS", "MDA", "RETREAT") in triples("Россия выводит миротворцев из Приднестровья.")


def test_buying_goods_of_another_country() -> None:
    assert ("SRB", "RUS", "COOPERATE") in triples("Сербия закупила партию российского газа.")


def test_leaving_an_organisation_named_by_a_noun() -> None:
    assert ("KGZ", "EAEU", "SANCTION") in triples("Бишкек объявил о выходе Киргизии из ЕАЭС.")


def test_set_free_among_them_citizens() -> None:
    got = triples("Ереван отпустил на свободу девять человек, включая граждан Ирана, Грузии и Сирии.")
    assert {("ARM", "IRN", "CONCEDE"), ("ARM", "GEO", "CONCEDE"), ("ARM", "SYR", "CONCEDE")} <= got


def test_truce_signed_is_an_agreement() -> None:
    # a truce signed or concluded by two parties is an agreement between them (CAMEO 057)
    got = dyads("Армения и Азербайджан заключили перемирие.")
    assert {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")} <= got


@uses(dyads=dyads_20210304)
def test_deliveries_under_a_restriction_are_no_cooperation() -> None:
    got = dyads("Казахстан снял ограничения на поставки в Казахстан киргизского молока.")
    assert ("KAZ", "KGZ", "CONCEDE") in got
    assert not {d for d in got if d[2] == "COOPERATE"}


@uses(triples=triples_ru_20211015)
def test_aspect_and_reflexive_forms() -> None:
    for verb in ("встретились", "встречались", "встретятся"):
        assert ("RUS", "BLR", "CONSULT") in triples(f"Путин и Лукашенко {verb} в Сочи.")
    for text in ("Минск ввёл пошлины на польские товары.", "Минск вводит пошлины на польские товары."):
        assert ("BLR", "POL", "SANCTION") in triples(text)


@uses(triples=triples_ru_20211015)
@pytest.mark.parametrize(("text", "expected"), [
    ("Польша открыла пункт пропуска Кузница на границе с Белоруссией.", {("POL", "BLR", "CONCEDE")}),
    ("Белоруссия вступила в Шанхайскую организацию сотрудничества.", {("BLR", "SCO", "AGREE")}),
    ("КГБ Белоруссии задержал двух граждан России по обвинению в шпионаже.", {("BLR", "RUS", "COERCE")}),
])
def test_crossings_accession_and_grounds(text: str, expected: set[tuple]) -> None:
    assert triples(text) == expected
