"""The watch loop: poll each due source, store its new items through the ingest pipeline,
update its state, regroup clusters once per cycle, store alerts then send them (an outbox:
what is not sent yet is retried by the next cycle), sleep until the next is due.

- Conditional GET: the ETag and Last-Modified of the last complete poll are sent back; a 304
  ends the poll at once.
- Failures (timeouts, HTTP errors, garbage, redirect loops: the ingest limits apply) count
  consecutive failures; the next poll waits `every × 2^failures` (at most a day, or `every`
  when that is longer) with equal jitter, and a success resets it.
- A stop request (SIGTERM, SIGINT, or `stop` set by `serve --watch`) is honoured between two
  documents: the one under way is finished and stored. A source's validators are saved only
  when all its new items were handled, so an interrupted poll is simply done again by the next
  start, and items already stored are not stored twice (seen items are recorded; content
  already stored is skipped by the store).
- One line per poll at INFO on the `dyadwatch.watch` logger, as key=value pairs.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from sqlalchemy import Engine

from dyadwatch.errors import InputError
from dyadwatch.ingest.sources import Fetched
from dyadwatch.model import RawInput
from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import ingest_inputs, regroup_clusters
from dyadwatch.store.sources import (
    PollOutcome,
    Source,
    due_sources,
    mark_seen,
    next_due_at,
    record_poll,
    storable_key,
    stored_locations,
    unseen_keys,
)
from dyadwatch.watch import alerts as alerting
from dyadwatch.watch.discovery import Item, discover
from dyadwatch.watch.memory import release_memory
from dyadwatch.watch.politeness import Politeness

log = logging.getLogger("dyadwatch.watch")

MAX_BACKOFF_S = 86400.0
MAX_NEW_ITEMS_PER_POLL = 50
IDLE_RECHECK_S = 5.0  # with no source due, look for newly added ones this often
# Item failures worth retrying at the next poll (the item is not recorded as seen).
_TRANSIENT = ("timed out", "cannot fetch", "HTTP 5", "HTTP 429")


@dataclass
class PollReport:
    source_id: int
    url: str
    status: str  # ok | not modified | failed
    kind: str | None = None
    items: int = 0
    new_items: int = 0
    stored: int = 0
    known: int = 0
    item_errors: list[str] = field(default_factory=list)
    error: str | None = None
    next_in_s: float = 0.0
    document_ids: list[str] = field(default_factory=list)


@dataclass
class WatchSummary:
    cycles: int = 0
    polls: int = 0
    stored: int = 0
    failed_polls: int = 0
    alerts: int = 0
    stopped: bool = False

    def line(self) -> str:
        return (f"watched: {self.cycles} cycles, {self.polls} polls ({self.failed_polls} failed), "
                f"{self.stored} new documents, {self.alerts} alerts"
                + (" (stopped)" if self.stopped else ""))


def backoff_s(every_s: float, failures: int, rng: random.Random) -> float:
    """Exponential back-off with equal jitter: half fixed, half random."""
    cap = max(MAX_BACKOFF_S, float(every_s))
    delay = min(cap, float(every_s) * (2 ** max(0, failures)))
    return delay / 2 + rng.uniform(0, delay / 2)


class Watcher:
    def __init__(self, engine: Engine, options: PipelineOptions, *,
                 alerts: alerting.AlertSettings | None = None, host_delay_s: float = 1.0,
                 respect_robots: bool = True, max_items_per_poll: int = MAX_NEW_ITEMS_PER_POLL,
                 stop: threading.Event | None = None, rng: random.Random | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.options = options
        self.alerts = (alerts or alerting.AlertSettings()).normalised()
        self.polite = Politeness(host_delay_s=host_delay_s, respect_robots=respect_robots)
        self.max_items = max_items_per_poll
        self.stop = stop or threading.Event()
        self.rng = rng or random.Random()
        self.clock = clock

    # -- the loop -------------------------------------------------------------------------

    def run(self, *, cycles: int | None = None, until: float | None = None,
            on_cycle: Callable[[WatchSummary, list[PollReport]], object] | None = None
            ) -> WatchSummary:
        """Poll until stopped, or for `cycles` cycles, or until the clock passes `until`.
        `on_cycle` is called after each cycle (the soak benchmark samples memory there)."""
        summary = WatchSummary()
        # A run killed between storing and regrouping left events unclustered: finish that.
        regroup_clusters(self.engine, self.options, new_documents=0)
        try:
            while not self.stop.is_set():
                if until is not None and self.clock() >= until:
                    break
                self._wait_until_due(until)
                if self.stop.is_set() or (until is not None and self.clock() >= until):
                    break
                reports, n_alerts = self.cycle()
                summary.cycles += 1
                summary.polls += len(reports)
                summary.failed_polls += sum(r.status == "failed" for r in reports)
                summary.stored += sum(r.stored for r in reports)
                summary.alerts += n_alerts
                if on_cycle is not None:
                    on_cycle(summary, reports)
                if cycles is not None and summary.cycles >= cycles:
                    break
        finally:
            self.polite.close()
        summary.stopped = self.stop.is_set()
        return summary

    def _wait_until_due(self, until: float | None) -> None:
        while not self.stop.is_set():
            now = self.clock()
            nxt = next_due_at(self.engine)
            if nxt is not None and nxt <= now:
                return
            wait = IDLE_RECHECK_S if nxt is None else min(nxt - now, IDLE_RECHECK_S)
            if until is not None:
                wait = min(wait, until - now)
                if wait <= 0:
                    return
            self.stop.wait(max(0.01, wait))

    def cycle(self) -> tuple[list[PollReport], int]:
        """Poll every due source once; regroup clusters and send alerts if anything was new."""
        reports = []
        for source in due_sources(self.engine, self.clock()):
            if self.stop.is_set():
                break
            reports.append(self.poll(source))
        new_ids = [d for r in reports for d in r.document_ids]
        n_alerts = 0
        if new_ids:
            regroup_clusters(self.engine, self.options, new_documents=len(new_ids))
            found = alerting.changes(self.engine, self.alerts, new_ids)
            n_alerts = len(alerting.record(self.engine, found, self.alerts, self.clock()))
        # stored first, sent after: also what an earlier cycle (or a killed run) left pending
        alerting.deliver_pending(self.engine, self.alerts)
        if new_ids:
            release_memory()  # a long-running watcher must not keep the cycle's freed heap
        return reports, n_alerts

    # -- one source -----------------------------------------------------------------------

    def poll(self, source: Source) -> PollReport:
        started = self.clock()
        report = PollReport(source.id, source.url, "failed")
        try:
            got = self.polite.get(source.url, source_url=source.url,
                                  headers=_validators(source))
            if got.status == 304:
                report.status = "not modified"
                outcome = self._success(source, started, report, got, None)
            else:
                if not got.data.strip():
                    raise InputError(source.url, "empty response")
                found = discover(got.data, got.content_type, got.url, source.kind)
                items = list(found.items)
                for child in found.child_sitemaps:
                    if self.stop.is_set():
                        break
                    items.extend(self._child_sitemap_items(child, source))
                report.kind = found.kind
                report.items = len(items)
                complete, more_waiting = self._take_new_items(source, items, report)
                report.status = "ok"
                outcome = self._success(source, started, report, got if complete else None,
                                        found.kind, due_now=more_waiting)
        except InputError as exc:
            report.error = exc.reason if exc.location == source.url else str(exc)
            failures = source.failures + 1
            delay = backoff_s(source.every_s, failures, self.rng)
            outcome = PollOutcome(status="failed", polled_at=started, next_poll_at=started + delay,
                                  failures=failures, error=report.error)
        report.next_in_s = outcome.next_poll_at - started
        record_poll(self.engine, source.id, outcome)
        self._log(report)
        return report

    def _success(self, source: Source, started: float, report: PollReport,
                 got: Fetched | None, kind: str | None, *, due_now: bool = False) -> PollOutcome:
        # Validators only from a complete poll (got is None otherwise): an interrupted one is
        # fetched in full again next time instead of answering 304 over unhandled items.
        keep = report.status == "not modified"
        etag = source.etag if keep else (got.etag if got else None)
        modified = source.last_modified if keep else (got.last_modified if got else None)
        return PollOutcome(status=report.status, polled_at=started,
                           next_poll_at=started if due_now else started + source.every_s,
                           failures=0,
                           etag=etag, last_modified=modified,
                           kind=kind if source.kind == "auto" else None,
                           documents_stored=report.stored)

    def _child_sitemap_items(self, url: str, source: Source) -> list[Item]:
        try:
            got = self.polite.get(url, source_url=source.url)
            return discover(got.data, got.content_type, got.url, "sitemap").items
        except InputError as exc:
            log.warning("sitemap source=%d url=%s error=%r", source.id, url, exc.reason)
            return []

    def _take_new_items(self, source: Source, items: list[Item], report: PollReport
                        ) -> tuple[bool, bool]:
        """Fetch, code and store the items not seen before. (complete, more_waiting):
        complete when none was left undone; more_waiting when a stop or the per-poll cap left
        some for the next poll, which is then due at once (a failed item waits its turn)."""
        by_key = {storable_key(i.key): i for i in items}
        fresh = unseen_keys(self.engine, source.id, by_key)
        report.new_items = len(fresh)
        todo = [by_key[k] for k in fresh[:self.max_items] if k in by_key]
        # An article another source (or an ingest) already brought in is not fetched again.
        already = stored_locations(self.engine, [i.url for i in todo if i.url and i.html is None])
        handled: list[str] = [storable_key(i.key) for i in todo
                              if i.url in already and i.html is None]
        todo = [i for i in todo if not (i.url in already and i.html is None)]
        retry: set[str] = set()

        def raws() -> Iterator[RawInput | InputError]:
            for item in todo:
                got = self._read_item(item, source)
                handled.append(storable_key(item.key))
                if isinstance(got, InputError) and got.reason.startswith(_TRANSIENT):
                    retry.add(storable_key(item.key))
                yield got

        options = replace(self.options, lang=source.lang) if source.lang else self.options
        summary = ingest_inputs(raws(), self.engine, options,
                                should_stop=self.stop.is_set, regroup=False)
        mark_seen(self.engine, source.id, [k for k in handled if k not in retry], self.clock())
        report.stored = summary.new
        report.known = summary.known + len(already)
        report.item_errors = summary.errors
        report.document_ids = summary.document_ids
        more_waiting = len(handled) < len(fresh)
        return not more_waiting and not retry, more_waiting

    def _read_item(self, item: Item, source: Source) -> RawInput | InputError:
        if item.html is not None:
            return RawInput(location=item.url or f"{source.url}#{item.key}",
                            data=item.html.encode("utf-8"), kind="html",
                            content_type="text/html; charset=utf-8", hint_title=item.title,
                            hint_date=item.date, hint_url=item.url)
        assert item.url is not None
        try:
            got = self.polite.get(item.url, source_url=source.url)
        except InputError as exc:
            return exc
        if not got.data.strip():
            return InputError(item.url, "empty response")
        ctype = got.content_type or "html"
        return RawInput(location=item.url, data=got.data, content_type=got.content_type,
                        kind="html" if "html" in ctype else "auto", hint_title=item.title,
                        hint_date=item.date, hint_url=got.url)

    def _log(self, r: PollReport) -> None:
        level = logging.WARNING if r.status == "failed" else logging.INFO
        log.log(level, "poll source=%d url=%s status=%s kind=%s items=%d new=%d stored=%d "
                "known=%d item_errors=%d next_in=%.0fs%s", r.source_id, r.url,
                r.status.replace(" ", "-"), r.kind or "-", r.items, r.new_items, r.stored,
                r.known, len(r.item_errors), r.next_in_s,
                f" error={r.error!r}" if r.error else "")
        for line in r.item_errors:
            log.warning("item source=%d error=%r", r.source_id, line)


def _validators(source: Source) -> dict[str, str]:
    headers = {}
    if source.etag:
        headers["If-None-Match"] = source.etag
    if source.last_modified:
        headers["If-Modified-Since"] = source.last_modified
    return headers


def install_stop_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT ask the watcher to stop after the document under way."""
    def handler(signum: int, _frame: object) -> None:
        log.info("stop signal=%s: finishing the current document", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def start_in_background(engine: Engine, options: PipelineOptions, **kwargs: object
                        ) -> tuple[threading.Thread, threading.Event]:
    """A watcher in a thread (for `serve --watch`); set the event to stop it, then join."""
    stop = threading.Event()
    watcher = Watcher(engine, options, stop=stop, **kwargs)  # type: ignore[arg-type]
    thread = threading.Thread(target=watcher.run, name="dyadwatch-watch", daemon=True)
    thread.start()
    return thread, stop
