"""Reading gold items (JSON Lines) with one-line errors for bad input."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadwatch.datafiles import json_lines
from dyadwatch.errors import InputError
from dyadwatch.model import PLOVER_TYPES


@dataclass
class GoldItem:
    id: str
    text: str
    pub_date: str | None = None
    lang: str = "en"
    url: str | None = None
    events: list[dict[str, Any]] | None = None  # None where the file gives no events
    pentacode: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_items(lines: Iterable[str], location: str) -> Iterator[GoldItem]:
    for where, d in json_lines(lines, location):
        if not isinstance(d.get("text"), str):
            raise InputError(where, "each line must be an object with a string 'text'")
        evs = d.get("events")
        if evs is not None:
            if not isinstance(evs, list):
                raise InputError(where, "'events' must be a list")
            for e in evs:
                if not isinstance(e, dict) or e.get("type") not in PLOVER_TYPES:
                    raise InputError(where, f"event with unknown type {e.get('type') if isinstance(e, dict) else e!r}")
        pc = d.get("pentacode")
        yield GoldItem(id=str(d.get("id", where.rsplit(":", 1)[-1])), text=d["text"], pub_date=d.get("pub_date"),
                       lang=d.get("lang") or "en", url=d.get("url"), events=evs,
                       pentacode=int(pc) if pc is not None else None)


def read_gold(path: Path | str) -> list[GoldItem]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(p), exc.strerror or "cannot read") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(p), "not UTF-8 text") from exc
    return list(parse_items(text.splitlines(), str(p)))
