"""One outlet, one name: stored site names grouped by the host of their documents' URLs.

The same outlet reaches the store under several names: its pages' own name ("Baltic-Eurasia
Wire"), its feed items' host ("baltic-eurasia-wire.example"), its name in another language.
Pages, briefs and feeds show each under the name most of its documents give that is not a
bare host name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urlsplit

from sqlalchemy import Engine

from dyadwatch.store.summaries import site_documents

_HOSTNAME = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)


def _host(url: str | None) -> str | None:
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.lower().removeprefix("www.")


def outlets(engine: Engine) -> dict[str, str]:
    """Each stored site name -> its outlet's one display name. Names are grouped by the host
    of their documents' URLs, so "Baltic-Eurasia Wire" (from a page) and
    "baltic-eurasia-wire.example" (from a feed) are one outlet; its name is the one most of
    its documents give that is not a bare host name. One row per site name is read
    (the store's per-site counts)."""
    rows = site_documents(engine)  # kept per site by the store, not counted here
    by_host: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for site, url, n in rows:
        host = _host(url) or (site.lower().removeprefix("www.") if _HOSTNAME.match(site) else site)
        by_host[host].append((site, n))
    names: dict[str, str] = {}
    for sites in by_host.values():
        best = min(sites, key=lambda sn: (bool(_HOSTNAME.match(sn[0])), -sn[1], sn[0]))[0]
        for site, _ in sites:
            names[site] = best
    return names


def site_aliases(names: dict[str, str], outlet: str) -> tuple[str, ...]:
    """Every stored site name shown as `outlet` (the outlet itself when none is stored)."""
    return tuple(sorted(s for s, n in names.items() if n == outlet)) or (outlet,)
