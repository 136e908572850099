"""Main text and metadata of an HTML page: trafilatura first, a plain tag strip as fallback.

Pathological pages (thousands of nested tags) are not handed to lxml at all: the nesting
depth is measured with a linear scan first, and past `MAX_DEPTH` the page is stripped to
text with the standard library's non-recursive HTMLParser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlparse

MAX_DEPTH = 400
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(/?)>")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "!doctype"}
SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
        "form", "button", "select", "iframe", "head"}
BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
         "h6", "blockquote", "br", "tr", "table", "figure", "figcaption", "dd", "dt", "pre", "hr"}


@dataclass
class HtmlResult:
    text: str  # paragraphs separated by blank lines
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    fallback: bool = False


def nesting_depth(html: str, stop_at: int = MAX_DEPTH + 1) -> int:
    """Approximate element nesting depth (unclosed void tags ignored); stops counting at `stop_at`."""
    depth = best = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in VOID or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > best:
                best = depth
                if best >= stop_at:
                    break
    return best


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    """Main text and metadata; never raises on malformed or hostile markup."""
    if nesting_depth(html) <= MAX_DEPTH:
        try:
            got = _trafilatura(html, url)
        except (RecursionError, ValueError, TypeError, AttributeError, MemoryError):
            got = None
        except Exception:  # noqa: BLE001 - any parser failure falls back to the tag strip
            got = None
        if got is not None and got.text.strip():
            if not got.date:
                got.date = _htmldate(html, url)
            return got
    stripped = strip_tags(html)
    title = None
    m = re.search(r"<title[^>]*>(.*?)</title>", html[:200_000], re.I | re.S)
    if m:
        title = re.sub(r"\s+", " ", _unescape(m.group(1))).strip() or None
    return HtmlResult(text=stripped, title=title, url=url, site=_host(url), fallback=True)


def _trafilatura(html: str, url: str | None) -> HtmlResult | None:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, favor_precision=False, deduplicate=False,
    )
    if doc is None:
        return None
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    paragraphs = [ln.strip() for ln in text.split("\n") if ln.strip()]
    title = (d.get("title") or "").strip() or None
    if paragraphs and title and paragraphs[0].strip() == title:
        paragraphs = paragraphs[1:]  # trafilatura repeats the <h1> title in the text
    return HtmlResult(
        text="\n\n".join(paragraphs), title=title, author=(d.get("author") or None),
        date=(d.get("date") or None), site=(d.get("sitename") or _host(d.get("url") or url)),
        url=d.get("url") or url,
    )


def _htmldate(html: str, url: str | None) -> str | None:
    try:
        from htmldate import find_date

        return find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - a missing date is not an error
        return None


def _host(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    host = urlparse(url).hostname
    return host.removeprefix("www.") if host else None


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_tags(html: str) -> str:
    """Text of the page with block elements as paragraph breaks (no recursion, no lxml)."""
    parser = _Stripper()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - keep what was read
        pass
    text = "".join(parser.parts)
    paragraphs = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(" ".join(p.split("\n")).strip() for p in paragraphs if p.strip())
