"""The web application: server-rendered pages, a JSON API under /api/v1/, fixed static routes.

Read-only unless a token is given: write routes exist only then and need `Authorization:
Bearer <token>`. Every response carries a Content-Security-Policy without inline scripts.
"""

from __future__ import annotations

import gzip
import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyadwatch import __version__
from dyadwatch.store import open_store
from dyadwatch.web.queries import StoreCache
from dyadwatch.web.render import make_templates

STATIC_DIR = Path(__file__).parent / "static"
MAX_URL_BYTES = 4096
MAX_BODY_BYTES = 64 * 1024

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class GuardMiddleware:
    """Caps URL and body sizes, refuses NUL characters, and adds security headers to every response (pure ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url_len = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if url_len > MAX_URL_BYTES:
            await _plain(send, 414, "request URL too long")
            return
        # A NUL can match no stored text, and PostgreSQL refuses it in any text parameter
        # (a 500 there, a silent no-match on SQLite): refuse it alike on both backends.
        raw_url = (scope.get("raw_path") or b"") + b"?" + (scope.get("query_string") or b"")
        if b"\x00" in raw_url or b"%00" in raw_url or "\x00" in scope.get("path", ""):
            await _plain(send, 422, "request URL contains a NUL character")
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            await _plain(send, 413, "request body too large")
            return
        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:
                    raise StarletteHTTPException(413, "request body too large")
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                existing = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in existing]
            await send(message)

        await self.app(scope, capped_receive, send_with_headers)


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


@cache
def _plotly_js() -> tuple[bytes, bytes, str]:
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    data = path.read_bytes()
    return data, gzip.compress(data, 6), hashlib.sha256(data).hexdigest()[:16]


@cache
def _static(name: str) -> tuple[bytes, str]:
    data = (STATIC_DIR / name).read_bytes()
    return data, hashlib.sha256(data).hexdigest()[:16]


def _static_response(request: Request, data: bytes, etag: str, media_type: str,
                     gz: bytes | None = None) -> Response:
    tag = f'"{etag}"'
    headers = {"cache-control": "public, max-age=3600", "etag": tag}
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers=headers)
    if gz is not None and "gzip" in request.headers.get("accept-encoding", ""):
        return Response(gz, media_type=media_type, headers={**headers, "content-encoding": "gzip",
                                                             "vary": "accept-encoding"})
    return Response(data, media_type=media_type, headers=headers)


def create_app(db_url: str | None, *, token: str | None = None,
               base_url: str | None = None) -> FastAPI:
    """The app on the store at `db_url` (which must exist). `token` enables write routes.
    `base_url` is the public address (behind a proxy) used in the feed's absolute links;
    without it they follow the address of each request."""
    engine = open_store(db_url, read_only=True)
    app = FastAPI(
        title="DyadWatch API", version=__version__,
        description="Read the DyadWatch event record: documents, coded events with their "
                    "sentences, clusters, the relationship index, weekly verdicts, search.",
        docs_url=None, redoc_url=None, openapi_url="/api/v1/openapi.json",
    )
    app.state.engine = engine
    app.state.token = token or None
    app.state.base_url = base_url.rstrip("/") if base_url else None
    app.state.templates = make_templates()
    app.state.cache = StoreCache(engine)
    app.add_middleware(GuardMiddleware)

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js(request: Request) -> Response:
        data, gz, etag = _plotly_js()
        return _static_response(request, data, etag, "text/javascript", gz)

    @app.get("/static/style.css", include_in_schema=False)
    def style_css(request: Request) -> Response:
        data, etag = _static("style.css")
        return _static_response(request, data, etag, "text/css")

    @app.get("/static/app.js", include_in_schema=False)
    def app_js(request: Request) -> Response:
        data, etag = _static("app.js")
        return _static_response(request, data, etag, "text/javascript")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    from dyadwatch.web import api
    from dyadwatch.web.views import briefs, document, dyad, event, overview, search, sources

    app.include_router(api.router)
    if app.state.token:
        app.include_router(api.write_router)
    for module in (overview, dyad, event, document, search, briefs, sources):
        app.include_router(module.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": errors}, status_code=422)
        msg = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in errors)
        return error_page(request, 422, msg or "invalid request")

    preload(app)
    return app


def preload(app: FastAPI) -> None:
    """Load at start-up what the first requests would otherwise pay for: the analysis modules
    and their settings, the country names and every template compiled (none of it depends on
    the store's content, which is read per request)."""
    import importlib

    for module in ("dyadwatch.analysis.index", "dyadwatch.analysis.verdict",
                   "dyadwatch.analysis.materialised", "dyadwatch.outputs.brief",
                   "dyadwatch.outputs.feed"):
        importlib.import_module(module)
    from dyadwatch.analysis.settings import resolve
    from dyadwatch.outputs.brief import country_names

    resolve(None)
    country_names()
    env = app.state.templates.env
    for name in env.list_templates(extensions=("html",)):
        env.get_template(name)
    app.openapi()  # the schema the /api page and /api/v1/openapi.json show
    warm_up(app)


def warm_up(app: FastAPI) -> None:
    """Answer a dyad page and its index once, inside the process, for one pair the stored
    index holds, then drop every result: what stays is what any first request would pay for
    once (code paths run, SQL statements compiled, the store's connections opened, the
    publication-date coverage read), not an answer to a request."""
    import asyncio

    from sqlalchemy import select

    from dyadwatch.store import schema as t

    p = t.index_periods.c
    try:
        with app.state.engine.connect() as conn:
            pair = conn.execute(select(p.a, p.b).limit(1)).first()
    except Exception:  # noqa: BLE001 - an old or empty store: nothing to warm
        return
    if pair is None:
        return
    dyad = f"{pair.a}-{pair.b}"
    try:
        asyncio.get_running_loop()
        return  # created inside a running event loop (an embedding app): no warm-up
    except RuntimeError:
        pass
    for path, query in ((f"/dyad/{dyad}", ""), ("/api/v1/index", f"dyad={dyad}&freq=week")):
        asyncio.run(_get(app, path, query))
    app.state.cache.clear()
    from dyadwatch.analysis import index

    with index._memo_lock:
        index._memo.clear()


async def _get(app: FastAPI, path: str, query: str) -> int:
    """One GET request through the whole app (middleware included); returns its status."""
    status = 0

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    scope: Scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
        "query_string": query.encode(), "headers": [(b"host", b"127.0.0.1")],
        "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 80),
    }
    await app(scope, receive, send)
    return status


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    titles = {404: "Not found", 413: "Too large", 414: "Too long", 422: "Invalid request",
              405: "Method not allowed"}
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "title": titles.get(status, "Error"),
                                "message": message}, status_code=status)


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context,
                                                        status_code=status)
