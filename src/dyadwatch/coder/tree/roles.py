"""Source and target of a trigger from the tree (`_roles`, `_own_roles`): subjects, agents, objects,
prepositional phrases, possessors, and the readings of nominal acts and light verbs.
"""

from __future__ import annotations

from typing import Any

from dyadwatch.coder.base import Mention, _contains, _Trig
from dyadwatch.coder.tree.syntax import (
    ACCEPTED,
    AGREED_AID,
    EXPELLING,
    JOINT,
    OWN_TALKS,
    STANCES,
    UNTARGETED,
    _key,
    _passive,
    _Sent,
    _word_in,
)


class RolesMixin:
    """TreeCoder's methods for this stage: source and target of a trigger from the tree."""

    def _detached_agent(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A nominal act with no actor, in a phrase of an active verb, whose "by" phrase after the act
        the parse hung on that verb ("led to new sanctions against Peru, by Chile and Canada"): that
        phrase names the act's actors (`preps.detached_agent`)."""
        x = h
        for _ in range(5):
            if x.head.i == x.i or not self.syn.has(x, "prepositional"):
                return []
            x = x.head
            if self.syn.is_pos(x, "verb"):
                break
        else:
            return []
        if not self.syn.is_pos(x, "verb") or _passive(x, self.syn) \
                or any(self.syn.has(c, "passive_subject") for c in x.children):
            return []
        return [m for w, n in self._preps(x) if w in self.syn.preps["detached_agent"] and n.i > h.i
                for m in self._actors_at(s, n) if m not in tgt]

    def _pair_mates(self, s: _Sent, m: Mention, joint: bool = False) -> list[Mention]:
        """The actors hyphenated to the mention `m` (`preps.pair_joiners`): "the Belarus–Russia talks",
        where the parse hangs the first name outside the noun phrase of the act, names both; with `joint`
        ("joint Russia-Belarus Zapad-2021 exercises") also a name read as a part of the next name."""
        joiners = self.syn.preps["pair_joiners"]
        span = s.span_of(m)
        if not joiners or not span:
            return []
        a, b = min(span), max(span)
        out = []
        for j, o in ((a - 1, a - 2), (b + 1, b + 2)):
            if not (0 <= o < len(s.doc) and s.doc[j].text in joiners and not s.doc[min(j, o)].whitespace_
                    and not s.doc[j].whitespace_):
                continue
            x = next((x for n, x in enumerate(s.mentions) if x is not m and x.codes and not x.location
                      and s.toks[x.start][1] <= s.doc[o].idx < s.toks[x.end - 1][2]
                      and (joint or n < len(s.spans) and s.spans[n])), None)
            if x is not None:
                out.append(x)
        return out

    def _mediators_of(self, s: _Sent, h: Any) -> list[Mention]:
        """The mediators named on nominal act `h` by a word of mediation (`mediation.words`): "talks mediated by
        Turkey", "Turkish-mediated talks", "talks with Turkey mediating"."""
        words = self.syn.mediation.get("words", frozenset())
        out: list[Mention] = []
        for w in h.children:
            if not _word_in(w, words):
                continue
            for c in [w, *w.children]:
                for x in ([g for g in c.children if self.syn.has(g, "prep_object")] if self.syn.has(c, "agent") else [c]):
                    if x is w or self.syn.has(c, "agent") or self.syn.has(c, "noun_phrase") or self.syn.has(c, "subject"):
                        if not any(self.syn.has(g, "conj") for g in x.children):  # (a misparse: "by Lavrov, Armenia and ...")
                            out += [m for m in self._actors_at(s, x) if m.codes and m not in out]
                        elif not any(g.text == "," for g in x.children):  # ("brokered by Egypt and Qatar": both)
                            out += [m for y in (x, *(g for g in x.children if self.syn.has(g, "conj")))
                                    for m in self._actors_at(s, y) if m.codes and m not in out]
        return out

    def _announcer(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """The state that says its own agentless passive act (`announced_acts`) will be or was done: the speaker of
        the content clause it stands in, a party other than the one acted on ("Erdogan said the ambassadors of ten
        countries would be declared persona non grata")."""
        syn = self.syn
        subj, passive = self._subject(h)
        if not passive or any(syn.has(c, "agent") for c in h.children) or not syn.has(h, "content_clause") \
                or h.head.i == h.i or not _word_in(h.head, syn.speech):
            return []
        spk, spk_passive = self._subject(h.head)
        if spk is None or spk_passive:
            return []
        # (a border crossing acted on lies between the speaker and the other side: "Latvia said the Paternieki
        # crossing would be closed")
        acted_on = {c for m in tgt if not m.border for c in m.codes}
        return [m for m in self._actors_at(s, spk) if m.codes and not set(m.codes) & acted_on]

    def _joined_partners(self, s: _Sent, h: Any) -> list[Mention]:
        """The parties a verb of joining (`joined_in.verbs`) names as its object where the act `h` stands in its
        phrase (`joined_in.preps`): "joined the United States and Britain in announcing export controls"."""
        ji = self.syn.joined_in
        x = h
        for _ in range(5):
            if x.head.i == x.i:
                return []
            up = x.head
            if self.syn.has(x, "prep") and _key(x) in ji.get("preps", ()) and _word_in(up, ji.get("verbs", ())):
                return [m for c in up.children if self.syn.has(c, "object") for m in self._actors_at(s, c) if m.codes]
            if not (self.syn.has(x, "object") or self.syn.has(x, "prep_object") or self.syn.has(x, "clause")
                    or self.syn.has(x, "climb") or self.syn.has(x, "prep")):
                return []
            x = up
        return []

    def _reported_clauses(self, v: Any) -> list[Any]:
        """The clauses verb of saying `v` reports: its content clauses ("said that Kenya would ..."), or the
        clause it is set beside ("Kenya will ..., Museveni said")."""
        out = [c for c in v.children if self.syn.has(c, "content_clause")]
        if self.syn.has(v, "parataxis") and v.head.i != v.i:
            out.append(v.head)
        return out

    def _known_talks(self, h: Any) -> bool:
        """Talks noun `h` with a definite determiner, not a possessive ("after the talks", "during these
        consultations"): talks the text told of before."""
        return any(c.lower_ in self.syn.preps["definite"] and c.lower_ not in self.syn.preps["owner_pronoun"]
                   for c in h.children)

    def _group_talks(self, h: Any) -> bool:
        """Talks noun `h` whose own bare (genitive) modifier names who met, where the language marks case by a
        child (UD): «на встрече лидеров» is a meeting of many, not the speaker's talks with the one addressed."""
        if not self.syn.labels.get("case"):
            return False
        return any(self.syn.has(c, "noun_modifier") and self.syn.is_pos(c, "noun")
                   and not any(self.syn.has(g, "case") for g in c.children) for c in h.children)

    def _pair_people(self, n: Any) -> bool:
        """Noun `n` names people of a pair named elsewhere: "their ministers", "the two foreign ministers"."""
        return any(self.syn.has(c, "possessor") and c.lower_ in self.syn.preps["plural_pronoun"]
                   or c.lower_ in self.syn.preps["pair_words"] for c in n.children)

    def _clause_called(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """A stance (`h`) in a clause opened by a pronoun that stands for the clause before it (`preps.clause_pronoun`,
        read by the parse as a mark or an object, the clause as content or relative): the makers of that clause's act
        («Литва закрыла границу, что Минск назвал провокацией», «Польша ввела пошлины, что Минск осудил»)."""
        syn = self.syn
        if not syn.preps["clause_pronoun"] or h.head.i == h.i or syn.has(h, "subject") or syn.has(h, "object"):
            return []  # (a content or relative clause, or one the parse left loose)
        opener = [c for c in h.children if _word_in(c, syn.preps["clause_pronoun"]) and c.i < h.i
                  and (syn.has(c, "mark") or syn.has(c, "object"))]
        if not opener or any(syn.has(c, "object") and c not in opener for c in h.children) \
                or not s.doc[opener[0].i - 1].is_punct:
            return []
        x = h.head
        while not syn.is_pos(x, "verb") and x.head.i != x.i and x.i not in self._by_head:
            x = x.head
        if _word_in(x, syn.speech) or not syn.is_pos(x, "verb"):
            return []  # («заявил, что Минск осудил ...»: the content of a saying)
        own = {c for m in src for c in m.codes}
        doer, passive = self._subject(x)
        return [m for m in self._actors_at(s, doer) if m.codes and not set(m.codes) & own and not m.location] \
            if doer is not None and not passive else []

    def _roles(self, s: _Sent, t: _Trig, h: Any) -> tuple[list[Mention], list[Mention], Any]:
        src, tgt, place = self._own_roles(s, t, h)
        if tgt and all(self._landing_place(s, m, h) for m in tgt):
            tgt = []  # "diverted a Ryanair jet to Minsk": the vehicle's destination, no party the act aims at
        if tgt and t.phrase.pattern.type == "MOBILIZE" and _word_in(h, self.syn.stationing):
            # "will station missiles in Belarus", «разместит ракеты в Белоруссии»: the state forces are based in
            # hosts them, no target (`stationing`)
            tgt = [m for m in tgt if not self._hosting_place(s, m, h)]
        if src and not tgt and t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in STANCES:
            tgt = self._clause_called(s, h, src)
        aimed = self.syn.threatened_against
        if src and tgt and t.phrase.pattern.type in aimed.get("types", ()):
            # «пригрозил добиваться санкций ЕС против Минска»: the threatened act's own target, not its maker
            own_codes = {c for m in src for c in m.codes}
            against = [m for m in s.within(self._clause_span(s, h)) if m.start >= t.end and m.codes and not m.location
                       and not set(m.codes) & own_codes and self._aimed_at(s, m, aimed.get("preps", frozenset()))]
            if against and not any(m in against for m in tgt):
                tgt = against
        if not src and not tgt and t.phrase.pattern.pos == "verb" and t.phrase.pattern.symmetric \
                and self.syn.has(h, "noun_clause") and "Part" in h.morph.get("VerbForm") and h.head.i != h.i:
            # «Подписанный в Минске договор между Белоруссией и Казахстаном»: a participle on the accord noun, whose
            # phrase of "between" names the parties
            src = [m for c in h.head.children if self.syn.has(c, "oblique") or self.syn.has(c, "noun_modifier")
                   if self._case_key(c) in self.syn.preps["between"] for m in self._actors_at(s, c) if m.codes]
        if not src and tgt and t.phrase.pattern.pos == "verb" and t.phrase.pattern.cameo in self.syn.announced_acts:
            src = self._announcer(s, h, tgt) or src
        if src and t.phrase.pattern.type in self.syn.joined_in.get("types", ()):
            # "Japan joined the United States in imposing sanctions on Iran": the one joined acts too (`joined_in`)
            src = src + [m for m in self._joined_partners(s, h) if m not in src and m not in tgt]
        own = {c for m in src for c in m.codes}
        if src and not [m for m in tgt if set(m.codes) - own] and t.phrase.pattern.pos == "verb" \
                and self.syn.has(h, "open_clause") and h.head.i != h.i and _word_in(h.head, self.syn.subject_control):
            # "promised Armenia to release the detainees": the promised act is done to the promise's addressee
            addressee = [c for c in h.head.children if self.syn.has(c, "object") or self.syn.has(c, "indirect_object")]
            named = [m for c in addressee for m in self._actors_at(s, c) if m.codes and not set(m.codes) & own]
            if named:
                return src, named, place
        if src and t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in self.syn.ordered_measures.get("types", ()) \
                and self.syn.has(h, "open_clause") and h.head.i != h.i \
                and _word_in(h.head, self.syn.ordered_measures.get("verbs", ())):
            # "Moldova ordered Russia to cut its embassy staff": a measure another is ordered to take against itself
            # is the orderer's, aimed at the one ordered (`ordered_measures`, convention 6)
            ordered = [m for c in h.head.children if self.syn.has(c, "object")
                       for m in self._actors_at(s, c) if m.codes]
            subj = self._subject(h.head)[0]
            orderer = [m for m in self._actors_at(s, subj) if m.codes] if subj is not None else []
            boss = {c for m in orderer for c in m.codes}
            # (not a measure aimed at a third party: "forced Belarus to close its border with Lithuania")
            if ordered and orderer and {c for m in ordered for c in m.codes} == own and not boss & own \
                    and not [m for m in tgt if set(m.codes) - own - boss]:
                return orderer, ordered, place
        return src, tgt, place

    def _demand_addressee(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party a protest's demand (a converb of demand on the protest `h`, `_protest_demand`) is made of: the
        owner of what is demanded ("demanding Pashinyan's resignation") or the subject of its content clause
        ("demanding that Pashinyan step down"), never a party of the phrases of its reason ("over the handover of
        border villages to Azerbaijan", "for ceding land to Azerbaijan")."""
        for c in h.children:
            demand = self._by_head.get(c.i)
            if demand is None or demand.phrase.pattern.type != "REQUEST" or not self.syn.has(c, "adverbial_clause") \
                    or not self._protest_demand(c, self._by_head):
                continue
            heads = [o for o in c.children if self.syn.has(o, "object")]
            heads += [subj for x in c.children if self.syn.has(x, "content_clause")
                      for subj in [self._subject(x)[0]] if subj is not None]
            out = [m for n in heads for m in ([s.mentions[s.at[n.i]]] if s.at.get(n.i) is not None else
                                              [s.mentions[s.at[g.i]] for g in n.children
                                               if self.syn.has(g, "possessor") and s.at.get(g.i) is not None])
                   if m.codes and not m.location and m not in src]
            if out:
                return out
        return []

    def _hosting_place(self, s: _Sent, m: Mention, h: Any) -> bool:
        """The mention `m` names a place (`preps.location`, `preps.visit`, or its "of" phrase: "on the territory of
        Belarus") below the verb `h`: where forces are based."""
        k = next((k for k, x in enumerate(s.mentions) if x is m), None)
        if k is None or k >= len(s.spans) or not s.spans[k]:
            return False
        x = s.doc[max(s.spans[k])]
        for _ in range(8):
            if x.i == h.i or x.head.i == x.i:
                return False
            key = self._phrase_key(x) or (self._case_key(x) if self.syn.has(x, "noun_modifier") else None)
            if key is not None and (key in self.syn.preps["location"] or key in self.syn.preps["visit"]):
                return True
            if key is not None and key not in self.syn.preps["of"]:
                return False  # (another phrase: "on the border with Belarus" names the side faced, not the host)
            x = x.head
        return False

    def _own_roles(self, s: _Sent, t: _Trig, h: Any) -> tuple[list[Mention], list[Mention], Any]:
        p = t.phrase.pattern
        syn = self.syn
        src: list[Mention] = []
        tgt: list[Mention] = []
        place = None
        if p.pos == "noun" and p.type in ACCEPTED and syn.requested_at and (asked := self._requested_at(s, h)) is not None:
            return asked[0], asked[1], None
        trig_ids = {s.tok(i).i for i in range(t.start, t.end)}
        if p.pos == "verb" and syn.has(h, "aux") and h.head.i != h.i and t.end - t.start == 1:
            return self._modal_roles(s, h.head)  # "said that Libya must hand over ..."
        if p.pos == "verb" and _word_in(h, syn.modal_predicates) and t.end - t.start == 1:
            return self._modal_roles(s, h)  # «заявил, что Россия должна вернуть Украине территории»
        if p.pos == "verb" and p.predicate:
            # "called Belarus's tactics a blackmail", "called the incident an operation of the Ukrainian
            # services": a characterisation of the object; the actor the predicate names is the one
            # blamed, else the object's
            subj, passive = self._subject(h)
            if passive and subj is not None and subj.head.i != h.i and not syn.has(h, "relative"):
                passive = False  # "was quoted as calling ... a blackmail": the one quoted calls
            objs, pred = self._predicated(h)
            if self._calls_act(h):
                pred, objs = pred or objs, []  # ("a move Minsk called aggression": the parse's object)
            words = [w.lower_ for c in pred for w in c.subtree]
            if any(_contains(words, w) is not None for w in p.without):
                return [], [], None  # "called Russia a reliable partner": praise, no criticism
            if (passive or syn.has(h, "relative") and (syn.tagged(h, "participle")  # (or read as a past tense)
                                                        or any(syn.has(c, "agent") for c in h.children))) \
                    and not (self._calls_act(h) and not passive):  # ("a vote Georgetown described as ...": its subject)
                # "the leader, dubbed a dictator by Washington": the agent characterises the subject
                by = [n for w, n in self._preps(h) if w == "by"]
                src = [m for n in by for m in self._actors_at(s, n)]
                if not src or subj is None or not pred:
                    return [], [], None
                return src, [m for m in self._actors_at(s, subj) if m not in src and not m.location], None
            if not objs and pred and subj is not None and self._relative_on(h) \
                    and (self._reaction_noun(h.head) or self._clause_relative(h)):
                # "..., a move Minsk called aggression": the act the relative clause describes is called so
                src = self._actors_at(s, subj)
                return src, self._noun_act_makers(s, h.head, h, src), None
            if subj is None or not objs or not pred:
                return [], [], None
            src = self._actors_at(s, subj)
            if not any((m := self._nearest(s, c)) is not None and m.codes for c in pred):
                # "recognised the regime as complicit in Russia's war": a predicate that names no party itself (on
                # its head, possessor or "of" phrase) says what the object is; a party in another phrase of it ("in
                # Russia's war") is not the one so described
                tgt = self._deep(s, objs, src) or self._deep(s, pred, src)
            else:
                tgt = self._deep(s, pred, src) or self._deep(s, objs, src)
            x = h.head
            if not tgt and all(self.syn.is_pos(o, "pronoun") for o in objs) and x.i != h.i \
                    and syn.has(h, "adverbial_clause"):
                # "..., calling it a provocation": "it" is the act of the clause it hangs on; where that
                # is a speaker's content clause, the speaker calls and the act's subject is blamed
                if syn.has(x, "content_clause") and _word_in(x.head, syn.speech):
                    said, passive = self._subject(x.head)
                    src = self._actors_at(s, said) if said is not None and not passive else []
                doer, passive = self._subject(x)
                if doer is not None and not passive:
                    tgt = [m for m in self._actors_at(s, doer) if m not in src]
            if not tgt and src and all(self.syn.is_pos(o, "pronoun") for o in objs):
                tgt = self._pronoun_act_party(s, h, src)  # "..., and Kyiv called it a blow"
            if not tgt and src and len(objs) == 1:
                tgt = self._noun_referred(s, objs[0], h, src)  # "..., and Minsk called the move terrorism"
            if not tgt and src and len(objs) == 1 and p.type in syn.reactions_back \
                    and not _word_in(objs[0], syn.reacted.get("free", ())) \
                    and not _word_in(objs[0], syn.preps["relative_pronoun"]):
                # "Finland closed its border. Moscow called the move a provocation": the act of the sentence before
                tgt = self._reaction_back(s, t, h, src)
            return src, [m for m in tgt if not m.location], None
        if p.pos == "verb":
            subj, passive = self._subject(h)
            # (a phrase of condition names another act's parties: «в случае нападения на Белоруссию»)
            preps = [(w, n) for w, n in self._preps(h) if f"{w} {_key(n)}" not in syn.conditions
                     and f"{w} {_key(n)}" not in syn.beneficiaries]  # (nor one of whom it serves, `beneficiaries`)
            # a phrase after the verb that the parse hangs across it on a clause before it is the verb's
            # («Посетив Москву, министр обсудил с Лавровым ...»: «с Лавровым» on «Посетив»)
            preps += [(w, n) for c in h.children if syn.has(c, "adverbial_clause") and c.i < h.i
                      for w, n in self._preps(c) if n.i > h.i and n.head.i == c.i]
            objs = [c for c in h.children if syn.has(c, "object") and (subj is None or c.i != subj.i)
                    and not self._stray_object(c)]  # (`two_objects_subject`)
            if not objs:
                # («высылает посла Латвии и отзывает своего посла»: an object the parse hung on the verb after)
                objs = [g for c in h.children if syn.has(c, "coordinated") for g in c.children if self._stray_object(g)]
            if not objs and not preps and not passive and not p.symmetric:
                # "donated and delivered medicine to Belarus": a verb with no object or phrase of its own shares
                # those of the verb coordinated after it that has no subject of its own
                nxt = next((c for c in h.children if syn.has(c, "coordinated") and self.syn.is_pos(c, "verb")
                            and not any(syn.has(g, "subject") or syn.has(g, "passive_subject") for g in c.children)), None)
                if nxt is not None and (shared := [c for c in nxt.children if syn.has(c, "object")]):
                    objs, preps = shared, self._preps(nxt)
            if subj is None and syn.indefinite_personal and self._indefinite(h) and objs:
                # «Белорусского посла вызвали в МИД Литвы», «дипломатов выслали из Литвы»: an indefinite
                # "they" is an agentless passive of its object
                subj, passive = objs[0], True
            # the trigger's own verbs' objects ("предложила покинуть страну российским дипломатам")
            objs += [c for i in sorted(trig_ids - {h.i}) if self.syn.is_pos(s.doc[i], "verb")
                     for c in s.doc[i].children if syn.has(c, "object") and c.i not in trig_ids]
            # (and the subject of the pattern's word the parse made a content clause of the verb: "declared
            # two diplomats persona non grata", the diplomats the subject of "persona")
            firsts = {w[0] for w in p.with_ if w}
            objs += [g for c in h.children if syn.has(c, "content_clause") and not objs
                     and c.lower_ in firsts and not any(syn.has(x, "mark") for x in c.children)
                     for g in c.children if syn.has(g, "subject")]
            if not objs:
                # "allowed UN inspectors to return", "let observers visit the camps": the parse makes the trigger's
                # own word the subject of the verb's infinitive clause; it is the verb's object (not any such
                # subject: "allowed Belarus to buy gas" is no concession of access)
                objs = [g for c in h.children if syn.has(c, "content_clause") and c.i not in self._by_head
                        and not any(syn.has(x, "mark") for x in c.children)
                        for g in c.children if syn.has(g, "subject") and g.i in trig_ids]
            if not objs and _word_in(h, syn.small_clauses):
                # "to help Moldova cope with refugees": the parse makes the one helped the subject of the bare clause
                # (not where that clause is an act of its own: "helped Baku and Yerevan settle their dispute" is no aid)
                objs = [g for c in h.children if syn.has(c, "content_clause") and c.i not in self._by_head
                        and not any(syn.has(x, "mark") for x in c.children)
                        for g in c.children if syn.has(g, "subject")]
            # "signed an agreement with Russia", "imposed sanctions on Belarus": the object's
            # phrases are the verb's too (and the trigger's own words: "hold talks with")
            # (and a coordinated object's: "применили газ и гранаты в отношении участников акции")
            for c in [*objs, *(g for o in objs for g in o.children if syn.has(g, "coordinated")),
                      *(s.doc[i] for i in trig_ids if i != h.i)]:
                preps += self._preps(c)
            by = [n for w, n in preps if w == "by" or w in syn.preps["passive_agent"]]  # "подписано Россией"
            if p.recipient:
                src = [m for w, n in preps if w in syn.preps["recipient_source"] for m in self._actors_at(s, n)]
                tgt = self._actors_at(s, subj) if subj is not None else []
                if not src and tgt and not passive:
                    # "Belarus received the first tranche of the Russian loan": the giver named in the
                    # thing received
                    src = [m for m in self._deep(s, objs, tgt) if not m.location]
                return src, tgt, None
            heard = [m for w, n in preps if w in syn.preps["recipient_source"] for m in self._actors_at(s, n)] \
                if p.type in STANCES and subj is not None and not passive else []
            if heard:
                # "has raised concerns from Russia", "drew praise from the EU": the stance is the
                # "from" phrase's, about the subject
                return heard, [m for m in self._actors_at(s, subj) if m not in heard], None
            if passive:
                src = [m for n in by for m in self._actors_at(s, n)]
                tgt = self._actors_at(s, subj) if subj is not None else []
                if not tgt and subj is not None and syn.among and syn.has(h, "noun_clause"):
                    tgt = self._group_members(s, subj)  # "three Poles were among the prisoners freed by ..."
                if src and not tgt and subj is not None and p.type in syn.reacted.get("types", ()):
                    # "..., a decision condemned by Tbilisi"; "..., and the decision was welcomed by Seoul"
                    tgt = self._noun_act_makers(s, h.head, h, src) if syn.has(h, "relative") and h.head.i != h.i \
                        and self._reaction_noun(h.head) else self._noun_referred(s, subj, h, src)
                if not src and p.type in UNTARGETED and not p.symmetric and _passive(h, self.syn) and (
                        h.head.i == h.i or any(syn.has(a, "aux") and ("Fin" in a.morph.get("VerbForm")
                                                                      or self.syn.tagged(a, "finite"))
                                               for a in h.children)):
                    # a finite agentless passive ("войска были приведены в боевую готовность"): the
                    # forces' own state acts
                    src, tgt = tgt, []
                    # ... at another state where they are placed ("troops had been deployed inside Ukraine")
                    own_codes = {c for m in src for c in m.codes}
                    tgt = [m for w, n in preps if w in syn.preps["location"] for m in self._actors_at(s, n, allow_location=True)
                           if m.codes and not set(m.codes) & own_codes and m.kind != "igo"]
                if not src and p.type in AGREED_AID and syn.preps["funding"]:
                    # "the Belarusian plant was financed with a Russian loan": the lender of the means funds
                    src = [m for w, n in preps if w in syn.preps["funding"]
                           for m in self._deep(s, [n], tgt) if m.codes and m not in tgt and not m.location]
                if not src and syn.preps["decision"]:
                    # "освобождены по решению президента Белоруссии": the one whose decision it is
                    # (`preps.decision`: "по:dat решение") acts on a party the subject names
                    # (its genitive, "of" phrase or possessor: "released on the orders of Lukashenko", "on Minsk's orders")
                    by_decision = [m for w, n in preps if f"{w} {_key(n)}".lower() in syn.preps["decision"]
                                   for g in [*(c for c in n.children if self._case_key(c) in syn.preps["of"]
                                               or syn.has(c, "possessor")),
                                             *(g for v, g in self._preps(n) if v in syn.preps["of"])]
                                   for m in self._actors_at(s, g) if m not in tgt]
                    if by_decision and (tgt or subj is not None and self._deep(s, [subj], by_decision)):
                        src = by_decision
                if not src and p.type in EXPELLING and not p.symmetric:
                    # "был выслан из Литвы" (convention 8): the country expelling is the one left
                    # (`preps.expelled_from`: "из:gen")
                    src = [m for w, n in preps if w in syn.preps["expelled_from"] for m in self._actors_at(s, n)
                           if m not in tgt]
                    if not src and syn.preps["expulsions"]:
                        # «дипломат объявлен в Литве персоной нон грата» (convention 8): the state of the place acts
                        src = [m for w, n in preps if w in syn.preps["location"]
                               for m in self._actors_at(s, n, allow_location=True)
                               if m.codes and m not in tgt and not set(m.codes) & {c for x in tgt for c in x.codes}]
                if not src and subj is not None and p.type in syn.held_released.get("types", ()):
                    # «военнослужащие, задержанные на территории Литвы, были переданы Минску» (convention 8): the state
                    # of the place they were held in releases them (a participle of holding on the subject, `held_released`)
                    held = syn.held_released.get("verbs", frozenset())
                    dat = [m for c in h.children if syn.has(c, "indirect_object") for m in self._actors_at(s, c) if m.codes]
                    if dat and all(m.kind == "bare" for m in tgt):
                        tgt = dat  # (people of no named country: the one they are handed to, «переданы Минску»)
                    own_codes = {c for m in tgt for c in m.codes}
                    src = [m for c in subj.children if syn.has(c, "noun_clause") and _word_in(c, held)
                           for w, n in self._preps(c) if w in syn.preps["location"]
                           for m in self._actors_at(s, n, allow_location=True)
                           if m.codes and m not in tgt and not set(m.codes) & own_codes][:1]
                if not src and p.type in syn.summoned:
                    # "Посол Литвы был вызван в МИД Белоруссии": the one summoning is where the envoy goes
                    toward = syn.preps["visit"] - syn.preps["location"]
                    src = [m for w, n in preps if w in toward for m in self._actors_at(s, n) if m not in tgt]
                if not src and tgt and subj is not None and s.at.get(subj.i) is None and not p.symmetric:
                    # "Белоруссии был предоставлен российский кредит": a thing given, named by its
                    # origin, with a recipient as indirect object: the origin gives
                    dat = [m for c in h.children if syn.has(c, "indirect_object")
                           for m in self._actors_at(s, c) if m not in tgt]
                    if dat:
                        src, tgt = tgt, dat
                if not tgt and subj is not None and not p.symmetric:
                    # "a camp for Congolese refugees was attacked by ...": deeper in the subject
                    tgt = self._deep(s, [subj], src)
                if not tgt and src and not p.symmetric:
                    # "new sanctions were imposed on Belarus by the EU": the subject is the thing done,
                    # its target in the verb's target phrase
                    tgt = next((ms for w, n in preps if w in syn.preps["target"]
                                for ms in [[m for m in self._actors_at(s, n) if m not in src]] if ms), [])
                if not tgt and src and subj.i == h.head.i and syn.has(subj, "subject") and subj.head.i != subj.i:
                    # "выделенный Россией кредит поступит в Белоруссию": the noun's own verb names where it goes
                    toward = syn.preps["target"] | (syn.preps["visit"] - syn.preps["location"])
                    tgt = [m for w, n in self._preps(subj.head) if w in toward for m in self._actors_at(s, n)
                           if m not in src]
                if p.symmetric and not src and subj is not None and len({c for m in tgt for c in m.codes}) < 2:
                    # "the conditions for Belarus to borrow from the IMF, which are being negotiated":
                    # a joint act without agent is between the parties its subject names
                    inner = self._all_in(s, subj)
                    x = subj
                    for _ in range(6) if syn.has(h, "relative") and subj.i == h.head.i else ():
                        # (the relative clause hung on the last noun of a longer phrase: "the conditions for
                        # Belarus to borrow from the IMF, which are being negotiated" - the whole phrase's parties)
                        if len({c for m in inner for c in m.codes}) >= 2 or x.head.i == x.i:
                            break
                        x = x.head
                        if self.syn.is_pos(x, "verb") and (self._finite(x) or x.head.i == x.i):
                            break
                        if self.syn.is_pos(x, "nominal"):
                            inner = self._all_in(s, x)
                    if len({c for m in inner for c in m.codes}) >= 2:
                        src, tgt = inner, []
                place = next((n for w, n in preps if w in syn.preps["location"]), None)
                if place is None and not src:
                    # "were killed by a bomb outside the Iraqi city of Basra", "killed outside of Basra":
                    # the place of an agent that is no actor, or of a two-word preposition
                    near = [c for c in h.children if syn.has(c, "prep") and _key(c) in syn.preps["location"]]
                    near += [c for n in by for c in n.children if syn.has(c, "prep") and _key(c) in syn.preps["location"]]
                    place = next((g for c in near for x in (c, *(y for y in c.children if syn.has(y, "prep")))
                                  for g in x.children if syn.has(g, "prep_object")), None)
            else:
                src = self._actors_at(s, subj) if subj is not None else []
                if not src and subj is not None and subj.i in self._by_head and subj.i != h.i:
                    # "an explosion near the town of Samarra killed two youths": an act with no actor as
                    # the subject takes place where it is; the place's state may act (convention 8)
                    place = next((n for w, n in self._preps(subj) if w in syn.preps["location"]), None)
                if subj is None and "Fin" in h.morph.get("VerbForm"):
                    # an indefinite-personal verb ("в Минске задержали журналиста"): the place's
                    # state may act (convention 8)
                    place = next((n for w, n in preps if w in syn.preps["location"]), None)
                if subj is not None and (syn.has(subj, "subject") or not src) \
                        and not (subj.head.i != h.i and subj.head.head.i == h.i):  # (a subject hung on a verb below)
                    # two subjects of one verb: a coordination the parse split (a relative clause's
                    # noun naming no actor: "issued a statement protesting": the issuer)
                    for c in subj.head.children:
                        # (not a relative clause's own subject, where the parse hung a stray subject on
                        # that clause: «Варшава ... возложила ответственность на режим, который действует»)
                        if c is not subj and syn.has(c, "subject") and _key(c) not in syn.preps["relative_pronoun"]:
                            src += [m for m in self._actors_at(s, c) if m not in src]
                        elif syn.has(c, "unattached") and c.i < subj.i and s.at.get(c.i) is not None \
                                and not src and s.mentions[s.at[c.i]].codes:
                            # "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, launched ...": the actor the
                            # parse left unattached before a subject naming none
                            src += [m for m in self._actors_at(s, c) if m not in src]
                        elif c.i == subj.i - 2 and s.doc[c.i + 1].text == "," and syn.is_pos(c, "name") \
                                and syn.is_pos(subj, "name") and s.at.get(c.i) is not None and s.at.get(subj.i) is not None \
                                and not any(x.i < c.i and x.head.i == subj.head.i for x in s.doc[:c.i]):
                            # a headline's pair before its verb ("Azerbaijan, Armenia agree to ..."): the parse
                            # hangs the first name on the verb
                            src += [m for m in self._actors_at(s, c) if m not in src]
                own = {c for m in src for c in m.codes}
                # a joint act whose parties are the subjects: an actor in its object is what they
                # act on, not a partner ("Путин и Лукашенко утвердили программу Союзного государства")
                # (nor, for talks held with a partner named, their topic: «обсудил с Путиным итоги саммита ЕАЭС»)
                met = p.symmetric and p.type == "CONSULT" and any(w in syn.preps["partner"] and w not in syn.preps["between"]
                                          and self._actors_at(s, n) for w, n in preps)
                # (but the object of a verb that takes its partner there, `partner_objects`: "Rome and Cairo met
                # Libya's minister" meets him)
                for o in objs if not (p.symmetric and len(own) >= 2 and not _word_in(h, syn.partner_objects)
                                      or met) else ():
                    if self._instrument(o):
                        continue  # «ударила американскими ракетами»: the weapon's maker is no target
                    # the source's own forces as the object are its means, not a target
                    # ("увеличила численность военных у границы с Белоруссией")
                    tgt += [m for m in self._actors_at(s, o, allow_location=p.visit)
                            if m not in tgt and not ((m.sector == "MIL" or p.type == "MOBILIZE" and m.kind == "bare")
                                                     and set(m.codes) <= own)]
                    # (what a deployment moves is the mover's own, whatever the word: "deployed more border guards")
                if p.type in syn.named_content:
                    # "Киев осудил обстрел Харькова российскими войсками": the one blamed is the named act's actor
                    for o in objs:
                        inner = self._by_head.get(o.i)
                        if inner is not None and inner.phrase.pattern.pos == "noun" and inner is not t:
                            isrc = [m for m in self._roles(s, inner, o)[0] if not set(m.codes) & own
                                    and self._inside(s, m, o)]
                            if isrc:
                                tgt = isrc
                                break
                # a joint act whose parties are its subject ("Russia and Belarus confirmed their
                # commitment to EEU integration"): another party only in a partner phrase
                named = p.type in JOINT and len({c for m in src for c in m.codes}) >= 2
                if not tgt:
                    wanted = syn.preps["visit"] if p.visit else (syn.preps["named_partner"] or syn.preps["partner"]) \
                        if named else syn.preps["partner"] if p.symmetric else syn.preps["target"]
                    if named and p.type in OWN_TALKS and not p.visit and syn.preps["comitative"] and syn.labels.get("case"):
                        # «Президенты Армении и Грузии обсудили подготовку к саммиту СНГ»: talks of a pair named in
                        # the subject have another party only across the table («с»), not in their topic («к»); a
                        # visit keeps its destination ("Scholz and Macron flew to Kyiv")
                        wanted = syn.preps["comitative"]
                        preps_w = [(w, n) for w, n in preps if n.head.i == h.i or n.head.i in trig_ids]
                    else:
                        preps_w = preps
                    first = syn.first_target.get(p.type, frozenset())
                    # "complained to the UN over Israeli raids": the one blamed before the addressee
                    for w, n in sorted(preps_w, key=lambda wn: wn[0] not in first):
                        if w in syn.preps["comitative"] and self._means_phrase(n):
                            continue  # "With Turkish and UN mediation, Moscow and Kyiv signed ...": no side
                        if f"{w} {_key(n)}" in syn.requested_at and p.type != "REQUEST":
                            continue  # "suspended flights to Belarus at the EU's request": the asker is no side (`requested_at`)
                        if p.visit and _word_in(n, syn.border_nouns):
                            continue  # «делегации, прибывшие на белорусско-украинскую границу»: no host
                        if w in wanted | first:
                            # (an organisation where a request or complaint is made is the one addressed:
                            # "tabled a resolution at the UN", `addressed`)
                            addressed = p.type in syn.addressed and not p.visit
                            tgt += [m for m in self._actors_at(s, n, allow_location=p.visit or addressed) if m not in tgt
                                    and (not m.location or p.visit or m.kind == "igo")]
                            if tgt:
                                break
                if not tgt and p.visit:
                    # "прибыл с официальным визитом в Минск": the destination in a phrase of the verb's phrase
                    for _, n in preps:
                        if _word_in(n, syn.border_nouns):
                            continue  # («прибыл на границу с Польшей»: no host)
                        tgt += [m for w, x in self._preps(n) if w in syn.preps["visit"]
                                for m in self._actors_at(s, x, allow_location=True) if m not in tgt and m not in src]
                        if tgt:
                            break
                if not tgt and p.symmetric and len({c for m in src for c in m.codes}) < 2:
                    # "agreed to an emergency loan to Belarus": the partner deeper in a phrase
                    # (talks' partner only in a partner phrase: "discussed sanctions against Russia" names none)
                    near = syn.preps["partner"] | (syn.preps["target"] if p.type not in OWN_TALKS else frozenset())
                    tgt = self._deep(s, [n for w, n in preps if w in near], src)
                if not tgt and p.symmetric and not named:
                    # "agreed at a meeting with Putin": a "with" phrase anywhere in the clause
                    tgt = self._partner_deep(s, h, src)
                elif not tgt and p.symmetric and syn.preps["comitative"] and p.type != "MOBILIZE":
                    # «Молдавия и Грузия подписали соглашения об ассоциации с ЕС»: coordinated subjects'
                    # other side in a comitative phrase deeper in the clause (`_across` pairs them)
                    tgt = self._partner_deep(s, h, src, syn.preps["comitative"])
                    tgt = tgt if self._across(s, t, h, tgt, list(own)) else []
                if not tgt and p.type in syn.clause_target and p.type in syn.condition_target and not named \
                        and syn.content_condition_party:
                    # «предупредил, что если Москва продолжит ..., Кишинёв обратится в ООН»: a warning's
                    # other party is the one its content's condition is set on
                    tgt = self._condition_party(s, h, src)
                if not tgt and p.type in syn.clause_target and not named:
                    # (not a joint act whose subject names its parties: "Turkey and Russia agreed to patrol
                    # the Syrian border", "... agreed to begin negotiations on Ukraine" is their agreement)
                    # "warned that it could block flights if the EU ...", "demanding that Belarus
                    # pay": the other party named in the content clause
                    # the content first; a joint act's partner not in a "that" clause ("agrees that
                    # there will be no integration with the EU" is an opinion, no agreement with it);
                    # its own clauses too ("warned that if Lithuania did not resume transit, ...")
                    content = [c for c in h.children if self.syn.has(c, "open_clause") or self.syn.has(c, "content_clause") and p.type not in JOINT]
                    if p.type == "PROTEST":
                        # "rallied in Yerevan, demanding Pashinyan's resignation over the handover of villages to
                        # Azerbaijan": a protest's demand is made of the party it addresses, not of one inside its reason
                        tgt = self._demand_addressee(s, h, src)
                    tgt = tgt or (self._deep(s, content, src, clauses=True)
                           or self._deep(s, [c for c in h.children if self.syn.has(c, "adverbial_clause")
                                             and not self._time_clause(c) and not self._set_against(c)], src, clauses=True))
                if not tgt and p.type in syn.reactions and src:
                    # "Minsk protested after Russia cut oil supplies": a reaction is aimed at the one whose
                    # act its time clause tells (that clause's subject, another party)
                    for c in h.children:
                        if self._time_clause(c):
                            doer, passive = self._subject(c)
                            if doer is not None and not passive:
                                tgt = [m for m in self._actors_at(s, doer) if m not in src and not m.location
                                       and not set(m.codes) & {x for y in src for x in y.codes}]
                            if tgt:
                                break
                if not tgt and src and p.type in syn.reacted.get("types", ()):
                    tgt = self._reacted_to(s, h, src)  # "..., a move Athens condemned as piracy"
                elif not tgt and src and p.type in syn.reacted.get("prompted", ()):
                    # "North Korea fired shells near the border, prompting Seoul to put its troops on alert"
                    tgt = self._reacted_to(s, h, src, prompted=True)
                if not tgt and p.type in syn.reactions_back and src:
                    tgt = self._reaction_back(s, t, h, src)
                if not tgt and not p.visit and not p.symmetric and not named:
                    # "banned the imports of dairy products from Belarus", "withdrew its troops
                    # from the territory of Belarus": an actor deeper in the object or a phrase
                    # (not a means: "attacked the airfield with the help of the CIA" names a helper, no target)
                    deep = [*objs, *(n for w, n in preps if w in syn.preps["target"] | syn.preps["deep"]
                                     and not (w in syn.preps["comitative"] and _word_in(n, syn.preps["helper_means"])))]
                    tgt = self._deep(s, deep, src)
            if not passive and p.type in syn.named_content and src and not p.symmetric:
                # "condemned Russia's attack on Ukraine", "is investigating alleged crimes by Croatian extremists
                # against Serb civilians": a nominal act as the object, with its maker named, is the maker's
                makers = self._object_makers(s, objs, src)
                if makers:
                    tgt = makers
            else:
                makers = []
            own = {c for m in src for c in m.codes}
            if not passive and (p.type in syn.named_content or p.type == "PROTEST") and tgt and not makers \
                    and {c for m in tgt for c in m.codes} <= own and all(m.kind != "bare" for m in src):
                # "condemned the detention of Russian journalists in Minsk": the other party, deeper
                tgt = self._deep(s, [*objs, *(n for w, n in preps if w in syn.preps["target"])], src) or tgt
            between = [m for w, n in preps if w in syn.preps["between"] for m in self._actors_at(s, n)]
            if not src and len(between) < 2 and p.symmetric:
                # "to sign documents on cooperation between the Ukrainian and Belarusian regions": the
                # parties of a joint act without a subject, named deeper in its object
                for o in [*objs, *(n for w, n in preps)]:
                    for x in o.subtree:
                        if x.i != o.i and self._phrase_key(x) in syn.preps["between"]:
                            between = [m for m in self._actors_at(s, x) if m.codes]
                            break
                    if len({c for m in between for c in m.codes}) >= 2:
                        break
            if not src and len({c for m in between for c in m.codes}) >= 2:
                src = between
            if src and not tgt and not passive and not p.symmetric:
                tgt = self._occasion_target(s, t, preps, src)
            if src and not tgt and not passive and p.type in syn.gap_targets:
                tgt = self._gap_antecedent(s, h, src)
            if src and not tgt and not passive and p.type in syn.relative_recipients.get("types", ()):
                tgt = self._relative_recipient(s, objs, src)
            return src, tgt, place
        # a nominal event
        comp: list[Mention] = []  # a country's name before a one-way act ("its Ukraine offensive")
        # a noun of an act on someone: its bare genitive is who is acted on ("высылка российских дипломатов")
        patient = (_key(h) in syn.patient_nouns) and bool(syn.preps["patient"])
        # (and the modifiers of the trigger's own words before it: "Russian missile strikes", "Russia's
        # missile strikes" - the parse hangs the adjective on "missile")
        own_mods = [c for i in sorted(trig_ids - {h.i}) if s.doc[i].i < h.i and s.doc[i].head.i in trig_ids
                    for c in s.doc[i].children if c.i not in trig_ids and c.i < s.doc[i].i]
        for c in [*h.children, *own_mods]:
            if self.syn.has(c, "noun_modifier") and self.syn.is_pos(c, "name") and not p.symmetric \
                    and c.i not in trig_ids and self.syn.has(h, "object") and h.head.i != h.i \
                    and self.syn.is_pos(h.head, "verb") and c.i == h.head.i + 1 == min(x.i for x in h.subtree):
                # "promised Ukraine military aid": a bare name right after the verb is its indirect object
                # that the parse hangs on the object, the one the act is for, not its actor
                tgt += [m for m in self._actors_at(s, c) if m not in tgt]
                continue
            if self.syn.has(c, "compound") and self.syn.is_pos(c, "name") and not p.symmetric and c.i not in trig_ids:
                comp += [m for m in self._actors_at(s, c) if m not in comp]
                continue
            if patient and syn.has(c, "oblique") and self._case_key(c) in syn.preps["patient"]:
                continue  # (its phrase below names the target)
            if syn.has(c, "possessor") or self.syn.has(c, "attribute") and c.i not in trig_ids \
                    and not (syn.has(c, "oblique") and self._case_key(c) not in syn.preps["noun_source"]):
                # (an actor named as opposed, "anti-Putin protests", is the one the act is against)
                tgt += [m for m in self._actors_at(s, c) if m.anti and m not in tgt]
                src += [m for m in self._actors_at(s, c) if m not in src and not m.anti]
                if self.syn.has(c, "attribute_word") or self.syn.has(c, "noun_modifier") and not syn.has(c, "oblique"):
                    # "the Belarus–Russia talks", "Russian-Belarusian integration": every actor
                    sub = {x.i for x in c.subtree}  # (one token may hold two: "Российско-белорусские")
                    src += [s.mentions[k] for k in sorted(k for k, sp in enumerate(s.spans) if sp & sub)
                            if s.mentions[k].codes and s.mentions[k] not in src and not s.mentions[k].location
                            and not s.mentions[k].anti]
                    # (and the name hyphenated to one of them outside the phrase: "the Belarus–Russia talks")
                    joint = any(_key(g) in syn.preps["joint"] or g.lower_ in syn.preps["joint"] for g in h.lefts)
                    src += [x for m in list(src) for x in self._pair_mates(s, m, joint) if x not in src]
        if self._shared_plural(s, h, src):
            # "the EEU and the CIS Summits": the plural noun is the coordinated name's too (each its own)
            src = [s.mentions[s.at[h.head.i]], *src]
        preps = self._preps(h)
        if self.syn.change_nouns and self.syn.has(h, "prep_object") and h.head.i != h.i \
                and _key(h.head) in self.syn.change_nouns.get(_key(h.head.head), ()):
            # "the increase in NATO's military presence along the perimeter of Belarus": the phrases of the
            # change noun are the act's own (`change_nouns`)
            preps += [(w, n) for w, n in self._preps(h.head.head) if n.i != h.i]
        preps += [(self._case_key(c), c) for c in h.children if self.syn.has(c, "noun_dative")]  # "благодарность Путину"
        if syn.has(h, "conj") and h.head.i < h.i and not preps:
            # "a missile and drone attack on Ukraine": a phrase after the last conjunct, hung on the first by the
            # parse, is the whole coordination's
            preps += [(w, n) for w, n in self._preps(h.head) if n.i > h.i]
        if (v := self._happening_verb(h)) is not None:
            # "Между Путиным и Лукашенко состоялся разговор": the parties on the verb of its taking place (or of
            # its breaking out: "fighting erupted in Khartoum between the army and the RSF", `unrest_verbs`)
            preps += [(w, n) for w, n in self._preps(v) if w in syn.preps["between"] | syn.preps["partner"]]
            # (and its maker in a prepositional source phrase the parse hangs on that verb: «Со стороны Минска
            # последовали угрозы в адрес Вильнюса»; not a bare case, which is the verb's own)
            preps += [(w, n) for w, n in self._preps(v) if w in syn.preps["noun_source"] and not w.startswith(":")]
        goods: list[Any] = []  # («запрет на ввоз литовской продукции»: the goods' origin is acted on)
        for i in sorted(trig_ids - {h.i}):  # the trigger's own words: "запрет на въезд ... Литвы"
            if p.type == "SANCTION" and _key(s.doc[i]) in syn.traded_goods:
                goods += [n for w, n in self._preps(s.doc[i]) if n.i not in trig_ids and w in syn.preps["patient"]]
            preps += [(w, n) for w, n in self._preps(s.doc[i]) if n.i not in trig_ids
                      and not any(n.i == g.i for g in goods)]
            x = s.doc[i]
            if syn.has(x, "prep") and x.head.i == h.i:  # its own preposition: "ban on transit to Russia"
                preps += [(_key(x), g) for g in x.children if syn.has(g, "prep_object") and g.i not in trig_ids]
        tgt += [m for g in goods for m in self._actors_at(s, g) if m not in tgt and m.codes]
        if p.cameo in syn.placed_sources:
            # (the parse hangs the place on the expelled: "the expulsion of the Latvian ambassador from Minsk")
            preps += [(w, g) for w0, n in list(preps) if w0 in syn.preps["of"]
                      for w, g in self._preps(n) if w == "from"]
        for w, n in preps:
            if patient and w in syn.preps["patient"]:
                tgt += [m for m in self._actors_at(s, n, allow_location=True) if m not in tgt]
            elif w in syn.preps["noun_source"] and not p.visit:
                if self._bare_forces(s, n):
                    continue  # «вывод войск из Грузии»: troops of no named country are the subject's
                # (a place the expelled leave is the state expelling them: "the expulsion of Latvian diplomats from
                # Minsk", `placed_sources`, convention 8)
                placed = p.cameo in syn.placed_sources and w == "from"
                src += [m for m in self._actors_at(s, n, allow_location=placed) if m not in src]
            elif w in syn.preps["between"] and (p.symmetric or _word_in(h, syn.fought_between)):
                src += [m for m in self._actors_at(s, n) if m not in src]
            elif w in syn.preps["between"]:  # "a mediation effort between the Emirates and Saudi Arabia"
                tgt += [m for m in self._actors_at(s, n) if m not in tgt]
        if p.symmetric and not src and syn.preps.get("topic"):
            # «соглашение о сотрудничестве между Арменией и Грузией»: the parties of a joint act are named in the
            # phrase of its topic, where the parse hangs them
            src = [m for w, n in preps if w in syn.preps["topic"] for w2, n2 in self._preps(n)
                   if w2 in syn.preps["between"] for m in self._actors_at(s, n2) if m.codes]
            if len({c for m in src for c in m.codes}) < 2:
                src = []
        if _key(h) in syn.departures or h.lower_ in syn.departures:
            # "the withdrawal of Russian troops from Moldova": the forces of the "of" phrase leave, the
            # place left ("from", read above as a source) is the target
            forces = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n) if m.sector == "MIL"]
            # (also where the parse hangs the place on the forces: "the pullout of [Turkish forces from Iraq]")
            froms = [*preps, *(x for w, n in preps if w in syn.preps["of"] for x in self._preps(n))]
            left = [m for w, n in froms if w in syn.preps["expelled_from"] for m in self._actors_at(s, n)
                    if m not in forces]
            # (not forces named by the place they leave: «вывод своих войск из Нигера», the troops read as Niger's)
            gone = {c for x in left for c in x.codes}
            if forces and all(set(m.codes) & gone for m in forces):
                forces = []
                src = [m for m in src if not set(m.codes) & gone]  # (nor a source: «вывод военных из Мали»)
            if forces and left:
                src = [*forces, *(m for m in src if m not in left and m not in forces)]
                tgt = [*left, *(m for m in tgt if m not in forces and m not in left)]
            elif left and self._light_act(h):  # ("completed their withdrawal from Moldova": the forces'
                # country is named elsewhere, the place left is still no source; not a topic or a content,
                # "talks on a troop pullback from Lebanon", "which means Belarus's withdrawal from the CSTO")
                src = [m for m in src if m not in left]
                tgt = [*left, *(m for m in tgt if m not in left)]
        if not src and _word_in(h, syn.preps["expulsions"]) and not p.symmetric:
            # «высылка литовских дипломатов из Минска»: the country left expels, as in an agentless passive
            # (`preps.expelled_from`)
            src = [m for w, n in preps if w in syn.preps["expelled_from"] for m in self._actors_at(s, n) if m not in tgt]
        if not src and _word_in(h, syn.preps["deployments"]):
            # "the deployment of Russian troops in Belarus": the forces of the "of" phrase are sent, the place
            # they are sent to or stationed in is the target (as a departure's place left)
            forces = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n) if m.sector == "MIL"]
            own = {c for m in forces for c in m.codes}
            places = [*preps, *(x for w, n in preps if w in syn.preps["of"] for x in self._preps(n))]
            there = [m for w, n in places if w in syn.preps["visit"] for m in self._actors_at(s, n, allow_location=True)
                     if m not in forces and m.codes and not set(m.codes) & own]
            if forces and there:
                src = forces
                tgt = [*there, *(m for m in tgt if m not in forces and m not in there)]
        if not src and _word_in(h, syn.preps["handovers"]):
            # "the delivery of S-400 systems from Russia", "deliveries of German tanks to Ukraine": the giver is named in
            # the thing handed over, by its "from" phrase or its nationality (`preps.handovers`)
            things = [n for w, n in preps if w in syn.preps["of"]]
            givers = [m for n in things for w, x in self._preps(n) if w in syn.preps["recipient_source"]
                      for m in self._actors_at(s, x)]
            givers = givers or [m for n in things for c in n.children if syn.has(c, "attribute_word")
                                for m in self._actors_at(s, c) if not m.location]
            if givers:
                src = givers
                tgt = [m for m in tgt if m not in givers]
        wanted = syn.preps["visit"] if p.visit else syn.preps["noun_target"]
        if p.symmetric:
            # a joint act's other party: its "with" phrase first ("talks with Erdogan on Syria and
            # the US recognition ..."); other phrases only where no partner is named at all
            for w, n in preps:
                if w in syn.preps["partner"] and w not in syn.preps["between"] and not (
                        syn.has(n, "apposition") and s.at.get(n.i) is None and syn.is_pos(n, "noun")):
                    # (not a common noun the parse put in apposition to the partner: "with his counterpart
                    # Erdogan on Syria and the United States' recognition of ...", a topic)
                    tgt += [m for m in self._actors_at(s, n) if m not in tgt and m not in src]
            if tgt or len({c for m in src for c in m.codes}) >= 2:
                wanted = frozenset()
        for w, n in preps:
            if w in wanted and w not in syn.preps["between"]:
                tgt += [m for m in self._actors_at(s, n, allow_location=p.visit) if m not in tgt and m not in src]
        for c in h.children if not src and not p.visit else ():
            # "the loan granted by Russia to Belarus", "выделенный Россией кредит": a passive participle
            # on the event names its agent (and, where the noun has none, its target)
            if self.syn.has(c, "noun_clause") and _passive(c, self.syn):
                cp = self._preps(c)
                src = [m for w, n in cp if w == "by" or w in syn.preps["passive_agent"] for m in self._actors_at(s, n)]
                if src and not tgt and not p.symmetric:
                    tgt = [m for w, n in cp if w in syn.preps["target"] for m in self._actors_at(s, n) if m not in src]
                if src:
                    break
        for c in h.children if not src and not p.visit and not p.symmetric and p.pos == "noun" and syn.relative_makers \
                else ():
            # "the entry ban (that) Vilnius placed on Minsk's officials": a relative clause of a verb of making the
            # act (`relative_makers`), done (no modal: "would provide", a misparsed content clause), names its maker
            # and, where the noun has none, its target (convention 4); not a joint act's ("talks that ...")
            if c.i > h.i and self._relative_on(c) and _word_in(c, syn.relative_makers) and not _passive(c, syn) \
                    and not any(syn.has(a, "aux") and syn.aux.get(a.lower_) for a in c.children):
                subj = self._subject(c)[0]
                if subj is None or subj.i == h.i:
                    continue  # "the ban which hit Minsk": the noun itself
                src = [m for m in self._actors_at(s, subj) if m.codes and m not in tgt]
                if src and not tgt and not p.symmetric:
                    tgt = [m for w, n in self._preps(c) if w in syn.preps["target"]
                           for m in self._actors_at(s, n) if m not in src]
                if src:
                    break
        if not src and not p.visit and syn.light_nouns and h.head.i != h.i and self.syn.is_pos(h.head, "noun") \
                and _key(h.head) in syn.light_nouns and syn.has(h, "noun_modifier"):
            # «после введения Литвой запрета на транзит»: a noun of making the act names its maker (its
            # instrumental or «со стороны» phrase), as a light verb's subject would
            src = [m for w, n in self._preps(h.head) if n.i != h.i and w in syn.preps["passive_agent"]
                   for m in self._actors_at(s, n) if m.codes and m not in tgt]
        if not src and not p.visit and syn.preps["detached_agent"]:
            src = self._detached_agent(s, h, tgt)
        if comp and tgt:  # "joined the EU sanctions against Russia": the one acted on is named
            src += [m for m in comp if m not in src and m not in tgt]
            comp = []
        if p.visit:
            src += [m for w, n in preps if w == "by" for m in self._actors_at(s, n) if m not in src]
            if not src:  # "the visit of President Xi to Minsk": the visitor
                src = [m for w, n in preps if w in syn.preps["visit_source"] for m in self._actors_at(s, n)
                       if m not in tgt]
            if src and not tgt:
                tgt = self._visit_during(s, t, h, src)  # "Minsk and Warsaw agreed ... during a visit by Poland's minister"
        if not src and self.syn.is_pos(h, "verb"):
            subj, passive = self._subject(h)  # the parse read the noun as a verb ("forced landing")
            if subj is not None and not passive:
                src = self._actors_at(s, subj)
        obj = self._measure_head(s, h)  # "approved a new package of sanctions": the package
        gov = obj.head if obj.head.i != obj.i else None
        # "объявила о санкциях", "приступил к выработке мер": a verb whose phrase holds its subject's act
        # (or a bare case: «ответил ударами», "ответить :ins")
        light = gov is not None and self._light_phrase(gov, obj)
        if gov is not None and not light and bool(syn.light_phrases) and syn.has(obj, "oblique") \
                and syn.has(gov, "object") and gov.head.i != gov.i and self.syn.is_pos(gov.head, "verb") \
                and f"{_key(gov.head)} {_key(gov)} {self._case_key(obj).partition(':')[0]}" in syn.light_phrases:
            gov, light = gov.head, True  # «приняла решение о закрытии»: a light phrase of verb and noun
        if gov is not None and not light and self._light_prep(obj):
            gov, light = self._light_verb(obj), True  # "agreed to an emergency loan to Belarus": the verb of its phrase
        if gov is not None and (light or syn.has(obj, "light_object")
                                or self.syn.has(obj, "coordinated") and syn.has(obj.head, "light_object")):
            if self.syn.has(obj, "coordinated"):
                gov = gov.head
            light_verbs = self.lex.light_verbs
            if (_key(gov) in syn.recipients or gov.lower_ in syn.recipients) and not p.symmetric:
                # "Белоруссия получила от России кредит": the giver is the phrase's, the subject receives;
                # without that phrase the giver is the one the act names ("will receive a Russian loan",
                # "received the first tranche of the Russian loan")
                subj, passive = self._subject(gov)
                got = self._actors_at(s, subj) if subj is not None and not passive else []
                giver = [m for w, n in self._preps(gov) if w in syn.preps["recipient_source"]
                         for m in self._actors_at(s, n)]
                if not giver and got:
                    giver = [m for m in [*src, *tgt] if m not in got and not m.location]
                pair = self._pair_now
                own = {c for m in got for c in m.codes}
                if not giver and own and pair and own < set(pair):
                    # «Белорусская сторона также получила новый кредит» after the two met: the other of the pair
                    other = tuple(c for c in pair if c not in own)
                    giver = [Mention(got[0].start, got[0].start, other, "GOV", "", "group")]
                if giver and got:
                    src, tgt = giver, [m for m in got if m not in giver]
            drawn = p.type in STANCES and self.syn.is_pos(h, "noun") \
                and (_key(gov) in syn.drawn or gov.lower_ in syn.drawn)
            if drawn:
                # «действия Польши вызвали осуждение Минска»: the stance is its own genitive's (or
                # adjective's), about the subject whose acts drew it
                subj, passive = self._subject(gov)
                if subj is not None and not passive and _word_in(subj, syn.preps["clause_pronoun"]) \
                        and gov.head.i != gov.i and self.syn.is_pos(gov.head, "verb"):
                    subj, passive = self._subject(gov.head)  # «..., что вызвало критику Минска»: the clause before
                drew = self._actors_at(s, subj) if subj is not None and not passive else []
                holders = [m for m in [*src, *tgt] if m not in drew] or [
                    m for w, n in self._preps(gov) if w in syn.preps["recipient_source"]
                    for m in self._actors_at(s, n) if m not in drew] or [  # "drew condemnation from Minsk"
                    m for x in (obj, gov) for w, n in self._preps(x) if w in syn.preps["location"]
                    for m in self._actors_at(s, n, allow_location=True) if m not in drew]
                # (a reaction in a place is that state's: «вызвали возмущение в Минске», convention 8)
                if drew and holders:
                    src, tgt = holders, drew
                else:
                    drawn = False
            if p.type in syn.objective and self.syn.is_pos(h, "noun") and not drawn:
                # "Китай заявил о поддержке Белоруссии": the verb's subject is the source of a stance
                # noun, and its genitive is the one it is about
                subj, passive = self._subject(gov)
                said = [m for m in self._actors_at(s, subj)] if subj is not None and not passive else []
                if said and not set(c for m in said for c in m.codes) & set(c for m in src for c in m.codes):
                    of = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n)]
                    tgt = tgt or [m for m in src if m in of]
                    src = said
            if not src and (light or not light_verbs or p.symmetric or gov.lower_ in light_verbs
                            or _key(gov) in light_verbs):
                # the subject of a light verb ("staged protests"), not of any verb ("suppressed protests")
                subj, passive = self._subject(gov)
                if subj is not None and not passive:
                    src = self._actors_at(s, subj) or [
                        # (the actor the parse left unattached before a subject naming none: "Qatar's emir,
                        # Sheikh Hamad ..., launched a mediation effort")
                        m for c in subj.head.children if syn.has(c, "unattached") and c.i < subj.i
                        and s.at.get(c.i) is not None for m in self._actors_at(s, c)]
                elif subj is not None and light and p.symmetric:
                    # "soldiers were killed in a clash with Chinese troops": the victims are one side of a joint act
                    src = self._actors_at(s, subj)
                elif syn.has(obj, "passive_subject"):
                    # "the sanctions against Belarus were imposed by the US": the agent (also where the
                    # parse reads a bare instrumental as an indirect object: «вводятся Евросоюзом»)
                    by = [*self._preps(gov), *((self._case_key(c), c) for c in gov.children
                                               if self.syn.has(c, "indirect_object"))]
                    src = [m for w, n in by if w == "by" or w in syn.preps["passive_agent"]
                           for m in self._actors_at(s, n)]
            if not tgt:
                for c in gov.children:
                    if self.syn.has(c, "indirect_object") or light and c.i != obj.i and syn.has(c, "object"):
                        # ("уведомила Белоруссию о закрытии границы": the one told of the act)
                        tgt += self._actors_at(s, c)
                for w, n in self._preps(gov):
                    if w in syn.preps["target"] and not tgt:
                        tgt += self._actors_at(s, n, allow_location=p.visit)
        inf = [c for c in h.children if syn.has(c, "relative") and "Inf" in c.morph.get("VerbForm")]
        of = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n)] if inf and not src else []
        if of:
            # "the refusal of the Commission to hold a dialogue with the EEU": the "of" phrase of a
            # noun with an infinitive is its agent; the other party stands in the infinitive
            src, tgt = of, [m for m in tgt if m not in of] or self._deep(s, inf, of)
        elif inf and src and not tgt and p.type in syn.clause_target:
            tgt = self._deep(s, inf, src)  # "Belarus's refusal to host a Russian airbase"
        if comp:
            # the name is the act's source, unless another is named ("Russia launched its Ukraine
            # offensive"): then it is the one acted on
            own = {c for m in src for c in m.codes}
            if not src:
                src = comp
            elif not tgt:
                tgt = [m for m in comp if not set(m.codes) & own]
        if not tgt and not p.visit and not p.symmetric and syn.has(h, "subject") and h.head.i != h.i:
            # the event's own verb names where it goes: "транш поступит в Белоруссию"
            toward = syn.preps["target"] | (syn.preps["visit"] - syn.preps["location"])
            verbs = [h.head, *(c for c in h.head.children if self.syn.has(c, "open_clause"))]  # "может поступить в"
            tgt = [m for v in verbs for w, n in self._preps(v) if w in toward for m in self._actors_at(s, n)
                   if m not in src]
        if not tgt and not p.visit and not p.symmetric:
            tgt = self._deep(s, [n for w, n in preps if w in wanted | syn.preps["deep"]], src)
        if src and p.symmetric and p.pos == "noun" and all(m in self._mediators_of(s, h) for m in src):
            # "agreed after talks in Ankara mediated by Turkey": the mediators are no party of the talks
            # ("brokered by Egypt and Qatar": two of them neither)
            # (`_mediated` adds its mediation); their parties are found as where none is named
            src = []
        if not src and p.symmetric:
            # "Lukashenko said at a meeting with Putin", "улетел в Москву на встречу с Путиным":
            # the subject of the verb the event's phrase hangs on
            x = h
            for _ in range(4):
                if x.head.i == x.i or self.syn.is_pos(x, "verb"):
                    break
                if not (syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "oblique")
                        or syn.has(x, "object") and x is not h):  # "began ten days of joint drills"
                    break
                x = x.head
            if x is not h and self.syn.is_pos(x, "verb"):
                subj, passive = self._subject(x)
                if subj is not None and not passive:
                    src = [m for m in self._actors_at(s, subj) if m not in tgt]
                    if p.type in self.syn.talks_outcome and not tgt and subj.i in self._by_head \
                            and self._by_head[subj.i].phrase.pattern.visit and len({c for m in src for c in m.codes}) == 1:
                        # «Визит Лукашенко в Баку завершился подписанием соглашений»: the accord the visit ended
                        # with is the visitor's and the host's, the place visited naming the host
                        own = {c for m in src for c in m.codes}
                        tgt = [m for w, n in self._preps(subj) if w in syn.preps["visit"] - syn.preps["location"]
                               for m in self._actors_at(s, n, allow_location=True) if m.codes and not set(m.codes) & own]
                        if tgt:
                            src = [*src, *tgt]
                            tgt = []
                    if not any(m.codes for m in src) and _word_in(h, self.syn.addressed_talks) and not self._known_talks(h) \
                            and _word_in(x, self.syn.speech) and self._pair_people(subj):
                        # "Kenya and Uganda will build a railway, their ministers said after talks in Kampala":
                        # the pair that said so are the parties the reported clause names
                        pair = [m for v in self._reported_clauses(x) for m in self._subject_actors(s, v)
                                if m.codes and not m.location]
                        if len({c for m in pair for c in m.codes}) >= 2:
                            src = pair
                    # (not where the clause's verb is itself a visit or hosting: "visited Kyiv for talks" is one
                    # way, the visitor's)
                    # (nor talks named as known, "after the talks": a reference back to talks stated before,
                    # convention 4)
                    talks = _word_in(h, self.syn.addressed_talks) and not self._known_talks(h) and not (
                        x.i in self._by_head and self._by_head[x.i].phrase.pattern.type == p.type) \
                        and not self._group_talks(h)
                    if len({c for m in src for c in m.codes}) == 1 and not tgt and self.syn.sentence_pair \
                            and p.type in self.syn.sentence_pair and (p.cameo.startswith("041") or talks or any(
                                self.syn.has(c, "possessor") and self.syn.is_pos(c, "pronoun") for c in h.children)):
                        # "Putin praised Lukashenka's commitment at their meeting", "told Putin in a phone
                        # call", "assured Aliyev during talks in Baku": the one the verb addresses is the other
                        # party of their talks or phone call (not of a summit it attends: "granted Ukraine
                        # candidate status at a summit")
                        own = {c for m in src for c in m.codes}
                        tgt = [m for c in x.children if c.i != h.i and (self.syn.has(c, "object")
                               or self.syn.has(c, "indirect_object")) for m in self._actors_at(s, c)
                               if m.codes and not set(m.codes) & own and not m.location]
                        if not tgt and talks and _word_in(x, self.syn.speech):
                            # "Kenya will extend the railway, Museveni said after talks in Nairobi": the one
                            # whose act the speaker reports after their talks is the other party
                            tgt = [m for v in self._reported_clauses(x) for m in self._subject_actors(s, v)
                                   if m.codes and not set(m.codes) & own and not m.location]
                elif (passive or self.syn.has(x, "noun_clause")) and x.i in self._by_head \
                        and self._by_head[x.i].phrase.pattern.type in JOINT:
                    # "the loan, agreed by Putin and Erdogan during talks this week": a joint act's agents
                    src = [m for w, n in self._preps(x) if w == "by" or w in syn.preps["passive_agent"]
                           for m in self._actors_at(s, n) if m not in tgt]
                elif (passive or self.syn.has(x, "noun_clause")) and tgt and _word_in(h, self.syn.addressed_talks) \
                        and not self._known_talks(h):
                    # "Minsk's offer, repeated by Lukashenka during Tuesday's meeting with Szijjarto": the agent of a
                    # passive meets the partner its talks name
                    own = {c for m in tgt for c in m.codes}
                    src = [m for w, n in self._preps(x) if w == "by" or w in syn.preps["passive_agent"]
                           for m in self._actors_at(s, n) if m not in tgt and m.codes and not set(m.codes) & own]
        if p.symmetric and len({c for m in src for c in m.codes}) >= 2:
            # "Russian and Chinese bombers flew joint patrols over the Sea of Japan": the parties
            # are named; another actor is one only in a partner phrase ("with")
            partners = [m for w, n in preps if w in syn.preps["partner"] and w not in syn.preps["between"]
                        for m in self._actors_at(s, n)]
            tgt = [m for m in tgt if m in partners]
        if not src and p.type in self.syn.predicated.get("types", ()):
            said = self._predicated_act(s, h)
            if said is not None:  # "officials said that lifting the sanctions on Belarus is out of the question"
                src, tgt = said
        if not src and (claim := self._claim_of(h)) is not None:
            # "Hamas claimed responsibility for the attack on Israel": the claimer made the act (convention 3)
            subj, passive = self._subject(claim)
            if subj is not None and not passive:
                src = [m for m in self._actors_at(s, subj) if m not in tgt]
        if not src and self.syn.custody.get("verbs"):
            kept = self._custodian(s, h)
            if kept is not None:  # "died of torture in Russian custody": the keeper on the one who died
                src, tgt = kept[0], kept[1] or tgt
        if src and not tgt and p.type in syn.aid_means.get("types", ()) and self.syn.is_pos(h, "noun"):
            tgt = self._funded_party(s, h, src)
        if src and not tgt and p.type in syn.exchanged.get("types", ()) and self.syn.is_pos(h, "noun"):
            tgt = self._exchanged_party(s, h, src)
        if (not tgt or patient) and not p.symmetric and not p.visit and (under := self._undergoer(s, h)):
            # «позиции армянских военных подверглись обстрелу со стороны Азербайджана»: the subject of a verb
            # of undergoing (`undergone`) is the one the act in its phrase is done to; the genitive of a
            # `patient_nouns` act is then its actor («попали под обстрел российских военных»)
            src = [m for m in [*src, *(tgt if patient else [])] if m not in under]
            tgt = under
        if src and not tgt and p.type in syn.reactions_back:
            tgt = self._reaction_back(s, t, h, src)  # «..., что вызвало протест Варшавы»
        if src and not tgt and p.type in syn.object_acts and syn.has(h, "object") and h.head.i != h.i \
                and self.syn.is_pos(h.head, "verb") and h.head.i not in self._by_head:
            # «Пекин сохранит закупки российской нефти»: the one party the noun names is the other side of the
            # verb's subject, which does the act
            subj, passive = self._subject(h.head)
            # (not a subject that is an act of its own: «разговор Лукашенко с Помпео касался поставок нефти»)
            doer = [m for m in self._actors_at(s, subj) if m.codes and not m.location
                    and not {c for x in src for c in x.codes} & set(m.codes)] \
                if subj is not None and not passive and subj.i not in self._by_head else []
            if doer:
                src, tgt = doer, src
        tgt = [m for m in tgt if m not in src]
        # convention 8: "задержание российских граждан в Белоруссии" - an act done to someone, with no
        # actor named, in a place: the place's state acts
        place = next((n for w, n in preps if w in syn.preps["location"]), None) if patient and not src and tgt else None
        return src, tgt, place

    def _undergoer(self, s: _Sent, h: Any) -> list[Mention]:
        """The actors of the subject of the verb of undergoing (`undergone`: "verb" for a bare case, "verb
        preposition" for a phrase) whose phrase holds the nominal act `h` («подверглась критике», «попали под
        обстрел»)."""
        v = h.head
        if not self.syn.undergone or v.i == h.i or not self.syn.is_pos(v, "verb") \
                or not (self.syn.has(h, "oblique") or self.syn.has(h, "object") or self.syn.has(h, "indirect_object")):
            return []
        case = self._case_key(h).partition(":")[0]
        if _key(v) not in self.syn.undergone and f"{_key(v)} {case}" not in self.syn.undergone:
            return []
        subj, passive = self._subject(v)
        return [m for m in self._actors_at(s, subj) if not m.location] if subj is not None and not passive else []

    def _exchanged_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party a nominal act that names only its doer is given to in exchange for another act (`exchanged`:
        "Moscow backed Minsk in return for concessions from Minsk"): the subject of that act's verb. [] where none."""
        syn = self.syn
        if not (syn.has(h, "prep_object") and h.head.head.i != h.head.i and syn.has(h.head.head, "prep_object")):
            return []
        x = h.head.head  # "in return for concessions": "return"
        if f"{_key(x.head)} {x.lower_} {_key(h.head)}" not in syn.exchanged.get("phrases", ()) or x.head.head.i == x.head.i:
            return []
        v = x.head.head
        if not self.syn.is_pos(v, "verb"):
            return []
        subj, passive = self._subject(v)
        if subj is None or passive:
            return []
        return [m for m in self._actors_at(s, subj) if m not in src and not m.location]

    def _funded_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The recipient of aid noun `h` that names only its giver and is the means of another act (`aid_means`):
        the one doing that act ("Belarus built the plant with a loan from Russia"), or the one the thing paid for
        belongs to ("the Belarusian plant, a project financed using a Russian loan"). [] where none."""
        syn, means = self.syn, self.syn.aid_means
        if syn.has(h, "prep_object") and h.head.lower_ in means.get("preps", ()):
            v = h.head.head
        elif syn.has(h, "object") and h.head.lower_ in means.get("verbs", ()) and h.head.head.i != h.head.i:
            v = h.head.head  # "financed using a loan": the act the loan is used for
        else:
            return []
        if v.i == h.i or not self.syn.is_pos(v, "verb"):
            return []
        if syn.has(v, "noun_clause") and v.head.i != v.i:
            subj, passive = v.head, True  # "a project financed using ...": the noun the participle describes
        else:
            subj, passive = self._subject(v)
        if subj is None:
            return []
        if not passive:
            return [m for m in self._actors_at(s, subj) if m not in src and not m.location]
        # the thing paid for: the actors its phrase names (and the noun it describes, "the plant, a project ...")
        thing = subj.head if syn.has(subj, "apposition") and subj.head.i != subj.i else subj
        skip = {x.i for x in v.subtree} if v.head.i == subj.i else set()  # (not the participle's own phrase)
        codes = {c for m in src for c in m.codes}
        out: list[Mention] = []
        for x in thing.subtree:
            k = s.at.get(x.i)
            if x.i in skip or k is None:
                continue
            m = s.mentions[k]
            if m.codes and not set(m.codes) & codes and not m.location and m not in out:
                out.append(m)
        return out

    def _group_members(self, s: _Sent, n: Any) -> list[Mention]:
        """The actors a group noun `n` counts among its members (`among`: "three Poles were among the prisoners",
        «граждане Литвы оказались среди заключённых», «в числе заключённых»): the clause's subject."""
        syn = self.syn
        x = n
        if syn.has(x, "noun_modifier") and f"{self._case_key(x.head)} {_key(x.head)}" in syn.among:
            x = x.head  # «в числе заключённых»
        elif syn.has(x, "prep_object") and _key(x.head) in syn.among:
            x = x.head  # "among the prisoners": the preposition
        elif not (syn.has(x, "oblique") and self._case_key(x) in syn.among):
            return []
        subj, passive = self._subject(x.head)
        return [m for m in self._actors_at(s, subj) if m.codes] if subj is not None and not passive else []

    def _relative_recipient(self, s: _Sent, objs: list[Any], src: list[Mention]) -> list[Mention]:
        """The party a relative clause on a noun of the object names as the one given or promised it
        (`relative_recipients`: "disbursed the first tranche of the loan it promised Minsk"): the aid's recipient."""
        syn = self.syn
        verbs = syn.relative_recipients.get("verbs", frozenset())
        own = {c for m in src for c in m.codes}
        for o in objs:
            for x in o.subtree:
                if x.i == o.i and not syn.is_pos(x, "noun") or not (syn.has(x, "relative_clause") and _word_in(x, verbs)):
                    continue
                subj = next((c for c in x.children if syn.has(c, "subject")), None)
                if subj is None or _key(subj) in syn.preps["relative_pronoun"]:
                    continue
                giver = {c for m in self._actors_at(s, subj) for c in m.codes}
                if giver and not giver <= own:
                    continue  # (another's promise: no recipient of this act)
                got = [m for c in x.children if syn.has(c, "object") or syn.has(c, "indirect_object")
                       for m in self._actors_at(s, c) if m.codes and not m.location and not set(m.codes) & own]
                if got:
                    return got
        return []

    def _gap_antecedent(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """A verb act with no other party in a relative clause whose own subject names its actor, the relative word
        standing for what it acts on (`gap_targets`: "the OSCE report, which Minsk refused to cooperate with",
        "the rapporteur of the UN council, whom Minsk has barred from entering"): the party the clause's noun names."""
        syn = self.syn
        r = h
        for _ in range(3):  # ("refused to cooperate with": from the completing verb up to the relative clause)
            if self._relative_on(r) or not syn.has(r, "open_clause") or r.head.i == r.i:
                break
            r = r.head
        if not syn.has(r, "relative_clause") or r.head.i == r.i:
            return []
        subj = next((c for c in r.children if syn.has(c, "subject")), None)
        if subj is None or _key(subj) in syn.preps["relative_pronoun"] or s.at.get(subj.i) is None:
            return []  # (a relative word as the subject: the noun acts, no gap)
        inner = {x.i for x in r.subtree}
        own = {c for m in src for c in m.codes}
        n = r.head
        # (the first such party: "the OSCE's Moscow Mechanism report" is the OSCE's, "Moscow" a name's part)
        return [m for m in s.within({x.i for x in n.subtree} - inner)
                if m.codes and not m.location and not set(m.codes) & own and m.kind != "bare"][:1]

    def _requested_at(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention]] | None:
        """A request in a phrase on another act (`requested_at`: "formed the force at the request of Lukashenka",
        "deployed at Kazakhstan's request", «по просьбе Токаева»): the one whose request it is asks the act's
        doer (the verb's subject or agent, or the noun its participle describes). None where it is no such phrase."""
        syn = self.syn
        if syn.has(h, "prep_object") and syn.has(h.head, "prep"):
            key, v = f"{_key(h.head)} {_key(h)}", h.head.head
        elif syn.has(h, "oblique"):
            key, v = f"{self._case_key(h)} {_key(h)}", h.head
        else:
            return None
        if key.lower() not in syn.requested_at or not syn.is_pos(v, "verb"):
            return None
        askers = [n for w, n in self._preps(h) if w in syn.preps["of"]] \
            + [c for c in h.children if syn.has(c, "possessor") or syn.has(c, "noun_modifier")
               and self._case_key(c) in syn.preps["of"]]
        src = [m for n in askers for m in self._actors_at(s, n) if m.codes]
        subj, passive = self._subject(v)
        if passive:
            doers = [n for w, n in self._preps(v) if w == "by" or w in syn.preps["passive_agent"]]
            if not doers and subj is not None and any(m.sector == "MIL" for m in self._actors_at(s, subj)):
                doers = [subj]  # "the CSTO forces were deployed at ...": forces move by their own command
        else:
            doers = [subj] if subj is not None else []
        if not doers and syn.has(v, "noun_clause") and v.head.i != v.i:
            doers = [v.head]  # "the forces, deployed at the request of ...": the forces deployed
        tgt = [m for n in doers for m in self._actors_at(s, n) if m.codes and m not in src]
        return (src, tgt) if src and tgt else None

    def _occasion_target(self, s: _Sent, t: _Trig, preps: list[tuple[str, Any]], src: list[Mention]) -> list[Mention]:
        """A verb act with its actor and no other party, in an adjunct phrase (`preps.adjunct`) of which stands
        a nominal act of its own kind with no actor of its own: that act's other party ("threw stones during
        demonstrations against the Russian army": the stones are part of the demonstrations)."""
        for w, n in preps:
            other = self._by_head.get(n.i)
            if w not in self.syn.preps["adjunct"] or other is None or other is t \
                    or other.phrase.pattern.type != t.phrase.pattern.type or other.phrase.pattern.pos != "noun":
                continue
            nsrc, ntgt, _ = self._roles(s, other, n)
            if not nsrc:
                return [m for m in ntgt if m not in src and m.codes and not m.location]
        return []

    def _predicated_act(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention]] | None:
        """A nominal act `h` (of `predicated` types) that is the predicate of a copula (`predicated` copulas:
        "is out of the question") in a speaker's content clause: the speaker's act on the party the copula's
        subject names, a noun or a clause ("US officials said that lifting the sanctions on Belarus is out of the
        question", "Talks with Kyiv are out of the question, Moscow said")."""
        syn = self.syn
        v = h.head
        if v.i == h.i or not _word_in(v, syn.predicated["copulas"]) \
                or not (syn.has(h, "copula_predicate") or syn.has(h, "prep")):
            return None
        subj = next((c for c in v.children if syn.has(c, "subject") and c.i < h.i), None)
        if subj is None or not syn.has(v, "content_clause") or v.head.i == v.i \
                or not _word_in(v.head, syn.speech):
            return None
        said, passive = self._subject(v.head)
        src = [m for m in self._actors_at(s, said) if m.codes and not m.location] \
            if said is not None and not passive else []
        if not src:
            return None
        own = {c for m in src for c in m.codes}
        tgt = [m for m in self._actors_at(s, subj) if m.codes and not set(m.codes) & own] \
            or [m for m in self._deep(s, [subj], src) if not set(m.codes) & own]
        return src, tgt

    def _object_makers(self, s: _Sent, objs: list[Any], src: list[Mention]) -> list[Mention]:
        """The named makers of the nominal act (a noun trigger of its own) that is one of `objs`, other than the
        mentions of `src` themselves."""
        for o in objs:
            other = self._by_head.get(o.i)
            if other is None or other.phrase.pattern.pos != "noun":
                continue
            made, _, _ = self._roles(s, other, o)
            made = [m for m in made if m.codes and not m.location and m not in src and m.kind != "pronoun"]
            if made:
                return made
        return []

    def _custodian(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention]] | None:
        """A nominal act `h` that a verb of dying (`custody` verbs) names as the death's cause, in a phrase
        ("died of torture", "died as a result of beatings"), with a phrase of the verb naming whose keeping
        (`custody` places: "in Russian police custody", "in a Belarusian prison") the one who died was in:
        the keeper is the act's actor, the one who died (the verb's subject) its target."""
        syn = self.syn
        v = h
        for _ in range(5):
            if v.head.i == v.i or syn.is_pos(v, "verb"):
                break
            if not (syn.has(v, "prep_object") or syn.has(v, "prep")):
                return None
            v = v.head
        if not syn.is_pos(v, "verb") or not (_key(v) in syn.custody["verbs"] or v.lower_ in syn.custody["verbs"]):
            return None
        places = syn.custody["places"]
        keepers = [m for w, n in self._preps(v) if w in syn.preps["location"] and n.i not in {x.i for x in h.subtree}
                   and (_key(n) in places or n.lower_ in places) for m in self._actors_at(s, n, allow_location=True)
                   if m.codes]
        if not keepers:
            return None
        subj, passive = self._subject(v)
        died = [m for m in self._actors_at(s, subj) if m.codes and m not in keepers] \
            if subj is not None and not passive else []
        return keepers, died

    def _modal_roles(self, s: _Sent, v: Any) -> tuple[list[Mention], list[Mention], Any]:
        """A modal of obligation as the trigger ("must"): the one obliged is the subject of its verb
        `v`, the one who demands is the speaker of the content clause `v` heads ("Russia said that
        Sudan must return ...", "issued a reminder to Iraq that it must ..."), the addressee of the
        speech where its subject names no actor."""
        syn = self.syn
        if v.head.i == v.i or v.dep_ not in syn.labels["clause"]:
            return [], [], None
        g = v.head
        if not self.syn.is_pos(g, "verb") and (syn.has(g, "object") or syn.has(g, "light_object")) and g.head.i != g.i:
            g = g.head  # the speech noun's verb: "issued a reminder ... that"
        if not self.syn.is_pos(g, "verb"):
            return [], [], None
        subj, passive = self._subject(g)
        src = self._actors_at(s, subj) if subj is not None and not passive else []
        own = {c for m in src for c in m.codes}
        obliged, _ = self._subject(v)
        tgt = [m for m in self._actors_at(s, obliged) if not set(m.codes) & own] if obliged is not None else []
        if not tgt:
            addressee = [c for c in g.children if self.syn.has(c, "indirect_object")]
            addressee += [n for w, n in self._preps(g) if w in syn.preps["target"]]
            tgt = [m for n in addressee for m in self._actors_at(s, n) if not set(m.codes) & own]
        if not tgt and obliged is not None:
            # "the rebels said the president must agree to changes": one of the speaker's own country,
            # X -> X where convention 7 lets it stand (two parties inside the country)
            tgt = [m for m in self._actors_at(s, obliged) if m.codes and m not in src and not m.location]
        return src, tgt, None

    def _light_phrase(self, verb: Any, noun: Any) -> bool:
        """`noun` is in a phrase of `verb` that `light_phrases` names: "verb preposition" («объявила о
        санкциях») or "verb :case" for a bare case («ответил ударами»); a UD oblique."""
        if not self.syn.light_phrases or not self.syn.has(noun, "oblique"):
            return False
        case = self._case_key(noun)
        return f"{_key(verb)} {case.partition(':')[0]}" in self.syn.light_phrases \
            or f"{_key(verb)} {case}" in self.syn.light_phrases

    def _light_prep(self, noun: Any) -> bool:
        """`noun` stands in a verb's phrase that makes it the verb's subject's act (English
        `light_phrases`, the preposition a token of its own: "agreed to a loan", "embarked on talks")."""
        return self._light_verb(noun) is not None

    def _light_verb(self, noun: Any) -> Any | None:
        """The verb of the light phrase `noun` stands in (`_light_prep`), also where the parse hangs the
        phrase on the verb's object ("put units on combat readiness")."""
        prep = noun.head
        if not (self.syn.light_phrases and self.syn.has(noun, "prep_object") and self.syn.has(prep, "prep")
                and prep.head.i != prep.i):
            return None
        v = prep.head
        if f"{v.lower_} {_key(prep)}" in self.syn.light_phrases:
            return v
        if self.syn.has(v, "object") and v.head.i != v.i and self.syn.is_pos(v.head, "verb") \
                and f"{v.head.lower_} {_key(prep)}" in self.syn.light_phrases:
            return v.head
        return None

    def _means_phrase(self, n: Any) -> bool:
        """The phrase noun `n` (or a noun coordinated with it) is a means (`preps.comitative_means`): "with Turkish
        and UN mediation", "with the help of Poland", whose actors are no side of the act."""
        while self.syn.has(n, "conj") and n.head.i != n.i:
            n = n.head
        return any(_word_in(x, self.syn.preps["comitative_means"])
                   for x in (n, *(g for g in n.subtree if self.syn.has(g, "conj") and g.head.i == n.i)))

    def _partner_deep(self, s: _Sent, h: Any, src: list[Mention], words: frozenset[str] | None = None) -> list[Mention]:
        """An actor in a partner phrase ("with Putin") anywhere in the trigger's clause (`words`: these
        prepositions only)."""
        own = {c for m in src for c in m.codes}
        words = self.syn.preps["partner"] if words is None else words
        clause = self.syn.labels["clause"]
        queue = [(c, 1) for c in h.children if c.dep_ not in clause]
        while queue:
            t, d = queue.pop(0)
            k = s.at.get(t.i)
            if k is not None and s.mentions[k].codes and not set(s.mentions[k].codes) & own \
                    and self._phrase_key(t) in words and not (self.syn.has(t, "prep_object") and self._means_phrase(t)):
                return [m for m in self._actors_at(s, t) if not set(m.codes) & own]
            if d < 5:
                queue.extend((c, d + 1) for c in t.children if c.dep_ not in clause)
        return []

    def _bare_forces(self, s: _Sent, n: Any) -> bool:
        """`n` is a military sector word ("troops", «войска»; actors.yaml `sectors: MIL`) whose
        country only the nearest name gave (a `bare` mention): no adjective or genitive of its own."""
        ms = self._actors_at(s, n)
        return bool(ms) and all(m.kind == "bare" and m.sector == "MIL" for m in ms)

    def _visit_during(self, s: _Sent, t: _Trig, h: Any, src: list[Mention]) -> list[Mention]:
        """A visit with its visitor and no place, in an adjunct phrase (`preps.adjunct`) of a joint act the visitor
        is a party of ("Minsk and Warsaw agreed to intensify cooperation during a visit by Poland's foreign
        minister"): the visit is to that act's other party."""
        syn = self.syn
        prep = h.head
        if not syn.has(h, "prep_object") or prep.i == h.i or _key(prep) not in syn.preps["adjunct"] or prep.head.i == prep.i:
            return []
        v = prep.head
        while v.i not in self._by_head and syn.has(v, "open_clause") and v.head.i != v.i:
            v = v.head  # ("agreed to intensify cooperation during a visit": the accord)
        vt = self._by_head.get(v.i)
        if vt is None or vt is t or not vt.phrase.pattern.symmetric:
            return []
        own = {c for m in src for c in m.codes}
        vs, vtg, _ = self._roles(s, vt, v)
        parties = [m for m in [*vs, *vtg] if m.codes and not m.location]
        if not any(set(m.codes) & own for m in parties):
            return []
        return [m for m in parties if not set(m.codes) & own]
