"""A real store and a real `dyadwatch serve` process for the web tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span
from dyadwatch.store import open_store
from dyadwatch.store.documents import save_coded_document
from tests.conftest import EXAMPLES, REPO, _backends

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_URL = "javascript:alert(1)"

QUADS = {"CONSULT": (1, 1.0, "040"), "AGREE": (1, 3.0, "057"), "COOPERATE": (2, 6.0, "061"),
         "AID": (2, 7.0, "070"), "ACCUSE": (3, -2.0, "112"), "REJECT": (3, -4.0, "120"),
         "SANCTION": (4, -8.0, "163"), "THREATEN": (3, -6.0, "130")}


@dataclass
class Ev:
    trigger: str
    type: str
    source: str = "BLR"
    target: str = "RUS"
    source_text: str | None = None
    target_text: str | None = None
    status: str = "occurred"
    date: str | None = None


def coded(title: str, url: str | None, site: str | None, pub_date: str | None,
          sentences: list[tuple[str, list[Ev]]]) -> CodedDocument:
    """A coded document whose event offsets are found from the trigger words."""
    text, sents, events, pos = "", [], [], 0
    for i, (s, evs) in enumerate(sentences):
        if i:
            text += "\n\n"
            pos += 2
        sents.append(Sentence(index=i, start=pos, end=pos + len(s), text=s, paragraph=i))
        text += s
        pos += len(s)
        for ev in evs:
            k = s.index(ev.trigger)
            quad, gold, cameo = QUADS[ev.type]
            events.append((i, Event(source=ev.source, target=ev.target, type=ev.type, cameo=cameo,
                                    status=ev.status, source_text=ev.source_text,
                                    target_text=ev.target_text, goldstein=gold, quad=quad,
                                    date=ev.date, date_granularity="day" if ev.date else None,
                                    trigger=ev.trigger, start=k, end=k + len(ev.trigger))))
    spans = [Span(s.start, s.end) for s in sents]
    doc = CleanDocument(location=url or f"mem://{title}", text=text, url=url, site=site,
                        title=title, pub_date=pub_date, pub_date_granularity="day" if pub_date else None,
                        paragraphs=spans)
    return CodedDocument(document=doc, sentences=sents, events=events)


def sample_documents() -> list[CodedDocument]:
    docs = [
        coded("Minsk and Moscow agree on gas prices", "https://news.example.org/gas-deal",
              "news.example.org", "2017-10-03", [
                  ("Belarusian and Russian negotiators met in Moscow on Monday to settle the gas price dispute.",
                   [Ev("met", "CONSULT", source_text="Belarusian", target_text="Russian", date="2017-10-02")]),
                  ("Minsk agreed with Moscow on a new formula for oil deliveries.",
                   [Ev("agreed", "AGREE", source_text="Minsk", target_text="Moscow", date="2017-10-02")]),
                  ("The pipeline operator expects shipments to resume within a week.", []),
              ]),
        coded("Lukashenka accuses Kremlin of pressure", "https://analysis.example.com/pressure",
              "analysis.example.com", "2017-10-10", [
                  ("Lukashenka accused the Kremlin of using dairy import bans as leverage.",
                   [Ev("accused", "ACCUSE", source_text="Lukashenka", target_text="Kremlin", date="2017-10-09")]),
                  ("Russia may impose sanctions on Belarusian trucks next month, officials warned.",
                   [Ev("impose sanctions", "SANCTION", source="RUS", target="BLR", source_text="Russia",
                       target_text="Belarusian", status="planned")]),
              ]),
        coded("Union state talks continue", "https://news.example.org/union-state",
              "news.example.org", "2017-09-26", [
                  ("Russian and Belarusian prime ministers held talks on the union state budget.",
                   [Ev("held talks", "CONSULT", source="RUS", target="BLR", source_text="Russian",
                       target_text="Belarusian", date="2017-09-25")]),
                  ("Moscow promised a loan of one billion dollars to Minsk.",
                   [Ev("promised a loan", "AID", source="RUS", target="BLR", source_text="Moscow",
                       target_text="Minsk", status="planned", date="2017-09-25")]),
              ]),
        coded("Border dispute cools", "https://analysis.example.com/border",
              "analysis.example.com", "2017-10-17", [
                  ("Minsk rejected Moscow's demand to reintroduce border controls.",
                   [Ev("rejected", "REJECT", source_text="Minsk", target_text="Moscow", date="2017-10-16")]),
                  ("Belarus denied that it had threatened Russia over the transit fees.",
                   [Ev("threatened", "THREATEN", source_text="Belarus", target_text="Russia", status="denied")]),
              ]),
        coded("Kyiv and Minsk trade", "https://news.example.org/ukr-blr", "news.example.org", "2017-10-05", [
            ("Ukraine and Belarus signed a trade agreement in Kyiv.",
             [Ev("signed", "AGREE", source="UKR", target="BLR", source_text="Ukraine", target_text="Belarus",
                 date="2017-10-04")]),
        ]),
        # Hostile document: payloads in title, text, URL and site name.
        coded(f"Hostile {XSS_SCRIPT} title {XSS_IMG}", XSS_URL, f"site {XSS_IMG}", "2017-10-04", [
            (f"Belarus {XSS_SCRIPT} accused Russia {XSS_IMG} of {XSS_URL} tricks.",
             [Ev("accused", "ACCUSE", source_text=f"Belarus {XSS_SCRIPT}", target_text="Russia",
                 date="2017-10-04")]),
            (f'Click <a href="{XSS_URL}">here</a> and </script><script>alert(2)</script> now.', []),
        ]),
        coded("Data link document", "data:text/html,<script>alert(1)</script>", None, "2017-10-06", [
            ("Russia criticised Belarus over the data link affair.",
             [Ev("criticised", "ACCUSE", source="RUS", target="BLR", source_text="Russia",
                 target_text="Belarus", date="2017-10-06")]),
        ]),
        # Undated: the backends must order NULL dates alike (PostgreSQL and SQLite differ).
        coded("Undated note on transit fees", "https://news.example.org/undated", "news.example.org",
              None, [("Transit fees were discussed again without any agreement.", [])]),
    ]
    return docs


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dyadwatch() -> list[str]:
    exe = Path(sys.executable).parent / "dyadwatch"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "dyadwatch"]


def _build_store(db: str) -> None:
    """Fill the store at `db` with the synthetic documents, plus examples/corpus when it exists."""
    engine = open_store(db)
    for doc in sample_documents():
        save_coded_document(engine, doc, ingested_at="2017-10-20T00:00:00+00:00")
    if EXAMPLES.is_dir() and any(EXAMPLES.iterdir()):
        proc = subprocess.run([*_dyadwatch(), "ingest", str(EXAMPLES), "--db", db, "--no-progress"],
                              capture_output=True, text=True, timeout=900, cwd=REPO)
        if proc.returncode != 0:  # a partial ingest still gives pages to test; say so
            warnings.warn(f"ingest of {EXAMPLES} exited {proc.returncode}: {proc.stderr[-500:]}",
                          stacklevel=1)
    try:
        from dyadwatch.analysis.clusters import build_clusters
    except ImportError:
        pass
    else:
        build_clusters(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The web tests' store on SQLite (the browser and schemathesis tests use this one)."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    _build_store(str(path))
    return str(path)


@pytest.fixture(scope="session", params=_backends())
def web_db(request: pytest.FixtureRequest) -> str:
    """The same store on each backend: SQLite, and a fresh database on the test PostgreSQL.

    Session-scoped, so each test process builds it once per backend; the API tests run
    against both and must pass with the same assertions.
    """
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_web_db")
    from tests.pg import fresh_pg_database

    url = fresh_pg_database(request)
    _build_store(url)
    return url


class Server:
    def __init__(self, db: str, token: str | None = None, logs: Path | None = None,
                 args: tuple[str, ...] = ()) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [*_dyadwatch(), "serve", "--db", db, "--port", str(self.port), *args]
        if token:
            cmd += ["--token", token]
        folder = logs or (Path(db).parent if "://" not in db else Path(tempfile.gettempdir()))
        self.log = folder / f"dyadwatch-serve.{self.port}.log"
        self._log = self.log.open("wb")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited: {self.log.read_text()[-3000:]}")
            try:
                if httpx.get(self.url + "/api/v1/status", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise AssertionError(f"server did not start: {self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._log.close()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


@pytest.fixture(scope="session")
def server(web_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A `dyadwatch serve` on `web_db`: one per backend."""
    srv = Server(web_db, logs=tmp_path_factory.mktemp("serve"))
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def sqlite_server(sqlite_web_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A `dyadwatch serve` on the SQLite store only (browser and schemathesis tests)."""
    srv = Server(sqlite_web_db, logs=tmp_path_factory.mktemp("serve"))
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c
