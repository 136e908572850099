"""Where the tree coder misses what the rule coder finds (run by hand; issue 13).

    python bench/tree_gaps.py ../shared/eval/real-train.jsonl            # summary by kind
    python bench/tree_gaps.py FILE --show 40                             # and the items

Codes FILE with `rules`, `tree` and `tree-only` (as `DYADWATCH_CODER=<coder> dyadwatch eval`)
and sorts every gold event that the rule coder finds and `tree` misses by what the tree did
with the rule coder's trigger:

* fallback-lost: the tree coded nothing in the sentence, so the rule coder ran, but its event
  was dropped (convention 7, a missing target) or differs (the document's memory);
* roles: the tree coded an event of the same type on the same trigger, with other parties;
* type: the tree coded an event with the same parties on the same trigger, of another type;
* other-trigger: the tree coded something else in the sentence, nothing on this trigger, so the
  rule coder never ran;
* no-trigger-event: nothing on the trigger and nothing in the sentence from the tree alone ...

and, the other way, the tree's found events that the rule coder misses (what a merge must keep).

With --fallback it compares `tree` with `tree-only` instead: every gold event `tree` finds and
`tree-only` misses is one the rule coder's fallback supplies (the roadmap for removing it), sorted
by how the fallback came in (`sentence`: the tree coded nothing in the sentence, or only what it
reads as the rule coder would; `verb`: a verb the tree coded without parties, or as the rule coder
would, takes the rule coder's event) and by its shape (`X->X`, `X->none`, `X->Y`); the fallback's
events that match no gold event are counted as its false events.

    python bench/tree_gaps.py ../shared/eval/plover-gsr.jsonl --fallback --show 40
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from dyadwatch.coder import run
from dyadwatch.evaluation.gold import read_gold
from dyadwatch.evaluation.score import code_items, match_item
from dyadwatch.model import Event


def code(coder: str, items: list) -> list[list[Event]]:
    os.environ[run.CODER_ENV] = coder
    run._CACHE.clear()
    penta = any(it.pentacode is not None for it in items)
    return code_items(items, allow_unknown=penta)


def overlaps(a: Event, b: Event) -> bool:
    return a.start < b.end and b.start < a.end


def kind_of(g: dict[str, Any], r: Event, tree: list[Event], alone: list[Event]) -> str:
    if not alone:
        return "fallback-lost"
    on = [e for e in tree if overlaps(e, r)]
    if any(e.type == g["type"] for e in on):
        return "roles"
    if any(e.source == g["source"] and (g.get("target") is None or e.target == g["target"]) for e in on):
        return "type"
    if on:
        return "type+roles"
    if not tree:
        return "tree-none"
    return "other-trigger"


def fmt(e: Event) -> str:
    return f"{e.source}>{e.target} {e.type}/{e.cameo} {e.status} [{e.trigger}]"


def shape(e: Event) -> str:
    return "X->none" if e.target is None else "X->X" if e.source == e.target else "X->Y"


def fallback_gaps(items: list, show: int) -> None:
    """Gold events `tree` finds and `tree-only` misses, and the fallback's false events."""
    tree, alone = code("tree", items), code("tree-only", items)
    kinds: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    false = 0
    shown = 0
    for it, t, a in zip(items, tree, alone, strict=True):
        how = "sentence" if not a or not ({(e.start, e.end) for e in a} & {(e.start, e.end) for e in t}) else "verb"
        tm, am = match_item(it.events, t), match_item(it.events, a)
        lines = []
        for (g, tc), (_, ac) in zip(tm, am, strict=True):
            if tc is not None and ac is None:
                kinds[f"{how} {shape(tc)}"] += 1
                by_type[g["type"]] += 1
                lines.append(f"    gold {g['source']}>{g.get('target')} {g['type']}: {fmt(tc)}")
        used = {id(c) for _, c in tm if c is not None}
        mine = {(e.source, e.target, e.type, e.start) for e in a}
        wrong = [e for e in t if id(e) not in used and (e.source, e.target, e.type, e.start) not in mine]
        false += len(wrong)
        if lines and shown < show:
            shown += 1
            print(f"--- {how} {it.id}: {it.text[:300]}")
            print("\n".join(lines))
            print("    tree-only:", "; ".join(fmt(e) for e in a) or "-")
    print(f"gold events {sum(len(it.events) for it in items)}; supplied by the fallback: {sum(kinds.values())}; "
          f"the fallback's false events: {false}", file=sys.stderr)
    for k, v in kinds.most_common():
        print(f"  {k:20s} {v}", file=sys.stderr)
    print("  by type:", ", ".join(f"{k} {v}" for k, v in by_type.most_common()), file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print this many items of each kind")
    ap.add_argument("--kind", action="append", help="only these kinds")
    ap.add_argument("--fallback", action="store_true", help="compare tree with tree-only: what the fallback supplies")
    args = ap.parse_args()
    items = [it for it in read_gold(args.file) if it.events is not None]
    if args.fallback:
        fallback_gaps(items, args.show)
        return
    rules, tree, alone = code("rules", items), code("tree", items), code("tree-only", items)
    kinds: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    gained = 0
    for it, r, t, a in zip(items, rules, tree, alone, strict=True):
        rm = dict((id(g), c) for g, c in match_item(it.events, r))
        tm = dict((id(g), c) for g, c in match_item(it.events, t))
        for g in it.events:
            rc, tc = rm[id(g)], tm[id(g)]
            if tc is not None and rc is None:
                gained += 1
            if rc is None or tc is not None:
                continue
            k = kind_of(g, rc, t, a)
            kinds[k] += 1
            by_type[g["type"]] += 1
            if args.show and shown[k] < args.show and (not args.kind or k in args.kind):
                shown[k] += 1
                print(f"--- {k} {it.id}: gold {g['source']}>{g.get('target')} {g['type']} {g.get('status')}")
                print("   ", it.text[:300])
                print("    rules:", fmt(rc))
                print("    tree: ", "; ".join(fmt(e) for e in t) or "-")
                if t != a:
                    print("    alone:", "; ".join(fmt(e) for e in a) or "-")
    n = sum(len(it.events) for it in items)
    print(f"gold events {n}; found by rules, missed by tree: {sum(kinds.values())}; found by tree, not rules: {gained}",
          file=sys.stderr)
    for k, v in kinds.most_common():
        print(f"  {k:16s} {v}", file=sys.stderr)
    print("  by type:", ", ".join(f"{k} {v}" for k, v in by_type.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
