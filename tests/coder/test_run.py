"""coder/run.py: which coder codes a language."""

from __future__ import annotations

from dyadwatch.coder import run
from dyadwatch.coder.run import Uncoded, code_text
from dyadwatch.coder.tree import TreeCoder


def test_every_language_with_patterns_is_coded_by_the_tree(use_coder) -> None:
    use_coder("tree")
    for lang, tree_lang in (("en", "en"), ("ru", "ru"), ("be", "ru")):
        coder = run._coders(lang, ())
        assert isinstance(coder, TreeCoder) and coder.lang == tree_lang


def test_a_language_without_patterns_is_stored_but_not_coded(use_coder) -> None:
    # German is cleaned and stored (clean/language.py), but no parser and patterns serve it
    use_coder("tree")
    assert isinstance(run._coders("de", ()), Uncoded)
    assert code_text("Russland hat Belarus einen Kredit gewährt.", "2026-01-01", "de") == []
    # (its English neighbour is coded)
    assert code_text("Russia granted Belarus a loan.", "2026-01-01", "en")
