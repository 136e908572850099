"""The store: SQLite by default, PostgreSQL for teams. SQLAlchemy Core, Alembic migrations."""

from dyadwatch.store.db import DEFAULT_DB_URL, open_store, resolve_db_url

__all__ = ["DEFAULT_DB_URL", "open_store", "resolve_db_url"]
