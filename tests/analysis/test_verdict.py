from __future__ import annotations

import json

import pytest

from dyadwatch.analysis.clusters import build_clusters
from dyadwatch.analysis.index import AnalysisError
from dyadwatch.analysis.verdict import verdicts, weekly_verdict
from dyadwatch.store import open_store
from tests.analysis.corpus import Ev, S, add_doc, better_week, quiet_week, worse_week


def test_sanctions_after_agreements_are_worse_with_those_events_as_reasons(store_url: str) -> None:
    engine = open_store(store_url)
    sentences = worse_week(engine)
    build_clusters(engine)
    v = weekly_verdict(engine, "BLR-RUS", "2017-W40")
    assert (v.direction, v.magnitude, v.thin_evidence) == ("worse", "large", False)
    assert v.value is not None and v.baseline is not None and v.value < 0 < v.baseline
    assert sorted(r["sentence"] for r in v.reasons) == sorted(sentences)
    assert v.reasons[0]["type"] == "COERCE"  # the sanctions moved it most
    assert all(r["title"] and r["url"].startswith("https://") for r in v.reasons)
    assert "previous 4 weeks" in v.rule_text


def test_agreements_after_accusations_are_better(store_url: str) -> None:
    engine = open_store(store_url)
    sentences = better_week(engine)
    v = weekly_verdict(engine, "RUS-BLR", "2017-W40")
    assert (v.direction, v.magnitude) == ("better", "large")
    assert sorted(r["sentence"] for r in v.reasons) == sorted(sentences)
    z = weekly_verdict(engine, "BLR-RUS", "2017-W40", rule="zscore")
    assert z.direction == "better" and z.z is not None and z.z > 2


def test_quiet_week_is_unchanged(store_url: str) -> None:
    engine = open_store(store_url)
    quiet_week(engine)
    for rule in ("trendfinder", "zscore"):
        v = weekly_verdict(engine, "BLR-RUS", "2017-W40", rule=rule)
        assert (v.direction, v.magnitude) == ("unchanged", "limited"), rule
        assert v.change == 0.0


def test_week_without_events_is_no_data_not_unchanged(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    quiet_week(engine)
    v = weekly_verdict(engine, "BLR-RUS", "2017-W42")
    assert (v.direction, v.magnitude, v.thin_evidence, v.value) == ("no_data", "none", True, None)
    assert v.headline == "no data" and not v.compared and v.change is None
    assert v.summary_text().startswith("No data: no counted events this week")


def test_week_without_baseline_is_neither_better_nor_worse(sqlite_url: str) -> None:
    """A strong week after four empty ones has nothing to be compared with: no "better"
    after "only 0 distinct events in the previous 4 weeks", no change against "n/a"."""
    engine = open_store(sqlite_url)
    add_doc(engine, "Deal signed", "2017-10-03", [
        S("Russia signed a loan agreement with Belarus.", [Ev("RUS", "BLR", "057", "signed")]),
        S("Belarus and Russia agreed to lift the dairy ban.", [Ev("BLR", "RUS", "0354", "agreed")]),
        S("Putin praised Lukashenka for the agreement.", [Ev("RUS", "BLR", "051", "praised")]),
    ])
    for rule in ("trendfinder", "zscore"):
        v = weekly_verdict(engine, "BLR-RUS", "2017-W40", rule=rule)
        assert (v.direction, v.magnitude, v.headline) == ("no_baseline", "none", "no baseline"), rule
        assert v.value is not None and v.value > 0 and v.baseline is None and v.change is None
        text = v.summary_text()
        assert "n/a" not in text and "no baseline" in text and "better" not in text
        assert f"{v.events} distinct event" in text and "counted this week" in text
        assert v.thin_evidence and "0 distinct" not in (v.thin_reason or "")


def test_counts_of_reported_and_counted_events_agree(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    quiet_week(engine)
    add_doc(engine, "Denials", "2017-10-04", [
        S("Moscow denied that it had imposed sanctions on Belarusian dairy.",
          [Ev("RUS", "BLR", "163", "imposed sanctions", status="denied")])])
    v = weekly_verdict(engine, "BLR-RUS", "2017-W40")
    assert (v.events, v.reported) == (4, 5)
    assert "4 distinct events counted this week (5 reported)" in v.summary_text()


def test_thin_evidence_forces_limited(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    quiet_week(engine)
    add_doc(engine, "One ban", "2017-10-17", [
        S("Russia banned Belarusian milk imports.", [Ev("RUS", "BLR", "163", "banned")])])
    v = weekly_verdict(engine, "BLR-RUS", "2017-W42")
    assert (v.direction, v.magnitude, v.thin_evidence) == ("worse", "limited", True)
    assert "1 distinct event" in (v.thin_reason or "")


@pytest.mark.parametrize("status", ["denied", "hypothetical"])
def test_denied_and_hypothetical_events_never_move_a_verdict(sqlite_url: str, status: str) -> None:
    engine = open_store(sqlite_url)
    quiet_week(engine)
    before = {rule: weekly_verdict(engine, "BLR-RUS", "2017-W40", rule=rule).to_dict()
              for rule in ("trendfinder", "zscore")}
    add_doc(engine, "Rumours of sanctions", "2017-10-04", [
        S("Moscow denied that it had imposed sanctions on Belarusian dairy.",
          [Ev("RUS", "BLR", "163", "imposed sanctions", status=status)]),
        S("Russia could cut gas supplies to Belarus if the debt is not paid.",
          [Ev("RUS", "BLR", "1312", "cut", status=status)]),
        S("Minsk denied it had threatened to leave the Union State.",
          [Ev("BLR", "RUS", "130", "threatened", status=status)]),
    ])
    build_clusters(engine)
    for rule, expected in before.items():
        after = weekly_verdict(engine, "BLR-RUS", "2017-W40", rule=rule).to_dict()
        assert after.pop("reported") == expected.pop("reported") + 3  # reported, not counted
        assert after == expected


def test_verdicts_cover_every_week_and_are_reproducible(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    worse_week(engine)
    all_weeks = verdicts(engine, "BLR-RUS")
    assert [v.week for v in all_weeks] == ["2017-W36", "2017-W37", "2017-W38", "2017-W39", "2017-W40"]
    assert all_weeks[-1].direction == "worse"
    again = verdicts(engine, "BLR-RUS")
    assert json.dumps([v.to_dict() for v in all_weeks]) == json.dumps([v.to_dict() for v in again])


def test_bad_week_and_rule_are_one_line_errors(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    with pytest.raises(AnalysisError, match="2017-W60"):
        weekly_verdict(engine, "BLR-RUS", "2017-W60")
    with pytest.raises(AnalysisError, match="rule"):
        weekly_verdict(engine, "BLR-RUS", "2017-W40", rule="vibes")


def test_verdicts_read_only_the_weeks_they_compare_and_agree_with_the_whole_history(
        sqlite_url: str) -> None:
    from datetime import date

    from dyadwatch.analysis.clusters import cluster_new
    from dyadwatch.analysis.index import dyad_units
    from dyadwatch.analysis.settings import resolve
    from dyadwatch.analysis.verdict import verdict_from_units

    engine = open_store(sqlite_url)
    worse_week(engine)
    add_doc(engine, "Later talks", "2017-11-14", [
        S("Belarus and Russia met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    cluster_new(engine)
    cfg = resolve(None)
    everything = dyad_units(engine, "BLR-RUS", settings=cfg)
    bounded = dyad_units(engine, "BLR-RUS", settings=cfg, date_from=date(2017, 10, 2),
                         date_to=date(2017, 10, 8))
    assert 0 < len(bounded) < len(everything)
    for rule in ("trendfinder", "zscore"):
        for week in ("2017-W38", "2017-W40", "2017-W41", "2017-W46"):
            assert (weekly_verdict(engine, "BLR-RUS", week, rule=rule).to_dict()
                    == verdict_from_units(everything, "BLR-RUS", week, rule, cfg).to_dict())
        got = verdicts(engine, "BLR-RUS", "2017-W39", "2017-W46", rule)
        assert [v.to_dict() for v in got] == [
            verdict_from_units(everything, "BLR-RUS", v.week, rule, cfg).to_dict() for v in got]


def test_latest_verdicts_read_few_weeks_and_equal_all_verdicts(sqlite_url: str) -> None:
    """The dyad page's newest verdicts with reasons, from the stored index's weeks, are the
    ones the full series gives (also in batches, within dates, by either rule)."""
    from dyadwatch.analysis.verdict import latest_verdicts
    from dyadwatch.pipeline import PipelineOptions
    from dyadwatch.runner import ingest_run
    from tests.conftest import EXAMPLES

    engine = open_store(sqlite_url)
    ingest_run([str(EXAMPLES)], engine, PipelineOptions(), progress=False)
    for rule in ("trendfinder", "zscore"):
        for date_from, date_to in ((None, None), ("2020-06", "2021-03")):
            every = [v.to_dict() for v in verdicts(engine, "BLR-RUS", date_from, date_to, rule)
                     [::-1] if v.reasons]
            assert len(every) >= 3
            for n in (1, 2, len(every), len(every) + 5):
                got = latest_verdicts(engine, "BLR-RUS", n, date_from, date_to, rule)
                assert [v.to_dict() for v in got] == every[:n], (rule, date_from, n)
    # other settings than the stored index's: computed from all the events, the same way
    cfg = {"status_weights": {"planned": 0.5}}
    want = [v.to_dict() for v in verdicts(engine, "BLR-RUS", settings=cfg)[::-1] if v.reasons]
    assert [v.to_dict() for v in latest_verdicts(engine, "BLR-RUS", 4, settings=cfg)] == want[:4]
    # the dyad page's: the same reasons, each with its own mention and no other sources
    every = [v.to_dict() for v in verdicts(engine, "BLR-RUS")[::-1] if v.reasons]
    assert any(r["other_sources"] for v in every for r in v["reasons"])
    for v in every:
        for r in v["reasons"]:
            r["other_sources"] = []
    lean = [v.to_dict() for v in latest_verdicts(engine, "BLR-RUS", len(every), sources=False)]
    assert lean == every
    assert all(r["sentence"] for v in lean for r in v["reasons"])
    # and at most two reasons each: the first two of the same
    assert any(len(v["reasons"]) > 2 for v in every)
    two = [v.to_dict() for v in latest_verdicts(engine, "BLR-RUS", len(every), sources=False,
                                                reasons=2)]
    assert two == [{**v, "reasons": v["reasons"][:2]} for v in every]


def test_verdicts_from_the_stored_index_equal_those_from_the_events(store_url: str) -> None:
    """Every week's verdict from the stored rows (numbers) and the strongest clusters (reasons)
    equals the one computed from all of the dyad's events, by either rule, on a corpus with
    every status weight, non-state parties, second readings and month-only dates."""
    from datetime import date, timedelta

    from dyadwatch.analysis.clusters import cluster_new
    from dyadwatch.analysis.index import dyad_units, period_key
    from dyadwatch.analysis.settings import resolve
    from dyadwatch.analysis.verdict import stored_weeks, verdict_from_table, verdict_from_units
    from tests.analysis.test_materialised import _corpus

    engine = open_store(store_url)
    for title, day, sentences, extra in _corpus(120, seed=11):
        add_doc(engine, title, day, sentences, **extra)
    cluster_new(engine)
    cfg = resolve(None)
    weeks = [period_key(date(2017, 8, 28) + timedelta(days=7 * k), "week") for k in range(9)]
    compared = 0
    for dyad in ("BLR-RUS", "BLR-UKR"):
        everything = dyad_units(engine, dyad, settings=cfg)
        for rule in ("trendfinder", "zscore"):
            table = stored_weeks(engine, dyad, date(2017, 8, 28), date(2017, 10, 23), rule, cfg)
            assert table is not None
            for week in weeks:
                got = verdict_from_table(table, dyad, week, rule, cfg).to_dict()
                assert got == verdict_from_units(everything, dyad, week, rule, cfg).to_dict()
                assert got == weekly_verdict(engine, dyad, week, rule=rule).to_dict()
                compared += bool(got["reasons"])
    assert compared >= 10
