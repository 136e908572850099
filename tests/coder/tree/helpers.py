"""What the tree coder's tests compare: a text coded by the rule coder, with some fields of its events kept.

Each helper codes `text` as one item published on `pub` in `lang` and keeps what its name says beside source,
target and type (a set, or a list in the order of the text). A test passes `pub` where its expectation depends on
it (a date expression in the text, or the date an event is given) and `lang` when it is not English; PUB, the
default, decides nothing in the tests that leave it.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.coder.base import DocState
from dyadwatch.coder.cameo import pentacode
from dyadwatch.coder.run import code_text
from dyadwatch.model import Event

PUB = "2021-03-04"  # a Thursday

Dyad = tuple[str | None, str | None, str]


def dyads(text: str, pub: str | None = PUB, lang: str = "en") -> set[Dyad]:
    """(source, target, type) of each event."""
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def dyads_status(text: str, pub: str | None = PUB, lang: str = "en") -> set[tuple]:
    """(source, target, type, status) of each event."""
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def dyads_date(text: str, pub: str | None = PUB, lang: str = "en") -> set[tuple]:
    """(source, target, type, date) of each event."""
    return {(e.source, e.target, e.type, e.date) for e in code_text(text, pub, lang)}


def dyads_status_date(text: str, pub: str | None = PUB, lang: str = "en") -> set[tuple]:
    """(source, target, type, status, date) of each event."""
    return {(e.source, e.target, e.type, e.status, e.date) for e in code_text(text, pub, lang)}


def dyads_cameo(text: str, pub: str | None = PUB, lang: str = "en") -> set[tuple]:
    """(source, target, type, CAMEO code) of each event."""
    return {(e.source, e.target, e.type, e.cameo) for e in code_text(text, pub, lang)}


def status_by_dyad(text: str, pub: str | None = PUB, lang: str = "en") -> dict[Dyad, str]:
    """(source, target, type) -> status of each event."""
    return {(e.source, e.target, e.type): e.status for e in code_text(text, pub, lang)}


def pairs(text: str, type_: str, pub: str | None = PUB, lang: str = "en") -> set[tuple[str | None, str | None]]:
    """(source, target) of each event of type `type_`."""
    return {(e.source, e.target) for e in code_text(text, pub, lang) if e.type == type_}


def types(text: str, pub: str | None = PUB, lang: str = "en") -> set[str]:
    """The types of the events."""
    return {e.type for e in code_text(text, pub, lang)}


def first_event(text: str, type_: str, pub: str | None = PUB, lang: str = "en") -> Event:
    """The first event of type `type_`; the test fails, showing what was coded, if there is none."""
    events = code_text(text, pub, lang)
    found = [e for e in events if e.type == type_]
    assert found, (text, [(e.source, e.target, e.type) for e in events])
    return found[0]


def in_order_status_date(text: str, pub: str | None = PUB, lang: str = "en") -> list[tuple]:
    """(source, target, type, status, date) of each event, in the order of the text."""
    events = sorted(code_text(text, pub, lang), key=lambda e: e.start)
    return [(e.source, e.target, e.type, e.status, e.date) for e in events]


def in_order_cameo(text: str, pub: str | None = PUB, lang: str = "en", allow_unknown: bool = True) -> list[tuple]:
    """(source, target, type, CAMEO code) of each event, in the order of the text; by default with the events
    whose parties are not known, as the pentacode sets code them."""
    events = sorted(code_text(text, pub, lang, allow_unknown=allow_unknown), key=lambda e: e.start)
    return [(e.source, e.target, e.type, e.cameo) for e in events]


def sentence_class(text: str, pub: str | None = PUB) -> int:
    """The pentacode class of the text's first event (parties not known allowed), 0 when none."""
    events = in_order_cameo(text, pub)
    return pentacode(events[0][3]) if events else 0


def both(*sides: tuple[str, str]) -> set[tuple[str, str]]:
    """Each (source, target) pair both ways: the dyads of symmetric acts."""
    return {p for a, b in sides for p in ((a, b), (b, a))}


def in_document(texts: list[str], pub: str | None = PUB, lang: str = "en") -> list[set[tuple]]:
    """(source, target, type, status) of each event, for each of `texts` coded in turn as the sentences of one
    document published on `pub`."""
    state = DocState(pub_date=pub)
    return [{(e.source, e.target, e.type, e.status) for e in code_text(t, pub, lang, state=state)} for t in texts]


MEETING = "On 3 March 2021 Aliyev and Pashinyan met in Moscow."


def after_meeting(text: str) -> set[tuple]:
    """(source, target, type, date) of `text` coded as an item of its own after MEETING's, in one document
    published on 2021-03-04."""
    state = DocState(pub_date="2021-03-04")
    code_text(MEETING, "2021-03-04", state=state)
    return {(e.source, e.target, e.type, e.date) for e in code_text(text, "2021-03-04", state=state)}


def eval_json(path: Path) -> dict:
    """The figures of `dyadwatch eval PATH --json`."""
    res = CliRunner().invoke(cli, ["eval", str(path), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output.strip().splitlines()[-1])
