"""Lenient parsing of page parameters: a bad value in a form is ignored, never a 500."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Request

from dyadwatch.web import queries as wq

PAGE_SIZE = 50
MAX_PAGE = 10_000


def param(request: Request, name: str, max_len: int = 200) -> str | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    value = value.strip()[:max_len]
    return value or None


def params_list(request: Request, name: str, max_items: int = 32) -> list[str]:
    out: list[str] = []
    for v in request.query_params.getlist(name)[:max_items]:
        out.extend(x.strip()[:40] for x in v.split(",") if x.strip())
    return sorted(set(out))[:max_items]


def page_number(request: Request) -> int:
    try:
        return max(1, min(int(request.query_params.get("page", "1")), MAX_PAGE))
    except ValueError:
        return 1


def iso_week(day: str | None) -> str | None:
    """'2017-10-04' -> '2017-W40' (None for partial or bad dates)."""
    if not day or len(day) != 10:
        return None
    try:
        y, w, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return None
    return f"{y}-W{w:02d}"


def pages(total: int, page: int, size: int = PAGE_SIZE) -> dict[str, Any]:
    last = max(1, -(-total // size))
    page = min(page, last)
    return {"page": page, "last": last, "size": size, "offset": (page - 1) * size,
            "total": total, "first_row": 0 if total == 0 else (page - 1) * size + 1,
            "last_row": min(total, page * size)}


def outlet_names(request: Request) -> dict[str, str]:
    """Stored site name -> the outlet's one display name (see queries.outlets)."""
    engine = request.app.state.engine
    return request.app.state.cache.get(("outlets",), lambda: wq.outlets(engine))


def show_outlets(rows: list[dict[str, Any]], names: dict[str, str], key: str = "doc_site") -> None:
    """Replace each row's site name by its outlet's display name, in place."""
    for r in rows:
        if r.get(key):
            r[key] = names.get(r[key], r[key])


def verdict_dict(v: Any) -> dict[str, Any]:
    """A Verdict object as a dict for templates (tolerant of its exact fields)."""
    d = v.to_dict() if hasattr(v, "to_dict") else dict(v)
    reasons = d.get("reasons") or []
    d["reasons"] = [r if isinstance(r, dict) else {"text": str(r)} for r in reasons]
    return d


__all__ = ["wq"]
