"""What every command shares: a store that must exist, checked filters, output formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from dyadwatch.cli import cli
from dyadwatch.cli.common import run_cli
from dyadwatch.store import open_store
from tests.analysis.corpus import worse_week

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def dw(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run `dyadwatch ARGS` in this process as the console script does: (status, stdout, stderr)."""
    monkeypatch.delenv("DYADWATCH_DB", raising=False)
    monkeypatch.setenv("COLUMNS", "80")

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        rc = run_cli(cli, list(args))
        out, err = capsys.readouterr()
        return rc, out, err

    return run


READING = [
    ["events"],
    ["events", "--dyad", "BLR-RUS", "--format", "json"],
    ["index", "--dyad", "BLR-RUS"],
    ["verdict", "--dyad", "BLR-RUS", "--week", "2017-W40"],
    ["brief", "--dyad", "BLR-RUS", "--week", "2017-W40"],
    ["feed", "--dyad", "BLR-RUS"],
    ["figures"],
    ["judgments"],
    ["documents"],
    ["show", "abc123"],
    ["export", "--format", "csv", "-o", "events.csv"],
    ["cluster"],
    ["recode"],
    ["db", "stats"],
    ["serve", "--port", "0"],
]


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a[:2]))
def test_reading_a_store_that_does_not_exist_is_one_error(
        args: list[str], dw: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    rc, out, err = dw(*args)  # the default store, ./dyadwatch.db
    assert (rc, out) == (2, "")
    assert err == "dyadwatch: error: dyadwatch.db: no such store (run `dyadwatch ingest` first)\n"
    rc, out, err = dw(*args, "--db", str(tmp_path / "elsewhere.db"))
    assert rc == 2 and err.count("\n") == 1 and "elsewhere.db: no such store" in err
    assert list(tmp_path.iterdir()) == []  # nothing was created


def test_only_writing_commands_create_a_store(dw: Run, tmp_path: Path) -> None:
    rc, _, err = dw("db", "init", "--db", str(tmp_path / "new.db"))
    assert rc == 0 and (tmp_path / "new.db").is_file()
    rc, out, _ = dw("events", "--db", str(tmp_path / "new.db"), "--format", "json")
    assert (rc, out) == (0, "[]\n")


@pytest.fixture
def store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    worse_week(open_store(url))
    return url


@pytest.mark.parametrize(("args", "starts"), [
    (["events", "--dyad", "BLR-RUX"], "--dyad: unknown actor code 'RUX' (did you mean RUS"),
    (["events", "--actor", "XX"], "--actor: unknown actor code 'XX'"),
    (["events", "--type", "AGREE,PARTY"], "--type: unknown event type 'PARTY'; valid: AGREE, CONSULT"),
    (["events", "--status", "maybe"], "--status: unknown status 'maybe'; valid: occurred, planned"),
    (["events", "--from", "2020-13"], "--from: '2020-13' is not a real date"),
    (["events", "--to", "2020-02-30"], "--to: '2020-02-30' is not a real date"),
    (["events", "--from", "2021", "--to", "2020"], "--to: '2020' is before --from '2021'"),
    (["index", "--dyad", "BLR-RUX"], "--dyad: unknown actor code 'RUX'"),
    (["index", "--dyad", "BLR-RUS", "--from", "2020-13"], "--from: '2020-13' is not a real date"),
    (["verdict", "--dyad", "BLR-RUS", "--week", "2017-W60"], "--week: '2017-W60' is not a real date"),
    (["brief", "--dyad", "XXX-RUS", "--week", "2017-W40"], "--dyad: unknown actor code 'XXX'"),
    (["feed", "--dyad", "BLR-RUX"], "--dyad: unknown actor code 'RUX'"),
    (["figures", "--dyad", "BLR-RUX"], "--dyad: unknown actor code 'RUX'"),
    (["judgments", "--from", "2020-13"], "--from: '2020-13' is not a real date"),
    (["export", "--format", "csv", "-o", "-", "--dyad", "BLR-RUX"], "--dyad: unknown actor code 'RUX'"),
    (["code", "--text", "Putin met Lukashenka.", "--lang", "xx"],
     "--lang: unknown language 'xx'; valid: en, ru, be"),
    (["ingest", "nowhere", "--lang", "xx"], "--lang: unknown language 'xx'; valid: en, ru, be, uk"),
])
def test_bad_values_are_refused_with_the_choices(args: list[str], starts: str, dw: Run, store: str) -> None:
    rc, out, err = dw(*args, "--db", store) if args[0] != "code" else dw(*args)
    assert rc == 2 and out == ""
    assert err.startswith("dyadwatch: error: " + starts), err
    assert err.count("\n") == 1


def test_json_is_one_array_and_jsonl_one_object_a_line(dw: Run, store: str) -> None:
    rc, out, _ = dw("events", "--db", store, "--format", "json")
    assert rc == 0
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 19
    assert all(len(r["event_id"]) == 16 for r in rows)
    for args in (["--format", "jsonl"], ["--nl"]):
        rc, out, _ = dw("events", "--db", store, *args)
        assert [json.loads(line) for line in out.splitlines()] == rows
    rc, out, _ = dw("events", "--db", store, "--format", "csv")
    assert [r["event_id"] for r in csv.DictReader(io.StringIO(out))] == [r["event_id"] for r in rows]
    for command in (["documents"], ["figures"], ["judgments"]):
        rc, out, _ = dw(*command, "--db", store, "--format", "json")
        assert rc == 0 and isinstance(json.loads(out), list)


def test_show_verdict_and_eval_take_the_same_format_options(dw: Run, store: str, tmp_path: Path) -> None:
    doc_id = json.loads(dw("documents", "--db", store, "--format", "json")[1])[0]["id"]
    for command in (["show", doc_id], ["verdict", "--dyad", "BLR-RUS", "--week", "2017-W40"]):
        rc, pretty, _ = dw(*command, "--db", store, "--format", "json")
        assert rc == 0 and pretty.count("\n") > 3
        rc, line, _ = dw(*command, "--db", store, "--nl")
        assert rc == 0 and line.count("\n") == 1 and json.loads(line) == json.loads(pretty)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "Putin met Lukashenka in Sochi on 22 February 2021.",
                                "lang": "en", "pub_date": "2021-02-25", "events": []}) + "\n")
    rc, pretty, _ = dw("eval", str(gold), "--format", "json")
    rc2, line, _ = dw("eval", str(gold), "--nl")
    assert rc == rc2 == 0 and json.loads(pretty) == json.loads(line) and line.count("\n") == 1


def test_dates_accept_every_form_and_compare_intervals(dw: Run, store: str) -> None:
    week = json.loads(dw("events", "--db", store, "--from", "2017-W40", "--to", "2017-W40",
                         "--format", "json")[1])
    days = json.loads(dw("events", "--db", store, "--from", "2017-10-02", "--to", "2017-10-08",
                         "--format", "json")[1])
    assert len(week) == 3 and week == days
    month = json.loads(dw("events", "--db", store, "--from", "2017-10", "--format", "json")[1])
    assert month == week
    # an event dated by month only overlaps every day of it
    from tests.analysis.corpus import Ev, S, add_doc

    add_doc(open_store(store), "Autumn talks", "2017-11-20",
            [S("Minsk and Moscow met in October.", [Ev("BLR", "RUS", "040", "met", date="2017-10")])])
    after = json.loads(dw("events", "--db", store, "--from", "2017-10-15", "--format", "json")[1])
    assert [r["event_date"] for r in after] == ["2017-10"]
    before = json.loads(dw("events", "--db", store, "--to", "2017-10-01", "--format", "json")[1])
    assert "2017-10" in {r["event_date"] for r in before}
    assert max(r["event_date"] for r in before if r["event_date"] != "2017-10") <= "2017-10-01"


def test_events_are_newest_first_unless_asked(dw: Run, store: str) -> None:
    newest = [r["event_date"] for r in json.loads(dw("events", "--db", store, "--format", "json")[1])]
    assert newest == sorted(newest, reverse=True)
    oldest = json.loads(dw("events", "--db", store, "--format", "json", "--oldest-first")[1])
    assert [r["event_date"] for r in oldest] == sorted(newest)
    for command, key in ((["documents"], "pub_date"), (["figures"], "ref_date"),
                         (["judgments"], "ref_date")):
        dates = [r[key] for r in json.loads(dw(*command, "--db", store, "--format", "json")[1])]
        assert dates == sorted(dates, reverse=True), command
        back = [r[key] for r in json.loads(dw(*command, "--db", store, "--format", "json",
                                              "--oldest-first")[1])]
        assert back == dates[::-1] or sorted(back) == back, command


@pytest.mark.parametrize("command", [
    ["events"], ["events", "--dyad", "BLR-RUS", "--limit", "5"], ["index", "--dyad", "BLR-RUS"],
    ["index", "--dyad", "BLR-RUS", "--freq", "day"], ["documents"], ["figures"], ["judgments"],
    ["db", "stats"],
])
def test_tables_fit_80_columns(command: list[str], dw: Run, store: str) -> None:
    rc, out, _ = dw(*command, "--db", store)
    assert rc == 0 and out.strip()
    assert max(len(line) for line in out.splitlines()) <= 80, out
