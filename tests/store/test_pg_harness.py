"""The PostgreSQL test harness itself: CI fails instead of skipping; no server outlives its run."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.pg import OWNER_FILE, PREFIX

TARGET = "tests/store/test_db.py::test_migrations_create_schema_and_rerun_is_safe"


def _pytest(env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "DYADWATCH_TEST_PG",
                                                             "PYTEST_XDIST_WORKER")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-p", "no:xdist", TARGET], capture_output=True, text=True, cwd=REPO,
                          env=env, timeout=300, check=False)


def test_unreachable_postgresql_skips_locally_and_fails_in_ci() -> None:
    dead = {"DYADWATCH_TEST_PG": "postgresql://postgres@127.0.0.1:9/postgres"}
    local = _pytest(dead)
    assert local.returncode == 0, local.stdout
    assert "1 passed, 1 skipped" in local.stdout and "not reachable" in local.stdout

    ci = _pytest({**dead, "CI": "true"})
    assert ci.returncode == 1, ci.stdout
    assert "1 passed, 1 error" in ci.stdout  # the fixture fails: an error, not a skip
    assert "PostgreSQL is required in CI" in ci.stdout


def test_private_server_is_gone_after_the_run() -> None:
    run = _pytest({})
    assert run.returncode == 0 and "2 passed" in run.stdout, run.stdout
    # Every server folder left under /tmp belongs to a test process still running.
    left = [d for d in glob.glob(f"/tmp/{PREFIX}*") if _owner_dead(d)]
    assert left == []


def _owner_dead(folder: str) -> bool:
    try:
        pid = int(Path(folder, OWNER_FILE).read_text().strip())
    except (OSError, ValueError):
        return False  # not a folder tests/pg.py made
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
