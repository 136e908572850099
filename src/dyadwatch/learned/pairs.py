"""The learned coder's model: for each ordered pair of actors of a sentence, which acts it states.

A sentence is encoded once (learned/encoder.py). For every ordered pair (source, target) of the
actors it mentions, and each actor with no target, the input is the sentence's mean state, the
two actors' pooled states and their product; one hidden layer (tanh GELU) gives the probability
of each PLOVER type (independent sigmoids: a sentence may state several acts of one pair) and a
status (softmax). Plain numpy: the weights in `pairs.npz` are the heads trained with the encoder
(learned/train_encoder.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from dyadwatch.learned.encoder import EncodedSentence

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("occurred", "planned", "forecast", "denied", "hypothetical")
MAX_CODES = 6  # actors of a sentence read as parties (its first six): 36 pairs at most
HIDDEN = 256


def pairs_of(codes: list[str]) -> list[tuple[str, str | None]]:
    """Every ordered pair of distinct actors, and each actor with no target."""
    return [(a, b) for a in codes for b in [*codes, None] if a != b]


def between(source: list[tuple[int, int]], target: list[tuple[int, int]] | None,
            length: int) -> list[tuple[int, int]]:
    """The characters that say what a pair does: between the nearest mentions of the two
    ("Poland *expelled two* Belarusian diplomats"), or after the source's first mention where
    there is no target ("Russia *mobilised its reserves*"); none where the mentions touch."""
    if target is None:
        return [(source[0][1], length)] if source and source[0][1] < length else []
    gaps = [(a_end, b_start) if a_end <= b_start else (b_end, a_start)
            for a_start, a_end in source for b_start, b_end in target
            if a_end <= b_start or b_end <= a_start]
    if not gaps:
        return []
    return [min(gaps, key=lambda g: (g[1] - g[0], g[0]))]


@dataclass
class PairDecision:
    source: str
    target: str | None
    types: np.ndarray  # probability of each of TYPES
    status: str  # the most likely status, should the pair state an act


@cache
def _blas() -> ThreadpoolController:
    """The process's BLAS libraries, found once: `threadpool_limits` would scan the loaded
    libraries again at every call (a third of the learned coder's time)."""
    return ThreadpoolController()


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x ** 3)))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class PairModel:
    def __init__(self, folder: Path) -> None:
        meta = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))
        self.encoder: str = meta.get("encoder", "minilm")  # or "navec-bigru" (learned/navec_encoder.py)
        self.types: list[str] = meta["types"]
        self.statuses: list[str] = meta["statuses"]
        self.threshold = float(meta["threshold"])
        self.tree_precision = float(meta.get("tree_precision", 0.9))
        self.max_codes = int(meta.get("max_codes", MAX_CODES))
        # "between": a pair's input also holds the mean state of the words between its mentions
        self.context: str | None = meta.get("context")
        with np.load(folder / "pairs.npz") as z:
            self.null = z["null"]
            self.w1, self.b1 = z["hidden_weight"].T.copy(), z["hidden_bias"]
            self.wt, self.bt = z["types_weight"].T.copy(), z["types_bias"]
            self.ws, self.bs = z["status_weight"].T.copy(), z["status_bias"]
            # the sentence's CAMEO class (pentacode-train's five), where the model was trained with it
            self.sentence_head = ((z["sentence_weight"].copy(), z["sentence_bias"].copy())
                                  if "sentence_weight" in z.files else None)
        # how much likelier than the class of the rules' first event the sentence head must find
        # its own class to arbitrate (absent: never)
        self.sentence_margin: float | None = meta.get("sentence_margin")

    def sentence_classes(self, sentence: EncodedSentence) -> np.ndarray | None:
        """The probability of each CAMEO class of the sentence (0 statement ... 4 material
        conflict); None where the model has no sentence head."""
        if self.sentence_head is None:
            return None
        w, b = self.sentence_head
        with _blas().limit(limits=1, user_api="blas"):
            logits = w @ sentence.mean() + b
        p = np.exp(logits - logits.max())
        return p / p.sum()

    def decide(self, sentence: EncodedSentence, spans: dict[str, list[tuple[int, int]]],
               codes: list[str]) -> list[PairDecision]:
        codes = codes[: self.max_codes]
        if not codes:
            return []
        pooled = {c: sentence.pool(spans[c]) for c in codes}
        pairs = pairs_of(codes)
        mean = sentence.mean()
        length = sentence.length() if self.context == "between" else 0
        if self.context != "between" and all(v.dtype == self.null.dtype for v in (mean, *pooled.values())):
            # the rows below built at once: the same numbers (one element-wise product per pair), a tenth of the time
            sources = np.stack([pooled[c] for c in codes])
            others = np.concatenate([sources, self.null[None, :]])
            at = {c: k for k, c in enumerate(codes)}
            va = sources[[at[a] for a, _b in pairs]]
            vb = others[[at[b] if b is not None else len(codes) for _a, b in pairs]]
            x = np.concatenate([np.broadcast_to(mean, va.shape), va, vb, va * vb], axis=1)
        else:
            rows = []
            for a, b in pairs:
                vb = pooled[b] if b is not None else self.null
                row = [mean, pooled[a], vb, pooled[a] * vb]
                if self.context == "between":
                    row.append(sentence.pool(between(spans[a], spans[b] if b is not None else None, length)))
                rows.append(np.concatenate(row))
            x = np.stack(rows)
        # one BLAS thread: a second one only spins on matrices this small, at the cost of the
        # core that parses
        with _blas().limit(limits=1, user_api="blas"):
            h = _gelu(x @ self.w1 + self.b1)
            types = _sigmoid(h @ self.wt + self.bt)
            status = np.argmax(h @ self.ws + self.bs, axis=1)
        return [PairDecision(a, b, types[i], self.statuses[int(status[i])])
                for i, (a, b) in enumerate(pairs)]
