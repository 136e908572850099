"""Watched sources and their polling state, in the store (so a team's PostgreSQL shares them).

Every function here takes plain values; none builds SQL from text. A poll's outcome is written
in one transaction with the items it saw, so a process killed between polls loses nothing and
a restarted watcher continues from the stored state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update

from dyadwatch.errors import DyadwatchError
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from dyadwatch.store.statements import padded, padded_chunks

KINDS = ("auto", "feed", "listing", "sitemap")
MAX_ITEM_KEY = 512


class SourceError(DyadwatchError):
    """A source that cannot be added or found; the message is meant for the user."""


@dataclass(frozen=True)
class Source:
    id: int
    url: str
    name: str | None
    kind: str
    lang: str | None
    every_s: int
    added_at: float
    etag: str | None
    last_modified: str | None
    last_poll_at: float | None
    last_success_at: float | None
    last_error_at: float | None
    last_error: str | None
    last_status: str | None
    failures: int
    next_poll_at: float
    items_seen: int
    documents_stored: int

    @property
    def label(self) -> str:
        return self.name or self.url


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of a source changed: validators, state, and the item keys it saw."""

    status: str  # ok | not modified | failed
    polled_at: float
    next_poll_at: float
    failures: int
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    kind: str | None = None  # the kind detected on the first poll of an "auto" source
    new_item_keys: tuple[str, ...] = ()
    documents_stored: int = 0


def _source(row: Any) -> Source:
    return Source(**{f: row._mapping[f] for f in Source.__dataclass_fields__})


def add_source(engine: Engine, url: str, *, every_s: int, now: float, name: str | None = None,
               kind: str = "auto", lang: str | None = None) -> tuple[Source, bool]:
    """The source for `url`, added now if new (then True); an existing one keeps its state."""
    if kind not in KINDS:
        raise SourceError(f"{kind}: unknown kind (use one of {', '.join(KINDS)})")
    with write_begin(engine) as conn:
        row = conn.execute(select(t.sources).where(t.sources.c.url == url)).first()
        if row is not None:
            return _source(row), False
        conn.execute(insert(t.sources).values(
            url=url, name=name, kind=kind, lang=lang, every_s=int(every_s), added_at=now,
            failures=0, next_poll_at=now, items_seen=0, documents_stored=0))
        row = conn.execute(select(t.sources).where(t.sources.c.url == url)).one()
        return _source(row), True


def list_sources(engine: Engine) -> list[Source]:
    with engine.connect() as conn:
        return [_source(r) for r in conn.execute(select(t.sources).order_by(t.sources.c.id))]


def find_source(engine: Engine, ref: str) -> Source:
    """A source by its id or its exact URL; SourceError naming `ref` if there is none."""
    with engine.connect() as conn:
        cond = t.sources.c.id == int(ref) if ref.isdigit() else t.sources.c.url == ref
        row = conn.execute(select(t.sources).where(cond)).first()
    if row is None:
        raise SourceError(f"{ref}: no such source (ids and URLs as `dyadwatch sources list` shows)")
    return _source(row)


def remove_source(engine: Engine, ref: str) -> Source:
    source = find_source(engine, ref)
    with write_begin(engine) as conn:
        conn.execute(delete(t.source_items).where(t.source_items.c.source_id == source.id))
        conn.execute(delete(t.sources).where(t.sources.c.id == source.id))
    return source


def due_sources(engine: Engine, now: float) -> list[Source]:
    """Sources whose next poll is due, the most overdue first."""
    with engine.connect() as conn:
        return [_source(r) for r in conn.execute(
            select(t.sources).where(t.sources.c.next_poll_at <= now)
            .order_by(t.sources.c.next_poll_at, t.sources.c.id))]


def next_due_at(engine: Engine) -> float | None:
    with engine.connect() as conn:
        return conn.execute(select(func.min(t.sources.c.next_poll_at))).scalar_one_or_none()


def storable_key(key: str) -> str:
    """The key as stored: itself, or a hash of it when it is longer than the column."""
    if len(key) <= MAX_ITEM_KEY:
        return key
    import hashlib

    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def unseen_keys(engine: Engine, source_id: int, keys: Iterable[str]) -> list[str]:
    """The keys (as `storable_key` makes them, in the given order, without repeats) this
    source has not handed over yet."""
    ordered = list(dict.fromkeys(storable_key(k) for k in keys))
    seen: set[str] = set()
    with engine.connect() as conn:
        for chunk in padded_chunks(ordered):
            seen.update(conn.execute(select(t.source_items.c.item_key).where(
                t.source_items.c.source_id == source_id,
                t.source_items.c.item_key.in_(chunk))).scalars())
    return [k for k in ordered if k not in seen]


def mark_seen(engine: Engine, source_id: int, keys: Iterable[str], now: float) -> int:
    """Record items as handed over (already recorded ones are left alone); how many were new."""
    fresh = unseen_keys(engine, source_id, keys)
    if not fresh:
        return 0
    with write_begin(engine) as conn:
        current = set(conn.execute(select(t.source_items.c.item_key).where(
            t.source_items.c.source_id == source_id,
            t.source_items.c.item_key.in_(padded(fresh)))).scalars())
        rows = [{"source_id": source_id, "item_key": k, "first_seen_at": now}
                for k in fresh if k not in current]
        if rows:
            conn.execute(insert(t.source_items), rows)
            conn.execute(update(t.sources).where(t.sources.c.id == source_id)
                         .values(items_seen=t.sources.c.items_seen + len(rows)))
        return len(rows)


def record_poll(engine: Engine, source_id: int, outcome: PollOutcome) -> None:
    """Write a poll's outcome; a source removed meanwhile is simply not updated."""
    values: dict[str, Any] = {
        "last_poll_at": outcome.polled_at, "next_poll_at": outcome.next_poll_at,
        "failures": outcome.failures, "last_status": outcome.status,
        "documents_stored": t.sources.c.documents_stored + outcome.documents_stored,
    }
    if outcome.status == "failed":
        values.update(last_error=outcome.error, last_error_at=outcome.polled_at)
    else:
        values.update(last_success_at=outcome.polled_at, last_error=None)
        if outcome.status == "ok":  # a 304 keeps the validators it matched
            values.update(etag=outcome.etag, last_modified=outcome.last_modified)
    if outcome.kind:
        values["kind"] = outcome.kind
    with write_begin(engine) as conn:
        conn.execute(update(t.sources).where(t.sources.c.id == source_id).values(**values))


def stored_locations(engine: Engine, urls: Iterable[str]) -> set[str]:
    """Which of these URLs the store already holds a document from (any source, any ingest)."""
    wanted = list(dict.fromkeys(urls))
    found: set[str] = set()
    with engine.connect() as conn:
        for chunk in padded_chunks(wanted):
            found.update(conn.execute(select(t.document_locations.c.location).where(
                t.document_locations.c.location.in_(chunk))).scalars())
    return found
