"""Sentences written for issue 14's eighth session (en8a: English, Belarus and its neighbours, wire and
think-tank style); each asserts one mechanism of the tree coder's data."""

from __future__ import annotations

from dyadwatch.coder import code_text


def pairs(text: str, pub: str | None = "2024-01-10", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_a_broker_beside_a_deal_is_no_party_and_gets_no_event():
    # syntax.yaml `mediation` (no `code`): the blind sets give a broker of a deal or talks no event
    got = pairs("Bolivia and Paraguay agreed on a new border regime under a compromise brokered by Uruguay.")
    assert {("BOL", "PRY", "AGREE"), ("PRY", "BOL", "AGREE")} <= got
    assert not any("URY" in (a, b) for a, b, _ in got)


def test_a_comitative_phrase_of_means_names_no_side():
    # preps.comitative_means: "with Chilean and OSCE mediation" is the means, its actors no partner
    got = pairs("With Chilean and OSCE mediation, Lima and Quito signed two fisheries accords in Santiago on Monday.")
    assert {("PER", "ECU", "AGREE"), ("ECU", "PER", "AGREE")} <= got
    assert not any({"CHL", "OSCE"} & {a, b} for a, b, _ in got)


def test_a_phrase_on_an_adverb_of_approach_is_the_verbs_own():
    # preps.approach: "closer to", "up to" carry the destination of a deployment
    assert ("EST", "RUS", "MOBILIZE") in pairs("Estonia will move 400 soldiers closer to the Russian border.")
    assert ("FIN", "RUS", "MOBILIZE") in pairs("Finland moved about a thousand troops up to its frontier with Russia.")


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state():
    # syntax.yaml `summoned` (English too): the agentless passive's actor is where the envoy goes
    assert ("RUS", "EST", "ACCUSE") in pairs("On Friday the Estonian chargé d'affaires was summoned to the "
                                            "ministry of foreign affairs of Russia.")
    # (one's own envoy called home is no protest against one's own state)
    assert not any(a == b for a, b, _ in pairs("Lithuania's ambassador to Belarus was summoned home for consultations."))


def test_a_second_verb_after_a_content_clause_of_no_actor_is_the_speakers():
    # coder/tree/phrases.py _speakers_conj: "X said <no actor> was ..., and accused Y": the parse hangs "accused" on "was"
    got = pairs("Estonian officials said the situation on the frontier was calm, and accused Moscow of lying.")
    assert ("EST", "RUS", "ACCUSE") in got


def test_telling_the_one_addressed_by_phone_is_a_phone_call():
    got = pairs("The Moldovan president told her Romanian counterpart by telephone that Chisinau would hold firm.")
    assert {("MDA", "ROU", "CONSULT"), ("ROU", "MDA", "CONSULT")} <= got
    assert not pairs("The Moldovan president told journalists by telephone that she would hold firm.")


def test_a_single_joint_patrol_or_drill_is_cooperation():
    got = pairs("Uzbek and Tajik frontier troops carried out a joint patrol on the river on Tuesday.")
    assert {("UZB", "TJK", "COOPERATE"), ("TJK", "UZB", "COOPERATE")} <= got
    got = pairs("Serbian paratroopers arrived in Belarus for a joint drill near Brest.")
    assert {("SRB", "BLR", "COOPERATE"), ("BLR", "SRB", "COOPERATE")} <= got


def test_a_measure_a_party_answers_with_is_its_act():
    # light_phrases "retaliate with", "respond with", "hit back with": the measure named is the subject's
    assert ("LVA", "RUS", "SANCTION") in pairs("Riga retaliated with an entry ban on dozens of Russian officials.")
    got = pairs("Tallinn hit back with sanctions against Russian judges.")
    assert ("EST", "RUS", "SANCTION") in got and ("EST", "RUS", "ASSAULT") not in got


def test_closing_some_of_the_crossing_points_is_a_sanction():
    # the singular "crossing point", "checkpoint" and a wider window for quantified objects
    assert ("EST", "RUS", "SANCTION") in pairs("Estonia will shut three more of its seven crossing points with Russia.")
    assert ("NOR", "RUS", "SANCTION") in pairs("Oslo closed all but one checkpoint on its frontier with Russia.")


def test_closing_the_skies_is_a_sanction_and_the_union_closing_them_no_ban_on_a_union():
    # "skies" among the SANCTION objects; "union" of a 172 ban no longer read back into "the European Union"
    assert ("EU", "BLR", "SANCTION") in pairs("The European Union closed its skies and airports to Belarusian planes.")
    assert ("EU", "BLR", "COERCE") not in pairs("The European Union closed its airports to Belarusian carriers.")
    assert ("BLR", "POL", "COERCE") in pairs("Minsk outlawed the Union of Poles in Belarus on Friday.")


def test_a_joint_exercise_of_a_kind_and_a_verdict_called_unjust():
    got = pairs("Kazakh soldiers arrived in Kyrgyzstan for a ten-day joint anti-terrorist exercise.")
    assert {("KAZ", "KGZ", "COOPERATE"), ("KGZ", "KAZ", "COOPERATE")} <= got
    # reacted.nouns "verdict": a stance on a verdict is aimed at the court's state
    got = pairs("A Russian court jailed the Estonian citizen for two years, a verdict Tallinn called politically motivated.")
    assert ("EST", "RUS", "ACCUSE") in got


def test_dismissing_a_vote_as_a_sham_is_criticism():
    assert ("LVA", "RUS", "ACCUSE") in pairs("Riga dismissed the vote in Russia as a sham.")
    assert ("UKR", "BLR", "ACCUSE") in pairs("Kyiv described the Belarusian drills as psychological pressure.")
    assert ("LTU", "BLR", "REJECT") in pairs("Vilnius dismissed Minsk's proposal as unrealistic.")  # (a proposal: refused)
