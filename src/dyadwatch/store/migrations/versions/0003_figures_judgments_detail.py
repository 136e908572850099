"""figures and judgments: date granularity, judgment kind and cue, lookup indexes

Additive: new nullable columns and indexes only.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("figures") as batch_op:
        batch_op.add_column(sa.Column("date_granularity", sa.String(length=5), nullable=True))
    with op.batch_alter_table("judgments") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("cue", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("date_granularity", sa.String(length=5), nullable=True))
    op.create_index("ix_figures_document", "figures", ["document_id"])
    op.create_index("ix_figures_dyad", "figures", ["source", "target"])
    op.create_index("ix_figures_event", "figures", ["event_id"])
    op.create_index("ix_judgments_document", "judgments", ["document_id"])
    op.create_index("ix_judgments_dyad", "judgments", ["source", "target"])


def downgrade() -> None:
    op.drop_index("ix_judgments_dyad", table_name="judgments")
    op.drop_index("ix_judgments_document", table_name="judgments")
    op.drop_index("ix_figures_event", table_name="figures")
    op.drop_index("ix_figures_dyad", table_name="figures")
    op.drop_index("ix_figures_document", table_name="figures")
    with op.batch_alter_table("judgments") as batch_op:
        batch_op.drop_column("date_granularity")
        batch_op.drop_column("cue")
        batch_op.drop_column("kind")
    with op.batch_alter_table("figures") as batch_op:
        batch_op.drop_column("date_granularity")
