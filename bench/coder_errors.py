"""Where the learned coder's errors are: a cross-validated breakdown on the training items.

    python bench/coder_errors.py                   # English and Russian, real-train items
    python bench/coder_errors.py --lang ru --lexical
    python bench/coder_errors.py --lang en --repair     # the shipped choices

Each language's training files (those of `dyadwatch learn coder`) are coded by the tree
coder; the decision model is fitted five times (folds by document, as training does)
and each candidate gets its out-of-fold probability. On the items of `--report` (default
real-train) it prints the candidates' recall (the ceiling: a gold event no candidate carries
cannot be kept), precision, recall and F1 at the best threshold, and each error's kind:
a missed gold event was rejected by the model or never proposed (then: the right pair with
another type, the right type with another target or source, other candidates only, none);
a false event is in a negative item, self-targeted, the right pair with a wrong type, the
right type with wrong actors. Never run on real-dev, pentacode-test or the sealed sets.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
DATA = {"en": [SHARED / "real-train.jsonl", SHARED / "seeds-gold.jsonl", SHARED / "pentacode-train.jsonl",
               ROOT / "training/synthetic/en.jsonl"],
        "ru": [SHARED / "real-train.jsonl", ROOT / "training/synthetic/ru.jsonl"]}


def _hit(c, g) -> bool:  # type: ignore[no-untyped-def]
    return c.source == g["source"] and c.type == g["type"] and (g.get("target") is None or c.target == g.get("target"))


def kept_matches(items, by_item, thr: float):  # type: ignore[no-untyped-def]
    """Per item: the kept candidates, and for each gold event the kept one it matched (scorer's order)."""
    for i, it in enumerate(items):
        cs = by_item.get(i, [])
        kept = [c for c, p in cs if p >= thr]
        used: set[int] = set()
        match = {}
        for gi in sorted(range(len(it.events)), key=lambda k: it.events[k].get("target") is None):
            j = next((j for j, c in enumerate(kept) if j not in used and _hit(c, it.events[gi])), None)
            if j is not None:
                used.add(j)
            match[gi] = j
        yield it, cs, kept, match


def miss_kind(g, cs) -> str:  # type: ignore[no-untyped-def]
    if any(_hit(c, g) for c, _ in cs):
        return "rejected by the model"
    if any((c.source, c.target) == (g["source"], g.get("target")) for c, _ in cs):
        return "not proposed: right pair, other type"
    if any(c.type == g["type"] and c.source == g["source"] for c, _ in cs):
        return "not proposed: right source and type, other target"
    if any(c.type == g["type"] and c.target == g.get("target") for c, _ in cs):
        return "not proposed: right target and type, other source"
    return "not proposed: other candidates only" if cs else "not proposed: no candidate"


def false_kind(c, it) -> str:  # type: ignore[no-untyped-def]
    if not it.events:
        return "negative item"
    if c.source == c.target:
        return "self-targeted"
    if any((g["source"], g.get("target")) == (c.source, c.target) for g in it.events):
        return "right pair, wrong type"
    if any(g["type"] == c.type for g in it.events):
        return "right type, wrong actor"
    return "other"


def main() -> int:
    from dyadwatch.coder.run import _make_coder
    from dyadwatch.coder.tree import TreeCoder
    from dyadwatch.learned.train_coder import _subset, candidate_rows, load_items, out_of_fold

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", action="append", choices=sorted(DATA))
    ap.add_argument("--lexical", action="store_true", help="with the lexical candidates (as the Russian model)")
    ap.add_argument("--repair", action="store_true", help="with the repaired candidates (as the English model)")
    ap.add_argument("--report", default="real-train.jsonl", help="the training file whose items are reported")
    ap.add_argument("-C", dest="c", type=float, default=0.3)
    args = ap.parse_args()
    for lang in args.lang or ["en", "ru"]:
        tree = _make_coder(lang, (), False, kind="tree")
        assert isinstance(tree, TreeCoder)
        rows, report_items, file_of = [], None, []
        for p in DATA[lang]:
            items = load_items([p], lang)
            got = candidate_rows(items, lang, tree, repair=args.repair)
            got = [o for o in (_subset(r, lang, 0.0, args.lexical, args.repair) for r in got) if o is not None]
            for r in got:
                r.group = f"{p}:{r.group}"
            rows += got
            file_of += [p.name] * len(got)
            if p.name == args.report:
                report_items = items
        if report_items is None:
            print(f"{args.report}: not among {lang}'s training files", file=sys.stderr)
            return 2
        probs = out_of_fold(rows, 5, args.c)
        by_item: dict[int, list] = {}
        for r, ps, f in zip(rows, probs, file_of, strict=True):
            if f == args.report:
                by_item.setdefault(r.item, []).extend(zip(r.cands, ps, strict=True))
        n_gold = sum(len(it.events) for it in report_items)

        def prf(thr: float, report_items=report_items, by_item=by_item, n_gold=n_gold,  # type: ignore[no-untyped-def]
                ) -> tuple[float, float, float]:
            tp = fp = 0
            for _it, _cs, kept, match in kept_matches(report_items, by_item, thr):
                hits = sum(j is not None for j in match.values())
                tp += hits
                fp += len(kept) - hits
            p_ = tp / (tp + fp) if tp + fp else 0.0
            r_ = tp / n_gold if n_gold else 0.0
            return p_, r_, (2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0)

        thr = max((t / 100 for t in range(10, 90, 2)), key=lambda t: (prf(t)[2], -t))
        p_, r_, f_ = prf(thr)
        ceiling = sum(any(_hit(c, g) for c, _ in by_item.get(i, [])) for i, it in enumerate(report_items)
                      for g in it.events)
        misses, falses, status, mtypes = Counter(), Counter(), Counter(), Counter()
        for it, cs, kept, match in kept_matches(report_items, by_item, thr):
            for gi, j in match.items():
                g = it.events[gi]
                if j is None:
                    misses[miss_kind(g, cs)] += 1
                    mtypes[g["type"]] += 1
                else:
                    st = kept[j].event.status
                    status["right" if st == g["status"] else f"{st} for {g['status']}"] += 1
            used = {j for j in match.values() if j is not None}
            for j, c in enumerate(kept):
                if j not in used:
                    falses[false_kind(c, it)] += 1
        print(f"== {lang}, {args.report} ({len(report_items)} items, {n_gold} gold events), "
              f"lexical candidates {'on' if args.lexical else 'off'}, repaired {'on' if args.repair else 'off'}, out of fold")
        print(f"candidates' recall (ceiling) {ceiling / max(n_gold, 1):.3f}; at threshold {thr:.2f}: "
              f"P {p_:.3f} R {r_:.3f} F1 {f_:.3f}")
        print(f"missed ({sum(misses.values())}):", ", ".join(f"{k} {v}" for k, v in misses.most_common()))
        print("missed by type:", ", ".join(f"{k} {v}" for k, v in mtypes.most_common()))
        print(f"false ({sum(falses.values())}):", ", ".join(f"{k} {v}" for k, v in falses.most_common()))
        print("status of the found:", ", ".join(f"{k} {v}" for k, v in status.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
