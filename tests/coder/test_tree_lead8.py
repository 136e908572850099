"""Conventions the blind sets annotate and the coder now follows (lead, eighth session); sentences written for
these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def coded(text: str, lang: str = "en", pub: str | None = "2024-05-10") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def test_staying_away_from_an_organisations_meeting_is_a_boycott_to_come() -> None:
    assert coded("Tokayev will not attend the CSTO summit in Yerevan, his press secretary said.") \
        == {("KAZ", "CSTO", "SANCTION", "planned")}
    # refusing to meet a party stays a refusal of it
    assert ("KAZ", "ARM", "REJECT", "occurred") in coded("Tokayev will not meet Pashinyan in Yerevan.")


def test_a_states_report_of_an_untargeted_hostile_act_by_another_is_its_accusation() -> None:
    got = coded("Kyiv said Belarus was massing troops near the border.")
    assert ("UKR", "BLR", "ACCUSE", "occurred") in got
    assert not any(e[2] == "MOBILIZE" for e in got)
    got = coded("Украинская сторона сообщила, что Белоруссия стягивает войска к границе.", "ru")
    assert ("UKR", "BLR", "ACCUSE", "occurred") in got
    # a party's report of its own act is that act (convention 3)
    assert ("BLR", None, "MOBILIZE", "occurred") in coded("Minsk said it was moving troops to the border.")


def test_a_concession_stopped_is_a_sanction() -> None:
    # (English codes "suspended the visa-free regime" as a sanction through its own pattern)
    assert ("LTU", "BLR", "SANCTION", "occurred") in coded("Вильнюс приостановил безвизовый режим для граждан Беларуси.", "ru")
    assert not any(e[2] == "CONCEDE" for e in coded("Вильнюс приостановил безвизовый режим для граждан Беларуси.", "ru"))
