"""The worked examples of coder/lang/README.md, run as written: each user dictionary there is
written to a directory, and each sentence is coded without it (nothing) and with it (the
event the README promises)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyadwatch.coder.lexicon import LANG_DIR
from dyadwatch.coder.run import code_text

README = LANG_DIR / "README.md"
BLOCK = re.compile(r"```(yaml|text)\n(.*?)```", re.S)


def worked_examples() -> list[tuple[dict[str, str], str, list[tuple[str, tuple[str, str, str]]]]]:
    """(files of the dictionary, language, [(sentence, (source, target, type))]) per example."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Worked examples"):]
    section = section[:section.index("\n## ", 10)]
    out = []
    files: dict[str, str] = {}
    for kind, body in BLOCK.findall(section):
        first, _, rest = body.partition("\n")
        if kind == "yaml":
            files[first.lstrip("# ").removeprefix("my-dictionary/")] = rest
            continue
        lang = first.lstrip("# ").strip()
        cases = []
        for line in rest.strip().splitlines():
            sentence, _, triple = line.rpartition(" -> ")
            s, t, ty = triple.split()
            cases.append((sentence, (s, t, ty)))
        out.append((files, lang, cases))
        files = {}
    return out


EXAMPLES = worked_examples()


def test_the_readme_has_an_english_and_a_russian_worked_example():
    assert {lang for _, lang, _ in EXAMPLES} == {"en", "ru"}
    assert all(files and cases for files, _, cases in EXAMPLES)


@pytest.mark.parametrize(("files", "lang", "cases"), EXAMPLES, ids=[lang for _, lang, _ in EXAMPLES])
def test_a_worked_example_codes_what_the_readme_says(files, lang, cases, tmp_path: Path):
    for rel, body in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    for sentence, triple in cases:
        before = {(e.source, e.target, e.type) for e in code_text(sentence, "2021-06-01", lang)}
        assert triple not in before, sentence
        after = {(e.source, e.target, e.type)
                 for e in code_text(sentence, "2021-06-01", lang, dictionary_dirs=[tmp_path])}
        assert triple in after, sentence
