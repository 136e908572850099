"""CAMEO codes: Goldstein score, PLOVER type/mode and quad class from coder/data/cameo.tsv."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyadwatch.model import Event

DATA = Path(__file__).parent / "data" / "cameo.tsv"
INTENTS = Path(__file__).parent / "data" / "intents.tsv"  # act code -> CAMEO code of its promise
STATED_TO_COME = "planned"  # the status of an act promised, offered or announced (not a conditional)


@dataclass(frozen=True)
class CameoInfo:
    code: str
    goldstein: float | None
    plover_type: str | None
    mode: str | None
    description: str


def quad_class(code: str) -> int:
    """GDELT quad class from the CAMEO root: 1 verbal coop, 2 material coop, 3 verbal, 4 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def pentacode(code: str) -> int:
    """ConfliBERT's five classes: the quad classes, with statements and appeals (01-02) as 0."""
    return 0 if int(code[:2]) <= 2 else quad_class(code)


def sentence_class(events: Sequence[Event]) -> int:
    """The class ConfliBERT's task gives a sentence by its events: their first one's; 0 (a
    statement) where there is none or the first has no CAMEO root."""
    if not events:
        return 0
    first = min(events, key=lambda e: (e.start, e.end))
    return pentacode(first.cameo) if first.cameo[:2].isdigit() else 0


@lru_cache(maxsize=1)
def table() -> dict[str, CameoInfo]:
    out: dict[str, CameoInfo] = {}
    for i, line in enumerate(DATA.read_text(encoding="utf-8").splitlines()):
        if i == 0 or not line.strip():
            continue
        parts = (line.split("\t") + [""] * 6)[:6]
        code, gold, ptype, mode, _ctx, desc = parts
        if code in out:  # first row wins (08 appears twice in the crosswalk)
            continue
        out[code] = CameoInfo(code, float(gold) if gold else None, ptype or None, mode or None, desc)
    return out


def lookup(code: str) -> CameoInfo:
    """The row for `code`, falling back to its parent code (0571 -> 057 -> 05)."""
    t = table()
    c = code
    while c:
        if c in t:
            info = t[c]
            return info if c == code else CameoInfo(code, info.goldstein, info.plover_type, info.mode, info.description)
        c = c[:-1]
    raise KeyError(code)


@lru_cache(maxsize=1)
def _intents() -> dict[str, str]:
    rows = [line.split("\t") for line in INTENTS.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return {r[0]: r[1] for r in rows}


def intent_code(code: str, status: str | None) -> str | None:
    """The CAMEO code of a material cooperative act (06-08) stated to come: CAMEO codes the
    promise (03x, verbal cooperation), not the act ("will release the hostages" 0353, "is willing
    to provide a loan" 0331); None for any other act or status. On pentacode-train, 28 of the 33
    sentences whose first event was such an act are verbal cooperation (class 1)."""
    if status != STATED_TO_COME or not code[:2].isdigit():
        return None
    table = _intents()
    return next((table[code[:k]] for k in range(len(code), 1, -1) if code[:k] in table), None)


def recode(event: Event, code: str) -> None:
    """Give `event` the CAMEO code `code` with its Goldstein score and quad class; its type, status
    and parties stay (CAMEO codes a statement about an act, PLOVER the act)."""
    event.cameo, event.goldstein, event.quad = code, lookup(code).goldstein, quad_class(code)


def restate_intent(event: Event) -> None:
    """Give an act stated to come its intent's CAMEO code (`intent_code`)."""
    code = intent_code(event.cameo or "", event.status)
    if code is not None:
        recode(event, code)
