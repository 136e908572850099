from __future__ import annotations

import pytest

from dyadwatch.clean.meta import parse_date_line


@pytest.mark.parametrize("line,expected", [
    ("October 2 – October 8, 2017", ("2017-10-08", "day")),
    ("8 October 2017", ("2017-10-08", "day")),
    ("2 – 8 October 2017", ("2017-10-08", "day")),
    ("October 2017", ("2017-10", "month")),
    ("12 октября 2017 г.", ("2017-10-12", "day")),
    ("November 25 – December 1", None),
    ("Belarus-Russia relations", None),
    ("The summit in Sochi on October 11th and 12th, 2017 will launch a busy autumn", None),
])
def test_header_dates(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_date_line(line) == expected
