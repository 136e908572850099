"""One English sentence coded as a whole (coder/tree/sentence.py): cut at its independent clauses, headlines and datelines, the acts a sentence keeps; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import _coders, code_text
from tests.coder.tree.helpers import dyads, dyads_status

pytestmark = pytest.mark.coder("tree")


def test_a_news_dateline_is_not_part_of_the_sentence():
    got = code_text("MINSK, May 3 (Agency) - Lithuania expelled two Belarusian diplomats.", "2021-05-03")
    assert [(e.source, e.target, e.type) for e in got] == [("LTU", "BLR", "SANCTION")]
    assert "expelled" in "MINSK, May 3 (Agency) - Lithuania expelled two"[got[0].start:got[0].end + 10]
    got = dyads("МИНСК, 3 мая. /Агентство/. Путин встретился с Лукашенко в Москве.", "2021-05-03", "ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got


def test_an_official_travels_whatever_words_stand_before_the_title():
    # coder/tree/sentence.py _thing_travels: a government sector word heading the subject is an actor, not a thing qualified
    assert ("DEU", "ITA", "CONSULT") in dyads("Germany's top diplomat will travel to Italy next week.", "2024-01-10")
    assert ("DEU", "ITA", "CONSULT") in dyads("Germany's new ambassador visited Italy's parliament on Friday.",
                                              "2024-01-10")
    # (a thing still does not travel: "Belarus's national airline")
    assert not dyads("Belarus's national airline flew to Italy on Friday.", "2024-01-10")


@pytest.mark.parametrize(("headline", "event"), [
    ("Estonia Expels Belarusian Consul Over Spying Claims", ("EST", "BLR", "SANCTION", "occurred")),
    ("Turkey Condemns Greek Naval Drills Near Its Islands", ("TUR", "GRC", "ACCUSE", "occurred")),
    ("Tokyo, Canberra Sign Defence Logistics Pact", ("AUS", "JPN", "AGREE", "occurred")),
])
def test_a_title_case_headline_is_coded_as_its_sentence_case(headline: str, event: tuple) -> None:
    assert event in dyads_status(headline)
    assert event in dyads_status(headline[0] + headline[1:].lower().replace("belarusian", "Belarusian")
                                 .replace("greek", "Greek").replace("canberra", "Canberra"))


def test_sentence_case_keeps_names_acronyms_days_and_offsets() -> None:
    coder = _coders("en", ())
    text = "Kremlin Says UN Envoy Will Meet Lukashenko on Monday for Talks"
    cased = coder.sentence_cased(text)
    assert len(cased) == len(text)
    assert cased == "Kremlin says UN envoy will meet Lukashenko on Monday for talks"


def test_a_sentence_full_of_names_is_left_as_written() -> None:
    coder = _coders("en", ())
    # its longer words capitalised, but its trigger word is not: an ordinary sentence
    text = "Vladimir Putin and Xi Jinping met in Beijing on Tuesday."
    assert coder.sentence_cased(text) == text


@pytest.mark.parametrize(("headline", "event"), [
    ("Peru expels Mexican ambassador", ("PER", "MEX", "SANCTION", "occurred")),
    ("Niger orders closure of border with Benin", ("NER", "BEN", "SANCTION", "occurred")),
])
def test_a_headline_without_articles_is_coded(headline: str, event: tuple) -> None:
    assert event in dyads_status(headline)


def test_a_headline_infinitive_is_what_is_to_come() -> None:
    assert ("GEO", "ARM", "CONSULT", "planned") in dyads_status("Georgian premier to visit Yerevan for talks")
    assert ("POL", "BLR", "SANCTION", "planned") in dyads_status("Poland To Shut Two More Crossings On Belarus Border")
    assert ("RUS", "PRK", "CONSULT", "planned") in dyads_status("Kremlin says Putin to visit Pyongyang")
    # (an infinitive under a finite verb keeps that verb's status)
    assert ("POL", "BLR", "SANCTION", "occurred") in dyads_status("Poland decided to shut two crossings on the Belarus border")


@pytest.mark.parametrize("lead", ["Vilnius, 4 June (BNS) – ", "Yerevan. June 4. INTERFAX - ", "TALLINN/RIGA, June 4 (Reuters) - ",
                                  "ST. PETERSBURG, Russia (AP) — "])
def test_a_dateline_in_the_agencies_other_forms_is_cut_before_the_sentence(lead: str) -> None:
    coder = _coders("en", ())
    text = lead + "Estonia expelled a Russian diplomat on Tuesday."
    assert coder.dateline_end(text) == len(lead)
    assert coder.dateline_end("Tallinn, 4 June, a quiet day - Estonia rested.") == 0


def test_hitting_back_by_a_named_measure_is_that_measure_not_an_attack():
    # patterns.yaml: "hit back"/"struck back" followed by "by"/"with" names the answer; no assault beside it
    got = dyads("Tbilisi struck back by closing its airspace to Russian airlines.")
    assert ("GEO", "RUS", "SANCTION") in got
    assert not any(t == "ASSAULT" for _, _, t in got)
    assert not any(t == "ASSAULT" for _, _, t in dyads("Moldova hit back with a ban on Russian television channels."))
    # (a strike on a place stays an attack)
    assert ("RUS", "UKR", "ASSAULT") in dyads("Russian missiles struck the port of Odesa overnight.")


@pytest.mark.coder("learned")  # (its file had no marker: the default coder)
def test_accession_talks_decided_on_are_no_talks_held() -> None:
    # talks of joining that an accord or a backing decides on are its matter (`accord_contents.matters`)
    got = dyads("EU leaders agreed on Friday to open accession talks with Georgia.")
    assert ("EU", "GEO", "AGREE") in got and not {d for d in got if d[2] == "CONSULT"}
    assert dyads("The European Parliament backed the opening of accession talks with Serbia.") \
        == {("EU", "SRB", "SUPPORT")}
    # (talks opened are talks, and talks of another matter agreed on stay planned talks)
    assert ("EU", "MNE", "CONSULT") in dyads("The EU formally opened accession negotiations with Montenegro on Tuesday.")
    assert ("ARM", "AZE", "CONSULT") in dyads("Armenia and Azerbaijan agreed to hold peace talks in Washington.")
