"""P/R/F1 per the gold README: match on (source, target, type); target ignored where gold's is null."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadwatch.coder.base import DocState
from dyadwatch.coder.cameo import sentence_class
from dyadwatch.coder.run import code_text
from dyadwatch.evaluation.gold import GoldItem, read_gold
from dyadwatch.model import PLOVER_TYPES, Event


def _doc_key(item: GoldItem) -> str | None:
    """Items with a publication date and ids like "s004-03" come from one document, in order."""
    if not item.pub_date or "-" not in item.id:
        return None
    return item.id.rsplit("-", 1)[0] + "|" + item.pub_date


def code_items(items: Sequence[GoldItem], dictionary_dirs: Sequence[Path] = (),
               allow_unknown: bool = False, model_dir: Path | None = None) -> list[list[Event]]:
    """Code each item; consecutive items of one dated document share context (coreference, dates).

    With `model_dir` (a classifier from `dyadwatch learn pentacode`), a confident sentence
    class arbitrates the rule events (see dyadwatch.learned.arbiter).
    """
    out: list[list[Event]] = []
    state: DocState | None = None
    prev = None
    for it in items:
        key = _doc_key(it)
        if key is None or key != prev:
            state = DocState(pub_date=it.pub_date)
        prev = key
        out.append(code_text(it.text, it.pub_date, it.lang, dictionary_dirs, state=state,
                             allow_unknown=allow_unknown))
    if model_dir is not None:
        from dyadwatch.learned.arbiter import arbitrate
        from dyadwatch.learned.pentacode import PentacodeClassifier

        predictions = PentacodeClassifier(Path(model_dir)).predict([it.text for it in items])
        out = [arbitrate(events, cls, prob) for events, (cls, prob) in zip(out, predictions, strict=True)]
    return out


def date_ok(coded: str | None, gold: str) -> bool:
    return bool(coded) and coded.startswith(gold)  # finer coded date inside the gold one counts


@dataclass
class EvalResult:
    n_items: int = 0
    tp: int = 0
    n_gold: int = 0
    n_coded: int = 0
    per_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [tp, gold, coded]
    status_hits: int = 0
    status_n: int = 0
    date_hits: int = 0
    date_n: int = 0
    pentacode_n: int = 0
    pentacode_f1: float | None = None
    pentacode_per_class: dict[int, tuple[float, float, float, int]] = field(default_factory=dict)
    pentacode_accuracy: float | None = None

    @property
    def precision(self) -> float:
        return self.tp / self.n_coded if self.n_coded else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float | None:
        return self.status_hits / self.status_n if self.status_n else None

    @property
    def date_accuracy(self) -> float | None:
        return self.date_hits / self.date_n if self.date_n else None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.n_items, "gold_events": self.n_gold, "coded_events": self.n_coded,
                "found": self.tp, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "status_accuracy": _r(self.status_accuracy),
                "date_accuracy": _r(self.date_accuracy), "pentacode_macro_f1": _r(self.pentacode_f1),
                "per_type": {k: dict(zip(("found", "gold", "coded"), v, strict=True))
                             for k, v in sorted(self.per_type.items())}}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def match_item(gold: list[dict[str, Any]], coded: list[Event]) -> list[tuple[dict[str, Any], Event | None]]:
    """Pair every gold event with one coded event (or None); each coded event used at most once."""
    used: set[int] = set()
    pairs = []
    order = sorted(range(len(gold)), key=lambda i: gold[i].get("target") is None)  # exact first
    res: dict[int, Event | None] = {}
    for gi in order:
        g = gold[gi]
        hit = None
        for ci, c in enumerate(coded):
            if ci in used or c.source != g.get("source") or c.type != g.get("type"):
                continue
            if g.get("target") is not None and c.target != g.get("target"):
                continue
            hit = ci
            break
        if hit is not None:
            used.add(hit)
        res[gi] = coded[hit] if hit is not None else None
    for gi in range(len(gold)):
        pairs.append((gold[gi], res[gi]))
    return pairs


def score(items: Sequence[GoldItem], coded: Sequence[list[Event]]) -> EvalResult:
    r = EvalResult(n_items=len(items))
    per = {t: [0, 0, 0] for t in PLOVER_TYPES}
    pc_gold: list[int] = []
    pc_pred: list[int] = []
    for it, evs in zip(items, coded, strict=True):
        if it.pentacode is not None:
            pc_gold.append(it.pentacode)
            pc_pred.append(sentence_class(evs))
        if it.events is None:
            continue
        r.n_gold += len(it.events)
        r.n_coded += len(evs)
        for e in evs:
            per.setdefault(e.type, [0, 0, 0])[2] += 1
        for g, c in match_item(it.events, evs):
            per.setdefault(g["type"], [0, 0, 0])[1] += 1
            if c is None:
                continue
            r.tp += 1
            per[g["type"]][0] += 1
            r.status_n += 1
            r.status_hits += int(c.status == g.get("status"))
            if g.get("date"):
                r.date_n += 1
                r.date_hits += int(date_ok(c.date, g["date"]))
    r.per_type = {k: v for k, v in per.items() if any(v)}
    if pc_gold:
        r.pentacode_n = len(pc_gold)
        f1s = []
        for k in range(5):
            tp = sum(1 for g, p in zip(pc_gold, pc_pred, strict=True) if g == k and p == k)
            np_ = sum(1 for p in pc_pred if p == k)
            ng = sum(1 for g in pc_gold if g == k)
            pr = tp / np_ if np_ else 0.0
            rc = tp / ng if ng else 0.0
            f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
            r.pentacode_per_class[k] = (pr, rc, f, ng)
            f1s.append(f)
        r.pentacode_f1 = sum(f1s) / 5
        r.pentacode_accuracy = sum(1 for g, p in zip(pc_gold, pc_pred, strict=True) if g == p) / len(pc_gold)
    return r


def evaluate_file(path: Path | str, dictionary_dirs: Sequence[Path] = (),
                  model_dir: Path | None = None, lang: str | None = None) -> EvalResult:
    """Score one gold file; with `lang`, only its items in that language."""
    return evaluate_by_language(path, dictionary_dirs, model_dir, lang)[0]


def evaluate_by_language(path: Path | str, dictionary_dirs: Sequence[Path] = (),
                         model_dir: Path | None = None,
                         lang: str | None = None) -> tuple[EvalResult, dict[str, EvalResult]]:
    """The score over all items (of `lang`, where given) and the score of each language."""
    items = [it for it in read_gold(path) if lang is None or it.lang == lang]
    penta = any(it.pentacode is not None for it in items)
    coded = code_items(items, dictionary_dirs, allow_unknown=penta, model_dir=model_dir)
    langs = sorted({it.lang for it in items})
    per_lang = {}
    if len(langs) > 1:
        for code in langs:
            pairs = [(it, evs) for it, evs in zip(items, coded, strict=True) if it.lang == code]
            per_lang[code] = score([it for it, _ in pairs], [evs for _, evs in pairs])
    return score(items, coded), per_lang
