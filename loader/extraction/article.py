"""What reading one article keeps from sentence to sentence, and the document-level steps every rule shares:
which entity a name is, which meeting a mention is (the frame's main one, a past council, a press event), who took
part, and the merge of all of it into one set of facts (loader.extraction.merge)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from loader.extraction import relations as rel
from loader.extraction.candidates import (
    AllMembersAttended, Attended, Attributes, Candidate, Chaired, Context, Convened, HeldRemotely, Mentioned, Named,
    ProposalSet, Stated,
)
from loader.extraction.frame import RECENT_DAYS, is_upcoming
from loader.extraction.gazetteer import Gazetteer, fold, slug
from loader.extraction.meetings import YEAR, MeetingMention, is_future, sentence_date, with_nearby_year
from loader.extraction.merge import FactStore
from loader.extraction.mentions import Memory, PersonMention, Recognizer
from loader.facts import (
    BILATERAL, CITY, FORUM, GUEST, HEADS_OF_GOVERNMENT, HEADS_OF_STATE, IGO, INTERNATIONAL_ORG, MEETING, MEMBER, ORGANIZATION, PERMANENT_BODY, PERSON,
    PRESS_EVENT, STATE, Entity, Meeting, Participation, Position, Proposal,
)
from loader.reading.documents import Document
from loader.reading.sentences import ITEM_DAY, ITEM_PLACE, Sentence, plain
from loader.vocabulary import (CAPITALS, COUNCIL_SERIES, FIRST_SCO_SUMMIT_YEAR, MINISTERIAL_SERIES, MONTH_NAMES,
                               NUMBERS, OUTSIDE_SERIES, SCO_PLUS_NAME, SERIES_BY_PREFIX, SERIES_KINDS, SHANGHAI_FIVE,
                               SHANGHAI_FIVE_ORGANIZER)

# the date that follows is the meeting's own: "the 19th meeting ..., which was held via videoconference on November 30",
# "..., hosted by India in New Delhi on 28 April"
HELD_AFTER = re.compile(r"[^.;]{0,40}?\b(?:was|were)\s(?:held|convened)\b|,\s(?:held|hosted\sby\s[A-Z][a-z]+)\s(?:in\s[A-Z][a-z]+"
                        r"(?:\s[A-Z][a-z]+)?\s)?on\s\d")
AFTER_MEETING = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing)\sthe\s(?:meeting|talks|summit|session|council)\b"
                           r"|\bat\sthe\s(?:end|close)\sof\sthe\s(?:[\w-]+\s){0,3}?(?:meeting|talks|summit|session|council)\b"
                           r"|\bclosing\s(?:news|press)\s(?:conference|briefing)\b")
PLACE_AND_DAY = re.compile(r"[^.,;:()]{0,40}?\s?\((?P<place>[A-Z][\w.' -]{1,30}),\s(?P<when>[^()]{3,40}?\b(?:19|20)\d\d)\)")
# What a meeting is the time of: "came on Wednesday for a state visit before the summit" (not "met today, hours after
# the summit")
BEFORE_OR_AFTER_IT = re.compile(r"\b(?<!hours\s)(?<!shortly\s)(?<!just\s)(?:before|ahead\sof|prior\sto|after|following"
                                r"|on\sthe\seve\sof)\s(?:the\s)?$", re.I)
# a press event told as held away from the meeting: "told reporters back in Islamabad", "at the Foreign Office"
ELSEWHERE = re.compile(r"\b(?:back\s(?:in|home|at)|on\s(?:his|her|the)\s(?:return|way|flight)|returned|weekly|"
                       r"foreign\s(?:office|ministry)|ministry\sof|spokes(?:person|man|woman))\b", re.I)


SAME_DAY_LATER = re.compile(r"\b(?:[Ll]ater\s(?:the\ssame\sday|that\sday|in\sthe\sday|on)|this\s(?:afternoon|morning|evening))\b")
ISSUER_LINE = re.compile(r"^(?:Ministry|Office|Embassy|Press\sService|Department|Secretariat|Government)\b[^,\n]{0,80},\s"
                         r"(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*$", re.M)
ISSUER_HEAD = 600  # the characters of an article's head where the issuer's line stands
HELD_THEN = re.compile(r"(?<!\bbe)\s(?:held|hosted|convened)\b(?!\s(?:by|at|on)\s(?:the\s)?(?:[A-Z]|\d))")
# "the summit held in August", "the decisions reached at the meeting of the heads of state in June": a meeting past
PAST_BEFORE = re.compile(r"\b(?:(?:reached|adopted|taken|made|signed|approved)\sat|(?:results?|outcomes?|decisions)\sof)"
                         r"\s(?:the\s)?$")
VENUE_YEARS = 10  # "the Shanghai summit" in an article of 2025 may be 2001 or 2006: too far back to tell


# A demonym used as the name of its state, between the items of a list: ", Kyrgyz, Pakistan and ..."
LISTED_DEMONYM = re.compile(r"(?<=,\s)[A-Z][a-z]+(?=,\s|,?\sand\s)|(?<=\sand\s)[A-Z][a-z]+(?=[,.;]|\sas\swell\b|$)")

@dataclass
class Seen:
    """What one sentence names: its people, and the meetings its mentions resolved to (with where each ends)."""

    s: Sentence
    people: list[PersonMention]
    placed: list[tuple[int, str]] = field(default_factory=list)
    text: str = field(init=False)
    meetings: list[str] = field(init=False)

    def __post_init__(self):
        self.text, self.meetings = self.s.text, [meeting for _, meeting in self.placed]


# after a summit's name: "held via video link in July", "last September", "in June this year"
SUMMIT_MONTH = re.compile(r"(?P<held>\s(?:held|hosted|convened))?(?:\s(?:via|by|online|virtually|in\s[A-Z][a-z]+)(?:\s[\w-]+){0,2}?"
                          r"|\sin\sthe\s[A-Z][a-z]+\scapital,\s[A-Z][a-z]+,)?"  # "held in the Kyrgyz capital, Bishkek, in August"
                          rf"\s(?:in\s|(?P<last>last)\s)(?P<month>{'|'.join(MONTH_NAMES)})\b(?!\s\d)(?!,?\s(?:19|20)\d\d)")


# A sentence that opens with the month of what it tells: "In September last year, X walked out of a meeting of the
# grouping's NSAs, held via video conference"
OPENING_MONTH_ONLY = re.compile(rf"^In\s(?:(?:early|mid|late)[\s-])?(?P<month>{'|'.join(MONTH_NAMES)})\b"
                                r"(?!\s\d)(?!,?\s(?:19|20)\d\d)(?!\s(?:last|next|this)\b)")
OPENING_MONTH = re.compile(rf"^In\s(?:(?:early|mid|late)[\s-])?(?:{'|'.join(MONTH_NAMES)})\slast\syear\b")


def summit_month_year(text: str, mention: MeetingMention, reference: date | None) -> int | None:
    """The year of a summit a text dates by its month alone, the latest such month up to the article's ("the SCO summit
    held via video link in July" in September 2023: 2023's; "the summit last September" in April 2023: 2022's)."""
    past = PAST_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    held = SUMMIT_MONTH.match(text, mention.end) if (mention.summit or mention.kind == HEADS_OF_STATE and past) \
        and not mention.city_word and reference else None
    # "will carry out the decisions of the summit held in June": past, though the sentence looks ahead
    if held is None or is_future(text) and not (held["held"] or HELD_THEN.search(text, mention.start, mention.end + 12)):
        return None
    month = MONTH_NAMES.index(held["month"]) + 1
    return reference.year if month < reference.month or month == reference.month and not held["last"] \
        else reference.year - 1


def press_event(city: str | None, place: str, when: date, evidence: str) -> Meeting:
    """The press event of a day in a city ("press_event_tashkent_2004_06_17"); "unknown" stands for a city not said."""
    return Meeting(f"press_event_{city or 'unknown'}_{when:%Y_%m_%d}", PRESS_EVENT,
                   f"Press event in {place} on {when:%d %B %Y}".replace("in  ", ""), date=when, city=city,
                   evidence=evidence)


class Article:
    """One article being read: its facts so far, which only the merge (`apply`) writes, and the context its
    sentences open for the next ones."""

    def __init__(self, document: Document, gazetteer: Gazetteer):
        self.doc, self.gaz = document, gazetteer
        self.rec = gazetteer.cache.get("recognizer") or gazetteer.cache.setdefault("recognizer", Recognizer(gazetteer))
        self.rec.start_article(document.text)
        self.memory = Memory()
        self.headline = plain(fold(document.title))
        self.store = FactStore(self.headline)
        self.facts = self.store.facts
        self.new_entities: dict[str, Entity] = {}
        self.mentions_count: Counter[str] = Counter()
        self.mentions: dict[int, list[MeetingMention]] = {}  # each sentence's meeting mentions, read once
        self.first_seen: dict[str, Sentence] = {}  # the sentence that first names each entity
        self.current: Sentence | None = None  # the sentence being read
        self.main: str | None = None  # the meeting the article reports (loader.extraction.frame)
        self.years: dict[str, int] = {}  # the year of each council or ministerial meeting registered
        self.main_future = False
        self.last_days = False  # the last date named was the first of several days
        self.speaker_state: str | None = None
        self.lead_person: str | None = None
        self.first_person: str | None = None  # who says "I" in a transcript ("Emomali Rahmon: Today ...")
        # contexts that sentences open for the ones after them
        self.bilateral: str | None = None  # the bilateral meeting the current sentences speak of
        self.sentence_bilateral: str | None = None  # one reported in passing, for this sentence's mentions only
        self.section_bilateral: str | None = None  # the bilateral meeting a dateline section opens by reporting
        self.recent_bilateral: str | None = None  # the last one read: "the two", "their last meeting"
        self.recent_bilateral_at = -2  # the sentence that reported it
        self.sidelines: tuple[str, str | None] | None = None  # the meeting a sentence put talks beside, and whose
        self.talks_read: tuple[tuple[int, str], ...] = ()  # each bilateral meeting read, with its sentence
        self.speaker_at: tuple[int, str] = (-2, "")  # who held the talks a sentence reported, and that sentence
        self.subject_at = -2  # the sentence whose subject memory.last_person is
        self.section_start = 0
        self.visit = False
        self.last_date: date | None = None
        self.last_bilateral_date: date | None = None
        self.here_city: str | None = None
        self.here_section = -1
        self.placed_before: list[str] = []  # the meetings the sentence before named: "that summit" is one of them
        self.members_at = -2  # the last sentence that reports a meeting of the member states' leaders alone
        # a list announced by "The following took part in it via video conference:", read line by line: (the last
        # sentence of it, the meeting, whether by video, the standing its last subheading gave)
        self.listing: tuple[int, str, bool, str | None] | None = None
        self.proposal: Proposal | None = None
        self.proposal_limit = 0
        self.handed_over = False  # a handover of the presidency, once read, outranks "X holds the presidency"
        self.all_remote: set[str] = set()  # meetings everyone joined by video
        self.all_members: dict[str, AllMembersAttended] = {}  # meetings every member state took part in
        self.new_names: list[str] = []  # projects and initiatives the sentence names
        self.pending_mentions: list[tuple[Sentence, str | None, list[str], list[str]]] = []

    # ---------------------------------------------------------------- entities and people
    def entity(self, entity_id: str, surface: str | None = None) -> None:
        """Register that the article names an entity (in `surface`, if not by its label)."""
        entity = self.gaz.entities.get(entity_id) or self.new_entities.get(entity_id) or self.facts.entities.get(entity_id)
        if entity is None:
            return
        self.facts.entities.setdefault(entity_id, entity)
        if self.current:
            self.first_seen.setdefault(entity_id, self.current)
        if surface and surface != entity.label:
            self.facts.surface_forms.setdefault(entity_id, set()).add(surface)
        self.mentions_count[entity_id] += 1

    def person(self, mention: PersonMention, s: Sentence) -> None:
        """Register a person mention: the person, their state and the positions the sentence gives them."""
        if mention.of:
            self.entity(mention.of)
        if not mention.person:
            return
        if state := mention.of or self.gaz.nationality.get(mention.person):
            self.memory.by_state[state] = mention.person
        surface = s.text[mention.start:mention.end]
        entity = self.gaz.entities.get(mention.person) or self.new_entities.get(mention.person)
        name_surface = None
        if entity:
            tail = surface.split(mention.titles and mention.titles[-1] or "\x00")[-1].strip(" ,")
            name_surface = tail if tail and tail[0].isupper() and " of " not in tail else None
            self.memory.remember(mention.person, entity.label)
            for alias in self.gaz.aliases.get(mention.person, ()):  # "Lukashenka" after "Alexander Lukashenko"
                self.memory.remember(mention.person, alias)
            if name_surface and name_surface != entity.label and " " in name_surface:
                self.memory.remember(mention.person, name_surface)
        self.entity(mention.person, name_surface if name_surface and " " in name_surface else None)
        if mention.title and mention.named:
            self.memory.titles.setdefault(mention.person, set()).update(mention.titles)
        if mention.title and mention.of and mention.named:
            for title in mention.titles:
                self.position_id(title, mention.of)
                self.memory.positions.setdefault(mention.person, set()).add((title, mention.of))
                self.store.position(Position(mention.person, title, mention.of, s.text))

    def position_id(self, title: str, of: str) -> str:
        """The id of the position `title` of `of`, registered for the RDF step."""
        position = f"{slug(title)}_of_{of}"
        self.facts.posts.setdefault(position, (title, of))
        return position

    def label(self, entity_id: str) -> str:
        entity = self.gaz.entities.get(entity_id) or self.new_entities.get(entity_id)
        return entity.label if entity else entity_id

    def kind(self, entity_id: str | None) -> str | None:
        entity = self.gaz.entities.get(entity_id) or self.new_entities.get(entity_id) if entity_id else None
        return entity.kind if entity else None

    def state_named(self, name: str | None) -> str | None:
        found = self.gaz.lookup(name) if name else None
        return found.id if found and found.kind == STATE else None

    def body_named(self, name: str | None) -> str | None:
        """An international organisation a text names ("the United Nations"), not the SCO itself."""
        found = self.gaz.lookup(name) if name else None
        return found.id if found and found.kind == IGO and found.id != "sco" else None

    def states_listed(self, text: str) -> list[tuple[int, int, str]]:
        """The states a text names, and a demonym standing for its state as an item of a list: "Kazakhstan, China,
        Kyrgyz, Pakistan" (start, end, state id), left to right."""
        found = self.rec.entities(text, (STATE,))
        for match in LISTED_DEMONYM.finditer(text):
            if (state := self.gaz.state_of_adjective(match[0])) and not any(s <= match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), state))
        return sorted(found)

    def is_place(self, name: str) -> bool:
        found = self.gaz.lookup(name)
        return found is None and name not in rel.NOT_PLACES or found is not None and found.kind in (CITY, STATE)

    def place_here(self, s: Sentence) -> str | None:
        """The dateline's city when the sentence says "here" (or "in this Russian city")."""
        if s.place and rel.HERE.search(s.text):
            found = self.gaz.lookup(s.place.title()) or self.new_entities.get(slug(s.place)) or \
                self.facts.entities.get(slug(s.place))
            return found.id if found and found.kind == CITY else None
        return None

    def protagonist(self, besides: set[str] = frozenset()) -> str | None:
        """The person the article has named most often so far, other than those `besides`."""
        people = [(n, e) for e, n in self.mentions_count.items() if self.kind(e) == PERSON and e not in besides]
        return max(people)[1] if people else None

    def home_state(self, person: str) -> str | None:
        """The state a person holds a position of, as this article says."""
        states = sorted({of for _, of in self.memory.positions.get(person, ())})
        return states[0] if len(states) == 1 else None

    # ---------------------------------------------------------------- meetings
    def meeting(self, mention: MeetingMention, s: Sentence, allow_main: bool = True) -> str | None:
        """The id of the meeting a mention refers to, registering it; None if it cannot be pinned down."""
        main = self.facts.meetings.get(self.main) if self.main else None
        reference = self.reference_of(s)
        if (own := PLACE_AND_DAY.match(s.text, mention.end)) and reference \
                and (day := sentence_date(own["when"], reference)) and (mention.kind or main and main.kind in SERIES_KINDS):
            # "the previous meeting of the Council (Bishkek, 2-3 November 2016)": a communiqué's own reference
            mention = replace(mention, year=day.year, generic=False, city_word=mention.city_word or own["place"])
        if mention.name == "council" and main and main.kind in SERIES_KINDS:
            mention = replace(mention, kind=main.kind, name=None, series=COUNCIL_SERIES.get(main.kind))
        if mention.generic or not mention.kind:
            return self._generic_meeting(mention, s, main) if allow_main else None
        after = s.text[mention.end:mention.end + 100]
        near = re.split(r";\s|,\s(?!\d{4})|\.\s", after, maxsplit=1)[0]
        if len(near) > 60:  # whole words: not "October 1" of "October 15-16"
            near = near[:cut] if (cut := near.rfind(" ", 0, 61)) > 0 else near[:60]
        # "... Council of Heads of State in place of X on July 3 and 4": its own days
        # not the day of what came before or after it, said before it: "X came on Wednesday before the summit"
        relative = BEFORE_OR_AFTER_IT.search(s.text, max(0, mention.start - 30), mention.start) or \
            rel.RETURNED.search(s.text, 0, mention.start)  # "X returned on June 10 from Qingdao, where ... the summit"
        when = (sentence_date(after, reference) if HELD_AFTER.match(after) else None) or \
            sentence_date(near, reference) or \
            sentence_date(s.text[mention.start:] if relative else s.text, reference) or \
            (reference if s.item in (ITEM_DAY, ITEM_PLACE) else None)
        if mention.series:
            return self._series_meeting(mention, s, allow_main, reference, when, main)
        if mention.outside:
            return self._outside_meeting(mention, s, reference, when)
        if mention.kind in (FORUM, MEETING):
            if mention.ordinal:
                meeting_id = f"{slug(mention.name)}_{mention.ordinal}"
                label = f"{mention.ordinal}{_suffix(mention.ordinal)} {mention.name}"
            else:
                meeting_id, label = slug(mention.name), mention.name[:1].upper() + mention.name[1:]
            if when is None and SAME_DAY_LATER.search(s.text) and not is_future(s.text):
                when = self.last_date or reference  # "Later the same day the Head of State chaired the SCO Plus meeting"
            day = when if when and reference and when <= reference and not is_future(s.text) else None
            if mention.name == SCO_PLUS_NAME and (year := (when or reference).year if when or reference else None):
                meeting_id, label = f"{meeting_id}_{year}", f"{label} {year}"  # one a year, beside the summit
            self.store.meeting(Meeting(meeting_id, mention.kind, label, mention.ordinal, date=day, evidence=s.text))
            return meeting_id
        if mention.kind == PRESS_EVENT and s.item and not sentence_date(s.text, reference):
            when = s.reference  # "12 OCTOBER - DUSHANBE / At a news conference after the meeting, ...": that day
        if mention.kind == PRESS_EVENT and when is None and main and AFTER_MEETING.search(s.text):
            when = main.date  # "at a news conference after the meeting": that day
        if mention.kind == PRESS_EVENT and when:
            cities = self.rec.entities(s.place, (CITY,)) if s.item == ITEM_PLACE else self.rec.entities(s.text, (CITY,))
            city = cities[0][2] if cities else self.place_here(s)  # a digest item's heading, "told a news conference
            # here": the dateline's city
            if city is None and (capital := rel.IN_A_CAPITAL.search(s.text)):
                city = CAPITALS.get(self.gaz.state_of_adjective(capital["adj"]))  # "in the Uzbek capital"
            city = city or self.issuer_city()  # "Ministry of Foreign Affairs, Islamabad" over a briefing's transcript
            if city is None and main and main.kind != PRESS_EVENT and main.city and main.date \
                    and 0 <= (when - main.date).days <= 1 and not ELSEWHERE.search(s.text):
                city = main.city  # "announced the decision at a news conference on Thursday", the summit's day there
            event = press_event(city, self.gaz.entities[city].label if city else "", when, s.text)
            self.store.meeting(event)
            return event.id
        return None

    def reference_of(self, s: Sentence) -> date | None:
        """The day a sentence is written from: its dateline's or the article's; in an undated article, the full date the
        sentence itself gives ("The summit, back in Shanghai on 15 June 2006, ..."), unless it looks ahead."""
        if s.reference or self.doc.published:
            return s.reference or self.doc.published
        own = sentence_date(s.text, None)
        return own if own and not is_future(s.text) else None

    def issuer_city(self) -> str | None:
        """The city of the body that issued the text, from a line of its head ("Ministry of Foreign Affairs, Islamabad")."""
        issuer = ISSUER_LINE.search(self.doc.text[:ISSUER_HEAD])
        found = self.gaz.lookup(issuer["city"]) if issuer else None
        return found.id if found and found.kind == CITY else None

    def _generic_meeting(self, mention: MeetingMention, s: Sentence, main: Meeting | None) -> str | None:
        """"The summit", "the meeting", "the 22nd meeting": the main meeting, if it can be; one that its own clause
        dates in another year ("The fifth anniversary summit, back in Shanghai on 15 June 2006") is that year's."""
        reference = self.reference_of(s)
        near = re.split(r"\.\s|;\s", s.text[mention.end:mention.end + 60], maxsplit=1)[0]
        dated = sentence_date(near, reference) if YEAR.search(near) and not is_future(s.text) else None
        series = SERIES_BY_PREFIX.get(re.sub(r"_\d{4}$", "", main.id)) if main else \
            COUNCIL_SERIES[HEADS_OF_STATE] if mention.kind == HEADS_OF_STATE else None
        main_year = self.years.get(self.main) if main else None
        if dated and series and (main is None or main_year and mention.kind in ("", main.kind)
                                 and dated.year != main_year):
            return self.meeting(replace(mention, kind=series.kind, series=series, generic=False, year=dated.year), s,
                                allow_main=False)
        numbered_series = mention.series if mention.series or not main else \
            series if mention.kind in ("", main.kind) else None
        if numbered_series and mention.ordinal and reference \
                and (numbered := numbered_series.year_of_ordinal(mention.ordinal)) \
                and (numbered != main_year or self.main != numbered_series.meeting_id(main_year)) \
                and numbered <= reference.year + 1 and ((item := rel.TIMELINE_ITEM.match(s.text))
                                                        and mention.start - item.end() <= 4
                                                        or s.place and mention.start <= 4):
            # "29 May, Moscow - Third summit" in a chronology of the 2002 summit and others: 2003's
            return self.meeting(replace(mention, kind=numbered_series.kind, series=numbered_series, generic=False,
                                        year=numbered), s, allow_main=False)
        if mention.series and reference and (item := rel.TIMELINE_ITEM.match(s.text)) and not is_future(s.text) \
                and (day := sentence_date(item["date"], reference)) and day <= reference \
                and self.main != mention.series.meeting_id(day.year):
            # "17 June, Tashkent - Karzai attends an SCO summit" in a timeline of another meeting: 2004's
            return self.meeting(replace(mention, generic=False, year=day.year), s, allow_main=False)
        if main is None:
            return None
        if (mention.ordinal or 0) > 1 and series and mention.kind in ("", main.kind) and main_year and reference \
                and (numbered := series.year_of_listed(mention.ordinal)) and numbered != main_year \
                and numbered <= reference.year and not is_future(s.text) \
                and NUMBERED_NOUN.search(s.text, mention.start, mention.end) \
                and (mention.start <= 4 and HELD_AFTER_IT.match(s.text, mention.end)
                     or HELD_BEFORE_IT.search(s.text, max(0, mention.start - 30), mention.start)
                     and NOTHING_OF_ITS_OWN.match(s.text, mention.end)):
            # "The 14th meeting, held on 14-15 December in Zhengzhou" in a chronicle of the premiers' councils: 2015's
            return self.meeting(replace(mention, kind=series.kind, series=series, generic=False, year=numbered), s,
                                allow_main=False)
        if series and s.item == ITEM_PLACE and s.reference and main_year and s.reference.year != main_year \
                and mention.kind in ("", main.kind) and not is_future(s.text):
            # "1st summit. Host: China" under a timeline's card "● 2001 | SHANGHAI | 15 Jun": that year's
            return self.meeting(replace(mention, kind=series.kind, series=series, generic=False, year=s.reference.year),
                                s, allow_main=False)
        if ONE_BEFORE.match(s.text, mention.start) and (named := [
                m for m in self.placed_before if m != self.main and (kind := self.facts.meetings[m].kind)
                not in (BILATERAL, PRESS_EVENT) and mention.kind in ("", kind)]):
            return named[-1]  # "Iran took part in the previous summit. That summit was chaired by X": that one
        other = OTHER_ONE.match(s.text, mention.start)  # "the previous session", "the next meeting"
        if mention.ordinal and main.ordinal not in (None, mention.ordinal) or other:
            # "the previous, fifth conference, held in Cholpon-Ata on June 24, 2008": that year's of the same series
            series = SERIES_BY_PREFIX.get(re.sub(r"_\d{4}$", "", main.id))
            reference = self.reference_of(s)
            dated = with_nearby_year(s.text, replace(mention, kind=series.kind, series=series, generic=False), reference) \
                if series and reference and not is_future(s.text) else None
            main_year = self.years.get(self.main)
            if dated and dated.year and main_year and dated.year >= main_year and PREVIOUS.match(s.text, mention.start):
                # "the previous summit, held in Moscow last May" in June: the May of the year before, one a year
                dated = replace(dated, year=main_year - 1, month=None)
            if dated and dated.year and dated.year != main_year:
                return self.meeting(dated, s, allow_main=False)
            return None  # "the 22nd meeting" when the article reports the 23rd
        series = SERIES_BY_PREFIX.get(re.sub(r"_\d{4}$", "", main.id))
        reference = self.reference_of(s)
        if series and reference and (main_year := self.years.get(self.main)) and not mention.ordinal \
                and mention.kind in ("", main.kind) and not is_future(s.text):
            dated = with_nearby_year(s.text, replace(mention, kind=series.kind, series=series, generic=False), reference)
            if dated.year and dated.year < main_year:
                return self.meeting(dated, s, allow_main=False)  # "since their meeting in St. Petersburg last November"
        if not mention.kind or mention.kind == main.kind:
            if mention.ordinal and (mention.kind or s.text.startswith(("their ", "its "), mention.start)
                                    or OF_THESE.match(s.text, mention.end)):  # "The fourth meeting of the ministers"
                self.store.set(self.main, ordinal=mention.ordinal)  # "The tenth summit of the SCO", "their 17th meeting"
            return self.main
        if mention.kind == HEADS_OF_STATE and not mention.city_word:
            if main.kind == MEETING and (reference := self.reference_of(s)):
                # "the summit" in an article about the SCO Plus meeting: the heads of state council beside it
                return self.meeting(replace(mention, generic=False, year=reference.year), s, allow_main=False)
            if main.kind == HEADS_OF_STATE:
                return self.main
            if (opening := OPENING_MONTH_ONLY.match(s.text)) and reference and main.date and not is_future(s.text) \
                    and (month := MONTH_NAMES.index(opening["month"]) + 1) != main.date.month:
                # "In September Mr X flew to Dushanbe for the SCO summit", in an article on December's premiers
                year = reference.year if month <= reference.month else reference.year - 1
                return self.meeting(replace(mention, generic=False, year=year), s, allow_main=False)
            # "the summit" in an article about the heads of government meeting, as news calls it, unless the article
            # also names a meeting of the heads of state or the sentence looks ahead to one
            if main.kind == HEADS_OF_GOVERNMENT and not any(m.kind == HEADS_OF_STATE for m in self.facts.meetings.values()) \
                    and (self.main_future or not is_future(s.text)):
                return self.main
            reference = self.reference_of(s)
            # "the sixth summit, held in Shanghai on June 15" in a year's review (not "from Aug 31", a year back);
            # "... on 15 June 2006, the leaders gathered in Shanghai for the anniversary summit": its own day, said
            # first
            year_before = YEAR.search(s.text, 0, mention.start)
            if reference and not is_future(s.text) and (when := sentence_date(s.text[mention.start:], reference) or (
                    sentence_date(s.text, reference) if year_before else None)) \
                    and when <= reference and (when.year == reference.year or YEAR.search(s.text, mention.start)
                                               or year_before):
                return self.meeting(replace(mention, generic=False, year=when.year), s, allow_main=False)
            if (year := summit_month_year(s.text, mention, reference)):
                return self.meeting(replace(mention, generic=False, year=year), s, allow_main=False)
        return None

    def _outside_meeting(self, mention: MeetingMention, s: Sentence, reference: date | None,
                         when: date | None) -> str | None:
        """"The BRICS summit in Kazan" in October, "the joint meeting of the SCO and CSTO": that year's, unless still
        to come."""
        done = when if when and reference and when <= reference and not is_future(s.text) else None
        ahead = GOES_ON_TO.search(s.text, max(0, mention.start - 40), mention.start)
        if (is_future(_clause(s.text, mention)) or ahead) and not done:
            return None  # "Modi will go on to the BRICS summit", "Xi goes on to the CICA summit": not a meeting yet
        year = mention.year or (when.year if when else None) or (reference.year if reference else None)
        prefix, organizer = OUTSIDE_SERIES[mention.outside]
        meeting_id = f"{prefix}_{year}" if year else prefix
        city = None
        if mention.city_word and (place := self.gaz.lookup(mention.city_word)) and place.kind == CITY:
            city = place.id
            self.entity(city)
        label = f"{mention.name} ({year})" if year else mention.name
        self.store.meeting(Meeting(meeting_id, MEETING, label, None, done, city, organizer=organizer, evidence=s.text))
        if organizer:
            self.entity(organizer)
        return meeting_id

    def _series_meeting(self, mention: MeetingMention, s: Sentence, allow_main: bool, reference: date | None,
                        when: date | None, main: Meeting | None) -> str | None:
        """A council or ministerial meeting: of the year the text gives, else the main one if it can be."""
        year, own_date = mention.year, None
        if main and main.kind != mention.kind and main.kind in SERIES_KINDS and mention.summit and not mention.city_word \
                and mention.month is None and year and year == self.years.get(self.main) and \
                re.fullmatch(r"(?:the\s)?(?:SCO\s)?summit\s(?:of\s)?(?:19|20)\d\d", s.text[mention.start:mention.end], re.I):
            return self.main  # "the SCO summit 2024" in an article about that year's heads of government meeting
        trigger = rel.bilateral_trigger(s.text)  # talks the sentence reports, unless the verb is the mention's own
        talks = rel.SIDELINES.search(s.text) or trigger and not mention.start <= trigger.start() < mention.end
        if year and when and when.year == year and not talks:
            own_date = when  # "SCO health ministers last met on June 30, 2021, in Dushanbe"
        if year is None and when and when.year < FIRST_SCO_SUMMIT_YEAR and mention.series.kind == HEADS_OF_STATE:
            year, own_date = when.year, when  # "On July 5, 2000, ... hosted the group's fifth summit": the Shanghai Five's
        if year is None and mention.ordinal and (written_on := self.reference_of(s)) \
                and (numbered := mention.series.year_of_ordinal(mention.ordinal)) and numbered <= written_on.year + 1:
            # not "the sixth summit of the Shanghai Five" in 2001 read as the SCO's sixth, of 2006
            year = numbered  # "the 22nd meeting of the Council of Heads of State": 2022's, whatever year the article is
            if when and when.year == year and not talks:
                own_date = when
        other = main and (main.kind != mention.kind or not main.id.startswith(mention.series.prefix))  # another series
        after = DAYS_AFTER.search(s.text, max(0, mention.start - 40), mention.start)
        if when is None and year is None and reference and after:
            days = int(after["n"]) if after["n"].isdigit() else NUMBERS.get(after["n"], 1)
            when = reference - timedelta(days=days)
        own_verb = REPORTED.search(s.text, mention.start, mention.end + 40)  # "The SCO defence ministers met in ..."
        # (not "... met in Dushanbe and approved drafts to be signed at the summit next month": that is the summit's)
        ahead = is_future(s.text) and not (own_verb and not is_future(s.text[:own_verb.end()]))
        item = rel.TIMELINE_ITEM.match(s.text)
        reported = other and not ahead and (
            own_verb
            or item and mention.start - item.end() <= 4  # "4-5 May, Goa - The CFM"
            or when and (reference is None or when <= reference)
            and ATTENDED_IT.search(s.text, max(0, mention.start - 40), mention.start)
            or SIDELINES_OF_IT.search(s.text, max(0, mention.start - 40), mention.start)  # talks held beside it
            or after)
        # "Earlier, on November 10, X had addressed the SCO Council of Heads of State"
        if year is None and when and (mention.ordinal or not allow_main or reported
                                      or other and reference and when <= reference and not is_future(s.text)
                                      and (when.year == reference.year or YEAR.search(s.text))
                                      # "23 September, Bishkek - Meeting of the heads of government" in a chronology
                                      or item and mention.start - item.end() <= 4
                                      and when.year != self.years.get(self.main)):
            # "Jun 25-26 · Qingdao · SCO defence ministers' meeting, chaired by X": another series' meeting of that day
            year = when.year
            if not talks:
                own_date = when
        if year is None:
            year = summit_month_year(s.text, mention, reference)
        if year is None and reference and OPENING_MONTH.match(s.text) and not is_future(s.text):
            year = reference.year - 1
        if year is None and (mention.ordinal or not allow_main) and reference:
            year = reference.year
        if year is None and allow_main and mention.city_word and reference and not is_upcoming(s.text, mention):
            year = self._past_venue_year(mention, reference.year)
        if year is None and reported and reference and not mention.city_word:
            year = reference.year  # "X attended the meeting of the SCO Council of Foreign Ministers, which was held in
            # Beijing on the same day" in an article about the defence ministers: that year's
        if year is None and allow_main and reference and self.doc.published and s.place \
                and (self.doc.published - reference).days > RECENT_DAYS:
            year = reference.year  # "3. BISHKEK, 4-5 DECEMBER" over "The Council of Heads of Government was chaired by
            # ...": a year-ender's item, of its heading's day
        if year is None and allow_main and main and main.kind != mention.kind and mention.summit and mention.city_word \
                and main.kind in SERIES_KINDS and (place := self.gaz.lookup(mention.city_word)) and place.id == main.city:
            return self.main  # "the Islamabad summit" in an article about the heads of government meeting there
        if year is None and allow_main:
            if not main or other or is_future(_clause(s.text, mention)) and not self.main_future:
                return None  # "Kazakhstan, which will host next year's summit in Astana": not the article's; nor
                # "the energy ministers' meeting" in an article about the transport ministers
            if mention.ordinal and main.ordinal not in (None, mention.ordinal):
                return None  # "the eighth meeting" in an article about the ninth
            place = self.gaz.lookup(mention.city_word) if mention.city_word else None
            if place and place.kind == CITY:  # "the Astana summit": the main one only if held there
                if main.city not in (None, place.id):
                    return None
                self.store.set(self.main, city=place.id)
            return self.main
        if year is None and reference is None and self.doc.year:
            year = self.doc.year  # an undated article whose file name gives the year ("...-sco-summit-2006.txt")
        if mention.series.kind == HEADS_OF_STATE and year and year < FIRST_SCO_SUMMIT_YEAR:
            mention = replace(mention, kind=MEETING, series=SHANGHAI_FIVE)  # "the group's fifth summit" in 2000
        meeting_id = mention.series.meeting_id(year)
        if allow_main and meeting_id != self.main and (
                ahead and not HELD_THEN.search(s.text, mention.start, mention.end + 12)
                and not (reference and year < reference.year) or reference and year > reference.year):
            return None  # "the Tianjin summit next year", "will attend the meeting in Islamabad next week" (not "will
            # carry out the decisions of the summit held in August")
        city = None
        if mention.city_word and (entity := self.gaz.lookup(mention.city_word)) and entity.kind == CITY:
            city = entity.id
            self.entity(city)
        label = f"{mention.series.label} ({year})" if year else mention.series.label  # the same in every article
        ministerial = mention.series in MINISTERIAL_SERIES
        organizer = SHANGHAI_FIVE_ORGANIZER if mention.series is SHANGHAI_FIVE else "sco"
        self.store.meeting(Meeting(meeting_id, mention.kind, label, mention.ordinal, own_date, city, organizer=organizer,
                                   format=mention.series.label if ministerial else None, evidence=s.text))
        if year:
            self.years[meeting_id] = year
        if organizer == "sco":
            self.entity("sco")
        return meeting_id

    def _past_venue_year(self, mention: MeetingMention, before: int) -> int | None:
        """The year of "the Astana summit" when it is not the article's meeting: the last one the reference list
        places in that city, if it is at most VENUE_YEARS before the article."""
        place = self.gaz.lookup(mention.city_word)
        if place is None or place.kind != CITY or not mention.series.venues:
            return None
        main = self.facts.meetings.get(self.main) if self.main else None
        main_year = self.years.get(self.main) if main else None
        if main and main.kind == mention.kind and (main.city == place.id or main.city is None and
                                                   mention.series.venues.get(main_year, place.id) == place.id):
            return None  # the article's own meeting
        if self.current and self.current.index <= 0 and not mention.summit and (
                main is None or main.kind == mention.kind and main.city is None):
            return None  # "Meeting of SCO defence ministers in Bishkek" over an article: its own, wherever the last was
        years = [year for year in mention.series.years_in(place.id, before)
                 if year != main_year or not main or main.kind != mention.kind]  # the article's own is not a past one
        return years[0] if years and before - years[0] <= VENUE_YEARS else None

    def council(self, meetings: list[str]) -> str | None:
        """The first council or other meeting of a series among `meetings`, else the main meeting if it is one, else
        the only one the article names (a press event or the SCO Plus session adopts and convenes nothing)."""
        meeting = next((m for m in meetings if self.facts.meetings[m].kind in SERIES_KINDS), None) or self.main
        if meeting and self.facts.meetings[meeting].kind not in SERIES_KINDS:
            meeting = self.store.series[0] if len(self.store.series) == 1 else None
        return meeting

    # ---------------------------------------------------------------- the merge
    def apply(self, candidate: Candidate) -> None:
        """Write one candidate a rule proposes into the article's facts, or into its reading context."""
        MERGE[type(candidate)](self, candidate)

    def _named(self, c: Named) -> None:
        if isinstance(c.entity, Entity):
            self.new_entities.setdefault(c.entity.id, c.entity)
            self.entity(c.entity.id, c.surface)
        else:
            self.entity(c.entity, c.surface)

    def _attributes(self, c: Attributes) -> None:
        if (day := c.values.get("date")) and (year := self.years.get(c.meeting)) and day.year != year:
            c = replace(c, values={k: v for k, v in c.values.items() if k != "date"})  # not another year's day
        if c.replace:
            self.facts.meetings[c.meeting] = replace(self.facts.meetings[c.meeting], **c.values)
        else:
            self.store.set(c.meeting, **c.values)

    def _proposal_set(self, c: ProposalSet) -> None:
        ids = [p.id for p in self.facts.proposals]
        if c.proposal.id in ids:
            self.facts.proposals[ids.index(c.proposal.id)] = c.proposal
        else:
            self.facts.proposals.append(c.proposal)
        self.proposal = c.proposal

    def _context(self, c: Context) -> None:
        for name, value in c.values.items():
            if not hasattr(self, name):
                raise AttributeError(f"no reading context called {name!r}")
            setattr(self, name, value)

    # ---------------------------------------------------------------- who took part
    def chair(self, meeting: str, chair: PersonMention, text: str, remote: bool = False) -> None:
        """The chair of a meeting, who also took part in it (for a member state, at a meeting of the members)."""
        self.store.set(meeting, chair=chair.person)
        capacity = MEMBER if rel.MEMBERS_MEETING.search(text) else None
        self.participant(meeting, chair.person, chair.of, chair, capacity, remote, text)

    def participant(self, meeting, agent, of, mention, capacity, remote, evidence) -> None:
        """Who took part in a meeting, for which state or organisation, in which capacity."""
        if agent is None and of is None:
            return
        if of is None and agent is not None:
            of = self.home_state(agent) or self.gaz.nationality.get(agent)
        kind = self.gaz.entities[of].kind if of in self.gaz.entities else None
        council = self.facts.meetings[meeting].kind not in (BILATERAL, PRESS_EVENT)  # a multilateral meeting
        if (capacity in rel.STATUS_OF_CAPACITY or capacity == GUEST) and kind in (IGO, ORGANIZATION):
            capacity = None  # "observer states ..., as did UN Secretary-General Guterres", "guests: ..., the CIS's
            # Executive Secretary": no state's capacity
        if capacity is None and kind in (IGO, ORGANIZATION) and council and not (of == "sco" or of.startswith("sco_")):
            capacity = INTERNATIONAL_ORG  # the UN Secretary-General; the SCO's own bodies only where the text says so
        if capacity in (INTERNATIONAL_ORG, PERMANENT_BODY) and kind == STATE:
            capacity = None
        position = self.position_id(mention.title, mention.of) if mention and mention.title and mention.of else None
        self.store.participation(Participation(meeting, agent, of, capacity, remote, evidence, position))
        if of:
            self.entity(of)  # "The Pakistani delegation was led by ...": the state is named, by its demonym
        if capacity in rel.STATUS_OF_CAPACITY and of and kind == STATE and \
                self.facts.meetings[meeting].organizer in (None, "sco"):  # not an observer of the Shanghai Five
            self.store.statement(of, rel.STATUS_OF_CAPACITY[capacity], "sco", evidence)


# The merge of each kind of candidate (loader.extraction.candidates), by type: cheaper than matching patterns
MERGE = {
    Named: Article._named,
    Convened: lambda a, c: a.store.meeting(c.meeting, c.pair),
    Attributes: Article._attributes,
    Attended: lambda a, c: a.participant(c.meeting, c.agent, c.of, c.mention, c.capacity, c.remote, c.evidence),
    Chaired: lambda a, c: a.chair(c.meeting, c.chair, c.evidence, c.remote),
    Stated: lambda a, c: a.store.statement(c.subject, c.predicate, c.object, c.evidence),
    HeldRemotely: lambda a, c: a.all_remote.add(c.meeting),
    AllMembersAttended: lambda a, c: a.all_members.setdefault(c.meeting, c),
    ProposalSet: Article._proposal_set,
    Mentioned: lambda a, c: a.pending_mentions.append((c.sentence, c.bilateral, c.meetings, c.items)),
    Context: Article._context,
}


ATTENDED_IT = re.compile(r"\b(?:addressed|attended|took\spart\sin|joined|chaired|hosted)\s(?:the\s)?(?:SCO\s)?$")
SIDELINES_OF_IT = re.compile(r"\b(?:on|in)\sthe\s(?:sidelines|margins|fringes)\sof\s(?:the\s)?(?:SCO\s)?$")
OF_THESE = re.compile(r"\s(?:of\sthe\s(?:ministers|council|heads)|in\sthis\sformat)\b")
# What tells that a numbered meeting is one of the series ("chaired the 15th meeting"), not one of two leaders' ("the
# third meeting between them")
NUMBERED_NOUN = re.compile(r"\b(?:meeting|session)\b")
HELD_AFTER_IT = re.compile(r",?\s(?:held|on\s\d|in\s[A-Z]|was\s(?:held|chaired|hosted|opened)|took\splace|chaired"
                           r"|hosted)\b")
HELD_BEFORE_IT = re.compile(r"\b(?:chaired|hosted|presided\sover|opened|convened)\s(?:the\s)?$")
NOTHING_OF_ITS_OWN = re.compile(r"(?:[.,;]|\s(?:on|at|in\s(?!the\b)[A-Z]|via|by|under|which)\b|$)")  # not "the second
# meeting in the SCO Plus format"
OTHER_ONE = re.compile(r"the\s(?:previous|last|next|following)\b", re.I)
ONE_BEFORE = re.compile(r"(?:[Tt]hat|[Tt]he\ssame)\s")  # "that summit": one the sentence before named
PREVIOUS = re.compile(r"the\s(?:previous|last)\b", re.I)
REPORTED = re.compile(r"\b(?:met|gathered|convened|(?:was|were)\sheld|took\splace|opened|followed\s(?:in|on)|ended|closed|hosted)\b")
# "a day after the Moscow meeting of the Council of Foreign Ministers": a meeting held that many days before
DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|\d)\sdays?\safter\s(?:the\s)?(?:[A-Z][a-z]+\s)?$")


GOES_ON_TO = re.compile(r"\b(?:go(?:es)?|head(?:s)?|travel(?:s)?|fl(?:y|ies)|mov(?:es?))\s(?:on\s)?(?:to|for)\s"
                        r"(?:the\s|a\s)?(?:\S+\s){0,3}$")


def _clause(text: str, mention: MeetingMention) -> str:
    """The clause a mention stands in: from the comma or semicolon before it to the one after it."""
    start = max(text.rfind(", ", 0, mention.start), text.rfind("; ", 0, mention.start)) + 1
    ends = [i for i in (text.find(", ", mention.end), text.find("; ", mention.end)) if i >= 0]
    return text[start:min(ends, default=len(text))]


def _suffix(n: int | None) -> str:
    if n is None:
        return ""
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
