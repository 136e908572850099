"""Russian events from a trigger and the parties the tree gives an act no role for (coder/tree/events.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    coded_en_status_20240510,
    coded_en_status_20240510_b,
    coded_en_status_date_20200915,
    coded_en_status_date_20210304,
    dyads_20210304,
    dyads_20230510,
    dyads_20240510,
    dyads_en_20210304,
    dyads_en_20240510,
    uses,
)
from tests.coder.tree.helpers import (
    coded_ru_status_20230510 as coded,
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
def test_russian_threats_crossings_and_a_possibility():
    got = coded("Евросоюз не раз грозился применить санкции в отношении Белоруссии.", lang="ru")
    assert {(s, t, ty) for s, t, ty, _, _ in got} == {("EU", "BLR", "THREATEN")}  # the sanctions are its content
    assert ("LTU", "BLR", "SANCTION") in dyads("Власти Литвы закрыли все пограничные переходы с Беларусью.", lang="ru")
    got = coded("Литва рассматривает возможность закрытия границы с Белоруссией.", lang="ru")
    assert ("LTU", "BLR", "SANCTION", "hypothetical", None) in got


@uses(coded=coded_en_status_date_20200915)
@pytest.mark.parametrize(("text", "lang"), [
    ("Russia promised Belarus a loan of 1.5 billion dollars on Monday.", "en"),
    ("Россия в понедельник пообещала Белоруссии кредит в размере 1,5 млрд долларов.", "ru"),
])
def test_the_day_of_a_promise_does_not_date_the_act_promised(text: str, lang: str) -> None:
    # pub_date 2020-09-15 is a Tuesday: the promise was made on Monday the 14th; the loan has no schedule
    events = coded(text, lang=lang)
    # `promised_acts` (English: a sum promised, `promised_sums`): the aid promised is the event, no accord beside
    # it (convention 5)
    assert events == [("RUS", "BLR", "AID", "planned", None)]


@uses(coded=coded_en_status_20240510)
@pytest.mark.parametrize("text,lang", [
    ("Azerbaijan promised Armenia to release the prisoners.", "en"),
    ("Азербайджан пообещал Армении освободить пленных.", "ru"),
])
def test_a_promised_act_is_the_promisers_toward_the_addressee(text: str, lang: str) -> None:
    got = coded(text, lang)
    assert ("AZE", "ARM", "AGREE", "occurred") in got
    assert ("AZE", "ARM", "CONCEDE", "planned") in got
    assert not any(a == "ARM" for a, _, _, _ in got)


@uses(coded=coded_en_status_20240510)
def test_an_urged_act_is_still_the_addressees() -> None:
    got = coded("Азербайджан призвал Армению освободить пленных.", "ru")
    assert ("AZE", "ARM", "REQUEST", "occurred") in got


@uses(dyads=dyads_en_20240510)
def test_russian_imperfective_gathering_for_a_rally_is_a_protest():
    got = dyads("В Гродно сторонники оппозиции начали собираться на митинг.", lang="ru")
    assert any(t == "PROTEST" and a == "BLR" for a, _, t in got)


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


def test_the_threatened_act_in_the_instrumental_and_asking_from_someone():
    assert dyads("Белоруссия пригрозила прекращением транзита грузов из Литвы.") == {("BLR", "LTU", "THREATEN")}
    assert dyads("Литва попросила помощи у Евросоюза.") == {("LTU", "EU", "REQUEST")}


def test_know_how_handed_over_is_no_aid():
    """Technology passed on is no AID (patterns.yaml `without`); the goods themselves are
    (sentences written for this test)."""
    assert dyads("Россия пообещала передать Армении технологию производства вакцины.") == {("RUS", "ARM", "AGREE")}
    assert ("RUS", "ARM", "AID") in dyads("Россия передаст Армении вакцину в апреле.")


def test_extending_an_agreement_is_an_accord_and_extending_sanctions_a_sanction() -> None:
    assert ("RUS", "BLR", "AGREE") in dyads("Россия и Белоруссия продлили соглашение о поставках нефти.")
    assert dyads("ЕС продлил санкции против Белоруссии.") == {("EU", "BLR", "SANCTION")}


def test_a_stated_readiness_for_a_hostile_act_is_a_threat() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Литва заявила о готовности ввести санкции против Белоруссии.", "2021-03-04", "ru")}
    assert got == {("LTU", "BLR", "THREATEN", "occurred")}
    # preparing the act is the act planned; readiness to help is aid planned
    assert dyads("Литва готовится закрыть границу с Белоруссией.") == {("LTU", "BLR", "SANCTION")}
    assert dyads("Россия готова выделить Белоруссии кредит.") == {("RUS", "BLR", "AID")}


@uses(dyads=dyads_20210304)
@pytest.mark.parametrize("text", [
    "Российские войска покинули территорию Армении.",
    "Российские миротворцы уходят из Армении.",
    "Российские подразделения вышли из Грузии.",
])
def test_forces_leaving_a_country_retreat(text: str) -> None:
    assert {d for d in dyads(text) if d[2] == "RETREAT"} <= {("RUS", "ARM", "RETREAT"), ("RUS", "GEO", "RETREAT")}
    assert {d for d in dyads(text) if d[2] == "RETREAT"}


@uses(dyads=dyads_20210304)
@pytest.mark.parametrize("text", ["Армения отправила в Грузию самолёт с медикаментами.",
                                  "Армения направила в Грузию партию боеприпасов."])
def test_goods_sent_to_another_country_are_aid_not_a_deployment(text: str) -> None:
    got = dyads(text)
    assert ("ARM", "GEO", "AID") in got
    assert ("ARM", "GEO", "MOBILIZE") not in got


@uses(dyads=dyads_20210304)
@pytest.mark.parametrize(("text", "want"), [
    ("Армянские военные выдвигаются к азербайджанской границе.", ("ARM", "AZE", "MOBILIZE")),
    ("Армянские силовики применяли силу против азербайджанских пограничников.", ("ARM", "AZE", "ASSAULT")),
])
def test_forces_moved_up_and_force_used(text: str, want: tuple) -> None:
    assert want in dyads(text)


@pytest.mark.parametrize("text, pair", [
    ("Турция пообещала Азербайджану кредит.", ("TUR", "AZE")),
    ("Россия пообещала поставить Никарагуа партию вооружений.", ("RUS", "NIC")),
    # the parse hangs «помощь» on the verb as a noun modifier, not its object
    ("Германия пообещала Молдавии, Грузии и Армении финансовую помощь и льготные кредиты на общую сумму 3 млрд евро.",
     ("DEU", "MDA")),
])
def test_a_promise_of_aid_is_the_aid_planned_and_no_accord(text: str, pair: tuple[str, str]) -> None:
    got = coded(text)
    assert (*pair, "AID", "planned") in got
    assert not [e for e in got if e[2] == "AGREE"]


def test_a_promise_of_aid_to_a_party_the_aid_does_not_name_goes_to_the_promise_s_party() -> None:
    # «республике» names no country: the aid goes to the one the promise is made to
    got = coded("Армения попросила Москву о помощи, а Россия пообещала республике поставить партию бронетехники.")
    assert ("RUS", "ARM", "AID", "planned") in got


@uses(dyads=dyads_20230510)
def test_a_note_handed_to_another_s_envoy_is_a_protest() -> None:
    assert ("EST", "BLR", "ACCUSE") in dyads("Эстонский МИД вручил послу Белоруссии в Таллине ноту в связи с задержанием"
                                            " эстонских журналистов.")


@uses(dyads=dyads_20230510)
def test_duties_cut_are_a_concession_not_a_sanction() -> None:
    got = dyads("Индия снизит пошлины на американские мотоциклы.")
    assert ("IND", "USA", "CONCEDE") in got and ("IND", "USA", "SANCTION") not in got


@pytest.mark.parametrize(("text", "pair"), [
    ("Каракас пообещал отомстить Боготе за гибель своих пограничников.", ("VEN", "COL")),
    ("Ханой пообещал «покарать» Пномпень за обстрел приграничной деревни.", ("VNM", "KHM")),
    ("Сенегал пообещал дать ответ Мали «в удобное для себя время».", ("SEN", "MLI")),
])
def test_a_promised_reprisal_is_a_threat(text: str, pair: tuple[str, str]) -> None:
    got = dyads(text)
    assert (*pair, "THREATEN") in got
    assert (*pair, "AGREE") not in got


def test_an_answer_promised_to_a_query_is_no_threat() -> None:
    got = dyads("Токио пообещал Маниле дать ответ на запрос о поставках катеров в течение месяца.")
    assert not any(d[2] == "THREATEN" for d in got)


@pytest.mark.parametrize(("text", "event"), [
    # aid promised, by verb or noun: the aid planned, no accord beside it (convention 5)
    ("Токио пообещал выделить Маниле кредит на закупку патрульных катеров.", ("JPN", "PHL", "AID")),
    # support promised by a verb: the support
    ("Анкара пообещала поддержать заявку Баку на проведение климатического форума.", ("TUR", "AZE", "SUPPORT")),
])
def test_a_promised_act_is_the_event(text: str, event: tuple[str, str, str]) -> None:
    got = dyads(text)
    assert event in got
    assert (*event[:2], "AGREE") not in got


def test_a_promise_of_support_by_a_noun_stays_the_promise() -> None:
    assert ("CHN", "LAO", "AGREE") in dyads("Пекин пообещал Лаосу поддержку в строительстве железной дороги.")


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


@uses(dyads=dyads_20240510)
def test_suspending_the_issue_of_visas_is_a_sanction_not_an_easing() -> None:
    assert ("EST", "BLR", "SANCTION") in dyads("Эстония приостановила выдачу виз гражданам Беларуси.")
    # easing the visa regime stays a concession
    assert ("LVA", "BLR", "CONCEDE") in dyads("Латвия смягчила визовый режим для граждан Беларуси.")


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


# ------------------------------------------------------------------ aid in its wordings
@pytest.mark.parametrize(("text", "expected"), [
    # arms supplied, named as a noun: military aid, not trade
    ("Разведка США сообщила о поставках северокорейских снарядов российской армии.", ("PRK", "RUS", "AID")),
    ("Сеул обсуждает поставки гаубиц Польше.", ("KOR", "POL", "AID")),
    # goods given free
    ("Китай безвозмездно передаст Камбодже партию риса.", ("CHN", "KHM", "AID")),
    # another country's soldiers trained
    ("Инструкторы Франции подготовят молдавских военнослужащих.", ("FRA", "MDA", "AID")),
])
def test_aid_wordings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_parts_for_weapons_are_no_aid() -> None:
    assert not any(t == "AID" for _, _, t in triples("Индия наладила поставки микросхем для российских ракет."))


def test_a_lower_price_granted_is_a_concession_not_aid() -> None:
    got = dyads("Москва снизит для Еревана цену на газ.")
    assert ("RUS", "ARM", "CONCEDE") in got and ("RUS", "ARM", "AID") not in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Польские фермеры заблокировали пункт пропуска на границе с Украиной.", ("POL", "UKR", "PROTEST")),
    ("Литовские перевозчики перекрыли дорогу к границе с Белоруссией.", ("LTU", "BLR", "PROTEST")),
    ("Польша заблокировала пункт пропуска на границе с Белоруссией.", ("POL", "BLR", "SANCTION")),
])
def test_a_crossing_blocked_by_people_is_a_protest_by_a_state_a_sanction(text: str, dyad: tuple) -> None:
    got = dyads(text)
    assert dyad in got and len({d[2] for d in got}) == 1
