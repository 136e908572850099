"""The status of an English act (coder/tree/status.py): negation, modals, conditions, forecasts, opinions, refusals and the non-events of convention 10."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    dyads,
    dyads_cameo,
    dyads_status,
    dyads_status_date,
    in_document,
    in_order_cameo,
    in_order_status_date,
    pairs,
    sentence_class,
    status_by_dyad,
)

pytestmark = pytest.mark.coder("tree")


def test_5_an_offer_of_aid_is_planned_aid():
    got = dyads_status_date("Moscow offered Minsk a new loan.", "2021-03-04")
    assert any(s == "RUS" and t == "BLR" and ty == "AID" and st == "planned" for s, t, ty, st, _ in got)


def test_status_from_the_tree():
    assert {st for *_, st, _ in dyads_status_date("Belarus did not sign the agreement with Russia.",
                                                  "2021-03-04")} == {"denied"}
    # a refusal stated for the future is a REJECT (tests/coder/test_tree_english.py)
    assert {(ty, st) for _, _, ty, st, _ in dyads_status_date("Belarus will not sign the agreement with Russia.",
                                                              "2021-03-04")} \
        == {("REJECT", "occurred")}
    assert {st for *_, st, _ in dyads_status_date("Putin will meet Lukashenko in Minsk next week.",
                                                  "2021-03-04")} == {"planned"}
    assert {st for *_, st, _ in dyads_status_date("If talks fail, Russia could cut gas supplies to Belarus.",
                                                  "2021-03-04")} \
        == {"hypothetical"}


def test_5_an_offer_of_assistance_is_planned_aid_and_no_accord():
    got = dyads_status_date("Russia offered assistance to Belarus.", "2021-03-04")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("RUS", "BLR", "AID", "planned")}


def test_who_takes_part_in_another_s_act_acts_too_with_the_status_of_its_own_verb():
    got = dyads_status_date("Armenian units are not taking part in Russia's military operation against Georgia.",
                            "2021-03-04")
    assert ("RUS", "GEO", "ASSAULT", "occurred", "2021-03-04") in got
    assert ("ARM", "GEO", "ASSAULT", "denied", "2021-03-04") in got
    # (sanctions joined are the joiner's act; the owner's are not stated again: prec10b)
    got = dyads("Moldova joined the EU sanctions against Russia.")
    assert ("MDA", "RUS", "SANCTION") in got and ("EU", "RUS", "SANCTION") not in got


# ------------------------------------------------------------------ a hostile act one says one will do
def test_a_hostile_verb_under_would_is_also_a_threat():
    got = dyads("Kenyan farmers said they would blockade Nairobi from Monday.", "2021-03-04")
    assert ("KEN", "KEN", "THREATEN") in got


def test_a_planned_sanction_is_no_threat():
    got = dyads("Norway will suspend economic aid to Syria.")
    assert ("NOR", "SYR", "SANCTION") in got and not any(ty == "THREATEN" for _, _, ty in got)


# ------------------------------------------------------------------ verbs of weighing an act (patterns.yaml light_verbs)
def test_a_nominal_act_being_considered_is_its_considerers_and_hypothetical():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "The Peruvian parliament is considering a ban on imports of Chilean fruit.", "2021-03-04", "en")}
    assert ("PER", "CHL", "SANCTION", "hypothetical") in got


def test_a_plain_future_hostile_act_or_a_sanction_one_is_ready_for_stays_the_act_planned():
    assert ("CHL", "PER", "SANCTION") in dyads("Chile will close its border with Peru.")
    assert ("CHL", "PER", "SANCTION") in dyads("Chile said it was ready to close its border with Peru.")


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_an_offer_of_aid_is_the_aid_planned():
    # convention 5, the README's own example
    def coded(text: str) -> set[tuple]:
        return {(e.source, e.target, e.type, e.status) for e in code_text(text, "2021-03-04", "en")}

    assert ("RUS", "BLR", "AID", "planned") in coded("Moscow offered Minsk a credit line.")
    assert ("SYR", "LBN", "AID", "planned") in coded("Syria offered troops to Lebanon.")
    assert ("RUS", "SYR", "AID", "occurred") in coded("Russia delivered the promised aid to Syria.")


@pytest.mark.parametrize(("text", "kind"), [
    ("The United States mulls imposing tariffs on China.", "SANCTION"),
    ("Germany is weighing sanctions against Russia.", "SANCTION"),
    ("Japan is contemplating sending aid to Ukraine.", "AID"),
    ("France considers sending troops to Mali.", "MOBILIZE"),
])
def test_an_act_weighed_is_hypothetical_and_undated(text: str, kind: str) -> None:
    events = [e for e in in_order_status_date(text, "2020-09-15") if e[2] == kind]
    assert events and all(e[3] == "hypothetical" and e[4] is None for e in events)


def test_a_subject_that_weighs_on_something_is_not_weighed() -> None:
    # "weigh on" with the act as subject: the sanctions are in force, not considered
    events = [e for e in in_order_status_date("The EU sanctions against Belarus weigh on its economy.",
                                              "2020-09-15") if e[2] == "SANCTION"]
    assert events and events[0][3] == "occurred"


def test_a_conditional_act_in_a_content_clause_takes_no_date_of_the_saying():
    # convention 9: hypothetical events get null unless the text names their own date (a condition:
    # "said ... would" alone is the report's future, planned: status.reported_aux)
    got = dyads_status_date("Putin said on Tuesday that Russia would lend Belarus $1 billion if Minsk asked.",
                            "2021-03-04")
    assert ("RUS", "BLR", "AID", "hypothetical", None) in got


def test_a_loan_agreed_on_goes_to_the_agreement_s_other_party_planned():
    # convention 5: an agreed loan is AGREE both ways plus AID planned, from the giver the loan names
    got = dyads_status("Ecuador reached agreement with Peru on Tuesday for a $200 million loan from Lima.",
                       "2021-03-04")
    assert ("ECU", "PER", "AGREE", "occurred") in got and ("PER", "ECU", "AGREE", "occurred") in got
    assert ("PER", "ECU", "AID", "planned") in got
    got = dyads_status("Chile and Bolivia agreed on a Chilean loan of $50 million.")
    assert ("CHL", "BOL", "AID", "planned") in got
    assert not any(t == "AID" and s == "BOL" for s, _, t, _ in got)


def test_would_in_a_report_is_the_report_s_future():
    # status.reported_aux: "said it would" is the reported "will" (planned), a condition keeps it hypothetical
    assert ("ECU", "PER", "SANCTION", "planned") in dyads_status("Ecuador said it would expel a Peruvian diplomat.")
    assert ("ECU", "PER", "SANCTION", "hypothetical") in dyads_status(
        "Ecuador said it would expel a Peruvian diplomat if Lima refused to apologise.")
    assert ("ECU", "PER", "SANCTION", "hypothetical") in dyads_status("Ecuador would expel a Peruvian diplomat.")


def test_a_likely_act_is_a_forecast():
    # status.adverbs: "will likely", "will probably"
    assert ("EU", "VEN", "SANCTION", "forecast") in dyads_status("The European Union will likely impose new sanctions on Venezuela.")
    assert ("EU", "VEN", "SANCTION", "planned") in dyads_status("The European Union will impose new sanctions on Venezuela.")


def test_a_future_non_event_is_not_coded():
    # syntax.yaml `unplanned` (convention 10): a negated act also held to come is no event, and the
    # rule coder gets nothing from it either
    assert not dyads("No talks between Chile and Peru are planned for this month.", "2021-03-04")
    assert not dyads("Quito has no plans to attend the summit in Lima.")
    assert not dyads("Chile does not intend to negotiate with Bolivia before the election.")
    assert not dyads("Ecuador will not cut electricity exports to Peru, the ministry said.")
    # a past act said not to have happened, or denied by a verb of denial, stays denied
    assert ("CHL", "PER", "CONSULT", "denied") in dyads_status("Chilean and Peruvian envoys did not meet on Monday.",
                                                               "2021-03-04")
    assert ("ECU", "PER", "SANCTION", "denied") in dyads_status("Quito denied that it had cut electricity exports to Peru.")
    # a conciliatory act refused is the refusal, and a refusal itself stays
    assert ("ECU", "PER", "REJECT") in dyads("Ecuador will not lift its embargo on Peru.")


def test_a_conditional_concession_is_no_stated_intention():
    # intent_statuses [planned]: "would lift ... if" is the concession, hypothetical (convention 5), with no
    # AGREE 035 beside it; a concession stated to come is still also the intention (CAMEO 035)
    got = dyads_status("Quito would lift its embargo on Peru if Lima released the detained fishermen.")
    assert not any(t == "AGREE" for _, _, t, _ in got)
    assert ("ECU", "PER", "AGREE", "occurred") in dyads_status("Quito said it will lift its embargo on Peru next week.",
                                                               "2021-03-04")


# ------------------------------------------------------------------ explicit non-events, statistics (no_date, repeated)
def test_no_date_set_for_a_visit_is_no_event():
    assert dyads("No date has been set for Tokayev's next visit to Beijing.") == set()
    assert ("KAZ", "CHN", "CONSULT") in dyads("Tokayev will visit Beijing next week.")  # (control)


def test_meetings_counted_over_the_years_are_statistics():
    assert dyads("Erdogan and Aliyev have met more than forty times.") == set()
    assert dyads("Tokayev has visited Moscow several times since 2019.", "2022-05-06") == set()
    assert {("TUR", "AZE", "CONSULT"), ("AZE", "TUR", "CONSULT")} <= dyads("Erdogan and Aliyev met on Monday.")  # (control)


def test_meetings_counted_in_a_past_month_stay_events():
    got = dyads("Erdogan met Aliyev three times last month.", "2022-05-06")
    assert ("TUR", "AZE", "CONSULT") in got


def test_an_analysts_forecast_of_a_seizure_is_no_threat():
    got = dyads("Analysts say Azerbaijan could seize more Armenian villages in the spring.")
    assert not any(ty == "THREATEN" for _, _, ty in got)
    assert ("AZE", "ARM", "COERCE") in got  # the seizure forecast


# ------------------------------------------------------------------ staying away from an organisation's meeting
def test_not_attending_an_organisations_summit_is_a_boycott_to_come():
    # no refusal of anyone, but the boycott of convention 6, from the one staying away to the organisation
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Tokayev will not attend the SCO summit in Astana, his spokesman said.", "2021-03-04", "en")}
    assert got == {("KAZ", "SCO", "SANCTION", "planned")}


def test_refusing_to_meet_a_leader_stays_a_refusal():
    assert ("KAZ", "RUS", "REJECT") in dyads("Tokayev will not meet Putin in Astana.")


def test_no_stated_intention_beside_a_conciliatory_act_under_a_condition():
    # "will free the sailors if ...": the act under its condition, no promise (AGREE 035) beside it
    got = dyads_cameo("Ankara will free the Greek sailors if Athens lifts its port restrictions, a Turkish official said.")
    assert ("TUR", "GRC", "CONCEDE") in {g[:3] for g in got}
    assert not any(c.startswith("03") for *_, c in got)
    # the same act stated to come with no condition is also the intention
    got = dyads_cameo("Ankara will free the Greek sailors, a Turkish official said.")
    assert ("TUR", "GRC", "AGREE", "035") in got


def test_an_inverted_should_is_a_condition_not_an_intention():
    found = dyads_status("Should Russia attack Georgia, the EU will impose sanctions on Moscow.")
    assert ("RUS", "GEO", "ASSAULT", "hypothetical") in found
    assert not any(e[2] == "THREATEN" and e[0] == "RUS" for e in found)
    # (the act under the condition is hypothetical, convention 5 and status.conditions; it was planned before)
    assert ("EU", "RUS", "SANCTION", "hypothetical") in found


def test_a_postposed_inverted_condition_is_an_ultimatum_as_with_if():
    with_if = dyads_status("The EU will impose sanctions on Moscow if Russia attacks Georgia.")
    inverted = dyads_status("The EU will impose sanctions on Moscow should Russia attack Georgia.")
    assert inverted == with_if
    assert ("EU", "RUS", "THREATEN", "occurred") in inverted


def test_were_to_makes_both_clauses_hypothetical():
    found = dyads_status("Were Turkey to attack Syria, the EU would impose sanctions on Ankara.")
    assert {("TUR", "SYR", "ASSAULT", "hypothetical"), ("EU", "TUR", "SANCTION", "hypothetical")} <= found


def test_a_plain_should_is_no_condition():
    found = dyads_status("Turkey should withdraw its troops from Syria, Germany said.")
    assert not any(e[2] == "SANCTION" for e in found)
    assert all(e[3] == "hypothetical" for e in found)


def test_a_condition_on_the_copula_of_readiness_or_an_inverted_one_read_as_a_content_clause():
    # "is ready to impose ... if B ...": the condition hangs on "is"; B is the target, the threat is said
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "The EU is ready to impose new sanctions if Minsk continues to use migrants.", "2024-06-05", "en")}
    assert ("EU", "BLR", "THREATEN", "occurred") in got and ("EU", "BLR", "SANCTION", "hypothetical") in got
    # "should B continue" after its verb, which the parse reads as a content clause: a condition all the same
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "The EU would impose further restrictive measures should Minsk continue to use migrants.", "2024-06-05", "en")}
    assert ("EU", "BLR", "THREATEN", "occurred") in got and ("EU", "BLR", "SANCTION", "hypothetical") in got
    # convention 5: "would send troops should the situation require it" is hypothetical
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Moscow said it would send troops to Belarus should the situation require it.", "2024-06-05", "en")}
    assert ("RUS", "BLR", "MOBILIZE", "hypothetical") in got


def test_a_membership_bid_ratified_or_held_up_is_backing_or_refusal_of_its_maker():
    # patterns.yaml; syntax.yaml `absorbed` (REQUEST): the bid under another's act is no event of its own
    assert dyads("Croatia's parliament ratified Albania's bid to join the EU on Monday.",
                 "2024-01-10") == {("HRV", "ALB", "SUPPORT")}
    assert ("BGR", "MKD", "REJECT") in dyads("Sofia is still holding up Skopje's accession bid.")


def test_an_act_in_a_clause_on_its_conditions_is_no_event():
    found = dyads_status("The terms for Moldova to borrow $500 million from the IMF are still being negotiated.")
    assert not any(k[2] in ("REQUEST", "AID") for k in found)
    assert ("MDA", "IMF", "CONSULT", "occurred") in found


def test_a_party_unwilling_or_not_interested_refuses():
    assert ("GEO", "RUS", "REJECT", "occurred") in dyads_status("Georgia is reluctant to resume talks with Russia.")
    assert ("BLR", "RUS", "REJECT", "occurred") in dyads_status(
        "Lukashenka said he was not interested in a new stage of integration with Russia.")
    assert not pairs("Investors are not interested in Belarus.", "REJECT")


def test_a_loan_to_be_paid_later_stays_planned():
    found = dyads_status("Russia agreed to provide Armenia a loan of $300 million, which will be transferred in tranches.")
    assert ("RUS", "ARM", "AID", "planned") in found
    assert ("RUS", "ARM", "AID", "occurred") not in found


def test_prisoners_freed_in_a_condition_are_a_hypothetical_release():
    found = dyads_status("Vilnius could reopen the crossings if Minsk released the jailed journalists.")
    assert ("BLR", "BLR", "CONCEDE", "hypothetical") in found


def test_force_not_ruled_out_is_a_threat_not_a_refusal():
    text = "The Chinese president refused to rule out the use of force against Taiwan."
    assert ("CHN", "TWN") in pairs(text, "THREATEN")
    assert not pairs(text, "REJECT")


def test_a_refusal_under_unless_is_a_threat_alone():
    got = dyads("Budapest will not approve Kyiv's accession talks unless the language law is changed.")
    assert ("HUN", "UKR", "THREATEN") in got and ("HUN", "UKR", "REJECT") not in got


def test_what_a_thing_aims_at_is_no_act_what_a_party_aims_at_is_planned():
    got = dyads("Lithuania will back a draft resolution that aims to impose a naval blockade on Belarus.")
    assert not any(e[2] == "COERCE" for e in got)
    got = dyads("Putin hosted Lukashenka for a meeting aimed at establishing closer relations between Russia and Belarus.")
    assert not any(e[2] == "SUPPORT" for e in got)
    assert ("EU", "BLR", "SANCTION") in dyads("The European Union aims to impose new sanctions on Belarus.")


def test_a_joint_act_refused_by_a_list_is_no_refusal_among_its_members():
    got = dyads("Paris, Berlin, Rome and Madrid said they would not attend the summit.")
    assert ("FRA", None, "REJECT") in got
    assert not any(a in ("FRA", "DEU", "ITA", "ESP") and b in ("FRA", "DEU", "ITA", "ESP") for a, b, _ in got)


def test_a_negated_perfect_over_a_span_of_time_is_no_event():
    # syntax.yaml `absent_spans`: "have not held talks since ...", "have not met in ... years" describe relations
    # (convention 10); a single meeting said not to have happened stays denied
    assert not dyads("Serbia and Kosovo have not held direct talks since 2019, and relations remain tense.",
                     "2021-03-04")
    assert not dyads("The presidents of Chile and Bolivia have not met in more than four years.")
    assert not dyads("Peru and Chile have not held a summit-level meeting in nearly four years, and relations remain cool.")
    assert ("CHL", "BOL", "CONSULT") in dyads("Chile's president did not meet his Bolivian counterpart at the summit.")


def test_a_refusal_to_act_keeps_its_content_uncoded():
    found = dyads_status("Baku refused to sign the protocol with Yerevan.")
    assert not any(e[2] == "AGREE" and e[3] == "occurred" for e in found)
    assert ("AZE", "ARM", "REJECT", "occurred") in found


def test_hardware_received_to_come_or_not_at_all() -> None:
    assert ("LVA", "UKR", "AID", "planned") in dyads_status("Kyiv will receive 40 drones from Latvia next month.",
                                                            "2024-05-10")
    assert ("DEU", "UKR", "AID", "denied") in dyads_status("The Ukrainian army has received no tanks from Germany, Kyiv said.")


def test_help_weighed_is_a_statement_of_a_policy_option() -> None:
    evs = code_text("Seoul is considering sending aid to help Pyongyang cope with the floods.", "2024-05-10", "en")
    assert evs and all(e.cameo == "014" for e in evs if e.type == "AID")


def test_a_refusal_is_reject_and_the_act_refused_is_not_coded():
    assert dyads("Lithuania refused to meet Belarusian officials in Vilnius.") == {("LTU", "BLR", "REJECT")}


def test_a_planned_act_under_a_condition_set_to_another_is_also_a_threat():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Lithuania said it will close its border with Belarus unless Minsk stops the flow of migrants.",
        "2021-03-04", "en")}
    # (the threat is the event alone under "unless", as the gold sets code "will cut gas unless ...": `ultimatum_only`)
    assert ("LTU", "BLR", "THREATEN", "occurred") in got and not any(e[2] == "SANCTION" for e in got)


def test_a_stated_intention_comes_before_the_planned_act():
    events = code_text("Russia will support Belarus at the United Nations.", "2021-03-04", "en")
    assert [(e.type, e.cameo, e.status) for e in events][:2] == [("AGREE", "032", "occurred"),
                                                                  ("SUPPORT", "051", "planned")]


def test_a_conciliatory_act_refused_in_the_future_is_a_refusal():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Poland will not reopen the border crossing with Belarus until Minsk releases the journalist.",
        "2021-03-04", "en")}
    assert ("POL", "BLR", "REJECT", "occurred") in got
    assert all(t != "CONCEDE" for _, _, t, _ in got)


def test_an_act_decided_is_the_act_not_an_intention():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Japan decided on Thursday to ease sanctions on North Korea.", "2021-03-04", "en")}
    assert got == {("JPN", "PRK", "CONCEDE", "occurred")}


def test_a_hostile_act_made_conditional_on_another_s_conduct_is_also_a_threat():
    # syntax.yaml `ultimatum` "if": the act is hypothetical (its condition), the threat is made now
    got = dyads_status("Paraguay may halt its mediation among the Bolivian parties if the fighting continues.")
    assert ("PRY", "BOL", "THREATEN", "occurred") in got
    assert ("PRY", "BOL", "SANCTION", "hypothetical") in got  # (conditional: status.conditions; a forecast before)
    got = dyads_status("Chile would close its border with Peru if the migrants kept crossing.")
    assert ("CHL", "PER", "THREATEN", "occurred") in got


def test_a_conciliatory_act_under_a_condition_is_no_threat():
    got = dyads_status("Chile would meet Peru's president if the talks made progress.")
    assert not any(t == "THREATEN" for _, _, t, _ in got)
    assert ("CHL", "PER", "CONSULT", "hypothetical") in got


def test_a_condition_set_before_the_act_is_a_scenario_not_a_threat():
    got = dyads_status("If the talks fail, Chile could close its border with Peru.")
    assert {t for _, _, t, _ in got} == {"SANCTION"}


def test_support_refused_to_an_aggression_is_its_condemnation():
    assert ("KAZ", "RUS", "ACCUSE") in dyads("Kazakhstan will not support the Russian invasion of Ukraine.")
    assert ("ARM", "AZE", "ACCUSE") in dyads("Armenia cannot support the aggression unleashed by Azerbaijan.")
    assert ("BLR", "RUS", "REJECT") in dyads("Belarus will not support Russia.")


def test_staying_away_from_an_organisations_meeting_is_a_boycott_to_come() -> None:
    assert dyads_status("Tokayev will not attend the CSTO summit in Yerevan, his press secretary said.") \
        == {("KAZ", "CSTO", "SANCTION", "planned")}
    # refusing to meet a party stays a refusal of it
    assert ("KAZ", "ARM", "REJECT", "occurred") in dyads_status("Tokayev will not meet Pashinyan in Yerevan.")


# ------------------------------------------------ conditions (syntax.yaml status.conditions)
def test_an_inverted_condition_makes_a_modals_act_hypothetical_not_a_forecast():
    got = status_by_dyad("Should Riga expel the envoy, Minsk might cut rail links with Latvia, a Belarusian official suggested.")
    assert got.get(("BLR", "LVA", "SANCTION")) == "hypothetical"


def test_a_were_to_condition_makes_the_main_acts_hypothetical():
    got = status_by_dyad("Were Vilnius to lift the transit ban, Belarus would sign the border treaty with Lithuania, officials said.")
    assert got.get(("BLR", "LTU", "AGREE")) == "hypothetical"
    assert got.get(("LTU", "BLR", "AGREE")) == "hypothetical"


# ------------------------------------------------ threats of a response (syntax.yaml responded.to_come)
def test_a_response_to_come_under_a_condition_is_a_threat_at_the_conditions_party():
    got = status_by_dyad("Minsk will respond in kind if Poland closes the border, a Belarusian minister said.")
    assert got.get(("BLR", "POL", "THREATEN")) == "occurred"


def test_a_retaliation_to_come_against_a_party_is_a_threat_at_it():
    got = status_by_dyad("Armenia could retaliate against Azerbaijani villages if the shelling goes on, a general warned.")
    assert got.get(("ARM", "AZE", "THREATEN")) == "occurred"


def test_a_threat_only_possible_under_a_condition_is_hypothetical():
    got = status_by_dyad("The Kremlin might warn Chisinau of consequences if it deepens ties with Bucharest, analysts suggest.")
    assert got.get(("RUS", "MDA", "THREATEN")) == "hypothetical"


# ------------------------------------------------ the condition's party as the target (condition_target)
def test_a_hostile_act_under_a_condition_is_aimed_at_the_conditions_party():
    got = status_by_dyad("Moscow could seize Western assets in Russia if Washington freezes Russian reserves, a deputy suggested.")
    assert got.get(("RUS", "USA", "COERCE")) == "hypothetical"
    assert ("RUS", "RUS", "COERCE") not in got


def test_warning_of_another_partys_own_act_stays_a_forecast_of_it():
    got = status_by_dyad("US intelligence warns that Russia may deploy more troops to the Belarusian border.")
    assert ("USA", "RUS", "THREATEN") not in got


# ------------------------------------------------ "would" on an object open to any instance (status.open_objects)
def test_a_reported_would_on_any_is_hypothetical():
    got = status_by_dyad("Tbilisi would veto any return of Russian peacekeepers, Georgian officials said.")
    assert got.get(("GEO", "RUS", "REJECT")) == "hypothetical"


def test_a_reported_would_on_a_definite_object_stays_planned():
    got = status_by_dyad("Tbilisi would veto the return of Russian peacekeepers, Georgian officials said.")
    assert got.get(("GEO", "RUS", "REJECT")) == "planned"


def test_mutual_fighting_goes_both_ways_and_a_plan_to_withdraw_is_no_refusal():
    assert {("IND", "PAK", "ASSAULT"), ("PAK", "IND", "ASSAULT")} <= dyads(
        "India and Pakistan exchanged fire across the border on Sunday.", "2021-03-04")
    got = dyads("The Israeli cabinet approved a plan to withdraw from Gaza.")
    assert ("ISR", "PSE", "REJECT") not in got and ("ISR", "PSE", "RETREAT") in got


def test_an_act_weighed_carries_the_code_of_considering_it() -> None:
    # CAMEO 014 (consider policy option): the weighing is the statement, the act keeps its type and status
    events = run.code_text("Norway is considering sending aid to Moldova.", "2021-02-01")
    assert [(e.source, e.target, e.type, e.status, e.cameo) for e in events] == [
        ("NOR", "MDA", "AID", "hypothetical", "014")]
    assert [e.cameo[:2] for e in run.code_text("Norway sent aid to Moldova.", "2021-02-01")] == ["07"]


def test_an_act_hoped_for_is_coded_as_cameo_codes_the_hope() -> None:
    # the act keeps its type; its code is the hope's (a statement), as "is considering" gives 014
    events = in_order_cameo("The ferry company said it hoped to resume crossings next month.", "2021-02-01")
    assert events and all(e[3] == "020" for e in events)
    assert sentence_class("The mayor said she hoped for new talks with the striking drivers.") == 0
    # the act itself, not hoped for, keeps its code
    assert sentence_class("The mayor held new talks with the striking drivers.") == 1


def test_an_act_in_a_without_phrase_is_not_done():
    # syntax.yaml `negating_preps`: "without settling" is denied, as "failed to settle" is
    got = dyads_status("Putin and Lukashenka held talks in Minsk without settling their row over gas prices.")
    assert ("RUS", "BLR", "CONSULT", "occurred") in got
    assert ("RUS", "BLR", "AGREE", "occurred") not in got


def test_a_plain_form_after_a_singular_subject_is_a_demand():
    # syntax.yaml `tags.plain_present` + status._mandative: the tagger reads "the bloc first agree" as a present
    got = dyads_status("Hungary insisted on Monday that the EU first agree on a plan for Ukrainian grain imports.",
                       "2024-01-10")
    assert ("HUN", "EU", "REQUEST", "occurred") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)


def test_a_negative_subject_denies_its_verbs_act():
    got = in_document(["None of the EU ambassadors met Lukashenko on Monday.", "No agreement was reached between Russia and "
               "Ukraine.", "Nobody from Lithuania attended the talks with Belarus."], "2024-05-10")
    assert ("EU", "BLR", "CONSULT", "denied") in got[0] and ("EU", "BLR", "CONSULT", "occurred") not in got[0]
    assert ("RUS", "UKR", "AGREE", "denied") in got[1]
    assert ("LTU", "BLR", "CONSULT", "denied") in got[2]
    # (a subject that is no negation is left alone)
    assert ("EU", "BLR", "CONSULT", "occurred") in in_document(["The EU ambassadors met Lukashenko on Monday."],
                                                               "2024-05-10")[0]


# --- explicit non-events: a date left unfixed (syntax.yaml `no_date`: of, open, yet) ---
def test_a_visit_whose_date_is_left_open_is_no_event():
    assert dyads("The date of Tokayev's next visit to Tashkent has not been set.") == set()
    assert dyads("The timing of Tokayev's next trip to Tashkent has yet to be determined.") == set()
    assert dyads("Officials said the date of Tokayev's trip to Tashkent was still undecided.") == set()
    # (a date fixed: the visit planned)
    assert ("KAZ", "UZB", "CONSULT") in dyads("The date of Tokayev's visit to Tashkent was set for 12 May.",
                                              "2024-05-10")


@pytest.mark.coder("learned")
def test_neither_nor_subject_denies_the_act() -> None:
    # "neither X nor Y <verb>": the act is denied for each conjunct, as "none of them" or "no state"
    got = dyads_status("Neither Estonia nor Latvia has been asked by Minsk to provide any help.")
    assert got == {("BLR", "EST", "REQUEST", "denied"), ("BLR", "LVA", "REQUEST", "denied")}
    got = dyads_status("Neither Germany nor France signed the declaration with Russia.")
    assert ("DEU", "RUS", "AGREE", "denied") in got
    assert not any(st == "occurred" for *_, st in got)
    # (a plain conjunction stays occurred)
    assert ("DEU", "RUS", "AGREE", "occurred") in dyads_status("Germany and France signed the declaration with Russia.")


def test_a_thing_not_ruled_out_is_possible_not_rejected_nor_denied() -> None:
    for text in ("Ankara refused to rule out talks with Damascus.", "Ankara did not rule out a meeting with Damascus."):
        got = dyads_status(text)
        assert ("TUR", "SYR", "CONSULT", "hypothetical") in got, text
        assert not any(t == "REJECT" or st == "denied" for _, _, t, st in got), text
    # (ruling it out is the refusal)
    assert ("TUR", "SYR", "REJECT", "occurred") in dyads_status("Ankara ruled out talks with Damascus.")


def test_force_not_ruled_out_is_a_threat_made_whatever_the_modal_in_its_words() -> None:
    assert ("CHN", "TWN", "THREATEN", "occurred") in dyads_status(
        "Beijing would not rule out the use of military force against Taiwan.")


def test_an_act_one_offers_to_help_others_do_is_not_done_yet() -> None:
    got = dyads_status("Moscow offered to help Baku and Yerevan sign a peace treaty.")
    assert ("AZE", "ARM", "AGREE", "planned") in got
    assert not any(st == "occurred" for *_, st in got)
    # (help given: the act done)
    assert ("AZE", "ARM", "AGREE", "occurred") in dyads_status("Moscow helped Baku and Yerevan sign a peace treaty.")


def test_an_act_that_still_has_no_date_is_no_event():
    # convention 10: "the next round of talks still has no date" (an act with no date of its own), as "no date has
    # been set for the talks"
    assert dyads("The next round of talks between the Armenian and Azerbaijani foreign ministers still has no date.") \
        == set()
    assert ("ARM", "AZE", "CONSULT") in dyads(
        "The next round of talks between the Armenian and Azerbaijani foreign ministers has a date: 3 May.")
