from __future__ import annotations

from sqlalchemy import select

from dyadwatch.analysis.verdict import Verdict
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.watch.alerts import (
    MAX_ATTEMPTS,
    Alert,
    AlertSettings,
    SmtpSettings,
    _compare,
    deliver_pending,
    recent_alerts,
    record,
    send,
)
from tests.reliability.servers import _closed_port
from tests.watch.sites import local_site, smtp_receiver


def _verdict(direction: str, magnitude: str, value: float | None) -> Verdict:
    return Verdict(dyad="BLR-RUS", week="2020-W38", direction=direction, magnitude=magnitude,
                   rule="trendfinder", rule_text="", value=value, baseline=0.0, change=None)


def test_an_index_move_over_the_threshold_is_an_alert_even_without_a_new_verdict() -> None:
    settings = AlertSettings(dyads=("BLR-RUS",), index_threshold=1.0)
    moved = _compare("BLR-RUS", "2020-W38", _verdict("worse", "large", -2.0),
                     _verdict("worse", "large", -3.5), settings)
    assert moved is not None and moved.reasons == ["index moved -1.50 (threshold 1)"]
    assert _compare("BLR-RUS", "2020-W38", _verdict("worse", "large", -2.0),
                    _verdict("worse", "large", -2.5), settings) is None
    changed = _compare("BLR-RUS", "2020-W38", _verdict("unchanged", "limited", None),
                       _verdict("worse", "moderate", -2.5), settings)
    assert changed is not None
    assert changed.reasons == ["verdict changed from unchanged to worse (moderate)"]
    assert changed.link.endswith("/brief/BLR-RUS/2020-W38")
    # a first week with events but nothing to compare it with is no change of judgement
    assert _compare("BLR-RUS", "2020-W38", _verdict("no_data", "none", None),
                    _verdict("no_baseline", "none", 3.0), settings) is None


def test_each_alert_reaches_every_channel_and_a_failed_delivery_is_one_line() -> None:
    alert = _compare("BLR-RUS", "2020-W38", _verdict("unchanged", "limited", None),
                     _verdict("better", "large", 4.0), AlertSettings(dyads=("BLR-RUS",)))
    assert alert is not None
    with local_site() as site, smtp_receiver() as mail:
        smtp = SmtpSettings(mail.host, mail.port, "dw@localhost", ("a@example.org", "b@example.org"))
        ok = AlertSettings(dyads=("BLR-RUS",), webhook=site.base + "/hook", smtp=smtp)
        assert send([alert], ok) == []
        assert [h["week"] for h in site.hooks] == ["2020-W38"]
        assert site.hooks[0]["verdict_after"] == "better (large)"
        [(rcpts, msg)] = mail.messages
        assert rcpts == ["a@example.org", "b@example.org"]
        assert msg["Subject"] == "DyadWatch alert: BLR-RUS 2020-W38: better (large)"
        assert "unchanged -> better (large)" in msg.get_payload()
    dead = AlertSettings(dyads=("BLR-RUS",), webhook=f"http://127.0.0.1:{_closed_port()}/hook",
                         smtp=SmtpSettings("127.0.0.1", _closed_port(), recipients=("a@example.org",)))
    failures = send([alert], dead)
    assert len(failures) == 2 and failures[0].startswith("webhook http://127.0.0.1:")
    assert all("\n" not in f for f in failures)


def _alert(week: str = "2020-W38", after: str = "worse (large)", value: float = -3.5) -> Alert:
    alert = _compare("BLR-RUS", week, _verdict("unchanged", "limited", -0.5),
                     _verdict(after.split()[0], after.split()[1].strip("()"), value),
                     AlertSettings(dyads=("BLR-RUS",)))
    assert alert is not None
    return alert


def _rows(engine) -> list[dict]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(t.alerts).order_by(t.alerts.c.id))]


def test_alerts_are_stored_once_then_sent_once_and_retried_until_sent(store_url: str) -> None:
    engine = open_store(store_url)
    with local_site() as site, smtp_receiver() as mail:
        smtp = SmtpSettings(mail.host, mail.port, "dw@localhost", ("a@example.org",))
        dead = AlertSettings(dyads=("BLR-RUS",), webhook=f"http://127.0.0.1:{_closed_port()}/h",
                             smtp=smtp)
        live = AlertSettings(dyads=("BLR-RUS",), webhook=site.base + "/hook", smtp=smtp)
        first = [_alert(), _alert("2020-W39", "better (moderate)", 2.0)]
        assert [a.week for a in record(engine, first, dead, now=1000.0)] == ["2020-W38", "2020-W39"]
        # raising the same changes again (a re-run) stores nothing
        assert record(engine, [_alert()], dead, now=2000.0) == []
        rows = _rows(engine)
        assert [(r["period"], r["kind"], r["webhook_state"], r["mail_state"], r["outbox"])
                for r in rows] == [("2020-W38", "verdict", "pending", "pending", 1),
                                   ("2020-W39", "verdict", "pending", "pending", 1)]
        assert rows[0]["link"].endswith("/brief/BLR-RUS/2020-W38")
        # the webhook is down: mail goes out, the webhook stays pending with its error
        sent, failures = deliver_pending(engine, dead)
        assert sent == 2 and len(failures) == 2 and all("webhook" in f for f in failures)
        rows = _rows(engine)
        assert [(r["webhook_state"], r["mail_state"], r["attempts"], r["outbox"]) for r in rows] \
            == [("pending", "sent", 1, 1)] * 2
        assert rows[0]["last_error"].startswith("webhook http://127.0.0.1:")
        # next cycle, the webhook is up: each alert posted once, mail not sent again
        assert deliver_pending(engine, live) == (2, [])
        assert deliver_pending(engine, live) == (0, [])
        assert [h["week"] for h in site.hooks] == ["2020-W38", "2020-W39"]
        assert site.hooks[0]["id"] == first[0].key and site.hooks[0]["kind"] == "verdict"
        assert len(mail.messages) == 2
        assert [(r["webhook_state"], r["mail_state"], r["outbox"], r["last_error"])
                for r in _rows(engine)] == [("sent", "sent", 0, None)] * 2
    # newest first, either spelling of the pair
    assert [r["period"] for r in recent_alerts(engine, "RUS-BLR")] == ["2020-W39", "2020-W38"]


def test_a_delivery_that_keeps_failing_is_given_up_and_an_unconfigured_channel_skipped(
        sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    dead = AlertSettings(dyads=("BLR-RUS",), webhook=f"http://127.0.0.1:{_closed_port()}/h")
    record(engine, [_alert()], dead, now=1.0)
    for _ in range(MAX_ATTEMPTS):
        deliver_pending(engine, dead)
    [row] = _rows(engine)
    assert (row["webhook_state"], row["mail_state"], row["attempts"], row["outbox"]) == (
        "failed", None, MAX_ATTEMPTS, 0)
    assert deliver_pending(engine, dead) == (0, [])
    record(engine, [_alert("2020-W40")], dead, now=2.0)
    assert deliver_pending(engine, AlertSettings(dyads=("BLR-RUS",))) == (0, [])
    assert _rows(engine)[-1]["webhook_state"] == "skipped" and _rows(engine)[-1]["outbox"] == 0


def test_detection_reads_only_the_touched_weeks_and_their_baseline(store_url: str) -> None:
    """History from 2015 and September 2017; new documents in 2017-W40: the alert is found
    from the units of W40 and its baseline weeks, and nothing older is read."""
    from dyadwatch.analysis.clusters import build_clusters
    from dyadwatch.analysis.settings import resolve
    from dyadwatch.watch.alerts import _touched, candidate_weeks, changes
    from tests.analysis.corpus import BASE_WEEKS, Ev, S, add_doc, cooperative_week

    engine = open_store(store_url)
    cooperative_week(engine, 9, ("2015-03-03", "2015-03-05"))
    for n, days in enumerate(BASE_WEEKS, 1):
        cooperative_week(engine, n, days)
    new = {
        add_doc(engine, "Moscow imposes sanctions", "2017-10-03", [
            S("Russia imposed sanctions on Belarusian dairy exporters on Tuesday.",
              [Ev("RUS", "BLR", "163", "imposed sanctions")]),
            S("Moscow accused Minsk of re-exporting European goods.",
              [Ev("RUS", "BLR", "112", "accused")])]),
        add_doc(engine, "Minsk expels journalists", "2017-10-05", [
            S("Belarus expelled two Russian journalists from Minsk.",
              [Ev("BLR", "RUS", "1663", "expelled")])]),
    }
    build_clusters(engine)
    assert candidate_weeks(engine, "BLR-RUS", new) == ["2017-W40"]
    cfg = resolve(None)
    [(week, units)] = _touched(engine, "BLR-RUS", new, "trendfinder", cfg)
    assert week == "2017-W40"
    days = sorted(u.day for u in units if u.day)
    assert days[0] >= "2017-09-04" and days[-1] <= "2017-10-08"  # W36 (baseline) .. W40
    [alert] = changes(engine, AlertSettings(dyads=("RUS-BLR",)), new)
    assert (alert.week, alert.kind) == ("2017-W40", "verdict")
    assert alert.verdict_after.startswith("worse") and sorted(alert.new_documents) == sorted(new)
    # a document of another dyad or another week raises nothing here
    assert changes(engine, AlertSettings(dyads=("BLR-POL",)), new) == []
