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


def test_a_fronted_phrase_ending_in_a_name_is_no_subject():
    # the model reads "After talks in Vienna, Kosovo and Serbia agreed" as a clause whose subject is "talks" and
    # Kosovo a name coordinated with Vienna: the name after the comma is the subject (`_fronted_phrases`)
    doc = parse(["After talks in Vienna, Kosovo and Serbia agreed on a border regime."])[0]
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("After", "talks", "Kosovo")] == \
        [("After", "prep", "agreed"), ("talks", "pobj", "After"), ("Kosovo", "nsubj", "agreed")]
    # (a true clause of time keeps its own subject)
    doc = parse(["After talks ended, Kosovo and Serbia agreed on a border regime."])[0]
    assert [(t.text, t.dep_) for t in doc if t.dep_ == "nsubj"] == [("talks", "nsubj"), ("Kosovo", "nsubj")]


def test_a_free_relative_of_naming_as_object_stands_for_the_thing_named():
    # `_named_objects`: "hit what Ankara described as militant bases": "bases" is the verb's object
    doc = parse(["Turkish drones hit what Ankara described as militant bases in northern Iraq."])[0]
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("bases", "described")] == \
        [("described", "relcl", "bases"), ("bases", "dobj", "hit")]


def test_a_name_taken_into_a_fronted_phrase_is_the_subject_of_a_verb_with_none():
    # `_fronted_phrases`: "In a show of solidarity, Riga and Tallinn recalled ...": Riga read as coordinated with
    # "solidarity", the verb left with no subject
    doc = parse(["In a show of unity, Riga and Tallinn recalled their envoys from Moscow."])[0]
    assert [(t.text, t.head.text) for t in doc if t.dep_ == "nsubj"] == [("Riga", "recalled")]


def test_an_absolute_clause_after_an_object_is_a_clause_with_its_own_subject():
    # `_absolute_participles`: ", its foreign minister accusing ..." is read as a second object of the verb
    doc = parse(["Mali expelled the French ambassador on Monday, its interim president accusing Paris of meddling."])[0]
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("president", "accusing")] == \
        [("president", "nsubj", "accusing"), ("accusing", "advcl", "expelled")]



def test_a_by_phrase_after_an_active_verbs_object_is_the_objects():
    # `_active_agents`: "called the halt a breach of the accords by an autocrat" - the autocrat calls nothing; a `by`
    # set off by a comma stays the verb's ("led to sanctions against Iran, by the EU and Canada": `preps.detached_agent`)
    doc = parse(["Turkey halted all trade with Syria, a measure the Syrian foreign minister called a breach of the "
                 "accords by an autocrat."])[0]
    assert [(t.dep_, t.head.text) for t in doc if t.text == "by"] == [("prep", "breach")]
    doc = parse(["The crash led to new sanctions against Iran, by the EU and Canada."])[0]
    assert [(t.dep_, t.head.text) for t in doc if t.text == "by"] == [("agent", "led")]


def test_an_agent_of_a_participle_set_off_after_its_noun_stays_its_agent() -> None:
    # (the model may tag "branded" a past tense with "Moscow" its subject: the "by" phrase is still the agent)
    doc = parse(["Moscow, branded a war criminal by Kyiv, denied the charges."])[0]
    by = next(t for t in doc if t.lower_ == "by")
    assert by.head.lower_ == "branded"
