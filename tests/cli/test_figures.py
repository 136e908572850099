"""`dyadwatch figures` / `dyadwatch judgments` on a real SQLite store."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.store import open_store
from dyadwatch.store.documents import save_coded_document
from tests.store.test_figures import _coded


def test_commands_print_json_csv_and_reject_bad_dyads(sqlite_url: str) -> None:
    save_coded_document(open_store(sqlite_url), _coded())
    r = CliRunner().invoke(cli, ["figures", "--db", sqlite_url, "--dyad", "BLR-RUS", "--measure", "loan",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    row = json.loads(r.output)[0]
    assert (row["value"], row["source"], row["target"]) == (1e9, "RUS", "BLR")
    r = CliRunner().invoke(cli, ["judgments", "--db", sqlite_url, "--format", "csv"])
    assert r.exit_code == 0 and r.output.splitlines()[1].count("better") == 1
    r = CliRunner().invoke(cli, ["figures", "--help"])
    assert "Example:" in r.output
    r = CliRunner().invoke(cli, ["figures", "--db", sqlite_url, "--dyad", "BLRRUS"])
    assert r.exit_code != 0
