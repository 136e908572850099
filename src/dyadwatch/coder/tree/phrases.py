"""Paths in the dependency tree that every stage walks: a verb's subject (`_subject`), its
prepositional phrases and their keys, the phrase a nominal act heads, a trigger's own clause.
"""

from __future__ import annotations

from typing import Any

from dyadwatch.coder.base import Mention, _Trig
from dyadwatch.coder.tree.syntax import _agrees, _key, _passive, _Sent, _word_in


class PhrasesMixin:
    """TreeCoder's methods for this stage: paths in the dependency tree that every stage walks."""

    def _joins_in(self, v: Any) -> bool:
        """`v` is a verb of joining another party in an act named in its phrase (`joined_in`: "joined the US in
        imposing sanctions"), not of joining a body ("ruled out joining the Union State")."""
        ji = self.syn.joined_in
        return _word_in(v, ji.get("verbs", ())) and any(
            self.syn.has(c, "prep") and _key(c) in ji.get("preps", ()) for c in v.children)

    def _preps(self, tok: Any) -> list[tuple[str, Any]]:
        """(preposition, noun) for each prepositional phrase on `tok`, both label schemes."""
        syn = self.syn
        out: list[tuple[str, Any]] = []
        kids = list(tok.children)
        # an adverb or particle of approach with no noun of its own carries its phrase for the verb ("moved
        # troops closer to the Belarusian border", "up to the frontier"): the phrase is the verb's
        kids += [g for c in tok.children if _word_in(c, syn.preps["approach"]) and (syn.has(c, "adverbial") or syn.has(c, "prep"))
                 and not any(syn.has(x, "prep_object") for x in c.children) for g in c.children if syn.has(g, "prep")]
        for c in kids:
            # "to Belarus" read as a dative ("loans totalling $1bn to Belarus") is a phrase too
            if syn.has(c, "prep") or syn.has(c, "agent") or self.syn.is_pos(c, "adposition") and syn.has(c, "object"):
                word = "by" if syn.has(c, "agent") else _key(c)
                objs = [g for g in c.children if syn.has(g, "prep_object")]
                if not objs and syn.has(c, "agent"):
                    objs = [c]  # UD: the agent noun itself ("obl:agent")
                for g in objs:
                    out.append((word, g))
                    out.extend((word, x) for x in g.children if syn.has(x, "conj"))
            elif syn.has(c, "oblique"):
                word = self._case_key(c)
                out.append((word, c))
                out.extend((word, x) for x in c.children if syn.has(x, "conj"))
        return out

    def _case_key(self, noun: Any) -> str:
        """"preposition:case" of a UD oblique noun ("с:ins"; ":gen" without a preposition)."""
        cases = [x for g in noun.children if self.syn.has(g, "case")
                 for x in (g, *(f for f in g.children if self.syn.has(f, "fixed")))]  # "со стороны"
        case = noun.morph.get("Case")
        if not cases and case and case[0] in ("Loc", "Gen") and self.syn.labels.get("case") \
                and noun.lower_.endswith(("ом", "ем", "ём")):
            # no bare locative, nor a genitive in «-ом»: the parse read an instrumental name as an adjective
            # agreeing with its neighbour («задержание Минском польского журналиста»: «минском» of «минский»)
            return ":ins"
        return (" ".join(_key(g) for g in cases) if cases else "") + (":" + case[0].lower() if case else "")

    def _subject(self, v: Any) -> tuple[Any | None, bool]:
        """The subject of verb `v` (climbing to the verb it depends on), and whether passive; the subject of
        a stative passive with no agent acts ("Serbian forces were engaged in ethnic cleansing": `stative_passives`)."""
        subj, passive = self._subject_of(v)
        if passive and subj is not None and subj.head.i != subj.i:
            x = subj.head
            if (_key(x) in self.syn.stative_passives or x.lower_ in self.syn.stative_passives) \
                    and not any(self.syn.has(c, "agent") for c in x.children):
                return subj, False
        return subj, passive

    def _misplaced_conj(self, v: Any) -> bool:
        """A tensed verb with no subject the parse coordinated with the bare verb of a content clause ("demands
        that the Belarusian side stop the flights and warns that ..."): the speaker's own second act."""
        syn = self.syn
        return syn.has(v, "coordinated") and syn.is_pos(v, "verb") and syn.tagged(v, "finite") \
            and syn.is_pos(v.head, "verb") and syn.tagged(v.head, "nonfinite") and not syn.tagged(v.head, "participle") \
            and syn.has(v.head, "content_clause") and v.head.head.i != v.head.i \
            and not any(syn.has(c, "subject") or syn.has(c, "passive_subject") for c in v.children)

    def _speakers_conj(self, v: Any) -> bool:
        """A tensed verb with no subject that the parse coordinated, after a comma, with the verb of a content
        clause whose subject names no actor ("officials said the situation at the border was tense, and accused
        Minsk of ..."): the speaker's own second act, not the content's."""
        syn, s = self.syn, self._sent_home
        if s is None or not (syn.has(v, "coordinated") and syn.is_pos(v, "verb")
                             and (syn.tagged(v, "finite") or "Fin" in v.morph.get("VerbForm"))) \
                or any(syn.has(c, "subject") or syn.has(c, "passive_subject") for c in v.children):
            return False
        h = v.head
        if h.i == v.i or not syn.has(h, "content_clause") or h.head.i == h.i or not syn.is_pos(h.head, "verb"):
            return False
        cc = next((c for c in [*h.children, *v.children] if syn.has(c, "coordinator") and h.i < c.i < v.i), None)
        if cc is not None and h.head.i < h.i and _word_in(v, syn.speaker_conj) and syn.tagged(v, "finite") and (
                syn.tagged(h, "nonfinite") and any(syn.has(a, "aux") and syn.tagged(a, "finite") for a in h.children)
                or _word_in(h, syn.predicated.get("copulas", ()))):
            return True  # `speaker_conj`: "said that its land had been used ... and urged Minsk to stop"
        if cc is None or cc.i == 0 or s.doc[cc.i - 1].text != ",":
            return False
        subj = next((c for c in h.children if syn.has(c, "subject") or syn.has(c, "passive_subject")), None)
        sp = h.head
        tense, gender = v.morph.get("Tense"), v.morph.get("Gender")
        if tense and tense == sp.morph.get("Tense") and h.morph.get("Tense") and h.morph.get("Tense") != tense \
                or gender and gender == sp.morph.get("Gender") and h.morph.get("Gender") and h.morph.get("Gender") != gender:
            return True  # («Литва заявила, что Белоруссия стягивает войска, и призвала Минск ...»: the saying's form)
        return subj is not None and not any((k := s.at.get(x.i)) is not None and s.mentions[k].codes
                                            for x in subj.subtree)

    def _counted_among(self, n: Any) -> Any:
        """The relative clause's noun `n`, or the subject a copula counts among it (`among`): "Belarus and Russia
        were among the seven states that voted against the resolution" (the states that voted are those two)."""
        syn = self.syn
        g = n
        if g.head.i != g.i and _key(g.head) in syn.preps["of"] and g.head.head.i != g.head.i:
            g = g.head.head  # ("among the handful of countries that ...": the group's quantity)
        p = g.head
        if g.head.i != g.i and _word_in(p, syn.among) and p.head.i != p.i \
                and _word_in(p.head, syn.predicated.get("copulas", ())):
            top = next((c for c in p.head.children if syn.has(c, "subject")), None)
            if top is not None:
                return top
        return n

    def _conditions_converb(self, v: Any) -> bool:
        """A participle set off by a comma (`tags.converb`) that the parse hung on the verb of a condition ("... would
        respond if Belarusian troops crossed the border, accusing Minsk of massing forces"): it goes with the clause the
        condition is set on, not with the condition's subject."""
        syn = self.syn
        h = v.head
        return syn.tagged(v, "converb") and syn.has(v, "adverbial_clause") and h.i != v.i and v.i > 0 \
            and v.doc[v.i - 1].text == "," and syn.has(h, "adverbial_clause") and h.head.i != h.i \
            and any(syn.has(c, "mark") and c.lower_ in syn.markers for c in h.children) \
            and not any(syn.has(c, "subject") or syn.has(c, "passive_subject") for c in v.children)

    def _converb_anchor(self, v: Any) -> Any:
        """The clause a participle of `_conditions_converb` goes with: the one the condition is set on, or the verb
        of saying above it where that clause is said ("Zelensky said that Ukraine would respond if ..., accusing")."""
        x = v.head.head
        if self.syn.has(x, "content_clause") and x.head.i != x.i and _word_in(x.head, self.syn.speech):
            return x.head
        return x

    def _subject_of(self, v: Any) -> tuple[Any | None, bool]:
        syn = self.syn
        t = v
        # "When asked about ..., Peskov denied": a bare passive participle's clause-mate is its patient
        bare_passive = self.syn.tagged(v, "participle") and self.syn.has(v, "adverbial_clause") and not any(syn.has(c, "aux") for c in v.children)
        held = self._participle_of(v)
        if held is not None and not any(syn.has(c, "subject") or syn.has(c, "passive_subject") for c in v.children):
            # «осудил Грузию, объявившую дипломата персоной нон грата»: a participle the parse hangs on
            # the verb is an attribute of the noun it agrees with; that noun does it
            return held, _passive(v, self.syn)
        raised = False  # climbed from an active infinitive to the verb it completes
        for _ in range(5):
            # ("Lukashenka has over the past months been stalling": the parse hangs the subject on an auxiliary)
            for c in [*t.children, *(g for a in t.children if syn.has(a, "aux") and a.i < t.i for g in a.children)]:
                if syn.has(c, "subject") or syn.has(c, "passive_subject"):
                    if _key(c) in syn.preps["relative_pronoun"] and syn.has(t, "relative"):
                        if syn.has(c, "passive_subject"):
                            return t.head, True  # "protests, which were suppressed by ...": the noun, passive
                        c = self._counted_among(t.head)  # "a delegation, which visited Belarus": the relative's noun
                    if raised and syn.has(c, "passive_subject") and not _passive(v, self.syn):
                        return c, False  # "Belarus was forced to deploy units": Belarus deploys
                    # (a verb with an agent phrase is passive however the parse tags it: "Moscow,
                    # branded a war criminal by Kyiv, denied": a participle read as a past tense)
                    if syn.has(c, "passive_subject") and _key(t) in syn.stances \
                            and not any(syn.has(g, "agent") for g in t.children):
                        return c, False  # "Israel is opposed to French mediation": Israel's stance
                    return c, syn.has(c, "passive_subject") or c is t.head and _passive(t, self.syn) \
                        or bare_passive and t is not v \
                        or syn.has(c, "subject") and any(syn.has(g, "agent") and not self._measure_agent(g)
                                                         for g in t.children)
            if (first := self._first_of_two_objects(t)) is not None:
                return first, False  # (before climbing to a verb above: «утверждает, что турецкий истребитель сбил ...»)
            if (hung := self._subject_on_mark(t)) is not None:
                return hung, False  # ("after both rejected the demand": the parse hangs the subject on "after")
            if syn.has(t, "relative") and t.head.head.i != t.head.i and any(
                    _key(c) in syn.preps["relative_place"] for c in t.children):
                t = t.head.head  # "прибыл в Польшу, где планирует встретиться": the visitor plans
                continue
            if syn.has(t, "relative") and (top := self._stranded_subject(t)) is not None:
                return top, False  # "Doctors from two aid groups donated ...": the phrase is the main verb's subject
            if syn.has(t, "relative"):
                return t.head, _passive(t, self.syn)
            if syn.has(t, "clausal_subject") and t.head.i != t.i:
                # «Литве приходится вести переговоры», «удалось договориться»: the dative of the
                # predicate the clause is the subject of does it
                dative = [c for c in t.head.children if syn.has(c, "indirect_object")]
                if dative:
                    return dative[0], False
            if self._misplaced_conj(t) or self._speakers_conj(t):
                t = t.head.head  # "demands that Minsk stop ... and warns that ...": the speaker warns
                continue
            if t is v and self._conditions_converb(t):
                t = self._converb_anchor(t)  # "would respond if Belarusian troops crossed the border, accusing Minsk of ...": the speaker's
                continue
            if t is v and syn.has(t, "oblique") and "Inf" in t.morph.get("VerbForm") and t.head.i != t.i \
                    and self.syn.is_pos(t.head, "noun") and _key(t.head) in syn.decision_nouns \
                    and self._decision_taken(t.head) \
                    and (owner := next((
                        c for c in t.head.children if c.i < t.i and (syn.has(c, "possessor") or syn.has(c, "noun_modifier")
                                                                     and self._case_key(c) in syn.preps["of"])), None)) is not None:
                # «осудила решение Литвы закрыть границу»: the owner of a decision criticised or refused acts (only
                # there: «приветствовал решение Швеции подать заявку» names no act of its own)
                return owner, False
            if syn.has(t, "climb") and (seat := next((c for c in t.children if self._seat(c)), None)) is not None:
                return seat, False  # «Минск закрыл границу, а в Вильнюсе назвали это провокацией»: its own seat speaks
            if (syn.has(t, "climb") or t.dep_ in syn.labels["prep"] | syn.labels["prep_object"]
                    # ("flew to Moscow ..., then spoke to Zelensky": a verb the parse left unattached on another)
                    or syn.has(t, "unattached") and self.syn.is_pos(t, "verb") and self.syn.is_pos(t.head, "verb")
                    # "прибыл в Польшу, планирует встретиться": a governing verb the parse hangs loosely
                    or syn.has(t, "governor_climb") and _key(t) in syn.governors
                    # "заявил о готовности оказать помощь": the noun an infinitive hangs on, in a phrase
                    or syn.has(t, "oblique") and (t is not v and self.syn.is_pos(t, "noun")
                                                  or self.syn.is_pos(t.head, "noun") and "Inf" in t.morph.get("VerbForm"))) \
                    and t.head.i != t.i:
                if self.syn.has(t, "open_clause") and not _word_in(t.head, syn.subject_control):
                    # ("promised Armenia to release": the promiser releases, `subject_control`)
                    objs = [c for c in t.head.children if syn.has(c, "object")]
                    if objs:  # "urged Russia to withdraw": the object does the complement
                        return objs[0], False
                    raised = raised or not _passive(t, self.syn)
                t = t.head
                continue
            if t.head.i != t.i and self.syn.is_pos(t.head, "adverb") and t.dep_ not in syn.labels["clause"] \
                    and any(syn.has(c, "subject") for c in t.head.children):
                t = t.head  # («Литва позавчера закрыла границу»: the parse hangs the verb and its subject on the adverb)
                continue
            # (the finite word of the clause: the verb, or the auxiliary of an infinitive: «что не будет отводить»)
            fin = t if "Fin" in t.morph.get("VerbForm") else next(
                (a for a in t.children if syn.has(a, "aux") and "Fin" in a.morph.get("VerbForm")), None)
            if fin is None and syn.short_predicates and "Short" in t.morph.get("Variant"):
                fin = t  # («сообщили, что намерены запросить»: a short adjective is its clause's predicate)
            if syn.has(t, "pro_drop") and t.head.i != t.i and fin is not None \
                    and self.syn.is_pos(t.head, "verb") and fin.morph.get("Number") == t.head.morph.get("Number"):
                # «Пашинян заявил, что встретится с Алиевым»: a finite content clause with no subject of
                # its own, agreeing with the verb above, has that verb's subject
                t = t.head
                continue
            if "Conv" in t.morph.get("VerbForm"):
                # «Выслав литовского консула, Минск пригрозил ...»: a gerund the parse made the head of the finite
                # verb after it has that verb's subject
                main = next((c for c in t.children if c.i > t.i and self.syn.is_pos(c, "verb")
                             and "Fin" in c.morph.get("VerbForm") and (syn.has(c, "governor_climb")
                                                                        or syn.has(c, "parataxis"))), None)
                subj = next((c for c in main.children if syn.has(c, "subject")), None) if main is not None else None
                if subj is not None:
                    return subj, False
            break
        seat = next((c for c in t.children if self._seat(c)), None)
        if seat is not None:
            return seat, False  # «В МИД Литвы заявили, что ...»: the institution or seat speaks
        if syn.preps["stray_subject"] and self.syn.is_pos(t, "verb") and "Fin" in t.morph.get("VerbForm"):
            # "В ходе встречи Лукашенко и Путин обсудили": a subject the parse hung on a phrase before
            # its verb, in a case only a subject has (`preps.stray_subject`)
            for c in t.children:
                if syn.has(c, "oblique") and c.i < t.i:
                    for g in c.children:
                        if syn.has(g, "oblique") and (self._case_key(g) in syn.preps["stray_subject"]
                                                      or self._nominative_pair(g, t)):
                            return g, False
                    # «После задержания Вильнюсом белорусского журналиста Минск вызвал ...»: a name in the
                    # nominative just before the verb, hung deeper as an apposition
                    x = t.doc[t.i - 1] if t.i > 0 else None
                    if x is not None and syn.has(x, "apposition") and syn.is_pos(x, "name") \
                            and any(a.i == c.i for a in x.ancestors) and not list(x.children) \
                            and self._case_key(x) in syn.preps["stray_subject"]:
                        return x, False
                # «Лукашенко и Си Цзиньпин договорились расширить поставки»: the parse makes a coordinated
                # subject before the verb the object of the infinitive after it
                if syn.has(c, "open_clause") and c.i > t.i:
                    for g in c.children:
                        if syn.has(g, "object") and g.i < t.i and self._nominative_pair(g, t):
                            return g, False
        if syn.fronted_subject and self.syn.is_pos(t, "verb") and t.head.i == t.i:
            # "On Friday Poland warned Russia", "In Minsk Lukashenko said": the parse reads a name after a
            # fronted phrase's first words as that phrase's object (a compound of "Friday Poland"); with no
            # subject of its own, the main verb's subject is that name
            for c in t.children:
                if syn.has(c, "prep") and c.i < t.i:
                    for g in c.children:
                        if syn.has(g, "prep_object") and g.i == t.i - 1 and self.syn.is_pos(g, "name") \
                                and any(syn.has(x, "compound") and x.i < g.i for x in g.children):
                            return g, False
        if self.syn.is_pos(t, "verb") and t.head.i == t.i and syn.tagged(t, "finite"):
            # "Azerbaijan massed troops near the border": a name opening the sentence that the parse hangs on its main
            # verb as a bare modifier (`stray_name`), with no subject beside it, is the subject (not a compound's half:
            # "Minsk-based analysts")
            for c in t.children:
                if syn.has(c, "stray_name") and self.syn.is_pos(c, "name") and c.i < t.i \
                        and c.left_edge.i == t.doc[0].i and c.right_edge.i + 1 < len(t.doc) \
                        and t.doc[c.right_edge.i + 1].text not in ("-", "‑"):
                    return c, False
        if self.syn.is_pos(t, "verb") and "Fin" in t.morph.get("VerbForm"):
            # «Варшава, в свою очередь, возложила ответственность на режим, который ... действует»: a subject
            # the parse hung on a later relative clause that has a subject of its own
            for c in t.doc[:t.i]:
                if syn.has(c, "subject") and c.head.i > t.i and syn.has(c.head, "relative") \
                        and any(syn.has(o, "subject") and o.i != c.i for o in c.head.children):
                    return c, False
            # «Варшава обвинила Минск ..., а премьер заявил, что ...»: a subject before the verb the parse hung on a
            # later verb below it, agreeing with this verb and not with that one
            # (or one of two subjects the parse gave that verb, the other after this verb: «Белоруссия и Россия так и
            # не подписали контракт, и российские компании прекратили отгрузку»)
            for c in t.doc[t.left_edge.i:t.i]:
                if not (syn.has(c, "subject") and c.head.i > t.i and c.head.head.i == t.i and c.head.i != t.i
                        and self.syn.is_pos(c, "nominal") and t.morph.get("Number") and c.head.morph.get("Number")
                        and self._agrees_coordinated(c, t)):
                    continue
                others = [o for o in c.head.children if syn.has(o, "subject") and o.i != c.i]
                if not others and not self._agrees_coordinated(c, c.head) \
                        or others and all(o.i > t.i and self._agrees_coordinated(o, c.head) for o in others):
                    return c, False
        return None, False

    def _subject_on_mark(self, v: Any) -> Any | None:
        """The subject of the clause of `v` that the parse hung on its subordinating word as that word's object,
        right after it and before the verb ("after both rejected Moscow's demand": "both" under "after")."""
        for c in v.children:
            if self.syn.has(c, "mark") and c.i < v.i:
                for g in c.children:
                    if self.syn.has(g, "prep_object") and g.i == c.i + 1 and g.i < v.i:
                        return g
        return None

    def _agrees_coordinated(self, noun: Any, verb: Any) -> bool:
        """`noun` agrees with the finite `verb` (`_agrees`), a coordination of nouns as a plural."""
        if any(self.syn.has(x, "coordinated") for x in noun.children):
            return verb.morph.get("Number") == ["Plur"]
        return _agrees(noun, verb)

    def _nominative_pair(self, g: Any, t: Any) -> bool:
        """`g`, a name before the plural verb `t` that the parse read in another case (an indeclinable name:
        «Лукашенко»), coordinated with a name in the nominative: the pair is the verb's subject."""
        return self.syn.is_pos(g, "name") and g.i < t.i and t.morph.get("Number") == ["Plur"] \
            and any(self.syn.has(x, "coordinated") and self.syn.is_pos(x, "name") and x.morph.get("Case") == ["Nom"]
                    for x in g.children)

    def _first_of_two_objects(self, t: Any) -> Any | None:
        """«российские ракеты поразили объекты»: a verb the parse gives two objects and no subject, one before it
        (a nominative read as an accusative), has that one as its subject where it agrees with the verb
        (`two_objects_subject`)."""
        syn = self.syn
        if not (syn.two_objects_subject and self.syn.is_pos(t, "verb") and "Fin" in t.morph.get("VerbForm")):
            return None
        objs = [c for c in t.children if syn.has(c, "object") and self.syn.is_pos(c, "nominal")]
        if objs and self._stray_object(objs[0]):
            return None  # («высылает посла Латвии и отзывает своего посла»: the first is the verb before's object)
        if len(objs) == 2 and objs[0].i < t.i < objs[1].i \
                and not any(x.is_punct or syn.has(x, "subject") for x in t.doc[objs[0].i + 1:t.i]) \
                and objs[0].morph.get("Number") == t.morph.get("Number") \
                and (t.morph.get("Number") != ["Sing"] or not t.morph.get("Gender")
                     or objs[0].morph.get("Gender") == t.morph.get("Gender")):
            return objs[0]
        return None

    def _stray_object(self, c: Any) -> bool:
        """`c`, an object the parse hangs on a coordinated verb from before it, between that verb and the verb it
        is coordinated with, the verb having an object of its own after it: the object of the verb before
        («Минск высылает посла Латвии и отзывает своего посла из Риги»: «посла Латвии» is expelled)."""
        syn = self.syn
        v = c.head
        if not (syn.has(c, "object") and syn.has(v, "coordinated") and v.head.i != v.i and syn.is_pos(v.head, "verb")
                and v.head.i < c.i < v.i):
            return False
        if any(syn.has(g, "object") for g in v.head.children):
            return False
        return any(syn.has(g, "object") and g.i > v.i for g in v.children)

    def _stranded_subject(self, v: Any) -> Any | None:
        """A verb the parse hung as a participle clause (`relative`) on a noun phrase it attaches as no argument
        of any verb (the sentence's root, or a word left unattached on a verb of saying or made its second subject:
        "Georgian students resorted to violence, police said") is the sentence's main verb where it reads as one: tensed (its
        fine tag, or a verb coordinated with it: "Doctors from two aid groups donated and delivered ..."), with
        an object of its own, or in a report. The phrase's top noun is its subject, active; a bare participle
        on a noun ("Belarusian activist detained in Minsk") stays a passive."""
        syn = self.syn
        top = v.head
        for _ in range(4):
            if top.head.i == top.i or not (syn.has(top, "prep_object") or syn.has(top, "prep")):
                break
            top = top.head
        if not syn.is_pos(top, "nominal") or any(syn.has(c, "subject") or syn.has(c, "passive_subject")
                                                    for c in v.children):
            return None
        # (unattached on the verb of saying, or made a second subject of it: "..., officials said")
        reported = _word_in(top.head, syn.speech) and (
            syn.has(top, "unattached") or syn.has(top, "subject") and any(
                syn.has(c, "subject") and c.i > top.i for c in top.head.children))
        if top.head.i != top.i and not reported:
            return None
        verbs = [v, *(c for c in v.children if syn.has(c, "coordinated") and syn.is_pos(c, "verb"))]
        if reported or any(syn.tagged(x, "finite") for x in verbs) \
                or any(syn.has(c, "object") for x in verbs for c in x.children):
            return top
        return None

    def _measure_head(self, s: _Sent, h: Any) -> Any:
        """The noun a nominal event is the "of" phrase of ("a package of sanctions", "a new round
        of talks", "пакет санкций") or the compound of (`preps.measure`: "an aid package"), or the amount it is the `preps.amount` phrase of ("$100 million in
        aid"), where that noun names no actor; else the event itself."""
        syn = self.syn
        x = h
        if syn.has(x, "compound") and x.head.i != x.i and _key(x.head) in syn.preps["measure"] and x.head.i not in s.at:
            x = x.head  # ("an aid package for Ukraine", "a loan tranche": the measure the act is the kind of)
        for _ in range(2):
            if syn.has(x, "prep_object") and syn.has(x.head, "prep") and _key(x.head) in syn.preps["amount"] \
                    and (self.syn.is_pos(x.head.head, "number") or _key(x.head.head) in syn.preps["currency"]) \
                    and x.head.head.i not in s.at:
                x = x.head.head  # (an amount: no noun of its own; "500 million euros in aid": its currency)
                continue
            if syn.has(x, "prep_object") and syn.has(x.head, "prep") and _key(x.head) in syn.preps["of"]:
                noun = x.head.head
            elif syn.has(x, "oblique") and self._case_key(x) in syn.preps["of"] and x.i > x.head.i:
                noun = x.head
            else:
                break
            if not self.syn.is_pos(noun, "noun") or noun.i in s.at:
                break
            x = noun
        return x

    def _decision_taken(self, n: Any) -> bool:
        """The decision noun `n` is a fact: criticised or refused (the act of `named_content` it is the object of),
        answered (`decisions_answered`: «отвечая на решение Вашингтона включить ...») or the time of another act
        (`preps.adjunct`: «после решения Вильнюса расторгнуть договор»)."""
        g = self._by_head.get(n.head.i)
        if g is not None and g.phrase.pattern.type in self.syn.named_content:
            return True
        key = self._phrase_key(n) or ""
        return key in self.syn.preps["adjunct"] or key.split(":")[0] == "на" and _key(n.head) in self.syn.decisions_answered

    def _phrase_key(self, tok: Any) -> str | None:
        """The preposition (English) or "preposition:case" (UD) of the phrase `tok` heads."""
        if self.syn.has(tok, "prep_object"):
            return _key(tok.head)
        if self.syn.has(tok, "oblique"):
            return self._case_key(tok)
        return None

    def _means_prep(self, c: Any) -> bool:
        """`c` is a comitative preposition whose noun is a helper's (`preps.helper_means`): "with the help of the
        CIA", "with Belarus's support" (its actor helps the act's maker, no side of the act)."""
        return self.syn.has(c, "prep") and c.lower_ in self.syn.preps["comitative"] \
            and any(self.syn.has(g, "prep_object") and _word_in(g, self.syn.preps["helper_means"]) for g in c.children)

    def _deep(self, s: _Sent, roots: list[Any], src: list[Mention], clauses: bool = False) -> list[Mention]:
        """The first actor inside the phrases `roots` (not inside their clauses, unless `clauses`),
        other than the source's own ("its troops from the territory of Belarus")."""
        own = {c for m in src for c in m.codes}
        clause = self.syn.labels["clause"]
        for r in roots:
            if self._instrument(r):
                continue  # «ударила американскими ракетами»: the weapon's maker is no party
            queue = [(r, 0)]
            # a bare noun whose country the context lends ("training militants") yields to a party named at its
            # depth or one below ("claimed that Polish and Lithuanian special services were training militants")
            bare: tuple[list[Mention], int] | None = None
            while queue:
                t, d = queue.pop(0)
                if bare is not None and d > bare[1] + 1:
                    break
                k = s.at.get(t.i)
                # (a mention of two states, one the source's own, names the other: «на белорусско-литовской границе»)
                if k is not None and s.mentions[k].codes and set(s.mentions[k].codes) - own \
                        and not (clauses and s.mentions[k].location):  # (a content clause's place is no party)
                    if clauses and s.mentions[k].kind == "bare" and t.i != r.i:
                        if bare is None:
                            bare = ([s.mentions[k]], d)
                        continue
                    x = t
                    while x is not r and x.head.i != x.i and self.syn.has(x, "noun_phrase") \
                            and not self.syn.has(x, "conj") and s.at.get(x.head.i) in (None, k):
                        x = x.head  # "between an Israeli peace group and the PLO": the coordinated phrase
                    if not any(self.syn.has(c, "conj") for c in x.children):
                        x = t
                    return [m for m in self._actors_at(s, x, allow_location=True) if not set(m.codes) & own] \
                        or [s.mentions[k]]
                if d < (6 if clauses else 4):
                    # a participle modifying a noun is inside its phrase ("ввоз продукции, выпущенной
                    # на белорусских предприятиях"); a relative clause is not
                    # (nor a phrase of condition: «в случае нападения на Белоруссию» names another act's party)
                    # (a name's modifier is no step deeper: "the terms of Russian gas supplies")
                    # (nor, in a clause's content, a preposition: its noun is the step, "demanding a referendum on
                    # independence from Indonesian rule")
                    queue.extend((c, d + (0 if self.syn.has(c, "attribute") or self.syn.has(c, "possessor")
                                          or clauses and self.syn.has(c, "prep") else 1))
                                 for c in t.children if not self._instrument(c) and (clauses or c.dep_ not in clause
                                 or self.syn.has(c, "noun_clause") and "Part" in c.morph.get("VerbForm")
                                 # (before its noun only a maker's with its agent, `owner_participles`: «итоги
                                 # проведённых Россией референдумов» are Russia's, not the place's after the noun)
                                 and (c.i > t.i or _word_in(c, self.syn.owner_participles)
                                      and any(self.syn.has(g, "agent") for g in c.children))
                                 # (not a route: "forced down a jet flying from Athens to Vilnius" names no party)
                                 and not self._route(c))
                                 and not ((self.syn.conditions or self.syn.beneficiaries) and self.syn.is_pos(c, "nominal")
                                          and self._no_party_phrase(c))
                                 # (the party joined in an act acts with it, no target: "joining demonstrators in
                                 # demanding independence from Russian rule", `joined_in`)
                                 and not (self.syn.has(c, "object") and self._joins_in(t))
                                 # (nor a means: "attacked the airfield with the help of the CIA" names a helper)
                                 and not self._means_prep(c))
                    if not clauses and self.syn.relative_owners:
                        queue.extend((x, d + 1) for x in self._relative_maker(t))
            if bare is not None:
                return bare[0]
        return []

    def _relative_maker(self, t: Any) -> list[Any]:
        """The subjects of relative clauses on noun `t` whose verb makes it (`relative_makers`, `relative_owners`;
        active, no modal): "rejected the referendums Russia staged", "condemned the ban Poland imposed on ..."."""
        syn, out = self.syn, []
        for c in t.children:
            if c.i > t.i and self._relative_on(c) and (_word_in(c, syn.relative_makers) or _word_in(c, syn.relative_owners)) \
                    and not _passive(c, syn) and not any(syn.has(a, "aux") and syn.aux.get(a.lower_) for a in c.children):
                subj = self._subject(c)[0]
                if subj is not None and subj.i != t.i and not syn.is_pos(subj, "pronoun"):
                    out.append(subj)
        return out

    def _no_party_phrase(self, c: Any) -> bool:
        """`c` heads a phrase of condition (`conditions`: another act's parties) or of whom an act serves
        (`beneficiaries`): no place to look for the act's party."""
        key = f"{self._case_key(c)} {_key(c)}"
        return key in self.syn.conditions or key in self.syn.beneficiaries

    def _instrument(self, r: Any) -> bool:
        """`r` is a bare instrumental of a weapon noun (`instruments`): the means of an act."""
        return bool(self.syn.instruments) and _word_in(r, self.syn.instruments) and self._case_key(r) == ":ins"

    def _participle_of(self, v: Any) -> Any | None:
        """The noun a full participle hung on a verb as an adverbial clause agrees with in case (the
        verb's object or subject before it), or None."""
        syn = self.syn
        case = v.morph.get("Case")
        if not case or "Part" not in v.morph.get("VerbForm") or not syn.has(v, "adverbial_clause") or v.head.i == v.i:
            return None
        return next((c for c in v.head.children if c.i < v.i and c.morph.get("Case") == case
                     and syn.is_pos(c, "nominal") and (syn.has(c, "object") or syn.has(c, "subject"))), None)

    def _verb_above(self, x: Any, steps: int = 3) -> Any:
        """`x`, or the nearest verb above it within `steps` heads (a nominal trigger's verb), else the
        last token reached."""
        for _ in range(steps):
            if self.syn.is_pos(x, "verb") or x.head.i == x.i:
                break
            x = x.head
        return x

    def _clause_span(self, s: _Sent, h: Any, dated: bool = False) -> set[int]:
        """The tokens of the trigger's own clause (the finite and content clauses of other verbs nested
        anywhere inside it left out: "Gazprom, which demands that Minsk pay more next year, refused")."""
        syn = self.syn
        v = self._verb_above(h, 4)
        inside = {v.i} | {t.i for t in v.subtree}
        if v.head.i != v.i and self.syn.is_pos(v.head, "adverb") and v.dep_ not in syn.labels["clause"]:
            inside.add(v.head.i)  # (a parse that hangs the verb under its adverb: "Литва позавчера закрыла")
        above = {h.i} | {a.i for a in h.ancestors}  # the clauses that hold the trigger stay
        for c in v.subtree:
            if c.i == v.i or c.i not in inside or c.i in above:
                continue
            if self._coordinated_verb(c):
                # a coordinated verb is a clause of its own ("will pay the first tranche this year and the
                # rest in 2027"); it shares this one's time only where it has none (`_when`)
                inside -= {t.i for t in c.subtree}
                continue
            if dated and "Part" in c.morph.get("VerbForm") and c.head.i != h.i and c.head.i != v.i \
                    and not self.syn.is_pos(c.head, "verb") \
                    and any(self.syn.has(g, "oblique") or self.syn.has(g, "prep") and "Past" in c.morph.get("Tense")
                            for g in c.children):
                # (for its time) a participle with phrases of its own on another noun is that noun's clause:
                # «освободила задержанного в июле гражданина» (July is the arrest's), "jets delivered under a
                # contract signed in 2021" (2021 is the contract's)
                inside -= {t.i for t in c.subtree}
                continue
            if c.dep_ not in syn.labels["clause"] or c.dep_ in syn.labels["conj"] or c.head.i == h.i != v.i \
                    or not (self._finite(c) or self.syn.has(c, "content_clause") or self._subordinate(c)) or self._temporal(c):
                # kept: a noun's own clause ("talks that took place on Monday"), participles and
                # infinitives (often misattached) unless a content clause ("wants Minsk to pay next
                # year") or opened by a subordinating word ("although made in 2013"), a "when" clause
                # ("when Putin came on Monday, they signed")
                continue
            inside -= {t.i for t in c.subtree}
        return inside

    def _subordinate(self, v: Any) -> bool:
        """A clause opened by a subordinating word of its own ("although", "because", "after")."""
        return any(self.syn.has(c, "mark") and c.i < v.i for c in v.children)

    def _coordinated_verb(self, v: Any) -> bool:
        """A verb coordinated with another verb ("arrived in Moscow and held talks")."""
        return self.syn.has(v, "conj") and self.syn.is_pos(v, "verb") and self.syn.is_pos(v.head, "verb") \
            and v.head.i != v.i

    def _finite(self, v: Any) -> bool:
        """A finite verb, or one with a finite auxiliary ("which is demanding"): a clause with its
        own time (a participle or gerund, often misattached, shares its head's)."""
        return self.syn.is_pos(v, "verb") and (
            not self.syn.tagged(v, "nonfinite") and "Fin" in v.morph.get("VerbForm")
            or any(c.dep_ in self.syn.labels["aux"] and (c.morph.get("Tense") or self.syn.tagged(c, "modal")) for c in v.children))

    def _temporal(self, v: Any) -> bool:
        """A "when" clause: its time is its head clause's."""
        return any(c.lower_ in self.syn.temporal for c in v.children if c.i < v.i)

    def _measure_agent(self, g: Any) -> bool:
        """An agent phrase that is a measure ("shortened by one hour the curfew", "cut by a third"): a
        number's phrase, no agent."""
        return any(self.syn.is_pos(n, "number") or any(self.syn.is_pos(x, "number") for x in n.children)
                   for n in g.children if self.syn.has(n, "prep_object"))

    @staticmethod
    def _in_trigger(s: _Sent, t: _Trig, tok: Any) -> bool:
        """The parse's token `tok` is a word of the trigger `t` ("calls for": its "for")."""
        return s.toks[t.start][1] <= tok.idx < s.toks[t.end - 1][2]

    def _inside(self, s: _Sent, m: Mention, h: Any) -> bool:
        """Whether mention `m` stands inside the phrase headed by `h`."""
        return bool(s.span_of(m) & {x.i for x in h.subtree})
