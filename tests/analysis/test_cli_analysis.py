from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.store import open_store
from tests.analysis.corpus import worse_week


def test_index_verdict_brief_feed_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "dw.db")
    worse_week(open_store(db))
    run = CliRunner().invoke
    assert run(cli, ["cluster", "--db", db]).output.strip() == "19 clusters"
    r = run(cli, ["index", "--db", db, "--dyad", "BLR-RUS", "--busiest"])
    assert r.exit_code == 0 and r.output.strip() == "2017-W36"
    r = run(cli, ["index", "--db", db, "--dyad", "BLR-RUS", "--freq", "week", "--format", "csv"])
    assert r.output.splitlines()[0].startswith("period,period_start,period_end,events,clusters")
    assert len(r.output.splitlines()) == 6
    r = run(cli, ["verdict", "--db", db, "--dyad", "BLR-RUS", "--week", "2017-W40", "--format", "json"])
    assert json.loads(r.output)["direction"] == "worse"
    r = run(cli, ["verdict", "--db", db, "--dyad", "BLR-RUS", "--week", "2017-W40", "--rule", "zscore"])
    assert r.exit_code == 0 and "worse" in r.output.splitlines()[0]
    out = tmp_path / "out" / "brief.html"
    out.parent.mkdir()
    r = run(cli, ["brief", "--db", db, "--dyad", "BLR-RUS", "--week", "2017-W40", "--format", "html",
                  "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.exists() and (out.parent / "brief-index.svg").exists()
    assert not (out.parent / "brief-index.png").exists()  # PNG only with --png
    r = run(cli, ["brief", "--db", db, "--dyad", "BLR-RUS", "--week", "2017-W40", "--format", "md",
                  "--png", "-o", str(out.parent / "b.md")])
    assert r.exit_code == 0, r.output
    assert (out.parent / "b-index.png").read_bytes().startswith(b"\x89PNG")
    r = run(cli, ["feed", "--db", db, "--dyad", "BLR-RUS", "-o", str(tmp_path / "f.atom")])
    assert r.exit_code == 0 and "<entry>" in (tmp_path / "f.atom").read_text()


def test_sectors_and_rebuild_options(tmp_path: Path) -> None:
    from tests.analysis.corpus import Ev, S, add_doc

    db = str(tmp_path / "dw.db")
    engine = open_store(db)
    add_doc(engine, "Summit", "2017-10-03", [
        S("Putin and Lukashenka met in Sochi.", [Ev("RUS", "BLR", "040", "met")])])
    add_doc(engine, "Opposition", "2017-10-04", [
        S("Russia accused the Belarusian opposition of plotting a coup.",
          [Ev("RUS", "BLR", "112", "accused", target_sector="OPP")])])
    run = CliRunner().invoke
    assert run(cli, ["cluster", "--db", db]).output.strip() == "2 clusters"
    assert run(cli, ["cluster", "--db", db, "--rebuild"]).output.strip() == "2 clusters"

    def week(*extra: str) -> dict:  # type: ignore[type-arg]
        r = run(cli, ["index", "--db", db, "--dyad", "BLR-RUS", "--format", "csv", *extra])
        assert r.exit_code == 0, r.output
        [row] = csv.DictReader(io.StringIO(r.output))
        return row

    assert week()["clusters"] == "1"  # state to state only
    assert week("--include-sectors", "opp")["clusters"] == "2"
    r = run(cli, ["verdict", "--db", db, "--dyad", "BLR-RUS", "--week", "2017-W40", "--format",
                  "json", "--include-sectors", "OPP,CVL"])
    assert json.loads(r.output)["events"] == 2
    r = run(cli, ["index", "--db", db, "--dyad", "BLR-RUS", "--rebuild", "--format", "csv"])
    assert r.exit_code == 0 and "stored index:" in r.output
