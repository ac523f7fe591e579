"""loader.reading.dates: absolute dates and ranges, read against the article's date."""

from datetime import date

import pytest

from loader.reading.dates import ABSOLUTE, date_ranges, parse_date


@pytest.mark.parametrize("text, expected", [
    ("October 26, 2023", date(2023, 10, 26)),
    ("September 15-16, 2022", date(2022, 9, 15)),  # a range: its first day, and the year after it
    ("13-14 June 2019", date(2019, 6, 13)),
    ("June 25-26", date(2025, 6, 25)),  # no year: the article's
])
def test_absolute_dates_and_ranges(text, expected):
    match = ABSOLUTE.search(f"The meeting took place on {text} in the city.")
    assert match and parse_date(match.group(0), date(2025, 6, 26)) == expected


@pytest.mark.parametrize("text, expected", [
    ("held on 31 August and 1 September 2025 in Tianjin", date(2025, 8, 31)),
    ("held August 31 - September 1, 2025", date(2025, 8, 31)),
    ("from 30 December to 2 January 2026", date(2025, 12, 30)),  # over New Year: the year before the one written
])
def test_a_range_over_two_months_takes_the_year_it_ends_with(text, expected):
    assert parse_date(text) == expected  # with no article date to go by


@pytest.mark.parametrize("phrase, reference, expected", [
    ("last May", date(2004, 6, 17), (2003, 5)),   # a month ago would be "last month": a year before
    ("last May", date(2004, 5, 20), (2003, 5)),
    ("last March", date(2004, 6, 17), (2004, 3)),
    ("last December", date(2005, 1, 10), (2004, 12)),
])
def test_a_month_named_last_is_the_latest_before_this_one_and_the_last(phrase, reference, expected):
    from loader.reading.dates import month_in

    assert month_in(phrase, reference) == expected


@pytest.mark.parametrize("text, expected", [
    ("held on June 6-7, it", [(date(2025, 6, 6), date(2025, 6, 7))]),
    ("from 10 to 12 March", [(date(2025, 3, 10), date(2025, 3, 12))]),
    ("held from April 19 to 21, the", [(date(2025, 4, 19), date(2025, 4, 21))]),
    ("on 31 August - 1 September 2024", [(date(2024, 8, 31), date(2024, 9, 1))]),
    ("on 15 June and 20 June", []),  # two days, no span
    ("from June 1 to 30", []),  # a month, not a meeting's days
])
def test_spans_of_days_with_their_first_and_last_day(text, expected):
    assert date_ranges(text, date(2025, 6, 26)) == expected
