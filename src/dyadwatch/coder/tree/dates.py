"""The date of an act (`_when`): the date expressions of its own clause read in its tense, else
the document's (convention 9); an act in the present dated after its report is planned (`_scheduled`).
"""

from __future__ import annotations

import re
from datetime import date as _day
from datetime import timedelta
from typing import Any

from dyadwatch.coder.base import DocState
from dyadwatch.coder.tree.syntax import (
    NEAR_DAYS,
    _after_report,
    _later,
    _Sent,
    _word_in,
    undated_date,
)
from dyadwatch.model import Event
from dyadwatch.nlp.dates import find_dates


class DatesMixin:
    """TreeCoder's methods for this stage: the date of an act."""

    def _long_before(self, s: _Sent, d: Any, status: str, pub: str | None) -> bool:
        """The date `d`, read in the act's tense, falls more than `NEAR_DAYS` before the report: no day an act just
        reported took effect from (a year-less «с 1 января» in a November report is the coming January's)."""
        value = self._tensed(s.text, d, status, pub)[0]
        if not value or not pub or len(value) < 10 or len(pub) < 10:
            return False
        return (_day.fromisoformat(pub[:10]) - _day.fromisoformat(value[:10])).days > NEAR_DAYS

    def _when(self, s: _Sent, h: Any, dates: list, state: DocState, status: str,
              pair: tuple | None = None) -> tuple[str | None, str | None]:
        refs = self.syn.preps["date_reference"]

        def ref(d: Any, own_clause: bool = False) -> bool:
            before = s.text[:d.start].split()
            # (a range, "с 12 по 16 сентября", is the event's own time)
            # (and "from 1 October" after the report is when an act to come starts)
            # (a day from which an act holds, «с понедельника закрывают границы», «с 1 января прекратила
            # поставки», is when it takes effect: the act's date, `date_from`)
            return bool(before) and before[-1].lower() in refs and not getattr(d, "end_value", None) \
                and not (own_clause and before[-1].lower() in self.syn.preps.get("date_from", ())
                         and d.granularity == "day" and not self._long_before(s, d, status, state.pub_date)) \
                and not (status == "planned" and any(ch.isdigit() for ch in d.text)
                         and _later(self._tensed(s.text, d, status, state.pub_date)[0], state.pub_date))

        def modifier(d: Any) -> bool:
            """A date naming a thing, not an act's time ("the 1997 agreement", "Zapad 2017"), or
            another thing's time ("after Sunday's election", "over the August 9 vote")."""
            span = s.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or not len(span):
                return False
            tok = span.root
            if not self.syn.is_pos(tok.head, "nominal") or tok.head.i in {x.i for x in span}:
                return False
            if d.granularity == "day" and span.start > 0 and self.syn.is_pos(s.doc[span.start - 1], "adposition") \
                    and not self.syn.has(tok, "possessor") or any(tok.head.i in sp for sp in s.spans):
                return False  # "On Friday Poland warned", "In 2019 Minsk protested": a day after its own
                # preposition, or a date on an actor's name, is a time however the parse attaches it ("the
                # August 9 vote" has no preposition; no date names a party)
            if len(span) == 1 and self.syn.has(tok, "date_modifier"):
                return True
            # (inside the noun's phrase: after its determiner, "the August 9 election"; a date with its own
            # preposition or none, "в 2023 году", "22 февраля", is a time, however it is attached)
            inner = span.start > 0 and self.syn.is_pos(s.doc[span.start - 1], "determiner") and s.doc[span.start - 1].head.i == tok.head.i
            return (self.syn.has(tok, "attribute_word") or self.syn.has(tok, "noun_modifier") and inner or self.syn.has(tok, "possessor")) \
                and tok.head.i != h.i

        def named(d: Any) -> bool:
            """A year inside a name: "Zapad-2017", "«Запад-2025»", "“The Union Shield 2019”" (a day or a
            weekday inside quotes is a date of the quoted speech)."""
            before = s.text[:d.start]
            return d.granularity == "year" and (before[-1:] in ("-", "‑") or before.count("«") > before.count("»")
                                                or before.count("“") > before.count("”") or before.count('"') % 2 == 1)

        def preposition(d: Any) -> bool:
            """A date word the parse reads as a preposition ("накануне учений": on the eve of the drills)."""
            span = s.doc.char_span(d.start, d.end, alignment_mode="expand")
            return span is not None and len(span) == 1 and self.syn.has(span.root, "case") \
                and self.syn.is_pos(span.root.head, "nominal")

        every = [d for d in dates if not preposition(d)]
        dates = [d for d in every if not modifier(d) and not named(d)]
        inside: list = []
        v = h
        own: set[int] = set()
        coarse = False  # past an "after"/"before" clause: only the main clause's month or year is its time too
        for _ in range(4):
            span = self._clause_span(s, v, dated=True)
            own = own or span
            inside = [d for d in dates if not ref(d, v is h) and self._within(s, d, span)
                      and not (coarse and d.granularity == "day")]
            if inside:
                break
            # a non-finite clause ("ended with Lukashenka visiting Moscow") is dated by its head's
            while v.head.i != v.i and not self.syn.is_pos(v, "verb"):
                v = v.head
            if v.dep_ in self.syn.labels["relative"]:
                # "since 2014, when Russian forces seized ...": the clause's time is the date it modifies
                inside = [d for d in every if d.start <= v.head.idx < d.end]
                if inside:
                    break
            if v.head.i == v.i or v.dep_ not in self.syn.labels["clause"] | self.syn.labels["prepositional"]:
                break
            sequence = self._sequence(v)
            shared = self._coordinated_verb(v) and self._same_tense(v, v.head)
            if self._finite(v) and not self._temporal(v) and not shared and not sequence \
                    and not (status in ("occurred", "denied") and self._reported(v)):
                break  # (an act reported in a content clause happened by the time of its report; a
                # coordinated verb without a time of its own shares its head's: "on Tuesday arrived and held talks")
            coarse = coarse or sequence
            v = v.head
        if not inside and status in ("occurred", "denied"):
            # "Как сообщил в среду МИД, Вильнюс выслал ...", "As the ministry said on Wednesday, ...": an act
            # that happened, with no time of its own, by the time of the report attached to its verb
            v = h
            while v.head.i != v.i and not self.syn.is_pos(v, "verb"):
                v = v.head
            for c in v.children:
                if c.i != h.i and c.dep_ in self.syn.labels["clause"] and c.dep_ not in self.syn.labels["conj"] \
                        and _word_in(c, self.syn.report_time):
                    span = self._clause_span(s, c)
                    inside += [d for d in dates if not ref(d) and self._within(s, d, span)]
        if inside and status not in ("occurred", "denied"):
            # convention 9: the time of another act's verb ("promised on Monday a loan", "agreed on 24 June to
            # send troops") is the promise's, not the act to come's, whose schedule is then not given
            inside = [d for d in inside if not self._other_verbs_date(s, h, d)]
            if not inside:
                return None, None
        rank = {"day": 0, "month": 1, "year": 2}
        for d in sorted(inside, key=lambda d: (rank.get(d.granularity, 3), abs(d.start - h.idx), d.start)):
            if not self._within(s, d, own) and status not in ("occurred", "denied"):
                return d.value, d.granularity  # the time of the verb governing a plan ("agreed on 24 June to")
            value, gran = self._tensed(s.text, d, status, state.pub_date)
            if status in ("occurred", "denied") and _after_report(d, value, state.pub_date):
                continue  # what happened cannot be dated after its report: another thing's time ("accused
                # Belarus of provocations ahead of the drills on 25 September" in a report of 14 September)
            return value, gran
        years = [d for d in every if d.granularity == "year" and named(d) and self._within(s, d, own)]
        if years and not state.pub_date and not state.date and status not in ("forecast", "hypothetical"):
            # an undated page: "Zapad-2017" is the only year it tells; the name in the act's own phrase first
            # ("after Zapad-2021 they held the Union Resolve-2022 drills"), else the nearest
            phrase = {t.i for t in h.subtree}
            d = min(years, key=lambda d: (not self._within(s, d, phrase), abs(d.start - h.idx)))
            return d.value, "year"
        if status == "hypothetical" and self._told_done(h):
            status = "occurred"  # an act told as done but only possibly so: its time is a done act's
        return undated_date(state, status, pair)

    def _told_done(self, h: Any) -> bool:
        """The act `h` is a finite past verb, with no auxiliary and no condition on it ("it cannot
        be ruled out that the two leaders made decisions": possibly done, then, not to come)."""
        return self.syn.is_pos(h, "verb") and "Past" in h.morph.get("Tense") and "Fin" in h.morph.get("VerbForm") \
            and not any(self.syn.has(c, "aux") or self.syn.has(c, "mark") and c.lower_ in self.syn.markers for c in h.children)

    def _other_verbs_date(self, s: _Sent, h: Any, d: Any) -> bool:
        """The date `d` hangs on a verb above the act `h` that is another act's (a trigger: "promised Belarus a
        loan on Monday", "agreed on Monday to send troops") or a verb of saying, not on the act's own verb."""
        span = s.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        x = span.root
        for _ in range(4):  # through its preposition to the verb it dates ("on Monday": "on", then the verb)
            if self.syn.is_pos(x, "verb") or x.head.i == x.i:
                break
            x = x.head
        if not self.syn.is_pos(x, "verb") or x.i == h.i or x.i not in {a.i for a in h.ancestors}:
            return False
        syn = self.syn
        # (not the noun act's own light verb, "will hold talks on Monday", nor a mere governor: "plans to visit Minsk on Monday" may hang the visit's day on "plans")
        return x.i in getattr(self, "_by_head", {}) or _word_in(x, syn.speech)

    def _scheduled(self, s: _Sent, h: Any, dates: list, state: DocState) -> bool:
        """An act in the present tense whose own clause dates it after the report: a schedule, not
        an act done ("hold joint drills on 25 September" in a report of 10 September)."""
        if not dates or not state.pub_date:
            return False
        if self.syn.is_pos(h, "noun"):
            # a nominal act its own phrase dates after the report («уведомила о закрытии с 1 октября
            # пунктов пропуска» of 25 September): to come, whatever the tense of the verb above
            sub = [x.i for x in h.subtree]
            span = set(range(min(sub), max(sub) + 1))  # (a time inside the phrase the parse hangs elsewhere)
            # (a calendar date, with its digits, resolved forward as a time to come; not "Monday's talks")
            if any(self._within(s, d, span) and any(ch.isdigit() for ch in d.text)
                   and _later(self._tensed(s.text, d, "planned", state.pub_date)[0], state.pub_date) for d in dates):
                return True
        v = h
        for _ in range(4):
            if self.syn.is_pos(v, "verb") or v.head.i == v.i:
                break
            v = v.head
        if not self.syn.is_pos(v, "verb") or "Pres" not in v.morph.get("Tense") or "Fin" not in v.morph.get("VerbForm") \
                or any(self.syn.has(c, "aux") for c in v.children):
            return False
        value, _ = self._when(s, h, dates, DocState(pub_date=state.pub_date), "planned")
        own = self._clause_span(s, h)
        return _later(value, state.pub_date) and any(
            self._within(s, d, own) and self._tensed(s.text, d, "planned", state.pub_date)[0] == value for d in dates)

    def _sequence(self, v: Any) -> bool:
        """An "after"/"before" clause ("In 2019 relations soured after Russia cut supplies"; UD: "после
        того, как", the clause on a pronoun that the word governs): near its head clause's time."""
        syn = self.syn
        if not syn.sequence:
            return False
        if any(c.lower_ in syn.sequence for c in v.children if syn.has(c, "mark") and c.i < v.i):
            return True
        return v.dep_ in syn.labels["relative"] and self.syn.is_pos(v.head, "pronoun") and any(
            c.lower_ in syn.sequence for c in v.head.children if syn.has(c, "case"))

    @staticmethod
    def _within(s: _Sent, d: Any, span: set[int]) -> bool:
        """A date expression overlapping a token of `span` ("2017" inside the token "Zapad-2017")."""
        return any(d.start < s.doc[i].idx + len(s.doc[i]) and s.doc[i].idx < d.end for i in span)

    def _reported(self, v: Any) -> bool:
        """The content clause of a verb of reporting ("it was reported in September that ...")."""
        syn = self.syn
        return v.dep_ in syn.labels["clause"] and v.dep_ not in syn.labels["relative"] | syn.labels["conj"] \
            and _word_in(v.head, syn.report_time)

    def _tensed(self, text: str, d: Any, status: str, pub: str | None) -> tuple[str, str]:
        """A relative date read in the event's tense (convention 9): a weekday or a year-less date is
        the latest on or before the report for an act that occurred ("approved on Friday ... that will
        be paid"), the next after it for a planned or expected one."""
        n = len(d.value)
        if not pub or re.search(r"\d{4}", d.text):
            return d.value, d.granularity
        if status in ("occurred", "denied") and d.value > pub[:n]:
            future = False
        elif status in ("planned", "forecast", "hypothetical") and d.value < pub[:n]:
            if n == 10 == len(pub) and re.search(r"\d", d.text) \
                    and _day.fromisoformat(pub) - _day.fromisoformat(d.value) <= timedelta(days=NEAR_DAYS):
                return d.value, d.granularity  # a plan for a day just past ("was to meet on 2 September"), not next year's
            future = True
        else:
            return d.value, d.granularity
        try:
            again = next((x for x in find_dates(text, pub, self.date_lang, future=future) if x.start == d.start), None)
        except Exception:  # a date parser failure must not lose the event (as base._find_dates)
            again = None
        if again is not None and (again.value > pub[:n]) == future:
            return again.value, again.granularity
        return d.value, d.granularity

    def _dated(self, events: list[Event], s: _Sent, h: Any, dates: list, state: DocState) -> list[Event]:
        for e in events:
            e.date, e.date_granularity = self._when(s, h, dates, state, e.status, (e.source, e.target))
        return events
