"""`dyadwatch ingest`, `documents` and `show` as a user runs them, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from tests.conftest import REPO, SEEDS

DATA = Path(__file__).resolve().parents[1] / "data"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    exe = REPO / ".venv" / "bin" / "dyadwatch"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "dyadwatch"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=300)


def _seeds() -> str:
    if not sorted(SEEDS.glob("*.txt")):
        pytest.skip(f"no seeds under {SEEDS}")
    return str(SEEDS)


def test_ingest_seeds_twice_then_list_and_show(store_url: str) -> None:
    db = store_url
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", _seeds(), "--db", db, "--no-code", "--no-progress"])
    assert first.exit_code == 0, first.output
    assert "ingested: 5 new, 0 already known, 0 failed, 0 events" in first.output
    again = runner.invoke(cli, ["ingest", _seeds(), "--db", db, "--no-code", "--no-progress"])
    assert "ingested: 0 new, 5 already known, 0 failed" in again.output

    listed = runner.invoke(cli, ["documents", "--db", db, "--format", "json"])
    rows = json.loads(listed.output)
    assert len(rows) == 5 and {r["lang"] for r in rows} == {"en"}
    dated = [r for r in rows if Path(r["location"]).name.startswith("000")][0]
    assert dated["pub_date"] == "2017-10-08"

    csv_out = runner.invoke(cli, ["documents", "--db", db, "--format", "csv", "--limit", "2"])
    assert len(csv_out.output.strip().splitlines()) == 3

    shown = runner.invoke(cli, ["show", dated["id"][:8], "--db", db])
    assert shown.exit_code == 0
    assert "title: Belarus is preparing for Sochi Summits" in shown.output
    assert "Belarus’ relations with Russia have been focused on the preparations" in shown.output
    assert "Subscribe to our newsletter" not in shown.output


def test_bad_inputs_get_one_line_each_and_exit_1(tmp_path: Path, store_url: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "photo.html").write_bytes(bytes(range(256)) * 16)
    (src / "empty.txt").write_bytes(b"")
    (src / "ru.txt").write_bytes(
        "Президенты Беларуси и России обсудили в Сочи поставки нефти и цену на газ в следующем году.\n"
        .encode("koi8_r"))
    (src / "ua.txt").write_bytes(
        "Міністри закордонних справ обговорили в Мінську питання транзиту та торгівлі між країнами.\n"
        .encode("utf-16"))
    db = store_url
    proc = _run("ingest", str(src), str(tmp_path / "nowhere"), str(DATA / "page_with_boxes.html"),
                str(DATA / "feed.atom"), "--db", db, "--no-code", "--no-progress")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert f"dyadwatch: {src / 'photo.html'}: binary file" in lines
    assert f"dyadwatch: {src / 'empty.txt'}: empty file" in lines
    assert f"dyadwatch: {tmp_path / 'nowhere'}: no such file or folder" in lines
    assert lines[-1] == "ingested: 5 new, 0 already known, 3 failed, 0 events"
    assert "Traceback" not in proc.stderr

    listed = json.loads(_run("documents", "--db", db, "--format", "json").stdout)
    assert sorted(r["lang"] for r in listed) == ["en", "en", "en", "ru", "uk"]
    feed_titles = {r["title"] for r in listed}
    assert {"Gas price talks stall again", "Joint exercise planned for September"} <= feed_titles


def test_show_unknown_id_is_one_error_line(store_url: str) -> None:
    db = store_url
    assert _run("ingest", str(DATA / "page_with_boxes.html"), "--db", db, "--no-code").returncode == 0
    proc = _run("show", "ffffffffffff", "--db", db)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "dyadwatch: error: ffffffffffff: no document with this id or unique id prefix"


def test_help_has_examples() -> None:
    runner = CliRunner()
    for command in ("ingest", "documents", "show"):
        out = runner.invoke(cli, [command, "--help"]).output
        assert "Example:" in out and f"dyadwatch {command}" in out


def test_ingest_codes_events_by_default(store_url: str) -> None:
    db = store_url
    proc = _run("ingest", _seeds(), "--db", db, "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("ingested: 5 new, 0 already known, 0 failed, ")


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    for name in ("page_with_boxes.html", "feed.atom"):
        (src / name).write_bytes((DATA / name).read_bytes())
    return src


def test_ingest_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal (a pseudo-terminal here) ingest shows documents done, their rate and the
    failures; the summary line still ends the output."""
    import os

    from tests.terminal import run_on_terminal

    exe = REPO / ".venv" / "bin" / "dyadwatch"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "dyadwatch"]
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    rc, shown = run_on_terminal([*cmd, "ingest", str(_inputs(tmp_path)), "--db",
                                 str(tmp_path / "t.db"), "--no-code"], env=env)
    assert rc == 1  # the empty file failed
    assert "docs/s" in shown and "1 failed" in shown and "3/3" in shown, shown
    assert "ingested: 3 new, 0 already known, 1 failed" in shown


def test_ingest_is_quiet_when_piped(tmp_path: Path) -> None:
    proc = _run("ingest", str(_inputs(tmp_path)), "--db", str(tmp_path / "p.db"), "--no-code")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"dyadwatch: {tmp_path / 'in' / 'empty.txt'}: empty file",
        "ingested: 3 new, 0 already known, 1 failed, 0 events"]
