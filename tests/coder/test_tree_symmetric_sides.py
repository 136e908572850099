"""The sides of a symmetric act (convention 2) whose coordinated subjects act with a comitative party
("with" / «с» + instrumental): each subject is paired with that party, not with its co-subjects; a
single subject acting "with Y and Z" is paired with each, Y and Z not with each other. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, lang: str, type_: str) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in code_text(text, "2026-05-06", lang) if e.type == type_}


def both(*pairs: tuple[str, str]) -> set[tuple[str, str]]:
    return {p for a, b in pairs for p in ((a, b), (b, a))}


@pytest.mark.parametrize(("text", "lang", "type_", "expected"), [
    # coordinated subjects, a party across the table: each subject with it, not with each other
    ("Moldova and Georgia signed association agreements with the EU on Friday.", "en", "AGREE",
     both(("MDA", "EU"), ("GEO", "EU"))),
    ("Молдавия и Грузия подписали соглашения об ассоциации с ЕС.", "ru", "AGREE",
     both(("MDA", "EU"), ("GEO", "EU"))),
    ("Russia and China held talks with Iran.", "en", "CONSULT", both(("RUS", "IRN"), ("CHN", "IRN"))),
    ("Россия и Китай провели переговоры с Ираном.", "ru", "CONSULT", both(("RUS", "IRN"), ("CHN", "IRN"))),
    ("France and Germany met with Ukrainian officials.", "en", "CONSULT", both(("FRA", "UKR"), ("DEU", "UKR"))),
    ("Россия и Китай договорились с Ираном о новой сделке.", "ru", "AGREE", both(("RUS", "IRN"), ("CHN", "IRN"))),
    # one subject with two parties: the subject with each, the two not with each other
    ("Moldova signed agreements with Georgia and the EU.", "en", "AGREE", both(("MDA", "GEO"), ("MDA", "EU"))),
    ("Молдавия подписала соглашения с Грузией и ЕС.", "ru", "AGREE", both(("MDA", "GEO"), ("MDA", "EU"))),
])
def test_comitative_party_is_across_the_table(text: str, lang: str, type_: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert dyads(text, lang, type_) == expected


@pytest.mark.parametrize(("text", "lang", "type_", "expected"), [
    # no comitative party: the coordinated subjects are the parties to each other (unchanged)
    ("Moldova and Georgia signed an agreement.", "en", "AGREE", both(("MDA", "GEO"))),
    ("Молдавия и Грузия подписали соглашение.", "ru", "AGREE", both(("MDA", "GEO"))),
    ("Russia, China and Iran held talks in Tehran.", "en", "CONSULT",
     both(("RUS", "CHN"), ("RUS", "IRN"), ("CHN", "IRN"))),
    # a joint act with another party: all take part together, every pair
    ("Россия и Китай провели совместные учения с Ираном.", "ru", "COOPERATE",
     both(("RUS", "CHN"), ("RUS", "IRN"), ("CHN", "IRN"))),
    ("Russia and Belarus signed a joint statement with China.", "en", "AGREE",
     both(("RUS", "BLR"), ("RUS", "CHN"), ("BLR", "CHN"))),
    # "together with" joins its party to the subjects
    ("Latvia and Lithuania signed an agreement together with Poland.", "en", "AGREE",
     both(("LVA", "LTU"), ("LVA", "POL"), ("LTU", "POL"))),
    ("Латвия и Литва вместе с Польшей подписали соглашение.", "ru", "AGREE",
     both(("LVA", "LTU"), ("LVA", "POL"), ("LTU", "POL"))),
    # a means ("with the help of", «с помощью») or a mediator's absolute phrase is no side of the act
    ("Ереван и Баку обменялись задержанными с помощью МККК.", "ru", "CONCEDE", both(("ARM", "AZE"))),
    ("Armenian and Azerbaijani envoys held talks in Geneva last week, with a Swiss diplomat mediating.", "en",
     "CONSULT", both(("ARM", "AZE"))),  # (the mediator gets no event: the blind sets' gold)
])
def test_parties_to_each_other_stay_paired(text: str, lang: str, type_: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert dyads(text, lang, type_) == expected
