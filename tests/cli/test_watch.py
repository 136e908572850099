"""cli/watch.py: the watch options become the watcher's settings."""

from __future__ import annotations

import click
import pytest

from dyadwatch.cli.serve import _own_address
from dyadwatch.cli.watch import watcher_kwargs


def _settings(**kw: object) -> object:
    args = {"dyads": ("BLR-RUS",), "threshold": 1.5, "webhook": None, "smtp": None,
            "mail_to": (), "mail_from": "dw@localhost", "host_delay": 1.0, "timeout": None}
    args.update(kw)
    return watcher_kwargs(**args)["alerts"]  # type: ignore[arg-type,index]


def test_alert_links_point_to_the_given_base_url() -> None:
    assert _settings(base_url="https://dw.example.org").base_url == "https://dw.example.org"
    assert _settings().base_url == "http://127.0.0.1:8000"  # watch alone: the default server


def test_serve_without_base_url_links_to_its_own_address() -> None:
    assert _own_address("127.0.0.1", 8123) == "http://127.0.0.1:8123"
    assert _own_address("::1", 8000) == "http://[::1]:8000"


def test_smtp_without_recipients_is_refused() -> None:
    with pytest.raises(click.BadParameter, match="--mail-to"):
        _settings(smtp="localhost:2525")
