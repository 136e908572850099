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
