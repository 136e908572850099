"""Acceptance on the real seed documents (read at test time from ../shared/corpus/seeds/)."""

from __future__ import annotations

import pytest

from dyadwatch.clean import clean_document
from dyadwatch.figures import extract_extras
from dyadwatch.model import RawInput
from dyadwatch.nlp.sentences import split_sentences
from tests.conftest import seed_file


def _extras(prefix: str) -> dict:
    path = seed_file(prefix)
    doc = clean_document(RawInput(location=str(path), data=path.read_bytes(), kind="text"))
    return extract_extras(doc, split_sentences(doc), [])


def _one(rows: list[dict], **want: object) -> dict:
    hits = [r for r in rows if all(r.get(k) == v for k, v in want.items())]
    assert hits, f"no row with {want}"
    return hits[0]


@pytest.fixture(scope="module")
def seed001() -> dict:
    return _extras("001")


def test_ten_billion_loan_from_russia(seed001: dict) -> None:
    f = _one(seed001["figures"], value=1e10, unit="USD")
    assert (f["measure"], f["source"], f["target"]) == ("loan", "RUS", "BLR")


def test_trade_share_45_50(seed001: dict) -> None:
    f = _one(seed001["figures"], value=45.0, value_max=50.0, unit="%")
    assert (f["measure"], f["qualifier"], f["source"], f["target"]) == ("trade_share", "about", "RUS", "BLR")


def test_imf_three_billion(seed001: dict) -> None:
    f = _one(seed001["figures"], value=3e9, unit="USD")
    assert (f["measure"], f["qualifier"], f["source"], f["target"]) == ("loan", "up to", "IMF", "BLR")


def test_stabilisation_loan_and_its_transferred_part() -> None:
    rows = _extras("004")["figures"]
    whole = _one(rows, value=1.5e9, unit="USD")
    part = _one(rows, value=1e9, unit="USD")
    for f in (whole, part):
        assert (f["measure"], f["source"], f["target"]) == ("loan", "RUS", "BLR")


def test_allied_mode_forecast() -> None:
    rows = _extras("000")["judgments"]
    j = next(r for r in rows if "allied mode" in r["text"])
    assert (j["direction"], j["hedge"], j["kind"]) == ("stable", "likely", "forecast")
    assert j["horizon"] == "In the coming weeks"
    assert {j["source"], j["target"]} == {"BLR", "RUS"}
