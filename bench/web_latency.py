"""Web latency on a store of 100,000 synthetic events: p50/p95 of the main pages and API routes.

Builds the store once (fast bulk insert, reused on later runs), starts a real
`dyadwatch serve` process on a free 127.0.0.1 port and times sequential requests.

    .venv/bin/python bench/web_latency.py                 # 100,000 events, 30 requests a route
    .venv/bin/python bench/web_latency.py --events 20000 --requests 10
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, insert, select

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from dyadwatch.store import open_store  # noqa: E402
from dyadwatch.store import schema as t  # noqa: E402
from dyadwatch.store.db import write_begin  # noqa: E402

ACTORS = ["BLR", "RUS", "UKR", "POL", "LTU", "LVA", "EST", "DEU", "USA", "CHN", "KAZ", "EUR"]
TYPES = [("CONSULT", "040", 1, 1.0, "met"), ("AGREE", "057", 1, 3.0, "agreed"),
         ("COOPERATE", "061", 2, 6.0, "cooperated"), ("AID", "070", 2, 7.0, "granted"),
         ("ACCUSE", "112", 3, -2.0, "accused"), ("REJECT", "120", 3, -4.0, "rejected"),
         ("THREATEN", "130", 3, -6.0, "threatened"), ("SANCTION", "163", 4, -8.0, "sanctioned")]
STATUSES = ["occurred"] * 6 + ["planned", "forecast", "denied", "hypothetical"]
SITES = [f"site{i}.example.org" for i in range(20)]
WORDS = ("gas oil loan border trade customs dairy transit pipeline treaty union budget "
         "exercise troops election protest embassy visa bank debt tariff").split()
EVENTS_PER_SENTENCE = 2
SENTENCES_PER_DOC = 5


def build_store(path: Path, n_events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    engine = open_store(str(path))
    n_docs = max(1, n_events // (EVENTS_PER_SENTENCE * SENTENCES_PER_DOC))
    start = date(2015, 1, 1)
    docs, sents, events = [], [], []
    for d in range(n_docs):
        doc_id = f"{d:016x}"
        day = start + timedelta(days=rng.randrange(7 * 365))
        # BLR-RUS carries 40% of the record, the rest is spread over other pairs.
        if rng.random() < 0.4:
            a, b = "BLR", "RUS"
        else:
            a, b = rng.sample(ACTORS, 2)
        texts, pos = [], 0
        for s in range(SENTENCES_PER_DOC):
            w = rng.sample(WORDS, 4)
            tp = rng.choice(TYPES)
            sentence = (f"Officials in {a} {tp[4]} {b} over {w[0]} and {w[1]}, "
                        f"citing {w[2]} {w[3]} talks.")
            sid = f"{doc_id}-{s}"
            sents.append({"id": sid, "document_id": doc_id, "idx": s, "paragraph": s,
                          "start": pos, "end": pos + len(sentence), "text": sentence, "lang": "en"})
            k = sentence.index(tp[4])
            for e in range(EVENTS_PER_SENTENCE):
                tp_e = tp if e == 0 else rng.choice(TYPES)
                src, tgt = (a, b) if e == 0 else (b, a)
                ev_day = (day - timedelta(days=rng.randrange(3))).isoformat()
                events.append({
                    "id": f"{d:08x}{s:04x}{e:04x}", "document_id": doc_id, "sentence_id": sid,
                    "source": src, "source_sector": None, "source_text": src, "target": tgt,
                    "target_sector": None, "target_text": tgt, "type": tp_e[0], "mode": None,
                    "cameo": tp_e[1], "goldstein": tp_e[3], "quad": tp_e[2],
                    "status": rng.choice(STATUSES), "date": ev_day, "date_granularity": "day",
                    "event_date": ev_day, "trigger": tp[4], "start": k, "end": k + len(tp[4]),
                    "doc_start": pos + k, "doc_end": pos + k + len(tp[4]), "location": None,
                    "cluster_id": None})
            texts.append(sentence)
            pos += len(sentence) + 1
        text = " ".join(texts)
        docs.append({"id": doc_id, "content_hash": f"{d:064x}", "location": f"bench://{d}",
                     "url": f"https://{rng.choice(SITES)}/{d}", "site": rng.choice(SITES),
                     "title": f"{a} and {b}: {' '.join(rng.sample(WORDS, 3))}", "author": None,
                     "pub_date": day.isoformat(), "pub_date_granularity": "day", "lang": "en",
                     "text": text, "n_sentences": SENTENCES_PER_DOC,
                     "ingested_at": "2024-01-01T00:00:00+00:00"})
    with write_begin(engine) as conn:
        for table, rows in ((t.documents, docs), (t.sentences, sents), (t.events, events)):
            for i in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[i:i + 5000])
    engine.dispose()


def event_count(path: Path) -> int:
    if not path.exists():
        return 0
    engine = open_store(str(path))
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
    engine.dispose()
    return n


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=30, help="timed requests per route")
    ap.add_argument("--db", type=Path, default=None, help="store to build or reuse")
    args = ap.parse_args()
    db = args.db or REPO / "out" / f"bench-web-{args.events}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if event_count(db) != args.events:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        t0 = time.perf_counter()
        build_store(db, args.events)
        print(f"built {db} ({args.events:,} events) in {time.perf_counter() - t0:.1f} s")
    else:
        print(f"reusing {db} ({args.events:,} events)")

    port = free_port()
    exe = Path(sys.executable).parent / "dyadwatch"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "dyadwatch"]
    proc = subprocess.Popen([*cmd, "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            for _ in range(300):
                try:
                    if c.get("/api/v1/status").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            ev = c.get("/api/v1/events", params={"dyad": "BLR-RUS", "limit": 1,
                                                 "offset": 1000}).json()["items"][0]
            routes = [
                "/", "/dyad/BLR-RUS", "/dyad/BLR-RUS?type=ACCUSE", "/dyad/BLR-RUS?page=200",
                "/dyad/POL-UKR", f"/event/{ev['id']}", f"/document/{ev['document_id']}",
                "/documents", "/search?q=gas+pipeline", "/api/v1/status",
                "/api/v1/events?dyad=BLR-RUS&limit=100",
                "/api/v1/events?dyad=BLR-RUS&type=ACCUSE&status=planned&limit=100",
                f"/api/v1/events/{ev['event_id']}", f"/api/v1/documents/{ev['document_id']}",
                "/api/v1/documents?limit=50", "/api/v1/search?q=gas+pipeline",
                "/api/v1/index?dyad=BLR-RUS&freq=month", "/api/v1/verdicts?dyad=BLR-RUS",
                "/api/v1/clusters?limit=50",
            ]
            print(f"\n{'route':<62} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  status")
            for route in routes:
                t0 = time.perf_counter()
                c.get(route)  # the first request fills the server's cache: shown as "cold"
                cold = (time.perf_counter() - t0) * 1000
                times, code = [], 0
                for _ in range(args.requests):
                    t0 = time.perf_counter()
                    r = c.get(route)
                    times.append((time.perf_counter() - t0) * 1000)
                    code = r.status_code
                times.sort()
                p50 = statistics.median(times)
                p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
                print(f"{route[:62]:<62} {cold:8.1f} {p50:8.1f} {p95:8.1f} {times[-1]:8.1f}  {code}")
    finally:
        proc.terminate()
        proc.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
