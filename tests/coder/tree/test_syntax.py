"""No word lists in Python (issue 13): the dependency labels, parts of speech, tags and words the
tree coder decides by come from each language's syntax.yaml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyadwatch.coder import tree
from dyadwatch.coder.lexicon import LANG_DIR
from dyadwatch.datafiles import read_mapping

SOURCES = sorted(Path(tree.__file__).parent.glob("*.py"))
# a token attribute compared with a literal: `x.dep_ == "conj"`, `t.pos_ in ("VERB", "AUX")`, `c.lower_ == "to"`
LITERAL = re.compile(r'\.(?:dep_|pos_|tag_|lower_)\s*(?:==|!=|not in|in)\s*[("{\[]|\bdep\s*(?:==|!=|in|not in)\s*[("{]'
                     r'|\|\s*\{"\w')


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_labels_tags_or_words_written_in_the_code(path: Path) -> None:
    hits = [f"{path.name}:{n}: {line.strip()}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if LITERAL.search(line.split("#", 1)[0])]
    assert hits == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_language_named_in_the_code(path: Path) -> None:
    # a reading one language needs is switched by a key of its syntax.yaml (`negated_verb_patterns`, ...)
    hits = [f"{path.name}:{n}: {line.strip()}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r'\blang\s*(?:==|!=)\s*"', line.split("#", 1)[0])]
    assert hits == []


# the relations the code named as literals until issue 13: each language names its own
MOVED_LABELS = ("open_clause", "coordinated", "coordination", "coordinator", "adverbial_clause", "content_clause",
                "compound", "noun_modifier", "noun_clause", "indirect_object", "noun_dative", "apposition", "fixed",
                "adverbial", "adjectival", "parataxis", "infinitive_marker", "nested_clause", "status_chain",
                "status_barrier", "negation_holder", "attribute", "attribute_word", "date_modifier", "complement",
                "prepositional")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_language_names_its_own_labels_and_parts_of_speech(lang: str) -> None:
    raw = read_mapping(LANG_DIR / lang / "syntax.yaml", "syntax file")
    assert set(MOVED_LABELS) <= set(tree.LABEL_KEYS)
    assert set(MOVED_LABELS) <= set(raw["labels"]), sorted(set(MOVED_LABELS) - set(raw["labels"]))
    assert set(tree.POS_KEYS) <= set(raw["pos"]), sorted(set(tree.POS_KEYS) - set(raw["pos"]))
    assert "tags" in raw  # (empty where the parse has no fine-grained tags)


def test_english_and_russian_relations_differ_where_their_parsers_do() -> None:
    en, ru = tree.load_syntax("en"), tree.load_syntax("ru")
    assert en.labels["indirect_object"] == {"dative"} and ru.labels["indirect_object"] == {"iobj"}
    assert "relcl" in en.labels["nested_clause"] and "relcl" not in ru.labels["nested_clause"]
    assert en.labels["fixed"] == frozenset() and ru.labels["fixed"] == {"fixed"}
    assert en.tags["participle"] == {"VBN"} and all(not v for v in ru.tags.values())
    assert en.pos["verb"] == ru.pos["verb"] == {"VERB", "AUX"}
    assert en.preps["infinitive"] == {"to"} and ru.preps["infinitive"] == frozenset()


def test_a_user_syntax_file_changes_the_decision(tmp_path: Path) -> None:
    """A word added to `preps.reference` makes a sentence that names no actor a candidate."""
    d = tmp_path / "lang" / "en"
    d.mkdir(parents=True)
    (d / "syntax.yaml").write_text("preps:\n  reference: [ourselves]\nlabels:\n  nested_clause: [dep]\n",
                                   encoding="utf-8")
    words = ["ourselves", "imposed", "sanctions"]
    plain = tree.TreeCoder("en")
    layered = tree.TreeCoder("en", (tmp_path,))
    assert not plain.actors_named(words, words)
    assert layered.actors_named(words, words)
    assert layered.syn.labels["nested_clause"] == plain.syn.labels["nested_clause"] | {"dep"}
