"""The mention reader every coder shares (coder/base.py): its words are data, per language."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from dyadwatch.coder import base, code_text
from dyadwatch.coder.base import load_mention_words
from dyadwatch.errors import InputError

TWO_REPUBLICS = "Lukashenko met Putin in Sochi on Monday. The two republics signed a treaty on energy."


def test_english_reads_pronouns_and_groups_and_russian_its_own_coder_does() -> None:
    en, ru = load_mention_words("en"), load_mention_words("ru")
    assert {"he", "she"} <= en.one_pronouns and "presidents" in en.group_nouns
    assert not ru.one_pronouns and not ru.group_nouns  # lang/ru/pairs.py `group_mentions`
    assert en.clause_breaks == ru.clause_breaks and "," in en.no_gap and ";" in en.no_gap
    assert load_mention_words("xx") == base.MentionWords()  # a language without a file reads no words


def test_a_users_mentions_file_adds_a_group_noun(tmp_path: Path) -> None:
    (tmp_path / "lang" / "en").mkdir(parents=True)
    (tmp_path / "lang" / "en" / "mentions.yaml").write_text("group_nouns: [republics]\n", encoding="utf-8")
    before = {(e.source, e.target, e.type) for e in code_text(TWO_REPUBLICS, "2021-03-04")}
    after = {(e.source, e.target, e.type) for e in code_text(TWO_REPUBLICS, "2021-03-04", dictionary_dirs=[tmp_path])}
    assert ("BLR", "RUS", "AGREE") not in before
    assert {("BLR", "RUS", "AGREE"), ("RUS", "BLR", "AGREE")} <= after


def test_a_bad_mentions_file_is_named_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "lang" / "en").mkdir(parents=True)
    bad = tmp_path / "lang" / "en" / "mentions.yaml"
    bad.write_text("group_noun: [republics]\n", encoding="utf-8")
    with pytest.raises(InputError, match="group_noun") as e:
        load_mention_words("en", (tmp_path,))
    assert str(bad) in str(e.value)
    bad.write_text("year_end_before: '(unclosed'\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a regular expression") as e:
        load_mention_words("en", (tmp_path,))
    assert str(bad) in str(e.value)


def test_no_word_list_is_written_in_the_shared_reader() -> None:
    """Its vocabularies and grammar words live in coder/lang/<code>/mentions.yaml (issue 13: no
    word lists in code), so a language is added with data."""
    source = Path(base.__file__).read_text(encoding="utf-8")
    assert not re.search(r'^[A-Z_]+ = frozenset\(\(?"[a-z]', source, re.M)
    tree = ast.parse(source)
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                and id(n) not in docstrings}
    english = load_mention_words("en")
    words = set().union(*(getattr(english, f.name) for f in dataclasses.fields(english)
                          if isinstance(getattr(english, f.name), frozenset | tuple)))
    words = {w for w in words if isinstance(w, str) and w.isalpha()} | {"'s", "s", "es"}
    kinds = {"country", "igo", "metonym", "person", "organisation", "role", "title", "sector", "group", "pronoun"}
    assert literals & words - kinds == set()  # (a mention's kind is the coder's own tag, not a word)


@pytest.mark.parametrize("detained", ["Another Russian was", "Russians were", "A Ukrainian journalist was"])
def test_the_country_is_never_a_demonym_naming_people(detained: str) -> None:
    """"the country" takes a state named as a state: a demonym naming a person or people ("another Russian",
    "Russians", "a Ukrainian journalist") is not it, so the country the document is about acts there."""
    text = f"Belarus expelled two Lithuanians on Monday. {detained} detained in the north of the country."
    found = {(e.source, e.target, e.type) for e in code_text(text, "2021-03-04")}
    other = "UKR" if "Ukrainian" in detained else "RUS"
    assert ("BLR", other, "COERCE") in found, found
    assert (other, other, "COERCE") not in found, found


def test_the_president_with_no_actor_before_it_is_the_leader_named_last() -> None:
    """A leader's bare title opening its sentence is the leader the document named last, not the party named after
    it (the other side: "threatened to sue Gazprom", "accused Russia")."""
    before = "Lukashenko spoke to reporters in Minsk for six hours on Friday. "
    for text, want in (("The president threatened to sue Gazprom over the debt.", ("BLR", "RUS", "THREATEN")),
                       ("The president accused Russia of breaking its promises.", ("BLR", "RUS", "ACCUSE"))):
        found = {(e.source, e.target, e.type) for e in code_text(before + text, "2021-03-04")}
        assert want in found, (text, found)


def test_its_before_a_bare_title_is_the_sentences_topic_not_the_nearest_party() -> None:
    # "Latvia expelled a Russian diplomat, its foreign ministry said, accusing ...": "its" is Latvia
    got = {(e.source, e.target, e.type) for e in code_text(
        "Latvia has expelled a Russian diplomat, its foreign ministry said on Monday, accusing Moscow of spying.",
        "2023-05-08", "en")}
    assert ("LVA", "RUS", "ACCUSE") in got


def test_a_named_border_crossing_lies_between_two_countries() -> None:
    """A crossing named by its place (actors.yaml `border` groups) is aimed at the other side when closed or reopened,
    and as a place ("at the ... checkpoint") names no actor."""
    found = {(e.source, e.target, e.type) for e in code_text("Lithuania shut the Medininkai checkpoint on Monday.",
                                                             "2021-03-04")}
    assert ("LTU", "BLR", "SANCTION") in found, found
    assert ("LTU", "LTU", "SANCTION") not in found, found
    found = {(e.source, e.target) for e in code_text("Hundreds of migrants protested at the Medininkai checkpoint on "
                                                     "Monday.", "2021-03-04")}
    assert not any(s == t for s, t in found), found
