"""DYADWATCH_CODER=tree, English recall (tree-en2): characterisations and threats posed. Sentences
written for these tests (never gold sentences)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def events(text: str, pub: str | None = "2021-03-04", lang: str = "en") -> set[tuple]:
    return {(e.source, e.target, e.type, e.status) for e in code_text(text, pub, lang)}


def test_an_adjective_predicate_of_a_verb_of_calling_is_an_accusation():
    # the parse may hang the object on the adjective ("policy" a compound of "dangerous")
    assert ("POL", "RUS", "ACCUSE", "occurred") in events("Poland called Russia's policy dangerous.")
    assert ("LTU", "BLR", "ACCUSE", "occurred") in events("Lithuania called Minsk's actions unacceptable.")


def test_praise_in_the_predicate_is_no_accusation_wherever_it_stands():
    # `without` words are read in the predicate, not in a window of words
    assert not any(t == "ACCUSE" for _, _, t, _ in events("Latvia called the Russian proposal useful."))
    assert not any(t == "ACCUSE" for _, _, t, _ in events("Latvia called Russia a reliable partner."))


def test_a_characterisation_by_an_agent_on_an_apposition():
    # ("leader", a word of praise in the pattern's `without` list, stands before the verb; the
    # parse reads "dubbed" as a past tense)
    got = events("Alyaksandr Lukashenka, the long-serving Belarusian leader dubbed “a tyrant” by Vilnius, "
                 "promised last week to respond and threatened the envoy with expulsion.")
    assert ("LTU", "BLR", "ACCUSE", "occurred") in got


def test_a_threat_posed_by_a_possessor_to_the_speaker_s_country_is_the_speaker_s_accusation():
    got = events("Officials in Warsaw have said Minsk's plan to host missiles represents a threat to Poland.")
    assert ("POL", "BLR", "ACCUSE", "occurred") in got
    assert not any(t == "THREATEN" for _, _, t, _ in got)
    assert ("LTU", "BLR", "ACCUSE", "occurred") in events("Lithuania said Minsk's army presents a threat to Lithuania.")


def test_a_predicate_in_an_as_phrase_of_a_verb_of_describing_is_an_accusation():
    # `preps.predicate`; "describe" is neutral, so only with a word of blame (`with`)
    assert ("POL", "RUS", "ACCUSE", "occurred") in events("Poland described the Russian move as illegal.")
    assert ("LTU", "BLR", "ACCUSE", "occurred") in events("Lithuania described Minsk's actions as a provocation.")
    assert not any(t == "ACCUSE" for _, _, t, _ in events("Russia described relations with Belarus as stable."))
    assert not any(t == "ACCUSE" for _, _, t, _ in events("Poland described Russia as a reliable partner."))


def test_one_quoted_as_calling_is_the_one_who_calls():
    # the passive of "quoted" above is not that of "calling": its subject characterises
    got = events("Lukashenko was quoted by Interfax as calling the Lithuanian decision a provocation.")
    assert ("BLR", "LTU", "ACCUSE", "occurred") in got


def test_both_nations_are_the_parties_of_the_act_before_not_any_two_countries_it_named():
    from dyadwatch.coder.base import DocState

    state = DocState(pub_date="2021-03-04")
    code_text("Lithuania's foreign minister was quoted by Germany's Die Welt as calling Belarus's border "
              "policy a crude provocation.", "2021-03-04", "en", state=state)
    got = {(e.source, e.target, e.type) for e in code_text(
        "Both nations have accused each other of provocations.", "2021-03-04", "en", state=state)}
    assert {("LTU", "BLR", "ACCUSE"), ("BLR", "LTU", "ACCUSE")} <= got
    # a pair named coordinated stays "the pair"
    state = DocState(pub_date="2021-03-04")
    code_text("Belarus offered its good offices to ease the tensions between Russia and Turkey.", "2021-03-04",
              "en", state=state)
    assert state.last_pair is not None and set(state.last_pair) == {"RUS", "TUR"}


def test_calling_it_a_provocation_blames_the_doer_of_the_act_it_refers_to():
    # "it" is the act of the clause the participle hangs on; in a speaker's content clause the speaker calls
    got = events("Lithuania said on Monday that Belarus had resumed flights of migrants to Minsk, "
                 "calling it a dangerous provocation.")
    assert ("LTU", "BLR", "ACCUSE", "occurred") in got
    # the parse may read the predicate as a second object
    got = events("NATO said on Thursday that Russia has resumed a military buildup near Ukraine, "
                 "calling it a very regrettable step.")
    assert ("NATO", "RUS", "ACCUSE", "occurred") in got
    got = events("Belarus closed its border with Poland, calling it a necessary measure.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)


def test_a_speaker_calling_the_act_in_its_content_clause_unlawful_accuses_its_doer():
    # `preps.blame` on the content clause's verb (or one coordinated with it)
    assert ("UKR", "RUS", "ACCUSE", "occurred") in events("Ukraine says Russia illegally seized the ships.")
    got = events("Lithuania said Minsk acted in breach of international law by forcing the plane down.")
    assert ("LTU", "BLR", "ACCUSE", "occurred") in got
    # deeper, in a clause of its own, the word blames no one
    got = events("The UN said Uganda had granted asylum to Rwandans who entered the country illegally.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)
