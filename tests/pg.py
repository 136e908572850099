"""A real PostgreSQL for tests: DYADWATCH_TEST_PG if given, else a private server started here.

The server is Debian's (`apt-get install postgresql`, done by `make test` through
scripts/system-deps.sh); it runs from a temporary data folder on a free local port and stops
when the test process ends.

Robustness rules:
* As root (CI containers) initdb refuses to run, so the server runs as the `postgres` user
  from a folder under /tmp that user can reach; as anyone else it runs as that user.
* Each pytest process (the controller, or each xdist worker under `pytest -n 2`) starts its
  own server in its own folder on its own port, so workers never share or stop each other's
  server; a port taken between choosing and binding it is retried with another.
* A small watchdog process stops the server and removes its folder when the pytest process
  that started it dies, even by SIGKILL; servers left behind by an older run (their owner
  pid is gone) are stopped and removed before a new one starts.
* Under CI (CI=true) a PostgreSQL that cannot start fails the tests instead of skipping them.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

PREFIX = "dyadwatch-pg-"
OWNER_FILE = "dyadwatch-owner.pid"
START_TRIES = 4

_server_url: str | None = None
_server_failed: str | None = None


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no", "off")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bindir() -> str:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                  key=lambda p: int(p.split("/")[-3]) if p.split("/")[-3].isdigit() else 0)
    if not bins:
        found = shutil.which("initdb") or shutil.which("pg_ctl")
        if found:
            return str(Path(found).parent)
        raise RuntimeError("PostgreSQL is not installed (run scripts/system-deps.sh, "
                           "or apt-get install postgresql)")
    return str(Path(bins[-1]).parent)


def _run_as() -> tuple[list[str], str | None]:
    """The command prefix that runs the server's programs, and the user to own its folder."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError("running as root and there is no `postgres` user to run the "
                           "server as (Debian's postgresql package creates it)") from exc
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--"], "postgres"
    if shutil.which("setpriv"):
        return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"], "postgres"
    raise RuntimeError("running as root without runuser/setpriv to drop to the postgres user")


def _base_dir() -> str:
    # As root the folder must be reachable by the postgres user: /tmp is, a root TMPDIR may
    # not be. Unix socket paths are limited to ~100 bytes, so keep the folder short.
    if os.geteuid() == 0 or len(tempfile.gettempdir()) > 40:
        return "/tmp"
    return tempfile.gettempdir()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop(bindir: str, folder: str, run_as: list[str]) -> None:
    """Stop the server whose data lies in `folder`/data, and remove `folder`."""
    pgdata = os.path.join(folder, "data")
    if os.path.exists(os.path.join(pgdata, "postmaster.pid")):
        subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", pgdata, "-m", "immediate", "-t", "20",
                        "stop"], capture_output=True, check=False)
    shutil.rmtree(folder, ignore_errors=True)


def _clean_stale(bindir: str, run_as: list[str]) -> None:
    """Stop and remove servers whose owning test process is gone (killed runs)."""
    for data in glob.glob(os.path.join(_base_dir(), PREFIX + "*")):
        try:
            owner = int(Path(data, OWNER_FILE).read_text().strip())
        except (OSError, ValueError):
            continue  # not made by this module (or being set up this instant): not ours
        if not _pid_alive(owner):
            _stop(bindir, data, run_as)


_WATCHDOG = """
import os, shutil, subprocess, sys, time
owner, bindir, folder, *run_as = sys.argv[1:]
owner = int(owner)
data = os.path.join(folder, "data")
while True:
    try:
        os.kill(owner, 0)
    except ProcessLookupError:
        break
    except PermissionError:
        pass
    if not os.path.isdir(folder):
        sys.exit(0)
    time.sleep(1)
if os.path.exists(os.path.join(data, "postmaster.pid")):
    subprocess.run([*run_as, bindir + "/pg_ctl", "-D", data, "-m", "immediate", "stop"],
                   capture_output=True)
shutil.rmtree(folder, ignore_errors=True)
"""


def _tail(path: str, n: int = 5) -> str:
    try:
        lines = Path(path).read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(lines[-n:])


def _start_server() -> str:
    bindir = _bindir()
    run_as, owner_user = _run_as()
    _clean_stale(bindir, run_as)
    data = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=_base_dir())
    Path(data, OWNER_FILE).write_text(str(os.getpid()))
    pgdata = os.path.join(data, "data")  # initdb wants an empty folder it can own
    os.mkdir(pgdata, 0o700)
    if owner_user:
        for p in (data, pgdata, os.path.join(data, OWNER_FILE)):
            shutil.chown(p, owner_user, owner_user)
    # The watchdog takes the server down with us if this process is killed.
    subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), bindir, data, *run_as],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)
    atexit.register(_stop, bindir, data, run_as)
    init = subprocess.run([*run_as, f"{bindir}/initdb", "-D", pgdata, "-A", "trust",
                           "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"],
                          capture_output=True, text=True, check=False)
    if init.returncode != 0:
        init = subprocess.run([*run_as, f"{bindir}/initdb", "-D", pgdata, "-A", "trust",
                               "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"],
                              capture_output=True, text=True, check=False)
    if init.returncode != 0:
        msg = (init.stderr or init.stdout).strip().splitlines()
        raise RuntimeError(f"initdb failed: {msg[-1] if msg else init.returncode}")
    log = os.path.join(data, "server.log")
    if owner_user:
        Path(log).touch()
        shutil.chown(log, owner_user, owner_user)
    last = ""
    for _ in range(START_TRIES):
        port = _free_port()
        opts = (f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        started = subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", pgdata, "-w", "-t", "60",
                                  "-l", log, "-o", opts, "start"],
                                 capture_output=True, text=True, check=False)
        if started.returncode == 0:
            return f"postgresql://postgres@127.0.0.1:{port}/postgres"
        last = _tail(log) or (started.stderr or started.stdout).strip()
        subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", pgdata, "-m", "immediate", "stop"],
                       capture_output=True, check=False)
        if "could not bind" not in last and "in use" not in last:
            break
    raise RuntimeError(f"PostgreSQL did not start: {last}")


def _check_reachable(url: str) -> None:
    import psycopg

    with psycopg.connect(url, connect_timeout=10) as conn:
        conn.execute("SELECT 1")


def server_url() -> str:
    """The URL of a PostgreSQL server for this test process (started once, on first use)."""
    global _server_url, _server_failed
    if _server_url is None and _server_failed is None:
        given = os.environ.get("DYADWATCH_TEST_PG")
        try:
            url = given or _start_server()
            _check_reachable(url)
            _server_url = url
        except Exception as exc:  # noqa: BLE001 - reported below as one line
            text = str(exc).strip()
            _server_failed = text.splitlines()[0] if text else repr(exc)
            if given:
                _server_failed = f"DYADWATCH_TEST_PG is not reachable: {_server_failed}"
    if _server_url is None:
        if in_ci():
            pytest.fail(f"PostgreSQL is required in CI (CI=true) but unavailable: {_server_failed}",
                        pytrace=False)
        pytest.skip(f"no PostgreSQL: {_server_failed}")
    return _server_url


def fresh_pg_database(request: pytest.FixtureRequest) -> str:
    """Create an empty database and drop it when the asking fixture ends (any scope: one
    test's store, or the web tests' session-long store)."""
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

