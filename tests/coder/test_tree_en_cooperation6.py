"""DYADWATCH_CODER=tree, English cooperation acts (enp): an accord's content and an accord ended, visits named by
arrival or departure, lists of three or more parties. Sentences written for these tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def events(text: str, pub: str | None = "2024-03-15", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_relations_restored_as_the_content_of_an_accord_are_the_accord():
    got = events("Chile and Peru agreed on Tuesday to restore diplomatic relations and to reopen their consulates.")
    assert {("CHL", "PER", "AGREE"), ("PER", "CHL", "AGREE")} <= got
    assert not any(t == "SUPPORT" for _, _, t in got)
    got = events("Oman agreed to establish full diplomatic relations with Israel.")
    assert ("OMN", "ISR", "AGREE") in got
    assert not any(t == "SUPPORT" for _, _, t in got)


def test_an_accord_ended_or_suspended_is_no_accord():
    got = events("Mali said it was ending two defence cooperation agreements with France.")
    assert ("MLI", "FRA", "SANCTION") in got
    assert not any(t == "AGREE" for _, _, t in got)
    got = events("Ankara said it was suspending its participation in the fishing deal with Greece.")
    assert not any(t == "AGREE" for _, _, t in got)


def test_a_truce_agreed_at_a_venue_is_the_accord_of_its_parties_only():
    got = events("Sudan's army and Chad agreed on a truce in Nairobi after days of fighting.")
    assert not any(b == "KEN" for _, b, _ in got)
    assert not any(t == "RETREAT" for _, _, t in got)


def test_the_city_where_an_accord_is_reached_is_no_party_to_it():
    got = events("EU leaders agreed at a summit in Warsaw on Friday to build a common railway.")
    assert not any("POL" in (a, b) for a, b, _ in got)
    got = events("Kenya signed a trade deal with Japan in Nairobi.")
    assert {("KEN", "JPN", "AGREE"), ("JPN", "KEN", "AGREE")} <= got


def test_a_visit_named_by_landing_leaving_or_a_welcome_at_the_place():
    assert ("FRA", "IND", "CONSULT") in events("Emmanuel Macron landed in New Delhi on Sunday for a two-day visit.")
    assert ("DEU", "CHN", "CONSULT") in events("Olaf Scholz left Beijing on Tuesday after a short official visit.")
    assert ("TUR", "MNG", "CONSULT") in events(
        "Recep Tayyip Erdogan was welcomed with a military band in Ulaanbaatar on Monday.")


def test_forces_welcomed_or_landing_are_no_visit():
    got = events("Chinese marines were welcomed in Cambodia for joint drills on Monday.")
    assert not any(t == "CONSULT" for _, _, t in got)
    got = events("Hundreds of Russian paratroopers landed in Kazakhstan on Friday.")
    assert not any(t == "CONSULT" for _, _, t in got)


def test_a_pact_unveiled_by_three_parties_is_an_accord_among_each_pair():
    got = events("Japan, India and Brazil unveiled a trade pact on Monday.")
    for a in ("JPN", "IND", "BRA"):
        for b in ("JPN", "IND", "BRA"):
            if a != b:
                assert (a, b, "AGREE") in got


def test_a_joint_act_refused_by_a_list_is_no_refusal_among_its_members():
    got = events("Paris, Berlin, Rome and Madrid said they would not attend the summit.")
    assert ("FRA", None, "REJECT") in got
    assert not any(a in ("FRA", "DEU", "ITA", "ESP") and b in ("FRA", "DEU", "ITA", "ESP") for a, b, _ in got)


def test_counterparts_from_a_list_of_countries_meet_the_subject_not_each_other():
    got = events("Egyptian envoys will meet their counterparts from Spain, Italy and Greece in Rome next week.")
    for c in ("ESP", "ITA", "GRC"):
        assert ("EGY", c, "CONSULT") in got and (c, "EGY", "CONSULT") in got
    assert ("ESP", "ITA", "CONSULT") not in got
    got = events("Chile met Peru, Bolivia and Ecuador in Lima.")
    assert ("CHL", "BOL", "CONSULT") in got
    assert ("PER", "BOL", "CONSULT") not in got


def test_a_promise_of_coordinated_parties_goes_to_the_party_of_its_content():
    got = events("Sweden and Norway pledged on Monday to give Ukraine more howitzers.")
    assert ("SWE", "UKR", "AGREE") in got and ("NOR", "UKR", "AGREE") in got
    assert ("SWE", "NOR", "AGREE") not in got


def test_forces_flying_out_pulled_or_their_activity_reduced_retreat():
    assert ("FRA", "NER", "RETREAT") in events("The last French soldiers flew out of Niamey on Friday.")
    assert ("DEU", "MLI", "RETREAT") in events("Germany will pull its remaining troops out of Mali by May.")
    assert ("ISR", "LBN", "RETREAT") in events("Israel said it would scale back military activity in southern Lebanon.")


def test_tariffs_cut_land_handed_over_and_an_agent_handed_back_are_concessions():
    assert ("KOR", "USA", "CONCEDE") in events("South Korea cut tariffs on beef imported from the United States.")
    assert ("SRB", "XKX", "CONCEDE") in events("Serbia handed three disputed villages to Kosovo on Monday.")
    assert ("POL", "BLR", "CONCEDE") in events("Poland handed back a convicted Belarusian spy in the exchange.")


def test_aid_pledged_after_a_visit_goes_to_the_host():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Japan's prime minister made a surprise visit to Manila on Friday and pledged 300 million dollars in coastal "
        "defence assistance.", "2024-03-15", "en")}
    assert ("JPN", "PHL", "CONSULT", "occurred") in got
    assert ("JPN", "PHL", "AID", "planned") in got


def test_relations_normalised_in_an_infinitive_read_as_adverbial_are_still_the_accord():
    got = events("Kuwait and Israel agreed on Tuesday to normalise relations, making Kuwait the latest Gulf country to set "
                 "up formal ties with Israel.")
    assert ("KWT", "ISR", "AGREE") in got
    assert not any(t == "SUPPORT" for _, _, t in got)


def test_asylum_granted_in_a_place_is_given_by_its_state():
    assert ("ARE", "AFG", "AID") in events("The former Afghan president was granted asylum in the United Arab Emirates.")


def test_a_counterpart_called_is_a_phone_call_not_a_call_on_one():
    got = events("The Indian foreign minister called his Japanese counterpart on Sunday to discuss shipping.")
    assert {("IND", "JPN", "CONSULT"), ("JPN", "IND", "CONSULT")} <= got
    got = events("The Indian foreign minister called on his Japanese counterpart to lift the ban.")
    assert ("IND", "JPN", "REQUEST") in got
    assert not any(t == "CONSULT" for _, _, t in got)


def test_a_red_carpet_welcome_given_to_a_leader_is_the_leaders_visit():
    assert ("RUS", "BLR", "CONSULT") in events("Lukashenko gave Putin a lavish welcome in Minsk on Friday.")
    assert not any(t == "CONSULT" for _, _, t in events("The EU gave the Ukrainian plan a red-carpet welcome."))
