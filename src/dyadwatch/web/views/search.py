"""The search page: document titles and sentences, matches marked by us after escaping."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dyadwatch.store.search import search
from dyadwatch.web.app import render
from dyadwatch.web.views.common import page_number, pages, param

router = APIRouter(include_in_schema=False)
PAGE = 20


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    q = param(request, "q", 200) or ""
    page = page_number(request)
    result = None
    pg = None
    if q:
        result = search(request.app.state.engine, q, limit=PAGE, offset=(page - 1) * PAGE)
        pg = pages(min(result["total"], 10_000), page, PAGE)
    return render(request, "search.html", {"q": q, "result": result, "pg": pg,
                                           "filters": {"q": q}})
