"""Statements about an act (pentacode-train, CAMEO 01x): a claim denied is no accusation of unknown parties, and
a party's claim of its own act is that act (convention 3), carrying CAMEO's code of the claim (015)."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState
from dyadwatch.coder.cameo import pentacode


@pytest.fixture(autouse=True)
def _tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(run.CODER_ENV, "tree")


def coded(text: str, allow_unknown: bool = True) -> list[tuple[str | None, str | None, str, str]]:
    events = run.code_text(text, "2021-02-01", state=DocState(pub_date="2021-02-01"), allow_unknown=allow_unknown)
    return [(e.source, e.target, e.type, e.cameo) for e in sorted(events, key=lambda e: e.start)]


@pytest.mark.parametrize("text", [
    "The minister rejected accusations of corruption.",
    "The mayor has denied charges that he took bribes from a builder.",
    "The ministry strongly rejected allegations of abuse in its prisons.",
])
def test_a_claim_denied_is_no_accusation_of_unknown_parties(text: str) -> None:
    assert not [e for e in coded(text) if e[2] == "ACCUSE"]


def test_a_claim_denied_whose_maker_is_named_stays_a_rejection() -> None:
    assert ("RUS", "UKR", "REJECT", "120") in coded("Moscow rejected Kyiv's accusations that it had shelled the plant.")


def test_a_claim_of_responsibility_codes_the_act_as_claimed() -> None:
    events = coded("The rebels claimed responsibility for the bombing of a bridge in Chad.")
    assert events and events[0][2] == "ASSAULT" and events[0][3] == "015" and pentacode(events[0][3]) == 0


def test_a_claim_of_one_s_own_act_is_that_act_not_an_accusation() -> None:
    events = coded("Russia claimed that it had attacked the airfield in Ukraine.", allow_unknown=False)
    assert events == [("RUS", "UKR", "ASSAULT", "015")]
    # another's act claimed stays an allegation (convention 3)
    assert coded("Russia claimed that Ukraine had attacked the airfield.", allow_unknown=False) == [
        ("RUS", "UKR", "ACCUSE", "112")]


def test_an_act_weighed_carries_the_code_of_considering_it() -> None:
    # CAMEO 014 (consider policy option): the weighing is the statement, the act keeps its type and status
    events = run.code_text("Norway is considering sending aid to Moldova.", "2021-02-01")
    assert [(e.source, e.target, e.type, e.status, e.cameo) for e in events] == [
        ("NOR", "MDA", "AID", "hypothetical", "014")]
    assert [e.cameo[:2] for e in run.code_text("Norway sent aid to Moldova.", "2021-02-01")] == ["07"]


def test_an_accord_failed_is_coded_as_cameo_codes_it_a_rejection() -> None:
    events = run.code_text("Armenia and Azerbaijan failed to reach agreement on the border.", "2021-02-01")
    assert {(e.source, e.target, e.type, e.status, e.cameo) for e in events} == {
        ("ARM", "AZE", "AGREE", "denied", "120"), ("AZE", "ARM", "AGREE", "denied", "120")}
    assert {e.cameo for e in run.code_text("Armenia and Azerbaijan reached agreement on the border.", "2021-02-01")} \
        == {"030"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan contributed 20 million dollars to the relief fund for Nepal.", ("JPN", "AID", "07")),
    ("Colombia's government announced an immediate ceasefire.", ("COL", "RETREAT", "08")),
    ("Chile lifted a travel restriction on Peru.", ("CHL", "CONCEDE", "08")),
    ("Mexico returned three statues to Peru.", ("MEX", "RETREAT", "08")),
    ("Canada cut tariffs on Mexican steel.", ("CAN", "CONCEDE", "08")),  # eased restrictions (the codebook)
    ("Ireland is sending troops to the UN peacekeeping force in Lebanon.", ("IRL", "AID", "07")),
    ("Canada accepted 2,300 Syrian refugees in March.", ("CAN", "AID", "07")),
    ("A Polish court approved the extradition of a Belarusian activist.", ("POL", "COOPERATE", "06")),
])
def test_material_cooperation_the_patterns_missed(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(e.source, e.type, e.cameo[:2]) for e in run.code_text(text, "2021-02-01")}


def test_concern_voiced_is_an_accusation_cameo_codes_as_a_pessimistic_comment() -> None:
    events = run.code_text("Lithuania expressed concern over Belarus's nuclear plant.", "2021-02-01")
    assert [(e.source, e.target, e.type, e.cameo) for e in events] == [("LTU", "BLR", "ACCUSE", "012")]
    assert pentacode("012") == 0
    # an accusation proper stays 112
    assert [e.cameo for e in run.code_text("Lithuania accused Belarus of negligence.", "2021-02-01")] == ["112"]


def test_an_act_below_a_statement_with_no_actor_is_its_background() -> None:
    # condolences over a disaster: no act of unknown parties stands for the statement
    assert coded("Peru expressed condolences to Chile over a fire that killed ten people in Santiago.") == []
    # ... but one with both its parties named is coded (convention 4)
    assert ("AZE", "ARM", "ASSAULT", "190") in coded(
        "Russia expressed condolences to Armenia over the attack by Azerbaijan on Armenian villages.")


def test_agreeing_with_a_party_s_view_is_cameo_s_express_accord() -> None:
    assert {e[3] for e in coded("The mayors said they agree with the governor that the tax was too high.")} == {"019"}
    # an accord on acts to come stays one (03x)
    events = run.code_text("Armenia agreed with Georgia that their border guards would patrol jointly.", "2021-02-01")
    assert {(e.type, e.cameo[:2]) for e in events if e.type == "AGREE"} == {("AGREE", "03")}
