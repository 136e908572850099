"""Belarusian: parsed and coded as Russian, by the tree coder with the Russian data.

Belarusian actor names and the commonest event words are mapped onto Russian lemmas in
coder/lang/ru/lemmas.yaml (Лукашэнка -> лукашенко, сустрэліся -> встретиться), so a
Belarusian sentence is read by the Russian patterns; dates use nlp/lang/be/dates.yaml.
Coverage of Belarusian verbs is partial: extend lemmas.yaml to add more.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from dyadwatch.coder.lang.ru import group_mentions, lemma, normalise
from dyadwatch.datafiles import load_yaml

__all__ = ["TREE_LANG", "group_mentions", "lemma", "normalise", "parse_spelling"]

TREE_LANG = "ru"  # the language whose parser and coder data read Belarusian text (coder/run.py)

HERE = Path(__file__).resolve().parent


@cache
def _spelling() -> tuple[dict[int, str], dict[str, str], re.Pattern[str] | None]:
    """The letter map, the word map and a pattern of its words (spelling.yaml)."""
    data = load_yaml((HERE / "spelling.yaml").read_text(encoding="utf-8")) or {}
    letters = {str(k): str(v) for k, v in (data.get("letters") or {}).items() if len(str(k)) == len(str(v)) == 1}
    words = {str(k).lower(): str(v).lower() for k, v in (data.get("words") or {}).items() if len(str(k)) == len(str(v))}
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                         + r")(?![\w-])", re.IGNORECASE) if words else None
    return str.maketrans(letters), words, pattern


def parse_spelling(text: str) -> str:
    """The sentence as the Russian parser reads it best (spelling.yaml); same length, letter for letter."""
    letters, words, pattern = _spelling()

    def russian(m: re.Match[str]) -> str:
        w = words[m.group(1).lower()]
        return w.capitalize() if m.group(1)[:1].isupper() else w

    return (pattern.sub(russian, text) if pattern is not None else text).translate(letters)
