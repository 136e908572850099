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
        """The event to keep if the model confirms it: the tree's reading, else the rule's."""
        ev = self.tree if self.tree is not None else self.rule
        assert ev is not None
        return ev


def propose(text: str, state, rule, tree) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """Candidates of one sentence. `rule` codes a copy of the document state, `tree` the
    state itself, so the document's memory (coreference, dates) advances once."""
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
    return list(by_key.values())
