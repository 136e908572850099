"""Checking what a user asks for, once, for the CLI and the API alike.

Every reading front end (the `dyadwatch` commands, the JSON API, the exports) passes its
filters through these functions: an unknown actor code, event type, status or language, an
impossible date, or a malformed dyad is refused with one line that names the argument and
lists the valid choices, instead of quietly matching nothing. The CLI prints the line and
exits 2; the API answers 422 with it as `detail`.

Dates and periods come in four forms, accepted everywhere: a year (2020), a month
(2020-09), an ISO week (2020-W38) and a day (2020-09-14). Each names an interval of days;
`date_range` turns a --from/--to pair into the first and last day it covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from dyadwatch.errors import DyadwatchError
from dyadwatch.model import EVENT_STATUSES, PLOVER_TYPES

# Languages the cleaner and coder read (nlp/lang and coder/lang have their rules).
LANGUAGES = ("en", "ru", "be")
# What `dyadwatch ingest --lang` may force (documents in the others are stored, not coded).
INGEST_LANGUAGES = ("en", "ru", "be", "uk", "pl", "de", "fr")
FREQUENCIES = ("day", "week", "month")

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DATE_FORMS = "YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD"


class InvalidValue(DyadwatchError):
    """A filter value that names nothing that can exist; one line naming the argument."""

    def __init__(self, argument: str, reason: str) -> None:
        super().__init__(f"{argument}: {reason}")
        self.argument = argument
        self.reason = reason


def _choices(value: str, valid: Iterable[str], what: str) -> str:
    import difflib  # only when a value is wrong

    valid = list(valid)
    close = difflib.get_close_matches(value, valid, n=3, cutoff=0.6)
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    return f"unknown {what} {value!r}{hint}; valid: {', '.join(valid)}"


# ---------------------------------------------------------------- actors

@lru_cache(maxsize=1)
def actor_codes() -> tuple[str, ...]:
    """Codes an event's source or target can carry: countries (ISO 3166-1 alpha-3) and IGOs,
    from the built-in actor dictionary (nlp/data/actors.yaml)."""
    from dyadwatch.datafiles import read_mapping

    # the file, not dyadwatch.nlp: a command that checks a --dyad need not load the actor matcher
    data = read_mapping(Path(__file__).parents[1] / "nlp" / "data" / "actors.yaml", "dictionary file")
    codes = set(data.get("countries") or {}) | set(data.get("igos") or {})
    return tuple(sorted(str(c) for c in codes))


def actor(value: str, argument: str = "--actor") -> str:
    """An actor code, upper-cased; refused unless the actor dictionary knows it."""
    code = value.strip().upper()
    if code not in actor_codes():
        raise InvalidValue(argument, _choices(code, actor_codes(), "actor code"))
    return code


def dyad(value: str, argument: str = "--dyad") -> str:
    """'blr-rus', 'BLR/RUS' -> 'BLR-RUS'; both codes must be known actors."""
    parts = value.strip().upper().replace("/", "-").split("-")
    if len(parts) != 2 or not all(parts):
        raise InvalidValue(argument, f"a dyad is two actor codes like BLR-RUS, not {value!r}")
    return "-".join(actor(p, argument) for p in parts)


# ---------------------------------------------------------------- codes

def _one_of(values: Iterable[str], valid: tuple[str, ...], what: str, argument: str,
            *, upper: bool) -> tuple[str, ...]:
    out: list[str] = []
    for raw in values:
        for v in (x.strip() for x in raw.split(",")):
            if not v:
                continue
            v = v.upper() if upper else v.lower()
            if v not in valid:
                raise InvalidValue(argument, _choices(v, valid, what))
            if v not in out:
                out.append(v)
    return tuple(out)


def event_types(values: Iterable[str], argument: str = "--type") -> tuple[str, ...]:
    """PLOVER types, repeated or comma-separated ('AGREE,consult'), upper-cased."""
    return _one_of(values, PLOVER_TYPES, "event type", argument, upper=True)


def statuses(values: Iterable[str], argument: str = "--status") -> tuple[str, ...]:
    return _one_of(values, EVENT_STATUSES, "status", argument, upper=False)


def language(value: str, argument: str = "--lang", valid: tuple[str, ...] = LANGUAGES) -> str:
    return _one_of([value], valid, "language", argument, upper=False)[0]


def frequency(value: str, argument: str = "--freq") -> str:
    return _one_of([value], FREQUENCIES, "frequency", argument, upper=False)[0]


# ---------------------------------------------------------------- dates

def date_interval(value: str, argument: str = "--from") -> tuple[date, date]:
    """The first and last day named by a year, month, ISO week or day."""
    v = value.strip()
    try:
        if m := _YEAR.match(v):
            y = int(m.group(1))
            return date(y, 1, 1), date(y, 12, 31)
        if m := _MONTH.match(v):
            first = date(int(m.group(1)), int(m.group(2)), 1)
            after = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, after - timedelta(days=1)
        if m := _WEEK.match(v):
            first = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return first, first + timedelta(days=6)
        if m := _DAY.match(v):
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return day, day
    except ValueError as exc:
        raise InvalidValue(argument, f"{value!r} is not a real date ({exc})") from exc
    raise InvalidValue(argument, f"{value!r} is not a date; write {DATE_FORMS}")


def date_range(date_from: str | None, date_to: str | None, *, from_argument: str = "--from",
               to_argument: str = "--to") -> tuple[str | None, str | None]:
    """ISO days (first, last) covered by --from and --to, either may be None.

    '--from 2020-09' starts on 2020-09-01 and '--to 2020-W38' ends on 2020-09-20. A range
    that ends before it starts is refused."""
    first = date_interval(date_from, from_argument)[0] if date_from else None
    last = date_interval(date_to, to_argument)[1] if date_to else None
    if first and last and last < first:
        raise InvalidValue(to_argument, f"{date_to!r} is before {from_argument} {date_from!r}")
    return (first.isoformat() if first else None, last.isoformat() if last else None)


def week(value: str, argument: str = "--week") -> str:
    """An ISO week ('2020-W38', '2020w38') or a day inside it -> '2020-W38'."""
    first, last = date_interval(value, argument)
    if (last - first).days > 6:
        raise InvalidValue(argument, f"{value!r} is not a week; write 2020-W38 or a day in it")
    y, w, _ = first.isocalendar()
    return f"{y}-W{w:02d}"
