"""Table definitions. Migrations under `migrations/` create exactly these."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(16), primary_key=True),  # first 16 hex of content_hash
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("location", Text, nullable=False),  # the smallest path or URL it was read from
    Column("url", Text),
    Column("site", Text),
    Column("title", Text),
    Column("author", Text),
    Column("pub_date", String(10)),  # YYYY-MM-DD | YYYY-MM | YYYY
    Column("pub_date_granularity", String(5)),  # day | month | year
    Column("lang", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("n_sentences", Integer, nullable=False, default=0),
    Column("ingested_at", String(32), nullable=False),
)

document_locations = Table(
    "document_locations",
    metadata,
    Column("location", Text, primary_key=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
)

paragraphs = Table(
    "paragraphs",
    metadata,
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", String(24), primary_key=True),  # "<document_id>-<idx>"
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False, default=0),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("lang", String(8), nullable=False),
    UniqueConstraint("document_id", "idx", name="uq_sentences_document_idx"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(16), primary_key=True),  # stable hash of provenance + codes
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_id", String(24), ForeignKey("sentences.id", ondelete="CASCADE"), nullable=False),
    Column("source", String(16)),
    Column("source_sector", String(8)),
    Column("source_text", Text),
    Column("target", String(16)),
    Column("target_sector", String(8)),
    Column("target_text", Text),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("cameo", String(8), nullable=False),
    Column("goldstein", Float),
    Column("quad", Integer),
    Column("status", String(16), nullable=False),
    Column("date", String(10)),
    Column("date_granularity", String(5)),
    Column("event_date", String(10)),  # date, else the document's pub_date: what analysis bins on
    Column("trigger", Text),
    Column("start", Integer, nullable=False),  # trigger offsets in the sentence
    Column("end", Integer, nullable=False),
    Column("doc_start", Integer, nullable=False),  # trigger offsets in the document text
    Column("doc_end", Integer, nullable=False),
    Column("location", Text),
    Column("cluster_id", String(16)),
    # 0005: the clustering rule's blocking key (dyad, type, status, non-state sectors) and the
    # mention's resolved day, so a new mention finds the clusters it may join by an index
    Column("block", String(96)),
    Column("cluster_day", String(10)),
    # 0005: 0 when another reading of the same trigger, sentence and parties has a firmer
    # status (a promised loan: an agreement that occurred, aid that is hypothetical): stored
    # and listed, but one mention counts once in the index
    Column("counted", Integer),
    # 0008: the learned coder's probability that the event is in the text; null from the rules
    Column("confidence", Float),
)

# one direction of a dyad in timeline order (0004; replaces ix_events_dyad_date)
Index("ix_events_dyad_timeline", events.c.source, events.c.target, events.c.event_date,
      events.c.document_id, events.c.doc_start, events.c.id)
# the timeline's ORDER BY (0004)
Index("ix_events_timeline", events.c.event_date, events.c.document_id, events.c.doc_start,
      events.c.id)
Index("ix_events_target_date", events.c.target, events.c.event_date)  # 0004
Index("ix_events_document", events.c.document_id)
Index("ix_events_type", events.c.type)
Index("ix_events_cluster", events.c.cluster_id)
Index("ix_events_block", events.c.block, events.c.cluster_day)  # 0005
Index("ix_sentences_document", sentences.c.document_id)
Index("ix_documents_pub_date", documents.c.pub_date)
# 0009: one site's documents of one date (the index's sources, a translation counted once)
Index("ix_documents_site_day", documents.c.site, documents.c.pub_date)

clusters = Table(
    "clusters",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("source", String(16)),
    Column("target", String(16)),
    Column("type", String(16), nullable=False),
    Column("cameo", String(8)),
    Column("status", String(16)),
    Column("event_date", String(10)),
    Column("first_date", String(10)),
    Column("last_date", String(10)),
    Column("n_mentions", Integer, nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("representative_event_id", String(16)),
    Column("sectors", String(32)),  # 0005: non-state sectors of its parties, "" for states
    Column("n_sources", Integer),  # 0005: documents, a translation counted with its original
    # 0011: the mean Goldstein score of its counted mentions (None: none counts or is scored),
    # so a week's strongest clusters are ranked from the clusters alone
    Column("goldstein_mean", Float),
    # 0012: the earliest publication date of its mentions' documents (None: none is dated),
    # so what was known by a day (a brief's "coming up") is read from the clusters alone
    Column("first_reported", String(10)),
)

# 0004; 0011 covers what ranking a pair's clusters of some days reads (verdicts' reasons);
# 0012 adds when each was first reported (a brief's events ahead)
Index("ix_clusters_dyad", clusters.c.source, clusters.c.target, clusters.c.event_date,
      clusters.c.id, clusters.c.status, clusters.c.sectors, clusters.c.goldstein_mean,
      clusters.c.first_reported)
Index("ix_clusters_date", clusters.c.event_date, clusters.c.id)  # 0004

# 0005: the dyad index, materialised: one row per unordered pair (a < b), frequency and period
# with events, for the default view (both directions, state actors, the package's settings).
# Ingest, recode and import update the periods their events touch.
index_periods = Table(
    "index_periods",
    metadata,
    Column("a", String(16), primary_key=True),
    Column("b", String(16), primary_key=True),
    Column("freq", String(5), primary_key=True),
    Column("period", String(10), primary_key=True),
    Column("period_start", String(10), nullable=False),
    Column("period_end", String(10), nullable=False),
    Column("events", Integer, nullable=False),
    Column("clusters", Integer, nullable=False),
    Column("weighted", Float, nullable=False),
    Column("sources", Integer, nullable=False),
    Column("quad1", Float, nullable=False),
    Column("quad2", Float, nullable=False),
    Column("quad3", Float, nullable=False),
    Column("quad4", Float, nullable=False),
    Column("goldstein_sum", Float, nullable=False),
    Column("goldstein_mean", Float, nullable=False),
    Column("net_cooperation", Float, nullable=False),
    Column("scale", Float, nullable=False),
    Column("grade", String(16)),
    Column("scored_weight", Float, nullable=False),  # weight of events with a Goldstein score
    Column("counted", Integer, nullable=False),  # distinct events with weight > 0
)

# 0005: documents per publication date (YYYY-MM-DD, YYYY-MM or YYYY): the index's coverage
coverage_days = Table(
    "coverage_days",
    metadata,
    Column("day", String(10), primary_key=True),
    Column("documents", Integer, nullable=False),
)

# 0005: small facts about the store, e.g. the settings fingerprint of the materialised index
store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text),
)

figures = Table(
    "figures",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_id", String(24), ForeignKey("sentences.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # money | percent | count
    Column("value", Float),
    Column("value_max", Float),
    Column("unit", String(16)),  # USD, EUR, RUB, BYN, %, people, ...
    Column("qualifier", String(16)),  # about | up to | over | exact
    Column("measure", String(32)),  # loan, trade_share, debt, jobs, ...
    Column("source", String(16)),
    Column("target", String(16)),
    Column("date", String(10)),
    Column("event_id", String(16)),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("date_granularity", String(5)),  # 0003
)

Index("ix_figures_document", figures.c.document_id)
Index("ix_figures_dyad", figures.c.source, figures.c.target)
Index("ix_figures_event", figures.c.event_id)

judgments = Table(
    "judgments",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_id", String(24), ForeignKey("sentences.id", ondelete="CASCADE"), nullable=False),
    Column("source", String(16)),
    Column("target", String(16)),
    Column("direction", String(16), nullable=False),  # better | worse | stable
    Column("horizon", Text),
    Column("hedge", String(32)),
    Column("date", String(10)),
    Column("text", Text, nullable=False),  # the sentence that makes the judgment
    Column("start", Integer, nullable=False),  # offsets of the direction cue in the sentence
    Column("end", Integer, nullable=False),
    Column("kind", String(16)),  # 0003: forecast | assessment
    Column("cue", Text),  # 0003: the direction cue as written
    Column("date_granularity", String(5)),  # 0003
)

Index("ix_judgments_document", judgments.c.document_id)
Index("ix_judgments_dyad", judgments.c.source, judgments.c.target)

# Watched sources (0006): one row per feed, listing page or sitemap, with its polling state.
# Times are Unix seconds (UTC), so schedules are plain arithmetic on both backends.
sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("kind", String(16), nullable=False, default="auto"),  # auto | feed | listing | sitemap
    Column("lang", String(8)),
    Column("every_s", Integer, nullable=False),
    Column("added_at", Float, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_poll_at", Float),
    Column("last_success_at", Float),
    Column("last_error_at", Float),
    Column("last_error", Text),
    Column("last_status", String(32)),  # ok | not modified | failed
    Column("failures", Integer, nullable=False, default=0),  # consecutive, for back-off
    Column("next_poll_at", Float, nullable=False),
    Column("items_seen", Integer, nullable=False, default=0),
    Column("documents_stored", Integer, nullable=False, default=0),
)

Index("ix_sources_next_poll", sources.c.next_poll_at)

# Items (article links, feed entries) a source has already handed over, so a poll fetches only
# new ones; the key is the item's link, or the feed entry's id when it has no link.
source_items = Table(
    "source_items",
    metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("item_key", String(512), primary_key=True),
    Column("first_seen_at", Float, nullable=False),
)

# 0007: small read summaries, kept exact by triggers (migration 0007), so pages read them
# instead of scanning events: events per unordered pair (a <= b), type, status and month of
# event_date ("" undated); per pair and document site ("" none); the sort keys of figures and
# judgments with both parties (ref_date: own date, else the document's pub_date, "" none);
# documents per site with the smallest URL (outlets).
dyad_facets = Table(
    "dyad_facets",
    metadata,
    Column("a", String(16), primary_key=True),
    Column("b", String(16), primary_key=True),
    Column("type", String(16), primary_key=True),
    Column("status", String(16), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("events", Integer, nullable=False),
)

dyad_sites = Table(
    "dyad_sites",
    metadata,
    Column("a", String(16), primary_key=True),
    Column("b", String(16), primary_key=True),
    Column("site", Text, primary_key=True),
    Column("events", Integer, nullable=False),
)

dyad_days = Table(
    "dyad_days",
    metadata,
    Column("a", String(16), primary_key=True),
    Column("b", String(16), primary_key=True),
    Column("day", String(10), primary_key=True),  # event_date, or pub_date when earlier
    Column("events", Integer, nullable=False),
)

dyad_extracts = Table(
    "dyad_extracts",
    metadata,
    Column("kind", String(8), primary_key=True),  # figure | judgment
    Column("id", String(16), primary_key=True),
    Column("a", String(16), nullable=False),
    Column("b", String(16), nullable=False),
    Column("ref_date", String(10), nullable=False),
    Column("document_id", String(16), nullable=False),
    Column("sent_idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
)

Index("ix_dyad_extracts_newest", dyad_extracts.c.kind, dyad_extracts.c.a, dyad_extracts.c.b,
      dyad_extracts.c.ref_date, dyad_extracts.c.document_id, dyad_extracts.c.sent_idx,
      dyad_extracts.c.start, dyad_extracts.c.id)

site_counts = Table(
    "site_counts",
    metadata,
    Column("site", Text, primary_key=True),
    Column("documents", Integer, nullable=False),
    Column("first_url", Text),
)

# Alerts on followed dyads (0010), stored before they are sent: an outbox. A channel's state is
# NULL (not wanted when raised), pending, sent or failed; `outbox` is 1 while one is pending.
alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(255), nullable=False, unique=True),  # dyad/week/kind/new value
    Column("dyad", String(16), nullable=False),
    Column("period", String(16), nullable=False),  # the ISO week
    Column("kind", String(16), nullable=False),  # verdict | index
    Column("title", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("link", Text, nullable=False),  # the evidence: the week's brief
    Column("payload", Text, nullable=False),  # the JSON a webhook receives
    Column("created_at", Float, nullable=False),  # Unix seconds
    Column("webhook_state", String(16)),
    Column("mail_state", String(16)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("outbox", Integer, nullable=False, default=0),
)

Index("ix_alerts_dyad", alerts.c.dyad, alerts.c.created_at)
Index("ix_alerts_outbox", alerts.c.outbox)
