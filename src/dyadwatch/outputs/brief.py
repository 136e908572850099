"""Weekly briefs for a dyad: the verdict and its reasons, key events with quotes and links,
what is planned or forecast, figures and analysts' expectations, and the index chart.

Markdown and HTML come from Jinja2 templates under templates/. Every piece of text from
documents is escaped (HTML autoescape; Markdown specials backslashed) and only http(s) URLs
become links. The same store gives the same brief, byte for byte: there is no clock in it
unless `generated` is passed in.

Every count is computed once here and shown the same in each place: "distinct events" are the
week's counted events (status weight above 0), the ones the verdict and the index's scale use;
events reported but weighted 0 are listed apart. A brief stays a page at any store size: it
lists the week's strongest `brief.events` events (settings), each with `brief.other_sources`
further sources, and says how many more there are; only the listed events' mentions are read.
Its Sources are the documents its lines cite (the others counted), and its figures come from
those and from the week's documents about the pair. "Coming up" lists only what is dated after
the brief's week. With `link_base` (the dashboard's address; "" when the dashboard serves the
brief itself) each event and source links to its page there.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from sqlalchemy import Engine, and_, func, or_, select

from dyadwatch.analysis.index import (
    Unit,
    check_dyad,
    compute_index,
    dyad_units,
    normalise_week,
    pair_condition,
    period_bounds,
    period_key,
    unit_period,
    unit_query,
    units_from_rows,
)
from dyadwatch.analysis.materialised import usable
from dyadwatch.analysis.settings import resolve
from dyadwatch.analysis.verdict import (
    _reason,
    add_sentences,
    baseline_start,
    stored_weeks,
    verdict_from_table,
    verdict_from_units,
    weekly_verdict,
)
from dyadwatch.datafiles import load_yaml
from dyadwatch.errors import DyadwatchError
from dyadwatch.outputs.amounts import format_amount
from dyadwatch.outputs.jinja import bytecode_cache
from dyadwatch.outputs.outlets import outlets
from dyadwatch.store import schema as t
from dyadwatch.store.events import EventFilter

TEMPLATES = Path(__file__).with_name("templates")
CHART_WEEKS = 26  # weeks of index shown up to the brief's week
AHEAD_DAYS = 56  # planned and forecast events this far after the week
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    data = load_yaml(Path(__file__).with_name("names.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in (data or {}).items()}


def name_of(code: str | None) -> str:
    return country_names().get(code or "", code or "?")


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (no javascript:, data:, file: links)."""
    if url and re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def md_escape(text: Any) -> str:
    if text is None:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def md_url(url: str | None) -> str:
    return (url or "").replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def _env(fmt: str) -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined,
                      autoescape=select_autoescape(["html", "html.j2"]) if fmt == "html" else False,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      bytecode_cache=bytecode_cache(f"brief_{fmt}"))
    env.filters["md"] = md_escape
    env.filters["amount"] = format_amount
    env.filters["md_url"] = md_url
    env.filters["safe_url"] = safe_url
    env.filters["name"] = name_of
    env.filters["signed"] = lambda x, n=1: "n/a" if x is None else f"{x:+.{n}f}"
    return env


def _pair_cond(table: Any, a: str, b: str) -> Any:
    """Rows of the pair, as a condition that matches no index (`source || ''`): it filters rows
    found by their document; by the pair's index SQLite would read every row of the pair."""
    src, tgt = table.c.source.concat(""), table.c.target.concat("")
    return or_(and_(src == a, tgt == b), and_(src == b, tgt == a))


def _shown(conn: Any, table: Any, keys: dict[str, tuple[str, int]], published: dict[str, Any],
           limit: int) -> tuple[list[dict[str, Any]], int]:
    """The first `limit` of some figures or judgments (`keys`: id -> document and offset) in
    document order (publication date, document, offset), with their sentence and document,
    and how many more there are: only those shown are read whole."""
    def order(i: str) -> tuple[bool, str, str, int, str]:
        doc, start = keys[i]
        return published.get(doc) is not None, published.get(doc) or "", doc, start, i

    first = sorted(keys, key=order)[:limit]
    x, d = table.c, t.documents.c
    rows = [dict(r._mapping) for r in conn.execute(
        select(table, d.title.label("doc_title"), d.url.label("doc_url"), d.site.label("doc_site"),
               t.sentences.c.text.label("sentence"))
        .join(t.documents, d.id == x.document_id)
        .join(t.sentences, t.sentences.c.id == x.sentence_id)
        .where(x.id.in_(first)))] if first else []
    rank = {k: n for n, k in enumerate(first)}
    return sorted(rows, key=lambda r: rank[r["id"]]), max(0, len(keys) - limit)


def _extras(engine: Engine, a: str, b: str, start: date, end: date, doc_ids: list[str],
            limit: int) -> tuple[tuple[list[dict[str, Any]], int], tuple[list[dict[str, Any]], int]]:
    """Figures from some documents (the ones a brief cites) and the pair's own from the week's
    documents, and judgments about the dyad published that week (or dated in it), the first
    `limit` of each in document order and how many more.
    Empty lists when issue 9's extractor has not filled the tables.

    The rows are found from the week's documents (by publication date) and the dyad's
    figures and judgments dated in the week (summaries.dyad_extracts), so the cost is the
    week's, not the dyad's history; their order comes from those reads, and only the rows
    shown are read with their text."""
    d = t.documents.c
    lo, hi = start.isoformat(), end.isoformat()
    f, j, x = t.figures.c, t.judgments.c, t.dyad_extracts.c
    # a figure of no party or of one of the pair (coalesce: a condition no index matches, so
    # the documents drive the read)
    own = func.coalesce(f.source, "").in_(["", a, b])
    with engine.connect() as conn:
        published: dict[str, Any] = dict(conn.execute(  # type: ignore[arg-type]
            select(d.id, d.pub_date).where(d.pub_date >= lo, d.pub_date <= hi)).all())
        figs: dict[str, tuple[str, int]] = {}
        judgments: dict[str, tuple[str, int]] = {
            i: (doc, st) for i, doc, st in conn.execute(select(x.id, x.document_id, x.start).where(
                x.kind == "judgment", x.a == min(a, b), x.b == max(a, b), x.ref_date >= lo,
                x.ref_date <= hi))}
        for k in range(0, len(doc_ids), 500):
            figs.update((i, (doc, st)) for i, doc, st in conn.execute(
                select(f.id, f.document_id, f.start).where(f.document_id.in_(doc_ids[k:k + 500]), own)))
        # the pair's own from the week's documents: one join driven by the documents' dates
        # (not a list of their ids: a busy week publishes thousands)
        in_week = (d.pub_date >= lo, d.pub_date <= hi)
        figs.update((i, (doc, st)) for i, doc, st in conn.execute(
            select(f.id, f.document_id, f.start).join(t.documents, d.id == f.document_id)
            .where(*in_week, own, _pair_cond(t.figures, a, b))))
        judgments.update((i, (doc, st)) for i, doc, st in conn.execute(
            select(j.id, j.document_id, j.start).join(t.documents, d.id == j.document_id)
            .where(*in_week, _pair_cond(t.judgments, a, b))))
        others = sorted({doc for doc, _ in (*figs.values(), *judgments.values())} - published.keys())
        for i in range(0, len(others), 500):
            published.update(conn.execute(  # type: ignore[arg-type]
                select(d.id, d.pub_date).where(d.id.in_(others[i:i + 500]))).all())
        return _shown(conn, t.figures, figs, published, limit), \
            _shown(conn, t.judgments, judgments, published, limit)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def day_label(d: date, *, year: bool = True) -> str:
    """'2 October 2017', independent of the locale."""
    return f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def _event_row(u: Unit, link_base: str | None, names: dict[str, str],
               max_sources: int) -> dict[str, Any]:
    row = _reason(u)
    row["more_sources"] = max(0, len(row["other_sources"]) - max_sources)
    row["other_sources"] = row["other_sources"][:max_sources]
    row["page"] = None if link_base is None else f"{link_base}/event/{row['event_id']}"
    _outlet_names([row, *row["other_sources"]], names, "site")
    return row


def _outlet_names(rows: list[dict[str, Any]], names: dict[str, str], key: str) -> None:
    for r in rows:
        if r.get(key):
            r[key] = names.get(r[key], r[key])


def _figure_rows(figures: list[dict[str, Any]], link_base: str | None) -> list[dict[str, Any]]:
    """One row per amount stated in a sentence: the same sentence and amount from several
    documents (a republished or translated article) is shown once, with its first source."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for f in figures:
        amount = format_amount(f)
        key = (" ".join((f["sentence"] or "").split()).casefold(), amount,
               str(f["measure"] or f["kind"]))
        if key in seen:
            continue
        seen.add(key)
        out.append({**f, "amount": amount, "source_name": source_name(f["doc_title"], f["doc_site"]),
                    "page": None if link_base is None else f"{link_base}/document/{f['document_id']}"})
    return out


def source_name(title: str | None, site: str | None) -> str:
    """What a reader is told a source is: its title, else its site; never a document id."""
    return (title or "").strip() or (site or "").strip() or "untitled document"


def counted_by_period(units: list[Unit], freq: str) -> dict[str, int]:
    """Distinct counted events (weight above 0) per period: the verdict's `events`."""
    out: dict[str, int] = {}
    for u in units:
        key = unit_period(u, freq)
        if key and u.weight > 0:
            out[key] = out.get(key, 0) + 1
    return out


AHEAD_STATUSES = ("planned", "forecast")


def _stored_weeks(engine: Engine, a: str, b: str,
                  cfg: dict[str, Any]) -> tuple[date | None, dict[str, int]] | None:
    """From the stored index: the first day of the dyad's first week with events, and the
    counted events of each week; None when it cannot serve these settings."""
    p = t.index_periods.c
    lo, hi = sorted((a, b))
    with engine.connect() as conn:
        if not usable(conn, cfg):
            return None
        first = conn.execute(select(func.min(p.period_start)).where(
            p.a == lo, p.b == hi, p.freq == "week")).scalar_one()
        counted = {k: int(n) for k, n in conn.execute(select(p.period, p.counted).where(
            p.a == lo, p.b == hi, p.freq == "week", p.counted > 0))}
    return (date.fromisoformat(first) if first else None), counted


def _cluster_units(conn: Any, ids: list[str], a: str, b: str, cfg: dict[str, Any]) -> list[Unit]:
    """The units of some clusters, from their mentions; a sentence is read only for the
    mentions a brief's line quotes or names (`_with_sentences`): a busy event has hundreds
    of reports, each a read of the sentences table."""
    rows = []
    for i in range(0, len(ids), 500):
        rows += [dict(r._mapping, sentence=None) for r in conn.execute(
            unit_query(EventFilter(), sentence=False).where(t.events.c.cluster_id.in_(ids[i:i + 500])))]
    units = units_from_rows(rows, a, b, False, cfg, dict(cfg["status_weights"]))
    _with_sentences(conn, units, int(cfg["brief"]["other_sources"]))
    return units


def _with_sentences(conn: Any, units: list[Unit], max_sources: int) -> None:
    """The sentences of the mentions a brief's line shows: each unit's representative and the
    first mention of each of the next `max_sources` documents (what `_event_row` keeps)."""
    shown: list[dict[str, Any]] = []
    for u in units:
        docs: set[str] = set()
        for m in u.members:
            if m["document_id"] not in docs:
                docs.add(m["document_id"])
                shown.append(m)
                if len(docs) > max_sources:
                    break
    add_sentences(conn, shown)


def _ahead_units(engine: Engine, a: str, b: str, end: date, horizon: date,
                 cfg: dict[str, Any], limit: int) -> tuple[list[Unit], int]:
    """The first `limit` planned and forecast events dated after `end` up to `horizon` and
    known by `end` (a clustered store: their clusters in date order, then the mentions of
    `limit` clusters at a time until enough are found), and how many such clusters were not
    read (the "…and N more" of the brief: the query's conditions are the event's)."""
    c = t.clusters.c
    # known by the end of the week: a mention of it in a document published by then (the
    # cluster's first report; ix_clusters_dyad covers it, so no mention is read to know)
    known = c.first_reported <= end.isoformat()
    out: list[Unit] = []
    page = max(limit, 10)
    read = 0
    with engine.connect() as conn:
        ids = list(conn.execute(select(c.id).where(
            pair_condition(t.clusters, a, b), c.status.in_(AHEAD_STATUSES),
            # a cluster's date is its members' most reported day (as a unit's): only those
            # after the week, so no page is spent on the month's earlier days
            c.event_date > end.isoformat(), func.length(c.event_date) == 10,
            c.event_date <= horizon.isoformat(), known).order_by(c.event_date, c.id)).scalars())
        for i in range(0, len(ids), page):
            out += [u for u in _cluster_units(conn, ids[i:i + page], a, b, cfg)
                    if _ahead(u, end, horizon)]
            read = min(len(ids), i + page)
            if len(out) >= limit:
                break
    return out, len(ids) - read


def _ahead(u: Unit, end: date, horizon: date) -> bool:
    """Planned or forecast for a day after the week, as known by the end of the week."""
    return bool(u.status in AHEAD_STATUSES and u.day
                and end < date.fromisoformat(u.day) <= horizon
                and min(m["doc_pub_date"] or "9999" for m in u.members) <= end.isoformat())


def _week_units(engine: Engine, a: str, b: str, start: date, end: date,
                cfg: dict[str, Any], limit: int) -> list[Unit]:
    """The distinct events of the week that a brief lists (a clustered store): the pair's
    clusters dated on its days (ix_clusters_dyad covers status and mean score), of which the
    `limit` strongest counted and the `limit` first uncounted, then their mentions. Only events
    with a day belong to a week, so no cluster dated to the month alone is read."""
    c = t.clusters.c
    weights = {k: float(x) for k, x in cfg["status_weights"].items()}
    non_state = frozenset(x.upper() for x in cfg.get("non_state_sectors") or [])
    include = frozenset(x.upper() for x in cfg.get("include_sectors") or [])
    counted, uncounted = [], []
    with engine.connect() as conn:
        for cid, day, status, sectors, mean in conn.execute(
                select(c.id, c.event_date, c.status, c.sectors, c.goldstein_mean).where(
                    pair_condition(t.clusters, a, b), c.event_date >= start.isoformat(),
                    c.event_date <= end.isoformat())):
            found = {s for s in (sectors or "").split(",") if s and s in non_state}
            if found and not found <= include:
                continue  # not state-to-state, and not asked for
            w = weights.get(status or "", 0.0)
            if w > 0:
                counted.append((-abs(w * (mean or 0.0)), day, cid))
            else:
                uncounted.append((day, cid))
        ids = ([cid for *_, cid in sorted(counted)[:limit]]
               + [cid for _, cid in sorted(uncounted)[:limit]])
        units = _cluster_units(conn, sorted(ids), a, b, cfg)
    week = period_key(start, "week")
    return [u for u in units if unit_period(u, "week") == week]


def brief_context(engine: Engine, dyad: str, week: str, *, rule: str | None = None,
                  settings: dict[str, Any] | None = None,
                  link_base: str | None = None) -> dict[str, Any]:
    """Everything a brief shows, as plain data (the templates only lay it out)."""
    cfg = resolve(settings)
    a, b = check_dyad(dyad)
    dyad = f"{a}-{b}"
    week = normalise_week(week)
    rule = rule or str(cfg["verdict"]["default_rule"])
    listed = int(cfg["brief"]["events"])
    start, end = period_bounds(week, "week")
    horizon = end + timedelta(days=AHEAD_DAYS)
    fast = _stored_weeks(engine, a, b, cfg)
    ahead_unread = 0
    if fast is None:
        # other settings than the stored index's: the weeks the brief shows, from the events
        verdict = weekly_verdict(engine, dyad, week, rule=rule, settings=cfg)
        units = dyad_units(engine, dyad, settings=cfg,
                           date_from=start - timedelta(weeks=CHART_WEEKS), date_to=horizon)
        counted_n = counted_by_period(units, "week")
        rows = compute_index(engine, dyad, "week", None, end.isoformat(), settings=cfg)
    else:
        # the stored index gives the chart's weeks and their counts; events are read for the
        # verdict's weeks and for what is planned or forecast ahead, nothing else
        first, counted_n = fast
        table = stored_weeks(engine, dyad, start, start, rule, cfg)
        if table is not None:  # the verdict from the stored rows: events of this week only
            units = _week_units(engine, a, b, start, end, cfg, listed)
            verdict = verdict_from_table(table, dyad, week, rule, cfg)
        else:
            units = dyad_units(engine, dyad, settings=cfg, date_to=end,
                               date_from=baseline_start(engine, dyad, start, rule, cfg))
            verdict = verdict_from_units(units, dyad, week, rule, cfg)
        known = {u.id for u in units}
        ahead_read, ahead_unread = _ahead_units(engine, a, b, end, horizon, cfg, listed)
        units = units + [u for u in ahead_read if u.id not in known]
        lo = max(first, start - timedelta(weeks=CHART_WEEKS)) if first else None
        rows = (compute_index(engine, dyad, "week", lo.isoformat(), end.isoformat(), settings=cfg)
                if lo and lo <= start else [])
    this = [u for u in units if unit_period(u, "week") == week]
    # the strongest `listed` of each kind, shown in date order
    counted = sorted(sorted((u for u in this if u.weight > 0),
                            key=lambda u: (-abs(u.contribution), u.day or "", u.id))[:listed],
                     key=lambda u: (u.day or "", -abs(u.contribution), u.id))
    uncounted = sorted((u for u in this if u.weight <= 0), key=lambda u: (u.day or "", u.id))
    ahead = sorted((u for u in units if _ahead(u, end, horizon)), key=lambda u: (u.day or "", u.id))
    week_row = next((r for r in rows if r["period"] == week), None)
    more = {  # distinct events of the week beyond those listed (the index row counts them all)
        "events": max(0, counted_n.get(week, 0) - len(counted)),
        "uncounted": max(0, (week_row["clusters"] - counted_n.get(week, 0) if week_row else
                             len(uncounted)) - len(uncounted[:listed])),
        "ahead": max(0, len(ahead) - listed) + ahead_unread,
    }
    this = counted + uncounted[:listed]
    uncounted, ahead = uncounted[:listed], ahead[:listed]
    rows = [r for r in rows if r["period_start"] <= start.isoformat()][-CHART_WEEKS:]
    for r in rows:
        r["counted"] = counted_n.get(r["period"], 0)
    names = outlets(engine)  # one outlet, one name
    max_sources = int(cfg["brief"]["other_sources"])
    for r in verdict.reasons:
        _outlet_names([r, *r["other_sources"]], names, "site")
    listed_rows = {k: [_event_row(u, link_base, names, max_sources) for u in us]
                   for k, us in (("events", counted), ("uncounted", uncounted), ("ahead", ahead))}
    # the documents the week's lines cite (not every report of them: a busy event has hundreds,
    # counted in "…and N more" and listed on its event page)
    cited = {r2["document_id"]: r2 for r in (*listed_rows["events"], *listed_rows["uncounted"])
             for r2 in (r, *r["other_sources"])}
    sources = sorted((r["site"] or "", r["title"] or "", r["url"] or "", d) for d, r in cited.items())
    more["sources"] = len({m["document_id"] for u in this for m in u.members} - cited.keys())
    # figures from the documents cited, and the pair's own from any document of the week
    (figures, more["figures"]), (judgments, more["judgments"]) = _extras(
        engine, a, b, start, end, sorted(cited), int(cfg["brief"]["extracts"]))
    _outlet_names(figures, names, "doc_site")
    _outlet_names(judgments, names, "doc_site")
    for j in judgments:
        j["source_name"] = source_name(j["doc_title"], j["doc_site"])
    return {
        "dyad": dyad, "a": a, "b": b, "a_name": name_of(a), "b_name": name_of(b),
        "week": week, "week_start": start.isoformat(), "week_end": end.isoformat(),
        "week_label": f"{day_label(start, year=start.year != end.year)} – {day_label(end)}",
        "verdict": verdict, "row": rows[-1] if rows else None, "index_rows": rows,
        **listed_rows,
        "more": more, "events_page": (None if link_base is None else
                                      f"{link_base}/dyad/{dyad}?freq=week&from={start}&to={end}"),
        "figures": _figure_rows(figures, link_base), "judgments": judgments,
        "sources": [{"site": s, "title": ti, "url": u, "document_id": d,
                     "name": source_name(ti, s),
                     "page": None if link_base is None else f"{link_base}/document/{d}"}
                    for s, ti, u, d in sources],
        "ahead_weeks": AHEAD_DAYS // 7, "link_base": link_base,
        "settings": cfg,
    }


def render_brief(engine: Engine, dyad: str, week: str, fmt: str = "md", *,
                 chart_dir: str | Path | None = None, chart_stem: str | None = None,
                 generated: str | None = None, rule: str | None = None,
                 settings: dict[str, Any] | None = None, link_base: str | None = None,
                 nav: dict[str, str] | None = None, png: bool = False) -> str:
    """The brief as Markdown or HTML. With `chart_dir`, the index chart is written there as
    `<chart_stem>.svg` (default stem: index-<DYAD>-<WEEK>), and as `.png` too with `png`,
    and linked; HTML also carries the SVG inline so the page stands alone. `link_base` is the
    dashboard's address (events and sources link to their pages there); `nav` holds the served
    brief's links to its dyad, the list of briefs and the previous and next weeks (keys dyad,
    briefs, prev, next)."""
    if fmt not in ("md", "html"):
        raise DyadwatchError(f"brief format must be md or html, not {fmt!r}")
    if link_base:
        from dyadwatch.outputs.feed import check_base_url

        link_base = check_base_url(link_base)
    ctx = brief_context(engine, dyad, week, rule=rule, settings=settings, link_base=link_base)
    title = f"{ctx['dyad']} index by ISO week (−9…+9), {ctx['week']} marked"
    stem = chart_stem or f"index-{ctx['dyad']}-{ctx['week']}"
    chart_png = chart_svg = inline_svg = None
    if ctx["index_rows"] and (chart_dir is not None or fmt == "html"):
        from dyadwatch.outputs.charts import render_svg, write_charts

        if chart_dir is not None:
            svg, png_path = write_charts(ctx["index_rows"], ctx["week"], title, Path(chart_dir),
                                         stem, png=png)
            chart_svg = svg.name
            chart_png = png_path.name if png_path is not None else None
        if fmt == "html":
            # our own chart, its text escaped by render_svg (not document text)
            inline_svg = Markup(render_svg(ctx["index_rows"], ctx["week"], title))
    ctx.update(chart_png=chart_png, chart_svg=chart_svg, inline_svg=inline_svg,
               chart_title=title, generated=generated, nav=nav or {})
    template = _env(fmt).get_template(f"brief.{fmt}.j2")
    out = template.render(**ctx)
    if fmt == "md":  # the template errs on the side of blank lines; keep one between blocks
        out = re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"
    return out
