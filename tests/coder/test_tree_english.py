"""The tree coder's English (issue 13): general constructions, on sentences written for these
tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.engine import code_text


@pytest.fixture(autouse=True)
def tree_coder(use_coder) -> None:
    use_coder("tree-only")  # the tree alone: the rule coder's fallback must not hide a miss


def dyads(text: str, pub: str | None = "2021-03-04") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_a_protest_with_no_other_party_is_aimed_at_its_own_country():
    assert dyads("Georgian opposition supporters staged a hunger strike outside parliament.") \
        == {("GEO", "GEO", "PROTEST")}
    assert ("ARM", "ARM", "PROTEST") in dyads("Thousands of Armenians rallied in Yerevan on Sunday.")
    # another party named: the protest is aimed at it, not at the protesters' own country
    got = dyads("Hundreds of Armenians rallied in Yerevan against Russia's arms sales to Azerbaijan.")
    assert ("ARM", "RUS", "PROTEST") in got and ("ARM", "ARM", "PROTEST") not in got
