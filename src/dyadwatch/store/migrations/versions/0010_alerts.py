"""alerts on followed dyads, stored before they are sent (an outbox)

Additive: one new, small table (a row per verdict change or index move of a followed dyad's
week); nothing else changes.

- alerts: the dyad, the ISO week, the kind (verdict | index), the message, the evidence link
  (the week's brief), the JSON sent to webhooks, when it was raised, and each channel's
  delivery state (NULL: not wanted; pending; sent; failed after the retries). `key` (dyad,
  week, kind, new value) is unique, so raising the same alert again stores nothing.
  `outbox` is 1 while a channel is pending: the watcher's retry reads only those rows.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(length=255), nullable=False, unique=True),
        sa.Column("dyad", sa.String(length=16), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("webhook_state", sa.String(length=16), nullable=True),
        sa.Column("mail_state", sa.String(length=16), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("outbox", sa.Integer(), nullable=False),
    )
    op.create_index("ix_alerts_dyad", "alerts", ["dyad", "created_at"])
    op.create_index("ix_alerts_outbox", "alerts", ["outbox"])


def downgrade() -> None:
    op.drop_index("ix_alerts_outbox", table_name="alerts")
    op.drop_index("ix_alerts_dyad", table_name="alerts")
    op.drop_table("alerts")
