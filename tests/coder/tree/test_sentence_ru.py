"""One Russian sentence coded as a whole (coder/tree/sentence.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import triples_ru_20240314 as triples

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a harm said with no trigger in the sentence: the sentence is read (`_blame_hint`), the speaker accuses
    ("МИД Беларуси заявил, что Польша вмешивается во внутренние дела республики.", ("BLR", "POL", "ACCUSE")),
    ("Литовская разведка утверждает, что белорусские спецслужбы вербуют граждан Литвы.", ("LTU", "BLR", "ACCUSE")),
    ("По словам главы МИД Латвии, белорусские спецслужбы дестабилизируют ситуацию на границе.", ("LVA", "BLR", "ACCUSE")),
])
def test_harm_said(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)
