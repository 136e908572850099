"""events.confidence: the learned coder's probability for an event (null from the rule coders)

Additive and cheap at any size: one ALTER TABLE ADD COLUMN (nullable, no default to write),
no rewrite of the events table; rows coded before it keep null.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite >= 3.35): a batch copy of events would trip the read
    # summaries' triggers (0007), which name the events table, and rewrite a big table
    op.drop_column("events", "confidence")
