"""An Atom feed of weekly briefs for a dyad: one entry per week with events, newest first (the
newest `feed.entries` weeks, settings.yaml).

Entry ids are tag: URIs built from the dyad and the week only, so they never change between
runs. Dates come from the weeks themselves (no clock). A week whose index leaves
mean ± 2 standard deviations of the recent weeks is flagged "ALERT" in its entry title, but
only when the verdict rule has the evidence it needs (enough counted events this week and in
the baseline): one event never raises an alert.

The alerts the watcher raised for the dyad (a week's verdict changed, or its index moved; the
`alerts` table) are entries too, newest first and at most `feed.alert_entries` of them, each
with a stable id (tag:…:DYAD/WEEK/alert/N), the time it was raised and a link to the week's
brief.

Links follow the dashboard's routes (`brief_url`, `feed_url`) under a base URL: the address
where `dyadwatch serve` is reached (`--base-url`), so a feed written to a file and the one the
server answers link to the same pages.
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine

from dyadwatch.analysis.index import check_dyad, dyad_units, period_bounds, summarise, unit_period
from dyadwatch.analysis.materialised import weighted_week_scales
from dyadwatch.analysis.settings import resolve
from dyadwatch.analysis.verdict import Verdict, WeekTable, baseline_start, verdict_from_units
from dyadwatch.errors import DyadwatchError
from dyadwatch.outputs.brief import name_of, safe_url
from dyadwatch.outputs.outlets import outlets

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


DEFAULT_BASE_URL = "http://127.0.0.1:8000"  # where `dyadwatch serve` listens by default


def check_base_url(base_url: str) -> str:
    """The base URL without its trailing slash; an error naming it unless it is http(s)://host."""
    url = base_url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise DyadwatchError(f"--base-url {base_url!r} is not an http(s) address like "
                             f"https://dyadwatch.example.org")
    return url


def brief_url(base_url: str, dyad: str, week: str | None = None) -> str:
    """The dashboard's address of a dyad's briefs, or of one week's brief."""
    url = f"{base_url.rstrip('/')}/brief/{dyad}"
    return f"{url}/{week}" if week else url


def feed_url(base_url: str, dyad: str) -> str:
    return f"{base_url.rstrip('/')}/feed.atom?dyad={dyad}"


def alert_for(values: list[float], value: float, settings: dict[str, Any],
              verdict: Verdict | None = None) -> str | None:
    """Why the week is an alert, or None: its scale outside mean ± k·sd of recent weeks, on the
    evidence the verdict rule needs (a thin or uncompared week is never an alert)."""
    if verdict is not None and (verdict.thin_evidence or not verdict.compared):
        return None
    f = settings["feed"]
    recent = values[-int(f["alert_weeks"]):]
    if len(recent) < int(f["alert_min_weeks"]):
        return None
    mean = statistics.fmean(recent)
    sd = max(statistics.pstdev(recent), float(f["alert_min_std"]))
    k = float(f["alert_sd"])
    if abs(value - mean) > k * sd:
        return f"index {value:+.2f} outside {mean:+.2f} ± {k:g}×{sd:.2f} of the previous {len(recent)} weeks"
    return None


def _summary_html(v: Verdict, a: str, b: str, alert: str | None) -> str:
    """A small HTML summary; ElementTree escapes it as the content's text."""
    from html import escape

    parts = [f"<p><strong>{escape(v.headline.capitalize())}</strong> — "
             f"{escape(v.summary_text())}</p>"]
    if alert:
        parts.append(f"<p><strong>Alert:</strong> {escape(alert)}.</p>")
    if v.thin_evidence:
        parts.append(f"<p><em>Thin evidence: {escape(v.thin_reason or '')}.</em></p>")
    if v.reasons:
        parts.append("<ol>")
        for r in v.reasons:
            link = safe_url(r["url"])
            src = escape(r["title"] or r["site"] or "untitled document")
            cite = f'<a href="{escape(link)}">{src}</a>' if link else src
            parts.append(f"<li>{escape(str(r['date']))} {escape(name_of(r['source']))} → "
                         f"{escape(name_of(r['target']))}, {escape(r['type'])} "
                         f"({escape(r['status'])}): “{escape(r['sentence'] or '')}” — {cite}</li>")
        parts.append("</ol>")
    parts.append(f"<p>{escape(v.rule_text)}</p>")
    return "".join(parts)


def feed_entries(engine: Engine, dyad: str, rule: str,
                 cfg: dict[str, Any]) -> list[tuple[str, Verdict, str | None]]:
    """(week, verdict, alert) of the newest `feed.entries` weeks with counted events, oldest
    first. Their scales and those of the weeks before (the alerts' history) come from the
    stored index, and only the entries' weeks and baselines are read; with settings the
    stored index does not hold, the dyad's whole history is read."""
    n = int(cfg["feed"].get("entries") or 20)
    history_n = int(cfg["feed"]["alert_weeks"])
    stored = weighted_week_scales(engine, dyad, n + history_n, cfg)
    if stored is not None:
        scales = dict(stored)
        weeks = sorted(scales)[-n:]
        history = [scales[w] for w in sorted(scales)[:-n]] if len(scales) > n else []
        if not weeks:
            return []
        first = period_bounds(weeks[0], "week")[0]
        units = dyad_units(engine, dyad, settings=cfg, date_to=period_bounds(weeks[-1], "week")[1],
                           date_from=baseline_start(engine, dyad, first, rule, cfg))
    else:
        units = dyad_units(engine, dyad, settings=cfg)
        by_week: dict[str, list[Any]] = {}
        for u in units:
            if k := unit_period(u, "week"):
                by_week.setdefault(k, []).append(u)
        every = sorted(k for k, us in by_week.items() if any(u.weight > 0 for u in us))
        scales = {w: summarise(by_week[w], cfg)["scale"] for w in every}
        weeks, history = every[-n:], [scales[w] for w in every[:-n]]
    table = WeekTable(units, cfg)
    entries = []
    for week in weeks:
        v = verdict_from_units(units, dyad, week, rule, cfg, table=table)
        alert = alert_for(history, scales[week], cfg, v)
        history.append(scales[week])
        entries.append((week, v, alert))
    return entries


def render_feed(engine: Engine, dyad: str, *, base_url: str,
                rule: str | None = None, settings: dict[str, Any] | None = None) -> str:
    """The Atom document (UTF-8 text). Entries link to `base_url`/brief/<DYAD>/<WEEK>, the
    feed to itself (rel="self", `base_url`/feed.atom?dyad=<DYAD>)."""
    cfg = resolve(settings)
    a, b = check_dyad(dyad)
    dyad = f"{a}-{b}"
    rule = rule or str(cfg["verdict"]["default_rule"])
    base = check_base_url(base_url)
    tag = f"tag:{cfg['feed']['tag_authority']}:"
    entries = feed_entries(engine, dyad, rule, cfg)
    names = outlets(engine)  # one outlet, one name
    for _, v, _ in entries:
        for r in v.reasons:
            r["site"] = names.get(r["site"] or "", r["site"])

    raised = stored_alerts(engine, dyad, int(cfg["feed"].get("alert_entries", 50)))
    updated = [f"{entries[-1][1].week_end}T23:59:59Z"] if entries else []
    updated += [_atom_time(raised[0]["created_at"])] if raised else []

    feed = ET.Element(f"{{{ATOM}}}feed")
    _el(feed, "id", f"{tag}{dyad}")
    _el(feed, "title", f"DyadWatch: {name_of(a)} – {name_of(b)} weekly briefs")
    _el(feed, "subtitle", f"Weekly verdicts on relations between {name_of(a)} and {name_of(b)}, "
                          f"computed from coded events, with the sentences that moved them.")
    _el(feed, "link", rel="self", type="application/atom+xml", href=feed_url(base, dyad))
    _el(feed, "link", rel="alternate", type="text/html", href=brief_url(base, dyad))
    _el(feed, "updated", max(updated) if updated else "1970-01-01T00:00:00Z")
    author = _el(feed, "author")
    _el(author, "name", "DyadWatch")
    _el(feed, "generator", "DyadWatch", uri="https://github.com/dyadwatch")
    for row in raised:  # the watcher's alerts, newest first
        entry = _el(feed, "entry")
        _el(entry, "id", f"{tag}{dyad}/{row['period']}/alert/{row['id']}")
        _el(entry, "title", f"ALERT: {name_of(a)} – {name_of(b)}, {row['period']}: "
                            f"{row['summary'].split(': ', 1)[-1]}")
        _el(entry, "link", rel="alternate", type="text/html",
            href=brief_url(base, dyad, row["period"]))
        stamp = _atom_time(row["created_at"])
        _el(entry, "published", stamp)
        _el(entry, "updated", stamp)
        for term in ("alert", str(row["kind"])):
            _el(entry, "category", term=term)
        _el(entry, "summary", str(row["summary"]))
        _el(entry, "content", str(row["message"]), type="text")
    for week, v, alert in reversed(entries):
        entry = _el(feed, "entry")
        _el(entry, "id", f"{tag}{dyad}/{week}")
        title = f"{name_of(a)} – {name_of(b)}, {week}: {v.headline}"
        _el(entry, "title", f"ALERT: {title}" if alert else title)
        _el(entry, "link", rel="alternate", type="text/html", href=brief_url(base, dyad, week))
        _el(entry, "published", f"{v.week_end}T23:59:59Z")
        _el(entry, "updated", f"{v.week_end}T23:59:59Z")
        terms = {v.direction} | ({v.magnitude} if v.compared else set())
        for term in sorted(terms | ({"alert"} if alert else set())):
            _el(entry, "category", term=term)
        _el(entry, "summary", f"{v.headline.capitalize()}: {v.events} distinct events counted"
                              + (f"; alert: {alert}" if alert else ""))
        _el(entry, "content", _summary_html(v, a, b, alert), type="html")
    ET.indent(feed, space="  ")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            + ET.tostring(feed, encoding="unicode") + "\n")


def stored_alerts(engine: Engine, dyad: str, limit: int) -> list[dict[str, Any]]:
    """The dyad's stored alerts (the watcher's), newest first."""
    from dyadwatch.watch.alerts import recent_alerts

    return recent_alerts(engine, dyad, limit) if limit > 0 else []


def _atom_time(unix_s: float) -> str:
    return datetime.fromtimestamp(float(unix_s), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
