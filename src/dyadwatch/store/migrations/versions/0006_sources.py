"""watched sources and the items each has handed over (`dyadwatch sources`, `dyadwatch watch`)

Additive: two new tables, nothing else changes.

- sources: one row per feed, listing page or sitemap, with its schedule and polling state
  (conditional-GET validators, last success and error, consecutive failures for back-off,
  next poll, counts). Times are Unix seconds.
- source_items: (source_id, item_key) of items already seen, so a poll fetches only new ones.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text(), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.Column("every_s", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.Float(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_poll_at", sa.Float(), nullable=True),
        sa.Column("last_success_at", sa.Float(), nullable=True),
        sa.Column("last_error_at", sa.Float(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_status", sa.String(length=32), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_poll_at", sa.Float(), nullable=False),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.Column("documents_stored", sa.Integer(), nullable=False),
    )
    op.create_index("ix_sources_next_poll", "sources", ["next_poll_at"])
    op.create_table(
        "source_items",
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("item_key", sa.String(length=512), primary_key=True),
        sa.Column("first_seen_at", sa.Float(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("source_items")
    op.drop_index("ix_sources_next_poll", table_name="sources")
    op.drop_table("sources")
