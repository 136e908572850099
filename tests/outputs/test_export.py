from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
from sqlalchemy import select

from dyadwatch.analysis.clusters import build_clusters
from dyadwatch.outputs.export import (
    EVENT_COLUMNS,
    INDEX_EXPORT_COLUMNS,
    export_events,
    export_index,
    import_jsonl,
)
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from tests.analysis.corpus import summit, worse_week


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _as_csv(v: object) -> str:
    return "" if v is None else str(v)


def test_parquet_reads_back_to_the_csv_rows(sqlite_url: str, tmp_path: Path) -> None:
    engine = open_store(sqlite_url)
    worse_week(engine)
    summit(engine)
    build_clusters(engine)
    n = export_events(engine, "csv", tmp_path / "events.csv")
    assert export_events(engine, "parquet", tmp_path / "events") == n == 25
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == ["month=2017-09", "month=2017-10"]
    rows = _csv(tmp_path / "events.csv")
    assert list(rows[0]) == EVENT_COLUMNS
    table = ds.dataset(tmp_path / "events", format="parquet", partitioning="hive").to_table()
    back = sorted(({c: _as_csv(r[c]) for c in EVENT_COLUMNS} for r in table.to_pylist()),
                  key=lambda r: r["event_id"])
    assert back == sorted(rows, key=lambda r: r["event_id"])
    con = duckdb.connect()
    got = con.execute(
        "SELECT event_id, goldstein, cluster_mentions, month FROM read_parquet(?, hive_partitioning=true) "
        "ORDER BY event_id", [str(tmp_path / "events" / "**" / "*.parquet")]).fetchall()
    assert [(g[0], _as_csv(g[1]), str(g[2]), g[3]) for g in got] == sorted(
        (r["event_id"], r["goldstein"], r["cluster_mentions"], r["month"]) for r in rows)
    assert max(g[2] for g in got) == 5  # the summit's mentions


def test_index_export_csv_and_parquet(sqlite_url: str, tmp_path: Path) -> None:
    engine = open_store(sqlite_url)
    worse_week(engine)
    n = export_index(engine, "csv", tmp_path / "index.csv")
    rows = _csv(tmp_path / "index.csv")
    assert n == len(rows) == 5 and list(rows[0]) == INDEX_EXPORT_COLUMNS
    assert {r["dyad"] for r in rows} == {"BLR-RUS"} and rows[-1]["period"] == "2017-W40"
    export_index(engine, "parquet", tmp_path / "index")
    import pandas as pd

    df = pd.read_parquet(tmp_path / "index")
    assert len(df) == 5 and sorted(df["period"]) == [r["period"] for r in rows]


def _dump(engine) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    out = {}
    with engine.connect() as conn:
        for name in ("documents", "document_locations", "paragraphs", "sentences", "events",
                     "clusters", "figures", "judgments"):
            table = t.metadata.tables[name]
            out[name] = sorted((dict(r._mapping) for r in conn.execute(select(table))),
                               key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def test_jsonl_export_then_import_reproduces_the_store(store_url: str, tmp_path: Path) -> None:
    source = open_store(f"sqlite:///{tmp_path / 'source.db'}")
    worse_week(source)
    summit(source)
    build_clusters(source)
    path = tmp_path / "backup.jsonl"
    assert export_events(source, "jsonl", path) == 25
    target = open_store(store_url)
    counts = import_jsonl(target, path)
    assert (counts["documents"], counts["events"], counts["clusters"]) == (16, 25, 21)
    assert _dump(target) == _dump(source)
    again = import_jsonl(target, path)
    assert (again["documents"], again["skipped_documents"]) == (0, 16)
    assert _dump(target) == _dump(source)


def test_events_export_speaks_the_shared_vocabulary(sqlite_url: str, tmp_path: Path) -> None:
    from dyadwatch.store.events import EVENT_FIELDS, query_events

    engine = open_store(sqlite_url)
    worse_week(engine)
    export_events(engine, "csv", tmp_path / "events.csv")
    rows = _csv(tmp_path / "events.csv")
    assert list(rows[0])[:len(EVENT_FIELDS)] == list(EVENT_FIELDS)
    assert {"source", "target", "type", "cameo", "goldstein", "quad", "event_id"} <= set(rows[0])
    assert not {"actor1_code", "event_type", "goldstein_scale", "id"} & set(rows[0])
    stored = {r["id"]: r for r in query_events(engine)}
    for r in rows:
        s = stored[r["event_id"]]
        assert (r["source"], r["target"], r["type"], r["sentence"]) == (
            s["source"], s["target"], s["type"], s["sentence"])


def test_import_reads_version_1_exports(sqlite_url: str, tmp_path: Path) -> None:
    from dyadwatch.outputs.export import LEGACY_EVENT_NAMES

    source = open_store(f"sqlite:///{tmp_path / 'source.db'}")
    worse_week(source)
    build_clusters(source)  # an imported store is clustered; so is the one compared with it
    path = tmp_path / "backup.jsonl"
    export_events(source, "jsonl", path)
    old_name = {new: old for old, new in LEGACY_EVENT_NAMES.items()}
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["record"] == "header":
            rec["version"] = 1
        elif rec["record"] == "event":
            rec = {old_name.get(k, k): v for k, v in rec.items()}
        lines.append(json.dumps(rec))
    v1 = tmp_path / "v1.jsonl"
    v1.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "actor1_code" in v1.read_text()
    target = open_store(sqlite_url)
    assert import_jsonl(target, v1)["events"] == 19
    assert _dump(target)["events"] == _dump(source)["events"]


def test_import_rejects_bad_files_with_one_line(sqlite_url: str, tmp_path: Path) -> None:
    import pytest

    from dyadwatch.errors import InputError

    engine = open_store(sqlite_url)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"record": "header", "format": "dyadwatch-jsonl", "version": 1}\n{oops\n')
    with pytest.raises(InputError, match=r"bad.jsonl:2: not JSON"):
        import_jsonl(engine, bad)
    other = tmp_path / "other.jsonl"
    other.write_text('{"a": 1}\n')
    with pytest.raises(InputError, match="not a DyadWatch export"):
        import_jsonl(engine, other)
