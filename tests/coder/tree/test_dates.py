"""The date of an English act (coder/tree/dates.py): its own clause's date expressions read in its tense, else the document's (convention 9); acts dated after the report are planned."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads_status_date, in_order_status_date

pytestmark = pytest.mark.coder("tree")


def test_9_an_undated_news_event_takes_the_publication_date_and_weekdays_resolve_back():
    got = dyads_status_date("Poland closed a border crossing with Belarus.", "2021-03-04")
    assert ("POL", "BLR", "SANCTION", "occurred", "2021-03-04") in got
    # 2021-03-04 is a Thursday: "on Thursday" in its report is that day
    got = dyads_status_date("Poland closed a border crossing with Belarus on Thursday.", "2021-03-04")
    assert ("POL", "BLR", "SANCTION", "occurred", "2021-03-04") in got


def test_a_date_of_another_clause_is_not_taken():
    got = dyads_status_date("Lithuania warned Belarus on Monday about the drills, which end on 25 September.",
                            "2021-09-14")
    assert all(d != "2021-09-25" for *_, d in got)


def test_the_day_of_an_agreement_does_not_date_the_talks_agreed() -> None:
    events = in_order_status_date("On Monday Russia agreed to hold talks with Belarus.", "2020-09-15")
    assert ("RUS", "BLR", "AGREE", "occurred", "2020-09-14") in events
    assert ("RUS", "BLR", "CONSULT", "planned", None) in events


@pytest.mark.parametrize("text", [
    "Russia and Belarus will hold talks on Monday.",
    "Russia will provide Belarus a loan on Monday.",
    "Putin plans to visit Minsk on Monday.",
])
def test_a_planned_act_keeps_the_day_of_its_own_verb(text: str) -> None:
    # the next Monday after the report: the act's own schedule (or its plan's)
    events = [e for e in in_order_status_date(text, "2020-09-15") if e[3] == "planned"]
    assert events and all(e[4] == "2020-09-21" for e in events)


def test_an_accusation_with_no_date_takes_the_report_day_not_its_month():
    got = dyads_status_date('The United States, by far the largest shareholder in the bank, has branded Belarus "a rogue state."', "2021-03-04")
    assert ("USA", "BLR", "ACCUSE", "occurred", "2021-03-04") in got


def test_a_date_in_a_clause_nested_in_the_subject_is_not_the_main_verb_time():
    got = dyads_status_date("Moscow, which wants Minsk to pay the new price next year, refused to lower the gas price for Belarus.", "2021-03-04")
    assert ("RUS", "BLR", "REJECT", "occurred", "2021-03-04") in got


def test_a_participle_or_gerund_shares_the_time_of_its_clause():
    got = dyads_status_date("Belarus and China adopted a declaration on building a partnership in 2013.", "2021-03-04")
    assert {("BLR", "CHN", "AGREE", "occurred", "2013"), ("CHN", "BLR", "AGREE", "occurred", "2013")} <= got


def test_a_weekday_is_read_in_the_tense_of_the_event_not_of_the_sentence():
    # 2021-03-05 is a Friday: the approval on Friday is that day, though the sentence speaks of a
    # payment to come ("will"); the meeting "to" happen on Monday is the next Monday
    got = dyads_status_date("On Friday, the EU approved new sanctions against Russia and a loan that will be paid to Ukraine.",
                            "2021-03-05")
    assert ("EU", "RUS", "SANCTION", "occurred", "2021-03-05") in got
    got = dyads_status_date("Putin and Lukashenko are to meet in Sochi on Monday.", "2021-03-05")
    assert ("RUS", "BLR", "CONSULT", "planned", "2021-03-08") in got


def test_an_undated_page_takes_the_year_of_a_named_exercise():
    got = dyads_status_date("A month after the end of the Zapad-2021 drills, Russia withdrew its troops from Belarus.",
                            None)
    assert ("RUS", "BLR", "RETREAT", "occurred", "2021") in got
    # with a publication date, the year in the name is no date of the act (convention 9)
    got = dyads_status_date("A month after the end of the Zapad-2021 drills, Russia withdrew its troops from Belarus.",
                            "2021-10-20")
    assert ("RUS", "BLR", "RETREAT", "occurred", "2021-10-20") in got


def test_a_day_of_the_month_alone_is_in_the_report_month():
    got = dyads_status_date("On the 20th, Russia summoned the Lithuanian envoy to protest against the transit ban.",
                            "2022-06-21")
    assert {d for *_, d in got} == {"2022-06-20"}


def test_a_report_with_a_day_dates_its_undated_news_by_that_day_not_by_an_earlier_sentence():
    from dyadwatch.coder.base import DocState

    state = DocState(pub_date="2021-03-04")
    first = code_text("On 1 March, Lithuania expelled two Belarusian diplomats.", "2021-03-04", "en", state=state)
    assert {e.date for e in first} == {"2021-03-01"}
    second = code_text("Poland summoned the Belarusian ambassador.", "2021-03-04", "en", state=state)
    assert {(e.source, e.target, e.date) for e in second} == {("POL", "BLR", "2021-03-04")}
    # a page dated by its month only: the narrative's day is the best it can tell
    state = DocState(pub_date="2021-03")
    code_text("On 1 March, Lithuania expelled two Belarusian diplomats.", "2021-03", "en", state=state)
    second = code_text("Poland summoned the Belarusian ambassador.", "2021-03", "en", state=state)
    assert {(e.source, e.target, e.date) for e in second} == {("POL", "BLR", "2021-03-01")}


def test_the_date_of_another_thing_is_not_the_act_s():
    # 2021-03-04 is a Thursday: "Sunday's election" is the election's day, not the sanction's
    got = dyads_status_date("Following Sunday's election, the EU imposed sanctions on Belarus.", "2021-03-04")
    assert ("EU", "BLR", "SANCTION", "occurred", "2021-03-04") in got
    got = dyads_status_date("Lithuania expelled two Belarusian diplomats over the February 28 incident.", "2021-03-04")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2021-03-04") in got
    # the act's own noun keeps its date
    got = dyads_status_date("Monday's talks between Putin and Lukashenko in Sochi lasted five hours.", "2021-03-04")
    assert ("RUS", "BLR", "CONSULT", "occurred", "2021-03-01") in got


def test_the_next_day_follows_the_document_s_last_date():
    from dyadwatch.coder.base import DocState

    state = DocState(pub_date="2021-03-04")
    code_text("On 2 March, Lithuania expelled two Belarusian diplomats.", "2021-03-04", "en", state=state)
    got = code_text("The next day, Belarus expelled two Lithuanian diplomats.", "2021-03-04", "en", state=state)
    assert {(e.source, e.target, e.date) for e in got} == {("BLR", "LTU", "2021-03-03")}


def test_the_subject_s_relative_clause_keeps_its_own_time():
    got = dyads_status_date("Lukashenko, who won the election in August 2020, met Putin in Sochi.", "2021-02-22")
    assert ("BLR", "RUS", "CONSULT", "occurred", "2021-02-22") in got


def test_the_date_of_the_verb_governing_a_plan_does_not_date_the_plan():
    # convention 9: 24 June is the agreement's day, not the sanctions' schedule (which the text does not give);
    # neither read forward in the plan's tense (next June) nor taken over
    got = dyads_status_date("The EU agreed on 24 June to impose economic sanctions on Belarus.", "2021-08-10")
    assert ("EU", "BLR", "SANCTION", "planned", None) in got and {d for *_, d in got} == {None}


def test_a_weekday_inside_an_open_quotation_is_a_date():
    # (only a year inside quotation marks may be a name: "Union Shield 2019")
    got = dyads_status_date('The ministry said: "Belarus closed its border with Lithuania on Friday.', "2021-03-06")
    assert ("BLR", "LTU", "SANCTION", "occurred", "2021-03-05") in got


def test_a_coordinated_verb_shares_the_time_of_its_head():
    # 2024-03-14 is a Thursday
    got = dyads_status_date("On 3 March Lukashenko flew to Beijing and signed a trade agreement with Xi Jinping.",
                            "2024-03-14")
    assert ("BLR", "CHN", "AGREE", "occurred", "2024-03-03") in got
    got = dyads_status_date("On Wednesday the Polish president met Zelensky and criticised Russia.", "2024-03-14")
    assert ("POL", "RUS", "ACCUSE", "occurred", "2024-03-13") in got
    got = dyads_status_date("В среду президент Польши встретился с Зеленским и раскритиковал Россию.",
                            "2024-03-14", "ru")
    assert ("POL", "RUS", "ACCUSE", "occurred", "2024-03-13") in got


def test_a_coordinated_verb_keeps_its_own_time_to_itself():
    got = dyads_status_date("Moscow will pay the first tranche to Minsk this year and the rest of the loan in 2027.",
                            "2025-06-10")
    assert {d for *_, d in got} == {"2025"}
    got = dyads_status_date("Russia will send Belarus the first tranche of the loan and provide the remainder in 2027.",
                            "2025-06-10")
    assert ("RUS", "BLR", "AID", "planned", "2025-06") in got


def test_a_day_after_its_own_preposition_is_a_time_however_the_parse_attaches_it():
    # (the parser reads "Friday Poland", "3 March Lukashenko" as one name)
    got = dyads_status_date("On Friday Poland warned Russia that the drills, which end on 25 September, threaten the region.",
                            "2025-09-14")
    assert ("POL", "RUS", "THREATEN", "occurred", "2025-09-12") in got
    got = dyads_status_date("On 3 March Lukashenko signed a trade agreement with Xi Jinping.", "2024-03-14")
    assert ("BLR", "CHN", "AGREE", "occurred", "2024-03-03") in got


def test_what_happened_is_not_dated_by_a_day_to_come():
    # a year-less day a few weeks after the report is a date to come, another thing's time
    got = dyads_status_date("Latvia accused Belarus of staging provocations ahead of the drills on 25 September.",
                            "2025-09-14")
    assert ("LVA", "BLR", "ACCUSE", "occurred", "2025-09-14") in got
    got = dyads_status_date("Putin met Lukashenko to prepare the summit of 25 September.", "2024-09-10")
    assert ("RUS", "BLR", "CONSULT", "occurred", "2024-09-10") in got
    # a date well over two months ahead is still last year's
    got = dyads_status_date("Russia and Belarus signed the gas deal on 28 December.", "2021-01-05")
    assert ("RUS", "BLR", "AGREE", "occurred", "2020-12-28") in got


def test_an_act_in_the_present_dated_after_the_report_is_planned():
    got = dyads_status_date("Russia and Belarus hold joint drills on 25 September.", "2024-09-10")
    assert ("RUS", "BLR", "COOPERATE", "planned", "2024-09-25") in got
    got = dyads_status_date("Россия и Белоруссия проводят совместные учения 25 сентября.", "2024-09-10", "ru")
    assert ("RUS", "BLR", "COOPERATE", "planned", "2024-09-25") in got
    # in the past tense the act happened, on a day of last year's
    got = dyads_status_date("Russia and Belarus held joint drills on 25 September.", "2024-12-10")
    assert ("RUS", "BLR", "COOPERATE", "occurred", "2024-09-25") in got


def test_a_narrative_day_to_come_does_not_date_a_later_sentence_s_news():
    from dyadwatch.coder.base import DocState

    # 2022-12-16 is a Friday; "will" makes the sentence's own reading of Friday the next one
    state = DocState(pub_date="2022-12-16")
    code_text("On Friday, the EU approved new sanctions against Russia and a loan that will be paid to Ukraine.",
              "2022-12-16", "en", state=state)
    got = code_text("Earlier, the European Council had discussed how to increase pressure on Russia.",
                    "2022-12-16", "en", state=state)
    assert got and all(e.date is None or e.date <= "2022-12-16" for e in got if e.status == "occurred")


def test_an_act_in_an_after_clause_is_in_its_head_clause_s_year():
    # (a government's protest is an accusation, convention 6; aimed at the one whose act the time clause tells)
    got = dyads_status_date("In 2019 Minsk protested after Russia cut oil supplies to Belarus.", "2024-09-20")
    assert {("BLR", "RUS", "ACCUSE", "occurred", "2019"), ("RUS", "BLR", "SANCTION", "occurred", "2019")} <= got
    got = dyads_status_date("В 2019 году отношения ухудшились после того, как Россия прекратила поставки нефти в Белоруссию.",
                            "2024-09-20", "ru")
    assert ("RUS", "BLR", "SANCTION", "occurred", "2019") in got
    # but not in its day: the act came before
    got = dyads_status_date("On Monday Minsk protested after Russia cut oil supplies to Belarus.", "2024-09-20")
    assert ("BLR", "RUS", "ACCUSE", "occurred", "2024-09-16") in got
    assert ("RUS", "BLR", "SANCTION", "occurred", "2024-09-20") in got


def test_an_undated_page_takes_the_year_of_the_act_s_own_named_exercise():
    got = dyads_status_date('After the Zapad-2017 manoeuvres, Russia and Belarus held the "Union Shield-2019" drills.',
                            None)
    assert ("RUS", "BLR", "COOPERATE", "occurred", "2019") in got


def test_a_subordinate_participle_keeps_its_time_to_itself():
    got = dyads_status_date("Moscow respected the refusal of Belarus, although made public in 2013.", "2015-12-10")
    assert ("RUS", "BLR", "CONCEDE", "occurred", "2015-12-10") in got


def test_a_coordinated_verb_of_another_tense_does_not_share_the_time():
    # 2024-03-14 is a Thursday: the loan is not promised for the Monday after
    got = dyads_status_date("Russia signed a trade deal with Belarus on Monday and will lend Minsk $1 billion.",
                            "2024-03-14")
    assert {("RUS", "BLR", "AGREE", "occurred", "2024-03-11"), ("RUS", "BLR", "AID", "planned", "2024-03")} <= got


def test_a_plan_for_a_day_just_past_is_not_moved_to_next_year():
    got = dyads_status_date("Putin was to meet Lukashenko on 2 September.", "2024-09-10")
    assert ("RUS", "BLR", "CONSULT", "planned", "2024-09-02") in got
    # a weekday of a plan is still the next one
    got = dyads_status_date("Putin is to visit Minsk on Friday.", "2024-03-13")
    assert ("RUS", "BLR", "CONSULT", "planned", "2024-03-15") in got


def test_an_act_told_done_but_only_possibly_so_is_dated_as_done() -> None:
    got = dyads_status_date("It cannot be ruled out that Minsk sent troops to the Lithuanian border.", "2021-03-04")
    assert ("BLR", "LTU", "MOBILIZE", "hypothetical", "2021-03-04") in got
    # (an act on a condition, or to come, keeps no date)
    got = dyads_status_date("If Minsk sent troops to the Lithuanian border, Vilnius would close it.", "2021-03-04")
    assert not any(d for *_, st, d in got if st == "hypothetical")
