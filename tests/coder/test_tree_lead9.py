"""The ninth session's lead fixes (sentences written for the tests)."""

from dyadwatch.coder.run import code_text


def _coded(text: str) -> set[tuple[str, str | None, str, str]]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2026-12-06", lang="en")}


def test_a_state_recognised_is_no_designation_as_a_wrongdoer():
    # the designation pattern's phrases are read by their first word in the predicate: "state sponsor of terrorism"
    # made any recognised "state" a candidate designation, which then found no wrongdoer and hid the recognition
    found = _coded("Chile recognised the Palestinian state on Friday, and Israel recalled its envoy from Santiago.")
    assert ("CHL", "PSE", "SUPPORT", "occurred") in found
    assert not any(e[2] == "ACCUSE" for e in found)


def test_a_party_recognised_as_a_sponsor_of_terrorism_is_still_blamed():
    found = _coded("Latvia's parliament recognised Russia as a sponsor of terrorism on Thursday.")
    assert ("LVA", "RUS", "ACCUSE", "occurred") in found


def test_a_war_described_is_no_war_crime_alleged():
    # a pattern phrase is also read where its first word heads the verb's object: "war crimes" made "the war" one
    found = _coded("Tokayev described the war in Ukraine as a tragedy for both peoples.")
    assert not any(e[2] == "ACCUSE" for e in found)
    found = _coded("Kyiv described the Russian strike on the hospital as a war crime.")
    assert ("UKR", "RUS", "ACCUSE", "occurred") in found
