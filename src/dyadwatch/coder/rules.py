"""The rule coder: roles from word order (`DYADWATCH_CODER=rules`, and the tree coder's
fallback in a sentence the tree codes nothing in).

Per sentence: tokenize (regex), match actor names (hash index, longest first) and triggers;
sentences with no trigger or no actor are skipped at once. For each trigger the source is the
nearest subject-like actor on its left (the agent after "by" in the passive; the possessor or
"from"/"between" phrase of a nominal event), the target the first actor on its right in the
same clause. Status comes from cues before the trigger, the date from the nearest date
expression in the trigger's clause, else the document's narrative date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dyadwatch.coder.base import (
    JOINT_TYPES,
    Coder,
    DocState,
    Mention,
    _citation,
    _contains,
    _find_dates,
    _month,
    _Trig,
    _year_end,
    first_of_each,
    load_mention_words,
)
from dyadwatch.model import Event
from dyadwatch.nlp.actors import tokenize

# the English words the rule coder shares with the mention reader (coder/lang/en/mentions.yaml)
_EN = load_mention_words("en")
CLAUSE_BREAK = _EN.clause_breaks
COMPOUND_NOT_ACTOR = _EN.compound_not_actor
DET = _EN.determiners
GROUP_WORDS = _EN.group_words
OBJECT_START = _EN.object_start
REPORT = _EN.reporting
SPEECH = _EN.speech
TALK_NOUNS = frozenset(("talks", "negotiations", "consultations", "summit", "meeting"))
TIME_WORDS = frozenset(("january february april june july august september october november december "
                        "yesterday week month year monday tuesday wednesday thursday friday saturday sunday").split())
OBJ_PREP = frozenset(("with to against on upon from for at in into over toward towards about by between "
                      "among near than like of under after before during despite amid").split())
BE = frozenset("is are was were been being be got get gets".split())
SELF_OK = frozenset(("COERCE", "ASSAULT", "PROTEST", "ACCUSE", "REQUEST", "AGREE", "CONSULT", "REJECT",
                     "SUPPORT", "SANCTION", "CONCEDE"))
MEMBER_HEAD = frozenset(("member leader leaders head chief official officials representative representatives "
                         "delegation delegations spokesman spokeswoman spokesperson envoy envoys ambassador "
                         "deputy deputies supporters activists workers residents inhabitants citizens units "
                         "departments ministries agencies services militaries armies governments").split())
QUANTITY = frozenset("thousands hundreds dozens tens millions group groups crowds crowd members scores some many".split())
SUBORD = frozenset((",", "which", "who", "whom", "whose", "that", "while", "when", "after", "before",
                    "because", "since", "as", "and", "but", "although", "though", "where"))
RELATIVE = frozenset(("which", "who", "whom", "whose"))
APPOS_TAIL = frozenset("has have had is was will would also has been not already reportedly".split())
FRONT = frozenset(("while", "after", "before", "when", "since", "upon", "by", "on", "during", "in"))
BACKGROUND_PREP = frozenset(("of", "after", "following", "since", "before", "during", "amid", "despite", "over",
                             "for", "by", "from", "without", "against", "in", "with", "about", "on", "regarding",
                             "concerning"))
ADJUNCT = frozenset(("after", "following", "since", "before", "during", "amid", "despite", "because", "while",
                     "when", "as", "until", "which", "who", "that", "where", "than"))
MONTHS = frozenset(("March", "May"))
CHAIN_BREAK = frozenset((",", "and", "but", "while", "which", "who", "whom", "as", "when", "after", "before",
                         "because", "since", "although", "though", "whereas", "where", "said", "says"))
REPORTING_AGREE = frozenset(("confirm", "reaffirm"))
NEG_INTENT_TYPES = frozenset(("SUPPORT", "AID", "CONCEDE", "RETREAT", "CONSULT", "AGREE", "COOPERATE"))
MEDIATE = frozenset(("045", "039"))
TIME_ADJUNCT = frozenset(("after", "following", "amid", "despite", "since", "because", "during", "before",
                          "preceded", "ahead"))
DOMESTIC_TYPES = frozenset(("COERCE", "ASSAULT", "PROTEST", "CONCEDE", "RETREAT", "REJECT", "THREATEN",
                            "ACCUSE", "REQUEST", "SANCTION", "MOBILIZE", "AGREE"))
NEEDS_PARTNER = frozenset(("COOPERATE", "AID", "SUPPORT"))
MEASURES = frozenset(("days weeks months years hours day week month round rounds series wave waves set "
                      "couple number kind type form program programme package").split())
DOCUMENTS = frozenset(("statement declaration resolution letter report communique communiqué note memorandum "
                       "appeal petition decree law bill document text").split())
TOPIC_VERBS = frozenset("discussed considered debated raised mentioned addressed examined".split())
DECISIONS = frozenset("decision decisions move step steps plan plans intention attempt attempts".split())
CONJ_PREP = frozenset("after before since until till".split())  # also conjunctions: "after X met Y"
ADVERBS = frozenset("again also then still now later already just never finally once soon".split())
IRREGULAR_PARTICIPLES = frozenset("held seized taken kept sent struck shot caught brought built won".split())
ADJ_ENDINGS = ("ate", "al", "ic", "ive", "ous", "ful", "less", "ent", "ant", "ed")  # "immediate and unconditional"
# acts two coordinated actors do to each other when no one else is named ("A and B clashed")
MUTUAL_TYPES = JOINT_TYPES | frozenset(("ASSAULT", "MOBILIZE", "SUPPORT", "ACCUSE", "THREATEN"))
NUMBERS = frozenset("one two three four five six seven eight nine ten half a an some".split())
# an intention to act (CAMEO 03x express intent to cooperate, 13x threaten)
INTENT_CUES = frozenset(("will", "would", "'ll", "shall", "plans", "plan", "intends", "intend", "prepared",
                         "willing", "pledged", "pledges", "vowed", "vows", "promised", "promises"))
PROMISE_CUES = frozenset(("pledged", "pledges", "vowed", "vows", "promised", "promises", "willing", "prepared"))
INTENT_CODES = {"SUPPORT": "032", "AID": "033", "CONCEDE": "035", "RETREAT": "035", "SANCTION": "131",
                "COERCE": "137", "ASSAULT": "138", "PROTEST": "133"}
UNNAMED_GROUPS = frozenset(("rebels militants guerrillas guerillas insurgents fundamentalists extremists separatists "
                            "tribesmen elders clansmen gunmen soldiers police demonstrators protesters strikers "
                            "students workers refugees party group union front movement association coalition "
                            "leaders officials settlers activists landowners prisoners supporters army forces troops "
                            "militia militiamen hackers nationalists islamists radicals dissidents villagers "
                            "residents teachers farmers miners doctors journalists lawyers").split())
TARGET_STOP = frozenset(("before", "until", "unless", "because", "although", "though", "whereas"))
STATIVE_TO = frozenset(("opposed", "committed", "determined", "dedicated", "devoted", "pledged", "resolved"))
COMPLEMENT_TYPES = frozenset(("AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "ACCUSE"))
MODAL_OR_TO = frozenset(("to", "would", "will", "could", "should", "may", "might", "must", "can", "not"))


@dataclass
class _SentenceMemory:
    """What the sentence being coded has established so far, for the triggers after it."""

    noun_starts: set[int] = field(default_factory=set)  # where its noun triggers start
    last_subject: Mention | None = None  # the subject of its last verb event ...
    last_target: Mention | None = None  # ... and that event's target (another actor)
    first_subject: Mention | None = None  # the same for its first verb event
    first_target: Mention | None = None
    first_kind: str | None = None

    def remember(self, src: Mention, tgt: Mention | None, kind: str) -> None:
        self.last_subject = src
        self.last_target = tgt if tgt is not None and tgt.codes and tgt.codes != src.codes else None
        if self.first_subject is None:
            self.first_subject, self.first_target, self.first_kind = src, self.last_target, kind


class RuleCoder(Coder):
    """Roles from word order: the source left of the trigger, the target right of it."""

    # dependency roles (coder/syntax.py) measured neutral on seeds-gold and plover-gsr at a
    # large speed cost, so word order decides by default; set True to try the parse
    use_parse = False

    def __init__(self, lang: str, dictionary_dirs: tuple[Path, ...] = (), allow_unknown: bool = False):
        super().__init__(lang, dictionary_dirs, allow_unknown)
        self._parse_key: tuple | None = None
        self._parsed = None
        self._sent = _SentenceMemory()  # per sentence (one coder per process and thread)

    # ------------------------------------------------------------------ events
    def code_sentence(self, text: str, state: DocState) -> list[Event]:
        self.reading = None
        toks = tokenize(text)
        if not toks:
            return []
        words = [t[0] for t in toks]
        lower = [w.lower() for w in words]
        if self.lex.normalise is not None:
            lower = [w.lower() for w in self.lex.normalise(words)]
        # "is going to impose": "go to" before a verb is the future, not a journey
        trigs = [t for t in self.triggers(lower) if words[t.start] not in MONTHS
                 and not (t.phrase.pattern.visit and lower[t.end - 1] == "to" and t.end < len(words)
                          and words[t.end][:1].islower() and lower[t.end] not in DET
                          and lower[t.end] not in OBJECT_START)]
        if trigs and self.lex.frames:
            trigs = self._apply_frames(trigs, lower)
        mentions = self.mentions(words, lower, toks, text, state) if (trigs or True) else []
        found_dates = _find_dates(text, state.pub_date, self.lang)
        self.keep_reading(text, 0, toks, lower, found_dates)
        dates = [_year_end(text, d, self.vocab) for d in found_dates if not _citation(text, d, self.vocab)]
        events: list[Event] = []
        self._sent = _SentenceMemory({t.start for t in trigs if t.phrase.pattern.pos == "noun"})
        if trigs and (mentions or self.allow_unknown or state.talks_pair):
            excluded = self._reporting_spans(lower, mentions)
            trigs = self._main_triggers(trigs, lower)
            for t in trigs:
                evs = self._events_for(t, text, toks, lower, mentions, excluded, dates, state)
                if getattr(t, "refers_back", False):
                    evs = [e for e in evs if (e.source, e.target, e.type, e.status, e.date) not in state.coded]
                events.extend(evs)
        self._update_state(state, mentions, dates, toks)
        state.remember_talks(events)
        out = first_of_each(events)
        state.coded.update((e.source, e.target, e.type, e.status, e.date) for e in out)
        return out

    def _apply_frames(self, trigs: list[_Trig], lower: list[str]) -> list[_Trig]:
        """Denial and forecast frames (status.yaml). "Minsk denied reports that A had asked B for
        a loan": the REQUEST is coded with status denied and "denied" is no REJECT; "Analysts
        expect A to provide loans to B": the AID is a forecast."""
        fr = self.lex.frames
        n = len(lower)
        spans: list[tuple[int, int, str]] = []
        drop: set[int] = set()

        def match_at(i: int, key: str) -> int | None:
            for ph in fr.get(key, ()):
                if tuple(lower[i:i + len(ph)]) == ph:
                    return i + len(ph)
            return None

        def clause_end(i: int) -> int:
            e = i
            while e < n and lower[e] not in CLAUSE_BREAK and lower[e] not in (".", "but", "whereas", "while") \
                    and not (lower[e] == "," and e + 1 < n and lower[e + 1] in ("but", "while", "whereas")):
                e += 1
            return e

        firsts = getattr(self, "_frame_firsts", None)
        if firsts is None:
            firsts = self._frame_firsts = {k: frozenset(ph[0] for ph in v if ph) for k, v in fr.items()}
        dv, fs = firsts.get("denial_verbs", frozenset()), firsts.get("forecast_subjects", frozenset())
        if not any(w in dv or w in fs for w in lower):
            return trigs
        for i in range(n):
            w = lower[i]
            if w in dv:
                j = match_at(i, "denial_verbs")
                if j is None:
                    continue
                obj = match_at(j, "denial_objects")
                for skip in (1, 2):  # "denied a newspaper report that ...", "denied the media reports"
                    if obj is None and j + skip < n and not any(w in (",", ".", "that") or w in CLAUSE_BREAK
                                                                for w in lower[j:j + skip]):
                        obj = match_at(j + skip, "denial_objects")
                k = obj if obj is not None else j
                link = None
                # "denied media reports on Tuesday that ...": a short gap before the link
                for g in range(k, min(n, k + (5 if obj is not None else 1))):
                    if lower[g] in CLAUSE_BREAK or lower[g] in (",", ".") and g > k:
                        break
                    end = match_at(g, "denial_links")
                    if end is not None and (lower[g] != "having" or g == j):
                        link = end
                        break
                if link is None and obj is not None and k < n and lower[k] in ("of", "about", "on"):
                    link = k + 1  # "denied reports of a new loan"
                if link is None and i > 0 and lower[i - 1] in BE:
                    # "Reports that A had asked B ... were denied (by C)": the passive denial
                    for k in range(i - 1):
                        o = match_at(k, "denial_objects")
                        if o is not None and o < i and lower[o] in ("that", "of", "about"):
                            spans.append((o + 1, i, "denied"))
                            drop.add(i)
                            break
                    continue
                if link is None:
                    if i > 0 and (j >= n or lower[j] in (".", ",", ";", "!")):
                        # "..., a violation that Russia vociferously denied.": the act in the
                        # clause before the antecedent is the denied one
                        r = next((k for k in range(i - 1, max(-1, i - 6), -1) if lower[k] in ("that", "which")),
                                 None)
                        c = next((k for k in range(r - 1, max(-1, r - 5), -1) if lower[k] == ","), None) \
                            if r is not None else None
                        if c is not None:
                            c0 = max((k for k in range(c) if lower[k] in (",", ";")), default=-1) + 1
                            rel = max((k for k in range(c0, c) if lower[k] in RELATIVE or lower[k] == "that"),
                                      default=c0 - 1)
                            spans.append((rel + 1, c, "denied"))
                            drop.add(i)
                    continue
                spans.append((link, clause_end(link), "denied"))
                drop.add(i)
            elif w in fs:
                j = match_at(i, "forecast_subjects")
                if j is None:
                    continue
                k = j
                while k < n and k - j < 2 and lower[k] in ("widely", "also", "generally", "now", "still", "largely",
                                                           "mostly", "broadly", "already", "do", "does"):
                    k += 1
                v = match_at(k, "forecast_verbs") if k < n else None
                if v is None:
                    continue
                spans.append((v, clause_end(v), "forecast"))
        if not spans:
            return trigs
        out = []
        for t in trigs:
            if t.start in drop and t.phrase.pattern.type == "REJECT":
                continue
            for a, b, st in spans:
                if a <= t.start < b:
                    prev = getattr(t, "forced", None)
                    if prev != "denied":
                        t.forced = st  # type: ignore[attr-defined]
            out.append(t)
        return out

    def _main_triggers(self, trigs: list[_Trig], lower: list[str]) -> list[_Trig]:
        """Drop triggers in a trailing ", X said" clause and verbs that are only the content of
        an earlier agree/ask/refuse/threaten verb ("agreed to hold talks" is one AGREE)."""
        tail = _reporting_tail(lower)
        out: list[_Trig] = []
        chain_end: int | None = None
        for t in trigs:
            if tail is not None and t.start > tail:
                continue
            p = t.phrase.pattern
            if chain_end is not None:
                between = lower[chain_end:t.start]
                if len(between) <= 8 and not _possessed(lower, t.start) \
                        and not _finite_aux(lower, chain_end, t.start) \
                        and not any(w in DECISIONS for w in between) \
                        and not any(w in CHAIN_BREAK or w in CLAUSE_BREAK for w in between):
                    if p.pos == "verb" and p.type in INTENT_CODES and out and out[-1].phrase.text in REPORTING_AGREE \
                            and any(w in ("will", "would") for w in lower[max(0, t.start - 2):t.start]):
                        # "NATO confirmed it would tighten the blockade": the stated intention
                        out[-1] = t
                        chain_end = None
                        continue
                    # the content of "rejected an offer to host a summit", "refused to release":
                    # one event, the outer one
                    chain_end = t.end
                    continue
                chain_end = None
            if p.pos == "verb" and p.type != "CONSULT" and t.start > 0 and lower[t.start - 1] == "to" and out \
                    and t.start - out[-1].end <= 12 \
                    and not any(w in DECISIONS for w in lower[max(out[-1].end, t.start - 8):t.start - 1]) \
                    and not (_possessed(lower, t.start) and out[-1].phrase.pattern.pos == "verb") \
                    and not any(w in CHAIN_BREAK or w in CLAUSE_BREAK for w in lower[out[-1].end:t.start]):
                # purpose clause of the event before: "telephoned B to discuss", "sent troops to help"
                continue
            if out and out[-1].phrase.pattern.type == p.type and out[-1].phrase.pattern.cameo[:3] == p.cameo[:3] \
                    and t.start - out[-1].end <= 10 \
                    and not any(w in SUBORD or w in CLAUSE_BREAK for w in lower[out[-1].end:t.start]):
                continue  # "arrived in Kazakhstan on Tuesday for a state visit": the same act restated
            threat = next((x for x in reversed(out) if x.phrase.pattern.type == "THREATEN"), None)
            if threat is not None and t.start - threat.end <= 25 and any(
                    lower[k] in ("if", "unless") for k in range(threat.end, t.start)) \
                    and not any(w in (";", ".") for w in lower[threat.end:t.start]):
                continue  # the condition of a threat is no event of its own
            if p.pos == "verb" and lower[t.start].endswith("ing") and t.start > 0 and lower[t.start - 1] in DOCUMENTS:
                continue  # "a joint statement calling for a settlement": what the document says
            if p.pos == "verb" and p.type in COMPLEMENT_TYPES:
                chain_end = t.end
            if p.pos == "noun" and out and out[-1].phrase.pattern.pos == "verb" \
                    and out[-1].phrase.pattern.type == "ACCUSE" and t.start - out[-1].end <= 14 \
                    and not any(w in CLAUSE_BREAK or w in SUBORD for w in lower[out[-1].end:t.start]):
                continue  # "condemns the regime's detention of ...": the act condemned is the allegation
            between_words = [w for k, w in enumerate(lower[out[-1].end:t.start], out[-1].end) if out and not (
                w == "and" and lower[k - 1].endswith(ADJ_ENDINGS) and lower[k + 1].endswith(ADJ_ENDINGS))] if out else []
            own_agent = out and out[-1].phrase.pattern.type == "SUPPORT" and "by" in lower[t.end:t.end + 7] \
                and not any(w in (",", ";") for w in lower[t.end:t.end + 7])
            # "Minsk hosted the peace talks between Russia and Ukraine": the hosted talks are an
            # event between their own parties
            own_agent = own_agent or (out and out[-1].phrase.pattern.cameo == "043" and p.type == "CONSULT"
                                      and "between" in lower[t.end:t.end + 2])
            if p.pos == "noun" and out and not own_agent \
                    and (out[-1].phrase.pattern.pos == "verb" or t.start - out[-1].end <= 6) \
                    and t.start - out[-1].end <= 12 and not _possessed(lower, t.start) \
                    and not any(w in CLAUSE_BREAK or w in SUBORD for w in between_words) \
                    and not (out[-1].phrase.pattern.type not in COMPLEMENT_TYPES and p.quad in (1, 2)
                             and any(lower[k] in self.lex.light_verbs and lower[k - 1] == "to"
                                     for k in range(out[-1].end + 1, t.start))):
                # (but "allowed B to provide a negotiating venue": the noun is the object of
                # its own light verb, not of "allowed")
                # the noun is the object/content of the verb: "promised military aid",
                # "condemned the attack", "called for sanctions" code the verb only
                continue
            if p.pos == "verb" and out:
                prev = out[-1]
                between = lower[prev.end:t.start]
                if prev.phrase.pattern.pos == "verb" and prev.phrase.pattern.type in COMPLEMENT_TYPES \
                        and len(between) <= 6 and ("to" in between or "that" in between) \
                        and not any(w in CLAUSE_BREAK or w == "," for w in between):
                    continue
            out.append(t)
        return out

    def _reporting_spans(self, lower: list[str], mentions: list[Mention]) -> set[int]:
        """Mentions that only report ("according to X", ", X said" at the end) are no actors."""
        ex: set[int] = set()
        for i, w in enumerate(lower):
            if w == "according" and i + 1 < len(lower) and lower[i + 1] == "to":
                # the source cited runs to the comma: "According to the Foreign Ministry, A ...";
                # with no comma only a name right after it is cited ("according to reports the
                # UK is pushing for ...": the UK acts)
                comma = next((k for k in range(i + 2, min(len(lower), i + 10)) if lower[k] == ","), None)
                last = comma - 1 if comma is not None else i + 3 if lower[i + 2:i + 3] == ["the"] else i + 2
                for m in mentions:
                    if i + 2 <= m.start <= min(last, i + 6):
                        ex.add(id(m))
                        break
        last = _reporting_tail(lower)
        if last is not None:
            for m in mentions:
                if m.start > last:
                    ex.add(id(m))
        return ex

    def _clause(self, lower: list[str], i: int) -> tuple[int, int]:
        s = i
        while s > 0 and lower[s - 1] not in CLAUSE_BREAK:
            s -= 1
        e = i
        while e < len(lower) and lower[e] not in CLAUSE_BREAK:
            e += 1
        return s, e

    def _events_for(self, t: _Trig, text, toks, lower, mentions, excluded, dates, state) -> list[Event]:
        p = t.phrase.pattern
        cs, ce = self._clause(lower, t.start)
        if cs > 1 and lower[cs - 1] == ")" and t.start - cs <= 2:
            # "the Hizbollah (Party of God) group declared": the parenthesis is part of the subject
            op = next((k for k in range(cs - 2, max(-1, cs - 12), -1) if lower[k] == "("), None)
            if op is not None:
                cs = self._clause(lower, op)[0] if op > 0 else 0
        ms = [m for m in mentions if id(m) not in excluded and cs <= m.start < ce
              and not (m.start in t.used or (m.end - 1 in t.used and m.end - m.start == 1))]
        ctx = getattr(t, "ctx", set())
        # a mention whose head noun is the context word ("expelled two Russian diplomats") stays
        ms = [m for m in ms if m.start not in ctx] if ctx else ms
        src: Mention | None = None
        tgt: Mention | None = None
        group: list[Mention] = []
        passive = False
        poss = False  # the source is a possessive pronoun's antecedent ("its warm words")
        # a gerund after a preposition ("suspected of blowing up", "after attacking") is
        # background, like a nominal event: coded only where both actors are named
        background = p.pos == "verb" and lower[t.start].endswith("ing") and t.start > 0 \
            and lower[t.start - 1] in BACKGROUND_PREP
        if p.pos == "verb":
            k = t.start - 1
            while k >= cs and lower[k] in ("not", "also", "been", "being", "brutally", "reportedly", "later",
                                           "allegedly", "officially", "already", "then", "jointly", "never"):
                if lower[k] in ("been", "being"):
                    passive = True
                k -= 1
            if k >= cs and lower[k] in BE and (lower[t.start].endswith("ed") or lower[t.end - 1].endswith("ed")
                                               or lower[t.start] in (
                    "held", "met", "sent", "lent", "given", "taken", "seized", "struck", "shot", "forced", "brought",
                    "sought", "fought", "withdrawn", "broken", "beaten", "frozen", "cut", "hit", "put", "shut", "set")):
                passive = True
            if not passive and lower[t.start].endswith("ed") and t.end < len(lower) and lower[t.end] == "by" \
                    and t.start > cs and lower[t.start - 1] not in BE and k == t.start - 1 \
                    and not any(m.end == t.start for m in ms) and lower[t.start - 1] not in TIME_WORDS \
                    and not (t.end + 1 < len(lower) and (lower[t.end + 1][:1].isdigit() or lower[t.end + 1] in NUMBERS)):
                passive = True  # "networks supported by the West": a reduced relative clause
            if not passive and p.type in ("COERCE", "SANCTION", "AID", "CONCEDE") \
                    and (lower[t.start].endswith("ed") or lower[t.start] in IRREGULAR_PARTICIPLES) \
                    and t.start > cs and lower[t.start - 1] not in BE and k == t.start - 1 \
                    and lower[t.start - 1] not in ("has", "have", "had", "it", "they", "he", "she", "we") \
                    and toks[t.start - 1][0][:1].islower() and not lower[t.start - 1].endswith("ly") \
                    and lower[t.start - 1] not in ADVERBS and not any(m.end == t.start for m in ms) \
                    and t.end < len(lower) and (lower[t.end] in ("since", "until", "for", "without", "after", "with")
                                                or lower[t.end] in TIME_WORDS):
                # "two Lithuanian drivers held since March": a transitive act with no object is a
                # participle describing the noun before it, by an agent the sentence does not name
                return []
            if not passive and k >= cs + 2 and lower[k] == "and" and lower[k - 1].endswith("ed") \
                    and lower[k - 2] in BE and lower[t.start].endswith("ed"):
                passive = True  # "were initiated and supported by": coordinated participles
            if passive and not lower[t.start].endswith(("ed", "en", "t", "n")) \
                    and not lower[t.end - 1].endswith("ed"):  # ("brutally suppressed")
                passive = lower[t.start] in ("held", "met", "sent", "lent", "cut", "hit", "put", "shut", "set",
                                             "sought", "fought", "struck", "shot")
        if passive and t.end < len(lower) and lower[t.end] == "to" and lower[t.start] in STATIVE_TO:
            passive = False  # "Israel is opposed to", "Vietnam is committed to": a stance, not a passive
        by = self._after_prep(ms, lower, t.end, ("by",), 8)
        if passive:
            src = by
            if src is None and t.end < len(lower) and lower[t.end] == "by" and not self.allow_unknown:
                return []  # "networks supported by the West": an agent we do not know
            if src is None and p.type in ("AID", "COOPERATE"):
                src = self._after_prep(ms, lower, t.end, ("from",), 8)
            subj = self._left_subject(ms, lower, t.start, cs)
            if subj is None:
                # "a camp for Congolese refugees was attacked by ...": the patient's own phrase
                subj = next((m for m in reversed(ms) if m.end <= t.start and not m.location and m is not src
                             and t.start - m.end <= 8), None)
            tgt = subj if subj is not src else None
            if src is None and p.type == "CONSULT" and state.talks_pair and "by" not in lower[t.end:ce]:
                # "X was (not) discussed in Moscow": the implied parties are those of the talks
                named = list(dict.fromkeys(c for m in mentions if id(m) not in excluded and not m.location
                                           and m.kind != "bare" for c in m.codes))
                pair = tuple(named) if len(named) == 2 else state.talks_pair
                src = Mention(t.start, t.start, pair, "GOV", "", "group", talks=len(named) != 2)
                tgt = None
        elif p.pos == "noun":
            background = True  # a nominal event not tied to a clause's subject by a light verb
            # "Russia's embargo", "the Russian food embargo", "Belarus–Russia talks"
            # (a possessor may share the trigger's first word: "NATO's military presence")
            adj = [m for m in mentions if id(m) not in excluded and m.start < t.start < m.end
                   and any(w in ("'s", "’s") for w in lower[m.start:t.start])]
            adj = adj or [m for m in ms if m.end <= t.start and t.start - m.end <= 3
                   and all(w not in (",", "and", "the", "of") or w in ("'s", "’s") for w in lower[m.end:t.start])
                   and not any(w in SPEECH or w in ("that", "a", "an")
                               for w in lower[m.end:t.start])]
            between = self._after_prep(ms, lower, t.end, ("between",), 4, want_group=True)
            frm = self._after_prep(ms, lower, t.end, ("from", "by") if p.type in ("AID", "COOPERATE", "ACCUSE")
                                   else ("by",), 4)
            if frm is not None and lower[frm.start - 2:frm.start - 1] == ["away"]:
                frm = None  # "diversify supplies away from Russia"
            if frm is not None and any(w in BE for w in lower[t.end:frm.start]):
                frm = None  # "rumours of a Russian loan were dismissed by the ministry": the main verb's agent
            if lower[t.start] == "in" and lower[t.end - 1] == "with":
                # "(was designed) in cooperation with B": an adverbial joint act; its agent is
                # the actor last named before it, its partner the one after "with"
                partner = next((m for m in mentions if id(m) not in excluded and t.end <= m.start <= t.end + 2
                                and not m.location), None)
                agent = next((m for m in reversed(mentions) if id(m) not in excluded and m.end <= t.start
                              and not m.location and len(set(m.codes)) == 1), None)
                if partner is None or agent is None:
                    return []
                src, tgt, poss, adj, between = agent, partner, True, [], []
            if frm is None and p.type == "PROTEST":
                frm = self._after_prep(ms, lower, t.end, ("of",), 2)  # "protests of the Belarusian public"
            agent_of = p.type in ("MOBILIZE", "RETREAT") or p.visit or p.cameo == "074"  # (peacekeepers)
            if frm is None and agent_of and "of" in lower[t.start:t.end]:
                # ("withdrawal of [Russian] troops": the country sits inside the trigger phrase)
                frm = next((m for m in ms if t.start < m.start < t.end and m.codes and not m.location), None)
            if frm is None and agent_of and lower[t.end:t.end + 1] == ["of"]:
                # "the deployment of Russian nuclear weapons to Belarus", "the withdrawal of Russian
                # troops", "the visit of the Chinese defence minister to Minsk": the forces' or the
                # visitor's country acts
                frm = next((m for m in ms if t.end < m.start <= t.end + 3 and m.codes and not m.location), None)
                if any(w in TOPIC_VERBS for w in lower[t.end:ce]):
                    frm = None  # "the deployment of a Russian airbase ... was not discussed": a topic
            if frm is None and p.type in ("REJECT", "REQUEST", "THREATEN"):
                # "the refusal of the European Commission to have a dialogue with": "of X to" is the agent
                ofm = self._after_prep(ms, lower, t.end, ("of",), 2)
                if ofm is not None and ofm.end < len(lower) and lower[ofm.end] == "to":
                    frm = ofm
            if frm is None and not between:
                # "the signing of an agreement on ... by the ministers of both countries": the agent
                # group of a nominal event may stand far after it
                # (a parenthesis inside the object does not end the clause)
                by_group = next((m for m in mentions if m.kind == "group" and m.start > t.end
                                 and len(set(m.codes)) == 2 and id(m) not in excluded
                                 and "by" in lower[max(t.end, m.start - 5):m.start]
                                 and not any(w in CLAUSE_BREAK and w not in "()" for w in lower[t.end:m.start])),
                                None)
                if by_group is not None:
                    between, poss = [by_group], True  # a stated agent: an event of its own, not background
            if between:
                group = between
            elif adj:
                a = adj[-1]
                g = self._group_left(ms, lower, a)
                if len(g) > 1:
                    group = g
                else:
                    src = a
            elif frm is None and t.start > 0 and (lower[t.start - 1] == "its" or (
                    t.start > 1 and lower[t.start - 2] == "its" and lower[t.start - 1] not in SUBORD)):
                # "China's interest ... despite its warm words for B": the possessive pronoun is
                # the last country or leader named before it
                ante = [m for m in mentions if m.end <= t.start - 1 and m.codes and len(set(m.codes)) == 1
                        and not m.location and m.kind in ("country", "person", "title", "igo")]
                if ante and len({m.codes[0] for m in ante}) == 1:
                    src, poss = ante[0], True
            elif frm is None and p.symmetric and t.start > 0 and lower[t.start - 1] == "their":
                # "Putin's praise for Lukashenka at their meeting": the two actors named before
                named = list(dict.fromkeys(m.codes[0] for m in mentions if m.end <= t.start and m.codes
                                           and not m.location and id(m) not in excluded))
                if len(named) == 2:
                    src, poss = Mention(t.start - 1, t.start, tuple(named), "GOV", "their", "group"), True
            if frm is not None:
                if src is not None and src is not frm:
                    tgt = src
                src = frm
            if src is None and not group:
                background = False
                src = self._left_subject(ms, lower, t.start, cs)
                # an unattached noun ("the war", "integration") needs a light verb linking it to
                # the subject: "A held talks with B", "A imposed sanctions on B"
                gap = lower[src.end:t.start] if src is not None else []
                # ("began ten days of joint drills", "held a new round of talks": a measure's
                # "of" does not take the noun out of the light verb's object)
                gap_words = [w for k, w in enumerate(gap) if not (w == "of" and k > 0 and gap[k - 1] in MEASURES)]
                if src is not None and not any(w in self.lex.light_verbs for w in gap) \
                        and (len(gap) > 6 or any(w in SUBORD or w in CLAUSE_BREAK or w in OBJ_PREP for w in gap_words)):
                    src = None
                if src is not None:
                    lv = max((k for k, w in enumerate(gap) if w in self.lex.light_verbs), default=-1)
                    if any(w in ADJUNCT for w in gap[lv + 1:]):
                        # "agreed to a ceasefire after two days of fighting": the noun sits in
                        # an adjunct, not in the light verb's object
                        src = None
                if src is not None and src in ms:
                    g = self._group_left(ms, lower, src)
                    if len(g) > 1:
                        group, src = g, None
            if tgt is None and src is not None and frm is src and not p.visit:
                # (a visit's host is where the visitor goes: "a visit by Xi to Russia")
                tgt = self._left_subject(ms, lower, t.start, cs, exclude=src)
        else:
            src = self._left_subject(ms, lower, t.start, cs)
            prev_subject = self._sent.last_subject
            k = t.start - 1
            while k > 0 and lower[k] in ("also", "then", "later", "immediately", "strongly", "firmly"):
                k -= 1
            shared = False
            if prev_subject is not None and k > 0 and prev_subject.end <= k and (
                    lower[k] == "and" or (lower[k] == "," and lower[t.start].endswith("ing"))) \
                    and not any(m.start > k and m.end <= t.start for m in ms):
                # "X demands ... and warns that ...", "X criticised Y, accusing him of ...": a
                # coordinated or participial verb shares the subject of the verb before it
                src, shared = prev_subject, True
            if src is not None and not shared and any(n in self._sent.noun_starts for n in (t.start - 1, t.start - 2)) \
                    and src.end < t.start - 1 and lower[t.start - 1] not in ("to", "and", ","):
                src = None  # "an explosion damaged the bridge": the act's subject is an event
            first = self._group_left(ms, lower, src)[0] if src is not None and src in ms else src
            if src is not None and first is not None and not shared and first.start > cs and any(
                    n in self._sent.noun_starts and lower[n + 1:n + 2] in (["between"], ["of"], ["by"], ["with"])
                    for n in range(max(cs, first.start - 4), first.start)) \
                    and not any(w in self.lex.light_verbs or w in BE for w in lower[max(cs, first.start - 4):first.start]):
                # "The talks between A and B helped C": the act is the subject, A and B only its parties
                src = None
            if src is not None and src.end < t.start and src.kind in ("country", "igo") \
                    and any(k in self._sent.noun_starts for k in range(src.end, min(src.end + 3, t.start))) \
                    and not any(w in (",", "and", "which", "who", "that") for w in lower[src.end:t.start]):
                # "The Russian food embargo allowed ...": the subject is an act, the country only
                # its modifier; the verb has no actor subject
                src = None
            if src is None and lower[t.start].endswith("ing"):
                # "... ended with Lukashenka visiting Putin": the actor right before a participle
                src = next((m for m in ms if m.end == t.start and not m.location), None)
            if src is None or self._fronted(lower, t.start, src):
                # "While congratulating A, B confirmed ...": the subject follows the comma
                src = self._fronted_subject(ms, lower, t) or src
            if src is not None and src in ms:
                g = self._group_left(ms, lower, src)
                if len(g) > 1:
                    group, src = g, None
            if p.recipient:
                # "Belarus obtained a loan from Russia": the giver is the source, the subject the
                # target; with no giver named ("obtaining another loan") there is no event
                giver = self._after_prep(ms, lower, t.end, ("from",), 10)
                if giver is None and src is not None and state.talks_pair and src.codes \
                        and src.codes[0] in state.talks_pair and len(set(state.talks_pair)) == 2:
                    # "The Belarusian side also secured a new loan": after A and B's talks, from B
                    other = next(c for c in state.talks_pair if c != src.codes[0])
                    giver = Mention(t.start, t.start, (other,), "GOV", "", "group", talks=True)
                if giver is None or (src is None and not group):
                    return []
                src, tgt = giver, (src if src is not None else None)
                if group:
                    return []
        if src is None and not group and p.pos == "noun" and p.type == "THREATEN" \
                and self._sent.first_subject is not None and self._sent.first_target is not None:
            # "X condemns Y's decision ... an unfriendly step that will not remain without a
            # response": the speaker warns the one it condemned
            src, tgt = self._sent.first_subject, self._sent.first_target
        groups = [m for m in ms if m.kind == "group" and len(set(m.codes)) == 2
                  and lower[m.start] in GROUP_WORDS]  # "both leaders", not "they"
        if src is None and not group and p.type == "CONSULT" and lower[t.start] in TALK_NOUNS and (
                (all(w in ("the", "their", "bilateral", "new", "recent") for w in lower[cs:t.start])
                 and (dates or cs == 0 or any(w in TIME_WORDS for w in lower[t.end:t.end + 6])))
                or (groups and t.start > 0 and lower[t.start - 1] in ("the", "their"))):
            # "Talks in Sochi last December confirmed ...", "The talks lasted six hours", "the
            # press services of both leaders praised the meeting": talks with no party named
            # are those of the sentence's two actors, else of the document's last talks
            named = list(dict.fromkeys(c for m in mentions if id(m) not in excluded and not m.location
                                       and m.kind != "bare" for c in m.codes))
            pair = tuple(named) if len(named) == 2 else state.talks_pair
            if pair:
                src = Mention(t.start, t.start, pair, "GOV", "", "group", talks=len(named) != 2)
                background = False
                t.refers_back = src.talks  # type: ignore[attr-defined]
        if p.type == "THREATEN" and not group:
            # "threatened to cut off gas transit if the EU imposed further sanctions": the threat is
            # aimed at whoever the condition names
            cond = next((k for k in range(t.end, min(len(lower), t.end + 25)) if lower[k] in ("if", "unless")), None)
            cm = next((m for m in ms if cond is not None and cond < m.start <= cond + 3 and m.codes
                       and not m.location and (src is None or m.codes != src.codes)), None)
            if cm is not None:
                tgt = cm
        if tgt is None and p.pos == "verb" and src is not None and src is self._sent.last_subject \
                and self._sent.last_target is not None and p.type in ("REQUEST", "THREATEN", "ACCUSE", "SANCTION") \
                and not any(m.start > t.end and m.codes and m.codes != src.codes and not m.location for m in ms):
            # "The US condemns the regime's ... and calls for their release": the coordinated verb
            # addresses the one the first verb did
            tgt = self._sent.last_target
        if tgt is None and p.type == "REJECT" and src is not None and self._sent.first_subject is not None \
                and self._sent.first_subject.codes != src.codes and self._sent.first_kind == "REQUEST":
            tgt = self._sent.first_subject  # "Minsk demanded compensation ..., but Moscow rejected every request"
        if tgt is None and (not group or not (p.symmetric or p.type in MUTUAL_TYPES)):
            # (a coordinated subject of a one-way act has its object to the right like any other)
            tgt = self._right_target([m for m in ms if m not in group], lower, t, ce, src, p.visit,
                                     p.type in ("COERCE", "ASSAULT"))
        if p.type == "ACCUSE" and tgt is not None and not group and tgt.start > 1 \
                and "to" in lower[max(t.end, tgt.start - 2):tgt.start]:
            # "complained to the UN over Israeli raids": the addressee hears it, the other is accused
            about = self._after_prep([m for m in ms if m.start > tgt.end], lower, tgt.end,
                                     ("over", "about", "against"), 6)
            if about is not None and about.codes and about.codes != tgt.codes:
                tgt = about
        if p.type == "ACCUSE" and p.pos == "verb" and tgt is not None and not group \
                and t.end < len(lower) and lower[t.end] == "from" and tgt.start <= t.end + 4:
            # "A's move raised concerns from B": B voices them, about A
            src, tgt = tgt, src
        roles = self._syntax_roles(t, text, toks, mentions, ms, p)
        if roles is not None and src is None and not group:
            roles = None  # the parse corrects roles; it does not create events word order rejected
        if roles is not None:
            psrc, ptgt, pgroup = roles
            if group and (psrc in group or any(g in group for g in pgroup)):
                pgroup, psrc = group, None  # "Russia-Belarus exercises": the adjacent group stands
            if pgroup:
                group, src = pgroup, None
            else:
                group, src = [], psrc
            if ptgt is not None:
                tgt = ptgt
            elif tgt is not None and (tgt is src or tgt in group):
                tgt = None
        if lower[t.start] == "must" and src is not None and not group:
            # "A said (that) B must ...": A demands of B
            rep = next((k for k in range(src.start - 1, max(cs, src.start - 4) - 1, -1)
                        if lower[k] in SPEECH), None)
            speaker = self._left_subject(ms, lower, rep, cs) if rep is not None else None
            if speaker is not None and speaker is not src:
                src, tgt = speaker, src
        if p.cameo in MEDIATE and group:
            # "A launched a mediation effort between B and C": B and C are the targets
            med = self._left_subject(ms, lower, t.start, cs)
            if med is not None and med in group and t.start > 0 and lower[t.start - 1] == "to" \
                    and group[0].start > cs:
                # "A will visit B and C to mediate": the infinitive's subject is A
                med = self._left_subject(ms, lower, group[0].start, cs)
            if med is not None and med not in group:
                return self._mediation(t, p, med, group, text, toks, lower, dates, state, cs)
        # the noun phrase begins at its possessor or adjective: "ahead of a SCO summit"
        np_start = min([t.start] + [m.start for m in ([src] if src is not None else []) + group
                                     if m.start < t.start and (t.start == m.end or lower[m.end] in ("'s", "’s"))
                                     and t.start - m.end <= 2])
        if (background or (src is None and not group)) and p.pos == "noun" and t.start > 0 \
                and not _possessed(lower, t.start) and not poss \
                and any(w in TIME_ADJUNCT for w in lower[max(cs, np_start - 5):t.start]):
            # "after/following/amid/because of the fighting between A and B": background of the
            # sentence's own event, or a reference back to one already coded
            return []
        members = [c for g in group for c in g.codes] if group else []
        if src is not None and len(set(src.codes)) > 1:
            members = list(src.codes)
        pairs: list[tuple[Mention | None, str | None, str | None, Mention | None]] = []
        if len(dict.fromkeys(members)) > 1:
            uniq = list(dict.fromkeys(members))
            gm = {c: next((g for g in group if c in g.codes), src) for c in uniq}
            if tgt is not None and p.symmetric and src is not None and not group and tgt.start - t.end > 3 \
                    and lower[tgt.start - 1] != "with":
                tgt = None  # "we noted ... on the Ukraine crisis": a joint act of the group itself
            if tgt is not None and tgt.codes and tgt.codes[0] not in uniq:
                for c in uniq:
                    pairs.append((gm[c], c, tgt.codes[0], tgt))
            elif p.symmetric or p.type in MUTUAL_TYPES:
                for c in uniq:
                    for d in uniq:
                        if c != d:
                            pairs.append((gm[c], c, d, gm[d]))
            else:
                # "Belarus and Kyrgyzstan refused to sign the code": each refuses; they do not
                # refuse each other
                for c in uniq:
                    pairs.append((gm[c], c, None, None))
        else:
            scode = src.codes[0] if src is not None and src.codes else None
            if scode is None and p.type in ("PROTEST",) and not self.allow_unknown:
                # unnamed protesters ("thousands rallied in Kirkuk") and unattributed attacks ("a
                # roadside bomb near Samarra killed a U.S. soldier") are coded by where they happen
                tc = tgt.codes[0] if tgt is not None and tgt.codes else None
                places = [m for m in ms if m.codes and not m.anti and m is not tgt and m.codes[0] != tc]
                loc = next((m for m in places if m.location), None)
                if loc is None and p.type == "ASSAULT" and p.pos == "verb" and places and passive:
                    loc = places[0]
                if loc is not None:
                    scode = loc.codes[0]
            if scode is None and p.type == "COERCE" and tgt is not None and tgt.codes and tgt.kind == "person" \
                    and tgt.sector in ("OPP", "MED", "CVL"):  # an oppositionist's, a journalist's arrest
                # "the arrest of the oppositionist X": his own country's authorities act
                scode = tgt.codes[0]
            if scode is None and not self.allow_unknown and src is None:
                scode = self._sole_country(t, lower, mentions, excluded, cs, tgt)
            if scode is None and not self.allow_unknown:
                return []
            tcode = tgt.codes[0] if tgt is not None and tgt.codes else None
            if tcode == scode and p.type not in SELF_OK:
                tcode, tgt = None, None
            if background and (tcode is None or tcode == scode) and t.start > 0 \
                    and any(w in BACKGROUND_PREP for w in lower[max(cs, t.start - 4):t.start]):
                # "following the invasion", "since the annexation": background of the sentence
                return []
            if tcode is None:
                # no named target: the place where the act happens ("lifted a state of emergency
                # in Darfur", "deployed peacekeepers in Iraq") is its target
                loc = next((m for m in ms if m.location and m.codes and m is not src and m.kind != "igo"
                            ), None) if not (p.type == "CONSULT" and p.pos == "noun") else None
                # (an organisation's seat, "at the UN", and a summit's city are venues, not targets)
                if loc is not None:
                    tcode, tgt = loc.codes[0], loc
            if tcode is None and (p.self_target or p.type in DOMESTIC_TYPES):
                # an act with no other party named happens at home: "police arrested
                # protesters", "the government lifted the curfew" (CAMEO codes it X -> X)
                tcode = scode
            home = next((m.codes[0] for m in ms if m.location and m.codes and not m.ethnic), None)
            if home is not None and src is not None and src.ethnic:
                scode = home
            if home is not None and tgt is not None and tgt.ethnic:
                tcode = home
            union = self._union_of_two(scode, tcode, p.type)
            if union is not None:
                a, b = union
                pairs += [(src, a, b, None), (src, b, a, None)]
            else:
                pairs.append((src, scode, tcode, tgt))
            if tgt is not None and tgt.kind == "group":
                # "mediate between the pair": each of the pair is a target
                pairs += [(src, scode, c, tgt) for c in dict.fromkeys(tgt.codes[1:]) if c not in (scode, tcode)]
            if tgt is not None:
                # coordinated targets: "lifted embargoes on Iran, Libya and Cuba"
                k = ms.index(tgt) if tgt in ms else -1
                prev_m = tgt
                while 0 <= k < len(ms) - 1:
                    nxt = ms[k + 1]
                    gap = lower[prev_m.end:nxt.start]
                    if gap not in ([","], ["and"], [",", "and"], ["and", "the"], ["or"], [",", "and", "the"]) \
                            or not nxt.codes or nxt.codes[0] in (scode, tcode):
                        break
                    pairs.append((src, scode, nxt.codes[0], nxt))
                    prev_m, k = nxt, k + 1
            if (p.symmetric or (p.visit and tgt is not None and tgt.kind in ("person", "title"))) \
                    and tcode and scode and tcode != scode and (
                    tgt is None or tgt.start < t.start or tgt.start - t.end <= 3
                    or (tgt.start > 0 and lower[tgt.start - 1] in ("with", "and", "between"))
                    or (tgt.start > 1 and lower[tgt.start - 2] == "with" and _title_word(lower[tgt.start - 1]))):
                # a joint act with a partner ("met B", "agreed with B"); not "agreed to give aid to B"
                pairs.append((tgt, tcode, scode, src))
        if p.type == "CONSULT" and state.talks_pair and pairs \
                and {c for _, sc, tc, _ in pairs for c in (sc, tc)} == set(state.talks_pair) \
                and _contains(lower[max(0, t.start - 8):t.start], ("fact", "that")) is not None:
            # "the (mere) fact that the two presidents met ...": the meeting already coded
            return []
        if p.type == "CONSULT" and p.pos == "verb" and not p.visit and not group \
                and all(d is None for _, _, d, _ in pairs) and len({sc for _, sc, _, _ in pairs}) <= 1:
            return []  # "the Cabinet met on Sunday": a body convening, no consultation between actors
        if p.type == "CONSULT" and p.pos == "verb" and t.end < len(lower) and lower[t.end] == "about" \
                and not group and len({sc for _, sc, _, _ in pairs}) <= 1 and "with" not in lower[t.end:ce]:
            return []  # "experts talked about the importance of ...": speech on a topic, no talks
        if p.type == "AGREE" and p.pos == "verb" and lower[t.start] in ("agrees", "agree") \
                and lower[t.end:t.end + 1] == ["that"] and len({sc for _, sc, _, _ in pairs}) <= 1:
            # "the expert community broadly agrees that ...": a present-tense opinion, no accord
            return []
        if p.pos == "verb" and src is not None and not src.location and src.codes:
            self._sent.remember(src, tgt, p.type)
        actors = [src] if src is not None else list(group)
        if actors and all(m.kind == "group" for m in actors):
            # "Minsk said the two presidents discussed ...": a repeat of what this text already
            # coded is a reference back, not a new event
            t.refers_back = True  # type: ignore[attr-defined]
        status = self._status(t, lower, cs)
        date, gran = self._date(t, toks, lower, dates, state, status)
        if not dates and state.talks_date[0] and (
                (src is not None and src.talks)
                or (state.talks_pair and (group or src is not None)
                    and {c for g in (group or [src]) for c in g.codes} == set(state.talks_pair)
                    and all(g.kind == "group" for g in (group or [src])))):
            # "we agreed ...", "the two leaders decided ..." after the talks: their date
            date, gran = state.talks_date
        ptype, pcameo, pmode, pgold, pquad = p.type, p.cameo, p.mode, p.goldstein, p.quad
        intent = self._intent(t, lower, cs, p)
        if getattr(t, "forced", None):
            intent = None  # an analyst's "will" or a denied "would" states no actor's intention
        if p.type == "MOBILIZE" and (len({sc for _, sc, _, _ in pairs}) > 1
                                     or "joint" in lower[max(cs, t.start - 6):t.end]):
            intent = "062"  # joint exercises / deployments are military cooperation (CAMEO 062)
        acts: list[tuple[str, str, str | None, float | None, int, str]] = []
        if intent is not None and intent in INTENT_CODES.values() and "unless" not in lower[t.end:] \
                and not any(w in PROMISE_CUES for w in lower[max(cs, t.start - 4):t.start]):
            # "Russia will lend Belarus $1.5 billion", "Poland will close the crossing": the
            # announced act itself, planned (PLOVER's reading) - besides the intention CAMEO
            # codes (03x/13x) below; a promise or a vow is the intention alone
            acts.append((ptype, pcameo, pmode, pgold, pquad, status))
        if intent is not None:
            # CAMEO 03x / 13x: a stated intention to act is itself the event ("will provide
            # aid" = express intent to cooperate, "would impose sanctions" = threaten)
            from dyadwatch.coder import cameo as _cameo

            pcameo = intent
            info = _cameo.lookup(intent)
            ptype, pmode, pgold, pquad = info.plover_type, info.mode, info.goldstein, _cameo.quad_class(intent)
            if intent == "120":
                status = "occurred" if status == "denied" else status
            elif intent != "062":
                status = "occurred" if status in ("planned", "hypothetical", "forecast") else status
        trig_text = text[toks[t.start][1]:toks[t.end - 1][2]]
        out = []
        if ptype == "THREATEN" and status == "planned" and not getattr(t, "forced", None):
            status = "occurred"  # a warning is made now; its "will" belongs to what it warns of
        acts.insert(0, (ptype, pcameo, pmode, pgold, pquad, status))
        for a_type, a_cameo, a_mode, a_gold, a_quad, a_status in acts:
            a_pairs = pairs
            if a_type in NEEDS_PARTNER or p.target_required:
                # cooperation, aid and support go to someone: with no one named there is no
                # event ("enable it to invest in its development", "develop industrial cooperation")
                a_pairs = [pr for pr in pairs if pr[2] is not None]
            if p.source_sectors:  # "troops crossed into ...", not migrants crossing a border
                a_pairs = [pr for pr in a_pairs if pr[0] is not None and pr[0].sector in p.source_sectors]
            for sm, s, d, tm in a_pairs:
                out.append(Event(
                    source=s, target=d, type=a_type, cameo=a_cameo, status=a_status,
                    source_sector=sm.sector if sm else None, source_text=sm.text if sm else None,
                    target_text=tm.text if tm else None, target_sector=tm.sector if tm else None,
                    mode=a_mode, goldstein=a_gold, quad=a_quad, date=date, date_granularity=gran,
                    trigger=trig_text, start=toks[t.start][1], end=toks[t.end - 1][2]))
        return out

    def _sole_country(self, t: _Trig, lower: list[str], mentions: list[Mention], excluded: set[int], cs: int,
                      tgt: Mention | None) -> str | None:
        """An unnamed group as subject ("Islamic fundamentalists continued their hunger strike",
        "the rebel Kurdistan Workers' Party demanded") acts in the one country the sentence names."""
        named = [m for m in mentions if m.codes and not m.anti]
        codes = {m.codes[0] for m in named}
        if len(codes) != 1:
            return None
        if all(m.start > t.start and lower[m.start - 1] in ("against", "on", "upon", "with", "to", "toward", "towards")
               for m in named):
            return None  # "Tutu called for sanctions against Nigeria": the one country named is the target
        words = self._words
        k = t.start - 1
        while k >= cs and lower[k] in ("not", "also", "have", "has", "had", "been", "is", "are", "was", "were",
                                       "will", "would", "continued", "continue", "began", "begin", "reportedly"):
            k -= 1
        if k >= 0 and lower[k] == ")":
            return next(iter(codes))  # "the Serbian Workers' Union (SSS) stopped work"
        if k < cs or lower[k] in CLAUSE_BREAK or lower[k] in ("to", "and", "or", "that", "which", "who"):
            return None
        if t.phrase.pattern.pos == "noun" and not (lower[k] in UNNAMED_GROUPS or (words[k][:1].isupper() and k > 0)
                                                   or lower[k] in ("it", "they")):
            # "Judge Rivera opened fraud investigations": the noun's light verb and its subject
            j = k
            while j >= cs and j > k - 4 and lower[j] not in self.lex.light_verbs:
                j -= 1
            if j < cs or lower[j] not in self.lex.light_verbs:
                return None
            k = j - 1
            while k >= cs and lower[k] in ("not", "also", "have", "has", "had", "been", "is", "are", "was", "were",
                                           "will", "would", "reportedly"):
                k -= 1
            if k < cs:
                return None
        if not (lower[k] in UNNAMED_GROUPS or (words[k][:1].isupper() and k > 0) or lower[k] in ("it", "they")):
            return None
        return next(iter(codes))

    def _mediation(self, t: _Trig, p, med: Mention, group: list[Mention], text, toks, lower, dates, state, cs):
        status = self._status(t, lower, cs)
        date, gran = self._date(t, toks, lower, dates, state, status)
        out: list[Event] = []
        for g, code in [(m, c) for m in group for c in dict.fromkeys(m.codes)]:  # "the pair": both
            if not med.codes or code == med.codes[0]:
                continue
            out.append(Event(
                source=med.codes[0], target=code, type=p.type, cameo=p.cameo, status=status,
                source_sector=med.sector, source_text=med.text, target_text=g.text, target_sector=g.sector,
                mode=p.mode, goldstein=p.goldstein, quad=p.quad, date=date, date_granularity=gran,
                trigger=text[toks[t.start][1]:toks[t.end - 1][2]], start=toks[t.start][1], end=toks[t.end - 1][2]))
        return out

    def _syntax_roles(self, t: _Trig, text: str, toks, mentions: list[Mention], ms: list[Mention], p):
        """Source/target/group from the dependency parse (English), or None to keep word order."""
        if not self.use_parse or self.lang != "en" or not ms:
            return None
        key = (text, tuple((m.start, m.end) for m in mentions))
        if self._parse_key != key:
            from dyadwatch.coder import syntax

            self._parse_key = key
            self._parsed = syntax.parse(text, toks, [k for k in key[1]])
        pr = self._parsed
        if pr is None:
            return None
        from dyadwatch.coder.syntax import roles

        index = {id(m): k for k, m in enumerate(mentions)}
        allowed = {index[id(m)] for m in ms if not m.anti}
        r = roles(pr, sorted(t.used), p.pos, allowed, p.symmetric, p.type in ("AID", "COOPERATE"),
                  self.lex.light_verbs)
        if r is None or r.source is None:
            return None
        src = mentions[r.source]
        tgt = mentions[r.target] if r.target is not None else None
        group = [mentions[k] for k in sorted(r.group, key=lambda k: mentions[k].start)] if r.group else []
        return src, tgt, group

    @staticmethod
    def _after_prep(ms, lower, end, preps, window, want_group=False):
        for k in range(end, min(len(lower), end + window)):
            if lower[k] in preps:
                cands = [m for m in ms if k < m.start <= k + 4 and not m.location]
                if not cands:
                    return [] if want_group else None
                first = cands[0]
                if not want_group:
                    return first
                grp = [first]
                for m in cands[1:]:
                    if lower[grp[-1].end:m.start] in (["and"], [","], ["and", "the"], [",", "and"]):
                        grp.append(m)
                return grp if len(grp) > 1 else []
            if lower[k] in CLAUSE_BREAK:
                break
        return [] if want_group else None

    @staticmethod
    def _left_subject(ms, lower, start, cs, exclude=None):
        best = None
        # a relative clause ("..., which/who ...") takes its subject from the word before the
        # pronoun: an actor there is the subject, anything else means no actor subject
        rel = next((k for k in range(start - 1, max(cs, start - 25) - 1, -1) if lower[k] in RELATIVE), None)
        # a parenthetical relative clause between subject and verb is skipped:
        # "A delegation of A, which visited B in November, demanded ..."
        skip: list[tuple[int, int]] = []
        for i in range(max(1, cs), start):
            if lower[i] in RELATIVE and lower[i - 1] == ",":
                j = next((k for k in range(i + 1, start) if lower[k] == ","), None)
                if j is not None:
                    skip.append((i, j))
                    if rel is not None and i <= rel < j:
                        rel = None
            elif lower[i] == "," and i + 1 < start and lower[i + 1] in ("a", "an") and i > cs:
                # an appositive between subject and verb: "Pakistan, a key U.S. ally, has refused"
                j = next((k for k in range(i + 2, start) if lower[k] == ","), None)
                if j is not None and all(w in APPOS_TAIL for w in lower[j + 1:start]):
                    skip.append((i, j))
        for m in reversed(ms):
            if m.end > start or m is exclude:
                continue
            if any(a <= m.start < b for a, b in skip):
                continue
            if start - m.end > 25:
                break
            if rel is not None and m.end <= rel:
                gap = lower[m.end:rel]
                if gap not in ([], [","]):
                    break
            if m.location or m.anti or m.kind == "metonym" and m.location:
                continue
            pk = m.start - 1
            prev = lower[pk] if pk >= 0 else ""
            if prev in ("the", "a", "an") and pk > 0:
                pk -= 1
                prev = lower[pk]
            if prev == "of" and pk > 0 and (lower[pk - 1] in QUANTITY or lower[pk - 1] in MEMBER_HEAD
                                             or lower[pk - 1] in DECISIONS):
                # (and "the decision of the Lithuanian side to expel ...": the one who decided acts)
                # "thousands of Nigerians", "a member of the Syrian parliament": the group acts
                prev = ""
            if prev in OBJ_PREP and not (prev in CONJ_PREP and m.end == start and pk > 3):
                # "X and Y met": the first of a coordination may still be the subject
                # (but "said after the two men held talks": a clause's own subject; a sentence-
                # initial "The day before X came to ..." stays background)
                continue
            best = m
            break
        return best

    @staticmethod
    def _fronted(lower, start, src) -> bool:
        return src.end <= start and "," in lower[src.end:start] and lower[start].endswith("ing")

    @staticmethod
    def _fronted_subject(ms, lower, t):
        """Subject of a fronted participle clause ("While visiting A, B ...", "After meeting A, B ...")."""
        w = lower[t.start]
        if not w.endswith("ing") or t.phrase.pattern.pos != "verb":
            return None
        k = t.start - 1
        if k >= 0 and lower[k] not in FRONT and k != -1:
            return None
        if k > 0 and lower[k - 1] not in (",", ";", "and", "but"):
            return None
        comma = next((i for i in range(t.end, len(lower)) if lower[i] == ","), None)
        if comma is None:
            return None
        for m in ms:
            if m.start > comma and m.start - comma <= 6 and not m.location:
                prev = lower[m.start - 1]
                if prev in OBJ_PREP:
                    return None
                return m
        return None

    @staticmethod
    def _group_left(ms, lower, m):
        grp = [m]
        idx = ms.index(m)
        while idx > 0:
            p = ms[idx - 1]
            if p.location and not grp[0].location:
                break  # "in Moscow, Lukashenko called for": a place, not a co-actor
            if lower[p.end:grp[0].start] in (["and"], [","], ["and", "the"], [",", "and"], ["–"], ["-"],
                                             ["and", "its"], ["&"]):
                grp.insert(0, p)
                idx -= 1
            else:
                break
        # a comma alone joins a list only where "and" closes it: "A, B and C met", but "rather
        # than support Moscow, Minsk offered" ends a clause at the comma
        while len(grp) > 1 and lower[grp[-2].end:grp[-1].start] == [","] and not (len(grp) == 2 and grp[0].start == 0):
            grp = grp[-1:]  # (a headline's "Russia, China hold drills" starts the sentence with the pair)
        return grp

    @staticmethod
    def _right_target(ms, lower, t, ce, src, visit, domestic=False):
        loc = None
        for m in ms:
            if m.start <= t.start or m.start in t.used or m.start >= ce:
                continue  # a party inside a gapped trigger ("expelled two Russian diplomats") counts
            if m.start - t.end > 15:
                break
            if any(w in TARGET_STOP for w in lower[t.end:m.start]):
                break  # "demanded a truce before allowing U.N. convoys": a new clause, not the object
            if _finite_aux(lower, t.end, m.start) or any(
                    (lower[k] == "and" and lower[k + 1].endswith("ed") and lower[k + 1] not in COMPOUND_NOT_ACTOR)
                    or (lower[k] == "," and lower[k + 1].endswith("ing") and len(lower[k + 1]) > 5)
                    or (lower[k] == "," and lower[k + 1] in ("but", "and"))
                    for k in range(t.end, m.start - 1)):
                break  # "A's drive to normalize relations with X has raised concerns from B"
            if src is not None and m.codes == src.codes and (
                    m.kind == src.kind or (m.kind in ("bare", "pronoun") and not domestic)):
                continue
            if m.anti:
                return m
            if visit and m.codes and (m.start == t.end or (m.start == t.end + 1 and lower[t.end] == "the")) \
                    and lower[t.end - 1] in ("in", "to", "at"):
                return m  # "arrived in Kazakhstan": the place the visitor came to is the host
            if m.location and m.kind == "metonym" and not visit:
                continue
            if m.location and m.kind == "igo":
                if t.phrase.pattern.type in ("REQUEST", "ACCUSE"):
                    return m  # "tabled a resolution at the UN", "complained at the OSCE": the body addressed
                continue  # "adopt at the UN and the OSCE a declaration": a venue, not a party
            if m.location:
                if loc is None:
                    loc = m
                continue
            return m
        return loc

    @staticmethod
    def _intent(t: _Trig, lower: list[str], cs: int, p) -> str | None:
        """CAMEO code of an expressed intention ("will/would/plans to" + act), else None."""
        if p.pos != "verb" or p.cameo.startswith(("03", "13")):
            return None
        before = lower[max(cs, t.start - 4):t.start]
        if "," in before:
            before = before[len(before) - before[::-1].index(","):]
        if p.type in NEG_INTENT_TYPES and any(w in ("will", "would", "won't", "wo") for w in before) \
                and any(w in ("not", "never", "n't") for w in before):
            return "120"  # "will not allow / would not meet": a refusal (CAMEO 12x)
        if p.type not in INTENT_CODES:
            return None
        if not any(w in INTENT_CUES for w in before) or any(w in ("if", "unless") for w in before):
            return None
        if "have" in lower[t.start - 2:t.start] or any(w in ("whether", "unclear", "doubt", "doubtful")
                                                        for w in lower[cs:t.start]) \
                or (lower[:1] in (["had"], ["were"], ["should"])):
            return None  # "would have provided" (a counterfactual), "unclear whether it will": no intention
        if lower[0] == "if":
            return None
        if "unless" in lower[t.end:]:
            return "130"  # "will withdraw its force unless ...": a conditional threat
        if INTENT_CODES[p.type].startswith("03") and "if" in lower[t.end:]:
            return None  # "will release the journalist if Warsaw lifts its sanctions": the act under its condition
        return INTENT_CODES[p.type]

    def _status(self, t: _Trig, lower: list[str], cs: int) -> str:
        forced = getattr(t, "forced", None)
        if forced == "denied":
            return forced
        if forced == "forecast":
            st = self._status_cues(t, lower, cs)
            return forced if st in ("occurred", "planned") else st
        return self._status_cues(t, lower, cs)

    def _status_cues(self, t: _Trig, lower: list[str], cs: int) -> str:
        lex = self.lex
        lo = max(cs, t.start - lex.window)
        before = lower[lo:t.start]
        # (a noun's negation sits on its light verb: "never joined the Western sanctions")
        near = lower[max(cs, t.start - (5 if t.phrase.pattern.pos == "noun" else 3)):t.start]
        after = lower[t.end:min(len(lower), t.end + 4)] if t.phrase.pattern.pos == "noun" else []
        rest = lower[t.end:]
        found: set[str] = set()
        present = set(before) | set(after)
        rest_set = set(rest)
        for w in lex.after_denied:
            if w[0] in rest_set and _contains(rest, w) is not None:
                found.add("denied")
        for s in ("denied", "hypothetical", "forecast", "planned"):
            for cue in lex.cues.get(s, ()):
                if cue[0] not in present:  # cheap prefilter: the cue's first word must be there
                    continue
                zone = near if s == "denied" else before
                if _contains(zone, cue) is not None:
                    if s == "denied" and ("only" in lower[t.start - 2:t.start + 2]):
                        continue
                    found.add(s)
                    break
                if s == "planned" and after and cue[0] in ("will", "scheduled", "planned", "to", "is", "are") \
                        and _contains(after, cue) is not None:
                    found.add(s)
                    break
        # sentence-initial conditional "If ..., "
        if lower and lower[0] == "if" and "," in lower[:t.start]:
            found.add("hypothetical")
        # an inverted condition: "Had Minsk accepted the offer, ...", "Were Minsk to release ..."
        if lower[:1] in (["had"], ["were"], ["should"]) and len(lower) > 2 and lower[1] not in ("been", "not") \
                and ("," not in lower[:t.start] or t.start > lower.index(",")):
            found.add("hypothetical")
        for s in ("denied", "hypothetical", "forecast", "planned"):
            if s in found:
                return s
        return "occurred"

    def _date(self, t: _Trig, toks, lower, dates, state: DocState, status: str):
        if dates:
            tstart = toks[t.start][1]
            # segment = comma-delimited piece around the trigger
            seg_s, seg_e = t.start, t.start
            while seg_s > 0 and lower[seg_s - 1] not in (",", ";", "(", ")"):
                seg_s -= 1
            while seg_e < len(lower) and lower[seg_e] not in (",", ";", "(", ")"):
                seg_e += 1
            cs, ce = toks[seg_s][1], toks[seg_e - 1][2] if seg_e > 0 else 0
            def _prev_word(d) -> str:
                k = max((i for i, tk in enumerate(toks) if tk[2] <= d.start), default=None)
                return lower[k] if k is not None else ""

            # "since 14 September", "until 2020": a reference point, not the event's date
            dates = [d for d in dates if _prev_word(d) not in ("since", "until", "till")]
            inside = [d for d in dates if d.start >= cs and d.end <= ce]
            first_seg_end = next((toks[i][1] for i, w in enumerate(lower) if w == ","), None)
            lead = [d for d in dates if first_seg_end is not None and d.end <= first_seg_end]
            rank = {"day": 0, "month": 1, "year": 2}
            if inside and lead and lead[0].granularity == "day" \
                    and all(d.granularity == "year" for d in inside):
                # "On October 27, ... signed a plan for 2016–2017": the lead date is the event's
                return lead[0].value, lead[0].granularity
            if inside:
                d = min(inside, key=lambda d: (rank.get(d.granularity, 3), abs(d.start - tstart), d.start))
                return d.value, d.granularity
            if lead:
                return lead[0].value, lead[0].granularity
            earlier = [d for d in dates if d.end <= tstart and d.granularity == "day"
                       and not any(tk[0] in (";", ":") for tk in toks if d.end <= tk[1] < tstart)]
            if earlier and status == "occurred" and not state.date:
                # "The IMF board on Friday approved a $15.6 billion loan ...": the last day named
                # before the act in the same sentence, where its own clause names none
                return earlier[-1].value, earlier[-1].granularity
            if len(dates) == 1 and dates[0].start > tstart \
                    and not re.search(r"[,;]", re.sub(r"\([^()]*\)", "", toks_text(toks, t.end, dates[0].start))):
                # "the signing of X (...) by the ministers on 19 February": the sentence's one date,
                # after a parenthesis that cut the segment, is nearer than the narrative date
                return dates[0].value, dates[0].granularity
        if state.date:
            return state.date, state.date_gran
        if status in ("occurred", "denied", "planned"):
            return _month(state.pub_date)
        return None, None


def _finite_aux(lower: list[str], a: int, b: int) -> bool:
    """A finite "has/have/had" in lower[a:b] (not "to have", "would have"): a new main verb."""
    return any(lower[k] in ("has", "have", "had") and lower[k - 1] not in MODAL_OR_TO for k in range(max(a, 1), b))


def toks_text(toks, i: int, end_char: int) -> str:
    """The text from token `i` up to character offset `end_char`."""
    return "" if i >= len(toks) else " ".join(tk[0] for tk in toks[i:] if tk[2] <= end_char)


def _title_word(w: str) -> bool:
    """A title word between "with" and a named official ("with Deputy Secretary-General X")."""
    return w in ("deputy", "vice", "acting", "first", "former", "chief", "senior")


def _possessed(lower: list[str], i: int) -> bool:
    """A noun trigger with its own possessor ("Russia's counter-sanctions") is its own event."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if lower[k] in ("'s", "’s", "’", "'"):
            return True
        if lower[k] in CLAUSE_BREAK or lower[k] in SUBORD:
            return False
    return False


def _reporting_tail(lower: list[str]) -> int | None:
    """Index of the comma opening a trailing reporting clause (", a minister said Monday.")."""
    commas = [i for i, w in enumerate(lower) if w == ","]
    if not commas:
        return None
    last = commas[-1]
    tail = lower[last + 1:]
    # the reporting verb sits near the end ("..., the ministry said on Tuesday.")
    if len(tail) <= 16 and last > len(lower) // 3:
        for k in range(max(0, len(tail) - 6), len(tail)):
            if tail[k] in REPORT and (k + 1 >= len(tail) or tail[k + 1] not in OBJECT_START):
                return last
    return None
