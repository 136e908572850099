"""Russian recall by cause (tenth session, helper ru10b): constructions the tree coder missed on the Russian
development sets, each tested with sentences written for the project (no gold sentence)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import code_text

pytestmark = pytest.mark.coder("tree")

PUB = "2021-10-15"


def triples(text: str, pub: str | None = PUB) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


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
    found = triples(text)
    assert (code, code, "PROTEST") in found, found
    assert not any(t == "ACCUSE" for _, _, t in found), found


@pytest.mark.parametrize("text", [
    # a protest in a concessive phrase is background (convention 4)
    "Парламент Молдавии принял закон о партиях, несмотря на массовые протесты в Кишиневе.",
])
def test_protest_place_not_read(text: str) -> None:
    assert not any(t == "PROTEST" for _, _, t in triples(text))


# ------------------------------------------------------------------ embassy staff cut on demand
@pytest.mark.parametrize(("text", "pair"), [
    # convention 6: ordering the other side to cut its embassy staff is the sanction, not a request
    ("Латвия потребовала от России сократить число дипломатов в посольстве в Риге.", ("LVA", "RUS")),
    ("Правительство Латвии потребовало от России сократить штат посольства в Риге до десяти человек.", ("LVA", "RUS")),
    ("Молдавия обязала российское посольство сократить штат.", ("MDA", "RUS")),
    ("Белоруссия сократила число литовских дипломатов в Минске.", ("BLR", "LTU")),
])
def test_staff_cut_demanded_is_a_sanction(text: str, pair: tuple[str, str]) -> None:
    found = triples(text)
    assert (*pair, "SANCTION") in found, found
    assert (*pair, "REQUEST") not in found, found


def test_other_demand_stays_a_request() -> None:
    assert ("LTU", "BLR", "REQUEST") in triples("Литва потребовала от Минска освободить политзаключенных.")


# ------------------------------------------------------------------ a minority's member is no foreign state
@pytest.mark.parametrize("text", [
    "Суд в Гродно приговорил активиста литовской общины к пяти годам колонии.",
    "Брестский областной суд приговорил лидера литовской общины к пяти годам колонии.",
    "Белорусские силовики задержали активистов польского меньшинства.",
])
def test_minority_member_is_coded_where_they_live(text: str) -> None:
    found = triples(text)
    assert ("BLR", "BLR", "COERCE") in found, found
    assert not any(tg in ("LTU", "POL") for _, tg, _ in found), found


def test_foreign_citizens_stay_foreign() -> None:
    assert ("BLR", "POL", "COERCE") in triples("Белорусские пограничники задержали польских граждан.")


# ------------------------------------------------------------------ an act named as a party's answer
@pytest.mark.parametrize(("text", "event"), [
    ("Ответом Минска стало закрытие границы с Литвой.", ("BLR", "LTU", "SANCTION")),
    ("Ответом Москвы стала высылка двух эстонских дипломатов.", ("RUS", "EST", "SANCTION")),
    ("Закрытие границы с Литвой стало ответом Минска на санкции.", ("BLR", "LTU", "SANCTION")),
    ("Ответной мерой Вильнюса стал запрет на транзит белорусских удобрений.", ("LTU", "BLR", "SANCTION")),
])
def test_act_named_as_a_partys_answer(text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(text)


# ------------------------------------------------------------------ a sanction aimed at the one accused with it
@pytest.mark.parametrize(("text", "pair"), [
    ("Литва закрыла два пункта пропуска, обвинив Минск в организации миграционного кризиса.", ("LTU", "BLR")),
    ("Обвинив Минск в провокациях, Вильнюс закрыл пункты пропуска.", ("LTU", "BLR")),
])
def test_sanction_aimed_at_the_accused(text: str, pair: tuple[str, str]) -> None:
    found = triples(text)
    assert (*pair, "SANCTION") in found, found
    assert (*pair, "ACCUSE") in found, found


def test_sanction_with_no_one_accused_names_no_target() -> None:
    assert not triples("Литва закрыла пункты пропуска на границе.")


# ------------------------------------------------------------------ compound accord nouns, names split by the parse
@pytest.mark.parametrize("text", [
    "Россия и Армения подписали межправсоглашение о строительстве электростанции.",
    "Межправсоглашение между Россией и Арменией подписано в Ереване.",
    "Межправсоглашение, подписанное Россией и Арменией, вступило в силу.",
])
def test_compound_accord_nouns(text: str) -> None:
    found = triples(text)
    assert {("RUS", "ARM", "AGREE"), ("ARM", "RUS", "AGREE")} <= found, found


@pytest.mark.parametrize(("text", "pair"), [
    # two names in one case joined by «и» are coordinated, whatever noun the parse hangs the second on
    ("Подписание Алиевым и Пашиняном декларации состоялось в понедельник.", ("AZE", "ARM")),
    ("Подписание Токаевым и Мирзиёевым договора о союзничестве состоялось в Ташкенте.", ("KAZ", "UZB")),
])
def test_names_in_one_case_coordinated(text: str, pair: tuple[str, str]) -> None:
    found = triples(text)
    assert {(*pair, "AGREE"), (pair[1], pair[0], "AGREE")} <= found, found


# ------------------------------------------------------------------ an act only hoped for
@pytest.mark.parametrize("text", [
    "Лукашенко выразил надежду на восстановление диалога с Вашингтоном.",
    "Минск надеется на возобновление переговоров с Варшавой.",
    "Токаев надеется посетить Москву в мае.",
])
def test_hoped_act_not_coded(text: str) -> None:
    assert not triples(text)


def test_hope_beside_an_act_keeps_the_act() -> None:
    found = triples("Лукашенко провел переговоры с Путиным и выразил надежду на их продолжение.")
    assert ("BLR", "RUS", "CONSULT") in found, found


# ------------------------------------------------------------------ a list of subjects the parse hangs on a noun before
def test_abstainers_are_no_parties_of_the_draft() -> None:
    found = triples("Россия заблокировала в Совбезе ООН проект резолюции, осуждающей ее вторжение в Грузию, "
                    "Китай и Индия воздержались.")
    assert not any(tg in ("CHN", "IND") for _, tg, _ in found), found
    assert ("RUS", "UN", "REJECT") in found, found


# ------------------------------------------------------------------ people from elsewhere are not the actor's own
@pytest.mark.parametrize(("text", "code"), [
    ("Литовские пограничники задержали группу нелегальных мигрантов.", "LTU"),
    ("Польские пограничники задержали сорок мигрантов.", "POL"),
])
def test_migrants_detained_are_no_self_target(text: str, code: str) -> None:
    found = triples(text)
    assert (code, None, "COERCE") in found, found
    assert (code, code, "COERCE") not in found, found


def test_protesters_detained_stay_at_home() -> None:
    assert ("LTU", "LTU", "COERCE") in triples("Литовская полиция задержала десятки участников акции протеста.")


# ------------------------------------------------------------------ a clause whose verb is left out (gapping)
@pytest.mark.parametrize(("text", "event"), [
    ("Литва выслала трех российских дипломатов, а Латвия — двух.", ("LVA", "RUS", "SANCTION")),
    ("Польша закрыла два пункта пропуска на границе с Белоруссией, а Литва — один.", ("LTU", "BLR", "SANCTION")),
    ("Россия выделила Белоруссии кредит в миллиард долларов, а Китай — в полмиллиарда.", ("CHN", "BLR", "AID")),
])
def test_gapped_clause_repeats_the_act(text: str, event: tuple[str, str, str]) -> None:
    found = triples(text)
    assert event in found, found


# ------------------------------------------------------------------ the released named in a clause of «among»
@pytest.mark.parametrize(("text", "targets"), [
    ("Белорусские власти освободили 10 заключенных, среди которых граждане Латвии и Эстонии.", {"LVA", "EST"}),
    ("Минск помиловал 20 осужденных, среди которых двое граждан Литвы.", {"LTU"}),
])
def test_released_among_them_citizens(text: str, targets: set[str]) -> None:
    found = triples(text)
    assert {("BLR", t, "CONCEDE") for t in targets} <= found, found
    assert ("BLR", "BLR", "CONCEDE") not in found, found


# ------------------------------------------------------------------ a withdrawal noun: the place left is the target
@pytest.mark.parametrize(("text", "pair"), [
    ("Франция объявила о выводе своих войск из Нигера.", ("FRA", "NER")),
    ("Вывод российских войск из Молдавии завершится к осени.", ("RUS", "MDA")),
    # soldiers the parse reads as the country they leave are no source
    ("Германия начнет вывод военных из Мали в мае.", ("DEU", "MLI")),
])
def test_withdrawal_noun_aimed_at_the_place_left(text: str, pair: tuple[str, str]) -> None:
    found = triples(text)
    assert (*pair, "RETREAT") in found, found
    assert (pair[1], pair[1], "RETREAT") not in found, found
