from __future__ import annotations

import json

from sqlalchemy import func, select, update

from dyadwatch.analysis.clusters import cluster_new
from dyadwatch.analysis.index import (
    INDEX_COLUMNS,
    busiest_week,
    compute_index,
    coverage_by_period,
    dyad_units,
    index_rows,
)
from dyadwatch.analysis.materialised import rebuild_stored_index, stale_reason
from dyadwatch.analysis.settings import resolve
from dyadwatch.store import open_store
from dyadwatch.store import schema as t
from dyadwatch.store.events import EventFilter, query_events
from tests.analysis.corpus import Ev, S, add_doc, quiet_week, worse_week


def test_weekly_index_has_every_week_and_named_grades(store_url: str) -> None:
    engine = open_store(store_url)
    worse_week(engine)
    add_doc(engine, "Later talks", "2017-10-24", [
        S("Belarus and Russia met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    rows = compute_index(engine, "BLR-RUS", "week")
    assert [r["period"] for r in rows] == [f"2017-W{w}" for w in range(36, 44)]
    assert all(tuple(r) == INDEX_COLUMNS for r in rows)
    empty = rows[5]  # W41: nothing happened
    assert (empty["events"], empty["clusters"], empty["goldstein_sum"], empty["grade"]) == (0, 0, 0.0, None)
    w36, w40 = rows[0], rows[4]
    assert (w36["events"], w36["clusters"], w36["sources"], w36["coverage"]) == (4, 4, 2, 2)
    assert w36["quad1"] == 3.0 and w36["quad2"] == 1.0 and w36["net_cooperation"] == 4.0
    assert w36["goldstein_mean"] == round((1.0 + 8.0 + 3.4 + 6.4) / 4, 4)
    assert w36["grade"] == "good" and w40["grade"] in ("tension", "confrontation")
    assert -9 <= w40["scale"] < -3 and w40["quad4"] == 2.0 and w40["quad3"] == 1.0
    assert w40["normalised"] == round(w40["goldstein_sum"] / w40["coverage"], 4)
    assert (rows[0]["period_start"], rows[0]["period_end"]) == ("2017-09-04", "2017-09-10")


def test_directed_day_and_month_and_bounds(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    worse_week(engine)
    rus_blr = compute_index(engine, "RUS-BLR", "week", directed=True)
    assert rus_blr[4]["events"] == 2 and rus_blr[0]["events"] == 1
    months = compute_index(engine, "BLR-RUS", "month")
    assert [m["period"] for m in months] == ["2017-09", "2017-10"]
    assert months[0]["events"] == 16 and months[1]["events"] == 3
    days = compute_index(engine, "BLR-RUS", "day", "2017-10-01", "2017-10-07")
    assert [d["period"] for d in days][0] == "2017-10-01" and len(days) == 7
    assert sum(d["events"] for d in days) == 3
    assert compute_index(engine, "BLR-RUS", "week", "2017-W39", "2017-W40")[0]["period"] == "2017-W39"
    assert compute_index(engine, "BLR-UKR", "week") == []


def test_status_weights_are_configurable(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    add_doc(engine, "Planned visit", "2017-10-03", [
        S("Putin will visit Minsk next month.", [Ev("RUS", "BLR", "042", "visit", status="planned")]),
        S("Moscow denied it had banned Belarusian milk.",
          [Ev("RUS", "BLR", "163", "banned", status="denied")])])
    [row] = compute_index(engine, "BLR-RUS", "week")
    assert (row["events"], row["clusters"], row["weighted"], row["quad1"], row["quad4"]) == (2, 2, 0.5, 0.5, 0.0)
    [row] = compute_index(engine, "BLR-RUS", "week", weights={"denied": 1.0, "planned": 1.0})
    assert (row["weighted"], row["quad4"]) == (2.0, 1.0)


def test_index_is_reproducible_byte_for_byte(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    quiet_week(engine)
    a = json.dumps(compute_index(engine, "BLR-RUS", "day"), sort_keys=False)
    b = json.dumps(compute_index(engine, "BLR-RUS", "day"), sort_keys=False)
    assert a == b
    assert busiest_week(engine, "BLR-RUS") == "2017-W36"


# ---------------------------------------------------------------- the stored index

def _on_the_fly(engine, dyad: str, freq: str, **kw):  # type: ignore[no-untyped-def]
    cfg = resolve(None)
    units = dyad_units(engine, dyad, settings=cfg)
    return index_rows(units, coverage_by_period(engine, freq), freq, cfg, **kw)


def _stored_count(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.index_periods)).scalar_one()


def test_stored_index_equals_the_computed_one_and_follows_new_events(store_url: str) -> None:
    engine = open_store(store_url)
    worse_week(engine)
    cluster_new(engine)
    assert _stored_count(engine) > 0
    for freq in ("day", "week", "month"):
        assert compute_index(engine, "RUS-BLR", freq) == _on_the_fly(engine, "RUS-BLR", freq)
    assert (compute_index(engine, "BLR-RUS", "week", "2017-W39", "2017-W41")
            == _on_the_fly(engine, "BLR-RUS", "week", date_from="2017-W39", date_to="2017-W41"))
    add_doc(engine, "Later talks", "2017-10-24", [
        S("Belarus and Russia met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    cluster_new(engine)  # what an ingest does: only the new periods' rows are written
    rows = compute_index(engine, "BLR-RUS", "week")
    assert rows == _on_the_fly(engine, "BLR-RUS", "week") and rows[-1]["period"] == "2017-W43"
    assert rows[-1]["clusters"] == 1


def test_changed_settings_are_noticed_and_rebuild_restores(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    worse_week(engine)
    cluster_new(engine)
    assert stale_reason(engine) is None
    with engine.begin() as conn:  # rows written under other settings (say, older weights)
        conn.execute(update(t.store_meta).where(t.store_meta.c.key == "index_settings")
                     .values(value="older-settings"))
        conn.execute(update(t.index_periods).values(scale=0.0))
    assert "dyadwatch index --rebuild" in (stale_reason(engine) or "")
    assert compute_index(engine, "BLR-RUS", "week") == _on_the_fly(engine, "BLR-RUS", "week")
    rebuild_stored_index(engine)
    assert stale_reason(engine) is None
    assert compute_index(engine, "BLR-RUS", "week") == _on_the_fly(engine, "BLR-RUS", "week")
    # other weights than the stored rows': computed on the fly, from the same clusters
    [row] = compute_index(engine, "BLR-RUS", "week", "2017-W40", "2017-W40",
                          weights={"occurred": 0.5})
    assert row["weighted"] == 1.5


def test_rows_stored_before_a_setting_existed_still_serve_its_former_behaviour(
        sqlite_url: str) -> None:
    """A store whose rows were written before `confidence_weighting` existed (its fingerprint
    has no such key) is not stale while the setting is off, which is how they were computed;
    and a new ingest keeps updating its rows."""
    from dyadwatch.analysis.materialised import VIEW_SETTINGS, fingerprint, serves
    from dyadwatch.model import stable_id

    engine = open_store(sqlite_url)
    worse_week(engine)
    cluster_new(engine)
    cfg = resolve(None)
    older = stable_id("index", json.dumps(
        {k: cfg.get(k) for k in VIEW_SETTINGS if k != "confidence_weighting"},
        sort_keys=True, default=str))
    assert older != fingerprint(cfg) and serves(older, cfg)
    assert not serves(older, {**cfg, "confidence_weighting": True})
    assert not serves("other-settings", cfg) and not serves(None, cfg)
    with engine.begin() as conn:
        conn.execute(update(t.store_meta).where(t.store_meta.c.key == "index_settings")
                     .values(value=older))
    assert stale_reason(engine) is None
    add_doc(engine, "Later talks", "2017-10-24", [
        S("Belarus and Russia met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    cluster_new(engine)
    with engine.connect() as conn:
        stored = conn.execute(select(t.index_periods.c.period).where(
            t.index_periods.c.freq == "week", t.index_periods.c.period == "2017-W43")).all()
    assert len(stored) == 1
    assert compute_index(engine, "BLR-RUS", "week") == _on_the_fly(engine, "BLR-RUS", "week")


def test_opposition_and_civil_society_do_not_move_the_state_index(store_url: str) -> None:
    engine = open_store(store_url)
    add_doc(engine, "Summit", "2017-10-03", [
        S("Putin and Lukashenka met in Sochi.", [Ev("RUS", "BLR", "040", "met")])])
    add_doc(engine, "Opposition", "2017-10-04", [
        S("Russia accused the Belarusian opposition of plotting a coup.",
          [Ev("RUS", "BLR", "112", "accused", target_sector="OPP")]),
        S("Belarusian human rights groups criticized Moscow for the arrests.",
          [Ev("BLR", "RUS", "111", "criticized", source_sector="CVL")])])
    cluster_new(engine)
    [state] = compute_index(engine, "BLR-RUS", "week")
    assert (state["events"], state["clusters"], state["quad3"], state["grade"]) == (1, 1, 0.0, "ordinary")
    [both] = compute_index(engine, "BLR-RUS", "week",
                           settings={"include_sectors": ["OPP", "CVL"]})
    assert (both["events"], both["clusters"], both["quad3"]) == (3, 3, 2.0)
    [opp] = compute_index(engine, "BLR-RUS", "week", settings={"include_sectors": ["OPP"]})
    assert opp["clusters"] == 2


def test_one_trigger_of_one_sentence_counts_once(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    add_doc(engine, "Loan", "2017-10-03", [
        S("Russia promised Belarus a loan of one billion dollars.", [
            Ev("RUS", "BLR", "057", "promised"),
            Ev("RUS", "BLR", "073", "promised", status="hypothetical")])])
    cluster_new(engine)
    [row] = compute_index(engine, "BLR-RUS", "week")
    assert (row["events"], row["clusters"], row["quad2"]) == (1, 1, 0.0)
    # both readings stay in the record; the firmer one counts
    events = query_events(engine, EventFilter(dyad="BLR-RUS"))
    assert {(e["cameo"], e["status"], e["counted"]) for e in events} == {
        ("057", "occurred", 1), ("073", "hypothetical", 0)}


def test_confidence_weighting_is_off_by_default_and_scales_an_event_by_its_confidence(store_url: str) -> None:
    engine = open_store(store_url)
    add_doc(engine, "Summit", "2017-10-03", [
        S("Putin and Lukashenka met in Sochi.", [Ev("RUS", "BLR", "040", "met")])])
    add_doc(engine, "Row", "2017-10-04", [
        S("Russia accused Belarus of smuggling.", [Ev("RUS", "BLR", "112", "accused")])])
    with engine.begin() as conn:  # what the learned coder stores: its probability
        conn.execute(update(t.events).where(t.events.c.trigger == "accused").values(confidence=0.5))
    cluster_new(engine)
    [plain] = compute_index(engine, "BLR-RUS", "week")
    assert plain["weighted"] == 2.0
    [weighted] = compute_index(engine, "BLR-RUS", "week", settings={"confidence_weighting": True})
    assert weighted["weighted"] == 1.5  # the meeting (no confidence: a rule event) counts 1
    assert weighted["quad3"] == 0.5 and plain["quad3"] == 1.0


def test_coverage_is_kept_per_store_generation(sqlite_url: str) -> None:
    """The documents per period are read once per store state and seen anew after a write."""
    from dyadwatch.analysis.index import coverage_by_period

    engine = open_store(sqlite_url)
    worse_week(engine)
    before = coverage_by_period(engine, "week")
    assert coverage_by_period(engine, "week") == before
    add_doc(engine, "Later talks", "2017-10-04", [
        S("Belarus and Russia met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    after = coverage_by_period(engine, "week")
    assert after["2017-W40"] == before["2017-W40"] + 1
    assert coverage_by_period(engine, "month")["2017-10"] == after["2017-W40"] + sum(
        n for k, n in after.items() if k in ("2017-W41", "2017-W42", "2017-W43", "2017-W44"))


def test_coverage_of_some_days_is_the_whole_coverage_of_their_periods(store_url: str) -> None:
    """The stored index reads the coverage of the days it shows only; its periods, cut anywhere
    (mid-week, mid-month), have the documents the whole store's coverage gives them."""
    from datetime import date

    from sqlalchemy import event

    from dyadwatch.analysis.index import period_bounds, period_key

    engine = open_store(store_url)
    worse_week(engine)
    add_doc(engine, "Later talks", "2017-10-24", [
        S("Belarus and Russia met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    cluster_new(engine)
    reads: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        reads.append(statement)

    for freq in ("day", "week", "month"):
        whole = coverage_by_period(engine, freq)
        first = period_bounds(period_key(date(2017, 9, 27), freq), freq)[0]
        last = period_bounds(period_key(date(2017, 10, 11), freq), freq)[1]
        some = coverage_by_period(engine, freq, (first, last))
        assert some == {k: n for k, n in whole.items() if first <= period_bounds(k, freq)[0] <= last}
        assert sum(some.values()) < sum(whole.values()) or freq == "month"  # all in two months
        # a span of more than a year: the whole store's coverage, kept per store generation
        # (the dashboard's whole-history chart reads no coverage row after the first)
        reads.clear()
        event.listen(engine, "before_cursor_execute", count)
        try:
            assert coverage_by_period(engine, freq, (date(2010, 1, 1), date(2020, 1, 1))) == whole
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert not [r for r in reads if "coverage_days" in r]
        for lo, hi in (("2017-09-27", "2017-10-11"), ("2017-10-03", "2017-10-30")):
            assert (compute_index(engine, "BLR-RUS", freq, lo, hi)
                    == _on_the_fly(engine, "BLR-RUS", freq, date_from=lo, date_to=hi)), (freq, lo)
