"""Throughput benchmarks for DyadWatch (run by hand; results go to bench/RESULTS.md).

    python bench/run.py machine                      # what it runs on
    python bench/run.py ingest --docs 500            # ingest -> events, docs/s/core (serial)
    python bench/run.py coder --docs 200             # coder alone, sentences/s/core, vs regex
    python bench/run.py coder --lang ru --docs 200   # the same on Russian text
    python bench/run.py rss --docs 10000 --docs 100000   # peak RSS, each N in a fresh process
    python bench/run.py dask --docs 400              # speed-up and efficiency, 1 -> 2 workers
    python bench/run.py all --quick                  # a small version of everything
    python bench/run.py soak                         # watch: 50 local sources, 2,000 items (bench/soak.py)
    python bench/run.py growth                       # issue 17: 500 new documents into stores of
                                                     # 0, 10k, 100k, 1M generated documents
    python bench/run.py latency --docs 1000000       # issue 17: dyad page, /api/v1/index, verdict,
                                                     # brief on the 1M-document store

Add --profile to `ingest`, `coder` or `dask` to print the cProfile top functions (what a
missed target is explained with), and --json FILE to keep the numbers.

Rates per core use CPU time, not wall time: this is a shared machine, and a process that
waits for a core it does not get has not been slow. Wall-clock rates are printed beside them,
and so is the load average, so a reader can judge how busy the machine was.

Corpora come from bench/generate_corpus.py (streamed, never held whole). Russian text is
built from the Russian documents in examples/corpus when there are any, else from the
templates below (written for this benchmark, not taken from any gold set).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_corpus  # noqa: E402

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
TARGETS = {"docs_per_s_core": 20.0, "sentences_per_s_core": 2000.0, "rss_growth": 0.10,
           "dask_efficiency": 0.8}


# --------------------------------------------------------------------------- helpers

def machine() -> dict[str, Any]:
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem_gb = 0.0
    return {"nproc": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)),
            "cpu": model, "memory_gib": round(mem_gb, 1), "python": sys.version.split()[0],
            "platform": platform.platform(), "loadavg": os.getloadavg()}


def say(msg: str) -> None:
    print(msg, flush=True)


class Clock:
    """Wall and CPU time (this process and its waited-for children) of a block."""

    def __enter__(self) -> Clock:
        self.load0 = os.getloadavg()[0]
        self.w0 = time.perf_counter()
        self.c0 = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.w0
        self.cpu = time.process_time() - self.c0
        self.load1 = os.getloadavg()[0]


def profiled(fn: Callable[[], Any], top: int = 25) -> tuple[Any, str]:
    prof = cProfile.Profile()
    result = prof.runcall(fn)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("cumulative").print_stats(top)
    buf.write("\n--- by own time ---\n")
    stats.sort_stats("tottime").print_stats(top)
    return result, buf.getvalue()


def _temp_db(tmp: str, name: str) -> str:
    return f"sqlite:///{Path(tmp) / name}"


def _lean_profile_text(text: str) -> str:
    keep = []
    for line in text.splitlines():
        if line.strip().startswith(("Ordered by", "List reduced")) or not line.strip():
            continue
        keep.append(line.replace(str(Path(sys.prefix)), "<venv>").replace(str(HERE.parent), "<repo>"))
    return "\n".join(keep)


# --------------------------------------------------------------------------- Russian text

RU_ACTORS = [  # (nominative, genitive, instrumental, leader)
    ("Россия", "России", "Россией", "Владимир Путин"),
    ("Беларусь", "Беларуси", "Беларусью", "Александр Лукашенко"),
    ("Украина", "Украины", "Украиной", "Владимир Зеленский"),
    ("Польша", "Польши", "Польшей", "Анджей Дуда"),
    ("Литва", "Литвы", "Литвой", "Гитанас Науседа"),
    ("Казахстан", "Казахстана", "Казахстаном", "Касым-Жомарт Токаев"),
    ("Китай", "Китая", "Китаем", "Си Цзиньпин"),
    ("Германия", "Германии", "Германией", "Олаф Шольц"),
]
RU_TEMPLATES = [
    "{L1} и {L2} встретились в Минске {d} и обсудили двустороннее сотрудничество.",
    "Президент {A1g} {L1} провёл переговоры с президентом {A2g} {L2}.",
    "{A1} подписала с {A2i} соглашение о поставках газа на следующий год.",
    "Министр иностранных дел {A1g} раскритиковал решение властей {A2g} закрыть границу.",
    "{A1} обвинила {A2i} во вмешательстве во внутренние дела, сообщает ТАСС.",
    "Правительство {A1g} выделило {A2} кредит в размере 500 миллионов долларов.",
    "{L1} пригрозил ввести санкции против {A2g}, если переговоры не возобновятся.",
    "Посол {A1g} был вызван в министерство иностранных дел {A2g} {d}.",
    "{A1} и {A2} договорились продолжить консультации по вопросам безопасности.",
    "По словам экспертов, отношения {A1g} и {A2g} в ближайшие месяцы, вероятно, улучшатся.",
    "{L1} заявил, что {A1} готова оказать {A2} гуманитарную помощь.",
    "Военные {A1g} провели совместные учения с армией {A2g} у западной границы.",
    "{A1} отвергла требования {A2g} о выплате долга за энергоносители.",
    "Делегация {A1g} посетила {A2} с официальным визитом {d}.",
]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def russian_texts(n: int, seed: int = 11) -> Iterator[str]:
    """N Russian documents: from examples/corpus if it has Russian ones, else templates."""
    real = []
    try:
        for _name, text in generate_corpus.source_documents():
            cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
            if cyr > 0.3 * max(1, sum(ch.isalpha() for ch in text)):
                real.append(text)
    except SystemExit:
        pass
    rng = random.Random(seed)
    for i in range(n):
        if real:
            base = real[i % len(real)]
            paras = [p for p in re.split(r"\n\s*\n", base) if p.strip()]
            rng.shuffle(paras)
            yield f"Сообщение {i + 1}.\n\n" + "\n\n".join(paras)
            continue
        paras = []
        for _ in range(rng.randint(4, 8)):
            sents = []
            for _ in range(rng.randint(3, 6)):
                a, b = rng.sample(RU_ACTORS, 2)
                d = f"{rng.randint(1, 28)} {rng.choice(RU_MONTHS)} {rng.randint(2010, 2026)} года"
                sents.append(rng.choice(RU_TEMPLATES).format(
                    A1=a[0], A1g=a[1], A1i=a[2], L1=a[3], A2=b[0], A2g=b[1], A2i=b[2], L2=b[3], d=d))
            paras.append(" ".join(sents))
        yield f"Сообщение {i + 1}.\n\n" + "\n\n".join(paras)


# --------------------------------------------------------------------------- benchmarks

def bench_ingest(n: int, profile: bool = False, batch: int = 64) -> dict[str, Any]:
    """Serial ingest -> events (clean, split, code, extras, store) into a fresh SQLite."""
    from dyadwatch.errors import InputError
    from dyadwatch.parallel.writer import BatchWriter
    from dyadwatch.pipeline import PipelineOptions, process
    from dyadwatch.store import open_store

    opts = PipelineOptions()
    with tempfile.TemporaryDirectory(prefix="dw-bench-") as tmp:
        engine = open_store(_temp_db(tmp, "ingest.db"))
        _warm(opts)

        def run() -> dict[str, int]:
            errors = 0
            with BatchWriter(engine, batch_size=batch) as writer:
                for raw in generate_corpus.raw_inputs(n):
                    try:
                        writer.add(process(raw, opts))
                    except InputError:
                        errors += 1
            return {"stored": writer.stored, "known": writer.known, "errors": errors}

        with Clock() as c:
            if profile:
                counts, prof = profiled(run)
            else:
                counts, prof = run(), ""
        from dyadwatch.store.documents import count_rows

        rows = count_rows(engine)
    res = {"bench": "ingest", "docs": n, **counts, "events": rows.get("events", 0),
           "sentences": rows.get("sentences", 0), "wall_s": round(c.wall, 2),
           "cpu_s": round(c.cpu, 2), "docs_per_s_core": round(n / c.cpu, 1),
           "docs_per_s_wall": round(n / c.wall, 1), "loadavg": [round(c.load0, 2), round(c.load1, 2)]}
    if prof:
        res["profile"] = _lean_profile_text(prof)
    return res


def _warm(opts: Any) -> None:
    """Load dictionaries and models once, outside the timed part."""
    from dyadwatch.pipeline import process

    # Enough documents to meet every language and every lazily loaded table once.
    for raw in generate_corpus.raw_inputs(12, seed=99):
        try:
            process(raw, opts)
        except Exception:  # noqa: BLE001 - the timed run reports real errors
            pass


def _prepare(texts: Iterator[str], lang: str | None) -> list[tuple[Any, list[Any]]]:
    from dyadwatch.clean import clean_document
    from dyadwatch.model import RawInput
    from dyadwatch.nlp.sentences import split_sentences

    out = []
    for i, text in enumerate(texts):
        doc = clean_document(RawInput(location=f"bench://{i}", data=text.encode(), kind="text"),
                             lang=lang)
        out.append((doc, split_sentences(doc)))
    return out


def _generated_html_as_text(n: int) -> Iterator[str]:
    """Generated documents as plain text (HTML ones through the cleaner, not timed)."""
    from dyadwatch.clean import clean_document

    for raw in generate_corpus.raw_inputs(n):
        if raw.kind == "html":
            yield clean_document(raw).text
        else:
            yield raw.data.decode("utf-8")


def bench_coder(n: int, lang: str = "en", profile: bool = False, repeat: int = 1) -> dict[str, Any]:
    """The coder alone over pre-split sentences, and a bare regex tokenizer over the same."""
    from dyadwatch.coder import code_document

    if lang == "ru":
        prepared = _prepare(russian_texts(n), "ru")
    else:  # the English documents of the generated corpus
        prepared = [p for p in _prepare(_generated_html_as_text(n), None) if p[0].lang == "en"]
    n_sent = sum(len(s) for _, s in prepared)
    langs = sorted({d.lang for d, _ in prepared})
    texts = [s.text for _, sents in prepared for s in sents]
    n_chars = sum(len(t) for t in texts)
    code_document(*prepared[0])  # load dictionaries outside the timed part

    def run_coder() -> int:
        events = 0
        for _ in range(repeat):
            for doc, sents in prepared:
                events += len(code_document(doc, sents))
        return events

    def run_regex() -> int:
        tokens = 0
        for _ in range(repeat):
            for t in texts:
                tokens += len(TOKEN_RE.findall(t))
        return tokens

    with Clock() as cr:
        tokens = run_regex()
    with Clock() as cc:
        if profile:
            events, prof = profiled(run_coder)
        else:
            events, prof = run_coder(), ""
    total = n_sent * repeat
    coder_rate = total / cc.cpu
    regex_rate = total / cr.cpu
    res = {"bench": f"coder-{lang}", "docs": n, "doc_langs": langs, "sentences": n_sent,
           "repeat": repeat, "chars": n_chars, "events": events // repeat,
           "tokens": tokens // repeat,
           "coder_cpu_s": round(cc.cpu, 3), "sentences_per_s_core": round(coder_rate, 0),
           "regex_cpu_s": round(cr.cpu, 4), "regex_sentences_per_s": round(regex_rate, 0),
           "coder_cost_x_regex": round(regex_rate / coder_rate, 1),
           "loadavg": [round(cc.load0, 2), round(cc.load1, 2)]}
    from dyadwatch.coder.run import _coders

    coder = _coders(lang, ())
    res["coder"] = type(coder).__name__  # the tree coder over dependency parses, or the learned coder
    if getattr(coder, "seen", 0):
        # the tree coder parses only sentences with an actor and a trigger candidate
        res["parsed_share"] = round(coder.parsed / coder.seen, 3)
    if prof:
        res["profile"] = _lean_profile_text(prof)
    return res


def rss_child(n: int, db: str) -> dict[str, Any]:
    """Streaming ingest of N generated documents; reports this process's peak RSS."""
    from dyadwatch.errors import InputError
    from dyadwatch.parallel.writer import BatchWriter
    from dyadwatch.pipeline import PipelineOptions, process
    from dyadwatch.store import open_store

    engine = open_store(db)
    opts = PipelineOptions()
    marks = {}
    with Clock() as c, BatchWriter(engine) as writer:
        for i, raw in enumerate(generate_corpus.raw_inputs(n), 1):
            try:
                writer.add(process(raw, opts))
            except InputError:
                pass
            if i in (100, 1000, n // 2) or i % 5000 == 0:
                marks[i] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"docs": n, "stored": writer.stored, "maxrss_kib": resource.getrusage(
        resource.RUSAGE_SELF).ru_maxrss, "maxrss_kib_at": marks, "wall_s": round(c.wall, 1),
        "cpu_s": round(c.cpu, 1)}


def bench_rss(sizes: list[int]) -> dict[str, Any]:
    out = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="dw-bench-rss-") as tmp:
            proc = subprocess.run([sys.executable, __file__, "_rss_child", "--docs", str(n),
                                   "--db", _temp_db(tmp, "rss.db")],
                                  capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"rss child for {n} failed:\n{proc.stderr[-2000:]}")
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        say(f"  rss: {n} docs -> peak {r['maxrss_kib'] / 1024:.1f} MiB "
            f"(wall {r['wall_s']} s, cpu {r['cpu_s']} s)")
        out.append(r)
    res: dict[str, Any] = {"bench": "rss", "runs": out}
    if len(out) >= 2:
        res["growth"] = round(out[-1]["maxrss_kib"] / out[0]["maxrss_kib"] - 1, 3)
    return res


def bench_dask(n: int, profile: bool = False) -> dict[str, Any]:
    """ingest -> store with process_many on 1 and on 2 local workers (startup not timed)."""
    from distributed import Client

    from dyadwatch.parallel import _warm_worker, local_cluster, process_many
    from dyadwatch.parallel.writer import BatchWriter
    from dyadwatch.pipeline import PipelineOptions
    from dyadwatch.store import open_store
    from dyadwatch.store.documents import count_rows

    opts = PipelineOptions()
    runs = []
    for workers in (1, 2):
        with local_cluster(workers) as cluster, Client(cluster) as client, \
                tempfile.TemporaryDirectory(prefix="dw-bench-") as tmp:
            client.run(_warm_worker, opts, list(generate_corpus.raw_inputs(12, seed=99)))
            engine = open_store(_temp_db(tmp, f"dask{workers}.db"))

            def run(addr: str = cluster.scheduler_address, engine: Any = engine) -> int:
                with BatchWriter(engine) as writer:
                    for _loc, result in process_many(generate_corpus.raw_inputs(n), opts,
                                                     scheduler=addr):
                        writer.add(result)
                return writer.stored

            cpu0 = client.run(time.process_time)
            with Clock() as c:
                stored = run()
            cpu1 = client.run(time.process_time)
            worker_cpu = sum(cpu1[w] - cpu0.get(w, 0.0) for w in cpu1)
            rows = count_rows(engine)
            prof = ""
            if profile and workers == 2:  # a second, untimed run: cProfile slows the client
                engine2 = open_store(_temp_db(tmp, "dask-profile.db"))
                _, prof = profiled(lambda e=engine2: run(engine=e))
        r = {"workers": workers, "docs": n, "stored": stored, "events": rows["events"],
             "wall_s": round(c.wall, 2), "client_cpu_s": round(c.cpu, 2),
             "docs_per_s_wall": round(n / c.wall, 1),
             "worker_cpu_s_total": round(worker_cpu, 1),
             "worker_cpu_ms_per_doc": round(1000 * worker_cpu / n, 1),
             # share of the wall time the workers spent computing: < 1 means they waited
             # (for a core the machine did not give them, or for the client)
             "worker_busy": round(worker_cpu / (workers * c.wall), 2),
             "loadavg": [round(c.load0, 2), round(c.load1, 2)]}
        if prof:
            r["client_profile"] = _lean_profile_text(prof)
        say(f"  dask: {workers} worker(s): {n} docs in {c.wall:.1f} s wall "
            f"({n / c.wall:.1f} docs/s), client cpu {c.cpu:.1f} s, load {c.load0:.1f}->{c.load1:.1f}")
        runs.append(r)
    speedup = runs[0]["wall_s"] / runs[1]["wall_s"]
    return {"bench": "dask", "runs": runs, "speedup": round(speedup, 2),
            "efficiency": round(speedup / 2, 2),
            # CPU per document with 1 worker / with 2: 1.0 means splitting the work costs no
            # extra computation; the wall-time efficiency can then only be lost to waiting.
            "cpu_efficiency": round(runs[0]["worker_cpu_ms_per_doc"]
                                    / runs[1]["worker_cpu_ms_per_doc"], 2)}


# --------------------------------------------------------------------------- CLI

def _print(res: dict[str, Any]) -> None:
    prof = res.pop("profile", None) or res.pop("client_profile", None)
    runs = res.get("runs")
    if runs:
        for r in runs:
            p = r.pop("client_profile", None)
            if p:
                prof = p
    say(json.dumps(res, ensure_ascii=False))
    if prof:
        say("profile (cProfile, top functions):\n" + prof)


def _big_store_bench(args: argparse.Namespace) -> int:
    import growth

    stores = (args.stores or growth.DEFAULT_STORES).resolve()
    backends = [b.strip() for b in args.backend.split(",") if b.strip()]
    for b in backends:
        if b not in ("sqlite", "postgresql"):
            raise SystemExit(f"--backend: {b!r} is not sqlite or postgresql")
    if args.what == "growth":
        try:
            sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
        except ValueError:
            raise SystemExit(f"--sizes: {args.sizes!r} is not a comma-separated list of numbers") from None
        res = growth.growth(sizes, backends, stores, args.batch_docs, args.repeat)
    else:
        if len(backends) != 1:
            raise SystemExit("latency: give one --backend (sqlite or postgresql)")
        n_docs = args.docs[0] if args.docs else 1_000_000
        db, ctx = growth.latency_db(stores, n_docs, backends[0])
        try:
            res = growth.latency(db, dyad=args.dyad, week=args.week, restarts=args.restarts,
                                 requests=args.requests, command_runs=args.command_runs,
                                 evict=args.evict)
        finally:
            if ctx:
                ctx.__exit__(None, None, None)
        res["store_docs"] = n_docs
        res["backend"] = backends[0]
    say(growth.dump(res))
    say(growth.table(res))
    if args.json:
        with args.json.open("a", encoding="utf-8") as fh:
            fh.write(growth.dump(res) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", default="all",
                    choices=["machine", "ingest", "coder", "rss", "dask", "soak", "growth", "latency",
                             "all", "_rss_child"],
                    help="which benchmark [all: everything, at full size unless --quick]")
    ap.add_argument("--docs", type=int, action="append", help="documents (rss: repeat for sizes)")
    ap.add_argument("--lang", choices=["en", "ru", "both"], default="both")
    ap.add_argument("--repeat", type=int, default=1, help="coder: passes over the sentences")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--quick", action="store_true", help="all: small sizes (a smoke test)")
    ap.add_argument("--db", default=None)
    ap.add_argument("--json", type=Path, default=None, help="append results to this file")
    big = ap.add_argument_group("growth and latency (issue 17; bench/growth.py)")
    big.add_argument("--sizes", default="0,10000,100000,1000000",
                     help="growth: generated store sizes, comma-separated [%(default)s]")
    big.add_argument("--backend", default="sqlite,postgresql",
                     help="growth: sqlite, postgresql or both; latency: one [%(default)s]")
    big.add_argument("--stores", type=Path, default=None,
                     help="where generated stores live and are built once "
                          "[$DYADWATCH_BENCH_STORES or /work/bench-stores]")
    big.add_argument("--batch-docs", type=int, default=500, help="growth: new documents [500]")
    big.add_argument("--restarts", type=int, default=5, help="latency: server starts a route [5]")
    big.add_argument("--requests", type=int, default=30, help="latency: warm requests a start [30]")
    big.add_argument("--command-runs", type=int, default=3,
                     help="latency: runs of verdict and brief [3]")
    big.add_argument("--evict", action="store_true",
                     help="latency: drop the SQLite store from the OS page cache before each start "
                          "and command run (a cold disk, as after a reboot)")
    big.add_argument("--dyad", default="BLR-RUS", help="latency: the dyad [BLR-RUS, the busiest]")
    big.add_argument("--week", default="2020-W34", help="latency: verdict/brief week [2020-W34]")
    args = ap.parse_args(argv)
    docs = args.docs or []
    results: list[dict[str, Any]] = []

    if args.what in ("growth", "latency"):
        return _big_store_bench(args)

    if args.what == "_rss_child":
        print(json.dumps(rss_child(docs[0], args.db)))
        return 0
    if args.what in ("machine", "all"):
        results.append({"bench": "machine", **machine()})
    if args.what == "ingest" or args.what == "all":
        results.append(bench_ingest(docs[0] if docs else (30 if args.quick else 500), args.profile))
    if args.what == "coder" or args.what == "all":
        for lang in (["en", "ru"] if args.lang == "both" else [args.lang]):
            results.append(bench_coder(docs[0] if docs else (10 if args.quick else 200), lang,
                                       args.profile, args.repeat))
    if args.what == "dask" or args.what == "all":
        results.append(bench_dask(docs[0] if docs else (40 if args.quick else 400), args.profile))
    if args.what == "soak":  # minutes long: never part of `all`
        import soak

        results.append(soak.soak(10, 200, 2) if args.quick else soak.soak())
    if args.what == "rss" or args.what == "all":
        results.append(bench_rss(docs or ([50, 200] if args.quick else [10000, 100000])))
    for r in results:
        _print(dict(r))
    if args.json:
        with args.json.open("a", encoding="utf-8") as fh:
            for r in results:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
