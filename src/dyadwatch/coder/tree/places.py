"""Parties found by place: the state where an act with one party happens (`_home`), the places of
a visit and its host, the other actor of the clause, a subject placed or named by country.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dyadwatch.coder.base import Mention, _Trig
from dyadwatch.coder.tree.syntax import (
    AGREEING,
    HOSTING,
    STATE_SECTORS,
    VIOLENT,
    _key,
    _one_side_ok,
    _passive,
    _Sent,
    _word_in,
    p_type_blocked,
)
from dyadwatch.model import Event


class PlacesMixin:
    """TreeCoder's methods for this stage: parties found by place."""

    def _speaker_token(self, r: Any) -> tuple[Any | None, bool]:
        """The subject of the verb of saying whose content clause the pronoun `r` is the subject of."""
        if not self.syn.has(r, "subject") or r.head.i == r.i:
            return None, False
        v = self._clause_of(r)
        if not self.syn.has(v, "content_clause") or v.head.i == v.i:
            return None, False
        subj, passive = self._subject(v.head)
        return (subj, passive) if subj is not None and subj.i != r.i else (None, False)

    def _hosts_guests(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A verb of hosting (`guests` verbs: "host", "welcome") whose object (or passive subject) is a party, not
        an event: a person or a title named, or a noun of people (`guests` nouns: "delegation", "governors")."""
        g = self.syn.guests
        # (or a welcome given, a hosting pattern: "gave Maduro a red-carpet welcome" - the one it is given to)
        given = t.phrase.pattern.cameo == HOSTING and (_key(h) in g.get("giving", ()) or h.lower_ in g.get("giving", ()))
        if t.phrase.pattern.pos != "verb" or not g.get("code") or not (_key(h) in g["verbs"] or h.lower_ in g["verbs"]
                                                                      or given):
            return False
        subj, passive = self._subject(h)
        guests = [subj] if passive and subj is not None else [
            c for c in h.children if self.syn.has(c, "object") or given and self.syn.has(c, "indirect_object")]
        if given:  # (a named person only: not "gave the plan a warm welcome", "gave refugees a welcome")
            return any(s.at.get(c.i) is not None and s.mentions[s.at[c.i]].kind == "person" for c in guests)
        return any(c.i not in self._by_head and (
            s.at.get(c.i) is not None and s.mentions[s.at[c.i]].kind in ("person", "title")
            or _key(c) in g["nouns"] or c.lower_ in g["nouns"]) for c in guests)

    def _mission_owner(self, s: _Sent, h: Any, a: str) -> Mention | None:
        """The other country whose embassy or consulate (`preps.missions`) a protest `h` is held at, in its clause
        ("rallied outside the Russian embassy in Warsaw", "a picket in front of the Belarusian embassy"): its target."""
        if not self.syn.preps["missions"]:
            return None
        v = self._measure_head(s, h).head if self.syn.is_pos(h, "noun") else h
        clause = self._clause_span(s, v if self.syn.is_pos(v, "verb") else h)
        for i in sorted(clause):
            x = s.doc[i]
            if not _word_in(x, self.syn.preps["missions"]):
                continue
            for c in x.children:
                k = s.at.get(c.i)
                if k is not None and c.i < x.i and s.mentions[k].codes and s.mentions[k].codes[0] != a \
                        and s.mentions[k].kind != "igo":
                    return s.mentions[k]
        return None

    def _home(self, s: _Sent, h: Any, ptype: str, a: str, ma: Mention | None
              ) -> tuple[str, str | None, Mention | None, Mention | None] | None:
        """A verb act of `home_acts` with its actor named and no other party: the state of the
        place where it happens is its target ("deployed peacekeepers in Iraq"), else it happens at
        home, X -> X, where convention 7 lets one country stand on both sides (two parties inside
        it named, or the place inside it: "imposed a curfew in the town of Cizre in Turkey"), or
        is an act of no other party (`untargeted`: "Avril resigned", X -> none)."""
        if ptype not in self.syn.home_acts or ma is None:
            return None
        sub = self._subordinate_kind(h)
        patient = self._group_patient_act(s, h, ptype)
        told = sub == "clause" and not patient and self._told_clause(h)  # (only its place: "after Russia launched
        # an offensive in the Kharkiv region")
        if sub == "act" or sub == "clause" and not told and (not patient or self._demanded_condition(h)):
            return None  # (an act done to the actor's own people in a clause of time or condition is stated all the
            # same: "lifted sanctions after Minsk freed 52 prisoners", "if Minsk released all political prisoners")
        clause = self._clause_span(s, h)  # (not "..., officials in Nairobi said": the report's place)
        places = [m for m in s.within(clause) if m.location and m.codes and m.kind != "igo" and m is not ma
                  and not self._describes(m) and not (patient and self._border_side(s, m))]
        loc = next((m for m in places if not self._landing_place(s, m, h)), None)
        if loc is None and (any(self._landing_place(s, m, h) for m in s.within(clause) if m.codes and m is not ma) or any(
                self._landing(x) and h in x.ancestors for x in h.subtree if x.i in clause)):
            # a vehicle forced down or turned aside to a place, no party named: the act aims at no one ("forced a
            # Ryanair plane to land in Minsk": not the country of its destination, nor the actor's own)
            return a, None, ma, None
        if loc is not None and ptype in AGREEING and self._venue_of(s, h, loc):
            loc = None  # ("the allies agreed at their summit in Vilnius to raise spending": where, not with whom)
        if loc is not None and loc.codes[0] != a:
            return a, loc.codes[0], ma, loc
        # (the actor's own place inside an act nested under this one is where that act would be done, not this one:
        # "accused the men of preparing to destabilise the situation in Belarus" is no X -> X)
        inner = loc is not None and self._nested_place(s, loc, h)
        if inner:
            loc = None
        if told or ma.kind == "igo":
            return None  # (an organisation's own doings: "trade inside the EEU declined")
        if loc is None and patient:
            # "Minsk released all political prisoners", "the regime detained hundreds of protesters": an unnamed
            # group the act is done to is the actor's own people (convention 7, `group_patients`); so is one whose
            # act it is done to ("police prevented the rally staged by students")
            return a, a, ma, None
        if loc is None and self._foreign_patient(h, ptype):
            return a, None, ma, None  # «пограничники задержали группу мигрантов» (convention 7)
        e = Event(source=a, target=a, type=ptype, cameo="", source_sector=ma.sector, source_text=ma.text,
                  target_text=loc.text if loc is not None else None, target_sector=loc.sector if loc is not None else None)
        if _one_side_ok(e) or self._domestic(e, places=not inner):
            return a, a, ma, loc
        if loc is None and (mb := self._home_party(s, h, a, ma, clause)) is not None:
            # a party of the actor's own country after the act in its clause, off the parse's paths
            # ("police confiscated weapons from Peruvian armed gangs"): convention 7 on the two
            e = replace(e, target_text=mb.text, target_sector=mb.sector)
            if _one_side_ok(e) or self._domestic(e, places=not inner):
                return a, a, ma, mb
        if inner or self._untargeted(e, h if self.syn.is_pos(h, "verb") else None).target is None:
            return a, None, ma, None  # (an act about something at home, no other party: "called the drills a
            # provocation aimed at Poland" is Poland's, aimed at no one named)
        return None

    def _nested_place(self, s: _Sent, m: Mention, h: Any) -> bool:
        """The place `m` is in an act that a phrase of the act `h` holds (what is alleged or demanded: "accused the
        men of preparing to destabilise the situation in Belarus"), not `h`'s own place, nor that of its purpose
        ("used tear gas to disperse protesters in Tbilisi") or of a participle on its noun ("shortened the curfew
        imposed in Kenya")."""
        if not s.span_of(m):
            return False
        x = s.doc[max(s.span_of(m))]
        for _ in range(10):
            if x.head.i == x.i or x.head.i == h.i:
                return False
            x = x.head
            if self.syn.is_pos(x, "verb") and self.syn.has(x, "prepositional"):
                return h in x.ancestors
        return False

    def _landing_place(self, s: _Sent, m: Mention, h: Any) -> bool:
        """The place `m` is where a vehicle comes down or is turned aside to by the act `h` (`_landing`, below `h` or
        `h` itself with the vehicle its object: "forced a Ryanair plane to land in Minsk", "diverted the jet to
        Minsk", "the forced landing of the jet at Minsk airport"): its destination, not where the act is done (not
        where one lands of one's own: "landed in Doha", a visit)."""
        if not (self.syn.landing_verbs or self.syn.landing_nouns) or not s.span_of(m):
            return False
        x = s.doc[max(s.span_of(m))]
        landed = False
        for _ in range(8):
            if x.head.i == x.i:
                return False
            x = x.head
            if x.i == h.i:
                break
            landed = landed or self._landing(x)
        else:
            return False
        if landed or self._landing(h) and (not self.syn.is_pos(h, "verb") or any(
                self.syn.has(c, "object") for c in h.children)):
            return True
        # (the parse may hang the place on the act, "to land" beside it as a phrase of its own: "forced the jet to
        # land in Minsk"): a landing word of the act's before the place
        first = min(s.span_of(m))
        return any(y.i < first and self._landing(y) for y in h.subtree if y.i != h.i)

    def _landing(self, x: Any) -> bool:
        """`x` tells a vehicle coming down or turned aside (`landing_verbs`, read as a verb or after "to": the parse
        may read "to land" as a noun, not land taken; `landing_nouns`; a verb of a landing noun: "made an emergency
        landing", «совершить посадку»)."""
        syn = self.syn
        if _word_in(x, syn.landing_nouns):
            return True
        if _word_in(x, syn.landing_verbs) and (
                syn.is_pos(x, "verb") or x.i > 0 and x.doc[x.i - 1].lower_ in syn.preps["infinitive"]):
            return True
        return syn.is_pos(x, "verb") and any(syn.has(c, "object") and _word_in(c, syn.landing_nouns) for c in x.children)

    def _foreign_patient(self, h: Any, ptype: str = "") -> bool:
        """The verb act `h` is done to people from elsewhere (`foreign_patients`: its object, or the group its
        object counts: «задержали группу мигрантов»; a phrase below it naming them, «применили водомёты против
        мигрантов», or a plural pronoun after they are named, «мигранты забросали пограничников камнями, а силовики
        применили против них водомёты»), not the actor's own people: no X -> X (convention 7)."""
        syn = self.syn
        if not syn.foreign_patients or not syn.is_pos(h, "verb"):
            return False
        if any(_word_in(x, syn.foreign_patients) for c in h.children if syn.has(c, "object")
               for x in (c, *(g for g in c.children if self._case_key(g) in syn.preps["of"]))):
            return True
        if ptype not in VIOLENT:
            return False  # (force used against them: not «заявила о готовности ..., если поток мигрантов ...»)
        below = [x for x in h.subtree if x.i != h.i and not syn.is_pos(x, "verb")]
        return any(_word_in(x, syn.foreign_patients) for x in below) or any(
            _word_in(x, syn.preps["plural_pronoun"]) and any(_word_in(y, syn.foreign_patients) for y in h.doc[:x.i])
            for x in below)

    def _places_of(self, s: _Sent, v: Any, objects: bool) -> list[Mention]:
        """The places named in the phrases of place (`preps.location`, `preps.visit`) of the verb `v`, and in its
        objects where `objects` ("left Moscow")."""
        words = self.syn.preps["location"] | self.syn.preps["visit"]
        heads = [n for w, n in self._preps(v) if w in words]
        # (and one the parse hangs on another phrase of the verb: "welcomed with a guard of honour in Ulaanbaatar")
        heads += [g for _, n in self._preps(v) for w, g in self._preps(n) if w in self.syn.preps["location"]]
        heads += [g for o in v.children if self.syn.has(o, "object") for w, g in self._preps(o)
                  if w in self.syn.preps["location"]]  # ("was granted asylum in the Emirates")
        if objects:
            heads += [c for c in v.children if self.syn.has(c, "object")]
        return [m for n in heads for m in self._actors_at(s, n, allow_location=True)
                if m.codes and (m.location or m.kind == "metonym")]

    def _trip_of(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention]]:
        """A visit noun naming no party, in a phrase of time of a verb of `trips` ("landed in Washington at the start
        of a state visit", "left Moscow after a three-day visit"): the verb's subject visits the place it names."""
        verbs = self.syn.trips.get("verbs", frozenset())
        x = h
        for _ in range(5):
            if x.head.i == x.i or not (self.syn.has(x, "prep_object") or self.syn.has(x, "prep")
                                       or self.syn.has(x, "oblique")):
                return [], []
            x = x.head
            if self.syn.is_pos(x, "verb"):
                break
        else:
            return [], []
        if _key(x) not in verbs and x.lower_ not in verbs:
            return [], []
        subj, passive = self._subject(x)
        if subj is None:
            return [], []
        src = [m for m in self._actors_at(s, subj) if m.codes and not m.location]
        own = {c for m in src for c in m.codes}
        tgt = [m for m in self._places_of(s, x, objects=not passive) if not set(m.codes) & own][:1]
        return (src, tgt) if src and tgt and not self._forces(s, x) else ([], [])

    def _adjunct_visitor(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A visit noun whose one other party is its destination («в Израиль»: `visit_adjuncts.destinations`) and
        no visitor named, in a phrase of time of a verb (`visit_adjuncts.phrases`: «во время визита в Израиль», «в
        ходе визита в Пекин»): the verb's subject visits, but for a party of the destination's country («Во время
        визита в Пекин Лукашенко и Си договорились»: Belarus)."""
        phrases = self.syn.visit_adjuncts.get("phrases", frozenset())
        x = h
        if self.syn.has(h, "prep_object") and _key(h.head) in self.syn.visit_adjuncts.get("preps", ()):
            # (a language of prepositions: "the Polish foreign minister, on a visit to Vilnius, praised ...")
            x = h.head
            ends = {n.i for w, n in self._preps(h) if w in self.syn.visit_adjuncts.get("to", ())}
            # (not a phrase right after its verb, the verb's own complement: "commented on a visit to Minsk")
            if x.head.i == x.i or not self.syn.is_pos(x.head, "verb") or not ends or x.i == x.head.i + 1 \
                    or not all(any(s.span_of(m) & {y.i for y in s.doc[i].subtree} for i in ends) for m in tgt):
                return []
            subj, passive = self._subject(x.head)
            if subj is None or passive:
                return []
            other = {c for m in tgt for c in m.codes}
            return [m for m in self._actors_at(s, subj) if m.codes and not m.location and not set(m.codes) & other]
        if self._case_key(x) not in phrases:
            if x.head.i == x.i or f"{self._case_key(x.head)} {_key(x.head)}" not in phrases:
                return []
            x = x.head  # («в ходе визита»: the frame noun is the verb's phrase)
        if not self.syn.has(x, "oblique") or x.head.i == x.i or not self.syn.is_pos(x.head, "verb"):
            return []
        ends = {c.i for c in h.children if self._case_key(c) in self.syn.visit_adjuncts.get("destinations", ())}
        if not ends or not all(s.span_of(m) & ends for m in tgt):
            return []  # (a party in another phrase of the visit: not its destination)
        subj, passive = self._subject(x.head)
        if subj is None or passive:
            return []
        other = {c for m in tgt for c in m.codes}
        return [m for m in self._actors_at(s, subj) if m.codes and not m.location and not set(m.codes) & other]

    def _host_place(self, s: _Sent, h: Any, guests: list[Mention]) -> list[Mention]:
        """The place named in a phrase of place of the passive verb of hosting `h` ("was welcomed with a guard of
        honour in Ulaanbaatar"): its state is the host."""
        if any(m.sector == "MIL" for m in guests):
            return []  # ("Russian servicemen were welcomed in Belarus for joint drills": forces, no visit)
        own = {c for m in guests for c in m.codes}
        return [m for m in self._places_of(s, h, objects=False) if not set(m.codes) & own][:1]

    def _venue_of(self, s: _Sent, h: Any, loc: Mention) -> bool:
        """The place `loc` stands in a phrase of the verb `h` itself ("agreed in Doha", "agreed at their summit in
        The Hague"), not in its content: where the act happens, no party to it."""
        k = next((k for k, m in enumerate(s.mentions) if m is loc), None)
        if k is None or k >= len(s.spans) or not s.spans[k]:
            return False
        span = s.spans[k]
        r = next((s.doc[i] for i in span if s.doc[i].head.i not in span), None)
        if r is None or r.head.i == r.i or r.head.lower_ not in self.syn.preps["location"]:
            return False
        x = r.head  # the place's own preposition; up through phrases of place or occasion to the verb
        for _ in range(4):
            if x.head.i == x.i:
                return False
            if x.head.i == h.i:
                return self.syn.has(x, "prep") or self.syn.has(x, "oblique")
            if not (self.syn.has(x, "prep") or self.syn.has(x, "prep_object")):
                return False
            x = x.head
        return False

    def _home_party(self, s: _Sent, h: Any, a: str, ma: Mention, clause: set[int]) -> Mention | None:
        """The first party of the actor's own country `a` named after the act `h` in its clause, outside
        the actor's phrase (no place, no pronoun): the other side of a home act the parse does not reach."""
        subj, _ = self._subject(h) if self.syn.is_pos(h, "verb") else (None, False)
        own = {x.i for x in subj.subtree} if subj is not None else set()
        for k, m in enumerate(s.mentions):
            span = s.spans[k] if k < len(s.spans) else None
            if m is ma or not span or not span <= clause or span & own or min(span) <= h.i \
                    or m.codes != (a,) or m.location or m.anti or m.kind in ("pronoun", "igo") or m.text == ma.text:
                continue
            x = next(s.doc[i] for i in span if s.doc[i].head.i not in span or s.doc[i].head.i == i).head
            served = False  # (not one the act serves: «в пользу российских производителей», `beneficiaries`)
            while x.i != h.i and x.head.i != x.i and not (self.syn.is_pos(x, "verb") and not self.syn.has(x, "noun_clause")):
                served = served or f"{self._case_key(x)} {_key(x)}" in self.syn.beneficiaries
                x = x.head
            if x.i == h.i and not served:  # (not a party of another verb's clause, "agreed to hand over Beltransgaz"; a noun's
                return m    # participle is the noun's phrase: "blew up lines leading into Kabul")
        return None

    def _clause_other(self, s: _Sent, t: _Trig, h: Any, a: str, ma: Mention | None, scodes: list[str],
                      skip_adjuncts: bool = False) -> tuple[str, str | None, Mention | None, Mention | None] | None:
        """A verb act with its actor named and no target found on the parse's paths: the first other
        actor named after it in its own clause, however deep ("confirmed the transfer of the
        technology to Belarusian laboratories", "attempts to renegotiate the terms of Russian gas
        supplies"; a place only where no other actor is named)."""
        if ma is None or not self.syn.clause_other or p_type_blocked(t, self.syn) \
                or self._subordinate_act(h) and not self._told_clause(h):
            return None
        clause = self._clause_span(s, h)
        above = {h.i} | {a.i for a in h.ancestors}
        for c in list(s.doc):
            if c.i in clause and c.i not in above and "Conv" in c.morph.get("VerbForm") and c.head.i in clause:
                # (a converb's own phrases: «отрепетируют отражение агрессии, проведя учения ... из-за Украины»)
                clause -= {x.i for x in c.subtree}
            if c.i in clause and c.i not in above and (self._instrument(c) or self._means_prep(c)):
                # (a weapon's maker: «нанёс удар американскими бомбами»; a helper: "with the help of the CIA")
                clause -= {x.i for x in c.subtree}
            if c.i in clause and c.i not in above and self._set_against(c):
                # (a clause set against it names others' acts: "accusing it of war crimes, while Chile recalled
                # its envoy")
                clause -= {x.i for x in c.subtree}
            if c.i in clause and c.i not in above and self._route(c):
                clause -= {x.i for x in c.subtree}  # (a vehicle's route: "forced down a jet flying from Athens")
            if c.i in clause and c.i not in above and self._case_key(c) in self.syn.preps.get("route", ()):
                clause -= {x.i for x in c.subtree}  # (goods' route, no partner: «экспорт удобрений через Россию»)
            if c.i in clause and c.i not in above and self._participle_purpose(c):
                # (the purpose of those who made a thing the act is done to: "prevented the rally staged by students
                # to protest the sending of troops to Ukraine" - no party of the prevention)
                clause -= {x.i for x in c.subtree}
        # (for a state held, `skip_adjuncts`, not inside a phrase of time or circumstance of the clause: "stayed
        # on alert after a week of Armenian unrest", convention 4)
        for c in list(s.doc) if skip_adjuncts else ():
            if c.i in clause and self.syn.has(c, "prep") and _key(c) in self.syn.preps["adjunct"]:
                clause -= {x.i for x in c.subtree}
        # (not the side of a border a group's place lies on: "captured a rebel stronghold on the Thai border")
        grouped = self.syn.is_pos(h, "verb") and self._group_patient_act(s, h, t.phrase.pattern.type)
        fits = [m for m in s.within(clause) if m.start >= t.end and m.codes and not m.location and not m.anti
                and m.kind != "pronoun" and m.codes[0] != a and m.codes[0] not in scodes
                and not (grouped and self._border_side(s, m))]
        aimed = self.syn.threatened_against
        if t.phrase.pattern.type in aimed.get("types", ()):
            # (the one the threatened act is aimed at: «пригрозил добиваться санкций ЕС против Минска»)
            fits = [m for m in fits if self._aimed_at(s, m, aimed.get("preps", frozenset()))] + fits
        m = fits[0] if fits else None
        return (a, m.codes[0], ma, m) if m is not None else None

    def _aimed_at(self, s: _Sent, m: Mention, preps: frozenset[str]) -> bool:
        """Mention `m` is named in a phrase of `preps` on a noun («санкций против Минска»)."""
        k = next((k for k, x in enumerate(s.mentions) if x is m), None)
        span = s.spans[k] if k is not None and k < len(s.spans) else None
        if not span:
            return False
        x = next((s.doc[i] for i in sorted(span) if s.doc[i].head.i not in span or s.doc[i].head.i == i), None)
        return x is not None and x.head.i != x.i and self.syn.is_pos(x.head, "nominal") and self._case_key(x) in preps

    def _clause_mates(self, s: _Sent, home: tuple[str, str | None, Mention | None, Mention | None],
                      scodes: list[str]) -> list[tuple[str, str, Mention | None, Mention]]:
        """The parties coordinated with the other party `home` found for a verb act (not a place): each is aimed at
        too ("between an Israeli peace movement and the PLO")."""
        a, b, ma, mb = home
        k = next((k for k, m in enumerate(s.mentions) if m is mb), None)
        if b is None or mb is None or mb.location or k is None or k >= len(s.spans) or not s.spans[k]:
            return []
        span = s.spans[k]
        x = next(s.doc[i] for i in sorted(span) if s.doc[i].head.i not in span or s.doc[i].head.i == i)
        while x.head.i != x.i and self.syn.has(x, "noun_phrase") and not self.syn.has(x, "conj") \
                and s.at.get(x.head.i) in (None, k):
            x = x.head  # (the phrase's head noun: "an Israeli peace movement")
        out: list[tuple[str, str, Mention | None, Mention]] = []
        for c in x.children:
            if not self.syn.has(c, "conj"):
                continue
            for m in self._actors_at(s, c):
                if m.codes and m.codes[0] not in (a, b) and m.codes[0] not in scodes and not m.location and not m.anti \
                        and m.kind != "pronoun" and all(pr[1] != m.codes[0] for pr in out):
                    out.append((a, m.codes[0], ma, m))
        return out

    def _route(self, c: Any) -> bool:
        """`c` is a participle of a vehicle's route on a noun (`route_verbs`, with no object: "a jet flying from Athens
        to Vilnius", not "a tanker flying the British flag")."""
        return bool(self.syn.route_verbs) and self.syn.has(c, "noun_clause") and _word_in(c, self.syn.route_verbs) \
            and not any(self.syn.has(x, "object") for x in c.children)

    def _participle_purpose(self, c: Any) -> bool:
        """`c` is an infinitive clause (`preps.infinitive`) of a passive participle on a noun ("the rally staged
        by students to protest ..."), or the purpose of an infinitive on a noun ("an invitation to attend a meeting
        of the factions to debate independence from Israel": what the meeting is for, no party to the invitation)."""
        syn = self.syn
        v = c.head

        def infinitive(x: Any) -> bool:
            return any(syn.has(a, "infinitive_marker") and a.lower_ in syn.preps["infinitive"] for a in x.children)

        return v.i != c.i and (syn.has(c, "adverbial_clause") or syn.has(c, "open_clause")) and infinitive(c) \
            and syn.has(v, "noun_clause") and (_passive(v, syn) or infinitive(v) and syn.has(c, "adverbial_clause")) \
            and syn.is_pos(v.head, "nominal")

    def _home_self(self, s: _Sent, h: Any, ptype: str, a: str, ma: Mention | None, mb: Mention | None) -> bool:
        """A `home_acts` verb act of one country on both sides that convention 7 lets stand as the
        convention 7 allows: a named party inside the country on the other side ("killed three ethnic
        Albanians in Serbia"), or, for an actor that is no state organ, two parties inside it or the
        place inside it (`_domestic`: "the farmers would blockade Paris")."""
        if ptype not in self.syn.home_acts or ma is None or mb is None or ma is mb or ma.kind == "igo" \
                or self._subordinate_act(h):
            return False
        e = Event(source=a, target=a, type=ptype, cameo="", source_sector=ma.sector, source_text=ma.text,
                  target_text=mb.text, target_sector=mb.sector)
        # (a state organ's act on a named party of its own country stays as convention 7 reads it above:
        # "a court in Minsk freed a Belarusian journalist" is no BLR -> BLR)
        return _one_side_ok(e) or ma.sector not in STATE_SECTORS - {None} and self._domestic(e)

    def _sole_country(self, s: _Sent, t: _Trig, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A verb's subject that names no actor, a name the dictionary lacks ("President Abdelaziz
        Bouteflicka") or an unnamed group (`unnamed_groups`: "Islamic fundamentalists", "the
        rebels"), acts for the one country the sentence names, where that country is not the act's
        target ("... threatened to impose a curfew in Algiers": DZA)."""
        p = t.phrase.pattern
        v = h
        if p.pos == "noun":
            # "students staged mass demonstrations": the subject of the verb the noun is the object of
            if not self.syn.has(h, "object") or h.head.i == h.i or not self.syn.is_pos(h.head, "verb"):
                return []
            v = h.head
        subj, passive = self._subject(v)
        if subj is not None and not passive and subj.lower_ in self.syn.preps["speaker_pronoun"] \
                and s.at.get(subj.i) is None:
            # "the fundamentalist Umma party has said it will boycott ...": the speaker the pronoun is
            subj, passive = self._speaker_token(subj)
        if subj is None or passive or s.at.get(subj.i) is not None:
            return []
        # ("tens of thousands of students": the group its quantity counts)
        heads = [subj, *(g for c in subj.children if self.syn.has(c, "prep") and _key(c) in self.syn.preps["of"]
                         for g in c.children if self.syn.has(g, "prep_object"))]
        group = any(_word_in(x, self.syn.unnamed_groups) for x in heads)
        if not (self.syn.is_pos(subj, "name") and p.pos == "verb" or group):
            return []
        codes = {m.codes[0] for m in s.mentions if m.codes and not m.anti}
        if len(codes) != 1 or any(m.kind == "igo" for m in s.mentions if m.codes):
            return []
        if any(c in m.codes for m in tgt for c in codes) and not (group and p.self_target) \
                and not (group and p.type in self.syn.group_demands and all(self._state_organ(s, m) for m in tgt)):
            # (but a group protesting against the one country named is its people, and so is one
            # demanding of its state: "Aymara elders demanded that the Peruvian ministry ...")
            return []
        k = next((j for j, tk in enumerate(s.toks) if tk[1] == subj.idx), None)
        if k is None:
            return []
        return [Mention(k, k + 1, (next(iter(codes)),), None, subj.text, "bare")]

    def _based_in(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A verb's subject that names no actor but is placed by a participle of `based_in` ("a terror group based in
        Trinidad", "militants operating from Pakistan") acts for the country of that place, where it is not the act's
        target."""
        subj, passive = self._subject(h)
        if subj is None or passive or s.at.get(subj.i) is not None:
            return []
        for c in subj.children:
            if not self.syn.has(c, "noun_clause") or not (_key(c) in self.syn.based_in["participles"]
                                                         or c.lower_ in self.syn.based_in["participles"]):
                continue
            for w, n in self._preps(c):
                if w not in self.syn.based_in["preps"]:
                    continue
                own = [m for m in self._actors_at(s, n, allow_location=True) if m.codes and not m.anti]
                if own and not any(set(m.codes) & set(x.codes) for m in own for x in tgt):
                    return own[:1]
        return []

    def _told_clause(self, h: Any) -> bool:
        """The verb `h` heads an adverbial clause of time with a subject of its own (`told_clauses`: "..., days
        after Russia launched an offensive in the Kharkiv region"): an act told in its own right."""
        syn = self.syn
        return bool(syn.told_clauses) and syn.has(h, "adverbial_clause") \
            and any(syn.has(c, "mark") and c.lower_ in syn.told_clauses for c in h.children) \
            and any(syn.has(c, "subject") for c in h.children)

    def _demanded_condition(self, h: Any) -> bool:
        """The verb `h` is in an adverbial clause marked by a word of `demanded_conditions` ("will not reopen the
        crossing until Minsk releases the journalist"): what is asked for, no act of its own."""
        x = h
        for _ in range(6):
            if self.syn.has(x, "adverbial_clause"):
                return any(self.syn.has(c, "mark") and c.lower_ in self.syn.demanded_conditions for c in x.children)
            if x.head.i == x.i:
                return False
            x = x.head
        return False
