"""Reading the project's and users' YAML data files (dyadwatch/datafiles.py)."""

from __future__ import annotations

from pathlib import Path

import dyadwatch
from dyadwatch.datafiles import load_yaml, read_mapping


def test_words_that_yaml_1_1_took_for_booleans_stay_words() -> None:
    # a denial cue "no", a preposition "on" or "off" in a word list is that word, not a boolean
    assert load_yaml("cues: [no, not, on, off, yes, y, n]") == {"cues": ["no", "not", "on", "off", "yes", "y", "n"]}
    assert load_yaml("a: true\nb: false\nc: True\nd: 3\ne: null") == {"a": True, "b": False, "c": True, "d": 3, "e": None}


def test_no_word_list_of_the_package_holds_a_boolean() -> None:
    def booleans(x, path=""):  # type: ignore[no-untyped-def]
        if isinstance(x, dict):
            return [b for k, v in x.items() for b in booleans(v, f"{path}/{k}")]
        if isinstance(x, list):
            return [f"{path}[{i}]" for i, v in enumerate(x) if isinstance(v, bool)] + \
                [b for v in x for b in booleans(v, path)]
        return []

    for path in sorted(Path(dyadwatch.__file__).parent.rglob("*.yaml")):  # (coder, figures, analysis settings)
        assert booleans(read_mapping(path, "data file")) == [], path
