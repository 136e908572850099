"""Conventions of the gold README the tree coder follows: a party's claim of its own act is that act by the claimer
(3), an act merely weighed is hypothetical (5, status), and a planned act takes no date from the verb that
announces it (9)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState


@pytest.fixture(autouse=True)
def _tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(run.CODER_ENV, "tree")


def coded(text: str, pub: str = "2020-09-15", lang: str = "en") -> list[tuple[str | None, str | None, str, str, str | None]]:
    events = run.code_text(text, pub, lang, state=DocState(pub_date=pub))
    return [(e.source, e.target, e.type, e.status, e.date) for e in sorted(events, key=lambda e: e.start)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hamas claimed responsibility for the rocket attack on Israel.", "PSE", "ISR"),
    ("Israel took responsibility for the air strike on Syria.", "ISR", "SYR"),
    ("Al-Shabaab claimed responsibility for the attack on Kenyan troops.", "SOM", "KEN"),
])
def test_a_claim_of_responsibility_makes_the_claimer_the_source(text: str, source: str, target: str) -> None:
    events = run.code_text(text, "2020-09-15", "en", state=DocState(pub_date="2020-09-15"))
    assert [(e.source, e.target, e.type, e.cameo) for e in events] == [(source, target, "ASSAULT", "015")]


def test_an_attack_merely_reported_is_not_claimed_by_the_reporter() -> None:
    # only "responsibility for": a report of another's attack keeps its own maker (or none)
    assert not [e for e in coded("Israel reported an attack on its embassy in Cairo.") if e[0] == "ISR" and e[2] == "ASSAULT"]


@pytest.mark.parametrize(("text", "kind"), [
    ("The United States mulls imposing tariffs on China.", "SANCTION"),
    ("Germany is weighing sanctions against Russia.", "SANCTION"),
    ("Japan is contemplating sending aid to Ukraine.", "AID"),
    ("France considers sending troops to Mali.", "MOBILIZE"),
])
def test_an_act_weighed_is_hypothetical_and_undated(text: str, kind: str) -> None:
    events = [e for e in coded(text) if e[2] == kind]
    assert events and all(e[3] == "hypothetical" and e[4] is None for e in events)


def test_a_subject_that_weighs_on_something_is_not_weighed() -> None:
    # "weigh on" with the act as subject: the sanctions are in force, not considered
    events = [e for e in coded("The EU sanctions against Belarus weigh on its economy.") if e[2] == "SANCTION"]
    assert events and events[0][3] == "occurred"


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia promised Belarus a loan of 1.5 billion dollars on Monday.", "en"),
    ("Россия в понедельник пообещала Белоруссии кредит в размере 1,5 млрд долларов.", "ru"),
])
def test_the_day_of_a_promise_does_not_date_the_act_promised(text: str, lang: str) -> None:
    # pub_date 2020-09-15 is a Tuesday: the promise was made on Monday the 14th; the loan has no schedule
    events = coded(text, lang=lang)
    # `promised_acts` (English: a sum promised, `promised_sums`): the aid promised is the event, no accord beside
    # it (convention 5)
    assert events == [("RUS", "BLR", "AID", "planned", None)]


def test_the_day_of_an_agreement_does_not_date_the_talks_agreed() -> None:
    events = coded("On Monday Russia agreed to hold talks with Belarus.")
    assert ("RUS", "BLR", "AGREE", "occurred", "2020-09-14") in events
    assert ("RUS", "BLR", "CONSULT", "planned", None) in events


@pytest.mark.parametrize("text", [
    "Russia and Belarus will hold talks on Monday.",
    "Russia will provide Belarus a loan on Monday.",
    "Putin plans to visit Minsk on Monday.",
])
def test_a_planned_act_keeps_the_day_of_its_own_verb(text: str) -> None:
    # the next Monday after the report: the act's own schedule (or its plan's)
    events = [e for e in coded(text) if e[3] == "planned"]
    assert events and all(e[4] == "2020-09-21" for e in events)


def test_a_russian_claim_of_responsibility_makes_the_claimer_the_source() -> None:
    events = run.code_text("Израиль взял на себя ответственность за нападение на Сирию.", "2020-09-15", "ru",
                           state=DocState(pub_date="2020-09-15"))
    assert [(e.source, e.target, e.type, e.cameo) for e in events] == [("ISR", "SYR", "ASSAULT", "015")]


@pytest.mark.parametrize("text", [
    "Германия рассматривает введение санкций против России.",
    "Власти США обдумывают введение пошлин против Китая.",
])
def test_a_russian_act_weighed_is_hypothetical(text: str) -> None:
    events = [e for e in coded(text, lang="ru") if e[2] == "SANCTION"]
    assert events and all(e[3] == "hypothetical" and e[4] is None for e in events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Суд рассматривает дело об аресте российского журналиста в Белоруссии.", "ru"),
    ("The court is considering the case of the journalist arrested in Belarus by Russia.", "en"),
])
def test_an_act_in_the_phrase_of_a_thing_weighed_keeps_its_status(text: str, lang: str) -> None:
    # the case is weighed, the arrest is done
    events = [e for e in coded(text, lang=lang) if e[2] == "COERCE"]
    assert events and all(e[3] == "occurred" for e in events)
