"""The one place that checks actor codes, types, statuses, languages and dates."""

from __future__ import annotations

import pytest

from dyadwatch.store import validators as check
from dyadwatch.store.validators import InvalidValue


def test_dyads_and_actors_are_known_codes() -> None:
    assert check.dyad("blr/rus") == "BLR-RUS"
    assert check.dyad("EU-BLR") == "EU-BLR"
    assert check.actor("unionstate") == "UNIONSTATE"
    with pytest.raises(InvalidValue) as err:
        check.dyad("BLR-RUX")
    line = str(err.value)
    assert line.startswith("--dyad: unknown actor code 'RUX' (did you mean RUS")
    assert "valid: ABW, " in line and ", ZWE" in line and "\n" not in line
    with pytest.raises(InvalidValue, match="a dyad is two actor codes like BLR-RUS"):
        check.dyad("BLRRUS")


def test_types_statuses_languages_list_the_choices() -> None:
    assert check.event_types(["agree,Consult", "AGREE"]) == ("AGREE", "CONSULT")
    assert check.statuses(["Planned"]) == ("planned",)
    with pytest.raises(InvalidValue, match=r"--type: unknown event type 'AGRE' \(did you mean AGREE\?\); "
                                           r"valid: AGREE, CONSULT, .*ASSAULT$"):
        check.event_types(["AGRE"])
    with pytest.raises(InvalidValue, match="valid: occurred, planned, forecast, denied, hypothetical"):
        check.statuses(["happened"])
    assert check.language("RU") == "ru"
    with pytest.raises(InvalidValue, match=r"--lang: unknown language 'xx'; valid: en, ru, be$"):
        check.language("xx")


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2020", "2020-01-01", "2020-12-31"),
    ("2020-09", "2020-09-01", "2020-09-30"),
    ("2020-02", "2020-02-01", "2020-02-29"),
    ("2020-W38", "2020-09-14", "2020-09-20"),
    ("2020w38", "2020-09-14", "2020-09-20"),
    ("2020-09-14", "2020-09-14", "2020-09-14"),
])
def test_every_date_form_is_an_interval(value: str, first: str, last: str) -> None:
    a, b = check.date_interval(value)
    assert (a.isoformat(), b.isoformat()) == (first, last)


@pytest.mark.parametrize("value", ["2020-13", "2020-02-30", "2020-W54", "yesterday", "20-09", "2020-9", ""])
def test_impossible_dates_are_refused(value: str) -> None:
    with pytest.raises(InvalidValue, match="^--from: "):
        check.date_interval(value, "--from")


def test_date_range_and_weeks() -> None:
    assert check.date_range("2020-09", "2020-W38") == ("2020-09-01", "2020-09-20")
    assert check.date_range(None, "2020") == (None, "2020-12-31")
    with pytest.raises(InvalidValue, match="--to: '2020-08' is before --from '2020-09'"):
        check.date_range("2020-09", "2020-08")
    assert check.week("2020-w38") == "2020-W38"
    assert check.week("2020-09-16") == "2020-W38"
    with pytest.raises(InvalidValue, match="not a week"):
        check.week("2020-09")
