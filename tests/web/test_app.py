from __future__ import annotations

import asyncio

import httpx

from dyadwatch.analysis import index
from dyadwatch.analysis.clusters import cluster_new
from dyadwatch.store import open_store
from dyadwatch.web.app import _get, create_app
from tests.analysis.corpus import worse_week


def test_start_up_answers_a_page_inside_and_keeps_no_answer(tmp_path) -> None:
    """The app warms itself at start (a dyad page and its index answered inside the process)
    but keeps none of the answers: the first real request computes its own."""
    db = str(tmp_path / "dw.db")
    engine = open_store(db)
    worse_week(engine)
    cluster_new(engine)
    app = create_app(db)
    assert app.state.cache._data == {} and index._memo == {}
    # what stays: the page's statements compiled (SQLAlchemy's cache on the app's engine)
    assert len(app.state.engine._compiled_cache) >= 10
    assert asyncio.run(_get(app, "/dyad/BLR-RUS", "")) == 200  # what the warm-up runs

    async def first() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await c.get("/dyad/BLR-RUS")

    app.state.cache.clear()
    page = asyncio.run(first())
    assert page.status_code == 200 and "2017-W40" in page.text
    assert app.state.cache._data  # filled by the request itself


def test_start_up_on_an_empty_store(tmp_path) -> None:
    db = str(tmp_path / "empty.db")
    open_store(db)
    app = create_app(db)
    assert app.state.cache._data == {}
