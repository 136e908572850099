"""Methods several stages call, that neither library stage reaches (mentions, phrases): clauses
of time and circumstance, tenses, the agreement an act stands in, subordinate acts.
"""

from __future__ import annotations

from typing import Any

from dyadwatch.coder.base import Mention, _Trig
from dyadwatch.coder.tree.syntax import AGREEING, _key, _passive, _Sent, _word_in


class SharedMixin:
    """TreeCoder's methods for this stage: methods several stages call, that neither library stage reaches."""

    def _describes(self, m: Mention) -> bool:
        """A place in the phrase of an actor ("the leadership in Astana"), not where an act happens."""
        s = self._last[0]
        k = next((k for k, x in enumerate(s.mentions) if x is m), None) if s is not None else None
        if k is None or k >= len(s.spans) or not s.spans[k]:
            return False
        head = next((s.doc[i] for i in sorted(s.spans[k]) if s.doc[i].head.i not in s.spans[k]), None)
        x = head.head if head is not None else None
        if x is not None and (self.syn.has(head, "prep_object") or self.syn.has(head, "oblique")):
            x = x.head if self.syn.has(head, "prep_object") else x
            j = s.at.get(x.i)
            return j is not None and j != k and not s.mentions[j].location
        return False

    def _agreed_in(self, s: _Sent, h: Any, by_head: dict[int, _Trig]) -> Any | None:
        """The agreement (an AGREE trigger) in whose phrase or object the nominal act `h` stands ("reached
        agreement ... for a loan from Moscow", "agreed on a Russian loan"), else None."""
        x = self._measure_head(s, h)
        for _ in range(3):
            if x.head.i == x.i:
                return None
            if self.syn.has(x, "prep_object") or self.syn.has(x, "oblique") or self.syn.has(x, "object"):
                x = x.head
            elif self.syn.has(x, "prep"):
                x = x.head
            else:
                return None
            t = by_head.get(x.i)
            if t is not None:
                return x if t.phrase.pattern.type in AGREEING else None
        return None

    def _claim_of(self, h: Any) -> Any | None:
        """The verb claiming responsibility for the act `h` ("claimed responsibility for the attack": `own_claims`
        verbs, nouns, preps), or None."""
        oc = self.syn.own_claims
        if not oc:
            return None
        # the noun's phrase: "for" on "responsibility" (its preposition between), «за нападение» on «ответственность»
        for n in (h.head, h.head.head):
            if self.syn.has(n, "object") and _word_in(n, oc.get("nouns", ())) \
                    and _word_in(n.head, oc.get("verbs", ())) \
                    and any(x.i == h.i and w in oc.get("preps", ()) for w, x in self._preps(n)):
                return n.head
        return None

    def _time_clause(self, x: Any) -> bool:
        """`x` heads a clause of time ("after Russia imposed a ban", "when asked whether ...")."""
        syn = self.syn
        return self.syn.has(x, "adverbial_clause") and any((syn.has(c, "mark") or self.syn.has(c, "adverbial") and c.i < x.i)
                                         and (_key(c) in syn.preps["adjunct"] or c.lower_ in syn.temporal)
                                         for c in x.children)

    def _adjunct(self, x: Any) -> bool:
        """`x` is a verb's adjunct phrase of time or circumstance (`preps.adjunct`: "during the
        talks", "despite the negotiations"), whose event is no content of the verb."""
        if not self.syn.preps["adjunct"] or not self.syn.is_pos(x.head, "verb"):
            return False
        if self.syn.has(x, "prep"):
            return _key(x) in self.syn.preps["adjunct"]
        return self.syn.has(x, "oblique") and self._case_key(x) in self.syn.preps["adjunct"]

    def _set_against(self, c: Any) -> bool:
        """`c` is an adverbial clause set against the one it hangs on (`concessive`: "..., while Chile recalled its
        envoy"): its parties are its own, no content or other party of that clause's act."""
        return self.syn.has(c, "adverbial_clause") and any(
            self.syn.has(g, "mark") and g.lower_ in self.syn.concessive for g in c.children)

    def _happening_verb(self, h: Any) -> Any | None:
        """The verb of taking place (`status.occurrence`) or of breaking out (`unrest_verbs`) whose subject is the
        nominal act `h`, if any."""
        v = h.head
        if not self.syn.has(h, "subject") or v.i == h.i:
            return None
        return v if _word_in(v, self.syn.occurrence) or _word_in(v, self.syn.unrest_verbs) else None

    def _all_in(self, s: _Sent, r: Any) -> list[Mention]:
        """Every actor inside the phrase `r` (not inside its clauses), in order."""
        clause = self.syn.labels["clause"]
        found: list[Mention] = []
        stack = [r]
        while stack:
            t = stack.pop()
            k = s.at.get(t.i)
            if k is not None and s.mentions[k].codes and s.mentions[k] not in found:
                found.append(s.mentions[k])
            stack.extend(c for c in t.children if c.dep_ not in clause or c.dep_ in self.syn.labels["relative"])
        return found

    def _same_tense(self, a: Any, b: Any) -> bool:
        """Two verbs in one tense, as far as the parse tells: their Tense features where both have one,
        and their auxiliaries' statuses where `a` has one of its own ("closed ... and will reopen")."""
        ta, tb = set(a.morph.get("Tense")), set(b.morph.get("Tense"))
        if ta and tb and ta != tb:
            return False
        def aux(v: Any) -> set[str]:
            return {self.syn.aux[c.lower_] for c in v.children if self.syn.has(c, "aux") and c.lower_ in self.syn.aux}

        own = aux(a)
        return not own or own == aux(b)

    def _names_own_place(self, s: _Sent | None, v: Any) -> bool:
        """A coordinated verb whose own phrases (not its coordinated verbs') name a place of a country
        ("kidnapped foreign advisers and exploded bombs in the capital Kabul"): an act where it is
        done, not aimed at the party of the act it is joined to."""
        if s is None:
            return False
        inner = {x.i for x in v.subtree} - {x.i for c in v.children if self.syn.has(c, "coordinated")
                                            for x in c.subtree}
        return any(m.codes and m.kind in ("metonym",) or m.location and m.codes for m in s.within(inner))

    def _group_patient_act(self, s: _Sent, h: Any, ptype: str) -> bool:
        """The act `h` of type `ptype` (`group_patients`) is done to an unnamed group, its object (`_group_patient`)."""
        return ptype in self.syn.group_patients and any(
            self.syn.has(c, "object") and s.at.get(c.i) is None and self._group_patient(s, h, c) for c in h.children)

    def _group_patient(self, s: _Sent, h: Any, c: Any) -> bool:
        """The object `c` of the act `h` names an unnamed group (`unnamed_groups`), or is a nominal act (a trigger of
        its own, or a word of `h`'s or of its pattern's `with`: "prevented the rally") of one: its `by` phrase, or that of a passive participle
        on it, names the group ("the rally staged by students", "a strike by miners")."""
        groups = self.syn.unnamed_groups
        if _word_in(c, groups):
            return True
        if self.syn.border_nouns and c.i not in self._by_head and self._group_owned(c):
            return True  # (a group's place, not an act of its: "attacked a rebel camp", `border_nouns`; not "a prisoner swap")
        if self.syn.person_titles and self.syn.tagged(c, "proper") and any(
                self.syn.has(x, "compound") and not self.syn.tagged(x, "proper") and _word_in(x, self.syn.person_titles | groups)
                for x in c.children) and len({k for m in s.mentions if not m.location for k in m.codes}) <= 1:
            # (a titled person no dictionary names, in a sentence of one country: "arrested former minister Ivan
            # Petrov", `person_titles`; with another country named, he may be its)
            return True
        own = self._by_head.get(h.i)
        if c.i not in self._by_head and not (own is not None and (self._in_trigger(s, own, c)
                                                                   or (c.lower_,) in own.phrase.pattern.with_)):
            return False
        phrases = [*self._preps(c), *(x for g in c.children if self.syn.has(g, "noun_clause") and _passive(g, self.syn)
                                       for x in self._preps(g))]
        return any(w == "by" and _word_in(n, groups) for w, n in phrases)

    def _light_act(self, h: Any) -> bool:
        """A nominal act that is the object of a verb of the clause's own ("Israel reimposed blockades in
        the West Bank", "declared a state of siege in Haiti": its measure noun's): the clause's act, no
        background noun; a language with no `light_verbs` takes any verb, as `_roles` does, whose
        object is the act itself, not an act noun over it: «отрепетируют отражение агрессии»)."""
        g = h.head
        return g.i != h.i and self.syn.has(h, "object") and self.syn.is_pos(g, "verb") and not self._background(h) \
            and (_key(g) in self.lex.light_verbs or g.lower_ in self.lex.light_verbs
                 or not self.lex.light_verbs and not any(self.syn.has(c, "noun_modifier") for c in h.children
                                                         if self.syn.is_pos(c, "noun")))

    def _subordinate_act(self, h: Any) -> bool:
        """The verb `h` is another act's content or circumstance: under another trigger ("agreed to
        postpone the rally", "threatened to ban"), or in an adverbial or relative clause ("began a hunger
        strike to demand ...", "protests, which were suppressed", "..., saying he must resign")."""
        return self._subordinate_kind(h) is not None

    def _subordinate_kind(self, h: Any) -> str | None:
        """How the verb `h` is subordinate (`_subordinate_act`): "act" under another trigger, "clause" in an
        adverbial or relative clause, None where it is not."""
        x = h
        for _ in range(6):
            if x.head.i == x.i:
                return None
            if self.syn.has(x, "relative") and (_key(x.head) in self.syn.statements or x.head.lower_ in self.syn.statements):
                x = x.head  # ("issued a statement demanding that ...": the statement's content is the issuer's act)
                continue
            if self.syn.has(x, "adverbial_clause") and any(self.syn.has(c, "mark") and c.lower_ in self.syn.concessive
                                                           for c in x.children):
                x = x.head  # ("Although the US gave up its policy to isolate Russia, ...": a concession states a fact)
                continue
            if self.syn.has(x, "adverbial_clause") or self.syn.has(x, "relative"):
                return "clause"
            # (a coordinated act with a place of its own is an act of its own there: "kidnapped advisers and
            # exploded bombs in the capital Kabul")
            joined = self.syn.has(x, "coordinated") and x.i == h.i and self._names_own_place(self._sent_home, x)
            x = x.head
            if x.i in self._by_head and x.i != h.i and not joined:
                return "act"
        return None

    def _state_organ(self, s: _Sent, m: Mention) -> bool:
        """A state's organ, not its people: a capital, an organisation, a ministry or leader, or a
        country's name in the singular ("Lithuania", not "Lithuanians")."""
        if m.kind in ("metonym", "igo"):
            return True
        if m.kind in ("title", "person", "pronoun", "bare"):
            return m.sector in ("GOV", "IGO", "LEG")  # ("the next government": a sector word of the state)
        if m.kind != "country":
            return False
        toks = [s.doc[i] for i in sorted(s.span_of(m))]
        return bool(toks) and all(self.syn.is_pos(t, "name") and not self.syn.tagged(t, "proper_plural") and "Plur" not in t.morph.get("Number")
                                  and not t.lower_.endswith(tuple(self.syn.preps["people_endings"]))
                                  for t in toks)  # ("Georgians protested" read as a singular name: its people)

    def _background(self, h: Any) -> bool:
        """A noun in a phrase of time or circumstance, or a place (`preps.adjunct`, `preps.location`:
        "after a week of unrest", "in the current uprising"), up to the verb it hangs on."""
        syn = self.syn
        x = h
        for _ in range(4):
            if x.head.i == x.i or self.syn.is_pos(x, "verb"):
                return False
            key = self._phrase_key(x)
            if key is not None and (key in syn.preps["adjunct"] or key in syn.preps["location"]):
                return True
            if not (syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "oblique")
                    or syn.has(x, "noun_phrase")):
                return False
            x = x.head
        return False

    def _forces(self, s: _Sent, v: Any) -> bool:
        """The subject of verb `v` is armed forces: a plural military sector word ("troops",
        "peacekeepers"; actors.yaml `sectors: MIL`), not one commander or minister."""
        subj, passive = self._subject(v)
        if subj is None or passive:
            return False
        clause = self.syn.labels["clause"]
        heads = [subj, *(g for c in subj.children if self.syn.has(c, "prep") and _key(c) in self.syn.preps["of"]
                         for g in c.children if self.syn.has(g, "prep_object"))]  # "a deployment of troops"
        heads += [c for c in subj.children if self.syn.has(c, "oblique") and c.dep_ not in clause
                  and self._case_key(c) in self.syn.preps["of"]]
        return any((self.syn.tagged(t, "plural") or "Plur" in t.morph.get("Number"))
                   and any(e.kind == "sector" and e.ref == "MIL" and e.tokens == (t.lower_,)
                           for e in self.actors.index.get("\x00" + t.lower_, ()))
                   for t in heads)
