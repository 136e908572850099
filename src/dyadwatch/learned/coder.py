"""The learned coder (DYADWATCH_CODER=learned): the tree coder proposes, a trained model decides.

For each sentence the tree coder codes it; every distinct (source, target, type) it proposes
is a candidate, with lexical candidates where it proposes nothing and other targets for a
self-targeted or untargeted event, where training chose them (learned/candidates.py). A logistic
model over hashed features of the candidate (learned/features.py; what proposed it, its
status, mode and trigger, the words around the trigger) gives the probability
that it is an event of the text; candidates at or above the language's threshold are kept,
with that probability as their confidence. Status, date and roles stay the tree's: rules
keep the conventions, symmetric acts and dates.

The model is a weight vector per language shipped in learned/model/<lang>/ (numpy only, no
torch at run time), trained by `dyadwatch learn coder` (learned/train_coder.py).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dyadwatch.learned.candidates import propose
from dyadwatch.learned.features import candidate_features
from dyadwatch.model import Event

MODEL_DIR = Path(__file__).parent / "model"
MODEL_ENV = "DYADWATCH_LEARNED_MODEL"  # another model folder (`dyadwatch learn coder -o`)


@dataclass
class DecisionModel:
    weight: np.ndarray  # dense, `dim` long
    bias: float
    threshold: float
    bag_weight: float
    lexical: bool  # whether the lexical candidates are proposed (training chose by cross-validation)
    repair: bool = False  # whether self-targeted and untargeted events propose other targets (likewise)

    @classmethod
    def load(cls, folder: Path) -> DecisionModel:
        meta = json.loads((folder / "decide.json").read_text(encoding="utf-8"))
        with np.load(folder / "decide.npz") as z:
            w = np.zeros(int(meta["dim"]), dtype=np.float32)
            w[z["index"]] = z["weight"]
        return cls(w, float(meta["bias"]), float(meta["threshold"]), float(meta.get("bag_weight", 0.0)),
                   bool(meta.get("lexical", False)), bool(meta.get("repair", False)))

    def probability(self, feats: dict[int, float]) -> float:
        z = self.bias + float(sum(self.weight[k] * v for k, v in feats.items()))
        return 1.0 / (1.0 + float(np.exp(-z)))


@dataclass
class StatusModel:
    classes: list[str]
    index: np.ndarray  # the features it weighs
    weight: np.ndarray  # classes x len(index)
    bias: np.ndarray
    pos: dict[int, int]  # feature -> column of `weight`

    @classmethod
    def load(cls, folder: Path) -> StatusModel | None:
        if not (folder / "status.json").is_file():
            return None
        meta = json.loads((folder / "status.json").read_text(encoding="utf-8"))
        with np.load(folder / "status.npz") as z:
            index = z["index"]
            return cls(list(meta["classes"]), index, z["weight"].astype(np.float32), z["bias"],
                       {int(k): i for i, k in enumerate(index)})

    def status(self, feats: dict[int, float]) -> str:
        z = self.bias.copy()
        for k, v in feats.items():
            i = self.pos.get(k)
            if i is not None:
                z += self.weight[:, i] * v
        return self.classes[int(np.argmax(z))]


def model_for(lang: str, folder: Path | None = None) -> DecisionModel | None:
    d = (folder or MODEL_DIR) / lang
    return DecisionModel.load(d) if (d / "decide.json").is_file() else None


class LearnedCoder:
    """Codes one language: the tree coder proposes, the language's model decides."""

    def __init__(self, lang: str, dictionary_dirs: tuple[Path, ...] = (), allow_unknown: bool = False,
                 model_dir: Path | None = None):
        from dyadwatch.coder.lexicon import _module
        from dyadwatch.coder.run import _make_coder
        from dyadwatch.coder.tree import TreeCoder

        self.lang = lang
        self.model_lang = getattr(_module(lang), "TREE_LANG", lang)  # Belarusian: the Russian model
        if model_dir is None and os.environ.get(MODEL_ENV):
            model_dir = Path(os.environ[MODEL_ENV])
        self.model = model_for(self.model_lang, model_dir)
        self.status_model = StatusModel.load((model_dir or MODEL_DIR) / self.model_lang)
        tree = _make_coder(lang, dictionary_dirs, allow_unknown, kind="tree")
        assert isinstance(tree, TreeCoder)
        self.tree = tree

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        # what else callers read of a coder (lexicon, actors, counters) is the tree coder's
        return getattr(self.__dict__["tree"], name)

    @property
    def seen(self) -> int:  # sentences the tree coder saw and parsed (the bench's parsed_share)
        return self.tree.seen

    @property
    def parsed(self) -> int:
        return self.tree.parsed

    def prepare(self, texts: Sequence[str]) -> None:
        self.tree.prepare(texts)

    def code_sentence(self, text: str, state) -> list[Event]:  # type: ignore[no-untyped-def]
        cands = propose(text, state, self.tree,
                        lexical=self.model is not None and self.model.lexical,
                        repair=self.model is not None and self.model.repair)
        if not cands:
            return []
        if self.model is None:  # no model for this language: every candidate of the tree
            return sorted((c.event for c in cands), key=lambda e: (e.start, e.end))
        feats = candidate_features(text, cands, self.model_lang, self.model.bag_weight)
        out = []
        for c, f in zip(cands, feats, strict=True):
            p = self.model.probability(f)
            if p >= self.model.threshold:
                ev = c.event
                ev.confidence = round(p, 3)
                if c.tree is None and "repair" not in c.extra \
                        and self.status_model is not None:
                    # a lexical candidate: the model's status; only an occurred one takes the
                    # report's date (conventions 9), others a date only where the text names one
                    ev.status = self.status_model.status(f)
                    if ev.status != "occurred":
                        ev.date = ev.date_granularity = None
                out.append(ev)
        # a source's act with no target says less than the same act with one: keep the latter
        targeted = {(e.source, e.type) for e in out if e.target is not None}
        out = [e for e in out if e.target is not None or (e.source, e.type) not in targeted]
        return sorted(out, key=lambda e: (e.start, e.end))
