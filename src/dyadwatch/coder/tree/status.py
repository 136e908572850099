"""The status of an act (`_status`, `_status_notes`): negation, modals and governing verbs,
conditions, forecasts and opinions, refusals, and the explicit non-events of convention 10.
"""

from __future__ import annotations

from typing import Any

from dyadwatch.coder.base import Mention, _Trig
from dyadwatch.coder.tree.syntax import OWN_TALKS, STATUS_RANK, YEARS, _key, _Sent, _word_in


class StatusMixin:
    """TreeCoder's methods for this stage: the status of an act."""

    def _weighed(self, h: Any, below: Any, subject: bool) -> bool:
        """A verb of weighing (`considered.verbs`) over `below` weighs the act `h`: its object or complement, or the
        object whose genitive the act is («рассматривает введение санкций»); not its subject ("the sanctions weigh on
        the economy") nor an act in another thing's phrase («рассматривает дело об аресте»: the arrest is done)."""
        if subject:
            return False
        return below.i == h.i or below.i == h.head.i and not self.syn.has(h, "prep_object") \
            and not any(self.syn.has(g, "case") for g in h.children)

    def _considered(self, h: Any) -> bool:
        """The act `h` is weighed by its maker (`considered.verbs`): "is considering sending aid", "could consider
        resuming the dialogue" (CAMEO 014, consider policy option)."""
        verbs = self.syn.considered.get("verbs", ())
        if bool(verbs) and self.syn.is_pos(h, "verb") and self.syn.has(h, "adverbial_clause") and h.head.i != h.i \
                and self.syn.is_pos(h.head, "verb") and self._considered(h.head):
            return True  # (and the purpose of the act weighed: "considering sending aid to help North Korea cope")
        return bool(verbs) and self.syn.is_pos(h, "verb") and (
            self.syn.has(h, "open_clause") or self.syn.has(h, "object")) and _word_in(h.head, verbs)

    def _hoped(self, h: Any) -> bool:
        """The act `h` is hoped for (`hoped.verbs`): its complement, its content clause or the noun of its "for"
        ("hoped to resume flights", "hopes Japan will persuade Washington", "hoped for more talks"): CAMEO codes the
        hope, a statement, not the act."""
        verbs = self.syn.hoped.get("verbs", ())
        if not verbs:
            return False
        g = h.head
        if self.syn.has(h, "prep_object") and g.lower_ in self.syn.preps["topic"] and g.head.i != g.i:
            return _word_in(g.head, verbs)
        return (self.syn.has(h, "open_clause") or self.syn.has(h, "content_clause")) and g.i != h.i and _word_in(g, verbs)

    def _hoped_for(self, h: Any) -> bool:
        """The act `h` is only hoped for (`hoped_acts`: the noun of a hope's phrase, a hope's complement or content
        clause: «выразил надежду на восстановление диалога», «надеется посетить Москву», «выразил надежду, что ...»):
        no act stated (convention 1)."""
        x = h
        for _ in range(3):
            if x.head.i == x.i or not (self.syn.has(x, "oblique") or self.syn.has(x, "prep_object")
                                       or self.syn.has(x, "open_clause") or self.syn.has(x, "content_clause")
                                       or self.syn.has(x, "noun_clause")):
                return False
            x = x.head
            if _word_in(x, self.syn.hoped_acts):
                return True
            if self.syn.is_pos(x, "verb"):
                return False
        return False

    def _failed(self, t: _Trig, h: Any) -> bool:
        """The act `h` (of `failures.types`) is the complement of a verb of failing: "failed to reach agreement" (the
        agreement denied; CAMEO codes the failed accord as a rejection)."""
        f = self.syn.failures
        return bool(f) and t.phrase.pattern.type in f.get("types", ()) and self.syn.has(h, "open_clause") \
            and _word_in(h.head, f.get("verbs", ()))

    def _status(self, s: _Sent, h: Any) -> str:
        return self._status_notes(s, h)[0]

    def _unplanned(self, s: _Sent, h: Any) -> bool:
        """A future non-event (convention 10): an act negated by a negation word (not a verb of denial)
        that is also held to come ("no meeting is scheduled", "has no plans to attend", "will not cut
        gas supplies", "is not considering sanctions"); English sets `unplanned`."""
        if not self.syn.unplanned:
            return False
        found, notes = self._status_notes(s, h)
        return found == "denied" and "negation" in notes and "denial" not in notes \
            and bool(notes & {"planned", "hypothetical", "forecast"})

    def _absent_span(self, s: _Sent, h: Any) -> bool:
        """A verb act negated in the perfect over a span of time (`absent_spans`: "have not held talks since 2015",
        "has not met its neighbour in nearly three years"): a description of relations, no event (convention 10);
        one denied by a verb of denial stays denied."""
        sp = self.syn.absent_spans
        # (a nominal act as the verb's object: "have not held a meeting in three years")
        v = h.head if self.syn.is_pos(h, "noun") and self.syn.has(h, "object") else h
        if not sp or not self.syn.is_pos(v, "verb"):
            return False
        if not any(self.syn.has(c, "aux") and _key(c) in sp.get("auxiliaries", ()) for c in v.children):
            return False
        found, notes = self._status_notes(s, h)
        if found != "denied" or "negation" not in notes or "denial" in notes:
            return False
        return any(w in sp.get("since", ()) or w in sp.get("preps", ()) and (_key(n) in sp.get("periods", ()) or n.lower_ in sp.get("periods", ()))
                   for w, n in self._preps(v))

    def _no_date(self, s: _Sent, h: Any) -> bool:
        """An explicit non-event (convention 10): the act (or the noun it is the "of" phrase of) in a
        phrase (`no_date.preps`) of a verb of fixing (`no_date.verbs`) whose date noun (`no_date.nouns`)
        is negated ("no date has been set for Lukashenka's next visit", "no time was fixed for the talks")."""
        nd = self.syn.no_date
        if not nd:
            return False
        m = self._measure_head(s, h)
        p = m.head
        if nd.get("have") and self.syn.has(m, "subject") and p.i != m.i \
                and (_key(p) in nd["have"] or p.lower_ in nd["have"]) \
                and any(self.syn.has(c, "object") and (_key(c) in nd.get("nouns", ()) or c.lower_ in nd.get("nouns", ()))
                        and any(g.lower_ in self.syn.negation_words for g in c.children) for c in p.children):
            return True  # "the next round of consultations still has no date": the act has no date of its own
        if not (self.syn.has(m, "prep_object") and _key(p) in nd.get("preps", ()) and p.head.i != p.i):
            return False
        v = p.head
        if not (self.syn.is_pos(v, "verb") and (_key(v) in nd.get("verbs", ()) or v.lower_ in nd.get("verbs", ()))):
            return False
        return any((self.syn.has(c, "subject") or self.syn.has(c, "passive_subject") or self.syn.has(c, "object"))
                   and (_key(c) in nd.get("nouns", ()) or c.lower_ in nd.get("nouns", ()))
                   and any(g.lower_ in self.syn.negation_words for g in c.children)
                   for c in v.children)

    def _no_date_of(self, h: Any) -> bool:
        """An explicit non-event (convention 10) told through the genitive of a date noun (`no_date.nouns`), the
        subject of a negated verb of fixing (`no_date.verbs`): «дата визита пока не определена», «сроки проведения
        переговоров не согласованы» (the act, or the noun it is the genitive of, hangs on the date noun)."""
        nd = self.syn.no_date
        if not nd or nd.get("preps"):
            return False  # (a language that says it with a phrase: `_no_date`)
        if (_key(h) in nd.get("verbs", ()) or h.lower_ in nd.get("verbs", ())) \
                and any(g.lower_ in self.syn.negation_words for g in h.children) \
                and any((self.syn.has(c, "subject") or self.syn.has(c, "passive_subject"))
                        and (_key(c) in nd.get("nouns", ()) or c.lower_ in nd.get("nouns", ())) for c in h.children):
            return True  # («сроки не согласованы»: no accord either)
        x = h
        for _ in range(3):  # (through «проведения», «раунда»: the act's own nominal chain)
            if x.head.i == x.i or not (self.syn.has(x, "noun_modifier") and self._case_key(x) == ":gen"):
                return False
            x = x.head
            if _key(x) in nd.get("nouns", ()) or x.lower_ in nd.get("nouns", ()):
                v = x.head
                return (self.syn.has(x, "subject") or self.syn.has(x, "passive_subject")) and v.i != x.i \
                    and (_key(v) in nd.get("verbs", ()) or v.lower_ in nd.get("verbs", ())) \
                    and any(g.lower_ in self.syn.negation_words for g in v.children)
        return False

    def _no_date_open(self, h: Any) -> bool:
        """An explicit non-event (convention 10) told through the "of" phrase (`no_date.of`) of a date noun
        (`no_date.nouns`) whose verb leaves it unfixed: a negated verb of fixing, a predicate of `no_date.open`, or "yet"
        (`no_date.yet`) before a verb of fixing ("the date of the visit has not been set", "the timing of his next trip
        was still undecided", "... has yet to be determined")."""
        nd = self.syn.no_date
        if not nd or not nd.get("of") or h.head.i == h.i or not self.syn.has(h, "prep_object"):
            return False
        p = h.head
        c = p.head
        if p.lower_ not in nd["of"] or c.i == p.i or not (_key(c) in nd.get("nouns", ()) or c.lower_ in nd.get("nouns", ())):
            return False
        v = c.head
        if v.i == c.i or not (self.syn.has(c, "subject") or self.syn.has(c, "passive_subject")):
            return False
        verbs = nd.get("verbs", ())

        def fixing(x: Any) -> bool:
            return _key(x) in verbs or x.lower_ in verbs
        if fixing(v) and any(g.lower_ in self.syn.negation_words for g in v.children):
            return True  # "the date of the visit has not been set"
        if any(x.lower_ in nd.get("open", ()) for x in v.children if x.i > c.i):
            return True  # "the date of his trip was still undecided"
        return any(x.lower_ in nd.get("yet", ()) for x in v.children) and (
            fixing(v) or any(fixing(x) for x in v.children if x.i > v.i))  # "... has yet to be determined"

    def _asserts(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A verb of demand (`assertions`) with a content clause asserts it ("Minsk insisted that no
        Belarusian soldiers had taken part", "..., the central bank insisted"): speech, no demand; its
        content is coded as what it says ("insisted on its demands" stays a demand)."""
        syn = self.syn
        if t.phrase.pattern.pos != "verb" or t.end - t.start != 1 or not (_key(h) in syn.assertions or h.lower_ in syn.assertions):
            return False
        return any(syn.has(c, "content_clause") and not self._mandative(c) for c in h.children) \
            or syn.has(h, "parataxis") and h.head.i != h.i and syn.is_pos(h.head, "verb")

    def _mandative(self, c: Any) -> bool:
        """The content clause `c` is in the bare form with a subject and no auxiliary ("insisted that North Korea
        return the abductees"): what is demanded, not a thing asserted ("insisted that no soldiers had taken part")."""
        syn = self.syn
        if syn.tagged(c, "plain_present") and not any(syn.has(x, "aux") for x in c.children) and any(
                syn.has(x, "subject") and syn.is_pos(x, "nominal") and not syn.tagged(x, "plural")
                and not syn.tagged(x, "proper_plural") for x in c.children):
            return True  # "insisted that the bloc first agree": a plain form with a singular subject, a subjunctive
        return syn.tagged(c, "nonfinite") and not syn.tagged(c, "participle") and not syn.tagged(c, "converb") \
            and any(syn.has(x, "subject") for x in c.children) and not any(syn.has(x, "aux") for x in c.children)

    def _others_act_warned(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A warning whose content is another party's act ("US intelligence warns that Russia may deploy
        175,000 troops", "Wagner fighters could try to cross into Poland, Polish officials warned"): a
        forecast of that act, no threat by the one who warns (a threat warns of one's own act: "Russia
        warned that it could block flights")."""
        syn = self.syn
        if t.phrase.pattern.type != "THREATEN" or t.phrase.pattern.pos != "verb" \
                or not (_key(h) in syn.warnings or h.lower_ in syn.warnings):
            return False
        content = [c for c in h.children if syn.has(c, "content_clause")]
        if syn.has(h, "parataxis") and h.head.i != h.i:
            content.append(h.head)  # "..., Polish officials warned"
        if len(content) != 1 or not syn.is_pos(content[0], "verb"):
            return False
        subj, passive = self._subject(content[0])
        if subj is None or passive or subj.head.i != content[0].i:
            return False
        v = content[0]
        if any(f"{_key(v)} {_key(o)}" in syn.consequences for o in v.children if syn.has(o, "object")):
            return False  # "warned that Minsk will bear full responsibility": what it faces is the warner's threat
        theirs = [m for m in self._actors_at(s, subj) if m.codes and m.kind != "bare"]
        own = {c for m in self._roles(s, t, h)[0] for c in m.codes}
        return bool(theirs) and bool(own) and not {c for m in theirs for c in m.codes} & own

    def _stays_away(self, s: _Sent, t: _Trig, h: Any, done: bool = False) -> bool:
        """One party refusing to come to an organisation's own meeting ("Putin will not attend the CIS
        summit"): no refusal of anyone, but a boycott to come where the language sets `stay_away` (convention 6).
        With `done`, one that did not come to it, a visit verb negated in the past («Лукашенко не приехал на саммит
        ЕАЭС»): the boycott held."""
        p = t.phrase.pattern
        if p.type not in OWN_TALKS or p.pos != "verb" or p.type not in self.syn.refusal \
                or (self._refused(h) if done else not self._refused(h)) or done and not p.visit \
                or self._status(s, h) != "denied":
            return False
        src, tgt, _ = self._roles(s, t, h)
        objs = [c for c in h.children if self.syn.has(c, "object")]
        if self.syn.labels.get("case"):
            # («не приедет на саммит ОДКБ в Минск»: the meeting in a phrase, its venue no party)
            objs += [c for c in h.children if self.syn.has(c, "oblique")
                     and any(_word_in(x, self.syn.stay_away_meetings) for x in c.subtree)]
        igo = [m for m in [*src, *tgt] if m.kind == "igo"]
        own = {c for m in [*src, *tgt] if m.kind != "igo" and not (m in tgt and m.location) for c in m.codes}
        return bool(igo) and len(own) == 1 and all(any(self._inside(s, m, o) for o in objs) for m in igo)

    def _statistic(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A flow's figures (convention 10, statistics): a nominal act of `statistics.types` (or the noun
        it is the "of" phrase of) as the subject of a verb of change in quantity (`statistics.verbs`:
        "Belarusian exports to China rose by a third", "Ukraine's exports to Russia have fallen")."""
        st = self.syn.statistics
        if not st or t.phrase.pattern.pos != "noun" or t.phrase.pattern.type not in st.get("types", ()):
            return False
        m = self._measure_head(s, h)
        v = m.head
        return self.syn.has(m, "subject") and v.i != m.i and self.syn.is_pos(v, "verb") \
            and (_key(v) in st.get("verbs", ()) or v.lower_ in st.get("verbs", ()))

    def _repeated(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """Occasions counted (convention 10, statistics): an act of `repeated.types` whose verb in the
        perfect counts its times ("have met more than 100 times", "has visited China several times") or,
        in the perfect progressive, spans years ("have been discussing a common currency since the 1990s",
        "... for years")."""
        rp = self.syn.repeated
        if not rp or t.phrase.pattern.type not in rp.get("types", ()):
            return False
        v = h
        if not self.syn.is_pos(v, "verb"):
            m = self._measure_head(s, h)
            v = m.head if self.syn.has(m, "light_object") and m.head.i != m.i else None
            if v is None or not self.syn.is_pos(v, "verb"):
                return False
        aux = {c.lower_ for c in v.children if self.syn.has(c, "aux")}
        if not aux & rp.get("perfect", frozenset()):
            return False  # ("met Erdogan three times last month": the month's meetings)
        if any(c.lower_ in rp.get("counts", ()) and any(self.syn.has(g, "noun_phrase") for g in c.children)
               for c in v.children if self.syn.is_pos(c, "noun")):
            return True
        if not aux & rp.get("progressive", frozenset()):
            return False
        # (a span from a year or decade, not from a day: "have been meeting in Geneva since Monday" goes on)
        phrases = [p for x in (v, *(c for c in v.children if self.syn.has(c, "object"))) for p in x.children
                   if self.syn.has(p, "prep")]
        return any(_key(p) in rp.get("since", ()) and any(self.syn.has(g, "prep_object") and YEARS.match(g.text)
                                                          for g in p.children)
                   or _key(p) in rp.get("spans_with", ()) and any(self.syn.has(g, "prep_object") and g.lower_ in rp.get("spans", ())
                                                                  for g in p.children)
                   for p in phrases)

    def _status_notes(self, s: _Sent, h: Any) -> tuple[str, set[str]]:
        """The trigger's status and every status (and "negation", "denial") noted on its chain."""
        syn = self.syn
        found = "occurred"
        notes: set[str] = set()

        outer = -1  # the chain's verb above a content clause (its tense is the report's, not the act's)
        at = 0

        def note(st: str, origin: str | None = None) -> None:
            nonlocal found
            if at != outer:
                notes.add(origin or st)
            if STATUS_RANK[st] < STATUS_RANK[found]:
                found = st

        chain = [h]
        x = h
        prev = None
        own_verb = None
        own_active = False  # the nominal event is its own verb's active subject
        inherit: set[int] = set()  # chain verbs whose tense the trigger shares (a converb's main verb)
        coord: set[int] = set()  # chain verbs the trigger is coordinated with ("отказалась ... и провела")
        unnegated: set[int] = set()  # chain verbs heading a coordinated clause with its own subject
        for c in h.children:  # "a planned joint exercise", "the upcoming talks"
            if self.syn.has(c, "adjectival") and _word_in(c, syn.governors):
                note(syn.governors.get(c.lower_) or syn.governors[_key(c)])
            if syn.has(c, "relative") and not self.syn.is_pos(h, "verb"):
                # "санкции, которые введут на следующей неделе": the relative clause's tense
                for feat in c.morph:
                    if syn.features.get(feat) == "planned":
                        note("planned")
                if any(syn.has(a, "aux") and syn.aux.get(a.lower_) == "planned" for a in c.children):
                    note("planned")
        for _ in range(6):
            if x.head.i == x.i:
                break
            dep = x.dep_
            if x.i == h.i and (dep in self.syn.labels["parataxis"] or self._coordinated_verb(x)) and not self._same_tense(x, x.head):
                break  # "Учения завершатся 25 сентября, предупредила Литва": the warning's own tense, not its content's
            prev = x
            x = x.head
            if prev.i == h.i and self._conditions_converb(prev):
                x = self._converb_anchor(prev)  # "..., if troops crossed the border, accusing Minsk of ...": the condition is not its own
            if (dep in syn.labels["prep"] or dep in syn.labels["oblique"]) and self.syn.is_pos(x, "verb") \
                    and not self.syn.is_pos(chain[-1], "verb") and not (len(chain) > 1 and self._light_prep(chain[-2])) \
                    and not self._light_phrase(x, prev) \
                    and not ((self._case_key(prev) in syn.preps["topic"] or syn.has(prev, "prep") and _key(prev) in syn.preps["topic"])
                             and (_key(x) in syn.governors or x.lower_ in syn.governors)) \
                    and not (len(chain) > 1 and self.syn.is_pos(chain[-2], "verb") and self.syn.has(chain[-2], "prepositional")
                             and "denied" in (syn.governors.get(_key(x)), syn.governors.get(x.lower_))):
                # (nor a gerund in the phrase of a verb that denies it: "refrained from supplying weapons")
                # (but the topic of a governing verb: «договорились о проведении переговоров»: planned; and a
                # light phrase: «решится на наступление» has the status of «решится»)
                break  # an event in a verb's adjunct ("during the talks ... failed to agree") has its own status
            if dep in syn.labels["clause"] or dep in syn.labels["light_object"] or dep in self.syn.labels["status_chain"] \
                    or dep in syn.labels["oblique"]:  # UD: "возможность закрытия"
                chain.append(x)
                if dep in self.syn.labels["coordinated"] and self.syn.is_pos(prev, "verb"):
                    coord.add(len(chain) - 1)  # a coordinated verb: its governing words are not ours
                    if any(syn.has(c, "subject") or syn.has(c, "passive_subject") for c in prev.children):
                        # (nor, with a subject of its own, its negation: «не подписали контракт, и компании
                        # прекратили отгрузку» - the halt took place)
                        unnegated.add(len(chain) - 1)
            elif all(not self.syn.is_pos(c, "verb") for c in chain) \
                    and (dep in syn.labels["subject"] or dep in syn.labels["passive_subject"]):
                # a nominal event's own verb: "the talks will take place", "учения пройдут"; its
                # negation only where the verb says the event happens ("the talks did not take place")
                chain.append(x)
                own_verb = x
                own_active = dep in syn.labels["subject"]
            if dep in self.syn.labels["adverbial_clause"] and prev is not None and (
                    any(c.lower_ in syn.temporal for c in prev.children) or "Conv" in prev.morph.get("VerbForm")
                    or any(self.syn.has(c, "infinitive_marker") and c.lower_ in self.syn.preps["infinitive"] for c in prev.children)):
                if "Conv" in prev.morph.get("VerbForm"):
                    inherit.add(len(chain) - 1)  # "отрепетируют ..., проведя учения": the main verb's tense
                    if prev.i == h.i:
                        # (not its governing word: «пригрозила заблокировать их, обвинив Стокгольм» accuses now)
                        coord.add(len(chain) - 1)
                continue  # "will rehearse ... when they hold drills": the time of the main clause
            if dep in self.syn.labels["status_barrier"] and not (
                    dep in syn.labels["content_clause"] and self.syn.is_pos(prev, "verb") and _word_in(x, syn.small_clauses)) \
                    or len(chain) > 4:
                # (a bare clause of helping is no content clause: "offered to help Baku and Yerevan sign a treaty"
                # signs nothing yet)
                if dep in self.syn.labels["status_barrier"] and chain[-1] is x:
                    outer = len(chain) - 1
                break
        own_t = getattr(self, "_by_head", {}).get(h.i)
        for k, v in enumerate(chain):
            at = k
            for feat in v.morph if k < 2 or k in inherit else ():
                if feat in syn.features:
                    note(syn.features[feat])
            for c in v.children:
                w = c.lower_
                if (syn.has(c, "negation") or (w in syn.negation_words and self.syn.has(c, "negation_holder"))) \
                        and k not in unnegated and not (own_t is not None and self._in_trigger(s, own_t, c)) \
                        and (v is not own_verb or _key(v) in syn.occurrence or v.lower_ in syn.occurrence):
                    st = syn.negated.get(_key(v), "denied") if k > 0 else "denied"
                    note(st, "negation" if st == "denied" else None)
                if k == 0 and c.i == next(iter(v.children)).i and syn.is_pos(v, "verb") and syn.tagged(v, "converb") \
                        and v.head.i != v.i and v.head.lower_ in syn.negating_preps:
                    note("denied", "negation")  # `negating_preps`: "without settling the dispute"
                if k == 0 and syn.is_pos(v, "verb") and syn.has(c, "object") and syn.is_pos(c, "noun") and any(
                        g.lower_ in syn.negation_words and syn.has(g, "negation_holder") and syn.is_pos(g, "determiner")
                        for g in c.children):
                    note("denied", "negation")  # "reached no agreement", "imposed no sanctions": the act denied
                if k == 0 and syn.is_pos(v, "verb") and (syn.has(c, "subject") or syn.has(c, "passive_subject")) and (
                        w in syn.negative_subjects or any(
                            g.lower_ in syn.negation_words and syn.has(g, "negation_holder") and syn.is_pos(g, "determiner")
                            or g.lower_ in syn.negative_subjects and syn.has(g, "negation_holder")
                            for g in c.children)):
                    # "none of the envoys attended", "no Baltic state sent troops", "no agreement was reached",
                    # "neither Warsaw nor Vilnius sent envoys" (the word on the subject's first conjunct)
                    note("denied", "negation")
                if syn.has(c, "aux") and w in syn.aux and not self._inverting(c) \
                        and not (own_t is not None and self._in_trigger(s, own_t, c)):
                    # (not the pattern's own word: "would not rule out force" is a threat made)
                    note(syn.reported_aux[w] if w in syn.reported_aux and self._reported_future(v)
                         and not self._open_object(v) else syn.aux[w])
                if syn.has(c, "mark") and w in syn.markers:
                    note(syn.markers[w])
                if syn.headline_future and (v.head.i == v.i or v.head.lower_ in syn.speech) \
                        and syn.has(c, "infinitive_marker") \
                        and w in syn.preps["infinitive"] and any(syn.has(g, "subject") for g in v.children):
                    # "Lithuania to close two crossings", "Kremlin says Putin to visit": a headline's infinitive
                    note(syn.headline_future)
                if w in syn.adverbs and (self.syn.has(c, "adverbial")
                                         or self.syn.has(c, "parataxis") and all(g.is_punct for g in c.children)):
                    # (a parenthetical adverb: «Россия, вероятно, выделит кредит», UD parataxis)
                    note(syn.adverbs[w])  # "the EU will likely impose new sanctions": forecast
            if v.lower_ in syn.copula_to and any(
                    self.syn.has(c, "open_clause") and any(a.lower_ in self.syn.preps["infinitive"] for a in c.children) for c in v.children):
                note("planned")  # "talks are to be held"
            if k > 0 and k not in coord:
                word = v.lower_ if v.lower_ in syn.governors or v.lower_ in syn.denial else _key(v)
                if word in syn.governors and syn.governors[word] == "denied" and _key(chain[k - 1]) in syn.negated:
                    note(syn.negated[_key(chain[k - 1])])  # a refusal of a hedge is its negation: "refused to rule out"
                elif word in syn.governors and not (word in self.syn.considered.get("verbs", ())
                                                    and not self._weighed(h, chain[k - 1], v is own_verb and own_active)):
                    note(syn.governors[word])
                if word in syn.denial:
                    note("denied", "denial")
                subj, _ = self._subject(v)
                if subj is not None and _word_in(subj, syn.forecasters):
                    note("forecast")
            if self.syn.has(v, "adverbial_clause") and any(c.lower_ in syn.markers for c in v.children if syn.has(c, "mark")):
                note(syn.markers[next(c.lower_ for c in v.children if syn.has(c, "mark"))])
            elif (mk := self._inverted_mark(v)) in syn.markers:
                note(syn.markers[mk])  # "Should Belarus refuse, ...": as "if"
            if syn.conditions and k not in coord and not (self._threat_at(h) and v.i == self._verb_above(h).i
                                                          and found not in ("forecast", "hypothetical")):
                # (a threat itself only possible under the condition is hypothetical: "the Kremlin might warn
                # Minsk of consequences if it deepens ties with Washington"; "will threaten ... if" stays)
                # the act of a clause with a condition set on it is hypothetical (convention 5: "would
                # send troops should ..."), not the threat that states it (nor a nominal threat's verb: "sent
                # a warning about ... if ...")
                cond = self._condition(v)
                if cond is not None:
                    note(cond)
        return found, notes

    def _open_object(self, v: Any) -> bool:
        """The verb's object is open to any instance (`status.open_objects`: "would veto any return of
        peacekeepers"): what it would do is conditional on there being one, hypothetical."""
        return any(self.syn.has(o, "object") and any(d.lower_ in self.syn.open_objects for d in o.children)
                   for o in v.children)

    def _condition(self, v: Any) -> str | None:
        """The status of a condition set on `v` (`status.conditions`): an adverbial clause with a
        subordinating word of condition, or a phrase of condition, among its children; else None."""
        syn = self.syn
        # (also on its object: «окажет помощь ... при условии»)
        for c in [*v.children, *(g for o in v.children if syn.has(o, "light_object") for g in o.children)]:
            if syn.has(c, "adverbial_clause") or syn.has(c, "content_clause"):
                w = next((m.lower_ for m in c.children if syn.has(m, "mark") and m.lower_ in syn.conditions
                          and syn.has(c, "adverbial_clause")), None) or self._inverted_mark(c)
                if w is not None and w in syn.conditions:
                    return syn.conditions[w]
            if syn.is_pos(c, "nominal"):  # (any label: «в случае» is read as a clause on «готова»)
                key = f"{self._case_key(c)} {_key(c)}"
                if key in syn.conditions:
                    return syn.conditions[key]
        return None

    def _condition_clause(self, c: Any) -> bool:
        """An adverbial clause opened by a subordinating word of condition (`status.conditions`: «если», "if")."""
        return self.syn.has(c, "adverbial_clause") and any(
            self.syn.has(m, "mark") and m.lower_ in self.syn.conditions for m in c.children) \
            or self._inverted_mark(c) in self.syn.conditions

    def _condition_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party other than `src` that the subject of a condition on the act's clause names (or on
        the clause of a threat's content), or []."""
        syn = self.syn
        own = {c for m in src for c in m.codes}
        x = self._verb_above(h)
        chain = self._open_chain(x)  # («Литва может закрыть границу, если ...»: the condition on the modal)
        x = chain[-1]
        clauses = [*chain, *(c for c in x.children if syn.has(c, "content_clause") or syn.has(c, "parataxis"))]
        if (syn.has(x, "parataxis") or syn.has(x, "governor_climb")) and x.head.i != x.i:
            clauses.append(x.head)  # «..., Минск закроет транзит, пригрозил Лукашенко»
        for v in clauses:
            for c in v.children:
                if self._condition_clause(c):
                    subj = next((g for g in c.children if syn.has(g, "subject")), None)
                    other = [m for m in self._actors_at(s, subj) if not set(m.codes) & own] if subj is not None else []
                    if other:
                        return other
        return []

    def _conditioned_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The act is the condition («если ...») of a main clause whose subject names another party:
        that party, the one the act would be aimed at («Если ЕС введёт санкции, Минск ответит»)."""
        syn = self.syn
        v = h
        for _ in range(3):
            if syn.has(v, "adverbial_clause") or v.head.i == v.i:
                break
            v = v.head
        if not self._condition_clause(v) or v.head.i == v.i:
            return []
        own = {c for m in src for c in m.codes}
        subj, passive = self._subject(v.head)
        return [m for m in self._actors_at(s, subj) if not set(m.codes) & own] if subj is not None and not passive else []

    def _open_chain(self, h: Any) -> list[Any]:
        """`h` and the verbs it is the open complement of ("может закрыть", "готова ввести")."""
        chain = [h]
        while self.syn.has(chain[-1], "open_clause") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
            chain.append(chain[-1].head)
            if self.syn.has(chain[-1], "copula_predicate") and chain[-1].head.i != chain[-1].i:
                chain.append(chain[-1].head)  # ("is ready to impose sanctions if ...": the condition on the copula)
        return chain

    def _viewed(self, h: Any) -> bool:
        """The act's clause is an opinion or a forecaster's view (`opinion` verbs, `status.forecasters`
        as the subject of a verb of saying on it: «..., считают эксперты»), not its actor's statement."""
        syn = self.syn
        if self._opinion(h) is not None:
            return True
        x = self._verb_above(h)
        while syn.has(x, "open_clause") and x.head.i != x.i:
            x = x.head  # «может перекрыть ...»: the clause's own verb
        for v in [x, x.head, *x.children]:
            if _key(v) in syn.opinion:
                return True
            subj, _ = self._subject(v) if syn.is_pos(v, "verb") else (None, False)
            if subj is not None and _word_in(subj, syn.forecasters):
                return True
        return False

    def _threat_at(self, h: Any) -> bool:
        """The trigger at `h` is a threat (its condition is the threat's content, not its own)."""
        t = getattr(self, "_by_head", {}).get(h.i)
        return t is not None and t.phrase.pattern.type == "THREATEN"

    def _reported_future(self, v: Any) -> bool:
        """`v` is the verb of a content clause of a verb of saying, with no condition of its own ("said it
        would suspend traffic": the future of the report, `status.reported_aux`; not "would mediate if asked")."""
        syn = self.syn
        if not syn.has(v, "content_clause") or v.head.i == v.i:
            return False
        said = v.head
        if said.lower_ not in syn.speech and _key(said) not in syn.speech \
                and said.lower_ not in syn.report_time and _key(said) not in syn.report_time:
            return False
        return not any(syn.has(c, "adverbial_clause") and any(syn.has(m, "mark") and m.lower_ in syn.markers
                                                                for m in c.children) for c in v.children)

    def _aux_to_come(self, v: Any) -> bool:
        """An auxiliary of `v` puts its act to come ("will", "would"); not the auxiliary of an inverted
        condition ("Should Russia attack ...": a condition, no intention)."""
        return any(self.syn.has(c, "aux") and self.syn.aux.get(c.lower_) in ("planned", "hypothetical")
                   and not self._inverting(c) for c in v.children)

    def _inverted_mark(self, c: Any) -> str | None:
        """The subordinating word an inverted adverbial clause of condition stands for (`inverted_conditions`:
        "Should Belarus refuse, ...", "Were Minsk to release ...", "... had Kyiv agreed"): its first word, an
        auxiliary (or its own verb) before its subject, with no subordinating word of its own; else None."""
        syn = self.syn
        # (or a clause after its verb that the parse reads as a content clause: "would impose measures should Minsk
        # continue ...")
        if not syn.inverted_conditions or not (syn.has(c, "adverbial_clause") or syn.has(c, "content_clause")
                                               and c.head.i != c.i and c.left_edge.i > c.head.i) \
                or any(syn.has(m, "mark") for m in c.children):
            return None
        first = c.left_edge
        if first.lower_ not in syn.inverted_conditions or not (first.i == c.i or first.head.i == c.i and syn.has(first, "aux")):
            return None
        if not any((syn.has(x, "subject") or syn.has(x, "passive_subject")) and x.i > first.i for x in c.children):
            return None
        return syn.inverted_conditions[first.lower_]

    def _inverting(self, a: Any) -> bool:
        """`a` is the auxiliary that opens an inverted condition (`_inverted_mark`)."""
        return a.head.i != a.i and a.i == a.head.left_edge.i and self._inverted_mark(a.head) is not None

    def _refused(self, h: Any) -> bool:
        """A negated act to come: "will not lift", a future form («не пойдёт на уступки»), or the
        complement of a negated verb of intention («не намерен выводить», «не собирается смягчать»)."""
        syn = self.syn

        def negated(v: Any) -> bool:
            return any(syn.has(c, "negation") or c.lower_ in syn.negation_words for c in v.children)

        def to_come(v: Any) -> bool:
            return self._aux_to_come(v) or any(syn.features.get(f) in ("planned", "hypothetical") for f in v.morph)

        if any(syn.has(c, "mark") and c.lower_ in syn.markers for c in h.children):
            return False  # a condition, not a refusal («если Минск не согласится»)
        if negated(h) and to_come(h):
            return True
        g = h.head
        if negated(h) and syn.has(h, "open_clause") and g.i != h.i and _word_in(g, syn.subject_control):
            return True  # "vowed never to recognise", "pledged not to sign": a promise of the act refused
        if syn.declined and syn.has(h, "open_clause") and g.i != h.i and negated(g) and _word_in(g, syn.declined):
            return True  # «не стал подписывать декларацию»: declined
        # (where the language marks the future on the verb: English "does not plan to" stays the act denied)
        return bool(syn.features) and syn.has(h, "open_clause") and g.i != h.i and negated(g) \
            and syn.governors.get(g.lower_, syn.governors.get(_key(g))) == "planned"

    def _opinion(self, h: Any) -> Any | None:
        """Whether the trigger stands in the content clause of a verb of opinion (`opinion`: «в Литве
        считают, что ...»): the head of the clause held, or None. An act held to have happened there is
        an opinion, no act (convention 10)."""
        if not self.syn.opinion:
            return None
        x = h
        for _ in range(8):
            if x.head.i == x.i:
                return None
            if (self.syn.has(x, "content_clause") or self.syn.has(x, "clausal_subject")) and _key(x.head) in self.syn.opinion \
                    and x.i > x.head.i:
                return x  # the clause held (after its verb: not "X has been accused of ..., much of it believed ...")
            x = x.head
        return None

    def _opinion_verb(self, h: Any) -> bool:
        """A nominal act that is its clause's own predicate or object (held as the clause's act, «считают,
        что нужны санкции»), not the subject of another verb in it ("that the protests were supported")."""
        return not (self.syn.has(h, "subject") or self.syn.has(h, "passive_subject")) or h.head.i == h.i \
            or not self.syn.is_pos(h.head, "verb")
