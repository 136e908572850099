"""The learned coder: the tree coder's rules and a fine-tuned encoder, together.

For each sentence that can hold an event, the tree coder codes it (patterns over the parse:
roles, status, dates, the conventions), and the encoder reads it once: for every ordered pair
of the actors it mentions (and each actor with no target) the model gives the probability of
each PLOVER type and a status (learned/pairs.py). The rules' events are kept, each with the
model's confidence in it (at least the rules' precision measured on held-out text); a pair and
type the rules did not code is added where the model's probability reaches the language's
threshold: its status is the model's, its date the report's when it occurred (convention 9),
its trigger the lexicon's word of that type nearest the source, if the sentence has one.

`DYADWATCH_CODER=model` keeps only the model's events, those it finds more likely than not
(for the ablation in the README). A
language without a model folder (Russian and Belarusian today) is coded by the tree alone.
The model ships in learned/model/<lang>/ (int8 ONNX, run by onnxruntime; no torch), trained
by `dyadwatch learn coder` (learned/train_encoder.py).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from dyadwatch.learned.encoder import EncodedSentence, Encoder
from dyadwatch.learned.mentions import ActorSpans, actor_spans
from dyadwatch.learned.pairs import PairModel
from dyadwatch.model import Event

MODEL_DIR = Path(__file__).parent / "model"
MODEL_ENV = "DYADWATCH_LEARNED_MODEL"  # another model folder (`dyadwatch learn coder -o`)
ALONE = 0.5  # the model alone (DYADWATCH_CODER=model) keeps what it finds more likely than not


@cache
def _models(folder: str) -> tuple[Encoder, PairModel] | None:
    """One encoder session per model folder and process (about 60 MB resident)."""
    d = Path(folder)
    if not (d / "pairs.json").is_file():
        return None
    pairs = PairModel(d)
    return Encoder(d), pairs


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

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        # what else callers read of a coder (lexicon, actors, counters, reading) is the tree coder's
        return getattr(self.__dict__["tree"], name)

    def prepare(self, texts: Sequence[str]) -> None:
        """Parse and encode, each in one batch, the sentences that can hold an event."""
        prepare = getattr(self.tree, "prepare", None)
        if prepare is not None:
            prepare(texts)
        if self.models is not None:
            todo = list(dict.fromkeys(t for t in texts if t not in self._encoded and self._readable(t)))
            for t, e in zip(todo, self.models[0].encode(todo), strict=True):
                self._encoded[t] = e

    def _readable(self, text: str) -> bool:
        candidate = getattr(self.tree, "candidate", None)
        return candidate is None or bool(candidate(text))

    def code_sentence(self, text: str, state) -> list[Event]:  # type: ignore[no-untyped-def]
        if self.models is None:
            return self.tree.code_sentence(text, state)
        before = copy.deepcopy(state)
        events = self.tree.code_sentence(text, state)
        if not self._readable(text):
            return [] if self.model_only else events
        encoder, model = self.models
        encoded = self._encoded.pop(text, None) or encoder.encode([text])[0]
        actors = actor_spans(text, before, self.tree)
        decisions = model.decide(encoded, actors.spans, actors.codes)
        prob = {(d.source, d.target, t): float(d.types[k])
                for d in decisions for k, t in enumerate(model.types)}
        out: list[Event] = []
        if not self.model_only:
            for e in events:
                e.confidence = round(max(model.tree_precision, prob.get((e.source, e.target, e.type), 0.0)), 3)
                out.append(e)
        coded = {(e.source, e.target, e.type) for e in out}
        # where the rules coded an act of a type, they read its parties from the parse; the
        # model, which reads pairs, would spread that act to every other actor of the sentence
        ruled = {e.type for e in out}
        # beside the rules, the threshold chosen on held-out text (1.0: the model adds nothing);
        # alone, the model's own odds
        threshold = ALONE if self.model_only else model.threshold
        for d in decisions:
            if threshold >= 1.0:
                break
            for k, t in enumerate(model.types):
                p = float(d.types[k])
                if p < threshold or t in ruled or (d.source, d.target, t) in coded:
                    continue
                if d.target is None and any(e.source == d.source and e.type == t for e in out):
                    continue
                out.append(self._added(text, before, actors, d.source, d.target, t, d.status, p))
                coded.add((d.source, d.target, t))
        # a source's act with no target says less than the same act with one: keep the latter
        targeted = {(e.source, e.type) for e in out if e.target is not None}
        out = [e for e in out if e.target is not None or (e.source, e.type) not in targeted]
        return sorted(out, key=lambda e: (e.start, e.end))

    def _added(self, text: str, state, actors: ActorSpans, source: str, target: str | None,  # type: ignore[no-untyped-def]
               plover_type: str, status: str, p: float) -> Event:
        """An event the model reads and the rules did not code."""
        from dyadwatch.nlp.actors import tokenize

        cameo, goldstein, quad = default_cameo(plover_type)
        trigger, start, end = None, 0, 0
        toks = tokenize(text)
        lower = [t[0].lower() for t in toks]
        if self.tree.lex.normalise is not None:
            lower = [w.lower() for w in self.tree.lex.normalise([t[0] for t in toks])]
        at = actors.spans[source][0][0]
        found = [t for t in self.tree.triggers(lower) if t.phrase.pattern.type == plover_type]
        if found:
            t = min(found, key=lambda t: (abs(toks[t.start][1] - at), t.start))
            pat = t.phrase.pattern
            start, end = toks[t.start][1], toks[t.end - 1][2]
            trigger = text[start:end]
            cameo, goldstein, quad = pat.cameo, pat.goldstein, pat.quad
        date, granularity = self._date(text, state, status)
        return Event(source=source, target=target, type=plover_type, cameo=cameo, status=status,
                     source_sector=actors.sectors.get(source), source_text=actors.texts.get(source),
                     target_text=actors.texts.get(target) if target else None,
                     target_sector=actors.sectors.get(target) if target else None,
                     mode="learned", goldstein=goldstein, quad=quad, date=date, date_granularity=granularity,
                     trigger=trigger, start=start, end=end, confidence=round(p, 3))

    def _date(self, text: str, state, status: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
        """An added event's date: the sentence's one date where it names exactly one (not after
        the report for an act that occurred), else the report's date for an act that occurred
        (convention 9), else none."""
        from dyadwatch.nlp.dates import find_dates

        try:
            found = find_dates(text, state.pub_date, getattr(self.tree, "date_lang", self.lang), anchor=state.date)
        except Exception:  # an unreadable date is no date, as the tree coder reads it
            found = []
        pub = state.pub_date
        if len(found) == 1 and not (status == "occurred" and pub and found[0].value[:len(pub)] > pub):
            return found[0].value, found[0].granularity
        if status == "occurred" and pub:
            return pub, {10: "day", 7: "month", 4: "year"}.get(len(pub))
        return None, None
