"""The date of a Russian act (coder/tree/dates.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads_status_date, first_event, in_order_status_date

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia promised Belarus a loan of 1.5 billion dollars on Monday.", "en"),
    ("Россия в понедельник пообещала Белоруссии кредит в размере 1,5 млрд долларов.", "ru"),
])
def test_the_day_of_a_promise_does_not_date_the_act_promised(text: str, lang: str) -> None:
    # pub_date 2020-09-15 is a Tuesday: the promise was made on Monday the 14th; the loan has no schedule
    events = in_order_status_date(text, "2020-09-15", lang)
    # `promised_acts` (English: a sum promised, `promised_sums`): the aid promised is the event, no accord beside
    # it (convention 5)
    assert events == [("RUS", "BLR", "AID", "planned", None)]


def test_a_clause_on_a_date_is_dated_by_it():
    got = dyads_status_date("Relations have been tense since 2020, when Lithuania expelled two Belarusian diplomats.",
                            "2021-05-29")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2020") in got
    got = dyads_status_date("Отношения обострились в 2020 году, когда Литва выслала двух белорусских дипломатов.",
                            "2021-05-29", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2020") in got


def test_an_act_in_the_content_of_a_report_happened_by_the_report_time():
    got = dyads_status_date("В апреле сообщалось, что Литва выслала двух белорусских дипломатов.", "2021-05-29", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2021-04") in got
    # 2021-05-29 is a Saturday
    got = dyads_status_date("Lithuania's foreign ministry on Friday said it expelled two Belarusian diplomats.",
                            "2021-05-29")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2021-05-28") in got


def test_a_russian_date_without_a_preposition_stays_the_act_s():
    got = dyads_status_date("Литва выслала белорусского дипломата 1 марта.", "2021-03-04", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2021-03-01") in got


def test_a_deadline_or_a_season_dates_the_act():
    got = dyads_status_date("Russia will lend Belarus $1 billion by the end of the year.", "2025-06-10")
    assert ("RUS", "BLR", "AID", "planned", "2025") in got
    got = dyads_status_date("Россия выделит Белоруссии кредит до конца года.", "2025-06-10", "ru")
    assert ("RUS", "BLR", "AID", "planned", "2025") in got
    got = dyads_status_date("Putin visited Minsk last autumn.", "2025-06-10")
    assert ("RUS", "BLR", "CONSULT", "occurred", "2024") in got
    got = dyads_status_date("Путин посетил Минск прошлой осенью.", "2025-06-10", "ru")
    assert ("RUS", "BLR", "CONSULT", "occurred", "2024") in got


def test_a_date_word_the_parse_reads_as_a_preposition_is_no_date():
    # "накануне учений": on the eve of the drills, not "the day before"
    got = dyads_status_date("Латвия обвинила Белоруссию в провокациях накануне учений.", "2025-09-14", "ru")
    assert ("LVA", "BLR", "ACCUSE", "occurred", "2025-09-14") in got
    got = dyads_status_date("Путин встретился с Лукашенко накануне учений, которые начнутся 25 сентября.",
                            "2024-09-10", "ru")
    assert ("RUS", "BLR", "CONSULT", "occurred", "2024-09-10") in got


def test_an_act_with_no_time_of_its_own_is_dated_by_the_report_attached_to_it():
    # 2024-03-14 is a Thursday
    got = dyads_status_date("As the ministry said on Wednesday, Vilnius expelled a Belarusian diplomat.", "2024-03-14")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2024-03-13") in got
    got = dyads_status_date("Как сообщил в среду МИД Литвы, Вильнюс выслал белорусского дипломата.", "2024-03-14", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2024-03-13") in got
    got = dyads_status_date("Вильнюс выслал белорусского дипломата, сообщил в среду МИД Литвы.", "2024-03-14", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2024-03-13") in got


def test_a_date_adverb_the_parse_makes_the_head_of_the_verb_still_dates_it():
    got = dyads_status_date("Литва позавчера закрыла границу с Белоруссией.", "2024-03-14", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2024-03-12") in got


def test_a_warning_after_its_content_keeps_its_own_tense_and_time():
    # (the parse coordinates the warning with the drills' verb; the drills end eleven days after the report)
    got = dyads_status_date("Учения завершатся 25 сентября, предупредила Литва Белоруссию.", "2025-09-14", "ru")
    assert ("LTU", "BLR", "THREATEN", "occurred", "2025-09-14") in got


def test_a_converb_shares_the_tense_of_its_main_verb():
    got = dyads_status_date("Россия и Белоруссия отработают оборону, проведя совместные учения.", "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("RUS", "BLR", "COOPERATE", "planned"),
                                                           ("BLR", "RUS", "COOPERATE", "planned")}


@pytest.mark.parametrize("text", [
    "Эстония уведомила Латвию о закрытии с 1 ноября всех пунктов пропуска.",
    "Эстония закроет с 1 ноября пункты пропуска на границе с Латвией.",
])
def test_a_nominal_act_dated_after_the_report_is_planned_from_that_day(text: str) -> None:
    evs = [e for e in code_text(text, "2021-10-20", "ru") if e.type == "SANCTION"]
    assert evs and all((e.status, e.date) == ("planned", "2021-11-01") for e in evs)


@pytest.mark.parametrize("text", ["Визит Токаева в Узбекистан намечен на сентябрь.",
                                  "Визит Токаева в Узбекистан планируется на сентябрь."])
def test_an_act_scheduled_for_a_month_is_planned_then(text: str) -> None:
    evs = [e for e in code_text(text, "2021-06-01", "ru") if e.type == "CONSULT"]
    assert evs and all((e.status, e.date) == ("planned", "2021-09") for e in evs)


# ------------------------------------------------------------------ dates
def test_dates_resolve_against_publication_date() -> None:
    assert first_event("22 февраля Путин и Лукашенко встретились в Сочи.",
                       "CONSULT", "2021-02-25", "ru").date == "2021-02-22"
    e = first_event("В декабре прошлого года Лукашенко посетил Москву.", "CONSULT", "2021-02-25", "ru")
    assert (e.date, e.date_granularity) == ("2020-12", "month")
    assert first_event("Вчера Минск выразил протест Литве.", "ACCUSE", "2021-02-25", "ru").date == "2021-02-24"
    # no date in the text: the report's day (convention 9)
    assert first_event("Лукашенко встретился с Путиным.", "CONSULT", "2021-02-25", "ru").date == "2021-02-25"


@pytest.mark.parametrize("text, pub, date", [
    # a weekday from which a measure holds: the next one for an act to come, the last one for an act done
    ("Эстония со вторника закрывает пункт пропуска на границе с Россией.", "2023-12-07", "2023-12-12"),
    ("Латвия с субботы запретила въезд гражданам России.", "2022-09-21", "2022-09-17"),
    # a day of the month from which an act holds is its date
    ("С 1 марта Россия прекратила поставки газа в Молдавию.", "2024-03-05", "2024-03-01"),
])
def test_a_day_from_which_an_act_holds_is_its_date(text: str, pub: str, date: str) -> None:
    found = [(e.type, e.date) for e in code_text(text, pub, "ru")]
    assert ("SANCTION", date) in found, found
