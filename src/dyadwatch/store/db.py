"""Opening a store: resolve the URL, tune SQLite, bring the schema to the newest migration."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.pool import NullPool

from dyadwatch.errors import DyadwatchError

if TYPE_CHECKING:  # Alembic is imported only when a store needs migrating (it is slow to load)
    from alembic.config import Config

DEFAULT_DB_URL = "sqlite:///dyadwatch.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class StoreError(DyadwatchError):
    """A store that cannot be opened or used; the message is meant for the user."""


def resolve_db_url(db: str | None = None) -> str:
    """`--db` wins, then `DYADWATCH_DB`, then ./dyadwatch.db. A bare path means SQLite."""
    url = (db or os.environ.get("DYADWATCH_DB") or DEFAULT_DB_URL).strip()
    if "://" not in url:
        url = f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in _PG_SCHEMES:  # psycopg 3 is the driver we ship, whatever the URL names
        url = f"postgresql+psycopg://{rest}"
    return url


# Spellings of a PostgreSQL URL users copy from other tools (libpq, Heroku, SQLAlchemy).
_PG_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg2", "postgresql+psycopg")
PG_CONNECT_TIMEOUT_S = 10
SQLITE_CACHE_KIB = -32768  # negative: KiB, as SQLite's cache_size takes it


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (see SQLAlchemy's
        # "Serializable isolation / Savepoints / Transactional DDL" recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        _use_wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        # 32 MB of page cache (taken only as pages are read) instead of 2 MB: a store of
        # millions of events has index trees whose upper levels no longer fit in 2 MB, and
        # every miss is a system call; a small store never fills it
        cur.execute(f"PRAGMA cache_size = {SQLITE_CACHE_KIB}")
        cur.close()

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn, record) -> None:  # type: ignore[no-untyped-def]
        # a pooled connection that wrote takes a plain BEGIN again when it is next read with
        record.info.pop("write", None)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout
        # instead of failing half-way with "database is locked".
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")


def _use_wal(cur: sqlite3.Cursor) -> None:
    """Switch a store to WAL once. Changing the journal mode needs a moment with no other
    connection, and SQLite answers "locked" at once rather than waiting on busy_timeout, so
    several processes opening a new store together retry for as long as busy_timeout says."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() not in ("wal", "memory"):
                cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


_REVISION = re.compile(r"""^(down_revision|revision)\s*=\s*['"]?([^'"\s]+)['"]?""", re.M)


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration's revision, read from the migration files themselves (so opening
    a store that is up to date does not load Alembic); None when they do not name exactly one."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(m.groups() for m in _REVISION.finditer(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    head = head_revision()
    if head is None:  # an unusual history: ask Alembic
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    return current_revision(engine) != head


def open_store(db: str | None = None, *, migrate: bool = True, read_only: bool = False) -> Engine:
    """An Engine on the store, migrated to the newest schema unless `migrate` is False."""
    url = resolve_db_url(db)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{path}: folder {parent} does not exist")
            if read_only and not Path(path).exists():
                raise StoreError(f"{path}: no such store (run `dyadwatch ingest` first)")
    try:
        if url.startswith("sqlite"):
            if read_only:
                # Readers (the web server, verdict, brief) keep their connections: opening one
                # costs its pragmas and a cold page cache, and a page or command opens dozens.
                # Each checkout still begins its own transaction, so it sees the newest writes.
                engine = create_engine(url, pool_size=8, max_overflow=8,
                                       connect_args={"check_same_thread": False})
            else:
                engine = create_engine(url, poolclass=NullPool)
            _tune_sqlite(engine)
        elif url.startswith("postgresql"):
            # A server that does not answer fails in seconds with one line, not a hang.
            engine = create_engine(url, pool_pre_ping=True, connect_args={
                "connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "dyadwatch"})
        else:
            raise StoreError(f"{_display(url)}: unsupported store (use a SQLite path or "
                             "sqlite:///PATH, or postgresql://USER@HOST/DB)")
        if migrate:
            _migrate(engine, url)
        elif read_only:
            with engine.connect():
                pass  # fail now, clearly, rather than at the first query
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - turned into one clear line for the user
        raise StoreError(f"{_display(url)}: cannot open store: {_one_line(exc)}") from exc
    return engine


# Any fixed 64-bit key: every dyadwatch process migrating the same PostgreSQL database waits
# on this lock, so two that start at once do not both try to create the tables.
_PG_MIGRATION_LOCK = 0x64796164_77617463
_PG_WRITE_LOCK = 0x64796164_77726974


_MIGRATION_CACHE_KIB = -262144


def _migrate(engine: Engine, url: str) -> None:
    """Bring the schema to head; safe when several processes open a new store at once."""
    if not needs_upgrade(engine):
        return
    with engine.connect() as conn:
        conn.info["write"] = True  # SQLite: BEGIN IMMEDIATE, so a second migrator waits
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a backfill rewrites millions of rows in one transaction: a page cache of
            # 256 MB (pages are taken only as needed) instead of 2 MB keeps it from spilling;
            # on the DB-API connection, outside SQLAlchemy's transaction handling
            conn.connection.cursor().execute(f"PRAGMA cache_size = {_MIGRATION_CACHE_KIB}")
        try:
            _migrate_locked(conn, url)
        finally:
            if sqlite:
                conn.connection.cursor().execute(f"PRAGMA cache_size = {SQLITE_CACHE_KIB}")


def _migrate_locked(conn, url: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with conn.begin():
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        current = MigrationContext.configure(conn).get_current_revision()
        head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
        if current == head:  # another process migrated while we waited
            return
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        if current is not None:  # an existing store: on a big one this takes minutes, once
            _tell(f"upgrading the store {_display(url)} from schema {current} to {head} "
                  "(once; minutes on a store of a million documents)")
        t0 = time.monotonic()
        command.upgrade(cfg, "head")
        run_pending_backfill(conn)
        if current is not None:
            _tell(f"store upgraded to schema {head} in {time.monotonic() - t0:.0f} s")


def _tell(line: str) -> None:
    """A line on a terminal's stderr (nothing when stderr is piped: scripts read stdout)."""
    if sys.stderr.isatty():
        print(line, file=sys.stderr, flush=True)


def run_pending_backfill(conn) -> None:  # type: ignore[no-untyped-def]
    """A migration's backfill, once the schema is at head: 0005's (counted marks, clusters,
    the stored index) or 0011's (clusters and the stored index under a changed rule)."""
    row = conn.execute(text("SELECT value FROM store_meta WHERE key = 'pending_backfill'")).first()
    if row is None:
        return
    from dyadwatch.analysis.clusters import rebuild_clusters
    from dyadwatch.analysis.materialised import rebuild_index
    from dyadwatch.store.documents import mark_counted

    if row[0] == "0005":
        mark_counted(conn)
    rebuild_clusters(conn)
    rebuild_index(conn)
    conn.execute(text("DELETE FROM store_meta WHERE key = 'pending_backfill'"))


def _one_line(exc: BaseException) -> str:
    """The first non-empty line of an error, without SQLAlchemy's background link."""
    orig = getattr(exc, "orig", None) or exc
    for line in str(orig).splitlines():
        if line.strip():
            return line.strip()
    return type(orig).__name__


def write_begin(engine: Engine):  # type: ignore[no-untyped-def]
    """A transaction that takes SQLite's write lock at once (a plain BEGIN elsewhere)."""
    conn = engine.connect()
    conn.info["write"] = True
    return _WriteTx(conn)


class _WriteTx:
    def __init__(self, conn) -> None:  # type: ignore[no-untyped-def]
        self.conn = conn

    def __enter__(self):  # type: ignore[no-untyped-def]
        try:
            self.tx = self.conn.begin()
            if self.conn.dialect.name == "postgresql":
                # The same promise as SQLite's BEGIN IMMEDIATE: write transactions queue one
                # after another, so two ingests never race between "is this content known?"
                # and the insert (which would fail one of them on the unique content hash).
                self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")
        except BaseException:
            self.conn.close()
            raise
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        try:
            if exc_type is None:
                self.tx.commit()
            else:
                self.tx.rollback()
        finally:
            self.conn.close()


def _display(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL: show only its scheme
        return url.split("://", 1)[0] + "://..." if "://" in url else url
