"""Weekly briefs (/brief/BLR-RUS, /brief/BLR-RUS/2017-W40) and the Atom feed (/feed.atom).

/brief/... is the one address of a brief: the feed links there (`outputs.feed.brief_url`);
/briefs/... (what earlier feeds linked to) redirects to it.
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from dyadwatch.web import queries as wq
from dyadwatch.web.app import render
from dyadwatch.web.views.common import param, verdict_dict

router = APIRouter(include_in_schema=False)


def _weeks(request: Request, name: str) -> list[dict]:
    """The dyad's weekly verdicts for the weeks with counted events, oldest first ([] while
    verdicts are not available). A week without any ("no data") has a brief at its address,
    but the list and the previous/next links go from one week with events to the next."""
    fn = wq.analysis("dyadwatch.analysis.verdict", "verdicts")
    weeks_fn = wq.analysis("dyadwatch.analysis.verdict", "verdict_weeks")
    page_fn = wq.analysis("dyadwatch.analysis.verdict", "verdicts_for_weeks")
    engine = request.app.state.engine

    def headlines() -> list[dict]:
        # the stored index's weeks and numbers; a list of headlines needs no reasons
        weeks = weeks_fn(engine, name) if weeks_fn and page_fn else None
        got = page_fn(engine, name, weeks, reasons=False) if weeks is not None else None
        if got is None:
            got = fn(engine, name) if fn else []
        return [verdict_dict(v) for v in got]

    every = request.app.state.cache.get(("verdicts", name, None, None), headlines)
    return [v for v in every if v.get("events")]


def _neighbours(request: Request, name: str, wk: str) -> tuple[list[str], list[str]]:
    """The weeks with counted events before and after `wk` (the nearest last and first): from
    the stored index when it serves the package's settings, else from all the verdicts."""
    from dyadwatch.analysis.index import AnalysisError, period_bounds
    from dyadwatch.analysis.materialised import weighted_week_scales
    from dyadwatch.analysis.settings import resolve

    try:
        start, end = period_bounds(wk, "week")
    except AnalysisError:
        start = end = None
    cfg = resolve(None)
    engine = request.app.state.engine
    if start is not None and end is not None:
        before = weighted_week_scales(engine, name, 1, cfg, before=start)
        after = weighted_week_scales(engine, name, 1_000_000, cfg,
                                     lo=end + timedelta(days=1))
        if before is not None and after is not None:
            return [w for w, _ in before], [w for w, _ in after[-1:]]
    weeks = [v["week"] for v in _weeks(request, name)]
    return [w for w in weeks if w < wk], [w for w in weeks if w > wk]


@router.get("/brief/{dyad}", response_class=HTMLResponse)
def brief_list(request: Request, dyad: str) -> HTMLResponse:
    name = wq.valid_dyad(dyad)
    if name is None:
        raise HTTPException(404, "a dyad looks like BLR-RUS")
    available = wq.analysis("dyadwatch.analysis.verdict", "verdicts") is not None
    weeks = _weeks(request, name)[::-1]
    return render(request, "briefs.html", {"dyad": name, "weeks": weeks, "available": available})


@router.get("/brief/{dyad}/{week}", response_class=HTMLResponse)
def brief_page(request: Request, dyad: str, week: str) -> Response:
    name, wk = wq.valid_dyad(dyad), wq.valid_week(week)
    if name is None or wk is None:
        raise HTTPException(404, "a brief is /brief/BLR-RUS/2017-W40")
    render_brief = wq.analysis("dyadwatch.outputs.brief", "render_brief")
    if render_brief is None:
        raise HTTPException(404, "briefs are not available in this installation")
    # the weeks with events either side of this one (ISO week names sort as the weeks do)
    before, after = _neighbours(request, name, wk)
    nav = {"dyad": f"/dyad/{name}", "briefs": f"/brief/{name}"}
    if before:
        nav["prev"], nav["prev_week"] = f"/brief/{name}/{before[-1]}", before[-1]
    if after:
        nav["next"], nav["next_week"] = f"/brief/{name}/{after[0]}", after[0]
    # the brief is a page of its own (dyadwatch.outputs.brief escapes document text itself),
    # with links to the dashboard's event and document pages and to the weeks either side
    return HTMLResponse(render_brief(request.app.state.engine, name, wk, "html",
                                     link_base="", nav=nav))


@router.get("/briefs/{dyad}")
def briefs_redirect(dyad: str) -> RedirectResponse:
    name = wq.valid_dyad(dyad)
    if name is None:
        raise HTTPException(404, "a dyad looks like BLR-RUS")
    return RedirectResponse(f"/brief/{name}", status_code=301)


@router.get("/briefs/{dyad}/{week}")
def brief_redirect(dyad: str, week: str) -> RedirectResponse:
    name, wk = wq.valid_dyad(dyad), wq.valid_week(week)
    if name is None or wk is None:
        raise HTTPException(404, "a brief is /brief/BLR-RUS/2017-W40")
    return RedirectResponse(f"/brief/{name}/{wk}", status_code=301)


@router.get("/feed.atom")
def feed(request: Request) -> Response:
    name = wq.valid_dyad(param(request, "dyad", 40))
    if name is None:
        raise HTTPException(404, "the feed needs ?dyad=BLR-RUS")
    render_feed = wq.analysis("dyadwatch.outputs.feed", "render_feed")
    if render_feed is None:
        raise HTTPException(404, "feeds are not available in this installation")
    base = request.app.state.base_url or str(request.base_url).rstrip("/")
    return Response(render_feed(request.app.state.engine, name, base_url=base),
                    media_type="application/atom+xml; charset=utf-8")
