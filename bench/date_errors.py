"""The coder's date errors on a gold file, one line each (run by hand, on a training set).

    DYADWATCH_CODER=tree python bench/date_errors.py ../shared/eval/real-train.jsonl
    DYADWATCH_CODER=tree python bench/date_errors.py FILE --lang ru --after-pub

A found event (same source, target and type as a gold one, as `dyadwatch eval` matches them)
whose gold date is not null and whose coded date does not fall inside it is printed with the
item's publication date, the gold and coded status and date, and the text. `--after-pub` also
lists every coded occurred event dated after its item's publication date (impossible: its date
or its status is wrong), found or not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main() -> None:
    from dyadwatch.evaluation.gold import read_gold
    from dyadwatch.evaluation.score import code_items, date_ok, match_item

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--lang")
    ap.add_argument("--after-pub", action="store_true")
    args = ap.parse_args()
    items = [it for it in read_gold(args.file) if args.lang is None or it.lang == args.lang]
    coded = code_items(items)
    n = hits = 0
    for it, evs in zip(items, coded, strict=True):
        for g, c in match_item(it.events or [], evs):
            if c is None or not g.get("date"):
                continue
            n += 1
            if date_ok(c.date, g["date"]):
                hits += 1
                continue
            print(f"{it.id}\t{it.lang}\tpub {it.pub_date}\t{g['source']}->{g['target']} {g['type']}\t"
                  f"gold {g.get('status')} {g['date']}\tcoded {c.status} {c.date}\t{c.trigger!r}\t{it.text}")
        if args.after_pub and it.pub_date:
            for c in evs:
                if c.status == "occurred" and c.date and c.date[:len(it.pub_date)] > it.pub_date[:len(c.date)]:
                    print(f"AFTER-PUB {it.id}\t{it.lang}\tpub {it.pub_date}\t{c.source}->{c.target} {c.type}\t"
                          f"coded {c.status} {c.date}\t{c.trigger!r}\t{it.text}")
    print(f"date {hits}/{n} = {hits / n if n else 0:.3f}")


if __name__ == "__main__":
    sys.exit(main())
