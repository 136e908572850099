"""The data the tree coder reads and the small pieces its stages share: a language's syntax.yaml
(`Syntax`, `load_syntax`, `TOP_KEYS` and the key lists: a new syntax.yaml key goes into `TOP_KEYS`),
the act types the conventions name, the date helpers and the parsed sentence (`_Sent`).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date as _day
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.coder import cameo
from dyadwatch.coder.base import DocState, Mention, _month, _Trig
from dyadwatch.coder.lexicon import LANG_DIR, _module
from dyadwatch.datafiles import read_mapping
from dyadwatch.errors import InputError
from dyadwatch.model import Event

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
              "prepositional", "predicate", "clausal_subject", "governor_climb", "copula_predicate", "pro_drop", "gapped",
              "unattached", "stray_name")
# parts of speech (the parse's `pos_`) and fine-grained tags (`tag_`) the decisions name (syntax.yaml `pos`, `tags`)
POS_KEYS = ("verb", "not_verb", "noun", "name", "nominal", "adposition", "determiner", "pronoun", "adverb", "adjective", "number")
TAG_KEYS = ("participle", "finite", "nonfinite", "modal", "proper", "proper_plural", "plural", "converb",
            "plain_present")
PREP_KEYS = ("funding", "predicate", "blame", "relative_pronoun", "plural_pronoun", "pair_words", "definite", "partner", "of", "target", "deep", "noun_target", "noun_source", "recipient_source", "visit", "between", "location",
             "date_reference", "adjunct", "named_partner", "topic", "passive_agent", "person_pronoun",
             "visit_source", "patient", "reference", "infinitive", "joint", "reciprocal", "stray_subject",
             "decision", "expelled_from", "expulsions", "institution", "relative_place", "place_noun", "street_phrase", "state_pronoun", "speaker_pronoun",
             "blame_predicate", "praise_predicate", "pair_joiners", "detached_agent", "amount", "owner_pronoun",
             "relative_subject_pronoun", "origin", "origin_bodies", "local_body", "measure", "charged_reason",
             "missions", "aims", "people_endings", "deployments", "without_phrase", "handovers",
             "comitative", "co_actor", "comitative_means", "helper_means", "currency", "opening_pronoun", "origin_people", "examples",
             "approach", "clause_pronoun", "fellows", "fellow_of", "date_from", "route", "hosts")
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
    absent_spans: dict[str, frozenset[str]] = field(default_factory=dict)  # `absent_spans`: "have not met since 2015"
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
    decisions_answered: frozenset[str] = frozenset()  # verbs whose «на» phrase is a decision taken: «отвечая на решение»
    relative_makers: frozenset[str] = frozenset()  # `relative_makers`: "the ban Vilnius placed on ..." names its maker
    relative_owners: frozenset[str] = frozenset()  # `relative_owners`: ... and, for a party inside a phrase, these too
    owner_participles: frozenset[str] = frozenset()  # `owner_participles`: a participle before its noun whose agent owns it
    stances: frozenset[str] = frozenset()  # `stances`: a passive participle of these with no agent is its subject's stance
    # `assertions`: a demand verb with a content clause says, demands nothing (but a mandative one: "insisted that X return")
    assertions: frozenset[str] = frozenset()
    # `speaker_conj`: a verb of these coordinated with no comma to a content clause's compound or copular verb is the
    # speaker's own second act ("said that its land had been used ... and urged Minsk to stop")
    speaker_conj: frozenset[str] = frozenset()
    # `negating_preps`: a preposition whose gerund is an act not done ("met without settling the dispute": denied)
    negating_preps: frozenset[str] = frozenset()
    # `gap_targets`: acts whose other party, missing, is the one a relative clause's noun names (the relative word
    # their object): "the report, which Minsk refused to cooperate with"
    gap_targets: frozenset[str] = frozenset()
    # `relative_recipients`: acts (`types`) whose missing target is the one a relative clause of giving or promising
    # (`verbs`) on their object names: "disbursed the first tranche of the loan it promised Minsk"
    relative_recipients: dict[str, frozenset[str]] = field(default_factory=dict)
    recipients: frozenset[str] = frozenset()  # verbs whose subject receives the nominal act in their object
    undergone: frozenset[str] = frozenset()  # verbs whose subject undergoes the nominal act in their phrase
    seat_verbs: frozenset[str] = frozenset()  # verbs of verbal acts a seat of power («в Кремле») makes
    accepting: frozenset[str] = frozenset()  # verbs of one party accepting what another proposes: one way, no partner
    accepted_deals: frozenset[str] = frozenset()  # ... unless what is accepted is a deal of both (a loan, a purchase)
    intent_governors: frozenset[str] = frozenset()  # where set, an intention is stated only under these words
    # participles of a vehicle's route on a noun ("a jet flying from Athens to Vilnius"): its places are no party
    route_verbs: frozenset[str] = frozenset()
    # words of a vehicle coming down or turned aside ("forced a plane to land in Minsk"): the place they name is its
    # destination, not where the act is done (`_landing_place`)
    landing_verbs: frozenset[str] = frozenset()
    # a noun that names no actor, with a relative clause or participle of these `verbs` on it: the party its `preps`
    # phrase names ("the men, whom it described as fighters of the Wagner group")
    described_as: dict[str, frozenset[str]] = field(default_factory=dict)
    landing_nouns: frozenset[str] = frozenset()
    # acts that are the event where a word of promise governs them, by part of speech (no accord beside them)
    promised_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    # the words of promise for `promised_acts` (`promise_verbs`; `intent_governors` where absent)
    promise_verbs: frozenset[str] = frozenset()
    promised_sums: frozenset[str] = frozenset()  # ... only where the promised matter names one of these words
    # acts of these types told by a passive participle on a noun with no party in its phrases («Навального,
    # приговорённого к ...»): a background noun phrase with its actor implicit, not coded (convention 4)
    agentless_participles: frozenset[str] = frozenset()
    protest_demands: bool = False  # a demand told by a converb of a protest («вышли на митинги, требуя ...») is its content
    # a protest of unnamed people whose one party is a place is that place's people's; the verbs of protests that
    # grip a city («охватить»): any (non-empty) turns the reading on
    placed_protests: frozenset[str] = frozenset()
    # a nominal act that a copula makes a party's answer or step («Ответом Минска стало закрытие границы»): `verbs`
    # (the copulas), `words` (the predicate nouns), whose genitive or possessor names the act's maker
    answer_predicates: dict[str, frozenset[str]] = field(default_factory=dict)
    # acts whose maker names no other party but accuses one in a clause on the act («закрыла границу, обвинив Минск в
    # провокациях»): aimed at the one accused
    blamed_targets: frozenset[str] = frozenset()
    hoped_acts: frozenset[str] = frozenset()  # words of hoping: an act only hoped for is not coded
    foreign_patients: frozenset[str] = frozenset()  # nouns of people from elsewhere: an act at home on them is X -> none
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
    # words before a `domestic_parties` word that make it a body of states ("the working group", "the contact group")
    state_body_modifiers: frozenset[str] = frozenset()
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
    # `border_nouns`: nouns of a border. A country on whose border a group's place lies is no party acted on ("a rebel
    # camp near the Thai border"); as a visit's destination the country an adjective names there is no host ("delegations
    # arrived at the border"); their "with" phrase names a neighbour, no side of a joint act ("agreed to patrol the border
    # with Belarus")
    border_nouns: frozenset[str] = frozenset()
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
    # `meeting_settings`: an organisation's meeting in a phrase of another act (`preps`: "remarks made at a CSTO
    # summit", «прибыл на заседание ВЕЭС»; or of a margin noun, `margins`: "on the sidelines of the BRICS summit"):
    # the setting of that act, no meeting coded of its own
    meeting_settings: dict[str, frozenset[str]] = field(default_factory=dict)
    # `annexations`: words of annexing land; a party named only as the owner of land annexed in an accord's phrase
    # ("signed treaties annexing four regions of Ukraine") is no party to that accord
    annexations: frozenset[str] = frozenset()
    # `never_self`: acts (`types`) a state never aims at itself (convention 7: its measures), dropped where coded X -> X
    # unless one side is of a sector of its own at home (`sectors`: the opposition's boycott)
    never_self: dict[str, frozenset[str]] = field(default_factory=dict)
    # `light_nouns`: nouns of making an act whose instrumental names the maker of the act in their genitive
    # («введение Литвой запрета»)
    light_nouns: frozenset[str] = frozenset()
    # `negative_subjects`: pronouns whose subject denies its verb's act ("none of the envoys attended": denied)
    negative_subjects: frozenset[str] = frozenset()
    # `exclusive_conj`: a conjunction that joins parties each by itself ("neither Riga nor Tallinn", «ни Рига, ни
    # Таллин»): the two are no joint party of the act, never paired with each other
    exclusive_conj: frozenset[str] = frozenset()
    # `partner_objects`: joint verbs whose direct object is the other side, never what the subjects act on ("Rome
    # and Cairo met the Libyan foreign minister": each subject meets Libya's minister)
    partner_objects: frozenset[str] = frozenset()
    # `stationing`: verbs of basing forces or weapons somewhere: the place's state hosts them, no target (convention
    # 7's untargeted MOBILIZE: "Russia will station missiles in Belarus" is RUS -> none)
    stationing: frozenset[str] = frozenset()
    # `held_released`: {types, verbs}: an agentless passive act of `types` on people a participle of holding (`verbs`)
    # places somewhere: that place's state acts ("soldiers detained in Lithuania were handed over to Minsk": LTU)
    held_released: dict[str, frozenset[str]] = field(default_factory=dict)
    # `drafts`: nouns of a text not adopted: an act a participle on them condemns is its wording, no fact named
    drafts: frozenset[str] = frozenset()
    # `threatened_against`: acts of `types` whose other party, sought in their clause, is first the one a nominal act
    # there is aimed at by a phrase of `preps` ("threatened to seek new EU sanctions against Minsk": Minsk, not the EU)
    threatened_against: dict[str, frozenset[str]] = field(default_factory=dict)
    # `timetable_aux`: a perfect auxiliary that, beside one of the future, tells a timetable, no promise ("troops
    # will have left the country by the end of the month")
    timetable_aux: frozenset[str] = frozenset()
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
    person_titles: frozenset[str] = frozenset()  # ... or to a titled person the dictionary lacks ("former minister Ivan Petrov")
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
    # {types, verbs, phrases, gathers, grounds}: an act's named participants (`_drawn_in`)
    drawn_in: dict[str, frozenset[str]] = field(default_factory=dict)
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
    # ... only a main verb whose object refers back by a pronoun or a definite noun ("condemned the decision"; not
    # "a claim New Delhi disputed", "rejecting Western claims", "Tokyo's concerns"), where a language sets it
    reactions_back_strict: bool = False
    fought_between: frozenset[str] = frozenset()  # nouns of fighting between two parties: each does it to the other
    reaction_words: frozenset[str] = frozenset()  # words of an act referred back to («осудил этот шаг»)
    grounds: dict[str, frozenset[str]] = field(default_factory=dict)  # `grounds`: a hostile deed cited as an act's ground
    reaction_speakers: frozenset[str] = frozenset()  # verbs of a statement, no act, a reaction may answer («назвал Крым ...»)
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
            "protest_demands", "placed_protests", "answer_predicates", "blamed_targets", "hoped_acts", "foreign_patients",
            "absorbed", "absorbed_by", "unrest_verbs", "protested", "clause_target", "intents", "participation", "speech",
            "alleged_acts", "accuse_code", "refers_back", "attribution", "ultimatum", "first_target", "refusal",
            "mutual", "light_phrases", "objective", "datelines", "named_content", "recipients", "drawn", "not_done",
            "informed_sources", "placed_sources", "done_by",
            "addressed", "change_nouns", "patient_nouns", "report_time", "domestic_sectors", "directed_sectors",
            "domestic_parties", "state_body_modifiers", "untargeted", "own_matter", "talks_outcome", "phone", "planned_again", "according",
            "asked_to", "summoned", "object_lookback", "ready_threat", "opinion", "home_acts", "threat_intents",
            "clause_other", "unnamed_groups", "based_in", "group_demands", "state_acts", "state_patients",
            "sentence_pair", "vague_parties", "alleged_words", "condition_target", "conditioned_target",
            "indefinite_personal", "departures", "repeated", "no_date", "absent_spans", "statistics", "warnings", "assertions",
            "verb_adverbs", "border_nouns", "answered", "responded", "reacted", "inverted_conditions", "fronted_subject",
            "negated_verb_patterns", "viewed_forecasts", "condition_not_content", "short_predicates",
            "content_condition_party", "reactions", "reactions_back", "grounds", "imitations", "stative_passives", "offers",
            "stances", "arrivals", "custody", "predicated", "alleged_modifiers", "decision_nouns", "decisions_answered", "relative_makers", "guests", "statements", "reprisals", "fought_between", "two_objects_subject", "alleging", "loose_reports", "refused_codes", "clause_split", "agreed_mutual", "modal_predicates", "relative_owners", "owner_participles",
            "object_acts", "ultimatum_parties", "claim_nouns", "mirrored", "group_patients", "person_titles", "internal_directives",
            "consequences", "restricted_by", "economic_hits", "subject_control", "untargeted_promises",
            "ordered_measures", "small_clauses", "mutual_verbs", "answers", "mediation", "exchanges", "requested_at",
            "among", "factive", "talk_topics", "addressed_talks", "crowd_riots", "schedule_verbs", "own_claims", "considered", "hoped", "undergone",
            "seat_verbs", "accepting", "accepted_deals", "intent_governors", "route_verbs", "described_as", "landing_verbs", "landing_nouns", "failures", "remarks", "accords", "aid_means", "owned_partner",
            "exchanged", "concessive", "told_clauses", "sanction_refs", "joint_makers", "terms_of_acts", "tranches",
            "reprisal_targets", "repression_means", "ultimatum_only", "accord_contents", "ended_accords",
            "adopted_acts", "trips", "visit_adjuncts", "beneficiaries", "reversing_adverbs", "joined_in", "announced_acts", "not_self_beside_other", "negated_conditions", "agreed_aid", "lenders", "attack_results", "topic_subjects", "halted", "abroad_acts", "justified",
            "demanded_conditions", "denied_topics", "drawn_in", "title_case",
            "headline_future", "declined", "nested_talk_topics", "traded_goods", "stay_away_meetings", "meeting_settings", "annexations", "never_self", "light_nouns",
            "negative_subjects", "speaker_conj", "negating_preps", "gap_targets", "relative_recipients", "timetable_aux",
            "exclusive_conj", "partner_objects", "stationing", "threatened_against", "drafts", "held_released")


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
        state_body_modifiers=frozenset(str(w).lower() for w in data.get("state_body_modifiers") or ()),
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
        border_nouns=frozenset(str(x).lower() for x in data.get("border_nouns") or ()),
        answered=frozenset(str(x) for x in data.get("answered") or ()),
        inverted_conditions={str(k).lower(): str(v) for k, v in (data.get("inverted_conditions") or {}).items()},
        exchanges={str(k): frozenset(str(x).lower() if k == "phrases" else str(x) for x in v or ())
                   for k, v in (data.get("exchanges") or {}).items()},
        mediation={str(k): frozenset(_forms(v or (), lang) if k in ("words", "nouns") else (str(v),) if not isinstance(v, list) else (str(x) for x in v))
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
        meeting_settings={"preps": frozenset(str(x).lower() for x in (data.get("meeting_settings") or {}).get("preps") or ()),
                          "margins": frozenset(_forms((data.get("meeting_settings") or {}).get("margins") or (), lang, "noun"))},
        annexations=frozenset(_forms(data.get("annexations") or (), lang) | _forms(data.get("annexations") or (), lang, "noun")),
        never_self={str(k): frozenset(str(x) for x in v or ()) for k, v in (data.get("never_self") or {}).items()},
        light_nouns=frozenset(_forms(data.get("light_nouns") or (), lang, "noun")),
        negative_subjects=frozenset(str(w).lower() for w in data.get("negative_subjects") or ()),
        timetable_aux=frozenset(str(w).lower() for w in data.get("timetable_aux") or ()),
        exclusive_conj=frozenset(str(w).lower() for w in data.get("exclusive_conj") or ()),
        partner_objects=frozenset(_forms(data.get("partner_objects") or (), lang)),
        stationing=frozenset(_forms(data.get("stationing") or (), lang)),
        drafts=frozenset(_forms(data.get("drafts") or (), lang, "noun")),
        held_released={"types": frozenset(str(x) for x in (data.get("held_released") or {}).get("types") or ()),
                       "verbs": frozenset(_forms((data.get("held_released") or {}).get("verbs") or (), lang))},
        threatened_against={str(k): frozenset(str(x) for x in v or ())
                            for k, v in (data.get("threatened_against") or {}).items()},
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
        person_titles=frozenset(_forms(data.get("person_titles") or (), lang, "noun")),
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
                  "phrases": frozenset(str(x).lower() for x in (data.get("drawn_in") or {}).get("phrases") or ()),
                  "gathers": frozenset(_forms((data.get("drawn_in") or {}).get("gathers") or (), lang)),
                  "grounds": frozenset(str(x).lower() for x in (data.get("drawn_in") or {}).get("grounds") or ())}
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
        reactions_back_strict=bool((data.get("reactions_back") or {}).get("strict")),
        reaction_words=frozenset(_forms((data.get("reactions_back") or {}).get("words") or (), lang, "noun")),
        grounds={"verbs": frozenset(_forms((data.get("grounds") or {}).get("verbs") or (), lang)),
                 "nouns": frozenset(_forms((data.get("grounds") or {}).get("nouns") or (), lang, "noun")),
                 "charges": frozenset(_forms((data.get("grounds") or {}).get("charges") or (), lang, "noun"))}
        if data.get("grounds") else {},
        reaction_speakers=frozenset(_forms((data.get("reactions_back") or {}).get("speakers") or (), lang)),
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
        route_verbs=frozenset(_forms(data.get("route_verbs") or (), lang)),
        landing_verbs=frozenset(_forms(data.get("landing_verbs") or (), lang)),
        described_as={"verbs": frozenset(_forms((data.get("described_as") or {}).get("verbs") or (), lang)),
                      "preps": frozenset(str(x) for x in (data.get("described_as") or {}).get("preps") or ())},
        landing_nouns=frozenset(str(w).lower() for w in data.get("landing_nouns") or ()),
        promised_acts={str(k): frozenset(str(x) for x in v) for k, v in (data.get("promised_acts") or {}).items()},
        promise_verbs=frozenset(_forms(data.get("promise_verbs") or data.get("intent_governors") or (), lang)),
        promised_sums=frozenset(_forms(data.get("promised_sums") or (), lang)),
        agentless_participles=frozenset(str(x) for x in data.get("agentless_participles") or ()),
        protest_demands=bool(data.get("protest_demands")),
        placed_protests=frozenset(_forms(data.get("placed_protests") or (), lang)),
        answer_predicates=_verbs_and_words(data.get("answer_predicates"), lang),
        blamed_targets=frozenset(str(x) for x in data.get("blamed_targets") or ()),
        hoped_acts=frozenset(_forms(data.get("hoped_acts") or (), lang)),
        foreign_patients=frozenset(_forms(data.get("foreign_patients") or (), lang, "noun")),
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
        speaker_conj=frozenset(_forms(data.get("speaker_conj") or (), lang)),
        negating_preps=frozenset(str(w).lower() for w in data.get("negating_preps") or ()),
        gap_targets=frozenset(str(w) for w in data.get("gap_targets") or ()),
        relative_recipients={"types": frozenset(str(x) for x in (data.get("relative_recipients") or {}).get("types") or ()),
                             "verbs": frozenset(_forms((data.get("relative_recipients") or {}).get("verbs") or (), lang))},
        stances=frozenset(_forms(data.get("stances") or (), lang)),
        arrivals={"verbs": frozenset(_forms((data.get("arrivals") or {}).get("verbs") or (), lang)),
                  "types": frozenset((data.get("arrivals") or {}).get("types") or ())},
        alleged_modifiers=frozenset(str(w).lower() for w in data.get("alleged_modifiers") or ()),
        decision_nouns=frozenset(str(w).lower() for w in data.get("decision_nouns") or ()),
        decisions_answered=frozenset(str(w).lower() for w in data.get("decisions_answered") or ()),
        relative_makers=frozenset(_forms(data.get("relative_makers") or (), lang)),
        relative_owners=frozenset(_forms(data.get("relative_owners") or (), lang)),
        owner_participles=frozenset(_forms(data.get("owner_participles") or (), lang)),
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
        no_date={k: frozenset(_forms(v or (), lang, "noun" if k == "nouns" else "verb") if k not in ("preps", "of", "open", "yet")
                              else (str(w).lower() for w in v or ()))
                 for k, v in (data.get("no_date") or {}).items()},
        absent_spans={k: frozenset(str(w).lower() for w in v or ()) for k, v in (data.get("absent_spans") or {}).items()},
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
