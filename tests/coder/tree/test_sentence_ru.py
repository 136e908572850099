"""One Russian sentence coded as a whole (coder/tree/sentence.py): clauses and the acts a sentence keeps; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


# ------------------------------------------------------------------ a clause whose verb is left out (gapping)
@pytest.mark.parametrize(("text", "event"), [
    ("Литва выслала трех российских дипломатов, а Латвия — двух.", ("LVA", "RUS", "SANCTION")),
    ("Польша закрыла два пункта пропуска на границе с Белоруссией, а Литва — один.", ("LTU", "BLR", "SANCTION")),
    ("Россия выделила Белоруссии кредит в миллиард долларов, а Китай — в полмиллиарда.", ("CHN", "BLR", "AID")),
])
def test_gapped_clause_repeats_the_act(text: str, event: tuple[str, str, str]) -> None:
    found = dyads(text, lang="ru")
    assert event in found, found
