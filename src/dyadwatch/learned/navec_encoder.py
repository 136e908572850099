"""The Russian sentence encoder at run time: natasha's navec vectors under a small BiGRU, no torch.

MiniLM's vocabulary is English; navec (250,000 Russian news words, in the `natasha` package
the Russian parser already loads) reads Russian offline. A word's navec vector is the same
wherever it stands, so a bidirectional GRU trained by the project (learned/train_encoder.py,
exported to ONNX, float32, about 1 MB) makes each token's state depend on its sentence. Tokens
are razdel's, with their character offsets, so the heads (learned/pairs.py) pool them as they
pool MiniLM's word pieces. `features` is the one reading of a sentence for training and run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from dyadwatch.learned.encoder import EncodedSentence, cpu_session

N_FEATURES = 5  # capitalised, all capitals, digits, no letter or digit, not in navec
MAX_TOKENS = 160  # a longer sentence is cut (the pooled mentions past it are zeros)


@cache
def _table() -> tuple[dict[str, int], int, np.ndarray, np.ndarray]:
    """navec's word ids, its <unk>, and its product quantisation (codes per word, centroids)."""
    from dyadwatch.nlp.lang.ru.syntax import navec

    n = navec()
    return n.vocab.word_ids, n.vocab.unk_id, n.pq.indexes, n.pq.codes


def _word_id(word: str, ids: dict[str, int], unk: int) -> int:
    w = word.lower()
    got = ids.get(w)
    if got is None and "ё" in w:
        got = ids.get(w.replace("ё", "е"))
    return unk if got is None else got


def features(text: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Each razdel token's navec vector (lower-cased; <unk> where navec lacks it) and a few
    features navec's lower case loses, tokens x (300 + N_FEATURES), with character offsets."""
    from dyadwatch.nlp.lang.ru.syntax import words

    ids, unk, indexes, codes = _table()
    toks = words(text)[:MAX_TOKENS]
    offsets = [(t.start, t.stop) for t in toks]
    if not toks:
        return np.zeros((0, codes.shape[0] * codes.shape[2] + N_FEATURES), dtype=np.float32), offsets
    word_ids = np.array([_word_id(t.text, ids, unk) for t in toks])
    # a word's vector: one centroid per sub-space of the quantisation
    vec = codes[np.arange(codes.shape[0]), indexes[word_ids]].reshape(len(toks), -1)
    feat = np.array([[w[:1].isupper(), len(w) > 1 and w.isupper(), any(c.isdigit() for c in w),
                      not any(c.isalnum() for c in w), i == unk]
                     for w, i in zip((t.text for t in toks), word_ids, strict=True)], dtype=np.float32)
    return np.concatenate([vec.astype(np.float32), feat], axis=1), offsets


class NavecEncoder:
    """The same interface as learned/encoder.py's `Encoder`: token states and offsets."""

    def __init__(self, folder: Path, threads: int = 1) -> None:
        self.session = cpu_session(folder / "encoder.onnx", threads)

    def encode(self, texts: Sequence[str], batch_size: int = 1) -> list[EncodedSentence]:
        """One sentence per run (a BiGRU reads no padding, and a GRU over 30 tokens is cheap)."""
        out = []
        for text in texts:
            x, offsets = features(text)
            if not offsets:
                out.append(EncodedSentence(np.zeros((1, self._width()), dtype=np.float32), [(0, 0)]))
                continue
            states = self.session.run(None, {"vectors": x[None]})[0][0]
            out.append(EncodedSentence(states.astype(np.float32), offsets))
        return out

    def _width(self) -> int:
        return int(self.session.get_outputs()[0].shape[-1])
