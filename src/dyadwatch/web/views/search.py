"""The search page: document titles and sentences, matches marked by us after escaping."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dyadwatch.store.search import ORDERS, search
from dyadwatch.web.app import render
from dyadwatch.web.views.common import outlet_names, page_number, pages, param, show_outlets

router = APIRouter(include_in_schema=False)
PAGE = 20
# What a hit is, as the page names it: a document's title, a sentence that carries a coded
# event, any sentence. The menu's values are the store's kinds.
TYPES = {"": ("document", "sentence"), "document": ("document",), "event": ("event",),
         "sentence": ("sentence",)}
TYPE_LABELS = {"": "everything", "document": "documents (titles)", "event": "events",
               "sentence": "sentences"}


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    q = param(request, "q", 200) or ""
    kind = param(request, "type", 20) or ""
    kind = kind if kind in TYPES else ""
    order = param(request, "sort", 20) or "relevance"
    order = order if order in ORDERS else "relevance"
    page = page_number(request)
    result = None
    pg = None
    if q:
        result = search(request.app.state.engine, q, limit=PAGE, offset=(page - 1) * PAGE,
                        kinds=TYPES[kind], order=order)
        pg = pages(min(result["total"], 10_000), page, PAGE)
        show_outlets(result["hits"], outlet_names(request), "site")
    return render(request, "search.html", {
        "q": q, "result": result, "pg": pg, "kind": kind, "order": order, "orders": ORDERS,
        "type_labels": TYPE_LABELS,
        "filters": {"q": q, "type": kind or None, "sort": None if order == "relevance" else order}})
