"""The Sources page (/sources): every watched source with its state, errors in plain words."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dyadwatch.store.sources import list_sources
from dyadwatch.watch.describe import as_row, plain_error
from dyadwatch.web.app import render

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    # Not cached: the watcher changes these rows between two visits.
    rows = []
    for source in list_sources(request.app.state.engine):
        row = as_row(source)
        row["failing"] = source.failures > 0
        row["plain_error"] = plain_error(source.last_error)
        rows.append(row)
    failing = sum(r["failing"] for r in rows)
    return render(request, "sources.html", {"sources": rows, "failing": failing})
