"""Belarusian language module of the coder (coder/lang/be): the respelling for the Russian parser."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


def test_belarusian_is_respelt_for_the_russian_parser_letter_for_letter() -> None:
    from dyadwatch.coder.lang.be import parse_spelling

    text = "Аляксандр Лукашэнка сустрэўся з Пуціным у Сочы."
    respelt = parse_spelling(text)
    assert len(respelt) == len(text) and "с Пуциным в Сочы" in respelt
    assert {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")} <= dyads(text, lang="be")
