"""Shared fixtures: real stores (SQLite files, and PostgreSQL when available), real data paths."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
EVAL = SHARED / "eval"
EXAMPLES = REPO / "examples" / "corpus"
ARTIFACTS = REPO / "test-artifacts"


def seed_file(prefix: str) -> Path:
    """The seed document whose name starts with `prefix` (e.g. "001")."""
    matches = sorted(SEEDS.glob(f"{prefix}_*"))
    if not matches:
        pytest.skip(f"no seed {prefix}_* under {SEEDS}")
    return matches[0]


@pytest.fixture
def use_coder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """`use_coder("tree")`: this test codes with that coder (DYADWATCH_CODER); the coders
    cached by other tests are set aside and restored after it."""
    from dyadwatch.coder import run

    saved = dict(run._CACHE)

    def choose(kind: str) -> None:
        monkeypatch.setenv(run.CODER_ENV, kind)
        run._CACHE.clear()

    yield choose
    run._CACHE.clear()
    run._CACHE.update(saved)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'dyadwatch.db'}"


def _backends() -> list[object]:
    """Both backends; DYADWATCH_TEST_BACKENDS=sqlite (comma list) narrows it for quick local runs.

    The PostgreSQL case carries the `pg` mark, so `-m "not pg"` also leaves it out. Under CI
    (CI=true) a PostgreSQL that cannot start fails these tests (see tests/pg.py).
    """
    wanted = os.environ.get("DYADWATCH_TEST_BACKENDS", "sqlite,postgresql")
    names = [b.strip() for b in wanted.split(",") if b.strip() in ("sqlite", "postgresql")]
    return [pytest.param(b, marks=pytest.mark.pg) if b == "postgresql" else b
            for b in names or ["sqlite", "postgresql"]]


@pytest.fixture(params=_backends())
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store URL on each backend: SQLite always, PostgreSQL when one runs."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'dyadwatch.db'}"
    from tests.pg import fresh_pg_database

    return fresh_pg_database(request)
