"""Russian stances and responses taken on another act (coder/tree/reactions.py)."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_a_stance_drawn_by_the_subject_is_the_party_its_noun_names():
    got = dyads("Учения Польши вызвали резкое осуждение Минска.", lang="ru")
    assert ("BLR", "POL", "ACCUSE") in got and ("POL", "BLR", "ACCUSE") not in got
    assert ("BLR", "LTU", "ACCUSE") in dyads("Учения Литвы вызвали критику со стороны Белоруссии.", lang="ru")
    # a stance expressed (not drawn) keeps its subject as holder
    assert ("RUS", "UKR", "ACCUSE") in dyads("Москва выразила осуждение действий Киева.", lang="ru")


def test_a_stance_noun_under_a_light_verb_is_held_by_the_subject_and_about_its_genitive():
    assert dyads("Китай заявил о поддержке Белоруссии.", lang="ru") == {("CHN", "BLR", "SUPPORT")}
    assert dyads("Москва выразила осуждение действий Вильнюса.", lang="ru") == {("RUS", "LTU", "ACCUSE")}
    # not a stance noun: the genitive is the actor ("санкции Евросоюза")
    assert ("EU", "BLR", "SANCTION") in dyads("Евросоюз объявил о санкциях против Белоруссии.", lang="ru")


@pytest.mark.parametrize(("text", "pair"), [
    ("Решение Эстонии вызвало резкую критику в Риге.", ("LVA", "EST")),
    ("Действия Грузии вызвали возмущение в Ереване.", ("ARM", "GEO")),
])
def test_a_reaction_drawn_in_a_place_is_that_state_s(text: str, pair: tuple) -> None:
    got = dyads(text, lang="ru")
    assert (*pair, "ACCUSE") in got
    assert (pair[1], pair[0], "ACCUSE") not in got


def test_a_gerund_of_a_seat_that_speaks_reacts_to_the_act_before() -> None:
    got = dyads("Грузинские пограничники перешли линию разграничения, сообщили в МИД Армении, назвав это провокацией.",
                lang="ru")
    assert ("ARM", "GEO", "ACCUSE") in got


def test_an_answer_after_a_semicolon_answers_the_act_of_the_clause_before():
    got = dyads("Польша закрыла два пункта пропуска на границе с Белоруссией; Минск ответил зеркальными мерами.",
                lang="ru")
    assert ("BLR", "POL", "SANCTION") in got
    got = dyads("Латвия выслала двух российских дипломатов; МИД России пообещал ответные меры.", lang="ru")
    assert ("RUS", "LVA", "THREATEN") in got
    got = dyads("Литва запретила ввоз белорусских удобрений; в ответ Минск объявил о введении зеркальных мер.",
                lang="ru")
    assert ("BLR", "LTU", "SANCTION") in got
    assert ("BLR", "LTU", "THREATEN") not in got  # (measures taken, no threat)
    # (not across a sentence's end)
    got = dyads("Латвия выслала двух российских дипломатов. МИД России пообещал ответные меры.", lang="ru")
    assert ("RUS", "LVA", "THREATEN") not in got


def test_russian_lexicon_classes_of_attacks_boycotts_suspensions_and_characterisations():
    assert ("AZE", "ARM", "ASSAULT") in dyads("Азербайджан выпустил несколько ракет по армянским позициям.", lang="ru")
    assert ("RUS", "UKR", "ASSAULT") in dyads("Россия запустила по украинским городам десятки дронов.", lang="ru")
    assert ("RUS", "UKR", "ASSAULT") not in dyads("Россия запустила ракету, которая упала в Чёрном море.", lang="ru")
    assert ("TUR", "GRC", "ASSAULT") in dyads("Турецкий катер протаранил греческое судно.", lang="ru")
    assert ("TUR", "SYR", "ASSAULT") in dyads("Турция начала наземную операцию против курдов в Сирии.", lang="ru")
    assert ("AUT", "SVK", "SANCTION") in dyads("Австрия восстановила пограничный контроль на границе со Словакией.",
                                               lang="ru")
    assert ("MDA", "CIS", "SANCTION") in dyads("Президент Молдавии пропустит саммит СНГ.", lang="ru")
    assert ("ARM", "EU", "SANCTION") in dyads("Ереван приостанавливает переговоры с ЕС.", lang="ru")
    assert ("CAN", "CHN", "SANCTION") in dyads("Канада приостановила стратегическое партнёрство с Китаем.", lang="ru")
    assert ("BLR", "LTU", "ACCUSE") in dyads("Минск расценил решение Вильнюса как недружественный шаг.", lang="ru")


# ------------------------------------------------------------------ «осудить»: sentenced, or condemned
@pytest.mark.parametrize(("text", "expected"), [
    ("Суд в Минске осудил гражданина Латвии на восемь лет колонии.", ("BLR", "LVA", "COERCE")),
    ("Евросоюз осудил приговор, вынесенный белорусским судом журналистке.", ("EU", "BLR", "ACCUSE")),
    ("Киев осудил Минск за участие в агрессии.", ("UKR", "BLR", "ACCUSE")),
])
def test_sentenced_or_condemned(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_convicted_participle_is_no_condemnation() -> None:
    assert "ACCUSE" not in {t for _, _, t in dyads("Лукашенко помиловал двух граждан Польши, осужденных за шпионаж.",
                                                   lang="ru")}
    assert ("BLR", "POL", "CONCEDE") in dyads("Лукашенко помиловал двух граждан Польши, осужденных за шпионаж.", lang="ru")


def test_an_act_in_a_time_clause_of_an_answer_is_coded_and_the_answer_aimed_at_its_maker():
    got = dyads("Минск пригрозил ответными мерами после того, как Литва запретила транзит белорусских удобрений.",
                lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got
    assert ("BLR", "LTU", "THREATEN") in got
    got = dyads("Минск осудил Вильнюс после того, как Вильнюс запретил транзит белорусских удобрений.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got and ("BLR", "LTU", "ACCUSE") in got


def test_a_stance_drawn_by_the_clause_before_a_pronoun_is_aimed_at_its_maker():
    got = dyads("Польша ввела пошлины на белорусские товары, что вызвало резкую критику Минска.", lang="ru")
    assert ("BLR", "POL", "ACCUSE") in got and ("POL", "BLR", "SANCTION") in got
    # (a protest an act drew from a state is its accusation, convention 6)
    assert ("BLR", "LTU", "ACCUSE") in dyads("Действия Литвы вызвали протест Минска.", lang="ru")


def test_a_reaction_by_criticism_is_the_criticism():
    assert ("RUS", "LTU", "ACCUSE") in dyads("Кремль отреагировал на решение Вильнюса резкой критикой.", lang="ru")


# ------------------------------------------------------------------ reactions to the act before (`reactions_back`)
@pytest.mark.parametrize(("text", "expected"), [
    # the act in the clause before, the reaction's object a word referring back
    ("Турция обстреляла окраину Дамаска; Сирия осудила этот обстрел.", ("SYR", "TUR", "ACCUSE")),
    ("Литва закрыла транзит грузов, Москва назвала это решение враждебным.", ("RUS", "LTU", "ACCUSE")),
    # the reaction opening the next text: the one party that acted in the one before
    ("Иран провёл испытание новой ракеты. Израиль выразил решительный протест.", ("ISR", "IRN", "ACCUSE")),
    # a noun of reaction in a relative clause on the act
    ("Венгрия заблокировала пакет помощи, что вызвало резкую критику со стороны Евросоюза.", ("EU", "HUN", "ACCUSE")),
])
def test_reaction_aimed_at_the_act_before(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


@pytest.mark.parametrize("text", [
    # a thing of its own as the object: no reaction to the act before
    "Литва приняла закон о языке. Москва осудила закон об иноагентах.",
    # two parties acted before: which one it answers is not told
    "Путин встретился с Лукашенко. Киев выразил протест.",
    # a question tells no act
    "Польша закроет границу? В Минске это назвали провокацией.",
])
def test_no_reaction_target_where_none_is_told(text: str) -> None:
    assert not any(t == "ACCUSE" and g is not None for _, g, t in dyads(text, lang="ru"))


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction calling another's act a pejorative name accuses that act's maker
    ("Россия подписала договор о присоединении Крыма, а Украина назвала его аннексией.", ("UKR", "RUS", "ACCUSE")),
    ("Турция сбила российский самолет, а Путин назвал произошедшее «ударом в спину».", ("RUS", "TUR", "ACCUSE")),
    # a seat of power with an indefinite "they" on the second verb speaks, not the first verb's subject
    ("Белоруссия закрыла границу, а в Вильнюсе назвали это провокацией.", ("LTU", "BLR", "ACCUSE")),
])
def test_characterised_act(text: str, expected: tuple) -> None:
    got = dyads(text, lang="ru")
    assert expected in got
    assert (expected[1], expected[0], "ACCUSE") not in got
