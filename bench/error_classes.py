"""Where a coder loses recall and precision on a gold file, as counts only (safe on a check set,
whose items must not be read): no text, no item, no event is printed.

    python bench/error_classes.py tests/data/en-check-2.jsonl
    DYADWATCH_CODER=tree python bench/error_classes.py FILE [FILE ...]

A missed gold event is counted by what the coder did with the item: nothing at all; the right
pair with another type; the same type reversed; the same type with one actor wrong; the same type
with another pair; another type touching one of its actors; else other. An extra event: in an
item with no gold event; on a gold pair with another type; of a gold type on another pair; X -> X;
else other. Then misses and extras by type, and the commonest confusions on the right pair
(gold type and status -> coded type and status).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any


def missed_class(g: dict[str, Any], evs: list[Any]) -> str:
    s, t, ty = g.get("source"), g.get("target"), g["type"]
    if not evs:
        return "item coded nothing"
    if any(x.source == s and (t is None or x.target == t) for x in evs):
        return "right pair, another type"
    if any(x.source == t and x.target == s and x.type == ty for x in evs):
        return "same type, reversed"
    if any(x.type == ty and (x.source == s or x.target == t) for x in evs):
        return "same type, one actor wrong"
    if any(x.type == ty for x in evs):
        return "same type, another pair"
    if any(x.source in (s, t) or x.target in (s, t) for x in evs):
        return "another type on one of its actors"
    return "other"


def extra_class(e: Any, gold: list[dict[str, Any]]) -> str:
    if not gold:
        return "item with no gold event"
    if any(g.get("source") == e.source and g.get("target") == e.target for g in gold):
        return "gold pair, another type"
    if any(g["type"] == e.type for g in gold):
        return "gold type, another pair"
    if e.source == e.target:
        return "X -> X"
    return "other"


def main() -> None:
    from dyadwatch.evaluation.gold import read_gold
    from dyadwatch.evaluation.score import code_items, match_item

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+")
    args = ap.parse_args()
    for path in args.files:
        items = [it for it in read_gold(path) if it.events is not None]
        coded = code_items(items)
        missed: Counter[str] = Counter()
        extra: Counter[str] = Counter()
        by_type_missed: Counter[str] = Counter()
        by_type_extra: Counter[str] = Counter()
        confused: Counter[tuple[str, str, str, str]] = Counter()
        found = n_gold = 0
        for it, evs in zip(items, coded, strict=True):
            pairs = match_item(it.events, evs)
            used = {id(e) for _, e in pairs if e is not None}
            extras = [e for e in evs if id(e) not in used]
            for g, e in pairs:
                n_gold += 1
                if e is not None:
                    found += 1
                    continue
                missed[missed_class(g, evs)] += 1
                by_type_missed[g["type"]] += 1
                for x in extras:
                    if x.source == g.get("source") and (g.get("target") is None or x.target == g.get("target")):
                        confused[(g["type"], g["status"], x.type, x.status)] += 1
                        break
            for e in extras:
                extra[extra_class(e, it.events)] += 1
                by_type_extra[e.type] += 1
        print(f"{path}: {n_gold} gold events, {found} found, {sum(extra.values())} extra")
        print("  missed:", ", ".join(f"{k} {v}" for k, v in missed.most_common()))
        print("  extra:", ", ".join(f"{k} {v}" for k, v in extra.most_common()))
        print("  missed by type:", ", ".join(f"{k} {v}" for k, v in by_type_missed.most_common()))
        print("  extra by type:", ", ".join(f"{k} {v}" for k, v in by_type_extra.most_common()))
        print("  confusions:", ", ".join(f"{a}/{b} -> {c}/{d} {v}" for (a, b, c, d), v in confused.most_common(8)))


if __name__ == "__main__":
    main()
