"""The learned coder (the default): the tree coder's rules and a trained encoder, together.

For each sentence that can hold an event, the tree coder codes it (patterns over the parse:
roles, status, dates, the conventions), and the encoder reads it once: for every ordered pair
of the actors it mentions (and each actor with no target) the model gives the probability of
each PLOVER type and a status (learned/pairs.py). The rules' events are kept, each with the
model's confidence in it (at least the rules' precision measured on held-out text); a pair and
type the rules did not code is added where the model's probability reaches the language's
threshold: its status is the model's, its date the report's when it occurred (convention 9),
its trigger the lexicon's word of that type nearest the source, if the sentence has one.

Asked for events whose parties may be unknown (`allow_unknown`: a sentence's CAMEO class, as
pentacode is scored), the encoder reads every sentence and its sentence head, trained on
pentacode-train, arbitrates the class of the sentence's events where it finds its own class
`sentence_margin` likelier than the class of the rules' first event (learned/arbiter.py).

`DYADWATCH_CODER=model` keeps only the model's events, those it finds more likely than not
(for the ablation in the README). A language without a model folder is coded by the tree alone.
The models ship in learned/model/<lang>/ (run by onnxruntime; no torch), trained by
`dyadwatch learn coder` (learned/train_encoder.py): English a fine-tuned MiniLM (int8),
Russian natasha's navec vectors under a small BiGRU (learned/navec_encoder.py; `encoder` in
pairs.json). Belarusian is read by the Russian model, respelt as the Russian parser reads it.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from dyadwatch.coder.cameo import restate_intent
from dyadwatch.coder.tree import undated_date
from dyadwatch.learned.arbiter import arbitrate_by_margin
from dyadwatch.learned.encoder import EncodedSentence, Encoder
from dyadwatch.learned.mentions import ActorSpans, actor_spans
from dyadwatch.learned.navec_encoder import NavecEncoder
from dyadwatch.learned.pairs import PairDecision, PairModel
from dyadwatch.model import Event

MODEL_DIR = Path(__file__).parent / "model"
MODEL_ENV = "DYADWATCH_LEARNED_MODEL"  # another model folder (`dyadwatch learn coder -o`)
ALONE = 0.5  # the model alone (DYADWATCH_CODER=model) keeps what it finds more likely than not


@cache
def _models(folder: str) -> tuple[Encoder | NavecEncoder, PairModel] | None:
    """One encoder session per model folder and process (MiniLM about 60 MB resident; the
    Russian BiGRU a few MB beside the navec vectors the Russian parser loads anyway)."""
    d = Path(folder)
    if not (d / "pairs.json").is_file():
        return None
    pairs = PairModel(d)
    if pairs.encoder == "navec-bigru":
        return NavecEncoder(d), pairs
    return Encoder(d), pairs


def _frozen(x: object) -> bool:
    """None, a string, a number, or a tuple of them: what a copy may share."""
    return x is None or isinstance(x, str | int | float) or (type(x) is tuple and all(_frozen(y) for y in x))


def _snapshot(state):  # type: ignore[no-untyped-def]
    """A copy of the document state as `copy.deepcopy` makes it, in a fraction of its time: fields of
    strings and tuples are shared, sets of tuples copied (any other field deep-copied)."""
    out = copy.copy(state)
    for k, v in vars(state).items():
        if _frozen(v):
            continue
        if type(v) is set and all(_frozen(x) for x in v):
            setattr(out, k, set(v))
        else:
            setattr(out, k, copy.deepcopy(v))
    return out


@cache
def default_cameo(plover_type: str) -> tuple[str, float | None, int]:
    """The CAMEO code, Goldstein score and quad class of a type's most general code (the
    shortest, then lowest code of cameo.tsv that maps to it): for an added event without a
    lexicon trigger."""
    from dyadwatch.coder.cameo import quad_class, table

    codes = sorted((c for c, info in table().items() if info.plover_type == plover_type),
                   key=lambda c: (len(c), c))
    code = codes[0]
    return code, table()[code].goldstein, quad_class(code)


class LearnedCoder:
    """Codes one language: the tree coder's events, and the encoder's confidence and additions."""

    def __init__(self, lang: str, dictionary_dirs: tuple[Path, ...] = (), allow_unknown: bool = False,
                 model_dir: Path | None = None, model_only: bool = False):
        from dyadwatch.coder.lexicon import _module
        from dyadwatch.coder.run import _make_coder

        self.lang = lang
        self.model_lang = getattr(_module(lang), "TREE_LANG", lang)  # Belarusian: the Russian model
        if model_dir is None and os.environ.get(MODEL_ENV):
            model_dir = Path(os.environ[MODEL_ENV])
        self.models = _models(str((model_dir or MODEL_DIR) / self.model_lang))
        self.model_only = model_only
        self.tree = _make_coder(lang, dictionary_dirs, allow_unknown, kind="tree")
        self._encoded: dict[str, EncodedSentence] = {}
        # asked for events whose parties may be unknown (a sentence's class, as pentacode scores
        # it), the model's sentence head arbitrates the class of the sentence's events
        pairs = self.models[1] if self.models is not None else None
        self.arbitrates = bool(allow_unknown and pairs is not None and pairs.sentence_head is not None
                               and pairs.sentence_margin is not None)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        # what else callers read of a coder (lexicon, actors, counters, reading) is the tree coder's
        return getattr(self.__dict__["tree"], name)

    def prepare(self, texts: Sequence[str]) -> None:
        """Parse and encode, each in one pass, the sentences that can hold an event."""
        prepare = getattr(self.tree, "prepare", None)
        able = prepare(texts) if prepare is not None else []
        if self.models is not None:
            # the sentence head reads every sentence; the pair heads only those that can hold an event
            todo = list(dict.fromkeys(t for t in (texts if self.arbitrates else able) if t not in self._encoded))
            for t, e in zip(todo, self._encode(todo), strict=True):
                self._encoded[t] = e

    def _encode(self, texts: list[str]) -> list[EncodedSentence]:
        """The encoder reads what the parser reads: Belarusian respelt letter for letter as
        Russian (`parse_spelling`: the same offsets), so navec knows its words."""
        assert self.models is not None
        spelling = getattr(self.tree, "spelling", None)
        return self.models[0].encode([spelling(t) for t in texts] if spelling is not None else texts)

    def code_sentence(self, text: str, state) -> list[Event]:  # type: ignore[no-untyped-def]
        if not self.arbitrates:
            return self._code(text, state)
        assert self.models is not None
        encoded = self._encoded.get(text)
        if encoded is None:
            encoded = self._encoded[text] = self._encode([text])[0]
        model = self.models[1]
        classes = model.sentence_classes(encoded)
        assert classes is not None and model.sentence_margin is not None
        return arbitrate_by_margin(self._code(text, state), classes, model.sentence_margin)

    def _code(self, text: str, state) -> list[Event]:  # type: ignore[no-untyped-def]
        encoded = self._encoded.pop(text, None)
        if self.models is None or (encoded is None and not self.tree.can_hold_event(text)):
            events = self.tree.code_sentence(text, state)
            return [] if self.models is not None and self.model_only else events
        model = self.models[1]
        before = _snapshot(state)  # the mentions as the tree coder read them, before it coded
        events = self.tree.code_sentence(text, state)
        if encoded is None:  # not prepared (`code_text`)
            encoded = self._encode([text])[0]
        actors = actor_spans(text, before, self.tree)
        decisions = model.decide(encoded, actors.spans, actors.codes)
        out: list[Event] = []
        if not self.model_only:
            # (each event's pair and type looked up: not every pair's every type)
            by_pair = {(d.source, d.target): d for d in decisions}
            kinds = {t: k for k, t in enumerate(model.types)}
            for e in events:
                d, k = by_pair.get((e.source, e.target)), kinds.get(e.type)
                p = float(d.types[k]) if d is not None and k is not None else 0.0
                e.confidence = round(max(model.tree_precision, p), 3)
                out.append(e)
        # beside the rules, the threshold chosen on held-out text (1.0: the model adds nothing);
        # alone, the model's own odds
        threshold = ALONE if self.model_only else model.threshold
        if threshold < 1.0:
            out += self._additions(text, before, actors, decisions, out, model.types, threshold)
        # a source's act with no target says less than the same act with one: keep the latter
        targeted = {(e.source, e.type) for e in out if e.target is not None}
        out = [e for e in out if e.target is not None or (e.source, e.type) not in targeted]
        return sorted(out, key=lambda e: (e.start, e.end))

    def _additions(self, text: str, state, actors: ActorSpans, decisions: list[PairDecision],  # type: ignore[no-untyped-def]
                   ruled_events: list[Event], types: list[str], threshold: float) -> list[Event]:
        """The events the model reads at or above `threshold` that the rules did not code.
        Where the rules coded an act of a type, they read its parties from the parse; the model,
        which reads pairs, would spread that act to every other actor of the sentence."""
        ruled = {e.type for e in ruled_events}
        coded = {(e.source, e.target, e.type) for e in ruled_events}
        out: list[Event] = []
        triggers = None  # the sentence's lexicon triggers, read once if anything is added
        for d in decisions:
            for k, t in enumerate(types):
                p = float(d.types[k])
                if p < threshold or t in ruled or (d.source, d.target, t) in coded:
                    continue
                if d.target is None and any(e.source == d.source and e.type == t for e in out):
                    continue
                if triggers is None:
                    toks, _words, lower = self.tree.tokens(text)
                    triggers = (toks, self.tree.triggers(lower))
                out.append(self._added(text, state, actors, triggers, d.source, d.target, t, d.status, p))
                coded.add((d.source, d.target, t))
        return out

    def _added(self, text: str, state, actors: ActorSpans, triggers, source: str, target: str | None,  # type: ignore[no-untyped-def]
               plover_type: str, status: str, p: float) -> Event:
        """An event the model reads and the rules did not code: its trigger is the lexicon's word
        of its type nearest the source, else its type's most general CAMEO code."""
        cameo, goldstein, quad = default_cameo(plover_type)
        trigger, start, end = None, 0, 0
        toks, trigs = triggers
        at = actors.spans[source][0][0]
        found = [t for t in trigs if t.phrase.pattern.type == plover_type]
        if found:
            t = min(found, key=lambda t: (abs(toks[t.start][1] - at), t.start))
            pat = t.phrase.pattern
            start, end = toks[t.start][1], toks[t.end - 1][2]
            trigger = text[start:end]
            cameo, goldstein, quad = pat.cameo, pat.goldstein, pat.quad
        date, granularity = self._date(text, state, status, (source, target))
        added = Event(source=source, target=target, type=plover_type, cameo=cameo, status=status,
                     source_sector=actors.sectors.get(source), source_text=actors.texts.get(source),
                     target_text=actors.texts.get(target) if target else None,
                     target_sector=actors.sectors.get(target) if target else None,
                     mode="learned", goldstein=goldstein, quad=quad, date=date, date_granularity=granularity,
                     trigger=trigger, start=start, end=end, confidence=round(p, 3))
        restate_intent(added)  # a material act stated to come is coded as its intent, as the rules code it
        return added

    def _date(self, text: str, state, status: str,  # type: ignore[no-untyped-def]
              pair: tuple[str, str | None]) -> tuple[str | None, str | None]:
        """An added event's date: the sentence's one date where it names exactly one (not after
        the report for an act that occurred), else the date the rules give an act whose clause names
        no time (the document's talks or time in context, else the report's date for an act that
        occurred: convention 9)."""
        from dyadwatch.nlp.dates import find_dates

        try:
            found = find_dates(text, state.pub_date, getattr(self.tree, "date_lang", self.lang), anchor=state.date)
        except Exception:  # an unreadable date is no date, as the tree coder reads it
            found = []
        pub = state.pub_date
        if len(found) == 1 and not (status == "occurred" and pub and found[0].value[:len(pub)] > pub):
            return found[0].value, found[0].granularity
        return undated_date(state, status, pair)  # (as the rules date an act of no time of its own)
