"""incremental clustering and the materialised dyad index

- events.counted: 0 for a second reading of one trigger (one mention counts once);
- events.block, events.cluster_day and ix_events_block (block, cluster_day): the clustering
  rule's blocking key and each mention's day, so new mentions find the clusters they may join
  without reading the rest of the store;
- clusters.sectors (non-state sectors of the parties, "" for states), clusters.n_sources
  (documents, a translated article counted once);
- index_periods: the dyad index's per-period rows for the default view;
- coverage_days: documents per publication date (the index's coverage);
- store_meta: the settings fingerprint of the stored index.

Backfill: an existing store gets its coverage counts, `counted`, every mention clustered again under the
current rule (which fills the blocking keys), and its index rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("block", sa.String(length=96), nullable=True))
    op.add_column("events", sa.Column("cluster_day", sa.String(length=10), nullable=True))
    op.add_column("events", sa.Column("counted", sa.Integer(), nullable=True))
    op.create_index("ix_events_block", "events", ["block", "cluster_day"])
    op.add_column("clusters", sa.Column("sectors", sa.String(length=32), nullable=True))
    op.add_column("clusters", sa.Column("n_sources", sa.Integer(), nullable=True))
    op.create_table(
        "index_periods",
        sa.Column("a", sa.String(length=16), nullable=False),
        sa.Column("b", sa.String(length=16), nullable=False),
        sa.Column("freq", sa.String(length=5), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.String(length=10), nullable=False),
        sa.Column("period_end", sa.String(length=10), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("clusters", sa.Integer(), nullable=False),
        sa.Column("weighted", sa.Float(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("quad1", sa.Float(), nullable=False),
        sa.Column("quad2", sa.Float(), nullable=False),
        sa.Column("quad3", sa.Float(), nullable=False),
        sa.Column("quad4", sa.Float(), nullable=False),
        sa.Column("goldstein_sum", sa.Float(), nullable=False),
        sa.Column("goldstein_mean", sa.Float(), nullable=False),
        sa.Column("net_cooperation", sa.Float(), nullable=False),
        sa.Column("scale", sa.Float(), nullable=False),
        sa.Column("grade", sa.String(length=16), nullable=True),
        sa.Column("scored_weight", sa.Float(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("a", "b", "freq", "period"),
    )
    op.create_table(
        "coverage_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    conn = op.get_bind()
    conn.execute(sa.text(
        "INSERT INTO coverage_days (day, documents) SELECT pub_date, count(*) FROM documents "
        "WHERE pub_date IS NOT NULL GROUP BY pub_date"))
    # the rule lives in the package (analysis/clusters.py), not in SQL, and the package reads
    # the head's schema (later revisions add event columns): so the backfill runs once the
    # whole chain has (store/db.py `run_pending_backfill`), in the same transaction
    conn.execute(sa.text("INSERT INTO store_meta (key, value) VALUES ('pending_backfill', '0005')"))


def downgrade() -> None:
    op.drop_table("store_meta")
    op.drop_table("coverage_days")
    op.drop_table("index_periods")
    with op.batch_alter_table("clusters") as batch_op:
        batch_op.drop_column("n_sources")
        batch_op.drop_column("sectors")
    op.drop_index("ix_events_block", table_name="events")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("counted")
        batch_op.drop_column("cluster_day")
        batch_op.drop_column("block")
