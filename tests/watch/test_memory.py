"""The watcher gives freed heap back between cycles."""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.watch.memory import c_allocator_command, release_memory
from tests.conftest import REPO


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="malloc_trim is glibc's")
def test_release_memory_returns_freed_small_blocks_to_the_system() -> None:
    release_memory()
    before = _rss_kib()
    # many small blocks, as parsing leaves them, freed except every 50th so that the heap's
    # top cannot simply shrink: only trimming gives those pages back
    blocks = [bytearray(1024) for _ in range(200_000)]
    kept = blocks[::50]
    del blocks
    grown = _rss_kib()
    assert release_memory() is True
    after = _rss_kib()
    assert grown - before > 100_000  # the blocks really took ~200 MB
    assert after - before < (grown - before) / 2
    assert len(kept) == 4000


def test_c_allocator_command_sets_the_variable_once() -> None:
    argv = ["/usr/bin/python3", "-m", "dyadwatch", "watch", "--db", "x.db"]
    program, new_argv, env = c_allocator_command({"HOME": "/h"}, argv, "/venv/bin/python")
    assert program == "/venv/bin/python"
    assert new_argv == ["/venv/bin/python", "-m", "dyadwatch", "watch", "--db", "x.db"]
    assert env == {"HOME": "/h", "PYTHONMALLOC": "malloc"}
    # already re-executed, or the user chose an allocator: nothing to do
    assert c_allocator_command(env, argv, "/venv/bin/python") is None
    assert c_allocator_command({"PYTHONMALLOC": "pymalloc"}, argv, "/venv/bin/python") is None
    assert c_allocator_command({}, ["python"], "/venv/bin/python") is None


def _environ_of(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    return dict(e.split("=", 1) for e in raw.decode(errors="replace").split("\0") if "=" in e)


@pytest.mark.skipif(platform.system() != "Linux", reason="reads /proc/PID/environ")
def test_watch_process_runs_on_the_c_allocator(tmp_path: Path) -> None:
    """`dyadwatch watch` re-executes itself once (same pid) with PYTHONMALLOC=malloc, polls,
    and a SIGTERM then still stops it cleanly."""
    db = str(tmp_path / "w.db")
    # a source that refuses connections: its failed poll is the sign the loop is running
    result = CliRunner().invoke(cli, ["sources", "add", "http://127.0.0.1:9/feed.xml", "--db", db])
    assert result.exit_code == 0, result.output
    env = {k: v for k, v in os.environ.items() if k != "PYTHONMALLOC"}
    env["PYTHONPATH"] = str(REPO / "src")
    proc = subprocess.Popen([sys.executable, "-m", "dyadwatch", "watch", "--db", db,
                             "--until", "120", "--timeout", "1"],
                            env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    assert proc.stderr is not None
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)
    reader.start()
    try:
        deadline = time.time() + 90
        while time.time() < deadline and proc.poll() is None \
                and not any("poll source=1" in line for line in list(lines)):
            time.sleep(0.2)
        environ = _environ_of(proc.pid)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(timeout=10)
    err = "".join(lines)
    assert "poll source=1" in err
    assert environ.get("PYTHONMALLOC") == "malloc"
    assert proc.returncode == 0, err
    assert "watched: 1 cycles" in err


def test_watch_in_a_test_runner_does_not_reexec(tmp_path: Path) -> None:
    """Under CliRunner the CLI does not own the process: the watch runs in place."""
    result = CliRunner().invoke(cli, ["watch", "--db", str(tmp_path / "w.db"), "--until", "0"])
    assert result.exit_code == 0, result.output
    assert "watched: 0 cycles" in result.output
