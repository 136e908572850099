"""The dyad page: index chart, weekly verdicts, filterable and paginated event timeline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from dyadwatch.errors import DyadwatchError
from dyadwatch.store.events import EventFilter, query_events
from dyadwatch.store.figures import list_figures, list_judgments
from dyadwatch.web import queries as wq
from dyadwatch.web.app import render
from dyadwatch.web.render import event_sentence_segments
from dyadwatch.web.views.common import (
    outlet_names,
    page_number,
    pages,
    param,
    params_list,
    show_outlets,
    verdict_dict,
)

router = APIRouter(include_in_schema=False)
FREQS = ("day", "week", "month")
SECTOR_NAMES = {"OPP": "opposition", "CVL": "civil society", "GOV": "government",
                "MIL": "military", "BUS": "business", "MED": "media"}
MAX_VERDICTS_SHOWN = 12
REASONS_SHOWN = 3  # a verdict's strongest events, in its row of the table
MAX_EXTRAS_SHOWN = 10


@router.get("/dyad/{dyad}", response_class=HTMLResponse)
def dyad_page(request: Request, dyad: str) -> HTMLResponse:
    name = wq.valid_dyad(dyad)
    if name is None:
        raise HTTPException(404, "a dyad looks like BLR-RUS")
    engine = request.app.state.engine
    date_from = wq.valid_date(param(request, "from", 10))
    date_to = wq.valid_date(param(request, "to", 10))
    freq = param(request, "freq")
    if freq not in FREQS:
        freq = request.app.state.cache.get(("freq", name, date_from, date_to),
                                           lambda: _default_freq(engine, name, date_from, date_to))
    types = params_list(request, "type")
    statuses = params_list(request, "status")
    site = param(request, "site")
    names = outlet_names(request)
    f = EventFilter(dyad=name, date_from=date_from, date_to=date_to, types=tuple(types),
                    statuses=tuple(statuses), site=wq.site_aliases(names, site) if site else None)
    cache = request.app.state.cache
    total = cache.get(("count", repr(f)), lambda: wq.count_events(engine, f))
    pg = pages(total, page_number(request))
    rows = query_events(engine, f, limit=pg["size"], offset=pg["offset"])
    for r in rows:
        r["segments"] = event_sentence_segments(r)
    show_outlets(rows, names)

    chart, chart_note = cache.get(("chart", name, freq, date_from, date_to),
                                  lambda: _chart(engine, name, freq, date_from, date_to))
    verdicts: list[dict[str, Any]] = []
    fn = wq.analysis("dyadwatch.analysis.verdict", "latest_verdicts")
    if fn is not None:
        # The newest weeks in which something happened (only those weeks and their
        # baselines are read); the quiet ones are in the API and the briefs.
        try:
            verdicts = cache.get(("latest-verdicts", name, date_from, date_to), lambda: [
                verdict_dict(v)
                for v in fn(engine, name, MAX_VERDICTS_SHOWN, date_from, date_to, sources=False,
                            reasons=REASONS_SHOWN)])
        except (DyadwatchError, ValueError):
            verdicts = []
    # What the dyad's sources quantify and what analysts expect, newest first.
    figures = list_figures(engine, name, date_from, date_to, limit=MAX_EXTRAS_SHOWN,
                           newest_first=True)
    judgments = list_judgments(engine, name, date_from, date_to, limit=MAX_EXTRAS_SHOWN,
                               newest_first=True)
    show_outlets(figures, names)
    show_outlets(judgments, names)
    facets = dict(cache.get(("facets", name), lambda: wq.facets(engine, name)))
    by_outlet: dict[str, int] = {}
    for s, n in facets.get("sites", []):  # one menu entry per outlet, whatever it was called
        by_outlet[names.get(s, s)] = by_outlet.get(names.get(s, s), 0) + n
    facets["sites"] = sorted(by_outlet.items())
    filters = {"freq": freq, "from": date_from, "to": date_to,
               "type": types, "status": statuses, "site": site}
    csv_params = {"dyad": name, "from": date_from, "to": date_to, "type": types,
                  "status": statuses, "site": site}
    return render(request, "dyad.html", {
        "dyad": name, "a": name.split("-")[0], "b": name.split("-")[1], "freq": freq,
        "freqs": FREQS, "filters": filters, "csv_params": csv_params,
        "facets": facets, "rows": rows, "pg": pg, "chart": chart,
        "chart_note": chart_note, "verdicts": verdicts, "sel_types": types,
        "sel_statuses": statuses, "sel_site": site, "date_from": date_from, "date_to": date_to,
        "figures": figures, "judgments": judgments, "sectors": sectors_included(),
        "reasons_shown": REASONS_SHOWN,
    })


def sectors_included() -> dict[str, Any]:
    """Which actors the index and verdicts count, from the analysis settings: state actors,
    plus the non-state sectors (opposition, civil society) that `include_sectors` names."""
    from dyadwatch.analysis.settings import resolve

    cfg = resolve(None)
    non_state = [str(x) for x in cfg.get("non_state_sectors") or ("OPP", "CVL")]
    included = [str(x) for x in cfg.get("include_sectors") or ()]
    return {"included": [(c, SECTOR_NAMES.get(c, c)) for c in included],
            "excluded": [(c, SECTOR_NAMES.get(c, c)) for c in non_state if c not in included]}


def _default_freq(engine: Any, dyad: str, date_from: str | None, date_to: str | None) -> str:
    """Weeks for up to two years of events, months beyond (bars stay readable)."""
    first, last = wq.date_span(engine, dyad)
    first, last = max(first or "", date_from or ""), min(last or "9999", date_to or "9999")
    if first and last and last[:4].isdigit() and first[:4].isdigit():
        return "month" if int(last[:4]) - int(first[:4]) >= 2 else "week"
    return "week"


def _chart(engine: Any, dyad: str, freq: str, date_from: str | None,
           date_to: str | None) -> tuple[dict[str, Any], str | None]:
    compute_index = wq.analysis("dyadwatch.analysis.index", "compute_index")
    note = None
    if compute_index is not None:
        try:
            rows = compute_index(engine, dyad, freq, date_from, date_to)
        except (DyadwatchError, ValueError) as exc:
            rows, note = [], f"No index for these dates: {exc}"
    else:
        rows = wq.volume_by_month(engine, dyad)
        note = "The relationship index is not available here; showing events per month."
        freq = "month"
    keys = ("period", "period_start", "period_end", "events", "quad1", "quad2", "quad3",
            "quad4", "net_cooperation", "goldstein_mean", "normalised", "grade", "coverage")
    series: dict[str, list[Any]] = {k: [r.get(k) for r in rows] for k in keys}
    # The line is the -9..+9 index the verdicts use; a period with no counted event has no
    # value (a gap), never a 0 that would read as "ordinary relations".
    series["scale"] = [r.get("scale") if r.get("grade") is not None else None for r in rows]
    return {"freq": freq, "dyad": dyad, "scale_range": [-9, 9], **series}, note
