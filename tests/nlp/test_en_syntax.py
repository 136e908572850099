"""The English parse applies the model's attribute rules itself (nlp/lang/en/syntax.py): the
result must be the one spaCy's own attribute ruler gives."""

from __future__ import annotations

import spacy

from dyadwatch.nlp.lang.en.syntax import MODEL, parse

TEXTS = [
    "Belarus and Russia didn't sign the agreement, but they'll meet again in Minsk on Friday.",
    "The EU's foreign ministers are gonna discuss sanctions against Belarus's state airline.",
    "Lithuania   closed two border crossings;  Poland said it wasn't consulted.",
    "\"We cannot support the aggression,\" he said, adding that Moscow's troops had left.",
    "Ukraine's president, who'd been in Warsaw, spoke to Biden by phone - the talks went well.",
]


def test_the_attribute_rules_give_what_the_ruler_gives():
    ruler = spacy.load(MODEL, exclude=["ner", "lemmatizer"])
    for ours, theirs in zip(parse(TEXTS), ruler.pipe(TEXTS), strict=True):
        assert [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in ours] == \
            [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in theirs]


def test_a_headline_without_articles_has_its_subject_and_object():
    # the model reads "expels" as a plural noun, "Peru" as its modifier and "ambassador" as an adverbial
    doc = parse(["Peru expels Mexican ambassador"])[0]
    assert [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "dobj")] == [("Peru", "nsubj"), ("ambassador", "dobj")]
    assert doc[1].pos_ == "VERB"
    # ... but an adverbial of time stays one, and prose keeps its parse
    assert [t.dep_ for t in parse(["Lithuania expels two diplomats this week"])[0] if t.text == "week"] != ["dobj"]


def test_a_headline_infinitive_hung_on_its_subject_heads_the_headline():
    doc = parse(["Georgian premier to visit Yerevan for talks"])[0]
    assert [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "ROOT")] == [("premier", "nsubj"), ("visit", "ROOT")]
