"""Alerts on followed dyads: after a poll cycle that stored new documents, the weeks their
events fall in are compared before and after (verdict and index, by analysis.verdict), and
each change is sent once: as a JSON POST to a webhook and/or an e-mail over SMTP.

"Before" is the same week computed without the distinct events that only the new documents
report, so a change is announced by the cycle that caused it, and never again. The dyad's
Atom feed needs nothing from here: it flags unusual weeks from the stored events (as before).
"""

from __future__ import annotations

import json
import logging
import smtplib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from typing import Any

from sqlalchemy import Engine

from dyadwatch.analysis.index import check_dyad, dyad_units, unit_period
from dyadwatch.analysis.settings import resolve
from dyadwatch.analysis.verdict import Verdict, rule_text, verdict_from_units

log = logging.getLogger("dyadwatch.watch")

DEFAULT_INDEX_THRESHOLD = 1.0
SEND_TIMEOUT_S = 10.0


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
    def subject(self) -> str:
        return f"DyadWatch alert: {self.dyad} {self.week}: {self.verdict_after}"

    def text(self) -> str:
        def idx(v: float | None) -> str:
            return "n/a" if v is None else f"{v:+.2f}"

        return (f"{self.dyad}, week {self.week}: {'; '.join(self.reasons)}.\n"
                f"Verdict: {self.verdict_before} -> {self.verdict_after}; index "
                f"{idx(self.index_before)} -> {idx(self.index_after)} ({self.events} distinct "
                f"events).\nBrief: {self.link}\n")

    def to_json(self) -> dict[str, Any]:
        return {"type": "dyadwatch.alert", **asdict(self)}


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
        units = dyad_units(engine, dyad, settings=cfg)
        touched = sorted({w for u in units if new & set(u.documents)
                          and (w := unit_period(u, "week"))})
        if not touched:
            continue
        # Distinct events that older documents also report existed before this cycle.
        before_units = [u for u in units if not set(u.documents) <= new]
        for week in touched:
            after = verdict_from_units(units, dyad, week, rule, cfg)
            before = verdict_from_units(before_units, dyad, week, rule, cfg)
            alert = _compare(dyad, week, before, after, settings)
            if alert is not None:
                alert.new_documents = sorted(
                    {d for u in units if unit_period(u, "week") == week for d in u.documents} & new)
                out.append(alert)
    return out


def _compare(dyad: str, week: str, before: Verdict, after: Verdict,
             settings: AlertSettings) -> Alert | None:
    reasons = []
    if (before.direction, before.magnitude) != (after.direction, after.magnitude):
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


def send(alerts: Sequence[Alert], settings: AlertSettings) -> list[str]:
    """Deliver each alert to every configured channel; one line per failed delivery."""
    failures: list[str] = []
    for alert in alerts:
        log.info("alert dyad=%s week=%s verdict=%r index=%s reasons=%r", alert.dyad, alert.week,
                 alert.verdict_after, alert.index_after, "; ".join(alert.reasons))
        if settings.webhook:
            try:
                post_webhook(settings.webhook, alert)
            except Exception as exc:  # noqa: BLE001 - a failed delivery must not stop the watch
                failures.append(f"webhook {settings.webhook}: {_one_line(exc)}")
        if settings.smtp and settings.smtp.recipients:
            try:
                send_mail(settings.smtp, alert)
            except Exception as exc:  # noqa: BLE001
                failures.append(f"smtp {settings.smtp.host}:{settings.smtp.port}: {_one_line(exc)}")
    for line in failures:
        log.warning("alert delivery failed: %s", line)
    return failures


def post_webhook(url: str, alert: Alert) -> None:
    import httpx

    from dyadwatch.watch.politeness import USER_AGENT

    body = json.dumps(alert.to_json(), ensure_ascii=False).encode("utf-8")
    with httpx.Client(timeout=SEND_TIMEOUT_S, trust_env=False, follow_redirects=False) as client:
        resp = client.post(url, content=body, headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT})
    if resp.status_code >= 300:
        raise RuntimeError(f"HTTP {resp.status_code}")


def send_mail(smtp: SmtpSettings, alert: Alert) -> None:
    msg = EmailMessage()
    msg["Subject"] = alert.subject
    msg["From"] = smtp.sender
    msg["To"] = ", ".join(smtp.recipients)
    msg.set_content(alert.text())
    with smtplib.SMTP(smtp.host, smtp.port, timeout=SEND_TIMEOUT_S) as client:
        if smtp.starttls:
            client.starttls()
        if smtp.username:
            client.login(smtp.username, smtp.password or "")
        client.send_message(msg)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
