"""Russian recall mechanisms of the ruc branch (tree coder): reactions to an act told before them, ...

Sentences are written for these tests (none is a gold sentence).
"""

from __future__ import annotations

import pytest

from dyadwatch.coder import code_text

pytestmark = pytest.mark.coder("tree")
PUB = "2024-03-14"


def triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, PUB, "ru")}


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
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    # a thing of its own as the object: no reaction to the act before
    "Литва приняла закон о языке. Москва осудила закон об иноагентах.",
    # two parties acted before: which one it answers is not told
    "Путин встретился с Лукашенко. Киев выразил протест.",
    # a question tells no act
    "Польша закроет границу? В Минске это назвали провокацией.",
])
def test_no_reaction_target_where_none_is_told(text: str) -> None:
    assert not any(t == "ACCUSE" and g is not None for _, g, t in triples(text))
