"""full-text search over sentences and document titles

SQLite: FTS5 external-content tables kept in step by triggers.
PostgreSQL: generated tsvector columns with GIN indexes ('simple' config: EN and RU alike).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences BEGIN INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences BEGIN INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END",
    "CREATE TRIGGER sentences_fts_au AFTER UPDATE ON sentences BEGIN INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text); INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN INSERT INTO documents_fts(rowid, title) VALUES (new.rowid, coalesce(new.title, '')); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, title) VALUES ('delete', old.rowid, coalesce(old.title, '')); END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, title) VALUES ('delete', old.rowid, coalesce(old.title, '')); INSERT INTO documents_fts(rowid, title) VALUES (new.rowid, coalesce(new.title, '')); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS sentences_fts_ai", "DROP TRIGGER IF EXISTS sentences_fts_ad",
    "DROP TRIGGER IF EXISTS sentences_fts_au", "DROP TABLE IF EXISTS sentences_fts",
    "DROP TRIGGER IF EXISTS documents_fts_ai", "DROP TRIGGER IF EXISTS documents_fts_ad",
    "DROP TRIGGER IF EXISTS documents_fts_au", "DROP TABLE IF EXISTS documents_fts",
]
PG_UP = [
    "ALTER TABLE sentences ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED",
    "CREATE INDEX ix_sentences_tsv ON sentences USING GIN (tsv)",
    "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, ''))) STORED",
    "CREATE INDEX ix_documents_tsv ON documents USING GIN (tsv)",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS ix_sentences_tsv", "ALTER TABLE sentences DROP COLUMN IF EXISTS tsv",
    "DROP INDEX IF EXISTS ix_documents_tsv", "ALTER TABLE documents DROP COLUMN IF EXISTS tsv",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in SQLITE_UP if dialect == "sqlite" else PG_UP if dialect == "postgresql" else []:
        op.execute(stmt)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in SQLITE_DOWN if dialect == "sqlite" else PG_DOWN if dialect == "postgresql" else []:
        op.execute(stmt)
