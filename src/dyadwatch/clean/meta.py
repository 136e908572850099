"""Publication dates in page headers: "8 October 2017", "October 2 – October 8, 2017", ..."""

from __future__ import annotations

import re
from functools import lru_cache

DATE_LANGUAGES = ["en", "ru", "be", "uk", "pl", "de", "fr"]
MAX_DATE_LINE = 60

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?"
    r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]"
)
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_NUMERIC = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b")
_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:[–—]|-{1,2}|\bto\b|\bпо\b)\s*(?P<b>.+)$", re.I)
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(languages=DATE_LANGUAGES, settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False,
        "REQUIRE_PARTS": ["year"],
    })


def parse_date(text: str) -> tuple[str, str] | None:
    """(date, granularity) for a text that is a date, e.g. ("2017-10-08", "day")."""
    text = text.strip(" \t.,;:|")
    if not text or len(text) > MAX_DATE_LINE or not _YEAR.search(text):
        return None
    if not (_MONTH.search(text) or _NUMERIC.search(text)):
        return None
    # the words other than the date itself must be few ("Published 8 October 2017")
    rest = _DAY.sub("", _YEAR.sub("", _MONTH.sub("", _NUMERIC.sub("", text))))
    if len(re.findall(r"[^\W\d_]{2,}", rest)) > 3:
        return None
    try:
        data = _parser().get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises odd errors on odd text
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    if _NUMERIC.search(text) or (_MONTH.search(text) and _DAY.search(_YEAR.sub("", text))):
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}", "day"
    if _MONTH.search(text):
        return f"{d.year:04d}-{d.month:02d}", "month"
    return f"{d.year:04d}", "year"


def parse_date_line(line: str) -> tuple[str, str] | None:
    """A header line that is a date or a date range; a range gives its last day."""
    line = line.strip()
    if len(line) > MAX_DATE_LINE or not _YEAR.search(line):
        return None
    m = _RANGE.match(line)
    if m and _MONTH.search(m.group("b")) or (m and _NUMERIC.search(m.group("b"))):
        end = m.group("b")
        if not _YEAR.search(end):
            year = _YEAR.search(line)
            end = f"{end} {year.group(1)}" if year else end
        got = parse_date(end)
        if got:
            return got
    return parse_date(line)
