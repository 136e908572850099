"""indexes for the read path: ordered event timelines, dyad pages, clusters

Additive apart from ix_events_dyad_date, which ix_events_dyad_timeline replaces (its columns
are a prefix of the new one, so every query it served is served as well).

- ix_events_timeline (event_date, document_id, doc_start, id): the timeline's ORDER BY, so
  a page of all events is read in order instead of sorting the table.
- ix_events_dyad_timeline (source, target, event_date, document_id, doc_start, id): one
  direction of a dyad in timeline order; a dyad's page merges the two directions.
- ix_events_target_date (target, event_date): the target side of actor filters.
- ix_clusters_dyad (source, target, event_date, id), ix_clusters_date (event_date, id):
  cluster lists by dyad and date, in their order.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_timeline", "events", ["event_date", "document_id", "doc_start", "id"])
    op.create_index("ix_events_dyad_timeline", "events",
                    ["source", "target", "event_date", "document_id", "doc_start", "id"])
    op.drop_index("ix_events_dyad_date", table_name="events")
    op.create_index("ix_events_target_date", "events", ["target", "event_date"])
    op.create_index("ix_clusters_dyad", "clusters", ["source", "target", "event_date", "id"])
    op.create_index("ix_clusters_date", "clusters", ["event_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_clusters_date", table_name="clusters")
    op.drop_index("ix_clusters_dyad", table_name="clusters")
    op.drop_index("ix_events_target_date", table_name="events")
    op.create_index("ix_events_dyad_date", "events", ["source", "target", "event_date"])
    op.drop_index("ix_events_dyad_timeline", table_name="events")
    op.drop_index("ix_events_timeline", table_name="events")
