"""The tree coder on Russian (coder/tree.py with coder/lang/ru/*.yaml), on sentences written for
these tests: nominal events, passives, reported speech, status and dates in Russian."""

from __future__ import annotations

import pytest

from dyadwatch.coder.engine import code_text


@pytest.fixture(autouse=True)
def tree_coder(use_coder) -> None:
    use_coder("tree-only")


def coded(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status, e.date) for e in code_text(text, pub, "ru")}


def dyads(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


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


def test_talks_that_took_place_are_the_noun_s_event():
    got = dyads("Вчера в Сочи состоялись переговоры Путина с Лукашенко.")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got
