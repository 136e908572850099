"""The tree coder on Russian (branch rub): places, arms and warnings written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian region or a Ukrainian town hit is its state (convention 8)
    ("Украинские дроны атаковали нефтебазу в Тульской области.", {("UKR", "RUS", "ASSAULT")}),
    ("Российские ракеты поразили объекты в Виннице.", {("RUS", "UKR", "ASSAULT")}),
    # weapons handed over as "systems" are military aid
    ("Норвегия передаст Украине системы ПВО.", {("NOR", "UKR", "AID")}),
    # "will answer with force" is a threat
    ("Литва ответит силой на любую провокацию со стороны белорусских военных.", {("LTU", "BLR", "THREATEN")}),
    # miners on strike are civilians protesting at home
    ("Казахстанские нефтяники объявили забастовку.", {("KAZ", "KAZ", "PROTEST")}),
])
def test_lexicon(text: str, expected: set[tuple]) -> None:
    assert expected <= dyads(text)
