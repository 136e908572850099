"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, legacy Cyrillic (cp1251 / koi8-r), binary refusal."""

from __future__ import annotations

import codecs
import re

from dyadwatch.errors import InputError

# Letters that are frequent in Russian (and Belarusian/Ukrainian) running text, lowercase.
_FREQUENT = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфёіў")
_CYR_UPPER = re.compile(r"(?<=[а-яёіўa-z])[А-ЯЁІЎ]")  # capitals inside a word: a sign of a wrong codec
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))
BINARY_CONTROL_RATIO = 0.10


def _cyrillic_score(text: str) -> float:
    """Higher when the text reads like Cyrillic prose: frequent lowercase letters, few odd capitals."""
    sample = text[:20_000]
    letters = sum(1 for ch in sample if ch.isalpha())
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    if not letters or cyrillic / letters < 0.3:  # mostly Latin: not a Cyrillic codec
        return -1.0
    frequent = sum(1 for ch in sample if ch in _FREQUENT)
    odd_caps = len(_CYR_UPPER.findall(sample))
    return frequent - 3 * odd_caps


def _looks_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for UTF-16 text without a BOM.

    ASCII-heavy UTF-16 has NUL in every other byte; Cyrillic (or Greek, Arabic...) UTF-16 has
    the same one or two high bytes there instead (0x04 for Cyrillic, 0x00 for spaces and
    punctuation). So: one byte column with NULs and at most a few distinct values, the other
    column varied, and the result decodes strictly to printable text.
    """
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) / 2
    for enc, high, low in (("utf-16-le", sample[1::2], sample[0::2]),
                           ("utf-16-be", sample[0::2], sample[1::2])):
        high_nul = high.count(0) / half
        low_nul = low.count(0) / half
        if high_nul < 0.05 or low_nul >= 0.05:
            continue
        top = sorted((high.count(b) for b in set(high)), reverse=True)[:2]
        if high_nul > 0.3 or sum(top) / half > 0.95:
            try:
                text = codecs.getincrementaldecoder(enc)().decode(sample, final=False)
            except UnicodeDecodeError:
                continue
            printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n")
            if printable / len(text) > 0.95:
                return enc
    return None


def is_binary(data: bytes) -> bool:
    """NUL bytes, or more than 10% control characters, in the first 8 KiB."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > BINARY_CONTROL_RATIO


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP header or an HTML <meta> declares, if Python knows it."""
    names = []
    if content_type and "charset=" in content_type.lower():
        names.append(content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'"))
    m = _CHARSET_META.search(data[:4096])
    if m:
        names.append(m.group(1).decode("ascii", "ignore"))
    for name in names:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def decode_bytes(data: bytes, location: str, content_type: str | None = None) -> str:
    """Decode `data` to text or raise InputError (binary, or not text at all).

    Order: BOM (UTF-8, UTF-16), UTF-16 without BOM, binary check, strict UTF-8, a declared
    charset, then cp1251 or koi8-r (whichever reads more like Cyrillic prose), then cp1252.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", location)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", location)
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    if is_binary(data):
        raise InputError(location, "binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    candidates = []
    for enc in ("cp1251", "koi8_r"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cyrillic_score(text), enc, text))
    if candidates:
        score, _enc, text = max(candidates, key=lambda c: (c[0], c[1] == "cp1251"))
        if score > 0:
            return text
    return data.decode("cp1252", errors="replace")


def _strict(data: bytes, encoding: str, location: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(location, f"not valid {encoding} text ({exc.reason} at byte {exc.start})") from None
