"""Expanding targets into raw inputs.

A target is a file (.html, .htm, .txt, .md), a folder (read recursively, in sorted
order), an RSS/Atom feed (a file or a URL; each entry's content is used, or its link
fetched), a text file listing URLs (.urls, or a .txt whose non-empty lines are all URLs),
or an http(s) URL. Each bad input becomes one `InputError`; nothing here raises for one
bad input.

Limits: a file or a download larger than `MAX_BYTES` (20 MiB) is refused; a local file is
never read beyond `MAX_BYTES + 1` bytes, and a download is streamed (gzip/deflate bodies
inflated 1 MiB at a time, so a compression bomb cannot fill memory) and stopped there.
A local file whose size (from stat) is over the limit is refused without being opened.
HTTP uses `CONNECT_TIMEOUT`/`READ_TIMEOUT` seconds, gives up on a download still running after
`TOTAL_TIMEOUT` seconds (a server that drips bytes), and follows at most `MAX_REDIRECTS`
redirects. `set_http_timeout(seconds)` (`dyadwatch ingest --timeout`, env
`DYADWATCH_HTTP_TIMEOUT`) sets the connect and read timeouts, and four times that in all.
"""

from __future__ import annotations

import errno
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dyadwatch.errors import InputError
from dyadwatch.model import RawInput

MAX_BYTES = 20 * 1024 * 1024
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
TOTAL_TIMEOUT = 120.0
MAX_REDIRECTS = 5
USER_AGENT = "dyadwatch/0.1 (+https://github.com/dyadwatch)"

DOCUMENT_SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text", ".md": "text"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
URL_LIST_SUFFIXES = {".urls"}
FOLDER_SUFFIXES = set(DOCUMENT_SUFFIXES) | FEED_SUFFIXES | URL_LIST_SUFFIXES
# How long a feed entry's own content must be to be used instead of fetching its link.
FEED_CONTENT_MIN_CHARS = 400

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)
_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)


def set_http_timeout(seconds: float) -> None:
    """Connect and read timeouts of `seconds`, and `4 * seconds` for a whole download."""
    global CONNECT_TIMEOUT, READ_TIMEOUT, TOTAL_TIMEOUT
    if not seconds > 0:
        raise ValueError("the HTTP timeout must be a positive number of seconds")
    CONNECT_TIMEOUT = READ_TIMEOUT = float(seconds)
    TOTAL_TIMEOUT = 4 * float(seconds)


def is_url(target: str) -> bool:
    return bool(_URL.match(target.strip()))


@dataclass(frozen=True)
class PlannedInput:
    """One named input, not read yet: `load()` yields its RawInputs (a feed yields many)."""

    location: str
    loader: Callable[[], Iterator[RawInput | InputError]]

    def load(self) -> Iterator[RawInput | InputError]:
        try:
            yield from self.loader()
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one bad input must not stop the run
            yield InputError(self.location, _one_line(exc))


def plan_targets(targets: Iterable[str]) -> list[PlannedInput | InputError]:
    """Every input the targets name, in order (folders expanded, sorted), without reading them."""
    planned: list[PlannedInput | InputError] = []
    for target in targets:
        if is_url(target):
            planned.append(PlannedInput(target, lambda u=target: _load_url(u)))
            continue
        path = Path(target)
        if not path.exists():
            planned.append(InputError(target, _missing_reason(path)))
        elif path.is_dir():
            children = sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
                 and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not children:
                planned.append(InputError(target, "folder has no .html, .htm, .txt, .md or feed files"))
            for child in children:
                planned.append(PlannedInput(str(child), lambda p=child: _load_file(p)))
        elif path.is_file():
            planned.append(PlannedInput(target, lambda p=path: _load_file(p)))
        else:
            planned.append(InputError(target, "not a regular file"))
    return planned


def _missing_reason(path: Path) -> str:
    """Why `path` does not exist: a link loop, a broken link, or nothing there at all."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:
            return "symbolic link loop"
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "symbolic link loop"
        return "broken symbolic link"
    return "no such file or folder"


def expand_targets(targets: Iterable[str]) -> Iterator[RawInput | InputError]:
    """All raw inputs the targets name, read one after another."""
    for item in plan_targets(targets):
        if isinstance(item, InputError):
            yield item
        else:
            yield from item.load()


# -- local files ---------------------------------------------------------------------------

def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; InputError if it is larger than `limit` (reads at most limit+1 bytes)."""
    try:
        size = path.stat().st_size
        if size > limit:  # refused without reading a byte
            raise InputError(str(path), f"larger than the {limit // (1024 * 1024)} MiB limit")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise InputError(str(path), "is a folder") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(str(path), f"larger than the {limit // (1024 * 1024)} MiB limit")
    return data


def _load_file(path: Path) -> Iterator[RawInput | InputError]:
    location = str(path)
    data = read_limited(path)
    suffix = path.suffix.lower()
    if not data.strip():
        raise InputError(location, "empty file")
    if suffix in FEED_SUFFIXES or (suffix not in DOCUMENT_SUFFIXES and _FEED_SNIFF.search(data[:2048])):
        yield from _feed_entries(data, location)
        return
    if suffix in URL_LIST_SUFFIXES or suffix == ".txt":
        urls = _url_list(data)
        if urls is not None:
            for url in urls:
                yield from _load_url_safely(url)
            return
    kind = DOCUMENT_SUFFIXES.get(suffix, "auto")
    if suffix in URL_LIST_SUFFIXES:
        raise InputError(location, "URL list has lines that are not http(s) URLs")
    yield RawInput(location=location, data=data, kind=kind)


def _url_list(data: bytes) -> list[str] | None:
    """The URLs, if every non-empty, non-comment line is one; else None."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    if lines and all(is_url(ln) for ln in lines):
        return lines
    return None


# -- HTTP ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    content_type: str | None
    status: int = 200  # 304 (empty data) when conditional `headers` matched
    etag: str | None = None
    last_modified: str | None = None


def fetch(url: str, *, limit: int = MAX_BYTES, client: object | None = None,
          headers: dict[str, str] | None = None) -> Fetched:
    """GET `url` with timeouts, a redirect limit, and a streamed size cap; InputError on failure.

    `headers` are added to the request (e.g. If-None-Match for a conditional GET)."""
    import httpx

    timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    deadline = time.monotonic() + TOTAL_TIMEOUT
    own = client is None
    http = client or httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                                  headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
                                  trust_env=False)
    try:
        with http.stream("GET", url, headers=headers) as resp:  # type: ignore[attr-defined]
            validators = {"etag": resp.headers.get("etag"),
                          "last_modified": resp.headers.get("last-modified")}
            if resp.status_code == 304:
                return Fetched(str(resp.url), b"", resp.headers.get("content-type"), 304,
                               **validators)
            if resp.status_code >= 400:
                raise InputError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise InputError(url, f"larger than the {limit // (1024 * 1024)} MiB limit")
            chunks: list[bytes] = []
            size = 0
            for chunk in _body_chunks(resp, url):
                size += len(chunk)
                if time.monotonic() > deadline:
                    raise InputError(url, f"timed out (download took over {TOTAL_TIMEOUT:g} s)")
                if size > limit:
                    raise InputError(url, f"larger than the {limit // (1024 * 1024)} MiB limit")
                chunks.append(chunk)
            return Fetched(str(resp.url), b"".join(chunks), resp.headers.get("content-type"),
                           resp.status_code, **validators)
    except httpx.TooManyRedirects:
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise InputError(url, "timed out") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"cannot fetch: {_one_line(exc) or type(exc).__name__}") from None
    finally:
        if own:
            http.close()


# Content codings we undo ourselves, in bounded steps (zlib window bits for each).
_CODINGS = {"gzip": 31, "x-gzip": 31, "deflate": 15}
_INFLATE_STEP = 1024 * 1024


def _body_chunks(resp: object, url: str) -> Iterator[bytes]:
    """The body, decompressed at most `_INFLATE_STEP` bytes at a time, so a small gzip "bomb"
    is stopped by the size cap instead of being inflated whole in memory."""
    coding = resp.headers.get("content-encoding", "").strip().lower()  # type: ignore[attr-defined]
    raw_chunks = resp.iter_raw()  # type: ignore[attr-defined]
    if coding in ("", "identity"):
        yield from raw_chunks
        return
    if coding not in _CODINGS:
        raise InputError(url, f"unsupported content encoding {coding!r}")
    inflater = zlib.decompressobj(_CODINGS[coding])
    first = True
    try:
        for raw in raw_chunks:
            if first and coding == "deflate":
                try:
                    out = inflater.decompress(raw, _INFLATE_STEP)
                except zlib.error:  # raw deflate without the zlib header, as some servers send
                    inflater = zlib.decompressobj(-15)
                    out = inflater.decompress(raw, _INFLATE_STEP)
            else:
                out = inflater.decompress(raw, _INFLATE_STEP)
            first = False
            yield out
            while inflater.unconsumed_tail:
                yield inflater.decompress(inflater.unconsumed_tail, _INFLATE_STEP)
        yield inflater.flush()
    except zlib.error as exc:
        raise InputError(url, f"corrupt {coding} body: {exc}") from None


def _load_url(url: str) -> Iterator[RawInput | InputError]:
    got = fetch(url)
    if not got.data.strip():
        raise InputError(url, "empty response")
    ctype = (got.content_type or "").lower()
    if any(k in ctype for k in ("rss", "atom")) or (
        ("xml" in ctype or not ctype) and _FEED_SNIFF.search(got.data[:2048])
    ):
        yield from _feed_entries(got.data, url)
        return
    kind = "html" if "html" in ctype else ("text" if ctype.startswith("text/plain") else "auto")
    yield RawInput(location=url, data=got.data, content_type=got.content_type, kind=kind,
                   hint_url=got.url)


def _load_url_safely(url: str) -> Iterator[RawInput | InputError]:
    try:
        yield from _load_url(url)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001
        yield InputError(url, _one_line(exc))


# -- feeds ---------------------------------------------------------------------------------

def _feed_entries(data: bytes, location: str) -> Iterator[RawInput | InputError]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise InputError(location, f"not a readable feed: {_one_line(parsed.get('bozo_exception'))}")
        raise InputError(location, "feed has no entries")
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        title = entry.get("title")
        date = _entry_date(entry)
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry.content), key=len)
        summary = entry.get("summary", "") or ""
        body = content if len(content) >= len(summary) else summary
        entry_location = link if link else f"{location}#entry-{n}"
        if len(_strip_tags(body)) >= FEED_CONTENT_MIN_CHARS or not (link and is_url(link)):
            if not body.strip():
                yield InputError(entry_location, "feed entry has no content and no link")
                continue
            html = f"<html><head><title>{_escape(title or '')}</title></head><body><article>{body}</article></body></html>"
            yield RawInput(location=entry_location, data=html.encode("utf-8"), kind="html",
                           content_type="text/html; charset=utf-8",
                           hint_title=title, hint_date=date, hint_url=link)
        else:
            try:
                got = fetch(link)
            except InputError as exc:
                yield exc
                continue
            yield RawInput(location=link, data=got.data, content_type=got.content_type,
                           kind="html" if "html" in (got.content_type or "html") else "auto",
                           hint_title=title, hint_date=date, hint_url=got.url)


def _entry_date(entry: object) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)  # type: ignore[attr-defined]
        if value:
            return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return None


def _strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).strip()


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def _one_line(exc: object) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
