"""what keeps an ingest's cost flat as the store grows

- ix_documents_site_day (site, pub_date): the stored index counts one site's articles of one
  date in two languages as one source; updating a period's sources by difference re-counts
  the site-and-day groups that new events touch, found by this index instead of a scan.
- SQLite full-text search: FTS5 merges its segments less eagerly ('automerge' 16 instead of
  4): with the default every few inserts rewrite segments whose size grows with the store,
  so inserting a sentence cost more the bigger the store was; reads are unchanged.

Both are cheap on a big store: one CREATE INDEX over the documents table, one setting.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FTS_TABLES = ("sentences_fts", "documents_fts")


def upgrade() -> None:
    op.create_index("ix_documents_site_day", "documents", ["site", "pub_date"])
    if op.get_bind().dialect.name == "sqlite":
        for table in FTS_TABLES:
            op.execute(f"INSERT INTO {table}({table}, rank) VALUES('automerge', 16)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in FTS_TABLES:
            op.execute(f"INSERT INTO {table}({table}, rank) VALUES('automerge', 4)")
    op.drop_index("ix_documents_site_day", table_name="documents")
