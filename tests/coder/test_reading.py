"""What the coder read in a sentence is left for the figures stage (nlp/reading.py, issue 13)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import code_document
from dyadwatch.coder.base import DocState
from dyadwatch.coder.run import CODER_ENV, _coders
from dyadwatch.model import CleanDocument
from dyadwatch.nlp.reading import SentenceReading
from dyadwatch.nlp.sentences import split_sentences


def _read(text: str, lang: str = "en") -> tuple[list, dict[int, SentenceReading]]:
    doc = CleanDocument(location="mem://coder-reading", text=text, pub_date="2021-05-10", lang=lang)
    sents = split_sentences(doc)
    for s in sents:
        s.lang = lang
    readings: dict[int, SentenceReading] = {}
    code_document(doc, sents, readings=readings)
    return sents, readings


@pytest.mark.parametrize("coder", ["tree", "learned"])
def test_each_sentence_read_is_handed_over(coder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CODER_ENV, coder)
    sents, readings = _read("Poland expelled two Russian diplomats on 4 May. Warsaw gave no reason.")
    assert sorted(readings) == [0, 1]
    first = readings[0]
    assert first.covers(sents[0].text) and not first.covers(sents[1].text)
    names = [(first.text[first.toks[n.start][1]:first.toks[n.end - 1][2]], n.entry.kind) for n in first.names]
    assert ("Poland", "country") in names and ("Russian", "country") in names
    assert [(d.text, d.value) for d in first.dates] == [("4 May", "2021-05-04")]
    assert [n.entry.ref for n in readings[1].names] == ["POL"]  # "Warsaw", a seat of government


def test_no_readings_asked_none_kept() -> None:
    doc = CleanDocument(location="mem://none", text="Poland expelled two Russian diplomats.", pub_date="2021-05-10")
    assert code_document(doc, split_sentences(doc)) == code_document(doc, split_sentences(doc), readings={})


def test_a_dateline_is_left_out_of_the_reading() -> None:
    text = "WARSAW, May 4 (Reuters) - Poland expelled two Russian diplomats."
    _, readings = _read(text)
    (r,) = readings.values()
    assert r.start == text.index("Poland") and r.text == text[r.start:]
    assert [d.text for d in r.dates] == []  # the dateline's date is not in the part read


def test_a_text_read_in_parts_leaves_no_reading() -> None:
    coder = _coders("ru", ())
    coder.code_sentence("Россия осудила Польшу. Польша выслала российских дипломатов.", DocState(pub_date="2021-05-10"))
    assert coder.reading is None
    coder.code_sentence("Польша выслала российских дипломатов.", DocState(pub_date="2021-05-10"))
    assert coder.reading is not None and [n.entry.ref for n in coder.reading.names][:1] == ["POL"]
