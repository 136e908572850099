from __future__ import annotations

import pytest

from dyadwatch.clean.language import detect_language


@pytest.mark.parametrize("text,lang", [
    ("Belarus and Russia signed a new agreement on gas prices in Moscow on Friday.", "en"),
    ("Беларусь и Россия подписали новое соглашение о ценах на газ в Москве.", "ru"),
    ("Беларусь і Расія падпісалі новае пагадненне аб цэнах на газ у Маскве.", "be"),
    ("Білорусь і Росія підписали нову угоду про ціни на газ у Москві.", "uk"),
    ("Białoruś i Rosja podpisały w piątek w Moskwie nowe porozumienie w sprawie cen gazu.", "pl"),
    ("EN", "en"),
])
def test_detects_supported_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang
