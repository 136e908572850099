"""CAMEO codes: Goldstein score, PLOVER type/mode and quad class from coder/data/cameo.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "cameo.tsv"


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
