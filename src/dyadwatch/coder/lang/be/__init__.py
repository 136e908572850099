"""Belarusian: coded with the Russian coder and dictionaries.

Belarusian actor names and the commonest event words are mapped onto Russian lemmas in
coder/lang/ru/lemmas.yaml (Лукашэнка -> лукашенко, сустрэліся -> встретиться), so a
Belarusian sentence is read by the Russian patterns; dates use nlp/lang/be/dates.yaml.
Coverage of Belarusian verbs is partial: extend lemmas.yaml to add more.
"""

from __future__ import annotations

from pathlib import Path

from dyadwatch.coder.lang.ru import lemma, normalise

__all__ = ["lemma", "make_coder", "normalise"]


def make_coder(lang: str, dictionary_dirs: tuple[Path, ...] = (), allow_unknown: bool = False):  # type: ignore[no-untyped-def]
    from dyadwatch.coder.lang.ru.coder import RussianCoder

    coder = RussianCoder("ru", dictionary_dirs, allow_unknown)
    coder.date_lang = "be"
    return coder
