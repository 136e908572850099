"""Local HTTP servers for the reliability tests: loopback only, started and stopped by the test."""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOOPBACK = "127.0.0.1"
HUGE_LIMIT = 64 * 1024 * 1024  # the huge route stops here even if nobody hangs up

GOOD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Border crossing talks resume between Minsk and Moscow</title></head><body>
<nav><a href="/">Home</a></nav><article>
<h1>Border crossing talks resume between Minsk and Moscow</h1>
<p>Customs officials from Belarus and Russia resumed talks on Wednesday about the rules for
lorries crossing the common border near Smolensk.</p>
<p>The Belarusian side asked for a shorter list of goods that must be inspected, while the
Russian delegation proposed a joint electronic register of shipments.</p>
<p>A second round is planned for next month in Vitebsk, both customs services said.</p>
</article></body></html>"""


_BOMB: list[bytes] = []


def _bomb() -> bytes:
    if not _BOMB:
        _BOMB.append(gzip.compress(b" " * (256 * 1024 * 1024), compresslevel=9))
    return _BOMB[0]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # no keep-alive: each answer ends when the connection closes

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        return

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/good":
            body = GOOD_PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop-again" if self.path == "/loop" else "/loop")
            self.end_headers()
        elif self.path == "/gzipped":  # an ordinary compressed page
            body = gzip.compress(GOOD_PAGE.replace("Wednesday", "Thursday")
                                 .replace("Vitebsk", "Gomel").encode("utf-8"))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/bomb":  # 256 MiB of text squeezed into ~250 KiB of gzip
            body = _bomb()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                pass
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")  # no Content-Length
            self.end_headers()
            chunk = b"Minsk and Moscow talk about oil. " * 2048
            sent = 0
            try:
                while sent < HUGE_LIMIT:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass  # the client hung up at its size cap
        else:
            self.send_error(404)


@dataclass
class LocalServers:
    base: str  # http://127.0.0.1:PORT of the answering server
    slow: str  # a URL whose server accepts connections and never answers
    unreachable: str  # a URL on a loopback port nobody listens on


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


@contextmanager
def local_servers() -> Iterator[LocalServers]:
    """An answering server, a silent one, and a closed port, all on 127.0.0.1."""
    _bomb()  # made before serving, so the first request for it does not time out
    httpd = ThreadingHTTPServer((LOOPBACK, 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()

    silent = socket.socket()
    silent.bind((LOOPBACK, 0))
    silent.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept_and_ignore() -> None:
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = silent.accept()
            except OSError:
                continue
            held.append(conn)  # never read, never answered

    threading.Thread(target=accept_and_ignore, daemon=True).start()
    try:
        yield LocalServers(
            base=f"http://{LOOPBACK}:{httpd.server_address[1]}",
            slow=f"http://{LOOPBACK}:{silent.getsockname()[1]}/slow",
            unreachable=f"http://{LOOPBACK}:{_closed_port()}/nothing",
        )
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        for conn in held:
            conn.close()
        silent.close()
