"""Trigger candidates read against the parse: the context that makes a matched pattern an act
(`_context_ok`, `_verb_read`), a trigger's head, and the verbs that stop another act (reversers).
"""

from __future__ import annotations

from typing import Any

from dyadwatch.coder.base import _contains, _contains_any, _Trig, _with_stems
from dyadwatch.coder.tree.syntax import BACKING_TYPES, KIND_TYPES, REVERSIBLE, _key, _Sent, _word_in


class TriggersMixin:
    """TreeCoder's methods for this stage: trigger candidates read against the parse."""

    def _verb_read(self, i: int) -> bool:
        # before the parse, a verb after words shaped like adjectives is left to it (the sentence is parsed);
        # with the parse, the verb stands where the parse reads one ("the tribunal acquitted the mayor")
        if self._pos is None:
            return True
        if self._pos[i] not in self.syn.pos["verb"] or self._sent_now is None:
            return False
        v = self._sent_now.tok(i)
        # the words before it are its subject: "the tribunal acquitted" ("-al" looked like an adjective)
        return any(c.i < v.i and (self.syn.has(c, "subject") or self.syn.has(c, "passive_subject")) for c in v.children)

    def _context_ok(self, t: _Trig, lower: list[str], n: int) -> bool:
        p = t.phrase.pattern
        if self._pos is not None and (len(t.phrase.slots) == 1 or p.pos == "verb"):
            first = t.start
            while self.syn.negated_verb_patterns and p.pos == "verb" and first + 1 < t.end \
                    and lower[first] in self.syn.negation_words:
                first += 1  # («не пропустили», «не видит необходимости»: the verb after the pattern's own negation)
            if p.pos == "verb" and first + 2 < t.end and lower[first + 1] in ("-", "‑"):
                first += 2  # a hyphenated verb is a verb by its last part ("test-fired": "test" reads as a noun)
            pos = self._pos[first]
            if p.pos == "verb" and pos in self.syn.pos["not_verb"] \
                    or p.pos == "noun" and pos in self.syn.pos["verb"] \
                    or p.pos == "noun" and len(t.phrase.slots) == 1 and pos in self.syn.pos["adjective"] \
                    and self._sent_now is not None and (self.syn.has(a := self._sent_now.tok(t.start), "copula_predicate")
                                                        or self.syn.has(a, "adjectival")):
                # ("strike back": a particle; "the remarks were offensive": an adjective, no offensive)
                return False  # the parse reads the word as the other part of speech ("held a call on Monday")
        if self._pos is not None and p.pos == "noun" and len(t.phrase.slots) == 1 and self._sent_now is not None \
                and p.type in KIND_TYPES and self._kind_modifier(self._sent_now.tok(t.start)):
            return False  # "attack helicopters", "war allies", "protest leaders": a kind of thing, no act
        if self._pos is not None and p.pos == "verb" and p.type in BACKING_TYPES and self._sent_now is not None \
                and self._describing_participle(a := self._sent_now.tok(t.start)) and not self._reaction_noun(a.head):
            # "forces backed by Russian warplanes attacked ...": who backs them describes them (not an act praised:
            # "..., a step praised by Washington", `_reacted_to`)
            return False
        if self._pos is not None and p.pos == "verb" and p.type in self.syn.agentless_participles \
                and self._sent_now is not None and self._agentless_participle(self._sent_now, self._sent_now.tok(t.start)):
            return False  # «освободить Навального, приговорённого к 19 годам»: background, its actor implicit
        if p.predicate and not p.with_:
            return True  # a characterisation: its `without` words are read in its predicate (`_roles`)
        sent = self._sent_now
        if p.source_sectors and p.pos == "verb" and sent is not None and self.syn.is_pos(sent.tok(t.start), "verb"):
            # a pattern for one kind of actor whose verb's subject is named as another kind: the pattern that
            # overlaps it reads it («перевозчики заблокировали пункт пропуска»: a protest; «Польша заблокировала
            # пункт пропуска»: a sanction)
            subj, passive = self._subject(sent.tok(t.start))
            named = self._named_in(sent, subj) if subj is not None and not passive else []
            if named and not any(m.sector in p.source_sectors for m in named):
                return False
        if p.intransitive and p.pos == "verb" and sent is not None and self.syn.is_pos(v := sent.tok(t.start), "verb"):
            # a verb read only with no party as its object (`intransitive`): "Israel struck Iran" is an attack, no
            # labour strike (the pattern that overlaps it reads it)
            if any(self._named_in(sent, c) for c in v.children if self.syn.has(c, "object")):
                return False
        if p.without and p.pos == "verb" and sent is not None and len(t.phrase.slots) == 1:
            # a `without` word heading the verb's object past the window ("hosts a Russian air base at
            # Kant", "hosts two Russian military facilities"): the object, not the act's
            v = sent.tok(t.start)
            heads = [c for c in v.children if self.syn.has(c, "object")]
            if p.source_sectors:
                # (or heading its phrase of `preps.without_phrase`: "added Belarus to its list of high-risk countries"
                # lists, admits no member)
                heads += [n for w, n in self._preps(v) if w in self.syn.preps["without_phrase"]]
            if any(w[-1] in (c.lower_, _key(c)) and _contains([x.lower_ for x in c.subtree if x.i <= c.i], w) is not None
                   for c in heads for w in p.without):
                return False
        if super()._context_ok(t, lower, n):
            return True
        if not p.with_ or not self.syn.object_lookback \
                or any(_contains(lower[max(0, t.start - 2):min(n, t.end + 3)], w) is not None for w in p.without):
            return False
        if p.pos == "noun":
            # a noun's `with` word further on that the parse hangs on it («о закрытии с 01:00 12 сентября
            # оставшихся пунктов пропуска»: a time between)
            if self._pos is None:
                after = lower[t.end:min(n, t.end + p.window + self.syn.object_lookback)]
                before = lower[max(0, t.start - self.syn.object_lookback):t.start]
                plural = self.vocab.plural_suffixes
                present = _with_stems(after, plural)  # (a phrase whose first word is not there is not read)
                return any(w and w[0] in present and _contains(after, w, plural=plural) is not None
                           or len(w) == 1 and w[0] in before for w in p.with_)
            sent = self._sent_now
            if sent is None:
                return False
            tok = sent.tok(t.end - 1)
            # ... or the verb it is the object of, the words between its own ("set a 30-day deadline")
            verb = {_key(tok.head), tok.head.lower_} if self.syn.has(tok, "light_object") and tok.head.i < tok.i else set()
            return any(len(w) == 1 and w[0] in verb for w in p.with_) \
                or self._with_heads(p, [c for c in tok.children if self.syn.has(c, "noun_modifier")])
        if self._pos is None:
            # before the parse: a `with` word further back may be the verb's object or passive subject
            # («Пункты пропуска на границе с Белоруссией были закрыты»); the parse decides below
            before = lower[max(0, t.start - self.syn.object_lookback):t.start]
            # (or further on than the window: «направил в Курскую область около 11 тысяч военнослужащих»)
            after = lower[t.end:min(n, t.end + p.window + self.syn.object_lookback)]
            return _contains_any((before, after), p.with_, self.vocab.plural_suffixes)
        sent = self._sent_now
        if sent is None:
            return False
        v = sent.tok(t.start)
        htoks = [c for c in v.children if self.syn.has(c, "light_object")]
        if self.syn.has(v, "relative_clause") and v.head.i < v.i:
            htoks.append(v.head)  # the noun a relative clause hangs on is its object ("the deal X and Y struck")
        # a contact clause misread as the verb's subject with its actors in apposition ("the deal Hungary
        # and Serbia struck": deal <- nsubj, Hungary <- appos): the noun is the object all the same
        htoks += [c for c in v.children if self.syn.has(c, "subject") and c.i < v.i
                  and any(self.syn.has(a, "apposition") and self.syn.is_pos(a, "name") for a in c.children)]
        return self._with_heads(p, htoks)

    def _with_heads(self, p: Any, heads: list[Any]) -> bool:
        """A `with` phrase of `p` read in the phrase of one of `heads` (the verb's objects, the noun's modifiers): a
        one-word phrase that heads it; a longer one among its own words ("gave Maduro a red-carpet welcome": past the
        window); or one whose first word heads it and whose other words follow it, its modifiers between ("ordered the
        ambassador and his diplomats to leave"); or one whose first word heads it and is itself a noun of the act
        (`_type_noun`: "held drills" for "drills near"). Not a phrase whose first word alone is something else: "described
        the war in Ukraine as ..." is no "war crimes", "crossed the median line" no "line of contact", "told fellow
        diplomats" no "diplomats to leave"."""
        plural = self.vocab.plural_suffixes
        for c in heads:
            key = _key(c)
            if any(len(w) == 1 and w[0] == key for w in p.with_):
                return True
            sub = list(c.subtree)
            seqs = ([x.lower_ for x in sub], [_key(x) for x in sub])
            words = set(seqs[0]) | set(seqs[1])
            for w in p.with_:
                if len(w) == 1 or w[0] not in words:
                    continue
                if any(_contains(seq, w, plural=plural) is not None for seq in seqs):
                    return True
                if w[0] not in (key, c.lower_):
                    continue
                tail = c.doc[c.i + 1:min(len(c.doc), c.right_edge.i + len(w))]
                if any(_contains(seq, w[1:], plural=plural) is not None
                       for seq in ([x.lower_ for x in tail], [_key(x) for x in tail])) or self._type_noun(p, w[0]):
                    return True
        return False

    def _type_noun(self, p: Any, word: str) -> bool:
        """`word` is, by itself, a noun trigger of `p`'s type (the act's own noun: "drills" for MOBILIZE)."""
        return any(ph.pattern.pos == "noun" and ph.pattern.type == p.type and len(ph.slots) == 1 and word in ph.slots[0]
                   for ph in self.lex.triggers.get(word, ()))

    def _adverb_trigger(self, s: _Sent, t: _Trig) -> bool:
        """A one-word verb trigger of `verb_adverbs` that modifies a verb ("jointly", "together")."""
        first = s.tok(t.start)
        return t.end - t.start == 1 and t.phrase.pattern.pos == "verb" and first.lower_ in self.syn.verb_adverbs \
            and not self.syn.is_pos(first, "verb") and first.head.i != first.i and self.syn.is_pos(first.head, "verb")

    def _trigger_head(self, s: _Sent, t: _Trig) -> Any:
        """The trigger's syntactic head: the verb of a verb pattern, the head noun of a noun one."""
        first = s.tok(t.start)
        if self._adverb_trigger(s, t):
            return first.head  # "Kazakh and Russian specialists jointly launched a satellite": the verb's act
        if t.phrase.pattern.pos == "verb" and self.syn.has(first, "aux") and t.end - t.start > 1 \
                and any(s.tok(i).i == first.head.i for i in range(t.start + 1, t.end)):
            return first.head  # "is committed to": the participle the auxiliary serves
        if t.phrase.pattern.pos == "verb" and (self.syn.is_pos(first, "verb") or t.end - t.start == 1):
            return first
        toks = [s.tok(i) for i in range(t.start, t.end)]  # (and "высоко оценила": the verb)
        ids = {x.i for x in toks}
        for x in toks:
            if x.head.i not in ids or x.head.i == x.i:
                return x
        return toks[-1]

    def _reversed(self, h: Any) -> str | None:
        """The CAMEO code of a verb that stops the act `h` ("stopped supplying"), else None."""
        x = self._reverser(h)
        if x is None and self.syn.reversing_adverbs and self.syn.is_pos(h, "verb"):
            # "will no longer send weapons to Ukraine": aid stopped by an adverb before the verb (`reversing_adverbs`)
            before = " ".join(w.lower_ for w in h.doc[max(0, h.i - 3):h.i])
            return next((code for phrase, code in self.syn.reversing_adverbs.items()
                         if before == phrase or before.endswith(" " + phrase)), None)
        return None if x is None else self.syn.reversers.get(x.lower_) or self.syn.reversers.get(_key(x))

    def _stops_an_act(self, h: Any) -> bool:
        """`h` stops another act of the sentence ("stopped supplying gas to Argentina"): that act,
        turned into a sanction (`_reversed`), is the event, not a reading of the stopping verb's own."""
        for i, t in self._by_head.items():
            if i != h.i and t.phrase.pattern.type in REVERSIBLE:
                x = self._reverser(h.doc[i])
                if x is not None and x.i == h.i:
                    return True
        return False

    def _reverser(self, h: Any) -> Any | None:
        """The verb that stops the act `h` ("stopped supplying"), else None."""
        x = h
        for _ in range(3):
            if x.head.i == x.i:
                return None
            if x.dep_ not in self.syn.labels["object"] | self.syn.labels["complement"] | self.syn.labels["passive_subject"]:
                return None  # (a passive's subject: "gas supplies to Belarus were cut")
            x = x.head
            if _word_in(x, self.syn.reversers):
                return x
        return None

    def _describing_participle(self, tok: Any) -> bool:
        """A passive participle that modifies a noun ("forces backed by Russian warplanes")."""
        return tok.head.i != tok.i and self.syn.has(tok, "noun_clause") and self.syn.tagged(tok, "participle") \
            and self.syn.is_pos(tok.head, "nominal")

    def _agentless_participle(self, s: _Sent, tok: Any) -> bool:
        """`tok` is a participle on a noun (`noun_clause`) none of whose phrases names a party (the parse's voice of a
        participle is no guide: «приговорённого» is read as active)."""
        if tok.head.i == tok.i or not self.syn.has(tok, "noun_clause") or not self.syn.is_pos(tok.head, "nominal") \
                or "Part" not in tok.morph.get("VerbForm"):
            return False
        inside = {x.i for c in tok.children for x in c.subtree}
        # (the mentions' places in the tree are not indexed yet while triggers are read: by their first token)
        return not any(m.codes and s.tok(m.start).i in inside for m in s.mentions)

    def _kind_modifier(self, tok: Any) -> bool:
        """A noun trigger that modifies another noun as a compound, naming its kind ("attack helicopters",
        "war allies", "protest leaders"), not the measure an act comes in ("an aid package": `preps.measure`)."""
        g = tok.head
        return g.i != tok.i and g.i > tok.i and self.syn.has(tok, "compound") and self.syn.is_pos(g, "noun") \
            and g.lower_ not in self.syn.preps["measure"]
