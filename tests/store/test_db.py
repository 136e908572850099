from __future__ import annotations

import pytest
from sqlalchemy import text

from dyadwatch.errors import DyadwatchError
from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span
from dyadwatch.store import open_store
from dyadwatch.store.documents import count_rows, get_document, save_coded_document
from dyadwatch.store.events import EventFilter, query_events


def _coded(text_: str = "Putin and Lukashenka met in Sochi on 22 February.") -> CodedDocument:
    doc = CleanDocument(location="mem://1", text=text_, title="T", pub_date="2021-02-25",
                        pub_date_granularity="day", paragraphs=[Span(0, len(text_))])
    sent = Sentence(index=0, start=0, end=len(text_), text=text_)
    ev = Event(source="RUS", target="BLR", type="CONSULT", cameo="040", goldstein=1.0, quad=1,
               date="2021-02-22", date_granularity="day", trigger="met", start=21, end=24)
    return CodedDocument(document=doc, sentences=[sent], events=[(0, ev)])


def _reopened_at(engine, store_url: str, revision: str):  # type: ignore[no-untyped-def]
    """The store taken down to an older schema `revision`, then opened again as `dyadwatch db
    init` opens it: upgraded to the newest, with any backfill."""
    from alembic import command

    from dyadwatch.store.db import alembic_config

    with engine.connect() as conn:
        cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, revision)
    engine.dispose()
    return open_store(store_url)


def test_migrations_create_schema_and_rerun_is_safe(store_url: str) -> None:
    engine = open_store(store_url)
    open_store(store_url)  # second open finds the schema at head and changes nothing
    counts = count_rows(engine)
    assert counts["documents"] == 0 and counts["events"] == 0


def test_same_content_is_stored_once(store_url: str) -> None:
    engine = open_store(store_url)
    assert save_coded_document(engine, _coded()) is True
    assert save_coded_document(engine, _coded()) is False
    counts = count_rows(engine)
    assert (counts["documents"], counts["sentences"], counts["events"]) == (1, 1, 1)


def test_event_provenance_round_trips(store_url: str) -> None:
    engine = open_store(store_url)
    coded = _coded()
    save_coded_document(engine, coded)
    [row] = query_events(engine, EventFilter(dyad="BLR-RUS"))
    assert row["sentence"][row["start"]:row["end"]] == "met"
    assert row["event_date"] == "2021-02-22"
    doc = get_document(engine, coded.document.doc_id[:6])
    assert doc is not None and doc["text"][row["doc_start"]:row["doc_end"]] == "met"


def test_failed_write_leaves_nothing_behind(store_url: str) -> None:
    engine = open_store(store_url)
    coded = _coded()
    coded.events.append((5, coded.events[0][1]))  # sentence 5 does not exist: FK violation
    with pytest.raises(Exception):  # noqa: B017
        save_coded_document(engine, coded)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from documents")).scalar_one() == 0


def test_missing_folder_is_one_clear_error(tmp_path) -> None:
    with pytest.raises(DyadwatchError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "x.db"))


def test_newest_first_puts_undated_events_last_on_every_backend(store_url: str) -> None:
    engine = open_store(store_url)
    coded = _coded()
    coded.document.pub_date = None  # so the undated event gets no date from its document
    coded.document.pub_date_granularity = None
    undated = Event(source="BLR", target="RUS", type="CONSULT", cameo="040", goldstein=1.0,
                    quad=1, date=None, trigger="met", start=21, end=24)
    coded.events.append((0, undated))
    save_coded_document(engine, coded)
    for limit in (None, 10):
        rows = query_events(engine, EventFilter(dyad="BLR-RUS"), newest_first=True, limit=limit)
        assert [r["event_date"] for r in rows] == ["2021-02-22", None]


def test_upgrading_an_old_store_backfills_clusters_and_the_stored_index(store_url: str) -> None:
    from sqlalchemy import select

    from dyadwatch.analysis.clusters import cluster_new
    from dyadwatch.analysis.index import compute_index
    from dyadwatch.store import schema as t
    from tests.analysis.corpus import summit, worse_week

    engine = open_store(store_url)
    worse_week(engine)
    summit(engine)
    cluster_new(engine)

    def state() -> tuple[list, list, list]:  # type: ignore[type-arg]
        with engine.connect() as conn:
            return tuple(sorted(tuple(r) for r in conn.execute(select(table)))  # type: ignore[return-value]
                         for table in (t.clusters, t.index_periods, t.coverage_days))

    before, index = state(), compute_index(engine, "BLR-RUS", "week")
    engine = _reopened_at(engine, store_url, "0004")  # from the store as 0004 left it: no keys, no stored index
    assert state() == before
    assert compute_index(engine, "BLR-RUS", "week") == index
    with engine.connect() as conn:
        assert conn.execute(select(t.events.c.id).where(t.events.c.block.is_(None))).first() is None


def test_upgrading_to_periods_clusters_the_store_again(store_url: str) -> None:
    """0011: clusters made by the rule without periods (here: one period wider than the data)
    are made again by the current rule, with the stored index, when the store is opened."""
    from sqlalchemy import select

    from dyadwatch.analysis.clusters import build_clusters
    from dyadwatch.store import schema as t
    from tests.analysis.corpus import Ev, S, add_doc

    engine = open_store(store_url)
    for i in range(12):  # daily talks over two ISO weeks
        add_doc(engine, f"Talks {i}", f"2017-03-{i + 1:02d}", [S(
            f"Belarus and Russia met for talks on gas prices, day {i}.", [Ev("BLR", "RUS", "040", "met")])])

    def state() -> tuple[list, list]:  # type: ignore[type-arg]
        with engine.connect() as conn:
            return tuple(sorted(tuple(r) for r in conn.execute(select(table)))  # type: ignore[return-value]
                         for table in (t.clusters, t.index_periods))

    assert build_clusters(engine) == 2  # the current rule: one cluster per week
    current = state()
    assert build_clusters(engine, settings={"clusters": {"span_days": 100000}}) == 1
    engine = _reopened_at(engine, store_url, "0010")  # from the store as 0010 left it, clustered by the old rule
    assert state() == current


def test_upgrading_fills_when_each_cluster_was_first_reported(store_url: str) -> None:
    """0012: a cluster's first report (the earliest publication date of its mentions'
    documents) is filled from the stored mentions as clustering writes it, mentions of
    documents without a date left out."""
    from sqlalchemy import select, update

    from dyadwatch.analysis.clusters import cluster_new
    from dyadwatch.store import schema as t
    from tests.analysis.corpus import Ev, S, add_doc

    engine = open_store(store_url)
    for day, pub in (("2017-03-01", "2017-02-27"), ("2017-03-01", "2017-02-25"),
                     ("2017-03-01", "2017-03-02"), ("2017-05-10", "2017-05-12")):
        add_doc(engine, f"Talks reported {pub}", pub, [S(
            f"Belarus and Russia will meet for talks on gas prices on {day}, as reported on {pub}.",
            [Ev("BLR", "RUS", "040", "meet", status="planned", date=day)])])
    # a document without a date reports the first talks too
    doc = add_doc(engine, "Undated talks", "2017-02-20", [S(
            "Belarus and Russia will meet for talks on gas prices.",
            [Ev("BLR", "RUS", "040", "meet", status="planned", date="2017-03-01")])])
    with engine.begin() as conn:
        conn.execute(update(t.documents).where(t.documents.c.id == doc).values(pub_date=None))
    cluster_new(engine)

    def first_reported() -> dict[str, str | None]:
        with engine.connect() as conn:
            return dict(conn.execute(select(t.clusters.c.id, t.clusters.c.first_reported)).all())

    def from_mentions() -> dict[str, str | None]:
        e, d = t.events.c, t.documents.c
        out: dict[str, str | None] = {}
        with engine.connect() as conn:
            for cid, pub in conn.execute(select(e.cluster_id, d.pub_date).join(
                    t.documents, d.id == e.document_id)):
                out[cid] = min(x for x in (out.get(cid), pub) if x) if out.get(cid) or pub else None
        return out

    written = first_reported()
    assert written == from_mentions() and len(written) >= 2
    assert "2017-02-25" in written.values() and "2017-05-12" in written.values()
    engine = _reopened_at(engine, store_url, "0011")  # from the store as 0011 left it
    assert first_reported() == written


def test_head_revision_from_the_files_is_alembics_and_an_up_to_date_store_needs_no_alembic(
        tmp_path) -> None:
    import subprocess
    import sys

    from alembic.script import ScriptDirectory

    from dyadwatch.store.db import alembic_config, head_revision, needs_upgrade

    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert head_revision() == ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    engine = open_store(url)
    assert not needs_upgrade(engine)
    code = ("import sys; from dyadwatch.store import open_store; "
            f"open_store({url!r}, read_only=True); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_event_confidence_is_stored_and_survives_a_downgrade_and_upgrade(store_url: str) -> None:
    from alembic import command

    from dyadwatch.store.db import alembic_config

    engine = open_store(store_url)
    coded = _coded()
    coded.events[0][1].confidence = 0.875
    learned = _coded("Lukashenka and Putin held talks in Minsk on 3 March.")
    learned.events[0][1].confidence = 0.5
    save_coded_document(engine, coded)
    [row] = query_events(engine, EventFilter(dyad="BLR-RUS"))
    assert row["confidence"] == pytest.approx(0.875)
    with engine.connect() as conn:  # back to 0007: no confidence column, the rows stay
        cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, "0007")
        cols = list(conn.execute(text("select * from events limit 1")).keys())
        assert "confidence" not in cols
    engine.dispose()
    engine = open_store(store_url)  # upgraded again: old rows have null, new ones their value
    save_coded_document(engine, learned)
    values = sorted((r["confidence"] is None) for r in query_events(engine, EventFilter()))
    assert values == [False, True]


def test_a_reading_engine_keeps_its_connections_and_sees_every_write(tmp_path) -> None:
    """A read-only SQLite engine pools its connections (no pragmas and cold pages per query),
    yet each use begins a new transaction, so a write made meanwhile is seen; a pooled
    connection that wrote reads with a plain BEGIN again (no write lock held by readers)."""
    from sqlalchemy import func, select

    from dyadwatch.store import schema as t
    from dyadwatch.store.db import write_begin
    from dyadwatch.store.documents import store_generation

    db = str(tmp_path / "dw.db")
    writer = open_store(db)
    reader = open_store(db, read_only=True)
    with reader.connect() as conn:
        first = conn.connection.dbapi_connection
        gen = store_generation(conn)
        docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
    later = _coded("Lukashenka and Putin met in Minsk on 23 February.")
    later.document.location = "mem://later"
    save_coded_document(writer, later)
    with reader.connect() as conn:
        assert conn.connection.dbapi_connection is first  # the same connection, kept
        assert store_generation(conn) > gen
        assert conn.execute(select(func.count()).select_from(t.documents)).scalar_one() == docs + 1
    with write_begin(reader) as conn:
        assert conn.info.get("write") is True
    with reader.connect() as conn:
        assert "write" not in conn.info
        conn.execute(select(1))
        # a plain BEGIN: another process can still take the write lock meanwhile
        with write_begin(writer) as w:
            w.execute(select(1))


def test_upgrading_an_existing_store_says_so_on_a_terminal_and_nothing_when_piped(
        tmp_path) -> None:
    """A big store's upgrade takes minutes: on a terminal a line says what runs and how long
    it took; piped, stderr stays clean."""
    import subprocess
    import sys

    from alembic import command

    from dyadwatch.store.db import alembic_config, head_revision
    from tests.terminal import run_on_terminal

    url = f"sqlite:///{tmp_path / 'old.db'}"

    def one_behind() -> None:
        engine = open_store(url)
        with engine.connect() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            with conn.begin():
                command.downgrade(cfg, "-1")
        engine.dispose()

    code = f"from dyadwatch.store import open_store; open_store({url!r}).dispose()"
    one_behind()
    piped = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)
    assert piped.stderr == ""
    one_behind()
    rc, shown = run_on_terminal([sys.executable, "-c", code], timeout=120)
    assert rc == 0
    assert f"upgrading the store {url} from schema" in shown
    assert f"store upgraded to schema {head_revision()} in" in shown


def test_a_dyad_timeline_page_is_the_slice_of_the_whole_timeline(store_url: str) -> None:
    """A page of a two-way dyad's events (each direction read from its timeline index, then
    merged) is the same slice of the timeline as sorting every event, either way round and
    at any offset."""
    from tests.analysis.corpus import add_doc as add
    from tests.analysis.test_materialised import _corpus

    engine = open_store(store_url)
    for title, day, sentences, extra in _corpus(60, seed=3):
        add(engine, title, day, sentences, **extra)
    f = EventFilter(dyad="BLR-RUS")
    for newest_first in (False, True):
        every = [r["id"] for r in query_events(engine, f, newest_first=newest_first)]
        assert len(every) > 40
        for limit, offset in ((10, 0), (7, 3), (25, 20), (50, len(every) - 5), (5, len(every))):
            page = query_events(engine, f, limit=limit, offset=offset, newest_first=newest_first)
            assert [r["id"] for r in page] == every[offset:offset + limit], (newest_first, offset)
