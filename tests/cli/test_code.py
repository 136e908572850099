"""`dyadwatch code` and `dyadwatch eval` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.cli.code import KEYS


def test_code_text_prints_events_with_all_keys() -> None:
    res = CliRunner().invoke(cli, ["code", "--text", "Estonia and Finland signed a treaty on 3 May.",
                                   "--date", "2022-05-10"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.output)
    assert obj["events"] and all(tuple(e) == KEYS for e in obj["events"])
    assert {(e["source"], e["target"], e["type"], e["date"]) for e in obj["events"]} >= {
        ("EST", "FIN", "AGREE", "2022-05-03"), ("FIN", "EST", "AGREE", "2022-05-03")}


def test_code_file_one_object_per_item(tmp_path: Path) -> None:
    f = tmp_path / "items.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Latvia banned imports of Russian timber."}) + "\n"
                 + json.dumps({"id": "b", "text": "The weather was fine."}) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["code", str(f)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["events"][0]["type"] == "SANCTION" and rows[1]["events"] == []


def test_code_bad_file_is_one_line_error(tmp_path: Path) -> None:
    from dyadwatch.cli.common import run_cli

    f = tmp_path / "bad.jsonl"
    f.write_text("{not json\n", encoding="utf-8")
    import sys

    argv = sys.argv
    sys.argv = ["dyadwatch", "code", str(f)]
    try:
        assert run_cli(cli) == 2
    finally:
        sys.argv = argv


def test_eval_last_line(tmp_path: Path) -> None:
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps({"id": "x-01", "pub_date": "2021-03-10", "text": "Latvia banned imports of Russian timber.",
                             "events": [{"source": "LVA", "target": "RUS", "type": "SANCTION",
                                         "status": "occurred", "date": None}]}) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(f)])
    assert res.exit_code == 0, res.output
    assert res.output.strip().splitlines()[-1] == "P=1.000 R=1.000 F1=1.000"


def test_a_misspelt_pattern_key_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    user = tmp_path / "dict" / "lang" / "en"
    user.mkdir(parents=True)
    (user / "patterns.yaml").write_text('patterns:\n  - {cameo: "042", verbs: [drop by], vist: true}\n',
                                        encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "dyadwatch", "code", "--text", "Latvia banned imports.",
                          "--dictionary", str(tmp_path / "dict")], capture_output=True, text=True)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "patterns.yaml" in lines[0] and "pattern 1" in lines[0] and "vist" in lines[0]
    assert "Traceback" not in res.stderr


def test_code_text_detects_russian_without_lang() -> None:
    res = CliRunner().invoke(cli, ["code", "--text", "Литва призвала Белоруссию освободить журналистов.",
                                   "--date", "2021-05-25"])
    assert res.exit_code == 0, res.output
    got = {(e["source"], e["target"], e["type"]) for e in json.loads(res.output)["events"]}
    assert ("LTU", "BLR", "REQUEST") in got


def test_code_names_fields_as_the_events_command_and_the_exports() -> None:
    from dyadwatch.outputs.export import EVENT_COLUMNS
    from dyadwatch.store.events import EVENT_FIELDS

    assert set(KEYS) <= set(EVENT_FIELDS) <= set(EVENT_COLUMNS)


def test_eval_per_language_and_lang_filter(tmp_path: Path) -> None:
    f = tmp_path / "gold.jsonl"
    items = [
        {"id": "a-01", "pub_date": "2021-03-10", "lang": "en", "text": "Latvia banned imports of Russian timber.",
         "events": [{"source": "LVA", "target": "RUS", "type": "SANCTION", "status": "occurred", "date": None}]},
        {"id": "b-01", "pub_date": "2021-03-10", "lang": "ru", "text": "Погода в Риге была тёплой.", "events": []},
    ]
    f.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(f)])
    assert res.exit_code == 0, res.output
    assert any(line.startswith("lang en: 1 items") for line in res.output.splitlines())
    assert any(line.startswith("lang ru: 1 items") for line in res.output.splitlines())
    res = CliRunner().invoke(cli, ["eval", str(f), "--lang", "ru", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["items"] == 1 and out["gold_events"] == 0 and "per_language" not in out


def test_an_unknown_coder_is_a_one_line_error(monkeypatch, capsys) -> None:
    """DYADWATCH_CODER names a coder that does not exist: one line naming the variable and the
    coders there are, no traceback, exit 2 (it used to code with the rule coder silently)."""
    import sys

    from dyadwatch.cli.common import run_cli

    monkeypatch.setenv("DYADWATCH_CODER", "treee")
    monkeypatch.setattr(sys, "argv", ["dyadwatch", "code", "--text", "Latvia banned imports of Russian timber."])
    assert run_cli(cli) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "DYADWATCH_CODER='treee'" in err[0] and "learned" in err[0]
