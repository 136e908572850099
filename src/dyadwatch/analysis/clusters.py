"""Event clusters: the mentions of one real-world event, across sentences and documents.

Two mentions are linked when they share a blocking key - the dyad (either order for mutual
types such as CONSULT), the type, the status, the non-state sectors of their parties
(settings `non_state_sectors`) and the period of `span_days` days that holds their day -
their days are at most `window_days` apart, and their
sentences' content words overlap (Jaccard at least `min_jaccard`, or `same_day_min_jaccard`
for the very same day) or they come from one site's articles of one date in two languages
(a translation: one source, see `count_sources`). A cluster is a connected component of that graph, named by a hash of
its members. The rule is symmetric and a component does not depend on the order in which
its links are found, so clusters do not depend on ingest order: clustering the store at once
(`rebuild_clusters`) and mention by mention as documents arrive (`update_clusters`) give the
same clusters (tests/analysis/test_clusters.py feeds a corpus in shuffled slices).

A summit reported by five sources then counts once in the index, with five pieces of evidence.

The period in the key bounds a cluster: single links alone chain a busy pair's routine reports
day after day (at a million documents one "consultation" ran from 2011 to 2026, 80,096
mentions), and a new mention joining such a chain rewrites all of it. Within one period (7
days, counted from a Monday: the ISO week, the index's own period) a cluster holds at most a
week of its key's mentions, at any store size; the price is that an event reported on both
sides of a period's edge (Sunday and Monday) counts once in each week.

Incremental clustering reads only what new mentions can touch: the clustered mentions of the
same blocking key within the window of each new mention's own day (ix_events_block) and the
members of the clusters they join; what changed goes to the materialised index as
`ClusterChange`s (old and new state of each cluster). `assign_clusters` applies the same rule in memory to any set of rows (the rebuild, and
the index for events stored before clustering ran).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from dyadwatch.analysis.settings import resolve
from dyadwatch.model import stable_id
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from dyadwatch.store.scan import pages_in_stored_order
from dyadwatch.store.statements import padded_chunks

_WORD = re.compile(r"\w+", re.UNICODE)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UPDATE_BATCH = 2000  # new mentions clustered per statement round (bounds memory)
_BLOCKS_PER_READ = 50  # blocking keys per read of the clustered mentions near new ones
_REBUILD_ROWS = 5000  # mentions per read when clustering everything again
PERIOD_ORIGIN = date(1970, 1, 5)  # a Monday: periods of 7 days are ISO weeks


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


def non_state_sectors(row: dict[str, Any], non_state: frozenset[str]) -> str:
    """The non-state sectors (e.g. OPP, CVL) among an event's two parties, "" for states."""
    found = {x for x in (row.get("source_sector"), row.get("target_sector")) if x in non_state}
    return ",".join(sorted(found))


class SourceCounter:
    """`count_sources`, fed a few mentions at a time (only the documents are kept)."""

    def __init__(self) -> None:
        self.groups: dict[Any, dict[str | None, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, members: Iterable[dict[str, Any]]) -> None:
        for m in members:
            site, day = m.get("doc_site"), m.get("doc_pub_date")
            key = (site, day) if site and day else ("", m["document_id"])
            self.groups[key][m.get("doc_lang")].add(m["document_id"])

    def count(self) -> int:
        return sum(max(len(d) for d in langs.values()) for langs in self.groups.values())


def count_sources(members: Iterable[dict[str, Any]]) -> int:
    """Distinct sources of some mentions: documents, except that the same site's documents of
    one date in different languages (a translated article) count once - as many as the
    largest number of that site's documents of that date in any one language."""
    counter = SourceCounter()
    counter.add(members)
    return counter.count()


def translations(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Mentions from one site's articles of one date in two languages: a translated article
    (their words cannot overlap, but they report the same event)."""
    return bool(x.get("doc_site") and x.get("doc_pub_date") and x.get("doc_lang")
                and y.get("doc_lang") and x["doc_lang"] != y["doc_lang"]
                and (x["doc_site"], x["doc_pub_date"]) == (y.get("doc_site"), y.get("doc_pub_date")))


@dataclass(frozen=True)
class Rule:
    """The clustering settings, parsed once."""

    window: int
    span: int
    min_jaccard: float
    same_day_jaccard: float
    symmetric: frozenset[str]
    stopwords: frozenset[str]
    non_state: frozenset[str]

    @classmethod
    def of(cls, settings: dict[str, Any] | None, window_days: int | None = None) -> Rule:
        full = resolve(settings)
        cfg = full["clusters"]
        return cls(
            window=int(cfg["window_days"] if window_days is None else window_days),
            span=max(1, int(cfg["span_days"])),
            min_jaccard=float(cfg["min_jaccard"]),
            same_day_jaccard=float(cfg["same_day_min_jaccard"]),
            symmetric=frozenset(x.upper() for x in cfg.get("symmetric_types") or []),
            stopwords=frozenset(w for words in (cfg.get("stopwords") or {}).values() for w in words),
            non_state=frozenset(x.upper() for x in full.get("non_state_sectors") or []),
        )

    def period(self, day: str | None) -> str:
        """The number of the period of `span` days that holds `day` ("" without a day)."""
        if not day:
            return ""
        return str((date.fromisoformat(day) - PERIOD_ORIGIN).days // self.span)

    def block(self, r: dict[str, Any], day: str | None) -> str:
        """The blocking key of an event row whose day (`resolve_day`) is `day`."""
        a, b = dyad_key(r.get("source"), r.get("target"), r["type"], self.symmetric)
        # a reading that does not count (see store.documents.set_counted) clusters apart
        status = r["status"] + ("~" if r.get("counted") == 0 else "")
        return "|".join((a, b, r["type"], status, non_state_sectors(r, self.non_state),
                         self.period(day)))

    def linked(self, x: _Mention, y: _Mention) -> bool:
        """Whether two mentions of one block are one event (symmetric in x and y)."""
        if x.day is None or y.day is None or abs((x.day - y.day).days) > self.window:
            return False
        if translations(x.row, y.row):
            return True
        score = jaccard(x.words, y.words)
        return score >= self.min_jaccard or (x.day == y.day and score >= self.same_day_jaccard)


@dataclass
class _Mention:
    row: dict[str, Any]
    day: date | None
    words: frozenset[str]
    node: tuple[str, str]  # ("event", id), or for an already clustered mention ("cluster", id)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, x: Any, y: Any) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            # the smaller root wins: the structure, like the result, ignores input order
            self.parent[max(rx, ry)] = min(rx, ry)


def _prepare(rows: Iterable[dict[str, Any]], rule: Rule) -> Iterator[dict[str, Any]]:
    for r in rows:
        r = dict(r)
        r["_day"] = resolve_day(r.get("event_date"), r.get("doc_pub_date"))
        r["block_stored"] = r.get("block")
        r["block"] = rule.block(r, r["_day"])
        yield r


def _mentions(rows: Iterable[dict[str, Any]], rule: Rule, node: Any = None) -> list[_Mention]:
    words: dict[str, frozenset[str]] = {}  # a sentence often carries several events
    out = []
    for r in rows:
        text = r.get("sentence") or ""
        w = words.get(text)
        if w is None:
            w = words[text] = content_words(text, rule.stopwords)
        out.append(_Mention(r, date.fromisoformat(r["_day"]) if r["_day"] else None, w,
                            node(r) if node else ("event", r["id"])))
    return out


def _link(mentions: list[_Mention], rule: Rule, uf: _UnionFind,
          new: set[int] | None = None) -> None:
    """Union every linked pair (only pairs with a new mention, when `new` names them).
    Mentions are compared with those at most `window` days apart, in day order; with `new`,
    each new mention with its neighbours only (a busy week's stored mentions are many, the new
    ones few: the pairs of two stored mentions are never visited)."""
    dated = sorted((m for m in mentions if m.day is not None), key=lambda m: m.day)  # type: ignore[arg-type, return-value]
    for m in mentions:
        uf.find(m.node)

    def visit(x: _Mention, y: _Mention) -> None:
        if uf.find(x.node) != uf.find(y.node) and rule.linked(x, y):
            uf.union(x.node, y.node)

    if new is None:
        for i, x in enumerate(dated):
            for j in range(i + 1, len(dated)):
                if (dated[j].day - x.day).days > rule.window:  # type: ignore[operator]
                    break
                visit(x, dated[j])
        return
    days = [m.day for m in dated]
    step = timedelta(days=rule.window)
    for i, x in enumerate(dated):
        if id(x) not in new:
            continue
        for j in range(bisect_left(days, x.day - step), bisect_right(days, x.day + step)):  # type: ignore[operator]
            # two new mentions are compared once, from the first of them
            if j != i and not (j < i and id(dated[j]) in new):
                visit(x, dated[j])


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
    sectors: str = ""
    n_sources: int = 0
    goldstein_mean: float | None = None
    first_reported: str | None = None

    def row(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "member_ids"}


def _sort_key(r: dict[str, Any]) -> tuple[str, str, str, int, str]:
    return (r["_day"] or "~", r.get("doc_pub_date") or "~", r["document_id"],
            int(r.get("doc_start") or 0), r["id"])


def assign_clusters(rows: Iterable[dict[str, Any]], settings: dict[str, Any] | None = None,
                    *, window_days: int | None = None) -> list[ClusterRecord]:
    """Group event rows (with `sentence` text and `doc_pub_date`) into clusters: the connected
    components of the linking rule within each blocking key."""
    rule = Rule.of(settings, window_days)
    blocks: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _prepare(rows, rule):
        blocks[r["block"]].append(r)
    out: list[ClusterRecord] = []
    for key in sorted(blocks):
        out.extend(_block_clusters(blocks[key], rule))
    out.sort(key=lambda c: (c.event_date or "~", c.id))
    return out


def _block_clusters(rows: list[dict[str, Any]], rule: Rule) -> list[ClusterRecord]:
    mentions = _mentions(rows, rule)
    uf = _UnionFind()
    _link(mentions, rule, uf)
    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        groups[uf.find(m.node)].append(m.row)
    return [_record(ms) for ms in groups.values()]


def _record(members: Sequence[dict[str, Any]]) -> ClusterRecord:
    members = sorted(members, key=_sort_key)
    ids = sorted(m["id"] for m in members)
    rep = members[0]
    days = sorted(m["_day"] for m in members if m["_day"])
    day_counts = Counter(days)
    event_date = (min(day_counts, key=lambda d: (-day_counts[d], d)) if day_counts
                  else min(m.get("event_date") or "~" for m in members).replace("~", "") or None)
    cameos = Counter(m.get("cameo") for m in members if m.get("cameo"))
    cameo = min(cameos, key=lambda c: (-cameos[c], c)) if cameos else None
    scores = [float(m["goldstein"]) for m in members
              if m.get("goldstein") is not None and m.get("counted") != 0]
    return ClusterRecord(
        id=stable_id("cluster", *ids), member_ids=ids, source=rep.get("source"),
        target=rep.get("target"), type=rep["type"], cameo=cameo, status=rep["status"],
        event_date=event_date, first_date=days[0] if days else event_date,
        last_date=days[-1] if days else event_date, n_mentions=len(members),
        n_documents=len({m["document_id"] for m in members}), representative_event_id=rep["id"],
        sectors=rep["block"].split("|")[4], n_sources=count_sources(members),
        goldstein_mean=sum(scores) / len(scores) if scores else None,
        first_reported=min((m["doc_pub_date"] for m in members if m.get("doc_pub_date")), default=None),
    )


def _cluster_input_query(sentence: bool = True):  # type: ignore[no-untyped-def]
    """The columns the rule and the index read of each mention; the sentence's text only where
    words are compared (the members of a joined cluster need none: reading a busy week's
    sentences costs more than the rest of their rows)."""
    e = t.events.c
    d = t.documents.c
    q = select(e.id, e.document_id, e.source, e.target, e.source_sector, e.target_sector, e.type,
               e.cameo, e.goldstein, e.quad, e.status, e.counted, e.event_date, e.doc_start,
               e.cluster_id, e.block, e.cluster_day, d.pub_date.label("doc_pub_date"),
               d.site.label("doc_site"), d.lang.label("doc_lang"))
    if sentence:
        q = q.add_columns(t.sentences.c.text.label("sentence")).join(
            t.sentences, t.sentences.c.id == e.sentence_id)
    return q.join(t.documents, d.id == e.document_id)


def _rows(conn: Connection, q: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(q)]


@dataclass(frozen=True)
class ClusterState:
    """A cluster as stored: its id and its member rows (`_cluster_input_query`'s columns)."""

    id: str
    members: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ClusterChange:
    """A cluster that changed: what it was (None: it is new) and what it is now (None: it is
    gone). The materialised index takes the old state's contribution away and adds the new."""

    old: ClusterState | None
    new: ClusterState | None


def _states(members: Iterable[dict[str, Any]]) -> list[ClusterState]:
    """Stored member rows grouped into their (current) clusters."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in members:
        if r.get("cluster_id"):
            groups[r["cluster_id"]].append(r)
    return [ClusterState(cid, tuple(rows)) for cid, rows in sorted(groups.items())]


def _write(conn: Connection, records: Sequence[ClusterRecord], gone: Sequence[str],
           members: dict[str, dict[str, Any]]) -> None:
    """Replace the clusters `gone` by `records`; point each member event at its cluster."""
    c = t.clusters.c
    for ids in padded_chunks(list(gone)):
        conn.execute(delete(t.clusters).where(c.id.in_(ids)))
    if records:
        conn.execute(insert(t.clusters), [r.row() for r in records])
    changes = [{"eid": mid, "cid": r.id, "blk": m["block"], "day": m["_day"]}
               for r in records for mid in r.member_ids
               if ((m := members[mid]).get("cluster_id"), m.get("cluster_day"),
                   m.get("block_stored")) != (r.id, m["_day"], m["block"])]
    if changes:
        conn.execute(update(t.events).where(t.events.c.id == bindparam("eid"))
                     .values(cluster_id=bindparam("cid"), block=bindparam("blk"),
                             cluster_day=bindparam("day")), changes)


def _windows(days: Iterable[date], window: int) -> list[tuple[str, str]]:
    """The days within `window` of any of `days`, as few ranges as possible (first, last)."""
    out: list[list[date]] = []
    step = timedelta(days=window)
    for d in sorted(set(days)):
        if out and d - step <= out[-1][1] + timedelta(days=1):
            out[-1][1] = d + step
        else:
            out.append([d - step, d + step])
    return [(lo.isoformat(), hi.isoformat()) for lo, hi in out]


def update_clusters(conn: Connection, settings: dict[str, Any] | None = None, *,
                    limit: int = UPDATE_BATCH) -> tuple[int, list[ClusterChange]]:
    """Cluster up to `limit` unclustered mentions into the stored clusters, inside the
    caller's write transaction. Reads only the clustered mentions of the same blocking keys
    within the window and the members of the clusters they join; writes only those clusters.
    Returns how many mentions were clustered and what changed (for the index)."""
    rule = Rule.of(settings)
    e = t.events.c
    new = list(_prepare(_rows(conn, _cluster_input_query().where(e.cluster_id.is_(None))
                              .order_by(e.id).limit(limit)), rule))
    if not new:
        return 0, []
    by_block: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in new:
        by_block[r["block"]].append(r)
    fresh = {block: _mentions(rows, rule) for block, rows in sorted(by_block.items())}
    # the clustered mentions near the new ones: same blocking key, days within the window of
    # a new mention's day (not the span of all of them: a batch spread over years would read
    # the block's whole history); many ranges of ix_events_block per statement
    ranges = [(block, lo, hi) for block, ms in fresh.items()
              for lo, hi in _windows((m.day for m in ms if m.day is not None), rule.window)]
    near: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for chunk in padded_chunks(ranges, _BLOCKS_PER_READ):  # padded: repeated terms change no OR
        cond = or_(*(and_(e.block == block, e.cluster_day >= lo, e.cluster_day <= hi)
                     for block, lo, hi in chunk))
        for r in _rows(conn, _cluster_input_query().where(cond, e.cluster_id.is_not(None))):
            r["_day"] = r["cluster_day"]
            near[r["block"]].append(r)
    uf = _UnionFind()
    for block, ms in fresh.items():
        # a clustered mention stands for its whole cluster in the graph
        old = _mentions(near.get(block, []), rule, node=lambda r: ("cluster", r["cluster_id"]))
        _link(ms + old, rule, uf, new={id(m) for m in ms})
    components: dict[Any, list[Any]] = defaultdict(list)
    for node in list(uf.parent):
        components[uf.find(node)].append(node)
    # only components with a new mention change; a cluster merely read stays as it is
    components = {k: v for k, v in components.items() if any(n[0] == "event" for n in v)}
    joined = sorted({n[1] for nodes in components.values() for n in nodes if n[0] == "cluster"})
    members: dict[str, dict[str, Any]] = {r["id"]: r for r in new}
    for ids in padded_chunks(joined):
        for r in _rows(conn, _cluster_input_query(sentence=False).where(e.cluster_id.in_(ids))):
            r["_day"] = r["cluster_day"]
            r["block_stored"] = r["block"]
            members[r["id"]] = r
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for mid, r in members.items():
        if r.get("cluster_id"):
            by_cluster[r["cluster_id"]].append(mid)
    records = []
    for nodes in components.values():
        ids = [n[1] for n in nodes if n[0] == "event"]
        ids += [mid for n in nodes if n[0] == "cluster" for mid in by_cluster[n[1]]]
        records.append(_record([members[i] for i in ids]))
    before = _states(r for r in members.values() if r.get("cluster_id"))
    _write(conn, records, joined, members)
    changes = [ClusterChange(old, None) for old in before]
    changes += [ClusterChange(None, ClusterState(r.id, tuple(members[i] for i in r.member_ids)))
                for r in records]
    return len(new), changes


def cluster_new(engine: Engine, settings: dict[str, Any] | None = None, *,
                limit: int = UPDATE_BATCH) -> int:
    """Cluster every mention not clustered yet, `limit` per transaction, and update the
    materialised index for what changed. Returns the number of mentions clustered."""
    from dyadwatch.analysis.materialised import refresh_index

    total = 0
    while True:
        with write_begin(engine) as conn:
            n, changes = update_clusters(conn, settings, limit=limit)
            refresh_index(conn, changes)
        total += n
        if n < limit:
            return total


def release_document(conn: Connection, document_id: str) -> list[ClusterChange]:
    """Take apart the clusters of a document's mentions (before its events are replaced): their
    other members become unclustered, for `update_clusters` to regroup. Returns what changed."""
    e, c = t.events.c, t.clusters.c
    ids = sorted(set(conn.execute(select(e.cluster_id).where(
        e.document_id == document_id, e.cluster_id.is_not(None))).scalars()))
    changes: list[ClusterChange] = []
    for chunk in padded_chunks(ids):
        changes += [ClusterChange(old, None) for old in _states(
            _rows(conn, _cluster_input_query(sentence=False).where(e.cluster_id.in_(chunk))))]
        conn.execute(update(t.events).where(e.cluster_id.in_(chunk)).values(cluster_id=None))
        conn.execute(delete(t.clusters).where(c.id.in_(chunk)))
    return changes


def rebuild_clusters(conn: Connection, settings: dict[str, Any] | None = None, *,
                     window_days: int | None = None) -> int:
    """Cluster every stored mention again (a changed rule), one blocking key at a time, inside
    the caller's write transaction; returns the number of clusters.

    Both passes read the events in the table's own order, not by an index: on a store larger
    than memory (a million documents) a read by id or by blocking key visits the table's pages
    at random, hours of disk; this reads it through once and lets the database sort."""
    rule = Rule.of(settings, window_days)
    e = t.events.c
    # 1. every mention's blocking key and day (the rule may have changed), in pages of the
    # table's stored order
    for page in pages_in_stored_order(
            conn, t.events, select(e.id, e.source, e.target, e.source_sector, e.target_sector,
                                   e.type, e.status, e.counted, e.event_date, e.block,
                                   e.cluster_day, t.documents.c.pub_date.label("doc_pub_date"))
            .join(t.documents, t.documents.c.id == e.document_id), UPDATE_BATCH):
        changes = []
        for r in page:
            day = resolve_day(r["event_date"], r["doc_pub_date"])
            block = rule.block(r, day)
            if (block, day) != (r["block"], r["cluster_day"]):
                changes.append({"eid": r["id"], "blk": block, "day": day})
        if changes:
            conn.execute(update(t.events).where(e.id == bindparam("eid"))
                         .values(block=bindparam("blk"), cluster_day=bindparam("day")), changes)
    # 2. each blocking key's clusters, from its mentions alone: the mentions sorted by key in
    # one streamed read; clusters written for about _REBUILD_ROWS mentions at a time
    conn.execute(delete(t.clusters))
    n = 0
    # `block || ''` sorts as block does but matches no index: the database reads the table
    # in turn and sorts, instead of following ix_events_block to every row at random
    rows = conn.execute(_cluster_input_query().order_by(e.block.concat(""))
                        .execution_options(yield_per=_REBUILD_ROWS))  # PostgreSQL: a cursor
    records: list[ClusterRecord] = []
    members: dict[str, dict[str, Any]] = {}
    for _, group in groupby(_prepare((dict(r._mapping) for r in rows), rule),
                            key=lambda r: r["block_stored"]):
        by_block: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in group:
            by_block[r["block"]].append(r)
            members[r["id"]] = r
        records += [rec for block in sorted(by_block) for rec in _block_clusters(by_block[block], rule)]
        if len(members) >= _REBUILD_ROWS:
            _write(conn, records, [], members)
            n += len(records)
            records, members = [], {}
    _write(conn, records, [], members)
    return n + len(records)


def build_clusters(engine: Engine, *, window_days: int | None = None,
                   settings: dict[str, Any] | None = None) -> int:
    """Cluster every stored mention again and rebuild the materialised index (`dyadwatch
    cluster --rebuild`); returns the number of clusters. Deterministic and idempotent."""
    from dyadwatch.analysis.materialised import rebuild_index

    with write_begin(engine) as conn:
        n = rebuild_clusters(conn, settings, window_days=window_days)
        rebuild_index(conn)
    return n


def count_clusters(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.clusters)).scalar_one())


def cluster_members(engine: Engine, cluster_id: str) -> list[dict[str, Any]]:
    """The mentions of one cluster with their sentences and sources (for briefs and pages)."""
    from dyadwatch.store.events import EventFilter, query_events

    return query_events(engine, EventFilter(cluster_id=cluster_id))
