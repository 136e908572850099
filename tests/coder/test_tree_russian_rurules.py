"""Russian recall (branch rurules): the pair named earlier in the sentence, the granting of aid as a
noun; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def coded(text: str, pub: str | None = "2021-03-04") -> list:
    return code_text(text, pub, "ru")


def dyads(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in coded(text, pub)}


def test_the_sides_are_the_pair_named_before_them_in_the_sentence() -> None:
    got = dyads("Токаев и Мирзиёев провели переговоры, после которых стороны договорились о строительстве дороги.")
    assert {("KAZ", "UZB", "AGREE"), ("UZB", "KAZ", "AGREE")} <= got


def test_the_sides_alone_with_no_pair_named_are_no_one() -> None:
    assert not {d for d in dyads("Стороны договорились о новой встрече.") if d[2] == "AGREE"}


def test_granting_a_loan_named_as_a_noun_is_aid_planned_under_an_agreement() -> None:
    evs = [e for e in coded("Армения и Грузия договорились о предоставлении Еревану грузинского кредита.")
           if e.type == "AID"]
    assert [(e.source, e.target, e.status) for e in evs] == [("GEO", "ARM", "planned")]


def test_the_main_clause_subject_after_a_condition_is_no_conjunct_of_its_last_noun() -> None:
    # (slovnet coordinates «Латвия и Эстония» with «Польшу»: nothing but the attack was coded)
    evs = [e for e in coded("Если Белоруссия нападёт на Польшу, Латвия и Эстония закроют границу с Минском.")
           if e.type == "SANCTION"]
    assert {(e.source, e.target) for e in evs} == {("LVA", "BLR"), ("EST", "BLR")}
    assert all(e.status == "hypothetical" for e in evs)


@pytest.mark.parametrize("text", [
    "Армянские и грузинские пограничники провели совместную операцию на границе.",
    "Армения и Грузия создали совместную рабочую группу по транспорту.",
])
def test_a_joint_operation_or_working_group_is_cooperation_both_ways(text: str) -> None:
    assert {("ARM", "GEO", "COOPERATE"), ("GEO", "ARM", "COOPERATE")} <= dyads(text)


def test_deliveries_under_a_restriction_are_no_cooperation() -> None:
    got = dyads("Казахстан снял ограничения на поставки в Казахстан киргизского молока.")
    assert ("KAZ", "KGZ", "CONCEDE") in got
    assert not {d for d in got if d[2] == "COOPERATE"}


def test_subjects_the_parse_crosses_between_two_clauses_go_back_to_their_verbs() -> None:
    # (slovnet makes «Переговоры» the subject of «приостановлены» and «поставки» that of «закончились»)
    got = dyads("Переговоры в марте так ничем и не закончились, поставки армянского коньяка в Грузию фактически "
                "приостановлены, и аналитики ожидают роста цен.")
    assert ("ARM", "GEO", "SANCTION") in got
    assert not {d for d in got if d[2] == "COOPERATE"}


def test_an_envoy_recalled_for_consultations_holds_no_talks() -> None:
    got = dyads("Посол Грузии в Армении отозван в Тбилиси для консультаций.")
    assert not {d for d in got if d[2] == "CONSULT"}


def test_a_head_of_mission_told_to_leave_is_an_expulsion() -> None:
    got = dyads("Главе представительства ОБСЕ Армения предложила выехать из страны.")
    assert ("ARM", "OSCE", "SANCTION") in got


def test_a_relative_clause_the_parse_leaves_on_the_main_verb_hangs_on_the_name_before_it() -> None:
    # (slovnet hangs «провёл» as a `dep` of «ценит»)
    got = dyads("Армения высоко ценит последовательную позицию грузинских друзей по ключевым региональным вопросам, "
                "заявил Никол Пашинян, который в минувший четверг провёл в Ереване переговоры с президентом Грузии.")
    assert {("ARM", "GEO", "CONSULT"), ("GEO", "ARM", "CONSULT")} <= got
