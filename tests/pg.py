"""A real PostgreSQL for tests: DYADWATCH_TEST_PG if given, else a private server started here.

The server is Debian's (`apt-get install postgresql`, done by `make test`); it runs from a
temporary data folder on a free local port and stops when the test session ends.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest

_server_url: str | None = None
_server_failed: str | None = None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server() -> str:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    bindir = bins[-1]
    data = tempfile.mkdtemp(prefix="dyadwatch-pg-")
    port = _free_port()
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: use the postgres user
        shutil.chown(data, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*run_as, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", data, "-w", "-l", f"{data}/log",
                    "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off",
                    "start"], check=True, capture_output=True)

    def _stop() -> None:
        subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)

    atexit.register(_stop)
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def server_url() -> str:
    global _server_url, _server_failed
    if _server_url is None and _server_failed is None:
        given = os.environ.get("DYADWATCH_TEST_PG")
        try:
            _server_url = given or _start_server()
        except Exception as exc:  # noqa: BLE001
            _server_failed = str(exc).splitlines()[0] if str(exc) else repr(exc)
    if _server_url is None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL needed in CI: {_server_failed}")
        pytest.skip(f"no PostgreSQL: {_server_failed}")
    return _server_url


def fresh_pg_database(request: pytest.FixtureRequest) -> str:
    """Create an empty database for one test and drop it afterwards."""
    import psycopg

    base = server_url()
    name = "dw_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def _drop() -> None:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(_drop)
    return base.rsplit("/", 1)[0] + "/" + name
