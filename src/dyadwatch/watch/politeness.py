"""Polite fetching: one request at a time per host with a minimum delay, robots.txt, an honest
User-Agent, conditional GET, and no links followed into private networks.

A host is the URL's host and port: two servers on one machine are two hosts. The watcher
polls one source at a time, so "one request at a time per host" holds; the gate adds the
delay between two requests to the same host. Every request (redirects included) passes the
address guard: a link found in a feed or page may not lead to a loopback, private, link-local
or otherwise non-public address unless the source itself is on one.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import urllib.robotparser
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import urlsplit

from dyadwatch.errors import InputError
from dyadwatch.ingest import sources as ingest_sources
from dyadwatch.ingest.sources import Fetched, fetch

USER_AGENT = ingest_sources.USER_AGENT.replace("dyadwatch/", "dyadwatch-watch/")
ROBOTS_AGENT = "dyadwatch"
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_TTL_S = 3600.0
MAX_HOSTS_REMEMBERED = 4096


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.netloc or "").lower()


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    name = host.strip("[]")
    try:
        return [ipaddress.ip_address(name)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return []
    out = []
    for info in infos:
        try:
            out.append(ipaddress.ip_address(info[4][0].split("%", 1)[0]))
        except ValueError:
            continue
    return out


def is_public_host(hostname: str) -> bool:
    """True when every address the host resolves to is a global (public) one."""
    addrs = _addresses(hostname)
    return bool(addrs) and all(a.is_global and not a.is_multicast for a in addrs)


def link_allowed(link: str, source_url: str) -> bool:
    """May a link found in the source be fetched? Public hosts always; others only when the
    source itself is on a non-public address (a local or intranet deployment)."""
    host = urlsplit(link).hostname
    if not host:
        return False
    if is_public_host(host):
        return True
    source_host = urlsplit(source_url).hostname or ""
    return bool(source_host) and not is_public_host(source_host)


class Politeness:
    """Per-host delay, robots.txt and the address guard, around `ingest.sources.fetch`."""

    def __init__(self, *, host_delay_s: float = 1.0, respect_robots: bool = True,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] = time.sleep) -> None:
        self.host_delay_s = host_delay_s
        self.respect_robots = respect_robots
        self._clock = clock
        self._sleep = sleep
        self._last_request: OrderedDict[str, float] = OrderedDict()
        self._robots: OrderedDict[str, tuple[float, urllib.robotparser.RobotFileParser | None]] = OrderedDict()
        self._lock = threading.Lock()
        self._client = None

    # -- the HTTP client ------------------------------------------------------------------

    def client(self):  # type: ignore[no-untyped-def]
        """One client for the watcher's life (connections reused), built like fetch()'s own."""
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                timeout=httpx.Timeout(ingest_sources.READ_TIMEOUT,
                                      connect=ingest_sources.CONNECT_TIMEOUT),
                follow_redirects=True, max_redirects=ingest_sources.MAX_REDIRECTS,
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
                trust_env=False, limits=httpx.Limits(max_connections=8, max_keepalive_connections=4),
                event_hooks={"request": [self._guard_request]})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    _source_for_request: str | None = None

    def _guard_request(self, request) -> None:  # type: ignore[no-untyped-def]
        # Every request, redirects included, is checked against the source it serves.
        source = self._source_for_request
        url = str(request.url)
        if source is not None and not link_allowed(url, source):
            raise InputError(url, "refused: a non-public address (loopback, private or "
                                  "link-local) reached from a public source")

    # -- requests -------------------------------------------------------------------------

    def get(self, url: str, *, source_url: str, headers: dict[str, str] | None = None,
            limit: int = ingest_sources.MAX_BYTES) -> Fetched:
        """GET after the host's delay; InputError when robots.txt or the guard refuses it."""
        if not link_allowed(url, source_url):
            raise InputError(url, "refused: a non-public address (loopback, private or "
                                  "link-local) reached from a public source")
        if self.respect_robots and not self.allowed_by_robots(url, source_url):
            raise InputError(url, "disallowed by the site's robots.txt")
        return self._request(url, source_url, headers, limit)

    def _request(self, url: str, source_url: str, headers: dict[str, str] | None,
                 limit: int) -> Fetched:
        self._wait_for_host(host_of(url))
        self._source_for_request = source_url
        try:
            return fetch(url, limit=limit, client=self.client(), headers=headers)
        finally:
            self._source_for_request = None
            self._stamp(host_of(url))

    def _wait_for_host(self, host: str) -> None:
        with self._lock:
            last = self._last_request.get(host)
        if last is not None:
            wait = last + self.host_delay_s - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _stamp(self, host: str) -> None:
        with self._lock:
            self._last_request[host] = self._clock()
            self._last_request.move_to_end(host)
            while len(self._last_request) > MAX_HOSTS_REMEMBERED:
                self._last_request.popitem(last=False)

    # -- robots.txt -----------------------------------------------------------------------

    def allowed_by_robots(self, url: str, source_url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        now = self._clock()
        cached = self._robots.get(key)
        if cached is None or now - cached[0] > ROBOTS_TTL_S:
            # An unreachable host raises here (not cached): the poll fails with the real reason.
            cached = (now, self._read_robots(key, source_url))
            self._robots[key] = cached
            self._robots.move_to_end(key)
            while len(self._robots) > MAX_HOSTS_REMEMBERED:
                self._robots.popitem(last=False)
        parser = cached[1]
        return True if parser is None else parser.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, origin: str, source_url: str) -> urllib.robotparser.RobotFileParser | None:
        """The parsed robots.txt; None (everything allowed) when there is none, as RFC 9309
        says for 4xx answers. A 5xx answer or a host that cannot be reached raises InputError
        (nothing cached): the poll fails and is retried with back-off, as RFC 9309 asks."""
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            got = self._request(origin + "/robots.txt", source_url, None, ROBOTS_MAX_BYTES)
        except InputError as exc:
            if exc.reason.startswith("HTTP 4"):
                return None
            raise
        parser.parse(got.data.decode("utf-8", errors="replace").splitlines())
        return parser
