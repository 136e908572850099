"""Event clusters: the mentions of one real-world event, across sentences and documents.

Two mentions are one event when they have the same dyad (either order for mutual types such
as CONSULT), the same type and status, dates at most `window_days` apart, and similar wording
(Jaccard overlap of their sentences' content words). A summit reported by five sources then
counts once in the index, with five pieces of evidence.

Clustering is a pure function of the events (`assign_clusters`), so the index can apply the
same rule in memory to events stored before `build_clusters` ran.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, bindparam, delete, insert, select, update

from dyadwatch.analysis.settings import resolve
from dyadwatch.model import stable_id
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin

_WORD = re.compile(r"\w+", re.UNICODE)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def resolve_day(event_date: str | None, pub_date: str | None) -> str | None:
    """The event's day: its own date when it names a day, else the document's day when that
    falls inside the event's (coarser) date, else None."""
    if event_date and DAY.match(event_date):
        return event_date
    if pub_date and DAY.match(pub_date) and (not event_date or pub_date.startswith(event_date)):
        return pub_date
    return None


def content_words(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text or ""))
                     if len(w) > 2 and w not in stopwords and not w.isdigit())


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def dyad_key(source: str | None, target: str | None, type_: str,
             symmetric: frozenset[str]) -> tuple[str, str]:
    s, g = source or "", target or ""
    return (min(s, g), max(s, g)) if type_ in symmetric else (s, g)


@dataclass
class ClusterRecord:
    id: str
    member_ids: list[str]
    source: str | None
    target: str | None
    type: str
    cameo: str | None
    status: str
    event_date: str | None
    first_date: str | None
    last_date: str | None
    n_mentions: int
    n_documents: int
    representative_event_id: str

    def row(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "member_ids"}


@dataclass
class _Open:
    first: date | None
    members: list[dict[str, Any]] = field(default_factory=list)
    words: list[frozenset[str]] = field(default_factory=list)


def _sort_key(r: dict[str, Any]) -> tuple[str, str, str, int, str]:
    return (r["_day"] or "~", r.get("doc_pub_date") or "~", r["document_id"],
            int(r.get("doc_start") or 0), r["id"])


def assign_clusters(rows: Iterable[dict[str, Any]], settings: dict[str, Any] | None = None,
                    *, window_days: int | None = None) -> list[ClusterRecord]:
    """Group event rows (with `sentence` text and `doc_pub_date`) into clusters."""
    cfg = resolve(settings)["clusters"]
    window = cfg["window_days"] if window_days is None else window_days
    min_j, same_day_j = float(cfg["min_jaccard"]), float(cfg["same_day_min_jaccard"])
    symmetric = frozenset(x.upper() for x in cfg.get("symmetric_types") or [])
    stop = frozenset(w for words in (cfg.get("stopwords") or {}).values() for w in words)

    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        r = dict(r)
        r["_day"] = resolve_day(r.get("event_date"), r.get("doc_pub_date"))
        key = (*dyad_key(r.get("source"), r.get("target"), r["type"], symmetric), r["type"],
               r["status"])
        groups[key].append(r)

    # One pass per group over its mentions in date order; only the clusters opened within the
    # window stay open, so the work is near-linear in the number of events. The words of a
    # sentence and the parsed days are computed once (a sentence often carries several events).
    word_cache: dict[str, frozenset[str]] = {}
    day_cache: dict[str, date] = {}
    out: list[ClusterRecord] = []
    for key in sorted(groups):
        done: list[_Open] = []
        open_: list[_Open] = []
        for r in sorted(groups[key], key=_sort_key):
            text = r.get("sentence") or ""
            words = word_cache.get(text)
            if words is None:
                words = word_cache[text] = content_words(text, stop)
            rday = r["_day"]
            if rday:
                day = day_cache.get(rday)
                if day is None:
                    day = day_cache[rday] = date.fromisoformat(rday)
            else:
                day = None
            best: tuple[float, int] | None = None
            if day is not None:
                if open_:
                    still = []
                    for c in open_:
                        if c.first is not None and (day - c.first).days > window:
                            done.append(c)
                        else:
                            still.append(c)
                    open_ = still
                for i, c in enumerate(open_):
                    score = max(jaccard(words, w) for w in c.words)
                    if score >= min_j or (score >= same_day_j
                                          and any(m["_day"] == rday for m in c.members)):
                        if best is None or score > best[0]:
                            best = (score, i)
            if best is not None:
                open_[best[1]].members.append(r)
                open_[best[1]].words.append(words)
            elif day is None:
                done.append(_Open(first=None, members=[r], words=[words]))
            else:
                open_.append(_Open(first=day, members=[r], words=[words]))
        done.extend(open_)
        # members were appended in the group's sorted order: already sorted
        out.extend(_record(c.members, presorted=True) for c in done)
    out.sort(key=lambda c: (c.event_date or "~", c.id))
    return out


def _record(members: Sequence[dict[str, Any]], *, presorted: bool = False) -> ClusterRecord:
    if not presorted:
        members = sorted(members, key=_sort_key)
    ids = sorted(m["id"] for m in members)
    rep = members[0]
    days = sorted(m["_day"] for m in members if m["_day"])
    day_counts = Counter(days)
    event_date = (min(day_counts, key=lambda d: (-day_counts[d], d)) if day_counts
                  else min(m.get("event_date") or "~" for m in members).replace("~", "") or None)
    cameos = Counter(m.get("cameo") for m in members if m.get("cameo"))
    cameo = min(cameos, key=lambda c: (-cameos[c], c)) if cameos else None
    return ClusterRecord(
        id=stable_id("cluster", *ids), member_ids=ids, source=rep.get("source"),
        target=rep.get("target"), type=rep["type"], cameo=cameo, status=rep["status"],
        event_date=event_date, first_date=days[0] if days else event_date,
        last_date=days[-1] if days else event_date, n_mentions=len(members),
        n_documents=len({m["document_id"] for m in members}), representative_event_id=rep["id"],
    )


def _cluster_input_query():  # type: ignore[no-untyped-def]
    e = t.events.c
    return (
        select(e.id, e.document_id, e.source, e.target, e.type, e.cameo, e.status, e.event_date,
               e.doc_start, e.cluster_id, t.sentences.c.text.label("sentence"),
               t.documents.c.pub_date.label("doc_pub_date"))
        .join(t.sentences, t.sentences.c.id == e.sentence_id)
        .join(t.documents, t.documents.c.id == e.document_id)
        .order_by(e.id)
    )


def build_clusters(engine: Engine, *, window_days: int = 3,
                   settings: dict[str, Any] | None = None) -> int:
    """(Re)assign every event's cluster_id and refill the clusters table; returns the number
    of clusters. Deterministic and idempotent: the same events give the same clusters."""
    # Read and write in one write transaction: two ingests finishing at once must not write
    # groups computed from an older set of events over newer ones.
    with write_begin(engine) as conn:
        if conn.dialect.name == "postgresql":  # SQLite's BEGIN IMMEDIATE already serialises
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7236172829356910451)")
        rows = [dict(r._mapping) for r in conn.execute(_cluster_input_query())]
        current = {r["id"]: r["cluster_id"] for r in rows}
        records = assign_clusters(rows, settings, window_days=window_days)
        changes = [{"eid": mid, "cid": c.id} for c in records for mid in c.member_ids
                   if current.get(mid) != c.id]
        conn.execute(delete(t.clusters))
        if records:
            conn.execute(insert(t.clusters), [c.row() for c in records])
        if changes:
            conn.execute(
                update(t.events).where(t.events.c.id == bindparam("eid"))
                .values(cluster_id=bindparam("cid")),
                changes,
            )
    return len(records)


def cluster_members(engine: Engine, cluster_id: str) -> list[dict[str, Any]]:
    """The mentions of one cluster with their sentences and sources (for briefs and pages)."""
    from dyadwatch.store.events import EventFilter, query_events

    return query_events(engine, EventFilter(cluster_id=cluster_id))
