"""The stored index updated by difference equals the stored index rebuilt from scratch."""

from __future__ import annotations

import random

from sqlalchemy import event, select

from dyadwatch.analysis.clusters import cluster_new, release_document
from dyadwatch.analysis.index import compute_index, coverage_by_period, dyad_units, index_rows
from dyadwatch.analysis.materialised import rebuild_stored_index, refresh_index
from dyadwatch.analysis.settings import resolve
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.store.db import write_begin
from tests.analysis.corpus import Ev, S, add_doc

_WORDS = ("gas prices oil supplies union state roadmap border checks dairy exports loan "
          "customs protocol defence exercise sanctions journalists refinery pipeline").split()
_PAIRS = (("BLR", "RUS"), ("RUS", "BLR"), ("BLR", "UKR"), ("POL", "BLR"))
_CODES = (("040", "met"), ("112", "accused"), ("057", "signed"), ("163", "banned"),
          ("051", "praised"))
_STATUSES = ("occurred", "occurred", "occurred", "planned", "forecast", "denied")
_SITES = ("belta.by", "tass.ru", "rferl.org", "belsat.eu")


def _corpus(n: int, seed: int = 3) -> list[tuple[str, str, list[S], dict[str, str]]]:
    """Documents over six weeks whose mentions chain across days and documents: several
    sites, the same site's articles of a day in two languages (one source), statuses of
    every weight, non-state parties, two readings of one trigger, month-only dates."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        day = f"2017-{rng.choice((9, 10))}-{rng.randint(1, 21):02d}".replace("-9-", "-09-")
        pub = day[:7] if rng.random() < 0.05 else day  # dated to the month only
        sentences = []
        for j in range(rng.randint(1, 3)):
            source, target = rng.choice(_PAIRS)
            code, trigger = rng.choice(_CODES)
            words = " ".join(rng.sample(_WORDS[:7] if rng.random() < 0.7 else _WORDS, 4))
            evs = [Ev(source, target, code, trigger, status=rng.choice(_STATUSES),
                      date=day if rng.random() < 0.4 else None,
                      target_sector="OPP" if rng.random() < 0.1 else "GOV")]
            if rng.random() < 0.1:  # a second reading of the same trigger: counts once
                evs.append(Ev(source, target, "073", trigger, status="hypothetical"))
            sentences.append(S(f"Officials {trigger} over {words} in report {i}.{j}.", evs))
        extra = {"site": rng.choice(_SITES), "lang": "ru" if rng.random() < 0.2 else "en"}
        docs.append((f"Report {i}", pub, sentences, extra))
    return docs


def _index(engine):  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(select(t.index_periods)))


def test_index_fed_in_shuffled_slices_equals_the_rebuilt_index(store_url: str) -> None:
    docs = _corpus(160)
    engine = open_store(store_url)
    order = list(range(len(docs)))
    random.Random(7).shuffle(order)
    ids: list[str] = []
    for k in range(10):  # ten ingests, in an order unrelated to the dates
        for i in order[k::10]:
            title, pub, sentences, extra = docs[i]
            ids.append(add_doc(engine, title, pub, sentences, **extra))
        cluster_new(engine)
        if k == 5:  # what a recode does: a document's clusters come apart and regroup
            for doc_id in ids[::9]:
                with write_begin(engine) as conn:
                    refresh_index(conn, release_document(conn, doc_id))
            cluster_new(engine)
    incremental = _index(engine)
    assert len(incremental) > 60
    cols = list(t.index_periods.c.keys())
    sources, clusters = cols.index("sources"), cols.index("clusters")
    assert any(r[sources] < r[clusters] for r in incremental)  # shared and translated sources
    assert len({r[cols.index("weighted")] % 1 for r in incremental}) > 1  # weights below 1
    rebuild_stored_index(engine)  # `dyadwatch index --rebuild`
    assert _index(engine) == incremental
    # and what the stored rows answer is what the events give when computed on the fly
    cfg = resolve(None)
    units = dyad_units(engine, "BLR-RUS", settings=cfg)
    for freq in ("day", "week", "month"):
        assert compute_index(engine, "BLR-RUS", freq) == index_rows(
            units, coverage_by_period(engine, freq), freq, cfg)


def test_a_new_mention_does_not_reread_its_periods(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    for i in range(30):  # a busy month
        add_doc(engine, f"Talks {i}", f"2017-09-{i % 28 + 1:02d}", [
            S(f"Belarus and Russia met over item {i} of {' '.join(_WORDS[i % 9:i % 9 + 4])}.",
              [Ev("BLR", "RUS", "040", "met")])], site=_SITES[i % 4])
    cluster_new(engine)
    add_doc(engine, "Late talks", "2017-09-14", [
        S("Belarus and Russia met in Minsk over refinery debt.", [Ev("BLR", "RUS", "040", "met")])])
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda conn, cur, stmt, *a: statements.append(stmt))
    cluster_new(engine)
    # no read of a period's clusters by pair and date: the changed clusters' own rows, the
    # stored rows by key and the touched site-and-day groups are all that is read
    assert not any("FROM clusters" in s and "clusters.event_date >=" in s for s in statements)
    assert any("documents.site =" in s for s in statements)
    before = _index(engine)
    rebuild_stored_index(engine)
    assert _index(engine) == before
