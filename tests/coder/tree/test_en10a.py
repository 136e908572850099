"""Sentences written for issue 14's tenth session (en10a: English recall on long analytical sentences, the sealed
genre); each asserts one mechanism of the tree coder's data."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")  # the tree alone: the rule coder's fallback must not hide a miss


def events(text: str, pub: str | None = "2024-01-10") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, "en")}


def pairs(text: str, pub: str | None = "2024-01-10") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "en")}


def test_a_stance_on_a_military_display_or_transfer_is_aimed_at_its_maker():
    # syntax.yaml `reacted.nouns` (show of force, patrol, transfer ...): "..., a show of force Riga called a provocation"
    got = pairs("Russian and Belarusian warplanes held a joint air patrol near the Latvian border, a show of force "
                "that Riga called a provocation.")
    assert {("LVA", "RUS", "ACCUSE"), ("LVA", "BLR", "ACCUSE")} <= got
    got = pairs("Moscow said its Iskander launchers had arrived in Belarus, a transfer that the Polish foreign "
                "minister denounced as reckless.")
    assert ("POL", "RUS", "ACCUSE") in got


def test_a_bare_noun_in_a_content_clause_yields_to_the_parties_named_beside_it():
    # coder/tree/phrases.py `_deep`: "fighters" lent a country by the context is no better target than the
    # coordinated adjectives of the clause's subject
    got = pairs("The Belarusian KGB alleged on Monday that Latvian and Estonian intelligence officers were "
                "recruiting fighters.")
    assert {("BLR", "LVA", "ACCUSE"), ("BLR", "EST", "ACCUSE")} <= got


def test_a_speakers_request_coordinated_after_a_content_clause_is_the_speakers():
    # syntax.yaml `speaker_conj`: "said that ... had been used ... and urged Minsk to ..."
    got = events("Kyiv's foreign ministry said on Tuesday that Belarusian airfields had been used to launch drones "
                 "and urged Minsk to close them to Russian aircraft.")
    assert ("UKR", "BLR", "REQUEST", "occurred") in got
    got = pairs("Vilnius said the situation on the frontier was tense and accused Minsk of staging provocations.")
    assert ("LTU", "BLR", "ACCUSE") in got
    # (a clause told after its act keeps the act's subject: "India has done A and asked B, the ministry said")
    got = pairs("Poland has shut two crossings and asked Belarus to recall its consul, the foreign ministry said.")
    assert ("POL", "BLR", "REQUEST") in got


def test_money_offered_to_a_party_is_aid_planned():
    # patterns.yaml 071 with "offer" (convention 5): "offered Vilnius €20 million in funding"
    got = events("The European Commission offered Latvia €20 million in emergency funding to guard its border "
                 "with Belarus.")
    assert ("EU", "LVA", "AID", "planned") in got
    # (a reward offered is no aid)
    assert not any(t == "AID" for _, _, t, _ in events(
        "Washington offered a $5 million reward for information on the Belarusian hackers."))


def test_a_party_compensated_for_its_losses_is_paid_aid():
    # patterns.yaml 071 "compensate ... losses" over CAMEO 0842 (property returned, RETREAT)
    got = events("The Kremlin said it would compensate Minsk for its losses from the oil tax change if Belarus "
                 "signed the integration road maps.")
    assert ("RUS", "BLR", "AID", "hypothetical") in got
    assert not any(t == "RETREAT" for _, _, t, _ in got)


def test_the_party_at_whose_request_an_act_is_done_is_not_its_target():
    # coder/tree/roles.py: a `requested_at` phrase names the asker, no side of the act
    got = pairs("Turkey halted all flights to Minsk on Friday at the EU's request.")
    assert ("TUR", "BLR", "SANCTION") in got
    assert ("TUR", "EU", "SANCTION") not in got


def test_an_act_in_a_without_phrase_is_not_done():
    # syntax.yaml `negating_preps`: "without settling" is denied, as "failed to settle" is
    got = events("Putin and Lukashenka held talks in Minsk without settling their row over gas prices.")
    assert ("RUS", "BLR", "CONSULT", "occurred") in got
    assert ("RUS", "BLR", "AGREE", "occurred") not in got


def test_a_participle_after_a_condition_goes_with_the_speaker():
    # coder/tree/phrases.py `_conditions_converb`: the parse hangs ", accusing ..." on the condition's verb
    got = events("Warsaw said on Friday that it would close the last crossing if Belarusian guards escorted more "
                 "migrants to the fence, accusing Minsk of running a smuggling operation.", "2024-05-10")
    assert ("POL", "BLR", "ACCUSE", "occurred") in got


def test_more_wordings_of_the_sealed_genre():
    # patterns.yaml: one wording a class, each in a long sentence of its own
    assert ("NATO", "BLR", "ACCUSE") in pairs(
        "On Wednesday the NATO secretary general named Belarus a direct threat to the security of the alliance's eastern "
        "flank.")
    assert ("BLR", "RUS", "CONCEDE") in pairs(
        "Minsk handed the detained Russian contractors back to Moscow after a week of negotiations.")
    assert ("GBR", "BLR", "SANCTION") in pairs("Britain suspended operations at its embassy in Minsk on Tuesday.")
    assert ("LVA", "BLR", "REJECT") in pairs(
        "Riga has ignored Minsk's request to reopen the Paternieki checkpoint for buses.")
    assert ("RUS", "UKR", "ASSAULT") in pairs(
        "In February 2022 Russian troops advanced on Kyiv from Belarusian territory.")
    assert ("FIN", "RUS", "SANCTION") in pairs("Finland began turning away Russian citizens holding tourist visas.")
    assert ("BLR", "LTU", "COERCE") in pairs(
        "A Lithuanian lorry driver has been held in Brest on smuggling charges for a month, Vilnius said.")


def test_a_plain_form_after_a_singular_subject_is_a_demand():
    # syntax.yaml `tags.plain_present` + status._mandative: the tagger reads "the bloc first agree" as a present
    got = events("Hungary insisted on Monday that the EU first agree on a plan for Ukrainian grain imports.")
    assert ("HUN", "EU", "REQUEST", "occurred") in got
    assert not any(t == "AGREE" for _, _, t, _ in got)



def test_a_relative_clause_acting_on_its_noun_targets_the_party_the_noun_names():
    # syntax.yaml `gap_targets` + roles._gap_antecedent: "which Minsk refused to cooperate with"
    got = pairs("The UN experts' report, which Minsk refused to cooperate with, documented hundreds of cases of "
                "torture in Belarusian jails.")
    assert ("BLR", "UN", "REJECT") in got
    # ... and an envoy refused admission is barred (convention 6): "whom Vilnius refused to admit"
    got = pairs("The forum opened in Vilnius without Belarus's foreign minister, whom Lithuania had refused to admit.")
    assert ("LTU", "BLR", "SANCTION") in got
    assert ("LTU", "BLR", "REJECT") not in got


def test_the_agent_of_a_passive_meets_the_partner_its_talks_name():
    # coder/tree/roles.py: "the offer, repeated by Lukashenka during a meeting with Szijjarto"
    got = pairs("The proposal, first floated by Tokayev during Monday's meeting with the Chinese premier in Astana, "
                "envisages a new rail corridor.")
    assert {("KAZ", "CHN", "CONSULT"), ("CHN", "KAZ", "CONSULT")} <= got


def test_aid_handed_over_goes_to_the_one_a_relative_clause_promised_it():
    # syntax.yaml `relative_recipients`: "disbursed the first tranche of the loan it promised Minsk"
    got = events("Beijing has paid out the second instalment of the credit it pledged Belgrade last spring, the Serbian "
                 "finance ministry said.")
    assert ("CHN", "SRB", "AID", "occurred") in got


def test_the_blocs_possessive_after_a_preposition_of_membership_is_the_bloc():
    # coder/base.py `_igo_descriptions`: "participation in the bloc's activities" names the CSTO named before
    got = pairs("Armenia skipped the CSTO drills in Belarus because Yerevan has frozen its participation in the bloc's "
                "activities.")
    assert ("ARM", "CSTO", "SANCTION") in got
    # (the bloc's own thing stays its own: "the EU closed the bloc's airspace")
    assert ("EU", "BLR", "SANCTION") in pairs("The EU closed the bloc's airspace to Belarusian planes.")


def test_parties_counted_among_a_group_do_what_the_groups_relative_clause_says():
    # coder/tree/phrases.py `_counted_among` (syntax.yaml `among`): "were among the states that voted against"
    got = pairs("Belarus and Nicaragua were among the handful of countries that voted against the UN resolution on "
                "Tuesday.")
    assert {("BLR", "UN", "REJECT"), ("NIC", "UN", "REJECT")} <= got
