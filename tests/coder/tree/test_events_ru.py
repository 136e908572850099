"""Russian events from a trigger and the parties the tree gives an act no role for (coder/tree/events.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads, dyads_status, dyads_status_date

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_russian_threats_crossings_and_a_possibility():
    got = dyads_status_date("Евросоюз не раз грозился применить санкции в отношении Белоруссии.", "2021-03-04", "ru")
    assert {(s, t, ty) for s, t, ty, _, _ in got} == {("EU", "BLR", "THREATEN")}  # the sanctions are its content
    assert ("LTU", "BLR", "SANCTION") in dyads("Власти Литвы закрыли все пограничные переходы с Беларусью.", lang="ru")
    got = dyads_status_date("Литва рассматривает возможность закрытия границы с Белоруссией.", "2021-03-04", "ru")
    assert ("LTU", "BLR", "SANCTION", "hypothetical", None) in got


@pytest.mark.parametrize("text,lang", [
    ("Azerbaijan promised Armenia to release the prisoners.", "en"),
    ("Азербайджан пообещал Армении освободить пленных.", "ru"),
])
def test_a_promised_act_is_the_promisers_toward_the_addressee(text: str, lang: str) -> None:
    got = dyads_status(text, lang=lang)
    assert ("AZE", "ARM", "AGREE", "occurred") in got
    assert ("AZE", "ARM", "CONCEDE", "planned") in got
    assert not any(a == "ARM" for a, _, _, _ in got)


def test_an_urged_act_is_still_the_addressees() -> None:
    got = dyads_status("Азербайджан призвал Армению освободить пленных.", lang="ru")
    assert ("AZE", "ARM", "REQUEST", "occurred") in got


def test_the_threatened_act_in_the_instrumental_and_asking_from_someone():
    assert dyads("Белоруссия пригрозила прекращением транзита грузов из Литвы.",
                 lang="ru") == {("BLR", "LTU", "THREATEN")}
    assert dyads("Литва попросила помощи у Евросоюза.", lang="ru") == {("LTU", "EU", "REQUEST")}


def test_offering_that_another_party_act_is_a_request() -> None:
    got = {(e.source, e.target, e.type, e.cameo) for e in code_text(
        "Молдавия предложила Румынии снизить стоимость газа.", "2021-03-04", "ru")}
    assert ("MDA", "ROU", "REQUEST", "020") in got
    assert not {e for e in got if e[2] == "AGREE"}
    # an offer of a thing or to meet stays an offer
    assert ("MDA", "ROU", "AID") in dyads("Молдавия предложила Румынии новый кредит.", lang="ru")
    assert ("RUS", "MDA", "AGREE") in dyads("Путин предложил Санду встретиться в Москве.", lang="ru")


def test_a_stated_readiness_for_a_hostile_act_is_a_threat() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Литва заявила о готовности ввести санкции против Белоруссии.", "2021-03-04", "ru")}
    assert got == {("LTU", "BLR", "THREATEN", "occurred")}
    # preparing the act is the act planned; readiness to help is aid planned
    assert dyads("Литва готовится закрыть границу с Белоруссией.", lang="ru") == {("LTU", "BLR", "SANCTION")}
    assert dyads("Россия готова выделить Белоруссии кредит.", lang="ru") == {("RUS", "BLR", "AID")}


def test_a_promise_of_aid_to_a_party_the_aid_does_not_name_goes_to_the_promise_s_party() -> None:
    # «республике» names no country: the aid goes to the one the promise is made to
    got = dyads_status("Армения попросила Москву о помощи, а Россия пообещала республике поставить партию бронетехники.", lang="ru")
    assert ("RUS", "ARM", "AID", "planned") in got


@pytest.mark.parametrize(("text", "pair"), [
    ("Каракас пообещал отомстить Боготе за гибель своих пограничников.", ("VEN", "COL")),
    ("Ханой пообещал «покарать» Пномпень за обстрел приграничной деревни.", ("VNM", "KHM")),
    ("Сенегал пообещал дать ответ Мали «в удобное для себя время».", ("SEN", "MLI")),
])
def test_a_promised_reprisal_is_a_threat(text: str, pair: tuple[str, str]) -> None:
    got = dyads(text, lang="ru")
    assert (*pair, "THREATEN") in got
    assert (*pair, "AGREE") not in got


def test_an_answer_promised_to_a_query_is_no_threat() -> None:
    got = dyads("Токио пообещал Маниле дать ответ на запрос о поставках катеров в течение месяца.", lang="ru")
    assert not any(d[2] == "THREATEN" for d in got)
    assert ("JPN", "PHL", "AGREE") in got  # the promise itself


@pytest.mark.parametrize(("text", "event"), [
    # aid promised, by verb or noun: the aid planned, no accord beside it (convention 5)
    ("Токио пообещал выделить Маниле кредит на закупку патрульных катеров.", ("JPN", "PHL", "AID")),
    # support promised by a verb: the support
    ("Анкара пообещала поддержать заявку Баку на проведение климатического форума.", ("TUR", "AZE", "SUPPORT")),
])
def test_a_promised_act_is_the_event(text: str, event: tuple[str, str, str]) -> None:
    got = dyads(text, lang="ru")
    assert event in got
    assert (*event[:2], "AGREE") not in got


def test_a_promise_of_support_by_a_noun_stays_the_promise() -> None:
    assert ("CHN", "LAO", "AGREE") in dyads("Пекин пообещал Лаосу поддержку в строительстве железной дороги.",
                                            lang="ru")


def test_a_threat_answering_a_hostile_act_is_aimed_at_its_maker():
    got = dyads("Польша выслала белорусского консула, а Минск пообещал ответные меры.", lang="ru")
    assert ("POL", "BLR", "SANCTION") in got
    assert ("BLR", "POL", "THREATEN") in got
    got = dyads("Азербайджан обстрелял армянские позиции, а Ереван пообещал суровое возмездие.", lang="ru")
    assert ("ARM", "AZE", "THREATEN") in got
    # (no hostile act before it: a promise of one's own, aimed at no one named)
    assert ("BLR", "POL", "THREATEN") not in dyads("Минск пообещал ответные меры, а Польша продлила визы.", lang="ru")


def test_a_warning_to_no_one_named_is_an_untargeted_threat():
    got = dyads("В Кремле предупредили, что Москва ответит на удары по своей территории.", lang="ru")
    assert ("RUS", None, "THREATEN") in got
    assert ("RUS", "RUS", "THREATEN") not in got


# ------------------------------------------------------------------ an appeal or refusal held out as a warning
def test_appeal_held_out_threatens_the_conditions_party() -> None:
    got = dyads("Если Тегеран продолжит обогащение урана, Париж обратится в Совбез ООН, предупредили во французском МИД.", lang="ru")
    assert ("FRA", "IRN", "THREATEN") in got
    assert ("FRA", "UN", "THREATEN") not in got


# ------------------------------------------------------------------ protests carried by their place
@pytest.mark.parametrize(("text", "code"), [
    # people with no actor named protest where they are: that country's people, at home (convention 8)
    ("Тысячи человек в субботу вышли на улицы Гродно с требованием отставки правительства.", "BLR"),
    ("Около ста тысяч человек участвовали в шествии в Тбилиси.", "GEO"),
    ("Тысячи человек приняли участие в марше в Тбилиси.", "GEO"),
    # protests that grip a city: its people's, not a complaint of the city as a state organ
    ("Кишинев охватили массовые протесты после того, как парламент принял закон.", "MDA"),
    ("Массовые протесты охватили Кишинев после решения парламента.", "MDA"),
])
def test_protest_carried_by_its_place(text: str, code: str) -> None:
    found = dyads(text, "2021-10-15", "ru")
    assert (code, code, "PROTEST") in found, found
    assert not any(t == "ACCUSE" for _, _, t in found), found


@pytest.mark.parametrize("text", [
    # a protest in a concessive phrase is background (convention 4)
    "Парламент Молдавии принял закон о партиях, несмотря на массовые протесты в Кишиневе.",
])
def test_protest_place_not_read(text: str) -> None:
    assert not any(t == "PROTEST" for _, _, t in dyads(text, lang="ru"))


# ------------------------------------------------------------------ an act named as a party's answer
@pytest.mark.parametrize(("text", "event"), [
    ("Ответом Минска стало закрытие границы с Литвой.", ("BLR", "LTU", "SANCTION")),
    ("Ответом Москвы стала высылка двух эстонских дипломатов.", ("RUS", "EST", "SANCTION")),
    ("Закрытие границы с Литвой стало ответом Минска на санкции.", ("BLR", "LTU", "SANCTION")),
    ("Ответной мерой Вильнюса стал запрет на транзит белорусских удобрений.", ("LTU", "BLR", "SANCTION")),
])
def test_act_named_as_a_partys_answer(text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(text, lang="ru")


# ------------------------------------------------------------------ a sanction aimed at the one accused with it
@pytest.mark.parametrize(("text", "pair"), [
    ("Литва закрыла два пункта пропуска, обвинив Минск в организации миграционного кризиса.", ("LTU", "BLR")),
    ("Обвинив Минск в провокациях, Вильнюс закрыл пункты пропуска.", ("LTU", "BLR")),
])
def test_sanction_aimed_at_the_accused(text: str, pair: tuple[str, str]) -> None:
    found = dyads(text, lang="ru")
    assert (*pair, "SANCTION") in found, found
    assert (*pair, "ACCUSE") in found, found


def test_sanction_with_no_one_accused_names_no_target() -> None:
    assert not dyads("Литва закрыла пункты пропуска на границе.", lang="ru")
    # (control: the border named)
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва закрыла пункты пропуска на границе с Белоруссией.", lang="ru")


@pytest.mark.coder("learned")  # (its file had no marker: the default coder)
def test_joined_sanctions_russian_no_accession() -> None:
    # «присоединилась к санкциям ЕС» is no accession to the EU, and the EU's own sanctions are not stated again
    assert dyads("Швейцария присоединилась к санкциям ЕС против России.", lang="ru") == {("CHE", "RUS", "SANCTION")}
    assert dyads("Черногория присоединилась к Евросоюзу.", lang="ru") == {("MNE", "EU", "AGREE")}


# ------------------------------------------------------------------ the released named in a clause of «among»
@pytest.mark.parametrize(("text", "targets"), [
    ("Белорусские власти освободили 10 заключенных, среди которых граждане Латвии и Эстонии.", {"LVA", "EST"}),
    ("Минск помиловал 20 осужденных, среди которых двое граждан Литвы.", {"LTU"}),
])
def test_released_among_them_citizens(text: str, targets: set[str]) -> None:
    found = dyads(text, lang="ru")
    assert {("BLR", t, "CONCEDE") for t in targets} <= found, found
    assert ("BLR", "BLR", "CONCEDE") not in found, found


# ------------------------------------------------------------------ a threat told by its verb answers the act before «;»
def test_threat_after_semicolon_answers_the_act_told_before() -> None:
    # the verb's threat is aimed at the maker of the act in the clause before the «;», even where it speaks of «этот
    # шаг» (no maker named beside it); measures announced there are no threat at that maker
    found = dyads("Эстония выслала российского консула; Москва пообещала, что этот шаг не останется без ответа.",
                  lang="ru")
    assert ("RUS", "EST", "THREATEN") in found, found
    found = dyads("Румыния закрыла российское консульство; российская сторона пообещала жесткий ответ.", lang="ru")
    assert ("RUS", "ROU", "THREATEN") in found, found
    found = dyads("ЕС ввел санкции против Минска; в ответ Минск объявил о введении зеркальных мер.", lang="ru")
    assert ("BLR", "EU", "THREATEN") not in found, found


# ------------------------------------------------------------ an organisation's meeting as another act's setting
def test_a_summit_where_another_act_takes_place_is_no_meeting_of_its_own_ru() -> None:
    found = dyads("Токаев, прибывший в Бишкек на заседание ОДКБ, встретился с Жапаровым.", lang="ru")
    assert ("CSTO", None, "CONSULT") not in found and ("KAZ", "KGZ", "CONSULT") in found, found
