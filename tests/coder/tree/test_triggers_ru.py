"""Russian trigger candidates read against the parse (coder/tree/triggers.py)."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads_ru_20240510 as dyads
from tests.coder.tree.helpers import triples_ru_20240314 as triples

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_lifting_with_a_word_between_is_still_a_concession() -> None:
    assert ("RUS", "BLR", "CONCEDE") in dyads("Россия объявила о снятии всех ограничений на ввоз белорусского молока.")


def test_a_topic_of_discussion_is_no_act() -> None:
    assert not dyads("Вопрос о вводе российских войск в Таджикистан обсуждался на форуме экспертов.")


def test_purchases_as_a_topic_are_no_act_of_the_talkers() -> None:
    got = triples("Беседа Алиева с Эрдоганом касалась закупок турецкого оружия.")
    assert ("AZE", "TUR", "COOPERATE") not in got
