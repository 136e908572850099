"""What every coder reads in a sentence: actor mentions (with the document's memory of who
"he", "the two presidents" or "both sides" are), the lexicon's trigger candidates, dates.

The tree coder (coder/tree/) builds on `Coder`;
coder/run.py chooses between them and codes documents and texts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.coder.lexicon import Lexicon, Phrase, _files, load_lexicon
from dyadwatch.datafiles import read_mapping
from dyadwatch.errors import InputError
from dyadwatch.model import Event
from dyadwatch.nlp.actors import ActorDictionary, NameMatch, load_actors, match_names
from dyadwatch.nlp.reading import SentenceReading

JOINT_TYPES = frozenset(("COOPERATE", "AGREE", "CONSULT"))
# a measure named as the object of an easing verb ("lift the ban on", "ended the blockade of") is what is
# eased, not a measure of its own: its noun trigger is dropped beside the easing act
EASING_TYPES = frozenset(("CONCEDE", "RETREAT"))
EASED_TYPES = frozenset(("SANCTION",))
# the sectors of people that a city's name after them (its genitive) places in its country («жители Минска»)
CIVIL_SECTORS = frozenset(("CVL", "OPP", "LAB"))


@dataclass(frozen=True)
class MentionWords:
    """A language's words for reading mentions and triggers (coder/lang/<code>/mentions.yaml)."""

    clause_breaks: frozenset[str] = frozenset()
    no_gap: frozenset[str] = frozenset()  # with clause_breaks
    particles: frozenset[str] = frozenset()
    movable_particles: frozenset[str] = frozenset()
    object_start: frozenset[str] = frozenset()
    one_pronouns: frozenset[str] = frozenset()
    pair_pronouns: frozenset[str] = frozenset()
    we_pronouns: frozenset[str] = frozenset()
    group_words: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()
    location_preps: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # "in the capital Kabul", "near the town of Samarra": a place
    generic_bodies: frozenset[str] = frozenset()  # one-word bodies named alike in many states ("Peru's Congress")
    people_endings: tuple[str, ...] = ()
    region_words: frozenset[str] = frozenset()
    membership: frozenset[str] = frozenset()
    compound_not_actor: frozenset[str] = frozenset()
    money: frozenset[str] = frozenset()
    not_name: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    commodities: frozenset[str] = frozenset()
    noun_lead: frozenset[str] = frozenset()
    possessed_adjectives: frozenset[str] = frozenset()
    adjective_endings: tuple[str, ...] = ()
    ready_words: frozenset[str] = frozenset()
    genitive: frozenset[str] = frozenset()
    name_joins: frozenset[tuple[str, ...]] = frozenset()
    plural_endings: tuple[str, ...] = ()
    title_name_endings: tuple[str, ...] = ()  # a named actor joins a bare title after it only ending so
    ethnic: frozenset[str] = frozenset()
    ethnic_groups: frozenset[str] = frozenset()  # a demonym before one of these is a people, not its state
    # ... in a language that capitalises demonyms, a country's word (any case) before one of these ("the Albanian
    # population of the province", "the Russian minority in Estonia")
    ethnic_groups_cased: frozenset[str] = frozenset()
    attribute_prefixes: frozenset[str] = frozenset()
    opposed_prefixes: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()
    possessive_markers: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    list_joins: frozenset[tuple[str, ...]] = frozenset()
    pair_joins: frozenset[tuple[str, ...]] = frozenset()
    # a language whose pair references need its lemmas (coder/lang/ru/pairs.py): «лидеры стран»,
    # «президенты двух стран», «стороны» are the document's pair
    pair_heads: frozenset[str] = frozenset()  # plural heads before `pair_states` ("главы государств")
    pair_states: frozenset[str] = frozenset()
    pair_numbers: frozenset[str] = frozenset()  # lemmas: «два», «оба»
    pair_titles: frozenset[str] = frozenset()  # lemmas of a title or party that, counted by a number, is the pair
    pair_nouns: frozenset[str] = frozenset()  # lemmas of the states a number counts («двух стран»)
    pair_words: frozenset[str] = frozenset()  # plural words alone that are the pair («стороны договорились»)
    these_states: frozenset[str] = frozenset()  # plural demonstratives before `pair_nouns`: the states just listed
    country_pronouns: frozenset[str] = frozenset()
    # nouns that, after a definite article, stand for a country named before: "the country" is the first state the
    # sentence named, else the document's ("Minsk recalled its envoy after the EU adopted sanctions against the country")
    state_nouns: frozenset[str] = frozenset()
    # the words before a singular demonym that make it a person ("another Russian was detained", "a Lithuanian"),
    # not its state (`Mention.people`; a number or an ordinal does too: "a 34th Russian"); a language that lists
    # none marks no demonym so
    people_leads: frozenset[str] = frozenset()
    it_pronouns: frozenset[str] = frozenset()
    # a definite description of an international organisation ("the bloc", "the Moscow-led alliance"): "noun=CODE
    # CODE ..." (the organisations each noun may stand for: "the alliance" is NATO, not the EU), and the lowercase
    # words that may stand between "the" and the noun ("the military bloc")
    igo_nouns: frozenset[str] = frozenset()
    # those that stand for an organisation only where this sentence or the one before named it ("the union": else
    # a trade union as likely)
    igo_near_nouns: frozenset[str] = frozenset()
    igo_modifiers: frozenset[str] = frozenset()
    # the first word after a description's possessive that makes it the organisation acting through its people or
    # measures ("the bloc's leaders", "the alliance's top diplomat", "the bloc's new sanctions"; not "the bloc's skies")
    igo_owned_actors: frozenset[str] = frozenset()
    # a possessive pronoun before a bare title that refers to the sentence's topic, its first party named ("its")
    topic_possessives: frozenset[str] = frozenset()
    # "CODE=IGO IGO ...": the organisations a country leads, what "the Moscow-led bloc" is where the document named
    # none the noun may stand for (the first the noun fits; `igo_modifier_fits` narrow it: "economic" bloc)
    igo_leaders: frozenset[str] = frozenset()
    igo_lead_words: frozenset[str] = frozenset()  # the word after the hyphen: "led"
    igo_modifier_fits: frozenset[str] = frozenset()  # "modifier=IGO IGO ...": those a modifier may describe
    # in a language without articles, nouns of `igo_nouns` that stand bare for the organisation this sentence or the
    # one before named («проигнорировал саммит организации в Минске» after ОДКБ); not one heading a genitive, an act
    # («в организации протестов»)
    igo_bare_nouns: frozenset[str] = frozenset()
    igo_bare_followers: frozenset[str] = frozenset()  # the lowercase words a bare one may stand before (prepositions)
    complementizers: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    pair_subjects: frozenset[str] = frozenset()
    # a bare group word ("both") after one of these, no group noun after it, is the subject pair the sentence named
    # last with a `pair_joins` word between ("cut deliveries to Poland and Bulgaria after both refused to pay")
    pair_pronoun_leads: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    origin_preps: frozenset[str] = frozenset()
    # role words that name their country only by the place after `origin_preps`: "an official in Minsk"
    placed_roles: frozenset[str] = frozenset()
    placed_role_leads: frozenset[str] = frozenset()  # the words such a role may follow (not "relief officials")
    # phrases after a bare role that put it abroad («оппозиция в изгнании»): the countries named by name are where it
    # lives or whom it addresses; its own is the people or state named by a common word, else the document's
    exile_phrases: frozenset[tuple[str, ...]] = frozenset()
    # "name=CODE": a name of two countries read as CODE where the sentence names CODE otherwise ("congo=COD":
    # "crossed into Congo and took Goma")
    shared_names: frozenset[str] = frozenset()
    # "name=word word ...": a name with another meaning that these words in its sentence give it, no actor then
    # ("rsf=journalists ...": Sudan's Rapid Support Forces, or Reporters Without Borders)
    other_meanings: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    adjective_joins: frozenset[str] = frozenset()
    plural_suffixes: tuple[str, ...] = ()
    citation: re.Pattern[str] = re.compile(r"\([^()]{0,60}\)")  # a parenthesis: a source reference
    citation_lead: tuple[str, ...] = ()
    year_end_before: re.Pattern[str] | None = None
    year_end_after: re.Pattern[str] | None = None


MENTION_REGEXES = ("year_end_before", "year_end_after")
MENTION_TUPLES = ("people_endings", "adjective_endings", "citation_lead", "plural_endings", "plural_suffixes",
                  "title_name_endings")
MENTION_PHRASES = ("name_joins", "list_joins", "pair_joins", "exile_phrases")  # word sequences ("" for none: adjacent)


@lru_cache(maxsize=16)
def load_mention_words(lang: str, dictionary_dirs: tuple[Path, ...] = ()) -> MentionWords:
    """The language's mentions.yaml, then each dictionary folder's `lang/<code>/mentions.yaml`
    added to it; a language without one reads no words (its own coder finds its groups)."""
    names = {f.name for f in dataclasses.fields(MentionWords)} - {"citation"}
    lists: dict[str, list[str]] = {}
    regexes: dict[str, re.Pattern[str]] = {}
    for path in _files(lang, "mentions.yaml", dictionary_dirs):
        raw = read_mapping(path, "mention words file")
        unknown = sorted(set(raw) - names)
        if unknown:
            raise InputError(str(path), f"unknown key(s) {', '.join(unknown)}")
        for k, v in raw.items():
            if k in MENTION_REGEXES:
                try:
                    regexes[k] = re.compile(str(v), re.I)
                except re.error as e:
                    raise InputError(str(path), f"{k}: not a regular expression ({e})") from None
            else:
                lists.setdefault(k, []).extend(str(w) for w in v or [])
    kw: dict[str, Any] = {}
    for k, v in lists.items():
        kw[k] = tuple(dict.fromkeys(v)) if k in MENTION_TUPLES else \
            frozenset(tuple(p.lower().split()) for p in v) if k in MENTION_PHRASES else frozenset(v)
    kw["no_gap"] = frozenset(lists.get("no_gap", ())) | frozenset(lists.get("clause_breaks", ()))
    kw.update(regexes)
    lead = "|".join(re.escape(w) for w in kw.get("citation_lead", ()))
    kw["citation"] = re.compile(r"\((?:(?:" + lead + r")\s+)?[^()]{0,60}\)" if lead else r"\([^()]{0,60}\)")
    return MentionWords(**kw)


def _last_joined_pair(final: list[Mention], lower: list[str], i: int, v: MentionWords) -> tuple[str, ...] | None:
    """The codes of the last two single-state mentions before `i` joined by a `pair_joins` word ("Poland and
    Bulgaria"), two different states; None where there is none."""
    before = [x for x in final if x.end <= i and len(x.codes) == 1 and not x.anti]
    for a, b in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        if tuple(lower[a.end:b.start]) in v.pair_joins and a.codes != b.codes:
            return (a.codes[0], b.codes[0])
    return None


@dataclass
class Mention:
    start: int
    end: int
    codes: tuple[str, ...]  # one code, or several for a group ("the two presidents")
    sector: str | None
    text: str
    kind: str
    location: bool = False
    anti: bool = False
    ethnic: bool = False
    # a people's demonym naming a person or people ("another Russian", "two Lithuanians", "Russians"), not its
    # state: no referent of "the country", no memory of the document's country (`_people`)
    people: bool = False
    border: bool = False  # a border crossing between the countries of `codes` (actors.yaml `border`)
    talks: bool = False  # the implied parties of the document's last talks (dated by them)


@dataclass
class DocState:
    pub_date: str | None = None
    date: str | None = None  # narrative date carried from an explicit mention
    date_gran: str | None = None
    last_person: str | None = None
    last_pair: tuple[str, str] | None = None
    last_country: str | None = None
    # the party opening the last sentence as its subject ("Lithuania closed ..."): what "It" opening the next means
    opening: tuple[str, str | None] | None = None
    talks_pair: tuple[str, str] | None = None  # the two parties of the last coded meeting/talks
    talks_date: tuple[str | None, str | None] = (None, None)
    # (source, target, type, status, date) of the events coded so far in this text; a
    # reference back to the talks ("The talks lasted six hours") adds nothing already there
    coded: set[tuple] = field(default_factory=set)
    # (source, target, type) of the events coded so far in this document (all its texts): an act told again in
    # a relative clause that describes a party or in a clause of time refers back to it (convention 4)
    told: set[tuple] = field(default_factory=set)
    # the parties that acted in the text's last sentence (its coded events' sources, else its opening party):
    # whom a reaction opening the next one answers («Израиль нанёс удар ...; Ливан осудил удар», `reactions_back`)
    acted: tuple[str, ...] = ()
    igos: tuple[str, ...] = ()  # the international organisations named so far, the last last: what "the bloc" means
    igos_last: tuple[str, ...] = ()  # those the last sentence named

    def remember_talks(self, events: list[Event]) -> None:
        """The sentence's first talks held between two parties are what "the talks" mean next."""
        talks = [e for e in events if e.type == "CONSULT" and e.source and e.target and e.source != e.target
                 and e.status == "occurred"]
        if talks:
            self.talks_pair = (talks[0].source, talks[0].target)
            self.talks_date = (talks[0].date, talks[0].date_granularity)


@dataclass
class _Trig:
    start: int
    end: int
    phrase: Phrase
    used: set[int] = field(default_factory=set)


@lru_cache(maxsize=16)
def _shared_names(entries: frozenset[str]) -> dict[str, str]:
    """`shared_names` ("congo=COD") read once: the name -> the code the sentence may make it."""
    return dict(x.split("=", 1) for x in entries)


@lru_cache(maxsize=16)
def _other_meanings(entries: frozenset[str]) -> dict[str, frozenset[str]]:
    """`other_meanings` ("rsf=journalists press") read once: the name -> the words that give it its other meaning."""
    return {k.lower(): frozenset(v.lower().split()) for k, v in (x.split("=", 1) for x in entries)}


def _month(d: str | None) -> tuple[str | None, str | None]:
    if not d:
        return None, None
    if len(d) >= 7:
        return d[:7], "month"
    return d[:4], "year"


def _find_dates(text: str, pub: str | None, lang: str) -> list:
    try:
        from dyadwatch.nlp.dates import find_dates
    except ImportError:
        return []
    try:
        return find_dates(text, pub, lang)
    except Exception:  # a date parser failure must not lose the events
        return []


def first_of_each(events: list[Event]) -> list[Event]:
    """A sentence's events with each (source, target, type) once: the first trigger wins."""
    seen: set[tuple[str | None, str | None, str]] = set()
    out: list[Event] = []
    for e in events:
        key = (e.source, e.target, e.type)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


class Coder:
    """Actor mentions, trigger candidates and the document's memory: what each coder reads
    before it decides on events (`code_sentence`, the tree's or the rules')."""

    # what the last `code_sentence` read (tokens, actor names, dates) for the figures stage;
    # None where it read nothing whole (nlp/reading.py)
    reading: SentenceReading | None = None
    _names: list[NameMatch] = []  # the actor names `mentions` matched last

    def __init__(self, lang: str, dictionary_dirs: tuple[Path, ...] = (), allow_unknown: bool = False):
        self.lang = lang
        self.actors: ActorDictionary = load_actors(lang, dictionary_dirs)
        self.lex: Lexicon = load_lexicon(lang, dictionary_dirs)
        self.vocab: MentionWords = load_mention_words(lang, tuple(dictionary_dirs))
        self.allow_unknown = allow_unknown
        # the lexicon's phrase matches of the sentences read last (`_phrase_matches`)
        self._matches_of: dict[tuple[str, ...], list[tuple[int, Phrase, list[int], bool]]] = {}
        self._country_words: dict[str, frozenset[str]] = {}  # a country's one-word names (`_people`)

    # ------------------------------------------------------------------ mentions
    def name_mentions(self, raw: list, toks, text: str) -> list[Mention]:
        """One mention per dictionary match: countries, IGOs, metonyms, people, roles, sectors."""
        ms: list[Mention] = []
        for nm in raw:
            e = nm.entry
            span = text[toks[nm.start][1]:toks[nm.end - 1][2]]
            if e.kind in ("country", "igo", "metonym"):
                ms.append(Mention(nm.start, nm.end, (e.ref,), "GOV" if e.kind != "igo" else "IGO",
                                  span, e.kind))
            elif e.kind in ("person", "organisation"):
                ent = self.actors.entities.get(e.ref)
                if ent is not None:
                    ms.append(Mention(nm.start, nm.end, (ent.code,), ent.sector, span, e.kind))
            elif e.kind == "group":
                ent = self.actors.entities.get(e.ref)
                if ent is not None and ent.members:  # "the Baltic states": each member country
                    ms.append(Mention(nm.start, nm.end, ent.members, "GOV", span, "group", border=ent.border))
            elif e.kind == "role":
                ms.append(Mention(nm.start, nm.end, (), "GOV", span, "role:" + e.ref))
            else:
                ms.append(Mention(nm.start, nm.end, (), e.ref, span, "sector"))
        if self.vocab.shared_names:
            shared = _shared_names(self.vocab.shared_names)
            for m in ms:
                other = shared.get(m.text.lower())
                if other is not None and m.kind in ("country", "metonym") and any(other in o.codes for o in ms if o is not m):
                    m.codes = (other,)
        if self.vocab.other_meanings:
            other_meanings = _other_meanings(self.vocab.other_meanings)
            words = {t[0].lower() for t in toks}
            ms = [m for m in ms if not other_meanings.get(m.text.lower(), frozenset()) & words]
        return ms

    def keep_reading(self, text: str, start: int, toks: list[tuple[str, int, int]], lower: list[str],
                     dates: list) -> None:
        """Leave what this sentence's reading found (`mentions` has matched its names) for the
        stages after the coder: `text` is the sentence from `start` on."""
        self.reading = SentenceReading(text, start, toks, lower, self._names, tuple(dates), self.actors)

    def _is_igo(self, code: str) -> bool:
        ent = self.actors.entities.get(code)
        return ent is not None and ent.kind == "igo"

    def mentions(self, words: list[str], lower: list[str], toks, text: str, state: DocState) -> list[Mention]:
        a = self.actors
        v = self.vocab
        self._words = words
        self._names = match_names(a, words, lower)
        ms = self.name_mentions(self._names, toks, text)
        if v.igo_nouns:
            ms = self._igo_descriptions(ms, words, lower, toks, text, state)
        # compose "Russian president", "President of Belarus", "Foreign Minister Makei", "Russia's army"
        out: list[Mention] = []
        for m in ms:
            if out:
                p = out[-1]
                gap = lower[p.end:m.start]
                if not p.codes and m.kind == "country" and 2 <= len(gap) <= 4 and gap[-1] in v.genitive \
                        and all(_name_word(words[k], lower, k, self.vocab) for k in range(p.end, m.start - 1)):
                    # "King Hassan of Morocco", "President Jawara of Gambia": the title's country
                    out[-1] = Mention(p.start, m.end, m.codes, p.sector or "GOV",
                                      text[toks[p.start][1]:toks[m.end - 1][2]], "title")
                    continue
                if p.kind == "country" and m.kind == "country" and p.codes and m.codes and p.codes != m.codes \
                        and p.end - p.start == 1 and lower[p.start].endswith(v.people_endings) and gap[:1] and gap[0] in v.genitive \
                        and all(w in v.region_words for w in gap[1:]) and lower[m.end:m.end + 1] != ["-"]:
                    # "the Albanians of southern Serbia": a people living in the second country
                    out[-1] = Mention(p.start, m.end, m.codes, "CVL", text[toks[p.start][1]:toks[m.end - 1][2]],
                                      "country")
                    continue
                if tuple(gap) in v.name_joins:
                    pc, mc = bool(p.codes), bool(m.codes)
                    if pc and mc and p.kind == "country" and m.kind == "organisation" and p.codes != m.codes \
                            and m.end - m.start == 1 and lower[m.start] in v.generic_bodies:
                        # "Peru's Congress", "the Brazilian Senate": that country's body of the name, not the one
                        # the dictionary names so ("Congress" alone: the US Congress)
                        out[-1] = Mention(p.start, m.end, p.codes, m.sector,
                                          text[toks[p.start][1]:toks[m.end - 1][2]], "country")
                        continue
                    if pc and mc and not gap and p.kind == "country" and m.kind == "country" \
                            and p.codes != m.codes and lower[m.end - 1].endswith(v.plural_endings):
                        # "Bosnian Serbs", "Iraqi Kurds": a group living in the first country
                        out[-1] = Mention(p.start, m.end, p.codes, p.sector,
                                          text[toks[p.start][1]:toks[m.end - 1][2]], "country")
                        continue
                    if pc and mc and not gap and p.codes == m.codes and m.kind == "person" \
                            and p.kind in ("title", "country"):
                        # "Russian Foreign Minister" + "Sergei Lavrov": one actor
                        out[-1] = Mention(p.start, m.end, m.codes, m.sector or p.sector,
                                          text[toks[p.start][1]:toks[m.end - 1][2]], "person")
                        continue
                    if pc and mc and not gap and p.codes != m.codes and m.kind == "person" \
                            and p.kind == "title" and (self._is_igo(p.codes[0]) or self._is_igo(m.codes[0])):
                        # "EU president Nicolas Sarkozy", "Dutch Prime Minister Mark Rutte": where a person
                        # has held national and organisation offices, the title says which one acts
                        out[-1] = Mention(p.start, m.end, p.codes, p.sector,
                                          text[toks[p.start][1]:toks[m.end - 1][2]], "person")
                        continue
                    if pc and not mc and not gap and v.title_name_endings \
                            and not lower[p.end - 1].endswith(v.title_name_endings):
                        # «освобождённые Беларусью граждане Литвы», «задержанные белорусскими пограничниками
                        # граждане»: a name or a title noun before a bare title is the agent of a participle on it,
                        # not one actor with it (that one is an adjective: «белорусские граждане»)
                        out.append(m)
                        continue
                    if pc != mc or (not pc and not mc):
                        merged = self._merge(p, m, text, toks, state, lower)
                        if merged is not None:
                            out[-1] = merged
                            continue
            out.append(m)
        final: list[Mention] = []
        attributes: list[Mention] = []  # names that are no actor ("pro-EU"): no bare title takes their country
        for m in out:
            prev = lower[m.start - 1] if m.start > 0 else ""
            prev2 = lower[m.start - 2] if m.start > 1 else ""
            if prev in v.ethnic:
                m.ethnic = True  # "ethnic Albanians" in Serbia are coded by where they live
            if m.end < len(lower) and lower[m.end] in v.ethnic_groups and words[m.end - 1][:1].islower():
                m.ethnic = True  # «активист польского меньшинства»: a people where it lives, not its state
            if v.people_leads and m.kind == "country" and m.end - m.start == 1:
                m.people = self._people(lower[m.start], m.codes[0], prev)
            if m.kind in ("country", "title") and (m.end < len(lower) and lower[m.end] in v.ethnic_groups_cased
                                                   or m.end - m.start >= 2 and lower[m.end - 1] in v.ethnic_groups_cased):
                m.ethnic = True  # "the Albanian population of the province" (one title with its noun): a people where it lives
            if prev == "-" and prev2 in v.attribute_prefixes:
                attributes.append(m)
                continue  # "pro-Russian", "post-Soviet": attributes, not actors
            if prev == "-" and prev2 in v.opposed_prefixes:
                m.anti = True
            if m.kind == "country" and words[m.start] == "US" and m.end < len(words) and words[m.end] in v.money:
                continue
            if m.end + 1 < len(lower) and lower[m.end] == "-" and lower[m.end + 1] in v.compound_not_actor \
                    and not (m.kind == "title" and m.end - m.start > 1 and not self._names_alone(words, lower, m.end - 1)):
                # "Vilnius-bound", "Geneva-based", "Russian-made": an attribute, no actor (but in "Belarusian
                # state-owned firms" the compound takes only the title's last word: the country stays named; in
                # "journalists of the Poland-based channel" it takes the name the title ends with)
                attributes.append(m)
                continue
            prev3 = lower[m.start - 3] if m.start > 2 else ""
            # "the increase in NATO's military presence": an organisation's or a force's own
            # thing, not a place (but "near Macedonia's border" is one)
            member_of = m.kind == "igo" and (prev in v.member_preps and prev2 in v.membership
                                             or prev in v.definite and prev2 in v.member_preps and prev3 in v.membership)
            possessive = member_of or m.kind in ("igo", "title") and any(
                lower[k] in v.possessive_markers for k in range(m.start, min(m.end + 1, len(lower))))
            if not possessive and (prev in v.location_preps or (prev in v.definite and prev2 in v.location_preps)
                                   or (prev in v.directions and (prev2 in v.location_preps
                                                                 or (prev2 in v.definite and prev3 in v.location_preps)))):
                m.location = True  # "in Minsk", "in the south of", "in southeastern Serbia"
            elif not possessive and v.place_nouns and m.kind in ("metonym", "country") and (
                    prev in v.place_nouns and (prev2 in v.location_preps or prev2 in v.definite and prev3 in v.location_preps)
                    or prev in v.genitive and prev2 in v.place_nouns and (
                        prev3 in v.location_preps or prev3 in v.definite and m.start > 3
                        and lower[m.start - 4] in v.location_preps)):
                m.location = True  # "in the capital Kabul", "near the town of Samarra"
            elif not possessive and v.place_nouns and m.kind in ("metonym", "country") and prev in v.place_nouns \
                    and prev2 in v.possessive_markers and final and final[-1].location and final[-1].end == m.start - 2:
                m.location = True  # "in Georgia's capital Tbilisi": the place named after its country's kind of place
            elif final and final[-1].location and tuple(lower[final[-1].end:m.start]) in v.list_joins:
                m.location = True  # "at the UN and the OSCE": the list of places goes on
            if m.border and m.location:
                continue  # "migrants massed at the Kuźnica crossing": a place between two countries, no actor
            if not m.codes:
                m = self._resolve_bare(m, final, [x for x in out if not any(x is a for a in attributes)], lower, state)
                if m is None:
                    continue
            final.append(m)
        # pronouns and "the two presidents"
        for i, w in enumerate(lower):
            if w in v.one_pronouns and not any(x.start <= i < x.end for x in final):
                # "he" after a named leader in the same sentence, else the document's last one
                # ("Belarus is restricting her participation": a country may be "she" in English)
                here = [x for x in final if x.end <= i and x.codes and (x.kind in ("person", "title")
                                                                       or x.kind.startswith("role")
                                                                       or (w in v.country_pronouns and x.kind == "country"))]
                ref = here[-1].codes[0] if here else state.last_person
                if ref:
                    final.append(Mention(i, i + 1, (ref,), "GOV", words[i], "pronoun"))
            elif w in v.state_nouns and i > 0 and lower[i - 1] in v.definite \
                    and not (i + 1 < len(lower) and (lower[i + 1] in v.genitive or lower[i + 1] in v.possessive_markers)) \
                    and not any(x.start <= i < x.end for x in final):
                # "the country": the first state the sentence named (its topic: "Niger's junta ordered the envoy
                # to leave the country"), else the document's (not an organisation: "after the bloc adopted
                # sanctions against the country"); not its possessive ("to support the country's efforts": a
                # purpose, no party)
                # (a state named as a state: not a demonym naming a person, "another Russian was detained in the
                # south of the country")
                here = [x for x in final if x.end <= i and len(x.codes) == 1 and not self._is_igo(x.codes[0])
                        and x.kind in ("country", "metonym", "title", "person") and not x.people]
                ref = here[0].codes[0] if here else state.last_country
                if ref:
                    final.append(Mention(i - 1, i + 1, (ref,), "GOV", " ".join(words[i - 1:i + 1]), "bare",
                                         location=i > 1 and lower[i - 2] in v.location_preps))
            elif w in v.group_words and i + 1 < len(lower) and lower[i + 1] in v.group_nouns \
                    and not any(x.start <= i < x.end for x in final):
                # "the two blocs" after A and B in the same sentence are A and B; else the pair
                # last named in the document ("the transport ministers of both countries")
                here = list(dict.fromkeys(c for x in final if x.start < i for c in x.codes))
                pair = tuple(here) if len(here) == 2 else None
                if pair is None and state.last_pair and (not here or (i > 0 and lower[i - 1] in v.genitive)):
                    pair = state.last_pair
                if pair is not None:
                    final.append(Mention(i, i + 2, pair, "GOV", " ".join(words[i:i + 2]), "group"))
            elif w in v.group_words and i > 0 and lower[i - 1] in v.pair_pronoun_leads and i + 1 < len(lower) \
                    and lower[i + 1] not in v.group_nouns and lower[i + 1] not in v.genitive \
                    and words[i + 1][:1].islower() and not any(x.start <= i < x.end for x in final):
                pair = _last_joined_pair(final, lower, i, v)
                if pair is not None:
                    final.append(Mention(i, i + 1, pair, "GOV", words[i], "group"))
            elif w in v.it_pronouns and i > 1 and (lower[i - 1] in v.speech or lower[i - 1] in v.reporting
                                                   or (lower[i - 1] in v.complementizers
                                                       and (lower[i - 2] in v.speech or lower[i - 2] in v.reporting))):
                # "Lithuania said it would send troops": the speaker (a country or a body)
                k = i - 1 if lower[i - 1] not in v.complementizers else i - 2
                spk = [x for x in final if x.end <= k and k - x.end <= 6 and len(set(x.codes)) == 1
                       and not x.location and x.kind in ("country", "igo", "metonym", "title", "organisation")]
                if lower[k - 1] in v.coordinators and final:
                    # "A accused B of ..., and said it would ...": the coordinated speaker is A
                    spk = [x for x in final if x.end <= k and len(set(x.codes)) == 1 and not x.location][:1] or spk
                if spk:
                    final.append(Mention(i, i + 1, spk[-1].codes, spk[-1].sector, words[i], "pronoun"))
            elif w in v.pair_nouns and i > 0 and lower[i - 1] in v.definite and state.last_pair \
                    and not any(x.start <= i < x.end for x in final):
                final.append(Mention(i - 1, i + 1, state.last_pair, "GOV", " ".join(words[i - 1:i + 1]), "group"))
            elif w in v.pair_pronouns and state.last_pair and i < 3 and not final:
                final.append(Mention(i, i + 1, state.last_pair, "GOV", words[i], "group"))
            elif w in v.we_pronouns and state.talks_pair and _in_quote(lower, i) \
                    and not any(x.start <= i < x.end for x in final):
                # quoted first person after talks ("Putin said: 'we agreed ...'"): the speaker and
                # the other party of the talks
                pair = state.talks_pair
                q = _quote_open(lower, i)
                spk = [x for x in final if x.end <= q and x.codes and len(set(x.codes)) == 1
                       and x.kind in ("person", "title", "pronoun")]
                if not spk and state.last_person and lower[:q] and any(
                        w2 in v.one_pronouns or w2 in v.speech or w2 in v.reporting for w2 in lower[:q]):
                    spk_code = state.last_person
                else:
                    spk_code = spk[-1].codes[0] if spk else None
                if spk_code in pair:
                    pair = (spk_code, pair[1] if pair[0] == spk_code else pair[0])
                final.append(Mention(i, i + 1, pair, "GOV", words[i], "group", talks=True))
            elif w in v.pair_subjects and state.last_pair \
                    and (w in v.we_pronouns or not any(x.start < i for x in final)) \
                    and (w not in v.we_pronouns or i == 0 or lower[i - 1] in v.clause_openers):
                final.append(Mention(i, i + 1, state.last_pair, "GOV", words[i], "group"))
        final.sort(key=lambda m: m.start)
        # "Libyan leader Muammar Gaddafi", "Russian Foreign Minister Andrei Kozyrev": an unknown
        # name right after a title belongs to the title's actor
        for k, m in enumerate(final):
            if m.kind != "title" or not m.codes:
                continue
            limit = final[k + 1].start if k + 1 < len(final) else len(words)
            e = m.end
            while e < min(limit, m.end + 4) and _name_word(words[e], lower, e, self.vocab):
                e += 1
            if e > m.end and words[e - 1] != "-":
                m.end = e
        return final

    def _igo_descriptions(self, ms: list[Mention], words: list[str], lower: list[str], toks, text: str,
                          state: DocState) -> list[Mention]:
        """"the bloc", "the Moscow-led alliance", "the 27-member bloc": the organisation the sentence named
        before it, else the one the document named last (none named: the description stays as it is; a
        country inside it, "the Russian-led alliance", is no actor then)."""
        v = self.vocab
        kinds = _shared_names(v.igo_nouns)
        for i, w in enumerate(lower):
            fits = kinds.get(w)
            if fits is None or any(m.start <= i < m.end for m in ms):
                continue  # (part of a name: "the Eurasian Economic Union")
            owned = i + 1 < len(lower) and lower[i + 1] in v.possessive_markers
            k = i - 1
            while k >= 0 and i - k <= 8 and lower[k] not in v.definite and (
                    lower[k] == "-" or lower[k].isdigit() or lower[k] in v.igo_modifiers
                    or (k > 0 and lower[k - 1] == "-") or words[k][:1].isupper()):
                k -= 1
            bare = w in v.igo_bare_nouns and (k < 0 or lower[k] not in v.definite)
            if bare:
                k = i - 1
                while k >= 0 and lower[k] in v.igo_modifiers:
                    k -= 1
                if i + 1 < len(lower) and words[i + 1][:1].islower() and words[i + 1].isalpha() \
                        and lower[i + 1] not in v.igo_bare_followers:
                    continue  # («в организации потока мигрантов»: organising, no organisation)
            elif k < 0 or lower[k] not in v.definite:
                continue
            if owned and not (k > 0 and lower[k - 1] in v.member_preps) \
                    and not (i + 2 < len(lower) and lower[i + 2] in v.igo_owned_actors):
                continue  # "shut the bloc's skies": its own thing, often told by the organisation itself (but one's
                # part in it names it: "froze its participation in the bloc's activities")
            codes = fits.split()
            before = [m.codes[0] for m in ms if m.kind == "igo" and len(m.codes) == 1 and m.start < i]
            known = state.igos_last if w in v.igo_near_nouns or bare else state.igos
            led = self._led_igos(ms, lower, k + 1, i, codes)
            if led:  # "the Moscow-led alliance" is not NATO, named or not
                codes = led
            ref = next((c for c in reversed((*known, *before)) if c in codes), None)
            if ref is None and led:
                ref = led[0]
            if ref is None:
                continue
            start = k + 1  # after the article, as a name is ("the EU")
            ms = [m for m in ms if not start <= m.start < i + 1]
            ms.append(Mention(start, i + 1, (ref,), "IGO", text[toks[start][1]:toks[i][2]], "igo"))
            ms.sort(key=lambda m: m.start)
        return ms

    def _led_igos(self, ms: list[Mention], lower: list[str], start: int, end: int,
                  codes: list[str]) -> list[str] | None:
        """The organisations a description may name by its leader, the likeliest first; None where it names no
        leader: "the Moscow-led bloc", "the Russian-led military alliance" is the CSTO, "the Moscow-led economic
        bloc" the EAEU, whichever the document named (`igo_leaders`)."""
        v = self.vocab
        led = next((m for m in ms if start <= m.start and m.end + 1 < end and len(m.codes) == 1
                    and m.kind in ("country", "metonym") and lower[m.end] == "-"
                    and lower[m.end + 1] in v.igo_lead_words), None)
        if led is None:
            return None
        leads = _shared_names(v.igo_leaders).get(led.codes[0], "").split()
        fits = [c for c in leads if c in codes]
        mods = _shared_names(v.igo_modifier_fits)
        for w in lower[start:end]:
            narrowed = [c for c in fits if c in mods.get(w, "").split()]
            fits = narrowed or fits
        return fits

    def _merge(self, p: Mention, m: Mention, text: str, toks, state: DocState, lower) -> Mention | None:
        named, title = (p, m) if p.codes else (m, p)
        if not named.codes and not title.codes:
            # "foreign minister" + "ministry" etc: keep the first as a bare title
            return Mention(p.start, m.end, (), p.sector or m.sector, text[toks[p.start][1]:toks[m.end - 1][2]],
                           p.kind)
        if named.kind in ("metonym",):
            if title is p and not p.codes and p.sector in CIVIL_SECTORS \
                    and (p.end == m.start or all(w in self.vocab.genitive for w in lower[p.end:m.start])):
                # «жители Минска», «рабочие Караганды», "the workers of Tehran": people of a city, a civil party of
                # its country (not its government: their protest is a street protest, convention 6)
                return Mention(p.start, m.end, named.codes, p.sector, text[toks[p.start][1]:toks[m.end - 1][2]], "title")
            return None
        sector = title.sector if named.kind in ("country", "igo") else named.sector
        return Mention(p.start, m.end, named.codes, sector, text[toks[p.start][1]:toks[m.end - 1][2]],
                       named.kind if named.kind in ("person", "organisation") else "title")

    def _people(self, word: str, code: str, prev: str) -> bool:
        """`word`, a country's one-word name, is its demonym naming people: a plural whose singular is a name of
        the same country ("Russians", "Lithuanians"), or a singular whose plural is one, after a word that makes it
        a person (`people_leads`, a number or an ordinal: "another Russian", "a 34th Russian")."""
        forms = self._country_words.get(code)
        if forms is None:
            forms = self._country_words[code] = frozenset(
                e.tokens[0].lower() for lst in self.actors.index.values() for e in lst
                if e.kind == "country" and e.ref == code and len(e.tokens) == 1)
        for end in self.vocab.plural_endings:
            if word.endswith(end) and word[:-len(end)] in forms:
                return True
            if word + end in forms:
                return prev in self.vocab.people_leads or prev[:1].isdigit()
        return False

    def _names_alone(self, words: list[str], lower: list[str], i: int) -> bool:
        """Word `i` by itself is a country's, an organisation's or a capital's name in the dictionary."""
        return any(len(e.tokens) == 1 and e.kind in ("country", "igo", "metonym")
                   for key in (words[i], "\x00" + lower[i]) for e in self.actors.index.get(key, ()))

    def _resolve_bare(self, m: Mention, final: list[Mention], allm: list[Mention], lower, state: DocState):
        words = tuple(lower[m.start:m.end])
        if m.text[:1].isupper() or (m.end < len(lower) and lower[m.end] != lower[m.end].capitalize().lower()):
            pass
        if m.kind.startswith("role:") and m.end < len(self._words) and self._words[m.end][:1].isupper() \
                and not any(x.start == m.end for x in allm):
            # "President Yoweri Museveni" (a leader not in the dictionary): the country the
            # sentence names first (its topic: «Эстония закрыла ..., а премьер Мартин Кыйв пригрозил Москве»,
            # not the nearer Russia), else the document's country
            e = m.end
            while e < len(self._words) and self._words[e][:1].isupper() and not any(x.start == e for x in allm):
                e += 1
            near = [x for x in allm if x.codes and x.kind in ("country", "title")]
            code = min(near, key=lambda x: x.start).codes[0] if near \
                else state.last_country
            if code is None:
                return None
            return Mention(m.start, e, (code,), m.sector, " ".join(self._words[m.start:e]), "bare")
        if m.start > 0 and self._words[m.start - 1][:1].isupper() and m.start - 1 > 0 \
                and not any(x.end == m.start for x in allm) and lower[m.start - 1] not in self.vocab.articles:
            return None
        plural = m.start > 0 and lower[m.start - 1] in self.vocab.group_words
        if plural and state.last_pair:
            return Mention(m.start - 1, m.end, state.last_pair, m.sector, m.text, "group")
        if words not in self.lex.standalone and words[-1:] not in self.lex.standalone:
            if words[-1] in self.vocab.placed_roles and m.end + 1 < len(lower) \
                    and lower[m.end] in self.vocab.location_preps \
                    and (m.start == 0 or lower[m.start - 1] in self.vocab.placed_role_leads):
                # (by a place only: "officials from Russia and Belarus" are read as the pair elsewhere)
                # "an official in Minsk warned", "officials in Vilnius said": the capital's government
                here = next((x for x in allm if x.codes and x.kind in ("country", "metonym")
                             and m.end < x.start <= m.end + 2), None)
                if here is not None:
                    return Mention(m.start, m.end, here.codes[:1], m.sector, m.text, "title")
            return None
        # (a capital counts too: "opposition supporters rallied in central Minsk")
        near = [x for x in allm if x.codes and x.kind in ("country", "title", "person", "organisation", "metonym")]
        # (an embassy is a place abroad: "police clashed with protesters outside the Russian embassy in Tbilisi"
        # are Georgia's, where the sentence names the place)
        lp = self.vocab.location_preps

        def placed(x: Mention) -> bool:  # (read before the loop marks the later mentions' places)
            return x.location or x.start > 0 and lower[x.start - 1] in lp \
                or x.start > 1 and lower[x.start - 1] in self.vocab.definite and lower[x.start - 2] in lp
        near = [x for x in near if not (x.kind == "title" and placed(x))] \
            if any(x.kind in ("country", "metonym") and placed(x) for x in near) else near
        if m.end + 1 < len(lower) and lower[m.end] in self.vocab.origin_preps:
            # "demonstrators in Baghdad", "police in Jericho": the place names their country
            here = next((x for x in allm if x.codes and m.end < x.start <= m.end + 2), None)
            if here is not None:
                return Mention(m.start, m.end, here.codes[:1], m.sector, m.text, "bare")
        if near and m.kind.startswith("role:") and state.last_person and all(x.start >= m.end for x in near) \
                and m.start > 0 and lower[m.start - 1] in self.vocab.definite:
            # "The president threatened to take Gazprom to court": a leader's title with no actor before it is the
            # leader the document named last, not a party named after it (the other side)
            return Mention(m.start, m.end, (state.last_person,), m.sector, m.text, "bare")
        exiled = any(tuple(lower[m.end:m.end + len(p)]) == p for p in self.vocab.exile_phrases)
        if exiled:
            own = [x for x in near if x.kind == "country" and x.text[:1].islower()]
            if own:  # «Оппозиция в изгнании призвала Литву ..., предупредив, что пострадают белорусы»: BLR
                return Mention(m.start, m.end, own[0].codes[:1], m.sector, m.text, "bare")
            if state.last_country and state.last_country not in {x.codes[0] for x in near}:
                return Mention(m.start, m.end, (state.last_country,), m.sector, m.text, "bare")
            return None  # (no country of its own named: not the one it lives in)
        topic = [x for x in near if x.end <= m.start and not placed(x) and x.kind in ("country", "metonym", "person")]
        if topic and m.start > 0 and lower[m.start - 1] in self.vocab.topic_possessives:
            # "Lithuania expelled a Russian diplomat, its foreign ministry said": "its" is the sentence's topic, the
            # first party it names, not the nearest ("Algeria cut ties with Morocco, its foreign minister accusing ...")
            return Mention(m.start, m.end, topic[0].codes[:1], m.sector, m.text, "bare")
        if near:
            # (the distance from the nearer edge: "Prime Minister of Lithuania Inga Ruginiene said the
            # authorities ...": a long title and name is no farther than its last word)
            best = min(near, key=lambda x: (m.start - x.end + 1 if x.end <= m.start else abs(x.start - m.start),
                                            x.start))
            ahead = [x for x in near if x.start > m.end and x.kind in ("country", "metonym") and placed(x)]
            if best.start > m.end and best.kind in ("country", "title") and not placed(best) and ahead:
                # "gunmen killed three Pakistani engineers in Afghanistan", "police arrested two British tourists
                # in Egypt", "shot dead a Russian diplomat in Baghdad": the people an act is done to are not the
                # actor's; the place named after it is
                best = ahead[0]
            return Mention(m.start, m.end, best.codes[:1], m.sector, m.text, "bare")
        if state.last_country:
            return Mention(m.start, m.end, (state.last_country,), m.sector, m.text, "bare")
        return None

    # ------------------------------------------------------------------ triggers
    def _verb_read(self, i: int) -> bool:
        """Whether word i is to be read as a verb though the words before it look like a noun phrase's
        ("the tribunal acquitted": "-al" looks like an adjective); a coder with a parse asks it."""
        return False

    def _phrase_matches(self, lower: list[str]) -> list[tuple[int, Phrase, list[int], bool]]:
        """The lexicon's phrases that match the words at each position, with the words they take and whether
        the position follows a determiner (or a possessive and adjectives); read from the words alone, kept
        for the sentence's next reading (`triggers` is asked before its parse and again with it)."""
        memo = self._matches_of
        key = tuple(lower)
        got = memo.get(key)
        if got is not None:
            return got
        trig = self.lex.triggers
        got = []
        for i, w in enumerate(lower):
            cands = trig.get(w)
            if not cands:
                continue
            if i > 0 and lower[i - 1] in ("-", "‑"):
                continue  # the second half of a compound: "duty-free", "Moscow-backed"
            # a noun after a determiner, or after a possessive and an adjective ("Putin's public
            # praise", "the EU's strong support"): no verb pattern applies
            det = i > 0 and (lower[i - 1] in self.vocab.determiners or lower[i - 1] in self.vocab.commodities) or _after_adjectives(lower, i, self.vocab)
            for ph in cands:
                pos = self._match(ph, lower, i)
                if pos is not None:
                    got.append((i, ph, pos, bool(det)))
        if len(memo) >= 256:
            memo.clear()
        memo[key] = got
        return got

    def triggers(self, lower: list[str]) -> list[_Trig]:
        found: list[_Trig] = []
        n = len(lower)
        for i, ph, pos, det in self._phrase_matches(lower):
            if det and ph.pattern.pos == "verb" and not self._verb_read(i):
                continue
            t = _Trig(i, pos[-1] + 1, ph, set(pos))
            if not self._context_ok(t, lower, n):
                continue
            found.append(t)
        found.sort(key=lambda t: (-(len(t.used)), -t.phrase.pattern.priority, t.start, t.phrase.pattern.cameo))
        chosen: list[_Trig] = []
        taken: set[int] = set()
        for t in found:
            if t.used & taken:
                continue
            chosen.append(t)
            taken |= t.used | getattr(t, "ctx", set())
        eased: set[int] = set()
        for t in chosen:
            if t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in EASING_TYPES:
                eased |= getattr(t, "ctx", None) or set()
        chosen = [t for t in chosen if not (t.phrase.pattern.pos == "noun" and t.phrase.pattern.type in EASED_TYPES
                                            and t.used & eased)]
        chosen.sort(key=lambda t: t.start)
        # "is ready/willing to take on the costs": the readiness is the act's status, not a
        # separate accord - the following act is coded (its status from the cue)
        drop = [k for k in range(len(chosen) - 1)
                if chosen[k].phrase.pattern.cameo == "030" and lower[chosen[k].end - 1] in self.vocab.ready_words
                and chosen[k].end < n and lower[chosen[k].end] in self.vocab.infinitive_markers
                and chosen[k + 1].start in (chosen[k].end + 1, chosen[k].end + 2)
                and chosen[k + 1].phrase.pattern.pos == "verb"
                and chosen[k + 1].phrase.pattern.type != "CONSULT"]  # "ready to host talks": an offer
        for k in reversed(drop):
            del chosen[k]
        return chosen

    def _match(self, ph: Phrase, lower: list[str], i: int) -> list[int] | None:
        pos = [i]
        j = i + 1
        for k in range(1, len(ph.slots)):
            slot = ph.slots[k]
            # (any(): a slot is a set, its iteration order must not decide - determinism)
            gap = 0 if any(w in self.vocab.particles for w in slot) else 2
            if gap == 0 and j < len(lower) and lower[j] in self.vocab.object_start and slot & self.vocab.movable_particles:
                gap = 3  # "pulled its troops back", "cut the country off"
            hit = None
            for g in range(gap + 1):
                if j + g < len(lower) and lower[j + g] in slot:
                    hit = j + g
                    break
                if j + g < len(lower) and lower[j + g] in self.vocab.no_gap:
                    break
            if hit is None:
                return None
            pos.append(hit)
            j = hit + 1
        return pos

    def _context_ok(self, t: _Trig, lower: list[str], n: int) -> bool:
        p = t.phrase.pattern
        lo, hi = max(0, t.start - 3), min(n, t.end + p.window)
        if p.without:
            win = lower[max(0, t.start - 2):min(n, t.end + 3)]
            present = set(win)
            for w in p.without:
                if w[0] in present and _contains(win, w) is not None:
                    return False
        if p.with_:
            ctx = None
            plural = self.vocab.plural_suffixes
            after = lower[t.end:hi]
            # (a phrase whose first word the window lacks cannot be in it: most pattern words are skipped
            # by a set lookup; a one-word phrase may stand there with a plural suffix)
            present = _with_stems(after, plural)
            for w in p.with_:
                if w[0] not in present:
                    continue
                k = _contains(after, w, plural=plural)
                if k is not None:
                    ctx = {t.end + k + x for x in range(len(w))}
                    break
            if ctx is None:
                before = lower[lo:t.start]
                present = _with_stems(before, plural)
                for w in p.with_:
                    if w[0] not in present:
                        continue
                    k = _contains(before, w, plural=plural)
                    if k is not None:
                        ctx = {lo + k + x for x in range(len(w))}
                        break
            if ctx is None:
                return False
            t.ctx = ctx  # type: ignore[attr-defined]
        return True

    def _union_of_two(self, scode: str | None, tcode: str | None, ptype: str) -> tuple[str, str] | None:
        """The two members of a union acting jointly with no other party ("the Union State has
        deepened military integration" is its members acting with each other), else None."""
        ent = self.actors.entities.get(scode) if scode else None
        if tcode is None and ent is not None and len(ent.members) == 2 and ptype in JOINT_TYPES | {"MOBILIZE"}:
            return ent.members[0], ent.members[1]
        return None

    def _update_state(self, state: DocState, mentions: list[Mention], dates, toks) -> None:
        persons = [m for m in mentions if m.kind in ("person", "title") and m.codes]
        if persons:
            state.last_person = persons[-1].codes[0]
        codes = list(dict.fromkeys(c for m in mentions if m.kind in ("person", "country", "title", "metonym")
                                   and not m.location for c in m.codes))
        if len(codes) >= 2:
            state.last_pair = (codes[0], codes[1])
        # a coordinated pair ("tensions between Russia and Turkey") is what "the pair" means next
        named = [m for m in mentions if len(m.codes) == 1 and not m.location and m.kind != "bare"]
        for a, b in zip(named, named[1:], strict=False):
            if a.codes != b.codes and tuple(t[0].lower() for t in toks[a.end:b.start]) in self.vocab.pair_joins:
                state.last_pair = (a.codes[0], b.codes[0])
        state.igos_last = tuple(m.codes[0] for m in mentions if m.kind == "igo" and len(m.codes) == 1)
        for c in state.igos_last:
            state.igos = (*(x for x in state.igos if x != c), c)[-6:]
        countries = [m for m in mentions if m.kind in ("country", "title", "person") and m.codes and not m.location
                     and not m.people]
        if countries:
            state.last_country = countries[0].codes[0]
        days = [d for d in dates if d.granularity == "day"]
        if days and state.pub_date and days[0].value[:7] >= state.pub_date[:7]:
            state.date, state.date_gran = days[0].value, "day"

    def code_sentence(self, text: str, state: DocState) -> list[Event]:
        """The events of one sentence; `state` is the document's memory, updated as it reads."""
        raise NotImplementedError


def _after_adjectives(lower: list[str], i: int, vocab: MentionWords) -> bool:
    """Word i follows a determiner or possessive and adjectives: "Putin's public praise",
    "their immediate and unconditional release" - a noun, whatever verb it could also be."""
    k = i - 1
    while k >= 0 and i - k <= 5 and (lower[k].endswith(vocab.adjective_endings) or lower[k] in vocab.possessed_adjectives
                                     or (lower[k] in vocab.adjective_joins and k < i - 1)):
        k -= 1
    return k < i - 1 and k >= 0 and lower[k] in vocab.noun_lead


def _name_word(w: str, lower: list[str], i: int, vocab: MentionWords) -> bool:
    """A capitalised word (or initial, or inner hyphen) that can be part of a person's name."""
    if w == "-":
        return i > 0 and i + 1 < len(lower) and lower[i + 1][:1].isalpha()
    if w in vocab.not_name or not w[:1].isupper() or w.isupper() and len(w) > 1 and not w.endswith("."):
        return False
    return w.replace(".", "").replace("'", "").isalpha()


def _in_quote(lower: list[str], i: int) -> bool:
    """Token i stands inside an open quotation (“...” or an odd number of straight quotes)."""
    before = lower[:i]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _quote_open(lower: list[str], i: int) -> int:
    return max((k for k in range(i) if lower[k] in ("“", '"')), default=0)


def _year_end(text: str, d, vocab: MentionWords):
    """"late last year", "the end of last year", "last year ended with ...": December."""
    if d.granularity == "year" and len(d.value) == 4 and vocab.year_end_before and vocab.year_end_after and (
            vocab.year_end_before.search(text[max(0, d.start - 20):d.start])
            or vocab.year_end_after.match(text[d.end:d.end + 20])):
        return dataclasses.replace(d, value=d.value + "-12", granularity="month")
    return d


def _citation(text: str, d, vocab: MentionWords) -> bool:
    """A date inside a source reference ("(see EDM, January 5, 2016)", "(5 Kanal, December 7,
    2015)") dates the source, not an event."""
    for m in vocab.citation.finditer(text):
        if m.start() < d.start and d.end <= m.end():
            inner = m.group()[1:-1].strip()
            return any(inner.lower().startswith(w + " ") for w in vocab.citation_lead) or ("," in inner[:d.start - m.start()]
                                                        and text[d.end:m.end()].strip() == ")")
    return False


def _with_stems(seq: list[str], plural: tuple[str, ...]) -> set[str]:
    """The words of `seq`, and each with a `plural` suffix taken off (what a one-word phrase may be)."""
    out = set(seq)
    for w in seq:
        for suffix in plural:
            if suffix and w.endswith(suffix):
                out.add(w[:-len(suffix)])
    return out


@cache
def _last_forms(word: str, plural: tuple[str, ...]) -> frozenset[str]:
    """A phrase's last word and that word with each of the `plural` suffixes."""
    return frozenset({word, *(word + suffix for suffix in plural)})


def _contains(seq: list[str], phrase: tuple[str, ...], plural: tuple[str, ...] = ()) -> int | None:
    """Where `phrase` starts in `seq`, its last word also with one of the `plural` suffixes."""
    n = len(phrase)
    if not n:
        return None
    # (called for every pattern word around every trigger: the last word is looked up in a set)
    lasts = _last_forms(phrase[-1], plural) if plural else (phrase[-1],)
    if n == 1:
        for i, w in enumerate(seq):
            if w in lasts:
                return i
        return None
    head = phrase[:-1]
    for i in range(len(seq) - n + 1):
        if seq[i + n - 1] in lasts and tuple(seq[i:i + n - 1]) == head:
            return i
    return None


def _contains_any(seqs: Sequence[list[str]], phrases: Iterable[tuple[str, ...]], plural: tuple[str, ...]) -> bool:
    """Whether one of `phrases` stands in one of `seqs` (as `_contains` finds it, its last word also with a
    `plural` suffix). (A phrase whose first word, or its stem, none of `seqs` holds cannot be there: most
    are skipped by a set look-up.)"""
    present: set[str] = set()
    for seq in seqs:
        present |= _with_stems(seq, plural)
    return any(w and w[0] in present and any(_contains(seq, w, plural=plural) is not None for seq in seqs)
               for w in phrases)
