"""Stances and responses taken on another act: the act a reaction, a response, an answer or a
characterisation is about, and who made that act (`_act_maker`, `_reacted_to`, `_responded`).
"""

from __future__ import annotations

from typing import Any

from dyadwatch.coder.base import Mention, _Trig
from dyadwatch.coder.tree.syntax import REFUSING, STANCES, _key, _Sent, _word_in
from dyadwatch.model import Event


class ReactionsMixin:
    """TreeCoder's methods for this stage: stances and responses taken on another act."""

    def _answerer(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party that answers a nominal act of `answered` whose maker is named: the subject of the
        verb it is the object of ("Moscow rejected Minsk's request"), that verb's passive agent ("was
        granted by Moscow"), or the subject of the clause it is a phrase of ("Minsk freed him after
        Riga's request"); none where that party is its maker."""
        v, hops = h.head, 0
        while v.i != v.head.i and not self.syn.is_pos(v, "verb") and hops < 2:
            v, hops = v.head, hops + 1  # (out of its preposition: "after Riga's request")
        if v.i == h.i or not self.syn.is_pos(v, "verb"):
            return []
        own_act = self._by_head.get(v.i)
        if own_act is not None and own_act.phrase.pattern.type in ("SUPPORT", "ACCUSE"):
            return []  # ("Warsaw backed the opposition's call for a rerun": a stand on it, no answer)
        subj, passive = self._subject(v)
        if passive:
            cands = [m for w, n in self._preps(v) if w == "by" or w in self.syn.preps["passive_agent"]
                     for m in self._actors_at(s, n)]
        else:
            cands = self._actors_at(s, subj) if subj is not None else []
        own = {c for m in src for c in m.codes}
        return [m for m in cands if m.codes and not set(m.codes) & own and not m.location]

    def _act_noun(self, tok: Any) -> bool:
        return _key(tok) in self.syn.responded.get("nouns", ())

    def _calls_act(self, h: Any) -> bool:
        """A verb of characterising in a relative clause on a noun of an act (`responded.nouns`) with a
        subject and one word for what it calls it ("..., a move Minsk called aggression")."""
        if not (self._relative_on(h) and (self._reaction_noun(h.head) or self._clause_relative(h))) \
                or self._subject(h)[0] is None:
            return False
        objs, pred = self._predicated(h)
        objs = [o for o in objs if not _word_in(o, self.syn.preps["relative_pronoun"])]  # ("a move that Minsk called")
        return bool(objs) != bool(pred)

    def _clause_relative(self, h: Any) -> bool:
        """The relative clause `h` is set off and its relative pronoun is its object: it may speak of the act of the
        clause before it, not of the noun it hangs on ("tightened checks on Russian trucks, which Moscow called
        discrimination")."""
        return h.left_edge.i > 0 and h.doc[h.left_edge.i - 1].is_punct \
            and any(self.syn.has(o, "object") and _word_in(o, self.syn.preps["relative_pronoun"]) for o in h.children)

    def _act_maker(self, s: _Sent, n: Any, own: list[Mention]) -> list[Mention]:
        """The maker of the act the noun `n` names (`responded.nouns`): its possessor ("Vilnius's
        decision"); the subject of the clause it stands beside ("Lithuania halted the transit, a move
        ..."); else the named maker of the sentence's one other such noun ("condemned Vilnius's decision
        ... the step"). Never a party of `own`."""
        syn = self.syn
        # (or its maker in the genitive: «действия Вильнюса», `preps.noun_source`)
        makers = [m for c in n.children if syn.has(c, "possessor") or syn.has(c, "oblique")
                  and self._case_key(c) in syn.preps["noun_source"] for m in self._actors_at(s, c)]
        x = n
        for _ in range(2):  # (in apposition to the act's object: "shut the border crossing, a move ...")
            if not syn.has(x, "apposition") or x.head.i == x.i or not syn.has(x.head, "object"):
                break
            x = x.head
        v = x.head
        # (a second object after the verb's own, "halted the transit ..., a move Moscow called ...", stands
        # beside the clause as an apposition would)
        second = syn.has(n, "object") and any(syn.has(c, "object") and c.i < n.i for c in v.children)
        if not makers and v.i != x.i and syn.is_pos(v, "verb") and (x is not n or second or not any(
                syn.has(n, k) for k in ("subject", "passive_subject", "object", "prep_object", "relative_clause"))):
            doer, passive = self._subject(v)
            makers = self._actors_at(s, doer) if doer is not None and not passive else []
        if not makers:
            makers = [m for c in s.doc if c.i != n.i and self._act_noun(c)
                      for o in c.children if syn.has(o, "possessor") for m in self._actors_at(s, o)]
        codes = {c for m in own for c in m.codes}
        return [m for m in makers if m.codes and not set(m.codes) & codes and not m.location]

    def _responded(self, s: _Sent, t: _Trig, h: Any, src: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """A threat of a response to an act (`responded`): its subject is the act ("said the step will not
        remain without a response": the speaker threatens), or its clause is a relative clause on it ("a
        move Minsk called aggression and vowed to answer"); the target is the act's maker."""
        if not any(w in self.syn.responded.get("words", ()) for w in s.lower[t.start:t.end]):
            return src, []
        # (a response as the object of the act's own verb: "any attempt ... will cause a most rigid response")
        subj, passive = self._subject(h.head if self.syn.has(h, "object") and h.head.i != h.i else h)
        n = subj if subj is not None and not passive and self._act_noun(subj) else None
        if n is not None:
            src = self._speaker(s, n) or src  # (not the act's maker: "said Warsaw's move will not remain ...")
            self._said_threats.add(h.i)  # (the threat is the saying: "said the step will not remain ...")
        else:
            x = h
            for _ in range(3):
                if self.syn.has(x, "relative_clause") and self._act_noun(x.head):
                    n = x.head
                    break
                if x.head.i == x.i or not (self.syn.has(x, "conj") or self.syn.has(x, "open_clause")):
                    break
                if self.syn.has(x, "conj") and not any(self.syn.has(c, "subject") for c in x.children):
                    # "halted the transit, a move Minsk called aggression and vowed to answer", the second verb
                    # parsed as the main verb's: it continues the relative clause on the act noun just before it
                    rel = next((r for o in x.head.children if o.i < x.i and self._act_noun(o)
                                for r in o.children if self.syn.has(r, "relative_clause") and r.i < x.i
                                and x.i == r.right_edge.i + 2), None)
                    if rel is not None and (subj := self._subject(rel)[0]) is not None:
                        src = [m for m in self._actors_at(s, subj) if m.codes] or src
                        n = rel.head
                        break
                x = x.head
        if n is None or not src:
            return src, []
        return src, self._act_maker(s, n, src)

    def _relative_on(self, h: Any) -> bool:
        """`h` heads a relative clause on the noun above it: one proper, or a clause on a noun with a subject of its
        own (the parse's `noun_clause` for "a move Moscow called aggression")."""
        syn = self.syn
        return h.head.i != h.i and (syn.has(h, "relative_clause") or syn.has(h, "noun_clause") and any(
            syn.has(c, "subject") for c in h.children))

    def _reaction_noun(self, tok: Any) -> bool:
        """A noun of an act that a stance may be taken on (`reacted.nouns`, `responded.nouns`)."""
        return tok.lower_ in self.syn.reacted.get("nouns", ()) or _key(tok) in self.syn.reacted.get("nouns", ()) \
            or self._act_noun(tok)

    def _made_before(self, i: int, own: set[str]) -> set[str]:
        """The sources of the acts coded before token `i` in the sentence, less `own`."""
        return {c for j, cs in self._made.items() if j < i for c in cs} - own

    def _noun_act_makers(self, s: _Sent, n: Any, rel: Any, src: list[Mention]) -> list[Mention]:
        """The makers of the act a noun of an act `n` with the relative clause `rel` names (`_act_maker`); for one
        set off after a clause that the parse hangs on a word of that clause ("Japan lifted its curbs on Korea, a
        decision Seoul welcomed"), or with a relative clause set off ("signed a deal, which Athens says ..."), the
        makers of the act coded for the nearest verb above it, else that verb's subject."""
        syn = self.syn
        makers = self._act_maker(s, n, src)
        if makers:
            return makers
        own = {c for m in src for c in m.codes}
        if self._made.get(n.i, set()) - own:
            # (the noun is an act coded itself: "a military buildup near Kosovo that Pristina denounced": its makers)
            return self._mentions_of(s, self._made[n.i] - own)
        v = n.head
        while v.i != v.head.i and not syn.is_pos(v, "verb"):
            v = v.head
        made_by = self._made
        made = made_by.get(v.i, set()) - own if syn.is_pos(v, "verb") else set()
        if made:  # (the act coded for the verb whose object it is: "held drills that Vilnius called provocative")
            return self._mentions_of(s, made)
        edges = [n.left_edge, rel.left_edge]
        if syn.has(n.head, "prep") and n.head.i < n.i:
            edges.append(n.head)  # ("..., in a move Minsk called discriminatory": the phrase set off)
        if not any(x.i > 0 and s.doc[x.i - 1].is_punct for x in edges):
            return []
        # (the parse hangs the noun off the clause of its act: the act coded last before it, "Ties have grown
        # since Russia launched its offensive, a move China has not condemned")
        made = next((made_by[i] - own for i in sorted(made_by, reverse=True) if i < n.i and made_by[i] - own), set())
        if made:
            return self._mentions_of(s, made)
        if v.i == n.i or not syn.is_pos(v, "verb"):
            return []
        doer, passive = self._subject(v)
        return [m for m in (self._actors_at(s, doer) if doer is not None and not passive else [])
                if m.codes and not set(m.codes) & own and not m.location]

    def _act_referred(self, s: _Sent, c: Any, v: Any, src: list[Mention]) -> list[Mention]:
        """The makers of the acts coded before the verb `v` in the sentence, where the subject of its clause `c` is
        a definite noun of an act that names no maker ("..., which say the agreement violates their rights")."""
        subj, passive = self._subject(c)
        return self._noun_referred(s, subj, v, src) if subj is not None and not passive else []

    def _noun_referred(self, s: _Sent, subj: Any, v: Any, src: list[Mention]) -> list[Mention]:
        """`_act_referred` for the noun `subj` (also a passive's subject: "..., and the decision was welcomed by
        Seoul")."""
        syn = self.syn
        if not self._reaction_noun(subj) \
                or not any(syn.is_pos(d, "determiner") and _word_in(d, syn.preps["definite"]) for d in subj.children) \
                or any(syn.has(d, "possessor") for d in subj.children) or [m for m in self._actors_at(s, subj) if m.codes]:
            return []
        own = {x for m in src for x in m.codes}
        made = self._made_before(v.i, own)
        return list({m.codes[0]: m for m in self._mentions_of(s, made)}.values())

    def _participle_stances(self, events: list[Event], origin: dict[int, tuple[Any, str]]) -> None:
        """A stance (`reacted.types`) in a participle on another act's clause, coded against its own source
        ("demonstrators gathered outside the Russian embassy in Chisinau, accusing Moscow ...": no party named
        for the demonstrators but the place), is taken by the source that act was coded with."""
        syn = self.syn
        for e in events:
            if e.type not in syn.reacted["types"] or e.source is None or e.source != e.target or id(e) not in origin:
                continue
            h = origin[id(e)][0]
            if not (syn.tagged(h, "converb") and syn.has(h, "adverbial_clause")) or h.head.i == h.i:
                continue
            other = next((o for o in events if id(o) in origin and origin[id(o)][0].i == h.head.i
                          and o.source is not None and o.source != e.target), None)
            if other is not None:
                e.source, e.source_sector, e.source_text = other.source, other.source_sector, other.source_text

    def _reacted_to(self, s: _Sent, h: Any, src: list[Mention], prompted: bool = False) -> list[Mention]:
        """The maker of the act a stance with no party of its own (`reacted`) is taken on: the act its relative
        clause describes ("..., a move Athens condemned as piracy", `_act_maker`); else, where its object is a
        noun of an act with no maker named ("... denounced the deal") or it has none, and its clause hangs on a
        participle of `reacted.verbs` ("..., prompting Cairo to denounce the deal"), the makers of the act
        that participle's clause tells (coded before it). Never a party of `src`. An act `prompted` thus
        (`reacted.prompted`: "..., prompting Guyana to deploy soldiers") only in the participle's clause,
        its object naming no party."""
        syn = self.syn
        if not prompted and self._relative_on(h) and self._reaction_noun(h.head):
            return self._noun_act_makers(s, h.head, h, src)
        if not prompted and (made := self._misparsed_relative(s, h, src)):
            return made
        objs = [c for c in h.children if syn.has(c, "object")]
        own = {c for m in src for c in m.codes}
        if any([m for m in self._actors_at(s, o) if m.codes and not set(m.codes) <= own] if prompted
               else not self._reaction_noun(o) or any(syn.has(c, "possessor") for c in o.children)
               or [m for m in self._actors_at(s, o) if m.codes] for o in objs):
            return []  # (an object that names its own party: that party, not the act before)
        x = h
        while syn.has(x, "open_clause") and x.head.i != x.i:
            x = x.head  # "prompting Cairo to denounce": the participle
        if x is h and not prompted and objs and syn.has(h, "coordinated") and h.head.i != h.i \
                and any(syn.has(c, "subject") for c in h.children):
            # a clause of its own joined to the act's ("Serbia closed the crossing, and Pristina condemned the
            # move"): the makers of the act coded for the clause before
            return self._mentions_of(s, self._made.get(h.head.i, set()) - own)
        if x is h or not _word_in(x, syn.reacted.get("verbs", ())) or not syn.has(x, "adverbial_clause") \
                or x.head.i == x.i:
            return []
        made: set[str] = set()
        v = x.head
        for _ in range(4):  # (up a relative clause on the act's object: "signed a deal that ..., prompting ...")
            # (or the act its object names: "flew a joint patrol ..., prompting ...")
            made = (self._made.get(v.i, set()) or {c for o in v.children if syn.has(o, "object")
                                                    for c in self._made.get(o.i, set())}) - own
            if made or v.head.i == v.i:
                break
            v = v.head
        return self._mentions_of(s, made)

    def _prompted_clause(self, h: Any) -> bool:
        """`h` is in the open clause of a participle of `reacted.verbs` set on another act ("..., prompting Tokyo and
        Seoul to scramble jets"): a reaction of each party, no joint act."""
        x = h
        while self.syn.has(x, "open_clause") and x.head.i != x.i:
            x = x.head
        return x is not h and _word_in(x, self.syn.reacted.get("verbs", ())) and self.syn.has(x, "adverbial_clause")

    def _misparsed_relative(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """A relative clause on a noun of an act set off after a clause ("annexed two villages, a move Pristina, Berlin
        and the EU denounced"), parsed as a clause of its own: coordinated with the one before, its subject having
        the noun as a compound, or a second root right after the noun: the makers of the act coded for the clause
        the noun stands beside."""
        syn = self.syn
        subj, passive = self._subject(h)
        if subj is None or passive:
            return []
        first = subj.left_edge
        noun = next((c for c in subj.children if syn.has(c, "compound") and self._reaction_noun(c)), None)
        if noun is not None and syn.has(h, "coordinated") and h.head.i != h.i:
            beside = h.head
        elif noun is None and h.head.i == h.i and first.i > 0 and self._reaction_noun(s.doc[first.i - 1]) \
                and s.doc[first.i - 1].head.i not in (h.i, first.i - 1):
            noun = s.doc[first.i - 1]  # (the noun's clause is the verb it hangs on, the relative clause a root)
            beside = noun.head
        else:
            return []
        if noun.left_edge.i == 0 or not s.doc[noun.left_edge.i - 1].is_punct:
            return []
        own = {c for m in src for c in m.codes}
        return self._mentions_of(s, self._made.get(beside.i, set()) - own)

    def _calls_it(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` characterises the act of the clause it hangs on as a participle with a pronoun object after one of
        `reacted.absolutes` ("..., with an aide calling it propaganda": `_pronoun_act_party`)."""
        t = by_head.get(h.i)
        # (a bare participle of the clause's own subject is left as it was: "denied the report, calling it fake"
        # speaks of the report, no act of the clause)
        if t is None or not t.phrase.pattern.predicate or not self.syn.tagged(h, "converb") \
                or not self.syn.has(h, "prepositional") or h.head.lower_ not in self.syn.reacted.get("absolutes", ()):
            return False
        objs, pred = self._predicated(h)
        return bool(objs and pred) and all(o.lower_ in self.syn.reacted.get("pronouns", ()) for o in objs)

    def _drawn_stance(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is a participle of a stance drawn from another party (a `recipient` pattern: "..., drawing a rebuke
        from Brussels") on the clause it hangs on."""
        t = by_head.get(h.i)
        return t is not None and t.phrase.pattern.recipient and t.phrase.pattern.type in STANCES \
            and self.syn.tagged(h, "converb") and self.syn.has(h, "adverbial_clause")

    def _pronoun_act_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party of the act a characterisation with a pronoun object ("called it a blow") is said of, where
        the verb is joined to that act's clause ("Hungary signed the deal, and Kyiv called it a blow", "Kyiv
        rejected the Kremlin's offer, with an adviser calling it propaganda"): the maker of that clause's act,
        or the one it is aimed at where it is itself a stance on another's act (a refusal, an accusation)."""
        syn = self.syn
        x = h.head
        # («Литва закрыла границу, что Минск назвал провокацией»: a clause opened by a pronoun standing for the clause
        # before it, read as a content clause, its pronoun as the mark)
        which = syn.has(h, "content_clause") and not _word_in(x, syn.speech) \
            and any(syn.has(c, "mark") and _word_in(c, syn.preps["clause_pronoun"]) for c in h.children) \
            and not any(syn.has(c, "object") for c in h.children)
        if x.i == h.i or not (syn.has(h, "coordinated") or syn.has(h, "adverbial_clause") or syn.has(h, "prepositional")
                              or which):
            return []
        objs = self._predicated(h)[0]
        # a free relative in a phrase of manner on the act's clause is that act ("struck a village, in what Baghdad
        # called a violation": `reacted.free`, `free_preps`), not one on a clause of no act ("arrived for what
        # Minsk called a check")
        free = bool(objs) and syn.has(h, "prepositional") and x.lower_ in syn.reacted.get("free_preps", ()) \
            and all(o.lower_ in syn.reacted.get("free", ()) for o in objs)
        if not free and not all(o.lower_ in syn.reacted.get("pronouns", ()) for o in objs):
            return []  # ("arrived for what Minsk called a check": no act of the clause called so)
        if free:
            x = x.head
            while x.i not in self._by_head and syn.has(x, "adverbial_clause") and x.head.i != x.i \
                    and self._subject(x)[0] is None:
                x = x.head  # ("struck a boat, killing 11 people, in what Caracas called ...": the clause's act)
            if x.i not in self._by_head:
                return []
        elif syn.has(h, "prepositional"):
            if x.lower_ not in syn.reacted.get("absolutes", ()) or syn.is_pos(x, "verb"):
                return []
            x = x.head  # ("with an adviser calling it ...": through the preposition)
        t = self._by_head.get(x.i)
        if t is None and not syn.is_pos(x, "verb"):
            return []
        own = {c for m in src for c in m.codes}
        if t is not None and t.phrase.pattern.type in REFUSING | STANCES:
            codes = self._aimed.get(x.i, set()) - own
        else:
            doer, passive = self._subject(x)  # (the clause's subject before a partner: "Hungary signed ... with Gazprom")
            makers = [m for m in self._actors_at(s, doer) if m.codes and not set(m.codes) & own and not m.location] \
                if doer is not None and not passive else []
            if makers:
                return makers
            codes = self._made.get(x.i, set()) - own
        return list({m.codes[0]: m for m in self._mentions_of(s, codes)}.values())

    def _proposer(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """An answer to a proposal named by a noun of no maker (`answers.nouns`: "Belarus offered to pay, but the EU
        rejected the proposal", "Minsk demanded compensation, but Moscow rejected every request"): the makers of
        the sentence's acts coded before it, not the answerer."""
        syn = self.syn
        if not any(syn.has(o, "object") and (_key(o) in syn.answers.get("nouns", ()) or o.lower_ in syn.answers.get("nouns", ()))
                   and not any(syn.has(c, "possessor") or syn.has(c, "attribute") and c.i in s.at for c in o.children)
                   for o in h.children):
            return []
        own = {c for m in src for c in m.codes}
        made = self._made_before(h.i, own)
        return self._mentions_of(s, made)[:1] if len(made) == 1 else []

    def _bare_response(self, s: _Sent, t: _Trig) -> bool:
        """`t` is a threat triggered by a bare verb of response (`responded.to_come`: "will respond")."""
        p = t.phrase.pattern
        return p.pos == "verb" and p.type in self.syn.responded.get("types", ()) \
            and s.lower[t.start] in self.syn.responded.get("to_come", ())

    def _response_means(self, v: Any, by_head: dict[int, _Trig]) -> bool:
        """The verb of response `v` names its response as an act in a phrase of means (`responded.means`:
        "respond by tightening controls on exports")."""
        return any(self.syn.has(c, "prep") and _key(c) in self.syn.responded.get("means", ())
                   and any(g.i in by_head for g in c.subtree if g.i != c.i) for c in v.children)

    def _predicated(self, h: Any) -> tuple[list[Any], list[Any]]:
        """The objects of a verb of characterising and their predicates ("called the move a provocation")."""
        syn = self.syn
        objs = [c for c in h.children if syn.has(c, "object") and not syn.has(c, "predicate")]
        pred = [c for c in h.children if syn.has(c, "predicate")]
        # "described the move as illegal": the predicate in a phrase (`preps.predicate`)
        pred += [g for c in h.children if syn.has(c, "prep") and _key(c) in syn.preps["predicate"] for g in c.children]
        if not pred and len(objs) > 1:  # "calling it a step backward", parsed as two objects
            objs, pred = objs[:1], objs[1:]
        if not objs:  # "called Russia's policy dangerous", the object parsed as a compound of the adjective
            objs = [g for c in pred for g in c.children if syn.has(g, "compound") and g.i < c.i
                    and any(syn.has(x, "possessor") for x in g.children)]
        return objs, pred

    def _reaction_back(self, s: _Sent, t: _Trig, h: Any, src: list[Mention]) -> list[Mention]:
        """A reaction with no other party of its own (`reactions_back`) after another act told in the
        sentence («Израиль нанёс удар ...; Ливан назвал удар нарушением суверенитета», «..., что вызвало
        протест Варшавы»): aimed at that act's one maker (the acts coded before it), else at the subject
        of the clause before its own, else (the reaction opening its sentence) at the one party that acted in
        the sentence before. Only where what it reacts to is no more than a word referring back."""
        words = self.syn.reaction_words
        if self.syn.reactions_back_strict and not (
                t.phrase.pattern.pos == "verb" and not self.syn.has(h, "relative") and not self.syn.has(h, "noun_clause")
                and any(self.syn.has(c, "object") and not self._in_trigger(s, t, c) and (
                    self.syn.is_pos(c, "pronoun") or (_key(c) in words or c.lower_ in words) and any(
                        self.syn.is_pos(d, "determiner") and _key(d) in self.syn.preps["definite"] for d in c.children))
                    for c in h.children)):
            return []  # ("a claim New Delhi disputed", "rejecting Western claims": no act referred back)
        for c in h.children:
            if self._in_trigger(s, t, c) or not (self.syn.has(c, "object") or self.syn.has(c, "oblique")) \
                    or t.phrase.pattern.predicate and self.syn.has(c, "predicate"):
                continue  # (nor what a characterisation calls it: "called the move a mistake")
            if not (self.syn.is_pos(c, "pronoun") or _key(c) in words or c.lower_ in words or any(
                    self.syn.is_pos(d, "determiner") and _key(d) in self.syn.preps["definite"] for d in c.children)):
                if self.syn.has(c, "object"):
                    return []  # («осудил закон о ...»: a thing of its own, not the act before)
        own = {c for m in src for c in m.codes}
        made = self._made_before(h.i, own)
        if len(made) > 1:
            return []  # (two makers before it: which one it answers is not told)
        if made:
            return self._mentions_of(s, made)[:1]
        v = h
        while not self.syn.is_pos(v, "verb") and v.head.i != v.i:
            v = v.head  # (a noun's verb: «вызвало протест»)
        if self.syn.has(v, "adverbial_clause") and "Conv" in v.morph.get("VerbForm") and v.head.i < v.i:
            v = v.head  # («..., сообщили в Минобороны, назвав это провокацией»: the clause before the gerund's verb)
        before = [v.head] if v.head.i < v.i and (self.syn.has(v, "coordinated") or self.syn.has(v, "parataxis")
                                                   or self.syn.has(v, "relative")) else []
        before += [c for c in v.children if c.i < v.i and (self.syn.has(c, "coordinated") or self.syn.has(c, "parataxis"))]
        for b in before:
            if not self.syn.is_pos(b, "verb"):
                continue
            doer, passive = self._subject(b)
            if doer is None or passive:
                continue
            found = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own]
            if found:
                return found
        if before:
            return []
        acted = [c for c in getattr(self, "_acted_before", ()) if c not in own]
        if len(acted) != 1 or any(m.codes and m.start < t.start and m not in src and not m.location for m in s.mentions):
            return []  # (none or several acted before, or another party named before the reaction)
        return [Mention(t.start, t.end, (acted[0],), None, acted[0], "back")]
