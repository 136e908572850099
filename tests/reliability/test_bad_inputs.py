"""Issue 8: a corpus of bad inputs beside good ones, ingested by the real `dyadwatch ingest`.

Every bad input gets exactly one stderr line naming it and the reason, every good one is
stored (the Russian ones in legacy encodings with their text intact), no traceback is printed,
and the exit status is 1. The big inputs are made at test time, never committed. Only loopback
addresses are used.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

from dyadwatch.ingest.sources import MAX_BYTES
from tests.conftest import REPO
from tests.reliability.common import dyadwatch_cmd, peak_rss_kib, report, run_cli
from tests.reliability.servers import local_servers

BAD = REPO / "tests" / "data" / "bad"
HTTP_TIMEOUT_S = "1"

# Committed fixtures that must be stored, with the encoding each was written in.
GOOD_FILES = {
    "good_en.html": "utf-8", "good_en.txt": "utf-8", "truncated.html": "utf-8",
    "ru_cp1251.txt": "cp1251", "ru_cp1251_nometa.html": "cp1251", "ru_koi8r.txt": "koi8_r",
    "ru_utf16_bom.txt": "utf-16", "ru_utf16le_nobom.txt": "utf-16-le",
}
BAD_FILES = {
    "binary.html": "binary file",
    "empty.html": "empty file",
    "not_a_feed.rss": "not a readable feed",
}


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _make_corpus(tmp: Path) -> tuple[Path, dict[str, str]]:
    """A folder with the committed fixtures plus the generated ones; returns (folder, bad→reason)."""
    folder = tmp / "inputs"
    shutil.copytree(BAD, folder)
    bad = {str(folder / name): reason for name, reason in BAD_FILES.items()}
    big = folder / "big_50mb.txt"
    line = b"Minsk and Moscow discussed the price of gas again today.\n"
    with big.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size > 50 * 1024 * 1024 > MAX_BYTES
    bad[str(big)] = r"larger than the 20 MiB limit"
    # 10,000 nested elements: either stored or refused on one line, never a crash.
    deep = "<html><head><title>Deep page on Minsk talks</title></head><body><article>" + (
        "<p>Officials from Minsk and Moscow met on Monday to discuss oil supplies and the price "
        "of gas for the next year, the ministry said.</p>") + "<div>" * 10_000 + (
        "<p>Deep inside, the two sides agreed to meet again in Kazan in the spring.</p>"
    ) + "</div>" * 10_000 + "</article></body></html>"
    (folder / "deep_10000.html").write_text(deep, encoding="utf-8")
    if not _is_root():  # root reads through chmod 000; the FIFO below fails for root too
        locked = folder / "unreadable.html"
        locked.write_text("<html><body><p>You should never read this sentence.</p></body></html>")
        locked.chmod(0)
        bad[str(locked)] = "permission denied"
    return folder, bad


def test_bad_input_corpus_gets_one_line_each_and_loses_no_good_file(tmp_path: Path) -> None:
    folder, bad = _make_corpus(tmp_path)
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)  # blocks a naive open() forever, for root too
    bad[str(fifo)] = "not a regular file"
    missing = tmp_path / "does-not-exist.html"
    bad[str(missing)] = "no such file"
    loop = tmp_path / "loop.html"
    loop.symlink_to(loop)
    bad[str(loop)] = "symbolic link loop"
    db = tmp_path / "store.db"
    try:
        with local_servers() as srv:
            urls = {
                srv.unreachable: r"cannot fetch: .*(refused|connect)",
                srv.slow: "timed out",
                f"{srv.base}/huge": "larger than the 20 MiB limit",
                f"{srv.base}/loop": "more than 5 redirects",
                f"{srv.base}/bomb": "larger than the 20 MiB limit",
            }
            good_url, gzipped_url = f"{srv.base}/good", f"{srv.base}/gzipped"
            (folder / "links.urls").write_text("\n".join([*urls, good_url, gzipped_url]) + "\n",
                                               encoding="utf-8")
            bad.update(urls)
            got = run_cli("ingest", str(folder), str(fifo), str(missing), str(loop), "--db", str(db),
                          "--no-progress", "--timeout", HTTP_TIMEOUT_S, timeout=240)
    finally:
        for p in folder.iterdir():
            p.chmod(0o644)
    output = got.stdout + got.stderr
    assert "Traceback" not in output, output
    assert got.returncode == 1, output
    lines = got.stderr.splitlines()
    assert re.fullmatch(r"ingested: \d+ new, \d+ already known, \d+ failed, \d+ events", lines[-1]), lines[-1]
    error_lines = lines[:-1]

    # Each bad input: exactly one line, naming it, with the reason.
    deep = str(folder / "deep_10000.html")
    deep_lines = [ln for ln in error_lines if ln.startswith(f"dyadwatch: {deep}: ")]
    for location, reason in bad.items():
        mine = [ln for ln in error_lines if ln.startswith(f"dyadwatch: {location}: ")]
        assert len(mine) == 1, (location, error_lines)
        assert re.search(reason, mine[0]), mine[0]
    assert len(error_lines) == len(bad) + len(deep_lines), error_lines  # nothing else, nothing twice

    # Every good input is stored, the Russian ones decoded to the right letters.
    conn = sqlite3.connect(db)
    stored = dict(conn.execute(
        "SELECT l.location, d.text FROM document_locations l JOIN documents d ON d.id = l.document_id"))
    conn.close()
    good = {str(folder / name): enc for name, enc in GOOD_FILES.items()}
    for location, enc in good.items():
        assert location in stored, (location, sorted(stored))
        source = Path(location).read_bytes().decode(enc)
        source = re.sub(r"<[^>]+>", "\n", source)
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", source) if len(p.strip()) > 60]
        assert paragraphs
        for para in paragraphs[:-1] if location.endswith("truncated.html") else paragraphs:
            assert " ".join(para.split()) in " ".join(stored[location].split()), (location, para)
    assert good_url in stored and "joint electronic register" in stored[good_url]
    assert gzipped_url in stored and "next month in Gomel" in stored[gzipped_url]
    assert bool(deep_lines) != (deep in stored), "the deep page is neither stored nor reported"
    if deep in stored:
        assert "met on Monday to discuss oil supplies" in stored[deep]

    tried = len(bad) + len(good) + 3  # + the two good URLs and the deep page
    lost = [loc for loc in [*good, good_url, gzipped_url] if loc not in stored]
    summary = (f"bad-input corpus: tried {tried} inputs ({len(bad)} bad, {len(good) + 2} good, 1 deep page "
               f"{'stored' if deep in stored else 'refused'}): {len(bad)} one-line errors, "
               f"{output.count('Traceback')} tracebacks, {len(lost)} good inputs lost")
    report(summary)
    assert summary.endswith(f"{len(bad)} one-line errors, 0 tracebacks, 0 good inputs lost")


def test_50mb_file_is_refused_by_size_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # real text, not a sparse file
        block = ("Minsk and Moscow discussed the price of gas again today.\n" * 1000).encode()
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(block)
    small = BAD / "good_en.txt"
    base_rss, _ = peak_rss_kib(dyadwatch_cmd("ingest", str(small), "--db", str(tmp_path / "a.db"),
                                             "--no-progress"), tmp_path)
    big_rss, err = peak_rss_kib(dyadwatch_cmd("ingest", str(big), "--db", str(tmp_path / "b.db"),
                                              "--no-progress"), tmp_path)
    assert f"dyadwatch: {big}: larger than the 20 MiB limit" in err
    assert "Traceback" not in err
    # Reading the file would cost 50 MiB (more as text); refusing it costs nothing.
    assert big_rss < base_rss + 16 * 1024, (big_rss, base_rss)
    # Downloads are capped at 20 MiB while streaming, also when 250 KiB of gzip inflate to 256 MiB.
    peaks = {}
    with local_servers() as srv:
        for route in ("huge", "bomb"):
            url = f"{srv.base}/{route}"
            peaks[route], err = peak_rss_kib(dyadwatch_cmd("ingest", url, "--db", str(tmp_path / "c.db"),
                                                           "--no-progress"), tmp_path)
            assert f"dyadwatch: {url}: larger than the 20 MiB limit" in err and "Traceback" not in err
            assert peaks[route] < base_rss + 24 * 1024, (route, peaks[route], base_rss)
    report(f"peak memory: {big_rss // 1024} MiB for a 50 MiB file, {peaks['huge'] // 1024} MiB for an "
           f"endless download, {peaks['bomb'] // 1024} MiB for a gzip bomb; "
           f"{base_rss // 1024} MiB for one small file")
