from __future__ import annotations

from dyadwatch.clean.dedup import duplicate_paragraphs

A = ("The two governments agreed to extend the oil supply contract until the end of the year, "
     "and the state refineries will receive additional volumes from the first of March.")
B = "Officials said the agreement would be reviewed in the autumn after the harvest season."


def test_exact_near_and_contained_repeats() -> None:
    near = A.replace("state refineries", "national refineries")
    quote = "The state refineries will receive additional volumes from the first of March."
    paragraphs = [quote, A, B, near, A, "Short heading"]
    assert duplicate_paragraphs(paragraphs) == {0, 3, 4}


def test_distinct_paragraphs_are_kept_and_result_is_deterministic() -> None:
    paragraphs = [A, B, "Another paragraph about something else entirely, with its own words."]
    assert duplicate_paragraphs(paragraphs) == set()
    assert duplicate_paragraphs([A, A, B]) == duplicate_paragraphs([A, A, B]) == {1}
