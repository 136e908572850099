"""Methods several stages share (coder/tree/shared.py): clauses of time and circumstance, background acts, tenses, subordinate acts."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


def test_talks_in_the_perfect_progressive_over_years_are_background():
    assert dyads("Ankara and Baku have been discussing a gas pipeline since the early 2000s.") == set()
    # (control: talks on a day are held)
    assert {("TUR", "AZE", "CONSULT"), ("AZE", "TUR", "CONSULT")} <= dyads("Ankara and Baku discussed a gas pipeline on Monday.")
    assert dyads("Serbian and Hungarian officials have been discussing a rail link for years.") == set()
