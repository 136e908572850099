"""English wire and monitoring text on Belarus and its neighbours (branch en7c): how the genre states acts;
sentences written for these tests (the tree coder alone)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-11-20")}


def test_officials_named_by_their_capital_are_its_government():
    found = _coded("Officials in Riga accused Minsk of flying smuggling balloons over the frontier.")
    assert ("LVA", "BLR", "ACCUSE", "occurred") in found


def test_diplomats_in_a_capital_are_not_named_by_it():
    found = _coded("Diplomats in Vilnius accused Moscow of stalling the talks.")
    assert not any(e[0] == "LTU" for e in found)
