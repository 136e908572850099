from __future__ import annotations

import json

from dyadwatch.analysis.index import INDEX_COLUMNS, busiest_week, compute_index
from dyadwatch.store import open_store
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
