"""bench/growth.py: measurements run on upgraded copies; the generated stores are only read."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from dyadwatch.store import open_store
from dyadwatch.store.db import alembic_config, needs_upgrade

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import generate_store  # noqa: E402
import growth  # noqa: E402


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stores folder holding a 60-document generated store one migration behind head."""
    folder = tmp_path_factory.mktemp("stores")
    path = growth.sqlite_store(folder, 60)
    generate_store.build_sqlite(path, 60, quiet=True)
    url = f"sqlite:///{path}"
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    engine.dispose()
    return folder


def test_the_sqlite_copy_is_upgraded_and_the_store_left_as_it_was(stores: Path) -> None:
    base = growth.sqlite_store(stores, 60)
    before = _digest(base)
    assert needs_upgrade(open_store(str(base), migrate=False))
    copy = growth.ensure_sqlite(stores, 60)
    assert copy != base and growth.head_revision() in copy.name
    assert not needs_upgrade(open_store(str(copy), migrate=False))
    assert _digest(base) == before
    stamp = copy.stat().st_mtime_ns
    assert growth.ensure_sqlite(stores, 60) == copy and copy.stat().st_mtime_ns == stamp


def test_a_growth_run_ingests_into_a_copy(stores: Path) -> None:
    before = _digest(growth.sqlite_store(stores, 60))
    res = growth.growth([60], ["sqlite"], stores, batch_docs=3)
    [run] = res["runs"]
    assert (run["store_docs"], run["new"]) == (60, 3) and run["cpu_s"] > 0
    assert _digest(growth.sqlite_store(stores, 60)) == before
    assert not list((stores / "work").glob("growth-*"))  # the measured copy is gone
    shutil.rmtree(stores / "work")


def test_a_store_generated_at_the_newest_schema_is_measured_without_a_second_copy(
        tmp_path: Path) -> None:
    path = growth.sqlite_store(tmp_path, 40)
    generate_store.build_sqlite(path, 40, quiet=True)
    before = _digest(path)
    assert growth.ensure_sqlite(tmp_path, 40) == path
    assert not (tmp_path / "work").exists() and _digest(path) == before
