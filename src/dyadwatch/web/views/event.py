"""The event page: the sentence with actors and trigger marked, its source, its cluster."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from dyadwatch.store.figures import list_figures
from dyadwatch.web import queries as wq
from dyadwatch.web.app import render
from dyadwatch.web.render import event_sentence_segments
from dyadwatch.web.views.common import outlet_names, show_outlets

router = APIRouter(include_in_schema=False)


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    engine = request.app.state.engine
    ev = wq.get_event(engine, event_id[:64])
    if ev is None:
        raise HTTPException(404, "no such event")
    mentions = wq.cluster_mentions(engine, ev.get("cluster_id"), exclude=ev["id"])
    for m in mentions:
        m["segments"] = event_sentence_segments(m)
    show_outlets([ev, *mentions], outlet_names(request))
    cluster = wq.get_cluster(engine, ev["cluster_id"]) if ev.get("cluster_id") else None
    same_sentence = [e for e in wq.document_events(engine, ev["document_id"])
                     if e["sentence_id"] == ev["sentence_id"] and e["id"] != ev["id"]]
    # Amounts that belong to this event, else those stated in its sentence.
    figures = list_figures(engine, event_id=ev["id"]) or [
        f for f in list_figures(engine, document_id=ev["document_id"])
        if f["sentence_id"] == ev["sentence_id"]]
    dyad = f"{ev['source']}-{ev['target']}" if ev.get("source") and ev.get("target") else None
    return render(request, "event.html", {
        "ev": ev, "sentence_segments": event_sentence_segments(ev), "mentions": mentions,
        "cluster": cluster, "same_sentence": same_sentence, "figures": figures, "dyad": wq.valid_dyad(dyad),
    })
