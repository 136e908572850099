from __future__ import annotations

from dyadwatch.analysis.verdict import Verdict
from dyadwatch.watch.alerts import AlertSettings, SmtpSettings, _compare, send
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
