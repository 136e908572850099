"""Candidate events of a sentence: what the rule coder and the tree coder propose, merged.

A candidate is one (source, target, type) that either coder codes, with the events each of
them gave for it (status, date, trigger offsets). The learned model then decides for each
candidate whether it is an event, and of which type (learned/coder.py).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from dyadwatch.model import Event

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("occurred", "planned", "forecast", "denied", "hypothetical")


@dataclass
class Candidate:
    source: str | None
    target: str | None
    type: str
    rule: Event | None = None  # the rule coder's event for this key, if any
    tree: Event | None = None  # the tree coder's event for this key, if any
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple[str | None, str | None, str]:
        return (self.source, self.target, self.type)

    @property
    def event(self) -> Event:
        """The event to keep if the model confirms it: the tree's reading, else the rule's,
        else the lexical one (learned/candidates.py `lexical_candidates`)."""
        ev = self.tree if self.tree is not None else (self.rule if self.rule is not None
                                                      else self.extra.get("lex"))
        assert ev is not None
        return ev


def propose(text: str, state, rule, tree, lexical: bool = True) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """Candidates of one sentence. `rule` codes a copy of the document state, `tree` the
    state itself, so the document's memory (coreference, dates) advances once. With
    `lexical`, a sentence where neither coder proposes anything gets the lexical candidates
    (cross-validation found them useful there, noise elsewhere)."""
    before = copy.deepcopy(state) if lexical and rule is not None else None
    rule_events = rule.code_sentence(text, copy.deepcopy(state)) if rule is not None else []
    tree_events = tree.code_sentence(text, state) if tree is not None else []
    by_key: dict[tuple, Candidate] = {}
    for which, events in (("rule", rule_events), ("tree", tree_events)):
        for e in events:
            k = (e.source, e.target, e.type)
            c = by_key.get(k)
            if c is None:
                c = by_key[k] = Candidate(e.source, e.target, e.type)
            if getattr(c, which) is None:
                setattr(c, which, e)
    if before is not None and not by_key:  # only where neither coder proposes anything
        for c in lexical_candidates(text, before, rule):
            by_key.setdefault(c.key, c)
    return list(by_key.values())


def lexical_candidates(text: str, state, rule) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """High-recall candidates: every trigger of the lexicon, whatever its context rules say,
    with the nearest actor before it as source and the nearest other actor after it (else
    before it) as target; a symmetric act both ways. The model decides (most are not events)."""
    from dyadwatch.coder.engine import tokenize

    toks = tokenize(text)
    if not toks:
        return []
    words = [t[0] for t in toks]
    lower = [w.lower() for w in words]
    if rule.lex.normalise is not None:
        lower = [w.lower() for w in rule.lex.normalise(words)]
    trigs = rule.triggers(lower)
    if not trigs:
        return []
    mentions = [m for m in rule.mentions(words, lower, toks, text, state) if m.codes and not m.anti]
    if not mentions:
        return []
    out: list[Candidate] = []
    seen: set[tuple] = set()
    for t in trigs:
        p = t.phrase.pattern
        left = [m for m in mentions if m.end <= t.start]
        right = [m for m in mentions if m.start >= t.end]
        src_m = left[-1] if left else (right[0] if right else mentions[0])
        src = src_m.codes[0]
        tgts = [c for m in right for c in m.codes if c != src] + \
               [c for m in reversed(left) for c in m.codes if c != src]
        if len(src_m.codes) > 1 and src_m.codes[1] != src:  # "the two presidents": each other
            tgts.insert(0, src_m.codes[1])
        tgt = tgts[0] if tgts else None
        keys = [(src, tgt)] + ([(tgt, src)] if p.symmetric and tgt is not None else [])
        a, b = toks[t.start][1], toks[t.end - 1][2]
        for s_, g_ in keys:
            k = (s_, g_, p.type)
            if k in seen:
                continue
            seen.add(k)
            ev = Event(source=s_, target=g_, type=p.type, cameo=p.cameo, mode="lexical",
                       goldstein=p.goldstein, quad=p.quad, status="occurred",
                       date=state.pub_date, date_granularity=_granularity(state.pub_date),
                       trigger=text[a:b], start=a, end=b)
            out.append(Candidate(s_, g_, p.type, extra={"lex": ev}))
    return out


def _granularity(d: str | None) -> str | None:
    if not d:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(d))
