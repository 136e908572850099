"""Precision (prec10c): false events cut with general mechanisms; sentences written for these tests."""

from __future__ import annotations

from tests.coder.tree.helpers import dyads, dyads_status


def test_neither_nor_subject_denies_the_act() -> None:
    # "neither X nor Y <verb>": the act is denied for each conjunct, as "none of them" or "no state"
    got = dyads_status("Neither Estonia nor Latvia has been asked by Minsk to provide any help.")
    assert got == {("BLR", "EST", "REQUEST", "denied"), ("BLR", "LVA", "REQUEST", "denied")}
    got = dyads_status("Neither Germany nor France signed the declaration with Russia.")
    assert ("DEU", "RUS", "AGREE", "denied") in got
    assert not any(st == "occurred" for *_, st in got)
    # (a plain conjunction stays occurred)
    assert ("DEU", "RUS", "AGREE", "occurred") in dyads_status("Germany and France signed the declaration with Russia.")


def test_neither_nor_parties_are_not_paired_with_each_other() -> None:
    # parties joined by "nor" / «ни ..., ни» act each by itself: no joint meeting between them
    got = dyads_status("Neither Poland nor Lithuania sent a delegation to the summit in Minsk.")
    assert ("POL", "LTU", "CONSULT", "occurred") not in got and ("LTU", "POL", "CONSULT", "occurred") not in got
    assert not any({a, b} == {"POL", "LTU"} for a, b, *_ in got)
    got = dyads_status("Ни Эстония, ни Латвия не направили делегации на саммит в Минске.", lang="ru")
    assert not any({a, b} == {"EST", "LVA"} for a, b, *_ in got)
    # (a plain conjunction keeps its joint reading)
    assert ("EST", "LVA", "CONSULT", "occurred") in dyads_status(
        "Эстония и Латвия направили делегации на саммит в Минске.", lang="ru")


def test_met_object_is_the_partner_of_coordinated_subjects() -> None:
    # "X and Y met Z's minister": each subject meets Z (the object of "meet" is the other side, not a topic),
    # and the two subjects sit on one side of the table, not across it from each other
    got = dyads("Rome and Cairo met the Libyan foreign minister on Tuesday.")
    assert got == {("ITA", "LBY", "CONSULT"), ("LBY", "ITA", "CONSULT"), ("EGY", "LBY", "CONSULT"), ("LBY", "EGY", "CONSULT")}
    # (a topic of talks stays no party: "discussed")
    assert ("RUS", "UKR", "CONSULT") not in dyads("Putin and Lukashenko discussed Ukraine in Sochi on Tuesday.")


def test_stationing_host_is_no_target() -> None:
    # forces or weapons based in a country: the host is where they stand, not the target (an untargeted MOBILIZE)
    assert dyads_status("Moscow will station Iskander missiles in Belarus next spring.") == {
        ("RUS", None, "MOBILIZE", "planned")}
    assert dyads("Россия разместит ракеты на территории Белоруссии в следующем году.", lang="ru") == {
        ("RUS", None, "MOBILIZE")}
    # ... so a criticised decision to station them names no event of its own (convention 4: no target named)
    assert dyads("Vilnius condemned the Kremlin's decision to station Iskander missiles in Belarus.") == {
        ("LTU", "RUS", "ACCUSE")}
    # (a border faced keeps its other side: «на границе с Россией»)
    assert ("EST", "RUS", "MOBILIZE") in dyads("Эстония намерена разместить на границе с Россией новые силы.", lang="ru")
