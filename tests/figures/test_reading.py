"""Parse once (issue 13): the figures stage reads the actor names and dates the coder found."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import dyadwatch.figures as figures
from dyadwatch.coder.run import code_document
from dyadwatch.figures import extract_extras
from dyadwatch.model import CleanDocument, Sentence
from dyadwatch.nlp.actors import load_actors
from dyadwatch.nlp.reading import SentenceReading
from dyadwatch.nlp.sentences import split_sentences


def _coded(text: str, lang: str = "en", title: str | None = None) -> tuple[Any, list[Sentence], list, dict]:
    doc = CleanDocument(location="mem://reading", text=text, pub_date="2021-03-20", lang=lang, title=title)
    sents = split_sentences(doc)
    for s in sents:
        s.lang = lang
    readings: dict[int, SentenceReading] = {}
    events = code_document(doc, sents, readings=readings)
    return doc, sents, events, readings


def _no_second_reading(monkeypatch: pytest.MonkeyPatch, allowed: tuple[str, ...] = ()) -> None:
    """The figures stage may find actors and dates itself only in the texts `allowed`."""
    real_actors, real_dates = figures.find_actor_mentions, figures.find_date_refs

    def actors(text: str, *a: Any, **k: Any) -> Any:
        assert text in allowed, f"actors found again in {text!r}"
        return real_actors(text, *a, **k)

    def dates(text: str, *a: Any, **k: Any) -> Any:
        assert text in allowed, f"dates found again in {text!r}"
        return real_dates(text, *a, **k)

    monkeypatch.setattr(figures, "find_actor_mentions", actors)
    monkeypatch.setattr(figures, "find_date_refs", dates)


def test_figures_and_judgments_from_the_coders_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Russia agreed to lend Belarus $600 million for the new power plant. "
            "Relations between Belarus and Lithuania are likely to worsen in the coming months.")
    doc, sents, events, readings = _coded(text, title="Loan for Minsk")
    assert sorted(readings) == [s.index for s in sents]
    alone = extract_extras(doc, sents, events)
    _no_second_reading(monkeypatch, allowed=("Loan for Minsk",))  # the title: not coded, read here
    handed = extract_extras(doc, sents, events, readings=readings)
    assert handed == alone
    (f,) = handed["figures"]
    assert (f["value"], f["source"], f["target"]) == (6e8, "RUS", "BLR")
    (j,) = handed["judgments"]
    assert (j["direction"], {j["source"], j["target"]}) == ("worse", {"BLR", "LTU"})


def test_russian_sentences_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Россия выделит Белоруссии кредит в размере 2 млрд долларов в 2022 году."
    doc, sents, events, readings = _coded(text, "ru")
    assert readings
    alone = extract_extras(doc, sents, events)
    _no_second_reading(monkeypatch)
    handed = extract_extras(doc, sents, events, readings=readings)
    assert handed == alone
    (f,) = handed["figures"]
    assert (f["value"], f["source"], f["target"], f["date"]) == (2e9, "RUS", "BLR", "2022")


def test_a_dateline_the_coder_leaves_out_is_read_by_the_figures_stage() -> None:
    text = "MINSK, March 5 (Reuters) - Gazprom raised the gas price for Belarus by 12 percent."
    doc, sents, events, readings = _coded(text)
    (r,) = readings.values()
    assert r.start > 0 and text[r.start:].startswith("Gazprom")
    (f,) = extract_extras(doc, sents, events, readings=readings)["figures"]
    assert (f["value"], f["target"], f["date"]) == (12, "BLR", "2021-03-05")  # the dateline's date
    assert extract_extras(doc, sents, events, readings=readings) == extract_extras(doc, sents, events)


def test_an_anaphoric_date_as_the_coder_read_it() -> None:
    """"The next day" after a dated sentence is the day after that date (the coder reads it
    from the document's last date), not the day after the report."""
    text = ("Belarus and Russia held talks in Sochi on 3 March. "
            "The next day, Russia agreed to lend Belarus $700 million.")
    doc, sents, events, readings = _coded(text)
    (f,) = extract_extras(doc, sents, events, readings=readings)["figures"]
    assert (f["value"], f["date"]) == (7e8, "2021-03-04")


def test_a_reading_of_another_text_or_dictionary_is_not_used() -> None:
    text = "Russia agreed to lend Belarus $800 million."
    doc, sents, events, readings = _coded(text)
    (r,) = readings.values()
    alone = extract_extras(doc, sents, events)
    other_text = dataclasses.replace(r, text=r.text.replace("Belarus", "Armenia"))
    other_actors = dataclasses.replace(r, actors=load_actors("ru"))
    for wrong in (other_text, other_actors):
        assert extract_extras(doc, sents, events, readings={sents[0].index: wrong}) == alone


def test_the_pipeline_hands_the_reading_over() -> None:
    from dyadwatch.model import RawInput
    from dyadwatch.pipeline import process

    text = "Russia agreed to lend Belarus $900 million on 2 March.\n"
    coded = process(RawInput(location="mem://p", data=text.encode(), kind="text"))
    (f,) = coded.extras["figures"]
    assert (f["value"], f["source"], f["target"]) == (9e8, "RUS", "BLR")
    assert f["event_id"] is not None  # linked to the loan the coder found
