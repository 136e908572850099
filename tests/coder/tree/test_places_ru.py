"""Russian parties found by place (coder/tree/places.py): visits, hosts, where an act happens."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


@pytest.mark.parametrize(("text", "status"), [
    ("Президент Молдавии не полетел в Пекин на форум.", "denied"),
    ("Президент Молдавии поедет в Румынию в мае.", "planned"),
    ("Лукашенко улетел в Москву на переговоры.", "occurred"),
])
def test_flying_or_going_to_a_country_is_a_visit(text: str, status: str) -> None:
    got = {(e.source, e.target, e.type, e.cameo, e.status) for e in code_text(text, "2021-03-04", "ru")}
    assert any(e[2:] == ("CONSULT", "042", status) for e in got), got


def test_tear_gas_on_protesters_is_violent_repression_inside_one_country() -> None:
    # CAMEO 175 (as English "use tear gas"); the rally's participants are a party inside the country
    got = {(e.source, e.target, e.type, e.cameo) for e in code_text(
        "В Кишинёве силовики применили слезоточивый газ против участников марша пенсионеров.", "2021-03-04", "ru")}
    assert ("MDA", "MDA", "ASSAULT", "175") in got
    assert not {e for e in got if e[2] == "PROTEST"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Президент Казахстана прибыл с официальным визитом в Минск.", ("KAZ", "BLR")),
    ("Лукашенко отправился с рабочей поездкой в Китай.", ("BLR", "CHN")),
])
def test_a_visit_s_destination_may_hang_on_the_visit_phrase(text: str, pair: tuple) -> None:
    assert (*pair, "CONSULT") in dyads(text, lang="ru")


def test_a_nominal_act_on_someone_in_a_place_is_the_place_s_state_s() -> None:
    # convention 8, for a nominal event as for a verb
    assert ("BLR", "RUS", "COERCE") in dyads("Задержание российских граждан в Белоруссии вызвало протест Москвы.",
                                             lang="ru")


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


def test_forces_coming_to_a_border_do_not_retreat() -> None:
    assert not {d for d in dyads("Литовские военные вышли на границу с Белоруссией.", lang="ru") if d[2] == "RETREAT"}
    # (control: forces leaving a border retreat)
    assert ("LTU", "BLR", "RETREAT") in dyads("Литовские военные отошли от границы с Белоруссией.", lang="ru")


def test_a_place_of_an_indefinite_act_stays_a_place() -> None:
    # not a verb of saying: the place is where it happened (convention 8), no speaker
    assert ("LVA", "EST", "COERCE") in dyads("В Риге задержали гражданина Эстонии.", lang="ru")


def test_the_place_struck_with_a_weapon_is_the_target() -> None:
    assert ("RUS", "UKR", "ASSAULT") in dyads("Россия ударила иранскими дронами по энергетическому объекту в Одесской области.", lang="ru")


def test_a_visit_naming_its_own_visitor_is_not_the_subject_s() -> None:
    # the visitor stands in the visit's own phrase (here a name the dictionary may not know): not Minsk's visit
    got = dyads("Минск выразил протест после визита в Вильнюс депутата Европарламента Яна Новака.", lang="ru")
    assert ("BLR", "LTU", "CONSULT") not in got
    assert ("BLR", "LTU", "ACCUSE") in got  # the protest itself (convention 6)


@pytest.mark.parametrize(("text", "expected"), [
    # entry refused at the border: the people's country is the target (convention 6)
    ("Эстонские пограничники не пустили в страну гражданина России, прибывшего на автобусе.", ("EST", "RUS", "SANCTION")),
    ("Латвийские пограничники не пропустили в страну группу туристов из Беларуси.", ("LVA", "BLR", "SANCTION")),
    # put into a package of sanctions or onto an entry-ban list
    ("Совет ЕС включил Беларусь в новый пакет санкций.", ("EU", "BLR", "SANCTION")),
    ("Латвия внесла Лукашенко в список лиц, которым запрещен въезд.", ("LVA", "BLR", "SANCTION")),
    ("Великобритания расширила санкционные списки в отношении российских компаний.", ("GBR", "RUS", "SANCTION")),
    # tear gas used on protesters, a place between the verb and the means
    ("Белорусский ОМОН применил против протестующих в Гродно слезоточивый газ и дубинки.", ("BLR", "BLR", "ASSAULT")),
    # a court named by its city's adjective is that country's
    ("Минский городской суд приговорил гражданина Латвии к шести годам колонии.", ("BLR", "LVA", "COERCE")),
    ("Вильнюсский окружной суд арестовал активы белорусской компании.", ("LTU", "BLR", "COERCE")),
    # Belarus's prime minister since 2025, not Ukraine's Turchynov
    ("Премьер-министр Беларуси Александр Турчин провел переговоры с Мишустиным.", ("BLR", "RUS", "CONSULT")),
    ("Мишустин встретился с Турчиным в Минске.", ("RUS", "BLR", "CONSULT")),
    ("Бывший спикер Верховной рады Александр Турчинов раскритиковал Москву.", ("UKR", "RUS", "ACCUSE")),
    ("Вице-премьер Николай Снопков встретился с послом Китая.", ("BLR", "CHN", "CONSULT")),
])
def test_genre_recall(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


# ------------------------------------------------------------------ detained at the border
@pytest.mark.parametrize(("text", "expected"), [
    ("Польские пограничники задержали на участке границы трех граждан Беларуси.", ("POL", "BLR", "COERCE")),
    ("Литовские пограничники задержали на границе с Беларусью двух мигрантов из Ирака.", ("LTU", "IRQ", "COERCE")),
    # closing the border stays a sanction
    ("Литва закрыла границу с Беларусью.", ("LTU", "BLR", "SANCTION")),
])
def test_detained_at_the_border(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_territory_handed_over_is_a_concession():
    assert ("ARM", "AZE", "CONCEDE") in dyads("Армения вернёт Азербайджану четыре села.", lang="ru")


def test_residents_of_a_city_protest_in_the_street() -> None:
    # the city's people, not its government: a street protest, no accusation (convention 6)
    got = dyads("Сотни жителей Гродно вышли на акцию протеста.", lang="ru")
    assert ("BLR", "BLR", "PROTEST") in got
    assert not {t for t in got if t[2] == "ACCUSE"}


# ------------------------------------------------------------------ place names in every case (lemmas.yaml `places`)
@pytest.mark.parametrize(("text", "expected"), [
    ("Израиль атаковал позиции на юге Ливана.", ("ISR", "LBN", "ASSAULT")),
    ("Сирия обстреляла Ливан.", ("SYR", "LBN", "ASSAULT")),
    ("Пашинян прилетел в Астану.", ("ARM", "KAZ", "CONSULT")),
])
def test_place_names_match_in_every_case(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Российская армия оставила Херсон.", ("RUS", "UKR", "RETREAT")),
    ("Российские подразделения, стоявшие под Гомелем, покинули территорию Белоруссии.", ("RUS", "BLR", "RETREAT")),
    ("Российские войска начали отход из-под Харькова.", ("RUS", "UKR", "RETREAT")),
])
def test_forces_leaving_a_place_retreat_from_its_country(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text, lang="ru")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Литва ввела ограничения на транзит грузов в Калининградскую область.", ("LTU", "RUS", "SANCTION")),
    ("Российские войска покинули Гомельскую область.", ("RUS", "BLR", "RETREAT")),
])
def test_a_region_is_a_place_of_its_state(text: str, dyad: tuple) -> None:
    assert dyad in dyads(text, lang="ru")


def test_visit_is_one_direction() -> None:
    found = dyads("Лукашенко прибыл с визитом в Москву.", lang="ru")
    assert ("BLR", "RUS", "CONSULT") in found and ("RUS", "BLR", "CONSULT") not in found


def test_a_participial_phrase_inside_a_coordination() -> None:
    got = dyads("Владимир Путин и прилетевший в Сочи Александр Лукашенко провели в понедельник переговоры.",
                "2021-10-15", "ru")
    assert got == {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")}


# ------------------------------------------------------------------ people from elsewhere are not the actor's own
@pytest.mark.parametrize(("text", "code"), [
    ("Литовские пограничники задержали группу нелегальных мигрантов.", "LTU"),
    ("Польские пограничники задержали сорок мигрантов.", "POL"),
])
def test_migrants_detained_are_no_self_target(text: str, code: str) -> None:
    found = dyads(text, lang="ru")
    assert (code, None, "COERCE") in found, found
    assert (code, code, "COERCE") not in found, found


def test_protesters_detained_stay_at_home() -> None:
    assert ("LTU", "LTU", "COERCE") in dyads("Литовская полиция задержала десятки участников акции протеста.",
                                             lang="ru")


def test_a_landing_place_is_no_target() -> None:
    # «совершить посадку в Минске»: the plane's destination, not the target of the act that forced it
    found = dyads("Белорусские власти вынудили пассажирский самолёт совершить посадку в Минске.", lang="ru")
    assert ("BLR", None, "COERCE") in found, found
    assert ("BLR", "BLR", "COERCE") not in found, found


def test_a_route_is_no_party() -> None:
    # the country goods go through is no partner of the trade
    assert not dyads("Беларусь начала экспорт калия через Россию.", lang="ru")
    assert dyads("Казахстан начал поставки нефти в Германию через Россию.", lang="ru") == {("KAZ", "DEU", "COOPERATE")}


@pytest.mark.parametrize("text", [
    "Литовские пограничники применили слезоточивый газ против мигрантов у границы.",
    "Мигранты бросали камни в литовских пограничников, а литовские пограничники применили против них слезоточивый газ.",
])
def test_force_used_against_migrants_is_no_self_target(text: str) -> None:
    # people from elsewhere named in the act's phrase, or by a pronoun after them, are not the actor's own (convention 7)
    found = dyads(text, lang="ru")
    assert ("LTU", None, "ASSAULT") in found, found
    assert ("LTU", "LTU", "ASSAULT") not in found, found
