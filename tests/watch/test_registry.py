from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.store.sources import SourceError
from dyadwatch.watch.registry import format_every, parse_every, read_subscriptions

OPML = """<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Analyst's feeds</title></head><body>
  <outline text="Think tanks">
    <outline type="rss" text="Jamestown" title="Jamestown EDM" xmlUrl="https://jamestown.org/feed/"/>
    <outline type="rss" text="OSW" xmlUrl="https://www.osw.waw.pl/en/rss.xml"/>
  </outline>
  <outline text="a folder without a feed"/>
</body></opml>
"""


@pytest.mark.parametrize(("text", "seconds"), [("10s", 10), ("30m", 1800), ("6h", 21600),
                                               ("1d", 86400), ("45", 45), ("1.5h", 5400)])
def test_every(text: str, seconds: int) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "0s", "-5m", "31d", "5w"])
def test_bad_every_is_one_clear_error(text: str) -> None:
    with pytest.raises(SourceError, match="schedule"):
        parse_every(text)


def test_format_every() -> None:
    assert [format_every(s) for s in (10, 1800, 21600, 86400, 90)] == ["10s", "30m", "6h", "1d", "90s"]


def test_opml_and_url_lists(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(OPML, encoding="utf-8")
    subs = read_subscriptions(opml)
    assert [(s.url, s.name) for s in subs] == [("https://jamestown.org/feed/", "Jamestown EDM"),
                                               ("https://www.osw.waw.pl/en/rss.xml", "OSW")]
    urls = tmp_path / "urls.txt"
    urls.write_text("# mine\nhttps://a.example.org/feed\n\nhttps://b.example.org/topics/x\n")
    assert [s.url for s in read_subscriptions(urls)] == ["https://a.example.org/feed",
                                                         "https://b.example.org/topics/x"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.example.org/feed\nnot a url\n")
    with pytest.raises(SourceError, match=r"bad.txt:2: not an http\(s\) URL"):
        read_subscriptions(bad)


def test_sources_cli_add_list_import_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    opml = tmp_path / "feeds.opml"
    opml.write_text(OPML, encoding="utf-8")
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str]:
        result = runner.invoke(cli, [*args, "--db", db])
        return result.exit_code, result.output

    assert run("sources", "add", "https://example.org/feed.xml", "--every", "30m",
               "--lang", "ru", "--name", "Example")[0] == 0
    code, out = run("sources", "add", "https://example.org/feed.xml")
    assert code == 0 and "already followed" in out
    code, out = run("sources", "import", str(opml), "--every", "2h")
    assert code == 0 and "2 added, 0 already followed" in out
    code, out = run("sources", "list", "--format", "csv")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 4 and "https://jamestown.org/feed/" in out and ",30m," in out
    assert "not polled yet" in out
    assert run("sources", "remove", "1")[0] == 0

    # Bad input: one line naming it, exit status 2, no traceback (the real command).
    exe = Path(sys.executable).parent / "dyadwatch"
    for args, message in ((["remove", "1"], "dyadwatch: error: 1: no such source"),
                          (["add", "ftp://example.org/x"], "ftp://example.org/x: not an http(s) URL"),
                          (["add", "https://example.org/y", "--every", "often"], "not a schedule")):
        proc = subprocess.run([str(exe), "sources", *args, "--db", db], capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 2 and message in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
