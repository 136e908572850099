"""Language identification, restricted to the languages DyadWatch handles.

lingua is built for these languages only (all of them cost over 1 GB and misread short
English as Tagalog); a fast character test settles the common cases first.
"""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "ru", "be", "uk", "pl", "de", "fr")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")
_NOT_RU = re.compile(r"[іўїєґІЎЇЄҐ]")  # letters Russian does not use
_RU_STRONG = set("щъЩЪ")  # Belarusian and Ukrainian have neither
_RU_PAIR = (set("иИ"), set("ыэёЫЭЁ"))  # Belarusian lacks и, Ukrainian lacks ы/э/ё: both mean Russian
SAMPLE_CHARS = 4000
MIN_LETTERS = 12  # fewer letters than this say too little: use the default


def cyrillic_ratio(text: str) -> float:
    """Share of letters that are Cyrillic (0 when there are no letters)."""
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _CYRILLIC.match(ch)) / len(letters)


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.ENGLISH, Language.RUSSIAN, Language.BELARUSIAN, Language.UKRAINIAN,
             Language.POLISH, Language.GERMAN, Language.FRENCH]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language, one of SUPPORTED; `default` when unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return default
    ratio = cyrillic_ratio(sample)
    if ratio > 0.5:
        chars = set(sample)
        russian = bool(chars & _RU_STRONG) or bool(chars & _RU_PAIR[0] and chars & _RU_PAIR[1])
        if not _NOT_RU.search(sample) and russian:
            return "ru"  # Russian letters only, and a combination be/uk never have
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return default
    code = lang.iso_code_639_1.name.lower()
    return code if code in SUPPORTED else default
