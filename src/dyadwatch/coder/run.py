"""Which coder codes a language (DYADWATCH_CODER), and coding documents and short texts with it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from dyadwatch.coder.base import Coder, DocState
from dyadwatch.model import CleanDocument, Event, Sentence
from dyadwatch.nlp.reading import SentenceReading

_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def _coders(lang: str, dirs: tuple[Path, ...], allow_unknown: bool = False) -> Coder:
    choice = coder_choice()  # read each time: a changed or misspelt DYADWATCH_CODER is seen
    key = (lang, dirs, allow_unknown, choice)
    c = _CACHE.get(key)
    if c is None:
        c = _make_coder(lang, dirs, allow_unknown, choice)
        _CACHE[key] = c
    return c



_CACHE: dict[tuple, Coder] = {}


CODER_ENV = "DYADWATCH_CODER"  # "learned" (the default), "tree" or "model"


DEFAULT_CODER = "learned"  # the coder when DYADWATCH_CODER is unset or empty (issue 14: the rules and the model together)


CODERS = ("learned", "tree", "model")  # both, the rules alone, the model alone


REMOVED = ("rules", "tree-only")  # the English rule coder, and the tree without it, until it was removed


def coder_choice() -> str:
    """The coder DYADWATCH_CODER names (`CODERS`); `DEFAULT_CODER` when it is unset or empty.
    Any other value is an error (it once fell back to the rule coder without a word)."""
    import os

    from dyadwatch.errors import DyadwatchError

    choice = os.environ.get(CODER_ENV, "").strip() or DEFAULT_CODER
    if choice in REMOVED:
        raise DyadwatchError(f"{CODER_ENV}={choice!r}: the rule coder was removed (issue 13); "
                             f"the tree coder alone is {CODER_ENV}=tree")
    if choice not in CODERS:
        raise DyadwatchError(f"{CODER_ENV}={choice!r} is not a coder: use one of {', '.join(CODERS)}")
    return choice



class Uncoded(Coder):
    """A language the cleaner accepts but no parser and patterns serve (no
    coder/lang/<code>/syntax.yaml): its documents and sentences are stored, no events coded."""

    def code_sentence(self, text: str, state: DocState) -> list[Event]:
        return []


def _make_coder(lang: str, dirs: tuple[Path, ...], allow_unknown: bool, kind: str | None = None) -> Coder:
    """The coder of a language: the tree coder (coder/tree/) over the parse of the language
    the module names (`TREE_LANG`: Belarusian is parsed and coded as Russian, respelled by its
    `parse_spelling`), or the learned coder over the tree's candidates where chosen
    (learned/coder.py). A language with no patterns (German, Polish, ... today) is `Uncoded`."""
    from dyadwatch.coder.lexicon import LANG_DIR, _module
    from dyadwatch.coder.tree import TreeCoder

    mod = _module(lang)
    choice = kind or coder_choice()
    if choice in ("learned", "model"):
        from dyadwatch.learned.coder import LearnedCoder

        return LearnedCoder(lang, dirs, allow_unknown, model_only=choice == "model")  # type: ignore[return-value]
    tree_lang = getattr(mod, "TREE_LANG", lang)
    if not (LANG_DIR / tree_lang / "syntax.yaml").is_file():
        return Uncoded(lang, dirs, allow_unknown)
    coder = TreeCoder(tree_lang, dirs, allow_unknown)
    coder.date_lang = lang
    coder.spelling = getattr(mod, "parse_spelling", None)  # Belarusian letters as the Russian parser reads them
    return coder



def code_document(doc: CleanDocument, sentences: list[Sentence],
                  dictionary_dirs: Sequence[Path] = (), allow_unknown: bool = False,
                  readings: dict[int, SentenceReading] | None = None) -> list[tuple[int, Event]]:
    """Code every sentence in order; `readings`, where given, receives what the coder read in
    each sentence it read whole (sentence index -> SentenceReading) for the figures stage."""
    dirs = tuple(Path(d) for d in dictionary_dirs)
    state = DocState(pub_date=doc.pub_date)
    out: list[tuple[int, Event]] = []
    by_lang: dict[str, list[str]] = {}
    for s in sentences:
        by_lang.setdefault(s.lang or doc.lang or "en", []).append(s.text)
    for lang, texts in by_lang.items():
        coder = _coders(lang, dirs, allow_unknown)
        prepare = getattr(coder, "prepare", None)
        if prepare is not None:  # a tree coder parses the sentences that can hold events in one batch
            prepare(texts)
    for s in sentences:
        coder = _coders(s.lang or doc.lang or "en", dirs, allow_unknown)
        for e in coder.code_sentence(s.text, state):
            out.append((s.index, e))
        if readings is not None:
            r = getattr(coder, "reading", None)
            if r is not None and r.covers(s.text):
                readings[s.index] = r
    return out



def split_text(text: str, lang: str = "") -> list[tuple[int, str]]:
    """A light sentence split for short texts (offsets kept)."""
    if lang == "en":
        # the English splitter knows abbreviations ("U.S. Secretary of State ...")
        from dyadwatch.nlp.sentences import split_english

        return [(a, text[a:b]) for a, b in split_english(text) if text[a:b].strip()]
    out, pos = [], 0
    for m in _SPLIT.finditer(text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(o, s) for o, s in out if s.strip()]



def code_text(text: str, pub_date: str | None = None, lang: str = "en",
              dictionary_dirs: Sequence[Path] = (), state: DocState | None = None,
              allow_unknown: bool = False) -> list[Event]:
    """Code a short text; event start/end are offsets into `text`."""
    dirs = tuple(Path(d) for d in dictionary_dirs)
    coder = _coders(lang or "en", dirs, allow_unknown)
    st = state if state is not None else DocState(pub_date=pub_date)
    st.pub_date = pub_date
    st.coded = set()  # one text is one item: its own events only
    out: list[Event] = []
    for off, s in split_text(text, lang or "en"):
        for e in coder.code_sentence(s, st):
            e.start += off
            e.end += off
            out.append(e)
    return out

