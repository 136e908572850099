"""Russian coding conventions applied to a sentence's events (coder/tree/conventions.py)."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_exercises_an_accord_is_signed_on_are_its_matter_through_a_noun() -> None:
    # «завершились подписанием соглашения о совместных учениях»: the accord, not exercises held
    got = dyads("Переговоры министров обороны Армении и Ирана завершились подписанием соглашения о совместных учениях.",
                lang="ru")
    assert ("ARM", "IRN", "AGREE") in got
    assert ("ARM", "IRN", "COOPERATE") not in got and ("IRN", "ARM", "COOPERATE") not in got
    # exercises held stay an act
    assert ("ARM", "IRN", "COOPERATE") in dyads("Армения и Иран провели совместные учения в Каспийском море.",
                                                lang="ru")


def test_extending_an_agreement_is_an_accord_and_extending_sanctions_a_sanction() -> None:
    assert ("RUS", "BLR", "AGREE") in dyads("Россия и Белоруссия продлили соглашение о поставках нефти.", lang="ru")
    assert dyads("ЕС продлил санкции против Белоруссии.", lang="ru") == {("EU", "BLR", "SANCTION")}


def test_relations_restored_by_accord_are_its_matter() -> None:
    got = dyads("Вьетнам и Камбоджа договорились восстановить прямое авиасообщение и возобновить контакты "
                "между министерствами обороны.", lang="ru")
    assert {("VNM", "KHM", "AGREE"), ("KHM", "VNM", "AGREE")} <= got
    assert not any(d[2] == "SUPPORT" for d in got)


def test_a_draft_is_no_accord() -> None:
    got = dyads("МИД Турции опубликовал проект соглашения с Грецией о делимитации шельфа.", lang="ru")
    assert not any(d[2] == "AGREE" for d in got)
    assert ("TUR", "GRC", "AGREE") in dyads("Турция и Греция подписали соглашение о делимитации шельфа.", lang="ru")


# ------------------------------------------------------------------ accords, refusals, approvals
@pytest.mark.parametrize(("text", "expected"), [
    # the parties of an accord named in the phrase of its topic
    ("Меморандум о сотрудничестве между Казахстаном и Азербайджаном подписан в Баку.", ("AZE", "KAZ", "AGREE")),
    ("Соглашение о сотрудничестве между Арменией и Грузией подписано в Тбилиси.", ("ARM", "GEO", "AGREE")),
    # a visit that ended with a signing: the visitor's and the host's accord
    ("Визит премьера Казахстана в Минск завершился подписанием соглашения о логистике.", ("BLR", "KAZ", "AGREE")),
    ("Поездка Лукашенко в Ханой завершилась подписанием пакета документов.", ("VNM", "BLR", "AGREE")),
    # «не стал подписывать»: declined, a refusal
    ("Глава МИД Армении не стал подписывать совместное коммюнике СНГ, сославшись на позицию Еревана.",
     ("ARM", "CIS", "REJECT")),
    # a sanction approved is the approver's
    ("Правительство Литвы одобрило приостановку выдачи виз гражданам Беларуси.", ("LTU", "BLR", "SANCTION")),
])
def test_accords_refusals_approvals(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


# ------------------------------------------------------------------ a state's measures are never its own target
@pytest.mark.parametrize("text", [
    "В пакет вошли запрет на экспорт в Беларусь товаров двойного назначения, заморозка активов белорусских банков.",
    "Среди мер, объявленных Вильнюсом, — запрет на въезд граждан России и ограничение на ввоз автомобилей с российскими номерами.",
])
def test_no_self_sanction(text: str) -> None:
    assert not {t for t in dyads(text, lang="ru") if t[2] == "SANCTION" and t[0] == t[1]}


def test_a_participle_before_an_accord_between_parties_is_their_accord():
    got = dyads("Подписанный в Минске договор между Белоруссией и Казахстаном вступил в силу.", lang="ru")
    assert ("BLR", "KAZ", "AGREE") in got and ("KAZ", "BLR", "AGREE") in got
    assert not dyads("Подписанный документ вступил в силу.", lang="ru")


# ------------------------------------------------------------------ measures in kind taken (`mirrored`)
def test_measures_in_kind_answer_the_act_before() -> None:
    got = dyads("Чехия выслала двух российских дипломатов, и Москва ответила зеркальными мерами.", lang="ru")
    assert ("RUS", "CZE", "SANCTION") in got


def test_a_denounced_treaty_is_no_accord() -> None:
    # a treaty denounced is an agreement suspended (convention 6)
    assert ("MDA", "RUS", "SANCTION") in dyads("Молдавия денонсировала соглашение с Россией о рыболовстве.", lang="ru")
    assert not any(d[2] == "AGREE" for d in dyads("Молдавия денонсировала соглашение с Россией о рыболовстве.",
                                                  lang="ru"))
