"""English language module of the coder (coder/lang/en): the inflection of pattern words."""

from __future__ import annotations

import pytest

from dyadwatch.coder.lang.en import inflect
from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


def test_british_doubled_l_is_inflected() -> None:
    from dyadwatch.coder.lang.en import inflect
    assert {"levelled", "leveled", "annulled", "channelling"} <= set(inflect("level") + inflect("annul") + inflect("channel"))


def test_stressed_final_syllables_and_irregular_verbs_are_inflected():
    assert {"transferred", "transferring"} <= set(inflect("transfer"))
    assert {"threw", "thrown"} <= set(inflect("throw")) and "throwed" not in inflect("throw")
    assert {"kept", "began", "beginning"} <= set(inflect("keep")) | set(inflect("begin"))
    # a noun's plural after a consonant and y
    assert inflect("ally", "noun") == ["ally", "allies"] and inflect("day", "noun") == ["day", "days"]
    assert ("USA", "UKR", "AID") in dyads("Washington transferred $300 million in military aid to Ukraine.")
