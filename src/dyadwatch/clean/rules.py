"""Boilerplate rules: the YAML files under clean/lang/<code>/boilerplate.yaml, compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dyadwatch.datafiles import read_mapping
from dyadwatch.errors import DyadwatchError

LANG_DIR = Path(__file__).parent / "lang"
LISTS = ("lines", "widget_tokens", "box_headers", "credits", "captions", "poll_results",
         "bylines", "bio", "metadata")
_SEP = r"[\s|/·•,;:\-–—]"


@dataclass(frozen=True)
class Rules:
    lines: re.Pattern[str]
    widgets: re.Pattern[str]
    box_headers: re.Pattern[str]
    credits: re.Pattern[str]
    captions: re.Pattern[str]
    poll_results: re.Pattern[str]
    bylines: tuple[re.Pattern[str], ...]
    bio: re.Pattern[str]
    metadata: tuple[re.Pattern[str], ...]


_NEVER = re.compile(r"(?!x)x")


def _alt(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return _NEVER
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.I)


@lru_cache(maxsize=4)
def load_rules(extra_dirs: tuple[Path, ...] = ()) -> Rules:
    """Every language's boilerplate.yaml (and any in `extra_dirs`), merged."""
    merged: dict[str, list[str]] = {k: [] for k in LISTS}
    files = sorted(LANG_DIR.glob("*/boilerplate.yaml"))
    for d in extra_dirs:
        files += sorted(Path(d).glob("**/boilerplate.yaml"))
    for f in files:
        data = read_mapping(f, "boilerplate rules")
        for key in LISTS:
            for p in data.get(key) or []:
                try:
                    re.compile(p)
                except re.error as exc:
                    raise DyadwatchError(f"{f}: bad pattern in {key}: {p!r}: {exc}") from None
                merged[key].append(p)
    tok = "(?:" + "|".join(f"(?:{p})" for p in merged["widget_tokens"]) + ")" if merged["widget_tokens"] else "(?!x)x"
    widgets = re.compile(rf"{_SEP}*{tok}(?={_SEP}|$)(?:{_SEP}+{tok}(?={_SEP}|$))*{_SEP}*", re.I)
    return Rules(
        lines=_alt(merged["lines"]),
        widgets=widgets,
        box_headers=_alt(merged["box_headers"]),
        credits=_alt(merged["credits"]),
        captions=_alt(merged["captions"]),
        poll_results=_alt(merged["poll_results"]),
        bylines=tuple(re.compile(p, re.I) for p in merged["bylines"]),
        bio=_alt(merged["bio"]),
        metadata=tuple(re.compile(p, re.I) for p in merged["metadata"]),
    )
