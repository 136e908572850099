"""English recall by cause (helper en10b, tenth session), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.base import DocState
from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def doc(texts: list[str], pub: str | None = "2024-05-10") -> list[set[tuple]]:
    """Each sentence's (source, target, type, status) in one document."""
    state = DocState(pub_date=pub)
    return [{(e.source, e.target, e.type, e.status) for e in code_text(t, pub, "en", state=state)} for t in texts]


def test_a_bare_congo_is_the_drc_unless_the_sentence_names_brazzaville():
    assert ("RWA", "COD", "REQUEST") in dyads("Rwanda urged Congo to disarm the rebels.")
    assert ("COD", "CHN", "AGREE") in dyads("Congo signed a deal with China.")
    assert ("COG", "AGO", "AGREE") in dyads("Congo and Angola signed a border accord in Brazzaville.")
    assert ("COG", "CHN", "AGREE") in dyads("The Republic of Congo signed a deal with China.")
