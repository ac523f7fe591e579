"""Dates in news text: absolute forms ("Oct. 26", "27 October 2023") and relative ones resolved against the article."""

from __future__ import annotations

import re
from datetime import date, timedelta

from loader.patterns import Gated
from loader.vocabulary import MONTHS, NUMBERS, WEEKDAYS

MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "October 26, 2023", "Oct. 26", "26 October 2023", "July 13, 2021", "September 15-16, 2022" (its first day)
ABSOLUTE = Gated(
    rf"\b(?:(?P<m1>{MONTH}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{{1,2}}(?:st|nd|rd|th)?)?(?:,? (?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{{1,2}}(?:st|nd|rd|th)?|\s(?:to|and|&)\s\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf" (?:of )?(?P<m2>{MONTH})(?:,? (?P<y2>\d{{4}}))?)\b",
    words=("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
# "31 August and 1 September 2025", "August 31 - September 1, 2025": the year the range ends with is its first day's too
RANGE_END_YEAR = re.compile(rf"\s?(?:[-\u2013\u2014]|and|to)\s?(?:\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?(?P<m1>{MONTH})"
                            rf"|(?P<m2>{MONTH})\s\d{{1,2}}(?:st|nd|rd|th)?),?\s(?P<y>\d{{4}})\b")
YEARS_AGO = re.compile(rf"\b(a|an|\d{{1,2}}|{'|'.join(NUMBERS)})\syears?\sago\b")
# "today", "yesterday": relative to the dateline's date or the article's
RELATIVE_DAY = Gated(r"\b(?P<day>today|yesterday|tomorrow|this\s(?:morning|afternoon|evening)|tonight|last\s(?:night|evening))\b",
                    re.I, words=("today", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening", "tonight",
                                 "last night", "last evening"))
# "this morning" and the like: today; "last night": yesterday
RELATIVE_OFFSET = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1, "last evening": -1}
WEEKDAY = Gated(r"\b(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", words=("day",))


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def parse_date(text: str, reference: date | None = None) -> date | None:
    """The first absolute date in text; a missing year is the reference's (or the year before, if later)."""
    match = ABSOLUTE.search(text)
    if not match:
        return None
    month = _month(match["m1"] or match["m2"])
    day = int(match["d1"] or match["d2"])
    year = match["y1"] or match["y2"]
    if year:
        return _safe(int(year), month, day)
    if end := RANGE_END_YEAR.match(text, match.end()):  # the year of the range's last day; a range over New Year
        return _safe(int(end["y"]) - (month > _month(end["m1"] or end["m2"])), month, day)  # ends in the next one
    if reference is None:
        return None
    found = _safe(reference.year, month, day)
    if found and found > reference + timedelta(days=31):
        found = _safe(reference.year - 1, month, day)
    return found


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


IN_RANGE = re.compile(r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?|\s(?:to|and|&)\s)(?P<d2>\d{1,2})\b")
# "31 August - 1 September", "August 31-September 1": a range whose last day is in the next month
RANGE_NEXT_MONTH = re.compile(rf"\s?(?:[-\u2013\u2014]|to|and)\s?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?"
                              rf"(?P<m1>{MONTH})|(?P<m2>{MONTH})\s(?P<d2>\d{{1,2}}))\b")
TO_DAY = re.compile(r"\s(?:to|and|&)\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?!\s?(?:[A-Z]|of\b))")  # "April 19 to 21"
LONGEST_RANGE = 5  # days: a meeting's, not a season's


def date_ranges(text: str, reference: date | None = None) -> list[tuple[date, date]]:
    """The spans of days the text gives ("June 6-7", "from 10 to 12 March", "31 August - 1 September 2025"): each
    as its first and last day."""
    spans = []
    for match in ABSOLUTE.finditer(text):
        first = parse_date(text[match.start():], reference)
        if first is None:
            continue
        last = None
        if (inside := IN_RANGE.search(match.group(0))) or (inside := TO_DAY.match(text, match.end())):
            last = _safe(first.year, first.month, int(inside["d2"]))
        elif after := RANGE_NEXT_MONTH.match(text, match.end()):
            month = _month(after["m1"] or after["m2"])
            if month == first.month % 12 + 1:
                last = _safe(first.year + (month == 1), month, int(after["d1"] or after["d2"]))
        if last and 0 < (last - first).days < LONGEST_RANGE:
            spans.append((first, last))
    return spans


def weekday_before(reference: date, name: str) -> date:
    """The most recent day called `name` on or before the reference (news speaks of the past week)."""
    delta = (reference.weekday() - WEEKDAYS.index(name.lower())) % 7
    return reference - timedelta(days=delta)


def year_of(phrase: str, reference: date | None) -> int | None:
    """The year meant by "last year", "this year", "next year" (from the day of writing), "in 2022"."""
    phrase = phrase.lower()
    if match := re.search(r"\b(19|20)\d{2}\b", phrase):
        return int(match.group(0))
    if reference is None:
        return None
    if match := YEARS_AGO.search(phrase):  # "two years ago", "a year ago"
        return reference.year - (NUMBERS.get(match[1], 1) if not match[1].isdigit() else int(match[1]))
    if "last year" in phrase or "previous year" in phrase:
        return reference.year - 1
    if "next year" in phrase:
        return reference.year + 1
    if "this year" in phrase:
        return reference.year
    return None


def month_in(phrase: str, reference: date) -> tuple[int, int] | None:
    """(year, month) for "in July this year", "last July", "in May"."""
    match = re.search(rf"\b(last |this |next )?({MONTH})(?! \d)", phrase)
    if not match:
        return None
    month = _month(match[2])
    year = year_of(phrase, reference) or reference.year
    if match[1] == "last " and 0 <= (reference.month - month) % 12 <= 1:
        year = reference.year - 1  # "last May" written in May or June: a year ago ("last month" would say the other)
    elif match[1] == "last " or (not match[1] and year_of(phrase, reference) is None and month > reference.month):
        year = reference.year - 1 if month >= reference.month else reference.year
    return year, month
