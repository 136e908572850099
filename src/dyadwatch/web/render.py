"""Rendering helpers: the Jinja environment (autoescape on for every template), safe links,
JSON for <script type="application/json"> blocks, and text split into highlight segments.

Document-derived text is never marked safe: templates receive segments of plain text and
class names we choose, and Jinja escapes the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from dyadwatch.outputs.amounts import format_amount
from dyadwatch.outputs.jinja import bytecode_cache

TEMPLATES_DIR = Path(__file__).parent / "templates"

QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
              4: "Material conflict"}


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (javascript:, data:, relative...)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(c) < 33 or c in '"<>\\`' for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def script_json(data: Any) -> Markup:
    """JSON safe to place inside <script type="application/json">: no '<', '>', '&' or
    line separators appear literally, so '</script>' in the data cannot end the block."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    raw = (raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
           .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(raw)  # noqa: S704 - every markup-significant character is \u-escaped above


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """`?a=1&b=2` from params with some replaced; empty values are dropped."""
    merged = {**params, **changes}
    items: list[tuple[str, str]] = []
    for k, v in merged.items():
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, list | tuple):
            items.extend((k, str(x)) for x in v if x not in (None, ""))
        else:
            items.append((k, str(v)))
    return "?" + urlencode(items) if items else ""


def short(text: str | None, n: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass
class Segment:
    text: str
    cls: str | None = None  # CSS class of a highlight, None for plain text
    href: str | None = None  # link target (our own routes only)
    anchor: str | None = None  # element id
    title: str | None = None


def spans_to_segments(text: str, spans: list[dict[str, Any]], start: int = 0,
                      end: int | None = None) -> list[Segment]:
    """Cut text[start:end] into plain and highlighted segments. Each span is a dict with
    start, end, cls and optional href/anchor/title; overlapping spans after the first are
    dropped (the event table lists them all)."""
    end = len(text) if end is None else end
    out: list[Segment] = []
    pos = start
    for sp in sorted(spans, key=lambda s: (s["start"], -(s["end"] - s["start"]))):
        s, e = max(sp["start"], start), min(sp["end"], end)
        if e <= s or s < pos:
            continue
        if s > pos:
            out.append(Segment(text[pos:s]))
        out.append(Segment(text[s:e], sp.get("cls"), sp.get("href"), sp.get("anchor"),
                           sp.get("title")))
        pos = e
    if pos < end:
        out.append(Segment(text[pos:end]))
    return out


def _occurrences(haystack: str, needle: str) -> list[int]:
    found = [m.start() for m in re.finditer(re.escape(needle), haystack)]
    if not found:
        found = [m.start() for m in re.finditer(re.escape(needle), haystack, re.IGNORECASE)]
    return found


def event_sentence_segments(ev: dict[str, Any]) -> list[Segment]:
    """The event's sentence with trigger (stored offsets), source and target actors (their
    surface strings, found nearest the trigger) marked."""
    sentence = ev.get("sentence") or ""
    t_start, t_end = int(ev.get("start") or 0), int(ev.get("end") or 0)
    spans: list[dict[str, Any]] = []
    if 0 <= t_start < t_end <= len(sentence):
        spans.append({"start": t_start, "end": t_end, "cls": "hl-trigger", "title": "trigger"})
    for role in ("source", "target"):
        surface = (ev.get(f"{role}_text") or "").strip()
        if not surface:
            continue
        taken = [(s["start"], s["end"]) for s in spans]
        best = None
        for pos in _occurrences(sentence, surface):
            rng = (pos, pos + len(surface))
            if any(rng[0] < b and a < rng[1] for a, b in taken):
                continue
            dist = abs(pos - t_start)
            if best is None or dist < best[0]:
                best = (dist, rng)
        if best is not None:
            code = ev.get(role) or ""
            spans.append({"start": best[1][0], "end": best[1][1], "cls": f"hl-{role}",
                          "title": f"{role} {code}".strip()})
    return spans_to_segments(sentence, spans)


def make_templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, bytecode_cache=bytecode_cache("web"))
    env.filters["safe_url"] = safe_url
    env.filters["short"] = short
    env.filters["amount"] = format_amount
    env.filters["script_json"] = script_json
    env.filters["thousands"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    env.globals["QUAD_NAMES"] = QUAD_NAMES
    env.globals["qs"] = query_string
    return Jinja2Templates(env=env)
