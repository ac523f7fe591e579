"""loader.reading.dates: absolute dates and ranges, read against the article's date."""

from datetime import date

import pytest

from loader.reading.dates import ABSOLUTE, parse_date


@pytest.mark.parametrize("text, expected", [
    ("October 26, 2023", date(2023, 10, 26)),
    ("September 15-16, 2022", date(2022, 9, 15)),  # a range: its first day, and the year after it
    ("13-14 June 2019", date(2019, 6, 13)),
    ("June 25-26", date(2025, 6, 25)),  # no year: the article's
])
def test_absolute_dates_and_ranges(text, expected):
    match = ABSOLUTE.search(f"The meeting took place on {text} in the city.")
    assert match and parse_date(match.group(0), date(2025, 6, 26)) == expected


@pytest.mark.parametrize("phrase, reference, expected", [
    ("last May", date(2004, 6, 17), (2003, 5)),   # a month ago would be "last month": a year before
    ("last May", date(2004, 5, 20), (2003, 5)),
    ("last March", date(2004, 6, 17), (2004, 3)),
    ("last December", date(2005, 1, 10), (2004, 12)),
])
def test_a_month_named_last_is_the_latest_before_this_one_and_the_last(phrase, reference, expected):
    from loader.reading.dates import month_in

    assert month_in(phrase, reference) == expected
