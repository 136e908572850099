"""The overview page: the record at a glance, the busiest dyads with their latest verdict."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dyadwatch.web import queries as wq
from dyadwatch.web.app import render
from dyadwatch.web.views.common import iso_week, verdict_dict

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    engine = request.app.state.engine
    cache = request.app.state.cache
    dyads = cache.get(("overview",), lambda: _dyads(engine))
    summary = cache.get(("summary",), lambda: wq.summary(engine))
    return render(request, "overview.html", {"summary": summary, "dyads": dyads})


def _dyads(engine: Any) -> list[dict[str, Any]]:
    dyads = wq.top_dyads(engine, limit=12)
    weekly = wq.analysis("dyadwatch.analysis.verdict", "weekly_verdict")
    for d in dyads:
        d["points"] = wq.sparkline_points(d["spark"])
        d["latest_week"] = iso_week(d["last_date"])
        d["verdict"] = None
        if weekly is not None and d["latest_week"]:
            v = weekly(engine, d["dyad"], d["latest_week"])
            d["verdict"] = verdict_dict(v) if v is not None else None
    return dyads


@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered here from the OpenAPI schema (works offline)."""
    schema = request.app.openapi()
    ops: list[dict[str, Any]] = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary"),
                        "description": op.get("description"),
                        "params": [{"name": p["name"], "in": p["in"], "required": p.get("required"),
                                    "description": p.get("description") or "",
                                    "schema": _type(p.get("schema", {}))}
                                   for p in op.get("parameters", [])]})
    return render(request, "api.html", {"ops": ops, "version": schema["info"]["version"]})


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    if "enum" in schema:
        return " | ".join(str(x) for x in schema["enum"])
    return str(schema.get("type", ""))
