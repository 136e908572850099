"""Russian language module: the lemmatiser hook of the coder (see coder/lang/README.md).

``normalise(tokens)`` returns one lower-case lemma per token: Russian words through
pymorphy3 (with its offline Russian dictionaries), proper names through the override table
``lemmas.yaml`` (pymorphy guesses unknown surnames and capitals inconsistently: "Лукашенку"
-> "лукашенок", "Минском" -> "минский"). Lemmas are cached per surface form, so a corpus
pays the analyser once per distinct word. "ё" is folded into "е".

Belarusian words that pymorphy does not know fall back to the lower-cased form; the
Belarusian spellings that matter (names, a few verbs) are listed in ``lemmas.yaml``.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from dyadwatch.datafiles import load_yaml

HERE = Path(__file__).resolve().parent
_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіў")

__all__ = ["feminine", "group_mentions", "lemma", "normalise", "overrides"]


@cache
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def overrides() -> dict[str, str]:
    """surface form (lower case) -> lemma, from lemmas.yaml (lemma: [forms])."""
    data = load_yaml((HERE / "lemmas.yaml").read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for name, section in data.items():
        if name == "capitalised":
            continue
        for base, forms in (section or {}).items():
            key = str(base).lower().replace("ё", "е")
            out[key] = key
            for form in forms or []:
                out[str(form).lower().replace("ё", "е")] = key
    return out


@cache
def capitalised() -> dict[str, str]:
    """surface form as written (capitalised, ё folded) -> lemma, from the `capitalised` section of lemmas.yaml: a
    name only where a capital letter marks it («Штаты»: the United States; «штат посольства»: the embassy's staff)."""
    data = load_yaml((HERE / "lemmas.yaml").read_text(encoding="utf-8")) or {}
    return {str(form).replace("ё", "е"): str(base).lower().replace("ё", "е")
            for base, forms in (data.get("capitalised") or {}).items() for form in forms or []}


@lru_cache(maxsize=200_000)
def lemma(token: str) -> str:
    """The lemma of one token (lower case, ё folded)."""
    low = token.lower().replace("ё", "е")
    fixed = capitalised().get(token.replace("ё", "е")) or overrides().get(low)
    if fixed is not None:
        return fixed
    if not low or low[0] not in _CYRILLIC or (len(token) > 1 and token.isupper()):
        return low  # Latin, digits, and abbreviations (ЕС, ЕАБР, МИД) as written
    parses = _morph().parse(low)
    if not parses:
        return low
    # a short form in -т- read as adjective or as passive participle alike («закрыты»: закрытый /
    # закрыть, «приняты»): the participle, the verb's passive («границы закрыты»); not «намерен»
    best = next((p for p in parses if p.score >= parses[0].score and p.tag.POS == "PRTS"
                 and parses[0].tag.POS == "ADJS" and parses[0].normal_form.endswith("тый")), parses[0])
    return best.normal_form.replace("ё", "е")


@lru_cache(maxsize=20_000)
def feminine(word: str) -> bool:
    """The word is read first as a feminine noun («Белоруссия», «Литва», «Москва»; not «Казахстан», «США»)."""
    parses = _morph().parse(word.lower().replace("ё", "е"))
    return bool(parses) and parses[0].tag.gender == "femn" and parses[0].tag.POS == "NOUN"


def normalise(tokens: list[str]) -> list[str]:
    """One normalised form (lemma, lower-case) per token; same length."""
    return [lemma(t) for t in tokens]


def group_mentions(words: list[str], lemmas: list[str], out: list, state) -> list:  # type: ignore[no-untyped-def]
    """The sentence's references to the document's pair (coder/lang/ru/pairs.py), for the tree coder."""
    from dyadwatch.coder.lang.ru.pairs import group_mentions as find

    return find(words, lemmas, out, state)
