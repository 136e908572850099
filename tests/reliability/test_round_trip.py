"""Issue 8: `dyadwatch export --format jsonl` then `dyadwatch import` into an empty store gives
back every document, sentence, event and cluster of a real ingested corpus (the library-level
round trip on both backends is in tests/outputs/test_export.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import EXAMPLES
from tests.reliability.common import integrity_problems, report, run_cli, table_contents


def test_cli_export_import_round_trip_of_an_ingested_corpus(tmp_path: Path) -> None:
    source, target, backup = tmp_path / "source.db", tmp_path / "target.db", tmp_path / "backup.jsonl"
    got = run_cli("ingest", str(EXAMPLES), "--db", str(source), "--no-progress")
    assert got.returncode == 0, got.stderr
    got = run_cli("export", "--format", "jsonl", "-o", str(backup), "--db", str(source))
    assert got.returncode == 0, got.stderr
    got = run_cli("import", str(backup), "--db", str(target))
    assert got.returncode == 0 and "Traceback" not in got.stderr, got.stderr
    before, after = table_contents(source, ignore=()), table_contents(target, ignore=())
    for table in ("documents", "document_locations", "paragraphs", "sentences", "events", "clusters",
                  "figures", "judgments"):
        assert after[table] == before[table], table
    assert before["documents"] and before["events"] and before["clusters"]
    assert integrity_problems(target) == []
    report(f"round trip: {len(after['documents'])} documents, {len(after['events'])} events, "
          f"{len(after['clusters'])} clusters restored")
