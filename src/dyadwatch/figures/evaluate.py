"""Score figure and judgment extraction on a gold file (JSON Lines).

One item a line: ``{"id", "lang", "pub_date", "text", "figures": [...], "judgments": [...]}``;
a gold figure has ``value`` (and ``value_max``), ``unit``, ``measure``, ``source``,
``target``; a gold judgment has ``direction``, ``source``, ``target`` (and optionally
``hedge``, ``horizon``). Items without a ``judgments`` key are not scored for judgments.

Figures: each gold figure is paired with the predicted figure of the same item whose value
(and value_max) match, else with the unpaired prediction nearest in value; accuracy of value,
unit, measure and actor (source and target both) is the share of gold figures matched
exactly. Judgments: direction accuracy is the share of gold judgments whose item yields a
judgment with that direction; actors are compared as an unordered pair.

``--coded`` scores the figures as the pipeline stores them: each item is coded first, its
figures linked to the events, and the actor names and dates are those the coder read (the
hand-over of issue 13); without it, ``extract_text`` reads each item alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadwatch.datafiles import json_lines
from dyadwatch.errors import InputError
from dyadwatch.figures import extract_text


def read_gold(path: Path) -> list[dict[str, Any]]:
    items = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    for where, item in json_lines(lines, str(path)):
        if "text" not in item:
            raise InputError(where, "an item needs a 'text'")
        items.append(item)
    return items


def _currency(unit: str | None) -> str | None:
    """The unit as the gold sets write it: a price per quantity ("USD/1,000 m³") by its
    currency, since the gold annotates currencies only."""
    return unit.split("/", 1)[0] if unit else unit


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-3, abs_tol=1e-6)


@dataclass
class Score:
    n_gold_figures: int = 0
    n_pred_figures: int = 0
    value: int = 0
    unit: int = 0
    measure: int = 0
    actor: int = 0
    n_gold_judgments: int = 0
    n_pred_judgments: int = 0
    direction: int = 0
    judgment_actor: int = 0
    hedge: int = 0
    horizon: int = 0
    n_hedge: int = 0
    n_horizon: int = 0
    spurious_judgments: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def acc(self, name: str) -> float:
        denom = {"direction": self.n_gold_judgments, "judgment_actor": self.n_gold_judgments,
                 "hedge": self.n_hedge, "horizon": self.n_horizon}.get(name, self.n_gold_figures)
        return getattr(self, name) / denom if denom else 0.0

    def summary(self) -> dict[str, Any]:
        precision = (self.value / self.n_pred_figures) if self.n_pred_figures else 0.0
        return {
            "figures": self.n_gold_figures, "predicted_figures": self.n_pred_figures,
            "value_acc": round(self.acc("value"), 4), "unit_acc": round(self.acc("unit"), 4),
            "measure_acc": round(self.acc("measure"), 4), "actor_acc": round(self.acc("actor"), 4),
            "figure_precision": round(precision, 4),
            "judgments": self.n_gold_judgments, "predicted_judgments": self.n_pred_judgments,
            "direction_acc": round(self.acc("direction"), 4),
            "judgment_actor_acc": round(self.acc("judgment_actor"), 4),
            "hedge_acc": round(self.acc("hedge"), 4), "horizon_acc": round(self.acc("horizon"), 4),
            "spurious_judgments": self.spurious_judgments,
        }


def _pair(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    free = list(range(len(pred)))
    out: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for g in gold:
        hit = next((i for i in free if _same(pred[i]["value"], g.get("value"))
                    and _same(pred[i].get("value_max"), g.get("value_max"))), None)
        if hit is None and free:
            hit = min(free, key=lambda i: abs(math.log10(max(abs(pred[i]["value"] or 0), 1e-9))
                                              - math.log10(max(abs(float(g.get("value") or 0)), 1e-9))))
        if hit is not None:
            free.remove(hit)
        out.append((g, pred[hit] if hit is not None else None))
    return out


def extract_coded(text: str, pub_date: str | None = None, lang: str = "en") -> dict[str, list[dict[str, Any]]]:
    """`extract_text` as the pipeline runs it: the text coded first, and its figures and
    judgments read from what the coder read (``code_document(..., readings=)``)."""
    from dyadwatch.coder import code_document
    from dyadwatch.figures import extract_extras
    from dyadwatch.model import CleanDocument
    from dyadwatch.nlp.sentences import split_sentences

    doc = CleanDocument(location="<text>", text=text, pub_date=pub_date, lang=lang)
    sentences = split_sentences(doc)
    for s in sentences:
        s.lang = lang
    readings: dict = {}
    events = code_document(doc, sentences, readings=readings)
    return extract_extras(doc, sentences, events, readings=readings)


def score_items(items: Iterable[dict[str, Any]],
                extract: Callable[..., dict[str, list[dict[str, Any]]]] = extract_text) -> Score:
    sc = Score()
    for item in items:
        res = extract(item["text"], item.get("pub_date"), item.get("lang") or "en")
        gold_f = item.get("figures") or []
        pred_f = res["figures"]
        sc.n_gold_figures += len(gold_f)
        sc.n_pred_figures += len(pred_f)
        for g, p in _pair(gold_f, pred_f):
            ok = {
                "value": p is not None and _same(p["value"], g.get("value"))
                and _same(p.get("value_max"), g.get("value_max")),
                "unit": p is not None and _currency(p["unit"]) == g.get("unit"),
                "measure": p is not None and p["measure"] == g.get("measure"),
                "actor": p is not None and (p["source"], p["target"]) == (g.get("source"), g.get("target")),
            }
            for k, v in ok.items():
                setattr(sc, k, getattr(sc, k) + int(v))
            if not all(ok.values()):
                sc.errors.append({"id": item.get("id"), "gold": g, "pred": None if p is None else {
                    k: p[k] for k in ("value", "value_max", "unit", "measure", "source", "target", "text")}})
        if "judgments" not in item:
            continue
        gold_j = item.get("judgments") or []
        pred_j = res["judgments"]
        sc.n_gold_judgments += len(gold_j)
        sc.n_pred_judgments += len(pred_j)
        if not gold_j and pred_j:
            sc.spurious_judgments += len(pred_j)
        for g in gold_j:
            p = next((x for x in pred_j if x["direction"] == g.get("direction")), pred_j[0] if pred_j else None)
            if p is not None and p["direction"] == g.get("direction"):
                sc.direction += 1
            if p is not None and {p["source"], p["target"]} == {g.get("source"), g.get("target")}:
                sc.judgment_actor += 1
            if g.get("hedge"):
                sc.n_hedge += 1
                sc.hedge += int(p is not None and (p["hedge"] or "").lower() == g["hedge"].lower())
            if g.get("horizon"):
                sc.n_horizon += 1
                sc.horizon += int(p is not None and (p["horizon"] or "").lower() == g["horizon"].lower())
            if p is None or p["direction"] != g.get("direction") or {p["source"], p["target"]} != {g.get("source"), g.get("target")}:
                sc.errors.append({"id": item.get("id"), "gold": g, "pred": p and {
                    k: p[k] for k in ("direction", "source", "target", "hedge", "horizon", "cue")}})
    return sc


def evaluate_file(path: Path, coded: bool = False) -> Score:
    return score_items(read_gold(path), extract_coded if coded else extract_text)


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m dyadwatch.figures.evaluate GOLD.jsonl [--errors] [--coded]")
        return 2
    sc = evaluate_file(Path(args[0]), coded="--coded" in args)
    if "--errors" in args:
        for e in sc.errors:
            print(json.dumps(e, ensure_ascii=False))
    print(json.dumps(sc.summary(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
