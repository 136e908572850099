"""read summaries: small tables the pages read instead of scanning events

- dyad_facets: events per unordered pair (a <= b) x type x status x month of event_date
  ("" when undated): the dyad page's type and status menus, its event count, its date span;
- dyad_sites: events per unordered pair x the document's site ("" when none);
- dyad_days: events per unordered pair x the day they were news (their date, or their
  document's publication when earlier; "" undated): the overview's busiest dyads, their
  first and last days and monthly sparklines;
- dyad_extracts: the sort keys of every figure and judgment with both parties, by unordered
  pair (ref_date = its own date, else its document's publication date): the dyad page's
  newest figures and judgments without reading all of the dyad's;
- site_counts: documents per site and the smallest URL (what `outputs.outlets` groups by).

Kept exact by triggers on both backends (insert, delete, and updates of the columns they
count); a document deleted takes its events out first (so their site is still known).
Backfill: one INSERT ... SELECT ... GROUP BY per table; no big table is rewritten.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("dyad_facets", "dyad_sites", "dyad_days", "dyad_extracts", "site_counts")


def _month(p: str) -> str:
    return f"coalesce(substr({p}.event_date, 1, 7), '')"


def _site(p: str) -> str:
    return f"coalesce((SELECT site FROM documents WHERE id = {p}.document_id), '')"


def _seen(p: str) -> str:
    """The day an event was news: its date, or its document's publication when that is
    earlier (a forecast is not news from the future); "" undated."""
    pub = f"(SELECT pub_date FROM documents WHERE id = {p}.document_id)"
    return f"coalesce(CASE WHEN {p}.event_date > {pub} THEN {pub} ELSE {p}.event_date END, '')"


def _ref(p: str) -> str:
    return f"coalesce({p}.date, (SELECT pub_date FROM documents WHERE id = {p}.document_id), '')"


def _idx(p: str) -> str:
    return f"coalesce((SELECT idx FROM sentences WHERE id = {p}.sentence_id), 0)"


def _lo(p: str, pg: bool) -> str:
    return f"{'least' if pg else 'min'}({p}.source, {p}.target)"


def _hi(p: str, pg: bool) -> str:
    return f"{'greatest' if pg else 'max'}({p}.source, {p}.target)"


def _event_add(p: str, pg: bool) -> list[str]:
    both = f"{p}.source IS NOT NULL AND {p}.target IS NOT NULL"
    return [
        f"INSERT INTO dyad_facets (a, b, type, status, month, events) "
        f"SELECT {_lo(p, pg)}, {_hi(p, pg)}, {p}.type, {p}.status, {_month(p)}, 1 WHERE {both} "
        f"ON CONFLICT (a, b, type, status, month) DO UPDATE SET events = dyad_facets.events + 1",
        f"INSERT INTO dyad_sites (a, b, site, events) "
        f"SELECT {_lo(p, pg)}, {_hi(p, pg)}, {_site(p)}, 1 WHERE {both} "
        f"ON CONFLICT (a, b, site) DO UPDATE SET events = dyad_sites.events + 1",
        f"INSERT INTO dyad_days (a, b, day, events) "
        f"SELECT {_lo(p, pg)}, {_hi(p, pg)}, {_seen(p)}, 1 WHERE {both} "
        f"ON CONFLICT (a, b, day) DO UPDATE SET events = dyad_days.events + 1",
    ]


def _event_remove(p: str, pg: bool) -> list[str]:
    # both parties named: PostgreSQL's least() and greatest() skip a NULL, SQLite's min() not
    pair = (f"{p}.source IS NOT NULL AND {p}.target IS NOT NULL "
            f"AND a = {_lo(p, pg)} AND b = {_hi(p, pg)}")
    facet = f"{pair} AND type = {p}.type AND status = {p}.status AND month = {_month(p)}"
    site = f"{pair} AND site = {_site(p)}"
    day = f"{pair} AND day = {_seen(p)}"
    return [
        f"UPDATE dyad_days SET events = events - 1 WHERE {day}",
        f"DELETE FROM dyad_days WHERE {day} AND events <= 0",
        f"UPDATE dyad_facets SET events = events - 1 WHERE {facet}",
        f"DELETE FROM dyad_facets WHERE {facet} AND events <= 0",
        f"UPDATE dyad_sites SET events = events - 1 WHERE {site}",
        f"DELETE FROM dyad_sites WHERE {site} AND events <= 0",
    ]


def _extract_add(kind: str, p: str, pg: bool) -> list[str]:
    return [
        f"INSERT INTO dyad_extracts (kind, id, a, b, ref_date, document_id, sent_idx, start) "
        f"SELECT '{kind}', {p}.id, {_lo(p, pg)}, {_hi(p, pg)}, {_ref(p)}, {p}.document_id, "
        f"{_idx(p)}, {p}.start WHERE {p}.source IS NOT NULL AND {p}.target IS NOT NULL"
    ]


def _extract_remove(kind: str, p: str) -> list[str]:
    return [f"DELETE FROM dyad_extracts WHERE kind = '{kind}' AND id = {p}.id"]


def _site_add(p: str) -> list[str]:
    return [
        f"INSERT INTO site_counts (site, documents, first_url) "
        f"SELECT {p}.site, 1, {p}.url WHERE {p}.site IS NOT NULL "
        f"ON CONFLICT (site) DO UPDATE SET documents = site_counts.documents + 1, first_url = "
        f"CASE WHEN excluded.first_url IS NULL THEN site_counts.first_url "
        f"WHEN site_counts.first_url IS NULL OR excluded.first_url < site_counts.first_url "
        f"THEN excluded.first_url ELSE site_counts.first_url END"
    ]


def _site_remove(p: str) -> list[str]:
    # the smallest URL again only when the one leaving was it (documents are rarely deleted)
    return [
        f"UPDATE site_counts SET documents = documents - 1, first_url = CASE "
        f"WHEN first_url = {p}.url THEN (SELECT min(url) FROM documents WHERE site = {p}.site) "
        f"ELSE first_url END WHERE site = {p}.site",
        f"DELETE FROM site_counts WHERE site = {p}.site AND documents <= 0",
    ]


def _site_moves(pg: bool) -> list[str]:
    """A document's site changed: its events' counts move to the new site."""
    lo, hi = _lo("e", pg), _hi("e", pg)
    moved = "coalesce(OLD.site, '') <> coalesce(NEW.site, '')"
    return [
        f"INSERT INTO dyad_sites (a, b, site, events) "
        f"SELECT {lo}, {hi}, coalesce(NEW.site, ''), count(*) FROM events e "
        f"WHERE e.document_id = NEW.id AND e.source IS NOT NULL AND e.target IS NOT NULL "
        f"AND {moved} GROUP BY {lo}, {hi} "
        f"ON CONFLICT (a, b, site) DO UPDATE SET events = dyad_sites.events + excluded.events",
        f"UPDATE dyad_sites SET events = events - (SELECT count(*) FROM events e "
        f"WHERE e.document_id = NEW.id AND e.source IS NOT NULL AND e.target IS NOT NULL "
        f"AND {lo} = dyad_sites.a AND {hi} = dyad_sites.b) "
        f"WHERE site = coalesce(OLD.site, '') AND {moved}",
        "DELETE FROM dyad_sites WHERE site = coalesce(OLD.site, '') AND events <= 0",
    ]


def _pub_date_moves(pg: bool, before: bool) -> list[str]:
    """A document's publication date changed: its events' days (and its undated figures' and
    judgments' dates) follow. Before the change the old days are taken out, after it the
    new ones put in (the event's day reads the document)."""
    lo, hi = _lo("e", pg), _hi("e", pg)
    changed = "coalesce(OLD.pub_date, '') <> coalesce(NEW.pub_date, '')"
    mine = "e.document_id = OLD.id AND e.source IS NOT NULL AND e.target IS NOT NULL"
    if before:
        return [
            f"UPDATE dyad_days SET events = events - (SELECT count(*) FROM events e WHERE {mine} "
            f"AND {lo} = dyad_days.a AND {hi} = dyad_days.b AND {_seen('e')} = dyad_days.day) "
            f"WHERE {changed} AND (a, b, day) IN (SELECT {lo}, {hi}, {_seen('e')} FROM events e "
            f"WHERE {mine})",
        ]
    out = [
        f"INSERT INTO dyad_days (a, b, day, events) SELECT {lo}, {hi}, {_seen('e')}, count(*) "
        f"FROM events e WHERE {mine} AND {changed} GROUP BY {lo}, {hi}, {_seen('e')} "
        f"ON CONFLICT (a, b, day) DO UPDATE SET events = dyad_days.events + excluded.events",
        f"DELETE FROM dyad_days WHERE events <= 0 AND {changed} AND (a, b) IN "
        f"(SELECT {lo}, {hi} FROM events e WHERE {mine})",
    ]
    for kind, table in (("figure", "figures"), ("judgment", "judgments")):
        out.append(f"UPDATE dyad_extracts SET ref_date = coalesce(NEW.pub_date, '') "
                   f"WHERE {changed} AND kind = '{kind}' AND id IN "
                   f"(SELECT id FROM {table} WHERE document_id = NEW.id AND date IS NULL)")
    return out


EVENT_COLS = "source, target, type, status, event_date, document_id"
EXTRACT_COLS = "source, target, date, document_id, sentence_id, start"


def _triggers(pg: bool) -> list[tuple[str, str, str, list[str]]]:
    """(name, timing and event, table, statements) of every trigger."""
    out = [
        ("rs_events_ai", "AFTER INSERT", "events", _event_add("NEW", pg)),
        ("rs_events_ad", "AFTER DELETE", "events", _event_remove("OLD", pg)),
        ("rs_events_au", f"AFTER UPDATE OF {EVENT_COLS}", "events",
         _event_remove("OLD", pg) + _event_add("NEW", pg)),
        ("rs_documents_ai", "AFTER INSERT", "documents", _site_add("NEW")),
        ("rs_documents_bu", "BEFORE UPDATE OF pub_date", "documents",
         _pub_date_moves(pg, before=True)),
        ("rs_documents_au", "AFTER UPDATE OF site, url, pub_date", "documents",
         _site_remove("OLD") + _site_add("NEW") + _site_moves(pg) + _pub_date_moves(pg, False)),
        # its events first, while the document (and so their site) is still there
        ("rs_documents_bd", "BEFORE DELETE", "documents",
         ["DELETE FROM events WHERE document_id = OLD.id"]),
        ("rs_documents_ad", "AFTER DELETE", "documents", _site_remove("OLD")),
    ]
    for kind, table in (("figure", "figures"), ("judgment", "judgments")):
        out += [
            (f"rs_{table}_ai", "AFTER INSERT", table, _extract_add(kind, "NEW", pg)),
            (f"rs_{table}_ad", "AFTER DELETE", table, _extract_remove(kind, "OLD")),
            (f"rs_{table}_au", f"AFTER UPDATE OF {EXTRACT_COLS}", table,
             _extract_remove(kind, "OLD") + _extract_add(kind, "NEW", pg)),
        ]
    return out


def create_triggers(dialect: str) -> None:
    pg = dialect == "postgresql"
    for name, when, table, body in _triggers(pg):
        if pg:
            # a BEFORE trigger lets the row change by returning it
            ret = ("OLD" if "DELETE" in when else "NEW") if when.startswith("BEFORE") else "NULL"
            op.execute(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                       f"$$ BEGIN {'; '.join(body)}; RETURN {ret}; END $$")
            op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW "
                       f"EXECUTE FUNCTION {name}()")
        else:
            op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW BEGIN "
                       f"{'; '.join(body)}; END")


def _backfill(pg: bool) -> list[str]:
    lo, hi = (_lo("e", pg), _hi("e", pg))
    xlo, xhi = (_lo("x", pg), _hi("x", pg))
    pair = "e.source IS NOT NULL AND e.target IS NOT NULL"
    month = "coalesce(substr(e.event_date, 1, 7), '')"
    seen = ("coalesce(CASE WHEN e.event_date > d.pub_date THEN d.pub_date "
            "ELSE e.event_date END, '')")
    out = [
        f"INSERT INTO dyad_facets (a, b, type, status, month, events) "
        f"SELECT {lo}, {hi}, e.type, e.status, {month}, count(*) FROM events e "
        f"WHERE {pair} GROUP BY {lo}, {hi}, e.type, e.status, {month}",
        f"INSERT INTO dyad_sites (a, b, site, events) "
        f"SELECT {lo}, {hi}, coalesce(d.site, ''), count(*) FROM events e "
        f"JOIN documents d ON d.id = e.document_id WHERE {pair} "
        f"GROUP BY {lo}, {hi}, coalesce(d.site, '')",
        f"INSERT INTO dyad_days (a, b, day, events) "
        f"SELECT {lo}, {hi}, {seen}, count(*) FROM events e "
        f"JOIN documents d ON d.id = e.document_id WHERE {pair} GROUP BY {lo}, {hi}, {seen}",
        "INSERT INTO site_counts (site, documents, first_url) "
        "SELECT site, count(*), min(url) FROM documents WHERE site IS NOT NULL GROUP BY site",
    ]
    for kind, table in (("figure", "figures"), ("judgment", "judgments")):
        out.append(
            f"INSERT INTO dyad_extracts (kind, id, a, b, ref_date, document_id, sent_idx, start) "
            f"SELECT '{kind}', x.id, {xlo}, {xhi}, coalesce(x.date, d.pub_date, ''), "
            f"x.document_id, coalesce(s.idx, 0), x.start FROM {table} x "
            f"JOIN documents d ON d.id = x.document_id "
            f"LEFT JOIN sentences s ON s.id = x.sentence_id "
            f"WHERE x.source IS NOT NULL AND x.target IS NOT NULL")
    return out


def upgrade() -> None:
    op.create_table(
        "dyad_facets",
        sa.Column("a", sa.String(length=16), nullable=False),
        sa.Column("b", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("a", "b", "type", "status", "month"),
    )
    op.create_table(
        "dyad_sites",
        sa.Column("a", sa.String(length=16), nullable=False),
        sa.Column("b", sa.String(length=16), nullable=False),
        sa.Column("site", sa.Text(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("a", "b", "site"),
    )
    op.create_table(
        "dyad_days",
        sa.Column("a", sa.String(length=16), nullable=False),
        sa.Column("b", sa.String(length=16), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("a", "b", "day"),
    )
    op.create_table(
        "dyad_extracts",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("a", sa.String(length=16), nullable=False),
        sa.Column("b", sa.String(length=16), nullable=False),
        sa.Column("ref_date", sa.String(length=10), nullable=False),
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.Column("sent_idx", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id"),
    )
    op.create_table(
        "site_counts",
        sa.Column("site", sa.Text(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("first_url", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("site"),
    )
    dialect = op.get_bind().dialect.name
    for stmt in _backfill(dialect == "postgresql"):
        op.execute(stmt)
    # after the backfill, so that the newest rows are the dyad page's first ones to read
    op.create_index("ix_dyad_extracts_newest", "dyad_extracts",
                    ["kind", "a", "b", "ref_date", "document_id", "sent_idx", "start", "id"])
    create_triggers(dialect)


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for name, _when, table, _body in _triggers(pg):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_index("ix_dyad_extracts_newest", table_name="dyad_extracts")
    for name in TABLES[::-1]:
        op.drop_table(name)
