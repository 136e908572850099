"""Actor dictionaries: entities (language-independent) + names per language, and a fast matcher.

Data layout and format: src/dyadwatch/coder/lang/README.md. Users layer their own directories
(same layout: `data/actors.yaml`, `lang/<code>/actors.yaml`, or plain `actors.yaml` /
`actors.<code>.yaml`) over the package's with `--dictionary DIR`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.datafiles import read_mapping

NLP_DIR = Path(__file__).parent
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\w+|['’]s\b|[^\w\s]")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens with character offsets: words, "'s", and single punctuation marks."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


@dataclass(frozen=True)
class Role:
    role: str
    country: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # country | igo | person | organisation
    code: str  # the actor code events carry (country alpha-3 or IGO id)
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    members: tuple[str, ...] = ()  # an organisation's member countries, where the dictionary lists them
    border: bool = False  # a group that is a border crossing between its members (a place, no actor there)


@dataclass(frozen=True)
class NameEntry:
    tokens: tuple[str, ...]
    kind: str  # country | metonym | igo | person | organisation | role | sector
    ref: str  # entity id, role id or sector code
    case_sensitive: bool


@dataclass
class ActorDictionary:
    lang: str
    entities: dict[str, Entity]
    index: dict[str, list[NameEntry]] = field(default_factory=dict)  # first token key -> entries
    normalise: Callable[[list[str]], list[str]] | None = None
    misspelt: dict[str, list[NameEntry]] | None = None  # `_misspelt_country`'s index, built on first use

    def resolve_role(self, role: str, country: str, when: str | None) -> Entity | None:
        """The person holding `role` for `country` on date `when` (YYYY[-MM[-DD]]), if known."""
        if not when:
            return None
        w = (when + "-01-01")[:10] if len(when) == 4 else (when + "-01")[:10] if len(when) == 7 else when[:10]
        found = [e for e in self.entities.values() for r in e.roles
                 if r.role == role and r.country == country and (r.start or "0000") <= w
                 and (r.end is None or w < r.end)]
        return sorted(found, key=lambda e: e.id)[0] if found else None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for section, value in extra.items():
        if isinstance(value, dict):
            tgt = base.setdefault(section, {})
            for k, v in value.items():
                if isinstance(v, list) and isinstance(tgt.get(k), list):
                    tgt[k] = tgt[k] + [x for x in v if x not in tgt[k]]
                else:
                    tgt[k] = v
        elif isinstance(value, list):
            base[section] = list(base.get(section, [])) + [x for x in value if x not in base.get(section, [])]
        else:
            base[section] = value


def _entity_files(dirs: Sequence[Path]) -> list[Path]:
    files = [NLP_DIR / "data" / "actors.yaml"]
    for d in dirs:
        files += [p for p in (Path(d) / "data" / "actors.yaml", Path(d) / "entities.yaml") if p.is_file()]
    return files


def _name_files(lang: str, dirs: Sequence[Path]) -> list[Path]:
    files = [p for p in (NLP_DIR / "lang" / lang / "actors.yaml",) if p.is_file()]
    for d in dirs:
        files += [p for p in (Path(d) / "lang" / lang / "actors.yaml", Path(d) / f"actors.{lang}.yaml")
                  if p.is_file()]
        if lang == "en" and (Path(d) / "actors.yaml").is_file():
            files.append(Path(d) / "actors.yaml")
    return files


def language_normaliser(lang: str) -> Callable[[list[str]], list[str]] | None:
    try:
        mod = importlib.import_module(f"dyadwatch.coder.lang.{lang}")
    except ImportError:
        return None
    fn = getattr(mod, "normalise", None)
    return fn if callable(fn) else None


def _date(v: Any) -> str | None:
    return None if v is None else str(v)[:10]


@lru_cache(maxsize=16)
def load_actors(lang: str = "en", dictionary_dirs: tuple[Path, ...] = ()) -> ActorDictionary:
    ents: dict[str, Any] = {}
    for f in _entity_files(dictionary_dirs):
        _merge(ents, read_mapping(f, "dictionary file"))
    entities: dict[str, Entity] = {}
    for code in ents.get("countries") or {}:
        entities[code] = Entity(code, "country", code, "GOV")
    for code, attrs in (ents.get("igos") or {}).items():
        members = tuple(str(m) for m in ((attrs or {}).get("members") or ()))
        entities[code] = Entity(code, "igo", code, "IGO", members=members)
    for code, attrs in (ents.get("country_groups") or {}).items():
        # a name for several countries at once ("the Baltic states"): each member acts
        members = tuple(str(m) for m in ((attrs or {}).get("members") or ()))
        entities[code] = Entity(code, "group", code, "GOV", members=members, border=bool((attrs or {}).get("border")))
    for kind, section in (("person", "persons"), ("organisation", "organisations")):
        for eid, attrs in (ents.get(section) or {}).items():
            attrs = attrs or {}
            roles = tuple(Role(str(r["role"]), str(r.get("country") or attrs.get("country")),
                               _date(r.get("from")), _date(r.get("to"))) for r in attrs.get("roles") or [])
            entities[eid] = Entity(eid, kind, str(attrs.get("country") or eid), attrs.get("sector"), roles)
    names: dict[str, Any] = {}
    for f in _name_files(lang, dictionary_dirs):
        _merge(names, read_mapping(f, "dictionary file"))
    norm = language_normaliser(lang)
    d = ActorDictionary(lang, entities, {}, norm)
    kinds = {"countries": "country", "metonyms": "metonym", "igos": "igo", "persons": "person",
             "organisations": "organisation", "roles": "role", "sectors": "sector", "country_groups": "group"}
    for section, kind in kinds.items():
        for ref, forms in sorted((names.get(section) or {}).items()):
            for form in forms or []:
                _add(d, str(form), kind, str(ref))
    for lst in d.index.values():
        lst.sort(key=lambda e: (-len(e.tokens), e.kind, e.ref))
    return d


def _add(d: ActorDictionary, form: str, kind: str, ref: str) -> None:
    toks = [t for t, _, _ in tokenize(form)]
    if not toks:
        return
    cs = any(c.isupper() for c in form)
    if d.normalise is not None:  # morphology-rich language: match lemmas, case-insensitively
        toks = [t.lower() for t in d.normalise(toks)]
        cs = False
    if not cs:
        toks = [t.lower() for t in toks]
    entry = NameEntry(tuple(toks), kind, ref, cs)
    key = toks[0] if cs else "\x00" + toks[0]
    d.index.setdefault(key, []).append(entry)


@dataclass
class NameMatch:
    start: int  # token indexes, end exclusive
    end: int
    entry: NameEntry


def match_names(d: ActorDictionary, words: list[str], lower: list[str]) -> list[NameMatch]:
    """Longest-first, left-to-right, non-overlapping dictionary matches over a token list."""
    out: list[NameMatch] = []
    i, n = 0, len(words)
    idx = d.index
    while i < n:
        best: NameEntry | None = None
        for key in (words[i], "\x00" + lower[i]):
            for e in idx.get(key, ()):
                k = len(e.tokens)
                if best is not None and k <= len(best.tokens):
                    break
                seq = words if e.case_sensitive else lower
                if i + k <= n and tuple(seq[i:i + k]) == e.tokens:
                    best = e
                    break
        if best is None and (best := _misspelt_country(d, words, i)) is not None:
            out.append(NameMatch(i, i + 1, best))
            i += 1
        elif best is not None:
            out.append(NameMatch(i, i + len(best.tokens), best))
            i += len(best.tokens)
        else:
            i += 1
    return out


MISSPELT_MIN = 7  # the shortest country name read through a one-letter slip ("Ethopia", "Phillippines")


def _inner_deletions(w: str) -> set[str]:
    """The word with one of its inner letters left out (the first and last stay: a slip inside a name)."""
    return {w[:k] + w[k + 1:] for k in range(1, len(w) - 1)}


def _misspelt_country(d: ActorDictionary, words: list[str], i: int) -> NameEntry | None:
    """A capitalised word the dictionary lacks, one inner letter off one country's single-word name of 7 letters
    or more ("Ethopia" for Ethiopia, "Phillippines"), standing alone (no capitalised word beside it, not after
    "of": "British Columbia", "District of Columbia", "Columbia University" are names of their own)."""
    w = words[i]
    if len(w) < MISSPELT_MIN or not w.isalpha() or not w[:1].isupper() or not w[1:].islower():
        return None
    if i > 0 and (words[i - 1].lower() == "of" or i > 1 and words[i - 1][:1].isupper()) \
            or i + 1 < len(words) and words[i + 1][:1].isupper():
        return None
    if d.misspelt is None:
        d.misspelt = {}
        for lst in d.index.values():
            for e in lst:
                if e.kind == "country" and len(e.tokens) == 1 and len(e.tokens[0]) >= MISSPELT_MIN \
                        and e.tokens[0].isalpha():
                    for key in {e.tokens[0].lower()} | _inner_deletions(e.tokens[0].lower()):
                        d.misspelt.setdefault(key, []).append(e)
    lw = w.lower()
    found = {e.ref: e for key in {lw} | _inner_deletions(lw) for e in d.misspelt.get(key, ())
             if e.tokens[0].lower() != lw}
    return next(iter(found.values())) if len(found) == 1 else None
