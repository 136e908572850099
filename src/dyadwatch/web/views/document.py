"""Document pages: the list, and one document's clean text with its events highlighted."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from dyadwatch.web import queries as wq
from dyadwatch.web.app import render
from dyadwatch.web.render import spans_to_segments
from dyadwatch.web.views.common import outlet_names, page_number, pages, param, show_outlets

router = APIRouter(include_in_schema=False)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request) -> HTMLResponse:
    engine = request.app.state.engine
    site = param(request, "site")
    names = outlet_names(request)
    sites = wq.site_aliases(names, site) if site else None
    pg = pages(wq.count_documents(engine, sites), page_number(request))
    docs = wq.documents_page(engine, site=sites, limit=pg["size"], offset=pg["offset"])
    show_outlets(docs, names, "site")
    return render(request, "documents.html", {"docs": docs, "pg": pg, "site": site,
                                              "filters": {"site": site}})


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    engine = request.app.state.engine
    doc = wq.document_record(engine, doc_id[:64])
    if doc is None:
        raise HTTPException(404, "no such document")
    show_outlets([doc], outlet_names(request), "site")
    events = wq.document_events(engine, doc["id"])
    spans = [{"start": e["doc_start"], "end": e["doc_end"], "cls": f"hl-trigger q{e['quad'] or 0}",
              "href": f"/event/{e['id']}", "anchor": f"ev-{e['id']}",
              "title": f"{e['type']} {e['source'] or '?'}→{e['target'] or '?'} ({e['status']})"}
             for e in events]
    text = doc["text"] or ""
    paragraphs = [spans_to_segments(text, spans, s, e) for s, e in wq.document_paragraphs(engine, doc)]
    return render(request, "document.html", {"doc": doc, "events": events,
                                             "paragraphs": paragraphs})
