"""Check the synthetic training sets: schema, vocabulary, unique ids and texts, and no 7-word
run shared with a gold file or a seed document.

Usage: python training/synthetic/check.py [FILE ...]   (default: en.jsonl and ru.jsonl here)
Exit status 1 when a problem is found; one line per problem.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned", "forecast", "denied", "hypothetical"}
ORGANISATIONS = {"EU", "NATO", "EAEU", "CSTO", "CIS", "UN", "IMF", "OSCE", "UNIONSTATE"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
RUN = 7


def runs(text: str, n: int = RUN) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def gold_runs() -> set[str]:
    found: set[str] = set()
    files = sorted((SHARED / "eval").glob("*.jsonl")) + sorted((ROOT / "tests" / "data").glob("*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found |= runs(json.loads(line).get("text", ""))
    for path in sorted((SHARED / "corpus" / "seeds").glob("*")):
        raw = html.unescape(path.read_text(encoding="utf-8", errors="ignore"))
        found |= runs(re.sub(r"<[^>]+>", " ", raw))
    return found


def _actor(value: object) -> bool:
    return isinstance(value, str) and (bool(re.fullmatch(r"[A-Z]{3}", value))
                                       or value in ORGANISATIONS)


def problems(paths: Iterable[Path], gold: set[str]) -> list[str]:
    out: list[str] = []
    ids: set[str] = set()
    texts: set[str] = set()
    for path in paths:
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{no}"
            item = json.loads(line)
            missing = {"id", "pub_date", "lang", "text", "events"} - item.keys()
            if missing:
                out.append(f"{where}: missing {sorted(missing)}")
                continue
            if item["id"] in ids or item["text"] in texts:
                out.append(f"{where}: repeated id or text")
            ids.add(item["id"])
            texts.add(item["text"])
            if item["pub_date"] and not DATE.match(item["pub_date"]):
                out.append(f"{where}: bad pub_date {item['pub_date']!r}")
            shared = runs(item["text"]) & gold
            if shared:
                out.append(f"{where}: shares a {RUN}-word run with a gold file: {min(shared)!r}")
            for event in item["events"]:
                if event.get("type") not in TYPES or event.get("status") not in STATUSES:
                    out.append(f"{where}: bad type or status {event}")
                if not _actor(event.get("source")) or not (
                        event.get("target") is None or _actor(event.get("target"))):
                    out.append(f"{where}: bad actor {event}")
                if event.get("date") is not None and not DATE.match(event["date"]):
                    out.append(f"{where}: bad date {event['date']!r}")
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / "en.jsonl", HERE / "ru.jsonl"]
    found = problems(paths, gold_runs())
    for line in found:
        print(line)
    print(f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
