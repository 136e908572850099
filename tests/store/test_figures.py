"""Figures and judgments stored with a document and read back with filters (both backends)."""

from __future__ import annotations

from dyadwatch.figures import extract_extras
from dyadwatch.model import CleanDocument, CodedDocument, Sentence
from dyadwatch.store import open_store
from dyadwatch.store.documents import save_coded_document
from dyadwatch.store.figures import list_figures, list_judgments

TEXT = ("Russia granted Belarus a $1 billion loan last March. "
        "Relations between Belarus and Russia are likely to improve in the coming months.")


def _coded() -> CodedDocument:
    doc = CleanDocument(location="mem://fig", text=TEXT, pub_date="2021-02-25", pub_date_granularity="day")
    cut = TEXT.index("Relations")
    sents = [Sentence(0, 0, cut - 1, TEXT[:cut - 1]), Sentence(1, cut, len(TEXT), TEXT[cut:])]
    return CodedDocument(document=doc, sentences=sents, events=[],
                         extras=extract_extras(doc, sents, []))


def test_round_trip_and_filters(store_url: str) -> None:
    engine = open_store(store_url)
    assert save_coded_document(engine, _coded())
    (f,) = list_figures(engine, dyad="BLR-RUS")
    assert (f["value"], f["unit"], f["measure"], f["date"], f["ref_date"]) == (1e9, "USD", "loan", "2020-03", "2020-03")
    assert f["sentence"].startswith("Russia granted")
    assert list_figures(engine, dyad="BLR-POL") == []
    assert list_figures(engine, date_from="2021-01") == []
    assert len(list_figures(engine, date_to="2020-03")) == 1
    (j,) = list_judgments(engine, dyad="RUS-BLR")
    assert (j["direction"], j["hedge"], j["horizon"], j["kind"]) == ("better", "likely", "in the coming months", "forecast")
    assert list_judgments(engine, direction="worse") == []
