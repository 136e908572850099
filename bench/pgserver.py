"""A PostgreSQL server for the benchmarks, its data kept beside the generated stores.

Debian's binaries (scripts/system-deps.sh installs them), run as the `postgres` user when
we are root (initdb refuses root), as tests/pg.py does; unlike the tests' server this one
keeps its data (the generated databases are expensive) under STORES/pg/data and listens on
a fixed local port, so a later benchmark run finds the databases again.

Settings: fsync, full-page writes and synchronous commit off (a benchmark server: the bulk
load is several times faster, and what is measured is CPU and memory, not the disk),
256 MB shared buffers.

    python bench/pgserver.py start /work/bench-stores      # prints the server's URL
    python bench/pgserver.py stop /work/bench-stores
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PORT = 54717


def _bindir() -> str:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                  key=lambda p: int(p.split("/")[-3]) if p.split("/")[-3].isdigit() else 0)
    if bins:
        return str(Path(bins[-1]).parent)
    found = shutil.which("pg_ctl")
    if found:
        return str(Path(found).parent)
    raise SystemExit("PostgreSQL is not installed (run scripts/system-deps.sh)")


def _run_as() -> tuple[list[str], str | None]:
    if os.geteuid() != 0:
        return [], None
    pwd.getpwnam("postgres")
    return ["runuser", "-u", "postgres", "--"], "postgres"


def url(port: int = PORT, database: str = "postgres") -> str:
    return f"postgresql://postgres@127.0.0.1:{port}/{database}"


def _data(stores: Path) -> Path:
    return stores / "pg" / "data"


def postmaster_pid(stores: Path) -> int | None:
    try:
        return int((_data(stores) / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def is_running(stores: Path) -> bool:
    pid = postmaster_pid(stores)
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def start(stores: Path, port: int = PORT) -> str:
    """Start the server (initialising its data folder the first time); its URL."""
    bindir = _bindir()
    run_as, user = _run_as()
    root = stores / "pg"
    data = _data(stores)
    if not (data / "PG_VERSION").exists():
        data.mkdir(parents=True, exist_ok=True)
        if user:
            for p in (root, data):
                shutil.chown(p, user, user)
        os.chmod(data, 0o700)
        init = subprocess.run([*run_as, f"{bindir}/initdb", "-D", str(data), "-A", "trust",
                               "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"],
                              capture_output=True, text=True, check=False)
        if init.returncode != 0:
            raise SystemExit(f"initdb failed: {(init.stderr or init.stdout).strip()[-500:]}")
    if not is_running(stores):
        log = root / "server.log"
        log.touch()
        if user:
            shutil.chown(log, user, user)
        opts = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c full_page_writes=off -c synchronous_commit=off -c shared_buffers=256MB "
                "-c max_wal_size=4GB -c checkpoint_timeout=30min -c max_connections=50")
        started = subprocess.run([*run_as, f"{bindir}/pg_ctl", "-D", str(data), "-w", "-t", "120",
                                  "-l", str(log), "-o", opts, "start"],
                                 capture_output=True, text=True, check=False)
        if started.returncode != 0:
            tail = log.read_text(errors="replace").strip().splitlines()[-3:]
            raise SystemExit(f"PostgreSQL did not start: {' | '.join(tail)}")
        time.sleep(0.5)
    return url(port)


def stop(stores: Path) -> None:
    if is_running(stores):
        run_as, _ = _run_as()
        subprocess.run([*run_as, f"{_bindir()}/pg_ctl", "-D", str(_data(stores)), "-m", "fast",
                        "-t", "120", "stop"], capture_output=True, check=False)


@contextmanager
def running(stores: Path, port: int = PORT) -> Iterator[str]:
    """The server's URL; a server started here is stopped at the end."""
    was = is_running(stores)
    server = start(stores, port)
    try:
        yield server
    finally:
        if not was:
            stop(stores)


def children_cpu_s(stores: Path) -> float:
    """CPU seconds of the server's exited processes (its backends once their client left)."""
    pid = postmaster_pid(stores)
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # fields after the name: state is [0]; cutime and cstime are stat fields 16 and 17
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def database_exists(server: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def create_database(server: str, name: str, template: str | None = None) -> str:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # FILE_COPY: a copy of the files after a checkpoint; PostgreSQL 15's default (WAL_LOG)
        # writes a 15 GB template through the WAL as well, twice the disk time
        conn.execute(f'CREATE DATABASE "{name}"'
                     + (f' TEMPLATE "{template}" STRATEGY = FILE_COPY' if template else ""))
    return server.rsplit("/", 1)[0] + "/" + name


def drop_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2 or args[0] not in ("start", "stop"):
        print(__doc__.strip().splitlines()[-2].strip(), file=sys.stderr)
        return 2
    stores = Path(args[1]).resolve()
    if args[0] == "start":
        print(start(stores))
    else:
        stop(stores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
