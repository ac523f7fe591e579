"""The document-level frame: which meeting an article reports, decided from all of its evidence at once.

Every mention of a regular meeting (a council, a ministerial meeting, "the summit") or of a press event
votes for the meeting it names: the headline counts most, then the lead, then the rest. Mentions of
another year's meeting ("last year's summit") and of plans ("will attend") count little. The winner is
the article's main meeting: what a sentence calls only "the summit", "the meeting" or "the event" refers
to it, and so does the attendance, chair, host and adopted documents that such sentences report."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from loader.extraction.gazetteer import slug
from loader.extraction.meetings import MINISTERIAL_WHO, UPCOMING_BEFORE, YEAR, MeetingMention, is_future, sentence_date
from loader.facts import MEETING, PRESS_EVENT
from loader.reading.sentences import Sentence
from loader.vocabulary import OUTSIDE_LABELS, OUTSIDE_SERIES

HEADLINE, LEAD, BODY = 3.0, 2.0, 1.0
LEAD_SENTENCES = 3
LINE_WORDS = 5  # the least words of a line that counts among the lead's sentences
SERIES_IN_LEAD = 8  # how far into an article "the council" may take its series from the participants named with it
OTHER_YEAR, PLANNED, GENERIC = 0.2, 0.25, 0.5
ENOUGH = 0.75  # the least vote that makes a meeting the main one
OUTVOTED = 0.5  # a named meeting outvoted this much by "the summit" is not what the article reports
PLAN = re.compile(r"\bwill\s(?:attend|be\sheld|host)")
# A sentence that reports the meeting taking place: its mention counts more
REPORTED = re.compile(r"\b(?:was\sheld|were\sheld|took\splace|chaired|presided|opened|convened|kicked\soff|concluded|"
                      r"hosted|attended|gathered|met|began|wrapped\sup|ended|closed|held\s(?:its|their))\b")
REPORTED_BONUS = 1.0
PAST_MONTHS = 2  # a meeting of a month this long before the article's is not its news
PAST_ITEM_DAYS = 60  # nor a sentence dated this long before the article (a chronicle's item)
RECENT_DAYS = 7  # a meeting dated in the week before the article is the news
# A meeting named as the topic of another event ("briefed the media on the results of the 19th meeting")
TOPIC_BEFORE = re.compile(r"\b(?:results?|outcomes?|decisions|preparations?)\sof\s(?:the\s)?(?:\S+\s){0,3}$", re.I)
TOPIC = 0.5
# A meeting still to come: "the summit to be held later" (and loader.extraction.meetings.UPCOMING_BEFORE)
NEXT_YEAR = re.compile(r"\b[Nn]ext\syear\b")
UPCOMING_AFTER = re.compile(r"^\S*\s(?:\S+\s){0,4}?(?:to\sbe\sheld|scheduled|slated|later\sthis|next\s(?:year|month|week))\b", re.I)


def _venue_year(sentence: Sentence, mention: MeetingMention) -> int | None:
    """"The Ufa summit" in an article of 2019 votes for the summit of 2015, which the reference list places there."""
    if not (mention.city_word and mention.series and mention.series.venues and sentence.reference):
        return None
    if sentence.index <= 0 and not mention.summit:
        return None  # "Meeting of SCO defence ministers in Bishkek" over an article: its own, wherever the last was
    city, this_year = slug(mention.city_word), sentence.reference.year
    if city not in mention.series.venues.values() or mention.series.venues.get(this_year, city) == city:
        return None
    past = mention.series.years_in(city, this_year)
    return past[0] if past else None


OTHER_CLAUSE = re.compile(r",\s(?!(?:which|that|to|due|set|scheduled|expected|slated|planned|later|next|where|when|"
                          r"in|on|at|from|is|are|was|were|will|would|has|have)\b)|\.\s")


def is_upcoming(text: str, mention: MeetingMention) -> bool:
    """Does the sentence speak of the mentioned meeting as still to come ("ahead of the Tianjin summit")?"""
    after = text[mention.end:mention.end + 40]
    if clause := OTHER_CLAUSE.search(after):
        after = after[:clause.start()]  # not "the summit of their group, their host will be the only one who ..."
    near = text[max(0, mention.start - 40):mention.start] + text[mention.start:mention.end] + after
    # not "X met here and prepared the summit leaders will hold"
    return bool(is_future(near) or UPCOMING_BEFORE.search(text[max(0, mention.start - 40):mention.start])
                or UPCOMING_AFTER.search(text[mention.end:mention.end + 60]))


@dataclass(frozen=True)
class Frame:
    """The main meeting's first mention, the sentence it is in, and whether the article speaks of it as planned."""

    sentence: Sentence
    mention: MeetingMention
    future: bool


def _key(sentence: Sentence, mention: MeetingMention) -> tuple | None:
    """What a mention votes for: (series or press event, year)."""
    year = mention.year or _venue_year(sentence, mention) or (sentence.reference.year if sentence.reference else None)
    if mention.kind == PRESS_EVENT:
        return (PRESS_EVENT, sentence.reference)
    if mention.outside:  # another group's summit beside the SCO's is never what an SCO article reports; a one-off is
        return (OUTSIDE_SERIES[mention.outside][0], year) if mention.outside in OUTSIDE_LABELS else None
    if mention.kind == MEETING and mention.name:
        return (MEETING, mention.name)
    if mention.series is None:
        return None
    return (mention.series.prefix, year)


def _dated_later(sentence: Sentence, mention: MeetingMention) -> bool:
    """Does the sentence date the meeting after the article's day ("The summit is scheduled for June 8-9" in April,
    "the June summit" in April)? Then every mention of it speaks of a meeting still to come."""
    if not sentence.reference:
        return False
    after = sentence.text[mention.end:mention.end + 60]
    when = UPCOMING_AFTER.search(after) and sentence_date(after, sentence.reference)
    if when and when < sentence.reference and not YEAR.search(after) and (when.month, when.day) != (2, 29):
        when = when.replace(year=when.year + 1)  # "scheduled for June 8-9" in April: this June, not last
    return bool(when and when > sentence.reference) or bool(
        mention.month and mention.year in (None, sentence.reference.year) and mention.month > sentence.reference.month
        and (mention.city_word or not mention.summit or _sco_named(sentence, mention)))  # not "the annual summit in
    # December" of two of its leaders


def _weight(sentence: Sentence, mention: MeetingMention, position: int, headline: bool,
            published: date | None = None) -> float:
    """A mention's vote: where it stands and how it names the meeting, then what makes it count less (another
    year's meeting, a plan, "the summit", a topic, a sentence dated long before the article) applied to all of
    that."""
    weight = HEADLINE if headline else LEAD if position < LEAD_SENTENCES else BODY
    if mention.ordinal:
        weight += 1
    after = sentence.text[mention.end:mention.end + 60]
    when = sentence_date(after, sentence.reference) if sentence.reference else None
    ahead = sentence.reference and (day := sentence_date(sentence.text[:mention.end], sentence.reference)) \
        and day > sentence.reference  # "- 3-4 July: the summit"; not a later day named after the mention
    later = sentence.reference and mention.month and mention.year in (None, sentence.reference.year) \
        and mention.month > sentence.reference.month  # "the September summit" in July
    if is_upcoming(sentence.text, mention) or when and when > sentence.reference or ahead or later:
        weight *= PLANNED
    elif (REPORTED.search(sentence.text) or when and 0 <= (sentence.reference - when).days <= RECENT_DAYS) \
            and (not mention.generic or mention.summit):
        weight += REPORTED_BONUS  # "the summit was held ...", "the summit in Astana on Thursday", "chaired the summit"
    if mention.generic and not mention.ordinal and not _sco_named(sentence, mention):  # not "its twentieth summit"
        weight *= GENERIC
    year = mention.year or _venue_year(sentence, mention)  # "at the Astana summit" in 2025: 2024's
    if year and sentence.reference and year != sentence.reference.year:
        weight *= OTHER_YEAR  # "proclaimed at a summit in Shanghai in June 2001, ... had met since 1996"
    elif mention.month and sentence.reference and sentence.reference.month - mention.month >= PAST_MONTHS:
        weight *= OTHER_YEAR  # "the Astana summit this July" in October: an earlier meeting than the news
    if TOPIC_BEFORE.search(sentence.text[max(0, mention.start - 40):mention.start]):
        weight *= TOPIC
    if published and sentence.reference and (published - sentence.reference).days > PAST_ITEM_DAYS:
        weight *= OTHER_YEAR  # "2002 - St Petersburg. Second summit, 7 June." in a list of 2015: not the news
    return weight


SCO_NAMED = re.compile(r"\bSCO\b|Shanghai\sCooperation")
OF_THE_SCO = re.compile(r"\sof\s(?:the\s)?(?:SCO\b|Shanghai\sCooperation)")


def _sco_named(sentence: Sentence, mention: MeetingMention) -> bool:
    """"The SCO summit", "a summit of the Shanghai Cooperation Organization": the organisation's own, named."""
    return mention.summit and (SCO_NAMED.search(sentence.text, mention.start, mention.end) is not None
                               or OF_THE_SCO.match(sentence.text, mention.end) is not None)


def _rank(sentence: Sentence, mention: MeetingMention, headline: bool) -> tuple[bool, bool, bool]:
    """Which mention to register the meeting from (its sentence becomes the meeting's evidence): a name rather
    than "the summit", not next year's ("Next year Russia is due to host the summit in Chelyabinsk"), the body
    rather than the headline; the lowest rank wins."""
    return (mention.generic, bool(NEXT_YEAR.search(sentence.text)) and is_upcoming(sentence.text, mention), headline)


def _series_named(text: str):
    """The one series whose participants a text names ("the SCO's foreign ministers"), if it names one."""
    named = {series.prefix: series for pattern, series in MINISTERIAL_WHO if pattern.search(text)}
    return next(iter(named.values())) if len(named) == 1 else None


def main_meeting(mentions: list[tuple[Sentence, list[MeetingMention]]], title: str,
                 published: date | None = None) -> Frame | None:
    """The meeting an article reports, from the meeting mentions of its sentences and its (folded) title."""
    votes: dict[tuple, float] = {}
    named: dict[tuple, float] = {}
    first: dict[tuple, tuple[tuple[bool, bool], Sentence, MeetingMention]] = {}  # best mention of each meeting
    position, before, later = 0, "", set()
    for sentence, found in mentions:
        headline = sentence.index < 0 or sentence.index == 0 and sentence.text == title
        for mention in found:
            if not mention.kind and mention.series is None and not mention.outside and position < SERIES_IN_LEAD \
                    and (series := _series_named(before + " " + sentence.text)):
                # "Belarus took its seat among the SCO's foreign ministers. The council met today": theirs, in the lead
                mention = replace(mention, kind=series.kind, series=series)
            key = _key(sentence, mention)
            if key is None:
                continue
            weight = _weight(sentence, mention, position, headline, published)
            votes[key] = votes.get(key, 0.0) + weight
            if not mention.generic or mention.ordinal or _sco_named(sentence, mention):  # "the second SCO summit"
                named[key] = named.get(key, 0.0) + weight
            if _dated_later(sentence, mention):
                later.add(key)
            rank = _rank(sentence, mention, headline)
            if key not in first or rank < first[key][0]:
                first[key] = (rank, sentence, mention)
        if not headline and len(sentence.text.split()) >= LINE_WORDS:
            position += 1  # not a page's "Share", "LISTEN TO ARTICLE" or "4:51": the lead is the story's first lines
        before = sentence.text
    for key in later:  # a meeting dated after the article is still to come, even where the headline names it
        votes[key] *= PLANNED
        if key in named:
            named[key] *= PLANNED
    if named and max(named.values()) >= ENOUGH:
        best = max(named, key=lambda k: named[k])
        meetings = [k for k in votes if k[0] not in (PRESS_EVENT, MEETING)]
        if not (best[0] == PRESS_EVENT and meetings and max(votes[k] for k in meetings) >= named[best]) \
                and named[best] >= OUTVOTED * max(votes.values()):
            votes = named  # the meetings the article names decide; "the summit" only when it names none
        # (but "the summit" said as often as a press conference is named is the meeting the press heard about, and
        # "the summit" said twice as often as a council named in passing is the meeting reported)
    ranked = sorted(votes, key=lambda k: (-votes[k], k[0] == PRESS_EVENT))
    if not ranked or votes[ranked[0]] < ENOUGH:
        return None
    _, sentence, mention = first[ranked[0]]
    return Frame(sentence, mention, bool(PLAN.search(sentence.text)) or ranked[0] in later)
