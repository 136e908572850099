"""Local sites for the watch tests: feeds whose content changes over time, a listing page, a
failing and a slow path, a webhook receiver and an SMTP receiver. Loopback only."""

from __future__ import annotations

import hashlib
import json
import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LOOPBACK = "127.0.0.1"

# Articles: each a page about Belarus and Russia whose sentences the coder codes, dated.
ARTICLES = {
    1: ("Minsk and Moscow agree on a loan", "2020-09-08", [
        "On 7 September 2020 Putin and Lukashenka met in Sochi.",
        "Russia agreed to lend Belarus 1.5 billion dollars on 7 September 2020.",
        "The two presidents also agreed on 8 September 2020 to hold talks on gas prices."]),
    2: ("Union state talks in Moscow", "2020-09-09", [
        "On 9 September 2020 Russian and Belarusian prime ministers met in Moscow.",
        "Belarus and Russia signed an agreement on oil deliveries on 9 September 2020."]),
    3: ("Sanctions on Belarusian lorries", "2020-09-16", [
        "Russia imposed sanctions on Belarus on 15 September 2020.",
        "Belarus accused Russia of interference on 16 September 2020.",
        "Moscow threatened Minsk with new tariffs on 16 September 2020."]),
    4: ("Minsk protests over transit", "2020-09-17", [
        "Belarus accused Russia of breaking the transit agreement on 17 September 2020.",
        "Russia rejected the Belarusian proposal on 17 September 2020."]),
    5: ("Officials meet again", "2020-09-18", [
        "On 18 September 2020 Russian and Belarusian officials met in Minsk to discuss the dispute."]),
}


def article_html(n: int) -> bytes:
    title, date, sentences = ARTICLES[n] if n in ARTICLES else (
        f"Note {n} on customs rules", "2020-10-01",
        [f"Customs officers from Belarus and Russia discussed shipment register number {n} on "
         "1 October 2020.", "A second round of talks is planned for next month in Vitebsk."])
    paras = "".join(f"<p>{escape(s)} The report was filed by our correspondent in Minsk.</p>"
                    for s in sentences)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<meta property='article:published_time' content='{date}'></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>"
            f"<p class='date'>{date}</p>{paras}</article></body></html>").encode()


def rss(base: str, numbers: list[int], title: str = "Belarus watch") -> bytes:
    items = "".join(
        f"<item><title>{escape(ARTICLES.get(n, ('Note',))[0])}</title>"
        f"<link>{base}/article/{n}</link><guid>{base}/article/{n}</guid>"
        f"<description>Teaser {n}</description></item>" for n in numbers)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>{title}</title><link>{base}/</link><description>d</description>"
            f"{items}</channel></rss>").encode()


def listing_page(base: str, seed: Path) -> tuple[bytes, list[str]]:
    """The fourth seed document (a think tank's topic page: teasers) as HTML, each teaser a
    link to an article on this site, with navigation and off-site links around them."""
    lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
    title, teasers = lines[0], lines[1:]
    links = [f"{base}/analysis/{i}" for i in range(1, len(teasers) + 1)]
    body = "".join(f"<div class='teaser'><h2><a href='/analysis/{i}'>{escape(t[:80])}</a></h2>"
                   f"<p>{escape(t)}</p></div>" for i, t in enumerate(teasers, start=1))
    page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"</head><body><header><a href='/'>Home</a> <a href='/about'>About us</a></header>"
            f"<nav><a href='/topics/russia'>Russia</a><a href='/category/europe'>Europe</a></nav>"
            f"<main><h1>{escape(title)}</h1>{body}"
            f"<p><a href='/topics/belarus?page=2'>2</a> <a href='/tag/belarus'>#belarus</a> "
            f"<a href='https://elsewhere.example.org/story'>elsewhere</a> "
            f"<a href='/files/report.pdf'>PDF</a></p></main>"
            f"<footer><a href='/contact'>Contact</a></footer></body></html>")
    return page.encode("utf-8"), links


@dataclass
class Site:
    base: str
    requests: Counter = field(default_factory=Counter)
    not_modified: Counter = field(default_factory=Counter)
    conditional: Counter = field(default_factory=Counter)  # requests that carried validators
    hooks: list[dict] = field(default_factory=list)
    feeds: dict[str, list[list[int]]] = field(default_factory=dict)  # path -> versions
    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # path -> (body, type)
    article_delay_s: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def feed_version(self, path: str, n_request: int) -> list[int]:
        versions = self.feeds[path]
        return versions[min(n_request // 2, len(versions) - 1)]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

        def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length)
            with site.lock:
                site.requests[self.path] += 1
                if self.path == "/hook":
                    site.hooks.append(json.loads(data))
            self._send(204 if self.path == "/hook" else 404)

        def do_GET(self) -> None:  # noqa: N802
            path = self.path
            with site.lock:
                n = site.requests[path]
                site.requests[path] += 1
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path in site.feeds:
                self._feed(path, n)
            elif path.startswith("/article/") or path.startswith("/analysis/"):
                if site.article_delay_s:
                    time.sleep(site.article_delay_s)
                self._send(200, article_html(int(path.rsplit("/", 1)[1])))
            elif path in site.pages:
                self._send(200, *site.pages[path])
            elif path == "/fail.xml":
                self._send(500, b"oops", "text/plain")
            elif path == "/slow.xml":
                time.sleep(3)
                self._send(200, rss(site.base, [1]), "application/rss+xml")
            elif path == "/garbage.xml":
                self._send(200, bytes(range(256)) * 64, "application/rss+xml")
            elif path.startswith("/loop"):
                self._send(302, headers={"Location": "/loop-again" if path == "/loop" else "/loop"})
            else:
                self._send(404, b"not here", "text/plain")

        def _feed(self, path: str, n: int) -> None:
            numbers = site.feed_version(path, n)
            body = rss(site.base, numbers)
            version = site.feeds[path].index(numbers)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            modified = formatdate(1_600_000_000 + 3600 * version, usegmt=True)
            by_etag = path.startswith("/etag")
            inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            if inm or ims:
                with site.lock:
                    site.conditional[path] += 1
            if (by_etag and inm == etag) or (not by_etag and ims == modified):
                with site.lock:
                    site.not_modified[path] += 1
                self._send(304, headers={"ETag": etag} if by_etag else {"Last-Modified": modified})
                return
            self._send(200, body, "application/rss+xml; charset=utf-8",
                       {"ETag": etag} if by_etag else {"Last-Modified": modified})

    return Handler


@contextmanager
def local_site(**kwargs: object) -> Iterator[Site]:
    httpd = ThreadingHTTPServer((LOOPBACK, 0), None)  # type: ignore[arg-type]
    site = Site(base=f"http://{LOOPBACK}:{httpd.server_address[1]}", **kwargs)  # type: ignore[arg-type]
    httpd.RequestHandlerClass = _handler(site)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()


# -- a small SMTP receiver (RFC 5321's few commands a client needs to deliver one message) ---

@dataclass
class Mailbox:
    host: str
    port: int
    messages: list = field(default_factory=list)


class _SmtpHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        box: Mailbox = self.server.mailbox  # type: ignore[attr-defined]
        self.wfile.write(b"220 localhost test SMTP\r\n")
        rcpts: list[str] = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode("ascii", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.wfile.write(b"250 localhost\r\n")
            elif verb == "MAIL":
                rcpts = []
                self.wfile.write(b"250 OK\r\n")
            elif verb == "RCPT":
                rcpts.append(cmd.split(":", 1)[1].strip(" <>"))
                self.wfile.write(b"250 OK\r\n")
            elif verb == "DATA":
                self.wfile.write(b"354 go on\r\n")
                data = b""
                while True:
                    chunk = self.rfile.readline()
                    if chunk in (b".\r\n", b".\n", b""):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                box.messages.append((rcpts, message_from_bytes(data)))
                self.wfile.write(b"250 queued\r\n")
            elif verb == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 OK\r\n")


@contextmanager
def smtp_receiver() -> Iterator[Mailbox]:
    server = socketserver.ThreadingTCPServer((LOOPBACK, 0), _SmtpHandler)
    server.daemon_threads = True
    box = Mailbox(LOOPBACK, server.server_address[1])
    server.mailbox = box  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield box
    finally:
        server.shutdown()
        server.server_close()


def silent_port() -> tuple[socket.socket, int]:
    s = socket.socket()
    s.bind((LOOPBACK, 0))
    s.listen(8)
    return s, s.getsockname()[1]
