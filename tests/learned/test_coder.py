"""The learned coder (learned/coder.py) with the model shipped in the package, on sentences
written for these tests: the rule and tree coders propose, the model decides."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState
from dyadwatch.coder.run import code_text
from dyadwatch.learned.candidates import propose
from dyadwatch.learned.coder import MODEL_DIR, LearnedCoder, model_for


@pytest.fixture(autouse=True)
def learned_coder(use_coder) -> None:
    use_coder("learned")


def dyads(text: str, lang: str = "en", pub: str | None = "2026-05-06") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_the_learned_coder_is_chosen_and_ships_a_model_per_language():
    assert isinstance(run._coders("en", ()), LearnedCoder)
    for lang in ("en", "ru"):
        m = model_for(lang)
        assert m is not None and 0.0 < m.threshold < 1.0 and m.weight.any()
    total = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert total < 30 * 2**20


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Poland expelled two Belarusian diplomats on Tuesday, the foreign ministry in Warsaw said.",
     "en", {("POL", "BLR", "SANCTION")}),
    ("Kazakhstan and China signed a trade agreement in Astana on 4 May.", "en",
     {("KAZ", "CHN", "AGREE"), ("CHN", "KAZ", "AGREE")}),
    ("Lithuania accused Belarus of sending migrants across the border.", "en",
     {("LTU", "BLR", "ACCUSE")}),
    ("Министр иностранных дел Литвы осудил действия Минска.", "ru", {("LTU", "BLR", "ACCUSE")}),
    ("Президенты Казахстана и Китая провели переговоры в Астане.", "ru",
     {("KAZ", "CHN", "CONSULT"), ("CHN", "KAZ", "CONSULT")}),
])
def test_events_types_and_roles(text: str, lang: str, want: set[tuple]) -> None:
    assert dyads(text, lang) == want


def test_no_event_in_background():
    assert dyads("Analysts say the weather in Minsk was mild last winter.") == set()


def test_each_event_has_a_confidence_above_the_threshold_and_the_rules_status_and_date():
    events = code_text("Kazakhstan and China signed a trade agreement in Astana on 4 May.",
                       "2026-05-06", "en")
    threshold = model_for("en").threshold  # type: ignore[union-attr]
    assert events and all(threshold <= (e.confidence or 0) <= 1 for e in events)
    assert {(e.status, e.date) for e in events} == {("occurred", "2026-05-04")}


def test_same_input_same_events():
    text = "Moscow offered Minsk a new loan on Monday, the Kremlin said."
    first = [e.to_dict() for e in code_text(text, "2026-05-06", "en")]
    run._CACHE.clear()
    assert [e.to_dict() for e in code_text(text, "2026-05-06", "en")] == first


def test_candidates_are_the_tree_coders_one_per_key():
    c = LearnedCoder("en")
    cands = propose("Moscow offered Minsk a new loan on Monday, the Kremlin said.",
                    DocState(pub_date="2026-05-06"), c.tree)
    keys = {x.key for x in cands}
    assert ("RUS", "BLR", "AID") in keys
    assert len(keys) == len(cands)  # one candidate a (source, target, type)
    assert all(x.tree or x.extra.get("lex") for x in cands)


def test_lexical_candidates_only_where_the_tree_proposes_nothing():
    from dyadwatch.learned.candidates import lexical_candidates

    c = LearnedCoder("en")
    text = "Moscow offered Minsk a new loan on Monday, the Kremlin said."
    lex = lexical_candidates(text, DocState(pub_date="2026-05-06"), c.tree)
    loan = [x.extra["lex"] for x in lex if x.type == "AID"]  # the nearest actors: Minsk, the Kremlin
    assert [(e.source, e.target, e.trigger, e.date) for e in loan] == [("BLR", "RUS", "loan", "2026-05-06")]
    both = propose(text, DocState(pub_date="2026-05-06"), c.tree, lexical=True)
    assert both and all(x.tree for x in both)  # the tree found events: no lexical ones


def test_a_self_targeted_event_proposes_the_other_actors_as_target():
    # convention 7: a country's police detaining people acts at home unless the other party is named;
    # the model decides whether the people near the border are the neighbour's
    from dyadwatch.learned.candidates import repair_candidates

    c = LearnedCoder("en")
    text = "Polish police detained two activists near the Belarusian border."
    state = DocState(pub_date="2026-05-06")
    plain = propose(text, DocState(pub_date="2026-05-06"), c.tree, lexical=False)
    assert ("POL", "POL", "COERCE") in {x.key for x in plain}
    cands = propose(text, state, c.tree, lexical=False, repair=True)
    fixed = [x for x in cands if x.key == ("POL", "BLR", "COERCE")]
    assert len(fixed) == 1 and fixed[0].extra["repair"] == "self"
    own = next(x for x in cands if x.key == ("POL", "POL", "COERCE")).event
    ev = fixed[0].event
    assert (ev.target, ev.status, ev.date, ev.trigger) == ("BLR", own.status, own.date, own.trigger)
    assert own.target == "POL"  # the coder's own event is not changed
    assert any(g.startswith("g:dep=") for g in fixed[0].extra["geo"])
    # nothing to repair where every event has another party
    assert repair_candidates("Poland expelled two Belarusian diplomats.", DocState(), c.tree,
                             [x for x in plain if x.source != x.target and x.target is not None]) == []


def test_the_dependency_path_from_an_actor_to_its_trigger():
    from dyadwatch.learned.candidates import _parse, dep_path
    from dyadwatch.nlp.actors import tokenize

    c = LearnedCoder("en")
    text = "Poland expelled two Belarusian diplomats on Friday."
    c.tree.code_sentence(text, DocState(pub_date="2026-05-06"))
    assert c.tree.last_doc is not None and c.tree.last_doc[0] == text
    toks, _lower, mentions = _parse(text, DocState(), c.tree)  # type: ignore[misc]
    assert toks == tokenize(text)
    poland = next(m for m in mentions if "POL" in m.codes)
    belarus = next(m for m in mentions if "BLR" in m.codes)
    parse = (c.tree.last_doc[1], 0)
    assert dep_path(parse, toks, poland, 1, 2) == "nsubj|"  # "expelled" is token 1
    assert dep_path(parse, toks, belarus, 1, 2).endswith("dobj|")
    assert dep_path(None, toks, poland, 1, 2) == "none"
