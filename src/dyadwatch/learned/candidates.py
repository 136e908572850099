"""Candidate events of a sentence: what the tree coder proposes, with high-recall additions.

A candidate is one (source, target, type) that the tree coder codes (with its event: status,
date, trigger offsets), or that a lexical trigger or a repaired target proposes. The learned model then decides for each
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
    tree: Event | None = None  # the tree coder's event for this key, if any
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple[str | None, str | None, str]:
        return (self.source, self.target, self.type)

    @property
    def event(self) -> Event:
        """The event to keep if the model confirms it: the tree's reading, else the lexical or
        repaired one (`lexical_candidates`, `repair_candidates`)."""
        ev = self.tree if self.tree is not None else self.extra.get("lex")
        assert ev is not None
        return ev


def propose(text: str, state, tree, lexical: bool = True,  # type: ignore[no-untyped-def]
            repair: bool = False) -> list[Candidate]:
    """Candidates of one sentence. The tree coder codes the state itself, so the document's
    memory (coreference, dates) advances once. With `lexical`, a sentence where the tree
    proposes nothing gets the lexical candidates (cross-validation found them useful there,
    noise elsewhere). With `repair`, a self-targeted or untargeted event also proposes each
    other actor of the sentence as its target (`repair_candidates`). The tree coder also
    gives the lexicon and the actor mentions these read."""
    before = copy.deepcopy(state) if lexical or repair else None
    by_key: dict[tuple, Candidate] = {}
    for e in tree.code_sentence(text, state):
        k = (e.source, e.target, e.type)
        if k not in by_key:
            by_key[k] = Candidate(e.source, e.target, e.type, tree=e)
    if before is not None and repair and by_key:
        for c in repair_candidates(text, before, tree, list(by_key.values())):
            by_key.setdefault(c.key, c)
    if before is not None and lexical and not by_key:  # only where the tree proposes nothing
        for c in lexical_candidates(text, before, tree):
            by_key.setdefault(c.key, c)
    return list(by_key.values())


MAX_CODES = 5  # other actors tried as a repaired event's target (the sentence's first five)


def _parse(text: str, state, coder):  # type: ignore[no-untyped-def]
    from dyadwatch.nlp.actors import tokenize

    toks = tokenize(text)
    if not toks:
        return None
    words = [t[0] for t in toks]
    lower = [w.lower() for w in words]
    if coder.lex.normalise is not None:
        lower = [w.lower() for w in coder.lex.normalise(words)]
    mentions = [m for m in coder.mentions(words, lower, toks, text, state) if m.codes and not m.anti]
    return toks, lower, mentions


def _parse_of(text: str, tree):  # type: ignore[no-untyped-def]
    """The tree coder's parse of this sentence (after any dateline) and where it starts in
    `text`, else None (the tree coder did not parse it)."""
    last = getattr(tree, "last_doc", None)
    if last is not None:
        off = text.find(last[0])
        if off >= 0:
            return last[1], off
    return None


def _bucket(d: int) -> str:
    return "0" if d <= 0 else "1" if d == 1 else "2" if d == 2 else "3-5" if d <= 5 else "6-10" if d <= 10 else "11+"


def _label(tok) -> str:  # type: ignore[no-untyped-def]
    d = tok.dep_
    if d == "prep":
        d += ":" + tok.lower_
    case = next((c.lower_ for c in tok.children if c.dep_ == "case"), None)
    return d + (":" + case if case else "")


def dep_path(parse, toks, m, t0: int, t1: int) -> str:  # type: ignore[no-untyped-def]
    """The dependency path from a mention's head up to the lowest common ancestor and down
    to the trigger's head ("nsubj|", "nsubj|dobj", "pobj^prep:with|"), from the tree coder's
    parse; "none" where the sentence was not parsed."""
    if parse is None:
        return "none"
    doc, off = parse
    if toks[m.start][1] < off or toks[t0][1] < off:  # in the dateline, which was not parsed
        return "none"
    ms = doc.char_span(toks[m.start][1] - off, toks[m.end - 1][2] - off, alignment_mode="expand")
    ts = doc.char_span(toks[t0][1] - off, toks[t1 - 1][2] - off, alignment_mode="expand")
    if ms is None or ts is None or not len(ms) or not len(ts):
        return "none"
    up = [ms.root, *ms.root.ancestors]
    down = [ts.root, *ts.root.ancestors]
    at = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in at:
            j = at[t.i]
            if k > 3 or j > 3:
                return "far"
            return "^".join(_label(up[i]) for i in range(k)) + "|" + \
                "v".join(_label(down[i]) for i in reversed(range(j)))
    return "far"


def geometry(lower: list[str], mentions: list, source: str | None, target: str | None,  # type: ignore[type-arg]
             t0: int, t1: int, parse=None, toks=None) -> list[str]:  # type: ignore[no-untyped-def]
    """Where the source and target mentions stand to a trigger at tokens t0..t1: side,
    distance, whether nearest, the word before each, other actors between them, and the
    dependency path from each to the trigger where the tree coder parsed the sentence."""
    out: list[str] = []
    left = [m for m in mentions if m.end <= t0]
    right = [m for m in mentions if m.start >= t1]
    for role, code in (("s", source), ("g", target)):
        if code is None:
            out.append(f"{role}:none")
            continue
        ms = [m for m in mentions if code in m.codes]
        if not ms:
            out.append(f"{role}:absent")
            continue
        m = min(ms, key=lambda m: (max(t0 - m.end, m.start - t1 + 1, 0), m.start))
        side = "L" if m.end <= t0 else ("R" if m.start >= t1 else "in")
        d = (t0 - m.end) if side == "L" else (m.start - t1 if side == "R" else 0)
        near = (side == "L" and left and left[-1] is m) or (side == "R" and right and right[0] is m)
        prev = lower[m.start - 1] if m.start > 0 else "^"
        out += [f"{role}:side={side}", f"{role}:d={side}{_bucket(d)}", f"{role}:near={bool(near)}",
                f"{role}:prev={prev}", f"{role}:kind={m.kind}", f"{role}:loc={m.location}",
                f"{role}:first={m is mentions[0]}", f"{role}:group={len(m.codes) > 1}"]
        if toks is not None and parse is not None:
            path = dep_path(parse, toks, m, t0, t1)
            out += [f"{role}:dep={path}", f"{role}:dep1={path.split('|')[0].split('^')[0]}"]
    if source is not None and target is not None:
        sm = [m for m in mentions if source in m.codes]
        gm = [m for m in mentions if target in m.codes]
        if sm and gm:
            a, b = sm[0], gm[0]
            out.append(f"order={'sg' if a.start < b.start else 'gs' if b.start < a.start else 'same'}")
            lo, hi = min(a.end, b.end), max(a.start, b.start)
            out.append(f"between={min(sum(1 for m in mentions if m.start >= lo and m.end <= hi), 3)}")
    return out


def repair_candidates(text: str, state, tree, proposed: list[Candidate]) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """Convention 7: a country's act is rarely aimed at itself. For each coder's candidate
    that is self-targeted (X -> X) or untargeted (X -> none), the same event (trigger, status,
    date) with each other actor of the sentence as target, marked with where that actor
    stands to the trigger (`extra["geo"]`: side, distance, the word before it, its
    dependency path in the tree coder's parse). The model decides which, if any, is right."""
    todo = [c for c in proposed if c.source is not None and (c.target is None or c.target == c.source)]
    if not todo:
        return []
    parsed = _parse(text, state, tree)
    if parsed is None:
        return []
    toks, lower, mentions = parsed
    codes: list[str] = []
    for m in mentions:
        for code in m.codes:
            if code not in codes:
                codes.append(code)
    codes = codes[:MAX_CODES]
    parse = _parse_of(text, tree)
    starts = [t[1] for t in toks]
    out: list[Candidate] = []
    for c in todo:
        ev = c.event
        t0 = next((i for i, s in enumerate(starts) if s >= ev.start), len(toks) - 1)
        t1 = max(next((i for i, t in enumerate(toks) if t[2] >= ev.end), t0) + 1, t0 + 1)
        kind = "null" if c.target is None else "self"
        for g in codes:
            if g == c.source:
                continue
            e = copy.copy(ev)
            e.target = g
            geo = geometry(lower, mentions, c.source, g, t0, t1, parse, toks)
            out.append(Candidate(c.source, g, c.type, extra={"lex": e, "repair": kind, "geo": geo}))
    return out


def lexical_candidates(text: str, state, coder) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """High-recall candidates: every trigger of the lexicon, whatever its context rules say,
    with the nearest actor before it as source and the nearest other actor after it (else
    before it) as target; a symmetric act both ways. The model decides (most are not events).
    (Marking them with `geometry` as the repaired ones are was tried: cross-validated F1
    English 0.646 -> 0.649, Russian 0.663 -> 0.642.)"""
    from dyadwatch.nlp.actors import tokenize

    toks = tokenize(text)
    if not toks:
        return []
    words = [t[0] for t in toks]
    lower = [w.lower() for w in words]
    if coder.lex.normalise is not None:
        lower = [w.lower() for w in coder.lex.normalise(words)]
    trigs = coder.triggers(lower)
    if not trigs:
        return []
    mentions = [m for m in coder.mentions(words, lower, toks, text, state) if m.codes and not m.anti]
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
