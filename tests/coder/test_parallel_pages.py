"""Issue 4 acceptance: the Russian page of the sample pair yields the same events as the English one.

Both pages of examples/corpus (en/17_… and ru/18_…, see examples/README.md) go through the
real pipeline (clean → sentences → coder) from their bytes on disk; the multisets of
(source, target, type, date) must be identical, and each page must code the facts that
examples/README.md lists for the pair.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from dyadwatch.model import RawInput
from dyadwatch.pipeline import PipelineOptions, process
from tests.conftest import EXAMPLES

EN = EXAMPLES / "en" / "17_mpm_2021-02_sochi-meeting.html"
RU = EXAMPLES / "ru" / "18_mpm_2021-02_sochi-meeting.html"

# examples/README.md, "The English–Russian pair": (source, target, type, status, date);
# None = the table gives no date for that fact.
FACTS = [
    ("RUS", "BLR", "CONSULT", "occurred", "2021-02-22"),
    ("BLR", "RUS", "CONSULT", "occurred", "2021-02-22"),
    ("RUS", "BLR", "AGREE", "occurred", "2021-02-22"),
    ("BLR", "RUS", "AGREE", "occurred", "2021-02-19"),
    ("RUS", "BLR", "AGREE", "occurred", "2021-02-19"),
    ("BLR", "RUS", "REQUEST", "denied", None),
    ("RUS", "BLR", "CONSULT", "planned", "2021-04"),
    ("BLR", "RUS", "CONSULT", "planned", "2021-04"),
    ("RUS", "BLR", "AID", "forecast", "2021"),
]

def _events(path: Path) -> list[tuple[str | None, str | None, str, str, str | None]]:
    doc = process(RawInput(location=str(path), data=path.read_bytes()), PipelineOptions(extras=False))
    return [(e.source, e.target, e.type, e.status, e.date) for _, e in doc.events]


@pytest.fixture(scope="module")
def en_events() -> list[tuple]:
    return _events(EN)


@pytest.fixture(scope="module")
def ru_events() -> list[tuple]:
    return _events(RU)


def _missing(events: list[tuple]) -> list[tuple]:
    """The README facts that `events` lacks (a fact without a date matches any date)."""
    left = list(events)
    out = []
    for fact in FACTS:
        hit = next((e for e in left if e[:4] == fact[:4] and (fact[4] is None or e[4] == fact[4])), None)
        if hit is None:
            out.append(fact)
        else:
            left.remove(hit)
    return out


def test_pages_are_detected_as_their_languages() -> None:
    for path, lang in ((EN, "en"), (RU, "ru")):
        doc = process(RawInput(location=str(path), data=path.read_bytes()),
                      PipelineOptions(code_events=False, extras=False))
        assert doc.document.lang == lang
        assert doc.document.pub_date == "2021-02-24"
        # the pull-quote repeats the first sentence: kept once
        firsts = [s.text for s in doc.sentences if "22" in s.text and ("met" in s.text or "встретились" in s.text)]
        assert len(firsts) == 1, firsts


def test_russian_page_codes_the_listed_facts(ru_events: list[tuple]) -> None:
    assert _missing(ru_events) == [], ru_events
    # nothing beyond the listed facts: "Переговоры длились около шести часов" is no new event
    assert len(ru_events) == len(FACTS), ru_events


def test_english_page_codes_the_listed_facts(en_events: list[tuple]) -> None:
    assert _missing(en_events) == [], en_events
    assert len(en_events) == len(FACTS), en_events


def test_pages_yield_identical_events(en_events: list[tuple], ru_events: list[tuple]) -> None:
    key = lambda e: e[:3] + e[4:]  # noqa: E731 - (source, target, type, date)
    assert Counter(map(key, ru_events)) == Counter(map(key, en_events))


def test_russian_and_english_agree_on_every_sentence_the_english_coder_gets_right(
        en_events: list[tuple], ru_events: list[tuple]) -> None:
    """Every English event that is one of the listed facts is coded identically from the
    Russian page."""
    good_en = [e for e in en_events if e[:4] in {f[:4] for f in FACTS}]
    assert len(good_en) >= 6, en_events
    ru = Counter(e[:3] + e[4:] for e in ru_events)
    for e in good_en:
        assert ru[e[:3] + e[4:]] > 0, (e, ru_events)
