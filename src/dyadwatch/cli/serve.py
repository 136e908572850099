"""`dyadwatch serve`: the dashboard and JSON API in a browser."""

from __future__ import annotations

import click

from dyadwatch.cli.common import db_option, owns_process
from dyadwatch.cli.outputs import base_url_option
from dyadwatch.cli.watch import use_c_allocator, watch_options, watcher_kwargs


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Keep 127.0.0.1 unless others must reach it.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@db_option
@click.option("--token", envvar="DYADWATCH_TOKEN", default=None, metavar="SECRET",
              help="Enable write routes (e.g. POST /api/v1/clusters/rebuild), which then need "
                   "'Authorization: Bearer SECRET'. Without it the server is read-only. "
                   "[env DYADWATCH_TOKEN]")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--watch", "with_watch", is_flag=True,
              help="Also run the watcher (see `dyadwatch watch`) in this process.")
@watch_options
@base_url_option
def serve(host: str, port: int, db: str | None, token: str | None, log_level: str,
          base_url: str | None, with_watch: bool, dyads: tuple[str, ...], threshold: float,
          webhook: str | None, smtp: str | None, mail_to: tuple[str, ...], mail_from: str, host_delay: float,
          timeout: float | None, no_code: bool, dictionaries: tuple) -> None:  # type: ignore[type-arg]
    """Serve the dashboard (overview, dyads, events, documents, search, briefs, sources) and
    the JSON API under /api/v1/ (reference at /api, schema at /api/v1/openapi.json).
    With --watch the sources are polled beside it (the watch options apply).

    \b
    Example:
      dyadwatch serve --db dyadwatch.db
      dyadwatch serve --watch --dyad BLR-RUS     # dashboard + watcher in one process
      dyadwatch serve --host 0.0.0.0 --base-url https://dyadwatch.example.org
      open http://127.0.0.1:8000/dyad/BLR-RUS
      curl 'http://127.0.0.1:8000/api/v1/events?dyad=BLR-RUS&limit=5'
    """
    if with_watch and owns_process():
        use_c_allocator()  # a watcher runs for months: see watch/memory.py
    import uvicorn

    from dyadwatch.outputs.feed import check_base_url
    from dyadwatch.web.app import create_app

    public = check_base_url(base_url) if base_url else None
    background = None
    if with_watch:
        from dyadwatch.cli.watch import configure_logging
        from dyadwatch.pipeline import PipelineOptions
        from dyadwatch.store import open_store
        from dyadwatch.watch.loop import start_in_background

        configure_logging(quiet=False)
        kwargs = watcher_kwargs(dyads, threshold, webhook, smtp, mail_to, mail_from, host_delay,
                                timeout, base_url=public or _own_address(host, port))
        options = PipelineOptions(dictionary_dirs=tuple(dictionaries), code_events=not no_code,
                                  extras=not no_code)
        background = start_in_background(open_store(db), options, **kwargs)
    app = create_app(db, token=token, base_url=public)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the store",
                   err=True)
    click.echo(f"DyadWatch on http://{host}:{port}/ (Ctrl+C to stop)"
               + (f", published as {public}/" if public else ""), err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                    limit_concurrency=64, timeout_keep_alive=5, h11_max_incomplete_event_size=16384)
    finally:
        if background is not None:  # uvicorn has stopped (SIGTERM/Ctrl+C): stop the watcher too
            thread, stop = background
            stop.set()
            thread.join(timeout=120)


def _own_address(host: str, port: int) -> str:
    """The server's own address, for alert links when no --base-url is given."""
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
