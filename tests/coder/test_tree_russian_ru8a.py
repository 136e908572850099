"""Russian, the wire and monitoring genre about Belarus and its neighbours (branch ru8a); sentences written for
these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def coded(text: str, pub: str | None = "2024-05-10") -> list[tuple]:
    return [(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "ru")]


def dyads(text: str) -> set[tuple]:
    return {e[:3] for e in coded(text)}


def test_a_visit_in_an_adjunct_phrase_is_the_clause_subject_s() -> None:
    # «в ходе визита в X» names the host only: the visitor is the subject of the verb the phrase hangs on
    assert ("KAZ", "AZE", "CONSULT") in dyads("Во время визита в Баку Токаев заявил о расширении транзита.")
    got = dyads("По итогам визита в Пекин премьер-министр Армении сообщил о новых контрактах.")
    assert ("ARM", "CHN", "CONSULT") in got
    # the host among the subjects does not visit itself
    got = dyads("В ходе визита в Ереван Пашинян и Токаев обсудили транзит.")
    assert ("KAZ", "ARM", "CONSULT") in got and ("ARM", "ARM", "CONSULT") not in got


def test_a_visit_naming_its_own_visitor_is_not_the_subject_s() -> None:
    # the visitor stands in the visit's own phrase (here a name the dictionary may not know): not Minsk's visit
    got = dyads("Минск выразил протест после визита в Вильнюс депутата Европарламента Яна Новака.")
    assert ("BLR", "LTU", "CONSULT") not in got


def test_hosting_a_guest_is_a_meeting_of_both() -> None:
    got = dyads("Президент Казахстана принял в Астане премьер-министра Грузии.")
    assert ("KAZ", "GEO", "CONSULT") in got and ("GEO", "KAZ", "CONSULT") in got
    # (a bare animate oblique the parse makes of the guest: still the object)
    got = dyads("Токаев принял в Астане спецпосланника президента Франции.")
    assert ("FRA", "KAZ", "CONSULT") in got
    # taking in refugees is no meeting
    assert not dyads("Польша приняла тысячи украинских беженцев.")


def test_a_speaker_saying_another_party_violated_something_accuses_it() -> None:
    # convention 3: the allegation is the speaker's accusation; the act alleged is not coded too
    got = dyads("Министерство обороны Латвии заявило, что российский самолёт нарушил воздушное пространство республики.")
    assert ("LVA", "RUS", "ACCUSE") in got
    got = dyads("Баку заявил, что армянские военные нарушили режим прекращения огня.")
    assert ("AZE", "ARM", "ACCUSE") in got
    # a denial that one's own side violated anything accuses no one
    assert not {d for d in dyads("Песков заявил, что Москва не нарушала договорённости с Минском.") if d[2] == "ACCUSE"}


def test_suspending_the_issue_of_visas_is_a_sanction_not_an_easing() -> None:
    assert ("EST", "BLR", "SANCTION") in dyads("Эстония приостановила выдачу виз гражданам Беларуси.")
    # easing the visa regime stays a concession
    assert ("LVA", "BLR", "CONCEDE") in dyads("Латвия смягчила визовый режим для граждан Беларуси.")
