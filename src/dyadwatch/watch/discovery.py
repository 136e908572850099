"""Finding a source's items: feed entries, a sitemap's URLs, or the article links of a listing
page (a think tank's topic page: teasers, each a link to an article).

A listing page is never an item itself: only the links in its content are, kept when they
stay on the listing's site (same host and port), are not navigation (courlan's rules for
category, tag and page-N links) and do not name a file type that is not an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urlsplit

from dyadwatch.errors import InputError
from dyadwatch.ingest.sources import FEED_CONTENT_MIN_CHARS, is_url

_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_SITEMAP_SNIFF = re.compile(rb"<(urlset|sitemapindex)[\s>]", re.I)
# Parts of a page that hold navigation, not the listing's teasers.
_CHROME = ("nav", "header", "footer", "aside", "form", "script", "style", "noscript")
_NOT_ARTICLES = re.compile(r"\.(pdf|jpe?g|png|gif|svg|webp|zip|gz|mp[34]|docx?|xlsx?|pptx?|"
                           r"css|js|ico|xml|rss|atom|json)$", re.I)
MAX_SITEMAP_CHILDREN = 20


@dataclass(frozen=True)
class Item:
    """One thing a source hands over: a link to fetch, or a feed entry with its own content."""

    key: str
    url: str | None
    title: str | None = None
    date: str | None = None
    html: str | None = None  # a feed entry's content, when long enough to stand alone


@dataclass(frozen=True)
class Discovered:
    kind: str  # feed | sitemap | listing
    items: list[Item]
    child_sitemaps: list[str]


def detect_kind(data: bytes, content_type: str | None) -> str:
    ctype = (content_type or "").lower()
    head = data[:4096]
    if _SITEMAP_SNIFF.search(head):
        return "sitemap"
    if any(k in ctype for k in ("rss", "atom")) or _FEED_SNIFF.search(head):
        return "feed"
    return "listing"


def discover(data: bytes, content_type: str | None, page_url: str, kind: str = "auto") -> Discovered:
    """The items of a fetched source document; InputError if it has none it can read."""
    from dyadwatch.ingest.decode import is_binary

    if is_binary(data):
        raise InputError(page_url, "binary data, not a feed, sitemap or web page")
    if kind == "auto":
        kind = detect_kind(data, content_type)
    if kind == "feed":
        return Discovered("feed", feed_items(data, page_url), [])
    if kind == "sitemap":
        urls, children = sitemap_urls(data, page_url)
        return Discovered("sitemap", [Item(key=u, url=u) for u in urls], children)
    return Discovered("listing", [Item(key=u, url=u) for u in listing_links(data, page_url)], [])


def feed_items(data: bytes, location: str) -> list[Item]:
    import feedparser

    from dyadwatch.ingest.sources import _entry_date, _escape, _strip_tags

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise InputError(location, f"not a readable feed: {parsed.get('bozo_exception')}")
        return []
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        link = link if link and is_url(link) else None
        title = entry.get("title")
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry.content), key=len)
        summary = entry.get("summary", "") or ""
        body = content if len(content) >= len(summary) else summary
        key = link or entry.get("id") or ""
        if not key:
            continue  # nothing stable to remember it by
        html = None
        if len(_strip_tags(body)) >= FEED_CONTENT_MIN_CHARS or link is None:
            if not body.strip():
                continue
            html = (f"<html><head><title>{_escape(title or '')}</title></head>"
                    f"<body><article>{body}</article></body></html>")
        items.append(Item(key=key, url=link, title=title, date=_entry_date(entry), html=html))
    return items


def sitemap_urls(data: bytes, location: str) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index, in document order."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(location, f"not a readable sitemap: {exc}") from None
    if root is None:
        raise InputError(location, "not a readable sitemap")
    locs = [(el.getparent(), (el.text or "").strip()) for el in root.iter("{*}loc", "loc")]
    pages = [u for parent, u in locs if is_url(u) and etree.QName(parent).localname == "url"]
    children = [u for parent, u in locs if is_url(u) and etree.QName(parent).localname == "sitemap"]
    return pages, children[:MAX_SITEMAP_CHILDREN]


def listing_links(data: bytes, page_url: str) -> list[str]:
    """Article links in a listing page's content, on its own site, in page order."""
    import courlan
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(data)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise InputError(page_url, f"not a readable page: {exc}") from None
    for el in list(tree.iter(*_CHROME)):
        if el.getparent() is not None:
            el.drop_tree()
    site = urlsplit(page_url)
    own = urldefrag(page_url)[0].rstrip("/")
    out: list[str] = []
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        link = urldefrag(courlan.fix_relative_urls(page_url, href))[0]
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != site.netloc.lower():
            continue
        if link.rstrip("/") == own or courlan.is_navigation_page(link):
            continue
        if _NOT_ARTICLES.search(parts.path) or not courlan.filters.type_filter(link):
            continue
        if parts.path in ("", "/"):
            continue
        out.append(link)
    return list(dict.fromkeys(out))
