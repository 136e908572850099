"""Issue 8: property-based tests. Any Unicode (or any bytes, for the cleaner) -> no exception
(the cleaner may refuse with InputError), every offset inside its text, the same output twice.

Inputs mix arbitrary text with fragments of the domain (names, verbs, dates, markup, both
scripts) so the interesting code paths run, not only the early exits. Example counts are
bounded so each test takes a few seconds.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.clean import clean_document
from dyadwatch.coder import code_text
from dyadwatch.errors import InputError
from dyadwatch.model import CleanDocument, RawInput, Span
from dyadwatch.nlp.dates import find_dates
from dyadwatch.nlp.sentences import split_sentences

FRAGMENTS = [
    "Belarus", "Russia", "Minsk", "Moscow", "Lukashenko", "Putin", "the Kremlin", "NATO", "the EU",
    "signed", "agreed", "will meet", "threatened", "denied", "may impose sanctions on", "accused",
    "an agreement", "a loan of $1.5 billion", "on 12 March 2019", "last week", "yesterday",
    "in December", "14–15 December", "2020", "the previous day", "next month", "Mr.", "U.S.",
    "Беларусь", "Россия", "Лукашенко", "Путин", "подписали", "соглашение", "вчера", "в марте 2021 г.",
    "15 декабря", "пригрозил", "т. е.", "Минск", "Москва", "не", "встретятся",
    ".", "!", "?", "…", ",", ";", "\"", "«", "»", "(", ")", "\n", "\n\n", "\t", "\u00a0", "\u200b",
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>alert(1)</script>", "&amp;", "&#0;", "<!--",
    "\x00", "\ufeff", "\ud7ff", "\U0001f600", "e\u0301", "İ", "ß", "ﬁ",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)
pub_dates = st.one_of(st.none(), st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
                      st.sampled_from(["2019", "2020-02", "2021-02-29", "garbage", ""]))
langs = st.sampled_from(["en", "ru", "be", "uk", "xx"])
quick = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _doc_snapshot(doc: CleanDocument) -> tuple[object, ...]:
    return (doc.text, doc.title, doc.author, doc.site, doc.url, doc.pub_date,
            doc.pub_date_granularity, doc.lang, tuple(doc.paragraphs))


@quick
@given(data=st.one_of(st.binary(max_size=2000), texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      texts.map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>"
                                .encode("utf-8", "surrogatepass"))),
       name=st.sampled_from(["page.html", "page.txt", "page", "https://example.org/a.html"]))
def test_cleaner_never_crashes_and_keeps_offsets_inside(data: bytes, name: str) -> None:
    raw = RawInput(location=name, data=data)
    try:
        doc = clean_document(raw)
    except InputError as exc:
        assert exc.location == name and exc.reason and "\n" not in exc.reason
        return
    assert doc.text.strip() and doc.paragraphs
    for span in doc.paragraphs:
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.text[span.start:span.end].strip()
    assert _doc_snapshot(clean_document(raw)) == _doc_snapshot(doc)


@quick
@given(text=texts, lang=langs)
def test_sentence_splitter_offsets_match_the_text(text: str, lang: str) -> None:
    doc = CleanDocument(location="x", text=text, lang=lang,
                        paragraphs=[Span(0, len(text))] if text else [])
    sentences = split_sentences(doc)
    last_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert last_end <= s.start <= s.end <= len(text)
        assert text[s.start:s.end] == s.text
        last_end = s.end
    assert split_sentences(doc) == sentences


@quick
@given(text=texts, pub=pub_dates, lang=langs)
def test_coder_never_crashes_and_is_deterministic(text: str, pub: str | None, lang: str) -> None:
    events = code_text(text, pub_date=pub, lang=lang)
    for ev in events:
        assert 0 <= ev.start <= ev.end <= len(text), ev
        assert ev.type and ev.cameo
    assert [e.to_dict() for e in code_text(text, pub_date=pub, lang=lang)] == [e.to_dict() for e in events]


_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@quick
@given(text=texts, pub=pub_dates, anchor=pub_dates, lang=langs)
def test_date_resolver_never_crashes_and_offsets_are_inside(text: str, pub: str | None,
                                                             anchor: str | None, lang: str) -> None:
    found = find_dates(text, pub, lang, anchor=anchor)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert _VALUE.fullmatch(m.value) and m.granularity in ("day", "month", "year"), m
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert find_dates(text, pub, lang, anchor=anchor) == found
