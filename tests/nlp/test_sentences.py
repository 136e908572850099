"""Sentence splitting: exact offsets, abbreviations, Russian via razdel, speed."""

from __future__ import annotations

import pytest

from dyadwatch.clean import clean_document
from dyadwatch.model import CleanDocument, RawInput, Span
from dyadwatch.nlp.sentences import split_english, split_sentences
from tests.conftest import SEEDS


def _doc(paragraphs: list[str], lang: str = "en") -> CleanDocument:
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(Span(pos, pos + len(p)))
        pos += len(p) + 2
    return CleanDocument(location="x", text="\n\n".join(paragraphs), lang=lang, paragraphs=spans)


@pytest.mark.parametrize("text,expected", [
    ("Mr. Smith met Dr. Jones on Jan. 5 in Minsk. The talks were long.",
     ["Mr. Smith met Dr. Jones on Jan. 5 in Minsk.", "The talks were long."]),
    ("Ambassador Douglas E. Lute said growth was 3.5 per cent. Then he left!",
     ["Ambassador Douglas E. Lute said growth was 3.5 per cent.", "Then he left!"]),
    ("A delegation of the U.S. Department of State visited Minsk. It met officials.",
     ["A delegation of the U.S. Department of State visited Minsk.", "It met officials."]),
    ("The loan came from the U.S. The money arrived in May.",
     ["The loan came from the U.S.", "The money arrived in May."]),
    ("Was it Resolution No. 5? Nobody knew, i.e. the text was secret.",
     ["Was it Resolution No. 5?", "Nobody knew, i.e. the text was secret."]),
    ("He said: “We agreed.” Then the talks ended.", ["He said: “We agreed.”", "Then the talks ended."]),
])
def test_english_rules(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_english(text)] == expected


def test_offsets_are_exact_and_within_paragraphs() -> None:
    doc = _doc(["First paragraph. It has two sentences.", "Heading", "Second one here. And more!"])
    sents = split_sentences(doc)
    assert [s.text for s in sents] == ["First paragraph.", "It has two sentences.", "Heading",
                                       "Second one here.", "And more!"]
    assert [s.paragraph for s in sents] == [0, 0, 1, 2, 2]
    assert [s.index for s in sents] == list(range(5))
    for s in sents:
        assert doc.text[s.start:s.end] == s.text


def test_russian_uses_razdel() -> None:
    doc = _doc(["Президент встретился с премьером, т. е. с главой правительства. Переговоры шли 5 ч. Итог неясен."],
               lang="ru")
    sents = split_sentences(doc)
    assert [s.text for s in sents] == ["Президент встретился с премьером, т. е. с главой правительства.",
                                       "Переговоры шли 5 ч. Итог неясен."]
    assert all(s.lang == "ru" and doc.text[s.start:s.end] == s.text for s in sents)


def test_mixed_page_gets_language_per_sentence() -> None:
    doc = _doc(["Belarus and Russia signed an agreement on oil supplies.",
                "Президенты Беларуси и России подписали соглашение о поставках нефти на следующий год."])
    sents = split_sentences(doc)
    assert [s.lang for s in sents] == ["en", "ru"]


def test_seed_documents_split_with_offsets_into_the_text() -> None:
    """Every sentence of the seeds is the text between its offsets (speed is measured in
    bench/, not here: a timed assertion fails on a busy machine, not on slow code)."""
    docs = [clean_document(RawInput(location=str(p), data=p.read_bytes())) for p in sorted(SEEDS.glob("*.txt"))]
    if not docs:
        pytest.skip("no seeds")
    for doc in docs:
        sents = split_sentences(doc)
        assert sents
        assert all(doc.text[s.start:s.end] == s.text for s in sents)
