from __future__ import annotations

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
    assert out.exists() and (out.parent / "brief-index.png").exists() and (out.parent / "brief-index.svg").exists()
    r = run(cli, ["feed", "--db", db, "--dyad", "BLR-RUS", "-o", str(tmp_path / "f.atom")])
    assert r.exit_code == 0 and "<entry>" in (tmp_path / "f.atom").read_text()
