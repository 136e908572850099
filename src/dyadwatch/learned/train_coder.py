"""Train the learned coder's decision model (`dyadwatch learn coder`).

Data: gold-schema files (real-train, seeds-gold, pentacode-train, the synthetic sets). Each item is
coded by the tree coder; every candidate it proposes (with the lexical and repaired ones) is labelled by the
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

from dyadwatch.coder.base import DocState
from dyadwatch.coder.cameo import pentacode
from dyadwatch.coder.run import split_text
from dyadwatch.evaluation.gold import GoldItem, read_gold
from dyadwatch.evaluation.score import _doc_key
from dyadwatch.learned.candidates import STATUSES, Candidate, propose
from dyadwatch.learned.features import DIM, candidate_features


@dataclass
class Row:
    item: int  # index into the items
    group: str  # items of one document stay in one fold
    text: str  # the sentence
    cands: list[Candidate]
    feats: list[dict[int, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    statuses: list[str | None] = field(default_factory=list)  # the matched gold event's status


def gold_event(c: Candidate, gold: Sequence[dict]) -> dict | None:
    for g in gold:
        if g["source"] == c.source and g["type"] == c.type \
                and (g.get("target") is None or g.get("target") == c.target):
            return g
    return None


def candidate_rows(items: Sequence[GoldItem], lang: str, tree,  # type: ignore[no-untyped-def]
                   bag_weight: float = 0.0, repair: bool = False) -> list[Row]:
    """Code each item with the tree coder (as `code_text` does: one state a dated document)."""
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
            cands = propose(s, state, tree, repair=repair)
            if cands:
                row = Row(i, key or it.id, s, cands)
                row.feats = candidate_features(s, cands, lang, bag_weight)
                if it.events is None and it.pentacode is not None:
                    # a sentence with a CAMEO class only (pentacode-train): a weak label, an
                    # event where the candidate's class is the sentence's (actors unchecked)
                    row.labels = [int(pentacode(c.event.cameo) == it.pentacode) if c.event.cameo else 0
                                  for c in cands]
                    row.statuses = [None] * len(cands)
                else:
                    golds = [gold_event(c, it.events or []) for c in cands]
                    row.labels = [int(g is not None) for g in golds]
                    row.statuses = [g.get("status") if g is not None else None for g in golds]
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


GRID = [t / 100 for t in range(10, 90, 2)]


def choose_threshold(rows: Sequence[Row], probs: Sequence[Sequence[float]], n_gold: int,
                     window: int = 2) -> tuple[tuple[float, float, float], float, float]:
    """The threshold whose out-of-fold F1, averaged with its `window` neighbours either side
    on the grid, is highest (ties: the lower threshold): on a few hundred gold events the raw
    F1 curve is jagged (0.659 at 0.14, 0.624 at 0.16 on Russian), and its single peak
    is partly luck. Returns (P, R, F1) at that threshold, the threshold, the smoothed F1."""
    scores = [f1_at(rows, probs, n_gold, t) for t in GRID]
    smooth = [sum(x[2] for x in scores[max(0, i - window):i + window + 1])
              / len(scores[max(0, i - window):i + window + 1]) for i in range(len(GRID))]
    i = max(range(len(GRID)), key=lambda i: (round(smooth[i], 6), -i))
    return scores[i], GRID[i], smooth[i]


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
    lexical: bool  # whether the lexical candidates are used (chosen by the smoothed cv_f1)
    repair: bool = False  # whether the repaired candidates are used (likewise)
    trials: dict[str, float] = field(default_factory=dict)  # smoothed cv_f1 of each choice


def train(paths: Sequence[Path], out_dir: Path, lang: str, *, c: float = 0.3,
          bag_weight: float = 0.0, synthetic_weight: float = 1.0, class_weight: float = 1.0,
          ) -> CoderReport:
    """Fit one language's decision model on the items of `paths` in that language.

    Files under a `synthetic` folder are weighted by `synthetic_weight` and left out of
    the threshold's choice, which maximises the out-of-fold F1 on the other files' items.
    """
    from dyadwatch.coder.run import _make_coder
    from dyadwatch.coder.tree import TreeCoder

    t0 = time.process_time()
    tree = _make_coder(lang, (), False, kind="tree")
    assert isinstance(tree, TreeCoder)
    rows: list[Row] = []
    weights: list[float] = []
    real: list[bool] = []
    n_gold = n_items = 0
    for p in paths:
        items = load_items([p], lang)
        synthetic = "synthetic" in Path(p).parts
        # a file of sentences with a CAMEO class and no events (pentacode-train): weak labels
        classed = bool(items) and all(it.events is None and it.pentacode is not None for it in items)
        got = candidate_rows(items, lang, tree, bag_weight, repair=True)
        for r in got:
            r.group = f"{p}:{r.group}"
        rows += got
        weights += [synthetic_weight if synthetic else class_weight if classed else 1.0] * len(got)
        real += [not synthetic and not classed] * len(got)
        n_items += len(items)
        if not synthetic and not classed:
            n_gold += sum(len(it.events or []) for it in items)
    # with and without the lexical and the repaired candidates: the best out-of-fold F1 on
    # the real items (ties: the fewer kinds of candidate)
    trials = []
    for lexical in (False, True):
        for repair in (False, True):
            subs = [_subset(r, lang, bag_weight, lexical, repair) for r in rows]
            rs = [o for o in subs if o is not None]
            ws = [w for o, w in zip(subs, weights, strict=True) if o is not None]
            rl = [x for o, x in zip(subs, real, strict=True) if o is not None]
            probs = out_of_fold(rs, 5, c, ws)
            tune = [r for r, keep in zip(rs, rl, strict=True) if keep]
            tprobs = [p for p, keep in zip(probs, rl, strict=True) if keep]
            (prec, rec, f1), thr, smooth = choose_threshold(tune, tprobs, n_gold)
            trials.append((smooth, prec, rec, thr, lexical, repair, rs, ws))
    _smooth, prec, rec, thr, lexical, repair, rs, ws = max(
        trials, key=lambda x: (round(x[0], 3), -(int(x[4]) + int(x[5])), not x[4]))
    w, b = fit(rs, c, ws)
    save(out_dir, lang, w, b, thr, bag_weight, lexical, repair)
    save_status(out_dir, lang, *fit_status(rs, c))
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return CoderReport(lang, n_items, sum(len(r.cands) for r in rs), thr, prec, rec, f1,
                       time.process_time() - t0, lexical, repair,
                       {f"{'lexical' if t[4] else '-'}/{'repair' if t[5] else '-'}": round(t[0], 3) for t in trials})


def _subset(r: Row, lang: str, bag_weight: float, lexical: bool, repair: bool) -> Row | None:
    """The row without its lexical or repaired candidates (None when nothing is left), its
    features computed again (they count the sentence's other candidates)."""
    keep = [i for i, c in enumerate(r.cands) if c.tree is not None
            or (repair if "repair" in c.extra else lexical)]
    if not keep:
        return None
    if len(keep) == len(r.cands):
        return r
    cands = [r.cands[i] for i in keep]
    return Row(r.item, r.group, r.text, cands, candidate_features(r.text, cands, lang, bag_weight),
               [r.labels[i] for i in keep], [r.statuses[i] for i in keep])


def save(out_dir: Path, lang: str, w: np.ndarray, b: float, threshold: float,
         bag_weight: float, lexical: bool, repair: bool = False) -> None:
    d = out_dir / lang
    d.mkdir(parents=True, exist_ok=True)
    nz = np.nonzero(w)[0].astype(np.int32)
    # float16 halves the file and changes no decision at these magnitudes
    np.savez_compressed(d / "decide.npz", index=nz, weight=w[nz].astype(np.float16))
    (d / "decide.json").write_text(json.dumps(
        {"dim": DIM, "bias": round(b, 6), "threshold": threshold, "bag_weight": bag_weight,
         "lexical": lexical, "repair": repair},
        indent=1) + "\n")


def fit_status(rows: Sequence[Row], c: float = 0.3) -> tuple[list[str], np.ndarray, np.ndarray]:
    """A status classifier over the candidates that are events (multinomial logistic)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    data, ind, ptr, y = [], [], [0], []
    for r in rows:
        for f, st in zip(r.feats, r.statuses, strict=True):
            if st not in STATUSES:
                continue
            for k in sorted(f):
                ind.append(k)
                data.append(f[k])
            ptr.append(len(ind))
            y.append(st)
    if len(set(y)) < 2:  # one status seen (or none): it is always the answer
        return [y[0] if y else "occurred"], np.zeros((1, DIM), np.float32), np.zeros(1, np.float32)
    x = csr_matrix((np.array(data), np.array(ind), np.array(ptr)), shape=(len(y), DIM))
    m = LogisticRegression(C=c, max_iter=3000, random_state=0)
    m.fit(x, np.array(y))
    return [str(k) for k in m.classes_], m.coef_.astype(np.float32), m.intercept_.astype(np.float32)


def save_status(out_dir: Path, lang: str, classes: list[str], w: np.ndarray, b: np.ndarray) -> None:
    d = out_dir / lang
    nz = np.nonzero(np.abs(w).sum(axis=0))[0].astype(np.int32)
    np.savez_compressed(d / "status.npz", index=nz, weight=w[:, nz].astype(np.float16),
                        bias=b.astype(np.float32))
    (d / "status.json").write_text(json.dumps({"classes": classes}) + "\n")
