"""Tables of meetings copied as text ("Year | Meeting | Where, when | Chaired by"): each row is read as the statement it
makes ("The 12th Meeting of the SCO Council of Heads of Government was held in Tashkent on Nov 29 2013, chaired by
X."), so that the rules that read prose read it too. The sentence keeps its original text as its evidence."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from loader.extraction.meetings import YEAR, MeetingMention, find_meetings
from loader.reading.dates import MONTH
from loader.reading.sentences import Sentence
from loader.vocabulary import COUNCIL_SERIES, HEADS_OF_STATE, ORDINALS, Series

CELL = " | "
RULE = re.compile(r"[|+:\-\s]{3,}")  # "|---|:--|", "--------+------"
# what a header cell names: the roles a column plays (one cell may play two: "Where, when")
ROLES = (("chair", re.compile(r"chair|presid", re.I)),
         ("host", re.compile(r"^host(?:\s(?:country|state|nation))?$", re.I)),
         ("place", re.compile(r"venue|where|city|place|location", re.I)), ("date", re.compile(r"date|when", re.I)),
         ("year", re.compile(r"year", re.I)),
         ("ordinal", re.compile(r"^(?:no\.?|#|n[o°]|meeting|summit|session|ordinal|edition)$", re.I)),
         ("format", re.compile(r"^(?:format|body|event|type|council)$", re.I)))
_DAYS = r"\d{1,2}(?:[-\u2013]\d{1,2})?"
DAY = re.compile(rf"\b(?:{MONTH}\s{_DAYS}\b|{_DAYS}\s{MONTH}(?![a-z]))")  # "Nov 29", "30-31 July"
NUMBER = re.compile(rf"^(?P<n>\d{{1,2}})(?:st|nd|rd|th)?\.?$|^(?P<w>{'|'.join(ORDINALS)})$", re.I)
ORDINAL_IN_BRACKETS = re.compile(r"\((?P<n>\d{1,2})(?:st|nd|rd|th)\)(?P<w>)")  # "Council of Heads of State (14th)"
ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|video(?:\s?conference|\slink)?)\b", re.I)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _roles(cells: list[str]) -> dict[int, set[str]] | None:
    """The roles of a header row's columns; None if the row is no header of a table of meetings."""
    if len(cells) < 3 or any(len(cell) > 40 or re.search(r"\d", cell) for cell in cells):
        return None
    roles = {i: {role for role, pattern in ROLES if pattern.search(cell)} for i, cell in enumerate(cells)}
    found = set().union(*roles.values())
    return roles if ("year" in found or "date" in found) and ("place" in found or "host" in found) else None


def _phrase(series: Series) -> str:
    return series.label if series.label.startswith("Meeting of the SCO") else f"{series.label} of the SCO member states"


def _statement(cells: list[str], roles: dict[int, set[str]], series: Series, reference: date | None) -> str | None:
    """What one row says, as a sentence; None for a row that names no year."""
    def cell(role: str) -> str:
        return next((cells[i] for i, r in roles.items() if role in r and i < len(cells) and cells[i]), "")
    numbered = None
    if any("format" in r for r in roles.values()):  # "| 11-12 Sept | Council of Heads of State (14th) | Dushanbe |"
        named = [m for m in find_meetings(cell("format"), reference) if m.series]
        if not named:
            return None  # '| 24-29 Aug | "Peace Mission 2014" drill |': no meeting of a series
        series = named[0].series
    elif not NUMBER.match(cell("ordinal")) and (named := [m for m in find_meetings(cell("ordinal"), reference)
                                                           if m.series]):
        series, numbered = named[0].series, named[0].ordinal  # a "Meeting" column that names each row's meeting
    when = " ".join(cells[i] for i, r in roles.items() if r & {"year", "date"} and i < len(cells))
    found, day = YEAR.search(when), DAY.search(when)
    # "| 30-31 July | ...": a year's review gives the day alone, of the year it is written in
    year = found.group(0) if found else str(reference.year) if day and reference else \
        (other.group(0) if (other := YEAR.search(" ".join(cells))) else None)
    if year is None:
        return None
    number = NUMBER.match(cell("ordinal")) or ORDINAL_IN_BRACKETS.search(cell("format"))
    ordinal = int(number["n"]) if number and number["n"] else ORDINALS.get(number["w"].lower()) if number else numbered
    place = re.split(r",\s|\s\(|\s[-\u2013]\s", cell("place"), maxsplit=1)[0].strip()
    place = "" if YEAR.search(place) or DAY.fullmatch(place) or not place[:1].isupper() else place
    text = f"The {ordinal}{_suffix(ordinal)} " if ordinal else "The "
    text += f"{_phrase(series)} was held"
    text += " online" if ONLINE.search(cell("place")) else f" in {place}" if place else ""
    text += f" on {day.group(0)} {year}" if day else f" in {year}"
    if chair := cell("chair"):
        name, _, title = chair.partition(", ")  # "Karim Massimov, Kazakh PM": "Kazakh PM Karim Massimov"
        text += f", chaired by {title} {name}" if title and len(title.split()) <= 4 else f", chaired by {chair}"
    if (host := cell("host")) and host != chair:
        text += f", hosted by {host}"
    # the other cells ("first as premier", "pitched the Silk Road Economic Belt"), unless they name a meeting, which
    # would take the row for another ("Draft documents for the summit agreed")
    notes = [cells[i] for i, r in roles.items() if not r and i < len(cells) and cells[i]
             and not find_meetings(cells[i], reference)]
    return text + "." + "".join(f" {note}." for note in notes)


def _series(sents: list[Sentence], at: int, header: list[str],
            mentions: dict[int, list[MeetingMention]]) -> Series | None:
    """The series a table lists: the one its heading names, else summits for a "Summit" column, else the one the
    article names most."""
    for s in reversed(sents[max(0, at - 3):at]):
        if (named := next((m.series for m in mentions.get(s.index, ()) if m.series), None)):
            return named
    if any(re.search(r"summit", cell, re.I) for cell in header):
        return COUNCIL_SERIES[HEADS_OF_STATE]
    counts = Counter(m.series for found in mentions.values() for m in found if m.series)
    return counts.most_common(1)[0][0] if counts else None


def meeting_rows(sents: list[Sentence], mentions: dict[int, list[MeetingMention]]) -> list[Sentence]:
    """The sentences, with each row of a table of meetings read as its statement (the original text kept)."""
    out, roles, series, width, row = [], None, None, 0, -1
    for at, s in enumerate(sents):
        cells = [cell.strip() for cell in s.text.strip(" |").split(CELL)] if CELL in s.text else []
        if RULE.fullmatch(s.text):  # "|---|---|": a markdown table's rule under its header
            out.append(s)
            continue
        if (header := _roles(cells)) is not None:
            roles, series, width, row = header, _series(sents, at, cells, mentions), len(cells), s.paragraph
        elif roles and series and len(cells) >= width - 1 and \
                (statement := _statement(cells, roles, series, s.reference)):
            s, row = replace(s, text=statement, original=s.original or s.text), s.paragraph
        elif not cells and s.paragraph != row:  # not the rest of a row's cell, which a full stop cut
            roles = None
        out.append(s)
    return out
