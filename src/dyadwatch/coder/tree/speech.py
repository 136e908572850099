"""Acts inside what is said (convention 3): the content of an allegation, a request or a threat,
claims and denials, blame and praise, and who says it (`_allegers`, `_alleged`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.coder.base import DocState, Mention, _Trig
from dyadwatch.coder.tree.syntax import PRAISE_CODE, STATE_SECTORS, _key, _Sent, _word_in
from dyadwatch.model import Event


class SpeechMixin:
    """TreeCoder's methods for this stage: acts inside what is said."""

    def _said_harmful(self, s: _Sent, dates: list, state: DocState) -> list[Event]:
        """A speaker's relative clause on a noun of an act (`reacted.nouns`) whose content calls the act harmful
        (`reacted.harms` as its verb, or `preps.blame_predicate`: "..., a step Moscow said would prolong the war",
        "a deal, which Athens says violates its rights") is the speaker's accusation of the act's maker; so is a
        content clause whose subject is a definite noun of the act told before (`_act_referred`: "..., and Athens
        said the agreement violates its rights"), and one whose subject harms, of that subject ("said Russia
        violated the treaty")."""
        syn = self.syn
        out: list[Event] = []
        info = cameo.lookup(syn.accuse_code)
        harms = syn.reacted.get("harms", frozenset())
        for v in s.doc:
            if not _word_in(v, syn.speech):
                continue
            on_act = self._relative_on(v) and self._reaction_noun(v.head)
            said, passive = self._subject(v)
            if said is None or passive:
                continue
            for c in v.children:
                if syn.has(c, "oblique") and self._case_key(c) in syn.preps["topic"] \
                        and _word_in(c, syn.reacted.get("harm_nouns", frozenset())):
                    # «Минобороны Литвы сообщило о нарушении воздушного пространства белорусским вертолётом»: a harm
                    # told as a noun, its maker in the instrumental or «со стороны»
                    src = [m for m in self._actors_at(s, said) if m.codes and not m.location]
                    own = {x for m in src for x in m.codes}
                    tgt = [m for n in c.children if syn.has(n, "oblique") or syn.has(n, "noun_modifier")
                           if self._case_key(n) in syn.preps["passive_agent"]
                           for m in self._actors_at(s, n) if m.codes and not m.location and not set(m.codes) & own]
                    date, gran = self._when(s, v, dates, state, "occurred")
                    out += [self._accusation(a, b, v, date, gran, info)
                            for a in src[:1] for b in dict((m.codes[0], m) for m in tgt).values()]
                    continue
                if not syn.has(c, "content_clause") or any(
                        syn.has(x, "negation") or x.lower_ in syn.negation_words for x in c.children):
                    continue
                if not (_word_in(c, harms) or self._blame_predicate(c)):
                    continue
                src = [m for m in self._actors_at(s, said) if m.codes and not m.location]
                if on_act:
                    tgt = self._noun_act_makers(s, v.head, v, src)
                else:
                    tgt = self._act_referred(s, c, v, src)
                if not tgt and not on_act and _word_in(c, harms):
                    # "Ankara said the jet had violated its airspace", "said NATO's expansion threatened Russia": the
                    # subject that harms is accused
                    doer, dpassive = self._subject(c)
                    own = {x for m in src for x in m.codes}
                    tgt = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own] \
                        if doer is not None and not dpassive else []
                date, gran = self._when(s, v, dates, state, "occurred")
                out += [self._accusation(a, b, v, date, gran, info)
                        for a in src[:1] for b in dict((m.codes[0], m) for m in tgt).values()]
        if syn.labels.get("case") and syn.according:
            out += self._according_harmful(s, dates, state, harms, info)
        return out

    def _grounds_accused(self, s: _Sent, events: list[Event], dates: list, state: DocState) -> list[Event]:
        """A hostile deed named as the ground of an act (`grounds`: a gerund of citing with a phrase of `grounds.nouns`,
        «..., сославшись на подозрения в шпионаже», «..., сославшись на угрозу удара со стороны Украины») is the
        actor's accusation (convention 3) of the party the phrase names, else of the other party of the actor's act
        coded in the sentence. The actor is the subject of the sentence's first verb (the parse often hangs the
        gerund on a later clause)."""
        syn = self.syn
        verbs, charges = syn.grounds.get("verbs", frozenset()), syn.grounds.get("charges", frozenset())
        nouns = syn.grounds.get("nouns", frozenset()) | charges
        info = cameo.lookup(syn.accuse_code)
        out: list[Event] = []
        first = next((v for v in s.doc if syn.is_pos(v, "verb") and self._subject(v)[0] is not None), None)
        if first is None:
            return out
        subj, passive = self._subject(first)
        src = [m for m in self._actors_at(s, subj) if m.codes and not m.location] if not passive else []
        if not src:
            return out
        own = set(src[0].codes)
        for g in s.doc:
            if g.i <= first.i or not _word_in(g, verbs) or "Conv" not in g.morph.get("VerbForm"):
                continue
            for c in g.children:
                if not (syn.has(c, "oblique") and any(_word_in(x, nouns) for x in c.subtree)):
                    continue
                # (a state, not a group of fighters: «угрозы, исходящие от бойцов ЧВК «Вагнер»» accuse no state)
                named = [m for x in c.subtree for m in self._actors_at(s, x)
                         if m.codes and not m.location and not set(m.codes) & own and m.kind != "organisation"]
                codes = list(dict.fromkeys(m.codes[0] for m in named))
                if not codes and any(_word_in(x, charges) for x in c.subtree):
                    # (a charge: the other party of the actor's own act, «сократила персонал посольства России»)
                    codes = list(dict.fromkeys(e.target for e in events if e.source in own and e.target
                                               and e.target not in own and e.type not in ("ACCUSE", "REJECT")))
                if len(codes) != 1:
                    continue
                b = next((m for m in named if m.codes[0] == codes[0]), None) \
                    or Mention(g.i, g.i + 1, (codes[0],), None, codes[0], "back")
                date, gran = self._when(s, g, dates, state, "occurred")
                out.append(self._accusation(src[0], b, g, date, gran, info))
        return out

    def _accusation(self, a: Mention, b: Mention, told: Any, date: str | None, gran: str | None,
                    info: Any) -> Event:
        """`a`'s accusation of `b` (convention 3), told by the words `told` (a verb of saying, a teller's phrase)."""
        code = self.syn.accuse_code
        return Event(source=a.codes[0], target=b.codes[0], type=info.plover_type, cameo=code, status="occurred",
                     source_sector=a.sector, source_text=a.text, target_text=b.text, target_sector=b.sector,
                     mode=info.mode, goldstein=info.goldstein, quad=cameo.quad_class(code), date=date,
                     date_granularity=gran, trigger=told.text, start=told.idx, end=told.idx + len(told.text))

    def _according_harmful(self, s: _Sent, dates: list, state: DocState, harms: frozenset[str], info: Any) -> list[Event]:
        """A clause whose verb harms (`reacted.harms`) under a phrase naming its teller (`according`: «По сообщению
        Минобороны Польши, белорусские вертолёты нарушили воздушное пространство страны») is the teller's accusation
        of the clause's subject, as with a verb of saying (convention 3)."""
        syn = self.syn
        out: list[Event] = []
        for v in s.doc:
            if not _word_in(v, harms) or any(syn.has(x, "negation") or x.lower_ in syn.negation_words
                                             for x in v.children):
                continue
            phrase = next((c for c in v.children if syn.is_pos(c, "nominal")
                           and f"{self._case_key(c)} {_key(c)}" in syn.according), None)
            if phrase is None:
                continue
            src = [m for g in phrase.children if syn.has(g, "noun_modifier") or syn.has(g, "adjectival")
                   for m in self._actors_at(s, g) if m.codes and not m.location]
            doer, passive = self._subject(v)
            own = {x for m in src for x in m.codes}
            tgt = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own] \
                if doer is not None and not passive else []
            if not src or not tgt:
                continue
            date, gran = self._when(s, v, dates, state, "occurred")
            out.append(self._accusation(src[0], tgt[0], phrase, date, gran, info))
        return out

    def _denied_charges(self, s: _Sent, events: list[Event], origin: dict[int, tuple[Any, str]],
                        by_head: dict[int, _Trig]) -> list[Event]:
        """An accusation of a hostile act (`alleged_acts`) that the accused denies in a relative clause after it ("X
        accused Y of shelling Z, a charge Y denied", "X blamed Y, which denied any role") is that act too, the
        accused's on the accuser, denied (the README's `denied`: reported, then denied)."""
        syn = self.syn
        out: list[Event] = []
        for e in events:
            if e.type != "ACCUSE" or not e.source or not e.target or id(e) not in origin:
                continue
            h = origin[id(e)][0]
            denial = next((d for d in s.doc if d.i > h.i and _word_in(d, syn.reacted["denials"])
                           and syn.has(d, "relative_clause") and (subj := self._subject(d)[0]) is not None
                           and not self._subject(d)[1]
                           and not any(syn.has(x, "negation") or x.lower_ in syn.negation_words for x in d.children)
                           and any(e.target in m.codes for m in self._actors_at(s, subj))), None)
            if denial is None:
                continue
            # the act: the accusation's content ("of shelling"), else a hostile act told before it
            below = {x.i for x in h.subtree} - {h.i} - {x.i for x in denial.subtree}
            hostile = [i for i in sorted(by_head) if by_head[i].phrase.pattern.type in syn.alleged_acts]
            act = next((by_head[i] for i in hostile if i in below), None)
            if act is None:
                # (the content's word, read with the accusation's as one longer trigger: "accused X of attacking")
                act = next((t for t in self.triggers(s.lower) if t.phrase.pattern.type in syn.alleged_acts
                            and s.tok(t.start).i in below), None)
            if act is None:
                act = next((by_head[i] for i in hostile if i < h.i), None)
            if act is None:
                continue
            p = act.phrase.pattern
            # (the denial is its trigger: `_code` drops the refusal read off that verb)
            out.append(replace(e, source=e.target, target=e.source, type=p.type, cameo=p.cameo, status="denied",
                               source_sector=e.target_sector, source_text=e.target_text, target_text=e.source_text,
                               target_sector=e.source_sector, mode=p.mode, goldstein=p.goldstein,
                               quad=cameo.quad_class(p.cameo), trigger=denial.text, start=denial.idx,
                               end=denial.idx + len(denial.text)))
        return out

    def _content_of_other(self, s: _Sent, h: Any, by_head: dict[int, _Trig]) -> bool:
        """The trigger is the content of an allegation, a request or a threat (convention 3)."""
        syn = self.syn
        if self._calls_it(h, by_head) or self._drawn_stance(h, by_head):
            # "rejected Moscow's offer, calling it a ploy": the speaker's own second act; "blocked the statement,
            # drawing a rebuke from Brussels": another's stance on the act; no content of either
            return False
        same, own = by_head.get(h.head.i), by_head.get(h.i)
        if syn.has(h, "conj") and same is not None and own is not None \
                and same.phrase.pattern.type == own.phrase.pattern.type:
            # "his request and urgent request to": one act named twice, no content of it; but the content of what
            # the first is the content of ("asked Warsaw to recall its envoy and to cut its embassy staff")
            return h.head.i != h.i and self._content_of_other(s, h.head, by_head)
        if self._misplaced_conj(h) or self._conditions_converb(h):
            return False  # "demands that Minsk stop ... and warns that ...": the speaker's own second act, no content
            # (also "... if Belarusian troops crossed the border, accusing Minsk of ...": `_conditions_converb`)
        if self._done_participle(s, h, by_head):
            return False  # "condemned the sanctions imposed by the EU on Belarus": a fact, no content (convention 4)
        x = h
        for _ in range(6):
            if self._modal_content(h, x, by_head):
                return True  # "Sudan and Chad must reach an agreement": the act asked for (convention 3)
            if x.head.i == x.i:
                return False
            if syn.has(x, "not_content") or self._adjunct(x) \
                    or syn.has(x, "conj") and any(syn.has(c, "subject") for c in x.children) \
                    or syn.has(x, "noun_clause") and "Part" in x.morph.get("VerbForm") and x.head.i in s.at \
                    or (held := self._participle_of(x)) is not None and held.i in s.at:
                return False  # a subject, a relative clause, a time adjunct, a clause of its own: not content
                # (nor a participle on a named party: "осудил Чехию, объявившую дипломата персоной нон грата")
            if self._time_clause(x):
                return False  # "slammed Moscow after Russia imposed a ban": a time clause, not the content
            if x.i != h.i and syn.preps["clause_pronoun"] and any(
                    _word_in(c, syn.preps["clause_pronoun"]) and 0 < c.i < x.i and x.doc[c.i - 1].is_punct
                    and syn.has(c, "subject") for c in x.children):
                return False  # «заблокировала пакет, что вызвало критику ЕС»: a clause on the clause before, no content
            if syn.has(x, "adverbial_clause") and self.syn.tagged(x, "converb") and x.i < x.head.i and x.i == h.i:
                return False  # "Speaking to Mishustin in Minsk, Lukashenka claimed ...": a participle clause before
                # the speech act is its circumstance, no content of it
            if syn.has(x, "adverbial_clause") and any(syn.has(c, "mark") and c.lower_ in syn.concessive for c in x.children):
                return False  # "criticised Turkey, while Azerbaijan praised Ankara": a clause set against it, no content
            if syn.condition_not_content and self._condition_clause(x):
                return False  # «ответит жёстко, если ЕС введёт санкции»: the condition is an act of its own (hypothetical)
            clause_conj = self.syn.has(x, "coordinated") and self.syn.is_pos(x, "verb") \
                or self.syn.has(x, "adverbial_clause") and "Conv" in x.morph.get("VerbForm")  # «обвинила ..., потребовав»
            prev_x = x
            x = x.head
            t = by_head.get(x.i)
            if t is not None and self._bare_response(s, t) and (
                    self._response_means(x, by_head) or self._status(s, x) not in ("planned", "hypothetical", "forecast")):
                # "expect Moscow to respond by tightening controls": the response is that act; "police responded
                # with violence as demonstrators took to the streets": a response done is no threat
                return False
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded and t.phrase.pattern.pos == "verb" \
                    and (self.syn.has(prev_x, "parataxis") or self.syn.has(prev_x, "content_clause") and prev_x.i < x.i) \
                    and self._unnamed_teller(s, x):
                return False  # "Kyiv will seize Russian property if ..., a minister warned": an unnamed source's report
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded and t.phrase.pattern.pos == "verb" \
                    and syn.has(prev_x, "prep") and _key(prev_x) in syn.responded.get("means", ()) \
                    and self._status(s, x) == "occurred":
                return False  # "defied Brussels by imposing bans", "protested by recalling its envoy": the means done
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded \
                    and (_key(x) in syn.factive or x.lower_ in syn.factive) and syn.has(prev_x, "content_clause"):
                return False  # "regrets that Minsk expelled the ambassador": a fact regretted, not an allegation
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded:
                me = by_head.get(h.i)
                if t.phrase.pattern.type in syn.named_content and me is not None and me.phrase.pattern.pos == "noun" \
                        and me.phrase.pattern.type not in syn.content_not_coded and self._status(s, x) == "occurred" \
                        and not self._drafted(x):
                    # (not a speech act criticised, "dismissed French criticism of ...", nor a condemnation to
                    # come, "will condemn any deployment", "denied having criticised ...")
                    src, tgt, _ = self._roles(s, me, h)
                    # (named: not a bare word whose country the accused lends it, «обвинил Польшу в наращивании
                    # военного присутствия»: the charge, convention 3)
                    if src and tgt and all(self._inside(s, m, h) and m.kind != "bare" for m in src):
                        return False  # "protested against Lithuania's ban on transit": a named act, not an allegation
                if t.phrase.pattern.type in syn.named_content and me is not None and me.phrase.pattern.pos == "verb" \
                        and me.phrase.pattern.type not in syn.content_not_coded and self._status(s, x) == "occurred" \
                        and (syn.has(h, "noun_clause") or syn.has(h, "noun_modifier") and "Inf" in h.morph.get("VerbForm")
                             and _key(h.head) in syn.decision_nouns) \
                        and syn.is_pos(h.head, "noun") and h.head.i not in by_head \
                        and h.i > h.head.i:
                    # "condemned Russia's decision to expel two diplomats": the act of a named party's decision
                    # (its possessor or "of" phrase) is a fact criticised, as a nominal act is
                    src, tgt, _ = self._roles(s, me, h)
                    if src and tgt and all(self._inside(s, m, h.head) and not self._inside(s, m, h) for m in src):
                        return False
                # a clause coordinated with the speech act is not its content ("отказывается от
                # диалога, поэтому Брюсселю приходится вести переговоры")
                return not clause_conj
        return False

    def _drafted(self, x: Any) -> bool:
        """The verb `x` is a participle on a draft (`drafts`), or on the genitive of one: its wording, no fact stated
        («заблокировала проект резолюции, осуждающей операцию России на Украине»)."""
        if not self.syn.drafts or not self.syn.has(x, "noun_clause") or x.head.i == x.i:
            return False
        n = x.head
        return _word_in(n, self.syn.drafts) or n.head.i != n.i and self._case_key(n) in self.syn.preps["of"] \
            and _word_in(n.head, self.syn.drafts)

    def _done_participle(self, s: _Sent, h: Any, by_head: dict[int, _Trig]) -> bool:
        """The trigger is a past participle on the object of a verb ("condemned the sanctions imposed by the EU on
        Belarus", «призвала снять введённые ею санкции»): an act already done, which a stance or a request refers to,
        coded beside it where both its parties are named (convention 4); what is alleged ("accused Russia of strikes
        carried out ...", "the alleged ...") or asked for is no such fact (conventions 3 and 10)."""
        syn = self.syn
        me, n = by_head.get(h.i), h.head
        if me is None or me.phrase.pattern.type in syn.content_not_coded or n.i == h.i:
            return False
        if not syn.has(h, "noun_clause") or not syn.is_pos(n, "nominal") or n.head.i == n.i:
            return False
        # (the object, or a phrase, but not an accusation's charge: "accused Moscow of strikes carried out ...",
        # «обвинил в ударах, нанесённых ...»; "called for an end to the sanctions imposed by ..." is a fact)
        gov = n.head.head if syn.has(n, "prep_object") and n.head.head.i != n.head.i else n.head
        charge = by_head.get(gov.i)
        if not syn.has(n, "object") and charge is not None and charge.phrase.pattern.type == "ACCUSE":
            return False
        if "Part" not in h.morph.get("VerbForm") or "Past" not in h.morph.get("Tense"):
            return False
        if any(syn.has(c, "adjectival") and c.lower_ in syn.alleged_modifiers for c in n.children):
            return False
        src, tgt, _ = self._roles(s, me, h)
        return bool(src and tgt)

    def _modal_content(self, h: Any, x: Any, by_head: dict[int, _Trig]) -> bool:
        """The verb `x` on the path up from the trigger `h` has an auxiliary that is a request of its own (a modal
        verb pattern: "must"): what it governs is the thing asked for, not an act."""
        return self.syn.is_pos(x, "verb") and any(
            self.syn.has(c, "aux") and c.i != h.i and c.i in by_head
            and by_head[c.i].phrase.pattern.type in self.syn.content_not_coded for c in x.children)

    def _unnamed_teller(self, s: _Sent, v: Any) -> bool:
        """The verb `v` has a subject that names no actor ("a minister", "officials")."""
        subj, passive = self._subject(v)
        return subj is not None and not passive and not any(m.codes for m in self._actors_at(s, subj))

    def _denies_an_act(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is a verb of denial (syntax.yaml `status.denial`) with another trigger's verb in its
        clause: "Armenia denied that Armenian troops had shelled", "dismissed rumours that Warsaw
        had offered", "denied having deployed troops" (not "denied the request": no act denied)."""
        syn = self.syn
        if not self.syn.is_pos(h, "verb") or (h.lower_ not in syn.denial and _key(h) not in syn.denial):
            return False
        for x in h.subtree:
            if x.i == h.i or x.i not in by_head or not self.syn.is_pos(x, "verb"):
                continue
            a = x.head
            while a.i != h.i and a.i not in by_head and a.head.i != a.i:
                a = a.head
            if a.i == h.i:
                return True  # no other trigger between: "dismissed an appeal to lay down arms" is a refusal
        return False

    def _denies_a_report(self, h: Any) -> bool:
        """`h` denies a claimed act, whether or not that act is a trigger (`denied_reports`, convention 3:
        the act said not to have happened is the event, the denial no refusal): a verb of denial with a
        verb in its content clause, its infinitive or gerund or its object ("denied interfering", "denied
        that its troops had crossed"), or one of `denied_reports.verbs` with a claim noun as its object
        ("rejected claims that ...", "dismissed reports that ...")."""
        syn = self.syn
        if not syn.denied_reports or not syn.is_pos(h, "verb"):
            return False
        if _word_in(h, syn.denial):
            if any(syn.is_pos(c, "verb") and (syn.has(c, "content_clause") or syn.has(c, "open_clause") or syn.has(c, "object"))
                   for c in h.children):
                return True
            nxt = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
            if nxt is not None and syn.is_pos(nxt, "verb") and any(
                    syn.has(c, "object") and nxt in c.subtree for c in h.children):
                return True  # (a gerund the parse hangs on the object: "denied moving troops")
        if _word_in(h, syn.denied_reports.get("verbs", ())):
            objects = syn.denied_reports.get("objects", frozenset())
            return any(syn.has(c, "object") and _word_in(c, objects) for c in h.children)
        return False

    def _claims_own_act(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h`, a verb of `own_claims.verbs`, has a content clause whose act (a trigger) has a pronoun of
        `own_claims.pronouns` as its subject: the claimer's own act ("the rebels claimed that they had attacked")."""
        oc = self.syn.own_claims
        if not oc or not _word_in(h, oc.get("verbs", ())):
            return False
        return any(self.syn.has(c, "content_clause") and c.i in by_head and any(
            self.syn.has(x, "subject") and x.lower_ in oc.get("pronouns", ()) for x in c.children) for c in h.children)

    def _claimed_own(self, h: Any, own: set[int]) -> bool:
        """The act `h` is claimed by its maker: the content of a claim of `own` ("claimed that they had attacked")
        or the object of a claim of responsibility ("claimed responsibility for the attack": `own_claims.nouns`)."""
        oc = self.syn.own_claims
        if not oc:
            return False
        if self.syn.has(h, "content_clause") and h.head.i in own:
            return True
        # (also an act told in the claimed act's own phrase: "claimed responsibility for the bombings that killed 300")
        return self._claim_of(h) is not None or any(
            self._claim_of(a) is not None for a in list(h.ancestors)[:4] if self.syn.is_pos(a, "noun"))

    def _remarked(self, h: Any) -> bool:
        """The act `h` lies below a noun of `remarks` ("expressed condolences over an attack that killed 40",
        "denied charges he ran a squad that killed officials"): the background of that statement, so that with no
        actor named (only where unknown actors are allowed) it is not coded (convention 4)."""
        remarks = self.syn.remarks
        if not remarks:
            return False
        a, steps = h, 0
        while a.head.i != a.i and steps < 8:
            a, steps = a.head, steps + 1
            if self.syn.is_pos(a, "nominal") and _word_in(a, remarks):
                return True
            if self.syn.is_pos(a, "verb") and any(self.syn.has(c, "object") and _word_in(c, remarks)
                                                  for c in a.children):
                return True  # (the parse hangs the act on the verb: "expressed condolences to X over the fire")
        return False

    def _denied_claim(self, t: _Trig, h: Any, frames: set[int]) -> bool:
        """`h`, a claim noun (`denied_reports.objects`: "accusations", "charges"), is the object of a denial
        frame ("rejected accusations that ...", "denied charges of corruption"): the claim denied is background,
        coded only with both its parties named (convention 4), not an act of unknown parties that would
        stand for the denial."""
        syn = self.syn
        objects = syn.denied_reports.get("objects", frozenset())
        return t.phrase.pattern.pos == "noun" and h.head.i in frames and syn.has(h, "object") \
            and _word_in(h, objects)

    def _named_claim(self, s: _Sent, h: Any) -> bool:
        """`h` (a verb of `denied_reports.verbs`) rejects a claim noun whose maker is named ("rejected Russian
        accusations that ...", "dismissed Kyiv's claims that ..."): the rejection of that party's claim (with
        `denied_reports.named: true`), a refusal whose content is not coded (convention 3), not the act denied."""
        syn = self.syn
        if not syn.denied_reports.get("named") or not (
                _word_in(h, syn.denied_reports.get("verbs", ()))):
            return False
        objects = syn.denied_reports.get("objects", frozenset())
        return any(syn.has(c, "object") and _word_in(c, objects)
                   and any((syn.has(a, "possessor") or syn.has(a, "attribute")) and s.at.get(a.i) is not None
                           and s.mentions[s.at[a.i]].codes for a in c.children)
                   for c in h.children)

    def _blamed(self, s: _Sent, dates: list, state: DocState, blame: frozenset[str]) -> list[Event]:
        """A speaker's content clause that calls its subject's act unlawful ("Ukraine says Russia
        illegally blocked the strait": `preps.blame`) is the speaker's accusation of that subject."""
        syn = self.syn
        out: list[Event] = []
        info = cameo.lookup(syn.accuse_code)
        phrases = [tuple(b.split()) for b in blame]
        for v in s.doc:
            if not _word_in(v, syn.speech):
                continue
            for c in v.children:
                if not syn.has(c, "content_clause"):
                    continue
                # the word on the clause's verb (or a verb coordinated with it), not deeper ("said the
                # refugees had entered illegally" in a clause of its own)
                verbs = [c, *(x for x in c.children if syn.has(x, "coordinated") and self.syn.is_pos(x, "verb"))]
                code, kind = syn.accuse_code, info
                if not any(tuple(w.lower_ for w in s.doc[x.i:x.i + len(b)]) == b
                           for x in (x for v2 in verbs for x in v2.children) for b in phrases) \
                        and not self._blame_predicate(c):
                    if not self._blame_predicate(c, "praise_predicate"):
                        continue
                    # "Lukashenko said his country remained a reliable ally of Russia": praise (CAMEO 051)
                    code, kind = PRAISE_CODE, cameo.lookup(PRAISE_CODE)
                said, passive = self._subject(v)
                doer, dpassive = self._subject(c)
                if said is None or passive or doer is None or dpassive:
                    continue
                src = [m for m in self._actors_at(s, said) if m.codes and not m.location]
                own = {x for a in src for x in a.codes}
                tgt = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own]
                if not tgt and code == PRAISE_CODE:
                    tgt = self._deep(s, [x for x in c.children if syn.has(x, "copula_predicate")], src)
                if not tgt and code == syn.accuse_code:
                    # '"This is a flagrant violation," the ministry said of Russia's move': the act spoken of
                    tgt = self._deep(s, [g for x in v.children if syn.has(x, "prep") and _key(x) in syn.preps["of"]
                                         for g in x.children], src)
                date, gran = self._when(s, v, dates, state, "occurred")
                for a in src[:1]:
                    for b in tgt[:1]:
                        out.append(Event(source=a.codes[0], target=b.codes[0], type=kind.plover_type,
                                         cameo=code, status="occurred", source_sector=a.sector,
                                         source_text=a.text, target_text=b.text, target_sector=b.sector,
                                         mode=kind.mode, goldstein=kind.goldstein,
                                         quad=cameo.quad_class(code), date=date, date_granularity=gran,
                                         trigger=v.text, start=v.idx, end=v.idx + len(v.text)))
        return out

    def _sanction_refs(self, s: _Sent, events: list[Event]) -> list[Event]:
        """Sanctions named again by a pronoun with a participle (`sanction_refs.pronouns`, `verbs`: "those imposed
        by the US over Russia's policy") are the agent's sanctions on the party named by the participle's "on" or
        "against" phrase, or owning the noun of its "over" phrase (convention 4: both named). Counter-sanctions
        (`counter`, a party's: "Russia's counter-sanctions", "Russia introduced retaliatory sanctions") answering
        sanctions so imposed ("in response to those imposed by X", `answers`) are aimed at their imposers, and the
        sanctions answered at the counter-sanctions' owner. Background acts: occurred, undated."""
        syn, refs = self.syn, self.syn.sanction_refs
        nouns, verbs = refs.get("nouns", frozenset()), refs.get("verbs", frozenset())
        out: list[Event] = []
        done = {(e.source, e.target, e.type) for e in events}
        info = cameo.lookup(refs_code := next(iter(refs["code"])))
        ptype = next(iter(refs.get("type", (info.plover_type,)))).upper()  # (CAMEO 163 is SANCTION in PLOVER's terms)
        counters = self._counter_sanctions(s)

        def add(a: Mention, b: Mention, tok: Any) -> None:
            key = (a.codes[0], b.codes[0], ptype)
            if a.codes[0] == b.codes[0] or key in done:
                return
            done.add(key)
            out.append(Event(source=a.codes[0], target=b.codes[0], type=ptype, cameo=refs_code,
                             status="occurred", source_sector=a.sector, source_text=a.text, target_text=b.text,
                             target_sector=b.sector, mode=info.mode, goldstein=info.goldstein,
                             quad=cameo.quad_class(refs_code), date=None, date_granularity=None,
                             trigger=tok.text, start=tok.idx, end=tok.idx + len(tok.text)))

        for p in s.doc:
            x = p.head
            if p.lower_ not in verbs or not syn.has(p, "noun_clause") or x.i == p.i:
                continue
            pronoun = x.lower_ in refs.get("pronouns", ())
            if not pronoun and not _word_in(x, nouns):
                continue
            if pronoun and not any(_word_in(w, nouns) for w in s.doc[:x.i]):
                continue  # ("those imposed by ..." only after a word for sanctions)
            preps = self._preps(p)
            imposers = [m for w, n in preps if w == "by" for m in self._actors_at(s, n) if m.codes]
            if not imposers:
                continue
            targets = [m for w, n in preps if w in refs.get("on", ()) for m in self._actors_at(s, n) if m.codes]
            if not targets:
                targets = [m for w, n in preps if w in refs.get("over", ())
                           for c in n.children if syn.has(c, "possessor") for m in self._actors_at(s, c) if m.codes]
            # answered by counter-sanctions before it: "R's counter-sanctions, in response to those imposed by X"
            answer = x.head.head if x.head.head.i != x.head.i else x.head
            # (or "with countersanctions to the sanctions imposed by X": the phrase on the counter-sanctions noun)
            answering = [m for i, owners in counters if i < x.i for m in owners] \
                if answer.lower_ in refs.get("answers", ()) or any(i <= answer.i <= i + 2 for i, _ in counters) else []
            if pronoun or answering:
                for a in imposers:
                    for b in targets or answering:
                        add(a, b, p)
            for r in answering:
                for a in imposers:
                    add(r, a, p)
        return out

    def _counter_sanctions(self, s: _Sent) -> list[tuple[int, list[Mention]]]:
        """(token, owners) of each counter-sanctions phrase (`sanction_refs.counter`: "counter-sanctions",
        "retaliatory sanctions"): its possessor ("Russia's"), else the subject of the verb it is the object of."""
        syn, refs = self.syn, self.syn.sanction_refs
        counter, nouns = refs.get("counter", frozenset()), refs.get("nouns", frozenset())
        joiners = refs.get("joiners", frozenset())
        out: list[tuple[int, list[Mention]]] = []
        text = s.text.lower()
        if not any(w in text for w in counter):
            return out  # (most sentences: no token to look at, without reading each of the parse's tokens)
        for t in s.doc:
            if t.lower_ not in counter:
                continue
            # the phrase's tokens: "counter - sanctions" may be split in three, each an object of the verb
            phrase = [t] + [w for w in s.doc[t.i + 1:t.i + 3] if w.lower_ in joiners or _word_in(w, nouns)]
            if not any(_word_in(w, nouns) for w in phrase):
                continue
            heads = phrase + [w.head for w in phrase]
            owners = [m for w in heads for c in w.children if syn.has(c, "possessor")
                      for m in self._actors_at(s, c) if m.codes]
            if not owners:
                for w in heads:
                    verb = w.head.head if syn.has(w, "prep_object") and w.head.head.i != w.head.i else w.head
                    if (syn.has(w, "object") or syn.has(w, "prep_object")) and w.head.i != w.i \
                            and syn.is_pos(verb, "verb"):  # ("Russia introduced ...", "Russia responded with ...")
                        subj, passive = self._subject(verb)
                        if subj is not None and not passive:
                            owners = [m for m in self._actors_at(s, subj) if m.codes]
                            break
            if owners:
                out.append((t.i, owners))
        return out

    def _blame_predicate(self, c: Any, key: str = "blame_predicate") -> bool:
        """The content clause `c` says its subject (an act, "Lithuania's move") is unlawful or
        unacceptable (`preps.blame_predicate` as its predicate: "said Lithuania's move was discriminatory"),
        or (`preps.praise_predicate`) a reliable ally, not negated."""
        words = self.syn.preps[key]
        if not words or any(self.syn.has(x, "negation") or x.lower_ in self.syn.negation_words for x in c.children):
            return False
        copula = c.lemma_.lower() == "be"
        for x in c.children:
            # "said Russia was to blame" (an open clause), "was behind the attack" (a phrase) after a copula
            if self.syn.has(x, "copula_predicate") or (copula and x.i > c.i and (
                    self.syn.has(x, "open_clause") or self.syn.has(x, "prep"))):
                phrase = [w.lower_ for w in x.subtree if w.is_alpha]
                if any(" ".join(phrase[k:k + len(b.split())]) == b for b in words for k in range(len(phrase))):
                    return True
                if self._blame_phrase(x, words):
                    return True
        return False

    def _blame_phrase(self, x: Any, words: frozenset[str]) -> bool:
        """The phrase `x` is an entry "preposition(s) the noun" of `words` with other modifiers on the noun ("was
        behind a 2014 blast" for "behind the blast", "responsible for last week's attack")."""
        syn = self.syn
        preps = [(x, [x.lower_])] if syn.has(x, "prep") else \
            [(c, [x.lower_, c.lower_]) for c in x.children if syn.has(c, "prep")]  # "responsible for"
        for pr, lead in preps:
            for n in pr.children:
                if not syn.has(n, "prep_object"):
                    continue
                for b in words:
                    parts = b.split()
                    if len(parts) >= 3 and parts[-2] == "the" and parts[-1] == n.lower_ and parts[:-2] == lead:
                        return True
        return False

    def _others_word(self, s: _Sent, h: Any, own: set[str]) -> bool:
        """The act's clause is the content of a verb of saying (`speech`; above it, or a loose clause
        after it: "..., the US adviser said") whose subject is a forecaster (`status.forecasters`) or
        names only countries other than `own`: another's account of what the actor will do."""
        syn = self.syn
        x = self._verb_above(h)
        while (syn.has(x, "open_clause") or syn.has(x, "coordinated")) and x.head.i != x.i:
            x = x.head
        said = [c for c in x.children if syn.has(c, "parataxis")]
        if syn.has(x, "content_clause") and x.head.i != x.i:
            said.append(x.head)
        for v in said:
            subj, passive = self._subject(v)
            if subj is None or passive:
                continue
            if _word_in(subj, syn.forecasters):
                return True  # ("analysts predicted Azerbaijani forces would attack")
            if not (_key(v) in syn.speech or v.lower_ in syn.speech):
                continue
            # (a bare "the defence minister" takes the nearest name's country: no speaker of its own)
            ms = self._actors_at(s, subj)
            codes = {c for m in ms for c in m.codes}
            if codes and not codes & own and all(m.kind != "bare" for m in ms):
                return True
        return False

    def _said_by_other(self, s: _Sent, h: Any, a: str) -> Mention | None:
        """The speaker, of a country other than `a`, of the verb of saying (`speech`) whose content clause
        holds the act `h`, said before it ("Kyiv said Russian forces had shelled ..."), else None. A language whose news
        names no source after its report (no `attribution`) alleges wherever its speaker stands, as `_alleged` reads
        it: after the act («Российские войска обстреляли приграничные сёла, сообщили в Тбилиси»), or as the seat
        it is said in."""
        if not self.syn.attribution:
            return next((m for m in self._allegers(s, h)[1] if m.kind != "bare" and a not in m.codes
                         and len(m.codes) == 1), None)
        verb = self._saying_above(h, topics=False)[1]
        if verb is None:
            return None
        subj, passive = self._subject(verb)
        if subj is None or passive or verb.i > h.i:
            return None
        return next((m for m in self._actors_at(s, subj) if m.codes and m.kind != "bare" and a not in m.codes
                     and len(m.codes) == 1), None)

    def _saying_above(self, h: Any, topics: bool) -> tuple[Any, Any | None]:
        """The head of the content clause (with `topics`, also of the phrase of topic: «сообщил о попытке удара»)
        holding `h` within six heads up, and the verb of saying (`speech`) it hangs on; (the last head reached, None)
        where there is none."""
        syn = self.syn
        x = h
        for _ in range(6):
            if x.head.i == x.i:
                break
            about = topics and syn.has(x, "oblique") and self._case_key(x) in syn.preps["topic"]
            if (x.dep_ in syn.labels["clause"] or about) and _word_in(x.head, syn.speech):
                return x, x.head
            if syn.has(x, "relative") and self._reaction_noun(x.head) and any(
                    syn.has(c, "subject") and _key(c) not in syn.preps["relative_pronoun"] for c in x.children):
                break  # "said it had expelled X, a decision Moscow called unfriendly and promised to answer": Moscow's
            x = x.head
        return x, None

    def _according(self, h: Any) -> Any | None:
        """The phrase naming a speaker (`according`: "по словам X") on the trigger's clause or a clause
        above it, or None."""
        x = h
        for _ in range(6):
            for c in x.children:
                if c.i != h.i and self.syn.is_pos(c, "nominal") and f"{self._case_key(c)} {_key(c)}" in self.syn.according:
                    return c
            if x.head.i == x.i:
                return None
            x = x.head
        return None

    def _claim_noun(self, h: Any) -> Any | None:
        """A noun of claim (`claim_nouns`) whose content clause («утверждения Еревана о том, что ...») holds the act
        `h`, within six heads, else None."""
        syn = self.syn
        if not syn.claim_nouns:
            return None
        x = h
        for _ in range(6):
            if x.head.i == x.i:
                return None
            about = syn.has(x, "oblique") and self._case_key(x) in syn.preps["topic"]
            if (x.dep_ in syn.labels["clause"] or about) and self.syn.is_pos(x.head, "noun") \
                    and _word_in(x.head, syn.claim_nouns):
                return x.head
            x = x.head
        return None

    def _allegers(self, s: _Sent, h: Any) -> tuple[Any | None, list[Mention]]:
        """The verb of saying (or phrase «по словам») that states the act `h`, and its speakers with a code:
        its subject, the seat it is said in («заявили в Минобороны России»), or the phrase's party; (None, [])
        where no one says it."""
        syn = self.syn
        subj = None
        x, verb = self._saying_above(h, topics=True)  # (or its topic: "сообщил о попытке удара")
        if verb is None and not syn.attribution:
            # «Украинские войска обстреляли Белгород, заявили в Минобороны России»: a verb of saying
            # after its content, hung on the content's verb as a loose clause, alleges it too
            # (languages whose news sources say so after the report, `attribution`, excepted)
            v = self._verb_above(h)
            while syn.has(v, "open_clause") and v.head.i != v.i:
                v = v.head
            verb = next((c for c in v.children if syn.has(c, "parataxis")
                         and _word_in(c, syn.speech)), None)
            x, loose = v, verb is not None
        else:
            loose = False
        phrase = self._according(h) if verb is None else None
        claim = self._claim_noun(h) if verb is None and phrase is None else None
        if claim is not None:
            # «опровергло утверждения Еревана о том, что турецкий истребитель сбил ...»: the claim's owner alleges
            verb = claim
            speakers = [m for c in claim.children if syn.has(c, "possessor") or syn.has(c, "oblique")
                        and self._case_key(c) in syn.preps["of"] for m in self._actors_at(s, c) if m.codes]
        elif phrase is not None:
            # "По словам Лукашенко, украинские военные пытались нанести удар": the phrase's speaker alleges
            verb = phrase
            speakers = [m for c in phrase.children if not syn.has(c, "case")
                        for m in self._actors_at(s, c) if m.codes]
        elif verb is None or syn.attribution and x.i < verb.i and not any(t.is_quote for t in s.doc[:verb.i]):
            return None, []  # "... wounded two soldiers, police said": the news source, no allegation (unquoted)
        else:
            subj, passive = self._subject(verb)
            speakers = [m for m in self._actors_at(s, subj) if m.codes] if subj is not None and not passive else []
        if claim is not None:
            pass  # (its owner named above)
        elif phrase is None and not speakers and subj is not None and not passive:
            # "officials in Moscow have said ...": the speakers' seat names their state
            speakers = [m for w, n in self._preps(subj) if w in syn.preps["location"]
                        for m in self._actors_at(s, n, allow_location=True) if m.codes and m.kind in ("metonym", "country")]
        elif phrase is None and subj is None:
            # «заявили в Минобороны России», «утверждают в Ереване»: a verb with no subject speaks for
            # the institution or seat it is said in
            speakers = [m for w, n in self._preps(verb) if w in syn.preps["location"]
                        for m in self._actors_at(s, n, allow_location=True) if m.codes]
        if loose:  # (a news source named after its report, «сообщили литовские СМИ», reports it)
            speakers = [m for m in speakers if m.sector in STATE_SECTORS or m.kind in ("metonym", "igo")]
        # (a bare title takes the nearest name's country, no speaker of its own: «готовится закрыть пункты пропуска
        # на границе с Беларусью, заявила премьер-министр» is no Belarusian allegation)
        speakers = [m for m in speakers if m.kind != "bare"]
        return verb, speakers

    def _alleged(self, s: _Sent, h: Any, events: list[Event], dates: list, state: DocState) -> list[Event]:
        """Convention 3: a hostile act that a speaker says was aimed at the speaker's own country
        ("Lukashenko said Ukraine had massed troops near Belarus") is the speaker's accusation
        of the actor, and the act is not coded too."""
        syn = self.syn
        def anyone(e: Event) -> bool:  # "said Russia keeps applying pressure on Belarus": alleged, whoever is aimed at
            return bool(syn.alleged_words) and any(w in syn.alleged_words for w in (e.trigger or "").lower().split())

        if not syn.speech or not events or not any(e.type in syn.alleged_acts or anyone(e) for e in events):
            return events
        if syn.is_pos(h, "noun") and syn.has(h, "prep_object") and not anyone(events[0]):
            return events  # "..., a response to Riga's expulsion of Russian diplomats": a named act in a phrase (convention 4)
        verb, speakers = self._allegers(s, h)
        own = {c for m in speakers for c in m.codes}
        if not own:
            return events
        # a state's claim («утверждают в Сеуле», «по данным южнокорейской разведки») of another's hostile act is its
        # accusation, whoever the act is aimed at (a news outlet's or source's is a report)
        states = all(m.sector in STATE_SECTORS and m.kind in ("country", "metonym", "title", "person") for m in speakers)
        claimed = verb is not None and _word_in(verb, syn.alleging) and states
        # «Хуситы выпустили ракету по американскому эсминцу, сообщило командование США»: a verb of reporting after
        # its content reports an act on a party it names as news (`loose_reports`), no allegation
        reported = verb is not None and verb.i > h.i and syn.has(verb, "parataxis") and _word_in(verb, syn.loose_reports)
        out: list[Event] = []
        info = cameo.lookup(syn.accuse_code)
        for e in events:
            # (a hostile act said not to happen is no allegation, whoever it is aimed at: "insisted that Russia is
            # not pressuring Kazakhstan": the act, denied)
            # (a claim named by a noun was made, whoever denies its content: «опровергло утверждения Еревана о том, что ...»)
            denied = e.status == "denied" and not (verb is not None and _word_in(verb, syn.claim_nouns))
            # ("Kyiv said Belarus was massing troops": a hostile act aimed at no one named, by another state, is the
            # state speaker's accusation of it)
            loose = syn.alleged_untargeted and e.target is None and e.type in syn.alleged_acts and states
            third = (anyone(e) or claimed and e.type in syn.alleged_acts or loose) and e.source is not None \
                and e.source not in own and not denied
            if reported and e.target is not None and not claimed and any(
                    e.target in m.codes for k, m in enumerate(s.mentions)
                    if k < len(s.spans) and s.spans[k] and max(s.spans[k]) < verb.i):
                out.append(e)
                continue
            if not third and (e.type not in syn.alleged_acts or e.target not in own or e.source is None or e.source in own
                              or denied):  # ("said its monitors had not been detained": no allegation)
                out.append(e)
                continue
            m = next(m for m in speakers if e.target in m.codes) if not third else speakers[0]
            if e.status == "denied":
                out.append(e)  # (the act another denies stays, denied, beside the claim of it)
            date, gran = self._when(s, verb, dates, state, "occurred")
            out.append(Event(source=m.codes[0] if third else e.target, target=e.source, type=info.plover_type, cameo=syn.accuse_code,
                             status="occurred", source_sector=m.sector, source_text=m.text,
                             target_text=e.source_text, target_sector=e.source_sector, mode=info.mode,
                             goldstein=info.goldstein, quad=cameo.quad_class(syn.accuse_code), date=date,
                             date_granularity=gran, trigger=e.trigger, start=e.start, end=e.end))
        return out
