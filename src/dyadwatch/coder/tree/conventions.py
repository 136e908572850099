"""The coding conventions applied to a sentence's events afterwards: one country on both sides
(convention 7), untargeted acts, accords and agreed aid, mediators, measures in kind.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.coder.base import DocState, Mention, _Trig
from dyadwatch.coder.tree.syntax import (
    AGREEING,
    JOINT,
    PARTY_ACTS,
    STATE_SECTORS,
    VIOLENT,
    _key,
    _Sent,
    _word_in,
)
from dyadwatch.model import Event


class ConventionsMixin:
    """TreeCoder's methods for this stage: the coding conventions applied to a sentence's events afterwards."""

    def _domestic(self, e: Event, places: bool = True) -> bool:
        """Convention 7 on an event X -> X in a sentence about one country (no other
        country named but as a place): kept where the sentence names two parties inside it, one of
        them no state organ (`domestic_sectors`, or a word of `domestic_parties`: "the government
        accepted the rebels' demands", "police prevented a rally by students"), or the place inside
        it where the act happens ("extended the curfew in Abidjan"; not where `places` is false: the sentence's place
        is that of another act); not a state's demand, threat,
        refusal or concession to its people or companies alone (`directed_sectors`: an internal
        directive, convention 10), nor a nominal act whose actor is unnamed (convention 4)."""
        syn = self.syn
        if not syn.domestic_sectors or e.source is None or e.source != e.target:
            return False
        words, lower, mentions = self._words_now
        if {c for m in mentions if m.kind != "igo" and not m.location for c in m.codes} - {e.source}:
            return False  # another country named: its act, not a domestic one
        if e.source_text is None and self._noun_at(e):
            return False  # convention 4: a nominal act with its actor unnamed ("Western sanctions")
        if places and any(m.location and m.codes == (e.source,) and not self._describes(m) for m in mentions):
            return True
        from dyadwatch.nlp.actors import match_names

        parties: dict[tuple[int, int], str | None] = {(m.start, m.end): m.sector for m in mentions
                                                      if m.codes and not m.location}
        for nm in match_names(self.actors, words, lower):
            if nm.entry.kind == "sector" and not any(a <= nm.start < b for a, b in parties) \
                    and " ".join(nm.entry.tokens) not in syn.foreign_patients:
                # (not people from elsewhere: «мигранты забросали польских пограничников камнями», `foreign_patients`)
                parties[(nm.start, nm.end)] = nm.entry.ref
        for i, w in enumerate(lower):
            if w in syn.domestic_parties and not any(a <= i < b for a, b in parties) \
                    and not (i > 0 and lower[i - 1] in syn.state_body_modifiers):
                parties[(i, i + 1)] = ""  # a party the actor dictionary has no sector for ("the union")
        sectors = set(parties.values())
        others = sectors & (syn.domestic_sectors - syn.directed_sectors) | sectors & {""}
        if e.type in PARTY_ACTS and e.source_sector in STATE_SECTORS - {None} and not others:
            return False  # a state's call on its own people is an internal directive (convention 10)
        return len(parties) >= 2 and bool(sectors & (syn.domestic_sectors | {""}))

    def _untargeted(self, e: Event, h: Any = None) -> Event:
        """An X -> X of an act that needs no other party (`untargeted`: "Avril resigned",
        "their forces completed their withdrawal from the town") in a sentence that names no other
        country or organisation (but as a place): the act with no target, not the country against
        itself (convention 7). So is a promise (verb `h` of `untargeted_promises`) made to no one named:
        "the president promised to hold elections" (the promiser's AGREE, no target)."""
        words = self.syn.untargeted_promises.get("verbs", frozenset())
        # (the verb, or its adjective: "is committed to" parsed as a copula with "committed"); not a promise only
        # to decide, no act promised ("promised to take a decision": `untargeted_promises.vague`)
        promise = h is not None and e.type in AGREEING and (_word_in(h, words) or any(
            self.syn.has(c, "climb") and not self.syn.is_pos(c, "verb") and _word_in(c, words) for c in h.children)) \
            and not any(_word_in(o, self.syn.untargeted_promises.get("vague", ())) for x in h.subtree
                        if self.syn.has(x, "open_clause") for o in x.children if self.syn.has(o, "object")) \
            and not any(self._by_head[y.i].phrase.pattern.type in VIOLENT for x in h.subtree if self.syn.has(x, "open_clause")
                        for y in ([x] if x.i in self._by_head else [o for o in x.children if self.syn.has(o, "object")])
                        if y.i in self._by_head)
        # (nor a vow of violence, the promised act or its object: "vowed to continue the military operation" is no
        # accord; "pledged to investigate the killings" is one)
        if e.type not in self.syn.untargeted and not promise or e.source is None or e.source != e.target:
            return e
        _, _, mentions = self._words_now
        if {c for m in mentions if not m.location for c in m.codes} - {e.source}:
            return e
        return replace(e, target=None, target_text=None, target_sector=None)

    def _noun_at(self, e: Event) -> bool:
        """The event's trigger is a noun in the sentence's parse."""
        s = self._last[0]
        k = self._dateline
        span = s.doc.char_span(e.start - k, e.end - k, alignment_mode="expand") if s is not None and e.start >= k else None
        return span is not None and len(span) > 0 and self.syn.is_pos(span.root, "nominal")

    def _mediated(self, s: _Sent, events: list[Event]) -> list[Event]:
        """A mediator named beside the sentence's acts (`mediation.words`: "talks mediated by Lavrov", "a US-brokered
        ceasefire", "with Turkey's foreign minister mediating"; the "by" phrase of a noun of `mediation.nouns`: "after
        mediation by Egypt and Qatar") is no party of their joint acts: it mediates between
        their parties (CAMEO `mediation.code`, where set, one way to each, with their act's status and date)."""
        syn = self.syn
        words = syn.mediation.get("words", frozenset())
        mediators: list[Mention] = []
        nouns = syn.mediation.get("nouns", frozenset())
        for tok in s.doc:
            if _word_in(tok, nouns) and syn.is_pos(tok, "noun"):
                # "after mediation by Egypt and Qatar": each mediator, no party of the other's
                for w, n in self._preps(tok):
                    if w == "by" or w in syn.preps["passive_agent"]:
                        for y in (n, *(g for g in n.children if syn.has(g, "conj"))):
                            mediators += [m for m in self._actors_at(s, y) if m.codes and m not in mediators]
                continue
            if not (_key(tok) in words or tok.lower_ in words):
                continue
            for c in tok.children:
                for x in ([g for g in c.children if syn.has(g, "prep_object")] if syn.has(c, "agent") else [c]):
                    if syn.has(c, "agent") or syn.has(c, "subject") or syn.has(c, "noun_phrase"):
                        mediators += [m for m in self._actors_at(s, x) if m.codes and m not in mediators]
        med = {m.codes[0]: m for m in mediators}
        if not med:
            return events
        kept = [e for e in events if not (e.type in JOINT and (e.source in med or e.target in med))]
        acts = [e for e in kept if e.source and e.target and e.source not in med and e.target not in med]
        if not acts:
            return events
        if not syn.mediation.get("code"):
            return kept
        code = next(iter(syn.mediation["code"]))
        info = cameo.lookup(code)
        first = acts[0]
        parties = list(dict.fromkeys(c for e in acts for c in (e.source, e.target)))
        have = {(e.source, e.target, e.type) for e in kept}
        for a, m in med.items():
            for b in parties:
                if a != b and (a, b, info.plover_type) not in have:
                    kept.append(Event(source=a, target=b, type=info.plover_type, cameo=code, status=first.status,
                                      source_sector=m.sector, source_text=m.text, mode=info.mode,
                                      goldstein=info.goldstein, quad=cameo.quad_class(code), date=first.date,
                                      date_granularity=first.date_granularity, trigger=first.trigger,
                                      start=first.start, end=first.end))
        return kept

    def _tranches_paid(self, s: _Sent, events: list[Event], dates: list, state: DocState) -> None:
        """Aid planned whose loan noun (`tranches.nouns`) carries a relative clause of a part paid (`tranches.verbs`,
        not negated: "a loan of $1.5 billion, of which $1 billion has already been transferred") has occurred
        (convention 5: a tranche paid is aid occurred), dated by that clause."""
        syn, tr = self.syn, self.syn.tranches
        loans = tr.get("nouns", frozenset())
        for v in s.doc:
            if v.lower_ not in tr.get("verbs", ()) or not syn.has(v, "relative_clause") or v.head.i == v.i:
                continue
            if any(syn.has(c, "negation") or c.lower_ in syn.negation_words or c.lower_ in tr.get("none", ())
                   for c in v.children):
                continue  # ("of which nothing has been paid")
            if not any(_key(x) in syn.preps["relative_pronoun"] for x in v.subtree if x.i < v.i) \
                    or self._status(s, v) != "occurred":
                continue  # (not a part to come: "which will be transferred in tranches")
            n, hops = v.head, 0
            while not _word_in(n, loans) and n.head.i != n.i and hops < 2:
                n, hops = n.head, hops + 1  # (the clause on the loan's amount: "a loan of $1.5 billion, of which")
            if not _word_in(n, loans):
                continue
            date, gran = self._when(s, v, dates, state, "occurred")
            for k, e in enumerate(events):
                if e.type == "AID" and e.status == "planned" and e.start <= n.idx:
                    events[k] = replace(e, status="occurred", date=date, date_granularity=gran)

    def _coordinated_pair(self, s: _Sent) -> bool:
        """Whether the sentence names two different parties coordinated ("Russia and Turkey")."""
        for j, k in s.at.items():
            t = s.doc[j]
            h = s.at.get(t.head.i)
            if self.syn.has(t, "coordinated") and h is not None and h != k \
                    and set(s.mentions[h].codes) != set(s.mentions[k].codes):
                return True
        return False

    def _aimed_at_venue(self, events: list[Event], venue: Mention) -> list[Event]:
        """Each source's act aimed at the organisation `venue` once, in place of the draft's parties."""
        out: list[Event] = []
        for e in events:
            if e.source == venue.codes[0]:
                continue
            moved = replace(e, target=venue.codes[0], target_text=venue.text, target_sector=venue.sector)
            if not any((x.source, x.target, x.type, x.status) == (moved.source, moved.target, moved.type, moved.status)
                       for x in out):
                out.append(moved)
        return out

    def _mirrored(self, s: _Sent, events: list[Event], dates: list, state: DocState) -> list[Event]:
        """Measures in kind taken in answer to the sentence's act before them («Латвия, Литва и Эстония закрыли
        небо для российских самолётов, а Москва ответила зеркальными мерами»): a verb of answer or taking measures
        (`mirrored.verbs`) in the past with a noun of measures qualified as in kind (`mirrored.words`) is that act's
        type (`mirrored.types`) by its subject on each of the act's makers."""
        syn = self.syn
        out: list[Event] = []
        for x in s.doc:
            # (or a noun of taking measures in the phrase of a verb in the past: «объявил о введении зеркальных мер»)
            v = x.head if self.syn.is_pos(x, "noun") and _word_in(x, syn.mirrored.get("act_nouns", ())) else x
            if not (self.syn.is_pos(v, "verb") and (v is not x or _word_in(v, syn.mirrored["verbs"]))
                    and "Past" in v.morph.get("Tense")):
                continue
            if not any(_word_in(n, syn.mirrored["nouns"]) and any(_word_in(a, syn.mirrored["words"]) for a in n.children)
                       for n in x.children):
                continue
            subj, passive = self._subject(v)
            src = [m for m in self._actors_at(s, subj) if m.codes and not m.location] if subj is not None and not passive else []
            own = {c for m in src for c in m.codes}
            before = [e for e in events if e.start < v.idx and e.type in syn.mirrored["types"] and e.source
                      and e.source not in own and e.target in own]
            before += [e for e in self._earlier if e.type in syn.mirrored["types"] and e.source
                       and e.source not in own and e.target in own]  # (a clause before the «;»)
            if not src or not before:
                continue
            date, gran = self._when(s, v, dates, state, "occurred")
            for a in src:
                for e in {e.source: e for e in before}.values():
                    out.append(replace(e, source=a.codes[0], target=e.source, source_text=a.text, source_sector=a.sector,
                                       target_text=e.source_text, target_sector=e.source_sector, status="occurred",
                                       date=date, date_granularity=gran, trigger=v.text, start=v.idx,
                                       end=v.idx + len(v.text)))
        return out

    def _without_attack_results(self, events: list[Event], origin: dict[int, tuple[Any, str]]) -> list[Event]:
        """An act of `attack_results` (CAMEO codes) in an adverbial clause of an attack by the same parties («атаковали порт,
        повредив зернохранилища»): what the attack did, no act of its own."""
        attacks = {(o[0].i, e.source, e.target) for e in events
                   if e.type == "ASSAULT" and (o := origin.get(id(e))) is not None and o[1] == "verb"}
        out = []
        for e in events:
            o = origin.get(id(e))
            if e.cameo in self.syn.attack_results and o is not None and o[1] == "verb" \
                    and self.syn.has(o[0], "adverbial_clause") and (o[0].head.i, e.source, e.target) in attacks:
                continue
            out.append(e)
        return out

    def _without_annexed(self, s: _Sent, events: list[Event], origin: dict[int, tuple[Any, str]]) -> list[Event]:
        """An accord (AGREE) with a party named only inside a phrase of annexing below the accord's word
        (`annexations`: "Moscow signed treaties annexing two regions of Georgia"): the owner of the land annexed is
        no party to the accord."""
        out: list[Event] = []
        for e in events:
            o = origin.get(id(e))
            if e.type == "AGREE" and o is not None and e.source and e.target:
                h = o[0]
                # (an accord's noun is read with the verb it is the object of: "signed treaties ..., annexing")
                scope = h.head if o[1] == "noun" and self.syn.has(h, "object") else h
                annexing = [{y.i for y in x.subtree} for x in scope.subtree
                            if x.i not in (h.i, scope.i) and _word_in(x, self.syn.annexations)]
                # (the owner named again in a relative clause, "a move Kyiv denounced", is no party either)
                told = annexing + [{y.i for y in x.subtree} for x in scope.subtree
                                   if x.i != scope.i and self.syn.has(x, "relative_clause")]
                within = {y.i for y in scope.subtree}
                if annexing and any(self._only_inside(s, code, told, within) for code in (e.source, e.target)
                                    if any(self._only_inside(s, code, annexing, a) for a in annexing)):
                    continue
            out.append(e)
        return out

    @staticmethod
    def _only_inside(s: _Sent, code: str, phrases: list[set[int]], within: set[int]) -> bool:
        """Every mention of `code` among the tokens `within` stands inside one of `phrases` (token index sets),
        and there is one."""
        own = [sp for m in s.mentions if m.codes and code in m.codes and (sp := s.span_of(m)) <= within]
        return bool(own) and all(any(sp <= p for p in phrases) for sp in own)

    def _agreed_aid(self, s: _Sent, events: list[Event], origin: dict[int, tuple[Any, str]],
                    by_head: dict[int, _Trig]) -> list[Event]:
        """Convention 5: an accord between two parties on a loan or aid to one of them («договорились о
        предоставлении Минску кредита») is the accord and the other's aid, planned. The aid noun names its
        recipient only, so it codes nothing of its own: its giver is the accord's other party."""
        out: list[Event] = []
        have = {(e.source, e.target, e.type) for e in events}
        for e in events:
            o = origin.get(id(e))
            if e.type != "AGREE" or not e.source or not e.target or o is None:
                continue
            for c in o[0].children:
                t = by_head.get(c.i)
                if t is None or t.phrase.pattern.type != "AID" or t.phrase.pattern.pos != "noun" \
                        or self._case_key(c) not in self.syn.preps["topic"]:
                    continue
                got = {m.codes[0] for g in c.children if self._case_key(g) == ":dat"
                       for m in self._actors_at(s, g) if m.codes and len(m.codes) == 1}
                if e.target not in got or (e.source, e.target, "AID") in have:
                    continue
                code = t.phrase.pattern.cameo
                info = cameo.lookup(code)
                have.add((e.source, e.target, "AID"))
                out.append(Event(source=e.source, target=e.target, type="AID", cameo=code, status="planned",
                                 source_sector=e.source_sector, source_text=e.source_text, mode=info.mode,
                                 goldstein=info.goldstein, quad=cameo.quad_class(code), trigger=c.text,
                                 start=s.toks[t.start][1], end=s.toks[t.start][2]))
        return out

    def _without_negated_conditions(self, events: list[Event], origin: dict[int, tuple[Any, str]]) -> list[Event]:
        """An act negated inside a clause of condition («если Литва не снимет ограничения, ...») is what the speaker
        sets as the condition, neither denied nor coming: no event (the threat or measure it conditions is)."""
        out = []
        for e in events:
            o = origin.get(id(e))
            if e.status == "denied" and o is not None \
                    and any(self._condition_clause(x) for x in (o[0], *o[0].ancestors)):
                continue
            out.append(e)
        return out

    def _without_self_beside_other(self, kept: list[Event]) -> list[Event]:
        """Convention 7: a country imposing a measure is never its own target. Where one trigger codes it both at
        another party and at home («запретила въезд на свою территорию гражданам России»: the reflexive names the
        actor again), the home one goes."""
        aimed = {(e.source, e.type, e.status, e.start) for e in kept
                 if e.type in self.syn.not_self_beside_other and e.target and e.target != e.source}
        return [e for e in kept if not (e.type in self.syn.not_self_beside_other and e.target == e.source
                                        and (e.source, e.type, e.status, e.start) in aimed)]

    def _without_matters_acted_on(self, events: list[Event], origin: dict[int, tuple[Any, str]]) -> list[Event]:
        """With unknown actors allowed (sentence coding, as CAMEO codes a sentence's act): a nominal act that is
        the passive subject of another act's verb is the matter that act is done to ("the attack was condemned by
        the UN", "UN sanctions against Iran were lifted"), not an act of its own before it. (With known actors only,
        convention 4 keeps such a noun where both its parties are named.)"""
        verbs = {o[0].i for e in events if (o := origin.get(id(e))) is not None and o[1] == "verb"}
        out = []
        for e in events:
            o = origin.get(id(e))
            if o is not None and o[1] == "noun" \
                    and self.syn.has(o[0], "passive_subject") and o[0].head.i in verbs and o[0].head.i != o[0].i:
                continue
            out.append(e)
        return out
