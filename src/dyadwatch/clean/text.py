"""Cleaning plain-text scrapes: drop boilerplate lines, find the article, read its header.

The rules are data (clean/lang/*/boilerplate.yaml); this module applies them in order:
1. lines are grouped into blocks (separated by blank lines); hard-wrapped lines are joined;
2. each line is marked boilerplate when a rule says so (widgets, subscription boxes, poll
   questions/answers/results, captions, photo credits and the related-article promo that
   follows a credit in its block);
3. the header (lines before the first body paragraph) gives title, author, date and site;
4. a block that is mostly boilerplate goes whole (the description inside a subscription box);
5. the article runs from the first to the last body paragraph; short lines without sentence
   punctuation inside it stay only as headings (a lone line followed by a body paragraph);
   runs of such lines (menus) and everything outside the article go.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dyadwatch.clean.meta import parse_date_line
from dyadwatch.clean.rules import Rules, load_rules

BODY_MIN_WORDS = 6  # with sentence punctuation at the end
BODY_LONG_WORDS = 15  # without it
HEADING_MAX_WORDS = 16
MENU_RUN = 3  # this many short lines in a row are a menu
CONTAMINATED_SHARE = 0.5  # a block with this share of boilerplate lines goes whole
BOX_BLOCK_MAX_LINES = 6

_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙*]|-(?=\s)|–(?=\s))\s*")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_NAME = re.compile(
    r"^(?:[A-ZА-ЯЁІЎЇЄ][a-zа-яёіўїє'’\-]+\.?\s+){1,3}[A-ZА-ЯЁІЎЇЄ][a-zа-яёіўїє'’\-]+$"
)
_NAMES = re.compile(rf"^{_NAME.pattern[1:-1]}(?:\s*(?:,|and|и)\s*{_NAME.pattern[1:-1]})*$")


@dataclass
class Line:
    text: str
    block: int
    kind: str = ""  # "" (undecided), "boiler", "meta"


@dataclass
class TextResult:
    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    pub_date: str | None = None
    pub_date_granularity: str | None = None
    site: str | None = None
    dropped: list[str] = field(default_factory=list)  # for debugging and tests


def words(text: str) -> int:
    return len(_WORD.findall(text))


def is_body(text: str) -> bool:
    n = words(text)
    return (n >= BODY_MIN_WORDS and bool(_SENTENCE_END.search(text))) or n >= BODY_LONG_WORDS


def split_lines(text: str) -> tuple[list[Line], bool]:
    """Lines with their block numbers; hard-wrapped lines joined. Also: were there blank lines?"""
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\u00a0", " ")
    raw = text.split("\n")
    has_blanks = any(not ln.strip() for ln in raw[1:-1])
    wrapped = _looks_hard_wrapped([ln for ln in raw if ln.strip()])
    lines: list[Line] = []
    block = 0
    prev_blank = True
    for ln in raw:
        stripped = ln.strip()
        if not stripped:
            if not prev_blank:
                block += 1
            prev_blank = True
            continue
        bullet = bool(_BULLET.match(ln))
        stripped = _BULLET.sub("", ln).strip()
        if not stripped:
            continue
        if (lines and not prev_blank and not bullet and lines[-1].block == block
                and _continues(lines[-1].text, stripped, wrapped)):
            lines[-1].text = f"{lines[-1].text} {stripped}"
        else:
            lines.append(Line(re.sub(r"\s+", " ", stripped), block))
        prev_blank = False
    return lines, has_blanks


def _looks_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 4:
        return False
    lengths = [len(ln) for ln in lines]
    mid = sum(1 for n in lengths if 50 <= n <= 100)
    return max(lengths) <= 110 and mid / len(lengths) >= 0.6


def _continues(prev: str, nxt: str, wrapped: bool) -> bool:
    if _TERMINAL.search(prev):
        return False
    if nxt[:1].islower():
        return True
    return wrapped and len(prev) >= 50


def clean_text_lines(text: str, rules: Rules | None = None) -> TextResult:
    rules = rules or load_rules()
    lines, has_blanks = split_lines(text)
    _mark_boilerplate(lines, rules)
    result = TextResult(paragraphs=[])
    first_body = next((i for i, ln in enumerate(lines) if not ln.kind and is_body(ln.text)), None)
    header = lines[:first_body] if first_body is not None else lines
    _read_header(header, rules, result)
    _drop_contaminated_blocks(lines)
    body_idx = [i for i, ln in enumerate(lines) if ln.kind == "" and is_body(ln.text)]
    if not body_idx:
        result.dropped = [ln.text for ln in lines]
        return result
    start, end = body_idx[0], body_idx[-1]
    keep: list[int] = []
    for i in range(start, end + 1):
        ln = lines[i]
        if ln.kind or _byline(ln.text, rules) is not None:
            continue
        if is_body(ln.text):
            keep.append(i)
            continue
        if words(ln.text) > HEADING_MAX_WORDS or _in_menu_run(lines, i, start, end):
            continue
        standalone = not has_blanks or _block_size(lines, ln.block) == 1
        nxt = next((j for j in range(i + 1, end + 1) if not lines[j].kind), None)
        if standalone and nxt is not None and is_body(lines[nxt].text):
            keep.append(i)
    kept = set(keep)
    result.paragraphs = [lines[i].text for i in keep]
    result.dropped = [ln.text for i, ln in enumerate(lines) if i not in kept]
    return result


def _mark_boilerplate(lines: list[Line], rules: Rules) -> None:
    n = len(lines)
    for i, ln in enumerate(lines):
        t = ln.text
        if (rules.lines.fullmatch(t) or rules.widgets.fullmatch(t) or rules.captions.fullmatch(t)
                or rules.poll_results.fullmatch(t)):
            ln.kind = "boiler"
        elif rules.credits.fullmatch(t):
            ln.kind = "boiler"
            # the related-article promo after a credit: "Name:" and title lines in its block
            for j in range(i + 1, n):
                if lines[j].block != ln.block or is_body(lines[j].text):
                    break
                lines[j].kind = "boiler"
    # an author's name followed by a line of credentials ("Ph.D. in ..., Research Fellow at ...")
    for i in range(n - 1):
        nxt = lines[i + 1].text
        if (not ln_kind(lines[i]) and _NAMES.match(lines[i].text) and words(lines[i].text) <= 8
                and rules.bio.fullmatch(nxt) and not _SENTENCE_END.search(nxt)):
            lines[i].kind = "author"
            lines[i + 1].kind = "boiler"
    # polls: each result's answer line before it, and the question before the first answer
    results = [i for i, ln in enumerate(lines) if rules.poll_results.fullmatch(ln.text)]
    answers: set[int] = set()
    for i in results:
        if i > 0 and i - 1 not in results:
            answers.add(i - 1)
            lines[i - 1].kind = "boiler"
    for i in sorted(answers):
        q = i - 1
        if q >= 0 and q not in answers and q not in results:
            qt = lines[q].text
            if qt.endswith("?") or re.match(r"^\d+[.)]\s", qt):
                lines[q].kind = "boiler"
    # the block after a box header ("Subscribe to our newsletter") when it is short
    for ln in lines:
        if rules.box_headers.fullmatch(ln.text):
            nxt_block = ln.block + 1
            members = [x for x in lines if x.block == nxt_block]
            if members and len(members) <= BOX_BLOCK_MAX_LINES and sum(is_body(x.text) for x in members) <= 1:
                for x in members:
                    x.kind = "boiler"


def ln_kind(line: Line) -> str:
    return line.kind


def _drop_contaminated_blocks(lines: list[Line]) -> None:
    blocks: dict[int, list[Line]] = {}
    for ln in lines:
        blocks.setdefault(ln.block, []).append(ln)
    for members in blocks.values():
        if len(members) < 2:
            continue
        boiler = sum(1 for x in members if x.kind == "boiler")
        if boiler and boiler / len(members) >= CONTAMINATED_SHARE and len(members) <= 12:
            for x in members:
                x.kind = x.kind or "boiler"


def _block_size(lines: list[Line], block: int) -> int:
    return sum(1 for ln in lines if ln.block == block)


def _in_menu_run(lines: list[Line], i: int, start: int, end: int) -> bool:
    def short(j: int) -> bool:
        return not lines[j].kind and not is_body(lines[j].text)

    lo = i
    while lo - 1 >= start and short(lo - 1):
        lo -= 1
    hi = i
    while hi + 1 <= end and short(hi + 1):
        hi += 1
    return hi - lo + 1 >= MENU_RUN


def _byline(text: str, rules: Rules) -> str | None:
    """'' for a byline without a name ("by"), the name for "By Jane Doe", None otherwise."""
    for p in rules.bylines:
        m = p.fullmatch(text)
        if m:
            name = (m.groupdict().get("author") or "").strip(" ,;:")
            return name if _NAMES.match(name) else ("" if not name else None)
    return None


def _read_header(header: list[Line], rules: Rules, result: TextResult) -> None:
    candidates: list[str] = []
    for ln in header:
        if ln.kind == "author" and not result.author:
            result.author = ln.text
    live = [ln for ln in header if ln.kind not in ("boiler", "author")]
    counts = Counter(ln.text for ln in live)
    for k, ln in enumerate(live):
        t = ln.text
        ln.kind = ln.kind or "meta"
        if result.pub_date is None:
            got = parse_date_line(t)
            if got:
                result.pub_date, result.pub_date_granularity = got
                continue
        name = _byline(t, rules)
        if name is not None:
            if name and not result.author:
                result.author = name
            continue
        meta = next((m for p in rules.metadata if (m := p.fullmatch(t))), None)
        if meta:
            site = (meta.groupdict().get("site") or "").strip()
            if site and not result.site:
                result.site = site
            continue
        if _NAMES.match(t) and words(t) <= 8:
            after = live[k + 1].text if k + 1 < len(live) else ""
            before = live[k - 1].text if k > 0 else ""
            if rules.bio.fullmatch(after) or _byline(before, rules) == "":
                result.author = result.author or t
                continue
        if k > 0 and result.author and live[k - 1].text == result.author and rules.bio.fullmatch(t):
            continue  # the author's credentials
        if words(t) >= 2 and parse_date_line(t) is None:
            candidates.append(t)
    repeated = [t for t in candidates if counts[t] > 1]
    if repeated:
        result.title = repeated[0]
    elif candidates:
        result.title = candidates[-1]
