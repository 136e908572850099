"""Russian wordings and the PLOVER type they are coded as (coder/lang/ru/patterns.yaml, read by coder/tree/triggers.py), and every type covered."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    _events,
    coded_en_status_20240510_b,
    coded_ru_20210304,
    dyads_en_20240510,
    dyads_ru_20210304,
    dyads_ru_20210304_b,
    dyads_ru_20230510,
    dyads_ru_20240510_c,
    triples_ru_20211015,
    uses,
)
from tests.coder.tree.helpers import (
    coded_ru_status_date_20210304 as coded,
)
from tests.coder.tree.helpers import (
    dyads_ru_20240510 as dyads,
)
from tests.coder.tree.helpers import (
    triples_ru_20240314 as triples,
)

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


@uses(dyads=dyads_en_20240510)
def test_russian_imperfective_gathering_for_a_rally_is_a_protest():
    got = dyads("В Гродно сторонники оппозиции начали собираться на митинг.", lang="ru")
    assert any(t == "PROTEST" and a == "BLR" for a, _, t in got)


@uses(dyads=dyads_en_20240510)
def test_russian_prisoners_handed_over_are_a_concession():
    assert ("BLR", "LTU", "CONCEDE") in dyads("Белоруссия осуществила передачу заключенных Литве.", lang="ru")


@uses(coded=coded_en_status_20240510_b)
def test_a_concession_stopped_is_a_sanction() -> None:
    # (English codes "suspended the visa-free regime" as a sanction through its own pattern)
    assert ("LTU", "BLR", "SANCTION", "occurred") in coded("Вильнюс приостановил безвизовый режим для граждан Беларуси.", "ru")
    assert not any(e[2] == "CONCEDE" for e in coded("Вильнюс приостановил безвизовый режим для граждан Беларуси.", "ru"))


@pytest.mark.parametrize(("text", "expected"), [
    # cutting a transport of goods is a sanction (convention 6)
    ("Москва прекратила транспортировку нефти в Белоруссию.", {("RUS", "BLR", "SANCTION")}),
    # expelling an embassy's whole staff is a sanction
    ("Латвия выслала персонал посольства Белоруссии.", {("LVA", "BLR", "SANCTION")}),
    # massing more troops near a border
    ("Польша увеличила численность военных у границы с Белоруссией.", {("POL", "BLR", "MOBILIZE")}),
    # summoning an envoy is an accusation, not a street protest (convention 6)
    ("МИД Литвы вызвал посла Белоруссии.", {("LTU", "BLR", "ACCUSE")}),
    # refinancing a debt is aid
    ("Россия рефинансирует долг Белоруссии.", {("RUS", "BLR", "AID")}),
])
def test_patterns(text: str, expected: set[tuple]) -> None:
    got = dyads(text)
    assert expected <= got
    assert not {t for t in got if t[2] == "PROTEST"}


def test_a_range_of_days_dates_the_event_by_its_first_day():
    got = coded("Учения России и Белоруссии пройдут с 12 по 16 сентября.", "2021-08-27")
    assert ("RUS", "BLR", "COOPERATE", "planned", "2021-09-12") in got


def test_an_invasion_is_an_attack():
    assert dyads("Россия начала вторжение в Украину.") == {("RUS", "UKR", "ASSAULT")}


@uses(dyads=dyads_ru_20210304)
def test_know_how_handed_over_is_no_aid():
    """Technology passed on is no AID (patterns.yaml `without`); the goods themselves are
    (sentences written for this test)."""
    assert dyads("Россия пообещала передать Армении технологию производства вакцины.") == {("RUS", "ARM", "AGREE")}
    assert ("RUS", "ARM", "AID") in dyads("Россия передаст Армении вакцину в апреле.")


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


def test_exchanging_prisoners_is_each_side_s_release() -> None:
    assert {("ARM", "AZE", "CONCEDE"), ("AZE", "ARM", "CONCEDE")} <= dyads("Армения и Азербайджан обменялись пленными.")


def test_greetings_are_support() -> None:
    assert dyads("Токаев направил Лукашенко поздравительную телеграмму.") == {("KAZ", "BLR", "SUPPORT")}
    assert dyads("Президент Казахстана пожелал Лукашенко успехов в работе.") == {("KAZ", "BLR", "SUPPORT")}


def test_putting_signatures_under_a_treaty_is_signing_it() -> None:
    got = dyads("Литва и Польша поставили подписи под соглашением о транзите.")
    assert got == {("LTU", "POL", "AGREE"), ("POL", "LTU", "AGREE")}


@uses(dyads=dyads_ru_20210304_b)
@pytest.mark.parametrize("text", [
    "Российские войска покинули территорию Армении.",
    "Российские миротворцы уходят из Армении.",
    "Российские подразделения вышли из Грузии.",
])
def test_forces_leaving_a_country_retreat(text: str) -> None:
    assert {d for d in dyads(text) if d[2] == "RETREAT"} <= {("RUS", "ARM", "RETREAT"), ("RUS", "GEO", "RETREAT")}
    assert {d for d in dyads(text) if d[2] == "RETREAT"}


@uses(dyads=dyads_ru_20210304_b)
def test_a_phone_call_is_consultation_both_ways() -> None:
    assert {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")} <= dyads("Токаев позвонил Мирзиёеву.")


@uses(dyads=dyads_ru_20210304_b)
def test_a_sentence_may_open_with_its_verb() -> None:
    # slovnet reads a capitalised first word as a noun; one that can only be a verb is read lower-cased
    from dyadwatch.nlp.lang.ru.syntax import parse

    doc = parse(["Договорились министры Армении и Грузии и о новой встрече."])[0]
    assert doc[0].pos_ == "VERB" and doc[0].text == "Договорились"
    assert {("ARM", "GEO", "AGREE"), ("GEO", "ARM", "AGREE")} <= dyads("Договорились министры Армении и Грузии и о новой встрече.")
    assert parse(["Армения и Грузия условились о встрече."])[0][0].text == "Армения"


@uses(coded=coded_ru_20210304)
def test_taking_part_in_another_s_exercise_is_military_cooperation_with_it() -> None:
    evs = coded("Казахстанские военные примут участие в узбекских учениях.")
    # (stated to come: CAMEO's intent to cooperate militarily, 0312, coder/data/intents.tsv)
    assert {(e.source, e.target, e.type, e.cameo, e.status) for e in evs} == {("KAZ", "UZB", "COOPERATE", "0312", "planned")}


@uses(dyads=dyads_ru_20210304_b)
@pytest.mark.parametrize("text", ["Армения отправила в Грузию самолёт с медикаментами.",
                                  "Армения направила в Грузию партию боеприпасов."])
def test_goods_sent_to_another_country_are_aid_not_a_deployment(text: str) -> None:
    got = dyads(text)
    assert ("ARM", "GEO", "AID") in got
    assert ("ARM", "GEO", "MOBILIZE") not in got


@uses(dyads=dyads_ru_20210304_b)
@pytest.mark.parametrize(("text", "want"), [
    ("Армянские военные выдвигаются к азербайджанской границе.", ("ARM", "AZE", "MOBILIZE")),
    ("Армянские силовики применяли силу против азербайджанских пограничников.", ("ARM", "AZE", "ASSAULT")),
])
def test_forces_moved_up_and_force_used(text: str, want: tuple) -> None:
    assert want in dyads(text)


@uses(dyads=dyads_ru_20230510)
def test_a_note_handed_to_another_s_envoy_is_a_protest() -> None:
    assert ("EST", "BLR", "ACCUSE") in dyads("Эстонский МИД вручил послу Белоруссии в Таллине ноту в связи с задержанием"
                                            " эстонских журналистов.")


@uses(dyads=dyads_ru_20230510)
def test_duties_cut_are_a_concession_not_a_sanction() -> None:
    got = dyads("Индия снизит пошлины на американские мотоциклы.")
    assert ("IND", "USA", "CONCEDE") in got and ("IND", "USA", "SANCTION") not in got


def test_repression_means_beside_a_coercion_are_that_coercion() -> None:
    got = dyads("Полиция Еревана применила слезоточивый газ против участников шествия и задержала десятки человек.")
    assert ("ARM", "ARM", "COERCE") in got
    assert ("ARM", "ARM", "ASSAULT") not in got


def test_a_recall_in_protest_is_no_demonstration() -> None:
    got = dyads("Кения отозвала посла из Кампалы в знак протеста против задержания кенийских рыбаков.")
    assert not any(d[2] == "PROTEST" for d in got)


def test_a_region_freed_by_troops_is_no_release() -> None:
    got = dyads("Сирийские подразделения участвовали в освобождении Хомской области, подтвердил Генштаб России.")
    assert not any(d[2] == "CONCEDE" for d in got)
    assert ("AZE", "ARM", "CONCEDE") in dyads("Власти Азербайджана освободили двух армянских военнослужащих.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Армения отменила совместные учения с Россией.", ("ARM", "RUS")),
    ("Минск отменил поставки калия в Литву.", ("BLR", "LTU")),
])
def test_cooperation_called_off_is_a_sanction(text: str, pair: tuple[str, str]) -> None:
    got = dyads(text)
    assert (*pair, "SANCTION") in got
    assert not any(d[2] == "COOPERATE" for d in got)


def test_exercises_whose_named_participants_are_two_states_are_their_military_cooperation():
    got = dyads("Под Гродно начались маневры, в которых задействованы части армий Казахстана и Белоруссии.")
    assert {("KAZ", "BLR", "COOPERATE"), ("BLR", "KAZ", "COOPERATE")} <= got
    got = dyads("На полигоне под Витебском прошли учения с участием десантников России и Белоруссии.")
    assert {("RUS", "BLR", "COOPERATE"), ("BLR", "RUS", "COOPERATE")} <= got


def test_visa_free_entry_granted_is_a_concession():
    assert ("BLR", "LVA", "CONCEDE") in dyads("Минск продлил безвизовый въезд для граждан Латвии до конца года.")


@uses(dyads=dyads_ru_20240510_c)
def test_suspending_the_issue_of_visas_is_a_sanction_not_an_easing() -> None:
    assert ("EST", "BLR", "SANCTION") in dyads("Эстония приостановила выдачу виз гражданам Беларуси.")
    # easing the visa regime stays a concession
    assert ("LVA", "BLR", "CONCEDE") in dyads("Латвия смягчила визовый режим для граждан Беларуси.")


def test_opening_airspace_to_another_eases_a_restriction():
    assert ("TUR", "ARM", "CONCEDE") in dyads("Турция открыла для Армении воздушное пространство.")


@pytest.mark.parametrize(("text", "absent"), [
    ("Глава МИД Армении не стал подписывать совместное коммюнике СНГ, сославшись на позицию Еревана.", "AGREE"),
    ("Представитель МИД не стал комментировать заявление Варшавы.", "REJECT"),
])
def test_declined_not_coded(text: str, absent: str) -> None:
    assert absent not in {t for _, _, t in triples(text)}


def test_goods_sent_as_aid_are_aid():
    assert ("CHN", "SRB", "AID") in dyads("Китай поставит Сербии 10 тысяч тонн риса в качестве безвозмездной помощи.")


def test_blocking_a_decision_is_a_veto_and_blocking_goods_a_sanction():
    got = dyads("Венгрия заблокировала выделение Украине 50 млрд евро.")
    assert ("HUN", "UKR", "REJECT") in got and not any(d[2] == "COERCE" for d in got)
    got = dyads("Литва продолжает блокировать транзит белорусских удобрений.")
    assert ("LTU", "BLR", "SANCTION") in got and not any(d[2] == "COERCE" for d in got)


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian region or a Ukrainian town hit is its state (convention 8)
    ("Украинские дроны атаковали нефтебазу в Тульской области.", {("UKR", "RUS", "ASSAULT")}),
    ("Российские ракеты поразили объекты в Виннице.", {("RUS", "UKR", "ASSAULT")}),
    # weapons handed over as "systems" are military aid
    ("Норвегия передаст Украине системы ПВО.", {("NOR", "UKR", "AID")}),
    # "will answer with force" is a threat
    ("Литва ответит силой на любую провокацию со стороны белорусских военных.", {("LTU", "BLR", "THREATEN")}),
    # miners on strike are civilians protesting at home
    ("Казахстанские нефтяники объявили забастовку.", {("KAZ", "KAZ", "PROTEST")}),
])
def test_lexicon(text: str, expected: set[tuple]) -> None:
    assert expected <= dyads(text)


def test_a_measure_is_not_aimed_at_its_own_maker() -> None:
    # convention 7: «свою территорию» names the actor again, no X -> X beside X -> Y
    got = dyads("Эстония запретила въезд на свою территорию десяти гражданам Белоруссии.")
    assert ("EST", "BLR", "SANCTION") in got
    assert ("EST", "EST", "SANCTION") not in got


def test_damage_done_by_an_attack_is_the_attack() -> None:
    got = {(e.source, e.target, e.type) for e in code_text(
        "Российские ракеты атаковали Одессу, разрушив склады и причалы.", "2024-05-10", "ru")}
    assert ("RUS", "UKR", "ASSAULT") in got
    assert ("RUS", "UKR", "COERCE") not in got


def test_the_armed_forces_of_ukraine_by_their_acronym() -> None:
    assert ("UKR", "RUS", "ASSAULT") in dyads("ВСУ обстреляли Курск.")


# ------------------------------------------------------------------ a decision approved is the act decided
def test_approved_decision_is_the_act() -> None:
    assert ("LVA", "RUS", "SANCTION") in triples("Кабинет министров Латвии утвердил решение о закрытии российского консульства в Даугавпилсе.")


def test_parts_for_weapons_are_no_aid() -> None:
    assert not any(t == "AID" for _, _, t in triples("Индия наладила поставки микросхем для российских ракет."))


# ------------------------------------------------------------------ peacekeepers withdrawn
def test_peacekeepers_withdrawn() -> None:
    assert ("RUS", "MDA", "RETREAT") in triples("Россия выводит миротворцев из Приднестровья.")


def test_truce_signed_is_an_agreement() -> None:
    # a truce signed or concluded by two parties is an agreement between them (CAMEO 057)
    got = dyads("Армения и Азербайджан заключили перемирие.")
    assert {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")} <= got


def test_a_lower_price_granted_is_a_concession_not_aid() -> None:
    got = dyads("Москва снизит для Еревана цену на газ.")
    assert ("RUS", "ARM", "CONCEDE") in got and ("RUS", "ARM", "AID") not in got


@uses(dyads=dyads_ru_20210304_b)
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
