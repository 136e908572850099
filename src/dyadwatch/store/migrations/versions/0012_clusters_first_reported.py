"""clusters.first_reported: the earliest publication date of a cluster's mentions

A brief's "coming up" lists planned and forecast events known by the end of its week: a
mention of them in a document published by then. Asked of the mentions, that read every
mention of every such cluster of the pair in the weeks ahead and its document (0.9 s on a
store of a million documents read from disk); kept on the cluster, and covered by
ix_clusters_dyad, it is read from the index. Clustering writes it (analysis/clusters.py);
this fills it for the clusters stored, from their mentions, in one statement.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COVERED = ["source", "target", "event_date", "id", "status", "sectors", "goldstein_mean"]


def upgrade() -> None:
    op.drop_index("ix_clusters_dyad", table_name="clusters")
    op.add_column("clusters", sa.Column("first_reported", sa.String(10), nullable=True))
    # UPDATE ... FROM: one pass over the mentions grouped by cluster (SQLite 3.33+, PostgreSQL)
    op.get_bind().execute(sa.text(
        "UPDATE clusters SET first_reported = m.first FROM ("
        " SELECT e.cluster_id AS cluster_id, min(d.pub_date) AS first"
        " FROM events e JOIN documents d ON d.id = e.document_id"
        " WHERE e.cluster_id IS NOT NULL GROUP BY e.cluster_id) AS m"
        " WHERE m.cluster_id = clusters.id"))
    op.create_index("ix_clusters_dyad", "clusters", [*_COVERED, "first_reported"])


def downgrade() -> None:
    op.drop_index("ix_clusters_dyad", table_name="clusters")
    with op.batch_alter_table("clusters") as batch_op:
        batch_op.drop_column("first_reported")
    op.create_index("ix_clusters_dyad", "clusters", _COVERED)
