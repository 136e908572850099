"""Belarusian: parsed and coded as Russian, by the tree coder with the Russian data.

Belarusian actor names and the commonest event words are mapped onto Russian lemmas in
coder/lang/ru/lemmas.yaml (Лукашэнка -> лукашенко, сустрэліся -> встретиться), so a
Belarusian sentence is read by the Russian patterns; dates use nlp/lang/be/dates.yaml.
Coverage of Belarusian verbs is partial: extend lemmas.yaml to add more.
"""

from __future__ import annotations

import re

from dyadwatch.coder.lang.ru import RULE_CODER, group_mentions, lemma, normalise

__all__ = ["RULE_CODER", "TREE_LANG", "group_mentions", "lemma", "normalise", "parse_spelling"]

TREE_LANG = "ru"  # the language whose parser and coder data read Belarusian text (coder/run.py)

# Belarusian letters as Russian spells the same sounds, one for one (offsets kept): the Russian
# parser's morphology then reads cases and verbs it would take for foreign words («з Пуціным»)
_RUSSIAN_SPELLING = str.maketrans("іІўЎэЭ’ʼ", "иИуУеЕъъ")


# prepositions of the same length that Russian spells otherwise («з Пуціным»: «с», «у Маскве»: «в»)
_PREPOSITIONS = {"з": "с", "у": "в", "ў": "в", "аб": "об", "ад": "от", "да": "до", "пра": "про", "па": "по"}
_WORD = re.compile(r"(?<![\w-])(" + "|".join(sorted(_PREPOSITIONS, key=len, reverse=True)) + r")(?![\w-])",
                   re.IGNORECASE)


def parse_spelling(text: str) -> str:
    """The sentence as the Russian parser reads it best; same length, letter for letter."""
    def russian(m: re.Match[str]) -> str:
        w = _PREPOSITIONS[m.group(1).lower()]
        return w.capitalize() if m.group(1)[:1].isupper() else w

    return _WORD.sub(russian, text).translate(_RUSSIAN_SPELLING)
