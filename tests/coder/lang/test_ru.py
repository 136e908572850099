"""Russian language module of the coder (coder/lang/ru): lemmas of the words patterns name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.coder("tree")


def test_the_short_form_is_read_as_the_verb_s_participle() -> None:
    from dyadwatch.coder.lang.ru import lemma

    assert lemma("закрыты") == "закрыть"
    assert lemma("закрытый") == "закрытый"
