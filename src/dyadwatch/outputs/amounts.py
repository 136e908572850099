"""Figures as an analyst writes them, for briefs and pages (the figures stage finds them)."""

from __future__ import annotations

from typing import Any

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def _number(x: float) -> str:
    for size, word in _SCALES:
        if abs(x) >= size and (x / size) >= 1:
            return f"{x / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def format_amount(f: Any) -> str:
    """A figure as an analyst writes it: "about $1.5 billion", "45–50%", "over 400 people"."""
    value, top, unit = _get(f, "value"), _get(f, "value_max"), _get(f, "unit") or ""
    if value is None:
        return ""
    qualifier = _get(f, "qualifier")
    prefix = f"{qualifier} " if qualifier and qualifier != "exact" else ""
    body = _number(value) + (f"–{_number(top)}" if top is not None else "")
    if unit == "%":
        return f"{prefix}{body}%"
    per = ""
    if "/" in unit:  # a price per quantity: "USD/1,000 m³" -> "$127 per 1,000 m³"
        unit, rate = unit.split("/", 1)
        per = f" per {rate}"
    sign = _CURRENCY_SIGNS.get(unit)
    return (f"{prefix}{sign}{body}" if sign else f"{prefix}{body} {unit}".rstrip()) + per


def _get(row: Any, key: str) -> Any:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)
