"""Alerts on followed dyads: after a poll cycle that stored new documents, the weeks their
events fall in are compared before and after (verdict and index, by analysis.verdict); each
change is stored in the `alerts` table, then delivered: a JSON POST to a webhook and/or an
e-mail over SMTP, and an entry in the dyad's Atom feed (outputs.feed reads the table).

- "Before" is the same week computed without the distinct events that only the new documents
  report, so a change is announced by the cycle that caused it, and never again.
- Only the touched weeks are read (each with the baseline weeks its verdict compares), never
  the dyad's whole history.
- Stored first, sent after (an outbox): an alert's key (dyad, week, kind, values) is unique,
  so raising it again stores nothing; a channel's delivery is `pending` until sent, retried by
  the next cycles (a crash between storing and sending loses nothing), then `sent`, or
  `failed` after MAX_ATTEMPTS. A crash right after a send and before its state is written
  sends it once more: receivers can de-duplicate on the payload's `id`.
"""

from __future__ import annotations

import json
import logging
import smtplib
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from typing import Any

from sqlalchemy import Engine, insert, select, update

from dyadwatch.analysis.clusters import resolve_day
from dyadwatch.analysis.index import (
    Unit,
    check_dyad,
    dyad_units,
    pair_condition,
    period_bounds,
    period_key,
    unit_period,
)
from dyadwatch.analysis.settings import resolve
from dyadwatch.analysis.verdict import Verdict, baseline_start, rule_text, verdict_from_units
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from dyadwatch.store.statements import padded, padded_chunks

log = logging.getLogger("dyadwatch.watch")

DEFAULT_INDEX_THRESHOLD = 1.0
SEND_TIMEOUT_S = 10.0
MAX_ATTEMPTS = 12  # cycles a pending delivery is tried before it is marked failed
OUTBOX_BATCH = 100  # pending alerts delivered per cycle (the rest: next cycle)
NOT_COMPARED = frozenset({"no_data", "no_baseline"})  # verdicts that are no judgement


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    sender: str = "dyadwatch@localhost"
    recipients: tuple[str, ...] = ()
    starttls: bool = False
    username: str | None = None
    password: str | None = None


@dataclass(frozen=True)
class AlertSettings:
    dyads: tuple[str, ...] = ()
    index_threshold: float = DEFAULT_INDEX_THRESHOLD  # scale points (-9..+9)
    rule: str | None = None  # the verdict rule; the settings' default when None
    webhook: str | None = None
    smtp: SmtpSettings | None = None
    base_url: str = "http://127.0.0.1:8000"  # where brief links in alerts point

    def normalised(self) -> AlertSettings:
        dyads = tuple(dict.fromkeys("-".join(check_dyad(d)) for d in self.dyads))
        return AlertSettings(dyads, self.index_threshold, self.rule, self.webhook, self.smtp,
                             self.base_url)

    @property
    def mail(self) -> bool:
        return bool(self.smtp and self.smtp.recipients)


@dataclass
class Alert:
    dyad: str
    week: str
    reasons: list[str]
    verdict_before: str
    verdict_after: str
    index_before: float | None
    index_after: float | None
    events: int
    link: str
    new_documents: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """verdict (the verdict changed) or index (only the index moved)."""
        return "verdict" if self.verdict_before != self.verdict_after else "index"

    @property
    def key(self) -> str:
        """What makes two alerts the same: the same change to the same values."""
        def idx(v: float | None) -> str:
            return "-" if v is None else f"{v:+.4f}"

        return (f"{self.dyad}/{self.week}/{self.kind}/{self.verdict_before}>{self.verdict_after}"
                f"/{idx(self.index_before)}>{idx(self.index_after)}")[:255]

    @property
    def subject(self) -> str:
        return f"DyadWatch alert: {self.dyad} {self.week}: {self.verdict_after}"

    def summary(self) -> str:
        return f"{self.dyad}, week {self.week}: {'; '.join(self.reasons)}"

    def text(self) -> str:
        def idx(v: float | None) -> str:
            return "n/a" if v is None else f"{v:+.2f}"

        return (f"{self.summary()}.\n"
                f"Verdict: {self.verdict_before} -> {self.verdict_after}; index "
                f"{idx(self.index_before)} -> {idx(self.index_after)} ({self.events} distinct "
                f"events).\nBrief: {self.link}\n")

    def to_json(self) -> dict[str, Any]:
        return {"type": "dyadwatch.alert", "id": self.key, "kind": self.kind, **asdict(self)}


# ------------------------------------------------------------------------ detection

def changes(engine: Engine, settings: AlertSettings, new_document_ids: Iterable[str],
            analysis_settings: dict[str, Any] | None = None) -> list[Alert]:
    """The alerts that the new documents cause for the followed dyads (oldest week first)."""
    new = set(new_document_ids)
    if not new or not settings.dyads:
        return []
    cfg = resolve(analysis_settings)
    rule = settings.rule or str(cfg["verdict"]["default_rule"])
    rule_text(rule, cfg)  # validates the rule's name
    out: list[Alert] = []
    for dyad in settings.dyads:
        for week, units in _touched(engine, dyad, new, rule, cfg):
            # Distinct events that older documents also report existed before this cycle.
            before_units = [u for u in units if not set(u.documents) <= new]
            after = verdict_from_units(units, dyad, week, rule, cfg)
            before = verdict_from_units(before_units, dyad, week, rule, cfg)
            alert = _compare(dyad, week, before, after, settings)
            if alert is not None:
                alert.new_documents = sorted(
                    {d for u in units if unit_period(u, "week") == week for d in u.documents} & new)
                out.append(alert)
    return out


def candidate_weeks(engine: Engine, dyad: str, new: set[str]) -> list[str]:
    """The weeks the new documents' events of the dyad may fall in: their own days and their
    clusters' days (a distinct event is dated by most of its mentions). Reads only the new
    documents' events."""
    a, b = check_dyad(dyad)
    e, c, d = t.events.c, t.clusters.c, t.documents.c
    weeks: set[str] = set()
    with engine.connect() as conn:
        for chunk in padded_chunks(sorted(new)):
            q = (select(e.event_date, d.pub_date, c.event_date.label("cluster_date"))
                 .join(t.documents, d.id == e.document_id)
                 .outerjoin(t.clusters, c.id == e.cluster_id)
                 .where(e.document_id.in_(chunk), pair_condition(t.events, a, b)))
            for event_date, pub_date, cluster_date in conn.execute(q):
                for day in (resolve_day(event_date, pub_date), cluster_date):
                    if day and len(day) == 10:
                        weeks.add(period_key(date.fromisoformat(day), "week"))
    return sorted(weeks)


def _touched(engine: Engine, dyad: str, new: set[str], rule: str, cfg: dict[str, Any]
             ) -> list[tuple[str, list[Unit]]]:
    """(week, units read for it) for each week where a new document reports a distinct event:
    each week's units from its baseline's first day to its last day, overlapping spans read
    once."""
    spans: list[tuple[date, date, list[str]]] = []
    for week in candidate_weeks(engine, dyad, new):
        start, end = period_bounds(week, "week")
        lo = baseline_start(engine, dyad, start, rule, cfg) or start - timedelta(days=7 * 52)
        if spans and lo <= spans[-1][1] + timedelta(days=1):
            spans[-1] = (spans[-1][0], end, [*spans[-1][2], week])
        else:
            spans.append((min(lo, start), end, [week]))
    out = []
    for lo, hi, weeks in spans:
        units = dyad_units(engine, dyad, settings=cfg, date_from=lo, date_to=hi)
        for week in weeks:
            if any(new & set(u.documents) for u in units if unit_period(u, "week") == week):
                out.append((week, units))
    return out


def _compare(dyad: str, week: str, before: Verdict, after: Verdict,
             settings: AlertSettings) -> Alert | None:
    reasons = []
    # a week with nothing to compare yet (no counted events, no baseline) says nothing new
    if (before.direction, before.magnitude) != (after.direction, after.magnitude) \
            and after.direction not in NOT_COMPARED:
        reasons.append(f"verdict changed from {before.headline} to {after.headline}")
    if (before.value is not None and after.value is not None
            and abs(after.value - before.value) > settings.index_threshold):
        reasons.append(f"index moved {after.value - before.value:+.2f} (threshold "
                       f"{settings.index_threshold:g})")
    if not reasons:
        return None
    return Alert(dyad=dyad, week=week, reasons=reasons, verdict_before=before.headline,
                 verdict_after=after.headline, index_before=before.value,
                 index_after=after.value, events=after.events,
                 link=f"{settings.base_url.rstrip('/')}/brief/{dyad}/{week}")


# ------------------------------------------------------------------------ the store

def record(engine: Engine, alerts: Sequence[Alert], settings: AlertSettings,
           now: float | None = None) -> list[Alert]:
    """Store the alerts not stored before (by key), each channel configured now `pending`;
    returns those newly stored."""
    if not alerts:
        return []
    stamp = time.time() if now is None else now
    a = t.alerts.c
    unique = list({al.key: al for al in alerts}.values())
    with write_begin(engine) as conn:
        known = set(conn.execute(select(a.key).where(
            a.key.in_(padded([al.key for al in unique])))).scalars())
        fresh = [al for al in unique if al.key not in known]
        webhook = "pending" if settings.webhook else None
        mail = "pending" if settings.mail else None
        if fresh:
            conn.execute(insert(t.alerts), [{
                "key": al.key, "dyad": al.dyad, "period": al.week, "kind": al.kind,
                "title": al.subject, "summary": al.summary(), "message": al.text(),
                "link": al.link, "payload": json.dumps(al.to_json(), ensure_ascii=False),
                "created_at": stamp, "webhook_state": webhook, "mail_state": mail,
                "attempts": 0, "last_error": None, "outbox": int(bool(webhook or mail)),
            } for al in fresh])
    for al in fresh:
        log.info("alert dyad=%s week=%s kind=%s verdict=%r index=%s reasons=%r", al.dyad,
                 al.week, al.kind, al.verdict_after, al.index_after, "; ".join(al.reasons))
    return fresh


def deliver_pending(engine: Engine, settings: AlertSettings, *,
                    limit: int = OUTBOX_BATCH) -> tuple[int, list[str]]:
    """Send the stored alerts whose channels are pending (oldest first), each channel once;
    a channel no longer configured is marked `skipped`. Returns (deliveries made, one line
    per failed delivery)."""
    a = t.alerts.c
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(a.id, a.key, a.title, a.message, a.payload, a.webhook_state, a.mail_state,
                   a.attempts).where(a.outbox == 1).order_by(a.id).limit(limit))]
    sent, failures = 0, []
    for row in rows:
        states = {"webhook_state": row["webhook_state"], "mail_state": row["mail_state"]}
        errors = []
        if states["webhook_state"] == "pending":
            if not settings.webhook:
                states["webhook_state"] = "skipped"
            else:
                try:
                    post_json(settings.webhook, row["payload"])
                    states["webhook_state"] = "sent"
                    sent += 1
                except Exception as exc:  # noqa: BLE001 - a failed delivery must not stop the watch
                    errors.append(f"webhook {settings.webhook}: {_one_line(exc)}")
        if states["mail_state"] == "pending":
            if not settings.mail or settings.smtp is None:
                states["mail_state"] = "skipped"
            else:
                try:
                    mail_text(settings.smtp, row["title"], row["message"])
                    states["mail_state"] = "sent"
                    sent += 1
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"smtp {settings.smtp.host}:{settings.smtp.port}: "
                                  f"{_one_line(exc)}")
        attempts = row["attempts"] + (1 if errors else 0)
        if errors and attempts >= MAX_ATTEMPTS:
            states = {k: "failed" if v == "pending" else v for k, v in states.items()}
        pending = "pending" in states.values()
        with write_begin(engine) as conn:  # at once: a sent channel is never sent again
            conn.execute(update(t.alerts).where(a.id == row["id"]).values(
                **states, attempts=attempts, outbox=int(pending),
                last_error="; ".join(errors) if errors else None))
        for line in errors:
            log.warning("alert delivery failed: id=%s %s%s", row["key"], line,
                        " (retried next cycle)" if pending else " (given up)")
        failures += errors
    return sent, failures


def recent_alerts(engine: Engine, dyad: str | None, limit: int = 50) -> list[dict[str, Any]]:
    """The stored alerts of a dyad (either spelling of the pair), or of all, newest first."""
    c = t.alerts.c
    q = select(c.id, c.dyad, c.period, c.kind, c.title, c.summary, c.message, c.link,
               c.created_at, c.webhook_state, c.mail_state, c.last_error)
    if dyad is not None:
        a, b = check_dyad(dyad)
        q = q.where(c.dyad.in_([f"{a}-{b}", f"{b}-{a}"]))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            q.order_by(c.created_at.desc(), c.id.desc()).limit(limit))]


# ------------------------------------------------------------------------ channels

def send(alerts: Sequence[Alert], settings: AlertSettings) -> list[str]:
    """Deliver each alert to every configured channel now, without storing it; one line per
    failed delivery (the watcher stores first: `record`, then `deliver_pending`)."""
    failures: list[str] = []
    for alert in alerts:
        if settings.webhook:
            try:
                post_webhook(settings.webhook, alert)
            except Exception as exc:  # noqa: BLE001 - a failed delivery must not stop the watch
                failures.append(f"webhook {settings.webhook}: {_one_line(exc)}")
        if settings.mail and settings.smtp is not None:
            try:
                send_mail(settings.smtp, alert)
            except Exception as exc:  # noqa: BLE001
                failures.append(f"smtp {settings.smtp.host}:{settings.smtp.port}: {_one_line(exc)}")
    for line in failures:
        log.warning("alert delivery failed: %s", line)
    return failures


def post_webhook(url: str, alert: Alert) -> None:
    post_json(url, json.dumps(alert.to_json(), ensure_ascii=False))


def post_json(url: str, body: str) -> None:
    import httpx

    from dyadwatch.watch.politeness import USER_AGENT

    with httpx.Client(timeout=SEND_TIMEOUT_S, trust_env=False, follow_redirects=False) as client:
        resp = client.post(url, content=body.encode("utf-8"), headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT})
    if resp.status_code >= 300:
        raise RuntimeError(f"HTTP {resp.status_code}")


def send_mail(smtp: SmtpSettings, alert: Alert) -> None:
    mail_text(smtp, alert.subject, alert.text())


def mail_text(smtp: SmtpSettings, subject: str, text: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = smtp.sender
    msg["To"] = ", ".join(smtp.recipients)
    msg.set_content(text)
    with smtplib.SMTP(smtp.host, smtp.port, timeout=SEND_TIMEOUT_S) as client:
        if smtp.starttls:
            client.starttls()
        if smtp.username:
            client.login(smtp.username, smtp.password or "")
        client.send_message(msg)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
