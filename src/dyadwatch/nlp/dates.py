"""Find and resolve date expressions in a sentence against the publication date.

``find_dates(text, pub_date, lang)`` returns every temporal expression it can resolve, with
exact character offsets, an ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) and its
granularity (``day``, ``month``, ``year``).

The vocabulary (month and weekday names in all case forms, relative words, and the ordered
list of patterns) is data: ``nlp/lang/<code>/dates.yaml``. This module only expands the
placeholders in those patterns into one compiled alternation per language and resolves the
named groups of each match. It is fast: a sentence with no digit and no date word is
rejected with one token-set lookup, and everything is compiled once per language.

Resolution rules (see also the module tests):

* Explicit years win. Year-less dates take the reference year (the publication date's); a
  date that would then lie more than a week after the reference moves to the previous year,
  unless the sentence speaks of the future ("will", "is scheduled to", "состоится", ...), in
  which case a date more than a week *before* the reference moves to the next year.
* Ranges ("14–15 December", "October 11th and 12th") resolve to their first day; the last
  day is kept in ``end_value``.
* A day of the month alone ("on the 20th", "20-го числа") is in the reference month, or the
  month before where it would follow the reference (the month after, about the future).
* Weekdays: "last Tuesday" is the latest Tuesday strictly before the reference, "next
  Tuesday" the first strictly after. A bare "on Tuesday" is the latest Tuesday on or before
  the reference, or, in a sentence about the future, the first one after it.
* "last/this/next year|month|week", "N days ago", "yesterday", "by the end of the year" shift
  the reference. A week has no granularity of its own: it resolves to the month that holds its
  Monday ("over the past week": the reference's week).
* Seasons ("last autumn", "этой весной") resolve to a year: the latest such season that has
  ended, the reference's, or the first to begin after it.
* Anaphoric expressions ("the previous day", "накануне", "the following year") shift the
  ``anchor`` (the last explicit date the caller met in the document), or the reference
  when there is none.
* When the publication date is coarser than the expression (pub_date "2021-02", text
  "yesterday"), the result is given at the publication date's granularity.
* "in the coming weeks", "in recent months", "the 1990s" are recognised as *not* dates.
* Without a publication date, only expressions carrying their own year are returned.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from dyadwatch.datafiles import load_yaml

__all__ = ["DateMention", "find_dates", "parse_iso", "supported_languages"]

LANG_DIR = Path(__file__).resolve().parent / "lang"
_GRAN_RANK = {"day": 0, "month": 1, "year": 2}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}
_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_PREV_WORD = re.compile(r"(\w+)[\s,]*$")
_LOOKBACK = 6  # tokens a pattern may hold before its first date word


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    granularity: str  # day | month | year
    end_value: str | None = None  # last day of a range ("14–15 December" -> the 15th)
    preposition: str | None = None  # the word just before, lower case ("since", "с", "until")


@dataclass(frozen=True)
class _Ref:
    day: date
    granularity: str


@dataclass(frozen=True)
class _Lang:
    regex: re.Pattern[str]
    specs: tuple[dict[str, Any], ...]
    months: dict[str, int]
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    rel: dict[str, int]
    numbers: dict[str, int | None]
    units: dict[str, str]
    seasons: dict[str, tuple[int, int]]  # season word -> its first and last month
    future: re.Pattern[str] | None
    report: re.Pattern[str] | None  # reporting verbs: a clause with one has its own tense
    triggers: frozenset[str]
    leads: frozenset[str]  # words a pattern may hold before its first date word


def supported_languages() -> list[str]:
    return sorted(p.parent.name for p in LANG_DIR.glob("*/dates.yaml"))


def _alternation(words: Any) -> str:
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _load(lang: str) -> _Lang | None:
    path = LANG_DIR / lang / "dates.yaml"
    if not path.is_file():
        return None
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    months = {str(k).lower(): int(v) for k, v in (data.get("months") or {}).items()}
    weekdays = {str(k).lower(): int(v) for k, v in (data.get("weekdays") or {}).items()}
    rel = {str(k).lower(): int(v) for k, v in (data.get("rel") or {}).items()}
    numbers = {str(k).lower(): (None if v is None else int(v))
               for k, v in (data.get("numbers") or {}).items()}
    units = {str(k).lower(): str(v) for k, v in (data.get("units") or {}).items()}
    seasons = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in (data.get("seasons") or {}).items()}
    ordinal = data.get("ordinal") or "(?!)"
    rng = data.get("range") or r"\s*[-–—]\s*"
    mod = data.get("mod") or "(?!)"
    pre = data.get("pre") or "(?!)"
    num_alt = _alternation(numbers) if numbers else "(?!)"
    specs: list[dict[str, Any]] = []
    parts: list[str] = []
    for i, spec in enumerate(data.get("patterns") or []):
        body = str(spec["re"])
        repl = {
            "{MONTH}": rf"(?P<month>{_alternation(months)})",
            "{WEEKDAY}": rf"(?P<wday>{_alternation(weekdays)})",
            "{DAY}": r"(?P<day>[12]\d|3[01]|0?[1-9])",
            "{DAY2}": r"(?P<day2>[12]\d|3[01]|0?[1-9])",
            "{YEAR}": r"(?P<year>(?:1[89]|20)\d\d)(?!\d)",
            "{YEAR2}": r"(?P<year2>(?:1[89]|20)\d\d)(?!\d)",
            "{REL}": rf"(?P<rel>{_alternation(rel)})",
            "{NUM}": rf"(?P<num>\d{{1,3}}|{num_alt})",
            "{UNIT}": rf"(?P<unit>{_alternation(units)})",
            "{SEASON}": rf"(?P<season>{_alternation(seasons) if seasons else '(?!)'})",
            "{ORD}": f"(?:{ordinal})",
            "{RANGE}": f"(?:{rng})",
            "{MOD}": f"(?:{mod})",
            "{PRE}": f"(?P<pre>{pre})",
        }
        for key, value in repl.items():
            body = body.replace(key, value)
        # make group names unique across the alternation: <name>_<pattern index>
        body = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}_{i}>", body)
        parts.append(f"(?P<p{i}>{body})")
        specs.append(dict(spec))
    regex = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
    future = data.get("future_cues")
    triggers = set(data.get("trigger_words") or [])
    for word in (*months, *weekdays, *rel, *units, *seasons):
        triggers.update(t.lower() for t in _TOKEN.findall(word))
    leads: set[str] = set(numbers)
    for source in (pre, mod, rng, *(str(sp["re"]) for sp in specs)):
        source = re.sub(r"\(\?P<\w+>|\{[A-Z0-9]+\}|\\[a-zA-Z]", " ", source)
        leads.update(w.lower() for w in re.findall(r"[^\W\d_]+", source))
    return _Lang(
        regex=regex, leads=frozenset(leads), specs=tuple(specs), months=months,
        ambiguous=frozenset(str(w).lower() for w in data.get("ambiguous_months") or []),
        weekdays=weekdays, rel=rel, numbers=numbers, units=units, seasons=seasons,
        future=re.compile(future, re.IGNORECASE) if future else None,
        report=re.compile(data["report_cues"], re.IGNORECASE) if data.get("report_cues") else None,
        triggers=frozenset(t.lower() for t in triggers),
    )


def parse_iso(value: str | None) -> tuple[date, str] | None:
    """Parse YYYY-MM-DD / YYYY-MM / YYYY into (a representative day, granularity).

    Month and year values are represented by their LAST day: a text published some time in
    February 2021 can speak of any day up to the end of that month.
    """
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*", str(value))
    if not m:
        return None
    try:
        y = int(m.group(1))
        if m.group(3):
            return date(y, int(m.group(2)), int(m.group(3))), "day"
        if m.group(2):
            mo = int(m.group(2))
            return date(y, mo, calendar.monthrange(y, mo)[1]), "month"
        return date(y, 12, 31), "year"
    except ValueError:
        return None


def _fmt(d: date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _coarser(a: str, b: str) -> str:
    return a if _GRAN_RANK[a] >= _GRAN_RANK[b] else b


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    y, mo = divmod(total, 12)
    return date(y, mo + 1, min(d.day, calendar.monthrange(y, mo + 1)[1]))


def _shift(d: date, unit: str, n: int) -> tuple[date, str]:
    if unit == "day":
        return d + timedelta(days=n), "day"
    if unit == "week":
        monday = d - timedelta(days=d.weekday()) + timedelta(weeks=n)
        return monday, "month"
    if unit == "month":
        return _add_months(d, n), "month"
    return date(d.year + n, 1, 1) if 1 <= d.year + n <= 9999 else d, "year"


class _Resolver:
    """Resolves one match; holds the lazily computed 'is this sentence about the future'."""

    def __init__(self, lang: _Lang, text: str, ref: _Ref | None, anchor: _Ref | None,
                 future: bool | None = None) -> None:
        self.lang = lang
        self.text = text
        self.ref = ref
        self.anchor = anchor or ref
        self.forced = future  # the caller knows the tense (an event's status): no cue is read
        self._future: bool | None = None

        self.at: int | None = None  # where the match being resolved starts

    @property
    def future(self) -> bool:
        if self.forced is not None:
            return self.forced
        if self.at is not None:
            # the clause around the expression: in "Russia will lend $1.5bn, Putin said on
            # Monday" the "will" is not the Monday's tense
            a = max(self.text.rfind(c, 0, self.at) for c in ",;—(")
            b = min([k for k in (self.text.find(c, self.at) for c in ",;—)") if k >= 0] or [len(self.text)])
            clause = self.text[a + 1:b]
            if self.lang.report is not None and self.lang.report.search(clause):
                return bool(self.lang.future and self.lang.future.search(clause))
        if self._future is None:
            self._future = bool(self.lang.future and self.lang.future.search(self.text))
        return self._future

    def _year_for(self, month: int, day: int | None) -> int | None:
        """The year of a year-less date, chosen around the reference."""
        if self.ref is None:
            return None
        ref = self.ref.day
        y = ref.year
        try:
            first = date(y, month, day or 1)
            last = date(y, month, day or calendar.monthrange(y, month)[1])
        except ValueError:  # 29 February in a common year
            return y if day is None else (y - 1 if not self.future else y + 1)
        if self.future:
            if last < ref - timedelta(days=7):
                return y + 1
        elif first > ref + timedelta(days=7):
            return y - 1
        return y

    def resolve(self, kind: str, spec: dict[str, Any], g: dict[str, str]) -> tuple[str, str, str | None] | None:
        lang = self.lang
        if kind in ("iso", "numeric", "date"):
            if "month_num" in g:
                month = int(g["month_num"])
            elif "month_roman" in g:
                month = _ROMAN[g["month_roman"].upper()]
            else:
                word = g["month"]
                low = word.lower().rstrip(".")
                if low in lang.ambiguous and not word[:1].isupper():
                    return None
                month = lang.months[low]
            day = int(g["day"]) if "day" in g else None
            if "year" in g:
                year: int | None = int(g["year"])
            elif "rel" in g:
                if self.ref is None:
                    return None
                year = self.ref.day.year + lang.rel[g["rel"].lower()]
            else:
                year = self._year_for(month, day)
            if year is None:
                return None
            try:
                d = date(year, month, day or 1)
            except ValueError:
                return None
            end_value = None
            if "day2" in g:
                try:
                    d2 = date(year, month, int(g["day2"]))
                    if d2 > d:
                        end_value = d2.isoformat()
                except ValueError:
                    pass
            return _fmt(d, "day" if day else "month"), "day" if day else "month", end_value
        if kind == "year":
            return f"{int(g['year']):04d}", "year", None
        if self.ref is None:
            return None
        if kind == "monthrel":
            month = lang.months[g["month"].lower().rstrip(".")]
            off = lang.rel[g["rel"].lower()]
            ref = self.ref.day
            y = ref.year
            if off < 0:
                y = ref.year if month < ref.month else ref.year - 1
                y += off + 1
            elif off > 0:
                y = ref.year if month > ref.month else ref.year + 1
                y += off - 1
            return f"{y:04d}-{month:02d}", "month", None
        if kind == "season":
            # "last autumn": the latest one that has ended; "next spring": the first one to begin
            first, last = lang.seasons[g["season"].lower()]
            off = lang.rel[g["rel"].lower()]
            ref = self.ref.day
            y = ref.year
            if off < 0:
                y = (ref.year if last < ref.month else ref.year - 1) + off + 1
            elif off > 0:
                y = (ref.year if first > ref.month else ref.year + 1) + off - 1
            return f"{y:04d}", "year", None
        if kind == "monthday":
            # "on the 20th": that day of the reference month, else of the month before (after, for
            # the future) where it would lie on the wrong side of the reference
            ref = self.ref.day
            day = int(g["day"])
            shift = 0
            if self.future and day < ref.day:
                shift = 1
            elif not self.future and day > ref.day:
                shift = -1
            first = _add_months(date(ref.year, ref.month, 1), shift)
            if day > calendar.monthrange(first.year, first.month)[1]:
                return None
            gran = _coarser("day", self.ref.granularity)
            return _fmt(date(first.year, first.month, day), gran), gran, None
        if kind == "weekday":
            wd = lang.weekdays[g["wday"].lower()]
            ref = self.ref.day
            off = lang.rel[g["rel"].lower()] if "rel" in g else None
            back = (ref.weekday() - wd) % 7
            fwd = (wd - ref.weekday()) % 7
            if off is not None and off < 0:
                d = ref - timedelta(days=back or 7)
            elif off is not None and off > 0:
                d = ref + timedelta(days=fwd or 7)
            elif off == 0 or self.future:
                d = ref + timedelta(days=fwd)
                if off is None and fwd == 0:
                    d = ref + timedelta(days=7)
            else:
                d = ref - timedelta(days=back)
            gran = _coarser("day", self.ref.granularity)
            return _fmt(d, gran), gran, None
        if kind == "shift":
            base = self.anchor if spec.get("anchor") else self.ref
            assert base is not None
            unit = spec.get("unit") or lang.units[g["unit"].lower()]
            if "num" in g:
                raw = g["num"].lower()
                count = int(raw) if raw.isdigit() else lang.numbers.get(raw)
                if count is None:
                    return None
                n = count * int(spec.get("sign", -1))
            elif "unit" in g and "rel" not in g and "offset" not in spec:
                n = int(spec.get("sign", -1))  # "год назад": one unit
            elif "rel" in g:
                n = lang.rel[g["rel"].lower()]
            else:
                n = int(spec.get("offset", 0))
            d, gran = _shift(base.day, unit, n)
            gran = _coarser(gran, base.granularity)
            return _fmt(d, gran), gran, None
        return None


def _groups(m: re.Match[str], i: int) -> dict[str, str]:
    suffix = f"_{i}"
    out: dict[str, str] = {}
    for name, value in m.groupdict().items():
        if value is not None and name.endswith(suffix) and not name.startswith("p"):
            out[name[: -len(suffix)]] = value
    return out


def find_dates(text: str, pub_date: str | None, lang: str = "en",
               anchor: str | None = None, future: bool | None = None) -> list[DateMention]:
    """Every resolvable date expression in `text`, sorted by start offset.

    `pub_date` (YYYY-MM-DD, YYYY-MM or YYYY) anchors relative expressions; `anchor` (same
    format) is the last explicit date met before this text in the same document and anchors
    anaphoric ones ("the previous day"). `future`, where given, is the tense that resolves a
    bare weekday or a year-less date instead of the sentence's cues (a coder that knows the
    event's status). Unknown languages fall back to English.
    """
    if not text:
        return []
    data = _load(lang) or _load("en")
    if data is None:
        return []
    # Candidate starts: each token that can belong to a date (a digit, a month, a weekday,
    # a relative word) and the few tokens before it (prepositions, "the end of", ...).
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    starts: set[int] = set()
    for idx, (pos, tok) in enumerate(tokens):
        if tok.lower() in data.triggers or _DIGIT.search(tok):
            starts.add(pos)
            back = idx - 1
            while back >= 0 and idx - back <= _LOOKBACK:
                prev_pos, prev = tokens[back]
                joined = text[prev_pos + len(prev):tokens[back + 1][0]] == "-"
                if prev.lower() not in data.leads and not joined:
                    break
                starts.add(prev_pos)
                back -= 1
    if not starts:
        return []
    parsed = parse_iso(pub_date)
    ref = _Ref(*parsed) if parsed else None
    parsed_anchor = parse_iso(anchor)
    resolver = _Resolver(data, text, ref, _Ref(*parsed_anchor) if parsed_anchor else None, future)
    out: list[DateMention] = []
    last_end = -1
    for pos in sorted(starts):
        if pos < last_end:
            continue
        m = data.regex.match(text, pos)
        if m is None:
            continue
        last_end = m.end()
        name = m.lastgroup or ""
        if not name.startswith("p"):
            continue
        i = int(name[1:])
        spec = data.specs[i]
        kind = str(spec.get("kind", "date"))
        if kind == "none":
            continue
        g = _groups(m, i)
        resolver.at = m.start()
        try:
            resolved = resolver.resolve(kind, spec, g)
        except (KeyError, ValueError, OverflowError):
            resolved = None
        if resolved is None:
            continue
        value, gran, end_value = resolved
        start, end = m.start(), m.end()
        pre = m.group(f"pre_{i}") if f"pre_{i}" in data.regex.groupindex else None
        if pre:
            start = m.start(f"pre_{i}") + len(pre)
            while start < end and text[start].isspace():
                start += 1
        while end > start and text[end - 1] in " ,":
            end -= 1
        before = _PREV_WORD.search(text, max(0, start - 24), start)
        prep = before.group(1).lower() if before else None
        out.append(DateMention(start, end, text[start:end], value, gran, end_value, prep))
    return out
