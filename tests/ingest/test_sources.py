"""Expanding targets: files, folders, feeds, URL lists and URLs (served on loopback only)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadwatch.errors import InputError
from dyadwatch.ingest.sources import expand_targets, fetch, read_limited
from dyadwatch.model import RawInput

DATA = Path(__file__).resolve().parents[1] / "data"

PAGE = (b"<html><head><title>Transit talks</title></head><body><article><p>"
        + b"Belarus and Russia discussed rail transit tariffs for fertiliser exports at a meeting in Minsk. " * 5
        + b"</p></article></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        routes = {
            "/a.html": (200, "text/html; charset=utf-8", PAGE),
            "/b.html": (200, "text/html; charset=utf-8", PAGE.replace(b"Minsk", b"Moscow")),
            "/big": (200, "text/plain", b"x" * 5000),
            "/feed.atom": (200, "application/atom+xml", (DATA / "feed.atom").read_bytes()),
        }
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "a.html").write_text("<p>one</p>")
    (tmp_path / "c.md").write_text("three")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("hidden")
    got = list(expand_targets([str(tmp_path)]))
    assert [Path(r.location).relative_to(tmp_path).as_posix() for r in got] == ["a.html", "b/2.txt", "c.md"]
    assert [r.kind for r in got] == ["html", "text", "text"]


def test_missing_and_empty_inputs_are_one_error_each(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Some text.")
    got = list(expand_targets([str(tmp_path / "nope.txt"), str(empty), str(good)]))
    assert isinstance(got[0], InputError) and "no such file" in got[0].reason
    assert isinstance(got[1], InputError) and got[1].reason == "empty file"
    assert isinstance(got[2], RawInput)


def test_size_limit_reads_at_most_limit_plus_one(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 101)
    with pytest.raises(InputError, match="limit"):
        read_limited(big, limit=100)
    assert read_limited(big, limit=101) == b"a" * 101


def test_atom_feed_file_gives_one_input_per_entry() -> None:
    got = list(expand_targets([str(DATA / "feed.atom")]))
    assert [r.location for r in got] == ["https://example.invalid/gas-talks", "https://example.invalid/exercise"]
    assert got[0].hint_title == "Gas price talks stall again"
    assert got[0].hint_date == "2020-02-07"


def test_url_list_is_fetched(server: str, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{server}/a.html\n\n{server}/b.html\n{server}/missing\n")
    got = list(expand_targets([str(listing)]))
    assert [type(x).__name__ for x in got] == ["RawInput", "RawInput", "InputError"]
    assert got[0].data == PAGE and got[0].kind == "html"
    assert "HTTP 404" in got[2].reason


def test_feed_url_and_http_limits(server: str) -> None:
    got = list(expand_targets([f"{server}/feed.atom"]))
    assert len(got) == 2 and all(isinstance(x, RawInput) for x in got)
    with pytest.raises(InputError, match="limit"):
        fetch(f"{server}/big", limit=1000)
    with pytest.raises(InputError, match="redirects"):
        fetch(f"{server}/loop")
