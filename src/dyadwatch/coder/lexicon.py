"""Event patterns and status cues (coder/lang/<code>/*.yaml) compiled for fast matching."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.datafiles import read_mapping
from dyadwatch.errors import InputError
from dyadwatch.nlp.actors import tokenize

LANG_DIR = Path(__file__).parent / "lang"
PARTICLES = frozenset("for on upon with to down up out off in at by of from into over back against".split())


@dataclass(frozen=True)
class Pattern:
    cameo: str
    type: str
    mode: str | None
    goldstein: float | None
    quad: int
    pos: str  # verb | noun
    with_: tuple[tuple[str, ...], ...] = ()
    without: tuple[tuple[str, ...], ...] = ()
    window: int = 6
    symmetric: bool = False
    visit: bool = False
    self_target: bool = False
    priority: int = 0
    recipient: bool = False  # the subject receives ("obtained a loan from B"): the giver is the source
    target_required: bool = False  # no event unless a target is named (`target_required`, `with_actor_pair`)
    source_sectors: tuple[str, ...] = ()  # the source must be of one of these sectors ("troops crossed into")
    predicate: bool = False  # a characterisation: only with an object and its predicate ("called the move a provocation")
    # no event where the verb's direct object names an actor: "dockers struck" is a labour strike,
    # "Israel struck Iran" an attack only
    intransitive: bool = False


@dataclass(frozen=True)
class Phrase:
    slots: tuple[frozenset[str], ...]
    pattern: Pattern
    text: str




@dataclass
class Lexicon:
    lang: str
    triggers: dict[str, list[Phrase]] = field(default_factory=dict)
    normalise: Callable[[list[str]], list[str]] | None = None
    standalone: frozenset[tuple[str, ...]] = frozenset()
    light_verbs: frozenset[str] = frozenset()  # verbs that give a noun trigger its subject


def _module(lang: str) -> Any:
    try:
        return importlib.import_module(f"dyadwatch.coder.lang.{lang}")
    except ImportError:
        return None


def _files(lang: str, name: str, dirs: Sequence[Path]) -> list[Path]:
    out = [LANG_DIR / lang / name]
    for d in dirs:
        out += [p for p in (Path(d) / "lang" / lang / name, Path(d) / "coder" / "lang" / lang / name)
                if p.is_file()]
    return [p for p in out if p.is_file()]


def _toks(text: str, norm: Callable[[list[str]], list[str]] | None) -> tuple[str, ...]:
    t = [w.lower() for w, _, _ in tokenize(str(text))]
    if norm is not None and t:
        t = [w.lower() for w in norm(t)]
    return tuple(t)


@lru_cache(maxsize=16)
def load_lexicon(lang: str = "en", dictionary_dirs: tuple[Path, ...] = ()) -> Lexicon:
    mod = _module(lang)
    norm = getattr(mod, "normalise", None) if mod else None
    inflect = getattr(mod, "inflect", None) if mod else None
    lex = Lexicon(lang, normalise=norm)
    for path in _files(lang, "patterns.yaml", dictionary_dirs):
        data = read_mapping(path, "pattern file")
        light = set(lex.light_verbs)
        for v in data.get("light_verbs") or []:
            for w in _toks(v, norm)[:1]:
                light.update(inflect(w, "verb") if (norm is None and inflect is not None) else [w])
        lex.light_verbs = frozenset(light)
        for i, spec in enumerate(data.get("patterns") or []):
            try:
                _compile(lex, spec, norm, inflect)
            except (KeyError, ValueError, TypeError) as exc:
                raise InputError(str(path), f"pattern {i + 1}: {exc}") from exc
    for key in lex.triggers:
        lex.triggers[key].sort(key=lambda p: (-len(p.slots), -p.pattern.priority, p.pattern.cameo, p.text))
    from dyadwatch.nlp.actors import NLP_DIR
    names = NLP_DIR / "lang" / lang / "actors.yaml"
    if names.is_file():
        lex.standalone = frozenset(_toks(w, norm) for w in (read_mapping(names, "pattern file").get("standalone") or []))
    return lex


PATTERN_KEYS = frozenset(("cameo", "type", "verbs", "nouns", "with", "without", "window", "symmetric", "visit",
                          "target_default_self", "target_required", "with_actor_pair", "recipient", "priority",
                          "source_sectors", "predicate", "intransitive"))


def _compile(lex: Lexicon, spec: dict[str, Any], norm: Any, inflect: Any) -> None:
    unknown = sorted(set(spec) - PATTERN_KEYS)
    if unknown:  # a misspelt key would otherwise be ignored without a word
        raise ValueError(f"unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(PATTERN_KEYS))})")
    code = str(spec["cameo"])
    info = cameo.lookup(code)
    ptype = str(spec.get("type") or info.plover_type)
    if not ptype:
        raise ValueError(f"no PLOVER type for CAMEO {code}")
    window = int(spec.get("window", 6))
    withs = tuple(sorted({_toks(w, norm) for w in spec.get("with") or []}))
    withouts = tuple(sorted({_toks(w, norm) for w in spec.get("without") or []}))
    for pos, key in (("verb", "verbs"), ("noun", "nouns")):
        pat = Pattern(code, ptype, info.mode, info.goldstein, cameo.quad_class(code), pos, withs, withouts,
                      window, bool(spec.get("symmetric")), bool(spec.get("visit")),
                      bool(spec.get("target_default_self")), int(spec.get("priority", 0)),
                      bool(spec.get("recipient")),
                      bool(spec.get("target_required") or spec.get("with_actor_pair")),
                      tuple(str(x) for x in spec.get("source_sectors") or ()), bool(spec.get("predicate")),
                      bool(spec.get("intransitive")))
        for phrase in spec.get(key) or []:
            toks = _toks(phrase, norm)
            if not toks:
                continue
            slots: list[frozenset[str]] = [frozenset([t]) for t in toks]
            if norm is None and inflect is not None:
                if pos == "verb":
                    slots[0] = frozenset(inflect(toks[0], "verb"))
                else:
                    slots[-1] = frozenset(inflect(toks[-1], "noun"))
            ph = Phrase(tuple(slots), pat, str(phrase))
            for first in sorted(slots[0]):
                lex.triggers.setdefault(first, []).append(ph)
