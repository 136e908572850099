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


def test_a_reaction_answers_the_speaker_of_a_statement_with_no_act() -> None:
    # a statement coded as no event (a view of a third party) is still what a reaction in the next clause answers:
    # its speaker, named first, is the target
    found = dyads("Токаев на пресс-конференции назвал Абхазию грузинской; в Москве эти слова назвали недопустимыми.",
                  lang="ru")
    assert ("RUS", "KAZ", "ACCUSE") in found, found
