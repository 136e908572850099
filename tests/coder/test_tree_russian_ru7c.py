"""The tree coder's Russian mechanisms of branch ru7c (recall on Belarus-Russia news), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10", lang: str = "ru") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_an_indeclinable_name_coordinated_with_a_nominative_is_the_subject():
    # the parse reads «Лукашенко» as a genitive on the phrase before the verb, or as the infinitive's object
    got = dyads("Во время поездки в Пекин Лукашенко и Си Цзиньпин подписали меморандум о торговле.")
    assert {("BLR", "CHN", "AGREE"), ("CHN", "BLR", "AGREE")} <= got
    got = dyads("Во время поездки в Пекин Лукашенко и Си Цзиньпин договорились увеличить экспорт молока в Китай.")
    assert {("BLR", "CHN", "AGREE"), ("CHN", "BLR", "AGREE")} <= got


def test_a_subject_hung_on_a_later_verb_that_it_does_not_agree_with_is_the_first_verbs():
    got = dyads("Рига обвинила белорусские власти в организации кризиса на границе, а министр Марис Кучинскис "
                "заявил, что за действиями Минска стоит Кремль.")
    assert ("LVA", "BLR", "ACCUSE") in got


def test_another_partys_act_that_will_not_go_unanswered_is_the_speakers_threat():
    got = dyads("Лавров пообещал, что решение Вильнюса не останется без ответа.")
    assert ("RUS", "LTU", "THREATEN") in got
    got = dyads("Новые ограничения Варшавы не останутся без ответа, заявил Лукашенко.")
    assert ("BLR", "POL", "THREATEN") in got
    assert ("POL", "BLR", "THREATEN") not in got
