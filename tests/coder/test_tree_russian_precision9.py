"""Russian precision by cause (branch prec9ru): false events of the development sets, each cause under the
conventions of the gold sets (shared/eval/README.md); sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


def test_a_suspicion_is_the_grounds_of_a_detention_not_an_accusation() -> None:
    got = dyads("Литовские пограничники задержали гражданина Беларуси, подозреваемого в контрабанде сигарет.")
    assert ("LTU", "BLR", "COERCE") in got
    assert not any(t == "ACCUSE" for _, _, t in got)
    got = dyads("В Минске задержан гражданин Польши, которого белорусские власти подозревают в шпионаже.")
    assert ("BLR", "POL", "COERCE") in got
    assert not any(t == "ACCUSE" for _, _, t in got)
    # an accusation stays one
    assert ("LTU", "BLR", "ACCUSE") in dyads("Литва обвинила Минск в организации провокации на границе.")


def test_the_agent_of_a_participle_on_people_is_not_one_actor_with_them() -> None:
    # «освобождённые Беларусью граждане Литвы»: Belarus frees Lithuanians, not Belarus itself
    got = dyads("Освобождённые Беларусью граждане Литвы в пятницу вернулись на родину.")
    assert ("BLR", "LTU", "CONCEDE") in got and ("BLR", "BLR", "CONCEDE") not in got
    got = dyads("Задержанные белорусскими пограничниками граждане Литвы были переданы консулу.")
    assert ("BLR", "LTU", "COERCE") in got and ("BLR", "BLR", "COERCE") not in got
    # an adjective and its title stay one actor
    assert ("RUS", "LTU", "CONCEDE") in dyads("Российские власти освободили граждан Литвы.")


def test_exercises_an_accord_is_signed_on_are_its_matter_through_a_noun() -> None:
    # «завершились подписанием соглашения о совместных учениях»: the accord, not exercises held
    got = dyads("Переговоры министров обороны Армении и Ирана завершились подписанием соглашения о совместных учениях.")
    assert ("ARM", "IRN", "AGREE") in got
    assert ("ARM", "IRN", "COOPERATE") not in got and ("IRN", "ARM", "COOPERATE") not in got
    # exercises held stay an act
    assert ("ARM", "IRN", "COOPERATE") in dyads("Армения и Иран провели совместные учения в Каспийском море.")
