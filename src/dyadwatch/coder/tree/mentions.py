"""The sentence's actors placed in the tree (`_index`), and the actors a role's noun phrase names
(`_actors_at`): heads, coordinations, pronouns and speakers resolved, the document's memory.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dyadwatch.coder.base import DocState, Mention
from dyadwatch.coder.tree.syntax import _key, _Sent, _word_in


class MentionsMixin:
    """TreeCoder's methods for this stage: the sentence's actors placed in the tree."""

    @staticmethod
    def _named_in(sent: _Sent, x: Any) -> list[Mention]:
        """The coded mentions inside the phrase of node `x` (by characters: the sentence's mentions are placed in
        the tree after its triggers, when `_context_ok` reads them)."""
        a, b = x.left_edge.idx, x.right_edge.idx + len(x.right_edge.text)
        return [m for m in sent.mentions if m.codes and a <= sent.toks[m.start][1] and sent.toks[m.end - 1][2] <= b]

    def _foreign_apposition(self, s: _Sent, r: Any) -> bool:
        """`r` is in apposition to a country's name but names another actor ("the invasion of Ukraine, the French
        Presidency of the EU said"): a misparse; a country's name takes no other country in apposition."""
        k = s.at.get(r.head.i)
        if not self.syn.has(r, "apposition") or k is None or r.head.i == r.i \
                or s.mentions[k].kind not in ("country", "metonym"):
            return False
        # (its own name, or the country word on it: "the French Presidency")
        own = [s.mentions[j] for x in (r, *(c for c in r.children if self.syn.has(c, "attribute_word")))
               if (j := s.at.get(x.i)) is not None and s.mentions[j] is not s.mentions[k]]
        return bool(own) and not {c for m in own for c in m.codes} & set(s.mentions[k].codes)

    def _opening_pronouns(self, lower: list[str], words: list[str], mentions: list[Mention],
                          state: DocState) -> list[Mention]:
        """A pronoun opening a sentence (`preps.opening_pronoun`) is the party that opened the text's sentence
        before as its subject ("Lithuania closed two checkpoints. It accused Minsk of ...")."""
        out = list(mentions)
        if lower and lower[0] in self.syn.preps["opening_pronoun"] and state.opening is not None \
                and not any(m.start == 0 for m in mentions):
            out.append(Mention(0, 1, (state.opening[0],), state.opening[1], words[0], "pronoun"))
            out.sort(key=lambda m: m.start)
        # this sentence's opening party, among its first words ("The Kremlin", "Poland's government")
        first = [m for m in out if m.start < 3 and m.codes and len(m.codes) == 1 and not m.location]
        state.opening = (first[0].codes[0], first[0].sector) if first else None
        return out

    def _pronouns(self, words: list[str], lower: list[str], mentions: list[Mention],
                  state: DocState) -> list[Mention]:
        """A personal pronoun (syntax.yaml preps.person_pronoun, lemmas) is the person named last
        before it in the sentence, else the document's last person ("Он встретился с Путиным")."""
        out = list(mentions)
        for i, w in enumerate(lower):
            if w in self.syn.preps["person_pronoun"] and not any(m.start <= i < m.end for m in mentions):
                # (a person or a person's title, not an institution: `preps.institution`, "министерство")
                here = [m for m in mentions if m.end <= i and m.codes and m.kind in ("person", "title")
                        and lower[m.start] not in self.syn.preps["institution"]]
                ref = here[-1].codes[0] if here else state.last_person
                if ref:
                    out.append(Mention(i, i + 1, (ref,), "GOV", words[i], "pronoun"))
            elif w in self.syn.preps["state_pronoun"] and self._feminine is not None \
                    and not any(m.start <= i < m.end for m in mentions):
                # «если ЕС введёт против неё санкции», «введённые ею ограничения»: the feminine party named last
                # before it in the sentence (a state, a capital, or a woman: then no state's pronoun)
                here = [m for m in mentions if m.end <= i and m.codes and m.kind in ("country", "metonym", "person")
                        and self._feminine(words[m.end - 1])]
                if here and here[-1].kind != "person":
                    out.append(Mention(i, i + 1, (here[-1].codes[0],), "GOV", words[i], "pronoun"))
        out.sort(key=lambda m: m.start)
        return out

    def _index(self, s: _Sent) -> None:
        for k, m in enumerate(s.mentions):
            a, b = s.toks[m.start][1], s.toks[m.end - 1][2]
            span = s.doc.char_span(a, b, alignment_mode="expand")
            idx = {t.i for t in span} if span is not None else set()
            if m.kind in ("metonym", "country") and idx:
                head = next((s.doc[i] for i in sorted(idx) if s.doc[i].head.i not in idx), None)
                if head is not None and self.syn.has(head, "compound") and self.syn.tagged(head.head, "proper") \
                        and head.head.i > max(idx) and s.at.get(head.head.i) is None \
                        and not self._joined_pair(s, head, m) and not self._nationality(head, m) \
                        and not self._local_body(head, m):
                    idx = set()  # a part of a name: "the Minsk Protocol", "the Moscow Times"
            s.spans.append(idx)
            head = next((s.doc[i] for i in sorted(idx) if s.doc[i].head.i not in idx), None)
            if head is not None and self.syn.has(head, "oblique") \
                    and self._case_key(head) in self.syn.preps["location"] and not self._seat(head, m.kind):
                m.location = True  # "в Минске": a place, not an actor
            elif head is not None and self.syn.has(head, "noun_modifier") and self._case_key(head) in self.syn.preps["of"] \
                    and _key(head.head) in self.syn.preps["place_noun"] and self.syn.has(head.head, "oblique") \
                    and (self._case_key(head.head) in self.syn.preps["location"]
                         or f"{self._case_key(head.head)} {_key(head.head)}" in self.syn.preps["street_phrase"]):
                # "в столице Белоруссии", "на улицах Минска": a place (`preps.place_noun`); so is where
                # people go out («вышли на улицы Минска», `preps.street_phrase`)
                m.location = True
            elif head is not None and m.location and self.syn.has(head, "possessor"):
                m.location = False  # "in Russia's invasion of Ukraine": the possessor acts, no place
            for i in idx:
                old = s.at.get(i)
                if old is None or len(s.spans[old]) < len(idx):
                    s.at[i] = k

    def _local_body(self, head: Any, m: Mention) -> bool:
        """A city's name opening the name of a state body of that place (`preps.local_body`: "the Grodno
        Region Court", "the Almaty City Council"): the body, an organ of the city's state."""
        name = head.head
        while self.syn.has(name, "compound") and name.head.i != name.i:
            name = name.head
        return m.kind == "metonym" and _key(name) in self.syn.preps["local_body"]

    def _nationality(self, head: Any, m: Mention) -> bool:
        """A country's word opening the name of a body the dictionary lacks ("the Bolivian Constitutional
        Court", "the Nigerian Union of Teachers"): the body's nationality, an actor of that country; not a
        name inside a longer one ("the Russian Federation Council", "the Palestinian Islamic Jihad
        movement") nor one after another word of the name ("the NATO-Russia Council")."""
        name = head.head
        return m.kind == "country" and not self.syn.has(name, "compound") \
            and next((c.i for c in name.lefts if not self.syn.is_pos(c, "determiner")), None) == head.i

    def _joined_pair(self, s: _Sent, head: Any, m: Mention) -> bool:
        """A name hyphenated to the next actor's name ("the Armenia-Azerbaijan talks", the parse hangs
        the first on the second as a compound): a pair of actors, not a part of one name."""
        gap = s.doc[head.i + 1:head.head.i]
        joiners = self.syn.preps["pair_joiners"]
        return bool(joiners) and len(gap) > 0 and all(t.text in joiners for t in gap) and any(
            x is not m and x.codes and s.toks[x.start][1] <= head.head.idx < s.toks[x.end - 1][2] for x in s.mentions)

    @staticmethod
    def _mentions_of(s: _Sent, codes: set[str]) -> list[Mention]:
        """The sentence's mentions of these parties (by their first code), places left out."""
        return [m for m in s.mentions if m.codes and m.codes[0] in codes and not m.location]

    def _actors_at(self, s: _Sent, r: Any, allow_location: bool = False) -> list[Mention]:
        """The actors a role's noun phrase names: its head's mention, or the nearest one inside
        it (compounds, possessors, "of" phrases), and the actors coordinated with it."""
        if self._vague(s, r):
            return []  # "Georgia's Western allies, which accuse Russia": no code, not Georgia (convention 10)
        if self._foreign_apposition(s, r):
            return []
        if r.head.i != r.i and self._means_prep(r.head) and self.syn.has(r, "prep_object"):
            return []  # "with the help of the CIA": a helper, no side of the act
        if s.at.get(r.i) is None and (_key(r) in self.syn.preps["hosts"] or r.lower_ in self.syn.preps["hosts"]) \
                and any(self.syn.has(c, "possessor") for c in r.children):
            # "heard his host back ...": not the guest the pronoun names
            host = self._host_of(s, r)
            if host:
                return host
        heads = [r]
        k = 0
        while k < len(heads) and len(heads) < 8:
            heads.extend(c for c in heads[k].children if self.syn.has(c, "conj") and c not in heads)
            k += 1
        out: list[Mention] = []
        for h in heads:
            if out and self.syn.has(h, "apposition") and (s.at.get(h.i) is None or s.mentions[s.at[h.i]].kind == "title"):
                continue  # "Pakistan, a key U.S. ally": a description of the actor names no other party
            if h is not r and self._foreign_apposition(s, h):
                continue
            m = self._nearest(s, h)
            if m is not None and m not in out and (allow_location or not m.location):
                out.append(m)
        if not out and r.lower_ in self.syn.preps["plural_pronoun"]:
            ants = self._antecedents(s, r)
            if ants or r.lower_ not in self.syn.preps["speaker_pronoun"]:
                return ants
        if not out and (self.syn.has(r, "subject") or self.syn.has(r, "passive_subject")
                        or self.syn.is_pos(r, "nominal") and (r.head.i == r.i or self.syn.has(r, "unattached"))
                        or _key(r) in self.syn.preps["origin_people"] or r.lower_ in self.syn.preps["origin_people"]) \
                and r.i not in self._by_head:
            # "the two countries' farm ministers, from Peru and Chile, agreed ...": the people of a subject that
            # names no actor are of the countries its phrase of origin names (`preps.origin`)
            for w, n in self._preps(r):
                # (or the nationality adjective of a body of people, `preps.origin_bodies`: "doctors from two American
                # aid groups"; not "a source from Belarus's oil industry")
                named = [c for c in (n, *(c for c in n.children if self.syn.has(c, "adjectival")
                                          and _key(n) in self.syn.preps["origin_bodies"]))
                         if s.at.get(c.i) is not None]
                if not named and s.at.get(n.i) is None:
                    # (countries named as examples: "teams from more than 20 countries, including Greece and Israel")
                    named = [g for x, g in self._preps(n) if x in self.syn.preps["examples"] and s.at.get(g.i) is not None]
                if w in self.syn.preps["origin"] and named:
                    out = [m for c in named for m in self._actors_at(s, c) if m.codes and m.kind in ("country", "metonym")]
                    if out:
                        return out
        if not out and (_key(r) in self.syn.preps["fellows"] or r.lower_ in self.syn.preps["fellows"]):
            # "urged its partners in the EU to ...", «призвал партнёров по ЕС»: fellow members named by their
            # organisation are that organisation (`preps.fellows`), not a party of the act they are urged to
            igos = [m for w, n in self._preps(r) if w in self.syn.preps["fellow_of"]
                    for m in self._actors_at(s, n) if m.kind == "igo"]
            if igos:
                return igos
        if not out and s.at.get(r.i) is None and self.syn.is_pos(r, "noun"):
            # a plural that names no actor but its examples: "expelled diplomats from seven countries, including
            # Argentina and Chile", "calls from ten embassies, including those of the US and France"
            out = [m for x, g in self._preps(r) if x in self.syn.preps["examples"]
                   for m in self._actors_at(s, g, allow_location) if m.codes]
            if out:
                return out
        if not out and any(self.syn.has(c, "possessor") and c.lower_ in self.syn.preps["owner_pronoun"] for c in r.children) \
                and self._said_or_denied(r):
            # "Georgia denied that its forces had fired on ...": the subject's owner is the speaker (of a verb
            # of saying or denial: not "agreed that their countries should cooperate")
            out = self._speaker(s, r)
            if out:
                # (the owner's forces are its military: "denied that its troops had entered Kyrgyzstan" is no less an
                # incursion than "Kazakh troops entered")
                sector = self._sector_word(r)
                return [replace(m, sector=sector) for m in out] if sector else out
        if not out and r.lower_ in self.syn.preps["speaker_pronoun"]:
            out = self._speaker(s, r) or self._coordinated_subject(s, r)
            if out or r.lower_ not in self.syn.preps["relative_subject_pronoun"]:
                return out
            return self._relative_teller(s, r)
        if not out and _key(r) in self.syn.preps["relative_pronoun"]:
            # "Литва, которую Белоруссия обвинила", "с которой": the noun the relative clause hangs on
            v = r.head
            for _ in range(3):
                if self.syn.has(v, "relative") or v.head.i == v.i:
                    break
                v = v.head
            if self.syn.has(v, "relative") and v.head.i != v.i and v.head.i != r.i:
                return self._actors_at(s, v.head, allow_location)
        if not out and s.at.get(r.i) is None and self.syn.is_pos(r, "noun") and self.syn.described_as.get("verbs"):
            # "accused the men, whom it described as fighters of the Wagner group": a party named only by the
            # description a relative clause or participle on it gives (`described_as`)
            out = [m for c in r.children if self.syn.has(c, "relative") and _word_in(c, self.syn.described_as["verbs"])
                   for w, n in self._preps(c) if w in self.syn.described_as["preps"]
                   for m in self._actors_at(s, n) if m.codes and not m.location]
            if out:
                return out
        # other actors coordinated inside the phrase ("Then-presidents Obama and Medvedev",
        # "the presidents of Russia and Belarus")
        for k in self._coordinated(s, r):
            m = s.mentions[k]
            if m.codes and m not in out and (allow_location or not m.location):
                out.append(m)
        if not out and s.at.get(r.i) is None and self.syn.is_pos(r, "noun"):
            # "The United States, by far the largest shareholder, has branded ...": the parse made the
            # actor the subject of its own apposition
            for c in r.children:
                if self.syn.has(c, "subject") and c.i < r.i:
                    out += [m for m in self._actors_at(s, c, allow_location) if m.codes and m not in out]
        return out

    def _sector_word(self, r: Any) -> str | None:
        """The sector a one-word noun of the actor dictionary names ("troops": MIL), if any."""
        for e in self.actors.index.get("\x00" + r.lower_, ()):  # (a case-blind entry: `nlp.actors._add`)
            if e.kind == "sector" and e.tokens == (r.lower_,):
                return e.ref
        return None

    def _said_or_denied(self, r: Any) -> bool:
        """`r` is the subject of a content clause of a verb of saying (`speech`) or denial (`status.denial`)."""
        v = r.head
        if not (self.syn.has(v, "content_clause") and v.head.i != v.i):
            return False
        words = {_key(v.head), v.head.lower_}
        return bool(words & (self.syn.speech | self.syn.denial))

    def _relative_teller(self, s: _Sent, r: Any) -> list[Mention]:
        """A pronoun subject of a relative clause proper (`preps.relative_subject_pronoun`) is the subject of
        the clause its noun stands in ("Moscow wants port access in return for the loan it granted Minsk"):
        the first verb above that noun, through phrases and objects; none where that verb's subject is passive."""
        syn = self.syn
        v = r.head
        if not (syn.has(r, "subject") and syn.has(v, "relative_clause")) or v.head.i == v.i:
            return []
        x = v.head
        for _ in range(6):
            if syn.is_pos(x, "verb") or x.head.i == x.i:
                break
            if not (syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "object")):
                return []
            x = x.head
        if not syn.is_pos(x, "verb"):
            return []
        subj, passive = self._subject(x)
        if subj is None or passive or subj.i == r.i:
            return []
        return [m for m in self._actors_at(s, subj) if m.codes]

    def _clause_of(self, r: Any) -> Any:
        """The clause a subject `r` stands in, climbing coordinated and open clauses (at most three) to
        the one that is a content clause, where there is one ("said it would close and then reopen")."""
        v = r.head
        for _ in range(3):
            if self.syn.has(v, "content_clause") or v.head.i == v.i \
                    or not (self.syn.has(v, "conj") or self.syn.has(v, "open_clause")):
                break
            v = v.head
        return v

    def _speaker(self, s: _Sent, r: Any) -> list[Mention]:
        """A pronoun subject of a content clause is the one who says it ("Japan said it had halted
        aid to Serbia", "Palestinian leaders said they would boycott ..."): the actors of the subject
        of the verb the clause depends on (`preps.speaker_pronoun`)."""
        if not (self.syn.has(r, "subject") or self.syn.has(r, "passive_subject")) or r.head.i == r.i:
            return []
        v = self._clause_of(r)
        if not self.syn.has(v, "content_clause") or v.head.i == v.i:
            # («Действия Вильнюса не останутся без ответа, заявил Лавров»: the verb of saying after the clause)
            said = next((c for c in v.children if self.syn.has(c, "parataxis") and c.i > r.i
                         and _word_in(c, self.syn.speech)), None)
            if said is not None and (subj := self._subject(said)[0]) is not None and not self._subject(said)[1]:
                return [m for m in self._actors_at(s, subj) if m.codes]
            return self._colon_speaker(s, r, v)
        subj, passive = self._subject(v.head)
        if subj is None or passive or subj.i == r.i:
            return []
        return [m for m in self._actors_at(s, subj) if m.codes]

    def _colon_speaker(self, s: _Sent, r: Any, v: Any) -> list[Mention]:
        """The subject `r` of a clause after a colon that the clause before it announces ("Moscow has made its
        position clear: any attempt ... will cause a response"; the parse hangs the first clause on the second as
        its content): that clause's subject says it."""
        colon = next((x for x in s.doc[:r.i] if x.text == ":" and x.head.i == v.i), None)
        if colon is None:
            return []
        before = next((c for c in v.children if c.i < colon.i and (self.syn.has(c, "content_clause")
                                                                   or self.syn.has(c, "parataxis"))), None)
        if before is None:
            return []
        subj, passive = self._subject(before)
        return [m for m in self._actors_at(s, subj) if m.codes] if subj is not None and not passive else []

    def _coordinated_subject(self, s: _Sent, r: Any) -> list[Mention]:
        """A pronoun subject of a verb coordinated to the one before it is that verb's subject ("The Union
        State was established in 1999, and since then it has made progress in military integration")."""
        v = r.head
        if not self.syn.has(r, "subject") or not self.syn.has(v, "coordinated") or v.head.i == v.i \
                or not self.syn.is_pos(v.head, "verb"):
            return []
        subj = next((c for c in v.head.children if c.i < r.i and (self.syn.has(c, "subject")
                     or self.syn.has(c, "passive_subject"))), None)
        if subj is None or subj.lower_ in self.syn.preps["speaker_pronoun"]:
            return []
        return [m for m in self._actors_at(s, subj) if m.codes]

    def _antecedents(self, s: _Sent, r: Any) -> list[Mention]:
        """"they" in a later clause: the coordinated subject before it ("Russia and Belarus will
        rehearse ... when they hold joint drills")."""
        for t in s.doc[:r.i]:
            if self.syn.has(t, "subject") and t.i != r.i:
                ms = [m for m in self._actors_at(s, t) if m.codes]
                codes = {c for m in ms for c in m.codes}
                if len(codes) >= 2:
                    return ms
        if self.syn.has(r, "possessor"):
            # "Putin promised Lukashenka ... at their meeting", "Putin's praise for Lukashenka's handling ... at their
            # meeting": the owners of a thing of "their" are the two leaders named before it
            before = [m for k, m in enumerate(s.mentions) if k < len(s.spans) and s.spans[k] and max(s.spans[k]) < r.i
                      and len(m.codes) == 1 and not m.location and m.kind in ("person", "title")]
            if len({m.codes[0] for m in before}) == 2:
                return before
        return []

    def _coordinated(self, s: _Sent, r: Any) -> list[int]:
        """Mentions inside the noun phrase of `r` that stand in a coordination."""
        syn = self.syn
        found: list[int] = []
        stack = [r]
        seen = {r.i}
        coord = False
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.i in seen:
                    continue
                keep = syn.has(c, "noun_phrase") or syn.has(c, "conj") or self.syn.has(c, "coordinator") \
                    or (syn.has(c, "prep") and _key(c) in syn.preps["of"]) or syn.has(c, "prep_object") \
                    or (syn.has(c, "oblique") and self._case_key(c) in syn.preps["of"])
                if keep:
                    coord = coord or self.syn.has(c, "coordination")
                    seen.add(c.i)
                    stack.append(c)
        if not coord:
            return []
        for i in sorted(seen):
            k = s.at.get(i)
            if k is not None and k not in found:
                found.append(k)
        return found

    def _nearest(self, s: _Sent, h: Any) -> Mention | None:
        syn = self.syn
        queue = [(h, 0)]
        seen = {h.i}
        bare: Mention | None = None
        while queue:
            t, d = queue.pop(0)
            k = s.at.get(t.i)
            if k is not None and s.mentions[k].codes:
                if s.mentions[k].kind != "bare" and (s.mentions[k].kind != "pronoun" or t is h):
                    return s.mentions[k]
                # ("his Armenian counterpart": the counterpart's country, not the possessor's)
                # "the U.N. war crimes court": the name inside the phrase, before a bare sector word
                bare = bare or s.mentions[k]
            if d >= 3:
                continue
            for c in t.children:
                if c.i in seen:
                    continue
                if syn.has(c, "noun_phrase") and not syn.has(c, "conj"):
                    seen.add(c.i)
                    queue.append((c, d + 1))
                elif syn.has(c, "prep") and _key(c) in syn.preps["of"]:
                    for g in c.children:
                        if syn.has(g, "prep_object"):
                            seen.add(g.i)
                            queue.append((g, d + 1))
                elif syn.has(c, "oblique") and self._case_key(c) in syn.preps["of"]:
                    seen.add(c.i)
                    queue.append((c, d + 1))
        return bare

    def _host_of(self, s: _Sent, r: Any) -> list[Mention]:
        """The host a guest's "his host" names ("Received in Beijing, Lukashenka heard his host back ..."): the
        one country other than the guest's (the subject of the clause above the phrase) that the sentence names."""
        guest: set[str] = set()
        v = r.head
        for _ in range(4):
            if self.syn.is_pos(v, "verb"):
                subj, passive = self._subject(v)
                if subj is not None and subj.i != r.i and not passive:
                    guest = {c for m in self._actors_at(s, subj) for c in m.codes}
                    break
            if v.head.i == v.i:
                break
            v = v.head
        if not guest:
            return []
        others = [m for m in s.mentions if m.codes and m.kind != "pronoun" and not set(m.codes) & guest]
        if len({m.codes for m in others}) != 1:
            return []  # (none, or more than one other party: no telling which hosts)
        return [replace(others[0], location=False)]

    def _subject_actors(self, s: _Sent, v: Any) -> list[Mention]:
        """The actors the active subject of verb `v` names."""
        subj, passive = self._subject(v)
        return [] if subj is None or passive else self._actors_at(s, subj)

    def _indefinite(self, v: Any) -> bool:
        """A finite active verb in the 3rd person plural with no subject of its own or above it."""
        m = v.morph
        return self.syn.is_pos(v, "verb") and "Fin" in m.get("VerbForm") and m.get("Number") == ["Plur"] \
            and not set(m.get("Person")) & {"1", "2"} and "Pass" not in m.get("Voice") \
            and not any(self.syn.has(c, "subject") or self.syn.has(c, "passive_subject") for c in v.children)

    def _seat(self, c: Any, kind: str | None = None) -> bool:
        """`c` is the place phrase of a verb with an indefinite "they" that names who acts, not a place:
        of a verb of saying («В МИД Литвы заявили», «в Кремле сообщили»), or an institution (a title's
        `kind`: «в МИД России назвали обвинения беспочвенными»)."""
        syn = self.syn
        v = c.head
        if not (syn.indefinite_personal and v.i != c.i and syn.has(c, "oblique") and syn.is_pos(c, "nominal")
                and self._case_key(c) in syn.preps["location"] and self._indefinite(v)):
            return False
        if kind is None:
            s = self._last[0] if self._last else None
            k = s.at.get(c.i) if s is not None else None
            kind = s.mentions[k].kind if k is not None else None
        # (a seat of power acts by a verb of a verbal act too, `seat_verbs`: «в Кремле пригрозили Литве»; not
        # by a deed done there, «в Минске провели акцию протеста»)
        return _word_in(v, syn.speech) or kind == "title" or kind == "metonym" and _word_in(v, syn.seat_verbs)

    def _vague(self, s: _Sent, r: Any) -> bool:
        """The noun phrase `r` names a party with no code (`vague_parties`: "the West", "Georgia's Western
        allies"): its words before it but determiners and possessors, and itself."""
        if not self.syn.vague_parties or s.at.get(r.i) is not None:
            return False
        words = [x.lower_ for x in r.lefts if not self.syn.is_pos(x, "determiner") and not self.syn.has(x, "possessor")
                 and not self.syn.has(x, "case") and all(s.at.get(y.i) is None for y in x.subtree)]
        return " ".join([*words, r.lower_]) in self.syn.vague_parties
