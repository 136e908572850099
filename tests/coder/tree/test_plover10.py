"""plover10: recall on wire copy in the CAMEO manual's style (sentences written for these tests)."""

from __future__ import annotations

from tests.coder.tree.helpers import dyads


def test_court_order_to_another_party_is_a_demand() -> None:
    # an order by a court or an international body is the demand, not the act it orders
    assert dyads("A Spanish court ordered former Chilean dictator Augusto Pinochet to appear for questioning.") \
        == {("ESP", "CHL", "REQUEST")}
    got = dyads("The Security Council ordered Iraq to withdraw its troops from Kuwait.")
    assert ("UN", "IRQ", "REQUEST") in got and not any(t == "RETREAT" for _, _, t in got)


def test_leader_order_to_own_forces_stays_their_act() -> None:
    assert ("USA", "SOM", "RETREAT") in dyads("President Clinton ordered U.S. troops to withdraw from Somalia.")
    assert not any(t == "REQUEST" for _, _, t in dyads("President Clinton ordered U.S. troops to withdraw from Somalia."))


def test_order_to_stay_in_custody_is_no_demand_of_others() -> None:
    got = dyads("A Greek court ordered the activist to remain in custody, ignoring appeals from the Danish and Swedish embassies.")
    assert not any(t == "REQUEST" and s == "GRC" for s, _, t in got)


def test_standalone_actor_takes_the_place_not_the_victims_nationality() -> None:
    # "rebels", "police" with no country of their own: the country of the place named after the act,
    # not the adjective of the people it is done to
    assert dyads("Rebels kidnapped three Italian aid workers in Sierra Leone.") == {("SLE", "ITA", "ASSAULT")}
    assert dyads("Police detained a French journalist in Algeria.") == {("DZA", "FRA", "COERCE")}
    assert dyads("Militants attacked a British convoy in Afghanistan.") == {("AFG", "GBR", "ASSAULT")}
    # (a title of the victims too: "a Russian diplomat")
    assert dyads("Police detained a Russian diplomat in Tbilisi.") == {("GEO", "RUS", "COERCE")}


def test_demonyms_and_their_plurals_name_the_country() -> None:
    # the wires' people plurals ("Bolivians") and the demonyms of small states ("Maltese", "Togolese")
    assert dyads("Peru expelled 30 Bolivians on Monday.") == {("PER", "BOL", "SANCTION")}
    assert dyads("Libya seized two Maltese fishing boats.") == {("LBY", "MLT", "COERCE")}
    assert ("TGO", "BEN", "ASSAULT") in dyads("Togolese troops clashed with Beninese soldiers on the border.")
    assert ("ZAF", "SWZ", "MOBILIZE") in dyads("South Africa sent troops to Swaziland.")


def test_admitted_party_the_parse_makes_the_clause_subject_is_the_target() -> None:
    # "allowed UN inspectors to return": the inspectors are admitted, though the parse makes them the subject
    # of "return"; a party allowed to act on its own ("allowed Belarus to buy gas") is no such concession
    assert dyads("Iraq allowed UN inspectors to return to its weapons sites.") == {("IRQ", "UN", "CONCEDE")}
    assert not dyads("Russia allowed Belarus to buy gas at domestic prices.")


def test_a_conference_boycotted_is_a_sanction() -> None:
    # convention 6: boycotting a summit (a conference, a congress too) is a sanction, not a protest
    assert dyads("Egypt boycotted the economic conference in Qatar.") == {("EGY", "QAT", "SANCTION")}
    assert dyads("Iraq stayed away from the Arab League conference in Cairo.") == {("IRQ", "ARAB_LEAGUE", "SANCTION")}


def test_leaders_of_the_cameo_years_name_their_country() -> None:
    # the wire copy of the 1980s-2000s names its leaders by surname alone
    assert dyads("Kohl telephoned Gorbachev on Sunday.") == {("DEU", "RUS", "CONSULT"), ("RUS", "DEU", "CONSULT")}
    assert dyads("Fujimori accused Ecuador of massing troops on the border.") == {("PER", "ECU", "ACCUSE")}
    # (a first name that is also a leader's surname is left alone)
    assert not any(s == "ISR" for s, _, _ in dyads("Sharon Stone visited Kenya last week."))


def test_arms_sold_or_supplied_to_a_state_are_military_aid() -> None:
    assert dyads("France sold Mirage jets to Taiwan.") == {("FRA", "TWN", "AID")}
    assert dyads("China supplied missile technology to Pakistan.") == {("CHN", "PAK", "AID")}
    # (an agreement to sell is not the sale)
    assert ("USA", "TUR", "AID") not in dyads("Ankara won Washington's agreement to sell it F-16 jets.")


def test_a_demand_made_of_an_unnamed_group_at_home_is_self_targeted() -> None:
    # convention 7: the state and a group of its people are two parties inside one country
    assert dyads("Iranian authorities have been pressuring bus workers to call off their strike.") \
        == {("IRN", "IRN", "REQUEST")}
    # (not a directive to the state's own organs: convention 10)
    assert not dyads("The Egyptian president asked the interior ministry to prepare a report.")
