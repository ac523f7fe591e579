"""Step 2: Document -> ArticleFacts. Pure over the text and the gazetteer; no I/O, no rdflib.

How an article is read:
1. its sentences (loader.reading.sentences) and, for the whole article, the state it speaks for, the person it is
   about and the meeting it reports (loader.extraction.frame);
2. each sentence: its people and the meetings it names, resolved against the article so far (`_read`), then the
   rules of RULES in turn (loader.extraction.rules): each reads the article and the sentence and yields candidate
   facts with their evidence (loader.extraction.candidates), which `Article.apply` merges (loader.extraction.merge)
   so that each fact is kept once;
3. document-level steps: what a section's sentences mention, the publisher, and capacities the article states
   elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from loader.extraction import relations as rel
from loader.extraction.article import ELSEWHERE, Article, Seen, press_event
from loader.extraction.candidates import Candidate
from loader.extraction.frame import main_meeting
from loader.extraction.gazetteer import Gazetteer, fold
from loader.extraction.meetings import (YEAR, MeetingMention, card_opener, earlier_gatherings, find_meetings, is_future,
                                        sentence_date, venue_mentions, with_earlier_year, year_and_venue_mentions)
from loader.extraction.mentions import NOT_NAMES, NOT_PERSON_WORDS, TITLE_WORDS, Memory, PersonMention, Recognizer, titled
from loader.extraction.recase import recased, shouting
from loader.extraction.rules.attendance import all_members, attended_by_clause, participation
from loader.extraction.rules.attributes import meeting_attributes, remote
from loader.extraction.rules.documents import documents
from loader.extraction.rules.initiatives import flush_mentions, initiatives, named_things
from loader.extraction.rules.proposals import proposals
from loader.extraction.rules.side_meetings import DESCRIBED, HEAD_OF_STATE, side_meetings, the_president
from loader.extraction.rules.statuses import statuses
from loader.extraction.tables import meeting_rows
from loader.facts import (BILATERAL, CITY, DIALOGUE_PARTNER, GUEST, HEADS_OF_GOVERNMENT, HEADS_OF_STATE, IGO, MEMBER,
                          OBSERVER, ORGANIZATION, PERSON, PRESS_EVENT, STATE, ArticleFacts, Entity, Meeting,
                          Participation)
from loader.patterns import Gated, trie_pattern
from loader.reading.documents import Document, dateline
from loader.reading.dates import MONTH, WEEKDAY, date_ranges
from loader.reading.sentences import CLAUSE_VERB, ENTRY_STAMP, ITEM_DAY, ITEM_PLACE, Sentence, sentences
from loader.vocabulary import (COUNCIL_SERIES, HEAD_OF_STATE_TITLES, MEETING_OF_TITLE, SCO_PLUS_NAME, SERIES_KINDS,
                               SHANGHAI_FIVE, STANDINGS, THREE_WAY_FORMAT, TITLES_OF_SERIES, gathered_titles)

EXTRACTOR_VERSION = "0.9.292"
# The rules every sentence goes through, in this order. Each reads the article and yields candidates
# (loader.extraction.candidates); the merge writes each before the rule resumes, so a later one sees them.
RULES = (named_things, meeting_attributes, side_meetings, participation, attended_by_clause, all_members, remote, statuses,
         proposals, documents, initiatives)
SPEAKS_FOR = Gated(
    r"(?:^|\.\s|,\s)(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:will|has|is\sready|stands\sready|is\swilling|proposes|welcomes|"
    r"supports|always\sviews)\b",
    words=("will", "has", "ready", "willing", "proposes", "welcomes", "supports", "views"))
# A read-out's report of its meeting, which took place on the day the read-out is dated when it names no other
REPORTED_TODAY = re.compile(r"\b(?:chaired|was\sheld|were\sheld|took\splace|opened|hosted|convened|presided\sover|"
                            r"came\sto\san\send|concluded|(?:has|have)\s(?:begun|started|opened))\b")
# A headline that looks ahead to its meeting, and what a report of a held meeting says
MONTH_NAMED = re.compile(rf"\b{MONTH}(?![a-z])")
PREVIEW_HEADLINE = re.compile(r"\b(?:to\s(?:attend|lead|host|visit|travel|participate|address|chair|represent)|will\s|set\sto|"
                              r"ahead\sof|to\sbe\sheld|expected\sto|gears?\sup|prepares?\sfor|leaves?\sfor|departs?\sfor)\b", re.I)
REPORTED_PAST = re.compile(r"\b(?:was\sheld|were\sheld|took\splace|opened|kicked\soff|concluded|ended|wrapped\sup|chaired|"
                           r"attended|adopted|signed|has\sbegun|began)\b")
TIME_SHIFT = re.compile(r"(?:(?:A|One|Two|Three|Four|Five|Six|\d{1,2})\s(?:years?|months?)\s(?:later|earlier|before|after)|"
                        r"(?:In|By)\s(?:[A-Z][a-z]+\s)?(?:19|20)\d\d\b|(?:The\s)?(?:[Nn]ext|[Ff]ollowing|[Pp]revious)\s(?:year|summit))")
LEADER_TITLES = {"President", "Prime Minister", "Premier"}  # a known leader leads his own state only
POSSESSIVE = re.compile(r"['\u2019]s\b")
YEAR_SUFFIX = re.compile(r"_\d{4}$")
STANDING_CAPACITY = {"member": MEMBER, "observer": OBSERVER, "partner": DIALOGUE_PARTNER, "guest": GUEST}
DAY_RANGE = re.compile(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\s[A-Z][a-z]"
                       r"|\b[A-Z][a-z]{2,8}\.?\s\d{1,2}\s?[-\u2013]\s?\d{1,2}\b")  # "25-26 June", "Sept. 11-12"
TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?\s?)?(?:[A-Z]{2,4}\s?)?(?:[|\u2013\u2014-]|$)")


def extract_facts(document: Document, gazetteer: Gazetteer) -> ArticleFacts:
    """Every fact one article states, with the sentence each comes from."""
    a = Article(document, gazetteer)
    sents = sentences(document, a.facts.warnings.append)
    if document.title and sents and sents[0].text != fold(document.title):
        sents.insert(0, Sentence(fold(document.title), -1, -1, document.published, original=document.title))
    sents = [replace(s, text=recased(s.text, gazetteer), original=s.original or s.text) if shouting(s.text) else s
             for s in sents]  # a wire's flash, a headline in capitals: in the case the rules read
    a.speaker_state = speaker_state(sents, gazetteer)
    a.lead_person = lead_person(sents, a.rec)
    a.first_person = first_person(sents, a.rec)
    a.mentions = _mentions(sents)  # read once, used twice
    if (rows := meeting_rows(sents, a.mentions)) != sents:  # a table of meetings, each row read as what it says
        sents = rows
        a.mentions = _mentions(sents)
    _counterparts_meetings(a, sents)
    a.main = main = _main_meeting(a, sents)
    section, paragraph, focus_section, heading_focus, dated_focus = 0, None, None, None, False
    for s in sents:
        if s.section != section:  # a dateline opens a new section: its own bilateral meetings and visits
            _apply(a, flush_mentions(a))
            section, a.bilateral, a.visit = s.section, None, False
            a.section_start, a.section_bilateral = s.index, None
        opens = s.paragraph != paragraph and s.start >= 0
        continues = dated_focus and a.main != main and opens and _goes_on(a, s)  # "The event was attended by ..."
        if continues:
            paragraph = s.paragraph  # the whole paragraph goes on with that meeting
        if opens and not (a.main != main and s.section == focus_section or continues) or TIME_SHIFT.match(s.text) \
                or rel.TIMELINE_ITEM.match(s.text):  # "A year later, ...": another meeting than the paragraph's
            a.main, paragraph, focus_section = main, s.paragraph, None
            if heading_focus and (rel.TIMELINE_ITEM.match(s.text) or TIME_SHIFT.match(s.text) or _heading(s.text)):
                heading_focus = None  # the next item, or a heading: the item's paragraphs are over
            a.main = heading_focus or main  # the paragraphs under "20-21 April 2017 - Meeting of the CFM": that one
        seen = _read(a, s)
        for rule in RULES:
            _apply(a, rule(a, seen))
        if opens and (focus := _paragraph_focus(a, seen, main)):
            a.main = focus  # "* 29 March, New Delhi - The 18th Meeting of ... Doval chaired the meeting": that one
            # a timeline item speaks for its whole section (the list of participants below it), a paragraph for itself
            card = rel.TIMELINE_ITEM.match(s.text) or s.item == ITEM_PLACE  # a timeline's item, or its card
            focus_section = s.section if card and s.section else None
            dated_focus = sentence_date(s.text, s.reference) is not None  # "... hosted by India on 28 April"
            heading_focus = focus if rel.TIMELINE_ITEM.match(s.text) and _heading(s.text) else None
        elif a.main != main and any(m != a.main and a.facts.meetings[m].kind in SERIES_KINDS for _, m in seen.placed):
            a.main = main  # the paragraph has moved on to another meeting: "the summit" is the article's again
        trigger = rel.bilateral_trigger(s.text)  # "Held talks with X": X is no subject
        subject = next((m.person for m in seen.people if m.person and m.start < 60  # not "It was Putin's first"
                        and not (trigger and trigger.start() < m.start) and not POSSESSIVE.match(s.text, m.end)), None)
        if subject is None and (head := HEAD_OF_STATE.search(s.text, 0, 90)) and head.start() < 60:
            subject = the_president(a, head)  # "On the sidelines, the president met ...": "He" in the next sentence
        if subject is None and (described := DESCRIBED.search(s.text, 0, 60)) and \
                (state := a.gaz.state_of_adjective(described["adj"])):
            subject = a.memory.by_state.get(state)  # "The Belarusian leader held a number of meetings": "he" after it
        if subject is None and a.speaker_at[0] == s.index:
            subject = a.speaker_at[1]  # "the President held a meeting with X": whoever the talks were found to be of
        if subject:
            a.memory.last_person, a.subject_at = subject, s.index
    a.main = main
    _apply(a, flush_mentions(a))
    _publisher(a)
    _finish(a, sents)
    return a.facts


def _goes_on(a: Article, s: Sentence) -> bool:
    """A paragraph that opens by calling a meeting only "the event" or "the meeting": the one the paragraph before
    it reported (with its day or place)."""
    mentions = a.mentions.get(s.index, ())
    return bool(mentions) and mentions[0].generic and mentions[0].start == 0 and all(m.generic for m in mentions)


def _heading(text: str) -> bool:
    """A line that heads what follows it rather than telling something: short, without a verb."""
    return len(text) <= 100 and not CLAUSE_VERB.search(text) and not text.endswith(".")


def _mentions(sents: list[Sentence]) -> dict[int, list]:
    """The meetings each sentence names; "that July" takes the year written last before it."""
    found, last_year = {}, None
    for s in sents:
        found[s.index] = [with_earlier_year(s.text, m, last_year) for m in find_meetings(s.text, s.reference)]
        if s.item == ITEM_PLACE and not found[s.index] and (opener := card_opener(s.text)):
            found[s.index] = [opener]  # "● 2003 | MOSCOW | 29 May / 3rd. Again in Russia": the card's meeting
        if s.index >= 0 and (years := YEAR.findall(s.text)):
            last_year = int(years[-1])
    return found


def _paragraph_focus(a: Article, seen: Seen, main: str | None) -> str | None:
    """The meeting a paragraph is about, when its first sentence reports another council or ministerial meeting
    than the article's, as round-ups, timelines and analyses do; "the meeting" in the rest of it is that one."""
    meetings = [m for _, m in seen.placed]
    first = meetings[0] if meetings else None
    if first is None or first == main or main in meetings or is_future(seen.text) or \
            a.facts.meetings[first].kind in (BILATERAL, PRESS_EVENT):
        return None
    return first


def _apply(a: Article, candidates: Iterator[Candidate]) -> None:
    """The merge of what a rule proposes, one candidate at a time: the rule reads the article as it resumes."""
    for candidate in candidates:
        a.apply(candidate)


def speaker_state(sents: list[Sentence], gazetteer: Gazetteer) -> str | None:
    """The state the article speaks for: the one most often subject of "<State> will/has/is ready ..."."""
    votes: Counter[str] = Counter()
    for sentence in sents:
        for match in SPEAKS_FOR.finditer(sentence.text):
            found = gazetteer.lookup(match["state"])
            if found and found.kind == STATE:
                votes[found.id] += 1
    return votes.most_common(1)[0][0] if votes else None


def lead_person(sents: list[Sentence], recognizer: Recognizer) -> str | None:
    """The person the article is about: the one its sentences name most often."""
    counts: Counter[str] = Counter()
    for sentence in sents:
        for _, _, person in recognizer.entities(sentence.text, (PERSON,)):
            counts[person] += 1
    return counts.most_common(1)[0][0] if counts else None


SPEAKER_LABEL = re.compile(r"(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3}):\s")


def first_person(sents: list[Sentence], recognizer: Recognizer) -> str | None:
    """Who speaks in the first person: the person a transcript's speaker labels name most often ("Vladimir Putin:
    Colleagues, ..."), None when no label names a person."""
    counts: Counter[str] = Counter()
    for sentence in sents:
        if (label := SPEAKER_LABEL.match(sentence.text)) and \
                (people := recognizer.entities(label["name"], (PERSON,))) and people[0][:2] == (0, len(label["name"])):
            counts[people[0][2]] += 1
    return counts.most_common(1)[0][0] if counts else None


def as_written(entity: Entity, sentence: Sentence | None) -> Entity:
    """The entity with its name as the sentence that first names it writes it ("Erdoğan"), not folded ("Erdogan"),
    where that sentence folds letter for letter."""
    if sentence and sentence.original != sentence.text and len(sentence.original) == len(sentence.text) \
            and (at := sentence.text.find(entity.label)) >= 0:
        written = sentence.original[at:at + len(entity.label)]
        return replace(entity, label=written) if fold(written) == entity.label else entity
    return entity


# ---------------------------------------------------------------- the frame
def _main_meeting(a: Article, sents: list[Sentence]) -> str | None:
    """The meeting the article is about (loader.extraction.frame), registered from its first mention."""
    frame = main_meeting([(sentence, a.mentions[sentence.index]) for sentence in sents], fold(a.doc.title),
                         a.doc.published)
    if frame is None:
        main = _unnamed_main(a, sents)
    else:
        a.main_future = frame.future
        main = a.meeting(replace(frame.mention, generic=False), frame.sentence, allow_main=False)
        series = frame.mention.series
        if main and series and series.venues:  # "Bishkek last year": the summit there; a ministers' meeting there
            # only where the sentence speaks of meeting ("A year ago in Astana we joined" is the summit's)
            leaders = series.kind in (HEADS_OF_STATE, HEADS_OF_GOVERNMENT)
            _venue_mentions(a, sents, series, cue=None if leaders else MEETING_CUE)
        if main and series:
            _earlier_gatherings(a, sents, series)
    summits = COUNCIL_SERIES[HEADS_OF_STATE]
    if not (frame and frame.mention.series is summits):  # "At Qingdao in 2018, India stayed out of ...": that summit
        _venue_mentions(a, sents, summits, cue=SUMMIT_CUE)
    if any(SHANGHAI_FIVE_NAMED.search(s.text) for s in sents):
        _venue_mentions(a, sents, SHANGHAI_FIVE)  # "in Shanghai in April 1996": the Shanghai Five's first summit
    return main


SHANGHAI_FIVE_NAMED = re.compile(r"\bShanghai\s(?:Five|5)\b", re.I)


MEETING_CUE = re.compile(r"\b(?:meetings?|met|meet|gathered|held|hosted|sessions?|council|talks|ministers)\b")
# What makes "Qingdao in 2018" the summit there, in an article about another meeting
SUMMIT_CUE = re.compile(r"\b(?:[Ss]ummits?|leaders|heads\sof\sstate|[Dd]eclaration|admitted|presidents)\b")


def _venue_mentions(a: Article, sents: list[Sentence], series, cue: re.Pattern | None = None) -> None:
    """In an article about a council, "Yekaterinburg in 2009" names that year's council (loader.vocabulary); in an
    article about another meeting, only in a sentence that speaks of the council (`cue`)."""
    def city_of(name: str) -> str | None:
        found = a.gaz.lookup(name)
        return found.id if found and found.kind == CITY else None

    key = ("venue names", series.prefix)  # the names of the series' cities: a sentence naming none names no venue
    if (names := a.gaz.cache.get(key)) is None:  # one pattern: a scan per sentence, not a test per name
        venues = set(series.venues.values())
        names = a.gaz.cache[key] = re.compile(trie_pattern(name for name, found in a.gaz.names.items() if found in venues)
                                              or "(?!)")
    last_year = None  # "Two years later in Bishkek" counts from the year the article named last
    for s in sents:
        if names.search(s.text) and not is_future(s.text) and (cue is None or cue.search(s.text)):
            named = a.mentions[s.index]
            extra = venue_mentions(s.text, s.reference, series, city_of, last_year)
            if series is SHANGHAI_FIVE and not extra:
                extra = year_and_venue_mentions(s.text, series, city_of)
            extra = [m for m in extra if not any(o.start < m.end and m.start < o.end for o in named)]
            if extra:
                a.mentions[s.index] = sorted(named + extra, key=lambda m: m.start)
        if years := YEAR.findall(s.text):
            last_year = int(years[-1])


def _earlier_gatherings(a: Article, sents: list[Sentence], series) -> None:
    """In an article about a meeting of a series, "the ministers last gathered in Beijing in April 2018" names that
    year's meeting of the series."""
    for s in sents:
        named = a.mentions[s.index]
        extra = [m for m in earlier_gatherings(s.text, series) if not any(o.start < m.end and m.start < o.end for o in named)]
        if extra:
            a.mentions[s.index] = sorted(named + extra, key=lambda m: m.start)


# "Defence Minister X hosted his SCO counterparts in Beijing": a meeting of the series of X's title
SCO_COUNTERPARTS = Gated(r"\b(?:hosted|hosts|hosting|received|receives|welcomed|met|meets|gathered)\s(?:with\s)?"
                         r"(?:his|her)\s"
                         r"(?:(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)\scounterparts\b"
                         r"|counterparts\sfrom\s(?:the\s)?(?:other\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)\b"
                         r"(?:\s(?:member\s)?(?:states|countries|nations))?)(?:\sin\s(?P<city>[A-Z][a-z]+))?",
                         words=("counterparts",))


def _counterparts_meetings(a: Article, sents: list[Sentence]) -> None:
    """"Chinese Defence Minister X hosted his SCO counterparts in Beijing on April 26": the defence ministers' meeting,
    named by its host's title."""
    for s in sents:
        if not (match := SCO_COUNTERPARTS.search(s.text)) or any(m.start < match.end() and match.start() < m.end
                                                                 for m in a.mentions[s.index]):
            continue
        host = next((p for p in reversed(a.rec.people(s.text[:match.start()], Memory(), {}))
                     if p.title in MEETING_OF_TITLE), None)
        if host:
            series = MEETING_OF_TITLE[host.title]
            found = MeetingMention(match.start(), match.end(), series.kind, city_word=match["city"], series=series)
            a.mentions[s.index] = sorted(a.mentions[s.index] + [found], key=lambda m: m.start)


def _unnamed_main(a: Article, sents: list[Sentence]) -> str | None:
    """An SCO article that calls its meeting only "the meeting" or "the moot": which meeting it is follows from who
    the article says took part (foreign ministers: the foreign ministers' council, and so on)."""
    first = next(((s, m) for s in sents for m in a.mentions[s.index] if m.generic and not m.kind
                  and not is_future(s.text)), None)
    if first is None or not any("SCO" in s.text or "Shanghai Cooperation" in s.text for s in sents):
        return None
    titles = Counter(p.title for s in sents if titled(s.text) for p in a.rec.people(s.text, Memory(), {})
                     if p.title in MEETING_OF_TITLE)
    if not titles:
        return None
    series = MEETING_OF_TITLE[titles.most_common(1)[0][0]]
    sentence, mention = first
    return a.meeting(replace(mention, kind=series.kind, series=series, generic=False), sentence, allow_main=False)


# ---------------------------------------------------------------- one sentence
def _read(a: Article, s: Sentence) -> Seen:
    """The people and meetings a sentence names, resolved against the article so far, and the context it opens."""
    text, a.current = s.text, s
    people = a.rec.people(text, a.memory, a.new_entities)
    if (s.index < 0 or s.index == 0 and text == a.headline) and _title_case(text):  # "PM Modi Leaves Uzbekistan"
        for mention in people:
            if mention.person not in a.gaz.entities and a.mentions_count[mention.person] == 0:
                a.new_entities.pop(mention.person, None)
        people = [mention for mention in people if mention.person in a.gaz.entities or a.mentions_count[mention.person]]
    if s.index <= 0 and (subject := _headline_subject(a, text, people)):
        people.insert(0, subject)  # "Nazarbayev holds talks with Rouhani and Modi": the one the body names in full
    stood_in_for = []  # "X, representing President Y": Y is named, but not there
    for person in people:
        if not person.of and (led := rel.LED_FOR.match(text[person.end:])):
            person.of = a.gaz.state_of_adjective(led["adj"] or led["state"] or led["bracket"])
        if (standing_in := rel.STANDING_IN_FOR.match(text, person.end)) and \
                (boss := next((p for p in people if p.start == standing_in.end() and p.person), None)):
            person.of = person.of or boss.of or a.gaz.nationality.get(boss.person)  # Y's state
            stood_in_for.append(boss)
    represented = list(rel.REPRESENTED_BY.finditer(text))
    if represented:
        represented += rel.REPRESENTED_TOO.finditer(text, represented[0].end())
    for match in represented:
        named = match["state"] or match["state2"] or match["state3"] or match["state4"]
        state = a.state_named(named) or (a.gaz.state_of_adjective(match["adj"]) if match["adj"] else None) or \
            a.body_named(named)  # "the United Nations was represented by B. Lynn Pascoe"
        person = next((p for p in people if match.end() <= p.start <= match.end() + 2), None)
        if person is None and state and (named := _unknown_name(a, text, match.end())):
            person = named  # "Pakistan was represented by Malik Ahmad Khan, Special Assistant to the Prime Minister"
            people.append(person)
        if state and person and person.of in (None, state):
            person.of, person.stated_at = state, match.start()
    for mention in people:
        if mention.title in LEADER_TITLES and mention.of and (own := a.gaz.nationality.get(mention.person)) \
                and own != mention.of and (said := a.gaz.entities.get(mention.of)) and said.kind == STATE:
            mention.of = own  # "... visit to the Kyrgyz Republic [line break] Prime Minister Narendra Modi": India's
        if mention.title and not mention.of and mention.person and mention.person == a.lead_person \
                and a.gaz.nationality.get(mention.person, a.speaker_state) == a.speaker_state:
            mention.of = a.speaker_state  # "President Xi Jinping" in an article that speaks for China
        a.person(mention, s)
    _credited(a, s, people)
    if rel.MEMBERS_MEETING.search(text):
        a.members_at = s.index
    a.here_city = a.place_here(s) or (a.here_city if s.section == a.here_section else None)
    a.here_section = s.section
    seen = Seen(s, [p for p in people if p not in stood_in_for],
                [(mm.end, m) for mm in a.mentions[s.index] if (m := a.meeting(mm, s))])
    if s.item in (ITEM_DAY, ITEM_PLACE) and s.reference:
        a.last_date, a.last_days = s.reference, False  # the first item under "SUNDAY 31 AUG": that day, not the one
        # the item before named
    weekday = WEEKDAY.search(text)
    if (explicit_date := sentence_date(text, s.reference)) and not (
            is_future(text) and s.reference and explicit_date > s.reference
            or weekday and not MONTH_NAMED.search(text) and is_future(text[:weekday.end()])):
        a.last_date = explicit_date  # not the day of a meeting still to come ("scheduled to be held on 16-17
        # September", "The leaders will hold restricted and enlarged sessions on Sunday": not last Sunday)
        a.last_days = bool(DAY_RANGE.search(text))  # "held in Qingdao on 25-26 June": which of them, talks do not say
    elif (TIMESTAMP.match(s.original) or ENTRY_STAMP.match(s.original)) and s.reference:
        a.last_date, a.last_days = s.reference, False  # a live blog's "17:30 IST | ..." entry, a news list's
        # "17.09.2021 | 21:05": its day
    if "visit" in text and re.search(r"\bvisit\b", text):
        a.visit = True
    a.placed_before = seen.meetings
    return seen


# A headline that opens with a leader's family name and what they did: "Hu meets Pakistani, Mongolian presidents"
HEADLINE_SUBJECT = re.compile(r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:'s)?\s(?=(?:holds?|meets?|met|urges?|says|"
                              r"calls|arrives|attends|addresses|tells|leaves|proposes|pitches|chairs|"
                              r"to\s(?:attend|visit|meet|lead))\b)")


def _headline_subject(a: Article, text: str, people: list[PersonMention]) -> PersonMention | None:
    """The person a headline opens with by family name alone, if the reference list knows one person of that name and
    the article names them in full."""
    match = HEADLINE_SUBJECT.match(text) if text == a.headline else None
    if match is None or any(p.start == 0 for p in people):
        return None
    person = a.gaz.by_family_name(match["name"])
    entity = a.gaz.entities.get(person) if person else None
    if entity is None or fold(entity.label) not in fold(a.doc.text):
        return None
    return PersonMention(0, match.end("name"), person)


def _title_case(text: str) -> bool:
    """Is a headline written with Every Word Capitalised (where capitals do not mark names)?"""
    words = re.findall(r"[A-Za-z]{4,}", text)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.75 * len(words)


def _unknown_name(a: Article, text: str, at: int) -> PersonMention | None:
    """A person the reference does not know, named right at `at` ("represented by <Name>, ..."), if the words
    are a name: none of them a title, a known entity, or a word that makes a phrase a thing."""
    def not_a_name(name: str) -> bool:
        return any(word.lower() in TITLE_WORDS or word in NOT_NAMES or word in NOT_PERSON_WORDS or a.gaz.lookup(word)
                   for word in name.replace("-", " ").split()) or bool(a.gaz.lookup(name))
    match = rel.NAME_REPRESENTING.match(text, at)
    if not match or not_a_name(match["name"]):  # else "Additional Solicitor General Pinky Anand": after the title
        match = rel.TITLED_REPRESENTING.match(text, at)
        if not match or match["title"].split()[-1].lower() not in TITLE_WORDS or not_a_name(match["name"]):
            return None
    person = a.rec.resolve(match["name"], None, None, a.memory, a.new_entities)
    return PersonMention(match.start("name"), match.end("name"), person) if person else None


def _credited(a: Article, s: Sentence, people: list[PersonMention]) -> None:
    """The people a byline, a credit line or a quote names without a title (relations.CREDITS): people of the
    article, with nothing else said of them (they are left out of the sentence's people, whom the rules read as
    delegates)."""
    for match in rel.CREDITS.finditer(s.text):
        for group in rel.CREDIT_GROUPS:
            if not match[group] or any(p.start <= match.start(group) < p.end for p in people):
                continue
            name = " ".join(word.title() if word.isupper() and len(word) > 1 else word for word in match[group].split())
            if (body := a.gaz.lookup(name)) and body.kind in (ORGANIZATION, IGO):
                a.entity(body.id)  # "By ASSOCIATED PRESS"
                continue
            if any(word.lower() in rel.CREDIT_NOT_NAMES for word in name.split()):
                continue
            if person := a.rec.resolve(name, None, None, a.memory, a.new_entities):
                a.person(PersonMention(match.start(group), match.end(group), person), s)  # not a delegate: not in people


# ---------------------------------------------------------------- the whole article
def _publisher(a: Article) -> None:
    """The publisher: "Source: X", "originally published by X", "A report from X:", else the dateline's agency."""
    for line in a.doc.datelines:
        # "(Xinhua)", "/TASS/", ", Asia-Plus" after the date, "UFA. KAZINFORM"
        for name in re.findall(r"\(([^)]+)\)|/\s?([^/]{2,40}?)\s?/|(?<=\d),\s([A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?)\s*$"
                               r"|\.\s([A-Z]{3,})\.?\s*$", line):
            name = re.sub("[\"\u00ab\u00bb\u201c\u201d]", "", "".join(name))
            # "/NIAT "Khovar"/": the agency's name, or the last word of it
            entity = a.gaz.lookup(name) or a.gaz.lookup(name.split()[-1]) or a.gaz.lookup(name.title()) if name.split() else None
            if entity and entity.kind in (ORGANIZATION, IGO):
                a.entity(entity.id)
    text = fold(a.doc.text)
    for pattern in rel.PUBLISHER:
        for match in pattern.finditer(text):
            entity = a.gaz.lookup(match["name"].strip())
            if entity and entity.kind in (ORGANIZATION, IGO):
                a.facts.publisher = a.facts.publisher or entity.id
                a.entity(entity.id)


def _preview(a: Article, sents: list[Sentence]) -> bool:
    """Is the article about its main meeting before it took place: a headline that looks ahead, and no sentence that
    reports a meeting as held, opened, chaired or attended?"""
    main = a.facts.meetings.get(a.main)
    published = a.doc.published
    if main is None or main.date and published and main.date <= published or not (
            PREVIEW_HEADLINE.search(a.doc.title or "") or main.date and published and main.date > published) \
            or main.date and any(s.reference and s.reference >= main.date for s in sents):
        return False  # (a meeting dated after the article is still to come, whatever the headline says, unless a
        # later entry of a live page or channel reports its day)
    year = a.years.get(a.main)
    return not any(REPORTED_PAST.search(s.text) and not is_future(s.text) for s in sents if s.index >= 0
                   and not (year and (other := YEAR.search(s.text)) and int(other.group(0)) != year))
    # (not "the previous meeting was held in Moscow on September 4, 2020", of another year)


def _rename_meeting(facts: ArticleFacts, old: str, new: Meeting) -> None:
    """Give a meeting another id (and what the new one says), with every fact about it."""
    del facts.meetings[old]
    facts.meetings.setdefault(new.id, new)
    facts.participations = [replace(p, meeting=new.id) if p.meeting == old else p for p in facts.participations]
    facts.statements = [replace(st, subject=new.id if st.subject == old else st.subject,
                                object=new.id if st.object == old else st.object) for st in facts.statements]
    facts.proposals = [replace(p, proposed_at=new.id) if p.proposed_at == old else p for p in facts.proposals]
    for key, other in list(facts.meetings.items()):
        if other.beside == old:
            facts.meetings[key] = replace(other, beside=new.id)


PRESENT_TALKS = re.compile(r"\b(?:hold|holds|meet|meets)\b", re.I)


def _heads_a_part(text: str, a: Article) -> bool:
    """The article's headline, or a line that heads a part of it: short, with no full stop, in the present tense."""
    return (text == a.headline or len(text) <= 120 and not text.rstrip().endswith((".", "!", "?", ";", ":"))) \
        and bool(PRESENT_TALKS.search(text))


def _headline_talks(a: Article) -> None:
    """"A and B hold talks" as a headline, the body giving the day: one meeting, of that day."""
    for talks in [m for m in a.facts.meetings.values() if m.kind == BILATERAL and m.date is None
                  and _heads_a_part(m.evidence, a) and YEAR_SUFFIX.search(m.id)]:
        dated = [m for m in a.facts.meetings.values() if m.id.startswith(talks.id + "_") and m.date]
        if len(dated) == 1:
            _rename_meeting(a.facts, talks.id, dated[0])
            told = {(p.meeting, p.agent) for p in a.facts.participations if p.evidence != talks.evidence}
            a.facts.participations = [p for p in a.facts.participations if p.evidence != talks.evidence
                                      or (p.meeting, p.agent) not in told]


def _place_press_events(a: Article) -> None:
    """"Nazarbayev told a news conference after the talks", read before the article said where the summit met: the
    press event of the summit's day (or the next) is in the summit's city."""
    main = a.facts.meetings.get(a.main) if a.main else None
    if not main or main.kind == PRESS_EVENT or not main.city or not main.date:
        return
    for event in [m for m in a.facts.meetings.values() if m.kind == PRESS_EVENT and m.city is None and m.date
                  and 0 <= (m.date - main.date).days <= 1 and not ELSEWHERE.search(m.evidence)]:
        _rename_meeting(a.facts, event.id, press_event(main.city, a.label(main.city), event.date, event.evidence))


def _drop_meeting(facts: ArticleFacts, meeting: str) -> None:
    """Leave out a meeting and every fact about it (its participants, what it adopted, the talks beside it)."""
    del facts.meetings[meeting]
    facts.participations = [p for p in facts.participations if p.meeting != meeting]
    facts.statements = [st for st in facts.statements if meeting not in (st.subject, st.object)]
    facts.proposals = [p for p in facts.proposals if p.proposed_at != meeting]
    for key, other in list(facts.meetings.items()):
        if other.beside == meeting:
            facts.meetings[key] = replace(other, beside=None)


STAYED_AWAY = re.compile(r"\b(?:not|n't|never|instead|absence|absent|skipped|skip|stayed|without|in\splace\sof|"
                         r"on\sbehalf\sof|represented\sby|sent)\b")


def _named_holders(a: Article, facts: ArticleFacts, texts: list[str]) -> list:
    """Coreference across the article: "attended by the defence ministers of all eight member states - India, China,
    ..." names China's minister where the article names one Defence Minister of China elsewhere."""
    holders: dict[tuple[str, str], set[str]] = {}
    for position in facts.positions:
        holders.setdefault((position.title, position.of), set()).add(position.person)
    present = {(p.meeting, p.agent) for p in facts.participations if p.agent}
    unnamed = any(not p.agent and p.meeting == a.main for p in facts.participations)
    told_away = [text for text in texts if STAYED_AWAY.search(text)] if unnamed else []
    away = {person for people in holders.values() for person in people
            if any(a.label(person).split()[-1] in text for text in told_away)}
    resolved = []
    for p in facts.participations:
        summit = p.meeting == a.main and facts.meetings[p.meeting].kind == HEADS_OF_STATE
        titles = () if p.agent or not p.on_behalf_of else HEAD_OF_STATE_TITLES if summit \
            else TITLES_OF_SERIES.get(YEAR_SUFFIX.sub("", p.meeting), ())  # at the summit: the one leader it names,
        people = [(person, title) for title in titles for person in holders.get((title, p.on_behalf_of), ())
                  if not (summit and person in away)]  # unless it says he stayed away ("Modi skipped the summit")
        if len({person for person, _ in people}) == 1 and (p.meeting, people[0][0]) not in present:
            person, title = people[0]
            p = replace(p, agent=person, position=p.position or a.position_id(title, p.on_behalf_of))
        resolved.append(p)
    return resolved


def _city_of_main(a: Article, main, sents: list[Sentence]) -> str | None:
    """Where the main meeting met, when no sentence says it: the city its declaration is named after ("the Qingdao
    Declaration"), or the city the reference list gives that year's council, if the council has met and the article
    names that city in its headline or a sentence (a dateline alone is where the reporter filed from), else the
    dateline's city where the article says so (`_dateline_city`). Never for a meeting held by video (the Moscow
    Declaration of 2020)."""
    if main.id in a.all_remote or any(p.remote for p in a.facts.participations if p.meeting == main.id):
        return None  # joined by video: its city is not the article's to guess
    series = COUNCIL_SERIES.get(main.kind)
    venue = series.venues.get(a.years.get(main.id)) if series else None  # the reference list's, where it knows it
    declaration = a.facts.entities.get(f"{main.id}_declaration") if main.kind == HEADS_OF_STATE else None
    named = re.fullmatch(r"(?P<city>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\sDeclaration", declaration.label) if declaration else None
    found = a.gaz.lookup(named["city"]) if named else None
    if found and found.kind == CITY and found.id in a.facts.entities and venue in (None, found.id):
        return found.id
    published = a.doc.published
    held = main.date <= (published or main.date) if main.date else \
        bool(published) and a.years.get(main.id, published.year) < published.year  # not a council still to come
    named = held and venue in a.facts.entities and any(venue == city for text in [_headline(a.doc)] + [
        s.text for s in sents if s.start >= 0] for *_, city in a.rec.entities(text, (CITY,)))
    return venue if named else _dateline_city(a, main, sents)


def _headline(document: Document) -> str:
    """The article's headline; without its dateline, where the title is the first sentence of an article without one."""
    return document.title[opening.end():] if (opening := dateline(document.title)) else document.title


def _dateline_city(a: Article, main, sents: list[Sentence]) -> str | None:
    """The city of the article's first dateline, for a main meeting held on the dateline's day or in the three days
    before, when the headline names that city too or a sentence under the dateline says "here" ("SCO PREMIERS IN
    BISHKEK ADOPT ..." / "BISHKEK, September 23 (Itar-Tass) - The heads of government ... on Thursday approved ...").
    A dateline alone is where the reporter filed from, not where the meeting was."""
    first = next((s for s in sents if s.place), None)
    if first is None or not first.reference or not main.date or main.kind in (BILATERAL, PRESS_EVENT) \
            or not 0 <= (first.reference - main.date).days <= 3:
        return None
    found = a.gaz.lookup(first.place.title())
    if not found or found.kind != CITY:
        return None
    if re.search(rf"\b{re.escape(first.place)}\b", _headline(a.doc), re.I) or \
            any(rel.HERE.search(s.text) for s in sents if s.place == first.place):
        return found.id
    return None


LEAD_SENTENCES = 3  # the sentences of a story's lead, which say when what it reports happened
LEAD_OF_MEETING = re.compile(r"\b(?:SCO|Shanghai\sCooperation|meeting|summit|session|council|moot)\b", re.I)


# a time stamp on a line of its own, no lead: "16 September 2022, 13:02"
STAMP = re.compile(r"[\d\s,.:/|-]*(?:[A-Z][a-z]{2,8}\.?)?[\d\s,.:/|-]*(?:[AP]M|GMT|IST|UTC)?[\d\s,.:+/|-]*")
FURNITURE = re.compile(r"\s\|\s")  # "Kazakhstan Today | Politics | 05.07.2005 18:36": a page's head, not the lead
# "X on Friday urged ... to rebuild Afghanistan's economy before most foreign troops leave next year": the urging is the
# news, the leaving still to come
BEFORE_NEXT = re.compile(r"\s(?:before|until|ahead\sof)\s[^,;.]*\bnext\s(?:year|month|week)\b")
PERFECT_TODAY = re.compile(r"\bha(?:s|ve)\s(?:taken\spart|attended|participated|addressed|joined|arrived)\b")


def _lead_day(a: Article, sents: list[Sentence]) -> date | None:
    """The day a story's lead gives what it reports ("Russia and China today gave ...", "X on Friday urged ..."): the
    first relative or written day in its first sentences, on the article's date or the day before, not of a plan."""
    for s in [s for s in sents if s.index >= 0 and not STAMP.fullmatch(s.text) and not FURNITURE.search(s.text)
              ][:LEAD_SENTENCES]:
        if s.reference and PERFECT_TODAY.search(s.text) and LEAD_OF_MEETING.search(s.text) and not is_future(s.text) \
                and not sentence_date(s.text, s.reference):
            return s.reference  # "SAMARKAND, 16 September (BelTA) - X has taken part in the summit": that day
        if s.reference and (day := sentence_date(s.text, s.reference)) and not is_future(BEFORE_NEXT.sub("", s.text)) \
                and not rel.RETURNED.search(s.text):
            return day if 0 <= (s.reference - day).days <= 1 and LEAD_OF_MEETING.search(s.text) else None
    return None


def _standing_at(a: Article, p: Participation) -> str | None:
    """The capacity the reference list gives a state's delegate at an SCO council or ministerial meeting, as of
    its day (or its year: the summit of a state's admission is its first as a member)."""
    held = _series_day(a, p.meeting)
    standings = STANDINGS.get(p.on_behalf_of, ())
    if held is None and len(standings) == 1 and standings[0][0] <= FIRST_SCO_DAY \
            and a.facts.meetings[p.meeting].kind in SERIES_KINDS:
        return STANDING_CAPACITY[standings[0][1]]  # a founding member at an SCO meeting of a day no one says
    standing = [kind for since, kind in standings if held and since <= held]
    return STANDING_CAPACITY[standing[-1]] if standing else None


LESSER_STANDINGS = (OBSERVER, DIALOGUE_PARTNER)


def _founding_member(a: Article, p: Participation) -> bool:
    """Is the state one of the founding members, at a meeting after the founding? No text makes them observers; of a
    later member, a text may say what the reference list does not know yet."""
    held = _series_day(a, p.meeting)
    return bool(held) and STANDINGS.get(p.on_behalf_of, ())[:1] == ((FIRST_SCO_DAY, "member"),) and FIRST_SCO_DAY < held


FIRST_SCO_DAY = min(since for standings in STANDINGS.values() for since, _ in standings)
FOUNDERS = {state for state, standings in STANDINGS.items() if standings[:1] == ((FIRST_SCO_DAY, "member"),)}


def _series_day(a: Article, meeting: str) -> str | None:
    """The ISO day of an SCO council or ministerial meeting (a summit's second day, when it takes its decisions; an SCO
    Plus meeting's), or the last of its year when only the year is known."""
    facts = a.facts.meetings[meeting]
    if _sco_plus(facts):  # beside a summit: of its day, where the article is about that summit
        main = a.facts.meetings.get(a.main) if a.main else None
        day = facts.date or (main.date if main and main.kind == HEADS_OF_STATE else None)
        return day.isoformat() if day else None
    year = facts.date.year if facts.date else a.years.get(meeting) or \
        (int(meeting[-4:]) if facts.organizer == "sco" and YEAR_SUFFIX.search(meeting) else None)
    if (facts.kind not in SERIES_KINDS and facts.organizer != "sco") or year is None:
        return None  # the SCO's councils and one-offs ("the Special Conference on Afghanistan"), not forums
    if facts.date and facts.kind == HEADS_OF_STATE:  # its decisions come on its last day: a summit of two days
        return (facts.date + timedelta(days=1)).isoformat()
    return facts.date.isoformat() if facts.date else f"{year}-12-31"


def _members_of_the_day(a: Article, meeting: str) -> list[str]:
    """The states the reference list makes members of the SCO on the meeting's day (or at the end of its year)."""
    if (held := _series_day(a, meeting)) is None:
        return []
    return sorted(state for state, standings in STANDINGS.items()
                  if (now := [kind for since, kind in standings if since <= held]) and STANDING_CAPACITY[now[-1]] == MEMBER)


def _all_members_attended(a: Article) -> None:
    """"Ministers of all member states took part": each member state of the day not named as present was there, as a
    member (when the text gives their number, only if the reference list agrees)."""
    for meeting, said in a.all_members.items():
        members = _members_of_the_day(a, meeting) if meeting in a.facts.meetings else []
        if not members or said.count not in (None, len(members)):
            continue
        present = {p.on_behalf_of for p in a.facts.participations if p.meeting == meeting}
        a.facts.participations += [Participation(meeting, None, state, MEMBER, False, said.evidence)
                                   for state in members if state not in present]
        for state in members:
            a.entity(state)


def _sideline_partners(a: Article) -> None:
    """"On the sidelines of the meeting, the defence minister held talks with his Chinese counterpart X": each side of
    talks held beside a ministerial or heads-of-government meeting who holds the office that meeting gathers was at
    it. Not at summits, where a leader's talks in town say less of a seat at the table."""
    facts = a.facts
    present = {(p.meeting, p.agent) for p in facts.participations if p.agent}
    titles = {(q.person, q.of): q.title for q in facts.positions}
    for p in list(facts.participations):
        talks = facts.meetings[p.meeting]
        beside = facts.meetings.get(talks.beside) if talks.kind == BILATERAL and talks.beside else None
        if beside and p.agent and p.on_behalf_of and (beside.id, p.agent) not in present \
                and (title := titles.get((p.agent, p.on_behalf_of))) in gathered_titles(beside.id, beside.kind):
            facts.participations.append(Participation(beside.id, p.agent, p.on_behalf_of, None, False, p.evidence,
                                                      a.position_id(title, p.on_behalf_of)))
            present.add((beside.id, p.agent))


def _sco_plus(meeting: Meeting) -> bool:
    """Is this the SCO Plus meeting of a year (loader.extraction.article names it after the format)?"""
    return meeting.label.startswith(SCO_PLUS_NAME)


def _summit_beside_sco_plus(a: Article) -> None:
    """"The SCO Plus meeting held in Astana within the framework of the summit": the summit of that year met there too."""
    plus = next((m for m in a.facts.meetings.values() if _sco_plus(m)), None)
    year = plus.date.year if plus and plus.date else a.doc.published.year if a.doc.published else None
    if plus is None or plus.city is None or year is None:
        return
    for meeting in list(a.facts.meetings.values()):
        if meeting.kind == HEADS_OF_STATE and meeting.city is None and a.years.get(meeting.id) == year:
            a.store.set(meeting.id, city=plus.city)


VISIT = re.compile(r"\b(?:visits?|trip|tour)\b")  # "his visit from October 14 to 17": not the meeting's days


def _first_day(a: Article, sents: list[Sentence]) -> None:
    """The article's meeting dated by one of its days ("on Saturday", the second) starts on the first day of the span
    a sentence about a meeting gives around it ("The three-day meeting, being held from March 10-12")."""
    main = a.facts.meetings.get(a.main) if a.main else None
    if main is None or main.date is None or main.kind not in SERIES_KINDS:
        return
    for s in sents:
        named = a.mentions.get(s.index, ())  # one that names the article's kind of meeting, or only "the meeting"
        if named and all(m.generic or m.kind == main.kind for m in named) and not is_future(s.text) \
                and not VISIT.search(s.text):
            for first, last in date_ranges(s.text, s.reference):
                if first < main.date <= last:
                    a.facts.meetings[a.main] = replace(main, date=first)
                    return


def _finish(a: Article, sents: list[Sentence]) -> None:
    """The document-level corrections once every sentence is read."""
    facts = a.facts
    if a.handed_over:  # the presidency as of the article is the one handed over, not the one held before
        last = [st for st in facts.statements if st.predicate == "rotatingPresidency"][-1]
        a.store.keep_statements(lambda st: st.predicate != "rotatingPresidency" or st is last)
    facts.proposals = [p for p in facts.proposals if p.points]  # an announced list that never came
    if a.main and _preview(a, sents):
        _drop_meeting(facts, a.main)  # "Jaishankar to lead Indian delegation to SCO summit": not held yet
    main = facts.meetings.get(a.main) if a.main else None
    if main and main.city is None and (city := _city_of_main(a, main, sents)):
        a.store.set(a.main, city=city)  # "the leaders signed the Qingdao Declaration": the summit met in Qingdao
        main = facts.meetings[a.main]
    _summit_beside_sco_plus(a)
    if main and main.date is None and a.doc.published and a.years.get(a.main) == a.doc.published.year \
            and REPORTED_TODAY.search(main.evidence) and not is_future(main.evidence):
        # a read-out dated 4 July 2024: "X chaired the meeting"; under a dateline of its own day, that day
        day = next((st.reference for st in sents if st.text == main.evidence and st.reference), a.doc.published)
        facts.meetings[a.main] = replace(main, date=day)
    elif main and main.date is None and main.kind in SERIES_KINDS and not a.main_future and (day := _lead_day(a, sents)) \
            and a.years.get(a.main) == day.year and not is_future(main.evidence):
        facts.meetings[a.main] = replace(main, date=day)  # "Medvedev on Friday urged fellow members of the SCO ..."
    _first_day(a, sents)
    _place_press_events(a)
    _headline_talks(a)
    _sideline_partners(a)
    # No text makes a founding member an observer or partner: "Apart from the six founding members, A, B, ..., the
    # session was attended by leaders of observer states" names the observers after them
    facts.statements = [st for st in facts.statements if not (
        st.subject in FOUNDERS and st.object == "sco" and st.predicate in ("observerOf", "dialoguePartnerOf"))]
    # A state this article calls a member (observer, partner) takes that capacity at every multilateral meeting.
    standing: dict[str, str] = {}  # the highest standing it says: a member that was an observer before is a member
    for capacity, relation in reversed(rel.STATUS_OF_CAPACITY.items()):  # partner, observer, member
        standing.update({st.subject: capacity for st in facts.statements if st.object == "sco" and st.predicate == relation})
    facts.participations = [replace(p, capacity=_standing_at(a, p)) if p.capacity is None else
                            replace(p, capacity=MEMBER) if p.capacity in LESSER_STANDINGS and _founding_member(a, p)
                            else p
                            for p in facts.participations]  # not a founding member "Observer" by the next clause's word
    facts.participations = [
        replace(p, capacity=standing[p.on_behalf_of]) if p.capacity is None and p.on_behalf_of in standing
        and facts.meetings[p.meeting].kind not in (BILATERAL, PRESS_EVENT) and facts.meetings[p.meeting].organizer in \
        (None, "sco") and facts.meetings[p.meeting].format != THREE_WAY_FORMAT else p
        for p in facts.participations]  # the SCO's standings, not the Shanghai Five's, BRICS's or three leaders' own
    facts.participations = _named_holders(a, facts, [st.text for st in sents])
    _all_members_attended(a)  # after the named holders: the states no one is named for stay unnamed
    # An unnamed participant for a state is dropped when a named person represents it at the same meeting.
    named = {(p.meeting, p.on_behalf_of) for p in facts.participations if p.agent}
    facts.participations = [p for p in facts.participations if p.agent or (p.meeting, p.on_behalf_of) not in named]
    if a.all_remote:
        facts.participations = [replace(p, remote=True) if p.meeting in a.all_remote else p
                                for p in facts.participations]
    facts.as_written = {s.text: s.original for s in sents if s.original != s.text}
    for s in sents:
        if s.start >= 0:
            facts.offsets.setdefault(s.text, (s.start, s.end))
    for entity in a.new_entities.values():
        if facts.entities.get(entity.id, entity) == entity:
            facts.entities[entity.id] = as_written(entity, a.first_seen.get(entity.id))
