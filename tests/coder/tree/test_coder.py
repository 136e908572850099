"""The tree coder as a whole (coder/tree/__init__.py, TreeCoder): the coder chosen, one engine for every language, the same events on every run."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState
from dyadwatch.coder.run import code_text
from dyadwatch.coder.tree import TreeCoder
from tests.coder.tree.helpers import dyads, dyads_status_date

pytestmark = pytest.mark.coder("tree")


# ------------------------------ English ------------------------------


def test_the_tree_coder_is_chosen():
    assert isinstance(run._coders("en", ()), TreeCoder)


def test_deterministic():
    text = "Russia and Belarus held joint military exercises near the Polish border in September."
    assert code_text(text, "2021-10-01") == code_text(text, "2021-10-01")
    assert DocState().coded == set()


# ------------------------------ Russian ------------------------------


def test_russian_from_the_same_engine():
    got = dyads("Путин встретился с Лукашенко в Минске.", "2021-03-04", "ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got
    got = dyads_status_date("Литва закрыла границу с Белоруссией.", "2021-03-04", "ru")
    assert ("LTU", "BLR", "SANCTION", "occurred", "2021-03-04") in got
