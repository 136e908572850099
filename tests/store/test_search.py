from __future__ import annotations

import pytest

from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span
from dyadwatch.store import open_store
from dyadwatch.store.documents import save_coded_document
from dyadwatch.store.search import fts5_query, search, split_marked

INJECTIONS = [
    "'; DROP TABLE events; --", '" OR 1=1 --', "text:foo", "NEAR(a b)", "a AND OR NOT",
    '"unbalanced', "*", "^start", "(((", "\x00", "\x02x\x03", "%_", "' UNION SELECT 1,2,3 --",
]


def _doc(title: str, sentences: list[str], pub_date: str = "2017-10-02") -> CodedDocument:
    text_ = " ".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(index=i, start=pos, end=pos + len(s), text=s))
        pos += len(s) + 1
    first = sentences[0]
    k = first.find("met")
    events = []
    if k >= 0:
        events.append((0, Event(source="BLR", target="RUS", type="CONSULT", cameo="040",
                                trigger="met", start=k, end=k + 3)))
    return CodedDocument(
        document=CleanDocument(location=f"mem://{title}", text=text_, title=title,
                               pub_date=pub_date, paragraphs=[Span(0, len(text_))]),
        sentences=sents, events=events)


@pytest.fixture
def engine(store_url: str):
    engine = open_store(store_url)
    save_coded_document(engine, _doc("Minsk and Moscow talk gas prices", [
        "The presidents met in Sochi to discuss gas prices.",
        "Officials said the oil dispute was settled.",
    ]))
    save_coded_document(engine, _doc("Border news", [
        "Customs officers on the border checked trucks carrying dairy.",
        "Gas transit through the pipeline continued.",
    ]))
    return engine


def test_finds_sentences_and_titles_with_marked_matches(engine) -> None:
    res = search(engine, "gas")
    assert res["documents_total"] == 1 and res["sentences_total"] == 2
    kinds = [h["kind"] for h in res["hits"]]
    assert kinds == ["document", "sentence", "sentence"]
    for hit in res["hits"]:
        marked = [p[0].lower() for p in hit["parts"] if p[1]]
        assert marked and set(marked) == {"gas"}
        assert "".join(p[0] for p in hit["parts"]) == hit["text"]
    met = [h for h in res["hits"] if h["kind"] == "sentence" and "presidents" in h["text"]][0]
    assert len(met["event_ids"]) == 1


def test_all_terms_must_match_and_pagination(engine) -> None:
    assert search(engine, "gas sochi")["total"] == 1
    assert search(engine, "gas nothingsuch")["total"] == 0
    page1 = search(engine, "gas", limit=2, offset=0)["hits"]
    page2 = search(engine, "gas", limit=2, offset=2)["hits"]
    assert len(page1) == 2 and len(page2) == 1
    assert {h.get("sentence_id") for h in page1}.isdisjoint({h.get("sentence_id") for h in page2})


@pytest.mark.parametrize("q", INJECTIONS)
def test_injection_strings_are_plain_words(engine, q: str) -> None:
    res = search(engine, q)
    assert res["total"] >= 0
    assert search(engine, "gas")["total"] == 3  # tables intact


def test_fts5_query_quotes_every_term() -> None:
    assert fts5_query('gas "oil dispute" pri*') == '"gas" "oil dispute" "pri" *'
    assert fts5_query("'; DROP TABLE x; --") == '"DROP" "TABLE" "x"'
    assert fts5_query('NEAR(a b) col:x') == '"NEAR a" "b" "col x"'
    assert fts5_query("*** ---") == ""


def test_split_marked() -> None:
    assert split_marked("a \x02b\x03 c") == [["a ", False], ["b", True], [" c", False]]
    assert split_marked(None) == []
