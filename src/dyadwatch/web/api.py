"""JSON API under /api/v1/: documents, events (JSON or CSV), clusters, index, verdicts, search.

Filters match `dyadwatch events`: dyad, from, to, type, status, site. Lists are paginated
with `limit` (capped) and `offset`; CSV downloads are capped at MAX_CSV_ROWS rows.
"""

from __future__ import annotations

import csv
import hmac
import io
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from dyadwatch.errors import DyadwatchError
from dyadwatch.store.documents import document_sentences
from dyadwatch.store.events import EventFilter, count_events, query_events
from dyadwatch.store.search import MAX_QUERY_CHARS
from dyadwatch.store.search import search as store_search
from dyadwatch.web import queries as wq

MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000
MAX_CSV_ROWS = 200_000
CSV_COLUMNS = [
    "id", "event_date", "source", "source_sector", "source_text", "target", "target_sector",
    "target_text", "type", "mode", "cameo", "goldstein", "quad", "status", "date",
    "date_granularity", "trigger", "location", "cluster_id", "document_id", "sentence_id",
    "start", "end", "doc_start", "doc_end", "doc_title", "doc_site", "doc_url", "doc_pub_date",
    "sentence",
]

router = APIRouter(prefix="/api/v1", tags=["read"])
write_router = APIRouter(prefix="/api/v1", tags=["write"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Dyad = Annotated[str, Query(pattern=wq.DYAD_RE, max_length=33,
                            description="Two actor codes, e.g. BLR-RUS (both directions).")]
DateFrom = Annotated[str | None, Query(alias="from", pattern=wq.DATE_RE, max_length=10,
                                       description="First day (YYYY, YYYY-MM or YYYY-MM-DD).")]
DateTo = Annotated[str | None, Query(alias="to", pattern=wq.DATE_RE, max_length=10,
                                     description="Last day; '2017-10' includes all of October.")]


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class SearchPage(BaseModel):
    query: str
    total: int
    documents_total: int
    sentences_total: int
    limit: int
    offset: int
    hits: list[dict[str, Any]]


def _codes(values: list[str]) -> tuple[str, ...]:
    """Repeated or comma-separated values (`type=AGREE&type=CONSULT` or `type=AGREE,CONSULT`)."""
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(sorted(set(out)))[:32]


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
        raise HTTPException(422, "directed needs a dyad")
    return EventFilter(dyad=dyad, directed=directed, actor=actor, date_from=date_from,
                       date_to=date_to, types=_codes(type), statuses=_codes(status),
                       site=site, document_id=document, cluster_id=cluster)


def _engine(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.engine


def _event_out(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in CSV_COLUMNS}


def events_csv_response(engine: Any, f: EventFilter, filename: str = "events.csv") -> StreamingResponse:
    def rows() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        offset = 0
        while offset < MAX_CSV_ROWS:
            batch = query_events(engine, f, limit=min(2000, MAX_CSV_ROWS - offset), offset=offset)
            for r in batch:
                writer.writerow({k: _csv_cell(r.get(k)) for k in CSV_COLUMNS})
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
            if len(batch) < 2000:
                break
            offset += len(batch)

    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="{filename}"'})


def _csv_cell(value: Any) -> Any:
    # A cell starting with = + - @ runs as a formula in spreadsheets: prefix a quote.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.get("/status", summary="Store summary")
def status(request: Request) -> dict[str, Any]:
    """Counts of documents, events and clusters and the date range of the record."""
    return {"version": request.app.version, **wq.summary(_engine(request))}


@router.get("/documents", summary="List documents", response_model=Page)
def documents(request: Request, limit: Limit = 50, offset: Offset = 0,
              site: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    """Documents newest first, without their text (see /documents/{id})."""
    engine = _engine(request)
    return {"total": wq.count_documents(engine, site), "limit": limit, "offset": offset,
            "items": wq.documents_page(engine, site=site, limit=limit, offset=offset)}


@router.get("/documents/{doc_id}", summary="One document with its sentences and events")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    engine = _engine(request)
    doc = wq.document_record(engine, doc_id[:64])
    if doc is None:
        raise HTTPException(404, "no such document")
    doc["sentences"] = [{k: s[k] for k in ("idx", "start", "end", "paragraph", "text", "lang")}
                        for s in document_sentences(engine, doc["id"])]
    doc["events"] = [_event_out(e) for e in wq.document_events(engine, doc["id"])]
    return doc


@router.get("/events", summary="List events (JSON or CSV)", response_model=None)
def events(request: Request, f: Annotated[EventFilter, Depends(event_filter)],
           limit: Limit = 100, offset: Offset = 0,
           format: Literal["json", "csv"] = "json") -> Any:  # noqa: A002
    """Events in date order with their sentence and source. `format=csv` downloads every
    matching event (up to the CSV cap) and ignores limit/offset."""
    engine = _engine(request)
    if format == "csv":
        return events_csv_response(engine, f)
    total = request.app.state.cache.get(("count", repr(f)), lambda: count_events(engine, f))
    return {"total": total, "limit": limit, "offset": offset,
            "items": [_event_out(r) for r in query_events(engine, f, limit=limit, offset=offset)]}


@router.get("/events.csv", summary="Download events as CSV", response_class=StreamingResponse)
def events_csv(request: Request, f: Annotated[EventFilter, Depends(event_filter)]) -> StreamingResponse:
    """Every event matching the filters, as CSV (same columns as `dyadwatch events --format csv`
    plus the sentence and source)."""
    return events_csv_response(_engine(request), f)


@router.get("/events/{event_id}", summary="One event")
def event(request: Request, event_id: str) -> dict[str, Any]:
    engine = _engine(request)
    ev = wq.get_event(engine, event_id[:64])
    if ev is None:
        raise HTTPException(404, "no such event")
    out = _event_out(ev)
    out["cluster_mentions"] = [r["id"] for r in wq.cluster_mentions(engine, ev.get("cluster_id"),
                                                                    exclude=ev["id"])]
    return out


@router.get("/clusters", summary="List clusters", response_model=Page)
def clusters(request: Request, dyad: Annotated[str | None, Query(pattern=wq.DYAD_RE, max_length=33)] = None,
             type: Annotated[list[str], Query(max_length=32)] = [],  # noqa: B006, A002
             date_from: DateFrom = None, date_to: DateTo = None,
             limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Clusters (one real-world event reported by one or more mentions)."""
    total, items = wq.list_clusters(_engine(request), dyad=dyad, types=_codes(type),
                                    date_from=date_from, date_to=date_to, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/clusters/{cluster_id}", summary="One cluster with its mentions")
def cluster(request: Request, cluster_id: str) -> dict[str, Any]:
    engine = _engine(request)
    c = wq.get_cluster(engine, cluster_id[:64])
    if c is None:
        raise HTTPException(404, "no such cluster")
    c["mentions"] = [_event_out(r) for r in wq.cluster_mentions(engine, c["id"], limit=500)]
    return c


def _need(module: str, name: str) -> Any:
    fn = wq.analysis(module, name)
    if fn is None:
        raise HTTPException(404, f"{module}.{name} is not available in this installation")
    return fn


def _day(value: str | None) -> str | None:
    """A date filter that names a day that does not exist (2017-02-30) is refused."""
    if value is not None and wq.valid_date(value) is None:
        raise HTTPException(422, f"{value}: not a date")
    return value


def _user_errors(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run an analysis function; its complaints about the request become 422, not 500."""
    try:
        return fn(*args, **kwargs)
    except (DyadwatchError, ValueError) as exc:
        raise HTTPException(422, str(exc).splitlines()[0] if str(exc) else "invalid request") from exc


@router.get("/index", summary="Relationship index per period")
def index(request: Request, dyad: Dyad,
          freq: Literal["day", "week", "month"] = "week",
          date_from: DateFrom = None, date_to: DateTo = None,
          directed: bool = False) -> list[dict[str, Any]]:
    """The dyad's index per period: events, clusters, sources, counts per quad, Goldstein sum
    and mean, net cooperation, coverage, the normalised index and its grade."""
    compute_index = _need("dyadwatch.analysis.index", "compute_index")
    args = (dyad, freq, _day(date_from), _day(date_to))
    return request.app.state.cache.get(("api-index", *args, directed), lambda: _user_errors(
        compute_index, _engine(request), *args, directed=directed))


@router.get("/verdicts", summary="Weekly verdicts with their reasons")
def verdicts(request: Request, dyad: Dyad, date_from: DateFrom = None,
             date_to: DateTo = None) -> list[dict[str, Any]]:
    """Each week's verdict (better/worse/stable, magnitude) and the events behind it."""
    fn = _need("dyadwatch.analysis.verdict", "verdicts")
    args = (dyad, _day(date_from), _day(date_to))
    return request.app.state.cache.get(("api-verdicts", *args), lambda: [
        v.to_dict() for v in _user_errors(fn, _engine(request), *args)])


@router.get("/search", summary="Full-text search", response_model=SearchPage)
def search(request: Request,
           q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS,
                                   description="Words to find (all must match); \"a phrase\".")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20,
           offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> dict[str, Any]:
    """Document titles then sentences. Each hit's `parts` is a list of [text, is_match]."""
    return store_search(_engine(request), q, limit=limit, offset=offset)


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
