"""Build a big store fast by writing its rows directly (for the growth and latency benchmarks).

Ingesting a million documents through the pipeline takes about five hours of CPU here
(~55 documents/s/core); this writes the rows the pipeline would have written, in minutes.
What is generated, per document, and why it behaves like a store filled by ingest:

* rows in every table ingest fills (documents, document_locations, paragraphs, sentences,
  events, figures, judgments) with the ids ingest uses (document id = first 16 hex of the
  SHA-256 of its text, `<doc>-<idx>` sentences, `stable_id` events), real CAMEO codes,
  Goldstein scores, PLOVER types and quad classes (from the coder's table), and sentence
  offsets that point into the document's text;
* English text of real-document size: 6-16 sentences of 80-140 characters in paragraphs of
  2-4 (~1,100 characters, as the sample corpus after cleaning), naming the two countries,
  a verb of the event type and topic words; full-text search indexes all of it;
* many sources (300 sites, Zipf-popular), 40 countries, a dyad distribution with a few busy
  pairs (BLR-RUS ~10% of documents, RUS-UKR ~8%, ...) and a long tail over the other pairs;
* dates from 2000 to 2026, denser every year (+12%/year), fewer at weekends, with bursts
  around crises (Georgia 2008, Ukraine 2014 and 2022, Belarus 2020, the Belarus-Poland
  border 2021, Nagorno-Karabakh 2020 and 2023) that also shift the mix to their dyads and
  to conflict;
* the same real-world event reported by several documents within days (about 45% of
  mentions repeat a recent story of their dyad with its wording), so clusters have many
  mentions as in real news;
* clusters computed by the library's own rule (`analysis.clusters.assign_clusters`), one
  (pair, type) at a time, so `cluster_id`s and the clusters table are what a rebuild gives.

How it is fast: SQLite with journal and sync off, secondary indexes and full-text triggers
dropped during the load and rebuilt after it (`INSERT INTO x_fts(x_fts) VALUES('rebuild')`);
PostgreSQL by COPY from the finished SQLite store, secondary indexes dropped and rebuilt,
foreign-key triggers off during the copy (session_replication_role = replica).

Robust to schema changes: the store is created by the project's migrations up to
GENERATOR_REVISION (the schema the generator writes), the columns inserted are those the
table really has (a column it does not know stays NULL, or it stops with one line when
that column is NOT NULL without default), and the store is then upgraded to the newest
migration, so later migrations (and their backfills) run on the loaded data as they would
on a real store.

    python bench/generate_store.py 100000 -o /work/bench-stores/store-100000.db
    python bench/generate_store.py 10000 -o s.db --pg postgresql://postgres@127.0.0.1:54717/dw_store_10000
    python bench/generate_store.py 200 -o /tmp/tiny.db               # a few seconds
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import random
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from dyadwatch.analysis.clusters import assign_clusters  # noqa: E402
from dyadwatch.coder import cameo as cameo_table  # noqa: E402
from dyadwatch.model import stable_id  # noqa: E402
from dyadwatch.store import schema as t  # noqa: E402

# The schema this generator writes; newer migrations are applied after the load.
GENERATOR_REVISION = "0004"
# Tables filled directly, parents first; any other table is left to the migrations.
TABLES = ("documents", "document_locations", "paragraphs", "sentences", "events", "figures",
          "judgments", "clusters")

FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2026, 11, 30)
YEARLY_GROWTH = 0.12

# (code, name, capital): names as the English actor dictionary spells them.
ACTORS = [
    ("BLR", "Belarus", "Minsk"), ("RUS", "Russia", "Moscow"), ("UKR", "Ukraine", "Kyiv"),
    ("POL", "Poland", "Warsaw"), ("LTU", "Lithuania", "Vilnius"), ("LVA", "Latvia", "Riga"),
    ("EST", "Estonia", "Tallinn"), ("DEU", "Germany", "Berlin"), ("FRA", "France", "Paris"),
    ("USA", "the United States", "Washington"), ("CHN", "China", "Beijing"),
    ("KAZ", "Kazakhstan", "Astana"), ("ARM", "Armenia", "Yerevan"),
    ("AZE", "Azerbaijan", "Baku"), ("GEO", "Georgia", "Tbilisi"), ("TUR", "Turkey", "Ankara"),
    ("GBR", "Britain", "London"), ("MDA", "Moldova", "Chisinau"), ("IRN", "Iran", "Tehran"),
    ("JPN", "Japan", "Tokyo"), ("IND", "India", "New Delhi"), ("UZB", "Uzbekistan", "Tashkent"),
    ("KGZ", "Kyrgyzstan", "Bishkek"), ("TJK", "Tajikistan", "Dushanbe"),
    ("FIN", "Finland", "Helsinki"), ("SWE", "Sweden", "Stockholm"),
    ("HUN", "Hungary", "Budapest"), ("SRB", "Serbia", "Belgrade"), ("ITA", "Italy", "Rome"),
    ("SYR", "Syria", "Damascus"), ("ISR", "Israel", "Jerusalem"), ("EGY", "Egypt", "Cairo"),
    ("SAU", "Saudi Arabia", "Riyadh"), ("VEN", "Venezuela", "Caracas"), ("CUB", "Cuba", "Havana"),
    ("PRK", "North Korea", "Pyongyang"), ("KOR", "South Korea", "Seoul"),
    ("BRA", "Brazil", "Brasilia"), ("ZAF", "South Africa", "Pretoria"), ("CAN", "Canada", "Ottawa"),
]
NAME = {c: n for c, n, _ in ACTORS}
CAPITAL = {c: cap for c, _, cap in ACTORS}
# Shares of documents whose main dyad is one of the busy pairs; the rest is a Zipf tail.
BUSY = [(("BLR", "RUS"), 0.10), (("RUS", "UKR"), 0.08), (("RUS", "USA"), 0.05),
        (("CHN", "USA"), 0.04), (("BLR", "POL"), 0.03), (("BLR", "LTU"), 0.02),
        (("POL", "UKR"), 0.02), (("DEU", "RUS"), 0.02), (("ARM", "AZE"), 0.015),
        (("GEO", "RUS"), 0.015), (("KAZ", "RUS"), 0.015), (("BLR", "UKR"), 0.015)]
# (first day, last day, dyads, extra volume): news bursts around crises.
CRISES = [
    (date(2008, 8, 7), date(2008, 8, 31), [("GEO", "RUS")], 3.0),
    (date(2014, 2, 20), date(2014, 5, 31), [("RUS", "UKR")], 2.0),
    (date(2020, 8, 9), date(2020, 11, 30), [("BLR", "RUS"), ("BLR", "LTU"), ("BLR", "POL")], 1.5),
    (date(2020, 9, 27), date(2020, 11, 10), [("ARM", "AZE")], 1.0),
    (date(2021, 11, 1), date(2021, 12, 15), [("BLR", "POL"), ("BLR", "LTU")], 1.5),
    (date(2022, 2, 20), date(2022, 6, 30), [("RUS", "UKR"), ("RUS", "USA"), ("BLR", "UKR")], 3.0),
    (date(2023, 9, 19), date(2023, 10, 5), [("ARM", "AZE")], 1.0),
]
# PLOVER type: (weight, the verb phrase a sentence uses as trigger)
TYPES = {
    "CONSULT": (18, "held talks with"), "AGREE": (12, "agreed to work with"),
    "COOPERATE": (8, "signed a cooperation deal with"), "REQUEST": (8, "called on"),
    "SUPPORT": (5, "voiced support for"), "AID": (4, "sent aid to"),
    "ACCUSE": (12, "accused"), "REJECT": (8, "rejected demands from"),
    "PROTEST": (5, "protested to"), "THREATEN": (5, "threatened"),
    "SANCTION": (5, "imposed sanctions on"), "COERCE": (3, "expelled diplomats of"),
    "MOBILIZE": (2, "massed troops near"), "ASSAULT": (2, "shelled positions of"),
    "CONCEDE": (2, "eased restrictions on"), "RETREAT": (1, "withdrew troops from"),
}
CONFLICT = {"ACCUSE", "REJECT", "PROTEST", "THREATEN", "SANCTION", "COERCE", "MOBILIZE", "ASSAULT"}
STATUSES = [("occurred", 75), ("planned", 8), ("forecast", 6), ("denied", 6), ("hypothetical", 5)]
TOPICS = ("gas oil loan border trade customs dairy transit pipeline treaty union budget exercise "
          "troops election protest embassy visa bank debt tariff grain fertiliser potash nuclear "
          "airspace railway port migrants refugees sanctions currency inflation elections "
          "opposition journalists media cyber drones missiles artillery ceasefire corridor "
          "prisoners exchange summit parliament referendum constitution minority language church "
          "energy electricity coal hydrogen vaccine pandemic tourism students scholarship "
          "investment factory tractors potatoes fishing arctic shipping satellite space "
          "intelligence espionage hackers border-guards checkpoint smuggling cigarettes").split()
SOURCE_PHRASES = ("officials in {ca} said", "the foreign ministry in {ca} said on Tuesday",
                  "state media reported", "according to diplomats in {cb}",
                  "a spokesman in {ca} told reporters", "news agencies reported from {cb}")
BACKGROUND = (
    "Observers noted that the {w0} and {w1} question had been raised before, with {w2} still unresolved.",
    "The dispute over {w0} has weighed on {w1} for years, and talks on {w2} have stalled repeatedly.",
    "Local newspapers gave the {w0} story wide coverage, while {w1} and {w2} drew less attention.",
    "Experts say the {w0} issue is linked to {w1}, a theme that returns whenever {w2} is discussed.",
)
AUTHORS = [None] * 7 + ["Anna Petrova", "John Miller", "Olga Ivanova", "Marek Nowak",
                        "Jonas Kairys", "Maria Schmidt", "Ivan Horbach", "Lena Berg"]


def _zipf_weights(n: int, s: float = 1.1, shift: float = 5.0) -> list[float]:
    return [1.0 / (i + shift) ** s for i in range(n)]


class Shapes:
    """The random choices, precomputed: sites, dyads, types with their CAMEO codes."""

    def __init__(self, rng: random.Random) -> None:
        self.sites = [f"news{i:03d}.example.org" for i in range(300)]
        self.site_w = _zipf_weights(len(self.sites), 1.0, 3.0)
        busy = {p for p, _ in BUSY}
        codes = [c for c, _, _ in ACTORS]
        tail = [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]
                if (a, b) not in busy and (b, a) not in busy]
        rng.shuffle(tail)
        tail_w = _zipf_weights(len(tail))
        tail_share = 1.0 - sum(w for _, w in BUSY)
        scale = tail_share / sum(tail_w)
        self.pairs = [p for p, _ in BUSY] + tail
        self.pair_w = [w for _, w in BUSY] + [w * scale for w in tail_w]
        self.types = list(TYPES)
        self.type_w = [TYPES[x][0] for x in self.types]
        self.crisis_type_w = [w * (3 if x in CONFLICT else 1) for x, w in zip(self.types, self.type_w, strict=True)]
        # CAMEO codes of each type, as the coder's table gives them (root codes first)
        self.cameos: dict[str, list[cameo_table.CameoInfo]] = {}
        for code, info in sorted(cameo_table.table().items(), key=lambda kv: (len(kv[0]), kv[0])):
            if info.plover_type in TYPES and len(code) >= 3:
                self.cameos.setdefault(info.plover_type, []).append(info)
        self.statuses = [s for s, _ in STATUSES]
        self.status_w = [w for _, w in STATUSES]


def day_counts(n_docs: int) -> Iterator[tuple[date, int, list[tuple[tuple[str, str], float]]]]:
    """(day, documents that day, crises that day) in date order, N documents in all.

    A day's weight grows by YEARLY_GROWTH a year, is lower at weekends, and is raised by the
    crises running that day; documents are shared out by cumulative rounding (exactly N)."""
    days = (LAST_DAY - FIRST_DAY).days + 1

    def weight(d: date) -> tuple[float, list[tuple[tuple[str, str], float]]]:
        w = math.exp(YEARLY_GROWTH * (d.toordinal() - FIRST_DAY.toordinal()) / 365.25)
        w *= 0.55 if d.weekday() >= 5 else 1.0
        active = [(p, extra) for a, b, pairs, extra in CRISES if a <= d <= b for p in pairs]
        boost = sum({extra for _, extra in active}) if active else 0.0
        return w * (1.0 + boost), active

    total = sum(weight(FIRST_DAY + timedelta(i))[0] for i in range(days))
    acc, given = 0.0, 0
    for i in range(days):
        d = FIRST_DAY + timedelta(i)
        w, active = weight(d)
        acc += w
        upto = min(n_docs, int(round(n_docs * acc / total)))
        if upto > given:
            yield d, upto - given, active
            given = upto


class Story:
    """One real-world event that several documents may report within days."""

    __slots__ = ("pair", "type", "status", "cameo", "day", "words", "phrase")

    def __init__(self, pair: tuple[str, str], type_: str, status: str, cameo: Any, day: date,
                 words: list[str], phrase: str) -> None:
        self.pair, self.type, self.status, self.cameo = pair, type_, status, cameo
        self.day, self.words, self.phrase = day, words, phrase


class Generator:
    def __init__(self, seed: int = 17) -> None:
        self.rng = random.Random(seed)
        self.shapes = Shapes(self.rng)
        self.stories: dict[tuple[str, str], deque[Story]] = {}

    def documents(self, n_docs: int) -> Iterator[dict[str, list[dict[str, Any]]]]:
        """Rows of one document at a time, by table name, in date order."""
        i = 0
        for day, k, crises in day_counts(n_docs):
            for _ in range(k):
                i += 1
                yield self.document(i, day, crises)

    def _pair(self, crises: list[tuple[tuple[str, str], float]]) -> tuple[tuple[str, str], bool]:
        rng = self.rng
        if crises:
            extra = sum({e for _, e in crises})
            if rng.random() < extra / (1 + extra):
                return rng.choice([p for p, _ in crises]), True
        return rng.choices(self.shapes.pairs, self.shapes.pair_w)[0], False

    def _story(self, pair: tuple[str, str], day: date, in_crisis: bool,
               used: set[int]) -> Story:
        """A recent story of the pair (not yet told in this document), or a new one."""
        rng, sh = self.rng, self.shapes
        pool = self.stories.setdefault(pair, deque(maxlen=24))
        while pool and (day - pool[0].day).days > 4:
            pool.popleft()
        recent = [s for s in pool if (day - s.day).days <= 3 and id(s) not in used]
        if recent and rng.random() < 0.45:
            story = rng.choice(recent)
            used.add(id(story))
            return story
        type_ = rng.choices(sh.types, sh.crisis_type_w if in_crisis else sh.type_w)[0]
        cands = sh.cameos[type_]
        info = cands[0] if rng.random() < 0.5 else rng.choice(cands)
        a, b = pair if rng.random() < 0.5 else (pair[1], pair[0])
        lag = rng.choices((0, 1, 2, 3), (60, 25, 10, 5))[0]
        story = Story((a, b), type_, rng.choices(sh.statuses, sh.status_w)[0], info,
                      day - timedelta(days=lag), rng.sample(TOPICS, 4),
                      rng.choice(SOURCE_PHRASES))
        pool.append(story)
        used.add(id(story))
        return story

    def document(self, i: int, day: date, crises: list[tuple[tuple[str, str], float]]) -> dict[str, list[dict[str, Any]]]:
        rng, sh = self.rng, self.shapes
        site = rng.choices(sh.sites, sh.site_w)[0]
        pair, in_crisis = self._pair(crises)
        a, b = pair
        granularity = rng.choices(("day", "month", None), (93, 5, 2))[0]
        pub_date = (day.isoformat() if granularity == "day" else
                    day.isoformat()[:7] if granularity == "month" else None)
        # sentences: (text, events [(story, source, target, start, end)], figure, judgment)
        plan: list[tuple[str, list[tuple[Story, int, int]], Any, Any]] = []
        title_words = rng.sample(TOPICS, 2)
        used: set[int] = set()  # stories told in this document
        plan.append((f"Report {i} from {site}: {NAME[a]} and {NAME[b]} on {title_words[0]} "
                     f"and {title_words[1]}.", [], None, None))
        for _ in range(rng.randint(5, 15)):
            r = rng.random()
            if r < 0.68:
                spair = pair if rng.random() < 0.75 else self._pair([])[0]
                story = self._story(spair, day, in_crisis and spair == pair, used)
                src, tgt = story.pair
                verb = TYPES[story.type][1]
                w = story.words
                lead = f"{NAME[src][0].upper()}{NAME[src][1:]} "
                text = (f"{lead}{verb} {NAME[tgt]} over {w[0]}, {w[1]} and {w[2]} {w[3]}, "
                        + story.phrase.format(ca=CAPITAL[src], cb=CAPITAL[tgt]) + ".")
                evs = [(story, len(lead), len(lead) + len(verb))]
                if rng.random() < 0.1:  # a second, reverse event in the same sentence
                    back = self._story((tgt, src), day, False, used)
                    if back.pair == (tgt, src):
                        evs.append((back, len(lead), len(lead) + len(verb)))
                plan.append((text, evs, None, None))
            elif r < 0.76:
                n = rng.randint(1, 40)
                year = day.year - rng.randint(0, 1)
                amount = f"{n} billion dollars"
                text = (f"Trade between {NAME[a]} and {NAME[b]} reached {amount} in {year}, "
                        "according to official statistics.")
                plan.append((text, [], (n * 1e9, amount, text.index(amount), str(year)), None))
            elif r < 0.81:
                direction, cue = rng.choice((("worse", "worsen"), ("better", "improve"),
                                             ("stable", "remain stable")))
                text = (f"Analysts expect relations between {NAME[a]} and {NAME[b]} to {cue} "
                        "in the coming months.")
                plan.append((text, [], None, (direction, cue, text.index(cue))))
            else:
                w = rng.sample(TOPICS, 3)
                plan.append((rng.choice(BACKGROUND).format(w0=w[0], w1=w[1], w2=w[2]), [], None, None))
        # paragraphs of 2-4 sentences; sentence offsets into the text
        spans: list[tuple[int, int, int]] = []  # (start, end, paragraph)
        parts: list[str] = []
        paras: list[tuple[int, int]] = []
        pos, idx, para = 0, 0, 0
        while idx < len(plan):
            size = rng.randint(2, 4)
            p_start = pos
            for j, (text, *_rest) in enumerate(plan[idx:idx + size]):
                if j:
                    parts.append(" ")
                    pos += 1
                spans.append((pos, pos + len(text), para))
                parts.append(text)
                pos += len(text)
            paras.append((p_start, pos))
            idx += size
            para += 1
            if idx < len(plan):
                parts.append("\n\n")
                pos += 2
        text = "".join(parts)
        content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc_id = content_hash[:16]
        url = f"https://{site}/{day.year}/{day.month:02d}/{a.lower()}-{b.lower()}-{i}"
        rows: dict[str, list[dict[str, Any]]] = {
            "documents": [{
                "id": doc_id, "content_hash": content_hash, "location": url, "url": url,
                "site": site, "title": f"{NAME[a]} and {NAME[b]}: {title_words[0]} and {title_words[1]}",
                "author": rng.choice(AUTHORS), "pub_date": pub_date,
                "pub_date_granularity": granularity, "lang": "en", "text": text,
                "n_sentences": len(plan),
                "ingested_at": f"{(day + timedelta(days=1)).isoformat()}T06:00:00+00:00"}],
            "document_locations": [{"location": url, "document_id": doc_id}],
            "paragraphs": [{"document_id": doc_id, "idx": k, "start": s, "end": e}
                           for k, (s, e) in enumerate(paras)],
            "sentences": [], "events": [], "figures": [], "judgments": [],
        }
        for k, ((s_text, evs, fig, jud), (start, end, p)) in enumerate(zip(plan, spans, strict=True)):
            sid = f"{doc_id}-{k}"
            rows["sentences"].append({"id": sid, "document_id": doc_id, "idx": k, "paragraph": p,
                                      "start": start, "end": end, "text": s_text, "lang": "en"})
            for story, e_start, e_end in evs:
                src, tgt = story.pair
                info = story.cameo
                ev_date = story.day.isoformat()
                rows["events"].append({
                    "id": stable_id(doc_id, k, e_start, e_end, src, tgt, story.type, info.code,
                                    story.status),
                    "document_id": doc_id, "sentence_id": sid, "source": src,
                    "source_sector": None, "source_text": NAME[src], "target": tgt,
                    "target_sector": None, "target_text": NAME[tgt], "type": story.type,
                    "mode": info.mode, "cameo": info.code, "goldstein": info.goldstein,
                    "quad": cameo_table.quad_class(info.code), "status": story.status,
                    "date": ev_date, "date_granularity": "day", "event_date": ev_date,
                    "trigger": s_text[e_start:e_end], "start": e_start, "end": e_end,
                    "doc_start": start + e_start, "doc_end": start + e_end, "location": None,
                    "cluster_id": None})
            if fig:
                value, amount, f_start, year = fig
                rows["figures"].append({
                    "id": stable_id("figure", doc_id, k, f_start), "document_id": doc_id,
                    "sentence_id": sid, "kind": "money", "value": value, "value_max": None,
                    "unit": "USD", "qualifier": "exact", "measure": "trade", "source": a,
                    "target": b, "date": year, "date_granularity": "year", "event_id": None,
                    "text": amount, "start": f_start, "end": f_start + len(amount)})
            if jud:
                direction, cue, j_start = jud
                rows["judgments"].append({
                    "id": stable_id("judgment", doc_id, k, j_start), "document_id": doc_id,
                    "sentence_id": sid, "source": a, "target": b, "direction": direction,
                    "horizon": "in the coming months", "hedge": "expect", "date": None,
                    "text": s_text, "start": j_start, "end": j_start + len(cue),
                    "kind": "forecast", "cue": cue, "date_granularity": None})
        return rows


# --------------------------------------------------------------------------- SQLite

def _migrate(url: str, revision: str) -> None:
    """Run the project's migrations up to `revision` ("head" for the newest)."""
    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from dyadwatch.store.db import alembic_config, run_pending_backfill

    engine = create_engine(url, poolclass=NullPool)
    if url.startswith("sqlite"):
        # the backfill is one transaction over millions of rows: with SQLite's 2 MB page cache
        # it spills to the WAL over and over; 2 GB keeps it in memory (this machine has 23 GB)
        event.listen(engine, "connect", _sqlite_migration_connection)
        # pysqlite would commit each DDL statement on its own (it begins a transaction only
        # before INSERT/UPDATE/DELETE): an upgrade stopped half-way then leaves 0005's columns
        # and tables without the revision that made them; BEGIN makes it one transaction
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    try:
        with engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            if revision == "head":  # 0005's backfill runs at head (store/db.py)
                run_pending_backfill(conn)
    finally:
        engine.dispose()


def _sqlite_migration_connection(dbapi: sqlite3.Connection, _record: object) -> None:
    dbapi.isolation_level = None  # transactions begin where SQLAlchemy says (the "begin" hook)
    dbapi.execute("PRAGMA cache_size = -2000000")


class ColumnPlan:
    """The columns an insert into `table` names: the table's own, as the database has them."""

    def __init__(self, table: str, columns: list[tuple[str, bool, bool]]) -> None:
        # columns: (name, not null, has default)
        self.table = table
        self.names = [c for c, _, _ in columns]
        self.required = {c for c, notnull, has_default in columns if notnull and not has_default}

    def check(self, row: dict[str, Any]) -> None:
        missing = sorted(self.required - row.keys())
        if missing:
            raise SystemExit(f"generate_store: table {self.table} has NOT NULL column(s) "
                             f"{', '.join(missing)} that the generator does not fill; "
                             "teach bench/generate_store.py about them")

    def tuples(self, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        names = self.names
        return [tuple(r.get(c) for c in names) for r in rows]


def _sqlite_plans(db: sqlite3.Connection) -> dict[str, ColumnPlan]:
    plans = {}
    for name in TABLES:
        table = t.metadata.tables[name].name
        cols = [(r[1], bool(r[3]), r[4] is not None)
                for r in db.execute(f"PRAGMA table_info({table})")]  # noqa: S608 - our names
        plans[name] = ColumnPlan(table, cols)
    return plans


def _say(msg: str, quiet: bool) -> None:
    if not quiet:
        print(msg, file=sys.stderr, flush=True)


def build_sqlite(path: Path, n_docs: int, *, seed: int = 17, batch_docs: int = 2000,
                 upgrade: bool = True, cluster: bool | None = None,
                 quiet: bool = False) -> dict[str, int]:
    """Write a store of `n_docs` generated documents at `path` (which must not exist).

    `cluster` (default: when not upgrading) runs the clustering rule here; an upgrade's 0005
    backfill clusters every mention again, so doing it here as well would be wasted.
    """
    if cluster is None:
        cluster = not upgrade
    if path.exists():
        raise SystemExit(f"{path}: already exists (remove it, or use it as it is)")
    path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{path}"
    t0 = time.perf_counter()
    _migrate(url, GENERATOR_REVISION)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("PRAGMA cache_size = -200000")  # ~200 MB
    db.execute("PRAGMA temp_store = FILE")
    # Secondary indexes and the full-text triggers go during the load, and come back after it.
    saved = db.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                       "AND sql IS NOT NULL").fetchall()
    for kind, name, _sql in saved:
        db.execute(f'DROP {kind.upper()} "{name}"')
    plans = _sqlite_plans(db)
    counts = dict.fromkeys(TABLES, 0)
    pending: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    gen = Generator(seed)

    def flush() -> None:
        db.execute("BEGIN")
        for name in TABLES:
            rows = pending[name]
            if not rows:
                continue
            plan = plans[name]
            plan.check(rows[0])
            marks = ", ".join("?" * len(plan.names))
            cols = ", ".join(f'"{c}"' for c in plan.names)
            db.executemany(f'INSERT INTO "{plan.table}" ({cols}) VALUES ({marks})', plan.tuples(rows))
            counts[name] += len(rows)
            rows.clear()
        db.execute("COMMIT")

    for k, doc in enumerate(gen.documents(n_docs), 1):
        for name, rows in doc.items():
            pending[name].extend(rows)
        if k % batch_docs == 0:
            flush()
            if k % (batch_docs * 25) == 0:
                _say(f"  {k:,} documents written ({time.perf_counter() - t0:.0f} s)", quiet)
    flush()
    _say(f"  rows written in {time.perf_counter() - t0:.0f} s: {counts}", quiet)
    if cluster:
        counts["clusters"] = _cluster_sqlite(db, plans["clusters"])
        _say(f"  clusters in {time.perf_counter() - t0:.0f} s", quiet)
    for kind, _name, sql in sorted(saved, key=lambda s: s[0] != "index"):  # indexes, then triggers
        if kind == "index":
            db.execute(sql)
    for (fts,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                             "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").fetchall():
        db.execute(f"INSERT INTO \"{fts}\"(\"{fts}\") VALUES ('rebuild')")
    for kind, _name, sql in saved:
        if kind == "trigger":
            db.execute(sql)
    db.execute("PRAGMA journal_mode = WAL")  # what open_store uses
    db.close()
    _say(f"  indexes and full-text search in {time.perf_counter() - t0:.0f} s", quiet)
    if upgrade:
        _migrate(url, "head")
        with closing(sqlite3.connect(path)) as db:  # 0005's backfill made them
            counts["clusters"] = db.execute("SELECT count(*) FROM clusters").fetchone()[0]
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the main file: copyable
    _say(f"built {path}: {n_docs:,} documents in {time.perf_counter() - t0:.0f} s", quiet)
    return counts


_CLUSTER_ROWS = (
    "SELECT e.id, e.document_id, e.source, e.target, e.type, e.cameo, e.status, e.event_date, "
    "e.doc_start, e.cluster_id, s.text AS sentence, d.pub_date AS doc_pub_date "
    "FROM events e JOIN sentences s ON s.id = e.sentence_id "
    "JOIN documents d ON d.id = e.document_id "
    "WHERE e.type = ? AND e.source = ? AND e.target = ?")
_CLUSTER_COLS = ("id", "document_id", "source", "target", "type", "cameo", "status",
                 "event_date", "doc_start", "cluster_id", "sentence", "doc_pub_date")


def _cluster_groups(keys: list[tuple[str, str, str]], fetch: Any) -> Iterator[Any]:
    """Clusters of each (pair, type): the rule groups by dyad (either order for mutual
    types), type and status, so clustering each pair's mentions of a type on their own gives
    the clusters of clustering everything at once."""
    for a, b, type_ in keys:
        rows = [dict(zip(_CLUSTER_COLS, r, strict=True)) for r in fetch(type_, a, b)]
        if a != b:
            rows.extend(dict(zip(_CLUSTER_COLS, r, strict=True)) for r in fetch(type_, b, a))
        if rows:
            yield from assign_clusters(rows)


def _pair_type_keys(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return sorted({(min(s or "", g or ""), max(s or "", g or ""), ty) for s, g, ty in rows})


def _cluster_sqlite(db: sqlite3.Connection, plan: ColumnPlan) -> int:
    db.execute("CREATE INDEX temp_gen_events_pair ON events (type, source, target)")
    keys = _pair_type_keys(db.execute("SELECT DISTINCT source, target, type FROM events").fetchall())
    db.execute("CREATE TEMP TABLE gen_cluster_of (eid TEXT PRIMARY KEY, cid TEXT) WITHOUT ROWID")
    n = 0
    batch: list[dict[str, Any]] = []
    members: list[tuple[str, str]] = []

    def flush() -> None:
        db.execute("BEGIN")
        cols = ", ".join(f'"{c}"' for c in plan.names)
        db.executemany(f'INSERT INTO clusters ({cols}) VALUES ({", ".join("?" * len(plan.names))})',
                       plan.tuples(batch))
        db.executemany("INSERT INTO gen_cluster_of VALUES (?, ?)", members)
        db.execute("COMMIT")
        batch.clear()
        members.clear()

    for rec in _cluster_groups(keys, lambda *p: db.execute(_CLUSTER_ROWS, p)):
        batch.append(rec.row())
        members.extend((m, rec.id) for m in rec.member_ids)
        n += 1
        if len(members) >= 50_000:
            flush()
    flush()
    db.execute("BEGIN")
    db.execute("UPDATE events SET cluster_id = c.cid FROM gen_cluster_of c WHERE c.eid = events.id")
    db.execute("COMMIT")
    db.execute("DROP TABLE gen_cluster_of")
    db.execute("DROP INDEX temp_gen_events_pair")
    return n


# --------------------------------------------------------------------------- PostgreSQL

def copy_to_postgres(sqlite_path: Path, pg_url: str, *, upgrade: bool = True,
                     quiet: bool = False) -> dict[str, int]:
    """Fill an empty PostgreSQL database with the rows of a generated SQLite store."""
    import psycopg

    from dyadwatch.store.db import resolve_db_url

    t0 = time.perf_counter()
    sa_url = resolve_db_url(pg_url)
    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    # The SQLite store's own schema when this code knows it: every table it has is copied
    # as it is (the later migrations' backfills already ran on it, the same rows, and need
    # not run again, which on PostgreSQL takes long); else the generator's, and the
    # migrations after it fill what they fill.
    revision = _sqlite_revision(src, sa_url) or GENERATOR_REVISION
    _migrate(sa_url, revision)
    libpq = pg_url.replace("postgresql+psycopg://", "postgresql://")
    lite_tables = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts: dict[str, int] = {}
    with psycopg.connect(libpq, autocommit=True) as pg:
        pg.execute("SET session_replication_role = replica")  # no FK triggers during the copy
        pg.execute("SET maintenance_work_mem = '256MB'")
        if revision == GENERATOR_REVISION:
            tables = [t.metadata.tables[name].name for name in TABLES]
        else:
            pg_tables = {r[0] for r in pg.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
            tables = [x.name for x in t.metadata.sorted_tables
                      if x.name in pg_tables and x.name in lite_tables]
        indexes = pg.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' "
            "AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname)", (tables,)).fetchall()
        for name, _ in indexes:
            pg.execute(f'DROP INDEX "{name}"')
        for table in tables:
            pg.execute(f'DELETE FROM "{table}"')  # what the migrations wrote into the empty store
            pg_cols = [r[0] for r in pg.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position",
                (table,))]
            lite_cols = {r[1] for r in src.execute(f'PRAGMA table_info("{table}")')}
            cols = [c for c in pg_cols if c in lite_cols]
            col_sql = ", ".join(f'"{c}"' for c in cols)
            n = 0
            with pg.cursor() as cur, cur.copy(f'COPY "{table}" ({col_sql}) FROM STDIN') as cp:
                for row in src.execute(f'SELECT {col_sql} FROM "{table}"'):
                    cp.write_row(row)
                    n += 1
            counts[table] = n
            _say(f"  copied {table}: {n:,} rows ({time.perf_counter() - t0:.0f} s)", quiet)
        for _, sql in indexes:
            pg.execute(sql)
        for table, column in pg.execute(  # serial columns go on after the copied ids
                "SELECT table_name, column_name FROM information_schema.columns WHERE "
                "table_schema = 'public' AND column_default LIKE 'nextval(%%'").fetchall():
            if counts.get(table):
                pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                           f'(SELECT max("{column}") FROM "{table}"))')
        pg.execute("SET session_replication_role = origin")
        pg.execute("VACUUM ANALYZE")
    src.close()
    if upgrade:
        _migrate(sa_url, "head")
    _say(f"copied {sqlite_path} to {pg_url} in {time.perf_counter() - t0:.0f} s", quiet)
    return counts


def _sqlite_revision(src: sqlite3.Connection, url: str) -> str | None:
    """The SQLite store's migration, when it is one of this code's."""
    from alembic.script import ScriptDirectory

    from dyadwatch.store.db import alembic_config

    try:
        row = src.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config(url)).walk_revisions()}
    return row[0] if row and row[0] in known else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs", type=int, nargs="?", default=0,
                    help="number of documents (not with --upgrade)")
    ap.add_argument("-o", "--out", type=Path, required=True, help="SQLite store to write (new file)")
    ap.add_argument("--pg", default=None,
                    help="also copy it into this empty PostgreSQL database (postgresql://...)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--defer-upgrade", action="store_true",
                    help=f"write the rows only: the store stays at revision {GENERATOR_REVISION}, "
                         "unclustered, for --upgrade later")
    ap.add_argument("--upgrade", action="store_true",
                    help="upgrade an existing store written with --defer-upgrade (clusters, index)")
    args = ap.parse_args(argv)
    if args.upgrade:
        if not args.out.is_file():
            ap.error(f"{args.out}: no such store to upgrade")
        t0 = time.perf_counter()
        _migrate(f"sqlite:///{args.out}", "head")
        with closing(sqlite3.connect(args.out)) as db:  # all in the main file: copyable
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _say(f"upgraded {args.out} in {time.perf_counter() - t0:.0f} s", args.quiet)
        return 0
    if args.docs < 1:
        ap.error("docs: give a positive number of documents")
    if not args.out.exists():
        build_sqlite(args.out, args.docs, seed=args.seed, quiet=args.quiet,
                     upgrade=not args.defer_upgrade, cluster=False if args.defer_upgrade else None)
    elif not args.pg:
        raise SystemExit(f"{args.out}: already exists (remove it to build it again)")
    if args.pg:
        copy_to_postgres(args.out, args.pg, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
