"""Recognise meetings in a sentence: SCO councils, summits, forums and press events, with ordinal and date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loader.reading.dates import month_in, parse_date, weekday_before, year_of, WEEKDAY
from loader.facts import FOREIGN_MINISTERS, FORUM, HEADS_OF_GOVERNMENT, HEADS_OF_STATE, MEETING, PRESS_EVENT
from loader.extraction.patterns import Gated, trie_pattern

ORDINAL_WORDS = {
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1
    )
}
ORDINAL = r"(?P<ord>\d{1,2})(?:st|nd|rd|th)|(?i:(?P<ordw>" + trie_pattern(ORDINAL_WORDS) + "))"
COUNCILS = {
    "heads of state": HEADS_OF_STATE,
    "heads of government": HEADS_OF_GOVERNMENT,
    "foreign ministers": FOREIGN_MINISTERS,
    "ministers of foreign affairs": FOREIGN_MINISTERS,
}
COUNCIL = re.compile(
    rf"(?:(?:{ORDINAL})\s)?(?:SCO\s)?(?:meeting|session)\sof\sthe\s(?:SCO\s)?Council\sof\s"
    r"(?P<council>Heads\sof\sState|Heads\sof\sGovernment|Foreign\sMinisters|Ministers\sof\sForeign\sAffairs)"
    r"(?P<tail>(?:\s(?:of\s)?(?:the\s)?(?:SCO\s)?(?:Member\sStates\s)?(?:of\s)?(?:the\s)?"
    r"(?:Shanghai\sCooperation\sOrgani[sz]ation|SCO)(?:\s\(SCO\))?(?:\sMember\sStates)?)?)"
    r"(?P<when>\s(?:last|this)\s(?:year|[A-Z][a-z]+))?",
    re.I,
)
SHORT_COUNCIL = re.compile(r"\bthe\s(?:SCO\s)?(?P<council>Heads\sof\s(?:State|Government))\smeeting\b", re.I)
# "The Council of Foreign Ministers of the SCO met on Thursday in Karakol"
COUNCIL_MET = re.compile(
    r"\b[Tt]he\s(?:SCO\s)?Council\sof\s(?P<council>Heads\sof\sState|Heads\sof\sGovernment|Foreign\sMinisters|"
    r"Ministers\sof\sForeign\sAffairs)(?:\sof\sthe\s(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)(?:\s\(SCO\))?)?"
    r"(?=\s(?:met|convened|was\sheld|opened|held))"
)
# "The 22nd meeting of the council was held in Bishkek last year": the same council as the article's
OF_THE_COUNCIL = re.compile(rf"(?:{ORDINAL})\smeeting\sof\sthe\scouncil\b(?P<when>.{{0,60}}?\b(?:last|this)\syear)?")
SUMMIT = re.compile(
    r"(?P<pre>(?:last|this|next)\syear's\s)?(?:the\s)?(?:SCO\s)?(?P<city>[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?)?(?:SCO\s)?summit"
    r"(?P<post>(?:\sheld)?(?:\sin\s(?:[A-Z][a-z]+))?(?:\s(?:last|this|next)\syear)?)",
)
FORUM_RE = re.compile(
    rf"\bthe\s(?:(?:{ORDINAL})\s)?(?P<name>(?:SCO\s)?(?:[A-Z][a-z]+\s(?:and\s)?)*Forum"
    r"(?:\s(?:for|on)\s[A-Z][\w-]+(?:\s(?:and\s)?[A-Z][\w-]+)*)?)"
)
NAMED_FORUM = re.compile(r"\bthe\s(?P<name>SCO\s(?:[a-z-]+\s){1,4}forum)(?!\snext\b)")
NAMED_SUMMIT = re.compile(r"\bthe\s(?P<name>(?:[A-Z][a-z]+-)+[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\sSummit)\b")
PRESS = Gated(r"met\swith\sthe\spress|press\sconference|joint\spress\s(?:event|meeting)", re.I, words=("press",))
GENERIC = Gated(r"\b(?:the|this|that)\s(?:SCO\s|Shanghai\sCooperation\sOrgani[sz]ation\s(?:\(SCO\)\s)?)?(?:meeting|summit|session)\b", re.I,
                words=("meeting", "summit", "session"))
FUTURE = Gated(r"\b(?:will|to\sbe\sheld|is\sto|shall|next\s(?:year|week|month)|plans?\sto|is\sexpected\sto)\b", re.I,
               words=("will", "to be held", "is to", "shall", "next", "plan", "expected"))
COUNCIL_IDS = {
    HEADS_OF_STATE: "sco_heads_of_state_council",
    HEADS_OF_GOVERNMENT: "sco_heads_of_government_council",
    FOREIGN_MINISTERS: "sco_foreign_ministers_council",
}
COUNCIL_LABELS = {
    HEADS_OF_STATE: "Meeting of the SCO Council of Heads of State",
    HEADS_OF_GOVERNMENT: "Meeting of the SCO Council of Heads of Government",
    FOREIGN_MINISTERS: "Meeting of the SCO Council of Foreign Ministers",
}


@dataclass(frozen=True)
class MeetingMention:
    """A meeting named in a sentence; year None when the text does not fix it."""

    start: int
    end: int
    kind: str
    ordinal: int | None = None
    year: int | None = None
    month: int | None = None
    city_word: str | None = None
    name: str | None = None
    generic: bool = False


def _ordinal(match: re.Match) -> int | None:
    if match["ord"]:
        return int(match["ord"])
    if match["ordw"]:
        return ORDINAL_WORDS[match["ordw"].lower()]
    return None


def find_meetings(text: str, reference: date | None) -> list[MeetingMention]:
    """Every meeting mention in a sentence, left to right."""
    found: list[MeetingMention] = []
    lower = text.lower()
    council, summit, forum = "council" in lower, "summit" in lower, "forum" in lower
    for match in COUNCIL.finditer(text) if council else ():
        kind = COUNCILS[" ".join(match["council"].lower().split())]
        year = month = None
        if match["when"] and reference:
            year = year_of(match["when"], reference)
            if ym := month_in(match["when"], reference):
                year, month = ym
        found.append(MeetingMention(match.start(), match.end(), kind, _ordinal(match), year, month))
    for match in COUNCIL_MET.finditer(text) if council else ():
        kind = COUNCILS[" ".join(match["council"].lower().split())]
        found.append(MeetingMention(match.start(), match.end(), kind, year=reference.year if reference else None))
    for match in OF_THE_COUNCIL.finditer(text) if council else ():
        if not any(m.start <= match.start() < m.end for m in found):
            year = year_of(match["when"], reference) if match["when"] and reference else None
            found.append(MeetingMention(match.start(), match.end(), "", _ordinal(match), year, name="council"))
    for match in SHORT_COUNCIL.finditer(text) if "meeting" in lower else ():
        if not any(m.start <= match.start() < m.end for m in found):
            found.append(MeetingMention(match.start(), match.end(), COUNCILS[match["council"].lower()], generic=True))
    for match in SUMMIT.finditer(text) if summit else ():
        if any(m.start <= match.start() < m.end for m in found):
            continue
        phrase = (match["pre"] or "") + (match["post"] or "")
        city = (match["city"] or "").strip() or None
        if city and city in {"The", "Central", "Asia"} or re.search(r"-\s*$|Central Asia", text[max(0, match.start() - 20):match.start() + 2]):
            continue
        year = year_of(phrase, reference) if reference else None
        month = None
        if reference and (ym := month_in(phrase, reference)):
            year, month = ym
        generic = not (city or year)
        found.append(MeetingMention(match.start(), match.end(), HEADS_OF_STATE, None, year, month, city, generic=generic))
    for match in FORUM_RE.finditer(text) if forum else ():
        if match["name"] != "Forum":
            found.append(MeetingMention(match.start(), match.end(), FORUM, _ordinal(match), name=" ".join(match["name"].split())))
    for match in NAMED_FORUM.finditer(text) if forum else ():
        if not any(m.start <= match.start() < m.end for m in found):
            found.append(MeetingMention(match.start(), match.end(), FORUM, name=match["name"]))
    for match in NAMED_SUMMIT.finditer(text) if summit else ():
        found.append(MeetingMention(match.start(), match.end(), MEETING, name=match["name"]))
    for match in PRESS.finditer(text) if "press" in lower else ():
        found.append(MeetingMention(match.start(), match.end(), PRESS_EVENT))
    found = [m for m in found if not (m.kind == HEADS_OF_STATE and m.generic and any(
        o is not m and o.start <= m.start < o.end for o in found))]
    for match in GENERIC.finditer(text):
        if not any(m.start <= match.start() < m.end or match.start() <= m.start < match.end() for m in found):
            found.append(MeetingMention(match.start(), match.end(), "", generic=True))
    return sorted(found, key=lambda m: m.start)


def sentence_date(text: str, reference: date | None) -> date | None:
    """An explicit date in the sentence ("on October 26", "September 17, 2021", "on Thursday")."""
    found = parse_date(text, reference)
    if found:
        return found
    if reference and (match := WEEKDAY.search(text)):
        return weekday_before(reference, match[1])
    return None


def is_future(text: str) -> bool:
    """Does the sentence speak of something still to happen?"""
    return bool(FUTURE.search(text))


def council_id(kind: str, year: int) -> str:
    return f"{COUNCIL_IDS[kind]}_{year}"
