"""Joint and reciprocal acts, and the document's talks: the partners of an act done together
(`_across`, `_joint_partner`, `_drawn_in`), each other's acts, talks told again.
"""

from __future__ import annotations

from typing import Any

from dyadwatch.coder.base import DocState, Mention, _Trig
from dyadwatch.coder.tree.syntax import OWN_ORGANS, OWN_TALKS, _key, _one_side_ok, _Sent, _word_in
from dyadwatch.model import Event


class JointMixin:
    """TreeCoder's methods for this stage: joint and reciprocal acts, and the document's talks."""

    def _talks_topic(self, h: Any, by_head: dict[int, _Trig], verbs: frozenset[str] | None = None) -> bool:
        """The nominal act `h` stands in the object or passive subject of a verb of talks (`talk_topics`: "discussed
        the deployment of an airbase", "the deployment of an airbase was discussed"): the talks' topic (`verbs`: these
        verbs of talks instead)."""
        syn = self.syn
        topics = syn.talk_topics if verbs is None else verbs
        x = h
        for _ in range(4):
            if x.head.i == x.i:
                return False
            if (syn.has(x, "subject") or syn.has(x, "passive_subject")) and (
                    _key(x.head) in syn.topic_subjects or x.head.lower_ in syn.topic_subjects):
                return True  # («вопрос о размещении базы обсуждался»: a reflexive passive's subject is its topic)
            if syn.has(x, "object") or syn.has(x, "passive_subject"):
                t = by_head.get(x.head.i)
                return t is not None and t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in OWN_TALKS \
                    and (_key(x.head) in topics or x.head.lower_ in topics)
            if not (syn.has(x, "prep_object") or syn.has(x, "prep") and _key(x) in syn.preps["of"]
                    or syn.has(x, "compound") or syn.has(x, "noun_modifier")):
                return False
            x = x.head
        return False

    def _exclusive_pair(self, s: _Sent, a: Mention | None, b: Mention | None) -> bool:
        """Two mentions joined by an exclusive conjunction only (`exclusive_conj`: "neither Riga nor Tallinn", «ни
        Рига, ни Таллин»): each acts (or not) by itself, no joint party of the act with the other."""
        if a is None or b is None or not self.syn.exclusive_conj:
            return False
        lo, hi = (a, b) if a.start < b.start else (b, a)
        between = s.lower[lo.end:hi.start]
        return any(w in self.syn.exclusive_conj for w in between) \
            and all(w in self.syn.exclusive_conj or not any(ch.isalnum() for ch in w) for w in between)

    def _across(self, s: _Sent, t: _Trig, h: Any, tgt: list[Mention], scodes: list[str]) -> set[str]:
        """The codes of the parties of a joint act named in a comitative phrase below `h` ("with the EU",
        «с ЕС»), other than its subjects': the other side of the act, where subjects are named. Empty where
        none is, or where the phrase joins its party to the subjects ("together with", «совместно с»)."""
        words = self.syn.preps["comitative"]
        # the trigger, its words and their objects ("held joint exercises": the light verb's noun)
        heads = [h, *(s.tok(i) for i in range(t.start, t.end))]
        heads += [c for y in heads for c in y.children if self.syn.has(c, "object")]
        if not words or not scodes or any(_word_in(x, self.syn.preps["joint"]) for y in heads for x in (y, *y.children)):
            # ("joint exercises with Iran", «совместные учения с Ираном»: all take part together)
            return set()
        out: set[str] = set()
        for k, m in enumerate(s.mentions):
            if m not in tgt or k >= len(s.spans) or not s.spans[k] or not set(m.codes) - set(scodes):
                continue
            x = s.doc[max(s.spans[k])]
            for _ in range(8):
                if x.i == h.i or x.head.i == x.i:
                    break
                key = self._phrase_key(x)
                if key is not None and key in words and x.head.i not in {y.i for y in heads} and self._neighbour(s, x):
                    break  # (a border's neighbour, «договорились о патрулировании границы с Беларусью»: no side)
                if key is not None and key in words:
                    # the preposition's own token: "with" the head (English), «с» a case child (UD)
                    prep = x.head if self.syn.has(x, "prep_object") else \
                        next((g for g in x.children if self.syn.has(g, "case")), x)
                    # (not "together with Z"; not a means, "with the help of the ICRC"; not an absolute
                    # phrase, "with Turkey's minister mediating": Z is no side of the act)
                    if (prep.i == 0 or not _word_in(s.doc[prep.i - 1], self.syn.preps["co_actor"])) \
                            and not _word_in(x, self.syn.preps["comitative_means"]) \
                            and not self.syn.is_pos(x, "verb") and not any(self.syn.is_pos(c, "verb") for c in x.children):
                        out |= set(m.codes) - set(scodes)
                    break
                x = x.head
        if t.phrase.pattern.pos == "verb" and t.phrase.pattern.symmetric and t.phrase.pattern.type in OWN_TALKS:
            out |= self._object_side(s, h, tgt, scodes)  # (a meeting's: not the place troops deployed "near Ukraine")
        return out

    def _neighbour(self, s: _Sent, x: Any) -> bool:
        """The comitative phrase `x` names a border's neighbour (`border_nouns`): it hangs on a border noun, or
        stands right after one where the parse hangs it higher («об охране границы с Россией»)."""
        if _word_in(x.head, self.syn.border_nouns):
            return True
        first = min(t.i for t in x.subtree)
        return first > 0 and _word_in(s.doc[first - 1], self.syn.border_nouns)

    def _object_side(self, s: _Sent, h: Any, tgt: list[Mention], scodes: list[str]) -> set[str]:
        """The parties a joint verb's direct object names, other than its subjects' ("Iranian diplomats will meet their
        counterparts from France, Germany and Britain"): across the table from the subjects, not from each other."""
        below = {x.i for c in h.children if self.syn.has(c, "object") for x in c.subtree}
        out: set[str] = set()
        for k, m in enumerate(s.mentions):
            if m in tgt and k < len(s.spans) and s.spans[k] and s.spans[k] <= below:
                out |= set(m.codes) - set(scodes)
        return out

    def _agreed_each(self, t: _Trig, h: Any) -> bool:
        """A one-way act of `agreed_mutual` that its parties agree to take (its verb an open clause of a verb of
        accord): with no other party named, each takes it toward the other («Китай и Индия договорились отвести
        войска»)."""
        if t.phrase.pattern.type not in self.syn.agreed_mutual or not self.syn.has(h, "open_clause") or h.head.i == h.i:
            return False
        above = self._by_head.get(h.head.i)
        return above is not None and above.phrase.pattern.type == "AGREE" and above.phrase.pattern.symmetric

    def _reciprocal_after(self, h: Any) -> bool:
        """A reciprocal phrase («друг друга», «друг на друга») just after the verb `h` (or its one object), where the
        parse hangs it elsewhere or reads it as an adverb: «возлагают ответственность друг на друга», «стороны
        обвиняют друг друга» with «друг» attached to the clause before."""
        recip = self.syn.preps["reciprocal"]
        if not recip or not self.syn.is_pos(h, "verb"):
            return False
        doc = h.doc
        for j in (h.i + 1, h.i + 2):
            if j + 1 >= len(doc) or _key(doc[j]) not in recip:
                continue
            if j == h.i + 2 and not (doc[h.i + 1].head.i == h.i and self.syn.has(doc[h.i + 1], "object")):
                continue
            # the second «друг» right after, or after one preposition
            if _key(doc[j + 1]) in recip or j + 2 < len(doc) and self.syn.is_pos(doc[j + 1], "adposition") and _key(doc[j + 2]) in recip:
                return True
        return False

    def _shared_plural(self, s: _Sent, h: Any, own: list[Mention]) -> bool:
        """The plural act noun `h` of organisations named in it is coordinated to another organisation's
        name before it ("the EEU and the CIS Summits"): that one's act too."""
        k = s.at.get(h.head.i) if self.syn.has(h, "coordinated") and h.head.i < h.i else None
        return bool(own) and k is not None and self.syn.tagged(h, "plural") and s.mentions[k].kind == "igo" \
            and bool(s.mentions[k].codes) and all(m.kind == "igo" for m in own) and s.mentions[k] not in own

    def _drawn_in(self, s: _Sent, h: Any) -> list[Mention]:
        """The participants of the nominal act `h` (`drawn_in`), where two or more parties are named: the subject of a
        verb of taking part or of being drawn in, in a relative clause on the act («учения, к которым привлечены
        подразделения России и Белоруссии») or with the act in its phrase («в учениях участвуют военные ...»), or the
        parties of a phrase of participation on it («учения с участием военных России и Белоруссии»)."""
        syn = self.syn
        dr = syn.drawn_in
        # (a relative clause the parse hangs on the noun the act is the genitive of: «фаза учений, к которым ...»)
        nouns = [h, h.head] if h.head.i != h.i and self._case_key(h) in syn.preps["of"] else [h]
        holders = [c for n in nouns for c in n.children if syn.has(c, "relative") and _word_in(c, dr["verbs"])]
        if h.head.i != h.i and syn.has(h, "oblique") and _word_in(h.head, dr["verbs"]):
            holders.append(h.head)
        who: list[Mention] = []
        for v in holders:
            for c in v.children:
                if (syn.has(c, "subject") or syn.has(c, "passive_subject")) \
                        and not _word_in(c, syn.preps["relative_pronoun"]):
                    who += [m for m in self._deep(s, [c], []) if m not in who]
        for c in h.children:
            if syn.has(c, "oblique") and f"{self._case_key(c)} {_key(c)}" in dr["phrases"]:
                who += [m for m in self._deep(s, [c], []) if m not in who]
        if h.head.i != h.i and syn.has(h, "subject") and _word_in(h.head, dr.get("gathers", ())):
            # «учения собрали 200 тысяч военнослужащих России и Беларуси»: the troops gathered
            for c in h.head.children:
                if syn.has(c, "object"):
                    who += [m for m in self._deep(s, [c], []) if m not in who]
        # «учения, которые начались на полигонах Беларуси и России»: the grounds of two states, on the act or on a clause
        # of its own (a participle, a relative clause)
        for n in [h, *(c for c in h.children if syn.has(c, "relative"))]:
            for c in n.children:
                if syn.has(c, "oblique") and f"{self._case_key(c)} {_key(c)}" in dr.get("grounds", ()):
                    who += [m for g in c.children if self._case_key(g) in syn.preps["of"]
                            for m in self._actors_at(s, g) if m not in who]
        who = [m for m in who if m.codes and not m.location]
        return who if len({m.codes[0] for m in who}) >= 2 else []

    def _joint_at_home(self, a: str, src: list[Mention], tgt: list[Mention], ptype: str
                       ) -> tuple[str, str, Mention, Mention] | None:
        """A joint act whose parties on the parse's paths are two of one country `a`, not both its state's organs
        (a government and the rebels, the opposition): X -> X, where convention 7 allows it."""
        own = [m for m in [*src, *tgt] if m.codes == (a,) and not m.location and not m.anti and m.kind != "pronoun"]
        for ma in own:
            for mb in own:
                if mb is ma or mb.text == ma.text or {ma.sector, mb.sector} <= OWN_ORGANS:
                    continue  # (a parliament approving its president's request: one state's own business)
                e = Event(source=a, target=a, type=ptype, cameo="", source_sector=ma.sector, source_text=ma.text,
                          target_text=mb.text, target_sector=mb.sector)
                if _one_side_ok(e) or self._domestic(e):
                    return a, a, ma, mb
        return None

    def _joint_partner(self, s: _Sent, t: _Trig, h: Any, a: str) -> Mention | None:
        """A joint nominal act (`preps.joint`: "joint exercises") with one party named: its partner is
        the other country named in the clause, where the act goes or happens ("Russia will send
        paratroopers to Belarus for joint exercises")."""
        if t.phrase.pattern.pos != "noun" or not any(
                w in self.syn.preps["joint"] for w in [*s.lower[t.start:t.end], *(_key(c) for c in h.lefts)]):
            return None
        v = self._measure_head(s, h).head
        clause = self._clause_span(s, v if self.syn.is_pos(v, "verb") else h)
        return next((m for m in s.within(clause) if m.codes and m.codes[0] != a and not m.anti
                     and m.kind in ("country", "metonym")), None)

    def _told_again(self, s: _Sent, h: Any, src: list[Mention]) -> bool:
        """A verb of the document's talks whose subject names their parties, in a clause of its own,
        tells what they did ("the two leaders talked in person", "they discussed the gas price"): new,
        not a reference back as a noun is ("ahead of the meeting") or a verb in another's clause."""
        # (a relative clause with a subject of its own tells it too: "the first time the two leaders talked")
        return bool(src) and not self._subordinate_act(h) and not self.syn.has(h, "clause") \
            or bool(src) and (self.syn.has(h, "content_clause") or self.syn.has(h, "conj")) \
            or bool(src) and self.syn.has(h, "relative_clause") and any(self.syn.has(c, "subject") for c in h.children)

    def _told_by_pair(self, s: _Sent, h: Any, state: DocState) -> bool:
        """A noun of the document's talks in a sentence whose main verb's subject names their parties as
        a pair ("Aides of both presidents stressed the friendly tone of the meeting"): the sentence
        tells of the talks."""
        root = h
        while root.head.i != root.i:
            root = root.head
        subj = next((c for c in root.children if self.syn.has(c, "subject")), None)
        if subj is None or not state.talks_pair:
            return False
        inside = {x.i for x in subj.subtree}
        return any(m.kind == "group" and set(m.codes) == set(state.talks_pair) for m in s.within(inside))

    def _told_subject(self, h: Any) -> bool:
        """A noun of the document's talks that is the subject of the sentence's main verb is what the
        sentence tells ("The talks lasted six hours", "the Minsk-Moscow talks have been difficult"):
        news, not a reference back as a noun in another's phrase is ("ahead of the meeting")."""
        v = h.head
        return self.syn.has(h, "subject") and v.i != h.i and v.head.i == v.i

    def _joint_maker(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """The maker of a joint act named by a phrase on a verb whose doer the parse gives no actor ("the Ukrainian
        carrier, which was designed in cooperation with Belarusian engineers"): the verb's passive agent ("by
        Kyiv"); else the owner named on its product, the passive subject or the noun its clause hangs on ("the
        new Ukrainian rifle was designed ..."); else the one country the sentence names besides the partner."""
        syn = self.syn
        own = {c for m in tgt for c in m.codes}

        def other(ms: list[Mention]) -> list[Mention]:
            return [m for m in ms if m.codes and not set(m.codes) & own and not m.location]

        v = h.head
        if v.head.i != v.i and not syn.is_pos(v, "verb"):
            v = v.head  # (out of its preposition: "in cooperation with")
        if not syn.is_pos(v, "verb"):
            return []
        subj, passive = self._subject(v)
        if subj is not None and not passive:
            return []  # (a doer the parse names: its actors or none)
        agents = other([m for w, n in self._preps(v) if w == "by" for m in self._actors_at(s, n)])
        if agents:
            return agents
        products = [subj] if subj is not None else []
        if syn.has(v, "relative_clause") and v.head.i != v.i:
            products.append(v.head)
        made = other([m for x in products for m in self._actors_at(s, x)])
        if made:
            return made[:1]
        countries = {m.codes[0] for m in other(list(s.mentions)) if m.kind in ("country", "metonym", "person", "title")}
        if len(countries) != 1:
            return []
        return [m for m in other(list(s.mentions)) if m.codes[0] in countries][:1]

    def _across_table(self, s: _Sent, m: Mention, h: Any) -> bool:
        """Mention `m` is a partner of the act headed by `h`: in a phrase of `preps.comitative` or `between`
        ("agreed with Baku", "agreed on a truce with Kyiv") on the way up to `h`."""
        span = s.span_of(m)
        if not span:
            return False
        partners = self.syn.preps["comitative"] | self.syn.preps["between"]
        x = s.doc[min(span)]
        for _ in range(10):
            if x.i == h.i or x.head.i == x.i:
                return False
            if self.syn.has(x, "prep") and (x.lower_ in partners or _key(x) in partners):
                return True
            x = x.head
        return False

    def _participants(self, s: _Sent, h: Any, own: list[str],
                      verbs: dict[str, frozenset[str]] | None = None) -> tuple[Any, list[Mention]] | None:
        """The verb of taking part ("took part in", "joined"; or one of `verbs`) that a nominal event is the
        object of, and its subject's actors other than the event's own source."""
        syn = self.syn
        taking = syn.participation if verbs is None else verbs
        x = h
        # (three steps: a quantity's "of" phrase, "adopted all of the EU's sanctions")
        for _ in range(3):
            if x.head.i == x.i:
                return None
            if not (syn.has(x, "object") or syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "oblique")):
                return None
            x = x.head
            need = taking.get(x.lower_) or taking.get(_key(x))
            if need is None:
                continue
            if "" not in need and not any(_word_in(c, need) for c in x.children
                                          if syn.has(c, "object")):
                continue
            subj, passive = self._subject(x)
            if subj is None or passive:
                return None
            parts = [m for m in self._actors_at(s, subj) if not set(m.codes) & set(own)]
            return (x, parts) if parts else None
        return None
