"""Weekly briefs (/brief/BLR-RUS, /brief/BLR-RUS/2017-W40) and the Atom feed (/feed.atom)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from dyadwatch.web import queries as wq
from dyadwatch.web.app import render
from dyadwatch.web.views.common import param, verdict_dict

router = APIRouter(include_in_schema=False)


@router.get("/brief/{dyad}", response_class=HTMLResponse)
def brief_list(request: Request, dyad: str) -> HTMLResponse:
    name = wq.valid_dyad(dyad)
    if name is None:
        raise HTTPException(404, "a dyad looks like BLR-RUS")
    fn = wq.analysis("dyadwatch.analysis.verdict", "verdicts")
    engine = request.app.state.engine
    weeks = request.app.state.cache.get(("verdicts", name, None, None), lambda: [
        verdict_dict(v) for v in fn(engine, name)]) if fn else []
    weeks = weeks[::-1]
    return render(request, "briefs.html", {"dyad": name, "weeks": weeks,
                                           "available": fn is not None})


@router.get("/brief/{dyad}/{week}", response_class=HTMLResponse)
def brief_page(request: Request, dyad: str, week: str) -> Response:
    name, wk = wq.valid_dyad(dyad), wq.valid_week(week)
    if name is None or wk is None:
        raise HTTPException(404, "a brief is /brief/BLR-RUS/2017-W40")
    render_brief = wq.analysis("dyadwatch.outputs.brief", "render_brief")
    if render_brief is None:
        raise HTTPException(404, "briefs are not available in this installation")
    html = render_brief(request.app.state.engine, name, wk, "html")
    if html.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return HTMLResponse(html)
    return render(request, "brief_wrap.html", {"dyad": name, "week": wk, "body": html})


@router.get("/feed.atom")
def feed(request: Request) -> Response:
    name = wq.valid_dyad(param(request, "dyad", 40))
    if name is None:
        raise HTTPException(404, "the feed needs ?dyad=BLR-RUS")
    render_feed = wq.analysis("dyadwatch.outputs.feed", "render_feed")
    if render_feed is None:
        raise HTTPException(404, "feeds are not available in this installation")
    base = str(request.base_url).rstrip("/")
    return Response(render_feed(request.app.state.engine, name, base_url=base),
                    media_type="application/atom+xml; charset=utf-8")
