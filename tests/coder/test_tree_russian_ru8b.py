"""The tree coder's Russian mechanisms of branch ru8b (recall by cause over the Russian development sets), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10", lang: str = "ru") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_a_threat_answering_a_hostile_act_is_aimed_at_its_maker():
    got = dyads("Польша выслала белорусского консула, а Минск пообещал ответные меры.")
    assert ("POL", "BLR", "SANCTION") in got
    assert ("BLR", "POL", "THREATEN") in got
    got = dyads("Азербайджан обстрелял армянские позиции, а Ереван пообещал суровое возмездие.")
    assert ("ARM", "AZE", "THREATEN") in got
    # (no hostile act before it: a promise of one's own, aimed at no one named)
    assert ("BLR", "POL", "THREATEN") not in dyads("Минск пообещал ответные меры, а Польша продлила визы.")


def test_a_visit_in_a_phrase_of_time_is_made_by_the_verbs_subject():
    got = dyads("Премьер Грузии во время визита в Баку подписал меморандум о транзите.")
    assert ("GEO", "AZE", "CONSULT") in got
    got = dyads("В ходе визита в Астану Токаев и Мирзиёев обсудили водные проекты.")
    assert ("UZB", "KAZ", "CONSULT") in got
    assert ("KAZ", "KAZ", "CONSULT") not in got
    # (a party in another phrase of the visit is no destination: «визит на остров спикера» names the visitor)
    got = dyads("Китай провёл учения после визита на остров делегации Японии.")
    assert ("CHN", "JPN", "CONSULT") not in got


def test_a_gerund_after_a_reporting_clause_with_the_speakers_seat_is_the_speakers():
    # «призвав» hangs on the reported verb; the seat «в ... службе Украины» has adjectives after its preposition
    got = dyads("Россия перебросила к границе танки, сообщили в Государственной пограничной службе Латвии, "
                "призвав Москву вернуть технику.")
    assert ("LVA", "RUS", "REQUEST") in got


def test_a_genitive_of_a_reporting_seat_is_not_hung_across_the_reporting_verb():
    # the parse hangs «Литвы» on «реке» of the reported clause, across «заявили»
    got = dyads("Белоруссия сняла часть знаков на реке Неман, заявили в Департаменте полиции и погранохраны Литвы, "
                "назвав это провокацией.")
    assert ("LTU", "BLR", "ACCUSE") in got


def test_a_clause_opened_by_za_chto_tells_more_of_the_subject_before_it():
    got = dyads("Премьер Словакии провёл в Минске переговоры с Лукашенко, за что подвергся критике со стороны Польши.")
    assert ("POL", "SVK", "ACCUSE") in got


def test_so_storony_on_a_passive_names_its_agent():
    got = dyads("Со стороны Латвии были введены ограничения на ввоз белорусских удобрений.")
    assert ("LVA", "BLR", "SANCTION") in got
    assert ("BLR", "LVA", "SANCTION") not in got


def test_v_polzu_names_whom_an_act_serves_not_its_target():
    got = dyads("Казахстан ввёл квоты на ввоз топлива в пользу казахстанских нефтепереработчиков.")
    assert ("KAZ", "KAZ", "SANCTION") not in got
    got = dyads("Латвия задержала журналиста по подозрению в шпионаже в пользу Белоруссии.")
    assert ("LVA", "BLR", "COERCE") not in got


def test_an_answer_after_a_semicolon_answers_the_act_of_the_clause_before():
    got = dyads("Польша закрыла два пункта пропуска на границе с Белоруссией; Минск ответил зеркальными мерами.")
    assert ("BLR", "POL", "SANCTION") in got
    got = dyads("Латвия выслала двух российских дипломатов; МИД России пообещал ответные меры.")
    assert ("RUS", "LVA", "THREATEN") in got
    got = dyads("Литва запретила ввоз белорусских удобрений; в ответ Минск объявил о введении зеркальных мер.")
    assert ("BLR", "LTU", "SANCTION") in got
    assert ("BLR", "LTU", "THREATEN") not in got  # (measures taken, no threat)
    # (not across a sentence's end)
    got = dyads("Латвия выслала двух российских дипломатов. МИД России пообещал ответные меры.")
    assert ("RUS", "LVA", "THREATEN") not in got


def test_russian_lexicon_classes_of_attacks_boycotts_suspensions_and_characterisations():
    assert ("AZE", "ARM", "ASSAULT") in dyads("Азербайджан выпустил несколько ракет по армянским позициям.")
    assert ("RUS", "UKR", "ASSAULT") in dyads("Россия запустила по украинским городам десятки дронов.")
    assert ("RUS", "UKR", "ASSAULT") not in dyads("Россия запустила ракету, которая упала в Чёрном море.")
    assert ("TUR", "GRC", "ASSAULT") in dyads("Турецкий катер протаранил греческое судно.")
    assert ("TUR", "SYR", "ASSAULT") in dyads("Турция начала наземную операцию против курдов в Сирии.")
    assert ("AUT", "SVK", "SANCTION") in dyads("Австрия восстановила пограничный контроль на границе со Словакией.")
    assert ("MDA", "CIS", "SANCTION") in dyads("Президент Молдавии пропустит саммит СНГ.")
    assert ("ARM", "EU", "SANCTION") in dyads("Ереван приостанавливает переговоры с ЕС.")
    assert ("CAN", "CHN", "SANCTION") in dyads("Канада приостановила стратегическое партнёрство с Китаем.")
    assert ("BLR", "LTU", "ACCUSE") in dyads("Минск расценил решение Вильнюса как недружественный шаг.")


def test_opening_airspace_to_another_eases_a_restriction():
    assert ("TUR", "ARM", "CONCEDE") in dyads("Турция открыла для Армении воздушное пространство.")


def test_guyana_moldovagaz_and_supplies_cut_told_as_a_noun():
    assert ("BRA", "GUY", "CONSULT") in dyads("Президент Бразилии встретился с президентом Гайаны в Джорджтауне.")
    assert ("RUS", "MDA", "SANCTION") in dyads("Газпром объявил «Молдовагазу» о приостановке поставок газа.")


def test_so_storony_on_the_verb_of_a_nominal_acts_happening_names_its_maker():
    got = dyads("Со стороны Баку последовали обстрелы армянских сёл.")
    assert ("AZE", "ARM", "ASSAULT") in got
    assert ("ARM", "AZE", "ASSAULT") not in got
