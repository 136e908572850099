"""Precision (prec10c): false events cut with general mechanisms; sentences written for these tests."""

from __future__ import annotations

from tests.coder.tree.helpers import dyads_status


def test_neither_nor_subject_denies_the_act() -> None:
    # "neither X nor Y <verb>": the act is denied for each conjunct, as "none of them" or "no state"
    got = dyads_status("Neither Estonia nor Latvia has been asked by Minsk to provide any help.")
    assert got == {("BLR", "EST", "REQUEST", "denied"), ("BLR", "LVA", "REQUEST", "denied")}
    got = dyads_status("Neither Germany nor France signed the declaration with Russia.")
    assert ("DEU", "RUS", "AGREE", "denied") in got
    assert not any(st == "occurred" for *_, st in got)
    # (a plain conjunction stays occurred)
    assert ("DEU", "RUS", "AGREE", "occurred") in dyads_status("Germany and France signed the declaration with Russia.")
