"""event clusters bounded to periods (settings `clusters.span_days`); clusters' mean scores

The clustering rule's blocking key gains the period of `span_days` days that holds a
mention's day (analysis/clusters.py), so a cluster can no longer chain a busy pair's reports
over years. No schema change: the stored keys, clusters and index rows were made by the old
rule, so every mention is clustered again (the backfill that 0005 introduced, without its
`counted` marks, which this rule does not change). It runs once the whole chain has, in the
same transaction (store/db.py `run_pending_backfill`); a store still waiting for 0005's
backfill keeps that one, which does all of this too.

- clusters.goldstein_mean: the mean Goldstein score of a cluster's counted mentions, so a
  week's strongest clusters (a verdict's reasons) are ranked from the clusters alone;
- ix_clusters_dyad covers that ranking (status, sectors, goldstein_mean after its columns).
The old clusters are deleted first (the backfill writes them all again), so the new column
and index cost nothing on a big store.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM clusters"))
    op.drop_index("ix_clusters_dyad", table_name="clusters")
    op.add_column("clusters", sa.Column("goldstein_mean", sa.Float(), nullable=True))
    op.create_index("ix_clusters_dyad", "clusters", ["source", "target", "event_date", "id",
                                                     "status", "sectors", "goldstein_mean"])
    conn.execute(sa.text(
        "INSERT INTO store_meta (key, value) SELECT 'pending_backfill', '0011' "
        "WHERE NOT EXISTS (SELECT 1 FROM store_meta WHERE key = 'pending_backfill')"))


def downgrade() -> None:
    # the older rule's clusters come back with `dyadwatch cluster --rebuild` under old code
    op.drop_index("ix_clusters_dyad", table_name="clusters")
    with op.batch_alter_table("clusters") as batch_op:
        batch_op.drop_column("goldstein_mean")
    op.create_index("ix_clusters_dyad", "clusters", ["source", "target", "event_date", "id"])
