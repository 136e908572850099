"""One sentence coded (`_code`): cut at its independent clauses, its mentions and triggers found,
parsed, the triggers' acts read and filtered, and the stages below called in order; what the
document keeps of the acts a sentence coded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.coder.base import (
    DocState,
    Mention,
    _citation,
    _contains,
    _Trig,
    _year_end,
    first_of_each,
)
from dyadwatch.coder.tree.syntax import AGREEING, REFUSING, _key, _restate, _Sent, _word_in
from dyadwatch.model import Event
from dyadwatch.nlp.dates import find_dates


class SentenceMixin:
    """TreeCoder's methods for this stage: one sentence coded."""

    def _blame_hint(self, lower: list[str]) -> bool:
        """A verb of saying and a word of blame (`preps.blame_predicate`): a speaker may call another's act
        unlawful with no trigger in the sentence ("Moscow said Lithuania's decision was illegal")."""
        words = self.syn.preps["blame_predicate"] | self.syn.preps["praise_predicate"]
        said = any(w in self.syn.speech for w in lower)
        harms = self.syn.reacted.get("harms", frozenset()) if self.syn.labels.get("case") else frozenset()
        if harms and any(w in harms for w in lower) and (
                said or any(a.split()[-1] in lower for a in self.syn.according)):
            return True  # («заявил, что Польша вмешивается во внутренние дела»: a harm said, `_said_harmful`)
        return bool(words) and said and any(b.split()[0] in lower for b in words)

    def _parse(self, texts: list[str]) -> list[Any]:
        # (a language read by another's parser is respelt letter for letter first: `parse_spelling`)
        return self.parse([self.spelling(t) for t in texts] if self.spelling is not None else texts)

    def _doc(self, text: str) -> Any:
        d = self._docs.pop(text, None)
        if d is None:
            d = self._parse([text])[0]
            self.parsed += 1
        return d

    def _independent_clauses(self, text: str) -> list[tuple[int, int]]:
        """`text` cut at its marks between independent clauses (`clause_split`: «...; ...»), outside quotes and
        brackets, where each side is long enough to be a clause of its own: each is parsed on its own (the parse
        otherwise hangs one clause's subject on the other's verb)."""
        cuts: list[int] = []
        depth = 0
        for i, ch in enumerate(text):
            if ch in "«(\"":
                depth += 1 if ch != '"' or depth == 0 else -1
            elif ch in "»)":
                depth = max(0, depth - 1)
            elif ch in self.syn.clause_split and depth == 0 and i + 1 < len(text) and text[i + 1] == " ":
                cuts.append(i + 1)
        spans, a = [], 0
        for c in [*cuts, len(text)]:
            if len(text[a:c].split()) >= 4 and (c == len(text) or len(text[c:].split()) >= 4):
                spans.append((a, c))
                a = c
        if a < len(text) and spans:
            spans[-1] = (spans[-1][0], len(text))
        spans = [(x + len(text[x:y]) - len(text[x:y].lstrip()), y) for x, y in spans]
        return spans or [(0, len(text))]

    def _union_member_acts(self, events: list[Event]) -> list[Event]:
        """A member's act aimed at a union of two it belongs to (or the union's at a member) is aimed at the other
        member ("the Kremlin will demand faster progress on the Union State roadmaps": Russia asks Belarus)."""
        out: list[Event] = []
        seen = {(e.source, e.target, e.type) for e in events}
        for e in events:
            for a, b in (("source", "target"), ("target", "source")):
                union = self.actors.entities.get(getattr(e, b) or "")
                mine = getattr(e, a)
                if union is not None and len(union.members) == 2 and mine in union.members:
                    other = next(c for c in union.members if c != mine)
                    key = (other, e.target, e.type) if b == "source" else (e.source, other, e.type)
                    if key in seen:
                        e = None  # type: ignore[assignment]  # (already coded with the other member)
                        break
                    setattr(e, b, other)
                    seen.add(key)
                    break
            if e is not None:
                out.append(e)
        return out

    def _code(self, text: str, state: DocState) -> list[Event]:
        toks, words, lower = self.tokens(text)
        self._pair_now = state.last_pair  # the document's pair, for a gift received with no giver named
        self._acted_before, state.acted = state.acted, ()  # (`_reaction_back`)
        self._last = (None, [])
        self._by_head = {}
        self._aimed, self._made = {}, {}
        self._said_threats = set()
        self._sent_home: _Sent | None = None  # the sentence coded (`_subordinate_act`)
        self._told_back: list[int] = []  # trigger starts of the document's talks told again (`_told_subject`)
        self._described_back: list[int] = []  # trigger starts of verb acts in a clause on a party or of time (`_events`)
        if not toks:
            return []
        # a capitalised trigger word inside the sentence is a name ("in late March", "May")
        found = self._found.pop(text, None)
        if found is None:
            found = self.triggers(lower)
        mentions = self.mentions(words, lower, toks, text, state)
        # (but an organisation's own capitalised act is its act: "the CIS Summit", "the EEU and the CIS Summits")
        owned = {m.end for m in mentions if m.kind == "igo"}
        trigs = [t for t in found if t.start == 0 or not words[t.start][:1].isupper() or t.start in owned]
        self._words_now = (words, lower, mentions)
        if self._lang_groups is not None:
            mentions = self._lang_groups(words, lower, mentions, state)
        if self.syn.preps["person_pronoun"] or self.syn.preps["state_pronoun"]:
            mentions = self._pronouns(words, lower, mentions, state)
        if self.syn.preps["opening_pronoun"]:
            mentions = self._opening_pronouns(lower, words, mentions, state)
        try:  # "the next day", "that day": from the document's last date (as base._find_dates, no failure)
            found_dates = find_dates(text, state.pub_date, self.date_lang, anchor=state.date)
        except Exception:
            found_dates = []
        self.keep_reading(text, self._dateline, toks, lower, found_dates)  # for the figures stage
        dates = [_year_end(text, d, self.vocab) for d in found_dates if not _citation(text, d, self.vocab)]
        events: list[Event] = []
        self._last = (None, dates)
        # (the document's talks told again by a sentence naming no party: "The talks lasted six hours")
        outcome = bool(state.talks_pair) and any(t.phrase.pattern.type in self.syn.talks_outcome
                                                 or t.phrase.pattern.type in self.syn.refers_back for t in trigs)
        if (trigs or self._blame_hint(lower)) and (mentions or self.allow_unknown or outcome):
            s = _Sent(self._doc(text), text, toks, lower, mentions)
            self._sent_home = s
            self._last = (s, dates)
            # triggers again, now that the parse tells a verb from a noun ("talks", "supplies")
            self._pos = [s.tok(i).pos_ for i in range(len(toks))]
            self._sent_now = s
            try:
                trigs = [t for t in self.triggers(lower) if t.start == 0 or not words[t.start][:1].isupper()
                         or t.start in owned]
            finally:
                self._pos = None
                self._sent_now = None
            self._index(s)
            heads = {id(t): self._trigger_head(s, t) for t in trigs}
            if self.syn.verb_adverbs:
                # an adverb's act only where its verb is no act of its own and has none as its object
                # ("jointly condemned", "jointly held exercises": those acts, no cooperation beside them)
                acts = {heads[id(t)].i for t in trigs if not self._adverb_trigger(s, t)}
                # (an act in a clause of the verb is none of its own: "could jointly produce ammunition if EU
                # funds are released")
                trigs = [t for t in trigs if not self._adverb_trigger(s, t) or not (
                    heads[id(t)].i in acts or any(c.i in acts for c in heads[id(t)].children
                                                  if not self.syn.has(c, "clause")))]
            by_head = {heads[id(t)].i: t for t in trigs}
            # a verb of denial over another trigger ("denied that its troops had shelled") is the
            # status of the act it denies (`status.denial`), no refusal of its own
            frames = {i for i in by_head if (self._denies_an_act(s.doc[i], by_head) or self._denies_a_report(s.doc[i]))
                      and not self._named_claim(s, s.doc[i])}
            if frames:
                trigs = [t for t in trigs if heads[id(t)].i not in frames]
                by_head = {i: t for i, t in by_head.items() if i not in frames}
            self._by_head = by_head
            self._aimed, self._made = {}, {}
            # a warning of another's act is no threat; its content is coded as that act (`warnings`)
            warned = {heads[id(t)].i for t in trigs if self._others_act_warned(s, t, heads[id(t)])
                      or self._asserts(s, t, heads[id(t)])}
            if warned:
                trigs = [t for t in trigs if heads[id(t)].i not in warned]
                by_head = {i: t for i, t in by_head.items() if i not in warned}
                self._by_head = by_head
            # a party's claim of its own act is that act (convention 3), no accusation: "claimed that they had attacked"
            own = {heads[id(t)].i for t in trigs if self._claims_own_act(heads[id(t)], by_head)}
            if own:
                trigs = [t for t in trigs if heads[id(t)].i not in own]
                by_head = {i: t for i, t in by_head.items() if i not in own}
                self._by_head = by_head
            agreements: list[tuple[_Trig, Any, list[int]]] = []  # agreements to another act (`_agrees_to_other`)
            origin: dict[int, tuple[Any, str]] = {}  # each event's trigger head and part of speech (`_without_matters_acted_on`)
            for t in trigs:
                h = heads[id(t)]
                # (a nominal act in the clause held is presupposed, no opinion: "believes that the protests were
                # supported by Western countries" holds the support, not the protests)
                held = self._opinion(h) if t.phrase.pattern.pos == "verb" or self._opinion_verb(h) else None
                # (the clause's tense tells an act held to come)
                to_come = held is not None and (any(self.syn.features.get(f) == "planned" for f in held.morph) or any(
                    self.syn.has(a, "aux") and self.syn.aux.get(a.lower_) == "planned" for a in held.children))
                if self._content_of_other(s, h, by_head):
                    continue
                if self.syn.protest_demands and t.phrase.pattern.type == "REQUEST" and self._protest_demand(h, by_head):
                    continue  # «вышли на митинги у посольств России, требуя прекратить войну»: the protest's demand
                contents: list[int] = []
                if self._agrees_to_other(s, t, h, by_head, contents):
                    agreements.append((t, h, contents))
                    continue
                m = self._measure_head(s, h)  # "обсудили вопросы интеграции": through the measure noun
                g = m.head
                while g.i not in by_head and self.syn.has(g, "open_clause") and g.head.i != g.i:
                    g = g.head  # "agreed to develop military cooperation": the agreement's content
                outer = by_head.get(g.i) if m.head.i != m.i else None
                if outer is None and m.head.i != m.i and g.head.i != g.i \
                        and (self.syn.has(g, "object") or self.syn.has(g, "noun_modifier")) \
                        and self.syn.has(m, "noun_modifier") and g.head.i in by_head:
                    # «подписали соглашение о военном сотрудничестве»: the accord's matter (so through a noun:
                    # «завершились подписанием соглашения о совместных учениях»)
                    outer = by_head[g.head.i]
                if outer is not None and outer is not t and t.phrase.pattern.pos == "noun" \
                        and (t.phrase.pattern.type in self.syn.absorbed
                             or outer.phrase.pattern.type in self.syn.absorbed_by.get(t.phrase.pattern.type, ())) \
                        and self._reverser(h) is None:
                    continue  # "signed cooperation agreements", "deliveries ... were banned" (not "... were cut": a sanction)
                if self._terms_of(t, h):
                    continue  # "the conditions for Belarus to borrow from the IMF": the terms, no act
                if self._ended_accord(t, h, by_head):
                    continue  # "suspended its participation in the grain deal with Ukraine": the suspension, no accord
                if self._accord_content(s, t, h, by_head):
                    continue  # "agreed to restore diplomatic relations": the accord's matter, no act of its own
                if self._restricted(t, h):
                    continue  # «сняли ограничения на поставки»: the deliveries restricted are no act of their own
                if self._economic_hit(t, h):
                    continue  # "the sanctions hit farmers", "the ban hit exports": a blow to an economy, no attack
                if self._vague_object(s, t, h):
                    continue  # "accused the West of meddling in Belarus": no party to code (convention 10)
                denied_claim = self._denied_claim(t, h, frames)
                if t.phrase.pattern.pos == "noun" and any(
                        self.syn.has(c, "adjectival") and c.lower_ in self.syn.alleged_modifiers for c in h.children):
                    continue  # "investigating alleged war crimes by ...": the alleged act is not coded (convention 3)
                if self._promised_refusal(t, h, by_head):
                    continue  # "vowed never to recognise the annexation": the refusal (`_refused`), no promise
                if t.phrase.pattern.type != "REJECT" and self._unplanned(s, h) \
                        and not (t.phrase.pattern.type in self.syn.refusal and self._refused(h)):
                    continue  # "no meeting is scheduled", "has no plans to attend": no event (convention 10)
                if self._no_date(s, h) or self._no_date_of(h) or self._no_date_open(h) or self._absent_span(s, h) or self._repeated(s, t, h) or self._statistic(s, t, h) or self._not_done(s, h) \
                        or self._informed_source(h) \
                        or not self.syn.stay_away and self._stays_away(s, t, h) \
                        or t.phrase.pattern.visit and t.phrase.pattern.pos == "verb" and self._thing_travels(s, h):
                    # ("Belarusian exports go to Russia", "a German field hospital arrived in Ukraine": no one visits;
                    # "no date has been set for the visit", "have met 100 times": convention 10)
                    continue
                if self.syn.hoped_acts and self._hoped_for(h):
                    continue  # «выразил надежду на восстановление диалога»: a hope, no act stated (convention 1)
                found_here = self._alleged(s, h, self._events(s, t, h, dates, state, by_head), dates, state)
                if self.syn.venue_targets and t.phrase.pattern.type in self.syn.venue_targets.get("types", ()) \
                        and (venue := self._venue(s, h)) is not None:
                    found_here = self._aimed_at_venue(found_here, venue)
                if denied_claim:
                    found_here = [e for e in found_here if e.source and e.target]
                elif self._remarked(h):
                    found_here = [e for e in found_here if e.source]
                # CAMEO codes the statement, not the act stated: a claim of one's own act (015), an act weighed (014);
                # the event's type, status and parties stay
                if self._claimed_own(h, own):
                    _restate(found_here, self.syn.own_claims["code"])
                elif self._considered(h):
                    _restate(found_here, self.syn.considered["code"])
                elif self._hoped(h):
                    _restate(found_here, self.syn.hoped["code"])
                elif self._failed(t, h):
                    _restate(found_here, self.syn.failures["code"])
                elif self._accord(h):
                    _restate(found_here, self.syn.accords["code"])
                self._aimed[h.i] = {e.target for e in found_here if e.target}
                self._made[h.i] = {e.source for e in found_here if e.source}
                if held is not None:
                    # an act held to have happened is an opinion, not coded; one held to come is a forecast
                    for e in found_here:
                        if e.status == "occurred" and to_come:
                            e.status = "forecast"
                    found_here = [e for e in found_here if e.status != "occurred"]
                if self.syn.viewed_forecasts and found_here and self._viewed(h):
                    # «Москва отменит погранзону, полагают в Минске», «..., считают эксперты»: an act to come in
                    # another's view is a forecast, and no statement of its actor's intent
                    found_here = [e for e in found_here if e.cameo != self.syn.intents.get(e.type)
                                  and not (e.status == "occurred" and e.cameo in self.syn.intents.values())]
                    for e in found_here:
                        if e.status == "planned":
                            e.status = "forecast"
                if self.syn.abroad_acts:
                    self._abroad(s, h, found_here)
                if self.syn.labels["gapped"] and found_here:
                    found_here += self._gapped(s, h, found_here)
                events.extend(found_here)
                origin.update((id(e), (h, t.phrase.pattern.pos)) for e in found_here)
            if self.allow_unknown:
                events = self._without_matters_acted_on(events, origin)
            for t, h, contents in agreements:
                if not any(self._aimed.get(i) for i in contents) and not any(
                        e.start == s.toks[by_head[i].start][1] for i in contents if i in by_head for e in events):
                    # the act agreed to coded nothing ("the ministers of Peru and Chile agreed to cut deliveries
                    # to Chile": their own matter, `own_matter`): the agreement is the event
                    agreed = self._alleged(s, h, self._events(s, t, h, dates, state, by_head), dates, state)
                    promised = next((by_head[i] for i in contents if i in by_head and by_head[i].phrase.pattern.pos
                                     in self.syn.promised_acts.get(by_head[i].phrase.pattern.type, ())), None)
                    if promised is not None and _word_in(h, self.syn.promise_verbs):
                        # («пообещала поставить республике бронетехнику»: the aid promised, its party the promise's)
                        for e in agreed:
                            e.type, e.cameo = promised.phrase.pattern.type, promised.phrase.pattern.cameo
                            if e.status == "occurred":
                                e.status, e.date = "planned", None  # (the promise's day, not the aid's)
                    events.extend(agreed)
            if syn_blame := self.syn.preps["blame"]:
                events.extend(self._blamed(s, dates, state, syn_blame))
            if self.syn.reacted.get("harms"):
                events.extend(self._said_harmful(s, dates, state))
            if self.syn.grounds:
                events.extend(self._grounds_accused(s, events, dates, state))
            if self.syn.reacted.get("types"):
                self._participle_stances(events, origin)
            if self.syn.reacted.get("denials") and (denied := self._denied_charges(s, events, origin, by_head)):
                # (the denial is the act's status, no refusal of its own)
                said = {(e.source, e.start) for e in denied}
                events = [e for e in events if not (e.type in REFUSING and (e.source, e.start) in said)]
                events.extend(denied)
            if self.syn.sanction_refs:
                events.extend(self._sanction_refs(s, events))
            if self.syn.tranches and any(e.type == "AID" and e.status == "planned" for e in events):
                self._tranches_paid(s, events, dates, state)
            if self.syn.mediation and events:
                events = self._mediated(s, events)
            if self.syn.repression_means and events:
                events = self._repression_means(events)
            if self.syn.mirrored and (events or self._earlier):
                events += self._mirrored(s, events, dates, state)
            if self.syn.negated_conditions and events:
                events = self._without_negated_conditions(events, origin)
            if self.syn.attack_results and events:
                events = self._without_attack_results(events, origin)
            if self.syn.annexations and events:
                events = self._without_annexed(s, events, origin)
            if self.syn.agreed_aid and events:
                events.extend(self._agreed_aid(s, events, origin, by_head))
            if self.syn.lenders and events:
                events.extend(self._lender_aid(s, events))
            if self.syn.justified and events:
                events.extend(self._justified(events, origin))
        self._update_state(state, mentions, dates, toks)
        parties = [(e.source, e.target) for e in events if e.source and e.target and e.source != e.target]
        if parties and set(state.last_pair or ()) != set(parties[0]) and not self._coordinated_pair(s):
            # "both nations" next are the parties of this sentence's act, not any two countries it named
            # (a newspaper's: "quoted by France's Le Figaro as calling Belarus's tactics ..."); a pair
            # named coordinated ("tensions between Russia and Turkey") stays "the pair"
            state.last_pair = parties[0]
        state.remember_talks(events)
        kept = first_of_each(events)
        # one act told with its other party and without («перекрыли дороги, протестуя против импорта украинского
        # зерна»): the one that names the party
        told = {(e.source, e.type, e.status) for e in kept if e.target is not None}
        kept = [e for e in kept if e.target is not None or (e.source, e.type, e.status) not in told]
        if self.syn.not_self_beside_other:
            kept = self._without_self_beside_other(kept)
        if self.syn.never_self:
            # convention 7: a state's measures are never aimed at itself («заморозка активов белорусских банков»
            # read as Belarus's own sanction on Belarus); an organisation's own, or a party of one sector acting
            # on another at home, stay
            home = self.syn.never_self.get("sectors", frozenset())
            kept = [e for e in kept if not (e.type in self.syn.never_self.get("types", ()) and e.source == e.target
                                            and len(e.source or "") == 3
                                            and not (e.source_sector != e.target_sector
                                                     and (e.source_sector in home or e.target_sector in home)))]
        if self._told_back:
            # the document's talks told again add nothing already coded in this text ("Aliyev and Pashinyan
            # met. The talks lasted four hours." is one meeting; told in a text of its own, it is news)
            kept = [e for e in kept if e.start not in self._told_back
                    or (e.source, e.target, e.type, e.status, e.date) not in state.coded]
        if self._described_back:
            # convention 4: an act told again in a relative clause that describes a party ("the American experts
            # who visited Belarus", after their visit was told) or in a clause of time is a reference back, whatever
            # its date
            kept = [e for e in kept if e.start not in self._described_back or (e.source, e.target, e.type) not in state.told]
        state.coded.update((e.source, e.target, e.type, e.status, e.date) for e in kept)
        if self.syn.reactions_back and not text.rstrip().endswith("?"):  # (a question tells no act)
            state.acted = self._acted(kept, mentions, lower)
        state.told.update((e.source, e.target, e.type) for e in kept)
        if self.syn.planned_again:
            # "in a phone call agreed to hold talks soon": the talks held and the talks to come
            done = {(e.source, e.target, e.type) for e in kept if e.status == "occurred"}
            kept += [e for e in first_of_each([e for e in events if e.status == "planned" and e not in kept])
                     if e.type in self.syn.planned_again and (e.source, e.target, e.type) in done]
            kept.sort(key=lambda e: events.index(e))
        return kept

    def _accord(self, h: Any) -> bool:
        """`h`, a verb of `accords.verbs`, agrees with a view, its content clause ("agreed with the Senate that
        ...", "said they agree with Scott that ..."): CAMEO 019, express accord (a statement), not an accord reached."""
        verbs, preps = self.syn.accords.get("verbs", ()), self.syn.accords.get("preps", ())
        if not verbs or not self.syn.is_pos(h, "verb") or not _word_in(h, verbs):
            return False
        partner = [c for c in h.children if self.syn.has(c, "prep") and _key(c) in preps]
        # (the parse may hang the view on the partner: "agree with the NCAA that ...")
        views = [c for c in h.children if self.syn.has(c, "content_clause")] \
            + [x for p in partner for x in p.subtree if self.syn.has(x, "clause")]
        # (a clause of acts to come is the accord's content: "agreed with Putin that their troops could unite")
        return bool(partner) and bool(views) and not any(
            self.syn.has(a, "aux") and a.lower_ in self.syn.accords.get("acts_to_come", ()) for v in views for a in v.children)

    def _agrees_to_other(self, s: _Sent, t: _Trig, h: Any, by_head: dict[int, _Trig],
                         contents: list[int] | None = None) -> bool:
        """An agreement or approval whose object is a conflictual act ("agreed to expand
        sanctions against", "approved new sanctions"), or an act of `promised_acts` under a word of
        promise («пообещал Минску заём»): the act itself is the event (its heads are added to `contents`)."""
        if t.phrase.pattern.type != "AGREE":
            return False
        for c in h.children:
            if c.dep_ in self.syn.labels["object"] | self.syn.labels["open_clause"]:
                for x in c.subtree:
                    inner = by_head.get(x.i)
                    if inner is not None and inner is not t and (
                            inner.phrase.pattern.type in self.syn.agreed_acts
                            or _word_in(h, self.syn.promise_verbs)
                            and inner.phrase.pattern.pos in self.syn.promised_acts.get(inner.phrase.pattern.type, ())
                            and self._promised_sum(c)) \
                            and not self._other_between(x, h, by_head, t):
                        subj, passive = self._subject(h)
                        if subj is not None and not passive \
                                and len({code for m in self._actors_at(s, subj) for code in m.codes}) >= 2:
                            return False  # ("ministers from Peru and Chile agreed to cut deliveries": an accord among them too)
                        if contents is not None:
                            contents.append(x.i)
                        return True
        return False

    def _promised_sum(self, c: Any) -> bool:
        """The promised matter `c` names money lent or a sum (`promised_sums`, where set): "pledged to lend Minsk
        $1.5 billion" is the loan planned, but "promised comprehensive assistance" stays a promise too."""
        sums = self.syn.promised_sums
        return not sums or any(w.lower_ in sums or _key(w) in sums for w in c.subtree)

    def _restricted(self, t: _Trig, h: Any) -> bool:
        """A nominal act of the `absorbed` types that is the matter of a restriction noun (`restricted_by`:
        «ограничения на поставки», "a ban on imports"): what is restricted, no act of its own."""
        return bool(self.syn.restricted_by) and t.phrase.pattern.pos == "noun" \
            and t.phrase.pattern.type in self.syn.absorbed and h.head.i != h.i and _key(h.head) in self.syn.restricted_by

    def _economic_hit(self, t: _Trig, h: Any) -> bool:
        """An attack verb of `economic_hits` whose object is an economic patient ("hit farmers", "struck exports")
        or whose subject is a measure or a market ("the sanctions hit ...", "the crisis hit ..."): no violence."""
        hits = self.syn.economic_hits
        if t.phrase.pattern.type != "ASSAULT" or t.phrase.pattern.pos != "verb" or not _word_in(h, hits["verbs"]):
            return False
        for c in h.children:
            if self.syn.has(c, "object") and _word_in(c, hits["objects"]) \
                    or self.syn.has(c, "subject") and _word_in(c, hits["subjects"]) \
                    or self.syn.has(c, "agent") and any(_word_in(g, hits["subjects"]) for g in c.children):
                return True
        return False

    def _other_between(self, x: Any, h: Any, by_head: dict[int, _Trig], t: _Trig) -> bool:
        """Another trigger stands on the path from `x` up to `h`: `x` is the content of that one
        ("agreed to open its borders for trucks to enter ...": the agreement is to open them)."""
        y = x
        while y.i != h.i and y.head.i != y.i:
            if y.i != x.i and y.i in by_head and by_head[y.i] is not t:
                return True
            if self.syn.has(y, "nested_clause"):
                return True  # (a clause on the object: "signed an agreement aimed at easing a trade war")
            if self.syn.has(y, "oblique") and self._case_key(y) in self.syn.preps["topic"] \
                    and self.syn.is_pos(y.head, "noun"):
                return True  # (the topic of the document signed: «подписали соглашение о размещении»)
            y = y.head
        return False

    def _repression_means(self, events: list[Event]) -> list[Event]:
        """The means of a repression (`repression_means.codes`: "fired tear gas") beside the coercion they serve on
        the same parties ("... to disperse the demonstrators", "... and arrested dozens") are that coercion, no
        attack of their own."""
        rm = self.syn.repression_means
        served = {(e.source, e.target) for e in events if e.type in rm.get("types", ()) and e.cameo not in rm.get("codes", ())}
        return [e for e in events if not (e.cameo in rm.get("codes", ()) and (e.source, e.target) in served)]

    def _acted(self, kept: list[Event], mentions: list[Mention], lower: list[str]) -> tuple[str, ...]:
        """The parties that acted in a sentence (`DocState.acted`): its events' sources, else the one party
        it names, among its first words and no place («Северная Корея запустила ракету»)."""
        made = tuple(dict.fromkeys(e.source for e in kept if e.source and e.type not in ("ACCUSE", "REJECT")))
        if made or kept:
            return made
        first = [m for m in mentions if m.start < 4 and m.codes and len(m.codes) == 1 and not m.location]
        at = self.syn.preps["location"] | self.syn.preps["visit"]
        named = {c for m in mentions if not m.location and not (m.start and f"{lower[m.start - 1]}:loc" in at)
                 for c in m.codes}  # (not «в Японском море»: a place)
        if first and len(named) == 1:
            return (first[0].codes[0],)  # (the one party it names)
        # a statement with no act coded (`reactions_back.speakers`: «Лукашенко назвал Крым российским»): its speaker,
        # the party named first, just before the verb, is what a reaction after it answers («...; в Киеве это
        # заявление назвали неприемлемым»)
        if first and any(w in self.syn.reaction_speakers for w in lower[first[0].end:first[0].end + 6]):
            return (first[0].codes[0],)
        return ()

    def _gapped(self, s: _Sent, h: Any, found: list[Event]) -> list[Event]:
        """The events of verb `h` done again by the actor of a clause after it whose verb is left out (a remnant with
        a `gapped` dependent: «Германия объявила персонами нон грата 40 российских дипломатов, а Франция — 35»)."""
        out: list[Event] = []
        for c in h.children:
            if c.i < h.i or not (self.syn.has(c, "conj") or self.syn.has(c, "subject")) \
                    or not any(self.syn.has(g, "gapped") for g in c.children):
                continue
            for m in self._actors_at(s, c):
                if not m.codes or m.location:
                    continue
                b = m.codes[0]
                out += [replace(e, source=b, source_text=m.text, source_sector=m.sector) for e in found
                        if e.source not in (None, b) and e.target != b and e.source not in m.codes]
        return out

    def _venue(self, s: _Sent, h: Any) -> Mention | None:
        """The organisation named in a phrase of `venue_targets.preps` on the verb `h` («в Совбезе ООН»), else None."""
        preps = self.syn.venue_targets.get("preps", frozenset())
        return next((m for w, n in self._preps(h) if w in preps
                     for m in s.within({x.i for x in n.subtree}) if m.kind == "igo" and m.codes), None)

    def _informed_source(self, h: Any) -> bool:
        """A nominal act in the phrase that describes a news source (`informed_sources`: "people familiar with the
        talks", "two sources briefed on the discussions"): the source is described by it, no act is told."""
        if not self.syn.informed_sources or not self.syn.is_pos(h, "noun") or not self.syn.has(h, "prep_object"):
            return False
        x = h.head
        return x.head.i != x.i and f"{x.head.lower_} {x.lower_}" in self.syn.informed_sources

    def _not_done(self, s: _Sent, h: Any) -> bool:
        """A verb act in a clause of an alternative not taken (`not_done`: "rather than support Moscow, Minsk
        offered ...", "instead of imposing sanctions"): no event (convention 10); the words stand before the
        verb inside its own clause."""
        if not self.syn.not_done or not self.syn.is_pos(h, "verb") or h.head.i == h.i:
            return False
        def own(x: Any) -> bool:  # (a word of this clause, not of a clause inside it: "Instead of waiting, X imposed")
            while x.i != h.i and x.head.i != x.i and not (self.syn.is_pos(x, "verb") and x.i != h.i):
                x = x.head
            return x.i == h.i
        before = [x.lower_ for x in h.subtree if x.i < h.i and own(x)]
        return any(_contains(before, w) is not None for w in self.syn.not_done)

    def _protest_demand(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is a converb of demand (`protest_demands`: «требуя») on a verb that is, or whose object is, a protest:
        the protesters' demand is the protest's content, no request of its own."""
        # (a converb, or an English participle of the clause: "rallied in Yerevan, demanding ...")
        if h.head.i == h.i or "Conv" not in h.morph.get("VerbForm") and not (
                self.syn.tagged(h, "converb") and self.syn.has(h, "adverbial_clause")):
            return False
        v = h.head
        return any((tr := by_head.get(x.i)) is not None and tr.phrase.pattern.type == "PROTEST"
                   for x in [v, *(c for c in v.children if self.syn.has(c, "object") or self.syn.has(c, "oblique"))])

    def _lender_aid(self, s: _Sent, events: list[Event]) -> list[Event]:
        """Convention 5: an accord reached between a lending institution (`lenders.codes`: the IMF, the World Bank)
        and a borrower, in a sentence naming a loan (`lenders.nouns`: "reached a staff-level agreement with Sri Lanka
        on its bailout"), is the accord and the lender's aid, planned: the lender is known by what it is."""
        codes, nouns = self.syn.lenders.get("codes", frozenset()), self.syn.lenders.get("nouns", frozenset())
        if not any(w.lower_ in nouns for w in s.doc):
            return []
        have = {(e.source, e.target, e.type) for e in events}
        out: list[Event] = []
        for e in events:
            if e.type != "AGREE" or e.status != "occurred" or e.source not in codes or not e.target \
                    or e.target in codes or e.target == e.source or (e.source, e.target, "AID") in have:
                continue
            have.add((e.source, e.target, "AID"))
            info = cameo.lookup("071")
            out.append(replace(e, type="AID", cameo="071", status="planned", date=None, date_granularity=None,
                               mode=info.mode, goldstein=info.goldstein, quad=cameo.quad_class("071")))
            cameo.restate_intent(out[-1])
        return out

    def _justified(self, events: list[Event], origin: dict[int, tuple[Any, str]]) -> list[Event]:
        """A measure (`justified.types`) justified by a speech participle on its verb (`verbs`) whose content's
        subject is a pronoun for those it hits (`pronouns`): "detained five Belarusians, saying they had been sent
        to stir up unrest", "seized the jet, saying it had been bought in violation of sanctions" is the measure and
        its maker's accusation of the target (convention 3)."""
        syn, jd = self.syn, self.syn.justified
        have = {(e.source, e.target, e.type) for e in events}
        out: list[Event] = []
        for e in events:
            o = origin.get(id(e))
            if e.type not in jd.get("types", ()) or e.status != "occurred" or not e.source or not e.target \
                    or e.source == e.target or (e.source, e.target, "ACCUSE") in have or o is None or o[1] != "verb":
                continue
            for c in o[0].children:
                if c.i > o[0].i and self._justified_saying(o[0], c):
                    code = syn.accuse_code or "112"
                    info = cameo.lookup(code)
                    have.add((e.source, e.target, "ACCUSE"))
                    out.append(replace(e, type="ACCUSE", cameo=code, mode=info.mode, goldstein=info.goldstein,
                                       quad=cameo.quad_class(code), trigger=c.text, start=c.idx, end=c.idx + len(c.text)))
                    break
        return out

    def _justified_saying(self, v: Any, c: Any) -> bool:
        """`c` is a speech participle on the measure's verb `v` (`justified.verbs`, no subject of its own) whose
        content's subject is a pronoun for those the measure hits, not negated: "..., saying they had spied"."""
        syn, jd = self.syn, self.syn.justified
        if not (syn.has(c, "adverbial_clause") and syn.tagged(c, "converb") and _word_in(c, jd.get("verbs", ()))
                and not any(syn.has(x, "subject") for x in c.children)):
            return False
        for x in c.children:
            if not syn.has(x, "content_clause"):
                continue
            subj, passive = self._subject(x)
            if subj is not None and subj.lower_ in jd.get("pronouns", ()) and self._of_the_hit(v, subj, passive) \
                    and not any(syn.has(y, "negation") or y.lower_ in syn.negation_words for y in x.children):
                return True
        return False

    def _of_the_hit(self, v: Any, pron: Any, passive: bool) -> bool:
        """The pronoun `pron` can stand for the object of the measure's verb `v` (its number) and, in an active
        clause, not for the verb's subject too ("expelled two diplomats, saying it was not obliged to explain": the
        speaker's own)."""
        def plural(t: Any) -> bool:
            return t.lower_ in self.syn.justified.get("plural", ()) or self.syn.tagged(t, "plural") \
                or "Plur" in t.morph.get("Number")
        obj = next((c for c in v.children if self.syn.has(c, "object")), None)
        if obj is None or plural(obj) != plural(pron):
            return False
        subj, subj_passive = self._subject(v)
        return passive or subj is None or subj_passive or plural(subj) != plural(pron)

    def _abroad(self, s: _Sent, h: Any, events: list[Event]) -> None:
        """Convention 7: an act of force (`abroad_acts.types`) coded at the actor's own country, on a party of it that
        the verb's object or a phrase of the verb places inside one other state, named after a preposition of
        `abroad_acts.preps` ("bombed hideouts of the Pakistani Taliban inside Afghanistan"), is aimed at that state:
        the party is not inside the actor's country (not "near the Venezuelan border": a state's adjective)."""
        types, preps = self.syn.abroad_acts.get("types", frozenset()), self.syn.abroad_acts.get("preps", frozenset())
        home = [e for e in events if e.type in types and e.source and e.target == e.source]
        if not home:
            return
        roots = [c for c in h.children if self.syn.has(c, "object") or self.syn.has(c, "prep") and c.lower_ in preps]
        places: dict[str, str] = {}
        for r in roots:
            for x in r.subtree:
                k = s.at.get(x.i)
                if k is None or not s.mentions[k].location or len(s.mentions[k].codes) != 1 \
                        or not self.syn.has(x, "prep_object") or x.head.lower_ not in preps:
                    continue
                # (a place of a clause inside the object is another act's: "militants who fled to Iraq")
                if any(self.syn.has(y, "clause") for y in x.ancestors if y.i != h.i and r in [y, *y.ancestors]):
                    continue
                places.setdefault(s.mentions[k].codes[0], s.mentions[k].text)
        for e in home:
            other = [c for c in places if c != e.source]
            if len(other) == 1:
                e.target, e.target_text, e.target_sector = other[0], places[other[0]], None

    def _ended_accord(self, t: _Trig, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`t` is an accord named as a noun in the object of an act of `ended_accords` ("were ending several
        cooperation agreements with France", "suspending its participation in the grain deal"): no accord now."""
        if not self.syn.ended_accords or t.phrase.pattern.pos != "noun" or t.phrase.pattern.type not in AGREEING:
            return False
        x = h
        for _ in range(4):
            if x.head.i == x.i or not (self.syn.has(x, "object") or self.syn.has(x, "prep_object")
                                        or self.syn.has(x, "prep") or self.syn.has(x, "oblique")):
                return False
            x = x.head
            outer = by_head.get(x.i)
            if outer is not None and outer is not t:
                return outer.phrase.pattern.type in self.syn.ended_accords
        return False

    def _accord_content(self, s: _Sent, t: _Trig, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`t` is an act of `accord_contents` in the open clause of an accord's verb ("agreed to normalise relations",
        "agreed on Friday to restore diplomatic relations and reopen embassies"): the accord is the event."""
        kinds = self.syn.accord_contents
        p = t.phrase.pattern
        if p.pos == "noun" and p.type in kinds.get("matter_types", ()) \
                and any(_word_in(c, kinds.get("matters", ())) for c in h.children):
            # "agreed to open accession talks with Georgia", "backed the opening of membership negotiations": talks
            # of joining that an accord or a backing decides on are its matter, not talks held (`accord_contents`)
            x = h
            for _ in range(4):
                if x.head.i == x.i:
                    break
                x = x.head
                outer = by_head.get(x.i)
                if outer is not None and outer is not t and outer.phrase.pattern.type in kinds.get("deciders", ()):
                    return True
        if p.pos == "noun" and p.type in kinds.get("noun_types", ()):
            # ("agreed on a ceasefire in Doha": the truce agreed is the accord, the venue no party to it)
            return self._agreed_in(s, h, by_head) is not None
        if not kinds or p.type not in kinds.get("types", ()) or p.cameo not in kinds.get("codes", ()):
            return False
        x = h
        for _ in range(3):  # (through a coordinated content: "to restore relations and normalise ties")
            if x.head.i == x.i:
                return False
            # (or an infinitive the parse made adverbial: "agreed on Thursday to normalise relations, making ...")
            if self.syn.has(x, "open_clause") or self.syn.has(x, "adverbial_clause") and any(
                    c.lower_ in self.syn.preps["infinitive"] and c.i < x.i for c in x.children):
                outer = by_head.get(x.head.i)
                return outer is not None and outer is not t and outer.phrase.pattern.type in AGREEING \
                    and outer.phrase.pattern.pos == "verb"
            if not self.syn.has(x, "coordinated"):
                return False
            x = x.head
        return False

    def _terms_of(self, t: _Trig, h: Any) -> bool:
        """A verb act in a clause on a noun of its conditions (`terms_of_acts`: "the conditions for Belarus to borrow
        $3 billion", "the terms on which Minsk would buy gas"): what the terms are about, not an act."""
        return t.phrase.pattern.pos == "verb" and h.head.i != h.i and self.syn.has(h, "relative_clause") \
            and _word_in(h.head, self.syn.terms_of_acts)

    def _promised_refusal(self, t: _Trig, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`t` is a promise (`subject_control` verb, AGREE) whose open clause is a conciliatory act (`refusal`)
        it refuses ("Serbia vowed never to recognise Kosovo"): that act is coded as the refusal instead."""
        if t.phrase.pattern.type not in AGREEING or not _word_in(h, self.syn.subject_control):
            return False
        return any(self.syn.has(c, "open_clause") and c.i in by_head
                   and by_head[c.i].phrase.pattern.type in self.syn.refusal and self._refused(c) for c in h.children)

    def _thing_travels(self, s: _Sent, v: Any) -> bool:
        """The subject of verb `v` is a thing its parties only qualify: the mentions inside the subject's
        phrase are adjectives or possessors, none on its head word, which no title or sector word made an
        actor ("Belarusian exports", "a German field hospital", "Belarus's national airline")."""
        subj, passive = self._subject(v)
        if subj is None or passive or not self.syn.is_pos(subj, "noun"):
            return False
        if any(e.kind == "sector" and e.ref == "GOV" for e in self.actors.index.get("\x00" + subj.lower_, ())):
            return False  # ("Germany's top diplomat will travel to Italy": an official, whatever word comes between)
        below = {x.i for x in subj.subtree}
        ks = [k for k in range(min(len(s.mentions), len(s.spans))) if s.spans[k] and s.spans[k] <= below]
        return bool(ks) and all(subj.i not in s.spans[k] and all(
            self.syn.is_pos(s.doc[i], "adjective") or self.syn.has(s.doc[i], "possessor") for i in s.spans[k]
            if s.doc[i].head.i not in s.spans[k]) for k in ks)

    def _vague_object(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A verb trigger whose object is a party with no code (`vague_parties`: "accused the West of
        meddling in Belarus", "urged Western countries to stop arming Ukraine"): the act has no other party,
        and a country deeper in its content is not it (convention 10)."""
        if not self.syn.vague_parties or t.phrase.pattern.pos != "verb" or not self.syn.is_pos(h, "verb"):
            return False
        objs = [o for o in h.children if self.syn.has(o, "object")]
        # the trigger's own preposition's noun ("called on Western countries to ...")
        objs += [o for i in range(t.start, t.end) if s.tok(i).i != h.i and self.syn.has(s.tok(i), "prep")
                 for o in s.tok(i).children if self.syn.has(o, "prep_object")]
        subj, passive = self._subject(h)
        if subj is not None and not passive and _key(subj) in self.syn.preps["relative_pronoun"] \
                and self.syn.has(h, "relative") and h.head.i != h.i:
            subj = h.head  # "Georgia's Western allies, which accuse Russia"
        return any(self._vague(s, o) for o in objs) or (subj is not None and not passive and self._vague(s, subj))
