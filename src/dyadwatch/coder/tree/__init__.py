"""The event coder over dependency parses: one engine for every language.

A language is its parser (``dyadwatch.nlp.lang.<code>.syntax.parse(texts) -> [spacy Doc]``)
plus its data files under ``coder/lang/<code>/``: trigger patterns (``patterns.yaml``), the
map from its dependency labels and prepositions to the coder's roles (``syntax.yaml``) and
status cues (``status.yaml``). Nothing language-specific is written here.

Per sentence: actors (dictionary names, titles, pronouns and the document's memory, as
``base.Coder.mentions``) and trigger candidates are found on the word tokens; only a
sentence with both is parsed. For each trigger the tree gives

* the source: the subject (climbing through ``xcomp``/``conj`` to the verb that has one), the
  agent of a passive, the possessor / adjective / ``by``/``from`` phrase of a nominal event, or
  the subject of the verb whose object the nominal event is ("held talks");
* the target: the object, a ``with/to/against/on`` phrase, the subject of a passive, the
  prepositional phrase of a nominal event, or that of its governing verb; the place's state
  for an agentless passive detention (convention 8);
* the status: negation, modals and the verbs governing the trigger, conditional clauses,
  denial and forecast frames; the content of an allegation or a request is not coded;
* the date: the date expressions inside the trigger's own clause (other finite and content
  clauses nested in it left out, coordinated verbs too: a coordinated verb of the same tense with
  none of its own shares its head's), read in the event's tense, else the document's (convention 9:
  an undated act that occurred takes the report's day).
  Status and date agree: an act that happened is never dated after its report, and one in the
  present tense that its own clause dates after the report is planned.

The modules of the package, in the order of `TreeCoder`'s bases (mixins over `base.Coder`; this module holds
`__init__` and the public methods, `syntax` the data and helpers the others import):

* ``sentence``: one sentence coded
* ``triggers``: trigger candidates read against the parse
* ``mentions``: the sentence's actors placed in the tree
* ``phrases``: paths in the dependency tree that every stage walks
* ``roles``: source and target of a trigger from the tree
* ``reactions``: stances and responses taken on another act
* ``status``: the status of an act
* ``dates``: the date of an act
* ``speech``: acts inside what is said
* ``events``: events from a trigger, its roles, status and date
* ``joint``: joint and reciprocal acts, and the document's talks
* ``places``: parties found by place
* ``conventions``: the coding conventions applied to a sentence's events afterwards
* ``shared``: methods several stages call, that neither library stage reaches
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.coder.base import Coder, DocState, Mention, _Trig
from dyadwatch.coder.lexicon import _module
from dyadwatch.coder.tree.conventions import ConventionsMixin
from dyadwatch.coder.tree.dates import DatesMixin
from dyadwatch.coder.tree.events import EventsMixin
from dyadwatch.coder.tree.joint import JointMixin
from dyadwatch.coder.tree.mentions import MentionsMixin
from dyadwatch.coder.tree.phrases import PhrasesMixin
from dyadwatch.coder.tree.places import PlacesMixin
from dyadwatch.coder.tree.reactions import ReactionsMixin
from dyadwatch.coder.tree.roles import RolesMixin
from dyadwatch.coder.tree.sentence import SentenceMixin
from dyadwatch.coder.tree.shared import SharedMixin
from dyadwatch.coder.tree.speech import SpeechMixin
from dyadwatch.coder.tree.status import StatusMixin
from dyadwatch.coder.tree.syntax import (
    LABEL_KEYS,
    POS_KEYS,
    PREP_KEYS,
    TAG_KEYS,
    TOP_KEYS,
    Syntax,
    _participation,
    _Sent,
    load_syntax,
    parser_for,
    undated_date,
)
from dyadwatch.coder.tree.triggers import TriggersMixin
from dyadwatch.model import Event
from dyadwatch.nlp.actors import tokenize

__all__ = [
    "LABEL_KEYS",
    "POS_KEYS",
    "PREP_KEYS",
    "Syntax",
    "TAG_KEYS",
    "TOP_KEYS",
    "TreeCoder",
    "load_syntax",
    "parser_for",
    "undated_date",
]


class TreeCoder(
    SentenceMixin,
    TriggersMixin,
    MentionsMixin,
    PhrasesMixin,
    RolesMixin,
    ReactionsMixin,
    StatusMixin,
    DatesMixin,
    SpeechMixin,
    EventsMixin,
    JointMixin,
    PlacesMixin,
    ConventionsMixin,
    SharedMixin,
    Coder,
):
    """Codes one language from dependency trees (see the module docstring)."""

    _earlier: list[Event] = []  # the events of the clauses of the sentence before the one coded (`code_sentence`)

    def __init__(self, lang: str, dictionary_dirs: tuple[Path, ...] = (), allow_unknown: bool = False,
                 parse_lang: str | None = None):
        super().__init__(lang, dictionary_dirs, allow_unknown)
        self.syn = load_syntax(lang, dictionary_dirs)
        self._adopting = _participation(self.syn.adopted_acts.get("verbs", ()), lang)  # (`adopted_acts`)
        self.parse = parser_for(parse_lang or lang)
        self.spelling: Callable[[str], str] | None = None  # set by coder/run.py for Belarusian text
        self.date_lang = lang
        self._docs: dict[str, Any] = {}
        self._cased: dict[str, str] = {}  # headlines in title case, in sentence case (`sentence_cased`)
        self._found: dict[str, list[_Trig]] = {}  # trigger candidates of the prepared sentences
        self._able: dict[str, bool] = {}  # `candidate` of the sentences of the document prepared last
        self._tokens_of: dict[str, tuple[list, list[str], list[str]]] = {}  # (`tokens`)
        self._last: tuple[_Sent | None, list] = (None, [])  # the last sentence coded: its parse and dates
        self._dateline = 0  # where the sentence coded last starts after its dateline
        self._words_now: tuple[list[str], list[str], list[Mention]] = ([], [], [])  # the sentence coded last
        self._pair_now: tuple[str, ...] | None = None  # the document's pair as the sentence began
        self._by_head: dict[int, _Trig] = {}  # the sentence's triggers by their head token
        self._aimed: dict[int, set[str]] = {}  # the targets of the acts coded so far, by trigger head
        self._made: dict[int, set[str]] = {}  # ... and their sources
        self._said_threats: set[int] = set()  # heads of threats said of another's act (`_responded`)
        self.parsed = 0  # sentences parsed so far (the bench reports the share)
        self.seen = 0
        # a language module that finds references to the document's pair by their lemmas ("обе стороны",
        # "лидеры двух стран": coder/lang/ru/pairs.py) adds those mentions (its `group_mentions`)
        self._lang_groups = getattr(_module(lang), "group_mentions", None)
        # a language module that tells a feminine name (coder/lang/ru: «Белоруссия», «Литва») resolves a state's
        # feminine pronoun (`preps.state_pronoun`)
        self._feminine: Callable[[str], bool] | None = getattr(_module(lang), "feminine", None)

    def tokens(self, text: str) -> tuple[list, list[str], list[str]]:
        """Tokens with their offsets, the words, and the lower-cased words the lexicon reads."""
        # (asked three or four times a sentence: candidate, coding, the learned coder's actors; the lists
        # are handed out as copies, a caller may change its own)
        got = self._tokens_of.get(text)
        if got is None:
            toks = tokenize(text)
            words = [t[0] for t in toks]
            lower = [w.lower() for w in words]
            if self.lex.normalise is not None and words:
                lower = [w.lower() for w in self.lex.normalise(words)]
            if len(self._tokens_of) >= 256:
                self._tokens_of.clear()
            got = self._tokens_of[text] = (toks, words, lower)
        return list(got[0]), list(got[1]), list(got[2])

    def candidate(self, text: str) -> bool:
        """A sentence that can hold an event: a trigger candidate and an actor name or reference."""
        toks, words, lower = self.tokens(text)
        trigs = self.triggers(lower) if toks else []
        if len(self._found) < 10_000:  # _code needs them again (a document's sentences at most)
            self._found[text] = trigs
        if not trigs and not self._blame_hint(lower):
            return False
        return self.allow_unknown or bool(self.actors_named(words, lower))

    def actors_named(self, words: list[str], lower: list[str]) -> bool:
        from dyadwatch.nlp.actors import match_names

        if match_names(self.actors, words, lower):
            return True
        return any(w in self.syn.preps["reference"] for w in lower)

    _pos: list[str] | None = None

    _sent_now: _Sent | None = None

    def prepare(self, texts: Sequence[str]) -> list[str]:
        """Parse, in one batch, the sentences of `texts` that can hold an event; return those
        (as given: the learned coder encodes the same ones)."""
        bodies = [self.sentence_cased(t[self.dateline_end(t):]) for t in texts]
        able = [b in self._docs or self.candidate(b) for b in bodies]
        # (`can_hold_event` asks again of the sentences not parsed: the answer depends on the words alone)
        self._able = dict(zip(bodies, able, strict=True))
        todo = list(dict.fromkeys(b for b, ok in zip(bodies, able, strict=True) if ok and b not in self._docs))
        if len(self._docs) > 4096:
            self._docs.clear()  # (parses prepared and never coded: a bound on a long run's memory; `_doc` reparses)
        for t, d in zip(todo, self._parse(todo), strict=True):
            self._docs[t] = d
        self.parsed += len(todo)
        return [t for t, ok in zip(texts, able, strict=True) if ok]

    def can_hold_event(self, text: str) -> bool:
        """Whether `prepare` would parse `text` (after any dateline)."""
        body = self.sentence_cased(text[self.dateline_end(text):])
        known = self._able.get(body)
        return known if known is not None else self.candidate(body)

    _TITLE_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b|\b[a-z]{4,}\b")

    def sentence_cased(self, text: str) -> str:
        """`text` in sentence case where it is a headline in title case ("Russia Slams Poland Over Border Closure"):
        the parser reads capitalised words as names, and a capitalised trigger word inside a sentence is taken for
        one ("in late March"). A headline is a text whose longer words after the first are mostly capitalised
        (`title_case`) and one of whose trigger words is; each capitalised word is lower-cased but the first, the
        dictionary's names written with capitals, acronyms and `title_case.keep` (days, months). Letters change
        case only: offsets stay."""
        share = self.syn.title_case
        if not share:
            return text
        longer = self._TITLE_WORD.findall(text)[1:]
        capitalised = sum(1 for w in longer if w[0].isupper())
        if capitalised < 2 or capitalised < share * len(longer):
            return text
        got = self._cased.get(text)
        if got is not None:
            return got
        from dyadwatch.nlp.actors import match_names

        toks, words, lower = self.tokens(text)
        kept = {i for nm in match_names(self.actors, words, lower) if nm.entry.case_sensitive
                for i in range(nm.start, nm.end)}
        low = [i for i, w in enumerate(words) if i and i not in kept and w[:1].isupper() and w[1:].islower()
               and lower[i] not in self.syn.title_kept]
        out = text
        if any(i in low for t in self.triggers(lower) for i in range(t.start, t.end)):
            chars = list(text)
            for i in low:
                chars[toks[i][1]] = chars[toks[i][1]].lower()
            out = "".join(chars)
        if len(self._cased) < 10_000:
            self._cased[text] = out
        return out

    def dateline_end(self, text: str) -> int:
        """Where a leading news dateline ("MOSCOW, Feb 24 (Reuters) - ") ends, else 0."""
        for rx in self.syn.datelines:
            m = rx.match(text)
            if m and m.end() < len(text):
                return m.end()
        return 0

    def code_sentence(self, text: str, state: DocState) -> list[Event]:
        from dyadwatch.nlp.sentences import cyrillic_share, split_cyrillic

        if cyrillic_share(text) > 0.5:
            spans = split_cyrillic(text)
            clauses = len(spans) == 1 and bool(self.syn.clause_split)
            if clauses:
                spans = self._independent_clauses(text)
            if len(spans) > 1:
                # a short text of several sentences (code_text): each is parsed on its own
                events: list[Event] = []
                told: set[tuple[str | None, str | None, str]] = set()
                run: list[Event] = []  # the acts of the clauses before, up to a «;» (`clause_split`)
                end = 0
                for a, b in spans:
                    # (which a clause's answer may answer: «Эстония выслала дипломата; Москва ответила зеркальными
                    # мерами», `_mirrored`, `_reprisal_target`; not across a sentence's end)
                    if not any(ch in self.syn.clause_split for ch in text[max(0, end - 1):a]):
                        run = []
                    self._earlier = list(run)
                    end = b
                    try:
                        coded = self.code_sentence(text[a:b], state)
                    finally:
                        self._earlier = []
                    run += coded
                    for e in coded:
                        if clauses and (e.source, e.target, e.type) in told:
                            continue  # (one sentence's act told again in its next clause: «...; по итогам переговоров»)
                        told.add((e.source, e.target, e.type))
                        e.start += a
                        e.end += a
                        events.append(e)
                self.reading = None  # read in parts: no reading of the whole
                return events
        self.seen += 1
        self.reading = None
        k = self._dateline = self.dateline_end(text)
        # the sentence after the dateline, if any (a headline in title case read in sentence case: the same offsets)
        events = self._union_member_acts(self._code(self.sentence_cased(text[k:]), state))
        for e in events:
            e.start += k
            e.end += k
            cameo.restate_intent(e)  # a material act promised carries CAMEO's intent code (03x)
        return events
