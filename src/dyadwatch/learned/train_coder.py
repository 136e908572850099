"""Train the learned coder's decision model (`dyadwatch learn coder`).

Data: gold-schema files (real-train, seeds-gold, plover-gsr, the synthetic sets). Each item is
coded by the rule coder and the tree coder; every candidate they propose is labelled by the
gold events of its item (an event when a gold event has its source, type and target, the
target not compared where the gold one is null, as the scorer does). A logistic regression
over hashed features (learned/features.py) is fitted per language, and its threshold chosen
by cross-validation on the training items — never on real-dev, pentacode-test or the sealed
sets. Deterministic: fixed folds and seeds, one solver, the same weights on every run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dyadwatch.coder.engine import DocState, split_text
from dyadwatch.evaluation.gold import GoldItem, read_gold
from dyadwatch.evaluation.score import _doc_key
from dyadwatch.learned.candidates import Candidate, propose
from dyadwatch.learned.features import DIM, candidate_features


@dataclass
class Row:
    item: int  # index into the items
    group: str  # items of one document stay in one fold
    text: str  # the sentence
    cands: list[Candidate]
    feats: list[dict[int, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)


def gold_match(c: Candidate, gold: Sequence[dict]) -> bool:
    return any(g["source"] == c.source and g["type"] == c.type
               and (g.get("target") is None or g.get("target") == c.target) for g in gold)


def candidate_rows(items: Sequence[GoldItem], lang: str, rule, tree,  # type: ignore[no-untyped-def]
                   bag_weight: float = 0.0) -> list[Row]:
    """Code each item with both coders (as `code_text` does: one state a dated document)."""
    rows: list[Row] = []
    state: DocState | None = None
    prev = None
    for i, it in enumerate(items):
        key = _doc_key(it)
        if key is None or key != prev:
            state = DocState(pub_date=it.pub_date)
        prev = key
        assert state is not None
        state.pub_date = it.pub_date
        state.coded = set()
        for _off, s in split_text(it.text, lang):
            cands = propose(s, state, rule, tree)
            if cands:
                row = Row(i, key or it.id, s, cands)
                row.feats = candidate_features(s, cands, lang, bag_weight)
                row.labels = [int(gold_match(c, it.events)) for c in cands]
                rows.append(row)
    return rows


def matrix(rows: Sequence[Row]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    data, ind, ptr, y = [], [], [0], []
    for r in rows:
        for f, lab in zip(r.feats, r.labels, strict=True):
            for k in sorted(f):
                ind.append(k)
                data.append(f[k])
            ptr.append(len(ind))
            y.append(lab)
    return csr_matrix((np.array(data), np.array(ind), np.array(ptr)), shape=(len(y), DIM)), np.array(y)


def fit(rows: Sequence[Row], c: float = 0.3, weights: Sequence[float] | None = None,
        ) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    x, y = matrix(rows)
    if len(set(y.tolist())) < 2:
        return np.zeros(DIM, dtype=np.float32), 0.0
    w = None if weights is None else np.array([wt for r, wt in zip(rows, weights, strict=True)
                                               for _ in r.cands])
    m = LogisticRegression(C=c, solver="liblinear", max_iter=3000, random_state=0)
    m.fit(x, y, sample_weight=w)
    return m.coef_[0].astype(np.float32), float(m.intercept_[0])


def predict(weights: np.ndarray, bias: float, feats: dict[int, float]) -> float:
    z = bias + sum(weights[k] * v for k, v in feats.items())
    return float(1.0 / (1.0 + np.exp(-z)))


def folds(rows: Sequence[Row], k: int = 5) -> list[int]:
    """A fold per row, by its document (stable: crc32 of the group name)."""
    import zlib

    return [zlib.crc32(r.group.encode()) % k for r in rows]


def out_of_fold(rows: Sequence[Row], k: int = 5, c: float = 0.3,
                weights: Sequence[float] | None = None) -> list[list[float]]:
    fold = folds(rows, k)
    probs: list[list[float]] = [[] for _ in rows]
    for j in range(k):
        part = [i for i in range(len(rows)) if fold[i] != j]
        w, b = fit([rows[i] for i in part], c, None if weights is None else [weights[i] for i in part])
        for i, r in enumerate(rows):
            if fold[i] == j:
                probs[i] = [predict(w, b, f) for f in r.feats]
    return probs


def f1_at(rows: Sequence[Row], probs: Sequence[Sequence[float]], n_gold: int, threshold: float,
          ) -> tuple[float, float, float]:
    tp = fp = 0
    for r, ps in zip(rows, probs, strict=True):
        for lab, p in zip(r.labels, ps, strict=True):
            if p >= threshold:
                tp += lab
                fp += 1 - lab
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def load_items(paths: Sequence[Path], lang: str) -> list[GoldItem]:
    out = []
    for p in paths:
        out.extend(it for it in read_gold(p) if (it.lang or "en") == lang)
    return out


@dataclass
class CoderReport:
    lang: str
    n_items: int
    n_candidates: int
    threshold: float
    cv_precision: float
    cv_recall: float
    cv_f1: float  # out-of-fold, on the items of the real (not synthetic) files
    seconds: float


def train(paths: Sequence[Path], out_dir: Path, lang: str, *, c: float = 0.3,
          bag_weight: float = 0.0, synthetic_weight: float = 1.0) -> CoderReport:
    """Fit one language's decision model on the items of `paths` in that language.

    Files under a `synthetic` folder are weighted by `synthetic_weight` and left out of
    the threshold's choice, which maximises the out-of-fold F1 on the other files' items.
    """
    from dyadwatch.coder.engine import _make_coder
    from dyadwatch.coder.tree import TreeCoder

    t0 = time.process_time()
    rule = _make_coder(lang, (), False, kind="rules")
    tree = _make_coder(lang, (), False, kind="tree")
    tree = tree if isinstance(tree, TreeCoder) else None
    rows: list[Row] = []
    weights: list[float] = []
    real: list[bool] = []
    n_gold = n_items = 0
    for p in paths:
        items = load_items([p], lang)
        synthetic = "synthetic" in Path(p).parts
        got = candidate_rows(items, lang, rule, tree, bag_weight)
        for r in got:
            r.group = f"{p}:{r.group}"
        rows += got
        weights += [synthetic_weight if synthetic else 1.0] * len(got)
        real += [not synthetic] * len(got)
        n_items += len(items)
        if not synthetic:
            n_gold += sum(len(it.events) for it in items)
    probs = out_of_fold(rows, 5, c, weights)
    tune = [r for r, keep in zip(rows, real, strict=True) if keep]
    tprobs = [p for p, keep in zip(probs, real, strict=True) if keep]
    best = max(((f1_at(tune, tprobs, n_gold, t / 100), t / 100) for t in range(10, 90, 2)),
               key=lambda x: (x[0][2], -x[1]))
    w, b = fit(rows, c, weights)
    save(out_dir, lang, w, b, best[1], bag_weight)
    (prec, rec, f1), thr = best
    return CoderReport(lang, n_items, sum(len(r.cands) for r in rows), thr, prec, rec, f1,
                       time.process_time() - t0)


def save(out_dir: Path, lang: str, w: np.ndarray, b: float, threshold: float,
         bag_weight: float) -> None:
    d = out_dir / lang
    d.mkdir(parents=True, exist_ok=True)
    nz = np.nonzero(w)[0].astype(np.int32)
    # float16 halves the file and changes no decision at these magnitudes
    np.savez_compressed(d / "decide.npz", index=nz, weight=w[nz].astype(np.float16))
    (d / "decide.json").write_text(json.dumps(
        {"dim": DIM, "bias": round(b, 6), "threshold": threshold, "bag_weight": bag_weight},
        indent=1) + "\n")
