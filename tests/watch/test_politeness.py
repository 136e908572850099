from __future__ import annotations

import random

import pytest

from dyadwatch.errors import InputError
from dyadwatch.watch.loop import backoff_s
from dyadwatch.watch.politeness import Politeness, link_allowed
from tests.watch.sites import local_site

PUBLIC_SOURCE = "http://93.184.216.34/feed.xml"  # a literal public address: no DNS needed


@pytest.mark.parametrize("link", ["http://127.0.0.1/x", "http://10.1.2.3/a", "http://192.168.0.1/",
                                  "http://169.254.169.254/latest/meta-data/", "http://[::1]/x",
                                  "http://0.0.0.0/", "http://172.16.5.4:8080/y"])
def test_links_from_a_public_source_never_reach_private_addresses(link: str) -> None:
    assert not link_allowed(link, PUBLIC_SOURCE)
    # ...unless the source itself is on such an address (a local or intranet deployment)
    assert link_allowed(link, "http://127.0.0.1:8080/feed.xml")


def test_public_links_are_allowed() -> None:
    assert link_allowed("http://93.184.216.35/article", PUBLIC_SOURCE)


def test_the_guard_refuses_before_any_request() -> None:
    polite = Politeness(host_delay_s=0)
    with pytest.raises(InputError, match="non-public address"):
        polite.get("http://127.0.0.1:9/x", source_url=PUBLIC_SOURCE)


def test_robots_txt_is_respected_and_host_delay_kept() -> None:
    sleeps: list[float] = []
    now = [100.0]
    polite = Politeness(host_delay_s=2.0, clock=lambda: now[0], sleep=sleeps.append)
    with local_site() as site:
        site.pages["/ok"] = (b"<html><body>fine</body></html>", "text/html")
        site.pages["/private/x"] = (b"<html><body>secret</body></html>", "text/html")
        with pytest.raises(InputError, match="robots.txt"):
            polite.get(site.base + "/private/x", source_url=site.base + "/feed")
        assert site.requests["/private/x"] == 0
        polite.get(site.base + "/ok", source_url=site.base + "/feed")
        polite.get(site.base + "/ok", source_url=site.base + "/feed")
        assert site.requests["/robots.txt"] == 1  # read once, then remembered
    polite.close()
    # robots.txt, /ok, /ok on one host with the clock standing still: two waits of 2 s
    assert sleeps == [2.0, 2.0]


def test_backoff_grows_exponentially_with_jitter_and_is_capped() -> None:
    rng = random.Random(7)
    for failures in range(1, 8):
        d = backoff_s(60, failures, rng)
        full = 60 * 2 ** failures
        assert full / 2 <= d <= full
    assert backoff_s(60, 40, rng) <= 86400
    assert backoff_s(2 * 86400, 3, rng) <= 2 * 86400
