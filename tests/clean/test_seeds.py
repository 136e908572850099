"""Acceptance on the five real scraped pages in ../shared/corpus/seeds (read at test time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.clean import clean_document
from dyadwatch.model import CleanDocument, RawInput
from tests.conftest import SEEDS, seed_file

# Boilerplate lines of the seed files, exactly as they appear there (one per line).
BOILERPLATE = {
    "000": ["by", "October 2 – October 8, 2017", "Belarus-Russia relations",
            "The situation has gotten better", "You have been successfully subscribed",
            "Subscribe to our newsletter", "EN", "BE/RU", "Subscribe", "Situation in Belarus",
            "November 25 – December 1", "View all", "Subscribe to us", "Read more",
            "Once a week, in coordination with a group of prominent Belarusian analysts, we provide analytical commentaries"],
    "001": ["Print Читать на русском", "Rate this article", "(no votes)", "(0 votes)",
            "Share this article", "Vyacheslav Sutyrin",
            "Ph.D. in Political Science, Research Fellow at the Faculty of Political Science",
            "REUTERS/Alexei Druzhinin", "Belarusian Experts’ Polemics:", "the EEU Needs New Growth Drivers",
            "REUTERS/Vasily Fedosenko", "Nikolay Mezhevich:", "Post-election Period in Belarus: Economy",
            "Determines Politics", "AP /EPA / Maxim Shipenkov", "Ivan Timofeev, Elena Alekseenkova:",
            "Eurasia in Russian Foreign Policy: Interests,", "Opportunities and Constraints",
            "REUTERS/Luke MacGregor", "Igor Ivanov:", "Russia and Europe: New Rules of the Game",
            "Poll conducted", "In your opinion, what are the US long-term goals for Russia?",
            "U.S. wants to establish partnership relations with Russia on condition",
            "U.S. wants to deter Russia’s military and political activity", "U.S. wants to dissolve Russia",
            "U.S. wants to establish alliance relations with Russia under the US conditions to rival China",
            "33 (31%)", "30 (28%)", "24 (22%)", "21 (19%)", "For business", "For researchers", "For students"],
    "002": ["Placeholder canvas", "Publication: Eurasia Daily Monitor Volume: 13 Issue: 5",
            "Russian President Vladimir Putin and Belarusian President Alyaksandr Lukashenka (Source: delfi.it)",
            "Belarusian Foreign, Economic Policies Increasingly Diverge From Russia’s"],
    "003": ["Belarus’ foreign policy", "Analysis by Yuri Tsarik and László Vasa"],
    "004": ["No alternative to cooperation. The presidents of Russia and Belarus meet in Sochi"],
}

# Article paragraphs (their openings) that must survive, per file.
ARTICLE = {
    "000": ["Belarus’ relations with Russia have been focused on the preparations",
            "On October 11th and 12th, 2017, the EEU and the CIS Summits will be held in Sochi",
            "Russia is interested in the success of Minsk’s efforts",
            "In the coming weeks, relations with Russia are likely to develop as usual"],
    "001": ["The Union State was established almost 20 years ago",
            "Following the negotiations in Moscow, Lukashenko called for Eurasian integration",
            "It should be noted in this context that the deployment of a Russian airbase",
            "Brussels prefers negotiating with Minsk separately from the EEU",
            "In this context, Eurasian integration remains the only option for Russia and Belarus"],
    "002": ["Russia and Belarus have some of the closest relations in the post-Soviet space.",
            "Again, however, as in its military cooperation, Belarus is not guided solely",
            "Belarus’s geographical position is a metaphor for its political and economic policies"],
    "003": ["Despite a deep level of political-military integration",
            "This report is part of the Bertelsmann Stiftung’s Transformation Index (BTI) 2020. It covers the period",
            "Belarus further tightens control over its domestic political field."],
    "004": ["On 22 February, Vladimir Putin and Alyaksandr Lukashenka met in Krasnaya Polyana",
            "The mere fact that the two presidents met in person",
            "The talks lasted well over six hours"],
}

# 001's pull-quotes: each repeats (part of) a sentence of an article paragraph.
PULL_QUOTES_001 = [
    "We will see a qualitative change in the geo-economic role of Belarus in Eastern Europe.",
    "The achieved level of mutual understanding between Belarus and Russia is a result",
    "reliance of the Belarusian administration on the role of the country as the “western gateway”",
    "Amid the growing military presence of NATO in Eastern Europe, Moscow will have to further strengthen",
    "between the European Union and the EEU and the relationship between Belarus and the West are not synonymous",
    "By all appearances, the relations between the political centres in Big Eurasia",
    "it is important for Russia to have Belarus, its military and economic ally",
    "Moscow has made its position absolutely clear",
]


def _clean(prefix: str) -> CleanDocument:
    path = seed_file(prefix)
    return clean_document(RawInput(location=str(path), data=path.read_bytes()))


def _paragraphs(doc: CleanDocument) -> list[str]:
    return [doc.text[p.start:p.end] for p in doc.paragraphs]


@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_no_boilerplate_line_survives(prefix: str) -> None:
    doc = _clean(prefix)
    paragraphs = _paragraphs(doc)
    for line in BOILERPLATE[prefix]:
        assert line not in paragraphs, line
        if len(line) > 12:
            assert line not in doc.text, line


@pytest.mark.parametrize("prefix", sorted(ARTICLE))
def test_article_paragraphs_survive(prefix: str) -> None:
    doc = _clean(prefix)
    assert doc.lang == "en"
    for opening in ARTICLE[prefix]:
        assert any(p.startswith(opening) for p in _paragraphs(doc)), opening


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_long_line_of_the_file_survives_unless_repeated(prefix: str) -> None:
    """Every line of 25+ words is article text, except a box description and repeats."""
    doc = _clean(prefix)
    missing = []
    for line in seed_file(prefix).read_text(encoding="utf-8").splitlines():
        line = line.strip().lstrip("•").strip()
        if len(line.split()) >= 25 and line not in doc.text:
            missing.append(line)
    allowed = {"000": 1, "001": 4}.get(prefix, 0)  # 000: the newsletter's blurb; 001: lead + 3 quotes
    assert len(missing) == allowed, missing


def test_repeated_lead_and_pull_quotes_of_001_are_kept_once() -> None:
    doc = _clean("001")
    lead = "On December 14–15, 2015, the President of Belarus paid an official visit to Russia on."
    assert doc.text.count(lead) == 1
    # the longer version of the lead is the one kept
    assert "Contemporary international relations are characterized primarily by growing uncertainty" in doc.text
    for quote in PULL_QUOTES_001:
        assert doc.text.count(quote) == 1, quote
    for heading in ("Strategic Interdependence", "Security Comes First", "The Neutrality Game",
                    "Priority of Predictability"):
        assert heading in _paragraphs(doc)


def test_metadata_from_headers() -> None:
    d0 = _clean("000")
    assert (d0.pub_date, d0.pub_date_granularity) == ("2017-10-08", "day")
    assert d0.title == "Belarus is preparing for Sochi Summits"
    assert _clean("001").author == "Vyacheslav Sutyrin"
    d2 = _clean("002")
    assert d2.title == "Belarusian Foreign, Economic Policies Increasingly Diverge From Russia’s"
    assert d2.site == "Eurasia Daily Monitor"
    assert _clean("004").title.startswith("No alternative to cooperation")


def test_paragraph_spans_partition_the_text() -> None:
    for path in sorted(Path(SEEDS).glob("*.txt")):
        doc = clean_document(RawInput(location=str(path), data=path.read_bytes()))
        assert "\n\n".join(_paragraphs(doc)) == doc.text
        assert all(p.strip() == p and p for p in _paragraphs(doc))
