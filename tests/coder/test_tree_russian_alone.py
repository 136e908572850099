"""The Russian tree alone finds what the removed Russian rule coder supplied: the English tree's
mechanisms in Russian data (lang/ru/syntax.yaml: `untargeted`, `clause_other`, `home_acts`,
`preps.reciprocal`, `preps.joint`, ...), and a call by phone in both languages. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def _events(text: str, lang: str = "ru") -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2024-05-16", lang)}


@pytest.mark.parametrize(("text", "expected"), [
    # «друг друга»: each of the coordinated parties acts on the other
    ("Киргизия и Таджикистан обвинили друг друга в обстреле погранзаставы.",
     {("KGZ", "TJK", "ACCUSE"), ("TJK", "KGZ", "ACCUSE")}),
    # a mobilisation announced: the subject's act, with no other party (untargeted)
    ("Президент Армении объявил всеобщую мобилизацию.", {("ARM", None, "MOBILIZE")}),
    # «ответить ударами»: a nominal act in the instrumental of a verb of response is the subject's
    ("Израиль ответил авиаударами по объектам Ирана.", {("ISR", "IRN", "ASSAULT")}),
    # an exchange of prisoners between two states is mutual
    ("Вчера состоялся обмен пленными между Россией и Украиной.",
     {("RUS", "UKR", "CONCEDE"), ("UKR", "RUS", "CONCEDE")}),
    # joint exercises with one party named: the other country of the clause is the partner
    ("Казахстан направит в Узбекистан роту спецназа для совместных учений.",
     {("KAZ", "UZB", "COOPERATE"), ("UZB", "KAZ", "COOPERATE")}),
])
def test_mechanisms_of_the_tree_in_russian(text: str, expected: set) -> None:
    assert expected <= _events(text)


def test_a_document_signed_on_an_act_is_the_signing() -> None:
    # the topic of the agreement signed («соглашение о размещении») is no act the signers agreed to do
    # instead of signing (as "agreed to expand sanctions" is the sanction)
    got = _events("Путин и Токаев подписали соглашение о размещении военной базы.")
    assert {("RUS", "KAZ", "AGREE"), ("KAZ", "RUS", "AGREE")} <= got


def test_an_act_noun_over_the_act_is_no_light_verb() -> None:
    # «отрепетируют отражение агрессии»: the aggression repelled is not the subject's act
    got = _events("Сербия и Венгрия отрепетируют отражение внешней агрессии на учениях.")
    assert not {e for e in got if e[2] == "ASSAULT"}


def test_joint_partner_in_english() -> None:
    assert {("RUS", "BLR", "COOPERATE"), ("BLR", "RUS", "COOPERATE")} <= _events(
        "Russia will send paratroopers to Belarus for joint exercises.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Алиев и Пашинян договорились по телефону о новой встрече.", "ru"),
    ("Aliyev thanked Pashinyan by phone for the release of the prisoners.", "en"),
])
def test_an_act_done_by_phone_is_also_the_call(text: str, lang: str) -> None:
    got = _events(text, lang)
    assert {("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")} <= got
    assert ("ARM", "AZE", "SUPPORT") not in got  # (the thanks stay one way)


def test_a_content_clause_with_an_auxiliary_has_the_speakers_subject() -> None:
    # «что будет добиваться»: the infinitive's auxiliary agrees with the verb of saying (pro-drop)
    assert ("ARM", "RUS", "REQUEST") in _events("Пашинян заявил, что будет добиваться вывода российских пограничников.")


def test_belarusian_is_respelt_for_the_russian_parser_letter_for_letter() -> None:
    from dyadwatch.coder.lang.be import parse_spelling

    text = "Аляксандр Лукашэнка сустрэўся з Пуціным у Сочы."
    respelt = parse_spelling(text)
    assert len(respelt) == len(text) and "с Пуциным в Сочы" in respelt
    assert {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")} <= _events(text, "be")
