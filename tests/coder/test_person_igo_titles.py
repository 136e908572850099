"""A title before a person who has held national and organisation offices says which one acts."""
from __future__ import annotations

import pytest

from dyadwatch.coder import code_text


def _sources(text: str, date: str) -> set[str | None]:
    return {e.source for e in code_text(text, date)}


@pytest.mark.parametrize("text,date,want", [
    ("EU president Nicolas Sarkozy met Russian President Dmitry Medvedev in Moscow on Tuesday.", "2008-08-20", "EU"),
    ("French President Nicolas Sarkozy met Russian President Dmitry Medvedev in Moscow on Tuesday.", "2008-08-20", "FRA"),
    ("Dutch Prime Minister Mark Rutte criticised Russia on Monday.", "2015-03-02", "NLD"),
    ("NATO Secretary General Mark Rutte criticised Russia on Monday.", "2025-03-03", "NATO"),
    ("Mark Rutte criticised Russia on Monday.", "2025-03-03", "NATO"),
])
def test_title_decides_the_office(text: str, date: str, want: str) -> None:
    assert want in _sources(text, date)


def test_new_leaders_are_known() -> None:
    assert "ZAF" in _sources("Ramaphosa criticised Russia on Monday.", "2022-03-01")
    assert "ITA" in _sources("Meloni criticised Russia on Monday.", "2023-03-01")


def test_new_leaders_are_known_in_russian() -> None:
    evs = code_text("Путин провёл переговоры с Рамафосой в Кремле.", "2023-05-20", lang="ru")
    assert ("RUS", "ZAF") in {(e.source, e.target) for e in evs}
