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
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as _day
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.coder.base import (
    Coder,
    DocState,
    Mention,
    _citation,
    _contains,
    _contains_any,
    _month,
    _Trig,
    _with_stems,
    _year_end,
    first_of_each,
)
from dyadwatch.coder.lexicon import LANG_DIR, _module
from dyadwatch.datafiles import read_mapping
from dyadwatch.errors import InputError
from dyadwatch.model import Event
from dyadwatch.nlp.actors import tokenize
from dyadwatch.nlp.dates import find_dates

# acts whose agentless passive takes its actor from the country left (`preps.expelled_from`: expulsions)
EXPELLING = frozenset(("SANCTION", "COERCE"))
# acts a stopping verb turns into a sanction ("stopped supplying oil to", `reversers`; a concession too: «приостановил
# безвизовый режим» is a sanction, convention 6, as "suspended the visa-free regime" is in English)
REVERSIBLE = frozenset(("AID", "COOPERATE", "CONCEDE"))
# events that can stand without a target (a protest, a deployment)
UNTARGETED = frozenset(("PROTEST", "MOBILIZE"))
# one country on both sides only where two parties inside it are named (convention 7)
# between the opposition (or rebels) and the government inside one country: "the opposition asked the
# government to hold elections" (not a government's directive to its companies: convention 10)
PARTY_ACTS = frozenset(("REQUEST", "REJECT", "THREATEN", "CONCEDE"))
PARTIES = frozenset(("OPP", "REB"))
DOMESTIC = frozenset(("PROTEST", "COERCE", "ASSAULT", "ACCUSE", "AGREE", "SANCTION")) | PARTY_ACTS
STATE_SECTORS = frozenset(("GOV", "MIL", "JUD", "SPY", "COP", None))  # one state's organs: an internal directive
OWN_ORGANS = STATE_SECTORS | frozenset(("LEG",))  # ... and its parliament: no two parties of a joint act at home
JOINT = frozenset(("AGREE", "CONSULT", "COOPERATE"))
HOSTING = "043"  # CAMEO "host a visit": the host's guests, never its own country
VIOLENT = frozenset(("ASSAULT", "COERCE"))  # acts whose support refused is their condemnation
CRITICISM = "111"  # CAMEO "criticize or denounce"
DEPLOYING = "154"  # CAMEO "mobilize or increase armed forces": a joint deployment faces the place it is near
SIGNING = "057"  # CAMEO "sign a formal agreement": an organisation's members sign or adopt a text among themselves
YEARS = re.compile(r"^(1[89]|20)\d\ds?$")  # a year or a decade ("2015", "1990s")
STANCES = frozenset(("ACCUSE", "SUPPORT"))  # acts that may be drawn from another ("drew criticism from")
AGREED_AID = frozenset(("AID",))  # a nominal act agreed on by the parties of an agreement (convention 5)
AGREEING = frozenset(("AGREE",))
PRAISE_CODE = "051"  # a speaker's praise of another (`preps.praise_predicate`)
REFUSING = frozenset(("REJECT",))  # acts that, coordinated after a request (`answered`), refuse it
ACCEPTED = frozenset(("REQUEST",))  # acts an agreement coordinated after them answers ("asked ..., and Minsk agreed")
OWN_TALKS = frozenset(("CONSULT",))  # joint acts that one party with no partner holds among its own ("discussed")
# acts whose participle describing a noun tells who stands behind it, not an act of its own ("fighters backed by
# Iran", "troops supported by drones")
BACKING_TYPES = frozenset({"SUPPORT"})
# acts whose noun, modifying another noun, names a kind of thing ("attack helicopters", "war allies", "exercise areas", "protest
# leaders"); a cooperative act's noun there is the act ("an aid convoy", "a rescue team")
KIND_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE"})
# acts whose verb, the infinitive of purpose of a protest, is the protest's aim, no act of its own ("began a hunger
# strike to protest the ruling": `_protest_purpose`)
PROTESTING = frozenset(("ACCUSE", "PROTEST"))
# acts whose "for" phrase gives the reason their agent alleges ("arrested a missionary for spying": `_charged_reason`)
CHARGING = frozenset(("COERCE",))
LABEL_KEYS = ("subject", "passive_subject", "object", "agent", "prep", "prep_object", "oblique", "case",
              "possessor", "noun_phrase", "conj", "negation", "aux", "mark", "climb", "relative", "relative_clause", "clause",
              "light_object", "not_content",
              # single relations and sets the engine's decisions name (see coder/lang/README.md)
              "open_clause", "coordinated", "coordination", "coordinator", "adverbial_clause", "content_clause",
              "compound", "noun_modifier", "noun_clause", "indirect_object", "noun_dative", "apposition", "fixed",
              "adverbial", "adjectival", "parataxis", "infinitive_marker", "nested_clause", "status_chain",
              "status_barrier", "negation_holder", "attribute", "attribute_word", "date_modifier", "complement",
              "prepositional", "predicate", "clausal_subject", "governor_climb", "copula_predicate", "pro_drop",
              "unattached", "stray_name")
# parts of speech (the parse's `pos_`) and fine-grained tags (`tag_`) the decisions name (syntax.yaml `pos`, `tags`)
POS_KEYS = ("verb", "not_verb", "noun", "name", "nominal", "adposition", "determiner", "pronoun", "adverb", "adjective", "number")
TAG_KEYS = ("participle", "finite", "nonfinite", "modal", "proper", "proper_plural", "plural", "converb")
PREP_KEYS = ("funding", "predicate", "blame", "relative_pronoun", "plural_pronoun", "pair_words", "definite", "partner", "of", "target", "deep", "noun_target", "noun_source", "recipient_source", "visit", "between", "location",
             "date_reference", "adjunct", "named_partner", "topic", "passive_agent", "person_pronoun",
             "visit_source", "patient", "reference", "infinitive", "joint", "reciprocal", "stray_subject",
             "decision", "expelled_from", "expulsions", "institution", "relative_place", "place_noun", "street_phrase", "state_pronoun", "speaker_pronoun",
             "blame_predicate", "praise_predicate", "pair_joiners", "detached_agent", "amount", "owner_pronoun",
             "relative_subject_pronoun", "origin", "origin_bodies", "local_body", "measure", "charged_reason",
             "missions", "aims", "people_endings", "deployments", "without_phrase", "handovers",
             "comitative", "co_actor", "comitative_means", "currency", "opening_pronoun", "origin_people", "examples",
             "approach", "clause_pronoun")
STATUS_RANK = {"denied": 0, "hypothetical": 1, "forecast": 2, "planned": 3, "occurred": 4}
# a year-less day this close after the report is a date to come (a schedule), not one of last year
NEAR_DAYS = 60
_YEAR = re.compile(r"\d{4}")


def _later(value: str | None, pub: str | None) -> bool:
    """A date after the report's date, compared at the coarser of their precisions."""
    if not value or not pub:
        return False
    n = min(len(value), len(pub))
    return value[:n] > pub[:n]


def undated_date(state: DocState, status: str, pair: tuple | None) -> tuple[str | None, str | None]:
    """The date of an event whose own clause names no time (the document's talks or time in context,
    else the report's date for an act that occurred: convention 9); the learned coder dates its
    additions so too."""
    if status in ("forecast", "hypothetical"):
        return None, None
    done = status in ("occurred", "denied")
    if state.talks_date[0] and pair is not None and set(pair) == set(state.talks_pair or ()) \
            and not (done and _later(state.talks_date[0], state.pub_date)):
        return state.talks_date  # what the parties of the document's talks did there
    if state.date and not (done and (len(state.pub_date or "") == 10 or _later(state.date, state.pub_date))):
        return state.date, state.date_gran
    if status in ("occurred", "denied") and state.pub_date:
        # convention 9: an occurred event with no time of its own takes the report's date
        g = {10: "day", 7: "month"}.get(len(state.pub_date), "year")
        return state.pub_date, g
    return _month(state.pub_date)


def _after_report(d: Any, value: str, pub: str | None) -> bool:
    """Whether date mention `d`, read as `value`, cannot be the time of an act reported as done by
    `pub`: after it, or a year-less day that lies a few weeks after it ("on 25 September" in a
    report of 14 September is this year's, to come, not last year's)."""
    if _later(value, pub):
        return True
    if not pub or len(pub) != 10 or len(value) != 10 or _YEAR.search(d.text):
        return False
    ref = _day.fromisoformat(pub)
    try:
        same = _day(ref.year, int(value[5:7]), int(value[8:10]))
    except ValueError:
        return False
    return ref < same <= ref + timedelta(days=NEAR_DAYS)


@dataclass(frozen=True)
class Syntax:
    """A language's dependency labels and prepositions mapped onto roles (syntax.yaml)."""

    labels: dict[str, frozenset[str]]
    preps: dict[str, frozenset[str]]
    aux: dict[str, str]
    features: dict[str, str]
    governors: dict[str, str]
    markers: dict[str, str]
    denial: frozenset[str]
    negation_words: frozenset[str]
    forecasters: frozenset[str]
    content_not_coded: frozenset[str]
    agreed_acts: frozenset[str]
    clause_target: frozenset[str]
    intents: dict[str, str]
    datelines: tuple[re.Pattern[str], ...]
    absorbed: frozenset[str]
    copula_to: frozenset[str]
    reported_aux: dict[str, str]  # a modal's status in a content clause of a verb of saying ("said it would")
    adverbs: dict[str, str]  # adverbs of the trigger's verbs that set a status ("will likely impose": forecast)
    temporal: frozenset[str]
    occurrence: frozenset[str]
    reversers: dict[str, str]
    participation: dict[str, frozenset[str]]  # verb form -> the object word it needs ("take" -> "part"), or none
    speech: frozenset[str]  # verbs of saying: a hostile act against the speaker in their content is an accusation
    alleged_acts: frozenset[str]
    accuse_code: str
    refers_back: frozenset[str]  # acts that, named again for the document's talks pair, are references back
    first_target: dict[str, frozenset[str]]  # act -> phrases whose actor is its target before any other
    refusal: dict[str, str]  # act -> CAMEO code of refusing it ("will not lift the embargo")
    ultimatum: dict[str, str]  # subordinating word of a condition -> the threat's CAMEO code ("unless")
    attribution: bool  # a content clause before its verb of saying ("..., police said") is a news source's report
    mutual: frozenset[str] = frozenset()  # adverbs of a mutual act ("обоюдно"): each source acts on the other
    light_phrases: frozenset[str] = frozenset()  # "verb preposition": its phrase's nominal event is the subject's
    negated: dict[str, str] = field(default_factory=dict)  # a negated governor's status ("не исключил": hypothetical)
    objective: frozenset[str] = frozenset()  # stance nouns whose genitive is their object under a light verb
    report_time: frozenset[str] = frozenset()  # verbs of reporting whose time dates an act in their content
    patient_nouns: frozenset[str] = frozenset()  # nouns of an act on someone: their `preps.patient` phrase is the target
    repeated: dict[str, frozenset[str]] = field(default_factory=dict)  # `repeated`: occasions counted, no event
    no_date: dict[str, frozenset[str]] = field(default_factory=dict)  # `no_date`: "no date has been set for ...", no event
    statistics: dict[str, frozenset[str]] = field(default_factory=dict)  # `statistics`: a flow's figures, no event
    departures: frozenset[str] = frozenset()  # nouns of forces leaving: the forces' "of" phrase acts, the place left is the target
    restricted_by: frozenset[str] = frozenset()  # nouns of a restriction: an absorbed act on them is what is restricted
    # nominal acts of a type absorbed only by a governing trigger of these types (`absorbed_by`)
    absorbed_by: dict[str, frozenset[str]] = field(default_factory=dict)
    subject_control: frozenset[str] = frozenset()  # `subject_control`: its subject, not its addressee, does the complement
    untargeted_promises: dict[str, frozenset[str]] = field(default_factory=dict)  # a promise to no one named: X -> none
    ordered_measures: dict[str, frozenset[str]] = field(default_factory=dict)  # `ordered_measures`: the orderer's measure
    small_clauses: frozenset[str] = frozenset()  # `small_clauses`: the subject of their bare clause is their object
    economic_hits: dict[str, frozenset[str]] = field(default_factory=dict)  # `economic_hits`: a blow that is no attack
    addressed: frozenset[str] = frozenset()  # `addressed`: acts whose target may be the organisation where they are made
    not_done: tuple[tuple[str, ...], ...] = ()  # `not_done`: words opening a clause of an alternative not taken
    informed_sources: frozenset[str] = frozenset()  # `informed_sources`: "word preposition" describing a news source
    placed_sources: frozenset[str] = frozenset()  # `placed_sources`: CAMEO codes of noun acts a place "from" makes
    done_by: frozenset[str] = frozenset()  # `done_by`: verbs of doing whose object (or passive subject) is a nominal act
    change_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # `change_nouns`: noun -> its act's preposition
    protested: frozenset[str] = frozenset()  # `protested`: verbs whose subject faces the protest in their object
    unrest_verbs: frozenset[str] = frozenset()  # `unrest_verbs`: a protest noun their subject takes place ("protests resumed")
    warnings: frozenset[str] = frozenset()  # `warnings`: verbs of warning, a threat only of the warner's own act
    arrivals: dict[str, frozenset[str]] = field(default_factory=dict)  # `arrivals`: forces or aid that arrive somewhere
    custody: dict[str, frozenset[str]] = field(default_factory=dict)  # `custody`: an act a death is of, in one's keeping
    aid_means: dict[str, frozenset[str]] = field(default_factory=dict)  # `aid_means`: aid that pays for an act is for its doer
    concessive: frozenset[str] = frozenset()  # `concessive`: markers of a clause that concedes a fact ("although")
    told_clauses: frozenset[str] = frozenset()  # `told_clauses`: markers of a clause of time that tells an act
    demanded_conditions: frozenset[str] = frozenset()  # markers of a clause that names what is demanded ("until")
    exchanged: dict[str, frozenset[str]] = field(default_factory=dict)  # `exchanged`: "in return for concessions from X"
    owned_partner: dict[str, frozenset[str]] = field(default_factory=dict)  # `owned_partner`: "his commitment to Russia"
    predicated: dict[str, frozenset[str]] = field(default_factory=dict)  # `predicated`: "... is out of the question"
    statements: frozenset[str] = frozenset()  # `statements`: "issued a statement demanding ...": the issuer's act
    guests: dict[str, Any] = field(default_factory=dict)  # `guests`: hosting a party is its visit, guest -> host
    alleged_modifiers: frozenset[str] = frozenset()  # `alleged_modifiers`: "alleged war crimes" is no fact coded
    decision_nouns: frozenset[str] = frozenset()  # `decision_nouns`: «решение Литвы закрыть границу» is a fact criticised
    relative_makers: frozenset[str] = frozenset()  # `relative_makers`: "the ban Vilnius placed on ..." names its maker
    relative_owners: frozenset[str] = frozenset()  # `relative_owners`: ... and, for a party inside a phrase, these too
    stances: frozenset[str] = frozenset()  # `stances`: a passive participle of these with no agent is its subject's stance
    # `assertions`: a demand verb with a content clause says, demands nothing (but a mandative one: "insisted that X return")
    assertions: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()  # verbs whose subject receives the nominal act in their object
    undergone: frozenset[str] = frozenset()  # verbs whose subject undergoes the nominal act in their phrase
    seat_verbs: frozenset[str] = frozenset()  # verbs of verbal acts a seat of power («в Кремле») makes
    accepting: frozenset[str] = frozenset()  # verbs of one party accepting what another proposes: one way, no partner
    accepted_deals: frozenset[str] = frozenset()  # ... unless what is accepted is a deal of both (a loan, a purchase)
    intent_governors: frozenset[str] = frozenset()  # where set, an intention is stated only under these words
    # acts that are the event where a word of promise governs them, by part of speech (no accord beside them)
    promised_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    # the words of promise for `promised_acts` (`promise_verbs`; `intent_governors` where absent)
    promise_verbs: frozenset[str] = frozenset()
    promised_sums: frozenset[str] = frozenset()  # ... only where the promised matter names one of these words
    # acts of these types told by a passive participle on a noun with no party in its phrases («Навального,
    # приговорённого к ...»): a background noun phrase with its actor implicit, not coded (convention 4)
    agentless_participles: frozenset[str] = frozenset()
    protest_demands: bool = False  # a demand told by a converb of a protest («вышли на митинги, требуя ...») is its content
    # `venue_targets`: acts of `types` done in an organisation's body named in a phrase of `preps` («заблокировала в
    # Совбезе ООН проект резолюции, осуждающей ...») are aimed at that organisation, not at a party of the draft
    venue_targets: dict[str, frozenset[str]] = field(default_factory=dict)
    # `instruments`: nouns of weapons that, in a bare instrumental («ударила американскими ракетами»), name the means
    # of an act: their country word is the maker, no party to it
    instruments: frozenset[str] = frozenset()
    drawn: frozenset[str] = frozenset()  # verbs whose subject draws a stance (its object) from another party
    named_content: frozenset[str] = frozenset()  # acts whose object may be another's named act ("condemned Russia's invasion")
    sequence: frozenset[str] = frozenset()  # "after"/"before" clauses: near the main clause's time (its month or year)
    domestic_sectors: frozenset[str] = frozenset()  # sectors of a party inside one country besides its state organs
    directed_sectors: frozenset[str] = frozenset()  # a state's people and companies: its calls on them are directives
    domestic_parties: frozenset[str] = frozenset()  # words of non-state parties inside a country with no sector
    pos: dict[str, frozenset[str]] = field(default_factory=dict)  # POS_KEYS -> the parse's parts of speech
    tags: dict[str, frozenset[str]] = field(default_factory=dict)  # TAG_KEYS -> the parse's fine-grained tags
    # subordinating word of a condition -> the hostile acts that, conditional on it, are also a threat ("if")
    threat_if: dict[str, frozenset[str]] = field(default_factory=dict)
    own_matter: frozenset[str] = frozenset()  # one-way acts of coordinated parties on one of them: no target
    untargeted: frozenset[str] = frozenset()  # acts that are events with no other party ("resigned"): X -> none
    threat_intents: dict[str, str] = field(default_factory=dict)  # act -> CAMEO code of saying one will do it
    # `denied_reports`: verbs and the object nouns of a claim they deny ("rejected reports that ..."): no refusal
    denied_reports: dict[str, frozenset[str]] = field(default_factory=dict)
    intent_statuses: frozenset[str] = frozenset({"planned", "hypothetical"})  # statuses of an act stated as an intention
    unplanned: bool = False  # `unplanned`: a negated act held to come is no event (convention 10)
    clause_other: frozenset[str] = frozenset()  # verb acts whose target may be any other actor after them in their clause
    sentence_pair: frozenset[str] = frozenset()  # joint nominal acts with no party found: the sentence's two countries
    phone: dict[str, Any] = field(default_factory=dict)  # {phrases: {"by phone", ...}, code: "041"}: a call held too
    talks_outcome: frozenset[str] = frozenset()  # joint acts with no party in a sentence naming none: the document's talks' pair
    state_acts: frozenset[str] = frozenset()  # acts whose unnamed agent is the state of the one they are done to
    not_self_beside_other: frozenset[str] = frozenset()  # X -> X dropped where the same act also aims X at another
    # acts of force that, aimed at the actor's own country, strike a party placed in another state's territory:
    # that state is the target ("bombed hideouts of the Pakistani Taliban inside Afghanistan": `_abroad`)
    abroad_acts: dict[str, frozenset[str]] = field(default_factory=dict)  # {types, preps}
    negated_conditions: bool = False  # an act negated in a clause of condition is no event
    agreed_aid: bool = False  # aid named as the matter of an accord between giver and recipient: planned aid
    # lending institutions (`lenders.codes`): their accord with a borrower on a loan (`nouns`) is their aid, planned
    lenders: dict[str, frozenset[str]] = field(default_factory=dict)
    # a measure justified by a speech participle whose content speaks of those it hits (`justified`): an accusation
    justified: dict[str, frozenset[str]] = field(default_factory=dict)
    attack_results: frozenset[str] = frozenset()  # CAMEO codes of acts in an adverbial clause of an attack: what it did
    state_patients: frozenset[str] = frozenset()  # ... where that one is of these sectors
    unnamed_groups: frozenset[str] = frozenset()  # nouns of groups no dictionary names: they act for the sole country
    based_in: dict[str, frozenset[str]] = field(default_factory=dict)  # "a group based in Trinidad": the place's country
    group_demands: frozenset[str] = frozenset()  # acts such a group aims at its own country's state organs (X -> X)
    # `verb_adverbs`: adverbs that, as a verb pattern's trigger, stand for the verb they modify ("jointly developed")
    verb_adverbs: frozenset[str] = frozenset()
    # `answered`: nominal acts whose maker is named and whose other party is the one that answers them ("Moscow
    # rejected Minsk's request", "Minsk's request was granted by Moscow", "freed him after Riga's request")
    answered: frozenset[str] = frozenset()
    # `responded`: threats of a response (a trigger with one of `words`) to an act named by a noun of an act
    # (`nouns`) that is the threat's subject or that its relative clause describes: aimed at that act's maker
    responded: dict[str, frozenset[str]] = field(default_factory=dict)
    # `reacted`: stances (`types`) with no party of their own taken on another's act named by a noun of an act
    # (`nouns`) or told by the clause their participle (`verbs`) hangs on: aimed at that act's maker (`_reacted_to`)
    reacted: dict[str, frozenset[str]] = field(default_factory=dict)
    # `inverted_conditions`: a clause's first word, before its subject, that makes it a condition, and the
    # subordinating word it stands for ("Should Belarus refuse" = "if Belarus refuses")
    inverted_conditions: dict[str, str] = field(default_factory=dict)
    # `reprisals`: phrases ("preposition noun", lemmas) naming an act as the answer to another's act done: a
    # hostile act to come in one is decided, no threat beside it ("will strike X in response to the attack")
    reprisals: dict[str, frozenset[str]] = field(default_factory=dict)
    # `reprisal_targets`: an act of `types` with no other party named that answers a hostile act (`acts`) done to its
    # maker earlier in the sentence is aimed at that act's maker ("Israel struck Iran, and Tehran vowed a harsh
    # response", "..., and Mexico broke off relations in response"); but a threat (`free`) the answer must say so: a
    # word of `cues` on its verb or one it hangs from, or a `reprisals` phrase
    reprisal_targets: dict[str, frozenset[str]] = field(default_factory=dict)
    # `joined_in`: verbs of joining another party in an act (its `preps` phrase) of `types`: the one joined acts too
    joined_in: dict[str, frozenset[str]] = field(default_factory=dict)
    # `announced_acts`: CAMEO codes of acts a state says, in an agentless passive, it does ("Erdogan said the
    # ambassadors would be declared persona non grata"): the speaker is the actor
    announced_acts: frozenset[str] = frozenset()
    # `reversing_adverbs`: words just before a verb of aid or cooperation that stop it, and the sanction's CAMEO code
    # ("will no longer send weapons")
    reversing_adverbs: dict[str, str] = field(default_factory=dict)
    # `ultimatum_only`: `ultimatum` words whose threat is the event alone, the act (or refusal) threatened not coded
    # beside it ("will cut gas unless the debt is paid", "will not approve the bid unless ...": the threat)
    ultimatum_only: frozenset[str] = frozenset()
    # `adopted_acts`: nominal acts of `types` made one's own by a verb of `verbs` (as `participation`): the adopter acts
    # too ("Switzerland adopted the EU's sanctions against Moscow")
    adopted_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    # `declined`: verbs whose negation with an act as complement is the act declined now («не стал подписывать
    # декларацию»: a refusal, `refusal`)
    declined: frozenset[str] = frozenset()
    # `nested_talk_topics`: verbs of talks whose topic's phrases hold talks that are no talks stated («обсудили
    # подготовку к заседанию»), where `talk_topics` is unset
    nested_talk_topics: frozenset[str] = frozenset()
    # `traded_goods`: nouns of a flow of goods in a sanction's own words whose bare genitive is the goods, their
    # origin the one sanctioned («запрет на ввоз литовской продукции»), not the sanction's maker
    traded_goods: frozenset[str] = frozenset()
    # `stay_away_meetings`: meeting nouns (lemmas) of an organisation whose phrase on a verb of coming refused names a
    # boycott (`stay_away`), where the language puts them in an oblique («не приедет на саммит ОДКБ»)
    stay_away_meetings: frozenset[str] = frozenset()
    # `never_self`: acts (`types`) a state never aims at itself (convention 7: its measures), dropped where coded X -> X
    # unless one side is of a sector of its own at home (`sectors`: the opposition's boycott)
    never_self: dict[str, frozenset[str]] = field(default_factory=dict)
    # `light_nouns`: nouns of making an act whose instrumental names the maker of the act in their genitive
    # («введение Литвой запрета»)
    light_nouns: frozenset[str] = frozenset()
    # `repression_means`: CAMEO `codes` of the means of a repression (tear gas, water cannon) that are no act of their
    # own beside the coercion (`types`) they serve on the same parties ("used tear gas to disperse the protesters")
    repression_means: dict[str, frozenset[str]] = field(default_factory=dict)
    mediation: dict[str, frozenset[str]] = field(default_factory=dict)  # mediators beside an act: `_mediated`
    # `sanction_refs`: sanctions referred to by a pronoun with a participle ("those imposed by X over Y's policy") and
    # counter-sanctions answering them (`_sanction_refs`)
    sanction_refs: dict[str, frozenset[str]] = field(default_factory=dict)
    # `joint_makers`: joint acts (types) named by a phrase on a verb with no doer ("was designed in cooperation with
    # Belarusian engineers"): made by the verb's agent, its product's owner, or the sentence's one other country
    joint_makers: frozenset[str] = frozenset()
    # `terms_of_acts`: nouns of the conditions of an act; an act in a clause on one is no event ("the conditions for
    # Belarus to borrow from the IMF", `_terms_of`)
    terms_of_acts: frozenset[str] = frozenset()
    # `tranches`: a loan (`nouns`) part of which a relative clause says was paid (`verbs`: "a loan of $1.5 billion, of
    # which $1 billion has already been transferred"): the aid occurred beside the aid planned (convention 5)
    tranches: dict[str, frozenset[str]] = field(default_factory=dict)
    # `accord_contents`: acts (types, CAMEO codes) that, as the open-clause content of an accord, are that accord's
    # matter and no event of their own ("agreed to restore diplomatic relations": the accord, `_accord_content`)
    accord_contents: dict[str, frozenset[str]] = field(default_factory=dict)
    # `ended_accords`: acts (types) whose object is an accord named as a noun: the accord ended, suspended or refused
    # is that act's matter and no accord now ("ending military cooperation agreements with France", `_ended_accord`)
    ended_accords: frozenset[str] = frozenset()
    # `trips`: verbs of a journey's arrival or leaving (`verbs`) in whose phrase of time a visit noun with no party of
    # its own stands ("left Moscow after a state visit", "landed in Delhi at the start of a visit"): the subject's
    # visit to the place the verb names (`_trip_of`)
    trips: dict[str, frozenset[str]] = field(default_factory=dict)
    # `visit_adjuncts`: a verb's phrases of time or circumstance (`phrases`: "preposition:case" of its oblique, with the
    # lemma of a frame noun where the visit hangs from one: «во время визита», «в ходе визита») in which a visit noun
    # naming its destination (its phrase of `destinations`, "preposition:case") and no visitor stands: the verb's subject
    # visits (`_adjunct_visitor`)
    visit_adjuncts: dict[str, frozenset[str]] = field(default_factory=dict)
    # `own_claims`: a party's claim of its own act ("claimed responsibility for the attack", "claimed that they had
    # attacked"): verbs, nouns, pronouns and the CAMEO code the act then carries (`_claimed_own`)
    own_claims: dict[str, frozenset[str]] = field(default_factory=dict)
    # `considered`: verbs of weighing an act ("is considering sending aid") and CAMEO's code of it (014): `_considered`
    considered: dict[str, frozenset[str]] = field(default_factory=dict)
    # `hoped`: verbs of hoping for an act ("said it hoped for more talks") and CAMEO's code of the hope: `_hoped`
    hoped: dict[str, frozenset[str]] = field(default_factory=dict)
    # `failures`: verbs of failing ("failed to reach agreement") and the types of act whose failure CAMEO codes as a
    # rejection (its code): `_failed`
    failures: dict[str, frozenset[str]] = field(default_factory=dict)
    # `remarks`: nouns of a statement about an act ("condolences over the attack", "accusations that it tortured"):
    # an act below one with no actor named is its background (`_remarked`)
    remarks: frozenset[str] = frozenset()
    # `accords`: verbs of agreeing with a view ("agree with the NCAA that ...") and CAMEO's code of it (019): `_accord`
    accords: dict[str, frozenset[str]] = field(default_factory=dict)
    exchanges: dict[str, frozenset[str]] = field(default_factory=dict)  # acts given back in exchange ("in exchange for")
    open_objects: frozenset[str] = frozenset()  # determiners of an object open to any instance ("any"): no report's future
    consequences: frozenset[str] = frozenset()  # "verb object" lemmas: what a warning says another will face
    internal_directives: frozenset[str] = frozenset()  # verb acts addressed to the actor's own officials: none
    answers: dict[str, frozenset[str]] = field(default_factory=dict)  # answers to a proposal named before: `_proposer`
    group_patients: frozenset[str] = frozenset()  # home acts done to an unnamed group (`unnamed_groups`): X -> X
    home_acts: frozenset[str] = frozenset()  # verb acts with no other party named: aimed at the place, else at home
    planned_again: frozenset[str] = frozenset()  # acts coded twice in a sentence: one that happened, one planned
    according: frozenset[str] = frozenset()  # "preposition:case noun" of a phrase naming a speaker ("по словам")
    requested_at: frozenset[str] = frozenset()  # "preposition noun" of a phrase naming who asked for an act ("at request")
    schedule_verbs: frozenset[str] = frozenset()  # aspect verbs whose planned act is a timetable, no intention
    talk_topics: frozenset[str] = frozenset()  # verbs of talks whose object is a topic ("discussed the deployment")
    addressed_talks: frozenset[str] = frozenset()  # talks nouns whose other party is the one the clause addresses
    crowd_riots: dict[str, Any] = field(default_factory=dict)  # a crowd's violent act is a violent protest: `_crowd_riot`
    topic_subjects: frozenset[str] = frozenset()  # verbs of talks whose subject is a topic («вопрос обсуждался»)
    halted: dict[str, frozenset[str]] = field(default_factory=dict)  # {types, verbs}: nominal acts halted, no act held
    denied_topics: frozenset[str] = frozenset()  # report nouns whose topic act, named with no actor, is the denier's own
    drawn_in: dict[str, frozenset[str]] = field(default_factory=dict)  # {types, verbs, phrases}: an act's named participants
    # a headline in title case is read in sentence case (`TreeCoder.sentence_cased`): the share of its longer words
    # capitalised from which it is one (0: never), and the capitalised words that stay so (days, months)
    title_case: float = 0.0
    # the status of a headline's infinitive with its own subject and no finite verb ("Lithuania to close border")
    headline_future: str | None = None
    title_kept: frozenset[str] = frozenset()
    factive: frozenset[str] = frozenset()  # verbs of criticism whose content clause is a fact, coded ("regret that")
    among: frozenset[str] = frozenset()  # phrases that count a subject among a group ("among", «среди:gen», «в:loc число»)
    asked_to: dict[str, str] = field(default_factory=dict)  # verb -> CAMEO code when it tells another to act
    summoned: frozenset[str] = frozenset()  # acts whose agentless passive's destination is the actor ("summoned to")
    opinion: frozenset[str] = frozenset()  # verbs of holding an opinion: their content clause is no act (convention 10)
    alleged_words: frozenset[str] = frozenset()  # trigger words of an act a speaker alleges whoever it targets ("pressure")
    refused_codes: frozenset[str] = frozenset()  # CAMEO codes whose negation in any tense is a refusal ("did not recognise")
    loose_reports: frozenset[str] = frozenset()  # verbs of reporting after their content («..., сообщило Минобороны»): a report, no allegation
    alleging: frozenset[str] = frozenset()  # words of claiming («утверждают в Сеуле»): a state's claim of a hostile act is its accusation
    vague_parties: frozenset[str] = frozenset()  # parties with no code ("the West"): as a verb's object, no act (convention 10)
    object_lookback: int = 0  # words back a verb pattern's `with` word may stand as its object or passive subject
    ready_threat: dict[str, frozenset[str]] = field(default_factory=dict)  # code, words, acts: readiness as threat
    # `stay_away`: the CAMEO code of one party's refusal to come to an organisation's own meeting ("Pashinyan will not
    # attend the CIS summit": a boycott to come, convention 6; `_stays_away`), where the language codes it
    stay_away: str = ""
    alleged_untargeted: bool = False
    # a clause's condition (its adverbial clause's subordinating word, or a "preposition:case noun" phrase)
    # -> the status of the clause's act ("передаст ..., если ...", "в случае нападения ответит")
    conditions: dict[str, str] = field(default_factory=dict)
    # `beneficiaries`: phrases ("preposition:case noun", lemmas) naming the one an act serves, no party to it
    # («ввела пошлины в пользу российских производителей»): neither a target nor a place to look for one
    beneficiaries: frozenset[str] = frozenset()
    # acts with no other party named whose condition's subject is that party («Если Литва не снимет
    # ограничения, Минск закроет транзит»: Lithuania)
    condition_target: frozenset[str] = frozenset()
    # `conditioned_target`: acts in a condition aimed at the main clause's subject (default: `condition_target`)
    conditioned_target: frozenset[str] = frozenset()
    threat_before: frozenset[str] = frozenset()  # `ultimatum` words whose condition may come before the act
    indefinite_personal: bool = False  # a subjectless finite 3rd-person plural verb is an agentless passive
    offers: dict[str, frozenset[str]] = field(default_factory=dict)  # acts a verb of offering makes planned
    stative_passives: frozenset[str] = frozenset()  # "were engaged in fighting": the subject acts
    imitations: frozenset[str] = frozenset()  # contents of doing the same ("follow suit"): aimed where the act before was
    reactions: frozenset[str] = frozenset()  # acts aimed at the subject of their time clause ("protested after Russia cut ...")
    reactions_back: frozenset[str] = frozenset()  # ... or at the maker of the act told before them («...; Ливан осудил удар»)
    fought_between: frozenset[str] = frozenset()  # nouns of fighting between two parties: each does it to the other
    reaction_words: frozenset[str] = frozenset()  # words of an act referred back to («осудил этот шаг»)
    mirrored: dict[str, frozenset[str]] = field(default_factory=dict)  # measures in kind answering the act before
    claim_nouns: frozenset[str] = frozenset()  # nouns of claim whose owner alleges the act in their content clause
    ultimatum_parties: frozenset[str] = frozenset()  # `ultimatum` acts whose threat is aimed at the condition's party
    ultimatum_warnings: frozenset[str] = frozenset()  # ... where told under one of these verbs of warning
    object_acts: frozenset[str] = frozenset()  # nominal acts with one party, a verb's object: the verb's subject does it
    modal_predicates: frozenset[str] = frozenset()  # a predicate of obligation heading a content clause («должна»)
    agreed_mutual: frozenset[str] = frozenset()  # one-way acts two parties agree to take: each toward the other
    clause_split: frozenset[str] = frozenset()  # marks between independent clauses parsed apart («...; ...»)
    two_objects_subject: bool = False  # a verb's first of two objects, before it, is its subject (a misparse)
    fronted_subject: bool = False  # a subjectless verb's subject is the name ending a fronted phrase ("On Friday Poland warned")
    negated_verb_patterns: bool = False  # a verb pattern may open with its negation («не пропустили»): the parse reads the verb
    viewed_forecasts: bool = False  # an act to come in another's view («..., считают эксперты») is a forecast, no promise
    condition_not_content: bool = False  # a clause of condition on a verb of saying is no content clause of it
    short_predicates: bool = False  # a short adjective is its content clause's finite predicate («что намерены запросить»)
    content_condition_party: bool = False  # a warning's other party may be the subject of its content's condition

    def has(self, tok: Any, key: str) -> bool:
        """The token's dependency label is one of `labels[key]`."""
        return tok.dep_ in self.labels[key]

    def is_pos(self, tok: Any, key: str) -> bool:
        """The token's part of speech is one of `pos[key]`."""
        return tok.pos_ in self.pos[key]

    def tagged(self, tok: Any, key: str) -> bool:
        """The token's fine-grained tag is one of `tags[key]` (none where the parse has no such tags)."""
        return tok.tag_ in self.tags[key]


def _forms(words: Iterable[Any], lang: str, pos: str = "verb") -> set[str]:
    """The forms under which a data word is met in the parse: English verbs inflected,
    other languages as lemmas (their parses carry lemmas)."""
    mod = _module(lang)
    inflect = getattr(mod, "inflect", None) if mod else None
    out: set[str] = set()
    for w in words:
        w = str(w).lower()
        out.add(w)
        if inflect is not None and " " not in w:
            out.update(inflect(w, pos))
    return out


# the sections of a syntax file (their entries merge across files) and its other keys (a later file replaces them)
SECTIONS = ("labels", "preps", "status", "pos", "tags")
TOP_KEYS = ("stay_away", "alleged_untargeted", "promised_acts", "promise_verbs", "promised_sums", "venue_targets", "instruments", "unplanned", "denied_reports", "intent_statuses",
            "content_not_coded", "agreed_acts", "reversers", "agentless_participles",
            "protest_demands",
            "absorbed", "absorbed_by", "unrest_verbs", "protested", "clause_target", "intents", "participation", "speech",
            "alleged_acts", "accuse_code", "refers_back", "attribution", "ultimatum", "first_target", "refusal",
            "mutual", "light_phrases", "objective", "datelines", "named_content", "recipients", "drawn", "not_done",
            "informed_sources", "placed_sources", "done_by",
            "addressed", "change_nouns", "patient_nouns", "report_time", "domestic_sectors", "directed_sectors",
            "domestic_parties", "untargeted", "own_matter", "talks_outcome", "phone", "planned_again", "according",
            "asked_to", "summoned", "object_lookback", "ready_threat", "opinion", "home_acts", "threat_intents",
            "clause_other", "unnamed_groups", "based_in", "group_demands", "state_acts", "state_patients",
            "sentence_pair", "vague_parties", "alleged_words", "condition_target", "conditioned_target",
            "indefinite_personal", "departures", "repeated", "no_date", "statistics", "warnings", "assertions",
            "verb_adverbs", "answered", "responded", "reacted", "inverted_conditions", "fronted_subject",
            "negated_verb_patterns", "viewed_forecasts", "condition_not_content", "short_predicates",
            "content_condition_party", "reactions", "reactions_back", "imitations", "stative_passives", "offers",
            "stances", "arrivals", "custody", "predicated", "alleged_modifiers", "decision_nouns", "relative_makers", "guests", "statements", "reprisals", "fought_between", "two_objects_subject", "alleging", "loose_reports", "refused_codes", "clause_split", "agreed_mutual", "modal_predicates", "relative_owners",
            "object_acts", "ultimatum_parties", "claim_nouns", "mirrored", "group_patients", "internal_directives",
            "consequences", "restricted_by", "economic_hits", "subject_control", "untargeted_promises",
            "ordered_measures", "small_clauses", "mutual_verbs", "answers", "mediation", "exchanges", "requested_at",
            "among", "factive", "talk_topics", "addressed_talks", "crowd_riots", "schedule_verbs", "own_claims", "considered", "hoped", "undergone",
            "seat_verbs", "accepting", "accepted_deals", "intent_governors", "failures", "remarks", "accords", "aid_means", "owned_partner",
            "exchanged", "concessive", "told_clauses", "sanction_refs", "joint_makers", "terms_of_acts", "tranches",
            "reprisal_targets", "repression_means", "ultimatum_only", "accord_contents", "ended_accords",
            "adopted_acts", "trips", "visit_adjuncts", "beneficiaries", "reversing_adverbs", "joined_in", "announced_acts", "not_self_beside_other", "negated_conditions", "agreed_aid", "lenders", "attack_results", "topic_subjects", "halted", "abroad_acts", "justified",
            "demanded_conditions", "denied_topics", "drawn_in", "title_case",
            "headline_future", "declined", "nested_talk_topics", "traded_goods", "stay_away_meetings", "never_self", "light_nouns")


@lru_cache(maxsize=16)
def load_syntax(lang: str, dictionary_dirs: tuple[Path, ...] = ()) -> Syntax:
    paths = [LANG_DIR / lang / "syntax.yaml"] + [Path(d) / "lang" / lang / "syntax.yaml" for d in dictionary_dirs]
    data: dict[str, Any] = {"labels": {}, "preps": {}, "status": {}, "pos": {}, "tags": {}}
    found = False
    for p in paths:
        if not p.is_file():
            continue
        found = True
        raw = read_mapping(p, "syntax file")
        unknown = sorted(set(raw) - set(SECTIONS) - set(TOP_KEYS))
        if unknown:
            raise InputError(str(p), f"unknown key(s) {', '.join(unknown)}")
        for sect in SECTIONS:
            for k, v in (raw.get(sect) or {}).items():
                if isinstance(v, dict):
                    data[sect].setdefault(k, {}).update(v)
                else:
                    data[sect][k] = list(data[sect].get(k) or []) + list(v or [])
        for k in TOP_KEYS:
            if k in raw:
                data[k] = raw[k]
    if not found:
        raise InputError(str(paths[0]), f"no syntax file for language {lang!r}")
    st = data["status"]
    gov: dict[str, str] = {}
    for w, s in (st.get("governors") or {}).items():
        for f in _forms([w], lang):
            gov[f] = s
    return Syntax(
        labels={k: frozenset(data["labels"].get(k) or ()) for k in LABEL_KEYS},
        pos={k: frozenset(str(t) for t in data["pos"].get(k) or ()) for k in POS_KEYS},
        tags={k: frozenset(str(t) for t in data["tags"].get(k) or ()) for k in TAG_KEYS},
        preps={k: frozenset(str(w).lower() for w in data["preps"].get(k) or ()) for k in PREP_KEYS},
        aux={str(k).lower(): v for k, v in (st.get("aux") or {}).items()},
        features={str(k): v for k, v in (st.get("features") or {}).items()},
        governors=gov,
        markers={str(k).lower(): v for k, v in (st.get("markers") or {}).items()},
        denial=frozenset(_forms(st.get("denial") or (), lang)),
        negation_words=frozenset(str(w).lower() for w in st.get("negation_words") or ()),
        forecasters=frozenset(_forms(st.get("forecasters") or (), lang, "noun")),
        content_not_coded=frozenset(data.get("content_not_coded") or ()),
        agreed_acts=frozenset(data.get("agreed_acts") or ()),
        absorbed=frozenset(data.get("absorbed") or ()),
        absorbed_by={str(k): frozenset(str(x) for x in v) for k, v in (data.get("absorbed_by") or {}).items()},
        clause_target=frozenset(data.get("clause_target") or ()),
        participation=_participation(data.get("participation") or (), lang),
        speech=frozenset(_forms(data.get("speech") or (), lang)),
        alleged_acts=frozenset(data.get("alleged_acts") or ()),
        accuse_code=str(data.get("accuse_code") or "112"),
        refers_back=frozenset(data.get("refers_back") or ()),
        attribution=bool(data.get("attribution")),
        ultimatum={str(k).lower(): str(v if not isinstance(v, dict) else v.get("code"))
                   for k, v in (data.get("ultimatum") or {}).items()},
        threat_if={str(k).lower(): frozenset(str(x) for x in v.get("acts") or ())
                   for k, v in (data.get("ultimatum") or {}).items() if isinstance(v, dict)},
        refusal={str(k): str(v) for k, v in (data.get("refusal") or {}).items()},
        first_target={str(k): frozenset(str(w).lower() for w in v) for k, v in (data.get("first_target") or {}).items()},
        mutual=frozenset(str(w).lower() for w in data.get("mutual") or ()) | frozenset(_forms(data.get("mutual_verbs") or (), lang)),
        negated={f: str(v) for w, v in (st.get("negated") or {}).items() for f in _forms([w], lang)},
        domestic_sectors=frozenset(str(x) for x in data.get("domestic_sectors") or ()),
        directed_sectors=frozenset(str(x) for x in data.get("directed_sectors") or ()),
        domestic_parties=frozenset(_forms(data.get("domestic_parties") or (), lang, "noun")),
        untargeted=frozenset(str(x) for x in data.get("untargeted") or ()),
        home_acts=frozenset(str(x) for x in data.get("home_acts") or ()),
        state_acts=frozenset(str(x) for x in data.get("state_acts") or ()),
        sentence_pair=frozenset(str(x) for x in data.get("sentence_pair") or ()),
        not_self_beside_other=frozenset(str(x) for x in data.get("not_self_beside_other") or ()),
        abroad_acts={k: frozenset(str(x) for x in v) for k, v in (data.get("abroad_acts") or {}).items()},
        negated_conditions=bool(data.get("negated_conditions")),
        agreed_aid=bool(data.get("agreed_aid")),
        lenders={str(k): frozenset(str(x) for x in v) for k, v in (data.get("lenders") or {}).items()},
        justified={str(k): frozenset(_forms(v, lang) if k == "verbs" else (str(x) for x in v))
                   for k, v in (data.get("justified") or {}).items()},
        attack_results=frozenset(str(x) for x in data.get("attack_results") or ()),
        talks_outcome=frozenset(str(x) for x in data.get("talks_outcome") or ()),
        phone={"phrases": frozenset(str(w).lower() for w in (data.get("phone") or {}).get("phrases") or ()),
               "code": str((data.get("phone") or {}).get("code") or "041")} if data.get("phone") else {},
        state_patients=frozenset(str(x) for x in data.get("state_patients") or ()),
        unnamed_groups=frozenset(_forms(data.get("unnamed_groups") or (), lang, "noun")),
        based_in={"participles": frozenset(_forms((data.get("based_in") or {}).get("participles") or (), lang)),
                  "preps": frozenset(str(x).lower() for x in (data.get("based_in") or {}).get("preps") or ())},
        group_demands=frozenset(str(x) for x in data.get("group_demands") or ()),
        verb_adverbs=frozenset(str(x).lower() for x in data.get("verb_adverbs") or ()),
        answered=frozenset(str(x) for x in data.get("answered") or ()),
        inverted_conditions={str(k).lower(): str(v) for k, v in (data.get("inverted_conditions") or {}).items()},
        exchanges={str(k): frozenset(str(x).lower() if k == "phrases" else str(x) for x in v or ())
                   for k, v in (data.get("exchanges") or {}).items()},
        mediation={str(k): frozenset(_forms(v or (), lang) if k == "words" else (str(v),) if not isinstance(v, list) else (str(x) for x in v))
                   for k, v in (data.get("mediation") or {}).items()},
        own_claims={str(k): frozenset(_forms(v or (), lang) if k == "verbs" else _forms(v or (), lang, "noun")
                                      if k == "nouns" else (str(v),) if not isinstance(v, list) else (str(x).lower() for x in v))
                    for k, v in (data.get("own_claims") or {}).items()},
        accords=_verbs_and_words(data.get("accords"), lang),
        remarks=frozenset(_forms(data.get("remarks") or (), lang, "noun")),
        failures={str(k): frozenset(_forms(v or (), lang) if k == "verbs" else (str(v),) if not isinstance(v, list)
                                    else (str(x) for x in v)) for k, v in (data.get("failures") or {}).items()},
        considered=_verbs_and_words(data.get("considered"), lang),
        hoped=_verbs_and_words(data.get("hoped"), lang),
        reprisals={str(k): frozenset(str(x).lower() if k == "phrases" else str(x) for x in v or ())
                   for k, v in (data.get("reprisals") or {}).items()},
        announced_acts=frozenset(str(x) for x in data.get("announced_acts") or ()),
        joined_in={str(k): frozenset(_forms(v or (), lang) if k == "verbs" else (str(x).lower() if k == "preps" else str(x)
                                                                                  for x in v or ()))
                   for k, v in (data.get("joined_in") or {}).items()},
        reversing_adverbs={str(k).lower(): str(v) for k, v in (data.get("reversing_adverbs") or {}).items()},
        adopted_acts={str(k): frozenset(str(x) for x in v or ()) for k, v in (data.get("adopted_acts") or {}).items()},
        declined=frozenset(_forms(data.get("declined") or (), lang)),
        nested_talk_topics=frozenset(_forms(data.get("nested_talk_topics") or (), lang)),
        traded_goods=frozenset(_forms(data.get("traded_goods") or (), lang, "noun")),
        stay_away_meetings=frozenset(_forms(data.get("stay_away_meetings") or (), lang, "noun")),
        never_self={str(k): frozenset(str(x) for x in v or ()) for k, v in (data.get("never_self") or {}).items()},
        light_nouns=frozenset(_forms(data.get("light_nouns") or (), lang, "noun")),
        ultimatum_only=frozenset(str(x).lower() for x in data.get("ultimatum_only") or ()),
        repression_means={str(k): frozenset(str(x) for x in v or ()) for k, v in (data.get("repression_means") or {}).items()},
        reprisal_targets={str(k): frozenset(_forms(v or (), lang) if k == "cues" else (str(x) for x in v or ()))
                          for k, v in (data.get("reprisal_targets") or {}).items()},
        joint_makers=frozenset(str(x) for x in data.get("joint_makers") or ()),
        terms_of_acts=frozenset(str(x).lower() for x in data.get("terms_of_acts") or ()),
        tranches=_verbs_and_words(data.get("tranches"), lang),
        ended_accords=frozenset(str(x) for x in data.get("ended_accords") or ()),
        trips=_verbs_and_words(data.get("trips"), lang),
        beneficiaries=frozenset(str(x).lower() for x in data.get("beneficiaries") or ()),
        visit_adjuncts={str(k): frozenset(str(x) for x in v or ()) for k, v in (data.get("visit_adjuncts") or {}).items()},
        accord_contents={str(k): frozenset(str(x) for x in v or ()) for k, v in (data.get("accord_contents") or {}).items()},
        sanction_refs=_verbs_and_words(data.get("sanction_refs"), lang),
        group_patients=frozenset(str(x) for x in data.get("group_patients") or ()),
        internal_directives=frozenset(str(x) for x in data.get("internal_directives") or ()),
        answers={str(k): frozenset(_forms(v or (), lang, "noun") if k == "nouns" else (str(x) for x in v or ()))
                 for k, v in (data.get("answers") or {}).items()},
        consequences=frozenset(f"{form} {obj}" for x in data.get("consequences") or ()
                               for verb, _, obj in [str(x).lower().partition(" ")] for form in _forms([verb], lang)),
        responded={k: frozenset(_forms(v or (), lang) if k in ("words", "to_come") else (str(w) for w in v or ()))
                   for k, v in (data.get("responded") or {}).items()},
        reacted={k: frozenset(_forms(v or (), lang, "noun" if k == "nouns" else "verb") if k in ("nouns", "verbs", "harms", "denials")
                              else (str(w) for w in v or ())) for k, v in (data.get("reacted") or {}).items()},
        clause_other=frozenset(str(x) for x in data.get("clause_other") or ()),
        threat_intents={str(k): str(v) for k, v in (data.get("threat_intents") or {}).items()},
        unplanned=bool(data.get("unplanned")),
        intent_statuses=frozenset(data.get("intent_statuses") or ("planned", "hypothetical")),
        denied_reports={str(k): frozenset(_forms(v or (), lang, "noun" if k == "objects" else "verb"))
                        if k != "named" else frozenset(("yes",) if v else ())
                        for k, v in (data.get("denied_reports") or {}).items()},
        own_matter=frozenset(str(x) for x in data.get("own_matter") or ()),
        planned_again=frozenset(str(x) for x in data.get("planned_again") or ()),
        according=frozenset(str(x) for x in data.get("according") or ()),
        requested_at=frozenset(str(x).lower() for x in data.get("requested_at") or ()),
        among=frozenset(str(x).lower() for x in data.get("among") or ()),
        factive=frozenset(_forms(data.get("factive") or (), lang)),
        talk_topics=frozenset(_forms(data.get("talk_topics") or (), lang)),
        addressed_talks=frozenset(str(w) for w in data.get("addressed_talks") or ()),
        crowd_riots={k: (str(v) if k == "code" else frozenset(_forms(v or (), lang, "noun")) if k == "subjects"
                         else frozenset(_forms(v or (), lang)) if k == "verbs" else frozenset(str(x) for x in v or ()))
                     for k, v in (data.get("crowd_riots") or {}).items()},
        topic_subjects=frozenset(_forms(data.get("topic_subjects") or (), lang)),
        denied_topics=frozenset(_forms(data.get("denied_topics") or (), lang, "noun")),
        drawn_in={"types": frozenset(str(x) for x in (data.get("drawn_in") or {}).get("types") or ()),
                  "verbs": frozenset(_forms((data.get("drawn_in") or {}).get("verbs") or (), lang)),
                  "phrases": frozenset(str(x).lower() for x in (data.get("drawn_in") or {}).get("phrases") or ())}
        if data.get("drawn_in") else {},
        headline_future=str(data["headline_future"]) if data.get("headline_future") else None,
        title_case=float((data.get("title_case") or {}).get("share") or 0.0),
        title_kept=frozenset(str(w).lower() for w in (data.get("title_case") or {}).get("keep") or ()),
        halted={"types": frozenset(str(x) for x in (data.get("halted") or {}).get("types") or ()),
                "verbs": frozenset(_forms((data.get("halted") or {}).get("verbs") or (), lang))} if data.get("halted") else {},
        schedule_verbs=frozenset(_forms(data.get("schedule_verbs") or (), lang)),
        asked_to={str(k): str(v) for k, v in (data.get("asked_to") or {}).items()},
        summoned=frozenset(str(x) for x in data.get("summoned") or ()),
        opinion=frozenset(_forms(data.get("opinion") or (), lang)),
        vague_parties=frozenset(" ".join(str(w).lower().split()) for w in data.get("vague_parties") or ()),
        alleged_words=frozenset(str(w).lower() for w in data.get("alleged_words") or ()),
        alleging=frozenset(_forms(data.get("alleging") or (), lang)),
        loose_reports=frozenset(_forms(data.get("loose_reports") or (), lang)),
        refused_codes=frozenset(str(x) for x in data.get("refused_codes") or ()),
        object_lookback=int(data.get("object_lookback") or 0),
        conditions={str(k).lower(): str(v) for k, v in (st.get("conditions") or {}).items()},
        indefinite_personal=bool(data.get("indefinite_personal")),
        fronted_subject=bool(data.get("fronted_subject")),
        two_objects_subject=bool(data.get("two_objects_subject")),
        clause_split=frozenset(str(x) for x in data.get("clause_split") or ()),
        agreed_mutual=frozenset(str(x) for x in data.get("agreed_mutual") or ()),
        modal_predicates=frozenset(_forms(data.get("modal_predicates") or (), lang)),
        object_acts=frozenset(str(x) for x in data.get("object_acts") or ()),
        claim_nouns=frozenset(_forms(data.get("claim_nouns") or (), lang, "noun")),
        mirrored={"verbs": frozenset(_forms((data.get("mirrored") or {}).get("verbs") or (), lang)),
                  "nouns": frozenset(_forms((data.get("mirrored") or {}).get("nouns") or (), lang, "noun")),
                  "words": frozenset(_forms((data.get("mirrored") or {}).get("words") or (), lang, "noun")),
                  "act_nouns": frozenset(_forms((data.get("mirrored") or {}).get("act_nouns") or (), lang, "noun")),
                  "types": frozenset(str(x) for x in (data.get("mirrored") or {}).get("types") or ())}
        if data.get("mirrored") else {},
        ultimatum_parties=frozenset(str(x) for x in (data.get("ultimatum_parties") or {}).get("types") or ()),
        ultimatum_warnings=frozenset(_forms((data.get("ultimatum_parties") or {}).get("warnings") or (), lang)),
        negated_verb_patterns=bool(data.get("negated_verb_patterns")),
        viewed_forecasts=bool(data.get("viewed_forecasts")),
        condition_not_content=bool(data.get("condition_not_content")),
        short_predicates=bool(data.get("short_predicates")),
        content_condition_party=bool(data.get("content_condition_party")),
        reactions=frozenset(data.get("reactions") or ()),
        fought_between=frozenset(_forms(data.get("fought_between") or (), lang, "noun")),
        reactions_back=frozenset((data.get("reactions_back") or {}).get("types") or ()),
        reaction_words=frozenset(_forms((data.get("reactions_back") or {}).get("words") or (), lang, "noun")),
        imitations=frozenset(str(x) for x in data.get("imitations") or ()),
        stative_passives=frozenset(_forms(data.get("stative_passives") or (), lang)),
        offers={"verbs": frozenset(_forms((data.get("offers") or {}).get("verbs") or (), lang)),
                "types": frozenset(str(x) for x in (data.get("offers") or {}).get("types") or ())},
        condition_target=frozenset(str(x) for x in data.get("condition_target") or ()),
        conditioned_target=frozenset(str(x) for x in (data["conditioned_target"] if "conditioned_target" in data
                                                      else data.get("condition_target")) or ()),
        threat_before=frozenset(str(k).lower() for k, v in (data.get("ultimatum") or {}).items()
                                if isinstance(v, dict) and v.get("before")),
        stay_away=str(data.get("stay_away") or ""),
        alleged_untargeted=bool(data.get("alleged_untargeted")),
        ready_threat={k: frozenset(str(x) if k != "words" else str(x).lower() for x in (v if isinstance(v, list) else [v]))
                      for k, v in (data.get("ready_threat") or {}).items()},
        named_content=frozenset(data.get("named_content") or ()),
        recipients=frozenset(_forms(data.get("recipients") or (), lang)),
        undergone=frozenset(str(w).lower() for w in data.get("undergone") or ()),
        seat_verbs=frozenset(_forms(data.get("seat_verbs") or (), lang)),
        accepting=frozenset(_forms(data.get("accepting") or (), lang)),
        accepted_deals=frozenset(_forms(data.get("accepted_deals") or (), lang)),
        intent_governors=frozenset(_forms(data.get("intent_governors") or (), lang)),
        promised_acts={str(k): frozenset(str(x) for x in v) for k, v in (data.get("promised_acts") or {}).items()},
        promise_verbs=frozenset(_forms(data.get("promise_verbs") or data.get("intent_governors") or (), lang)),
        promised_sums=frozenset(_forms(data.get("promised_sums") or (), lang)),
        agentless_participles=frozenset(str(x) for x in data.get("agentless_participles") or ()),
        protest_demands=bool(data.get("protest_demands")),
        venue_targets={str(k): frozenset(str(x) for x in v) for k, v in (data.get("venue_targets") or {}).items()},
        instruments=frozenset(_forms(data.get("instruments") or (), lang, "noun")),
        drawn=frozenset(_forms(data.get("drawn") or (), lang)),
        patient_nouns=frozenset(str(w).lower().replace("ё", "е") for w in data.get("patient_nouns") or ()),
        departures=frozenset(str(w).lower() for w in data.get("departures") or ()),
        restricted_by=frozenset(str(w).lower().replace("ё", "е") for w in data.get("restricted_by") or ()),
        subject_control=frozenset(_forms(data.get("subject_control") or (), lang)),
        untargeted_promises=_verbs_and_words(data.get("untargeted_promises"), lang),
        small_clauses=frozenset(_forms(data.get("small_clauses") or (), lang)),
        ordered_measures={"verbs": frozenset(_forms((data.get("ordered_measures") or {}).get("verbs") or (), lang)),
                          "types": frozenset(str(x) for x in (data.get("ordered_measures") or {}).get("types") or ())},
        economic_hits={"verbs": frozenset(_forms((data.get("economic_hits") or {}).get("verbs") or (), lang)),
                       **{k: frozenset(_forms((data.get("economic_hits") or {}).get(k) or (), lang, "noun"))
                          for k in ("objects", "subjects")}},
        unrest_verbs=frozenset(_forms(data.get("unrest_verbs") or (), lang)),
        addressed=frozenset(str(c) for c in data.get("addressed") or ()),
        not_done=tuple(tuple(str(w).lower().split()) for w in data.get("not_done") or ()),
        informed_sources=frozenset(str(w).lower() for w in data.get("informed_sources") or ()),
        placed_sources=frozenset(str(c) for c in data.get("placed_sources") or ()),
        done_by=frozenset(_forms(data.get("done_by") or (), lang)),
        change_nouns={str(k).lower(): frozenset(str(w).lower() for w in (v or ())) for k, v in (data.get("change_nouns") or {}).items()},
        protested=frozenset(f"{f} {prep}".strip() for e in data.get("protested") or ()
                            for verb, _, prep in [str(e).lower().partition(" ")] for f in _forms([verb], lang)),
        warnings=frozenset(_forms(data.get("warnings") or (), lang)),
        assertions=frozenset(_forms(data.get("assertions") or (), lang)),
        stances=frozenset(_forms(data.get("stances") or (), lang)),
        arrivals={"verbs": frozenset(_forms((data.get("arrivals") or {}).get("verbs") or (), lang)),
                  "types": frozenset((data.get("arrivals") or {}).get("types") or ())},
        alleged_modifiers=frozenset(str(w).lower() for w in data.get("alleged_modifiers") or ()),
        decision_nouns=frozenset(str(w).lower() for w in data.get("decision_nouns") or ()),
        relative_makers=frozenset(_forms(data.get("relative_makers") or (), lang)),
        relative_owners=frozenset(_forms(data.get("relative_owners") or (), lang)),
        statements=frozenset(_forms(data.get("statements") or (), lang, "noun")),
        guests={"verbs": frozenset(_forms((data.get("guests") or {}).get("verbs") or (), lang)),
                "nouns": frozenset(_forms((data.get("guests") or {}).get("nouns") or (), lang, "noun")),
                "code": str((data.get("guests") or {}).get("code") or ""),
                "talks": frozenset(str(x).lower() for x in (data.get("guests") or {}).get("talks") or ()),
                "giving": frozenset(_forms((data.get("guests") or {}).get("giving") or (), lang))},
        predicated={"types": frozenset(str(x) for x in (data.get("predicated") or {}).get("types") or ()),
                    "copulas": frozenset(str(x).lower() for x in (data.get("predicated") or {}).get("copulas") or ())},
        concessive=frozenset(str(w).lower() for w in data.get("concessive") or ()),
        told_clauses=frozenset(str(w).lower() for w in data.get("told_clauses") or ()),
        demanded_conditions=frozenset(str(w).lower() for w in data.get("demanded_conditions") or ()),
        exchanged=_typed_words(data.get("exchanged")),
        owned_partner=_typed_words(data.get("owned_partner")),
        aid_means=_typed_words(data.get("aid_means")),
        custody={"verbs": frozenset(_forms((data.get("custody") or {}).get("verbs") or (), lang)),
                 "places": frozenset(_forms((data.get("custody") or {}).get("places") or (), lang, "noun"))},
        repeated={k: frozenset(str(w) for w in v or ()) if k == "types" else frozenset(
                      _forms(v or (), lang, "noun") if k in ("counts", "spans")
                      else (str(w).lower() for w in v or ()))
                  for k, v in (data.get("repeated") or {}).items()},
        statistics={k: frozenset(str(w) for w in v or ()) if k == "types" else frozenset(_forms(v or (), lang))
                    for k, v in (data.get("statistics") or {}).items()},
        no_date={k: frozenset(_forms(v or (), lang, "noun" if k == "nouns" else "verb") if k != "preps"
                              else (str(w).lower() for w in v or ()))
                 for k, v in (data.get("no_date") or {}).items()},
        objective=frozenset(data.get("objective") or ()),
        report_time=frozenset(_forms(data.get("report_time") or (), lang)),
        light_phrases=frozenset(f"{f} {prep}" for e in data.get("light_phrases") or ()
                                for verb, _, prep in [str(e).lower().partition(" ")] for f in _forms([verb], lang)),
        intents={str(k): str(v) for k, v in (data.get("intents") or {}).items()},
        datelines=tuple(re.compile(str(r)) for r in data.get("datelines") or ()),
        copula_to=frozenset(str(w).lower() for w in st.get("copula_to") or ()),
        reported_aux={str(k).lower(): str(v) for k, v in (st.get("reported_aux") or {}).items()},
        open_objects=frozenset(str(x).lower() for x in st.get("open_objects") or ()),
        adverbs={str(k).lower(): str(v) for k, v in (st.get("adverbs") or {}).items()},
        temporal=frozenset(str(w).lower() for w in st.get("temporal") or ()),
        sequence=frozenset(str(w).lower() for w in st.get("sequence") or ()),
        occurrence=frozenset(_forms(st.get("occurrence") or (), lang)),
        reversers={f: str(code) for w, code in (data.get("reversers") or {}).items() for f in _forms([w], lang)},
    )


def _typed_words(entry: dict[str, Any] | None) -> dict[str, frozenset[str]]:
    """A key of PLOVER `types` and lists of words (lower case): `exchanged`, `owned_partner`, `aid_means`."""
    return {k: frozenset(str(w) if k == "types" else str(w).lower() for w in v or ()) for k, v in (entry or {}).items()}


def _verbs_and_words(entry: dict[str, Any] | None, lang: str) -> dict[str, frozenset[str]]:
    """An entry of `verbs` (all their forms), lists of words (lower case) and single values such as a CAMEO code
    (as written): `considered`, `hoped`, `accords`, `tranches`, `sanction_refs`, `untargeted_promises`."""
    return {str(k): frozenset(_forms(v or (), lang) if k == "verbs" else (str(x).lower() for x in v)
                              if isinstance(v, list) else (str(v),))
            for k, v in (entry or {}).items()}


def _restate(events: list[Event], codes: frozenset[str]) -> None:
    """Give `events` the CAMEO code of the statement about them (one code of `codes`); type and parties stay."""
    code = next(iter(codes))
    for e in events:
        cameo.recode(e, code)


def p_type_blocked(t: _Trig, syn: Syntax) -> bool:
    """The trigger's act is not one whose target `_clause_other` may look for (`clause_other`)."""
    return t.phrase.pattern.type not in syn.clause_other


def _one_side_ok(e: Event) -> bool:
    """Convention 7 on an X -> X event: one country on both sides only for a protest,
    for repression or violence with a party or place inside it named, and for other domestic
    acts where two parties inside it are named (not one state's organs)."""
    if e.source is None or e.source != e.target or e.type == "PROTEST":
        return True
    if e.type in ("COERCE", "ASSAULT"):
        return bool(e.target_text) and e.target_text != e.source_text
    return bool(e.source_text and e.target_text and e.source_text != e.target_text) and e.type in DOMESTIC \
        and not {e.source_sector, e.target_sector} <= STATE_SECTORS \
        and not (e.type in PARTY_ACTS and not {e.source_sector, e.target_sector} & PARTIES)


def _participation(entries: Iterable[Any], lang: str) -> dict[str, frozenset[str]]:
    """"take part", "join": each form of the verb -> the object word it needs (none: empty)."""
    out: dict[str, set[str]] = {}
    for entry in entries:
        verb, _, obj = str(entry).lower().partition(" ")
        for f in _forms([verb], lang):
            out.setdefault(f, set()).update([obj] if obj else [""])
    return {k: frozenset(v) for k, v in out.items()}


def parser_for(lang: str) -> Any:
    """The language's ``parse(texts) -> [Doc]`` (dyadwatch.nlp.lang.<code>.syntax)."""
    return importlib.import_module(f"dyadwatch.nlp.lang.{lang}.syntax").parse


def _key(tok: Any) -> str:
    """The word as the data files name it: its lemma where the parse has one, else lower case."""
    lem = tok.lemma_
    return (lem or tok.lower_).lower().replace("ё", "е")


def _word_in(tok: Any, words: Collection[str]) -> bool:
    """The token, as written (lower case) or as the data files name it (`_key`), is one of `words`."""
    return tok.lower_ in words or _key(tok) in words


def _agrees(noun: Any, verb: Any) -> bool:
    """A noun and a finite verb agree in number and, where the verb shows it (a past tense), in gender."""
    if noun.morph.get("Number") != verb.morph.get("Number"):
        return False
    vg = verb.morph.get("Gender")
    return not vg or noun.morph.get("Gender") == vg


def _passive(tok: Any, syn: Syntax) -> bool:
    """A passive participle (`tags.participle`: English VBN; UD Voice=Pass)."""
    return syn.tagged(tok, "participle") or "Pass" in tok.morph.get("Voice")


@dataclass
class _Sent:
    """One parsed sentence: its tokens, actor mentions and their places in the tree."""

    doc: Any
    text: str
    toks: list[tuple[str, int, int]]
    lower: list[str]
    mentions: list[Mention]
    at: dict[int, int] = field(default_factory=dict)  # spaCy token -> mention index (longest)
    spans: list[set[int]] = field(default_factory=list)  # mention -> spaCy tokens
    _tokens: dict[int, Any] = field(default_factory=dict)  # (`tok`: asked tens of times a token)

    def tok(self, i: int) -> Any:
        """The spaCy token at our token i."""
        got = self._tokens.get(i)
        if got is None:
            c = self.toks[i][1]
            span = self.doc.char_span(c, self.toks[i][2], alignment_mode="expand")
            got = self._tokens[i] = span[0] if span is not None and len(span) else self.doc[0]
        return got

    def span_of(self, m: Mention) -> set[int]:
        """The spaCy tokens of mention `m` (none where it has no place in the parse)."""
        k = next((k for k, x in enumerate(self.mentions) if x is m), None)
        return self.spans[k] if k is not None and k < len(self.spans) else set()

    def within(self, tokens: set[int]) -> list[Mention]:
        """The mentions whose parse lies inside `tokens` (a clause, a phrase), in sentence order."""
        return [m for k, m in enumerate(self.mentions) if k < len(self.spans) and self.spans[k] and self.spans[k] <= tokens]


class TreeCoder(Coder):
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

    # ------------------------------------------------------------------ parsing
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

    def actors_named(self, words: list[str], lower: list[str]) -> bool:
        from dyadwatch.nlp.actors import match_names

        if match_names(self.actors, words, lower):
            return True
        return any(w in self.syn.preps["reference"] for w in lower)

    _pos: list[str] | None = None

    def _verb_read(self, i: int) -> bool:
        # before the parse, a verb after words shaped like adjectives is left to it (the sentence is parsed);
        # with the parse, the verb stands where the parse reads one ("the tribunal acquitted the mayor")
        if self._pos is None:
            return True
        if self._pos[i] not in self.syn.pos["verb"] or self._sent_now is None:
            return False
        v = self._sent_now.tok(i)
        # the words before it are its subject: "the tribunal acquitted" ("-al" looked like an adjective)
        return any(c.i < v.i and (self.syn.has(c, "subject") or self.syn.has(c, "passive_subject")) for c in v.children)

    @staticmethod
    def _named_in(sent: _Sent, x: Any) -> list[Mention]:
        """The coded mentions inside the phrase of node `x` (by characters: the sentence's mentions are placed in
        the tree after its triggers, when `_context_ok` reads them)."""
        a, b = x.left_edge.idx, x.right_edge.idx + len(x.right_edge.text)
        return [m for m in sent.mentions if m.codes and a <= sent.toks[m.start][1] and sent.toks[m.end - 1][2] <= b]

    def _context_ok(self, t: _Trig, lower: list[str], n: int) -> bool:
        p = t.phrase.pattern
        if self._pos is not None and (len(t.phrase.slots) == 1 or p.pos == "verb"):
            first = t.start
            while self.syn.negated_verb_patterns and p.pos == "verb" and first + 1 < t.end \
                    and lower[first] in self.syn.negation_words:
                first += 1  # («не пропустили», «не видит необходимости»: the verb after the pattern's own negation)
            if p.pos == "verb" and first + 2 < t.end and lower[first + 1] in ("-", "‑"):
                first += 2  # a hyphenated verb is a verb by its last part ("test-fired": "test" reads as a noun)
            pos = self._pos[first]
            if p.pos == "verb" and pos in self.syn.pos["not_verb"] \
                    or p.pos == "noun" and pos in self.syn.pos["verb"] \
                    or p.pos == "noun" and len(t.phrase.slots) == 1 and pos in self.syn.pos["adjective"] \
                    and self._sent_now is not None and (self.syn.has(a := self._sent_now.tok(t.start), "copula_predicate")
                                                        or self.syn.has(a, "adjectival")):
                # ("strike back": a particle; "the remarks were offensive": an adjective, no offensive)
                return False  # the parse reads the word as the other part of speech ("held a call on Monday")
        if self._pos is not None and p.pos == "noun" and len(t.phrase.slots) == 1 and self._sent_now is not None \
                and p.type in KIND_TYPES and self._kind_modifier(self._sent_now.tok(t.start)):
            return False  # "attack helicopters", "war allies", "protest leaders": a kind of thing, no act
        if self._pos is not None and p.pos == "verb" and p.type in BACKING_TYPES and self._sent_now is not None \
                and self._describing_participle(a := self._sent_now.tok(t.start)) and not self._reaction_noun(a.head):
            # "forces backed by Russian warplanes attacked ...": who backs them describes them (not an act praised:
            # "..., a step praised by Washington", `_reacted_to`)
            return False
        if self._pos is not None and p.pos == "verb" and p.type in self.syn.agentless_participles \
                and self._sent_now is not None and self._agentless_participle(self._sent_now, self._sent_now.tok(t.start)):
            return False  # «освободить Навального, приговорённого к 19 годам»: background, its actor implicit
        if p.predicate and not p.with_:
            return True  # a characterisation: its `without` words are read in its predicate (`_roles`)
        sent = self._sent_now
        if p.source_sectors and p.pos == "verb" and sent is not None and self.syn.is_pos(sent.tok(t.start), "verb"):
            # a pattern for one kind of actor whose verb's subject is named as another kind: the pattern that
            # overlaps it reads it («перевозчики заблокировали пункт пропуска»: a protest; «Польша заблокировала
            # пункт пропуска»: a sanction)
            subj, passive = self._subject(sent.tok(t.start))
            named = self._named_in(sent, subj) if subj is not None and not passive else []
            if named and not any(m.sector in p.source_sectors for m in named):
                return False
        if p.intransitive and p.pos == "verb" and sent is not None and self.syn.is_pos(v := sent.tok(t.start), "verb"):
            # a verb read only with no party as its object (`intransitive`): "Israel struck Iran" is an attack, no
            # labour strike (the pattern that overlaps it reads it)
            if any(self._named_in(sent, c) for c in v.children if self.syn.has(c, "object")):
                return False
        if p.without and p.pos == "verb" and sent is not None and len(t.phrase.slots) == 1:
            # a `without` word heading the verb's object past the window ("hosts a Russian air base at
            # Kant", "hosts two Russian military facilities"): the object, not the act's
            v = sent.tok(t.start)
            heads = [c for c in v.children if self.syn.has(c, "object")]
            if p.source_sectors:
                # (or heading its phrase of `preps.without_phrase`: "added Belarus to its list of high-risk countries"
                # lists, admits no member)
                heads += [n for w, n in self._preps(v) if w in self.syn.preps["without_phrase"]]
            if any(w[-1] in (c.lower_, _key(c)) and _contains([x.lower_ for x in c.subtree if x.i <= c.i], w) is not None
                   for c in heads for w in p.without):
                return False
        if super()._context_ok(t, lower, n):
            return True
        if not p.with_ or not self.syn.object_lookback \
                or any(_contains(lower[max(0, t.start - 2):min(n, t.end + 3)], w) is not None for w in p.without):
            return False
        if p.pos == "noun":
            # a noun's `with` word further on that the parse hangs on it («о закрытии с 01:00 12 сентября
            # оставшихся пунктов пропуска»: a time between)
            if self._pos is None:
                after = lower[t.end:min(n, t.end + p.window + self.syn.object_lookback)]
                before = lower[max(0, t.start - self.syn.object_lookback):t.start]
                plural = self.vocab.plural_suffixes
                present = _with_stems(after, plural)  # (a phrase whose first word is not there is not read)
                return any(w and w[0] in present and _contains(after, w, plural=plural) is not None
                           or len(w) == 1 and w[0] in before for w in p.with_)
            sent = self._sent_now
            if sent is None:
                return False
            tok = sent.tok(t.end - 1)
            mods = {_key(c) for c in tok.children if self.syn.has(c, "noun_modifier")}
            # ... or the verb it is the object of, the words between its own ("set a 30-day deadline")
            verb = {_key(tok.head), tok.head.lower_} if self.syn.has(tok, "light_object") and tok.head.i < tok.i else set()
            return any(w[0] in mods or len(w) == 1 and w[0] in verb for w in p.with_)
        if self._pos is None:
            # before the parse: a `with` word further back may be the verb's object or passive subject
            # («Пункты пропуска на границе с Белоруссией были закрыты»); the parse decides below
            before = lower[max(0, t.start - self.syn.object_lookback):t.start]
            # (or further on than the window: «направил в Курскую область около 11 тысяч военнослужащих»)
            after = lower[t.end:min(n, t.end + p.window + self.syn.object_lookback)]
            return _contains_any((before, after), p.with_, self.vocab.plural_suffixes)
        sent = self._sent_now
        if sent is None:
            return False
        v = sent.tok(t.start)
        heads = {_key(c) for c in v.children if self.syn.has(c, "light_object")}
        if self.syn.has(v, "relative_clause") and v.head.i < v.i:
            heads.add(_key(v.head))  # the noun a relative clause hangs on is its object ("the deal X and Y struck")
        # a contact clause misread as the verb's subject with its actors in apposition ("the deal Hungary
        # and Serbia struck": deal <- nsubj, Hungary <- appos): the noun is the object all the same
        heads |= {_key(c) for c in v.children if self.syn.has(c, "subject") and c.i < v.i
                  and any(self.syn.has(a, "apposition") and self.syn.is_pos(a, "name") for a in c.children)}
        return any(w[0] in heads for w in p.with_)

    _sent_now: _Sent | None = None

    def _parse(self, texts: list[str]) -> list[Any]:
        # (a language read by another's parser is respelt letter for letter first: `parse_spelling`)
        return self.parse([self.spelling(t) for t in texts] if self.spelling is not None else texts)

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

    def _doc(self, text: str) -> Any:
        d = self._docs.pop(text, None)
        if d is None:
            d = self._parse([text])[0]
            self.parsed += 1
        return d

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

    # ------------------------------------------------------------------ sentence
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

    def _domestic(self, e: Event) -> bool:
        """Convention 7 on an event X -> X in a sentence about one country (no other
        country named but as a place): kept where the sentence names two parties inside it, one of
        them no state organ (`domestic_sectors`, or a word of `domestic_parties`: "the government
        accepted the rebels' demands", "police prevented a rally by students"), or the place inside
        it where the act happens ("extended the curfew in Abidjan"); not a state's demand, threat,
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
        if any(m.location and m.codes == (e.source,) and not self._describes(m) for m in mentions):
            return True
        from dyadwatch.nlp.actors import match_names

        parties: dict[tuple[int, int], str | None] = {(m.start, m.end): m.sector for m in mentions
                                                      if m.codes and not m.location}
        for nm in match_names(self.actors, words, lower):
            if nm.entry.kind == "sector" and not any(a <= nm.start < b for a, b in parties):
                parties[(nm.start, nm.end)] = nm.entry.ref
        for i, w in enumerate(lower):
            if w in syn.domestic_parties and not any(a <= i < b for a, b in parties):
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

    def _describes(self, m: Mention) -> bool:
        """A place in the phrase of an actor ("the leadership in Astana"), not where an act happens."""
        s = self._last[0]
        k = next((k for k, x in enumerate(s.mentions) if x is m), None) if s is not None else None
        if k is None or k >= len(s.spans) or not s.spans[k]:
            return False
        head = next((s.doc[i] for i in sorted(s.spans[k]) if s.doc[i].head.i not in s.spans[k]), None)
        x = head.head if head is not None else None
        if x is not None and (self.syn.has(head, "prep_object") or self.syn.has(head, "oblique")):
            x = x.head if self.syn.has(head, "prep_object") else x
            j = s.at.get(x.i)
            return j is not None and j != k and not s.mentions[j].location
        return False

    def _noun_at(self, e: Event) -> bool:
        """The event's trigger is a noun in the sentence's parse."""
        s = self._last[0]
        k = self._dateline
        span = s.doc.char_span(e.start - k, e.end - k, alignment_mode="expand") if s is not None and e.start >= k else None
        return span is not None and len(span) > 0 and self.syn.is_pos(span.root, "nominal")

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
                if outer is None and m.head.i != m.i and g.head.i != g.i and self.syn.has(g, "object") \
                        and self.syn.has(m, "noun_modifier") and g.head.i in by_head:
                    outer = by_head[g.head.i]  # «подписали соглашение о военном сотрудничестве»: the accord's matter
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
                if self._no_date(s, h) or self._no_date_of(h) or self._repeated(s, t, h) or self._statistic(s, t, h) or self._not_done(s, h) \
                        or self._informed_source(h) \
                        or not self.syn.stay_away and self._stays_away(s, t, h) \
                        or t.phrase.pattern.visit and t.phrase.pattern.pos == "verb" and self._thing_travels(s, h):
                    # ("Belarusian exports go to Russia", "a German field hospital arrived in Ukraine": no one visits;
                    # "no date has been set for the visit", "have met 100 times": convention 10)
                    continue
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

    def _detached_agent(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """A nominal act with no actor, in a phrase of an active verb, whose "by" phrase after the act
        the parse hung on that verb ("led to new sanctions against Peru, by Chile and Canada"): that
        phrase names the act's actors (`preps.detached_agent`)."""
        x = h
        for _ in range(5):
            if x.head.i == x.i or not self.syn.has(x, "prepositional"):
                return []
            x = x.head
            if self.syn.is_pos(x, "verb"):
                break
        else:
            return []
        if not self.syn.is_pos(x, "verb") or _passive(x, self.syn) \
                or any(self.syn.has(c, "passive_subject") for c in x.children):
            return []
        return [m for w, n in self._preps(x) if w in self.syn.preps["detached_agent"] and n.i > h.i
                for m in self._actors_at(s, n) if m not in tgt]

    def _joined_pair(self, s: _Sent, head: Any, m: Mention) -> bool:
        """A name hyphenated to the next actor's name ("the Armenia-Azerbaijan talks", the parse hangs
        the first on the second as a compound): a pair of actors, not a part of one name."""
        gap = s.doc[head.i + 1:head.head.i]
        joiners = self.syn.preps["pair_joiners"]
        return bool(joiners) and len(gap) > 0 and all(t.text in joiners for t in gap) and any(
            x is not m and x.codes and s.toks[x.start][1] <= head.head.idx < s.toks[x.end - 1][2] for x in s.mentions)

    def _pair_mates(self, s: _Sent, m: Mention, joint: bool = False) -> list[Mention]:
        """The actors hyphenated to the mention `m` (`preps.pair_joiners`): "the Belarus–Russia talks",
        where the parse hangs the first name outside the noun phrase of the act, names both; with `joint`
        ("joint Russia-Belarus Zapad-2021 exercises") also a name read as a part of the next name."""
        joiners = self.syn.preps["pair_joiners"]
        span = s.span_of(m)
        if not joiners or not span:
            return []
        a, b = min(span), max(span)
        out = []
        for j, o in ((a - 1, a - 2), (b + 1, b + 2)):
            if not (0 <= o < len(s.doc) and s.doc[j].text in joiners and not s.doc[min(j, o)].whitespace_
                    and not s.doc[j].whitespace_):
                continue
            x = next((x for n, x in enumerate(s.mentions) if x is not m and x.codes and not x.location
                      and s.toks[x.start][1] <= s.doc[o].idx < s.toks[x.end - 1][2]
                      and (joint or n < len(s.spans) and s.spans[n])), None)
            if x is not None:
                out.append(x)
        return out

    def _answerer(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party that answers a nominal act of `answered` whose maker is named: the subject of the
        verb it is the object of ("Moscow rejected Minsk's request"), that verb's passive agent ("was
        granted by Moscow"), or the subject of the clause it is a phrase of ("Minsk freed him after
        Riga's request"); none where that party is its maker."""
        v, hops = h.head, 0
        while v.i != v.head.i and not self.syn.is_pos(v, "verb") and hops < 2:
            v, hops = v.head, hops + 1  # (out of its preposition: "after Riga's request")
        if v.i == h.i or not self.syn.is_pos(v, "verb"):
            return []
        own_act = self._by_head.get(v.i)
        if own_act is not None and own_act.phrase.pattern.type in ("SUPPORT", "ACCUSE"):
            return []  # ("Warsaw backed the opposition's call for a rerun": a stand on it, no answer)
        subj, passive = self._subject(v)
        if passive:
            cands = [m for w, n in self._preps(v) if w == "by" or w in self.syn.preps["passive_agent"]
                     for m in self._actors_at(s, n)]
        else:
            cands = self._actors_at(s, subj) if subj is not None else []
        own = {c for m in src for c in m.codes}
        return [m for m in cands if m.codes and not set(m.codes) & own and not m.location]

    def _act_noun(self, tok: Any) -> bool:
        return _key(tok) in self.syn.responded.get("nouns", ())

    def _calls_act(self, h: Any) -> bool:
        """A verb of characterising in a relative clause on a noun of an act (`responded.nouns`) with a
        subject and one word for what it calls it ("..., a move Minsk called aggression")."""
        if not (self._relative_on(h) and (self._reaction_noun(h.head) or self._clause_relative(h))) \
                or self._subject(h)[0] is None:
            return False
        objs, pred = self._predicated(h)
        objs = [o for o in objs if not _word_in(o, self.syn.preps["relative_pronoun"])]  # ("a move that Minsk called")
        return bool(objs) != bool(pred)

    def _clause_relative(self, h: Any) -> bool:
        """The relative clause `h` is set off and its relative pronoun is its object: it may speak of the act of the
        clause before it, not of the noun it hangs on ("tightened checks on Russian trucks, which Moscow called
        discrimination")."""
        return h.left_edge.i > 0 and h.doc[h.left_edge.i - 1].is_punct \
            and any(self.syn.has(o, "object") and _word_in(o, self.syn.preps["relative_pronoun"]) for o in h.children)

    def _act_maker(self, s: _Sent, n: Any, own: list[Mention]) -> list[Mention]:
        """The maker of the act the noun `n` names (`responded.nouns`): its possessor ("Vilnius's
        decision"); the subject of the clause it stands beside ("Lithuania halted the transit, a move
        ..."); else the named maker of the sentence's one other such noun ("condemned Vilnius's decision
        ... the step"). Never a party of `own`."""
        syn = self.syn
        # (or its maker in the genitive: «действия Вильнюса», `preps.noun_source`)
        makers = [m for c in n.children if syn.has(c, "possessor") or syn.has(c, "oblique")
                  and self._case_key(c) in syn.preps["noun_source"] for m in self._actors_at(s, c)]
        x = n
        for _ in range(2):  # (in apposition to the act's object: "shut the border crossing, a move ...")
            if not syn.has(x, "apposition") or x.head.i == x.i or not syn.has(x.head, "object"):
                break
            x = x.head
        v = x.head
        # (a second object after the verb's own, "halted the transit ..., a move Moscow called ...", stands
        # beside the clause as an apposition would)
        second = syn.has(n, "object") and any(syn.has(c, "object") and c.i < n.i for c in v.children)
        if not makers and v.i != x.i and syn.is_pos(v, "verb") and (x is not n or second or not any(
                syn.has(n, k) for k in ("subject", "passive_subject", "object", "prep_object", "relative_clause"))):
            doer, passive = self._subject(v)
            makers = self._actors_at(s, doer) if doer is not None and not passive else []
        if not makers:
            makers = [m for c in s.doc if c.i != n.i and self._act_noun(c)
                      for o in c.children if syn.has(o, "possessor") for m in self._actors_at(s, o)]
        codes = {c for m in own for c in m.codes}
        return [m for m in makers if m.codes and not set(m.codes) & codes and not m.location]

    def _responded(self, s: _Sent, t: _Trig, h: Any, src: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """A threat of a response to an act (`responded`): its subject is the act ("said the step will not
        remain without a response": the speaker threatens), or its clause is a relative clause on it ("a
        move Minsk called aggression and vowed to answer"); the target is the act's maker."""
        if not any(w in self.syn.responded.get("words", ()) for w in s.lower[t.start:t.end]):
            return src, []
        # (a response as the object of the act's own verb: "any attempt ... will cause a most rigid response")
        subj, passive = self._subject(h.head if self.syn.has(h, "object") and h.head.i != h.i else h)
        n = subj if subj is not None and not passive and self._act_noun(subj) else None
        if n is not None:
            src = self._speaker(s, n) or src  # (not the act's maker: "said Warsaw's move will not remain ...")
            self._said_threats.add(h.i)  # (the threat is the saying: "said the step will not remain ...")
        else:
            x = h
            for _ in range(3):
                if self.syn.has(x, "relative_clause") and self._act_noun(x.head):
                    n = x.head
                    break
                if x.head.i == x.i or not (self.syn.has(x, "conj") or self.syn.has(x, "open_clause")):
                    break
                if self.syn.has(x, "conj") and not any(self.syn.has(c, "subject") for c in x.children):
                    # "halted the transit, a move Minsk called aggression and vowed to answer", the second verb
                    # parsed as the main verb's: it continues the relative clause on the act noun just before it
                    rel = next((r for o in x.head.children if o.i < x.i and self._act_noun(o)
                                for r in o.children if self.syn.has(r, "relative_clause") and r.i < x.i
                                and x.i == r.right_edge.i + 2), None)
                    if rel is not None and (subj := self._subject(rel)[0]) is not None:
                        src = [m for m in self._actors_at(s, subj) if m.codes] or src
                        n = rel.head
                        break
                x = x.head
        if n is None or not src:
            return src, []
        return src, self._act_maker(s, n, src)

    def _relative_on(self, h: Any) -> bool:
        """`h` heads a relative clause on the noun above it: one proper, or a clause on a noun with a subject of its
        own (the parse's `noun_clause` for "a move Moscow called aggression")."""
        syn = self.syn
        return h.head.i != h.i and (syn.has(h, "relative_clause") or syn.has(h, "noun_clause") and any(
            syn.has(c, "subject") for c in h.children))

    def _reaction_noun(self, tok: Any) -> bool:
        """A noun of an act that a stance may be taken on (`reacted.nouns`, `responded.nouns`)."""
        return tok.lower_ in self.syn.reacted.get("nouns", ()) or _key(tok) in self.syn.reacted.get("nouns", ()) \
            or self._act_noun(tok)

    def _made_before(self, i: int, own: set[str]) -> set[str]:
        """The sources of the acts coded before token `i` in the sentence, less `own`."""
        return {c for j, cs in self._made.items() if j < i for c in cs} - own

    @staticmethod
    def _mentions_of(s: _Sent, codes: set[str]) -> list[Mention]:
        """The sentence's mentions of these parties (by their first code), places left out."""
        return [m for m in s.mentions if m.codes and m.codes[0] in codes and not m.location]

    def _noun_act_makers(self, s: _Sent, n: Any, rel: Any, src: list[Mention]) -> list[Mention]:
        """The makers of the act a noun of an act `n` with the relative clause `rel` names (`_act_maker`); for one
        set off after a clause that the parse hangs on a word of that clause ("Japan lifted its curbs on Korea, a
        decision Seoul welcomed"), or with a relative clause set off ("signed a deal, which Athens says ..."), the
        makers of the act coded for the nearest verb above it, else that verb's subject."""
        syn = self.syn
        makers = self._act_maker(s, n, src)
        if makers:
            return makers
        own = {c for m in src for c in m.codes}
        if self._made.get(n.i, set()) - own:
            # (the noun is an act coded itself: "a military buildup near Kosovo that Pristina denounced": its makers)
            return self._mentions_of(s, self._made[n.i] - own)
        v = n.head
        while v.i != v.head.i and not syn.is_pos(v, "verb"):
            v = v.head
        made_by = self._made
        made = made_by.get(v.i, set()) - own if syn.is_pos(v, "verb") else set()
        if made:  # (the act coded for the verb whose object it is: "held drills that Vilnius called provocative")
            return self._mentions_of(s, made)
        edges = [n.left_edge, rel.left_edge]
        if syn.has(n.head, "prep") and n.head.i < n.i:
            edges.append(n.head)  # ("..., in a move Minsk called discriminatory": the phrase set off)
        if not any(x.i > 0 and s.doc[x.i - 1].is_punct for x in edges):
            return []
        # (the parse hangs the noun off the clause of its act: the act coded last before it, "Ties have grown
        # since Russia launched its offensive, a move China has not condemned")
        made = next((made_by[i] - own for i in sorted(made_by, reverse=True) if i < n.i and made_by[i] - own), set())
        if made:
            return self._mentions_of(s, made)
        if v.i == n.i or not syn.is_pos(v, "verb"):
            return []
        doer, passive = self._subject(v)
        return [m for m in (self._actors_at(s, doer) if doer is not None and not passive else [])
                if m.codes and not set(m.codes) & own and not m.location]

    def _said_harmful(self, s: _Sent, dates: list, state: DocState) -> list[Event]:
        """A speaker's relative clause on a noun of an act (`reacted.nouns`) whose content calls the act harmful
        (`reacted.harms` as its verb, or `preps.blame_predicate`: "..., a step Moscow said would prolong the war",
        "a deal, which Athens says violates its rights") is the speaker's accusation of the act's maker; so is a
        content clause whose subject is a definite noun of the act told before (`_act_referred`: "..., and Athens
        said the agreement violates its rights"), and one whose subject harms, of that subject ("said Russia
        violated the treaty")."""
        syn = self.syn
        out: list[Event] = []
        info = cameo.lookup(syn.accuse_code)
        harms = syn.reacted.get("harms", frozenset())
        for v in s.doc:
            if not _word_in(v, syn.speech):
                continue
            on_act = self._relative_on(v) and self._reaction_noun(v.head)
            said, passive = self._subject(v)
            if said is None or passive:
                continue
            for c in v.children:
                if syn.has(c, "oblique") and self._case_key(c) in syn.preps["topic"] \
                        and _word_in(c, syn.reacted.get("harm_nouns", frozenset())):
                    # «Минобороны Литвы сообщило о нарушении воздушного пространства белорусским вертолётом»: a harm
                    # told as a noun, its maker in the instrumental or «со стороны»
                    src = [m for m in self._actors_at(s, said) if m.codes and not m.location]
                    own = {x for m in src for x in m.codes}
                    tgt = [m for n in c.children if syn.has(n, "oblique") or syn.has(n, "noun_modifier")
                           if self._case_key(n) in syn.preps["passive_agent"]
                           for m in self._actors_at(s, n) if m.codes and not m.location and not set(m.codes) & own]
                    date, gran = self._when(s, v, dates, state, "occurred")
                    for a in src[:1]:
                        for b in dict((m.codes[0], m) for m in tgt).values():
                            out.append(Event(source=a.codes[0], target=b.codes[0], type=info.plover_type,
                                             cameo=syn.accuse_code, status="occurred", source_sector=a.sector,
                                             source_text=a.text, target_text=b.text, target_sector=b.sector,
                                             mode=info.mode, goldstein=info.goldstein,
                                             quad=cameo.quad_class(syn.accuse_code), date=date, date_granularity=gran,
                                             trigger=v.text, start=v.idx, end=v.idx + len(v.text)))
                    continue
                if not syn.has(c, "content_clause") or any(
                        syn.has(x, "negation") or x.lower_ in syn.negation_words for x in c.children):
                    continue
                if not (_word_in(c, harms) or self._blame_predicate(c)):
                    continue
                src = [m for m in self._actors_at(s, said) if m.codes and not m.location]
                if on_act:
                    tgt = self._noun_act_makers(s, v.head, v, src)
                else:
                    tgt = self._act_referred(s, c, v, src)
                if not tgt and not on_act and _word_in(c, harms):
                    # "Ankara said the jet had violated its airspace", "said NATO's expansion threatened Russia": the
                    # subject that harms is accused
                    doer, dpassive = self._subject(c)
                    own = {x for m in src for x in m.codes}
                    tgt = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own] \
                        if doer is not None and not dpassive else []
                date, gran = self._when(s, v, dates, state, "occurred")
                for a in src[:1]:
                    for b in dict((m.codes[0], m) for m in tgt).values():
                        out.append(Event(source=a.codes[0], target=b.codes[0], type=info.plover_type,
                                         cameo=syn.accuse_code, status="occurred", source_sector=a.sector,
                                         source_text=a.text, target_text=b.text, target_sector=b.sector,
                                         mode=info.mode, goldstein=info.goldstein,
                                         quad=cameo.quad_class(syn.accuse_code), date=date, date_granularity=gran,
                                         trigger=v.text, start=v.idx, end=v.idx + len(v.text)))
        if syn.labels.get("case") and syn.according:
            out += self._according_harmful(s, dates, state, harms, info)
        return out

    def _according_harmful(self, s: _Sent, dates: list, state: DocState, harms: frozenset[str], info: Any) -> list[Event]:
        """A clause whose verb harms (`reacted.harms`) under a phrase naming its teller (`according`: «По сообщению
        Минобороны Польши, белорусские вертолёты нарушили воздушное пространство страны») is the teller's accusation
        of the clause's subject, as with a verb of saying (convention 3)."""
        syn = self.syn
        out: list[Event] = []
        for v in s.doc:
            if not _word_in(v, harms) or any(syn.has(x, "negation") or x.lower_ in syn.negation_words
                                             for x in v.children):
                continue
            phrase = next((c for c in v.children if syn.is_pos(c, "nominal")
                           and f"{self._case_key(c)} {_key(c)}" in syn.according), None)
            if phrase is None:
                continue
            src = [m for g in phrase.children if syn.has(g, "noun_modifier") or syn.has(g, "adjectival")
                   for m in self._actors_at(s, g) if m.codes and not m.location]
            doer, passive = self._subject(v)
            own = {x for m in src for x in m.codes}
            tgt = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own] \
                if doer is not None and not passive else []
            if not src or not tgt:
                continue
            date, gran = self._when(s, v, dates, state, "occurred")
            a, b = src[0], tgt[0]
            out.append(Event(source=a.codes[0], target=b.codes[0], type=info.plover_type, cameo=syn.accuse_code,
                             status="occurred", source_sector=a.sector, source_text=a.text, target_text=b.text,
                             target_sector=b.sector, mode=info.mode, goldstein=info.goldstein,
                             quad=cameo.quad_class(syn.accuse_code), date=date, date_granularity=gran,
                             trigger=phrase.text, start=phrase.idx, end=phrase.idx + len(phrase.text)))
        return out

    def _act_referred(self, s: _Sent, c: Any, v: Any, src: list[Mention]) -> list[Mention]:
        """The makers of the acts coded before the verb `v` in the sentence, where the subject of its clause `c` is
        a definite noun of an act that names no maker ("..., which say the agreement violates their rights")."""
        subj, passive = self._subject(c)
        return self._noun_referred(s, subj, v, src) if subj is not None and not passive else []

    def _noun_referred(self, s: _Sent, subj: Any, v: Any, src: list[Mention]) -> list[Mention]:
        """`_act_referred` for the noun `subj` (also a passive's subject: "..., and the decision was welcomed by
        Seoul")."""
        syn = self.syn
        if not self._reaction_noun(subj) \
                or not any(syn.is_pos(d, "determiner") and _word_in(d, syn.preps["definite"]) for d in subj.children) \
                or any(syn.has(d, "possessor") for d in subj.children) or [m for m in self._actors_at(s, subj) if m.codes]:
            return []
        own = {x for m in src for x in m.codes}
        made = self._made_before(v.i, own)
        return list({m.codes[0]: m for m in self._mentions_of(s, made)}.values())

    def _participle_stances(self, events: list[Event], origin: dict[int, tuple[Any, str]]) -> None:
        """A stance (`reacted.types`) in a participle on another act's clause, coded against its own source
        ("demonstrators gathered outside the Russian embassy in Chisinau, accusing Moscow ...": no party named
        for the demonstrators but the place), is taken by the source that act was coded with."""
        syn = self.syn
        for e in events:
            if e.type not in syn.reacted["types"] or e.source is None or e.source != e.target or id(e) not in origin:
                continue
            h = origin[id(e)][0]
            if not (syn.tagged(h, "converb") and syn.has(h, "adverbial_clause")) or h.head.i == h.i:
                continue
            other = next((o for o in events if id(o) in origin and origin[id(o)][0].i == h.head.i
                          and o.source is not None and o.source != e.target), None)
            if other is not None:
                e.source, e.source_sector, e.source_text = other.source, other.source_sector, other.source_text

    def _denied_charges(self, s: _Sent, events: list[Event], origin: dict[int, tuple[Any, str]],
                        by_head: dict[int, _Trig]) -> list[Event]:
        """An accusation of a hostile act (`alleged_acts`) that the accused denies in a relative clause after it ("X
        accused Y of shelling Z, a charge Y denied", "X blamed Y, which denied any role") is that act too, the
        accused's on the accuser, denied (the README's `denied`: reported, then denied)."""
        syn = self.syn
        out: list[Event] = []
        for e in events:
            if e.type != "ACCUSE" or not e.source or not e.target or id(e) not in origin:
                continue
            h = origin[id(e)][0]
            denial = next((d for d in s.doc if d.i > h.i and _word_in(d, syn.reacted["denials"])
                           and syn.has(d, "relative_clause") and (subj := self._subject(d)[0]) is not None
                           and not self._subject(d)[1]
                           and not any(syn.has(x, "negation") or x.lower_ in syn.negation_words for x in d.children)
                           and any(e.target in m.codes for m in self._actors_at(s, subj))), None)
            if denial is None:
                continue
            # the act: the accusation's content ("of shelling"), else a hostile act told before it
            below = {x.i for x in h.subtree} - {h.i} - {x.i for x in denial.subtree}
            hostile = [i for i in sorted(by_head) if by_head[i].phrase.pattern.type in syn.alleged_acts]
            act = next((by_head[i] for i in hostile if i in below), None)
            if act is None:
                # (the content's word, read with the accusation's as one longer trigger: "accused X of attacking")
                act = next((t for t in self.triggers(s.lower) if t.phrase.pattern.type in syn.alleged_acts
                            and s.tok(t.start).i in below), None)
            if act is None:
                act = next((by_head[i] for i in hostile if i < h.i), None)
            if act is None:
                continue
            p = act.phrase.pattern
            # (the denial is its trigger: `_code` drops the refusal read off that verb)
            out.append(replace(e, source=e.target, target=e.source, type=p.type, cameo=p.cameo, status="denied",
                               source_sector=e.target_sector, source_text=e.target_text, target_text=e.source_text,
                               target_sector=e.source_sector, mode=p.mode, goldstein=p.goldstein,
                               quad=cameo.quad_class(p.cameo), trigger=denial.text, start=denial.idx,
                               end=denial.idx + len(denial.text)))
        return out

    def _reacted_to(self, s: _Sent, h: Any, src: list[Mention], prompted: bool = False) -> list[Mention]:
        """The maker of the act a stance with no party of its own (`reacted`) is taken on: the act its relative
        clause describes ("..., a move Athens condemned as piracy", `_act_maker`); else, where its object is a
        noun of an act with no maker named ("... denounced the deal") or it has none, and its clause hangs on a
        participle of `reacted.verbs` ("..., prompting Cairo to denounce the deal"), the makers of the act
        that participle's clause tells (coded before it). Never a party of `src`. An act `prompted` thus
        (`reacted.prompted`: "..., prompting Guyana to deploy soldiers") only in the participle's clause,
        its object naming no party."""
        syn = self.syn
        if not prompted and self._relative_on(h) and self._reaction_noun(h.head):
            return self._noun_act_makers(s, h.head, h, src)
        if not prompted and (made := self._misparsed_relative(s, h, src)):
            return made
        objs = [c for c in h.children if syn.has(c, "object")]
        own = {c for m in src for c in m.codes}
        if any([m for m in self._actors_at(s, o) if m.codes and not set(m.codes) <= own] if prompted
               else not self._reaction_noun(o) or any(syn.has(c, "possessor") for c in o.children)
               or [m for m in self._actors_at(s, o) if m.codes] for o in objs):
            return []  # (an object that names its own party: that party, not the act before)
        x = h
        while syn.has(x, "open_clause") and x.head.i != x.i:
            x = x.head  # "prompting Cairo to denounce": the participle
        if x is h and not prompted and objs and syn.has(h, "coordinated") and h.head.i != h.i \
                and any(syn.has(c, "subject") for c in h.children):
            # a clause of its own joined to the act's ("Serbia closed the crossing, and Pristina condemned the
            # move"): the makers of the act coded for the clause before
            return self._mentions_of(s, self._made.get(h.head.i, set()) - own)
        if x is h or not _word_in(x, syn.reacted.get("verbs", ())) or not syn.has(x, "adverbial_clause") \
                or x.head.i == x.i:
            return []
        made: set[str] = set()
        v = x.head
        for _ in range(4):  # (up a relative clause on the act's object: "signed a deal that ..., prompting ...")
            # (or the act its object names: "flew a joint patrol ..., prompting ...")
            made = (self._made.get(v.i, set()) or {c for o in v.children if syn.has(o, "object")
                                                    for c in self._made.get(o.i, set())}) - own
            if made or v.head.i == v.i:
                break
            v = v.head
        return self._mentions_of(s, made)

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

    def _prompted_clause(self, h: Any) -> bool:
        """`h` is in the open clause of a participle of `reacted.verbs` set on another act ("..., prompting Tokyo and
        Seoul to scramble jets"): a reaction of each party, no joint act."""
        x = h
        while self.syn.has(x, "open_clause") and x.head.i != x.i:
            x = x.head
        return x is not h and _word_in(x, self.syn.reacted.get("verbs", ())) and self.syn.has(x, "adverbial_clause")

    def _misparsed_relative(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """A relative clause on a noun of an act set off after a clause ("annexed two villages, a move Pristina, Berlin
        and the EU denounced"), parsed as a clause of its own: coordinated with the one before, its subject having
        the noun as a compound, or a second root right after the noun: the makers of the act coded for the clause
        the noun stands beside."""
        syn = self.syn
        subj, passive = self._subject(h)
        if subj is None or passive:
            return []
        first = subj.left_edge
        noun = next((c for c in subj.children if syn.has(c, "compound") and self._reaction_noun(c)), None)
        if noun is not None and syn.has(h, "coordinated") and h.head.i != h.i:
            beside = h.head
        elif noun is None and h.head.i == h.i and first.i > 0 and self._reaction_noun(s.doc[first.i - 1]) \
                and s.doc[first.i - 1].head.i not in (h.i, first.i - 1):
            noun = s.doc[first.i - 1]  # (the noun's clause is the verb it hangs on, the relative clause a root)
            beside = noun.head
        else:
            return []
        if noun.left_edge.i == 0 or not s.doc[noun.left_edge.i - 1].is_punct:
            return []
        own = {c for m in src for c in m.codes}
        return self._mentions_of(s, self._made.get(beside.i, set()) - own)

    def _calls_it(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` characterises the act of the clause it hangs on as a participle with a pronoun object after one of
        `reacted.absolutes` ("..., with an aide calling it propaganda": `_pronoun_act_party`)."""
        t = by_head.get(h.i)
        # (a bare participle of the clause's own subject is left as it was: "denied the report, calling it fake"
        # speaks of the report, no act of the clause)
        if t is None or not t.phrase.pattern.predicate or not self.syn.tagged(h, "converb") \
                or not self.syn.has(h, "prepositional") or h.head.lower_ not in self.syn.reacted.get("absolutes", ()):
            return False
        objs, pred = self._predicated(h)
        return bool(objs and pred) and all(o.lower_ in self.syn.reacted.get("pronouns", ()) for o in objs)

    def _drawn_stance(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is a participle of a stance drawn from another party (a `recipient` pattern: "..., drawing a rebuke
        from Brussels") on the clause it hangs on."""
        t = by_head.get(h.i)
        return t is not None and t.phrase.pattern.recipient and t.phrase.pattern.type in STANCES \
            and self.syn.tagged(h, "converb") and self.syn.has(h, "adverbial_clause")

    def _pronoun_act_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party of the act a characterisation with a pronoun object ("called it a blow") is said of, where
        the verb is joined to that act's clause ("Hungary signed the deal, and Kyiv called it a blow", "Kyiv
        rejected the Kremlin's offer, with an adviser calling it propaganda"): the maker of that clause's act,
        or the one it is aimed at where it is itself a stance on another's act (a refusal, an accusation)."""
        syn = self.syn
        x = h.head
        # («Литва закрыла границу, что Минск назвал провокацией»: a clause opened by a pronoun standing for the clause
        # before it, read as a content clause, its pronoun as the mark)
        which = syn.has(h, "content_clause") and not _word_in(x, syn.speech) \
            and any(syn.has(c, "mark") and _word_in(c, syn.preps["clause_pronoun"]) for c in h.children) \
            and not any(syn.has(c, "object") for c in h.children)
        if x.i == h.i or not (syn.has(h, "coordinated") or syn.has(h, "adverbial_clause") or syn.has(h, "prepositional")
                              or which):
            return []
        objs = self._predicated(h)[0]
        # a free relative in a phrase of manner on the act's clause is that act ("struck a village, in what Baghdad
        # called a violation": `reacted.free`, `free_preps`), not one on a clause of no act ("arrived for what
        # Minsk called a check")
        free = bool(objs) and syn.has(h, "prepositional") and x.lower_ in syn.reacted.get("free_preps", ()) \
            and all(o.lower_ in syn.reacted.get("free", ()) for o in objs)
        if not free and not all(o.lower_ in syn.reacted.get("pronouns", ()) for o in objs):
            return []  # ("arrived for what Minsk called a check": no act of the clause called so)
        if free:
            x = x.head
            while x.i not in self._by_head and syn.has(x, "adverbial_clause") and x.head.i != x.i \
                    and self._subject(x)[0] is None:
                x = x.head  # ("struck a boat, killing 11 people, in what Caracas called ...": the clause's act)
            if x.i not in self._by_head:
                return []
        elif syn.has(h, "prepositional"):
            if x.lower_ not in syn.reacted.get("absolutes", ()) or syn.is_pos(x, "verb"):
                return []
            x = x.head  # ("with an adviser calling it ...": through the preposition)
        t = self._by_head.get(x.i)
        if t is None and not syn.is_pos(x, "verb"):
            return []
        own = {c for m in src for c in m.codes}
        if t is not None and t.phrase.pattern.type in REFUSING | STANCES:
            codes = self._aimed.get(x.i, set()) - own
        else:
            doer, passive = self._subject(x)  # (the clause's subject before a partner: "Hungary signed ... with Gazprom")
            makers = [m for m in self._actors_at(s, doer) if m.codes and not set(m.codes) & own and not m.location] \
                if doer is not None and not passive else []
            if makers:
                return makers
            codes = self._made.get(x.i, set()) - own
        return list({m.codes[0]: m for m in self._mentions_of(s, codes)}.values())

    def _proposer(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """An answer to a proposal named by a noun of no maker (`answers.nouns`: "Belarus offered to pay, but the EU
        rejected the proposal", "Minsk demanded compensation, but Moscow rejected every request"): the makers of
        the sentence's acts coded before it, not the answerer."""
        syn = self.syn
        if not any(syn.has(o, "object") and (_key(o) in syn.answers.get("nouns", ()) or o.lower_ in syn.answers.get("nouns", ()))
                   and not any(syn.has(c, "possessor") or syn.has(c, "attribute") and c.i in s.at for c in o.children)
                   for o in h.children):
            return []
        own = {c for m in src for c in m.codes}
        made = self._made_before(h.i, own)
        return self._mentions_of(s, made)[:1] if len(made) == 1 else []

    def _adverb_trigger(self, s: _Sent, t: _Trig) -> bool:
        """A one-word verb trigger of `verb_adverbs` that modifies a verb ("jointly", "together")."""
        first = s.tok(t.start)
        return t.end - t.start == 1 and t.phrase.pattern.pos == "verb" and first.lower_ in self.syn.verb_adverbs \
            and not self.syn.is_pos(first, "verb") and first.head.i != first.i and self.syn.is_pos(first.head, "verb")

    def _trigger_head(self, s: _Sent, t: _Trig) -> Any:
        """The trigger's syntactic head: the verb of a verb pattern, the head noun of a noun one."""
        first = s.tok(t.start)
        if self._adverb_trigger(s, t):
            return first.head  # "Kazakh and Russian specialists jointly launched a satellite": the verb's act
        if t.phrase.pattern.pos == "verb" and self.syn.has(first, "aux") and t.end - t.start > 1 \
                and any(s.tok(i).i == first.head.i for i in range(t.start + 1, t.end)):
            return first.head  # "is committed to": the participle the auxiliary serves
        if t.phrase.pattern.pos == "verb" and (self.syn.is_pos(first, "verb") or t.end - t.start == 1):
            return first
        toks = [s.tok(i) for i in range(t.start, t.end)]  # (and "высоко оценила": the verb)
        ids = {x.i for x in toks}
        for x in toks:
            if x.head.i not in ids or x.head.i == x.i:
                return x
        return toks[-1]

    def _content_of_other(self, s: _Sent, h: Any, by_head: dict[int, _Trig]) -> bool:
        """The trigger is the content of an allegation, a request or a threat (convention 3)."""
        syn = self.syn
        if self._calls_it(h, by_head) or self._drawn_stance(h, by_head):
            # "rejected Moscow's offer, calling it a ploy": the speaker's own second act; "blocked the statement,
            # drawing a rebuke from Brussels": another's stance on the act; no content of either
            return False
        same, own = by_head.get(h.head.i), by_head.get(h.i)
        if syn.has(h, "conj") and same is not None and own is not None \
                and same.phrase.pattern.type == own.phrase.pattern.type:
            # "his request and urgent request to": one act named twice, no content of it; but the content of what
            # the first is the content of ("asked Warsaw to recall its envoy and to cut its embassy staff")
            return h.head.i != h.i and self._content_of_other(s, h.head, by_head)
        if self._misplaced_conj(h):
            return False  # "demands that Minsk stop ... and warns that ...": the speaker's own second act, no content
        if self._done_participle(s, h, by_head):
            return False  # "condemned the sanctions imposed by the EU on Belarus": a fact, no content (convention 4)
        x = h
        for _ in range(6):
            if self._modal_content(h, x, by_head):
                return True  # "Sudan and Chad must reach an agreement": the act asked for (convention 3)
            if x.head.i == x.i:
                return False
            if syn.has(x, "not_content") or self._adjunct(x) \
                    or syn.has(x, "conj") and any(syn.has(c, "subject") for c in x.children) \
                    or syn.has(x, "noun_clause") and "Part" in x.morph.get("VerbForm") and x.head.i in s.at \
                    or (held := self._participle_of(x)) is not None and held.i in s.at:
                return False  # a subject, a relative clause, a time adjunct, a clause of its own: not content
                # (nor a participle on a named party: "осудил Чехию, объявившую дипломата персоной нон грата")
            if self._time_clause(x):
                return False  # "slammed Moscow after Russia imposed a ban": a time clause, not the content
            if x.i != h.i and syn.preps["clause_pronoun"] and any(
                    _word_in(c, syn.preps["clause_pronoun"]) and 0 < c.i < x.i and x.doc[c.i - 1].is_punct
                    and syn.has(c, "subject") for c in x.children):
                return False  # «заблокировала пакет, что вызвало критику ЕС»: a clause on the clause before, no content
            if syn.has(x, "adverbial_clause") and self.syn.tagged(x, "converb") and x.i < x.head.i and x.i == h.i:
                return False  # "Speaking to Mishustin in Minsk, Lukashenka claimed ...": a participle clause before
                # the speech act is its circumstance, no content of it
            if syn.has(x, "adverbial_clause") and any(syn.has(c, "mark") and c.lower_ in syn.concessive for c in x.children):
                return False  # "criticised Turkey, while Azerbaijan praised Ankara": a clause set against it, no content
            if syn.condition_not_content and self._condition_clause(x):
                return False  # «ответит жёстко, если ЕС введёт санкции»: the condition is an act of its own (hypothetical)
            clause_conj = self.syn.has(x, "coordinated") and self.syn.is_pos(x, "verb") \
                or self.syn.has(x, "adverbial_clause") and "Conv" in x.morph.get("VerbForm")  # «обвинила ..., потребовав»
            prev_x = x
            x = x.head
            t = by_head.get(x.i)
            if t is not None and self._bare_response(s, t) and (
                    self._response_means(x, by_head) or self._status(s, x) not in ("planned", "hypothetical", "forecast")):
                # "expect Moscow to respond by tightening controls": the response is that act; "police responded
                # with violence as demonstrators took to the streets": a response done is no threat
                return False
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded and t.phrase.pattern.pos == "verb" \
                    and (self.syn.has(prev_x, "parataxis") or self.syn.has(prev_x, "content_clause") and prev_x.i < x.i) \
                    and self._unnamed_teller(s, x):
                return False  # "Kyiv will seize Russian property if ..., a minister warned": an unnamed source's report
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded and t.phrase.pattern.pos == "verb" \
                    and syn.has(prev_x, "prep") and _key(prev_x) in syn.responded.get("means", ()) \
                    and self._status(s, x) == "occurred":
                return False  # "defied Brussels by imposing bans", "protested by recalling its envoy": the means done
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded \
                    and (_key(x) in syn.factive or x.lower_ in syn.factive) and syn.has(prev_x, "content_clause"):
                return False  # "regrets that Minsk expelled the ambassador": a fact regretted, not an allegation
            if t is not None and t.phrase.pattern.type in self.syn.content_not_coded:
                me = by_head.get(h.i)
                if t.phrase.pattern.type in syn.named_content and me is not None and me.phrase.pattern.pos == "noun" \
                        and me.phrase.pattern.type not in syn.content_not_coded and self._status(s, x) == "occurred":
                    # (not a speech act criticised, "dismissed French criticism of ...", nor a condemnation to
                    # come, "will condemn any deployment", "denied having criticised ...")
                    src, tgt, _ = self._roles(s, me, h)
                    if src and tgt and all(self._inside(s, m, h) for m in src):
                        return False  # "protested against Lithuania's ban on transit": a named act, not an allegation
                if t.phrase.pattern.type in syn.named_content and me is not None and me.phrase.pattern.pos == "verb" \
                        and me.phrase.pattern.type not in syn.content_not_coded and self._status(s, x) == "occurred" \
                        and (syn.has(h, "noun_clause") or syn.has(h, "noun_modifier") and "Inf" in h.morph.get("VerbForm")
                             and _key(h.head) in syn.decision_nouns) \
                        and syn.is_pos(h.head, "noun") and h.head.i not in by_head \
                        and h.i > h.head.i:
                    # "condemned Russia's decision to expel two diplomats": the act of a named party's decision
                    # (its possessor or "of" phrase) is a fact criticised, as a nominal act is
                    src, tgt, _ = self._roles(s, me, h)
                    if src and tgt and all(self._inside(s, m, h.head) and not self._inside(s, m, h) for m in src):
                        return False
                # a clause coordinated with the speech act is not its content ("отказывается от
                # диалога, поэтому Брюсселю приходится вести переговоры")
                return not clause_conj
        return False

    def _done_participle(self, s: _Sent, h: Any, by_head: dict[int, _Trig]) -> bool:
        """The trigger is a past participle on the object of a verb ("condemned the sanctions imposed by the EU on
        Belarus", «призвала снять введённые ею санкции»): an act already done, which a stance or a request refers to,
        coded beside it where both its parties are named (convention 4); what is alleged ("accused Russia of strikes
        carried out ...", "the alleged ...") or asked for is no such fact (conventions 3 and 10)."""
        syn = self.syn
        me, n = by_head.get(h.i), h.head
        if me is None or me.phrase.pattern.type in syn.content_not_coded or n.i == h.i:
            return False
        if not syn.has(h, "noun_clause") or not syn.is_pos(n, "nominal") or n.head.i == n.i:
            return False
        # (the object, or a phrase, but not an accusation's charge: "accused Moscow of strikes carried out ...",
        # «обвинил в ударах, нанесённых ...»; "called for an end to the sanctions imposed by ..." is a fact)
        gov = n.head.head if syn.has(n, "prep_object") and n.head.head.i != n.head.i else n.head
        charge = by_head.get(gov.i)
        if not syn.has(n, "object") and charge is not None and charge.phrase.pattern.type == "ACCUSE":
            return False
        if "Part" not in h.morph.get("VerbForm") or "Past" not in h.morph.get("Tense"):
            return False
        if any(syn.has(c, "adjectival") and c.lower_ in syn.alleged_modifiers for c in n.children):
            return False
        src, tgt, _ = self._roles(s, me, h)
        return bool(src and tgt)

    def _modal_content(self, h: Any, x: Any, by_head: dict[int, _Trig]) -> bool:
        """The verb `x` on the path up from the trigger `h` has an auxiliary that is a request of its own (a modal
        verb pattern: "must"): what it governs is the thing asked for, not an act."""
        return self.syn.is_pos(x, "verb") and any(
            self.syn.has(c, "aux") and c.i != h.i and c.i in by_head
            and by_head[c.i].phrase.pattern.type in self.syn.content_not_coded for c in x.children)

    def _unnamed_teller(self, s: _Sent, v: Any) -> bool:
        """The verb `v` has a subject that names no actor ("a minister", "officials")."""
        subj, passive = self._subject(v)
        return subj is not None and not passive and not any(m.codes for m in self._actors_at(s, subj))

    def _mediators_of(self, s: _Sent, h: Any) -> list[Mention]:
        """The mediators named on nominal act `h` by a word of mediation (`mediation.words`): "talks mediated by
        Turkey", "Turkish-mediated talks", "talks with Turkey mediating"."""
        words = self.syn.mediation.get("words", frozenset())
        out: list[Mention] = []
        for w in h.children:
            if not _word_in(w, words):
                continue
            for c in [w, *w.children]:
                for x in ([g for g in c.children if self.syn.has(g, "prep_object")] if self.syn.has(c, "agent") else [c]):
                    if x is w or self.syn.has(c, "agent") or self.syn.has(c, "noun_phrase") or self.syn.has(c, "subject"):
                        if not any(self.syn.has(g, "conj") for g in x.children):  # (a misparse: "by Lavrov, Armenia and ...")
                            out += [m for m in self._actors_at(s, x) if m.codes and m not in out]
                        elif not any(g.text == "," for g in x.children):  # ("brokered by Egypt and Qatar": both)
                            out += [m for y in (x, *(g for g in x.children if self.syn.has(g, "conj")))
                                    for m in self._actors_at(s, y) if m.codes and m not in out]
        return out

    def _mediated(self, s: _Sent, events: list[Event]) -> list[Event]:
        """A mediator named beside the sentence's acts (`mediation.words`: "talks mediated by Lavrov", "a US-brokered
        ceasefire", "with Turkey's foreign minister mediating") is no party of their joint acts: it mediates between
        their parties (CAMEO `mediation.code`, where set, one way to each, with their act's status and date)."""
        syn = self.syn
        words = syn.mediation.get("words", frozenset())
        mediators: list[Mention] = []
        for tok in s.doc:
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

    def _bare_response(self, s: _Sent, t: _Trig) -> bool:
        """`t` is a threat triggered by a bare verb of response (`responded.to_come`: "will respond")."""
        p = t.phrase.pattern
        return p.pos == "verb" and p.type in self.syn.responded.get("types", ()) \
            and s.lower[t.start] in self.syn.responded.get("to_come", ())

    def _response_means(self, v: Any, by_head: dict[int, _Trig]) -> bool:
        """The verb of response `v` names its response as an act in a phrase of means (`responded.means`:
        "respond by tightening controls on exports")."""
        return any(self.syn.has(c, "prep") and _key(c) in self.syn.responded.get("means", ())
                   and any(g.i in by_head for g in c.subtree if g.i != c.i) for c in v.children)

    def _agreed_in(self, s: _Sent, h: Any, by_head: dict[int, _Trig]) -> Any | None:
        """The agreement (an AGREE trigger) in whose phrase or object the nominal act `h` stands ("reached
        agreement ... for a loan from Moscow", "agreed on a Russian loan"), else None."""
        x = self._measure_head(s, h)
        for _ in range(3):
            if x.head.i == x.i:
                return None
            if self.syn.has(x, "prep_object") or self.syn.has(x, "oblique") or self.syn.has(x, "object"):
                x = x.head
            elif self.syn.has(x, "prep"):
                x = x.head
            else:
                return None
            t = by_head.get(x.i)
            if t is not None:
                return x if t.phrase.pattern.type in AGREEING else None
        return None

    def _denies_an_act(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is a verb of denial (syntax.yaml `status.denial`) with another trigger's verb in its
        clause: "Armenia denied that Armenian troops had shelled", "dismissed rumours that Warsaw
        had offered", "denied having deployed troops" (not "denied the request": no act denied)."""
        syn = self.syn
        if not self.syn.is_pos(h, "verb") or (h.lower_ not in syn.denial and _key(h) not in syn.denial):
            return False
        for x in h.subtree:
            if x.i == h.i or x.i not in by_head or not self.syn.is_pos(x, "verb"):
                continue
            a = x.head
            while a.i != h.i and a.i not in by_head and a.head.i != a.i:
                a = a.head
            if a.i == h.i:
                return True  # no other trigger between: "dismissed an appeal to lay down arms" is a refusal
        return False

    def _denies_a_report(self, h: Any) -> bool:
        """`h` denies a claimed act, whether or not that act is a trigger (`denied_reports`, convention 3:
        the act said not to have happened is the event, the denial no refusal): a verb of denial with a
        verb in its content clause, its infinitive or gerund or its object ("denied interfering", "denied
        that its troops had crossed"), or one of `denied_reports.verbs` with a claim noun as its object
        ("rejected claims that ...", "dismissed reports that ...")."""
        syn = self.syn
        if not syn.denied_reports or not syn.is_pos(h, "verb"):
            return False
        if _word_in(h, syn.denial):
            if any(syn.is_pos(c, "verb") and (syn.has(c, "content_clause") or syn.has(c, "open_clause") or syn.has(c, "object"))
                   for c in h.children):
                return True
            nxt = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
            if nxt is not None and syn.is_pos(nxt, "verb") and any(
                    syn.has(c, "object") and nxt in c.subtree for c in h.children):
                return True  # (a gerund the parse hangs on the object: "denied moving troops")
        if _word_in(h, syn.denied_reports.get("verbs", ())):
            objects = syn.denied_reports.get("objects", frozenset())
            return any(syn.has(c, "object") and _word_in(c, objects) for c in h.children)
        return False

    def _claims_own_act(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h`, a verb of `own_claims.verbs`, has a content clause whose act (a trigger) has a pronoun of
        `own_claims.pronouns` as its subject: the claimer's own act ("the rebels claimed that they had attacked")."""
        oc = self.syn.own_claims
        if not oc or not _word_in(h, oc.get("verbs", ())):
            return False
        return any(self.syn.has(c, "content_clause") and c.i in by_head and any(
            self.syn.has(x, "subject") and x.lower_ in oc.get("pronouns", ()) for x in c.children) for c in h.children)

    def _claimed_own(self, h: Any, own: set[int]) -> bool:
        """The act `h` is claimed by its maker: the content of a claim of `own` ("claimed that they had attacked")
        or the object of a claim of responsibility ("claimed responsibility for the attack": `own_claims.nouns`)."""
        oc = self.syn.own_claims
        if not oc:
            return False
        if self.syn.has(h, "content_clause") and h.head.i in own:
            return True
        # (also an act told in the claimed act's own phrase: "claimed responsibility for the bombings that killed 300")
        return self._claim_of(h) is not None or any(
            self._claim_of(a) is not None for a in list(h.ancestors)[:4] if self.syn.is_pos(a, "noun"))

    def _claim_of(self, h: Any) -> Any | None:
        """The verb claiming responsibility for the act `h` ("claimed responsibility for the attack": `own_claims`
        verbs, nouns, preps), or None."""
        oc = self.syn.own_claims
        if not oc:
            return None
        # the noun's phrase: "for" on "responsibility" (its preposition between), «за нападение» on «ответственность»
        for n in (h.head, h.head.head):
            if self.syn.has(n, "object") and _word_in(n, oc.get("nouns", ())) \
                    and _word_in(n.head, oc.get("verbs", ())) \
                    and any(x.i == h.i and w in oc.get("preps", ()) for w, x in self._preps(n)):
                return n.head
        return None

    def _weighed(self, h: Any, below: Any, subject: bool) -> bool:
        """A verb of weighing (`considered.verbs`) over `below` weighs the act `h`: its object or complement, or the
        object whose genitive the act is («рассматривает введение санкций»); not its subject ("the sanctions weigh on
        the economy") nor an act in another thing's phrase («рассматривает дело об аресте»: the arrest is done)."""
        if subject:
            return False
        return below.i == h.i or below.i == h.head.i and not self.syn.has(h, "prep_object") \
            and not any(self.syn.has(g, "case") for g in h.children)

    def _considered(self, h: Any) -> bool:
        """The act `h` is weighed by its maker (`considered.verbs`): "is considering sending aid", "could consider
        resuming the dialogue" (CAMEO 014, consider policy option)."""
        verbs = self.syn.considered.get("verbs", ())
        if bool(verbs) and self.syn.is_pos(h, "verb") and self.syn.has(h, "adverbial_clause") and h.head.i != h.i \
                and self.syn.is_pos(h.head, "verb") and self._considered(h.head):
            return True  # (and the purpose of the act weighed: "considering sending aid to help North Korea cope")
        return bool(verbs) and self.syn.is_pos(h, "verb") and (
            self.syn.has(h, "open_clause") or self.syn.has(h, "object")) and _word_in(h.head, verbs)

    def _hoped(self, h: Any) -> bool:
        """The act `h` is hoped for (`hoped.verbs`): its complement, its content clause or the noun of its "for"
        ("hoped to resume flights", "hopes Japan will persuade Washington", "hoped for more talks"): CAMEO codes the
        hope, a statement, not the act."""
        verbs = self.syn.hoped.get("verbs", ())
        if not verbs:
            return False
        g = h.head
        if self.syn.has(h, "prep_object") and g.lower_ in self.syn.preps["topic"] and g.head.i != g.i:
            return _word_in(g.head, verbs)
        return (self.syn.has(h, "open_clause") or self.syn.has(h, "content_clause")) and g.i != h.i and _word_in(g, verbs)

    def _failed(self, t: _Trig, h: Any) -> bool:
        """The act `h` (of `failures.types`) is the complement of a verb of failing: "failed to reach agreement" (the
        agreement denied; CAMEO codes the failed accord as a rejection)."""
        f = self.syn.failures
        return bool(f) and t.phrase.pattern.type in f.get("types", ()) and self.syn.has(h, "open_clause") \
            and _word_in(h.head, f.get("verbs", ()))

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

    def _remarked(self, h: Any) -> bool:
        """The act `h` lies below a noun of `remarks` ("expressed condolences over an attack that killed 40",
        "denied charges he ran a squad that killed officials"): the background of that statement, so that with no
        actor named (only where unknown actors are allowed) it is not coded (convention 4)."""
        remarks = self.syn.remarks
        if not remarks:
            return False
        a, steps = h, 0
        while a.head.i != a.i and steps < 8:
            a, steps = a.head, steps + 1
            if self.syn.is_pos(a, "nominal") and _word_in(a, remarks):
                return True
            if self.syn.is_pos(a, "verb") and any(self.syn.has(c, "object") and _word_in(c, remarks)
                                                  for c in a.children):
                return True  # (the parse hangs the act on the verb: "expressed condolences to X over the fire")
        return False

    def _denied_claim(self, t: _Trig, h: Any, frames: set[int]) -> bool:
        """`h`, a claim noun (`denied_reports.objects`: "accusations", "charges"), is the object of a denial
        frame ("rejected accusations that ...", "denied charges of corruption"): the claim denied is background,
        coded only with both its parties named (convention 4), not an act of unknown parties that would
        stand for the denial."""
        syn = self.syn
        objects = syn.denied_reports.get("objects", frozenset())
        return t.phrase.pattern.pos == "noun" and h.head.i in frames and syn.has(h, "object") \
            and _word_in(h, objects)

    def _named_claim(self, s: _Sent, h: Any) -> bool:
        """`h` (a verb of `denied_reports.verbs`) rejects a claim noun whose maker is named ("rejected Russian
        accusations that ...", "dismissed Kyiv's claims that ..."): the rejection of that party's claim (with
        `denied_reports.named: true`), a refusal whose content is not coded (convention 3), not the act denied."""
        syn = self.syn
        if not syn.denied_reports.get("named") or not (
                _word_in(h, syn.denied_reports.get("verbs", ()))):
            return False
        objects = syn.denied_reports.get("objects", frozenset())
        return any(syn.has(c, "object") and _word_in(c, objects)
                   and any((syn.has(a, "possessor") or syn.has(a, "attribute")) and s.at.get(a.i) is not None
                           and s.mentions[s.at[a.i]].codes for a in c.children)
                   for c in h.children)

    def _time_clause(self, x: Any) -> bool:
        """`x` heads a clause of time ("after Russia imposed a ban", "when asked whether ...")."""
        syn = self.syn
        return self.syn.has(x, "adverbial_clause") and any((syn.has(c, "mark") or self.syn.has(c, "adverbial") and c.i < x.i)
                                         and (_key(c) in syn.preps["adjunct"] or c.lower_ in syn.temporal)
                                         for c in x.children)

    def _adjunct(self, x: Any) -> bool:
        """`x` is a verb's adjunct phrase of time or circumstance (`preps.adjunct`: "during the
        talks", "despite the negotiations"), whose event is no content of the verb."""
        if not self.syn.preps["adjunct"] or not self.syn.is_pos(x.head, "verb"):
            return False
        if self.syn.has(x, "prep"):
            return _key(x) in self.syn.preps["adjunct"]
        return self.syn.has(x, "oblique") and self._case_key(x) in self.syn.preps["adjunct"]

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

    # ------------------------------------------------------------------ roles
    def _repression_means(self, events: list[Event]) -> list[Event]:
        """The means of a repression (`repression_means.codes`: "fired tear gas") beside the coercion they serve on
        the same parties ("... to disperse the demonstrators", "... and arrested dozens") are that coercion, no
        attack of their own."""
        rm = self.syn.repression_means
        served = {(e.source, e.target) for e in events if e.type in rm.get("types", ()) and e.cameo not in rm.get("codes", ())}
        return [e for e in events if not (e.cameo in rm.get("codes", ()) and (e.source, e.target) in served)]

    def _announcer(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """The state that says its own agentless passive act (`announced_acts`) will be or was done: the speaker of
        the content clause it stands in, a party other than the one acted on ("Erdogan said the ambassadors of ten
        countries would be declared persona non grata")."""
        syn = self.syn
        subj, passive = self._subject(h)
        if not passive or any(syn.has(c, "agent") for c in h.children) or not syn.has(h, "content_clause") \
                or h.head.i == h.i or not _word_in(h.head, syn.speech):
            return []
        spk, spk_passive = self._subject(h.head)
        if spk is None or spk_passive:
            return []
        acted_on = {c for m in tgt for c in m.codes}
        return [m for m in self._actors_at(s, spk) if m.codes and not set(m.codes) & acted_on]

    def _joins_in(self, v: Any) -> bool:
        """`v` is a verb of joining another party in an act named in its phrase (`joined_in`: "joined the US in
        imposing sanctions"), not of joining a body ("ruled out joining the Union State")."""
        ji = self.syn.joined_in
        return _word_in(v, ji.get("verbs", ())) and any(
            self.syn.has(c, "prep") and _key(c) in ji.get("preps", ()) for c in v.children)

    def _joined_partners(self, s: _Sent, h: Any) -> list[Mention]:
        """The parties a verb of joining (`joined_in.verbs`) names as its object where the act `h` stands in its
        phrase (`joined_in.preps`): "joined the United States and Britain in announcing export controls"."""
        ji = self.syn.joined_in
        x = h
        for _ in range(5):
            if x.head.i == x.i:
                return []
            up = x.head
            if self.syn.has(x, "prep") and _key(x) in ji.get("preps", ()) and _word_in(up, ji.get("verbs", ())):
                return [m for c in up.children if self.syn.has(c, "object") for m in self._actors_at(s, c) if m.codes]
            if not (self.syn.has(x, "object") or self.syn.has(x, "prep_object") or self.syn.has(x, "clause")
                    or self.syn.has(x, "climb") or self.syn.has(x, "prep")):
                return []
            x = up
        return []

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
        if not makers and self._earlier and self._status(s, h) != "occurred":
            # (the act in a clause before the «;» of its sentence, answered by a threat to come: «...; МИД России
            # пообещал ответные меры», not by measures taken, «...; Минск объявил о введении зеркальных мер»)
            makers = {e.source for e in self._earlier if e.target == a and e.type in acts and e.source and e.source != a}
        return next(iter(makers)) if len(makers) == 1 else None

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

    def _actors_at(self, s: _Sent, r: Any, allow_location: bool = False) -> list[Mention]:
        """The actors a role's noun phrase names: its head's mention, or the nearest one inside
        it (compounds, possessors, "of" phrases), and the actors coordinated with it."""
        if self._vague(s, r):
            return []  # "Georgia's Western allies, which accuse Russia": no code, not Georgia (convention 10)
        if self._foreign_apposition(s, r):
            return []
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

    def _speaker_token(self, r: Any) -> tuple[Any | None, bool]:
        """The subject of the verb of saying whose content clause the pronoun `r` is the subject of."""
        if not self.syn.has(r, "subject") or r.head.i == r.i:
            return None, False
        v = self._clause_of(r)
        if not self.syn.has(v, "content_clause") or v.head.i == v.i:
            return None, False
        subj, passive = self._subject(v.head)
        return (subj, passive) if subj is not None and subj.i != r.i else (None, False)

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

    def _set_against(self, c: Any) -> bool:
        """`c` is an adverbial clause set against the one it hangs on (`concessive`: "..., while Chile recalled its
        envoy"): its parties are its own, no content or other party of that clause's act."""
        return self.syn.has(c, "adverbial_clause") and any(
            self.syn.has(g, "mark") and g.lower_ in self.syn.concessive for g in c.children)

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

    def _happening_verb(self, h: Any) -> Any | None:
        """The verb of taking place (`status.occurrence`) or of breaking out (`unrest_verbs`) whose subject is the
        nominal act `h`, if any."""
        v = h.head
        if not self.syn.has(h, "subject") or v.i == h.i:
            return None
        return v if _word_in(v, self.syn.occurrence) or _word_in(v, self.syn.unrest_verbs) else None

    def _reported_clauses(self, v: Any) -> list[Any]:
        """The clauses verb of saying `v` reports: its content clauses ("said that Kenya would ..."), or the
        clause it is set beside ("Kenya will ..., Museveni said")."""
        out = [c for c in v.children if self.syn.has(c, "content_clause")]
        if self.syn.has(v, "parataxis") and v.head.i != v.i:
            out.append(v.head)
        return out

    def _known_talks(self, h: Any) -> bool:
        """Talks noun `h` with a definite determiner, not a possessive ("after the talks", "during these
        consultations"): talks the text told of before."""
        return any(c.lower_ in self.syn.preps["definite"] and c.lower_ not in self.syn.preps["owner_pronoun"]
                   for c in h.children)

    def _group_talks(self, h: Any) -> bool:
        """Talks noun `h` whose own bare (genitive) modifier names who met, where the language marks case by a
        child (UD): «на встрече лидеров» is a meeting of many, not the speaker's talks with the one addressed."""
        if not self.syn.labels.get("case"):
            return False
        return any(self.syn.has(c, "noun_modifier") and self.syn.is_pos(c, "noun")
                   and not any(self.syn.has(g, "case") for g in c.children) for c in h.children)

    def _pair_people(self, n: Any) -> bool:
        """Noun `n` names people of a pair named elsewhere: "their ministers", "the two foreign ministers"."""
        return any(self.syn.has(c, "possessor") and c.lower_ in self.syn.preps["plural_pronoun"]
                   or c.lower_ in self.syn.preps["pair_words"] for c in n.children)

    def _subject_actors(self, s: _Sent, v: Any) -> list[Mention]:
        """The actors the active subject of verb `v` names."""
        subj, passive = self._subject(v)
        return [] if subj is None or passive else self._actors_at(s, subj)

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

    def _halted(self, h: Any, ptype: str) -> bool:
        """A nominal act of `halted.types` that is the object or passive subject of a verb of halting
        (`halted.verbs`: «переговоры прекращены», «заморозила контакты»): no such act held."""
        hd = self.syn.halted
        if not hd or ptype not in hd["types"] or h.head.i == h.i:
            return False
        return (self.syn.has(h, "object") or self.syn.has(h, "passive_subject")) \
            and (_key(h.head) in hd["verbs"] or h.head.lower_ in hd["verbs"])

    def _talks_topic(self, h: Any, by_head: dict[int, _Trig], verbs: frozenset[str] | None = None) -> bool:
        """The nominal act `h` stands in the object or passive subject of a verb of talks (`talk_topics`: "discussed
        the deployment of an airbase", "the deployment of an airbase was discussed"): the talks' topic (`verbs`: these
        verbs of talks instead)."""
        syn = self.syn
        topics = syn.talk_topics if verbs is None else verbs
        x = h
        for _ in range(4):
            if x.head.i == x.i:
                return False
            if (syn.has(x, "subject") or syn.has(x, "passive_subject")) and (
                    _key(x.head) in syn.topic_subjects or x.head.lower_ in syn.topic_subjects):
                return True  # («вопрос о размещении базы обсуждался»: a reflexive passive's subject is its topic)
            if syn.has(x, "object") or syn.has(x, "passive_subject"):
                t = by_head.get(x.head.i)
                return t is not None and t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in OWN_TALKS \
                    and (_key(x.head) in topics or x.head.lower_ in topics)
            if not (syn.has(x, "prep_object") or syn.has(x, "prep") and _key(x) in syn.preps["of"]
                    or syn.has(x, "compound") or syn.has(x, "noun_modifier")):
                return False
            x = x.head
        return False

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
                        c = t.head  # "a delegation, which visited Belarus": the relative's noun
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
            if t is v and syn.has(t, "oblique") and "Inf" in t.morph.get("VerbForm") and t.head.i != t.i \
                    and self.syn.is_pos(t.head, "noun") and _key(t.head) in syn.decision_nouns \
                    and (g := self._by_head.get(t.head.head.i)) is not None and g.phrase.pattern.type in syn.named_content \
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

    def _blamed(self, s: _Sent, dates: list, state: DocState, blame: frozenset[str]) -> list[Event]:
        """A speaker's content clause that calls its subject's act unlawful ("Ukraine says Russia
        illegally blocked the strait": `preps.blame`) is the speaker's accusation of that subject."""
        syn = self.syn
        out: list[Event] = []
        info = cameo.lookup(syn.accuse_code)
        phrases = [tuple(b.split()) for b in blame]
        for v in s.doc:
            if not _word_in(v, syn.speech):
                continue
            for c in v.children:
                if not syn.has(c, "content_clause"):
                    continue
                # the word on the clause's verb (or a verb coordinated with it), not deeper ("said the
                # refugees had entered illegally" in a clause of its own)
                verbs = [c, *(x for x in c.children if syn.has(x, "coordinated") and self.syn.is_pos(x, "verb"))]
                code, kind = syn.accuse_code, info
                if not any(tuple(w.lower_ for w in s.doc[x.i:x.i + len(b)]) == b
                           for x in (x for v2 in verbs for x in v2.children) for b in phrases) \
                        and not self._blame_predicate(c):
                    if not self._blame_predicate(c, "praise_predicate"):
                        continue
                    # "Lukashenko said his country remained a reliable ally of Russia": praise (CAMEO 051)
                    code, kind = PRAISE_CODE, cameo.lookup(PRAISE_CODE)
                said, passive = self._subject(v)
                doer, dpassive = self._subject(c)
                if said is None or passive or doer is None or dpassive:
                    continue
                src = [m for m in self._actors_at(s, said) if m.codes and not m.location]
                own = {x for a in src for x in a.codes}
                tgt = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own]
                if not tgt and code == PRAISE_CODE:
                    tgt = self._deep(s, [x for x in c.children if syn.has(x, "copula_predicate")], src)
                if not tgt and code == syn.accuse_code:
                    # '"This is a flagrant violation," the ministry said of Russia's move': the act spoken of
                    tgt = self._deep(s, [g for x in v.children if syn.has(x, "prep") and _key(x) in syn.preps["of"]
                                         for g in x.children], src)
                date, gran = self._when(s, v, dates, state, "occurred")
                for a in src[:1]:
                    for b in tgt[:1]:
                        out.append(Event(source=a.codes[0], target=b.codes[0], type=kind.plover_type,
                                         cameo=code, status="occurred", source_sector=a.sector,
                                         source_text=a.text, target_text=b.text, target_sector=b.sector,
                                         mode=kind.mode, goldstein=kind.goldstein,
                                         quad=cameo.quad_class(code), date=date, date_granularity=gran,
                                         trigger=v.text, start=v.idx, end=v.idx + len(v.text)))
        return out

    def _sanction_refs(self, s: _Sent, events: list[Event]) -> list[Event]:
        """Sanctions named again by a pronoun with a participle (`sanction_refs.pronouns`, `verbs`: "those imposed
        by the US over Russia's policy") are the agent's sanctions on the party named by the participle's "on" or
        "against" phrase, or owning the noun of its "over" phrase (convention 4: both named). Counter-sanctions
        (`counter`, a party's: "Russia's counter-sanctions", "Russia introduced retaliatory sanctions") answering
        sanctions so imposed ("in response to those imposed by X", `answers`) are aimed at their imposers, and the
        sanctions answered at the counter-sanctions' owner. Background acts: occurred, undated."""
        syn, refs = self.syn, self.syn.sanction_refs
        nouns, verbs = refs.get("nouns", frozenset()), refs.get("verbs", frozenset())
        out: list[Event] = []
        done = {(e.source, e.target, e.type) for e in events}
        info = cameo.lookup(refs_code := next(iter(refs["code"])))
        ptype = next(iter(refs.get("type", (info.plover_type,)))).upper()  # (CAMEO 163 is SANCTION in PLOVER's terms)
        counters = self._counter_sanctions(s)

        def add(a: Mention, b: Mention, tok: Any) -> None:
            key = (a.codes[0], b.codes[0], ptype)
            if a.codes[0] == b.codes[0] or key in done:
                return
            done.add(key)
            out.append(Event(source=a.codes[0], target=b.codes[0], type=ptype, cameo=refs_code,
                             status="occurred", source_sector=a.sector, source_text=a.text, target_text=b.text,
                             target_sector=b.sector, mode=info.mode, goldstein=info.goldstein,
                             quad=cameo.quad_class(refs_code), date=None, date_granularity=None,
                             trigger=tok.text, start=tok.idx, end=tok.idx + len(tok.text)))

        for p in s.doc:
            x = p.head
            if p.lower_ not in verbs or not syn.has(p, "noun_clause") or x.i == p.i:
                continue
            pronoun = x.lower_ in refs.get("pronouns", ())
            if not pronoun and not _word_in(x, nouns):
                continue
            if pronoun and not any(_word_in(w, nouns) for w in s.doc[:x.i]):
                continue  # ("those imposed by ..." only after a word for sanctions)
            preps = self._preps(p)
            imposers = [m for w, n in preps if w == "by" for m in self._actors_at(s, n) if m.codes]
            if not imposers:
                continue
            targets = [m for w, n in preps if w in refs.get("on", ()) for m in self._actors_at(s, n) if m.codes]
            if not targets:
                targets = [m for w, n in preps if w in refs.get("over", ())
                           for c in n.children if syn.has(c, "possessor") for m in self._actors_at(s, c) if m.codes]
            # answered by counter-sanctions before it: "R's counter-sanctions, in response to those imposed by X"
            answer = x.head.head if x.head.head.i != x.head.i else x.head
            # (or "with countersanctions to the sanctions imposed by X": the phrase on the counter-sanctions noun)
            answering = [m for i, owners in counters if i < x.i for m in owners] \
                if answer.lower_ in refs.get("answers", ()) or any(i <= answer.i <= i + 2 for i, _ in counters) else []
            if pronoun or answering:
                for a in imposers:
                    for b in targets or answering:
                        add(a, b, p)
            for r in answering:
                for a in imposers:
                    add(r, a, p)
        return out

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

    def _counter_sanctions(self, s: _Sent) -> list[tuple[int, list[Mention]]]:
        """(token, owners) of each counter-sanctions phrase (`sanction_refs.counter`: "counter-sanctions",
        "retaliatory sanctions"): its possessor ("Russia's"), else the subject of the verb it is the object of."""
        syn, refs = self.syn, self.syn.sanction_refs
        counter, nouns = refs.get("counter", frozenset()), refs.get("nouns", frozenset())
        joiners = refs.get("joiners", frozenset())
        out: list[tuple[int, list[Mention]]] = []
        text = s.text.lower()
        if not any(w in text for w in counter):
            return out  # (most sentences: no token to look at, without reading each of the parse's tokens)
        for t in s.doc:
            if t.lower_ not in counter:
                continue
            # the phrase's tokens: "counter - sanctions" may be split in three, each an object of the verb
            phrase = [t] + [w for w in s.doc[t.i + 1:t.i + 3] if w.lower_ in joiners or _word_in(w, nouns)]
            if not any(_word_in(w, nouns) for w in phrase):
                continue
            heads = phrase + [w.head for w in phrase]
            owners = [m for w in heads for c in w.children if syn.has(c, "possessor")
                      for m in self._actors_at(s, c) if m.codes]
            if not owners:
                for w in heads:
                    verb = w.head.head if syn.has(w, "prep_object") and w.head.head.i != w.head.i else w.head
                    if (syn.has(w, "object") or syn.has(w, "prep_object")) and w.head.i != w.i \
                            and syn.is_pos(verb, "verb"):  # ("Russia introduced ...", "Russia responded with ...")
                        subj, passive = self._subject(verb)
                        if subj is not None and not passive:
                            owners = [m for m in self._actors_at(s, subj) if m.codes]
                            break
            if owners:
                out.append((t.i, owners))
        return out

    def _blame_predicate(self, c: Any, key: str = "blame_predicate") -> bool:
        """The content clause `c` says its subject (an act, "Lithuania's move") is unlawful or
        unacceptable (`preps.blame_predicate` as its predicate: "said Lithuania's move was discriminatory"),
        or (`preps.praise_predicate`) a reliable ally, not negated."""
        words = self.syn.preps[key]
        if not words or any(self.syn.has(x, "negation") or x.lower_ in self.syn.negation_words for x in c.children):
            return False
        copula = c.lemma_.lower() == "be"
        for x in c.children:
            # "said Russia was to blame" (an open clause), "was behind the attack" (a phrase) after a copula
            if self.syn.has(x, "copula_predicate") or (copula and x.i > c.i and (
                    self.syn.has(x, "open_clause") or self.syn.has(x, "prep"))):
                phrase = [w.lower_ for w in x.subtree if w.is_alpha]
                if any(" ".join(phrase[k:k + len(b.split())]) == b for b in words for k in range(len(phrase))):
                    return True
                if self._blame_phrase(x, words):
                    return True
        return False

    def _blame_phrase(self, x: Any, words: frozenset[str]) -> bool:
        """The phrase `x` is an entry "preposition(s) the noun" of `words` with other modifiers on the noun ("was
        behind a 2014 blast" for "behind the blast", "responsible for last week's attack")."""
        syn = self.syn
        preps = [(x, [x.lower_])] if syn.has(x, "prep") else \
            [(c, [x.lower_, c.lower_]) for c in x.children if syn.has(c, "prep")]  # "responsible for"
        for pr, lead in preps:
            for n in pr.children:
                if not syn.has(n, "prep_object"):
                    continue
                for b in words:
                    parts = b.split()
                    if len(parts) >= 3 and parts[-2] == "the" and parts[-1] == n.lower_ and parts[:-2] == lead:
                        return True
        return False

    def _coordinated_pair(self, s: _Sent) -> bool:
        """Whether the sentence names two different parties coordinated ("Russia and Turkey")."""
        for j, k in s.at.items():
            t = s.doc[j]
            h = s.at.get(t.head.i)
            if self.syn.has(t, "coordinated") and h is not None and h != k \
                    and set(s.mentions[h].codes) != set(s.mentions[k].codes):
                return True
        return False

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

    def _clause_called(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """A stance (`h`) in a clause opened by a pronoun that stands for the clause before it (`preps.clause_pronoun`,
        read by the parse as a mark or an object, the clause as content or relative): the makers of that clause's act
        («Литва закрыла границу, что Минск назвал провокацией», «Польша ввела пошлины, что Минск осудил»)."""
        syn = self.syn
        if not syn.preps["clause_pronoun"] or h.head.i == h.i or syn.has(h, "subject") or syn.has(h, "object"):
            return []  # (a content or relative clause, or one the parse left loose)
        opener = [c for c in h.children if _word_in(c, syn.preps["clause_pronoun"]) and c.i < h.i
                  and (syn.has(c, "mark") or syn.has(c, "object"))]
        if not opener or any(syn.has(c, "object") and c not in opener for c in h.children) \
                or not s.doc[opener[0].i - 1].is_punct:
            return []
        x = h.head
        while not syn.is_pos(x, "verb") and x.head.i != x.i and x.i not in self._by_head:
            x = x.head
        if _word_in(x, syn.speech) or not syn.is_pos(x, "verb"):
            return []  # («заявил, что Минск осудил ...»: the content of a saying)
        own = {c for m in src for c in m.codes}
        doer, passive = self._subject(x)
        return [m for m in self._actors_at(s, doer) if m.codes and not set(m.codes) & own and not m.location] \
            if doer is not None and not passive else []

    def _predicated(self, h: Any) -> tuple[list[Any], list[Any]]:
        """The objects of a verb of characterising and their predicates ("called the move a provocation")."""
        syn = self.syn
        objs = [c for c in h.children if syn.has(c, "object") and not syn.has(c, "predicate")]
        pred = [c for c in h.children if syn.has(c, "predicate")]
        # "described the move as illegal": the predicate in a phrase (`preps.predicate`)
        pred += [g for c in h.children if syn.has(c, "prep") and _key(c) in syn.preps["predicate"] for g in c.children]
        if not pred and len(objs) > 1:  # "calling it a step backward", parsed as two objects
            objs, pred = objs[:1], objs[1:]
        if not objs:  # "called Russia's policy dangerous", the object parsed as a compound of the adjective
            objs = [g for c in pred for g in c.children if syn.has(g, "compound") and g.i < c.i
                    and any(syn.has(x, "possessor") for x in g.children)]
        return objs, pred

    def _roles(self, s: _Sent, t: _Trig, h: Any) -> tuple[list[Mention], list[Mention], Any]:
        src, tgt, place = self._own_roles(s, t, h)
        if src and not tgt and t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in STANCES:
            tgt = self._clause_called(s, h, src)
        if not src and not tgt and t.phrase.pattern.pos == "verb" and t.phrase.pattern.symmetric \
                and self.syn.has(h, "noun_clause") and "Part" in h.morph.get("VerbForm") and h.head.i != h.i:
            # «Подписанный в Минске договор между Белоруссией и Казахстаном»: a participle on the accord noun, whose
            # phrase of "between" names the parties
            src = [m for c in h.head.children if self.syn.has(c, "oblique") or self.syn.has(c, "noun_modifier")
                   if self._case_key(c) in self.syn.preps["between"] for m in self._actors_at(s, c) if m.codes]
        if not src and tgt and t.phrase.pattern.pos == "verb" and t.phrase.pattern.cameo in self.syn.announced_acts:
            src = self._announcer(s, h, tgt) or src
        if src and t.phrase.pattern.type in self.syn.joined_in.get("types", ()):
            # "Japan joined the United States in imposing sanctions on Iran": the one joined acts too (`joined_in`)
            src = src + [m for m in self._joined_partners(s, h) if m not in src and m not in tgt]
        own = {c for m in src for c in m.codes}
        if src and not [m for m in tgt if set(m.codes) - own] and t.phrase.pattern.pos == "verb" \
                and self.syn.has(h, "open_clause") and h.head.i != h.i and _word_in(h.head, self.syn.subject_control):
            # "promised Armenia to release the detainees": the promised act is done to the promise's addressee
            addressee = [c for c in h.head.children if self.syn.has(c, "object") or self.syn.has(c, "indirect_object")]
            named = [m for c in addressee for m in self._actors_at(s, c) if m.codes and not set(m.codes) & own]
            if named:
                return src, named, place
        if src and t.phrase.pattern.pos == "verb" and t.phrase.pattern.type in self.syn.ordered_measures.get("types", ()) \
                and self.syn.has(h, "open_clause") and h.head.i != h.i \
                and _word_in(h.head, self.syn.ordered_measures.get("verbs", ())):
            # "Moldova ordered Russia to cut its embassy staff": a measure another is ordered to take against itself
            # is the orderer's, aimed at the one ordered (`ordered_measures`, convention 6)
            ordered = [m for c in h.head.children if self.syn.has(c, "object")
                       for m in self._actors_at(s, c) if m.codes]
            subj = self._subject(h.head)[0]
            orderer = [m for m in self._actors_at(s, subj) if m.codes] if subj is not None else []
            boss = {c for m in orderer for c in m.codes}
            # (not a measure aimed at a third party: "forced Belarus to close its border with Lithuania")
            if ordered and orderer and {c for m in ordered for c in m.codes} == own and not boss & own \
                    and not [m for m in tgt if set(m.codes) - own - boss]:
                return orderer, ordered, place
        return src, tgt, place

    def _own_roles(self, s: _Sent, t: _Trig, h: Any) -> tuple[list[Mention], list[Mention], Any]:
        p = t.phrase.pattern
        syn = self.syn
        src: list[Mention] = []
        tgt: list[Mention] = []
        place = None
        if p.pos == "noun" and p.type in ACCEPTED and syn.requested_at and (asked := self._requested_at(s, h)) is not None:
            return asked[0], asked[1], None
        trig_ids = {s.tok(i).i for i in range(t.start, t.end)}
        if p.pos == "verb" and syn.has(h, "aux") and h.head.i != h.i and t.end - t.start == 1:
            return self._modal_roles(s, h.head)  # "said that Libya must hand over ..."
        if p.pos == "verb" and _word_in(h, syn.modal_predicates) and t.end - t.start == 1:
            return self._modal_roles(s, h)  # «заявил, что Россия должна вернуть Украине территории»
        if p.pos == "verb" and p.predicate:
            # "called Belarus's tactics a blackmail", "called the incident an operation of the Ukrainian
            # services": a characterisation of the object; the actor the predicate names is the one
            # blamed, else the object's
            subj, passive = self._subject(h)
            if passive and subj is not None and subj.head.i != h.i and not syn.has(h, "relative"):
                passive = False  # "was quoted as calling ... a blackmail": the one quoted calls
            objs, pred = self._predicated(h)
            if self._calls_act(h):
                pred, objs = pred or objs, []  # ("a move Minsk called aggression": the parse's object)
            words = [w.lower_ for c in pred for w in c.subtree]
            if any(_contains(words, w) is not None for w in p.without):
                return [], [], None  # "called Russia a reliable partner": praise, no criticism
            if (passive or syn.has(h, "relative") and (syn.tagged(h, "participle")  # (or read as a past tense)
                                                        or any(syn.has(c, "agent") for c in h.children))) \
                    and not (self._calls_act(h) and not passive):  # ("a vote Georgetown described as ...": its subject)
                # "the leader, dubbed a dictator by Washington": the agent characterises the subject
                by = [n for w, n in self._preps(h) if w == "by"]
                src = [m for n in by for m in self._actors_at(s, n)]
                if not src or subj is None or not pred:
                    return [], [], None
                return src, [m for m in self._actors_at(s, subj) if m not in src and not m.location], None
            if not objs and pred and subj is not None and self._relative_on(h) \
                    and (self._reaction_noun(h.head) or self._clause_relative(h)):
                # "..., a move Minsk called aggression": the act the relative clause describes is called so
                src = self._actors_at(s, subj)
                return src, self._noun_act_makers(s, h.head, h, src), None
            if subj is None or not objs or not pred:
                return [], [], None
            src = self._actors_at(s, subj)
            if not any((m := self._nearest(s, c)) is not None and m.codes for c in pred):
                # "recognised the regime as complicit in Russia's war": a predicate that names no party itself (on
                # its head, possessor or "of" phrase) says what the object is; a party in another phrase of it ("in
                # Russia's war") is not the one so described
                tgt = self._deep(s, objs, src) or self._deep(s, pred, src)
            else:
                tgt = self._deep(s, pred, src) or self._deep(s, objs, src)
            x = h.head
            if not tgt and all(self.syn.is_pos(o, "pronoun") for o in objs) and x.i != h.i \
                    and syn.has(h, "adverbial_clause"):
                # "..., calling it a provocation": "it" is the act of the clause it hangs on; where that
                # is a speaker's content clause, the speaker calls and the act's subject is blamed
                if syn.has(x, "content_clause") and _word_in(x.head, syn.speech):
                    said, passive = self._subject(x.head)
                    src = self._actors_at(s, said) if said is not None and not passive else []
                doer, passive = self._subject(x)
                if doer is not None and not passive:
                    tgt = [m for m in self._actors_at(s, doer) if m not in src]
            if not tgt and src and all(self.syn.is_pos(o, "pronoun") for o in objs):
                tgt = self._pronoun_act_party(s, h, src)  # "..., and Kyiv called it a blow"
            if not tgt and src and len(objs) == 1:
                tgt = self._noun_referred(s, objs[0], h, src)  # "..., and Minsk called the move terrorism"
            return src, [m for m in tgt if not m.location], None
        if p.pos == "verb":
            subj, passive = self._subject(h)
            # (a phrase of condition names another act's parties: «в случае нападения на Белоруссию»)
            preps = [(w, n) for w, n in self._preps(h) if f"{w} {_key(n)}" not in syn.conditions
                     and f"{w} {_key(n)}" not in syn.beneficiaries]  # (nor one of whom it serves, `beneficiaries`)
            # a phrase after the verb that the parse hangs across it on a clause before it is the verb's
            # («Посетив Москву, министр обсудил с Лавровым ...»: «с Лавровым» on «Посетив»)
            preps += [(w, n) for c in h.children if syn.has(c, "adverbial_clause") and c.i < h.i
                      for w, n in self._preps(c) if n.i > h.i and n.head.i == c.i]
            objs = [c for c in h.children if syn.has(c, "object") and (subj is None or c.i != subj.i)
                    and not self._stray_object(c)]  # (`two_objects_subject`)
            if not objs:
                # («высылает посла Латвии и отзывает своего посла»: an object the parse hung on the verb after)
                objs = [g for c in h.children if syn.has(c, "coordinated") for g in c.children if self._stray_object(g)]
            if not objs and not preps and not passive and not p.symmetric:
                # "donated and delivered medicine to Belarus": a verb with no object or phrase of its own shares
                # those of the verb coordinated after it that has no subject of its own
                nxt = next((c for c in h.children if syn.has(c, "coordinated") and self.syn.is_pos(c, "verb")
                            and not any(syn.has(g, "subject") or syn.has(g, "passive_subject") for g in c.children)), None)
                if nxt is not None and (shared := [c for c in nxt.children if syn.has(c, "object")]):
                    objs, preps = shared, self._preps(nxt)
            if subj is None and syn.indefinite_personal and self._indefinite(h) and objs:
                # «Белорусского посла вызвали в МИД Литвы», «дипломатов выслали из Литвы»: an indefinite
                # "they" is an agentless passive of its object
                subj, passive = objs[0], True
            # the trigger's own verbs' objects ("предложила покинуть страну российским дипломатам")
            objs += [c for i in sorted(trig_ids - {h.i}) if self.syn.is_pos(s.doc[i], "verb")
                     for c in s.doc[i].children if syn.has(c, "object") and c.i not in trig_ids]
            # (and the subject of the pattern's word the parse made a content clause of the verb: "declared
            # two diplomats persona non grata", the diplomats the subject of "persona")
            firsts = {w[0] for w in p.with_ if w}
            objs += [g for c in h.children if syn.has(c, "content_clause") and not objs
                     and c.lower_ in firsts and not any(syn.has(x, "mark") for x in c.children)
                     for g in c.children if syn.has(g, "subject")]
            if not objs and _word_in(h, syn.small_clauses):
                # "to help Moldova cope with refugees": the parse makes the one helped the subject of the bare clause
                # (not where that clause is an act of its own: "helped Baku and Yerevan settle their dispute" is no aid)
                objs = [g for c in h.children if syn.has(c, "content_clause") and c.i not in self._by_head
                        and not any(syn.has(x, "mark") for x in c.children)
                        for g in c.children if syn.has(g, "subject")]
            # "signed an agreement with Russia", "imposed sanctions on Belarus": the object's
            # phrases are the verb's too (and the trigger's own words: "hold talks with")
            # (and a coordinated object's: "применили газ и гранаты в отношении участников акции")
            for c in [*objs, *(g for o in objs for g in o.children if syn.has(g, "coordinated")),
                      *(s.doc[i] for i in trig_ids if i != h.i)]:
                preps += self._preps(c)
            by = [n for w, n in preps if w == "by" or w in syn.preps["passive_agent"]]  # "подписано Россией"
            if p.recipient:
                src = [m for w, n in preps if w in syn.preps["recipient_source"] for m in self._actors_at(s, n)]
                tgt = self._actors_at(s, subj) if subj is not None else []
                if not src and tgt and not passive:
                    # "Belarus received the first tranche of the Russian loan": the giver named in the
                    # thing received
                    src = [m for m in self._deep(s, objs, tgt) if not m.location]
                return src, tgt, None
            heard = [m for w, n in preps if w in syn.preps["recipient_source"] for m in self._actors_at(s, n)] \
                if p.type in STANCES and subj is not None and not passive else []
            if heard:
                # "has raised concerns from Russia", "drew praise from the EU": the stance is the
                # "from" phrase's, about the subject
                return heard, [m for m in self._actors_at(s, subj) if m not in heard], None
            if passive:
                src = [m for n in by for m in self._actors_at(s, n)]
                tgt = self._actors_at(s, subj) if subj is not None else []
                if not tgt and subj is not None and syn.among and syn.has(h, "noun_clause"):
                    tgt = self._group_members(s, subj)  # "three Poles were among the prisoners freed by ..."
                if src and not tgt and subj is not None and p.type in syn.reacted.get("types", ()):
                    # "..., a decision condemned by Tbilisi"; "..., and the decision was welcomed by Seoul"
                    tgt = self._noun_act_makers(s, h.head, h, src) if syn.has(h, "relative") and h.head.i != h.i \
                        and self._reaction_noun(h.head) else self._noun_referred(s, subj, h, src)
                if not src and p.type in UNTARGETED and not p.symmetric and _passive(h, self.syn) and (
                        h.head.i == h.i or any(syn.has(a, "aux") and ("Fin" in a.morph.get("VerbForm")
                                                                      or self.syn.tagged(a, "finite"))
                                               for a in h.children)):
                    # a finite agentless passive ("войска были приведены в боевую готовность"): the
                    # forces' own state acts
                    src, tgt = tgt, []
                    # ... at another state where they are placed ("troops had been deployed inside Ukraine")
                    own_codes = {c for m in src for c in m.codes}
                    tgt = [m for w, n in preps if w in syn.preps["location"] for m in self._actors_at(s, n, allow_location=True)
                           if m.codes and not set(m.codes) & own_codes and m.kind != "igo"]
                if not src and p.type in AGREED_AID and syn.preps["funding"]:
                    # "the Belarusian plant was financed with a Russian loan": the lender of the means funds
                    src = [m for w, n in preps if w in syn.preps["funding"]
                           for m in self._deep(s, [n], tgt) if m.codes and m not in tgt and not m.location]
                if not src and syn.preps["decision"]:
                    # "освобождены по решению президента Белоруссии": the one whose decision it is
                    # (`preps.decision`: "по:dat решение") acts on a party the subject names
                    # (its genitive, "of" phrase or possessor: "released on the orders of Lukashenko", "on Minsk's orders")
                    by_decision = [m for w, n in preps if f"{w} {_key(n)}".lower() in syn.preps["decision"]
                                   for g in [*(c for c in n.children if self._case_key(c) in syn.preps["of"]
                                               or syn.has(c, "possessor")),
                                             *(g for v, g in self._preps(n) if v in syn.preps["of"])]
                                   for m in self._actors_at(s, g) if m not in tgt]
                    if by_decision and (tgt or subj is not None and self._deep(s, [subj], by_decision)):
                        src = by_decision
                if not src and p.type in EXPELLING and not p.symmetric:
                    # "был выслан из Литвы" (convention 8): the country expelling is the one left
                    # (`preps.expelled_from`: "из:gen")
                    src = [m for w, n in preps if w in syn.preps["expelled_from"] for m in self._actors_at(s, n)
                           if m not in tgt]
                    if not src and syn.preps["expulsions"]:
                        # «дипломат объявлен в Литве персоной нон грата» (convention 8): the state of the place acts
                        src = [m for w, n in preps if w in syn.preps["location"]
                               for m in self._actors_at(s, n, allow_location=True)
                               if m.codes and m not in tgt and not set(m.codes) & {c for x in tgt for c in x.codes}]
                if not src and p.type in syn.summoned:
                    # "Посол Литвы был вызван в МИД Белоруссии": the one summoning is where the envoy goes
                    toward = syn.preps["visit"] - syn.preps["location"]
                    src = [m for w, n in preps if w in toward for m in self._actors_at(s, n) if m not in tgt]
                if not src and tgt and subj is not None and s.at.get(subj.i) is None and not p.symmetric:
                    # "Белоруссии был предоставлен российский кредит": a thing given, named by its
                    # origin, with a recipient as indirect object: the origin gives
                    dat = [m for c in h.children if syn.has(c, "indirect_object")
                           for m in self._actors_at(s, c) if m not in tgt]
                    if dat:
                        src, tgt = tgt, dat
                if not tgt and subj is not None and not p.symmetric:
                    # "a camp for Congolese refugees was attacked by ...": deeper in the subject
                    tgt = self._deep(s, [subj], src)
                if not tgt and src and not p.symmetric:
                    # "new sanctions were imposed on Belarus by the EU": the subject is the thing done,
                    # its target in the verb's target phrase
                    tgt = next((ms for w, n in preps if w in syn.preps["target"]
                                for ms in [[m for m in self._actors_at(s, n) if m not in src]] if ms), [])
                if not tgt and src and subj.i == h.head.i and syn.has(subj, "subject") and subj.head.i != subj.i:
                    # "выделенный Россией кредит поступит в Белоруссию": the noun's own verb names where it goes
                    toward = syn.preps["target"] | (syn.preps["visit"] - syn.preps["location"])
                    tgt = [m for w, n in self._preps(subj.head) if w in toward for m in self._actors_at(s, n)
                           if m not in src]
                if p.symmetric and not src and subj is not None and len({c for m in tgt for c in m.codes}) < 2:
                    # "the conditions for Belarus to borrow from the IMF, which are being negotiated":
                    # a joint act without agent is between the parties its subject names
                    inner = self._all_in(s, subj)
                    x = subj
                    for _ in range(6) if syn.has(h, "relative") and subj.i == h.head.i else ():
                        # (the relative clause hung on the last noun of a longer phrase: "the conditions for
                        # Belarus to borrow from the IMF, which are being negotiated" - the whole phrase's parties)
                        if len({c for m in inner for c in m.codes}) >= 2 or x.head.i == x.i:
                            break
                        x = x.head
                        if self.syn.is_pos(x, "verb") and (self._finite(x) or x.head.i == x.i):
                            break
                        if self.syn.is_pos(x, "nominal"):
                            inner = self._all_in(s, x)
                    if len({c for m in inner for c in m.codes}) >= 2:
                        src, tgt = inner, []
                place = next((n for w, n in preps if w in syn.preps["location"]), None)
                if place is None and not src:
                    # "were killed by a bomb outside the Iraqi city of Basra", "killed outside of Basra":
                    # the place of an agent that is no actor, or of a two-word preposition
                    near = [c for c in h.children if syn.has(c, "prep") and _key(c) in syn.preps["location"]]
                    near += [c for n in by for c in n.children if syn.has(c, "prep") and _key(c) in syn.preps["location"]]
                    place = next((g for c in near for x in (c, *(y for y in c.children if syn.has(y, "prep")))
                                  for g in x.children if syn.has(g, "prep_object")), None)
            else:
                src = self._actors_at(s, subj) if subj is not None else []
                if not src and subj is not None and subj.i in self._by_head and subj.i != h.i:
                    # "an explosion near the town of Samarra killed two youths": an act with no actor as
                    # the subject takes place where it is; the place's state may act (convention 8)
                    place = next((n for w, n in self._preps(subj) if w in syn.preps["location"]), None)
                if subj is None and "Fin" in h.morph.get("VerbForm"):
                    # an indefinite-personal verb ("в Минске задержали журналиста"): the place's
                    # state may act (convention 8)
                    place = next((n for w, n in preps if w in syn.preps["location"]), None)
                if subj is not None and (syn.has(subj, "subject") or not src) \
                        and not (subj.head.i != h.i and subj.head.head.i == h.i):  # (a subject hung on a verb below)
                    # two subjects of one verb: a coordination the parse split (a relative clause's
                    # noun naming no actor: "issued a statement protesting": the issuer)
                    for c in subj.head.children:
                        # (not a relative clause's own subject, where the parse hung a stray subject on
                        # that clause: «Варшава ... возложила ответственность на режим, который действует»)
                        if c is not subj and syn.has(c, "subject") and _key(c) not in syn.preps["relative_pronoun"]:
                            src += [m for m in self._actors_at(s, c) if m not in src]
                        elif syn.has(c, "unattached") and c.i < subj.i and s.at.get(c.i) is not None \
                                and not src and s.mentions[s.at[c.i]].codes:
                            # "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, launched ...": the actor the
                            # parse left unattached before a subject naming none
                            src += [m for m in self._actors_at(s, c) if m not in src]
                        elif c.i == subj.i - 2 and s.doc[c.i + 1].text == "," and syn.is_pos(c, "name") \
                                and syn.is_pos(subj, "name") and s.at.get(c.i) is not None and s.at.get(subj.i) is not None \
                                and not any(x.i < c.i and x.head.i == subj.head.i for x in s.doc[:c.i]):
                            # a headline's pair before its verb ("Azerbaijan, Armenia agree to ..."): the parse
                            # hangs the first name on the verb
                            src += [m for m in self._actors_at(s, c) if m not in src]
                own = {c for m in src for c in m.codes}
                # a joint act whose parties are the subjects: an actor in its object is what they
                # act on, not a partner ("Путин и Лукашенко утвердили программу Союзного государства")
                # (nor, for talks held with a partner named, their topic: «обсудил с Путиным итоги саммита ЕАЭС»)
                met = p.symmetric and p.type == "CONSULT" and any(w in syn.preps["partner"] and w not in syn.preps["between"]
                                          and self._actors_at(s, n) for w, n in preps)
                for o in objs if not (p.symmetric and len(own) >= 2 or met) else ():
                    if self._instrument(o):
                        continue  # «ударила американскими ракетами»: the weapon's maker is no target
                    # the source's own forces as the object are its means, not a target
                    # ("увеличила численность военных у границы с Белоруссией")
                    tgt += [m for m in self._actors_at(s, o, allow_location=p.visit)
                            if m not in tgt and not ((m.sector == "MIL" or p.type == "MOBILIZE" and m.kind == "bare")
                                                     and set(m.codes) <= own)]
                    # (what a deployment moves is the mover's own, whatever the word: "deployed more border guards")
                if p.type in syn.named_content:
                    # "Киев осудил обстрел Харькова российскими войсками": the one blamed is the named act's actor
                    for o in objs:
                        inner = self._by_head.get(o.i)
                        if inner is not None and inner.phrase.pattern.pos == "noun" and inner is not t:
                            isrc = [m for m in self._roles(s, inner, o)[0] if not set(m.codes) & own
                                    and self._inside(s, m, o)]
                            if isrc:
                                tgt = isrc
                                break
                # a joint act whose parties are its subject ("Russia and Belarus confirmed their
                # commitment to EEU integration"): another party only in a partner phrase
                named = p.type in JOINT and len({c for m in src for c in m.codes}) >= 2
                if not tgt:
                    wanted = syn.preps["visit"] if p.visit else (syn.preps["named_partner"] or syn.preps["partner"]) \
                        if named else syn.preps["partner"] if p.symmetric else syn.preps["target"]
                    if named and p.type in OWN_TALKS and not p.visit and syn.preps["comitative"] and syn.labels.get("case"):
                        # «Президенты Армении и Грузии обсудили подготовку к саммиту СНГ»: talks of a pair named in
                        # the subject have another party only across the table («с»), not in their topic («к»); a
                        # visit keeps its destination ("Scholz and Macron flew to Kyiv")
                        wanted = syn.preps["comitative"]
                        preps_w = [(w, n) for w, n in preps if n.head.i == h.i or n.head.i in trig_ids]
                    else:
                        preps_w = preps
                    first = syn.first_target.get(p.type, frozenset())
                    # "complained to the UN over Israeli raids": the one blamed before the addressee
                    for w, n in sorted(preps_w, key=lambda wn: wn[0] not in first):
                        if w in syn.preps["comitative"] and self._means_phrase(n):
                            continue  # "With Turkish and UN mediation, Moscow and Kyiv signed ...": no side
                        if w in wanted | first:
                            # (an organisation where a request or complaint is made is the one addressed:
                            # "tabled a resolution at the UN", `addressed`)
                            addressed = p.type in syn.addressed and not p.visit
                            tgt += [m for m in self._actors_at(s, n, allow_location=p.visit or addressed) if m not in tgt
                                    and (not m.location or p.visit or m.kind == "igo")]
                            if tgt:
                                break
                if not tgt and p.visit:
                    # "прибыл с официальным визитом в Минск": the destination in a phrase of the verb's phrase
                    for _, n in preps:
                        tgt += [m for w, x in self._preps(n) if w in syn.preps["visit"]
                                for m in self._actors_at(s, x, allow_location=True) if m not in tgt and m not in src]
                        if tgt:
                            break
                if not tgt and p.symmetric and len({c for m in src for c in m.codes}) < 2:
                    # "agreed to an emergency loan to Belarus": the partner deeper in a phrase
                    # (talks' partner only in a partner phrase: "discussed sanctions against Russia" names none)
                    near = syn.preps["partner"] | (syn.preps["target"] if p.type not in OWN_TALKS else frozenset())
                    tgt = self._deep(s, [n for w, n in preps if w in near], src)
                if not tgt and p.symmetric and not named:
                    # "agreed at a meeting with Putin": a "with" phrase anywhere in the clause
                    tgt = self._partner_deep(s, h, src)
                elif not tgt and p.symmetric and syn.preps["comitative"] and p.type != "MOBILIZE":
                    # «Молдавия и Грузия подписали соглашения об ассоциации с ЕС»: coordinated subjects'
                    # other side in a comitative phrase deeper in the clause (`_across` pairs them)
                    tgt = self._partner_deep(s, h, src, syn.preps["comitative"])
                    tgt = tgt if self._across(s, t, h, tgt, list(own)) else []
                if not tgt and p.type in syn.clause_target and p.type in syn.condition_target and not named \
                        and syn.content_condition_party:
                    # «предупредил, что если Москва продолжит ..., Кишинёв обратится в ООН»: a warning's
                    # other party is the one its content's condition is set on
                    tgt = self._condition_party(s, h, src)
                if not tgt and p.type in syn.clause_target and not named:
                    # (not a joint act whose subject names its parties: "Turkey and Russia agreed to patrol
                    # the Syrian border", "... agreed to begin negotiations on Ukraine" is their agreement)
                    # "warned that it could block flights if the EU ...", "demanding that Belarus
                    # pay": the other party named in the content clause
                    # the content first; a joint act's partner not in a "that" clause ("agrees that
                    # there will be no integration with the EU" is an opinion, no agreement with it);
                    # its own clauses too ("warned that if Lithuania did not resume transit, ...")
                    content = [c for c in h.children if self.syn.has(c, "open_clause") or self.syn.has(c, "content_clause") and p.type not in JOINT]
                    tgt = (self._deep(s, content, src, clauses=True)
                           or self._deep(s, [c for c in h.children if self.syn.has(c, "adverbial_clause")
                                             and not self._time_clause(c) and not self._set_against(c)], src, clauses=True))
                if not tgt and p.type in syn.reactions and src:
                    # "Minsk protested after Russia cut oil supplies": a reaction is aimed at the one whose
                    # act its time clause tells (that clause's subject, another party)
                    for c in h.children:
                        if self._time_clause(c):
                            doer, passive = self._subject(c)
                            if doer is not None and not passive:
                                tgt = [m for m in self._actors_at(s, doer) if m not in src and not m.location
                                       and not set(m.codes) & {x for y in src for x in y.codes}]
                            if tgt:
                                break
                if not tgt and src and p.type in syn.reacted.get("types", ()):
                    tgt = self._reacted_to(s, h, src)  # "..., a move Athens condemned as piracy"
                elif not tgt and src and p.type in syn.reacted.get("prompted", ()):
                    # "North Korea fired shells near the border, prompting Seoul to put its troops on alert"
                    tgt = self._reacted_to(s, h, src, prompted=True)
                if not tgt and p.type in syn.reactions_back and src:
                    tgt = self._reaction_back(s, t, h, src)
                if not tgt and not p.visit and not p.symmetric and not named:
                    # "banned the imports of dairy products from Belarus", "withdrew its troops
                    # from the territory of Belarus": an actor deeper in the object or a phrase
                    deep = [*objs, *(n for w, n in preps if w in syn.preps["target"] | syn.preps["deep"])]
                    tgt = self._deep(s, deep, src)
            if not passive and p.type in syn.named_content and src and not p.symmetric:
                # "condemned Russia's attack on Ukraine", "is investigating alleged crimes by Croatian extremists
                # against Serb civilians": a nominal act as the object, with its maker named, is the maker's
                makers = self._object_makers(s, objs, src)
                if makers:
                    tgt = makers
            else:
                makers = []
            own = {c for m in src for c in m.codes}
            if not passive and (p.type in syn.named_content or p.type == "PROTEST") and tgt and not makers \
                    and {c for m in tgt for c in m.codes} <= own and all(m.kind != "bare" for m in src):
                # "condemned the detention of Russian journalists in Minsk": the other party, deeper
                tgt = self._deep(s, [*objs, *(n for w, n in preps if w in syn.preps["target"])], src) or tgt
            between = [m for w, n in preps if w in syn.preps["between"] for m in self._actors_at(s, n)]
            if not src and len(between) < 2 and p.symmetric:
                # "to sign documents on cooperation between the Ukrainian and Belarusian regions": the
                # parties of a joint act without a subject, named deeper in its object
                for o in [*objs, *(n for w, n in preps)]:
                    for x in o.subtree:
                        if x.i != o.i and self._phrase_key(x) in syn.preps["between"]:
                            between = [m for m in self._actors_at(s, x) if m.codes]
                            break
                    if len({c for m in between for c in m.codes}) >= 2:
                        break
            if not src and len({c for m in between for c in m.codes}) >= 2:
                src = between
            if src and not tgt and not passive and not p.symmetric:
                tgt = self._occasion_target(s, t, preps, src)
            return src, tgt, place
        # a nominal event
        comp: list[Mention] = []  # a country's name before a one-way act ("its Ukraine offensive")
        # a noun of an act on someone: its bare genitive is who is acted on ("высылка российских дипломатов")
        patient = (_key(h) in syn.patient_nouns) and bool(syn.preps["patient"])
        # (and the modifiers of the trigger's own words before it: "Russian missile strikes", "Russia's
        # missile strikes" - the parse hangs the adjective on "missile")
        own_mods = [c for i in sorted(trig_ids - {h.i}) if s.doc[i].i < h.i and s.doc[i].head.i in trig_ids
                    for c in s.doc[i].children if c.i not in trig_ids and c.i < s.doc[i].i]
        for c in [*h.children, *own_mods]:
            if self.syn.has(c, "noun_modifier") and self.syn.is_pos(c, "name") and not p.symmetric \
                    and c.i not in trig_ids and self.syn.has(h, "object") and h.head.i != h.i \
                    and self.syn.is_pos(h.head, "verb") and c.i == h.head.i + 1 == min(x.i for x in h.subtree):
                # "promised Ukraine military aid": a bare name right after the verb is its indirect object
                # that the parse hangs on the object, the one the act is for, not its actor
                tgt += [m for m in self._actors_at(s, c) if m not in tgt]
                continue
            if self.syn.has(c, "compound") and self.syn.is_pos(c, "name") and not p.symmetric and c.i not in trig_ids:
                comp += [m for m in self._actors_at(s, c) if m not in comp]
                continue
            if patient and syn.has(c, "oblique") and self._case_key(c) in syn.preps["patient"]:
                continue  # (its phrase below names the target)
            if syn.has(c, "possessor") or self.syn.has(c, "attribute") and c.i not in trig_ids \
                    and not (syn.has(c, "oblique") and self._case_key(c) not in syn.preps["noun_source"]):
                # (an actor named as opposed, "anti-Putin protests", is the one the act is against)
                tgt += [m for m in self._actors_at(s, c) if m.anti and m not in tgt]
                src += [m for m in self._actors_at(s, c) if m not in src and not m.anti]
                if self.syn.has(c, "attribute_word") or self.syn.has(c, "noun_modifier") and not syn.has(c, "oblique"):
                    # "the Belarus–Russia talks", "Russian-Belarusian integration": every actor
                    sub = {x.i for x in c.subtree}  # (one token may hold two: "Российско-белорусские")
                    src += [s.mentions[k] for k in sorted(k for k, sp in enumerate(s.spans) if sp & sub)
                            if s.mentions[k].codes and s.mentions[k] not in src and not s.mentions[k].location
                            and not s.mentions[k].anti]
                    # (and the name hyphenated to one of them outside the phrase: "the Belarus–Russia talks")
                    joint = any(_key(g) in syn.preps["joint"] or g.lower_ in syn.preps["joint"] for g in h.lefts)
                    src += [x for m in list(src) for x in self._pair_mates(s, m, joint) if x not in src]
        if self._shared_plural(s, h, src):
            # "the EEU and the CIS Summits": the plural noun is the coordinated name's too (each its own)
            src = [s.mentions[s.at[h.head.i]], *src]
        preps = self._preps(h)
        if self.syn.change_nouns and self.syn.has(h, "prep_object") and h.head.i != h.i \
                and _key(h.head) in self.syn.change_nouns.get(_key(h.head.head), ()):
            # "the increase in NATO's military presence along the perimeter of Belarus": the phrases of the
            # change noun are the act's own (`change_nouns`)
            preps += [(w, n) for w, n in self._preps(h.head.head) if n.i != h.i]
        preps += [(self._case_key(c), c) for c in h.children if self.syn.has(c, "noun_dative")]  # "благодарность Путину"
        if syn.has(h, "conj") and h.head.i < h.i and not preps:
            # "a missile and drone attack on Ukraine": a phrase after the last conjunct, hung on the first by the
            # parse, is the whole coordination's
            preps += [(w, n) for w, n in self._preps(h.head) if n.i > h.i]
        if (v := self._happening_verb(h)) is not None:
            # "Между Путиным и Лукашенко состоялся разговор": the parties on the verb of its taking place (or of
            # its breaking out: "fighting erupted in Khartoum between the army and the RSF", `unrest_verbs`)
            preps += [(w, n) for w, n in self._preps(v) if w in syn.preps["between"] | syn.preps["partner"]]
            # (and its maker in a prepositional source phrase the parse hangs on that verb: «Со стороны Минска
            # последовали угрозы в адрес Вильнюса»; not a bare case, which is the verb's own)
            preps += [(w, n) for w, n in self._preps(v) if w in syn.preps["noun_source"] and not w.startswith(":")]
        goods: list[Any] = []  # («запрет на ввоз литовской продукции»: the goods' origin is acted on)
        for i in sorted(trig_ids - {h.i}):  # the trigger's own words: "запрет на въезд ... Литвы"
            if p.type == "SANCTION" and _key(s.doc[i]) in syn.traded_goods:
                goods += [n for w, n in self._preps(s.doc[i]) if n.i not in trig_ids and w in syn.preps["patient"]]
            preps += [(w, n) for w, n in self._preps(s.doc[i]) if n.i not in trig_ids
                      and not any(n.i == g.i for g in goods)]
            x = s.doc[i]
            if syn.has(x, "prep") and x.head.i == h.i:  # its own preposition: "ban on transit to Russia"
                preps += [(_key(x), g) for g in x.children if syn.has(g, "prep_object") and g.i not in trig_ids]
        tgt += [m for g in goods for m in self._actors_at(s, g) if m not in tgt and m.codes]
        if p.cameo in syn.placed_sources:
            # (the parse hangs the place on the expelled: "the expulsion of the Latvian ambassador from Minsk")
            preps += [(w, g) for w0, n in list(preps) if w0 in syn.preps["of"]
                      for w, g in self._preps(n) if w == "from"]
        for w, n in preps:
            if patient and w in syn.preps["patient"]:
                tgt += [m for m in self._actors_at(s, n, allow_location=True) if m not in tgt]
            elif w in syn.preps["noun_source"] and not p.visit:
                if self._bare_forces(s, n):
                    continue  # «вывод войск из Грузии»: troops of no named country are the subject's
                # (a place the expelled leave is the state expelling them: "the expulsion of Latvian diplomats from
                # Minsk", `placed_sources`, convention 8)
                placed = p.cameo in syn.placed_sources and w == "from"
                src += [m for m in self._actors_at(s, n, allow_location=placed) if m not in src]
            elif w in syn.preps["between"] and (p.symmetric or _word_in(h, syn.fought_between)):
                src += [m for m in self._actors_at(s, n) if m not in src]
            elif w in syn.preps["between"]:  # "a mediation effort between the Emirates and Saudi Arabia"
                tgt += [m for m in self._actors_at(s, n) if m not in tgt]
        if p.symmetric and not src and syn.preps.get("topic"):
            # «соглашение о сотрудничестве между Арменией и Грузией»: the parties of a joint act are named in the
            # phrase of its topic, where the parse hangs them
            src = [m for w, n in preps if w in syn.preps["topic"] for w2, n2 in self._preps(n)
                   if w2 in syn.preps["between"] for m in self._actors_at(s, n2) if m.codes]
            if len({c for m in src for c in m.codes}) < 2:
                src = []
        if _key(h) in syn.departures or h.lower_ in syn.departures:
            # "the withdrawal of Russian troops from Moldova": the forces of the "of" phrase leave, the
            # place left ("from", read above as a source) is the target
            forces = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n) if m.sector == "MIL"]
            # (also where the parse hangs the place on the forces: "the pullout of [Turkish forces from Iraq]")
            froms = [*preps, *(x for w, n in preps if w in syn.preps["of"] for x in self._preps(n))]
            left = [m for w, n in froms if w in syn.preps["expelled_from"] for m in self._actors_at(s, n)
                    if m not in forces]
            if forces and left:
                src = [*forces, *(m for m in src if m not in left and m not in forces)]
                tgt = [*left, *(m for m in tgt if m not in forces and m not in left)]
            elif left and self._light_act(h):  # ("completed their withdrawal from Moldova": the forces'
                # country is named elsewhere, the place left is still no source; not a topic or a content,
                # "talks on a troop pullback from Lebanon", "which means Belarus's withdrawal from the CSTO")
                src = [m for m in src if m not in left]
                tgt = [*left, *(m for m in tgt if m not in left)]
        if not src and _word_in(h, syn.preps["expulsions"]) and not p.symmetric:
            # «высылка литовских дипломатов из Минска»: the country left expels, as in an agentless passive
            # (`preps.expelled_from`)
            src = [m for w, n in preps if w in syn.preps["expelled_from"] for m in self._actors_at(s, n) if m not in tgt]
        if not src and _word_in(h, syn.preps["deployments"]):
            # "the deployment of Russian troops in Belarus": the forces of the "of" phrase are sent, the place
            # they are sent to or stationed in is the target (as a departure's place left)
            forces = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n) if m.sector == "MIL"]
            own = {c for m in forces for c in m.codes}
            places = [*preps, *(x for w, n in preps if w in syn.preps["of"] for x in self._preps(n))]
            there = [m for w, n in places if w in syn.preps["visit"] for m in self._actors_at(s, n, allow_location=True)
                     if m not in forces and m.codes and not set(m.codes) & own]
            if forces and there:
                src = forces
                tgt = [*there, *(m for m in tgt if m not in forces and m not in there)]
        if not src and _word_in(h, syn.preps["handovers"]):
            # "the delivery of S-400 systems from Russia", "deliveries of German tanks to Ukraine": the giver is named in
            # the thing handed over, by its "from" phrase or its nationality (`preps.handovers`)
            things = [n for w, n in preps if w in syn.preps["of"]]
            givers = [m for n in things for w, x in self._preps(n) if w in syn.preps["recipient_source"]
                      for m in self._actors_at(s, x)]
            givers = givers or [m for n in things for c in n.children if syn.has(c, "attribute_word")
                                for m in self._actors_at(s, c) if not m.location]
            if givers:
                src = givers
                tgt = [m for m in tgt if m not in givers]
        wanted = syn.preps["visit"] if p.visit else syn.preps["noun_target"]
        if p.symmetric:
            # a joint act's other party: its "with" phrase first ("talks with Erdogan on Syria and
            # the US recognition ..."); other phrases only where no partner is named at all
            for w, n in preps:
                if w in syn.preps["partner"] and w not in syn.preps["between"] and not (
                        syn.has(n, "apposition") and s.at.get(n.i) is None and syn.is_pos(n, "noun")):
                    # (not a common noun the parse put in apposition to the partner: "with his counterpart
                    # Erdogan on Syria and the United States' recognition of ...", a topic)
                    tgt += [m for m in self._actors_at(s, n) if m not in tgt and m not in src]
            if tgt or len({c for m in src for c in m.codes}) >= 2:
                wanted = frozenset()
        for w, n in preps:
            if w in wanted and w not in syn.preps["between"]:
                tgt += [m for m in self._actors_at(s, n, allow_location=p.visit) if m not in tgt and m not in src]
        for c in h.children if not src and not p.visit else ():
            # "the loan granted by Russia to Belarus", "выделенный Россией кредит": a passive participle
            # on the event names its agent (and, where the noun has none, its target)
            if self.syn.has(c, "noun_clause") and _passive(c, self.syn):
                cp = self._preps(c)
                src = [m for w, n in cp if w == "by" or w in syn.preps["passive_agent"] for m in self._actors_at(s, n)]
                if src and not tgt and not p.symmetric:
                    tgt = [m for w, n in cp if w in syn.preps["target"] for m in self._actors_at(s, n) if m not in src]
                if src:
                    break
        for c in h.children if not src and not p.visit and not p.symmetric and p.pos == "noun" and syn.relative_makers \
                else ():
            # "the entry ban (that) Vilnius placed on Minsk's officials": a relative clause of a verb of making the
            # act (`relative_makers`), done (no modal: "would provide", a misparsed content clause), names its maker
            # and, where the noun has none, its target (convention 4); not a joint act's ("talks that ...")
            if c.i > h.i and self._relative_on(c) and _word_in(c, syn.relative_makers) and not _passive(c, syn) \
                    and not any(syn.has(a, "aux") and syn.aux.get(a.lower_) for a in c.children):
                subj = self._subject(c)[0]
                if subj is None or subj.i == h.i:
                    continue  # "the ban which hit Minsk": the noun itself
                src = [m for m in self._actors_at(s, subj) if m.codes and m not in tgt]
                if src and not tgt and not p.symmetric:
                    tgt = [m for w, n in self._preps(c) if w in syn.preps["target"]
                           for m in self._actors_at(s, n) if m not in src]
                if src:
                    break
        if not src and not p.visit and syn.light_nouns and h.head.i != h.i and self.syn.is_pos(h.head, "noun") \
                and _key(h.head) in syn.light_nouns and syn.has(h, "noun_modifier"):
            # «после введения Литвой запрета на транзит»: a noun of making the act names its maker (its
            # instrumental or «со стороны» phrase), as a light verb's subject would
            src = [m for w, n in self._preps(h.head) if n.i != h.i and w in syn.preps["passive_agent"]
                   for m in self._actors_at(s, n) if m.codes and m not in tgt]
        if not src and not p.visit and syn.preps["detached_agent"]:
            src = self._detached_agent(s, h, tgt)
        if comp and tgt:  # "joined the EU sanctions against Russia": the one acted on is named
            src += [m for m in comp if m not in src and m not in tgt]
            comp = []
        if p.visit:
            src += [m for w, n in preps if w == "by" for m in self._actors_at(s, n) if m not in src]
            if not src:  # "the visit of President Xi to Minsk": the visitor
                src = [m for w, n in preps if w in syn.preps["visit_source"] for m in self._actors_at(s, n)
                       if m not in tgt]
            if src and not tgt:
                tgt = self._visit_during(s, t, h, src)  # "Minsk and Warsaw agreed ... during a visit by Poland's minister"
        if not src and self.syn.is_pos(h, "verb"):
            subj, passive = self._subject(h)  # the parse read the noun as a verb ("forced landing")
            if subj is not None and not passive:
                src = self._actors_at(s, subj)
        obj = self._measure_head(s, h)  # "approved a new package of sanctions": the package
        gov = obj.head if obj.head.i != obj.i else None
        # "объявила о санкциях", "приступил к выработке мер": a verb whose phrase holds its subject's act
        # (or a bare case: «ответил ударами», "ответить :ins")
        light = gov is not None and self._light_phrase(gov, obj)
        if gov is not None and not light and bool(syn.light_phrases) and syn.has(obj, "oblique") \
                and syn.has(gov, "object") and gov.head.i != gov.i and self.syn.is_pos(gov.head, "verb") \
                and f"{_key(gov.head)} {_key(gov)} {self._case_key(obj).partition(':')[0]}" in syn.light_phrases:
            gov, light = gov.head, True  # «приняла решение о закрытии»: a light phrase of verb and noun
        if gov is not None and not light and self._light_prep(obj):
            gov, light = self._light_verb(obj), True  # "agreed to an emergency loan to Belarus": the verb of its phrase
        if gov is not None and (light or syn.has(obj, "light_object")
                                or self.syn.has(obj, "coordinated") and syn.has(obj.head, "light_object")):
            if self.syn.has(obj, "coordinated"):
                gov = gov.head
            light_verbs = self.lex.light_verbs
            if (_key(gov) in syn.recipients or gov.lower_ in syn.recipients) and not p.symmetric:
                # "Белоруссия получила от России кредит": the giver is the phrase's, the subject receives;
                # without that phrase the giver is the one the act names ("will receive a Russian loan",
                # "received the first tranche of the Russian loan")
                subj, passive = self._subject(gov)
                got = self._actors_at(s, subj) if subj is not None and not passive else []
                giver = [m for w, n in self._preps(gov) if w in syn.preps["recipient_source"]
                         for m in self._actors_at(s, n)]
                if not giver and got:
                    giver = [m for m in [*src, *tgt] if m not in got and not m.location]
                pair = self._pair_now
                own = {c for m in got for c in m.codes}
                if not giver and own and pair and own < set(pair):
                    # «Белорусская сторона также получила новый кредит» after the two met: the other of the pair
                    other = tuple(c for c in pair if c not in own)
                    giver = [Mention(got[0].start, got[0].start, other, "GOV", "", "group")]
                if giver and got:
                    src, tgt = giver, [m for m in got if m not in giver]
            drawn = p.type in STANCES and self.syn.is_pos(h, "noun") \
                and (_key(gov) in syn.drawn or gov.lower_ in syn.drawn)
            if drawn:
                # «действия Польши вызвали осуждение Минска»: the stance is its own genitive's (or
                # adjective's), about the subject whose acts drew it
                subj, passive = self._subject(gov)
                if subj is not None and not passive and _word_in(subj, syn.preps["clause_pronoun"]) \
                        and gov.head.i != gov.i and self.syn.is_pos(gov.head, "verb"):
                    subj, passive = self._subject(gov.head)  # «..., что вызвало критику Минска»: the clause before
                drew = self._actors_at(s, subj) if subj is not None and not passive else []
                holders = [m for m in [*src, *tgt] if m not in drew] or [
                    m for w, n in self._preps(gov) if w in syn.preps["recipient_source"]
                    for m in self._actors_at(s, n) if m not in drew] or [  # "drew condemnation from Minsk"
                    m for x in (obj, gov) for w, n in self._preps(x) if w in syn.preps["location"]
                    for m in self._actors_at(s, n, allow_location=True) if m not in drew]
                # (a reaction in a place is that state's: «вызвали возмущение в Минске», convention 8)
                if drew and holders:
                    src, tgt = holders, drew
                else:
                    drawn = False
            if p.type in syn.objective and self.syn.is_pos(h, "noun") and not drawn:
                # "Китай заявил о поддержке Белоруссии": the verb's subject is the source of a stance
                # noun, and its genitive is the one it is about
                subj, passive = self._subject(gov)
                said = [m for m in self._actors_at(s, subj)] if subj is not None and not passive else []
                if said and not set(c for m in said for c in m.codes) & set(c for m in src for c in m.codes):
                    of = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n)]
                    tgt = tgt or [m for m in src if m in of]
                    src = said
            if not src and (light or not light_verbs or p.symmetric or gov.lower_ in light_verbs
                            or _key(gov) in light_verbs):
                # the subject of a light verb ("staged protests"), not of any verb ("suppressed protests")
                subj, passive = self._subject(gov)
                if subj is not None and not passive:
                    src = self._actors_at(s, subj) or [
                        # (the actor the parse left unattached before a subject naming none: "Qatar's emir,
                        # Sheikh Hamad ..., launched a mediation effort")
                        m for c in subj.head.children if syn.has(c, "unattached") and c.i < subj.i
                        and s.at.get(c.i) is not None for m in self._actors_at(s, c)]
                elif subj is not None and light and p.symmetric:
                    # "soldiers were killed in a clash with Chinese troops": the victims are one side of a joint act
                    src = self._actors_at(s, subj)
                elif syn.has(obj, "passive_subject"):
                    # "the sanctions against Belarus were imposed by the US": the agent (also where the
                    # parse reads a bare instrumental as an indirect object: «вводятся Евросоюзом»)
                    by = [*self._preps(gov), *((self._case_key(c), c) for c in gov.children
                                               if self.syn.has(c, "indirect_object"))]
                    src = [m for w, n in by if w == "by" or w in syn.preps["passive_agent"]
                           for m in self._actors_at(s, n)]
            if not tgt:
                for c in gov.children:
                    if self.syn.has(c, "indirect_object") or light and c.i != obj.i and syn.has(c, "object"):
                        # ("уведомила Белоруссию о закрытии границы": the one told of the act)
                        tgt += self._actors_at(s, c)
                for w, n in self._preps(gov):
                    if w in syn.preps["target"] and not tgt:
                        tgt += self._actors_at(s, n, allow_location=p.visit)
        inf = [c for c in h.children if syn.has(c, "relative") and "Inf" in c.morph.get("VerbForm")]
        of = [m for w, n in preps if w in syn.preps["of"] for m in self._actors_at(s, n)] if inf and not src else []
        if of:
            # "the refusal of the Commission to hold a dialogue with the EEU": the "of" phrase of a
            # noun with an infinitive is its agent; the other party stands in the infinitive
            src, tgt = of, [m for m in tgt if m not in of] or self._deep(s, inf, of)
        elif inf and src and not tgt and p.type in syn.clause_target:
            tgt = self._deep(s, inf, src)  # "Belarus's refusal to host a Russian airbase"
        if comp:
            # the name is the act's source, unless another is named ("Russia launched its Ukraine
            # offensive"): then it is the one acted on
            own = {c for m in src for c in m.codes}
            if not src:
                src = comp
            elif not tgt:
                tgt = [m for m in comp if not set(m.codes) & own]
        if not tgt and not p.visit and not p.symmetric and syn.has(h, "subject") and h.head.i != h.i:
            # the event's own verb names where it goes: "транш поступит в Белоруссию"
            toward = syn.preps["target"] | (syn.preps["visit"] - syn.preps["location"])
            verbs = [h.head, *(c for c in h.head.children if self.syn.has(c, "open_clause"))]  # "может поступить в"
            tgt = [m for v in verbs for w, n in self._preps(v) if w in toward for m in self._actors_at(s, n)
                   if m not in src]
        if not tgt and not p.visit and not p.symmetric:
            tgt = self._deep(s, [n for w, n in preps if w in wanted | syn.preps["deep"]], src)
        if src and p.symmetric and p.pos == "noun" and all(m in self._mediators_of(s, h) for m in src):
            # "agreed after talks in Ankara mediated by Turkey": the mediators are no party of the talks
            # ("brokered by Egypt and Qatar": two of them neither)
            # (`_mediated` adds its mediation); their parties are found as where none is named
            src = []
        if not src and p.symmetric:
            # "Lukashenko said at a meeting with Putin", "улетел в Москву на встречу с Путиным":
            # the subject of the verb the event's phrase hangs on
            x = h
            for _ in range(4):
                if x.head.i == x.i or self.syn.is_pos(x, "verb"):
                    break
                if not (syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "oblique")
                        or syn.has(x, "object") and x is not h):  # "began ten days of joint drills"
                    break
                x = x.head
            if x is not h and self.syn.is_pos(x, "verb"):
                subj, passive = self._subject(x)
                if subj is not None and not passive:
                    src = [m for m in self._actors_at(s, subj) if m not in tgt]
                    if p.type in self.syn.talks_outcome and not tgt and subj.i in self._by_head \
                            and self._by_head[subj.i].phrase.pattern.visit and len({c for m in src for c in m.codes}) == 1:
                        # «Визит Лукашенко в Баку завершился подписанием соглашений»: the accord the visit ended
                        # with is the visitor's and the host's, the place visited naming the host
                        own = {c for m in src for c in m.codes}
                        tgt = [m for w, n in self._preps(subj) if w in syn.preps["visit"] - syn.preps["location"]
                               for m in self._actors_at(s, n, allow_location=True) if m.codes and not set(m.codes) & own]
                        if tgt:
                            src = [*src, *tgt]
                            tgt = []
                    if not any(m.codes for m in src) and _word_in(h, self.syn.addressed_talks) and not self._known_talks(h) \
                            and _word_in(x, self.syn.speech) and self._pair_people(subj):
                        # "Kenya and Uganda will build a railway, their ministers said after talks in Kampala":
                        # the pair that said so are the parties the reported clause names
                        pair = [m for v in self._reported_clauses(x) for m in self._subject_actors(s, v)
                                if m.codes and not m.location]
                        if len({c for m in pair for c in m.codes}) >= 2:
                            src = pair
                    # (not where the clause's verb is itself a visit or hosting: "visited Kyiv for talks" is one
                    # way, the visitor's)
                    # (nor talks named as known, "after the talks": a reference back to talks stated before,
                    # convention 4)
                    talks = _word_in(h, self.syn.addressed_talks) and not self._known_talks(h) and not (
                        x.i in self._by_head and self._by_head[x.i].phrase.pattern.type == p.type) \
                        and not self._group_talks(h)
                    if len({c for m in src for c in m.codes}) == 1 and not tgt and self.syn.sentence_pair \
                            and p.type in self.syn.sentence_pair and (p.cameo.startswith("041") or talks or any(
                                self.syn.has(c, "possessor") and self.syn.is_pos(c, "pronoun") for c in h.children)):
                        # "Putin praised Lukashenka's commitment at their meeting", "told Putin in a phone
                        # call", "assured Aliyev during talks in Baku": the one the verb addresses is the other
                        # party of their talks or phone call (not of a summit it attends: "granted Ukraine
                        # candidate status at a summit")
                        own = {c for m in src for c in m.codes}
                        tgt = [m for c in x.children if c.i != h.i and (self.syn.has(c, "object")
                               or self.syn.has(c, "indirect_object")) for m in self._actors_at(s, c)
                               if m.codes and not set(m.codes) & own and not m.location]
                        if not tgt and talks and _word_in(x, self.syn.speech):
                            # "Kenya will extend the railway, Museveni said after talks in Nairobi": the one
                            # whose act the speaker reports after their talks is the other party
                            tgt = [m for v in self._reported_clauses(x) for m in self._subject_actors(s, v)
                                   if m.codes and not set(m.codes) & own and not m.location]
                elif (passive or self.syn.has(x, "noun_clause")) and x.i in self._by_head \
                        and self._by_head[x.i].phrase.pattern.type in JOINT:
                    # "the loan, agreed by Putin and Erdogan during talks this week": a joint act's agents
                    src = [m for w, n in self._preps(x) if w == "by" or w in syn.preps["passive_agent"]
                           for m in self._actors_at(s, n) if m not in tgt]
        if p.symmetric and len({c for m in src for c in m.codes}) >= 2:
            # "Russian and Chinese bombers flew joint patrols over the Sea of Japan": the parties
            # are named; another actor is one only in a partner phrase ("with")
            partners = [m for w, n in preps if w in syn.preps["partner"] and w not in syn.preps["between"]
                        for m in self._actors_at(s, n)]
            tgt = [m for m in tgt if m in partners]
        if not src and p.type in self.syn.predicated.get("types", ()):
            said = self._predicated_act(s, h)
            if said is not None:  # "officials said that lifting the sanctions on Belarus is out of the question"
                src, tgt = said
        if not src and (claim := self._claim_of(h)) is not None:
            # "Hamas claimed responsibility for the attack on Israel": the claimer made the act (convention 3)
            subj, passive = self._subject(claim)
            if subj is not None and not passive:
                src = [m for m in self._actors_at(s, subj) if m not in tgt]
        if not src and self.syn.custody.get("verbs"):
            kept = self._custodian(s, h)
            if kept is not None:  # "died of torture in Russian custody": the keeper on the one who died
                src, tgt = kept[0], kept[1] or tgt
        if src and not tgt and p.type in syn.aid_means.get("types", ()) and self.syn.is_pos(h, "noun"):
            tgt = self._funded_party(s, h, src)
        if src and not tgt and p.type in syn.exchanged.get("types", ()) and self.syn.is_pos(h, "noun"):
            tgt = self._exchanged_party(s, h, src)
        if (not tgt or patient) and not p.symmetric and not p.visit and (under := self._undergoer(s, h)):
            # «позиции армянских военных подверглись обстрелу со стороны Азербайджана»: the subject of a verb
            # of undergoing (`undergone`) is the one the act in its phrase is done to; the genitive of a
            # `patient_nouns` act is then its actor («попали под обстрел российских военных»)
            src = [m for m in [*src, *(tgt if patient else [])] if m not in under]
            tgt = under
        if src and not tgt and p.type in syn.reactions_back:
            tgt = self._reaction_back(s, t, h, src)  # «..., что вызвало протест Варшавы»
        if src and not tgt and p.type in syn.object_acts and syn.has(h, "object") and h.head.i != h.i \
                and self.syn.is_pos(h.head, "verb") and h.head.i not in self._by_head:
            # «Пекин сохранит закупки российской нефти»: the one party the noun names is the other side of the
            # verb's subject, which does the act
            subj, passive = self._subject(h.head)
            # (not a subject that is an act of its own: «разговор Лукашенко с Помпео касался поставок нефти»)
            doer = [m for m in self._actors_at(s, subj) if m.codes and not m.location
                    and not {c for x in src for c in x.codes} & set(m.codes)] \
                if subj is not None and not passive and subj.i not in self._by_head else []
            if doer:
                src, tgt = doer, src
        tgt = [m for m in tgt if m not in src]
        # convention 8: "задержание российских граждан в Белоруссии" - an act done to someone, with no
        # actor named, in a place: the place's state acts
        place = next((n for w, n in preps if w in syn.preps["location"]), None) if patient and not src and tgt else None
        return src, tgt, place

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
        return (first[0].codes[0],) if first and len(named) == 1 else ()  # (the one party it names)

    def _reaction_back(self, s: _Sent, t: _Trig, h: Any, src: list[Mention]) -> list[Mention]:
        """A reaction with no other party of its own (`reactions_back`) after another act told in the
        sentence («Израиль нанёс удар ...; Ливан назвал удар нарушением суверенитета», «..., что вызвало
        протест Варшавы»): aimed at that act's one maker (the acts coded before it), else at the subject
        of the clause before its own, else (the reaction opening its sentence) at the one party that acted in
        the sentence before. Only where what it reacts to is no more than a word referring back."""
        words = self.syn.reaction_words
        for c in h.children:
            if self._in_trigger(s, t, c) or not (self.syn.has(c, "object") or self.syn.has(c, "oblique")):
                continue
            if not (self.syn.is_pos(c, "pronoun") or _key(c) in words or c.lower_ in words or any(
                    self.syn.is_pos(d, "determiner") and _key(d) in self.syn.preps["definite"] for d in c.children)):
                if self.syn.has(c, "object"):
                    return []  # («осудил закон о ...»: a thing of its own, not the act before)
        own = {c for m in src for c in m.codes}
        made = self._made_before(h.i, own)
        if len(made) > 1:
            return []  # (two makers before it: which one it answers is not told)
        if made:
            return self._mentions_of(s, made)[:1]
        v = h
        while not self.syn.is_pos(v, "verb") and v.head.i != v.i:
            v = v.head  # (a noun's verb: «вызвало протест»)
        if self.syn.has(v, "adverbial_clause") and "Conv" in v.morph.get("VerbForm") and v.head.i < v.i:
            v = v.head  # («..., сообщили в Минобороны, назвав это провокацией»: the clause before the gerund's verb)
        before = [v.head] if v.head.i < v.i and (self.syn.has(v, "coordinated") or self.syn.has(v, "parataxis")
                                                   or self.syn.has(v, "relative")) else []
        before += [c for c in v.children if c.i < v.i and (self.syn.has(c, "coordinated") or self.syn.has(c, "parataxis"))]
        for b in before:
            if not self.syn.is_pos(b, "verb"):
                continue
            doer, passive = self._subject(b)
            if doer is None or passive:
                continue
            found = [m for m in self._actors_at(s, doer) if m.codes and not m.location and not set(m.codes) & own]
            if found:
                return found
        if before:
            return []
        acted = [c for c in getattr(self, "_acted_before", ()) if c not in own]
        if len(acted) != 1 or any(m.codes and m.start < t.start and m not in src and not m.location for m in s.mentions):
            return []  # (none or several acted before, or another party named before the reaction)
        return [Mention(t.start, t.end, (acted[0],), None, acted[0], "back")]

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

    def _undergoer(self, s: _Sent, h: Any) -> list[Mention]:
        """The actors of the subject of the verb of undergoing (`undergone`: "verb" for a bare case, "verb
        preposition" for a phrase) whose phrase holds the nominal act `h` («подверглась критике», «попали под
        обстрел»)."""
        v = h.head
        if not self.syn.undergone or v.i == h.i or not self.syn.is_pos(v, "verb") \
                or not (self.syn.has(h, "oblique") or self.syn.has(h, "object") or self.syn.has(h, "indirect_object")):
            return []
        case = self._case_key(h).partition(":")[0]
        if _key(v) not in self.syn.undergone and f"{_key(v)} {case}" not in self.syn.undergone:
            return []
        subj, passive = self._subject(v)
        return [m for m in self._actors_at(s, subj) if not m.location] if subj is not None and not passive else []

    def _exchanged_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party a nominal act that names only its doer is given to in exchange for another act (`exchanged`:
        "Moscow backed Minsk in return for concessions from Minsk"): the subject of that act's verb. [] where none."""
        syn = self.syn
        if not (syn.has(h, "prep_object") and h.head.head.i != h.head.i and syn.has(h.head.head, "prep_object")):
            return []
        x = h.head.head  # "in return for concessions": "return"
        if f"{_key(x.head)} {x.lower_} {_key(h.head)}" not in syn.exchanged.get("phrases", ()) or x.head.head.i == x.head.i:
            return []
        v = x.head.head
        if not self.syn.is_pos(v, "verb"):
            return []
        subj, passive = self._subject(v)
        if subj is None or passive:
            return []
        return [m for m in self._actors_at(s, subj) if m not in src and not m.location]

    def _funded_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The recipient of aid noun `h` that names only its giver and is the means of another act (`aid_means`):
        the one doing that act ("Belarus built the plant with a loan from Russia"), or the one the thing paid for
        belongs to ("the Belarusian plant, a project financed using a Russian loan"). [] where none."""
        syn, means = self.syn, self.syn.aid_means
        if syn.has(h, "prep_object") and h.head.lower_ in means.get("preps", ()):
            v = h.head.head
        elif syn.has(h, "object") and h.head.lower_ in means.get("verbs", ()) and h.head.head.i != h.head.i:
            v = h.head.head  # "financed using a loan": the act the loan is used for
        else:
            return []
        if v.i == h.i or not self.syn.is_pos(v, "verb"):
            return []
        if syn.has(v, "noun_clause") and v.head.i != v.i:
            subj, passive = v.head, True  # "a project financed using ...": the noun the participle describes
        else:
            subj, passive = self._subject(v)
        if subj is None:
            return []
        if not passive:
            return [m for m in self._actors_at(s, subj) if m not in src and not m.location]
        # the thing paid for: the actors its phrase names (and the noun it describes, "the plant, a project ...")
        thing = subj.head if syn.has(subj, "apposition") and subj.head.i != subj.i else subj
        skip = {x.i for x in v.subtree} if v.head.i == subj.i else set()  # (not the participle's own phrase)
        codes = {c for m in src for c in m.codes}
        out: list[Mention] = []
        for x in thing.subtree:
            k = s.at.get(x.i)
            if x.i in skip or k is None:
                continue
            m = s.mentions[k]
            if m.codes and not set(m.codes) & codes and not m.location and m not in out:
                out.append(m)
        return out

    def _group_members(self, s: _Sent, n: Any) -> list[Mention]:
        """The actors a group noun `n` counts among its members (`among`: "three Poles were among the prisoners",
        «граждане Литвы оказались среди заключённых», «в числе заключённых»): the clause's subject."""
        syn = self.syn
        x = n
        if syn.has(x, "noun_modifier") and f"{self._case_key(x.head)} {_key(x.head)}" in syn.among:
            x = x.head  # «в числе заключённых»
        elif syn.has(x, "prep_object") and _key(x.head) in syn.among:
            x = x.head  # "among the prisoners": the preposition
        elif not (syn.has(x, "oblique") and self._case_key(x) in syn.among):
            return []
        subj, passive = self._subject(x.head)
        return [m for m in self._actors_at(s, subj) if m.codes] if subj is not None and not passive else []

    def _requested_at(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention]] | None:
        """A request in a phrase on another act (`requested_at`: "formed the force at the request of Lukashenka",
        "deployed at Kazakhstan's request", «по просьбе Токаева»): the one whose request it is asks the act's
        doer (the verb's subject or agent, or the noun its participle describes). None where it is no such phrase."""
        syn = self.syn
        if syn.has(h, "prep_object") and syn.has(h.head, "prep"):
            key, v = f"{_key(h.head)} {_key(h)}", h.head.head
        elif syn.has(h, "oblique"):
            key, v = f"{self._case_key(h)} {_key(h)}", h.head
        else:
            return None
        if key.lower() not in syn.requested_at or not syn.is_pos(v, "verb"):
            return None
        askers = [n for w, n in self._preps(h) if w in syn.preps["of"]] \
            + [c for c in h.children if syn.has(c, "possessor") or syn.has(c, "noun_modifier")
               and self._case_key(c) in syn.preps["of"]]
        src = [m for n in askers for m in self._actors_at(s, n) if m.codes]
        subj, passive = self._subject(v)
        if passive:
            doers = [n for w, n in self._preps(v) if w == "by" or w in syn.preps["passive_agent"]]
            if not doers and subj is not None and any(m.sector == "MIL" for m in self._actors_at(s, subj)):
                doers = [subj]  # "the CSTO forces were deployed at ...": forces move by their own command
        else:
            doers = [subj] if subj is not None else []
        if not doers and syn.has(v, "noun_clause") and v.head.i != v.i:
            doers = [v.head]  # "the forces, deployed at the request of ...": the forces deployed
        tgt = [m for n in doers for m in self._actors_at(s, n) if m.codes and m not in src]
        return (src, tgt) if src and tgt else None

    def _occasion_target(self, s: _Sent, t: _Trig, preps: list[tuple[str, Any]], src: list[Mention]) -> list[Mention]:
        """A verb act with its actor and no other party, in an adjunct phrase (`preps.adjunct`) of which stands
        a nominal act of its own kind with no actor of its own: that act's other party ("threw stones during
        demonstrations against the Russian army": the stones are part of the demonstrations)."""
        for w, n in preps:
            other = self._by_head.get(n.i)
            if w not in self.syn.preps["adjunct"] or other is None or other is t \
                    or other.phrase.pattern.type != t.phrase.pattern.type or other.phrase.pattern.pos != "noun":
                continue
            nsrc, ntgt, _ = self._roles(s, other, n)
            if not nsrc:
                return [m for m in ntgt if m not in src and m.codes and not m.location]
        return []

    def _predicated_act(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention]] | None:
        """A nominal act `h` (of `predicated` types) that is the predicate of a copula (`predicated` copulas:
        "is out of the question") in a speaker's content clause: the speaker's act on the party the copula's
        subject names, a noun or a clause ("US officials said that lifting the sanctions on Belarus is out of the
        question", "Talks with Kyiv are out of the question, Moscow said")."""
        syn = self.syn
        v = h.head
        if v.i == h.i or not _word_in(v, syn.predicated["copulas"]) \
                or not (syn.has(h, "copula_predicate") or syn.has(h, "prep")):
            return None
        subj = next((c for c in v.children if syn.has(c, "subject") and c.i < h.i), None)
        if subj is None or not syn.has(v, "content_clause") or v.head.i == v.i \
                or not _word_in(v.head, syn.speech):
            return None
        said, passive = self._subject(v.head)
        src = [m for m in self._actors_at(s, said) if m.codes and not m.location] \
            if said is not None and not passive else []
        if not src:
            return None
        own = {c for m in src for c in m.codes}
        tgt = [m for m in self._actors_at(s, subj) if m.codes and not set(m.codes) & own] \
            or [m for m in self._deep(s, [subj], src) if not set(m.codes) & own]
        return src, tgt

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

    def _object_makers(self, s: _Sent, objs: list[Any], src: list[Mention]) -> list[Mention]:
        """The named makers of the nominal act (a noun trigger of its own) that is one of `objs`, other than the
        mentions of `src` themselves."""
        for o in objs:
            other = self._by_head.get(o.i)
            if other is None or other.phrase.pattern.pos != "noun":
                continue
            made, _, _ = self._roles(s, other, o)
            made = [m for m in made if m.codes and not m.location and m not in src and m.kind != "pronoun"]
            if made:
                return made
        return []

    def _custodian(self, s: _Sent, h: Any) -> tuple[list[Mention], list[Mention]] | None:
        """A nominal act `h` that a verb of dying (`custody` verbs) names as the death's cause, in a phrase
        ("died of torture", "died as a result of beatings"), with a phrase of the verb naming whose keeping
        (`custody` places: "in Russian police custody", "in a Belarusian prison") the one who died was in:
        the keeper is the act's actor, the one who died (the verb's subject) its target."""
        syn = self.syn
        v = h
        for _ in range(5):
            if v.head.i == v.i or syn.is_pos(v, "verb"):
                break
            if not (syn.has(v, "prep_object") or syn.has(v, "prep")):
                return None
            v = v.head
        if not syn.is_pos(v, "verb") or not (_key(v) in syn.custody["verbs"] or v.lower_ in syn.custody["verbs"]):
            return None
        places = syn.custody["places"]
        keepers = [m for w, n in self._preps(v) if w in syn.preps["location"] and n.i not in {x.i for x in h.subtree}
                   and (_key(n) in places or n.lower_ in places) for m in self._actors_at(s, n, allow_location=True)
                   if m.codes]
        if not keepers:
            return None
        subj, passive = self._subject(v)
        died = [m for m in self._actors_at(s, subj) if m.codes and m not in keepers] \
            if subj is not None and not passive else []
        return keepers, died

    def _modal_roles(self, s: _Sent, v: Any) -> tuple[list[Mention], list[Mention], Any]:
        """A modal of obligation as the trigger ("must"): the one obliged is the subject of its verb
        `v`, the one who demands is the speaker of the content clause `v` heads ("Russia said that
        Sudan must return ...", "issued a reminder to Iraq that it must ..."), the addressee of the
        speech where its subject names no actor."""
        syn = self.syn
        if v.head.i == v.i or v.dep_ not in syn.labels["clause"]:
            return [], [], None
        g = v.head
        if not self.syn.is_pos(g, "verb") and (syn.has(g, "object") or syn.has(g, "light_object")) and g.head.i != g.i:
            g = g.head  # the speech noun's verb: "issued a reminder ... that"
        if not self.syn.is_pos(g, "verb"):
            return [], [], None
        subj, passive = self._subject(g)
        src = self._actors_at(s, subj) if subj is not None and not passive else []
        own = {c for m in src for c in m.codes}
        obliged, _ = self._subject(v)
        tgt = [m for m in self._actors_at(s, obliged) if not set(m.codes) & own] if obliged is not None else []
        if not tgt:
            addressee = [c for c in g.children if self.syn.has(c, "indirect_object")]
            addressee += [n for w, n in self._preps(g) if w in syn.preps["target"]]
            tgt = [m for n in addressee for m in self._actors_at(s, n) if not set(m.codes) & own]
        if not tgt and obliged is not None:
            # "the rebels said the president must agree to changes": one of the speaker's own country,
            # X -> X where convention 7 lets it stand (two parties inside the country)
            tgt = [m for m in self._actors_at(s, obliged) if m.codes and m not in src and not m.location]
        return src, tgt, None

    def _light_phrase(self, verb: Any, noun: Any) -> bool:
        """`noun` is in a phrase of `verb` that `light_phrases` names: "verb preposition" («объявила о
        санкциях») or "verb :case" for a bare case («ответил ударами»); a UD oblique."""
        if not self.syn.light_phrases or not self.syn.has(noun, "oblique"):
            return False
        case = self._case_key(noun)
        return f"{_key(verb)} {case.partition(':')[0]}" in self.syn.light_phrases \
            or f"{_key(verb)} {case}" in self.syn.light_phrases

    def _light_prep(self, noun: Any) -> bool:
        """`noun` stands in a verb's phrase that makes it the verb's subject's act (English
        `light_phrases`, the preposition a token of its own: "agreed to a loan", "embarked on talks")."""
        return self._light_verb(noun) is not None

    def _done_noun(self, noun: Any) -> bool:
        """`noun` is a nominal act done by the subject (or the passive's agent) of a verb of doing (`done_by`: "Ukraine
        had organised the attack", "the raid had been carried out by Kyiv"): an act of its own, as a verb's is."""
        v = noun.head
        return bool(self.syn.done_by) and v.i != noun.i and _word_in(v, self.syn.done_by) \
            and (self.syn.has(noun, "object") or self.syn.has(noun, "passive_subject"))

    def _light_verb(self, noun: Any) -> Any | None:
        """The verb of the light phrase `noun` stands in (`_light_prep`), also where the parse hangs the
        phrase on the verb's object ("put units on combat readiness")."""
        prep = noun.head
        if not (self.syn.light_phrases and self.syn.has(noun, "prep_object") and self.syn.has(prep, "prep")
                and prep.head.i != prep.i):
            return None
        v = prep.head
        if f"{v.lower_} {_key(prep)}" in self.syn.light_phrases:
            return v
        if self.syn.has(v, "object") and v.head.i != v.i and self.syn.is_pos(v.head, "verb") \
                and f"{v.head.lower_} {_key(prep)}" in self.syn.light_phrases:
            return v.head
        return None

    def _all_in(self, s: _Sent, r: Any) -> list[Mention]:
        """Every actor inside the phrase `r` (not inside its clauses), in order."""
        clause = self.syn.labels["clause"]
        found: list[Mention] = []
        stack = [r]
        while stack:
            t = stack.pop()
            k = s.at.get(t.i)
            if k is not None and s.mentions[k].codes and s.mentions[k] not in found:
                found.append(s.mentions[k])
            stack.extend(c for c in t.children if c.dep_ not in clause or c.dep_ in self.syn.labels["relative"])
        return found

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

    def _phrase_key(self, tok: Any) -> str | None:
        """The preposition (English) or "preposition:case" (UD) of the phrase `tok` heads."""
        if self.syn.has(tok, "prep_object"):
            return _key(tok.head)
        if self.syn.has(tok, "oblique"):
            return self._case_key(tok)
        return None

    def _across(self, s: _Sent, t: _Trig, h: Any, tgt: list[Mention], scodes: list[str]) -> set[str]:
        """The codes of the parties of a joint act named in a comitative phrase below `h` ("with the EU",
        «с ЕС»), other than its subjects': the other side of the act, where subjects are named. Empty where
        none is, or where the phrase joins its party to the subjects ("together with", «совместно с»)."""
        words = self.syn.preps["comitative"]
        # the trigger, its words and their objects ("held joint exercises": the light verb's noun)
        heads = [h, *(s.tok(i) for i in range(t.start, t.end))]
        heads += [c for y in heads for c in y.children if self.syn.has(c, "object")]
        if not words or not scodes or any(_word_in(x, self.syn.preps["joint"]) for y in heads for x in (y, *y.children)):
            # ("joint exercises with Iran", «совместные учения с Ираном»: all take part together)
            return set()
        out: set[str] = set()
        for k, m in enumerate(s.mentions):
            if m not in tgt or k >= len(s.spans) or not s.spans[k] or not set(m.codes) - set(scodes):
                continue
            x = s.doc[max(s.spans[k])]
            for _ in range(8):
                if x.i == h.i or x.head.i == x.i:
                    break
                key = self._phrase_key(x)
                if key is not None and key in words:
                    # the preposition's own token: "with" the head (English), «с» a case child (UD)
                    prep = x.head if self.syn.has(x, "prep_object") else \
                        next((g for g in x.children if self.syn.has(g, "case")), x)
                    # (not "together with Z"; not a means, "with the help of the ICRC"; not an absolute
                    # phrase, "with Turkey's minister mediating": Z is no side of the act)
                    if (prep.i == 0 or not _word_in(s.doc[prep.i - 1], self.syn.preps["co_actor"])) \
                            and not _word_in(x, self.syn.preps["comitative_means"]) \
                            and not self.syn.is_pos(x, "verb") and not any(self.syn.is_pos(c, "verb") for c in x.children):
                        out |= set(m.codes) - set(scodes)
                    break
                x = x.head
        if t.phrase.pattern.pos == "verb" and t.phrase.pattern.symmetric and t.phrase.pattern.type in OWN_TALKS:
            out |= self._object_side(s, h, tgt, scodes)  # (a meeting's: not the place troops deployed "near Ukraine")
        return out

    def _object_side(self, s: _Sent, h: Any, tgt: list[Mention], scodes: list[str]) -> set[str]:
        """The parties a joint verb's direct object names, other than its subjects' ("Iranian diplomats will meet their
        counterparts from France, Germany and Britain"): across the table from the subjects, not from each other."""
        below = {x.i for c in h.children if self.syn.has(c, "object") for x in c.subtree}
        out: set[str] = set()
        for k, m in enumerate(s.mentions):
            if m in tgt and k < len(s.spans) and s.spans[k] and s.spans[k] <= below:
                out |= set(m.codes) - set(scodes)
        return out

    def _means_phrase(self, n: Any) -> bool:
        """The phrase noun `n` (or a noun coordinated with it) is a means (`preps.comitative_means`): "with Turkish
        and UN mediation", "with the help of Poland", whose actors are no side of the act."""
        while self.syn.has(n, "conj") and n.head.i != n.i:
            n = n.head
        return any(_word_in(x, self.syn.preps["comitative_means"])
                   for x in (n, *(g for g in n.subtree if self.syn.has(g, "conj") and g.head.i == n.i)))

    def _partner_deep(self, s: _Sent, h: Any, src: list[Mention], words: frozenset[str] | None = None) -> list[Mention]:
        """An actor in a partner phrase ("with Putin") anywhere in the trigger's clause (`words`: these
        prepositions only)."""
        own = {c for m in src for c in m.codes}
        words = self.syn.preps["partner"] if words is None else words
        clause = self.syn.labels["clause"]
        queue = [(c, 1) for c in h.children if c.dep_ not in clause]
        while queue:
            t, d = queue.pop(0)
            k = s.at.get(t.i)
            if k is not None and s.mentions[k].codes and not set(s.mentions[k].codes) & own \
                    and self._phrase_key(t) in words and not (self.syn.has(t, "prep_object") and self._means_phrase(t)):
                return [m for m in self._actors_at(s, t) if not set(m.codes) & own]
            if d < 5:
                queue.extend((c, d + 1) for c in t.children if c.dep_ not in clause)
        return []

    def _deep(self, s: _Sent, roots: list[Any], src: list[Mention], clauses: bool = False) -> list[Mention]:
        """The first actor inside the phrases `roots` (not inside their clauses, unless `clauses`),
        other than the source's own ("its troops from the territory of Belarus")."""
        own = {c for m in src for c in m.codes}
        clause = self.syn.labels["clause"]
        for r in roots:
            if self._instrument(r):
                continue  # «ударила американскими ракетами»: the weapon's maker is no party
            queue = [(r, 0)]
            while queue:
                t, d = queue.pop(0)
                k = s.at.get(t.i)
                # (a mention of two states, one the source's own, names the other: «на белорусско-литовской границе»)
                if k is not None and s.mentions[k].codes and set(s.mentions[k].codes) - own \
                        and not (clauses and s.mentions[k].location):  # (a content clause's place is no party)
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
                                 or self.syn.has(c, "noun_clause") and "Part" in c.morph.get("VerbForm") and c.i > t.i)
                                 and not ((self.syn.conditions or self.syn.beneficiaries) and self.syn.is_pos(c, "nominal")
                                          and self._no_party_phrase(c))
                                 # (the party joined in an act acts with it, no target: "joining demonstrators in
                                 # demanding independence from Russian rule", `joined_in`)
                                 and not (self.syn.has(c, "object") and self._joins_in(t)))
                    if not clauses and self.syn.relative_owners:
                        queue.extend((x, d + 1) for x in self._relative_maker(t))
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

    def _venue(self, s: _Sent, h: Any) -> Mention | None:
        """The organisation named in a phrase of `venue_targets.preps` on the verb `h` («в Совбезе ООН»), else None."""
        preps = self.syn.venue_targets.get("preps", frozenset())
        return next((m for w, n in self._preps(h) if w in preps
                     for m in s.within({x.i for x in n.subtree}) if m.kind == "igo" and m.codes), None)

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

    def _instrument(self, r: Any) -> bool:
        """`r` is a bare instrumental of a weapon noun (`instruments`): the means of an act."""
        return bool(self.syn.instruments) and _word_in(r, self.syn.instruments) and self._case_key(r) == ":ins"

    def _reversed(self, h: Any) -> str | None:
        """The CAMEO code of a verb that stops the act `h` ("stopped supplying"), else None."""
        x = self._reverser(h)
        if x is None and self.syn.reversing_adverbs and self.syn.is_pos(h, "verb"):
            # "will no longer send weapons to Ukraine": aid stopped by an adverb before the verb (`reversing_adverbs`)
            before = " ".join(w.lower_ for w in h.doc[max(0, h.i - 3):h.i])
            return next((code for phrase, code in self.syn.reversing_adverbs.items()
                         if before == phrase or before.endswith(" " + phrase)), None)
        return None if x is None else self.syn.reversers.get(x.lower_) or self.syn.reversers.get(_key(x))

    def _stops_an_act(self, h: Any) -> bool:
        """`h` stops another act of the sentence ("stopped supplying gas to Argentina"): that act,
        turned into a sanction (`_reversed`), is the event, not a reading of the stopping verb's own."""
        for i, t in self._by_head.items():
            if i != h.i and t.phrase.pattern.type in REVERSIBLE:
                x = self._reverser(h.doc[i])
                if x is not None and x.i == h.i:
                    return True
        return False

    def _reverser(self, h: Any) -> Any | None:
        """The verb that stops the act `h` ("stopped supplying"), else None."""
        x = h
        for _ in range(3):
            if x.head.i == x.i:
                return None
            if x.dep_ not in self.syn.labels["object"] | self.syn.labels["complement"] | self.syn.labels["passive_subject"]:
                return None  # (a passive's subject: "gas supplies to Belarus were cut")
            x = x.head
            if _word_in(x, self.syn.reversers):
                return x
        return None

    # ------------------------------------------------------------------ status
    def _status(self, s: _Sent, h: Any) -> str:
        return self._status_notes(s, h)[0]

    def _unplanned(self, s: _Sent, h: Any) -> bool:
        """A future non-event (convention 10): an act negated by a negation word (not a verb of denial)
        that is also held to come ("no meeting is scheduled", "has no plans to attend", "will not cut
        gas supplies", "is not considering sanctions"); English sets `unplanned`."""
        if not self.syn.unplanned:
            return False
        found, notes = self._status_notes(s, h)
        return found == "denied" and "negation" in notes and "denial" not in notes \
            and bool(notes & {"planned", "hypothetical", "forecast"})

    def _no_date(self, s: _Sent, h: Any) -> bool:
        """An explicit non-event (convention 10): the act (or the noun it is the "of" phrase of) in a
        phrase (`no_date.preps`) of a verb of fixing (`no_date.verbs`) whose date noun (`no_date.nouns`)
        is negated ("no date has been set for Lukashenka's next visit", "no time was fixed for the talks")."""
        nd = self.syn.no_date
        if not nd:
            return False
        m = self._measure_head(s, h)
        p = m.head
        if not (self.syn.has(m, "prep_object") and _key(p) in nd.get("preps", ()) and p.head.i != p.i):
            return False
        v = p.head
        if not (self.syn.is_pos(v, "verb") and (_key(v) in nd.get("verbs", ()) or v.lower_ in nd.get("verbs", ()))):
            return False
        return any((self.syn.has(c, "subject") or self.syn.has(c, "passive_subject") or self.syn.has(c, "object"))
                   and (_key(c) in nd.get("nouns", ()) or c.lower_ in nd.get("nouns", ()))
                   and any(g.lower_ in self.syn.negation_words for g in c.children)
                   for c in v.children)

    def _no_date_of(self, h: Any) -> bool:
        """An explicit non-event (convention 10) told through the genitive of a date noun (`no_date.nouns`), the
        subject of a negated verb of fixing (`no_date.verbs`): «дата визита пока не определена», «сроки проведения
        переговоров не согласованы» (the act, or the noun it is the genitive of, hangs on the date noun)."""
        nd = self.syn.no_date
        if not nd or nd.get("preps"):
            return False  # (a language that says it with a phrase: `_no_date`)
        if (_key(h) in nd.get("verbs", ()) or h.lower_ in nd.get("verbs", ())) \
                and any(g.lower_ in self.syn.negation_words for g in h.children) \
                and any((self.syn.has(c, "subject") or self.syn.has(c, "passive_subject"))
                        and (_key(c) in nd.get("nouns", ()) or c.lower_ in nd.get("nouns", ())) for c in h.children):
            return True  # («сроки не согласованы»: no accord either)
        x = h
        for _ in range(3):  # (through «проведения», «раунда»: the act's own nominal chain)
            if x.head.i == x.i or not (self.syn.has(x, "noun_modifier") and self._case_key(x) == ":gen"):
                return False
            x = x.head
            if _key(x) in nd.get("nouns", ()) or x.lower_ in nd.get("nouns", ()):
                v = x.head
                return (self.syn.has(x, "subject") or self.syn.has(x, "passive_subject")) and v.i != x.i \
                    and (_key(v) in nd.get("verbs", ()) or v.lower_ in nd.get("verbs", ())) \
                    and any(g.lower_ in self.syn.negation_words for g in v.children)
        return False

    def _asserts(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A verb of demand (`assertions`) with a content clause asserts it ("Minsk insisted that no
        Belarusian soldiers had taken part", "..., the central bank insisted"): speech, no demand; its
        content is coded as what it says ("insisted on its demands" stays a demand)."""
        syn = self.syn
        if t.phrase.pattern.pos != "verb" or t.end - t.start != 1 or not (_key(h) in syn.assertions or h.lower_ in syn.assertions):
            return False
        return any(syn.has(c, "content_clause") and not self._mandative(c) for c in h.children) \
            or syn.has(h, "parataxis") and h.head.i != h.i and syn.is_pos(h.head, "verb")

    def _mandative(self, c: Any) -> bool:
        """The content clause `c` is in the bare form with a subject and no auxiliary ("insisted that North Korea
        return the abductees"): what is demanded, not a thing asserted ("insisted that no soldiers had taken part")."""
        syn = self.syn
        return syn.tagged(c, "nonfinite") and not syn.tagged(c, "participle") and not syn.tagged(c, "converb") \
            and any(syn.has(x, "subject") for x in c.children) and not any(syn.has(x, "aux") for x in c.children)

    def _others_act_warned(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A warning whose content is another party's act ("US intelligence warns that Russia may deploy
        175,000 troops", "Wagner fighters could try to cross into Poland, Polish officials warned"): a
        forecast of that act, no threat by the one who warns (a threat warns of one's own act: "Russia
        warned that it could block flights")."""
        syn = self.syn
        if t.phrase.pattern.type != "THREATEN" or t.phrase.pattern.pos != "verb" \
                or not (_key(h) in syn.warnings or h.lower_ in syn.warnings):
            return False
        content = [c for c in h.children if syn.has(c, "content_clause")]
        if syn.has(h, "parataxis") and h.head.i != h.i:
            content.append(h.head)  # "..., Polish officials warned"
        if len(content) != 1 or not syn.is_pos(content[0], "verb"):
            return False
        subj, passive = self._subject(content[0])
        if subj is None or passive or subj.head.i != content[0].i:
            return False
        v = content[0]
        if any(f"{_key(v)} {_key(o)}" in syn.consequences for o in v.children if syn.has(o, "object")):
            return False  # "warned that Minsk will bear full responsibility": what it faces is the warner's threat
        theirs = [m for m in self._actors_at(s, subj) if m.codes and m.kind != "bare"]
        own = {c for m in self._roles(s, t, h)[0] for c in m.codes}
        return bool(theirs) and bool(own) and not {c for m in theirs for c in m.codes} & own

    def _stays_away(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """One party refusing to come to an organisation's own meeting ("Putin will not attend the CIS
        summit"): no refusal of anyone, but a boycott to come where the language sets `stay_away` (convention 6)."""
        p = t.phrase.pattern
        if p.type not in OWN_TALKS or p.pos != "verb" or p.type not in self.syn.refusal or not self._refused(h) \
                or self._status(s, h) != "denied":
            return False
        src, tgt, _ = self._roles(s, t, h)
        objs = [c for c in h.children if self.syn.has(c, "object")]
        if self.syn.labels.get("case"):
            # («не приедет на саммит ОДКБ в Минск»: the meeting in a phrase, its venue no party)
            objs += [c for c in h.children if self.syn.has(c, "oblique")
                     and any(_word_in(x, self.syn.stay_away_meetings) for x in c.subtree)]
        igo = [m for m in [*src, *tgt] if m.kind == "igo"]
        own = {c for m in [*src, *tgt] if m.kind != "igo" and not (m in tgt and m.location) for c in m.codes}
        return bool(igo) and len(own) == 1 and all(any(self._inside(s, m, o) for o in objs) for m in igo)

    def _statistic(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """A flow's figures (convention 10, statistics): a nominal act of `statistics.types` (or the noun
        it is the "of" phrase of) as the subject of a verb of change in quantity (`statistics.verbs`:
        "Belarusian exports to China rose by a third", "Ukraine's exports to Russia have fallen")."""
        st = self.syn.statistics
        if not st or t.phrase.pattern.pos != "noun" or t.phrase.pattern.type not in st.get("types", ()):
            return False
        m = self._measure_head(s, h)
        v = m.head
        return self.syn.has(m, "subject") and v.i != m.i and self.syn.is_pos(v, "verb") \
            and (_key(v) in st.get("verbs", ()) or v.lower_ in st.get("verbs", ()))

    def _repeated(self, s: _Sent, t: _Trig, h: Any) -> bool:
        """Occasions counted (convention 10, statistics): an act of `repeated.types` whose verb in the
        perfect counts its times ("have met more than 100 times", "has visited China several times") or,
        in the perfect progressive, spans years ("have been discussing a common currency since the 1990s",
        "... for years")."""
        rp = self.syn.repeated
        if not rp or t.phrase.pattern.type not in rp.get("types", ()):
            return False
        v = h
        if not self.syn.is_pos(v, "verb"):
            m = self._measure_head(s, h)
            v = m.head if self.syn.has(m, "light_object") and m.head.i != m.i else None
            if v is None or not self.syn.is_pos(v, "verb"):
                return False
        aux = {c.lower_ for c in v.children if self.syn.has(c, "aux")}
        if not aux & rp.get("perfect", frozenset()):
            return False  # ("met Erdogan three times last month": the month's meetings)
        if any(c.lower_ in rp.get("counts", ()) and any(self.syn.has(g, "noun_phrase") for g in c.children)
               for c in v.children if self.syn.is_pos(c, "noun")):
            return True
        if not aux & rp.get("progressive", frozenset()):
            return False
        # (a span from a year or decade, not from a day: "have been meeting in Geneva since Monday" goes on)
        phrases = [p for x in (v, *(c for c in v.children if self.syn.has(c, "object"))) for p in x.children
                   if self.syn.has(p, "prep")]
        return any(_key(p) in rp.get("since", ()) and any(self.syn.has(g, "prep_object") and YEARS.match(g.text)
                                                          for g in p.children)
                   or _key(p) in rp.get("spans_with", ()) and any(self.syn.has(g, "prep_object") and g.lower_ in rp.get("spans", ())
                                                                  for g in p.children)
                   for p in phrases)

    def _status_notes(self, s: _Sent, h: Any) -> tuple[str, set[str]]:
        """The trigger's status and every status (and "negation", "denial") noted on its chain."""
        syn = self.syn
        found = "occurred"
        notes: set[str] = set()

        outer = -1  # the chain's verb above a content clause (its tense is the report's, not the act's)
        at = 0

        def note(st: str, origin: str | None = None) -> None:
            nonlocal found
            if at != outer:
                notes.add(origin or st)
            if STATUS_RANK[st] < STATUS_RANK[found]:
                found = st

        chain = [h]
        x = h
        prev = None
        own_verb = None
        own_active = False  # the nominal event is its own verb's active subject
        inherit: set[int] = set()  # chain verbs whose tense the trigger shares (a converb's main verb)
        coord: set[int] = set()  # chain verbs the trigger is coordinated with ("отказалась ... и провела")
        for c in h.children:  # "a planned joint exercise", "the upcoming talks"
            if self.syn.has(c, "adjectival") and _word_in(c, syn.governors):
                note(syn.governors.get(c.lower_) or syn.governors[_key(c)])
            if syn.has(c, "relative") and not self.syn.is_pos(h, "verb"):
                # "санкции, которые введут на следующей неделе": the relative clause's tense
                for feat in c.morph:
                    if syn.features.get(feat) == "planned":
                        note("planned")
                if any(syn.has(a, "aux") and syn.aux.get(a.lower_) == "planned" for a in c.children):
                    note("planned")
        for _ in range(6):
            if x.head.i == x.i:
                break
            dep = x.dep_
            if x.i == h.i and (dep in self.syn.labels["parataxis"] or self._coordinated_verb(x)) and not self._same_tense(x, x.head):
                break  # "Учения завершатся 25 сентября, предупредила Литва": the warning's own tense, not its content's
            prev = x
            x = x.head
            if (dep in syn.labels["prep"] or dep in syn.labels["oblique"]) and self.syn.is_pos(x, "verb") \
                    and not self.syn.is_pos(chain[-1], "verb") and not (len(chain) > 1 and self._light_prep(chain[-2])) \
                    and not self._light_phrase(x, prev) \
                    and not ((self._case_key(prev) in syn.preps["topic"] or syn.has(prev, "prep") and _key(prev) in syn.preps["topic"])
                             and (_key(x) in syn.governors or x.lower_ in syn.governors)) \
                    and not (len(chain) > 1 and self.syn.is_pos(chain[-2], "verb") and self.syn.has(chain[-2], "prepositional")
                             and "denied" in (syn.governors.get(_key(x)), syn.governors.get(x.lower_))):
                # (nor a gerund in the phrase of a verb that denies it: "refrained from supplying weapons")
                # (but the topic of a governing verb: «договорились о проведении переговоров»: planned; and a
                # light phrase: «решится на наступление» has the status of «решится»)
                break  # an event in a verb's adjunct ("during the talks ... failed to agree") has its own status
            if dep in syn.labels["clause"] or dep in syn.labels["light_object"] or dep in self.syn.labels["status_chain"] \
                    or dep in syn.labels["oblique"]:  # UD: "возможность закрытия"
                chain.append(x)
                if dep in self.syn.labels["coordinated"] and self.syn.is_pos(prev, "verb"):
                    coord.add(len(chain) - 1)  # a coordinated verb: its governing words are not ours
            elif all(not self.syn.is_pos(c, "verb") for c in chain) \
                    and (dep in syn.labels["subject"] or dep in syn.labels["passive_subject"]):
                # a nominal event's own verb: "the talks will take place", "учения пройдут"; its
                # negation only where the verb says the event happens ("the talks did not take place")
                chain.append(x)
                own_verb = x
                own_active = dep in syn.labels["subject"]
            if dep in self.syn.labels["adverbial_clause"] and prev is not None and (
                    any(c.lower_ in syn.temporal for c in prev.children) or "Conv" in prev.morph.get("VerbForm")
                    or any(self.syn.has(c, "infinitive_marker") and c.lower_ in self.syn.preps["infinitive"] for c in prev.children)):
                if "Conv" in prev.morph.get("VerbForm"):
                    inherit.add(len(chain) - 1)  # "отрепетируют ..., проведя учения": the main verb's tense
                    if prev.i == h.i:
                        # (not its governing word: «пригрозила заблокировать их, обвинив Стокгольм» accuses now)
                        coord.add(len(chain) - 1)
                continue  # "will rehearse ... when they hold drills": the time of the main clause
            if dep in self.syn.labels["status_barrier"] or len(chain) > 4:
                if dep in self.syn.labels["status_barrier"] and chain[-1] is x:
                    outer = len(chain) - 1
                break
        own_t = getattr(self, "_by_head", {}).get(h.i)
        for k, v in enumerate(chain):
            at = k
            for feat in v.morph if k < 2 or k in inherit else ():
                if feat in syn.features:
                    note(syn.features[feat])
            for c in v.children:
                w = c.lower_
                if (syn.has(c, "negation") or (w in syn.negation_words and self.syn.has(c, "negation_holder"))) \
                        and not (own_t is not None and self._in_trigger(s, own_t, c)) \
                        and (v is not own_verb or _key(v) in syn.occurrence or v.lower_ in syn.occurrence):
                    st = syn.negated.get(_key(v), "denied") if k > 0 else "denied"
                    note(st, "negation" if st == "denied" else None)
                if k == 0 and syn.is_pos(v, "verb") and syn.has(c, "object") and syn.is_pos(c, "noun") and any(
                        g.lower_ in syn.negation_words and syn.has(g, "negation_holder") and syn.is_pos(g, "determiner")
                        for g in c.children):
                    note("denied", "negation")  # "reached no agreement", "imposed no sanctions": the act denied
                if syn.has(c, "aux") and w in syn.aux and not self._inverting(c):
                    note(syn.reported_aux[w] if w in syn.reported_aux and self._reported_future(v)
                         and not self._open_object(v) else syn.aux[w])
                if syn.has(c, "mark") and w in syn.markers:
                    note(syn.markers[w])
                if syn.headline_future and (v.head.i == v.i or v.head.lower_ in syn.speech) \
                        and syn.has(c, "infinitive_marker") \
                        and w in syn.preps["infinitive"] and any(syn.has(g, "subject") for g in v.children):
                    # "Lithuania to close two crossings", "Kremlin says Putin to visit": a headline's infinitive
                    note(syn.headline_future)
                if w in syn.adverbs and (self.syn.has(c, "adverbial")
                                         or self.syn.has(c, "parataxis") and all(g.is_punct for g in c.children)):
                    # (a parenthetical adverb: «Россия, вероятно, выделит кредит», UD parataxis)
                    note(syn.adverbs[w])  # "the EU will likely impose new sanctions": forecast
            if v.lower_ in syn.copula_to and any(
                    self.syn.has(c, "open_clause") and any(a.lower_ in self.syn.preps["infinitive"] for a in c.children) for c in v.children):
                note("planned")  # "talks are to be held"
            if k > 0 and k not in coord:
                word = v.lower_ if v.lower_ in syn.governors or v.lower_ in syn.denial else _key(v)
                if word in syn.governors and not (word in self.syn.considered.get("verbs", ())
                                                  and not self._weighed(h, chain[k - 1], v is own_verb and own_active)):
                    note(syn.governors[word])
                if word in syn.denial:
                    note("denied", "denial")
                subj, _ = self._subject(v)
                if subj is not None and _word_in(subj, syn.forecasters):
                    note("forecast")
            if self.syn.has(v, "adverbial_clause") and any(c.lower_ in syn.markers for c in v.children if syn.has(c, "mark")):
                note(syn.markers[next(c.lower_ for c in v.children if syn.has(c, "mark"))])
            elif (mk := self._inverted_mark(v)) in syn.markers:
                note(syn.markers[mk])  # "Should Belarus refuse, ...": as "if"
            if syn.conditions and k not in coord and not (self._threat_at(h) and v.i == self._verb_above(h).i
                                                          and found not in ("forecast", "hypothetical")):
                # (a threat itself only possible under the condition is hypothetical: "the Kremlin might warn
                # Minsk of consequences if it deepens ties with Washington"; "will threaten ... if" stays)
                # the act of a clause with a condition set on it is hypothetical (convention 5: "would
                # send troops should ..."), not the threat that states it (nor a nominal threat's verb: "sent
                # a warning about ... if ...")
                cond = self._condition(v)
                if cond is not None:
                    note(cond)
        return found, notes

    def _open_object(self, v: Any) -> bool:
        """The verb's object is open to any instance (`status.open_objects`: "would veto any return of
        peacekeepers"): what it would do is conditional on there being one, hypothetical."""
        return any(self.syn.has(o, "object") and any(d.lower_ in self.syn.open_objects for d in o.children)
                   for o in v.children)

    def _condition(self, v: Any) -> str | None:
        """The status of a condition set on `v` (`status.conditions`): an adverbial clause with a
        subordinating word of condition, or a phrase of condition, among its children; else None."""
        syn = self.syn
        # (also on its object: «окажет помощь ... при условии»)
        for c in [*v.children, *(g for o in v.children if syn.has(o, "light_object") for g in o.children)]:
            if syn.has(c, "adverbial_clause") or syn.has(c, "content_clause"):
                w = next((m.lower_ for m in c.children if syn.has(m, "mark") and m.lower_ in syn.conditions
                          and syn.has(c, "adverbial_clause")), None) or self._inverted_mark(c)
                if w is not None and w in syn.conditions:
                    return syn.conditions[w]
            if syn.is_pos(c, "nominal"):  # (any label: «в случае» is read as a clause on «готова»)
                key = f"{self._case_key(c)} {_key(c)}"
                if key in syn.conditions:
                    return syn.conditions[key]
        return None

    def _condition_clause(self, c: Any) -> bool:
        """An adverbial clause opened by a subordinating word of condition (`status.conditions`: «если», "if")."""
        return self.syn.has(c, "adverbial_clause") and any(
            self.syn.has(m, "mark") and m.lower_ in self.syn.conditions for m in c.children) \
            or self._inverted_mark(c) in self.syn.conditions

    def _condition_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The party other than `src` that the subject of a condition on the act's clause names (or on
        the clause of a threat's content), or []."""
        syn = self.syn
        own = {c for m in src for c in m.codes}
        x = self._verb_above(h)
        chain = self._open_chain(x)  # («Литва может закрыть границу, если ...»: the condition on the modal)
        x = chain[-1]
        clauses = [*chain, *(c for c in x.children if syn.has(c, "content_clause") or syn.has(c, "parataxis"))]
        if (syn.has(x, "parataxis") or syn.has(x, "governor_climb")) and x.head.i != x.i:
            clauses.append(x.head)  # «..., Минск закроет транзит, пригрозил Лукашенко»
        for v in clauses:
            for c in v.children:
                if self._condition_clause(c):
                    subj = next((g for g in c.children if syn.has(g, "subject")), None)
                    other = [m for m in self._actors_at(s, subj) if not set(m.codes) & own] if subj is not None else []
                    if other:
                        return other
        return []

    def _conditioned_party(self, s: _Sent, h: Any, src: list[Mention]) -> list[Mention]:
        """The act is the condition («если ...») of a main clause whose subject names another party:
        that party, the one the act would be aimed at («Если ЕС введёт санкции, Минск ответит»)."""
        syn = self.syn
        v = h
        for _ in range(3):
            if syn.has(v, "adverbial_clause") or v.head.i == v.i:
                break
            v = v.head
        if not self._condition_clause(v) or v.head.i == v.i:
            return []
        own = {c for m in src for c in m.codes}
        subj, passive = self._subject(v.head)
        return [m for m in self._actors_at(s, subj) if not set(m.codes) & own] if subj is not None and not passive else []

    def _indefinite(self, v: Any) -> bool:
        """A finite active verb in the 3rd person plural with no subject of its own or above it."""
        m = v.morph
        return self.syn.is_pos(v, "verb") and "Fin" in m.get("VerbForm") and m.get("Number") == ["Plur"] \
            and not set(m.get("Person")) & {"1", "2"} and "Pass" not in m.get("Voice") \
            and not any(self.syn.has(c, "subject") or self.syn.has(c, "passive_subject") for c in v.children)

    def _owners_of_object(self, s: _Sent, h: Any) -> list[Mention]:
        """The parties named in the genitive (`preps.of`) of the verb's objects ("кодекс ЕАЭС")."""
        return [m for o in h.children if self.syn.has(o, "object")
                for n in o.children if self.syn.has(n, "oblique") and self._case_key(n) in self.syn.preps["of"]
                for m in self._actors_at(s, n)]

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

    def _participle_of(self, v: Any) -> Any | None:
        """The noun a full participle hung on a verb as an adverbial clause agrees with in case (the
        verb's object or subject before it), or None."""
        syn = self.syn
        case = v.morph.get("Case")
        if not case or "Part" not in v.morph.get("VerbForm") or not syn.has(v, "adverbial_clause") or v.head.i == v.i:
            return None
        return next((c for c in v.head.children if c.i < v.i and c.morph.get("Case") == case
                     and syn.is_pos(c, "nominal") and (syn.has(c, "object") or syn.has(c, "subject"))), None)

    def _open_chain(self, h: Any) -> list[Any]:
        """`h` and the verbs it is the open complement of ("может закрыть", "готова ввести")."""
        chain = [h]
        while self.syn.has(chain[-1], "open_clause") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
            chain.append(chain[-1].head)
            if self.syn.has(chain[-1], "copula_predicate") and chain[-1].head.i != chain[-1].i:
                chain.append(chain[-1].head)  # ("is ready to impose sanctions if ...": the condition on the copula)
        return chain

    def _viewed(self, h: Any) -> bool:
        """The act's clause is an opinion or a forecaster's view (`opinion` verbs, `status.forecasters`
        as the subject of a verb of saying on it: «..., считают эксперты»), not its actor's statement."""
        syn = self.syn
        if self._opinion(h) is not None:
            return True
        x = self._verb_above(h)
        while syn.has(x, "open_clause") and x.head.i != x.i:
            x = x.head  # «может перекрыть ...»: the clause's own verb
        for v in [x, x.head, *x.children]:
            if _key(v) in syn.opinion:
                return True
            subj, _ = self._subject(v) if syn.is_pos(v, "verb") else (None, False)
            if subj is not None and _word_in(subj, syn.forecasters):
                return True
        return False

    def _argument_of_other(self, h: Any) -> bool:
        """A nominal act in the phrase another trigger acts on ("would detain any participants of an
        unsanctioned rally", "will arrest protest organisers", "offered treatment to protesters"): the
        other act's party, not an act of its own (convention 4)."""
        syn = self.syn
        by_head = getattr(self, "_by_head", {})
        x = h
        for _ in range(4):
            if x.head.i == x.i or not (syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "compound")
                                       or syn.has(x, "object") or syn.has(x, "oblique")):
                return False
            x = x.head
            t = by_head.get(x.i)
            if t is not None and t.phrase.pattern.type != "PROTEST":
                return True
            if syn.is_pos(x, "verb"):
                return False
        return False

    def _others_word(self, s: _Sent, h: Any, own: set[str]) -> bool:
        """The act's clause is the content of a verb of saying (`speech`; above it, or a loose clause
        after it: "..., the US adviser said") whose subject is a forecaster (`status.forecasters`) or
        names only countries other than `own`: another's account of what the actor will do."""
        syn = self.syn
        x = self._verb_above(h)
        while (syn.has(x, "open_clause") or syn.has(x, "coordinated")) and x.head.i != x.i:
            x = x.head
        said = [c for c in x.children if syn.has(c, "parataxis")]
        if syn.has(x, "content_clause") and x.head.i != x.i:
            said.append(x.head)
        for v in said:
            subj, passive = self._subject(v)
            if subj is None or passive:
                continue
            if _word_in(subj, syn.forecasters):
                return True  # ("analysts predicted Azerbaijani forces would attack")
            if not (_key(v) in syn.speech or v.lower_ in syn.speech):
                continue
            # (a bare "the defence minister" takes the nearest name's country: no speaker of its own)
            ms = self._actors_at(s, subj)
            codes = {c for m in ms for c in m.codes}
            if codes and not codes & own and all(m.kind != "bare" for m in ms):
                return True
        return False

    def _threat_at(self, h: Any) -> bool:
        """The trigger at `h` is a threat (its condition is the threat's content, not its own)."""
        t = getattr(self, "_by_head", {}).get(h.i)
        return t is not None and t.phrase.pattern.type == "THREATEN"

    # ------------------------------------------------------------------ dates
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

    def _same_tense(self, a: Any, b: Any) -> bool:
        """Two verbs in one tense, as far as the parse tells: their Tense features where both have one,
        and their auxiliaries' statuses where `a` has one of its own ("closed ... and will reopen")."""
        ta, tb = set(a.morph.get("Tense")), set(b.morph.get("Tense"))
        if ta and tb and ta != tb:
            return False
        def aux(v: Any) -> set[str]:
            return {self.syn.aux[c.lower_] for c in v.children if self.syn.has(c, "aux") and c.lower_ in self.syn.aux}

        own = aux(a)
        return not own or own == aux(b)

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

    def _when(self, s: _Sent, h: Any, dates: list, state: DocState, status: str,
              pair: tuple | None = None) -> tuple[str | None, str | None]:
        refs = self.syn.preps["date_reference"]

        def ref(d: Any) -> bool:
            before = s.text[:d.start].split()
            # (a range, "с 12 по 16 сентября", is the event's own time)
            # (and "from 1 October" after the report is when an act to come starts)
            return bool(before) and before[-1].lower() in refs and not getattr(d, "end_value", None) \
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
            inside = [d for d in dates if not ref(d) and self._within(s, d, span) and not (coarse and d.granularity == "day")]
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
        return undated_date(state, status, pair)

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

    def _reported_future(self, v: Any) -> bool:
        """`v` is the verb of a content clause of a verb of saying, with no condition of its own ("said it
        would suspend traffic": the future of the report, `status.reported_aux`; not "would mediate if asked")."""
        syn = self.syn
        if not syn.has(v, "content_clause") or v.head.i == v.i:
            return False
        said = v.head
        if said.lower_ not in syn.speech and _key(said) not in syn.speech \
                and said.lower_ not in syn.report_time and _key(said) not in syn.report_time:
            return False
        return not any(syn.has(c, "adverbial_clause") and any(syn.has(m, "mark") and m.lower_ in syn.markers
                                                                for m in c.children) for c in v.children)

    def _temporal(self, v: Any) -> bool:
        """A "when" clause: its time is its head clause's."""
        return any(c.lower_ in self.syn.temporal for c in v.children if c.i < v.i)

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


    # ------------------------------------------------------------------ events
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
                    if a != b and not (across and (a in across) == (b in across)):
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
                        if not (p.pos == "noun" and self._background(h)):
                            host = self._mission_owner(s, h, a) if ptype == "PROTEST" else None
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
                    if b is None and a is not None and (other := self._reprisal_target(s, h, ptype, a)) is not None:
                        pairs.append((a, other, sm.get(a), None))  # the answer to another's hostile act: at its maker
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

    def _agreed_each(self, t: _Trig, h: Any) -> bool:
        """A one-way act of `agreed_mutual` that its parties agree to take (its verb an open clause of a verb of
        accord): with no other party named, each takes it toward the other («Китай и Индия договорились отвести
        войска»)."""
        if t.phrase.pattern.type not in self.syn.agreed_mutual or not self.syn.has(h, "open_clause") or h.head.i == h.i:
            return False
        above = self._by_head.get(h.head.i)
        return above is not None and above.phrase.pattern.type == "AGREE" and above.phrase.pattern.symmetric

    def _reciprocal_after(self, h: Any) -> bool:
        """A reciprocal phrase («друг друга», «друг на друга») just after the verb `h` (or its one object), where the
        parse hangs it elsewhere or reads it as an adverb: «возлагают ответственность друг на друга», «стороны
        обвиняют друг друга» with «друг» attached to the clause before."""
        recip = self.syn.preps["reciprocal"]
        if not recip or not self.syn.is_pos(h, "verb"):
            return False
        doc = h.doc
        for j in (h.i + 1, h.i + 2):
            if j + 1 >= len(doc) or _key(doc[j]) not in recip:
                continue
            if j == h.i + 2 and not (doc[h.i + 1].head.i == h.i and self.syn.has(doc[h.i + 1], "object")):
                continue
            # the second «друг» right after, or after one preposition
            if _key(doc[j + 1]) in recip or j + 2 < len(doc) and self.syn.is_pos(doc[j + 1], "adposition") and _key(doc[j + 2]) in recip:
                return True
        return False

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

    def _shared_plural(self, s: _Sent, h: Any, own: list[Mention]) -> bool:
        """The plural act noun `h` of organisations named in it is coordinated to another organisation's
        name before it ("the EEU and the CIS Summits"): that one's act too."""
        k = s.at.get(h.head.i) if self.syn.has(h, "coordinated") and h.head.i < h.i else None
        return bool(own) and k is not None and self.syn.tagged(h, "plural") and s.mentions[k].kind == "igo" \
            and bool(s.mentions[k].codes) and all(m.kind == "igo" for m in own) and s.mentions[k] not in own

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

    def _measure_agent(self, g: Any) -> bool:
        """An agent phrase that is a measure ("shortened by one hour the curfew", "cut by a third"): a
        number's phrase, no agent."""
        return any(self.syn.is_pos(n, "number") or any(self.syn.is_pos(x, "number") for x in n.children)
                   for n in g.children if self.syn.has(n, "prep_object"))

    def _drawn_in(self, s: _Sent, h: Any) -> list[Mention]:
        """The participants of the nominal act `h` (`drawn_in`), where two or more parties are named: the subject of a
        verb of taking part or of being drawn in, in a relative clause on the act («учения, к которым привлечены
        подразделения России и Белоруссии») or with the act in its phrase («в учениях участвуют военные ...»), or the
        parties of a phrase of participation on it («учения с участием военных России и Белоруссии»)."""
        syn = self.syn
        dr = syn.drawn_in
        # (a relative clause the parse hangs on the noun the act is the genitive of: «фаза учений, к которым ...»)
        nouns = [h, h.head] if h.head.i != h.i and self._case_key(h) in syn.preps["of"] else [h]
        holders = [c for n in nouns for c in n.children if syn.has(c, "relative") and _word_in(c, dr["verbs"])]
        if h.head.i != h.i and syn.has(h, "oblique") and _word_in(h.head, dr["verbs"]):
            holders.append(h.head)
        who: list[Mention] = []
        for v in holders:
            for c in v.children:
                if (syn.has(c, "subject") or syn.has(c, "passive_subject")) \
                        and not _word_in(c, syn.preps["relative_pronoun"]):
                    who += [m for m in self._deep(s, [c], []) if m not in who]
        for c in h.children:
            if syn.has(c, "oblique") and f"{self._case_key(c)} {_key(c)}" in dr["phrases"]:
                who += [m for m in self._deep(s, [c], []) if m not in who]
        who = [m for m in who if m.codes and not m.location]
        return who if len({m.codes[0] for m in who}) >= 2 else []

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

    def _names_own_place(self, s: _Sent | None, v: Any) -> bool:
        """A coordinated verb whose own phrases (not its coordinated verbs') name a place of a country
        ("kidnapped foreign advisers and exploded bombs in the capital Kabul"): an act where it is
        done, not aimed at the party of the act it is joined to."""
        if s is None:
            return False
        inner = {x.i for x in v.subtree} - {x.i for c in v.children if self.syn.has(c, "coordinated")
                                            for x in c.subtree}
        return any(m.codes and m.kind in ("metonym",) or m.location and m.codes for m in s.within(inner))

    def _purpose(self, v: Any) -> bool:
        """`v` is an infinitive of purpose (an adverbial clause led by `preps.infinitive`: "will visit
        Dakar and Bamako to mediate in the dispute"): the act its verb's subject goes on to do there,
        aimed where that journey goes where it is still to come (an act done for a purpose, "flew to Minsk to
        mediate", is the journey; a joint act, "will visit Kyiv to discuss trade", is the visit's own talks)."""
        return self.syn.has(v, "adverbial_clause") and any(
            self.syn.has(c, "infinitive_marker") and c.lower_ in self.syn.preps["infinitive"] for c in v.children)

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

    def _said_by_other(self, s: _Sent, h: Any, a: str) -> Mention | None:
        """The speaker, of a country other than `a`, of the verb of saying (`speech`) whose content clause
        holds the act `h`, said before it ("Kyiv said Russian forces had shelled ..."), else None. A language whose news
        names no source after its report (no `attribution`) alleges wherever its speaker stands, as `_alleged` reads
        it: after the act («Российские войска обстреляли приграничные сёла, сообщили в Тбилиси»), or as the seat
        it is said in."""
        if not self.syn.attribution:
            return next((m for m in self._allegers(s, h)[1] if m.kind != "bare" and a not in m.codes
                         and len(m.codes) == 1), None)
        verb = self._saying_above(h, topics=False)[1]
        if verb is None:
            return None
        subj, passive = self._subject(verb)
        if subj is None or passive or verb.i > h.i:
            return None
        return next((m for m in self._actors_at(s, subj) if m.codes and m.kind != "bare" and a not in m.codes
                     and len(m.codes) == 1), None)

    def _saying_above(self, h: Any, topics: bool) -> tuple[Any, Any | None]:
        """The head of the content clause (with `topics`, also of the phrase of topic: «сообщил о попытке удара»)
        holding `h` within six heads up, and the verb of saying (`speech`) it hangs on; (the last head reached, None)
        where there is none."""
        syn = self.syn
        x = h
        for _ in range(6):
            if x.head.i == x.i:
                break
            about = topics and syn.has(x, "oblique") and self._case_key(x) in syn.preps["topic"]
            if (x.dep_ in syn.labels["clause"] or about) and _word_in(x.head, syn.speech):
                return x, x.head
            if syn.has(x, "relative") and self._reaction_noun(x.head) and any(
                    syn.has(c, "subject") and _key(c) not in syn.preps["relative_pronoun"] for c in x.children):
                break  # "said it had expelled X, a decision Moscow called unfriendly and promised to answer": Moscow's
            x = x.head
        return x, None

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

    def _protest_demand(self, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`h` is a converb of demand (`protest_demands`: «требуя») on a verb that is, or whose object is, a protest:
        the protesters' demand is the protest's content, no request of its own."""
        if h.head.i == h.i or "Conv" not in h.morph.get("VerbForm"):
            return False
        v = h.head
        return any((tr := by_head.get(x.i)) is not None and tr.phrase.pattern.type == "PROTEST"
                   for x in [v, *(c for c in v.children if self.syn.has(c, "object") or self.syn.has(c, "oblique"))])

    def _joint_at_home(self, a: str, src: list[Mention], tgt: list[Mention], ptype: str
                       ) -> tuple[str, str, Mention, Mention] | None:
        """A joint act whose parties on the parse's paths are two of one country `a`, not both its state's organs
        (a government and the rebels, the opposition): X -> X, where convention 7 allows it."""
        own = [m for m in [*src, *tgt] if m.codes == (a,) and not m.location and not m.anti and m.kind != "pronoun"]
        for ma in own:
            for mb in own:
                if mb is ma or mb.text == ma.text or {ma.sector, mb.sector} <= OWN_ORGANS:
                    continue  # (a parliament approving its president's request: one state's own business)
                e = Event(source=a, target=a, type=ptype, cameo="", source_sector=ma.sector, source_text=ma.text,
                          target_text=mb.text, target_sector=mb.sector)
                if _one_side_ok(e) or self._domestic(e):
                    return a, a, ma, mb
        return None

    def _joint_partner(self, s: _Sent, t: _Trig, h: Any, a: str) -> Mention | None:
        """A joint nominal act (`preps.joint`: "joint exercises") with one party named: its partner is
        the other country named in the clause, where the act goes or happens ("Russia will send
        paratroopers to Belarus for joint exercises")."""
        if t.phrase.pattern.pos != "noun" or not any(
                w in self.syn.preps["joint"] for w in [*s.lower[t.start:t.end], *(_key(c) for c in h.lefts)]):
            return None
        v = self._measure_head(s, h).head
        clause = self._clause_span(s, v if self.syn.is_pos(v, "verb") else h)
        return next((m for m in s.within(clause) if m.codes and m.codes[0] != a and not m.anti
                     and m.kind in ("country", "metonym")), None)

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
        loc = next((m for m in s.within(clause) if m.location and m.codes and m.kind != "igo" and m is not ma
                    and not self._describes(m)), None)
        if loc is not None and ptype in AGREEING and self._venue_of(s, h, loc):
            loc = None  # ("the allies agreed at their summit in Vilnius to raise spending": where, not with whom)
        if loc is not None and loc.codes[0] != a:
            return a, loc.codes[0], ma, loc
        if told or ma.kind == "igo":
            return None  # (an organisation's own doings: "trade inside the EEU declined")
        if loc is None and patient:
            # "Minsk released all political prisoners", "the regime detained hundreds of protesters": an unnamed
            # group the act is done to is the actor's own people (convention 7, `group_patients`); so is one whose
            # act it is done to ("police prevented the rally staged by students")
            return a, a, ma, None
        e = Event(source=a, target=a, type=ptype, cameo="", source_sector=ma.sector, source_text=ma.text,
                  target_text=loc.text if loc is not None else None, target_sector=loc.sector if loc is not None else None)
        if _one_side_ok(e) or self._domestic(e):
            return a, a, ma, loc
        if loc is None and (mb := self._home_party(s, h, a, ma, clause)) is not None:
            # a party of the actor's own country after the act in its clause, off the parse's paths
            # ("police confiscated weapons from Peruvian armed gangs"): convention 7 on the two
            e = replace(e, target_text=mb.text, target_sector=mb.sector)
            if _one_side_ok(e) or self._domestic(e):
                return a, a, ma, mb
        if self._untargeted(e, h if self.syn.is_pos(h, "verb") else None).target is None:
            return a, None, ma, None
        return None

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

    def _group_patient_act(self, s: _Sent, h: Any, ptype: str) -> bool:
        """The act `h` of type `ptype` (`group_patients`) is done to an unnamed group, its object (`_group_patient`)."""
        return ptype in self.syn.group_patients and any(
            self.syn.has(c, "object") and s.at.get(c.i) is None and self._group_patient(s, h, c) for c in h.children)

    def _group_patient(self, s: _Sent, h: Any, c: Any) -> bool:
        """The object `c` of the act `h` names an unnamed group (`unnamed_groups`), or is a nominal act (a trigger of
        its own, or a word of `h`'s or of its pattern's `with`: "prevented the rally") of one: its `by` phrase, or that of a passive participle
        on it, names the group ("the rally staged by students", "a strike by miners")."""
        groups = self.syn.unnamed_groups
        if _word_in(c, groups):
            return True
        own = self._by_head.get(h.i)
        if c.i not in self._by_head and not (own is not None and (self._in_trigger(s, own, c)
                                                                   or (c.lower_,) in own.phrase.pattern.with_)):
            return False
        phrases = [*self._preps(c), *(x for g in c.children if self.syn.has(g, "noun_clause") and _passive(g, self.syn)
                                       for x in self._preps(g))]
        return any(w == "by" and _word_in(n, groups) for w, n in phrases)

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

    def _told_again(self, s: _Sent, h: Any, src: list[Mention]) -> bool:
        """A verb of the document's talks whose subject names their parties, in a clause of its own,
        tells what they did ("the two leaders talked in person", "they discussed the gas price"): new,
        not a reference back as a noun is ("ahead of the meeting") or a verb in another's clause."""
        # (a relative clause with a subject of its own tells it too: "the first time the two leaders talked")
        return bool(src) and not self._subordinate_act(h) and not self.syn.has(h, "clause") \
            or bool(src) and (self.syn.has(h, "content_clause") or self.syn.has(h, "conj")) \
            or bool(src) and self.syn.has(h, "relative_clause") and any(self.syn.has(c, "subject") for c in h.children)

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

    @staticmethod
    def _in_trigger(s: _Sent, t: _Trig, tok: Any) -> bool:
        """The parse's token `tok` is a word of the trigger `t` ("calls for": its "for")."""
        return s.toks[t.start][1] <= tok.idx < s.toks[t.end - 1][2]

    def _told_by_pair(self, s: _Sent, h: Any, state: DocState) -> bool:
        """A noun of the document's talks in a sentence whose main verb's subject names their parties as
        a pair ("Aides of both presidents stressed the friendly tone of the meeting"): the sentence
        tells of the talks."""
        root = h
        while root.head.i != root.i:
            root = root.head
        subj = next((c for c in root.children if self.syn.has(c, "subject")), None)
        if subj is None or not state.talks_pair:
            return False
        inside = {x.i for x in subj.subtree}
        return any(m.kind == "group" and set(m.codes) == set(state.talks_pair) for m in s.within(inside))

    def _told_subject(self, h: Any) -> bool:
        """A noun of the document's talks that is the subject of the sentence's main verb is what the
        sentence tells ("The talks lasted six hours", "the Minsk-Moscow talks have been difficult"):
        news, not a reference back as a noun in another's phrase is ("ahead of the meeting")."""
        v = h.head
        return self.syn.has(h, "subject") and v.i != h.i and v.head.i == v.i

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
            if c.i in clause and c.i not in above and self._instrument(c):
                clause -= {x.i for x in c.subtree}  # (a weapon's maker: «нанёс удар американскими бомбами»)
            if c.i in clause and c.i not in above and self._set_against(c):
                # (a clause set against it names others' acts: "accusing it of war crimes, while Chile recalled
                # its envoy")
                clause -= {x.i for x in c.subtree}
            if c.i in clause and c.i not in above and self._participle_purpose(c):
                # (the purpose of those who made a thing the act is done to: "prevented the rally staged by students
                # to protest the sending of troops to Ukraine" - no party of the prevention)
                clause -= {x.i for x in c.subtree}
        # (for a state held, `skip_adjuncts`, not inside a phrase of time or circumstance of the clause: "stayed
        # on alert after a week of Armenian unrest", convention 4)
        for c in list(s.doc) if skip_adjuncts else ():
            if c.i in clause and self.syn.has(c, "prep") and _key(c) in self.syn.preps["adjunct"]:
                clause -= {x.i for x in c.subtree}
        m = next((m for m in s.within(clause) if m.start >= t.end and m.codes and not m.location and not m.anti
                  and m.kind != "pronoun" and m.codes[0] != a and m.codes[0] not in scodes), None)
        return (a, m.codes[0], ma, m) if m is not None else None

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

    def _participle_purpose(self, c: Any) -> bool:
        """`c` is an infinitive clause (`preps.infinitive`) of a passive participle on a noun ("the rally staged
        by students to protest ...")."""
        syn = self.syn
        v = c.head
        return v.i != c.i and (syn.has(c, "adverbial_clause") or syn.has(c, "open_clause")) \
            and any(syn.has(a, "infinitive_marker") and a.lower_ in syn.preps["infinitive"] for a in c.children) \
            and syn.has(v, "noun_clause") and _passive(v, syn) and syn.is_pos(v.head, "nominal")

    def _object_relative_party(self, s: _Sent, h: Any, a: str, scodes: list[str]) -> Mention | None:
        """The actor in a relative clause on the verb's object that tells where the object goes ("confirmed
        the transfer of the technology, which will enable its production in Belarusian laboratories"): in a
        phrase of place or direction (`preps.location`, `preps.target`), no subject of its own."""
        if not self.syn.is_pos(h, "verb"):
            return None
        objs = {x.i for c in h.children if self.syn.has(c, "object") for x in c.subtree}
        toward = self.syn.preps["location"] | self.syn.preps["target"]
        for r in s.doc:
            if r.i not in objs or not self.syn.has(r, "relative_clause") or r.head.i not in objs or not any(
                    self.syn.has(c, "subject") and _key(c) in self.syn.preps["relative_pronoun"] for c in r.children):
                continue
            for n in r.subtree:
                if self._phrase_key(n) not in toward:
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

    def _light_passive(self, h: Any) -> bool:
        """A nominal act that is the passive subject of a light verb: held or signed by parties not named
        ("the talks were held in Geneva", "a meeting is planned for May")."""
        g = h.head
        return g.i != h.i and self.syn.has(h, "passive_subject") and self.syn.is_pos(g, "verb") \
            and _word_in(g, self.lex.light_verbs) and not self._background(h)

    def _describing_participle(self, tok: Any) -> bool:
        """A passive participle that modifies a noun ("forces backed by Russian warplanes")."""
        return tok.head.i != tok.i and self.syn.has(tok, "noun_clause") and self.syn.tagged(tok, "participle") \
            and self.syn.is_pos(tok.head, "nominal")

    def _agentless_participle(self, s: _Sent, tok: Any) -> bool:
        """`tok` is a participle on a noun (`noun_clause`) none of whose phrases names a party (the parse's voice of a
        participle is no guide: «приговорённого» is read as active)."""
        if tok.head.i == tok.i or not self.syn.has(tok, "noun_clause") or not self.syn.is_pos(tok.head, "nominal") \
                or "Part" not in tok.morph.get("VerbForm"):
            return False
        inside = {x.i for c in tok.children for x in c.subtree}
        # (the mentions' places in the tree are not indexed yet while triggers are read: by their first token)
        return not any(m.codes and s.tok(m.start).i in inside for m in s.mentions)

    def _kind_modifier(self, tok: Any) -> bool:
        """A noun trigger that modifies another noun as a compound, naming its kind ("attack helicopters",
        "war allies", "protest leaders"), not the measure an act comes in ("an aid package": `preps.measure`)."""
        g = tok.head
        return g.i != tok.i and g.i > tok.i and self.syn.has(tok, "compound") and self.syn.is_pos(g, "noun") \
            and g.lower_ not in self.syn.preps["measure"]

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

    def _joint_maker(self, s: _Sent, h: Any, tgt: list[Mention]) -> list[Mention]:
        """The maker of a joint act named by a phrase on a verb whose doer the parse gives no actor ("the Ukrainian
        carrier, which was designed in cooperation with Belarusian engineers"): the verb's passive agent ("by
        Kyiv"); else the owner named on its product, the passive subject or the noun its clause hangs on ("the
        new Ukrainian rifle was designed ..."); else the one country the sentence names besides the partner."""
        syn = self.syn
        own = {c for m in tgt for c in m.codes}

        def other(ms: list[Mention]) -> list[Mention]:
            return [m for m in ms if m.codes and not set(m.codes) & own and not m.location]

        v = h.head
        if v.head.i != v.i and not syn.is_pos(v, "verb"):
            v = v.head  # (out of its preposition: "in cooperation with")
        if not syn.is_pos(v, "verb"):
            return []
        subj, passive = self._subject(v)
        if subj is not None and not passive:
            return []  # (a doer the parse names: its actors or none)
        agents = other([m for w, n in self._preps(v) if w == "by" for m in self._actors_at(s, n)])
        if agents:
            return agents
        products = [subj] if subj is not None else []
        if syn.has(v, "relative_clause") and v.head.i != v.i:
            products.append(v.head)
        made = other([m for x in products for m in self._actors_at(s, x)])
        if made:
            return made[:1]
        countries = {m.codes[0] for m in other(list(s.mentions)) if m.kind in ("country", "metonym", "person", "title")}
        if len(countries) != 1:
            return []
        return [m for m in other(list(s.mentions)) if m.codes[0] in countries][:1]

    def _told_clause(self, h: Any) -> bool:
        """The verb `h` heads an adverbial clause of time with a subject of its own (`told_clauses`: "..., days
        after Russia launched an offensive in the Kharkiv region"): an act told in its own right."""
        syn = self.syn
        return bool(syn.told_clauses) and syn.has(h, "adverbial_clause") \
            and any(syn.has(c, "mark") and c.lower_ in syn.told_clauses for c in h.children) \
            and any(syn.has(c, "subject") for c in h.children)

    def _light_act(self, h: Any) -> bool:
        """A nominal act that is the object of a verb of the clause's own ("Israel reimposed blockades in
        the West Bank", "declared a state of siege in Haiti": its measure noun's): the clause's act, no
        background noun; a language with no `light_verbs` takes any verb, as `_roles` does, whose
        object is the act itself, not an act noun over it: «отрепетируют отражение агрессии»)."""
        g = h.head
        return g.i != h.i and self.syn.has(h, "object") and self.syn.is_pos(g, "verb") and not self._background(h) \
            and (_key(g) in self.lex.light_verbs or g.lower_ in self.lex.light_verbs
                 or not self.lex.light_verbs and not any(self.syn.has(c, "noun_modifier") for c in h.children
                                                         if self.syn.is_pos(c, "noun")))

    def _raised_passive(self, h: Any) -> bool:
        """`h` completes a passive verb whose subject it takes ("are set to leave", "was forced to
        deploy"): what others expect or make the subject do, no statement of its own."""
        g = h.head
        return self.syn.has(h, "open_clause") and g.i != h.i and not _passive(h, self.syn) \
            and any(self.syn.has(c, "passive_subject") for c in g.children)

    def _subordinate_act(self, h: Any) -> bool:
        """The verb `h` is another act's content or circumstance: under another trigger ("agreed to
        postpone the rally", "threatened to ban"), or in an adverbial or relative clause ("began a hunger
        strike to demand ...", "protests, which were suppressed", "..., saying he must resign")."""
        return self._subordinate_kind(h) is not None

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

    def _subordinate_kind(self, h: Any) -> str | None:
        """How the verb `h` is subordinate (`_subordinate_act`): "act" under another trigger, "clause" in an
        adverbial or relative clause, None where it is not."""
        x = h
        for _ in range(6):
            if x.head.i == x.i:
                return None
            if self.syn.has(x, "relative") and (_key(x.head) in self.syn.statements or x.head.lower_ in self.syn.statements):
                x = x.head  # ("issued a statement demanding that ...": the statement's content is the issuer's act)
                continue
            if self.syn.has(x, "adverbial_clause") and any(self.syn.has(c, "mark") and c.lower_ in self.syn.concessive
                                                           for c in x.children):
                x = x.head  # ("Although the US gave up its policy to isolate Russia, ...": a concession states a fact)
                continue
            if self.syn.has(x, "adverbial_clause") or self.syn.has(x, "relative"):
                return "clause"
            # (a coordinated act with a place of its own is an act of its own there: "kidnapped advisers and
            # exploded bombs in the capital Kabul")
            joined = self.syn.has(x, "coordinated") and x.i == h.i and self._names_own_place(self._sent_home, x)
            x = x.head
            if x.i in self._by_head and x.i != h.i and not joined:
                return "act"
        return None

    def _aux_to_come(self, v: Any) -> bool:
        """An auxiliary of `v` puts its act to come ("will", "would"); not the auxiliary of an inverted
        condition ("Should Russia attack ...": a condition, no intention)."""
        return any(self.syn.has(c, "aux") and self.syn.aux.get(c.lower_) in ("planned", "hypothetical")
                   and not self._inverting(c) for c in v.children)

    def _inverted_mark(self, c: Any) -> str | None:
        """The subordinating word an inverted adverbial clause of condition stands for (`inverted_conditions`:
        "Should Belarus refuse, ...", "Were Minsk to release ...", "... had Kyiv agreed"): its first word, an
        auxiliary (or its own verb) before its subject, with no subordinating word of its own; else None."""
        syn = self.syn
        # (or a clause after its verb that the parse reads as a content clause: "would impose measures should Minsk
        # continue ...")
        if not syn.inverted_conditions or not (syn.has(c, "adverbial_clause") or syn.has(c, "content_clause")
                                               and c.head.i != c.i and c.left_edge.i > c.head.i) \
                or any(syn.has(m, "mark") for m in c.children):
            return None
        first = c.left_edge
        if first.lower_ not in syn.inverted_conditions or not (first.i == c.i or first.head.i == c.i and syn.has(first, "aux")):
            return None
        if not any((syn.has(x, "subject") or syn.has(x, "passive_subject")) and x.i > first.i for x in c.children):
            return None
        return syn.inverted_conditions[first.lower_]

    def _inverting(self, a: Any) -> bool:
        """`a` is the auxiliary that opens an inverted condition (`_inverted_mark`)."""
        return a.head.i != a.i and a.i == a.head.left_edge.i and self._inverted_mark(a.head) is not None

    def _promised_refusal(self, t: _Trig, h: Any, by_head: dict[int, _Trig]) -> bool:
        """`t` is a promise (`subject_control` verb, AGREE) whose open clause is a conciliatory act (`refusal`)
        it refuses ("Serbia vowed never to recognise Kosovo"): that act is coded as the refusal instead."""
        if t.phrase.pattern.type not in AGREEING or not _word_in(h, self.syn.subject_control):
            return False
        return any(self.syn.has(c, "open_clause") and c.i in by_head
                   and by_head[c.i].phrase.pattern.type in self.syn.refusal and self._refused(c) for c in h.children)

    def _refused(self, h: Any) -> bool:
        """A negated act to come: "will not lift", a future form («не пойдёт на уступки»), or the
        complement of a negated verb of intention («не намерен выводить», «не собирается смягчать»)."""
        syn = self.syn

        def negated(v: Any) -> bool:
            return any(syn.has(c, "negation") or c.lower_ in syn.negation_words for c in v.children)

        def to_come(v: Any) -> bool:
            return self._aux_to_come(v) or any(syn.features.get(f) in ("planned", "hypothetical") for f in v.morph)

        if any(syn.has(c, "mark") and c.lower_ in syn.markers for c in h.children):
            return False  # a condition, not a refusal («если Минск не согласится»)
        if negated(h) and to_come(h):
            return True
        g = h.head
        if negated(h) and syn.has(h, "open_clause") and g.i != h.i and _word_in(g, syn.subject_control):
            return True  # "vowed never to recognise", "pledged not to sign": a promise of the act refused
        if syn.declined and syn.has(h, "open_clause") and g.i != h.i and negated(g) and _word_in(g, syn.declined):
            return True  # «не стал подписывать декларацию»: declined
        # (where the language marks the future on the verb: English "does not plan to" stays the act denied)
        return bool(syn.features) and syn.has(h, "open_clause") and g.i != h.i and negated(g) \
            and syn.governors.get(g.lower_, syn.governors.get(_key(g))) == "planned"

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

    def _state_organ(self, s: _Sent, m: Mention) -> bool:
        """A state's organ, not its people: a capital, an organisation, a ministry or leader, or a
        country's name in the singular ("Lithuania", not "Lithuanians")."""
        if m.kind in ("metonym", "igo"):
            return True
        if m.kind in ("title", "person", "pronoun", "bare"):
            return m.sector in ("GOV", "IGO", "LEG")  # ("the next government": a sector word of the state)
        if m.kind != "country":
            return False
        toks = [s.doc[i] for i in sorted(s.span_of(m))]
        return bool(toks) and all(self.syn.is_pos(t, "name") and not self.syn.tagged(t, "proper_plural") and "Plur" not in t.morph.get("Number")
                                  and not t.lower_.endswith(tuple(self.syn.preps["people_endings"]))
                                  for t in toks)  # ("Georgians protested" read as a singular name: its people)

    def _background(self, h: Any) -> bool:
        """A noun in a phrase of time or circumstance, or a place (`preps.adjunct`, `preps.location`:
        "after a week of unrest", "in the current uprising"), up to the verb it hangs on."""
        syn = self.syn
        x = h
        for _ in range(4):
            if x.head.i == x.i or self.syn.is_pos(x, "verb"):
                return False
            key = self._phrase_key(x)
            if key is not None and (key in syn.preps["adjunct"] or key in syn.preps["location"]):
                return True
            if not (syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "oblique")
                    or syn.has(x, "noun_phrase")):
                return False
            x = x.head
        return False

    def _bare_forces(self, s: _Sent, n: Any) -> bool:
        """`n` is a military sector word ("troops", «войска»; actors.yaml `sectors: MIL`) whose
        country only the nearest name gave (a `bare` mention): no adjective or genitive of its own."""
        ms = self._actors_at(s, n)
        return bool(ms) and all(m.kind == "bare" and m.sector == "MIL" for m in ms)

    def _visit_during(self, s: _Sent, t: _Trig, h: Any, src: list[Mention]) -> list[Mention]:
        """A visit with its visitor and no place, in an adjunct phrase (`preps.adjunct`) of a joint act the visitor
        is a party of ("Minsk and Warsaw agreed to intensify cooperation during a visit by Poland's foreign
        minister"): the visit is to that act's other party."""
        syn = self.syn
        prep = h.head
        if not syn.has(h, "prep_object") or prep.i == h.i or _key(prep) not in syn.preps["adjunct"] or prep.head.i == prep.i:
            return []
        v = prep.head
        while v.i not in self._by_head and syn.has(v, "open_clause") and v.head.i != v.i:
            v = v.head  # ("agreed to intensify cooperation during a visit": the accord)
        vt = self._by_head.get(v.i)
        if vt is None or vt is t or not vt.phrase.pattern.symmetric:
            return []
        own = {c for m in src for c in m.codes}
        vs, vtg, _ = self._roles(s, vt, v)
        parties = [m for m in [*vs, *vtg] if m.codes and not m.location]
        if not any(set(m.codes) & own for m in parties):
            return []
        return [m for m in parties if not set(m.codes) & own]

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

    def _forces(self, s: _Sent, v: Any) -> bool:
        """The subject of verb `v` is armed forces: a plural military sector word ("troops",
        "peacekeepers"; actors.yaml `sectors: MIL`), not one commander or minister."""
        subj, passive = self._subject(v)
        if subj is None or passive:
            return False
        clause = self.syn.labels["clause"]
        heads = [subj, *(g for c in subj.children if self.syn.has(c, "prep") and _key(c) in self.syn.preps["of"]
                         for g in c.children if self.syn.has(g, "prep_object"))]  # "a deployment of troops"
        heads += [c for c in subj.children if self.syn.has(c, "oblique") and c.dep_ not in clause
                  and self._case_key(c) in self.syn.preps["of"]]
        return any((self.syn.tagged(t, "plural") or "Plur" in t.morph.get("Number"))
                   and any(e.kind == "sector" and e.ref == "MIL" and e.tokens == (t.lower_,)
                           for e in self.actors.index.get("\x00" + t.lower_, ()))
                   for t in heads)

    def _across_table(self, s: _Sent, m: Mention, h: Any) -> bool:
        """Mention `m` is a partner of the act headed by `h`: in a phrase of `preps.comitative` or `between`
        ("agreed with Baku", "agreed on a truce with Kyiv") on the way up to `h`."""
        span = s.span_of(m)
        if not span:
            return False
        partners = self.syn.preps["comitative"] | self.syn.preps["between"]
        x = s.doc[min(span)]
        for _ in range(10):
            if x.i == h.i or x.head.i == x.i:
                return False
            if self.syn.has(x, "prep") and (x.lower_ in partners or _key(x) in partners):
                return True
            x = x.head
        return False

    def _inside(self, s: _Sent, m: Mention, h: Any) -> bool:
        """Whether mention `m` stands inside the phrase headed by `h`."""
        return bool(s.span_of(m) & {x.i for x in h.subtree})

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

    def _vague(self, s: _Sent, r: Any) -> bool:
        """The noun phrase `r` names a party with no code (`vague_parties`: "the West", "Georgia's Western
        allies"): its words before it but determiners and possessors, and itself."""
        if not self.syn.vague_parties or s.at.get(r.i) is not None:
            return False
        words = [x.lower_ for x in r.lefts if not self.syn.is_pos(x, "determiner") and not self.syn.has(x, "possessor")
                 and not self.syn.has(x, "case") and all(s.at.get(y.i) is None for y in x.subtree)]
        return " ".join([*words, r.lower_]) in self.syn.vague_parties

    def _opinion(self, h: Any) -> Any | None:
        """Whether the trigger stands in the content clause of a verb of opinion (`opinion`: «в Литве
        считают, что ...»): the head of the clause held, or None. An act held to have happened there is
        an opinion, no act (convention 10)."""
        if not self.syn.opinion:
            return None
        x = h
        for _ in range(8):
            if x.head.i == x.i:
                return None
            if (self.syn.has(x, "content_clause") or self.syn.has(x, "clausal_subject")) and _key(x.head) in self.syn.opinion \
                    and x.i > x.head.i:
                return x  # the clause held (after its verb: not "X has been accused of ..., much of it believed ...")
            x = x.head
        return None

    def _opinion_verb(self, h: Any) -> bool:
        """A nominal act that is its clause's own predicate or object (held as the clause's act, «считают,
        что нужны санкции»), not the subject of another verb in it ("that the protests were supported")."""
        return not (self.syn.has(h, "subject") or self.syn.has(h, "passive_subject")) or h.head.i == h.i \
            or not self.syn.is_pos(h.head, "verb")

    def _according(self, h: Any) -> Any | None:
        """The phrase naming a speaker (`according`: "по словам X") on the trigger's clause or a clause
        above it, or None."""
        x = h
        for _ in range(6):
            for c in x.children:
                if c.i != h.i and self.syn.is_pos(c, "nominal") and f"{self._case_key(c)} {_key(c)}" in self.syn.according:
                    return c
            if x.head.i == x.i:
                return None
            x = x.head
        return None

    def _claim_noun(self, h: Any) -> Any | None:
        """A noun of claim (`claim_nouns`) whose content clause («утверждения Еревана о том, что ...») holds the act
        `h`, within six heads, else None."""
        syn = self.syn
        if not syn.claim_nouns:
            return None
        x = h
        for _ in range(6):
            if x.head.i == x.i:
                return None
            about = syn.has(x, "oblique") and self._case_key(x) in syn.preps["topic"]
            if (x.dep_ in syn.labels["clause"] or about) and self.syn.is_pos(x.head, "noun") \
                    and _word_in(x.head, syn.claim_nouns):
                return x.head
            x = x.head
        return None

    def _allegers(self, s: _Sent, h: Any) -> tuple[Any | None, list[Mention]]:
        """The verb of saying (or phrase «по словам») that states the act `h`, and its speakers with a code:
        its subject, the seat it is said in («заявили в Минобороны России»), or the phrase's party; (None, [])
        where no one says it."""
        syn = self.syn
        subj = None
        x, verb = self._saying_above(h, topics=True)  # (or its topic: "сообщил о попытке удара")
        if verb is None and not syn.attribution:
            # «Украинские войска обстреляли Белгород, заявили в Минобороны России»: a verb of saying
            # after its content, hung on the content's verb as a loose clause, alleges it too
            # (languages whose news sources say so after the report, `attribution`, excepted)
            v = self._verb_above(h)
            while syn.has(v, "open_clause") and v.head.i != v.i:
                v = v.head
            verb = next((c for c in v.children if syn.has(c, "parataxis")
                         and _word_in(c, syn.speech)), None)
            x, loose = v, verb is not None
        else:
            loose = False
        phrase = self._according(h) if verb is None else None
        claim = self._claim_noun(h) if verb is None and phrase is None else None
        if claim is not None:
            # «опровергло утверждения Еревана о том, что турецкий истребитель сбил ...»: the claim's owner alleges
            verb = claim
            speakers = [m for c in claim.children if syn.has(c, "possessor") or syn.has(c, "oblique")
                        and self._case_key(c) in syn.preps["of"] for m in self._actors_at(s, c) if m.codes]
        elif phrase is not None:
            # "По словам Лукашенко, украинские военные пытались нанести удар": the phrase's speaker alleges
            verb = phrase
            speakers = [m for c in phrase.children if not syn.has(c, "case")
                        for m in self._actors_at(s, c) if m.codes]
        elif verb is None or syn.attribution and x.i < verb.i and not any(t.is_quote for t in s.doc[:verb.i]):
            return None, []  # "... wounded two soldiers, police said": the news source, no allegation (unquoted)
        else:
            subj, passive = self._subject(verb)
            speakers = [m for m in self._actors_at(s, subj) if m.codes] if subj is not None and not passive else []
        if claim is not None:
            pass  # (its owner named above)
        elif phrase is None and not speakers and subj is not None and not passive:
            # "officials in Moscow have said ...": the speakers' seat names their state
            speakers = [m for w, n in self._preps(subj) if w in syn.preps["location"]
                        for m in self._actors_at(s, n, allow_location=True) if m.codes and m.kind in ("metonym", "country")]
        elif phrase is None and subj is None:
            # «заявили в Минобороны России», «утверждают в Ереване»: a verb with no subject speaks for
            # the institution or seat it is said in
            speakers = [m for w, n in self._preps(verb) if w in syn.preps["location"]
                        for m in self._actors_at(s, n, allow_location=True) if m.codes]
        if loose:  # (a news source named after its report, «сообщили литовские СМИ», reports it)
            speakers = [m for m in speakers if m.sector in STATE_SECTORS or m.kind in ("metonym", "igo")]
        # (a bare title takes the nearest name's country, no speaker of its own: «готовится закрыть пункты пропуска
        # на границе с Беларусью, заявила премьер-министр» is no Belarusian allegation)
        speakers = [m for m in speakers if m.kind != "bare"]
        return verb, speakers

    def _alleged(self, s: _Sent, h: Any, events: list[Event], dates: list, state: DocState) -> list[Event]:
        """Convention 3: a hostile act that a speaker says was aimed at the speaker's own country
        ("Lukashenko said Ukraine had massed troops near Belarus") is the speaker's accusation
        of the actor, and the act is not coded too."""
        syn = self.syn
        def anyone(e: Event) -> bool:  # "said Russia keeps applying pressure on Belarus": alleged, whoever is aimed at
            return bool(syn.alleged_words) and any(w in syn.alleged_words for w in (e.trigger or "").lower().split())

        if not syn.speech or not events or not any(e.type in syn.alleged_acts or anyone(e) for e in events):
            return events
        if syn.is_pos(h, "noun") and syn.has(h, "prep_object") and not anyone(events[0]):
            return events  # "..., a response to Riga's expulsion of Russian diplomats": a named act in a phrase (convention 4)
        verb, speakers = self._allegers(s, h)
        own = {c for m in speakers for c in m.codes}
        if not own:
            return events
        # a state's claim («утверждают в Сеуле», «по данным южнокорейской разведки») of another's hostile act is its
        # accusation, whoever the act is aimed at (a news outlet's or source's is a report)
        states = all(m.sector in STATE_SECTORS and m.kind in ("country", "metonym", "title", "person") for m in speakers)
        claimed = verb is not None and _word_in(verb, syn.alleging) and states
        # «Хуситы выпустили ракету по американскому эсминцу, сообщило командование США»: a verb of reporting after
        # its content reports an act on a party it names as news (`loose_reports`), no allegation
        reported = verb is not None and verb.i > h.i and syn.has(verb, "parataxis") and _word_in(verb, syn.loose_reports)
        out: list[Event] = []
        info = cameo.lookup(syn.accuse_code)
        for e in events:
            # (a hostile act said not to happen is no allegation, whoever it is aimed at: "insisted that Russia is
            # not pressuring Kazakhstan": the act, denied)
            # (a claim named by a noun was made, whoever denies its content: «опровергло утверждения Еревана о том, что ...»)
            denied = e.status == "denied" and not (verb is not None and _word_in(verb, syn.claim_nouns))
            # ("Kyiv said Belarus was massing troops": a hostile act aimed at no one named, by another state, is the
            # state speaker's accusation of it)
            loose = syn.alleged_untargeted and e.target is None and e.type in syn.alleged_acts and states
            third = (anyone(e) or claimed and e.type in syn.alleged_acts or loose) and e.source is not None \
                and e.source not in own and not denied
            if reported and e.target is not None and not claimed and any(
                    e.target in m.codes for k, m in enumerate(s.mentions)
                    if k < len(s.spans) and s.spans[k] and max(s.spans[k]) < verb.i):
                out.append(e)
                continue
            if not third and (e.type not in syn.alleged_acts or e.target not in own or e.source is None or e.source in own
                              or denied):  # ("said its monitors had not been detained": no allegation)
                out.append(e)
                continue
            m = next(m for m in speakers if e.target in m.codes) if not third else speakers[0]
            if e.status == "denied":
                out.append(e)  # (the act another denies stays, denied, beside the claim of it)
            date, gran = self._when(s, verb, dates, state, "occurred")
            out.append(Event(source=m.codes[0] if third else e.target, target=e.source, type=info.plover_type, cameo=syn.accuse_code,
                             status="occurred", source_sector=m.sector, source_text=m.text,
                             target_text=e.source_text, target_sector=e.source_sector, mode=info.mode,
                             goldstein=info.goldstein, quad=cameo.quad_class(syn.accuse_code), date=date,
                             date_granularity=gran, trigger=e.trigger, start=e.start, end=e.end))
        return out

    def _dated(self, events: list[Event], s: _Sent, h: Any, dates: list, state: DocState) -> list[Event]:
        for e in events:
            e.date, e.date_granularity = self._when(s, h, dates, state, e.status, (e.source, e.target))
        return events

    def _participants(self, s: _Sent, h: Any, own: list[str],
                      verbs: dict[str, frozenset[str]] | None = None) -> tuple[Any, list[Mention]] | None:
        """The verb of taking part ("took part in", "joined"; or one of `verbs`) that a nominal event is the
        object of, and its subject's actors other than the event's own source."""
        syn = self.syn
        taking = syn.participation if verbs is None else verbs
        x = h
        # (three steps: a quantity's "of" phrase, "adopted all of the EU's sanctions")
        for _ in range(3):
            if x.head.i == x.i:
                return None
            if not (syn.has(x, "object") or syn.has(x, "prep_object") or syn.has(x, "prep") or syn.has(x, "oblique")):
                return None
            x = x.head
            need = taking.get(x.lower_) or taking.get(_key(x))
            if need is None:
                continue
            if "" not in need and not any(_word_in(c, need) for c in x.children
                                          if syn.has(c, "object")):
                continue
            subj, passive = self._subject(x)
            if subj is None or passive:
                return None
            parts = [m for m in self._actors_at(s, subj) if not set(m.codes) & set(own)]
            return (x, parts) if parts else None
        return None
