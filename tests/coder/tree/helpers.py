"""The helpers the tree coder's tests share: each codes a text and keeps what its tests compare.

A name with several definitions carries what tells them apart: the language, what it keeps of an event beside
source, target and type (status, date, cameo), the default publication date; _b, _c: the same coding written
another way (the language a parameter or written in, through another helper). A test module imports the one
most of its tests were written with under the name the tests call; a test written with another keeps it by
`uses` (a test that codes no date expression and passes the text alone may take one of another default date).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import FunctionType

from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.coder import run
from dyadwatch.coder.base import DocState
from dyadwatch.coder.cameo import pentacode
from dyadwatch.coder.run import code_text


def uses(**helpers: Callable) -> Callable:
    """The test reads these helpers under the names its body calls, not its module's own: a test written with
    another definition of `dyads` (another default publication date, or what it keeps of an event) keeps it,
    and its body stays as written. The test's module globals are read when the decorator runs."""

    def bind(test: Callable) -> Callable:
        glob = {**test.__globals__, **helpers}
        bound = FunctionType(test.__code__, glob, test.__name__, test.__defaults__, test.__closure__)
        bound.__kwdefaults__ = test.__kwdefaults__
        bound.__dict__.update(test.__dict__)
        bound.__module__, bound.__qualname__, bound.__doc__ = test.__module__, test.__qualname__, test.__doc__
        return bound

    return bind


MEETING = "On 3 March 2021 Aliyev and Pashinyan met in Moscow."


PUB_20211015 = "2021-10-15"


PUB_20240314 = "2024-03-14"


def _after_meeting(text: str) -> set[tuple]:
    """`text` as an item of its own after the meeting's item, in one document."""
    state = DocState(pub_date="2021-03-04")
    code_text(MEETING, "2021-03-04", state=state)
    return {(e.source, e.target, e.type, e.date) for e in code_text(text, "2021-03-04", state=state)}


def _coded_en_20261120(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2026-11-20")}


def _coded_en_20261120_b(text: str, lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2026-11-20", lang)}


def _coded_en_status_20261120(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-11-20")}


def _coded_en_status_20261206(text: str) -> set[tuple[str, str | None, str, str]]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-12-06", lang="en")}


def _dated(text: str, pub: str = "2026-11-20") -> set[tuple]:
    return {(e.source, e.target, e.type, e.date) for e in code_text(text, pub)}


def _eval_json(path: Path) -> dict:
    res = CliRunner().invoke(cli, ["eval", str(path), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output.strip().splitlines()[-1])


def _events(text: str, lang: str = "ru") -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, "2024-05-16", lang)}


def _pairs(text: str, kind: str) -> set[tuple]:
    return {(e.source, e.target) for e in code_text(text, "2026-11-20") if e.type == kind}


def both(*pairs: tuple[str, str]) -> set[tuple[str, str]]:
    return {p for a, b in pairs for p in ((a, b), (b, a))}


def coded_20230601(text: str) -> set[tuple[str | None, str | None, str]]:
    events = run.code_text(text, "2023-06-01", state=DocState(pub_date="2023-06-01"))
    return {(e.source, e.target, e.type) for e in events}


def coded_cameo_20210201(text: str, allow_unknown: bool = True) -> list[tuple[str | None, str | None, str, str]]:
    events = run.code_text(text, "2021-02-01", state=DocState(pub_date="2021-02-01"), allow_unknown=allow_unknown)
    return [(e.source, e.target, e.type, e.cameo) for e in sorted(events, key=lambda e: e.start)]


def coded_en_cameo_20210201(text: str) -> set[tuple[str | None, str | None, str, str]]:
    return {(e.source, e.target, e.type, e.cameo) for e in run.code_text(text, "2021-02-01")}


def coded_en_status_20210304(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def coded_en_status_20240510(text: str, lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2024-05-10", lang)}


def coded_en_status_20240510_b(text: str, lang: str = "en", pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def coded_en_status_by_triple_20210304(text: str, pub: str | None = "2021-03-04") -> dict[tuple, str]:
    """(source, target, type) -> status of the events coded."""
    return {(e.source, e.target, e.type): e.status for e in code_text(text, pub, "en")}


def coded_en_status_date_20200915(text: str, pub: str = "2020-09-15", lang: str = "en") -> list[tuple[str | None, str | None, str, str, str | None]]:
    events = run.code_text(text, pub, lang, state=DocState(pub_date=pub))
    return [(e.source, e.target, e.type, e.status, e.date) for e in sorted(events, key=lambda e: e.start)]


def coded_en_status_date_20210304(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status, e.date) for e in code_text(text, pub, lang)}


def coded_ru_20210304(text: str, pub: str | None = "2021-03-04") -> list:
    return code_text(text, pub, "ru")


def coded_ru_status_20230510(text: str, pub: str | None = "2023-05-10") -> list[tuple]:
    return [(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "ru")]


def coded_ru_status_20240510(text: str, pub: str | None = "2024-05-10") -> list[tuple]:
    return [(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "ru")]


def coded_ru_status_date_20210304(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status, e.date) for e in code_text(text, pub, "ru")}


def dated(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status, e.date) for e in code_text(text, pub, lang)}


def dyads_20260506(text: str, lang: str, type_: str) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in code_text(text, "2026-05-06", lang) if e.type == type_}


def dyads_en_20210301(text: str, pub: str = "2021-03-01") -> set[tuple[str, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub)}


def dyads_en_20210304(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def dyads_en_20210304_b(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def dyads_en_20220506(text: str, pub: str | None = "2022-05-06", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def dyads_en_20240510(text: str, pub: str | None = "2024-05-10", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def dyads_en_20240605(text: str, pub: str | None = "2024-06-05", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def dyads_ru_20210304(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


def dyads_ru_20210304_b(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in coded_ru_20210304(text, pub)}


def dyads_ru_20230510(text: str) -> set[tuple]:
    return {e[:3] for e in coded_ru_status_20230510(text)}


def dyads_ru_20240510(text: str, pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


def dyads_ru_20240510_b(text: str, pub: str | None = "2024-05-10", lang: str = "ru") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def dyads_ru_20240510_c(text: str) -> set[tuple]:
    return {e[:3] for e in coded_ru_status_20240510(text)}


def events_en_20240315(text: str, pub: str | None = "2024-03-15", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def events_en_cameo_20210304(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.cameo) for e in code_text(text, pub, lang)}


def events_en_status_20210304(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def events_en_status_20210304_b(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "en")}


def events_en_status_20240110(text: str, pub: str | None = "2024-01-10") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "en")}


def one(text: str, typ: str, pub: str | None = PUB_20211015):
    evs = [e for e in code_text(text, pub, "ru") if e.type == typ]
    assert evs, (text, [(e.source, e.target, e.type) for e in code_text(text, pub, "ru")])
    return evs[0]


def pairs_en_20210304(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def pairs_en_20220610(text: str, pub: str | None = "2022-06-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def pairs_en_20240105(text: str, pub: str | None = "2024-01-05") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def pairs_en_20240110(text: str, pub: str | None = "2024-01-10", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def pairs_en_20240110_b(text: str, pub: str | None = "2024-01-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def pairs_en_20240510(text: str) -> set[tuple]:
    return {(a, b, t) for a, b, t, _ in coded_en_status_20240510(text)}


def sentence_class(text: str) -> int:
    events = coded_cameo_20210201(text)
    return pentacode(events[0][3]) if events else 0


def statuses_en_status_20210301(text: str, pub: str = "2021-03-01") -> set[tuple[str, str | None, str, str]]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub)}


def statuses_ru_status_20220516(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2022-05-16", "ru")}


def triples_ru_20211015(text: str, pub: str | None = PUB_20211015) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


def triples_ru_20240314(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, PUB_20240314, "ru")}


def types(text: str, lang: str = "en") -> set[str]:
    return {t for _, _, t, _ in coded_en_status_20240510(text, lang)}
