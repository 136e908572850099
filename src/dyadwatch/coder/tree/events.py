"""Events from a trigger, its roles, status and date (`_events`), and the parties the tree gives
an act no role for, found elsewhere in the sentence (promises, protests, forces, purposes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.coder.base import DocState, Mention, _Trig
from dyadwatch.coder.tree.syntax import (
    ACCEPTED,
    AGREED_AID,
    AGREEING,
    CHARGING,
    CRITICISM,
    DEPLOYING,
    DOMESTIC,
    HOSTING,
    JOINT,
    OWN_TALKS,
    PARTIES,
    PARTY_ACTS,
    PROTESTING,
    REFUSING,
    REVERSIBLE,
    SIGNING,
    STANCES,
    STATE_SECTORS,
    UNTARGETED,
    VIOLENT,
    _key,
    _passive,
    _Sent,
    _word_in,
)
from dyadwatch.model import Event


class EventsMixin:
    """TreeCoder's methods for this stage: events from a trigger, its roles, status and date."""

    def _other_state(self, s: _Sent, src: list[Mention], tgt: list[Mention], state: DocState) -> list[Mention]:
        """A bare state word as the other party of a state's own act, read as that state ("the Kremlin promised the
        regime a loan": the nearest country named), names another state (no state acts on its own organs, convention
        7): the country named nearest it that is not the actor's (a place too: "Minsk-based analysts"), else the
        document's last country or the other of its pair; none found, nothing."""
        own = {c for m in src for c in m.codes}
        if not own or not all(m.sector in STATE_SECTORS and m.codes for m in src) or not all(
                m.kind == "bare" and m.sector in STATE_SECTORS and set(m.codes) <= own for m in tgt):
            return []
        at = tgt[0].start
        named = [m for m in s.mentions if m.codes and m.kind != "bare" and not set(m.codes) & own and len(m.codes) == 1]
        if named:
            best = min(named, key=lambda m: (abs(m.start - at), m.start))
            return [replace(tgt[0], codes=best.codes)]
        pair = [c for c in (state.last_pair or ()) if c not in own]
        code = state.last_country if state.last_country and state.last_country not in own else pair[0] if pair else None
        return [replace(tgt[0], codes=(code,))] if code else []

    def _reprisal_target(self, s: _Sent, h: Any, ptype: str, a: str) -> str | None:
        """The maker of the hostile act (`reprisal_targets.acts`) that the act of `a` at `h`, with no other party
        named, answers: one act coded before it in the sentence, aimed at `a` by one other party. A threat
        (`reprisal_targets.free`) needs no more ("Israel struck Iran, and Tehran vowed a harsh response"); another act
        says it answers: a word of `cues` on its verb or above it ("retaliated by blacklisting"), or a phrase of
        `reprisals` ("broke off relations in response")."""
        rt = self.syn.reprisal_targets
        if ptype not in rt.get("types", ()):
            return None
        if ptype not in rt.get("free", ()):
            cues = rt.get("cues", frozenset())
            chain = [h, *list(h.ancestors)[:3]]
            # (the phrase may hang from the verb's object: "broke off relations in response")
            held = [c for c in h.children if self.syn.has(c, "object")]
            said = any(_word_in(x, cues) for x in chain) or any(
                f"{w} {_key(n)}" in self.syn.reprisals.get("phrases", ()) for x in chain + held for w, n in self._preps(x))
            if not said:
                return None
        acts = rt.get("acts", frozenset())
        makers = {c for i, aimed in self._aimed.items() if i < h.i and a in aimed and i in self._by_head
                  and self._by_head[i].phrase.pattern.type in acts for c in self._made.get(i, ()) if c != a}
        if not makers:
            # (the act in a phrase of time on the answer's own verb, after it: «пригрозил ответными мерами после того,
            # как Литва запретила транзит белорусских удобрений»)
            for c in h.children:
                if not self._adjunct(c):
                    continue
                for x in c.subtree:
                    t2 = self._by_head.get(x.i)
                    if x.i == h.i or t2 is None or t2.phrase.pattern.type not in acts:
                        continue
                    src2, tgt2, _ = self._roles(s, t2, x)
                    if any(a in m.codes for m in tgt2):
                        makers |= {c2 for m in src2 for c2 in m.codes if c2 != a}
        if not makers and self._earlier and (self._status(s, h) != "occurred"
                                             or ptype in rt.get("free", ()) and self.syn.is_pos(h, "verb")):
            # (the act in a clause before the «;» of its sentence, answered by a threat to come: «...; МИД России
            # пообещал ответные меры», or a threat told by its verb, «...; российская сторона пообещала зеркальный
            # ответ»; not by measures taken, «...; Минск объявил о введении зеркальных мер»)
            makers = {e.source for e in self._earlier if e.target == a and e.type in acts and e.source and e.source != a}
        return next(iter(makers)) if len(makers) == 1 else None

    def _crowd_riot(self, h: Any, ptype: str, pos: str) -> bool:
        """Verb act `h` of `crowd_riots.types` and `verbs` done by a crowd (its subject a noun of
        `crowd_riots.subjects`: "protesters stormed the embassy", "supporters of X ransacked parliament")."""
        cr = self.syn.crowd_riots
        if not cr or ptype not in cr.get("types", ()) or pos != "verb" or not _word_in(h, cr.get("verbs", ())):
            return False
        subj, passive = self._subject(h)
        if subj is None or passive:
            return False
        # (or the crowd its quantity word counts: "thousands of protesters")
        return any(_word_in(n, cr.get("subjects", ())) for n in [subj, *(n for w, n in self._preps(subj)
                                                                        if w in self.syn.preps["of"])])

    def _halted(self, h: Any, ptype: str) -> bool:
        """A nominal act of `halted.types` that is the object or passive subject of a verb of halting
        (`halted.verbs`: «переговоры прекращены», «заморозила контакты»): no such act held."""
        hd = self.syn.halted
        if not hd or ptype not in hd["types"] or h.head.i == h.i:
            return False
        return (self.syn.has(h, "object") or self.syn.has(h, "passive_subject")) \
            and (_key(h.head) in hd["verbs"] or h.head.lower_ in hd["verbs"])

    def _outcome_parties(self, s: _Sent, h: Any, by_head: dict[int, _Trig]) -> tuple[list[Mention], list[Mention]]:
        """An accord named with no party, in a phrase of time or outcome of talks or a visit whose parties are named
        (`visit_adjuncts.phrases`: «по итогам переговоров Лукашенко и Токаева было подписано соглашение»), or as the
        phrase of a verb whose subject is such talks or visit («визит Лукашенко в Китай завершился подписанием
        соглашений»): the accord of their parties."""
        syn = self.syn
        verb = h if syn.is_pos(h, "verb") else h.head
        if verb.i == h.i and not syn.is_pos(h, "verb"):
            return [], []
        cands = []
        subj, passive = self._subject(verb)
        if subj is not None and not passive and subj.i != h.i and h.i != verb.i:
            cands.append(subj)
        for c in verb.children:
            if c.i == h.i or not syn.has(c, "oblique"):
                continue
            key = self._case_key(c)
            if key in syn.visit_adjuncts.get("phrases", ()):
                cands.append(c)
            elif f"{key} {_key(c)}" in syn.visit_adjuncts.get("phrases", ()):
                cands += [g for g in c.children if syn.has(g, "oblique") or syn.has(g, "noun_modifier")]
        for n in cands:
            t2 = by_head.get(n.i)
            if t2 is None or t2.phrase.pattern.type != "CONSULT":
                continue
            src2, tgt2, _ = self._roles(s, t2, n)
            src2 = [m for m in src2 if m.codes and not m.location]
            tgt2 = [m for m in tgt2 if m.codes and not set(m.codes) & {c for x in src2 for c in x.codes}]
            if len({c for m in [*src2, *tgt2] for c in m.codes}) >= 2:
                return (src2, tgt2) if src2 and tgt2 else ([*src2, *tgt2], [])
        return [], []

    def _promised(self, h: Any) -> bool:
        """The act `h` stands under a word of promise (`intent_governors`: «пообещал освободить»), within three
        heads up."""
        x = h
        for _ in range(3):
            if x.head.i == x.i:
                return False
            x = x.head
            if _word_in(x, self.syn.intent_governors):
                return True
        return False

    def _done_noun(self, noun: Any) -> bool:
        """`noun` is a nominal act done by the subject (or the passive's agent) of a verb of doing (`done_by`: "Ukraine
        had organised the attack", "the raid had been carried out by Kyiv"): an act of its own, as a verb's is."""
        v = noun.head
        return bool(self.syn.done_by) and v.i != noun.i and _word_in(v, self.syn.done_by) \
            and (self.syn.has(noun, "object") or self.syn.has(noun, "passive_subject"))

    def _owners_of_object(self, s: _Sent, h: Any) -> list[Mention]:
        """The parties named in the genitive (`preps.of`) of the verb's objects ("кодекс ЕАЭС")."""
        return [m for o in h.children if self.syn.has(o, "object")
                for n in o.children if self.syn.has(n, "oblique") and self._case_key(n) in self.syn.preps["of"]
                for m in self._actors_at(s, n)]

    def _argument_of_other(self, h: Any) -> bool:
        """A nominal act in the phrase another trigger acts on ("would detain any participants of an
        unsanctioned rally", "will arrest protest organisers", "offered treatment to protesters"): the
        other act's party, not an act of its own (convention 4); so is one in the subjectless verb of another act's
        phrase ("jailed the reporters for covering an opposition rally": the reason of the jailing)."""
        syn = self.syn
        by_head = getattr(self, "_by_head", {})
        x = h
        for _ in range(5):
            gerund = syn.is_pos(x, "verb") and syn.has(x, "prepositional") and syn.has(x.head, "prep") \
                and not any(syn.has(c, "subject") for c in x.children)
            if x.head.i == x.i or not (syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "compound")
                                       or syn.has(x, "object") or syn.has(x, "oblique") or gerund):
                return False
            x = x.head
            t = by_head.get(x.i)
            if t is not None and t.phrase.pattern.type != "PROTEST":
                return True
            if syn.is_pos(x, "verb") and not (syn.has(x, "prepositional") and syn.has(x.head, "prep")):
                return False
        return False

    def _events(self, s: _Sent, t: _Trig, h: Any, dates: list, state: DocState,
                by_head: dict[int, _Trig]) -> list[Event]:
        p = t.phrase.pattern
        extra: list[Event] = []
        if p.predicate and not (self._predicated(h)[1] and (self._predicated(h)[0] or any(
                self.syn.has(c, "agent") for c in h.children)) or self._calls_act(h)):
            # "called Lavrov to discuss ...", "a programme called Bolsa Familia": no characterisation of
            # another, no act (unknown actors allowed or not)
            return []
        if p.pos == "noun" and p.type in OWN_TALKS and self.syn.nested_talk_topics and self.syn.has(h, "noun_modifier") \
                and self._talks_topic(h, by_head, self.syn.nested_talk_topics):
            return []  # talks in a phrase of talks' topic: «обсудили подготовку к заседанию Высшего госсовета»
        if p.pos == "noun" and p.type not in OWN_TALKS and (self.syn.talk_topics or self.syn.topic_subjects) \
                and self._talks_topic(h, by_head):
            return []  # "the deployment of a Russian airbase was not discussed": a topic of talks, no act stated
        if p.pos == "noun" and self._halted(h, p.type):
            return []  # «переговоры прекращены», «контакты заморожены»: no talks held (the halting is its own act, if any)
        if p.pos == "verb" and self._thing_aims(s, h):
            return []  # "a resolution that aims to impose a blockade": the aim of no party, no act (convention 1)
        if p.pos == "verb" and self._charged_reason(h, by_head):
            return []  # "arrested a missionary for collaborating with Israel": the alleged reason (convention 3)
        if p.pos == "verb" and p.type in PROTESTING and self._protest_purpose(h, by_head):
            return []  # "began a hunger strike to protest the decision": the protest's aim, no act (or complaint) of its own
        src, tgt, place = self._roles(s, t, h)
        if src and tgt and (other := self._other_state(s, src, tgt, state)):
            tgt = other
        if p.type in AGREEING and src and tgt:
            # "agreed at their summit in Vilnius", "signed the accord in Istanbul": the venue is no party to the accord
            tgt = [m for m in tgt if not (m.location and self._venue_of(s, h, m))]
        if p.type in AGREEING and not p.symmetric and p.pos == "verb" and not tgt \
                and len({c for m in src for c in m.codes}) >= 2:
            tgt = self._promised_party(s, h, src)  # "Denmark and Norway pledged to give Ukraine jets": to Ukraine
        if not src and p.pos == "verb" and p.symmetric and p.type in AGREEING:
            talks = self._subject(h)[0]
            if talks is not None and talks.i != h.i and talks.i in by_head \
                    and by_head[talks.i].phrase.pattern.type in JOINT:
                # "talks between Armenia and Iran ended with a memorandum": the accord of the talks' parties
                src, tgt, _ = self._roles(s, by_head[talks.i], talks)
        if not (src and tgt) and p.symmetric and p.type in AGREEING and self.syn.visit_adjuncts:
            # «по итогам переговоров X и Y подписано соглашение», «визит X в Y завершился подписанием соглашений»
            osrc, otgt = self._outcome_parties(s, h, by_head)
            named = {c for m in [*osrc, *otgt] for c in m.codes}
            if named and {c for m in [*src, *tgt] for c in m.codes} <= named:
                src, tgt = osrc, otgt
        if p.visit and p.pos == "noun" and not src and not tgt:
            src, tgt = self._trip_of(s, h)  # "left Moscow after a three-day state visit": the subject's visit there
        if p.visit and p.pos == "noun" and not src and tgt and self.syn.visit_adjuncts:
            src = self._adjunct_visitor(s, h, tgt)  # «Милей во время визита в Израиль пообещал ...»: Milei visits
        if not src and tgt and p.pos == "verb" and p.cameo in self.syn.trips.get("granted_in", ()) and self._subject(h)[1]:
            src = self._host_place(s, h, tgt)  # "had been granted asylum in Russia": the place's state grants it
        if not src and tgt and self._hosts_guests(s, t, h) and self._subject(h)[1]:
            src = self._host_place(s, h, tgt)  # "Putin was welcomed in Ulaanbaatar": the place's state hosts
        if p.cameo == HOSTING and p.pos == "verb" and (_key(h) in self.syn.guests.get("giving", ())
                                                         or h.lower_ in self.syn.guests.get("giving", ())) \
                and not self._hosts_guests(s, t, h):
            return []  # a welcome given to no guest named ("gave the plan a red-carpet welcome"): no visit
        if src and tgt and self._hosts_guests(s, t, h):
            # "Mongolia welcomed Putin", "Lukashenka hosted Russian governors": the guests' visit to the host
            # (convention 2: visitor -> host), not the host's act on them
            info = cameo.lookup(self.syn.guests["code"])
            # (hosted for talks, `guests.talks` phrases: "hosted Hashimoto for an informal meeting" is the meeting
            # too, both ways, as a visit for talks is)
            talks = any(f"{w} {n.lower_}" in self.syn.guests["talks"] and n.i in by_head for w, n in self._preps(h))
            p = replace(p, cameo=info.code, type=info.plover_type, mode=info.mode, goldstein=info.goldstein,
                        quad=cameo.quad_class(info.code), symmetric=talks, visit=False, recipient=False)
            t = replace(t, phrase=replace(t.phrase, pattern=p))
            src, tgt = tgt, src
        if p.pos == "verb" and p.type == "THREATEN" and any(
                self.syn.has(o, "object") and f"{_key(h)} {_key(o)}" in self.syn.consequences for o in h.children):
            # "a US official said Russia has to pay a price unless it de-escalates": what a speaker says another
            # will face (`consequences`) is the speaker's threat to it (the saying), none without a speaker
            subj, passive = self._subject(h)
            speakers = [m for m in self._speaker(s, subj) if m.codes] if subj is not None and not passive else []
            own = {c for m in speakers for c in m.codes}
            tgt = [m for m in src if m.codes and not set(m.codes) & own]
            if not speakers or not tgt or self._status(s, h) == "occurred" and not self.syn.has(h, "open_clause"):
                return []  # (nor what the other bears now: "said Moscow bears responsibility for the crash" is blame)
            src = speakers
            self._said_threats.add(h.i)
        if p.pos == "verb" and p.type in self.syn.internal_directives and src:
            # "Putin asked Defence Minister Shoigu to study ...", "instructed the Finance Ministry to sign ...": a
            # demand addressed to the actor's own state organs is an internal directive (convention 10), whatever
            # other party its content names
            own = {c for m in src for c in m.codes}
            told = [m for c in h.children if self.syn.has(c, "object") for m in self._actors_at(s, c) if m.codes]
            if told and all(set(m.codes) <= own and m.kind in ("person", "title", "bare") and m.sector in STATE_SECTORS for m in told) \
                    and all(m.sector in STATE_SECTORS for m in src):  # (the opposition asking the government: two parties)
                return []
        if not src and p.pos == "noun" and self.syn.preps["owner_pronoun"]:
            src = self._subject_owner(s, h, tgt)
        if not src and not tgt and state.talks_pair and p.type in self.syn.talks_outcome \
                and not self.allow_unknown and not any(m.codes and m.kind != "pronoun" for m in s.mentions):
            # «По итогам встречи были достигнуты договорённости»: a joint act with no party, in a sentence that
            # names none, after the document's talks is their outcome
            src = [Mention(t.start, t.start, tuple(state.talks_pair), "GOV", "", "group", talks=True)]
        if p.pos == "noun" and p.self_target and not {c for m in tgt for c in m.codes} - {c for m in src for c in m.codes} \
                and self._argument_of_other(h):
            return []  # "would detain any participants of an unsanctioned rally": the detention's party
        if not src and not self.allow_unknown and self.syn.unnamed_groups:
            src = self._sole_country(s, t, h, tgt)
        if not src and not self.allow_unknown and p.pos == "verb" and self.syn.based_in.get("participles"):
            src = self._based_in(s, h, tgt)
        if not src and tgt and p.pos == "noun" and p.symmetric and p.type in self.syn.joint_makers:
            src = self._joint_maker(s, h, tgt)
        if p.pos == "noun" and p.self_target and p.type == "PROTEST" and not tgt \
                and (faced := self._facing(h)) is not None:
            # "Lukashenko, who is attempting to withstand protests", "as Belarus braced for a round of
            # protests": the one who faces them is protested against
            subj, passive = self._subject(faced)
            tgt = [m for m in self._actors_at(s, subj) if m not in src] if subj is not None and not passive else []
            if tgt and not src and not any(self._state_organ(s, m) for m in tgt):
                src, tgt = tgt, []  # ("Georgian students are preparing for a mass rally": its makers)
        if p.pos == "noun" and p.self_target and p.type == "PROTEST" and not src and tgt and not self.allow_unknown:
            # "the mass protests of the Belarusian public against ...": a party no state organ in the noun's
            # phrase makes the protest
            phrases = [(w, n) for i in range(t.start, t.end) for w, n in self._preps(s.tok(i))]
            aimed = [n for w, n in phrases if w in self.syn.preps["target"]]
            # (not a party of another act in its phrase: «протест против размещения российских войск»)
            below = {x.i for x in h.subtree}
            acts = [s.doc[i] for i in by_head if i in below and i != h.i and not self._in_trigger(s, t, s.doc[i])]
            makers = [m for m in tgt if m.codes and not m.location and not m.anti and not self._state_organ(s, m)
                      and not any(self._inside(s, m, n) for n in aimed + acts)]
            if makers:
                src, tgt = makers, [m for m in tgt if m not in makers]
        if p.pos == "noun" and p.self_target and p.type == "PROTEST" and not src and not self.allow_unknown:
            src = self._protesters(s, h, tgt)  # "anti-Putin protests": the people of the one protested against
        if not src and p.pos == "noun" and self.syn.answer_predicates:
            src = self._answer_maker(s, h, tgt)
        if self.syn.placed_protests and p.self_target and p.type == "PROTEST" and not src and not self.allow_unknown:
            # «тысячи человек вышли на улицы Гродно»: a protest of unnamed people whose one party named is its place
            # is that place's people's, at home (convention 8)
            src, tgt = self._placed_protest(s, h, tgt)
        elif self.syn.placed_protests and p.self_target and p.type == "PROTEST" and p.pos == "noun" and src \
                and not tgt and (self.syn.has(h, "subject") or self.syn.has(h, "object")) and h.head.i != h.i \
                and _word_in(h.head, self.syn.placed_protests) and all(
                    m.kind == "metonym" and any((self.syn.has(o, "object") or self.syn.has(o, "subject")) and o.i != h.i
                                                and s.span_of(m) & {x.i for x in o.subtree} for o in h.head.children)
                    for m in src):
            # «Тбилиси охватили массовые протесты» (`placed_protests` verbs): the city the protests grip is their
            # place, no state that protests
            src = [Mention(src[0].start, src[0].start, src[0].codes, "CVL", "", "bare")]
        if p.pos == "verb" and not p.symmetric and not self.allow_unknown:
            # "protests, which were suppressed by the authorities": an act on a protest is on its people
            noun, passive = self._subject(h)
            if not passive:
                noun = next((c for c in h.children if self.syn.has(c, "object")), None)
            pt = by_head.get(noun.i) if noun is not None else None
            if pt is not None and pt is not t and pt.phrase.pattern.self_target and pt.phrase.pattern.pos == "noun" \
                    and pt.phrase.pattern.type == "PROTEST":
                psrc, ptgt, _ = self._roles(s, pt, noun)
                people = [m for m in psrc if not m.anti] or self._protesters(s, noun, ptgt)
                if people:
                    tgt = people
        own_codes = {c for m in src for c in m.codes}
        if src and tgt and all(m.kind == "bare" and m.sector in STATE_SECTORS - {None} and set(m.codes) <= own_codes
                               and len(m.text.split()) >= 2 and m.text.split()[-1][:1].isupper()
                               and not any(e.kind == "sector" for e in self.actors.index.get("\x00" + m.text.split()[-1].lower(), ()))
                               for m in tgt) \
                and all(m.sector in STATE_SECTORS for m in src):
            # a titled name the dictionary lacks, its state guessed from the sentence's country, as the target
            # of that state's own organ ("the German government welcomed President Reagan's statement"): no
            # event of one state's organs (convention 7); the other party named deeper, if any
            tgt = [m for m in self._deep(s, [h], src) if m.codes and not set(m.codes) & own_codes and not m.location]
        if not src and tgt and p.pos == "noun" and not p.symmetric and p.type != "MOBILIZE" \
                and (joined_early := self._participants(s, h, [c for m in tgt for c in m.codes])) is not None:
            # "no Belarusian soldiers had taken part in the invasion of Ukraine": an act with no actor of its
            # own is its participants' (with their verb's status, below); not an exercise joined (cooperation)
            src, participated = joined_early[1], joined_early[0]
        else:
            participated = None
        if not src and p.pos == "noun" and p.type in self.syn.drawn_in.get("types", ()) \
                and (drawn := self._drawn_in(s, h)):
            # «учения, к которым привлечены подразделения России и Белоруссии»: the participants named are its parties
            src, tgt = drawn, [m for m in tgt if m not in drawn]
        if not src and p.pos == "noun" and self.syn.denied_topics:
            src = self._denier(s, h, tgt)  # «Минобороны опровергло данные о переброске подразделений к границе»
        if not src and tgt and p.pos == "noun":
            src = self._adjunct_actor(s, h, tgt)  # "retook the village after fierce fighting with guerrillas"
        if src and not tgt and p.pos == "verb" and p.type in REFUSING and self.syn.has(h, "coordinated") \
                and h.head.i != h.i and by_head.get(h.head.i) is not None \
                and by_head[h.head.i].phrase.pattern.type in self.syn.answered:
            # "Minsk has repeatedly demanded compensation, but Moscow has rejected every request": the
            # refusal answers the request before it, aimed at the one who asked
            own = {c for m in src for c in m.codes}
            asked, _, _ = self._roles(s, by_head[h.head.i], h.head)
            tgt = [m for m in asked if m.codes and not set(m.codes) & own]
        if not tgt and p.type in self.syn.responded.get("types", ()):
            src, tgt = self._responded(s, t, h, src)  # (before a party stranded after it: «..., заявил Лавров»)
        if src and not tgt and p.pos == "verb":
            tgt = self._stranded(s, h, src)  # "established ties with and opened an embassy in Tehran"
        if src and p.pos == "verb" and p.type in self.syn.agentless_participles and self.syn.among \
                and not [m for m in tgt if set(m.codes) - {c for x in src for c in x.codes}]:
            tgt = self._members_named(s, h, src) or tgt  # «освободили 10 заключенных, среди которых граждане Латвии»
        if src and not tgt and p.pos == "verb" and p.type in self.syn.blamed_targets:
            tgt = self._accused_party(s, h, src, by_head)  # «закрыла границу, обвинив Минск в провокациях»
        if src and not tgt and p.pos == "verb" and self.syn.imitations:
            tgt = self._imitated(s, h, src, by_head)  # "Poland closed its border with Belarus, and Lithuania threatened to follow suit"
        if src and not tgt and p.pos == "noun" and p.type in self.syn.arrivals.get("types", ()):
            tgt = self._arrived_at(s, h, src)  # "Ukrainian peacekeeping troops arrived in Lebanon"
        # convention 6: a state (a capital, a ministry, a leader) that protests complains (CAMEO 114)
        # (a hunger strike, a strike or a blockade is a protest whoever holds it: CAMEO 141 only)
        organ = p.type == "PROTEST" and p.cameo[:3] in ("140", "141") and bool(src) \
            and all(self._state_organ(s, m) for m in src)
        if not src or not tgt:
            # coordinated triggers of one act share their parties ("his request and urgent request
            # to the Russian side", "accusations and threats against Kyiv")
            others = [h.head] if self.syn.has(h, "conj") and h.head.i != h.i else []
            if not others and src and not tgt and p.pos == "verb" and self._set_against(h):
                others = [h.head]  # (an act of the same kind set against it: "..., while Chile recalled its envoy")
            for o in others + [c for c in h.children if self.syn.has(c, "conj")]:
                ot = by_head.get(o.i)
                if ot is not None and ot is not t and ot.phrase.pattern.type == p.type \
                        and ot.phrase.pattern.pos == p.pos:
                    osrc, otgt, _ = self._roles(s, ot, o)
                    # (not the target of a verb joined to one with a place of its own: "abducted two
                    # engineers and exploded bombs in the capital", `_names_own_place`)
                    own_place = p.pos == "verb" and self._names_own_place(s, h if self.syn.has(h, "conj") else o)
                    src, tgt = src or osrc, tgt or ([] if own_place else [m for m in otgt if m not in src])
        agreed = None
        if p.pos == "noun" and p.type in AGREED_AID and src and not tgt:
            # convention 5: "reached agreement with Ukraine for a loan from Moscow" - an agreed loan whose
            # giver is named goes to the agreement's other party, planned
            agreed = self._agreed_in(s, h, by_head)
            if agreed is not None:
                own = {c for m in src for c in m.codes}
                asrc, atgt, _ = self._roles(s, by_head[agreed.i], agreed)
                tgt = [m for m in [*asrc, *atgt] if m.codes and not set(m.codes) & own and not m.location]
        accepted = False
        if p.pos == "verb" and p.type in AGREEING and src and not tgt and self.syn.has(h, "coordinated") \
                and h.head.i != h.i and by_head.get(h.head.i) is not None \
                and by_head[h.head.i].phrase.pattern.type in ACCEPTED:
            # "Russia asked Minsk to increase exports, and the Belarusian side agreed": the agreement
            # answers the request before it, one way, to the one who asked
            own = {c for m in src for c in m.codes}
            asked, told, _ = self._roles(s, by_head[h.head.i], h.head)
            if own & {c for m in told for c in m.codes}:
                tgt = [m for m in asked if m.codes and not set(m.codes) & own]
                accepted = bool(tgt)
        if p.pos == "noun" and p.type in self.syn.answered and src and not tgt:
            tgt = self._answerer(s, h, src)
        if p.pos == "verb" and p.type in self.syn.answers.get("types", ()) and src and not tgt:
            tgt = self._proposer(s, h, src)
        v = h
        if src and not tgt and p.pos == "noun" and self.syn.has(h, "object") and h.head.i != h.i \
                and by_head.get(h.head.i) is not None and self.syn.has(h.head, "coordinated"):
            # "met Poroshenko and promised military assistance": the act in the object of a verb act joined to
            # another is aimed where that verb act is (the verb's own party, as below)
            v = h.head
        if src and not tgt and self.syn.is_pos(v, "verb") and v.head.i != v.i and self.syn.is_pos(v.head, "verb") \
                and (self.syn.has(v, "coordinated") or self.syn.has(v, "adverbial_clause")
                     and ("Conv" in v.morph.get("VerbForm") or self.syn.tagged(v, "converb") and not p.predicate
                          or self._purpose(v) and not p.symmetric and self._status(s, v.head) == "planned")) \
                and not any(self.syn.has(c, "subject") or self.syn.has(c, "passive_subject") for c in v.children) \
                and not any(w in self.syn.preps["target"] and not (p.type in self.syn.clause_target and self._in_trigger(s, t, n.head))
                            for w, n in self._preps(v)) \
                and not any(self.syn.has(c, "indirect_object") and self._case_key(c) in self.syn.preps["target"] for c in v.children) \
                and not (self.syn.has(v, "coordinated") and self._names_own_place(s, v)):
            # (the own preposition of an act whose other party may stand in its content, `clause_target`,
            # names that content, no party: "... and calls for their release"; not "setting fire to")
            # (not one with a party of its own that names no country: «разрешил союзникам реэкспорт»)
            # «раскритиковал Польшу и пригрозил ответными мерами», «потребовала от Минска ..., пригрозив
            # последствиями»: a second act of the same subject with no other party of its own is aimed
            # at the party of the act it is joined to
            ot = by_head.get(v.head.i)
            if self._purpose(v) and not self.syn.has(v, "coordinated") and (ot is None or not ot.phrase.pattern.visit):
                ot = None  # (a purpose shares only a journey's places: "plans to lend to Belarus to support ...")
            if p.type in self.syn.condition_target and self._condition_party(s, v, src):
                ot = None  # («..., пригрозив мерами, если Вильнюс не изменит решение»: the condition's party)
            if ot is not None and ot is not t:
                _, otgt, _ = self._roles(s, ot, v.head)
                own = {c for x in src for c in x.codes}
                tgt = [m for m in otgt if m not in src and not set(m.codes) & own]
                aimed = self._aimed.get(v.head.i, set()) - own
                if not tgt and aimed:
                    # (the party the joined act was coded against, found off its paths: «осуждает принятый
                    # Советом ЕС пакет мер и оставляет за собой право на ответные шаги»)
                    tgt = self._mentions_of(s, aimed)[:len(aimed)]
            elif ot is None and self.syn.has(v, "coordinated"):
                tgt = self._light_object_party(s, v.head, src) or tgt
        if p.pos == "noun" and p.type in AGREED_AID and not src and not tgt:
            src, tgt, agreed = self._pledged_aid(s, h)  # "visited Kyiv and pledged $500 million in military assistance"
        if p.visit and p.pos == "verb" and src and self._forces(s, h):
            # "peacekeeping troops arrived in Bosnia": forces sent to a country are no visit (the rule
            # coder, where the tree codes nothing else, reads the deployment)
            return []
        if p.source_sectors:  # "Russian troops crossed into Ukraine", not migrants crossing a border
            src = [m for m in src if m.sector in p.source_sectors]
        if not src and place is not None and p.type in ("COERCE", "ASSAULT", "ACCUSE"):
            # convention 8: "a journalist was detained in Minsk" - the place's state acts
            src = [m for m in self._actors_at(s, place, allow_location=True)] or [
                # (a place inside the place's phrase: «задержаны в одном из санаториев под Минском»)
                m for m in s.within({x.i for x in place.subtree}) if m.location and m.codes][:1]
        if not src and tgt and p.type in self.syn.state_acts and not self.allow_unknown \
                and all(m.sector in self.syn.state_patients and len(m.codes) == 1 for m in tgt) \
                and len({m.codes[0] for m in tgt}) == 1 \
                and all(set(m.codes) <= set(tgt[0].codes) for m in s.mentions if m.codes):
            # (not "the detention of Russian nationals in Belarus": another country named may be the one acting)
            # "the arrest of the oppositionist Navalny": with no agent named, the state of the one arrested
            # acts on him (convention 7: a state against an opposition figure)
            src = [Mention(tgt[0].start, tgt[0].start, tgt[0].codes, "GOV", "", "bare")]
        # (a town before a foreign embassy in it: "outside the Russian embassy in Vilnius" is in Lithuania)
        home = next((m.codes[0] for m in s.mentions if m.location and m.codes and not m.ethnic and m.kind != "title"),
                    None) or next((m.codes[0] for m in s.mentions if m.location and m.codes and not m.ethnic), None)
        held_at = p.pos == "noun" and self.syn.has(h, "subject") and h.head.i != h.i \
            and (_key(h.head) in self.syn.occurrence or _key(h.head) in self.syn.unrest_verbs)
        # (and one that people who name no actor joined: «тысячи человек вышли на акцию протеста»)
        joined_by = not src and p.pos == "noun" and h.head.i != h.i and self.syn.is_pos(h.head, "verb") \
            and self._light_phrase(h.head, h) \
            and (subj := self._subject(h.head)[0]) is not None and not self._all_in(s, subj)
        if home is not None and p.type == "PROTEST" and all(m.kind == "bare" for m in src) \
                and (src or p.pos == "verb" or held_at or joined_by):
            # "protesters rallied outside the US embassy in Athens": unnamed protesters are the place's people
            # (and a protest that took place there: «в Минске прошла акция протеста»)
            place_m = next(m for m in s.mentions if m.location and m.codes and m.codes[0] == home)
            src = [replace(m, codes=(home,)) for m in src] or [place_m]
            if not tgt or all(m.location or set(m.codes) == {home} for m in tgt):
                # "gathered outside the Russian embassy in Vilnius": the embassy's state is the one protested to
                tgt = [m for m in s.mentions if m.location and m.kind == "title" and m.codes and m.codes[0] != home][:1] or tgt
            if tgt and all(m.location for m in tgt):
                # (the place itself is no target: "blocked streets in Hong Kong in defiance of the
                # Chinese authorities" is aimed at the authorities, deeper in the clause)
                tgt = self._deep(s, [h], src)
        if tgt and p.pos == "verb" and p.type in self.syn.group_patients and all(self._border_side(s, m) for m in tgt) \
                and any(self.syn.has(c, "object") and c.i not in self._by_head and self._group_owned(c) for c in h.children):
            # "troops captured a rebel stronghold on the Thai border": the border's other side names where the
            # group's place is, not the party acted on (the group: `_home`, `group_patients`)
            tgt = []
        if home is not None and any(m.ethnic for m in src + tgt):
            # "ethnic Albanians demonstrated in Serbia": an ethnic group is coded by where it lives
            src = [replace(m, codes=(home,)) if m.ethnic else m for m in src]
            tgt = [replace(m, codes=(home,)) if m.ethnic else m for m in tgt]
        elif home is None and tgt and any(m.ethnic for m in src) and not any(m.ethnic for m in tgt):
            # "ethnic Albanians have sworn to fight on until ... Macedonia": with no place named, the
            # group acts inside the state it acts against
            where = next((m.codes[0] for m in tgt if m.codes and m.kind in ("country", "metonym", "title")), None)
            if where is not None:
                src = [replace(m, codes=(where,), sector="CVL" if m.sector in (None, "GOV") else m.sector)
                       if m.ethnic else m for m in src]  # (a people, not its state)
                tgt = [m for m in tgt if m.codes and m.codes[0] == where][:1] or tgt
        elif home is None and p.type in self.syn.state_acts and any(m.ethnic for m in tgt) \
                and not any(m.ethnic for m in src) and len({c for m in src for c in m.codes}) == 1:
            # «Брестский суд приговорил лидера литовской общины»: with no place named, a people's member that a
            # state acts on lives in that state (convention 7: a court against one of its own)
            tgt = [replace(m, codes=src[0].codes) if m.ethnic else m for m in tgt]
        if not tgt and src and p.type in self.syn.condition_target:
            tgt = self._condition_party(s, h, src)  # «Если Литва не снимет ограничения, Минск закроет транзит»
        if not tgt and src and p.type in self.syn.conditioned_target:
            tgt = self._conditioned_party(s, h, src)  # «Если ЕС введёт санкции, Минск ответит»
        scodes = list(dict.fromkeys(c for m in src for c in m.codes))
        if p.pos == "verb" and tgt and all(self._own_possessive(s, m, scodes) for m in tgt):
            # "Belarus is restricting her participation in ... to prompt Russia to ...": the actor's own
            # thing names no other party; the other is the one named further in the clause, outside that
            # object's phrase ("cancelled his trip to Belgrade" names none)
            owned = {x.i for m in tgt for k, y in enumerate(s.mentions) if y is m for i in s.spans[k]
                     for x in s.doc[i].head.subtree}
            rest = self._clause_span(s, h) - owned
            tgt = [m for m in s.within(rest) if m.start >= t.end and m.codes and not m.location and not m.anti
                   and m.kind != "pronoun" and m.codes[0] not in scodes][:1] or tgt
            if p.type in self.syn.owned_partner.get("types", ()) and all(self._own_possessive(s, m, scodes) for m in tgt):
                tgt = self._owned_partner(s, tgt, src) or tgt
        # («договорились отвести войска»; not where the act's own phrases name one of them: «вывести российские войска»)
        agreed_each = not tgt and len(scodes) == 2 and self._agreed_each(t, h) \
            and not any(m.codes and m.kind != "bare" for m in s.within({x.i for x in h.subtree}))
        if len(scodes) >= 2 and tgt and {c for m in tgt for c in m.codes} <= set(scodes) and not p.symmetric \
                and p.type in self.syn.own_matter:
            # "Russia and Belarus failed to agree on the Russian loan", "the two countries' ministers
            # agreed to cut deliveries to Russia": a one-way act of coordinated parties that names only
            # one of them as its other party is about their own matter, not aimed at one of them
            tgt = []
        tcodes = list(dict.fromkeys(c for m in tgt for c in m.codes))
        if not scodes and (not self.allow_unknown or p.source_sectors) and not (p.symmetric and p.pos == "noun"):
            # (a pattern that needs its source's sector needs a named source, unknown ones allowed or not)
            return []
        pairs: list[tuple[str | None, str | None, Mention | None, Mention | None]] = []
        alone: tuple[str | None, str | None, Mention | None, Mention | None] | None = None
        sm = {c: m for m in src for c in m.codes}
        tm = {c: m for m in tgt for c in m.codes}
        ptype, cameo_code, symmetric = p.type, p.cameo, p.symmetric and not accepted
        if organ:
            ptype, cameo_code, symmetric = "ACCUSE", "114", False
        if p.visit and p.pos == "verb" and tgt and all(m.kind in ("person", "title") for m in tgt):
            symmetric = True  # "visiting Vladimir Putin in Moscow": meeting a person, both ways (convention 2)
        # forces deployed with another's ("deploy with Russian forces near Ukraine"): that force is a partner
        partners = [m for w, n in [*self._preps(h), *(x for o in h.children if self.syn.has(o, "object") for x in self._preps(o))]
                    if w in self.syn.preps["partner"] and w not in self.syn.preps["between"]
                    for m in self._actors_at(s, n) if m in tgt and m.sector == "MIL"] if ptype == "MOBILIZE" else []
        faced: list[str] = []  # the place a joint deployment faces: each deploying party mobilizes towards it
        if ptype == "MOBILIZE" and not self._prompted_clause(h) and (len(scodes) >= 2 or partners or any(w in self.syn.preps["joint"] for w in s.lower[max(0, t.start - 3):t.end])
                                    or any(_word_in(c, self.syn.preps["joint"]) for c in h.lefts)):
            # joint exercises or deployments are military cooperation (CAMEO 062), among the deploying parties and
            # their partners, not with the place they face ("Belarus and Russia deployed troops near Ukraine")
            ptype, cameo_code, symmetric = "COOPERATE", "062", True
            own = set(scodes) | {c for m in partners for c in m.codes}
            if len(own) >= 2:
                faced = [c for c in tcodes if c not in own]
                tcodes = [c for c in tcodes if c in own]
                tm = {c: m for c, m in tm.items() if c in own}
                faced_at = {c: m for m in tgt for c in m.codes if c in faced}
        asked = self.syn.asked_to.get(_key(h)) if p.pos == "verb" and self.syn.is_pos(h, "verb") else None
        if asked is not None and any(self.syn.has(c, "indirect_object") for c in h.children) \
                and any(self.syn.has(c, "open_clause") and self.syn.is_pos(c, "verb")
                        and c.i not in {s.tok(i).i for i in range(t.start, t.end)} for c in h.children):
            # "предложило Газпрому снизить цену": another told to act is asked, not offered (CAMEO 02x)
            info = cameo.lookup(asked)
            ptype, cameo_code, symmetric = info.plover_type, asked, False
        rev = self._reversed(h) if ptype in REVERSIBLE else None
        if rev is not None:
            # "stopped supplying oil to", "cut off gas supplies": the aid withdrawn is a sanction
            ptype, cameo_code, symmetric = "SANCTION", rev, False
        if self._crowd_riot(h, ptype, p.pos):
            # "thousands of protesters stormed government buildings": a crowd's violence is a violent protest
            info = cameo.lookup(self.syn.crowd_riots["code"])
            ptype, cameo_code, symmetric = info.plover_type, self.syn.crowd_riots["code"], False
        # «бои между X и Y», "fighting erupted in Khartoum between X and Y": each side fights the other (also two
        # sides of one country: the army and the rebels, `_joint_at_home`)
        fought = p.pos == "noun" and _word_in(h, self.syn.fought_between) and any(
            w in self.syn.preps["between"] for x in (h, self._happening_verb(h)) if x is not None for w, _ in self._preps(x))
        symmetric = symmetric or fought
        mutual = any(c.lower_ in self.syn.preps["reciprocal"] and c.dep_ in self.syn.labels["object"] | self.syn.labels["prep_object"]
                     for c in h.subtree) or self._reciprocal_after(h) \
            or any(_key(c) in self.syn.mutual for c in h.children) \
            or p.pos == "noun" and (self.syn.has(h, "object") or self._bare_oblique(h)) and h.head.i != h.i \
            and _word_in(h.head, self.syn.mutual) \
            or fought
        mutual = mutual or agreed_each
        if symmetric and p.pos == "verb" and len(scodes) == 1 and tgt and all(m.kind == "igo" for m in tgt) \
                and all(m in self._owners_of_object(s, h) for m in tgt):
            # «Армения подписала Таможенный кодекс ЕАЭС»: an organisation's own document signed or
            # ratified binds the signer to it, one way (the organisation signs nothing)
            symmetric = False
        if symmetric and p.pos == "verb" and len(scodes) == 1 and tgt and _word_in(h, self.syn.accepting) \
                and not any(self._across_table(s, m, h) for m in tgt) \
                and not any(_word_in(x, self.syn.accepted_deals) for x in h.subtree):
            # "Damascus agreed to a UN request", "Astana agreed to host a Russian base": one party accepts what
            # another proposes or gains, one way (convention 2); "agreed with Baku on ...", and a deal of both ("agreed
            # to a loan to Belarus", "agreed to buy gas from": convention 5) stay both ways
            symmetric = False
        # (a one-way joint act of coordinated parties with another party named goes from each to it: "Merkel
        # and Hollande flew to Moscow", "Lithuania, Latvia and Estonia invited Tsikhanouskaya": not among them)
        one_way = not p.symmetric and not mutual and bool([c for c in tcodes if c not in scodes]) and ptype == p.type
        if symmetric or ptype in JOINT and len(scodes) >= 2 and not one_way or mutual and len(scodes) >= 2:
            # (a mutual act of coordinated parties is among them: "traded accusations at the G20 in Osaka")
            parties = list(dict.fromkeys(scodes + ([] if mutual and len(scodes) >= 2 and not symmetric else tcodes)))
            ms = {**tm, **sm}
            if not parties and p.pos == "noun" and state.talks_pair and not self.allow_unknown \
                    and any(c.lower_ in self.syn.preps["definite"] for c in h.children):
                # "The talks lasted six hours": the parties of the document's talks
                parties = list(state.talks_pair)
            if not parties and p.pos == "noun" and not self.allow_unknown and self.syn.sentence_pair \
                    and ptype in self.syn.sentence_pair and not self._background(h) and not self._subordinate_act(h):
                # a joint act with no party on the parse's paths in a sentence that names two countries
                # ("Talks in Sochi confirmed that Belarusian-Russian relations have stalled"): theirs
                named = list(dict.fromkeys(m.codes[0] for m in s.mentions if m.codes and len(m.codes) == 1
                                           and not m.location and m.kind in ("country", "metonym", "person", "title")))
                if len(named) == 2:
                    parties = named
                    ms = {**ms, **{m.codes[0]: m for m in s.mentions if m.codes and m.codes[0] in named}}
            if p.pos == "noun" and len(parties) >= 2 and not tcodes and all(
                    ms.get(c) is not None and ms[c].kind == "igo" for c in parties) \
                    and self._shared_plural(s, h, [m for m in src if m.codes and m.codes[0] != parties[0]]):
                # "the EEU and the CIS Summits": each organisation's own meeting, no other party
                pairs += [(c, None, ms[c], None) for c in parties]
                parties = []
            if len(parties) == 1:
                union = self._union_of_two(parties[0], None, ptype)
                if union is not None:
                    parties = list(union)
                elif p.pos == "noun" and ms.get(parties[0]) is not None and ms[parties[0]].kind == "igo" \
                        and self._inside(s, ms[parties[0]], h) and self._meeting_setting(h):
                    pass  # "remarks made at a CSTO summit": where another act took place, no meeting of its own
                elif p.pos == "noun" and ms.get(parties[0]) is not None and ms[parties[0]].kind == "igo" \
                        and self._inside(s, ms[parties[0]], h):
                    # "the CIS summit": the organisation's own meeting, no other party (named in the
                    # noun's own phrase: "лидеры стран ЕС обсудят это во время встречи" is not one)
                    pairs.append((parties[0], None, ms[parties[0]], None))
                elif p.pos == "verb" and ptype in AGREEING and cameo_code == SIGNING and not tcodes \
                        and ms.get(parties[0]) is not None \
                        and (e := self.actors.entities.get(parties[0])) is not None and e.kind == "igo" \
                        and (subj := self._subject(h)[0]) is not None \
                        and self._inside(s, ms[parties[0]], subj):
                    # "the CIS leaders adopted a declaration": the organisation's members sign or adopt a
                    # text among themselves, no other party
                    pairs.append((parties[0], None, ms[parties[0]], None))
                elif (partner := self._joint_partner(s, t, h, parties[0])) is not None:
                    parties.append(partner.codes[0])
                    ms = {**ms, partner.codes[0]: partner}
                elif not self.allow_unknown and (p.pos == "verb" or (self.syn.has(h, "object") and h.head.i != h.i
                                                 and self.syn.is_pos(h.head, "verb") and _word_in(h.head, self.lex.light_verbs)
                                                 or self._happening_verb(h) is not None) and not self._background(h)) \
                        and (home := self._joint_at_home(parties[0], src, tgt, ptype)) is not None:
                    # "the Sudanese government and the rebels signed a ceasefire", "the government held talks with
                    # the opposition": a joint act of two parties inside one country is X -> X (convention 7)
                    pairs.append(home)
            across = self._across(s, t, h, tgt, scodes) if not (mutual and len(scodes) >= 2 and not symmetric) else set()
            for a in parties:
                for b in parties:
                    # a comitative party sits across the table from each subject: "Moldova and Georgia signed
                    # agreements with the EU" pairs each with the EU, not with each other; "Moldova signed
                    # agreements with Georgia and the EU" pairs Moldova with each, not the two with each other
                    if a != b and not (across and (a in across) == (b in across)) \
                            and not self._exclusive_pair(s, ms.get(a), ms.get(b)):
                        pairs.append((a, b, ms.get(a), ms.get(b)))
            if not pairs and len(parties) == 1 and scodes and p.pos == "verb" and not self.allow_unknown \
                    and any(self.syn.has(c, "open_clause") and self.syn.is_pos(c, "verb")
                            or self.syn.has(c, "prep") and any(self._light_prep(n) for n in c.children)
                            for c in h.children):
                # one party agreeing to act ("Akayev agreed to resign", "the coalition agreed to postpone the
                # rally") or to a measure named as a noun in its light phrase ("the council agreed to an
                # extension of the mission in Chad"): a one-way commitment, aimed at the state of the place
                # its clause names, at home where convention 7 allows it (`home_acts`)
                home = self._home(s, h, ptype, parties[0], sm.get(parties[0]))
                if home is not None:
                    pairs.append(home)
            if not pairs and len(parties) == 1 and scodes and not tcodes and p.pos == "verb" and not self.allow_unknown \
                    and ptype not in OWN_TALKS:
                # "Putin confirmed the transfer of the technology to Belarusian laboratories": a joint verb act
                # of one party whose other is named only further in its clause, off the parse's paths: one way
                # (what the other did is not told)
                other = self._object_relative_party(s, h, parties[0], scodes)
                if other is not None:
                    pairs.append((parties[0], other.codes[0], sm.get(parties[0]), other))
            if not pairs and (ptype in UNTARGETED or self.allow_unknown):
                pairs = [(a, None, ms.get(a), None) for a in parties]  # (unknown targets allowed: "agreed to resign")
                if not parties and self.allow_unknown and (p.pos == "verb" or self._light_act(self._measure_head(s, h))
                                                           or self._purpose_act(h) or self._light_passive(h)):
                    # unknown actors too ("the mayor agreed to resign"), also of a joint act named as the object or
                    # the purpose of the clause's verb ("the rebels signed a peace agreement with the government",
                    # "envoys of both sides sat down for talks")
                    pairs = [(None, None, None, None)]
        else:
            for a in scodes or [None]:
                for b in tcodes or [None]:
                    if a is not None and a == b:
                        # convention 7: one country on both sides only where the sentence names
                        # two parties inside it
                        ma, mb = sm.get(a), tm.get(b)
                        if (ptype not in DOMESTIC or ma is None or mb is None or ma is mb
                                or {ma.sector, mb.sector} <= STATE_SECTORS or ptype in PARTY_ACTS and not {ma.sector, mb.sector} & PARTIES) \
                                and not (p.self_target and ptype == p.type):
                            # (a protest is aimed at its own country: `target_default_self`); with
                            # unknown targets allowed the act stays, its target unknown
                            if self.allow_unknown:
                                pairs.append((a, None, ma, None))
                                if ptype in self.syn.untargeted:
                                    alone = pairs[-1]  # (an act of no other party: kept where a target is needed)
                            elif p.pos == "verb" and self._home_self(s, h, ptype, a, ma, mb):
                                # one country on both sides ("the farmers
                                # said they would blockade Paris", "Serb forces killed ethnic Albanians")
                                pairs.append((a, a, ma, mb))
                            elif ptype in self.syn.untargeted and len(tcodes) == 1 and not self._subordinate_act(h) \
                                    and p.pos == "noun" and self._light_act(self._measure_head(s, h)):
                                # an act of no other party whose only other side named is its own country
                                # ("completed their withdrawal from the Bosnian town"): no target (convention 7)
                                alone = (a, None, ma, None)
                                pairs.append(alone)
                            continue
                    if b is None and a is not None and p.self_target and ptype == p.type:
                        # `target_default_self` (a protest, a strike): with no other party named
                        # it is aimed at its own country's authorities (not a nominal one in a
                        # phrase of time or place: "after a week of Palestinian unrest", convention 4)
                        if not (p.pos == "noun" and self._background(h) and not self._taken_part_in(h)):
                            host = self._mission_owner(s, h, a) if ptype == "PROTEST" else None
                            if host is None and self._foreign_patient(h):
                                pairs.append((a, None, sm.get(a), None))  # («задержали сорок мигрантов»: convention 7)
                                continue
                            pairs.append((a, host.codes[0], sm.get(a), host) if host is not None else (a, a, sm.get(a), None))
                        continue
                    if b is None and p.pos == "verb" and ptype in self.syn.refusal and not tcodes and self._refused(h) \
                            and "denied" == self._status(s, h):
                        # «Казахстан не намерен признавать независимость Абхазии»: a refusal (below) needs no
                        # coded party on the other side (the state of a place in its clause where one is named:
                        # "would not meet demands to release prisoners in Iraq")
                        loc = next((m for m in s.within(self._clause_span(s, h)) if m.location and m.codes and m.codes[0] != a), None)
                        pairs.append((a, loc.codes[0] if loc else None, sm.get(a), loc))
                        continue
                    if b is None and a is not None and (other := self._reprisal_target(s, h, ptype, a)) is not None:
                        pairs.append((a, other, sm.get(a), None))  # the answer to another's hostile act: at its maker
                        # (before a threat said of an act whose maker is not named: «...; МИД пообещал, что этот шаг
                        # «не останется без ответа»» answers the act told before)
                        continue
                    if b is None and a is not None and ptype in self.syn.untargeted and h.i in self._said_threats:
                        # "Moscow has made its position clear: any attempt ... will cause a rigid response": a
                        # threat said of an act whose maker is not named, aimed at no one (`untargeted`)
                        pairs.append((a, None, sm.get(a), None))
                        continue
                    if b is None and a is not None and cameo_code.startswith(HOSTING) and not tcodes \
                            and p.pos == "noun" and not self._background(h):
                        # "allowed Belarus to provide a negotiating venue": a host whose guests are not named hosts
                        pairs.append((a, None, sm.get(a), None))
                        continue
                    if b is None and a is not None and ptype in UNTARGETED and p.pos == "verb" and not self.allow_unknown \
                            and (other := self._object_relative_party(s, h, a, scodes)) is not None:
                        # forces raised whose own act is aimed at another: "trained hackers capable of launching
                        # attacks against the United States", "massed troops that could strike at Kyiv"
                        pairs.append((a, other.codes[0], sm.get(a), other))
                        continue
                    if b is None and (ptype not in UNTARGETED or p.pos == "noun") and not self.allow_unknown:
                        if self._stops_an_act(h):
                            continue  # the act it stops, a sanction (`_reversed`), is the event
                        # (an act done to the actor's own people looks past phrases of time for its other party:
                        # "freed 52 prisoners after a visit to Minsk by a U.S. envoy" is a release at home)
                        home = (self._clause_other(s, t, h, a, sm.get(a), scodes,
                                                   skip_adjuncts=self._group_patient_act(s, h, ptype))
                                or self._home(s, h, ptype, a, sm.get(a))) if p.pos == "verb" else \
                            (self._clause_other(s, t, self._measure_head(s, h).head, a, sm.get(a), scodes)
                             or self._home(s, self._measure_head(s, h).head, ptype, a, sm.get(a))) \
                            if self._light_act(self._measure_head(s, h)) else \
                            (self._clause_other(s, t, lv, a, sm.get(a), scodes, skip_adjuncts=True)
                             or self._home(s, lv, ptype, a, sm.get(a))) \
                            if (lv := self._light_verb(h)) is not None and self.syn.is_pos(lv, "verb") \
                            and not self._background(h) else None  # ("remained on alert in the West Bank")
                        if home is not None:  # "imposed a curfew in Cizre in Turkey", "police arrested students"
                            pairs.append(home)
                            # (and the parties coordinated with the one found: "ready to host a meeting between an
                            # Israeli peace group and the PLO" is offered to both)
                            pairs += [pr for pr in self._clause_mates(s, home, scodes) if pr not in pairs]
                            if home[1] is None:
                                alone = home  # "their forces completed their withdrawal": an act of no other party
                        elif a is not None and (p.pos == "verb" or self._done_noun(h)) and ptype in self.syn.alleged_acts \
                                and (said := self._said_by_other(s, h, a)) is not None and self._status(s, h) != "denied":
                            # convention 3: a hostile act of another party that a speaker says happened, aimed at no
                            # one named ("Kyiv said Russian forces had shelled civilian areas"), is alleged against
                            # the speaker's country: `_alleged` makes it the speaker's accusation
                            pairs.append((a, said.codes[0], sm.get(a), said))
                        continue  # convention 4: a nominal act ("a Russian airbase") only with both sides named
                    pairs.append((a, b, sm.get(a) if a else None, tm.get(b) if b else None))
        joined = self._participants(s, h, scodes) if p.pos == "noun" and not symmetric else None
        if joined is None and p.pos == "noun" and ptype in self.syn.adopted_acts.get("types", ()):
            # "Switzerland adopted the EU's sanctions against Moscow": the adopter imposes them too (`adopted_acts`)
            joined = self._participants(s, h, scodes, self._adopting)
        if joined is not None:
            # "Belarusian forces are not taking part in Russia's operation against Ukraine": the
            # participants act too, with the status of their own verb
            verb, parts = joined
            pstatus = self._status(s, verb)
            if ptype in self.syn.adopted_acts.get("types", ()) and parts:
                # "Norway joined the EU's sanctions against Russia": the news is the joiner's act; the owner's
                # sanctions are the background the joiner takes up, not stated again (README: only the adopter)
                pairs = [pr for pr in pairs if pr[0] is None or any(pr[0] in m.codes for m in parts)]
            # taking part in another's exercise with no other party named is military cooperation with
            # its owner (CAMEO 062): «белорусские военные примут участие в российских учениях»
            hosted = ptype == "MOBILIZE" and not tcodes
            jtype, jcode, jm = ("COOPERATE", "062", {**tm, **sm}) if hosted else (ptype, cameo_code, tm)
            jinfo = cameo.lookup(jcode) if hosted else None
            if hosted and pstatus == "denied" and "COOPERATE" in self.syn.refusal and self._refused(verb):
                # «Ереван не будет участвовать в учениях ОДКБ»: taking part refused is a refusal (`refusal`)
                jcode = self.syn.refusal["COOPERATE"]
                jinfo = cameo.lookup(jcode)
                jtype, pstatus = jinfo.plover_type, "occurred"
            for a in dict.fromkeys(c for m in parts for c in m.codes):
                for b in (scodes if hosted else tcodes):
                    if a != b:
                        extra.append(Event(source=a, target=b, type=jtype, cameo=jcode, status=pstatus,
                                           source_sector=next(m.sector for m in parts if a in m.codes),
                                           source_text=next(m.text for m in parts if a in m.codes),
                                           target_text=jm[b].text, target_sector=jm[b].sector,
                                           mode=jinfo.mode if jinfo else p.mode,
                                           goldstein=jinfo.goldstein if jinfo else p.goldstein,
                                           quad=cameo.quad_class(jcode) if jinfo else p.quad,
                                           trigger=s.text[s.toks[t.start][1]:s.toks[t.end - 1][2]],
                                           start=s.toks[t.start][1], end=s.toks[t.end - 1][2]))
        if ptype in self.syn.exchanges.get("types", ()) and p.pos == "verb":
            # "Kyrgyzstan released the Tajik border guards in exchange for Kyrgyz civilians": the other side
            # gives back the actor's own people, the same act the other way (`exchanges`)
            for w, n in self._preps(h):
                if f"{w} {_key(n)}" not in self.syn.exchanges.get("phrases", ()):
                    continue
                for _, n2 in self._preps(n):
                    got = {c for m in self._actors_at(s, n2) if m.codes for c in m.codes}
                    pairs += [(b, a, mb, ma) for a, b, ma, mb in list(pairs)
                              if b is not None and a is not None and got == {a} and (b, a, mb, ma) not in pairs]
        if p.target_required:
            # a pattern read only with its other party named (`target_required`): "sent warships to the
            # Baltic" is no deployment against anyone
            # (but the clause's own act of no other party, `untargeted`: "completed their withdrawal from the town")
            pairs = [pr for pr in pairs if pr[1] is not None or pr is alone]
        if not pairs:
            return self._dated(extra, s, h, dates, state) if extra else []
        status = self._status(s, h) if participated is None else self._status(s, participated)
        if participated is not None and status == "occurred" and any(
                c.lower_ in self.syn.negation_words and self.syn.has(c, "negation_holder")
                for sb in [self._subject(participated)[0]] if sb is not None for c in sb.children):
            status = "denied"  # ("no Belarusian soldiers had taken part": said not to have happened)
        if status == "planned" and h.i in self._said_threats:
            status = "occurred"
        if status == "occurred" and ptype in self.syn.offers.get("types", ()) and p.pos == "verb" \
                and (_key(h) in self.syn.offers.get("verbs", ()) or h.lower_ in self.syn.offers.get("verbs", ())):
            status = "planned"  # "Moscow offered Minsk a credit line": an offer of aid is the aid, planned (convention 5)
        if ptype == p.type and self._bare_response(s, t):
            # a bare verb of response (`responded.to_come`: "Russia will respond if Finland joins NATO") is the
            # threat of that response where the response is to come (the threat, said, occurred), not another's
            # view of it ("analysts expect Moscow to respond"); a response done or denied is no threat, nor one
            # that names its act ("could retaliate by blocking imports": that act, `_response_means`)
            if status not in ("planned", "hypothetical", "forecast") or self._others_word(s, h, set(scodes)) \
                    or self._response_means(h, by_head):
                return self._dated(extra, s, h, dates, state) if extra else []
            status = "occurred"
        if agreed is not None and tgt and status == "occurred":
            status = "planned"  # an agreed loan, not yet paid (convention 5)
        if status == "occurred" and self._scheduled(s, h, dates, state):
            status = "planned"  # "Russia and Belarus hold joint drills on 25 September" (a report of 10 September)
        if status == "occurred" and p.visit and p.pos == "verb" and self.syn.tagged(h, "converb") and any(
                self.syn.has(a, "aux") and a.lower_ in self.syn.copula_to and "Pres" in a.morph.get("Tense")
                for a in h.children):
            status = "planned"  # "Lukashenka is heading to Russia": a journey under way, the visit to come
        if ptype in self.syn.refers_back and not p.visit and state.talks_pair and (p.pos == "noun" or status != "denied") \
                and not (p.pos == "verb" and self._told_again(s, h, src)) \
                and not (p.pos == "noun" and (self._told_subject(h) or self._told_by_pair(s, h, state))) \
                and {c for a, b, _, _ in pairs for c in (a, b)} == set(state.talks_pair) \
                and self._when(s, h, dates, DocState(), "occurred") == (None, None):
            # convention 4: the talks of the document named again with no time of their own ("ahead
            # of the meeting", "during his talks with Putin") are a reference back, not a new event; a
            # verb denying them ("was not discussed") is news
            return []
        if ptype in self.syn.refers_back and p.pos == "noun" and state.talks_pair \
                and (self._told_subject(h) or self._told_by_pair(s, h, state)) \
                and {c for a, b, _, _ in pairs for c in (a, b)} == set(state.talks_pair):
            self._told_back.append(s.toks[t.start][1])
        if p.pos == "verb" and (self.syn.has(h, "relative_clause") and h.head.i != h.i and s.at.get(h.head.i) is not None
                                or self._time_clause(h)):
            # (a clause on a party, not "the first time they met"; or one of time: "the day before Lukashenko came to Moscow")
            self._described_back.append(s.toks[t.start][1])
        date, gran = self._when(s, h, dates, state, status, (pairs[0][0], pairs[0][1]))
        trig_text = s.text[s.toks[t.start][1]:s.toks[t.end - 1][2]]
        acts = [(ptype, cameo_code, p.mode, p.goldstein, p.quad, status)]
        ready = self.syn.ready_threat
        if ready and ptype in ready["acts"] and status == "planned" and self._readiness(h, ready["words"]):
            # «заявила о готовности закрыть границу», «готова ввести санкции»: a stated readiness for a
            # hostile act is a threat (CAMEO code), not the act
            # (the act's own threat code where the language names one: "prepared to impose martial law" 137)
            code = self.syn.threat_intents.get(ptype) or next(iter(ready["code"]))
            if ptype in ready.get("preparing_acts", ()) and self._preparing(h, ready.get("preparing", frozenset())):
                code = next(iter(ready["preparing_code"]))  # "the army prepared to resume shelling": forces readied (15x)
            info = cameo.lookup(code)
            acts = [(info.plover_type, code, info.mode, info.goldstein, cameo.quad_class(code), "occurred")]
        refusal = self.syn.refusal.get(ptype)
        refused = refusal is not None and status == "denied" and (self._refused(h) or cameo_code in self.syn.refused_codes)
        if refusal is not None and p.pos == "noun" and self.syn.has(h, "oblique") and h.head.i != h.i \
                and _word_in(h.head, self.syn.participation) and self._refused(h.head) \
                and self._status(s, h.head) == "denied":
            refused = True  # «Москва не будет участвовать в переговорах с Киевом»: the talks refused, none held
        if refused:
            # "will not lift the embargo until ...", "would not meet": a refusal (CAMEO 12x), not the act
            if ptype in STANCES and any(self.syn.has(o, "object") and (
                    o.i in by_head and by_head[o.i].phrase.pattern.type in VIOLENT
                    or _key(o) in self.syn.preps["blame_predicate"]) for o in h.children):
                refusal = CRITICISM  # "we cannot support the aggression unleashed by Georgia": a condemnation
            info = cameo.lookup(refusal)
            acts = [(info.plover_type, refusal, info.mode, info.goldstein, cameo.quad_class(refusal), "occurred")]
            if self.syn.stay_away and self._stays_away(s, t, h):
                # "Pashinyan will not attend the CIS summit": a boycott to come (convention 6), no refusal of anyone
                info = cameo.lookup(self.syn.stay_away)
                acts = [(info.plover_type, info.code, info.mode, info.goldstein, cameo.quad_class(info.code), "planned")]
            # (a joint act refused is refused by its subject: "Putin will not meet Zelensky" RUS→UKR only)
            pairs = [pr for pr in pairs if pr[0] in scodes] or pairs
            if len(scodes) >= 2 and pairs and all(pr[1] in scodes for pr in pairs):
                # ("Washington, London and Ottawa said they would not attend the summit": each refuses, none the others)
                outside = [c for c in tcodes if c not in scodes]
                pairs = [(a, b, sm.get(a), tm.get(b)) for a in scodes for b in outside] \
                    or list({pr[0]: (pr[0], None, pr[2], None) for pr in pairs}.values())
        elif refusal is not None and status == "denied" and self.syn.stay_away and self._stays_away(s, t, h, done=True):
            # «Пашинян не поехал на саммит ОДКБ в Минск»: a boycott held (convention 6), no visit denied
            info = cameo.lookup(self.syn.stay_away)
            acts = [(info.plover_type, info.code, info.mode, info.goldstein, cameo.quad_class(info.code), "occurred")]
        main = acts[0][0]  # the act itself (an intention below needs a target)
        intent = self.syn.intents.get(ptype)
        if intent is None and p.pos == "verb" and self._aux_to_come(h) \
                and not (ptype in self.syn.reprisals.get("types", ())
                         and any(f"{w} {_key(n)}" in self.syn.reprisals.get("phrases", ()) for w, n in self._preps(h))):
            # "said they would blockade the capital": a hostile act its actor says it will do is a threat
            # (not a reprisal decided for another's act: "would strike X in response to the attack", `reprisals`)
            intent = self.syn.threat_intents.get(ptype)
        cond = next(((m.lower_, c) for v in self._open_chain(h) for c in v.children if self.syn.has(c, "adverbial_clause")
                     for m in c.children if self.syn.has(m, "mark") and m.lower_ in self.syn.ultimatum), None) \
            or next(((mk, c) for v in self._open_chain(self._verb_above(h)) for c in v.children
                     if (mk := self._inverted_mark(c)) in self.syn.ultimatum), None)  # ("should Minsk refuse")
        marker = cond[0] if cond is not None else None
        ultimatum = self.syn.ultimatum[marker] if marker is not None else None
        acts_if = self.syn.threat_if.get(marker) if marker is not None else None
        threat = False
        if ultimatum is not None and acts_if is not None:
            # "may halt its mediation if cooperation founders", "would cut supplies if ...": a hostile
            # act its actor makes conditional on another's conduct is also a threat (CAMEO 13x); a
            # condition set before the act ("If talks fail, Russia could cut ...") is a scenario
            # (where the language's data says so, a condition before the act set on another named
            # party's conduct is one too: «Если Литва не снимет ограничения, Минск закроет транзит»)
            if ptype in acts_if and (ptype not in self.syn.ultimatum_parties or self._warned(h)) \
                    and status in ("planned", "hypothetical", "forecast") and (
                    cond[1].i > h.i if marker not in self.syn.threat_before
                    else (cond[1].i > h.i or self._condition_party(s, h, src)) and not self._viewed(h)):
                intent, threat = ultimatum, True
        elif ultimatum is not None and (status in ("planned", "hypothetical")
                                        or refused and marker in self.syn.ultimatum_only):
            # (hypothetical: the condition itself makes the act so, `status.conditions`)
            intent, threat = ultimatum, True  # "will withdraw its force from Chad unless ...": a conditional threat (CAMEO 13x)
        if threat and ptype in self.syn.ultimatum_parties and self._warned(h):
            # «Если Баку не уйдёт с позиций, Армения обратится к ОДКБ»: an appeal, a refusal or a complaint held out
            # against another's conduct threatens the condition's party, not the one appealed to or refused
            extra += self._threat_on_condition(s, t, h, src, intent, trig_text)
            intent = None
        if cond is not None and not threat and intent is not None and intent == self.syn.intents.get(ptype):
            intent = None  # "will release the journalist if Warsaw lifts its sanctions": the act under its condition
            # (hypothetical in substance, convention 5), no promise beside it
        if intent is not None and not threat and self.syn.intent_governors and not self._promised(h):
            intent = None  # «Минск освободит политзаключённых»: the act planned, no promise beside it (`intent_governors`)
        statuses = self.syn.intent_statuses if ptype in self.syn.intents else ("planned", "hypothetical")
        if intent is not None and self.syn.schedule_verbs and h.head.i != h.i \
                and (_key(h.head) in self.syn.schedule_verbs or h.head.lower_ in self.syn.schedule_verbs) \
                and (self.syn.has(h, "open_clause") or self.syn.has(h, "object")):
            # "troops will begin pulling out this week", "will begin their withdrawal on 13 January": a timetable
            # told, no promise
            intent = None
        if intent is not None and p.pos == "verb" and self.syn.timetable_aux \
                and any(self.syn.has(c, "aux") and c.lower_ in self.syn.timetable_aux for c in h.children):
            intent = None  # "troops will have left the country by the end of the month": a timetable told
        if intent is not None and self._others_word(s, h, set(scodes)):
            # "Russia could attack Ukraine at any moment, the US adviser said", "analysts say Russia could
            # seize ...": another's view of what the actor may do is no statement of the actor's intent
            intent = None
        if intent is not None and (status in statuses or threat) \
                and not (p.pos == "verb" and self._raised_passive(h)):  # ("troops are set to leave": no promise)
            # a stated intention to act is itself an event (CAMEO 03x): "will provide aid",
            # "promised to support" - the promiser -> the other (convention 2)
            # (first: the sentence's first event is the statement)
            info = cameo.lookup(intent)
            if threat and marker in self.syn.ultimatum_only:
                acts = []  # the threat is the event, not the act (or refusal) threatened (`ultimatum_only`)
            acts.insert(0, (info.plover_type, intent, info.mode, info.goldstein, cameo.quad_class(intent), "occurred"))
        if self.syn.phone and ptype != "CONSULT" and status == "occurred" \
                and any(f"{w} {_key(n)}" in self.syn.phone["phrases"] for w, n in self._preps(h)):
            # «договорились по телефону», "thanked him by phone": the call itself took place too, both ways
            code = self.syn.phone["code"]
            info = cameo.lookup(code)
            called = {(a, b): (ma, mb) for a, b, ma, mb in pairs if b is not None and a is not None and a != b}
            called.update({(b, a): (mb, ma) for (a, b), (ma, mb) in list(called.items())})
            extra += [Event(source=a, target=b, type=info.plover_type, cameo=code, status="occurred",
                            source_sector=ma.sector if ma else None, source_text=ma.text if ma else None,
                            target_text=mb.text if mb else None, target_sector=mb.sector if mb else None,
                            mode=info.mode, goldstein=info.goldstein, quad=cameo.quad_class(code),
                            trigger=trig_text, start=s.toks[t.start][1], end=s.toks[t.end - 1][2])
                      for (a, b), (ma, mb) in called.items()]
        return [Event(source=a, target=b, type=a_type, cameo=a_cameo, status=a_status,
                      source_sector=ma.sector if ma else None, source_text=ma.text if ma else None,
                      target_text=mb.text if mb else None, target_sector=mb.sector if mb else None,
                      mode=a_mode, goldstein=a_gold, quad=a_quad, date=date if a_status == status else
                      self._when(s, h, dates, state, a_status, (a, b))[0],
                      date_granularity=gran if a_status == status else
                      self._when(s, h, dates, state, a_status, (a, b))[1],
                      trigger=trig_text, start=s.toks[t.start][1], end=s.toks[t.end - 1][2])
                for a_type, a_cameo, a_mode, a_gold, a_quad, a_status in acts
                for a, b, ma, mb in pairs if b is not None or a_type == main] + self._dated(extra, s, h, dates, state) \
            + [Event(source=a, target=b, type=p.type, cameo=p.cameo, status=status,
                     source_sector=sm[a].sector if a in sm else None, source_text=sm[a].text if a in sm else None,
                     target_text=faced_at[b].text, target_sector=faced_at[b].sector, mode=p.mode,
                     goldstein=p.goldstein, quad=p.quad, date=date, date_granularity=gran,
                     trigger=trig_text, start=s.toks[t.start][1], end=s.toks[t.end - 1][2])
               for a in scodes for b in faced if a != b and pairs and p.cameo == DEPLOYING]

    def _warned(self, h: Any) -> bool:
        """The act `h` is told under a verb of warning (`ultimatum_parties.warnings`: «..., предупредили в МИД»): its
        clause's verb or a loose verb of saying on it (the parse's `parataxis` or `dep`), within six heads."""
        words = self.syn.ultimatum_warnings
        x = h
        for _ in range(6):
            if _word_in(x, words) or any(self.syn.is_pos(c, "verb") and _word_in(c, words) for c in x.children):
                return True
            if x.head.i == x.i:
                return False
            x = x.head
        return False

    def _threat_on_condition(self, s: _Sent, t: _Trig, h: Any, src: list[Mention], code: str | None,
                             trig_text: str) -> list[Event]:
        """The threat (CAMEO `code`) of each of the act's sources aimed at the party its condition is set on
        (`ultimatum_parties`); none where the condition names no other party."""
        if code is None:
            return []
        info = cameo.lookup(code)
        own = {c for m in src for c in m.codes}
        party = [m for m in self._condition_party(s, h, src) if m.codes and not set(m.codes) & own]
        return [Event(source=a.codes[0], target=b.codes[0], type=info.plover_type, cameo=code, status="occurred",
                      source_sector=a.sector, source_text=a.text, target_text=b.text, target_sector=b.sector,
                      mode=info.mode, goldstein=info.goldstein, quad=cameo.quad_class(code), trigger=trig_text,
                      start=s.toks[t.start][1], end=s.toks[t.end - 1][2])
                for a in src if a.codes for b in party]

    def _bare_oblique(self, h: Any) -> bool:
        """`h` is a verb's noun in a case of its own, no preposition («обменялись ударами»)."""
        return self.syn.has(h, "oblique") and not any(self.syn.has(c, "case") for c in h.children)

    def _owned_partner(self, s: _Sent, owned: list[Mention], src: list[Mention]) -> list[Mention]:
        """The other party named in the phrase (`owned_partner` preps) of the actor's own noun, for acts whose own
        thing is bound to another ("reaffirmed his commitment to Russia", "his loyalty to the alliance with Moscow")."""
        preps = self.syn.owned_partner.get("preps", frozenset())
        out: list[Mention] = []
        for m in owned:
            span = s.span_of(m)
            if len(span) != 1:
                continue
            noun = s.doc[next(iter(span))].head
            if noun.lower_ not in self.syn.owned_partner.get("nouns", ()):
                continue
            for w, n in self._preps(noun):
                if w in preps:
                    out += [x for x in self._deep(s, [n], src) if x not in out and not x.location]
        return out

    def _border_side(self, s: _Sent, m: Mention) -> bool:
        """The actor `m` names a side of a border (`border_nouns`): its adjective or possessor, or its "with"
        phrase ("on the Thai border", "near Thailand's border", "along the border with Chad")."""
        span = s.span_of(m)
        if not m.codes or not span or not self.syn.border_nouns:
            return False
        head = next((s.doc[i] for i in sorted(span) if s.doc[i].head.i not in span), None)
        if head is None or head.head.i == head.i:
            return False
        x = head.head
        if self.syn.has(head, "prep_object") and _key(x) in self.syn.preps["partner"] and x.head.i != x.i:
            x = x.head  # ("the border with Chad")
        return _word_in(x, self.syn.border_nouns)

    def _group_owned(self, c: Any) -> bool:
        """The object `c` is a place or thing of an unnamed group (`unnamed_groups`) named by a modifier: "a rebel
        stronghold", "a guerrilla camp", "militants' hideouts"; also through the "of" phrase of a part of it: "part of
        a guerrilla stronghold")."""
        nouns = [c, *(n for w, n in self._preps(c) if w in self.syn.preps["of"])]
        return any((self.syn.has(x, "attribute_word") or self.syn.has(x, "possessor"))
                   and _word_in(x, self.syn.unnamed_groups) for y in nouns for x in y.children)

    def _own_possessive(self, s: _Sent, m: Mention, scodes: list[str]) -> bool:
        """The mention `m` is a possessive pronoun of the actor's own (`scodes`): "her participation"."""
        span = s.span_of(m)
        if m.kind != "pronoun" or not m.codes or not set(m.codes) <= set(scodes) or len(span) != 1:
            return False
        return self.syn.has(s.doc[next(iter(span))], "possessor")

    def _facing(self, h: Any) -> Any | None:
        """The verb of `protested` whose object or phrase ("verb preposition") holds the noun `h` (through a
        measure noun: "braced for a fresh round of protests"), else None."""
        if not self.syn.protested:
            return None
        x = h
        if x.head.i != x.i and self.syn.has(x, "prep_object") and _key(x.head) in self.syn.preps["of"] \
                and x.head.head.i != x.head.i and self.syn.is_pos(x.head.head, "noun"):
            x = x.head.head  # ("a round of protests", "a wave of protests")
        v = x.head
        if x.i == v.i:
            return None
        if self.syn.has(x, "object") and v.lower_ in self.syn.protested:
            return v
        if self.syn.has(x, "prep_object") and self.syn.has(v, "prep") and v.head.i != v.i \
                and f"{v.head.lower_} {_key(v)}" in self.syn.protested:
            return v.head
        return None

    def _members_named(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The parties a relative clause of «among» on the object of the verb act `h` names (`among`: «освободили 10
        заключенных, среди которых граждане Латвии и Эстонии»): those the act is done to, one by one."""
        own = {c for m in src for c in m.codes}
        for o in h.children:
            if not self.syn.has(o, "object"):
                continue
            for r in o.children:
                if not self.syn.has(r, "relative") or self._case_key(r) not in self.syn.among:
                    continue
                named = [m for c in r.children if self.syn.has(c, "subject") for m in s.within({x.i for x in c.subtree})
                         if m.codes and not set(m.codes) & own and not m.location]
                if named:
                    return named
        return []

    def _accused_party(self, s: _Sent, h: Any, src: list[Mention], by_head: dict[int, _Trig]) -> list[Mention]:
        """The party an accusation accuses in a clause on the verb act `h` that names no other party, or on whose
        clause `h` stands (`blamed_targets`: «Литва закрыла пункты пропуска, обвинив Минск в провокациях», «Обвинив
        Минск в провокациях, Вильнюс закрыл границу»): the act is aimed at the one accused."""
        own = {c for m in src for c in m.codes}
        for c in h.children:
            t = by_head.get(c.i)
            if t is None or t.phrase.pattern.type != "ACCUSE" or t.phrase.pattern.pos != "verb" \
                    or not self.syn.has(c, "adverbial_clause"):
                continue
            accused = [m for o in c.children if self.syn.has(o, "object") for m in self._actors_at(s, o)
                       if m.codes and not set(m.codes) & own and not m.location]
            if accused:
                return accused
        return []

    def _answer_maker(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """The maker of a nominal act `h` with none of its own that a copula (`answer_predicates.verbs`) makes a
        party's answer or step (`answer_predicates.words`: «Ответом Минска стало закрытие границы с Литвой»,
        «Высылка дипломатов стала ответом Москвы»): the party of the predicate noun's genitive or possessor."""
        ap = self.syn.answer_predicates
        v = h.head
        if not self.syn.has(h, "subject") or v.i == h.i or not _word_in(v, ap.get("verbs", ())):
            return []
        for c in v.children:
            if c.i == h.i or not _word_in(c, ap.get("words", ())):
                continue
            return [m for g in c.children if self.syn.has(g, "possessor") or self._case_key(g) in self.syn.preps["of"]
                    for m in self._actors_at(s, g) if m.codes and m not in tgt]
        return []

    def _taken_part_in(self, h: Any) -> bool:
        """The nominal act `h` is what a verb of taking part (`participation`) is done in («участвовали в шествии в
        Тбилиси»): the act itself, no background place."""
        x = h
        for _ in range(3):
            if x.head.i == x.i or not (self.syn.has(x, "object") or self.syn.has(x, "prep_object")
                                       or self.syn.has(x, "prep") or self.syn.has(x, "oblique")):
                return False
            x = x.head
            need = self.syn.participation.get(x.lower_) or self.syn.participation.get(_key(x))
            if need is not None:  # («принять участие»: its object too)
                return "" in need or any(_word_in(c, need) for c in x.children if self.syn.has(c, "object"))
        return False

    def _placed_protest(self, s: _Sent, h: Any, tgt: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """The parties of a protest `h` with no maker named in a sentence that names one country only, as a place
        (`placed_protests`: «вышли на улицы Гродно», «участвовали в шествии в Тбилиси»), its other parties that place
        or that state's organs («с требованием отставки правительства»): that country's people make it, against their
        state (`target_default_self`); not a city named as the one protested against («акция против Минска»)."""
        codes = {c for m in s.mentions if m.codes for c in m.codes}
        if len(codes) != 1:
            return [], tgt

        def placed(m: Mention) -> bool:
            return (m.location or m.kind == "metonym") and not m.anti and not m.ethnic and m.kind != "igo" \
                and not any(self._case_key(s.doc[i]) in self.syn.preps["target"] for i in s.span_of(m))

        organs = [m for m in tgt if not placed(m) and self._state_organ(s, m)]
        v = self._measure_head(s, h).head if self.syn.is_pos(h, "noun") else h  # (its clause: not a report's place)
        clause = self._clause_span(s, v if self.syn.is_pos(v, "verb") else h)
        where = next((m for m in s.within(clause) if placed(m)), None)
        if where is None or any(not placed(m) and m not in organs for m in tgt):
            return [], tgt
        return [Mention(where.start, where.start, tuple(codes), "CVL", "", "bare")], organs

    def _protesters(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """The people of a protest (a `self_target` noun act) whose makers are unnamed and whose target is
        one state's organ ("anti-Putin protests", "protests against Lukashenko"): that state's people, or
        the people of the place where the sentence sets it; none for a
        protest in a phrase of time or place ("after a week of protests", convention 4)."""
        if not tgt or self._background(h) or not all(
                len(m.codes) == 1 and not m.location and self._state_organ(s, m) for m in tgt):
            return []
        if len({m.codes[0] for m in tgt}) != 1:
            return []
        places = [m for m in s.within(self._clause_span(s, h)) if m.location and m.codes and m.kind != "igo" and not m.ethnic]
        # (a town before a foreign embassy in it, as `_events` reads a protest's place: "outside the Russian embassy in Kyiv")
        loc = next((m for m in places if m.kind != "title"), None) or next(iter(places), None)
        return [Mention(tgt[0].start, tgt[0].start, loc.codes if loc is not None else tgt[0].codes, "CVL", "", "bare")]

    def _imitated(self, s: _Sent, h: Any, src: list[Mention], by_head: dict[int, _Trig]) -> list[Mention]:
        """A verb act whose content is to do the same (`imitations`: "threatened to follow suit", "vowed to do
        the same"), joined to an act coded before it: aimed where that act was, at its other party."""
        syn = self.syn
        content = [c for c in h.children if syn.has(c, "open_clause")]
        if not any(" ".join([_key(c), *(_key(o) for o in c.children if syn.has(o, "object"))]) in syn.imitations
                   or _key(c) in syn.imitations for c in content):
            return []
        x = h.head
        if x.i == h.i or not (syn.has(h, "coordinated") or syn.has(h, "adverbial_clause")) or by_head.get(x.i) is None:
            return []
        own = {c for m in src for c in m.codes}
        return [m for m in self._roles(s, by_head[x.i], x)[1] if m.codes and not set(m.codes) & own]

    def _denier(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A nominal act naming no actor in the topic phrase (`preps.topic`) of a report noun (`denied_topics`) that a
        verb of denial (`status.denial`) has as its object («опровергло данные о переброске подразделений к границе
        с Украиной»): a party denies reports of its own act, the denier's (its status the denial's)."""
        syn = self.syn
        n = h.head
        if n.i == h.i or not syn.has(h, "oblique") or self._case_key(h) not in syn.preps["topic"] \
                or not _word_in(n, syn.denied_topics):
            return []
        v = n.head
        if v.i == n.i or not syn.has(n, "object") or not _word_in(v, syn.denial):
            return []
        subj, passive = self._subject(v)
        if subj is None or passive:
            return []
        return [m for m in self._actors_at(s, subj) if m.codes and m not in tgt and not m.location]

    def _adjunct_actor(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A nominal act in an adjunct phrase of a verb (`preps.adjunct`: "after", "during") with its other
        party named in its own partner phrase and no actor of its own ("have retaken the village after
        fierce fighting with guerrillas"): the verb's subject's act."""
        syn = self.syn
        prep = h.head
        if not syn.has(h, "prep_object") or _key(prep) not in syn.preps["adjunct"] or prep.head.i == prep.i \
                or not syn.is_pos(prep.head, "verb"):
            return []
        named = [m for w, n in self._preps(h) if w in syn.preps["partner"] for m in self._actors_at(s, n)
                 if m.kind != "pronoun"]
        if not named or not all(m in named for m in tgt):
            return []  # (the other party its own phrase names: not "amid threats to herself")
        subj, passive = self._subject(prep.head)
        if subj is None or passive:
            return []
        other = {c for m in tgt for c in m.codes}
        return [m for m in self._actors_at(s, subj) if m.codes and not set(m.codes) & other]

    def _stranded(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """A target preposition left without its noun by a coordination of verbs ("established ties with
        and opened an embassy in Tehran"): its noun is the last one of the verb coordinated after it, or the
        subject the parse gave the clause after it."""
        syn = self.syn
        heads = [h, *(c for c in h.children if syn.has(c, "object"))]
        bare = next((c for x in heads for c in x.children if (syn.has(c, "prep") or syn.has(c, "indirect_object")
                                                              and syn.is_pos(c, "adposition")) and _key(c) in syn.preps["target"]
                     and c.i > h.i and not any(syn.has(g, "prep_object") for g in c.children)), None)
        if bare is None:
            return []
        own = {c for m in src for c in m.codes}
        # ("granted asylum to five Panamanian officers holed up in ...": the noun the parse made the subject
        # of the clause right after the preposition)
        after = next((c for c in h.children if syn.has(c, "clause") and c.i > bare.i), None)
        subj = next((g for g in after.children if syn.has(g, "subject") and g.i > bare.i), None) \
            if after is not None else None
        if subj is not None:
            return [m for m in self._actors_at(s, subj) if m.codes and not set(m.codes) & own]
        nxt = next((c for c in h.children if syn.has(c, "coordinated") and self.syn.is_pos(c, "verb")), None)
        if nxt is None:
            return []
        last = max((x for x in nxt.subtree if syn.has(x, "prep_object")), key=lambda x: x.i, default=None)
        return [m for m in self._actors_at(s, last, allow_location=True)
                if m.codes and not set(m.codes) & own] if last is not None else []

    def _arrived_at(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """A nominal act of forces or aid sent (`arrivals` types) that is, or whose "of" phrase is, the
        subject of a verb of arrival (`arrivals` verbs): the place it arrived in is its other party
        ("the first contingent of Ukrainian peacekeepers has arrived in Lebanon")."""
        x = h
        if self.syn.has(x, "prep_object") and _key(x.head) in self.syn.preps["of"] and x.head.head.i != x.head.i:
            x = x.head.head
        v = x.head
        if not self.syn.has(x, "subject") or v.i == x.i or not (
                _key(v) in self.syn.arrivals.get("verbs", ()) or v.lower_ in self.syn.arrivals.get("verbs", ())):
            return []
        own = {c for m in src for c in m.codes}
        return [m for w, n in self._preps(v) if w in self.syn.preps["visit"]
                for m in self._actors_at(s, n, allow_location=True) if m.codes and not set(m.codes) & own][:1]

    def _purpose(self, v: Any) -> bool:
        """`v` is an infinitive of purpose (an adverbial clause led by `preps.infinitive`: "will visit
        Dakar and Bamako to mediate in the dispute"): the act its verb's subject goes on to do there,
        aimed where that journey goes where it is still to come (an act done for a purpose, "flew to Minsk to
        mediate", is the journey; a joint act, "will visit Kyiv to discuss trade", is the visit's own talks)."""
        return self.syn.has(v, "adverbial_clause") and any(
            self.syn.has(c, "infinitive_marker") and c.lower_ in self.syn.preps["infinitive"] for c in v.children)

    def _thing_aims(self, s: _Sent, h: Any) -> bool:
        """`h` is what a thing, no party, aims at (`preps.aims`): "a resolution that aims to tighten sanctions",
        "a meeting aimed at establishing relations", "the reform was intended to satisfy Moscow" (not a party's
        aim: "the EU aims to impose sanctions" is its plan)."""
        aims = self.syn.preps["aims"]
        if not aims:
            return False
        x = h
        for _ in range(5):
            if x.head.i == x.i or not (self.syn.has(x, "climb") or self.syn.has(x, "prep")):
                return False
            x = x.head
            if self.syn.is_pos(x, "verb") and _word_in(x, aims):
                aimer = x.head if self.syn.has(x, "relative") and x.head.i != x.i else self._subject(x)[0]
                return aimer is not None and s.at.get(aimer.i) is None and not self.syn.is_pos(aimer, "pronoun") \
                    and not any(s.at.get(c.i) is not None for c in aimer.children
                                if self.syn.has(c, "possessor") or self.syn.has(c, "adjectival"))
        return False

    def _charged_reason(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is a verb in the phrase of the reason (`preps.charged_reason`) of an arrest or another coercive act
        ("arrested a missionary for collaborating with Israel", "jailed for attacking police"): what its
        agent alleges, not an act the text states (convention 3)."""
        prep = h.head
        if prep.i == h.i or not self.syn.has(prep, "prep") or _key(prep) not in self.syn.preps["charged_reason"] \
                or prep.head.i == prep.i:
            return False
        t = by_head.get(prep.head.i)
        return t is not None and t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in CHARGING

    def _protest_purpose(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is an infinitive of purpose (`_purpose`) on a verb that is, or whose object is, a protest
        ("started a hunger strike to protest the court's ruling", "rallied to protest against the law")."""
        if h.head.i == h.i or not self._purpose(h):
            return False
        v = h.head
        return any((tr := by_head.get(x.i)) is not None and tr.phrase.pattern.type == "PROTEST"
                   for x in [v, *(c for c in v.children if self.syn.has(c, "object"))])

    def _subject_owner(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A nominal act whose possessor is a pronoun (`preps.owner_pronoun`) in the clause of a verb
        whose subject is no actor but an actor's ("China's interest in Peru is cooling despite its warm
        words for the Peruvian president"): the pronoun is that subject's possessor."""
        if not any(self.syn.has(c, "possessor") and c.lower_ in self.syn.preps["owner_pronoun"] for c in h.children):
            return []
        v = h
        for _ in range(5):
            if v.head.i == v.i or self.syn.is_pos(v, "verb"):
                break
            v = v.head
        if not self.syn.is_pos(v, "verb") or self._subordinate_act(v):
            return []
        subj, passive = self._subject(v)
        if subj is None or passive or s.at.get(subj.i) is not None or subj.i > h.i:
            return []
        other = {x for y in tgt for x in y.codes}
        return [m for c in subj.children if self.syn.has(c, "possessor") for m in self._actors_at(s, c)
                if m not in tgt and m.codes and not set(m.codes) & other]

    def _object_relative_party(self, s: _Sent, h: Any, a: str, scodes: list[str]) -> Mention | None:
        """The actor in a relative clause on the verb's object that tells where the object goes ("confirmed
        the transfer of the technology, which will enable its production in Belarusian laboratories"): in a
        phrase of place or direction (`preps.location`, `preps.target`), no subject of its own."""
        if not self.syn.is_pos(h, "verb"):
            return None
        objs = {x.i for c in h.children if self.syn.has(c, "object") for x in c.subtree}
        toward = self.syn.preps["location"] | self.syn.preps["target"]
        for r in s.doc:
            # (or an adjective on the object whose act is aimed at the party, not placed: "trained hackers capable of
            # launching attacks against the United States")
            able = self.syn.has(r, "adjectival") and self.syn.is_pos(r, "adjective") and r.head.i in objs \
                and any(self.syn.is_pos(x, "verb") for x in r.subtree)
            if r.i not in objs or r.head.i not in objs or not able and (not self.syn.has(r, "relative_clause") or not any(
                    self.syn.has(c, "subject") and _key(c) in self.syn.preps["relative_pronoun"] for c in r.children)):
                continue
            for n in r.subtree:
                if self._phrase_key(n) not in (toward - self.syn.preps["location"] if able else toward):
                    continue
                m = next((m for m in s.within({x.i for x in n.subtree}) if m.codes and not m.anti
                          and m.kind != "pronoun" and m.codes[0] != a and m.codes[0] not in scodes
                          and (not m.location or self._nationality_word(s, m))), None)
                if m is not None:
                    return m
        return None

    def _nationality_word(self, s: _Sent, m: Mention) -> bool:
        """A country's adjective on a noun of a place phrase ("in Belarusian laboratories"): the country's
        own, no place."""
        span = s.span_of(m)
        if len(span) != 1:
            return False
        return self.syn.has(s.doc[next(iter(span))], "adjectival")

    def _light_passive(self, h: Any) -> bool:
        """A nominal act that is the passive subject of a light verb: held or signed by parties not named
        ("the talks were held in Geneva", "a meeting is planned for May")."""
        g = h.head
        return g.i != h.i and self.syn.has(h, "passive_subject") and self.syn.is_pos(g, "verb") \
            and _word_in(g, self.lex.light_verbs) and not self._background(h)

    def _purpose_act(self, h: Any) -> bool:
        """A nominal act in the `topic` phrase of an active verb with a subject: the subject's act ("the two
        leaders gathered in Doha for talks", "envoys sat down for consultations")."""
        prep = h.head
        if not (self.syn.has(h, "prep_object") and prep.lower_ in self.syn.preps["topic"] and prep.head.i != prep.i):
            return False
        v = prep.head
        subj, passive = self._subject(v)
        return self.syn.is_pos(v, "verb") and subj is not None and not passive and not self._background(h)

    def _light_object_party(self, s: _Sent, v: Any, src: list[Mention]) -> list[Mention]:
        """The other party of the nominal act coded in the object of the verb `v` ("made an unannounced visit to Kyiv
        and pledged ...": Kyiv), for a verb coordinated after it with no party of its own."""
        own = {c for m in src for c in m.codes}
        aimed = {c for o in v.children if self.syn.has(o, "object") and o.i in self._by_head
                 for c in self._aimed.get(o.i, set())} - own
        return self._mentions_of(s, aimed)[:len(aimed)]

    def _pledged_aid(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention], Any | None]:
        """The parties of the promise in whose object or amount phrase the nominal aid `h` stands with no party of
        its own ("pledged another half-billion dollars in military assistance"): the promiser gives it to the one
        the promise was coded to (convention 5), planned (the promise is returned as the accord it stands in)."""
        x = h
        for _ in range(4):
            if x.head.i == x.i or not (self.syn.has(x, "prep_object") or self.syn.has(x, "prep")
                                       or self.syn.has(x, "object")):
                return [], [], None
            x = x.head
            t = self._by_head.get(x.i)
            if t is not None:
                if t.phrase.pattern.type not in AGREEING or not self._made.get(x.i) or not self._aimed.get(x.i):
                    return [], [], None
                made, aimed = self._made[x.i], self._aimed[x.i] - self._made[x.i]
                src = self._mentions_of(s, made)[:len(made)]
                tgt = self._mentions_of(s, aimed)[:len(aimed)]
                return (src, tgt, x) if src and tgt else ([], [], None)
        return [], [], None

    def _promised_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party a promise of coordinated parties is made to, named in its content clause ("the Netherlands and
        Denmark pledged to give Ukraine F-16s"): the promise goes from each to it (convention 2), none among them."""
        promises = self.syn.untargeted_promises.get("verbs", frozenset())
        if _key(h) not in promises and h.lower_ not in promises:
            return []  # (not "agreed to meet on the Belarusian border": a joint act's place)
        own = {c for m in src for c in m.codes}
        content = [c for c in h.children if self.syn.has(c, "open_clause") and self.syn.is_pos(c, "verb")]
        return [m for m in self._deep(s, content, src) if m.codes and not set(m.codes) & own and not m.location][:1] \
            if content else []

    def _raised_passive(self, h: Any) -> bool:
        """`h` completes a passive verb whose subject it takes ("are set to leave", "was forced to
        deploy"): what others expect or make the subject do, no statement of its own."""
        g = h.head
        return self.syn.has(h, "open_clause") and g.i != h.i and not _passive(h, self.syn) \
            and any(self.syn.has(c, "passive_subject") for c in g.children)

    def _readiness(self, h: Any, words: frozenset[str]) -> bool:
        """The act `h` is the complement of a word of readiness (`ready_threat.words`) a step or two up."""
        x = h
        for _ in range(2):
            if x.head.i == x.i or not (self.syn.has(x, "open_clause") or self.syn.has(x, "noun_modifier")
                                       or self.syn.has(x, "noun_clause")):
                return False
            x = x.head
            if _key(x) in words or x.lower_ in words:
                return True
        return False

    def _meeting_setting(self, h: Any) -> bool:
        """The meeting noun `h` stands in a phrase of another word (`meeting_settings` preps), or of a margin noun
        in such a phrase ("on the sidelines of the summit", «на полях саммита»): the setting of another act."""
        syn = self.syn
        settings = syn.meeting_settings
        if not settings or not settings.get("preps"):
            return False

        def phrase(n: Any) -> tuple[str, Any]:
            if syn.has(n, "prep_object") and syn.has(n.head, "prep"):
                return _key(n.head).lower(), n.head.head
            if (syn.has(n, "oblique") or syn.has(n, "noun_modifier")) and n.head.i != n.i:
                return self._case_key(n).split(":")[0], n.head
            return "", None

        word, up = phrase(h)
        if up is not None and _word_in(up, settings.get("margins", ())):
            return phrase(up)[1] is not None  # the margin noun's own phrase: "on the sidelines", «на полях»
        return up is not None and up.i != h.i and word in settings["preps"]

    def _preparing(self, h: Any, words: frozenset[str]) -> bool:
        """The act `h` is the complement of an active verb of preparing (`ready_threat.preparing`) a step or two up:
        "the army prepared to resume shelling", "troops are preparing to storm the town" (not "is prepared to": a
        readiness stated)."""
        x = h
        for _ in range(2):
            if x.head.i == x.i or not self.syn.has(x, "open_clause"):
                return False
            x = x.head
            if (_key(x) in words or x.lower_ in words) and self.syn.is_pos(x, "verb") and not _passive(x, self.syn):
                return True
        return False
