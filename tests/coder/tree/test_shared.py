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


# ------------------------------------------------ a titled person no dictionary names (syntax.yaml person_titles)
def test_a_state_acting_on_a_titled_person_the_dictionary_lacks_acts_at_home():
    assert ("KAZ", "KAZ", "COERCE") in dyads("Kazakh police detained former governor Nurlan Abenov on Tuesday.")
    # (one named with another nationality is that country's)
    got = dyads("Kazakh police detained Kyrgyz businessman Nurlan Abenov on Tuesday.")
    assert ("KAZ", "KGZ", "COERCE") in got and ("KAZ", "KAZ", "COERCE") not in got
