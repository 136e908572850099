"""Russian recall (branch ru7a): a gerund after a clause of its own subject; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def coded(text: str, pub: str | None = "2023-05-10") -> list[tuple]:
    return [(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "ru")]


def dyads(text: str) -> set[tuple]:
    return {e[:3] for e in coded(text)}


def test_a_gerund_after_a_second_clause_is_that_clause_s_subject_s_act() -> None:
    # the parse hangs «упрекнув» on the first clause's verb: Estonia would reproach Lithuania
    got = dyads("Латвия и Эстония подписали меморандум о транзите, а Польша пригрозила сорвать его, упрекнув Ригу"
                " в нарушении прежних договорённостей.")
    assert ("POL", "LVA", "ACCUSE") in got
    assert ("EST", "LVA", "ACCUSE") not in got and ("LVA", "LVA", "ACCUSE") not in got


def test_a_gerund_of_a_seat_that_speaks_reacts_to_the_act_before() -> None:
    got = dyads("Грузинские пограничники перешли линию разграничения, сообщили в МИД Армении, назвав это провокацией.")
    assert ("ARM", "GEO", "ACCUSE") in got


def test_a_gerund_takes_no_status_from_its_verb_s_governing_word() -> None:
    got = coded("Молдавия пригрозила закрыть воздушное пространство, обвинив Москву во вмешательстве в выборы.")
    assert ("MDA", "RUS", "ACCUSE", "occurred") in got


def test_countries_listed_before_their_verb_each_act() -> None:
    # the parse makes «Чехия» the root and «продлили» its clause, «Еврокомиссия» the subject of «продлили»
    got = dyads("Чехия, Австрия и Словения в одностороннем порядке ввели запрет на ввоз белорусских удобрений"
                " после того, как Еврокомиссия в четверг не стала вводить общие ограничения.")
    assert {("CZE", "BLR", "SANCTION"), ("AUT", "BLR", "SANCTION"), ("SVN", "BLR", "SANCTION")} <= got
    assert ("EU", "BLR", "SANCTION") not in got


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


def test_a_note_handed_to_another_s_envoy_is_a_protest() -> None:
    assert ("EST", "BLR", "ACCUSE") in dyads("Эстонский МИД вручил послу Белоруссии в Таллине ноту в связи с задержанием"
                                            " эстонских журналистов.")


@pytest.mark.parametrize("text, event", [
    ("«Хезболла» в субботу обстреляла север Израиля.", ("LBN", "ISR", "ASSAULT")),
    ("ХАМАС и Египет провели переговоры в Каире.", ("PSE", "EGY", "CONSULT")),
])
def test_armed_movements_by_their_russian_names(text: str, event: tuple) -> None:
    assert event in dyads(text)


def test_a_draft_blocked_in_an_organisation_s_body_is_refused_to_that_organisation() -> None:
    got = dyads("Китай заблокировал в Совете Безопасности ООН проект резолюции о новых санкциях против КНДР.")
    assert ("CHN", "UN", "REJECT") in got
    assert ("CHN", "PRK", "REJECT") not in got


def test_a_party_s_report_of_a_nominal_act_with_no_maker_of_its_own_is_its_act() -> None:
    got = dyads("Глава Минобороны Латвии сообщил о переброске дополнительных подразделений к границе с Белоруссией.")
    assert ("LVA", "BLR", "MOBILIZE") in got
