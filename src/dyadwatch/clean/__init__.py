"""From raw bytes to a clean document: decode, extract (HTML) or filter (text), de-duplicate.

`clean_document(raw)` is the entry point; it raises InputError for input that cannot be
used (binary, empty, no article text).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlparse

from dyadwatch.clean.dedup import duplicate_paragraphs
from dyadwatch.clean.language import SUPPORTED, detect_language
from dyadwatch.clean.meta import parse_date
from dyadwatch.clean.text import clean_text_lines
from dyadwatch.errors import InputError
from dyadwatch.ingest.decode import decode_bytes
from dyadwatch.model import CleanDocument, RawInput, Span

__all__ = ["clean_document", "guess_kind"]

_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)[\s>/]", re.I)


def guess_kind(raw: RawInput, text: str) -> str:
    if raw.kind in ("html", "text"):
        return raw.kind
    ctype = (raw.content_type or "").lower()
    if "html" in ctype:
        return "html"
    path = urlparse(raw.location).path if "://" in raw.location else raw.location
    suffix = PurePosixPath(path.replace("\\", "/")).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".txt", ".md"):
        return "text"
    return "html" if _HTML_SNIFF.search(text[:4096]) else "text"


def clean_document(raw: RawInput, lang: str | None = None) -> CleanDocument:
    """Clean one raw input. Raises InputError when nothing usable is left."""
    if lang is not None and lang not in SUPPORTED:
        raise InputError(raw.location, f"unsupported language {lang!r} (use one of {', '.join(SUPPORTED)})")
    if not raw.data.strip():
        raise InputError(raw.location, "empty file")
    text = decode_bytes(raw.data, raw.location, raw.content_type)
    if not text.strip():
        raise InputError(raw.location, "empty file")
    kind = guess_kind(raw, text)
    url = raw.hint_url or (raw.location if "://" in raw.location else None)
    title = author = date = site = None
    granularity = None
    if kind == "html":
        from dyadwatch.clean.html import extract_html

        page = extract_html(text, url)
        title, author, site, url = page.title, page.author, page.site, page.url or url
        if page.date:
            date, granularity = _date(page.date)
        body = page.text
    else:
        body = text
    result = clean_text_lines(body)
    title = raw.hint_title or title or result.title
    author = author or result.author
    site = site or result.site
    if raw.hint_date:  # a feed's date for its entry beats a date guessed from the page
        hinted = _date(raw.hint_date)
        if hinted[0]:
            date, granularity = hinted
    if not date and result.pub_date:
        date, granularity = result.pub_date, result.pub_date_granularity
    drop = duplicate_paragraphs(result.paragraphs)
    paragraphs = [p for i, p in enumerate(result.paragraphs) if i not in drop]
    if not paragraphs:
        raise InputError(raw.location, "no article text found")
    spans: list[Span] = []
    pos = 0
    for p in paragraphs:
        spans.append(Span(pos, pos + len(p)))
        pos += len(p) + 2
    clean = "\n\n".join(paragraphs)
    return CleanDocument(
        location=raw.location, text=clean, url=url, site=site, title=_tidy(title),
        author=_tidy(author), pub_date=date, pub_date_granularity=granularity,
        lang=lang or detect_language(clean), paragraphs=spans,
    )


def _date(value: str) -> tuple[str | None, str | None]:
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, "day"
    got = parse_date(value)
    return got if got else (None, None)


def _tidy(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None
