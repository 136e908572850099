"""JSON API under /api/v1/: documents, events (JSON or CSV), clusters, index, verdicts,
figures, judgments, briefs, search. `GET /api/v1` lists the routes.

Filters match `dyadwatch events` and are checked by the same code
(dyadwatch.store.validators): an unknown actor, type or status, or an impossible date, is a
422 whose `detail` names the parameter and the valid choices. Dates may be a year, month,
ISO week or day (2020, 2020-09, 2020-W38, 2020-09-14) and compare as intervals.

Every list answers one envelope: `items`, `total`, `limit`, `offset` and `next` (the path of
the next page, null on the last). Events, clusters, documents, figures and judgments come
newest first; the index and verdicts, which are series, oldest period first. Event rows use
the vocabulary of `dyadwatch events` and the exports (dyadwatch.store.events.EVENT_FIELDS).
"""

from __future__ import annotations

import csv
import hmac
import io
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from dyadwatch.errors import DyadwatchError
from dyadwatch.store import validators as check
from dyadwatch.store.documents import document_sentences
from dyadwatch.store.events import (
    EVENT_FIELDS,
    EventFilter,
    event_record,
    query_events,
)
from dyadwatch.store.figures import count_figures, count_judgments, list_figures, list_judgments
from dyadwatch.store.search import MAX_QUERY_CHARS
from dyadwatch.store.search import search as store_search
from dyadwatch.store.validators import InvalidValue
from dyadwatch.web import queries as wq

MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000
MAX_CSV_ROWS = 200_000
CSV_COLUMNS = list(EVENT_FIELDS)
# A date in any form the validators read; they then check that it exists.
DATE_PATTERN = r"^[0-9]{4}(-?[Ww][0-9]{1,2}|-[0-9]{2}(-[0-9]{2})?)?$"


class Problem(BaseModel):
    """Why a request was refused: one line, or (for malformed parameters) a list of issues."""

    detail: str | list[dict[str, Any]]


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "Nothing by that id or name."},
    422: {"model": Problem, "description": "A parameter is malformed or names nothing that "
                                           "exists (unknown actor, type, status; impossible date)."},
}

router = APIRouter(prefix="/api/v1", tags=["read"], responses=ERRORS)
write_router = APIRouter(prefix="/api/v1", tags=["write"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Dyad = Annotated[str, Query(pattern=wq.DYAD_RE, max_length=33,
                            description="Two actor codes, e.g. BLR-RUS (both directions).")]
DateFrom = Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN, max_length=10,
                                       description="From this year, month, ISO week or day "
                                                   "(2020, 2020-09, 2020-W38, 2020-09-14).")]
DateTo = Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN, max_length=10,
                                     description="Up to the end of this year, month, week or "
                                                 "day; '2017-10' includes all of October.")]


class Page(BaseModel):
    """One page of a list."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    next: str | None


class SearchPage(Page):
    query: str
    documents_total: int
    sentences_total: int


def _valid(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """A validator's refusal as the API's 422 (the same line the CLI prints)."""
    try:
        return fn(*args, **kwargs)
    except InvalidValue as exc:
        raise HTTPException(422, str(exc)) from exc


def _dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    _valid(check.date_range, date_from, date_to, from_argument="from", to_argument="to")
    return date_from, date_to


def _dyad(dyad: str | None) -> str | None:
    return None if dyad is None else _valid(check.dyad, dyad, "dyad")


def page(request: Request, items: list[dict[str, Any]], total: int, limit: int,
         offset: int) -> dict[str, Any]:
    """The list envelope; `next` is this request's path and query with the next offset."""
    following = offset + limit
    nxt = None
    if following < total and following <= MAX_OFFSET:
        url = request.url.include_query_params(offset=following)
        nxt = f"{url.path}?{url.query}"
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next": nxt}


def event_filter(
    dyad: Annotated[str | None, Query(pattern=wq.DYAD_RE, max_length=33,
                                      description="e.g. BLR-RUS; both directions unless directed")] = None,
    directed: Annotated[bool, Query(description="Only source→target of the dyad.")] = False,
    actor: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_]{1,16}$")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    type: Annotated[list[str], Query(max_length=32, description="PLOVER type(s), e.g. AGREE")] = [],  # noqa: B006, A002
    status: Annotated[list[str], Query(max_length=16, description="occurred, planned, ...")] = [],  # noqa: B006
    site: Annotated[str | None, Query(max_length=200, description="Source site name.")] = None,
    document: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9a-f]+$")] = None,
    cluster: Annotated[str | None, Query(max_length=16)] = None,
) -> EventFilter:
    if directed and not dyad:
        raise HTTPException(422, "directed: give a dyad too")
    _dates(date_from, date_to)
    return EventFilter(dyad=_dyad(dyad), directed=directed,
                       actor=None if actor is None else _valid(check.actor, actor, "actor"),
                       date_from=date_from, date_to=date_to,
                       types=_valid(check.event_types, type, "type"),
                       statuses=_valid(check.statuses, status, "status"),
                       site=site, document_id=document, cluster_id=cluster)


def _engine(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.engine


def events_csv_response(engine: Any, f: EventFilter, limit: int | None = None, offset: int = 0,
                        filename: str = "events.csv") -> StreamingResponse:
    """Events newest first as CSV: `limit` rows from `offset` (all, up to the cap, without)."""
    wanted = min(limit if limit is not None else MAX_CSV_ROWS, MAX_CSV_ROWS)

    def rows() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        done = 0
        while done < wanted:
            size = min(2000, wanted - done)
            batch = query_events(engine, f, limit=size, offset=offset + done, newest_first=True)
            for r in batch:
                writer.writerow({k: _csv_cell(v) for k, v in event_record(r).items()})
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
            if len(batch) < size:
                break
            done += len(batch)
        yield buf.getvalue()

    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="{filename}"'})


def _csv_cell(value: Any) -> Any:
    # A cell starting with = + - @ runs as a formula in spreadsheets: prefix a quote.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.get("", summary="The routes of this API", include_in_schema=True)
def api_index(request: Request) -> dict[str, Any]:
    """Every read route with its summary, and where the schema and reference live."""
    routes = [{"path": r.path, "methods": sorted(r.methods or ()), "summary": r.summary}
              for r in router.routes]
    if request.app.state.token:
        routes += [{"path": r.path, "methods": sorted(r.methods or ()), "summary": r.summary}
                   for r in write_router.routes]
    return {"version": request.app.version, "openapi": "/api/v1/openapi.json", "reference": "/api",
            "routes": routes}


@router.get("/status", summary="Store summary")
def status(request: Request) -> dict[str, Any]:
    """Counts of documents, events and clusters and the date range of the record."""
    return {"version": request.app.version, **wq.summary(_engine(request))}


@router.get("/documents", summary="List documents (newest first)", response_model=Page)
def documents(request: Request, limit: Limit = 50, offset: Offset = 0,
              site: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    """Documents newest first (by publication date), without their text (see /documents/{id})."""
    engine = _engine(request)
    return page(request, wq.documents_page(engine, site=site, limit=limit, offset=offset),
                wq.count_documents(engine, site), limit, offset)


@router.get("/documents/{doc_id}", summary="One document with its sentences and events")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    engine = _engine(request)
    doc = wq.document_record(engine, doc_id[:64])
    if doc is None:
        raise HTTPException(404, "no such document")
    doc["sentences"] = [{k: s[k] for k in ("idx", "start", "end", "paragraph", "text", "lang")}
                        for s in document_sentences(engine, doc["id"])]
    doc["events"] = [event_record(e) for e in wq.document_events(engine, doc["id"])]
    return doc


@router.get("/events", summary="List events, newest first (JSON or CSV)", response_model=None,
            responses={200: {"model": Page, "content": {"text/csv": {}}}})
def events(request: Request, f: Annotated[EventFilter, Depends(event_filter)],
           limit: Limit = 100, offset: Offset = 0,
           format: Literal["json", "csv"] = "json") -> Any:  # noqa: A002
    """Events newest first with their sentence and source; `format=csv` gives the same page
    as CSV (the columns of `dyadwatch events --format csv`)."""
    engine = _engine(request)
    if format == "csv":
        return events_csv_response(engine, f, limit, offset)
    total = request.app.state.cache.get(("count", repr(f)), lambda: wq.count_events(engine, f))
    items = [event_record(r) for r in query_events(engine, f, limit=limit, offset=offset,
                                                   newest_first=True)]
    return page(request, items, total, limit, offset)


@router.get("/events.csv", summary="Download events as CSV", response_class=StreamingResponse)
def events_csv(request: Request, f: Annotated[EventFilter, Depends(event_filter)],
               limit: Annotated[int | None, Query(ge=1, le=MAX_CSV_ROWS,
                                                  description="At most this many rows (all, up "
                                                              f"to {MAX_CSV_ROWS}, without).")] = None,
               offset: Offset = 0) -> StreamingResponse:
    """Every event matching the filters (or `limit` of them), newest first, as CSV: the
    columns of `dyadwatch events --format csv`."""
    return events_csv_response(_engine(request), f, limit, offset)


@router.get("/events/{event_id}", summary="One event")
def event(request: Request, event_id: str) -> dict[str, Any]:
    """The event, and `other_mentions`: the ids of the other mentions of its cluster."""
    engine = _engine(request)
    ev = wq.get_event(engine, event_id[:64])
    if ev is None:
        raise HTTPException(404, "no such event")
    out = event_record(ev)
    out["other_mentions"] = [r["id"] for r in wq.cluster_mentions(engine, ev.get("cluster_id"),
                                                                  exclude=ev["id"])]
    return out


def _cluster_out(row: dict[str, Any]) -> dict[str, Any]:
    return {"cluster_id": row["id"], **{k: v for k, v in row.items() if k != "id"}}


@router.get("/clusters", summary="List clusters (newest first)", response_model=Page)
def clusters(request: Request, dyad: Annotated[str | None, Query(pattern=wq.DYAD_RE, max_length=33)] = None,
             type: Annotated[list[str], Query(max_length=32)] = [],  # noqa: B006, A002
             date_from: DateFrom = None, date_to: DateTo = None,
             limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Clusters (one real-world event reported by one or more mentions), newest first."""
    _dates(date_from, date_to)
    total, items = wq.list_clusters(_engine(request), dyad=_dyad(dyad),
                                    types=_valid(check.event_types, type, "type"),
                                    date_from=date_from, date_to=date_to, limit=limit,
                                    offset=offset, newest_first=True)
    return page(request, [_cluster_out(c) for c in items], total, limit, offset)


@router.get("/clusters/{cluster_id}", summary="One cluster with its mentions")
def cluster(request: Request, cluster_id: str) -> dict[str, Any]:
    engine = _engine(request)
    c = wq.get_cluster(engine, cluster_id[:64])
    if c is None:
        raise HTTPException(404, "no such cluster")
    out = _cluster_out(c)
    out["mentions"] = [event_record(r) for r in wq.cluster_mentions(engine, c["id"], limit=500)]
    return out


def _need(module: str, name: str) -> Any:
    fn = wq.analysis(module, name)
    if fn is None:
        raise HTTPException(404, f"{module}.{name} is not available in this installation")
    return fn


def _user_errors(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run an analysis function; its complaints about the request become 422, not 500."""
    try:
        return fn(*args, **kwargs)
    except (DyadwatchError, ValueError) as exc:
        raise HTTPException(422, str(exc).splitlines()[0] if str(exc) else "invalid request") from exc


@router.get("/index", summary="Relationship index per period (oldest first)", response_model=Page)
def index(request: Request, dyad: Dyad,
          freq: Literal["day", "week", "month"] = "week",
          date_from: DateFrom = None, date_to: DateTo = None,
          directed: bool = False, limit: Limit = MAX_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """The dyad's index per period, oldest first: events, clusters, sources, counts per quad,
    Goldstein sum and mean, net cooperation, coverage, the normalised index and its grade
    (columns: docs/exports.md)."""
    compute_index = _need("dyadwatch.analysis.index", "compute_index")
    args = (_dyad(dyad), freq, *_dates(date_from, date_to))
    rows = request.app.state.cache.get(("api-index", *args, directed), lambda: _user_errors(
        compute_index, _engine(request), *args, directed=directed))
    return page(request, rows[offset:offset + limit], len(rows), limit, offset)


def _verdict_rows(request: Request, dyad: str, date_from: str | None,
                  date_to: str | None) -> list[dict[str, Any]]:
    fn = _need("dyadwatch.analysis.verdict", "verdicts")
    args = (dyad, date_from, date_to)
    return request.app.state.cache.get(("api-verdicts", *args), lambda: [
        v.to_dict() for v in _user_errors(fn, _engine(request), *args)])


def _verdict_page(request: Request, dyad: str, date_from: str | None, date_to: str | None,
                  offset: int, limit: int, *, reasons: bool = True,
                  newest_first: bool = False) -> tuple[int, list[dict[str, Any]]] | None:
    """One page of the dyad's weekly verdicts from the stored index: the page's weeks and
    their baselines are read, not the dyad's history (None when the stored rows cannot serve,
    e.g. other settings: then the whole series is computed)."""
    weeks_fn = _need("dyadwatch.analysis.verdict", "verdict_weeks")
    page_fn = _need("dyadwatch.analysis.verdict", "verdicts_for_weeks")
    engine = _engine(request)
    cache = request.app.state.cache
    weeks = cache.get(("verdict-weeks", dyad, date_from, date_to), lambda: _user_errors(
        weeks_fn, engine, dyad, date_from, date_to))
    if weeks is None:
        return None
    chosen = (weeks[::-1] if newest_first else weeks)[offset:offset + limit]
    if newest_first:
        chosen = chosen[::-1]
    key = ("verdict-page", dyad, tuple(chosen[:1]), tuple(chosen[-1:]), len(chosen), reasons)
    got = cache.get(key, lambda: _user_errors(page_fn, engine, dyad, chosen, reasons=reasons))
    if got is None:
        return None
    rows = [v.to_dict() for v in got]
    return len(weeks), rows[::-1] if newest_first else rows


@router.get("/verdicts", summary="Weekly verdicts with their reasons (oldest first)",
            response_model=Page)
def verdicts(request: Request, dyad: Dyad, date_from: DateFrom = None,
             date_to: DateTo = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Each week's verdict (better/worse/unchanged, magnitude) and the events behind it,
    oldest week first. A page costs its own weeks (their reasons are read from the events),
    so it is 100 weeks unless `limit` asks for more; `next` links the following page."""
    name, dates = _dyad(dyad), _dates(date_from, date_to)
    got = _verdict_page(request, name, *dates, offset, limit)
    if got is not None:
        total, rows = got
        return page(request, rows, total, limit, offset)
    rows = _verdict_rows(request, name, *dates)
    return page(request, rows[offset:offset + limit], len(rows), limit, offset)


@router.get("/briefs", summary="The weekly briefs of a dyad (newest first)", response_model=Page)
def briefs(request: Request, dyad: Dyad, date_from: DateFrom = None, date_to: DateTo = None,
           limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """One item per week with events: its verdict headline, and `brief`, the path of the
    brief in JSON (/api/v1/briefs/{dyad}/{week})."""
    name, dates = _dyad(dyad), _dates(date_from, date_to)
    # the headlines only: a page of weeks from the stored index, without their reasons
    got = _verdict_page(request, name, *dates, offset, limit, reasons=False, newest_first=True)
    if got is not None:
        total, shown = got
    else:
        rows = _verdict_rows(request, name, *dates)[::-1]
        total, shown = len(rows), rows[offset:offset + limit]
    items = [{"dyad": name, "week": v["week"], "week_start": v.get("week_start"),
              "week_end": v.get("week_end"), "direction": v.get("direction"),
              "events": v.get("events"), "brief": f"/api/v1/briefs/{name}/{v['week']}"}
             for v in shown]
    return page(request, items, total, limit, offset)


@router.get("/briefs/{dyad}/{week}", summary="One weekly brief")
def brief(request: Request, dyad: str, week: str) -> dict[str, Any]:
    """The week's verdict (as /verdicts gives it) and the brief as Markdown."""
    name = _valid(check.dyad, dyad, "dyad")
    wk = _valid(check.week, week, "week")
    render_brief = _need("dyadwatch.outputs.brief", "render_brief")
    weekly_verdict = _need("dyadwatch.analysis.verdict", "weekly_verdict")
    engine = _engine(request)
    verdict, markdown = request.app.state.cache.get(("api-brief", name, wk), lambda: (
        _user_errors(weekly_verdict, engine, name, wk).to_dict(),
        _user_errors(render_brief, engine, name, wk, "md")))
    return {"dyad": name, "week": wk, "verdict": verdict, "markdown": markdown}


MeasureQ = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_]+$",
                                       description="loan, trade_share, debt, jobs, ...")]


@router.get("/figures", summary="Figures: amounts, shares, counts (newest first)", response_model=Page)
def figures(request: Request, dyad: Annotated[str | None, Query(pattern=wq.DYAD_RE, max_length=33)] = None,
            measure: MeasureQ = None, kind: Literal["money", "percent", "count"] | None = None,
            date_from: DateFrom = None, date_to: DateTo = None,
            event: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9a-f]+$")] = None,
            document: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9a-f]+$")] = None,
            limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Figures with their sentence and document, newest first (as `dyadwatch figures`)."""
    _dates(date_from, date_to)
    args: dict[str, Any] = {"dyad": _dyad(dyad), "date_from": date_from, "date_to": date_to,
                            "event_id": event, "measure": measure, "kind": kind,
                            "document_id": document}
    engine = _engine(request)
    items = list_figures(engine, **args, limit=limit, offset=offset, newest_first=True)
    return page(request, items, count_figures(engine, **args), limit, offset)


@router.get("/judgments", summary="Analysts' judgments (newest first)", response_model=Page)
def judgments(request: Request, dyad: Annotated[str | None, Query(pattern=wq.DYAD_RE, max_length=33)] = None,
              direction: Literal["better", "worse", "stable"] | None = None,
              kind: Literal["forecast", "assessment"] | None = None,
              date_from: DateFrom = None, date_to: DateTo = None,
              document: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9a-f]+$")] = None,
              limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Judgments with their sentence and document, newest first (as `dyadwatch judgments`)."""
    _dates(date_from, date_to)
    args: dict[str, Any] = {"dyad": _dyad(dyad), "date_from": date_from, "date_to": date_to,
                            "direction": direction, "kind": kind, "document_id": document}
    engine = _engine(request)
    items = list_judgments(engine, **args, limit=limit, offset=offset, newest_first=True)
    return page(request, items, count_judgments(engine, **args), limit, offset)


@router.get("/search", summary="Full-text search", response_model=SearchPage)
def search(request: Request,
           q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS,
                                   description="Words to find (all must match); \"a phrase\".")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20,
           offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> dict[str, Any]:
    """Document titles then sentences (best first). Each hit's `kind` is document or
    sentence, and its `parts` is a list of [text, is_match]."""
    found = store_search(_engine(request), q, limit=limit, offset=offset)
    out = page(request, found["hits"], found["total"], found["limit"], found["offset"])
    return {**out, "query": found["query"], "documents_total": found["documents_total"],
            "sentences_total": found["sentences_total"]}


def require_token(request: Request) -> None:
    token = request.app.state.token
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if not token or scheme.lower() != "bearer" or not hmac.compare_digest(
            value.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})


@write_router.post("/clusters/rebuild", summary="Rebuild clusters (needs the token)",
                   dependencies=[Depends(require_token)])
def rebuild_clusters(request: Request) -> dict[str, Any]:
    """Re-assign every event to a cluster and refill the clusters table."""
    fn = _need("dyadwatch.analysis.clusters", "build_clusters")
    n = fn(_engine(request))
    request.app.state.cache.clear()
    return {"clusters": n}
