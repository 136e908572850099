"""A country's name misspelt by one inner letter is still the country (plover-gsr's hand-typed wire copy)."""

from __future__ import annotations

from dyadwatch.nlp.actors import load_actors, match_names, tokenize


def refs(text: str) -> list[str]:
    d = load_actors("en")
    words = [t[0] for t in tokenize(text)]
    return [m.entry.ref for m in match_names(d, words, [w.lower() for w in words])]


def test_a_name_one_inner_letter_off_is_the_country():
    assert refs("Kazakstan has agreed to reopen its border.") == ["KAZ"]
    assert refs("The talks in Lithunia ended.") == ["LTU"]


def test_a_name_of_its_own_or_a_short_word_is_not_read_as_a_misspelt_country():
    # "Columbia" beside a capitalised word or after "of" is a name of its own, not Colombia
    assert "COL" not in refs("Students of Columbia University rallied on Monday.")
    assert "COL" not in refs("He moved to the District of Columbia last year.")
    # a slip at the word's edge or in a short name is not guessed at ("Indiana" is no "Indian")
    assert "IND" not in refs("Students in Indiana rallied on Monday.")
    assert refs("Iram said nothing.") == []


def test_more_capitals_stand_for_their_states():
    assert refs("Ouagadougou expelled the French ambassador.")[:2] == ["BFA", "FRA"]
    assert refs("Prisoners rioted at a jail in Dili.") == ["TLS"]
