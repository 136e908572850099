"""Growth and big-store latency benchmarks (issue 17), run through `bench/run.py`.

growth: the same batch of new documents (bench/generate_corpus.py, seed BATCH_SEED) is
ingested by the real `dyadwatch ingest` command into a fresh copy of stores holding 0, 10,000,
100,000 and 1,000,000 generated documents (bench/generate_store.py); each ingest is its own
process, whose CPU time (user + system) and peak RSS come from wait4(); on PostgreSQL the CPU
of the server's backends that served it is reported beside it. The copy and the schema
upgrade happen before the measured process starts.

latency: on a generated store, `dyadwatch serve` is started several times; after each start
the first request to a route is its cold time, then N more give the warm p50/p95. Then
`dyadwatch verdict` and `dyadwatch brief` are timed as whole commands (wall, process start
included), with `dyadwatch --help` beside them as the cost of starting the program at all.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import generate_corpus  # noqa: E402
import pgserver  # noqa: E402

BATCH_SEED = 1717  # the new documents: not the seed any store was built from
DEFAULT_STORES = Path(os.environ.get("DYADWATCH_BENCH_STORES", "/work/bench-stores"))
TARGETS = {"cpu_ratio": 1.3, "rss_ratio": 1.2, "p95_ms": 200.0, "command_s": 1.0}


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def dyadwatch_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "dyadwatch"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "dyadwatch"]


# --------------------------------------------------------------------------- stores

def sqlite_store(stores: Path, n_docs: int) -> Path:
    return stores / f"store-{n_docs}.db"


def pg_name(n_docs: int) -> str:
    return f"dw_store_{n_docs}"


def head_revision() -> str:
    """The newest migration of the code being measured."""
    from alembic.script import ScriptDirectory

    from dyadwatch.store.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def _copy_sqlite(src: Path, dst: Path) -> None:
    """A complete copy of a SQLite store, leaving the source untouched (a store whose
    write-ahead log still holds pages is copied through SQLite's backup, read-only)."""
    wal = Path(f"{src}-wal")
    if wal.exists() and wal.stat().st_size:
        with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as s, sqlite3.connect(dst) as d:
            s.backup(d)
    else:
        shutil.copyfile(src, dst)


def _sqlite_at(path: Path) -> str | None:
    """The migration a SQLite store is at (the store is not changed)."""
    from dyadwatch.store import open_store
    from dyadwatch.store.db import current_revision

    engine = open_store(str(path), migrate=False)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def _pg_at(url: str) -> str | None:
    """The migration a PostgreSQL database is at (None if it has none)."""
    import psycopg

    with psycopg.connect(url) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except psycopg.Error:
            return None
    return row[0] if row else None


def ensure_sqlite(stores: Path, n_docs: int) -> Path:
    """The generated SQLite store of n_docs documents (built if missing), as a copy upgraded to
    the newest schema: work/store-N-r<revision>.db, made once per revision (never timed). The
    generated store itself is only read, so code on any branch measures the same rows."""
    import generate_store

    path = sqlite_store(stores, n_docs)
    if not path.exists():
        say(f"building {path} (once; see bench/README.md for how long it takes)")
        generate_store.build_sqlite(path, n_docs)
    if _sqlite_at(path) == head_revision():  # generated at the newest schema already (a 1M
        return path                           # store is 10 GB: no second copy to upgrade)
    upgraded = stores / "work" / f"store-{n_docs}-r{head_revision()}.db"
    if not upgraded.exists():
        upgraded.parent.mkdir(exist_ok=True)
        tmp = upgraded.with_suffix(".tmp")
        for suffix in ("", "-wal", "-shm"):  # what a killed run may have left
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        say(f"copying {path} to {upgraded} and upgrading the copy (once)")
        _copy_sqlite(path, tmp)
        generate_store._migrate(f"sqlite:///{tmp}", "head")  # later migrations, never timed
        with sqlite3.connect(tmp) as db:  # everything in the main file, so a copy is complete
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tmp.rename(upgraded)
    return upgraded


def ensure_pg(stores: Path, server: str, n_docs: int) -> str:
    """The database copied from the generated SQLite store (dw_store_N, made once, upgraded
    to the schema of its day), then a copy of it upgraded to the newest schema, named with
    the revision (dw_store_N_r<revision>), so that a copy made by older code is never used."""
    import generate_store

    name = pg_name(n_docs)
    if not pgserver.database_exists(server, name):
        lite = sqlite_store(stores, n_docs)
        if not lite.exists():
            ensure_sqlite(stores, n_docs)
        say(f"copying {lite} into PostgreSQL database {name} (once)")
        pgserver.create_database(server, name)
        try:
            generate_store.copy_to_postgres(lite, server.rsplit("/", 1)[0] + "/" + name)
        except BaseException:
            pgserver.drop_database(server, name)
            raise
    if _pg_at(server.rsplit("/", 1)[0] + "/" + name) == head_revision():
        return server.rsplit("/", 1)[0] + "/" + name  # copied from a store at the newest schema
    upgraded = f"{name}_r{head_revision()}"
    target = server.rsplit("/", 1)[0] + "/" + upgraded
    if not pgserver.database_exists(server, upgraded):
        say(f"copying {name} to {upgraded} and upgrading the copy (once)")
        pgserver.create_database(server, upgraded, name)
        try:
            generate_store._migrate(target.replace("postgresql://", "postgresql+psycopg://", 1),
                                    "head")
        except BaseException:
            pgserver.drop_database(server, upgraded)
            raise
    return target


def batch_folder(stores: Path, n_docs: int) -> Path:
    """The new documents, as files (written once; the same bytes every run)."""
    folder = stores / f"batch-{n_docs}-seed{BATCH_SEED}"
    if not folder.is_dir() or len(list(folder.iterdir())) != n_docs:
        tmp = Path(tempfile.mkdtemp(prefix="batch-", dir=stores))
        tmp.chmod(0o755)
        for doc in generate_corpus.generate(n_docs, seed=BATCH_SEED):
            (tmp / doc.name).write_text(doc.text, encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)
    return folder


# --------------------------------------------------------------------------- measuring

def measure(cmd: list[str], stores: Path | None = None, pg: bool = False) -> dict[str, Any]:
    """Run cmd as a child; its CPU, peak RSS and wall time from wait4 (and the PostgreSQL
    server's CPU spent meanwhile in backends that have exited)."""
    server0 = pgserver.children_cpu_s(stores) if pg and stores else 0.0
    with tempfile.TemporaryFile() as out:
        w0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env={**os.environ, "PYTHONHASHSEED": "0"})
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - w0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    res: dict[str, Any] = {"rc": proc.returncode, "wall_s": round(wall, 2),
                           "cpu_s": round(ru.ru_utime + ru.ru_stime, 2),
                           "maxrss_mib": round(ru.ru_maxrss / 1024, 1), "output": text}
    if pg and stores:
        time.sleep(1.0)  # backends exit just after their client; let the postmaster reap them
        res["server_cpu_s"] = round(pgserver.children_cpu_s(stores) - server0, 2)
    return res


def _ingest_line(text: str) -> dict[str, int]:
    for line in text.splitlines():
        if line.startswith("ingested:"):
            nums = [int(w) for w in line.replace(",", " ").split() if w.isdigit()]
            if len(nums) == 4:
                return dict(zip(("new", "known", "failed", "events"), nums, strict=True))
    return {}


def growth(sizes: list[int], backends: list[str], stores: Path, batch_docs: int = 500,
           repeat: int = 1) -> dict[str, Any]:
    stores.mkdir(parents=True, exist_ok=True)
    batch = batch_folder(stores, batch_docs)
    runs: list[dict[str, Any]] = []
    for backend in backends:
        ctx = pgserver.running(stores) if backend == "postgresql" else None
        server = ctx.__enter__() if ctx else None
        try:
            for n in sizes:
                for rep in range(repeat):
                    r = _growth_one(backend, n, stores, batch, server)
                    r.update({"bench": "growth", "backend": backend, "store_docs": n,
                              "batch_docs": batch_docs, "repeat": rep + 1,
                              "loadavg": round(os.getloadavg()[0], 2)})
                    say(f"  growth {backend} {n:>9,} docs: cpu {r['cpu_s']} s, peak RSS "
                        f"{r['maxrss_mib']} MiB, wall {r['wall_s']} s"
                        + (f", server cpu {r['server_cpu_s']} s" if "server_cpu_s" in r else "")
                        + f" ({r.get('new', '?')} new, {r.get('events', '?')} events)")
                    runs.append(r)
        finally:
            if ctx:
                ctx.__exit__(None, None, None)
    return {"bench": "growth", "runs": runs, "ratios": growth_ratios(runs)}


def _growth_one(backend: str, n: int, stores: Path, batch: Path, server: str | None) -> dict[str, Any]:
    from dyadwatch.store import open_store

    if backend == "sqlite":
        work = stores / "work" / f"growth-{n}.db"
        work.parent.mkdir(exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        if n:
            shutil.copyfile(ensure_sqlite(stores, n), work)
        open_store(str(work)).dispose()  # an empty store is created and migrated here
        try:
            r = measure([*dyadwatch_cmd(), "ingest", str(batch), "--db", str(work), "--no-progress"])
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
    else:
        assert server is not None
        template = ensure_pg(stores, server, n).rsplit("/", 1)[1] if n else None
        target = pgserver.create_database(server, f"dw_growth_{n}", template)
        try:
            open_store(target).dispose()
            r = measure([*dyadwatch_cmd(), "ingest", str(batch), "--db", target, "--no-progress"],
                        stores, pg=True)
        finally:
            pgserver.drop_database(server, f"dw_growth_{n}")
    if r["rc"] not in (0, 1):
        raise SystemExit(f"ingest into the {n}-document {backend} store failed:\n{r['output'][-2000:]}")
    out = r.pop("output")
    r.update(_ingest_line(out))
    return r


def _median(runs: list[dict[str, Any]], *keys: str) -> float:
    return statistics.median(sum(r.get(k, 0.0) for k in keys) for r in runs)


def growth_ratios(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per backend: the largest store's CPU and RSS over the 10,000-document store's
    (medians over repeats)."""
    out: dict[str, Any] = {}
    for backend in sorted({r["backend"] for r in runs}):
        by_n: dict[int, list[dict[str, Any]]] = {}
        for r in runs:
            if r["backend"] == backend:
                by_n.setdefault(r["store_docs"], []).append(r)
        if 10_000 not in by_n or max(by_n) <= 10_000:
            continue
        big = max(by_n)

        small_runs, big_runs = by_n[10_000], by_n[big]
        cpu = _median(big_runs, "cpu_s") / _median(small_runs, "cpu_s")
        rss = _median(big_runs, "maxrss_mib") / _median(small_runs, "maxrss_mib")
        q = {"big": big, "cpu_ratio": round(cpu, 2), "rss_ratio": round(rss, 2),
             "cpu_target_met": cpu <= TARGETS["cpu_ratio"],
             "rss_target_met": rss <= TARGETS["rss_ratio"]}
        if backend == "postgresql":
            # the ingest process and the backends that served it
            q["cpu_with_server_ratio"] = round(_median(big_runs, "cpu_s", "server_cpu_s")
                                               / _median(small_runs, "cpu_s", "server_cpu_s"), 2)
        out[backend] = q
    return out


# --------------------------------------------------------------------------- latency

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: str) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen([*dyadwatch_cmd(), "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:  # a plain connect: no request may warm anything
        if proc.poll() is not None:
            raise SystemExit(f"dyadwatch serve --db {db} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("dyadwatch serve did not start within 180 s")


def _cpu_ms(pid: int) -> float:
    """CPU time (user + system) a running process has used so far, in milliseconds: what a
    request cost the server, whatever else the machine is doing."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def evict_from_os_cache(db: str) -> None:
    """Drop a SQLite store's pages from the OS page cache (posix_fadvise DONTNEED on the file
    and its WAL), so the next start reads them from the disk: the first request after a
    reboot, or after other work pushed the store out of memory."""
    if "://" in db:
        return
    for path in (db, db + "-wal", db + "-shm"):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def latency(db: str, *, dyad: str = "BLR-RUS", week: str = "2020-W34", restarts: int = 5,
            requests: int = 30, command_runs: int = 3, timeout_s: float = 900.0,
            evict: bool = False) -> dict[str, Any]:
    """Cold and warm request times of the dyad page and the index API, and the wall time of
    `verdict` and `brief`. With `evict`, each server start and each command run begins with
    the store's pages out of the OS cache (SQLite only)."""
    import httpx

    routes = [f"/dyad/{dyad}", f"/api/v1/index?dyad={dyad}&freq=week"]
    out: dict[str, Any] = {"bench": "latency", "db": db, "dyad": dyad, "routes": {},
                           "evicted": evict and "://" not in db}
    # One start that is not counted: the first run of a new checkout writes Python's bytecode
    # and the compiled templates (what an installed package already has); its times are kept
    # apart. With `evict` the store is dropped from the OS cache again before each counted start.
    proc, base = _serve(db)
    try:
        with httpx.Client(base_url=base, timeout=timeout_s) as c:
            first = {}
            for route in routes:
                t0 = time.perf_counter()
                c.get(route)
                first[route] = round((time.perf_counter() - t0) * 1000, 1)
    finally:
        proc.terminate()
        proc.wait(30)
    out["first_start_of_checkout_ms"] = first
    say(f"  first start of this checkout (not counted): {first}")
    for route in routes:
        cold, warm, codes = [], [], set()
        cold_cpu, warm_cpu = [], []
        for _ in range(restarts):
            if evict:
                evict_from_os_cache(db)
            proc, base = _serve(db)
            try:
                with httpx.Client(base_url=base, timeout=timeout_s) as c:
                    c0 = _cpu_ms(proc.pid)
                    t0 = time.perf_counter()
                    codes.add(c.get(route).status_code)
                    cold.append((time.perf_counter() - t0) * 1000)
                    c1 = _cpu_ms(proc.pid)
                    cold_cpu.append(c1 - c0)
                    for _ in range(requests):
                        t0 = time.perf_counter()
                        codes.add(c.get(route).status_code)
                        warm.append((time.perf_counter() - t0) * 1000)
                    warm_cpu.append((_cpu_ms(proc.pid) - c1) / max(1, requests))
            finally:
                proc.terminate()
                proc.wait(30)
            say(f"  {route}: cold {cold[-1]:.0f} ms")
        out["routes"][route] = {"cold_ms": [round(x, 1) for x in cold],
                                "cold_p95_ms": round(_p95(cold), 1),
                                "warm_p50_ms": round(statistics.median(warm), 1),
                                "warm_p95_ms": round(_p95(warm), 1),
                                # server CPU: the cold request, and the mean warm one
                                "cold_server_cpu_ms": [round(x) for x in cold_cpu],
                                "warm_server_cpu_ms": round(statistics.mean(warm_cpu), 1),
                                "status": sorted(codes)}
    with tempfile.TemporaryDirectory(prefix="dw-brief-") as tmp:
        commands = {
            "startup (dyadwatch --help)": [*dyadwatch_cmd(), "--help"],
            "verdict": [*dyadwatch_cmd(), "verdict", "--db", db, "--dyad", dyad, "--week", week],
            "brief": [*dyadwatch_cmd(), "brief", "--db", db, "--dyad", dyad, "--week", week,
                      "--format", "html", "-o", str(Path(tmp) / "brief.html")],
        }
        out["commands"] = {}
        for name, cmd in commands.items():
            measure(cmd)  # not counted: as the uncounted start above
            runs = []
            for _ in range(command_runs):
                if evict:
                    evict_from_os_cache(db)
                runs.append(measure(cmd))
            bad = [r for r in runs if r["rc"] != 0]
            if bad:
                raise SystemExit(f"{name} failed:\n{bad[0]['output'][-2000:]}")
            walls = [r["wall_s"] for r in runs]
            out["commands"][name] = {"wall_s": walls, "median_s": statistics.median(walls),
                                     "cpu_s": [r["cpu_s"] for r in runs],
                                     "maxrss_mib": max(r["maxrss_mib"] for r in runs)}
            say(f"  {name}: {walls} s")
    out["loadavg"] = round(os.getloadavg()[0], 2)
    return out


def latency_db(stores: Path, n_docs: int, backend: str) -> tuple[str, Any]:
    """The URL of the generated store to measure on (and the server context to leave)."""
    if backend == "sqlite":
        return str(ensure_sqlite(stores, n_docs)), None
    ctx = pgserver.running(stores)
    server = ctx.__enter__()
    return ensure_pg(stores, server, n_docs), ctx


def table(res: dict[str, Any]) -> str:
    """A Markdown table of a growth or latency result, for RESULTS.md."""
    lines = []
    if res["bench"] == "growth":
        lines += ["| backend | store documents | CPU s (ingest) | server CPU s | peak RSS MiB | wall s | new | events |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for r in res["runs"]:
            lines.append(f"| {r['backend']} | {r['store_docs']:,} | {r['cpu_s']} | "
                         f"{r.get('server_cpu_s', '–')} | {r['maxrss_mib']} | {r['wall_s']} | "
                         f"{r.get('new', '?')} | {r.get('events', '?')} |")
        for backend, q in res["ratios"].items():
            server = (f", ingest + server CPU ×{q['cpu_with_server_ratio']}"
                      if "cpu_with_server_ratio" in q else "")
            lines.append(f"\n{backend}: {q['big']:,} / 10,000: CPU ×{q['cpu_ratio']} "
                         f"(target ≤ {TARGETS['cpu_ratio']}){server}, RSS ×{q['rss_ratio']} "
                         f"(target ≤ {TARGETS['rss_ratio']})")
    else:
        lines += ["| route | cold ms (each start) | cold p95 ms | warm p50 ms | warm p95 ms | "
                  "server CPU ms: cold / warm |", "|---|---|---:|---:|---:|---|"]
        for route, r in res["routes"].items():
            lines.append(f"| `{route}` | {', '.join(str(x) for x in r['cold_ms'])} | "
                         f"{r['cold_p95_ms']} | {r['warm_p50_ms']} | {r['warm_p95_ms']} | "
                         f"{', '.join(str(x) for x in r.get('cold_server_cpu_ms', []))} / "
                         f"{r.get('warm_server_cpu_ms', '–')} |")
        lines += ["", "| command | wall s (each run) | CPU s | peak RSS MiB |", "|---|---|---|---:|"]
        for name, r in res["commands"].items():
            lines.append(f"| {name} | {', '.join(str(x) for x in r['wall_s'])} | "
                         f"{', '.join(str(x) for x in r['cpu_s'])} | {r['maxrss_mib']} |")
        if res.get("evicted"):
            lines.append("\nEach start and each command run began with the store out of the "
                         "OS page cache (--evict).")
    return "\n".join(lines)


def dump(res: dict[str, Any]) -> str:
    return json.dumps(res, ensure_ascii=False)
