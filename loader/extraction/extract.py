"""Step 2: Document -> ArticleFacts. Pure functions over the text and the gazetteer; no I/O, no rdflib."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from loader.extraction import relations as rel
from loader.reading.documents import Document
from loader.facts import (
    BILATERAL, CITY, FORUM, HEADS_OF_STATE, IGO, INITIATIVE, MEETING, MEMBER, ORGANIZATION, PERSON, PRESS_EVENT,
    PROJECT, STATE, ArticleFacts, Entity, Meeting, Position, Proposal, ProposalPoint,
)
from loader.extraction.documents import document_facts
from loader.extraction.frame import is_upcoming, main_meeting
from loader.extraction.merge import FactStore
from loader.extraction.statuses import status_facts
from loader.extraction.gazetteer import Gazetteer, fold, slug
from loader.extraction.meetings import (
    PRESS, MeetingMention, find_meetings, is_future, sentence_date, venue_mentions,
)
from loader.extraction.mentions import Memory, PersonMention, Recognizer, titled
from loader.extraction.participation import AT_MEETING, SIDELINES, SPEECH_VERB, ParticipationMixin, bilateral_trigger
from loader.patterns import Gated
from loader.reading.sentences import ORDINAL_WORDS, Sentence, plain, sentences
from loader.vocabulary import COUNCIL_SERIES, MEETING_OF_TITLE, MINISTERIAL_SERIES, MONTH_NAMES, SERIES_KINDS

EXTRACTOR_VERSION = "0.2.0"
SPEAKS_FOR = Gated(
    r"(?:^|\.\s|,\s)(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:will|has|is\sready|stands\sready|is\swilling|proposes|welcomes|"
    r"supports|always\sviews)\b",
    words=("will", "has", "ready", "willing", "proposes", "welcomes", "supports", "views"))
NEW_PROJECT = Gated(
    r"\b(?:the\s)?(?P<name>(?:[A-Z][a-z]+-)+[A-Z][a-z]+(?:\s[A-Za-z-]+){0,4}?\s(?:railway|highway|pipeline|"
    r"[Ii]ndustrial\s[Pp]ark|corridor|Railway|Highway|Pipeline|Corridor))\b",
    words=("ailway", "ighway", "ipeline", "ndustrial", "orridor"))
NEW_INSTITUTION = Gated(r"\b(?:the\s)?(?P<name>SCO(?:\s[A-Z][a-z]+){1,3}\s(?:Bank|University|Institute|Centre|Center))\b",
                        words=("Bank", "University", "Institute", "Centre", "Center"))
HOSTING = Gated(r"(?P<state>[A-Z][a-z]+)\s(?:on\s)?(?:successfully\s)?host(?:ing|ed)\s(?:the\s)?(?:[Tt]hird|[A-Z0-9])",
                words=("host",))
PROPOSED_BY = re.compile(
    r"(?:[Tt]he\s)?(?P<item>(?!The\s)(?:[A-Z][a-z]+\s(?:and\s)?){1,6}(?:Initiative|Road))(?:\s\([A-Z]+\))?\s(?:proposed|put\sforward|initiated)"
    r"\sby\s(?:Chinese\s)?(?:President\s|Premier\s)?(?P<who>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)
NEW_INITIATIVE = Gated(r"\bthe\s(?P<name>(?:[A-Z][a-z]+\s){1,5}Initiative)\b", words=("Initiative",))
NEW_NAMES = ((NEW_PROJECT, PROJECT), (NEW_INSTITUTION, PROJECT), (NEW_INITIATIVE, INITIATIVE))
MEETING_VERB = re.compile(r"\b(?:held|took\splace|convened|opened|met|began|gathered|kicked\soff|got\sunder\s?way)\b|^On\s|,\son\s")
TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?\s?)?(?:[A-Z]{2,4}\s?)?(?:[|\u2013\u2014-]|$)")
ENDED = re.compile(r"\b(?:wrapped\sup|concluded|ended|closed)\b")
DURATION = re.compile(r"\b(?P<n>two|three|four|[234])-day\b", re.I)
CAPITAL_APPOSITION = re.compile(r",\s(?:the\s)?(?:[A-Z][a-z]+\s)?capital(?:\s(?:city\s)?of\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,?")
# "the 19th meeting ..., which was held via videoconference on November 30": the date that follows is the meeting's
HELD_AFTER = re.compile(r"[^.;]{0,40}?\b(?:was|were)\s(?:held|convened)\b")
DATES_IN_BRACKETS = re.compile(r"\s?\(([^()]{4,40}?\d[^()]{0,20})\)")
MENTION_IN = re.compile(r"\s(?:held\s)?in\s(?:the\s)?(?:[a-z]+\s){0,2}?(?:city\sof\s)?(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
AFTER_MEETING = re.compile(r"\b(?:after|following)\sthe\s(?:meeting|talks|summit|session|council)\b")
OPENED = re.compile(r"\b(?:opened|began|kicked\soff|got\sunder\s?way)\b")  # the first day of a meeting of several
HELD_HERE = re.compile(r"\b(?:held|met|opened|took\splace|convened|concluded|began|gathered|hosted|session)\shere\b")
NOT_PLACES = set(MONTH_NAMES) | {"The", "A", "An", "His", "Her", "Their", "Its"}
ATTENDED = Gated(r"\b(?:attended|attend|joined)\b", words=("attend", "joined"))
ON_DAY = re.compile(r"\bon\s(?:the\safternoon\sof\s)?(?:[A-Z][a-z]+\.?\s\d|\d|[A-Z][a-z]+day)")
ATTENDED_IN = Gated(r"\battended\sthe\s(?:meeting|summit)\sin\s", words=("attended the",))
IN_PLACE = re.compile(r"\bin\s([A-Z][a-z]+)")
VENUE_YEARS = 10  # "the Shanghai summit" in an article of 2025 may be 2001 or 2006: too far back to tell
HE = re.compile(r"^(?:He|She|Moreover, [Hh]e|Furthermore, he|Additionally, he)\b|^[^,]{0,40},\s(?:he|she)\s")


def extract_facts(document: Document, gazetteer: Gazetteer) -> ArticleFacts:
    """Every fact one article states, with the sentence each comes from."""
    return _Article(document, gazetteer).run()


class _Article(ParticipationMixin):
    """The state of reading one article: memory of people, the main meeting, open contexts."""

    def __init__(self, document: Document, gazetteer: Gazetteer):
        self.doc = document
        self.gaz = gazetteer
        self.rec = gazetteer.cache.get("recognizer") or gazetteer.cache.setdefault("recognizer", Recognizer(gazetteer))
        self.rec.start_article()
        self.memory = Memory()
        self.headline = plain(fold(document.title))
        self.store = FactStore(self.headline)
        self.facts = self.store.facts
        self.new_entities: dict[str, Entity] = {}
        self.mentions_count: Counter[str] = Counter()
        self.main: str | None = None
        self.bilateral: str | None = None  # the bilateral meeting the current sentences speak of
        self.sidelines_of: str | None = None
        self.visit = False
        self.last_date: date | None = None
        self.last_bilateral_date: date | None = None
        self.proposal: Proposal | None = None
        self.proposal_limit = 0
        self.speaker_state: str | None = None
        self.main_future = False
        self.lead_person: str | None = None
        self.here_city: str | None = None
        self.here_section = -1
        self.sentence_bilateral: str | None = None
        self.section_start = 0
        self.section_bilateral: str | None = None  # the bilateral meeting a dateline section opens by reporting
        self.new_names: list[str] = []
        self.all_remote: set[str] = set()  # meetings everyone joined by video ("All participants joined ... via video")
        self.handed_over = False  # a handover of the presidency, once read, outranks "X holds the presidency"
        self.current: Sentence | None = None  # the sentence being read
        self.members_at = -2  # the last sentence that reports a meeting of the member states' leaders alone
        self.first_seen: dict[str, Sentence] = {}  # the sentence that first names each entity
        self.pending_mentions: list[tuple[Sentence, str | None, list[str], list[str]]] = []

    # ---------------------------------------------------------------- driver
    def run(self) -> ArticleFacts:
        sents = sentences(self.doc, self.facts.warnings.append)
        if self.doc.title and sents and sents[0].text != fold(self.doc.title):
            sents.insert(0, Sentence(fold(self.doc.title), -1, -1, self.doc.published, original=self.doc.title))
        self.speaker_state = self._speaker_state(sents)
        self.lead_person = self._lead_person(sents)
        self.main = self._find_main(sents)
        section = 0
        for sentence in sents:
            if sentence.section != section:
                self._flush_mentions()
                section, self.bilateral, self.visit = sentence.section, None, False
                self.section_start, self.section_bilateral = sentence.index, None
            self._sentence(sentence)
        self._flush_mentions()
        self._publisher()
        if self.handed_over:  # the presidency as of the article is the one handed over, not the one held before
            last = [st for st in self.facts.statements if st.predicate == "rotatingPresidency"][-1]
            self.store.keep_statements(lambda st: st.predicate != "rotatingPresidency" or st is last)
        self.facts.proposals = [p for p in self.facts.proposals if p.points]  # an announced list that never came
        self._backfill_capacities()
        self._drop_redundant_participants()
        if self.all_remote:
            self.facts.participations = [replace(p, remote=True) if p.meeting in self.all_remote else p
                                         for p in self.facts.participations]
        self.facts.as_written = {s.text: s.original for s in sents if s.original != s.text}
        for s in sents:
            if s.start >= 0:
                self.facts.offsets.setdefault(s.text, (s.start, s.end))
        for entity in self.new_entities.values():
            if self.facts.entities.get(entity.id, entity) == entity:
                self.facts.entities[entity.id] = self._as_written(entity, self.first_seen.get(entity.id))
        return self.facts

    @staticmethod
    def _as_written(entity: Entity, sentence: Sentence | None) -> Entity:
        """The entity with its name as the sentence that first names it writes it ("Erdoğan"), not folded
        ("Erdogan"), where that sentence folds letter for letter."""
        if sentence and sentence.original != sentence.text and len(sentence.original) == len(sentence.text) \
                and (at := sentence.text.find(entity.label)) >= 0:
            written = sentence.original[at:at + len(entity.label)]
            return replace(entity, label=written) if fold(written) == entity.label else entity
        return entity

    def _speaker_state(self, sents: list[Sentence]) -> str | None:
        """The state the article speaks for: the one most often subject of "<State> will/has/is ready ..."."""
        votes: Counter[str] = Counter()
        for sentence in sents:
            for match in SPEAKS_FOR.finditer(sentence.text):
                found = self.gaz.lookup(match["state"])
                if found and found.kind == STATE:
                    votes[found.id] += 1
        return votes.most_common(1)[0][0] if votes and votes.most_common(1)[0][1] >= 1 else None

    def _lead_person(self, sents: list[Sentence]) -> str | None:
        """The person the article is about: the one its sentences name most often."""
        counts: Counter[str] = Counter()
        for sentence in sents:
            for _, _, person in self.rec.entities(sentence.text, (PERSON,)):
                counts[person] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _find_main(self, sents: list[Sentence]) -> str | None:
        """The meeting the article is about (loader.extraction.frame), registered from its first mention."""
        self.mentions = {s.index: find_meetings(s.text, s.reference) for s in sents}  # read once, used twice
        frame = main_meeting([(sentence, self.mentions[sentence.index]) for sentence in sents], fold(self.doc.title))
        if frame is None:
            return self._unnamed_main(sents)
        self.main_future = frame.future
        main = self._meeting(replace(frame.mention, generic=False), frame.sentence, allow_main=False)
        if main and frame.mention.series and frame.mention.series.venues:
            self._venue_mentions(sents, frame.mention.series)
        return main

    def _venue_mentions(self, sents: list[Sentence], series) -> None:
        """In an article about a council, "Yekaterinburg in 2009" names that year's council (loader.vocabulary)."""
        def city_of(name: str) -> str | None:
            found = self.gaz.lookup(name)
            return found.id if found and found.kind == CITY else None

        for s in sents:
            if is_future(s.text):
                continue
            named = self.mentions[s.index]
            extra = [m for m in venue_mentions(s.text, s.reference, series, city_of)
                     if not any(o.start < m.end and m.start < o.end for o in named)]
            if extra:
                self.mentions[s.index] = sorted(named + extra, key=lambda m: m.start)

    def _unnamed_main(self, sents: list[Sentence]) -> str | None:
        """An SCO article that calls its meeting only "the meeting" or "the moot": which meeting it is follows from
        who the article says took part (foreign ministers: the foreign ministers' council, and so on)."""
        first = next(((s, m) for s in sents for m in self.mentions[s.index] if m.generic and not m.kind
                      and not is_future(s.text)), None)
        if first is None or not any("SCO" in s.text or "Shanghai Cooperation" in s.text for s in sents):
            return None
        titles = Counter(p.title for s in sents if titled(s.text) for p in self.rec.people(s.text, Memory(), {})
                         if p.title in MEETING_OF_TITLE)
        if not titles:
            return None
        series = MEETING_OF_TITLE[titles.most_common(1)[0][0]]
        sentence, mention = first
        return self._meeting(replace(mention, kind=series.kind, series=series, generic=False), sentence, allow_main=False)

    def _sentence(self, s: Sentence) -> None:
        text, self.current = s.text, s
        people = self.rec.people(text, self.memory, self.new_entities)
        for person in people:
            if not person.of and (led := rel.LED_FOR.match(text[person.end:])):
                person.of = self.gaz.state_of_adjective(led["adj"] or led["state"] or led["bracket"])
        represented = list(rel.REPRESENTED_BY.finditer(text))
        if represented:
            represented += rel.REPRESENTED_TOO.finditer(text, represented[0].end())
        for match in represented:
            state = self._state_named(match["state"])
            person = next((p for p in people if match.end() <= p.start <= match.end() + 2), None)
            if state and person and person.of in (None, state):
                person.of, person.stated_at = state, match.start()
        for mention in people:
            if mention.title and not mention.of and mention.person and mention.person == self.lead_person \
                    and self.gaz.nationality.get(mention.person, self.speaker_state) == self.speaker_state:
                mention.of = self.speaker_state  # "President Xi Jinping" in an article that speaks for China
            self._person(mention, s)
        if rel.MEMBERS_MEETING.search(text):
            self.members_at = s.index
        self.here_city = self._place_here(s) or (self.here_city if s.section == self.here_section else None)
        self.here_section = s.section
        placed = [(mm.end, m) for mm in self.mentions[s.index] if (m := self._meeting(mm, s))]
        meetings = [m for _, m in placed]
        explicit_date = sentence_date(text, s.reference)
        if explicit_date:
            self.last_date = explicit_date
        elif TIMESTAMP.match(s.original) and s.reference:
            self.last_date = s.reference  # a live blog's "17:30 IST | ..." entry: the day of the article
        if "visit" in text and re.search(r"\bvisit\b", text):
            self.visit = True
        self._states_and_things(s)
        self._meeting_attributes(s, meetings, people, placed)
        if PRESS.search(text):
            self._press_event(s, people, meetings)
        elif bilateral_trigger(text):
            self._bilateral(s, people, meetings)
        else:
            self.sentence_bilateral = None
        self._participation(s, people, meetings)
        if rel.ALL_REMOTE.search(text) and (target := next(iter(meetings), None) or self.main):
            self.all_remote.add(target)
        if (remote := rel.HELD_REMOTELY.search(text)) and not is_future(text):
            before = [m for end, m in placed if end <= remote.start() and self.facts.meetings[m].kind != BILATERAL]
            target = before[-1] if before else None if meetings else self.main
            if target:
                self.all_remote.add(target)
        self._statuses(s, people)
        self._proposals(s, people, meetings)
        self._documents(s, people, meetings)
        self._mentions(s, people, meetings)
        subject = next((m.person for m in people if m.person and m.start < 60), None)
        if subject:
            self.memory.last_person = subject

    def _drop_redundant_participants(self) -> None:
        """An unnamed participant for a state is dropped when a named person represents it at the same meeting."""
        named = {(p.meeting, p.on_behalf_of) for p in self.facts.participations if p.agent}
        self.facts.participations = [p for p in self.facts.participations
                                     if p.agent or (p.meeting, p.on_behalf_of) not in named]

    def _backfill_capacities(self) -> None:
        """A state this article calls a member (observer, partner) takes that capacity at every meeting it names."""
        standing = {st.subject: capacity for st in self.facts.statements if st.object == "sco"
                    for capacity, relation in rel.STATUS_OF_CAPACITY.items() if st.predicate == relation}
        for i, part in enumerate(self.facts.participations):
            kind = self.facts.meetings[part.meeting].kind
            if part.capacity is None and part.on_behalf_of in standing and kind in SERIES_KINDS:
                self.facts.participations[i] = replace(part, capacity=standing[part.on_behalf_of])

    # ---------------------------------------------------------------- entities
    def _entity(self, entity_id: str, surface: str | None = None) -> None:
        entity = self.gaz.entities.get(entity_id) or self.new_entities.get(entity_id) or self.facts.entities.get(entity_id)
        if entity is None:
            return
        self.facts.entities.setdefault(entity_id, entity)
        if self.current:
            self.first_seen.setdefault(entity_id, self.current)
        if surface and surface != entity.label:
            self.facts.surface_forms.setdefault(entity_id, set()).add(surface)
        self.mentions_count[entity_id] += 1

    def _person(self, mention: PersonMention, s: Sentence) -> None:
        if mention.of:
            self._entity(mention.of)
        if not mention.person:
            return
        surface = s.text[mention.start:mention.end]
        entity = self.gaz.entities.get(mention.person) or self.new_entities.get(mention.person)
        name_surface = None
        if entity:
            tail = surface.split(mention.titles and mention.titles[-1] or "\x00")[-1].strip(" ,")
            name_surface = tail if tail and tail[0].isupper() and " of " not in tail else None
            self.memory.remember(mention.person, entity.label)
            if name_surface and name_surface != entity.label and " " in name_surface:
                self.memory.remember(mention.person, name_surface)
        self._entity(mention.person, name_surface if name_surface and " " in name_surface else None)
        if mention.title and mention.of and mention.named:
            for title in mention.titles:
                self._position_id(title, mention.of)
                self.memory.positions.setdefault(mention.person, set()).add((title, mention.of))
                self.store.position(Position(mention.person, title, mention.of, s.text))

    def _position_id(self, title: str, of: str) -> str:
        """The id of the position `title` of `of`, registered for the RDF step."""
        position = f"{slug(title)}_of_{of}"
        self.facts.posts.setdefault(position, (title, of))
        return position

    def _states_and_things(self, s: Sentence) -> None:
        for start, end, entity_id in self.rec.entities(s.text, (STATE, CITY, ORGANIZATION, IGO, INITIATIVE, PROJECT)):
            self._entity(entity_id, s.text[start:end])
        self.new_names = []  # projects and initiatives the sentence names, for _mentions
        for pattern, kind in NEW_NAMES:
            for match in pattern.finditer(s.text):
                name = match["name"]
                self.new_names.append(slug(name))
                if self.gaz.lookup(name) or name.split()[0] in ("The", "This"):
                    continue
                entity_id = slug(name)
                self.new_entities.setdefault(entity_id, Entity(entity_id, kind, name))
                self._entity(entity_id)

    # ---------------------------------------------------------------- meetings
    def _meeting(self, mention: MeetingMention, s: Sentence, allow_main: bool = True) -> str | None:
        """The id of the meeting a mention refers to, registering it; None if it cannot be pinned down."""
        if mention.name == "council" and self.main and self.facts.meetings[self.main].kind in SERIES_KINDS:
            kind = self.facts.meetings[self.main].kind
            mention = replace(mention, kind=kind, name=None, series=COUNCIL_SERIES.get(kind))
        if mention.generic or not mention.kind:
            if mention.ordinal and self.main and self.facts.meetings[self.main].ordinal not in (None, mention.ordinal):
                return None  # "the 22nd meeting" when the article reports the 23rd
            if allow_main and self.main and (not mention.kind or mention.kind == self.facts.meetings[self.main].kind):
                return self.main
            if allow_main and self.main and mention.kind == HEADS_OF_STATE and not mention.city_word:
                main_kind = self.facts.meetings[self.main].kind
                if main_kind == MEETING and (reference := s.reference or self.doc.published):
                    # "the summit" in an article about the SCO Plus meeting: the heads of state council beside it
                    return self._meeting(replace(mention, generic=False, year=reference.year), s, allow_main=False)
                return self.main if main_kind == HEADS_OF_STATE else None

            return None
        reference = s.reference or self.doc.published
        after = s.text[mention.end:mention.end + 100]
        when = (sentence_date(after, reference) if HELD_AFTER.match(after) else None) or sentence_date(s.text, reference)
        if mention.series:
            year = mention.year
            own_date = None
            if year is None and when and (mention.ordinal or not allow_main):
                year = when.year
                if not (SIDELINES.search(s.text) or bilateral_trigger(s.text)):
                    own_date = when
            if year is None and (mention.ordinal or not allow_main) and reference:
                year = reference.year
            if year is None and allow_main and mention.city_word and reference and not is_upcoming(s.text, mention):
                year = self._past_venue_year(mention, reference.year)
            if year is None and allow_main:
                if not self.main or self.facts.meetings[self.main].kind != mention.kind:
                    return None
                if mention.ordinal and self.facts.meetings[self.main].ordinal not in (None, mention.ordinal):
                    return None  # "the eighth meeting" in an article about the ninth
                place = self.gaz.lookup(mention.city_word) if mention.city_word else None
                if place and place.kind == CITY:  # "the Astana summit": the main one only if held there
                    if self.facts.meetings[self.main].city not in (None, place.id):
                        return None
                    self.store.set(self.main, city=place.id)
                return self.main
            meeting_id = mention.series.meeting_id(year)
            if allow_main and meeting_id != self.main and (is_future(s.text) or reference and year > reference.year):
                return None  # "the Tianjin summit next year", "will attend the meeting in Islamabad next week"
            city = None
            if mention.city_word and (entity := self.gaz.lookup(mention.city_word)) and entity.kind == CITY:
                city = entity.id
                self._entity(city)
            label = f"{mention.series.label} ({year})" if year else mention.series.label  # the same in every article
            ministerial = mention.series in MINISTERIAL_SERIES
            self.store.meeting(Meeting(meeting_id, mention.kind, label, mention.ordinal, own_date, city, organizer="sco",
                                      format=mention.series.label if ministerial else None, evidence=s.text))
            self._entity("sco")
            return meeting_id
        if mention.kind in (FORUM, MEETING):
            if mention.ordinal:
                meeting_id = f"{slug(mention.name)}_{mention.ordinal}"
                label = f"{mention.ordinal}{_suffix(mention.ordinal)} {mention.name}"
            else:
                meeting_id, label = slug(mention.name), mention.name[:1].upper() + mention.name[1:]
            self.store.meeting(Meeting(meeting_id, mention.kind, label, mention.ordinal, evidence=s.text))
            return meeting_id
        if mention.kind == PRESS_EVENT and when is None and self.main and AFTER_MEETING.search(s.text):
            when = self.facts.meetings[self.main].date  # "at a news conference after the meeting": that day
        if mention.kind == PRESS_EVENT and when:
            cities = self.rec.entities(s.text, (CITY,))
            city = cities[0][2] if cities else None
            meeting_id = f"press_event_{city or 'unknown'}_{when:%Y_%m_%d}"
            place = self.gaz.entities[city].label if city else ""
            self.store.meeting(Meeting(meeting_id, PRESS_EVENT, f"Press event in {place} on {when:%d %B %Y}".replace("in  ", ""),
                                      date=when, city=city, evidence=s.text))
            return meeting_id
        return None

    def _past_venue_year(self, mention: MeetingMention, before: int) -> int | None:
        """The year of "the Astana summit" when it is not the article's meeting: the last one the reference list
        places in that city, if it is at most VENUE_YEARS before the article."""
        place = self.gaz.lookup(mention.city_word)
        if place is None or place.kind != CITY or not mention.series.venues:
            return None
        main = self.facts.meetings.get(self.main) if self.main else None
        main_year = int(self.main.rsplit("_", 1)[1]) if main and self.main.rsplit("_", 1)[1].isdigit() else None
        if main and main.kind == mention.kind and (main.city == place.id or main.city is None and
                                                   mention.series.venues.get(main_year, place.id) == place.id):
            return None  # the article's own meeting
        years = [year for year in mention.series.years_in(place.id, before) if year != main_year]
        return years[0] if years and before - years[0] <= VENUE_YEARS else None

    def _meeting_attributes(self, s: Sentence, meetings: list[str], people: list[PersonMention],
                            placed: list[tuple[int, str]]) -> None:
        text = s.text
        target = meetings[0] if meetings else None
        if target is None and rel.MEMBERS_MEETING.search(text):
            target = self.main  # "the meeting of the leaders of the member states in narrow format": a session of it
        for match in HOSTING.finditer(text):
            state = self._state_named(match["state"])
            hosted = next((m for m in meetings if self.facts.meetings[m].kind != BILATERAL), None)
            if state and hosted:
                self.store.set(hosted, host_state=state)
        if target is None or target != self.main and self.facts.meetings[target].kind == BILATERAL:
            return
        if target == self.main and (opened := OPENED.search(text)) and not is_future(text) \
                and (when := sentence_date(text[max(0, opened.start() - 40):], s.reference)):
            self.facts.meetings[target] = replace(self.facts.meetings[target], date=when)  # the first day outranks
        if target == self.main and not self.facts.meetings[target].date and (ended := ENDED.search(text)) \
                and (days := DURATION.search(text)) and (when := sentence_date(text[ended.start():], s.reference)):
            length = rel.NUMBERS.get(days["n"].lower()) or int(days["n"])  # "wrapped up its two-day summit on Friday"
            self.store.set(target, date=when - timedelta(days=length - 1))
        undated_main = target == self.main and not self.facts.meetings[target].date
        verb = MEETING_VERB.search(text) if undated_main else None
        if verb and not rel.REMOTE.search(text) and not is_future(text[:verb.end() + 30]) \
                and not (bilateral_trigger(text) and len(people) > 1):
            self.store.set(target, date=sentence_date(text, s.reference))
        if undated_main and not self.facts.meetings[target].date and ATTENDED.search(text) \
                and (when := ON_DAY.search(text)):
            self.store.set(target, date=sentence_date(text[when.start():], s.reference))
        held = next((m for m in rel.HELD_IN.finditer(text) if not rel.HELD_GAP_NOT.search(m["gap"])
                     and self._is_place(m["place"])), None)
        if held and not rel.REMOTE.search(text[:held.end()]) and not is_future(text[:held.end()]):
            if held["adj"] and (state := self.gaz.state_of_adjective(held["adj"].strip())):
                self._entity(state)
            place = self.gaz.lookup(held["place"])
            if place is None and (held["kind"] or held["apposition"] or fold(held["place"]).upper() == (s.place or "").upper()):
                place = self.new_entities.get(self._city(held["place"]) or "")
            if place and place.kind == CITY:
                self.store.set(target, city=place.id)
            elif place and place.kind == STATE:
                self.store.set(target, host_state=place.id)
        for end, meeting in placed:  # "The two-day summit (September 15-16)": the dates in brackets are its own
            if (bracket := DATES_IN_BRACKETS.match(text, end)) and (when := sentence_date(bracket[1], s.reference)):
                self.store.set(meeting, date=when)
        if not self.facts.meetings[target].city and not is_future(text) and not rel.REMOTE.search(text):
            for end, meeting in placed:  # "chaired a meeting of the Council of Foreign Ministers in Tianjin"
                if meeting == target and (at := MENTION_IN.match(text, end)) and \
                        (city := self.gaz.lookup(at["place"])) and city.kind == CITY:
                    self.store.set(target, city=city.id)
        if HELD_HERE.search(text) and s.place and not rel.REMOTE.search(text) and not is_future(text):
            self.store.set(target, city=self._place_here(s))
        if (hosted := rel.HOSTED_BY.search(text)):
            after = text[hosted.end():] if not hosted["state_first"] else text[:hosted.start()]
            host_people = [p for p in people if (p.start >= hosted.end()) != bool(hosted["state_first"])]
            states = self.rec.entities(after, (STATE,))
            city_host = hosted["state_first"] and (cities := self.rec.entities(after, (CITY,))) and \
                rel.LIST_GAP_END.fullmatch(CAPITAL_APPOSITION.sub("", after[cities[-1][1]:]))
            if city_host:  # "Astana, the capital of Kazakhstan, hosted the summit": a place, not a host state
                self.store.set(target, city=cities[-1][2])
                states = []
            state_first = states and (not host_people or hosted["state_first"] and states[-1][0] > host_people[-1].start
                                      - hosted.start() or not hosted["state_first"] and states[0][0] + hosted.end() <
                                      host_people[0].start)
            if host_people and host_people[0].person and not state_first:
                self.store.set(target, host_state=host_people[0].of)
                self._chair(target, host_people[0], text)
            elif states:
                state = states[-1][2] if hosted["state_first"] else states[0][2]
                self.store.set(target, host_state=state)
                self._participant(target, None, state, None, None, False, text)

        if (chaired := rel.CHAIRED.search(text)) and not is_future(text[:chaired.end()]):
            chair = next((p for p in reversed(people) if p.end <= chaired.start() and p.person), None)
            if chair:
                self._chair(target, chair, text)
        if (chaired := rel.CHAIRED_BY.search(text)) and not is_future(text[:chaired.end()]):
            chair = next((p for p in people if p.start >= chaired.end() and p.person), None)
            if chair:
                self._chair(target, chair, text)
        if (attended := ATTENDED_IN.search(text)) and not rel.REMOTE.search(text):
            where = IN_PLACE.search(text, attended.start())
            place = self.gaz.lookup(where[1]) if where else None
            if place and place.kind == STATE:
                self.store.set(target, host_state=place.id)
            elif place and place.kind == CITY:
                self.store.set(target, city=place.id)

    def _is_place(self, name: str) -> bool:
        found = self.gaz.lookup(name)
        return found is None and name not in NOT_PLACES or found is not None and found.kind in (CITY, STATE)

    def _chair(self, meeting: str, chair: PersonMention, text: str) -> None:
        """The chair of a meeting, who also took part in it (for a member state, at a meeting of the members)."""
        self.store.set(meeting, chair=chair.person)
        capacity = MEMBER if rel.MEMBERS_MEETING.search(text) else None
        self._participant(meeting, chair.person, chair.of, chair, capacity, False, text)

    def _protagonist(self) -> str | None:
        people = [(n, e) for e, n in self.mentions_count.items()
                  if (self.gaz.entities.get(e) or self.new_entities.get(e) or Entity("", "", "")).kind == PERSON]
        return max(people)[1] if people else None

    def _label(self, entity_id: str) -> str:
        entity = self.gaz.entities.get(entity_id) or self.new_entities.get(entity_id)
        return entity.label if entity else entity_id

    # ---------------------------------------------------------------- statuses, counts, presidency
    def _statuses(self, s: Sentence, people: list[PersonMention]) -> None:
        """Register what loader.extraction.statuses proposes: the first handover read outranks later holders."""
        for fact in status_facts(s.text, people, lambda text: self.rec.entities(text, (STATE,)), self.gaz,
                                 self.speaker_state):
            if fact.predicate == "rotatingPresidency" and self.handed_over and not fact.handover:
                continue
            if fact.new_city:
                self.new_entities.setdefault(fact.subject, Entity(fact.subject, CITY, fact.new_city))
            if fact.predicate == "capitalOf":
                self._entity(fact.subject)
            self.store.statement(fact.subject, fact.predicate, fact.object, s.text)
            self.handed_over = self.handed_over or fact.handover

    def _state_named(self, name: str | None) -> str | None:
        found = self.gaz.lookup(name) if name else None
        return found.id if found and found.kind == STATE else None

    def _city(self, name: str) -> str | None:
        """A city by name: from the reference data, or a new City entity when the text calls it a capital."""
        found = self.gaz.lookup(name)
        if found:
            return found.id if found.kind == CITY else None
        city = slug(name)
        self.new_entities.setdefault(city, Entity(city, CITY, name))
        self._entity(city)
        return city

    # ---------------------------------------------------------------- proposals
    def _proposals(self, s: Sentence, people: list[PersonMention], meetings: list[str]) -> None:
        text = s.text
        if (match := rel.PROPOSAL.search(text)) and (match["num"] or match["num2"] or "").lower() != "the":
            proposer = next((p.person for p in people if p.start < match.start() and p.person), None)
            if proposer is None and self.proposal and self.proposal.proposer:
                proposer = self.proposal.proposer
            proposer = proposer or (self.memory.last_person if HE.search(text) else None) or self._protagonist()
            where = next((m for m in meetings if self.facts.meetings[m].kind != BILATERAL), None) or self.main
            number = match["num"] or match["num2"] or match["num3"] or match["num4"]
            count = rel.NUMBERS.get(number.lower()) if number else None
            proposal_id = f"proposal_{proposer or 'unknown'}_{where or self.doc.id}"
            existing = next((p for p in self.facts.proposals if p.id == proposal_id), None)
            label = f"{self._label(proposer) if proposer else 'Unattributed'}: {count or ''} proposals".replace(":  ", ": ")
            self.proposal = existing or Proposal(proposal_id, label, proposer, where, (), text)
            if existing is None:
                self.facts.proposals.append(self.proposal)
            self.proposal_limit = s.index + 40
            inline = list(rel.INLINE_POINT.finditer(text, match.end()))  # "proposals: first, ...; second, ..."
            for i, point in enumerate(inline):
                end = inline[i + 1].start() if i + 1 < len(inline) else len(text)
                self._point(ORDINAL_WORDS.index(point["ordinal"].title()) + 1, text[point.end():end], text)
            colon = text.find(": ", match.end())
            if not inline and colon >= 0 and text.count("; ", colon) >= 1:  # a bulleted list joined to its heading
                for order, item in enumerate(text[colon + 2:].rstrip(".").split("; "), start=1):
                    self._point(order, item, text)
            return
        if self.proposal is None or s.index > self.proposal_limit:
            return
        head = text.split(",")[0].removesuffix("ly")  # "First," or "Firstly,"
        if head in ORDINAL_WORDS:
            self._point(ORDINAL_WORDS.index(head) + 1, text, text)

    def _point(self, order: int, text: str, evidence: str) -> None:
        """Point `order` of the open proposal, if it comes next (or starts a new list)."""
        points = list(self.proposal.points)
        if any(p.order == order for p in points) or order != len(points) + 1 and order != 1:
            return
        points.append(ProposalPoint(order, rel.point_label(text), evidence))
        index = self.facts.proposals.index(self.proposal)
        self.proposal = replace(self.proposal, points=tuple(points))
        self.facts.proposals[index] = self.proposal

    # ---------------------------------------------------------------- documents and mentions
    def _documents(self, s: Sentence, people: list[PersonMention], meetings: list[str]) -> None:
        """Register what loader.extraction.documents proposes, for the council named here or the main meeting."""
        meeting = next((m for m in meetings if self.facts.meetings[m].kind in SERIES_KINDS), None) or self.main
        if meeting and self.facts.meetings[meeting].kind not in SERIES_KINDS:
            # a press event or the SCO Plus session adopts nothing: the council the article names does
            meeting = self.store.series[0] if len(self.store.series) == 1 else None
        found = document_facts(s.text, meeting, people, self.gaz)
        for entity in found.named:
            self.new_entities.setdefault(entity.id, entity)
            self._entity(entity.id)
        for subject, predicate, obj in found.facts:
            self.store.statement(subject, predicate, obj, s.text)

    def _mentions(self, s: Sentence, people: list[PersonMention], meetings: list[str]) -> None:
        """Initiatives and projects named in the sentence; attached to a meeting when the section is known."""
        items = [e for _, _, e in self.rec.entities(s.text, (INITIATIVE, PROJECT))]
        items += [name for name in self.new_names if name in self.new_entities]
        items = list(dict.fromkeys(items))
        for match in PROPOSED_BY.finditer(s.text) if " by " in s.text else ():
            item = self.gaz.lookup(match["item"]) or self.new_entities.get(slug(match["item"]))
            who = self.rec.resolve(match["who"], None, None, self.memory, self.new_entities)
            if item and who and (self.gaz.entities.get(who) or self.new_entities.get(who)).kind == PERSON:
                self.store.statement(item.id, "proposedBy", who, s.text)
        if "propos" in s.text or "put forward" in s.text or "launched" in s.text:
            self._proposers(s.text, people)
        if items:
            self.pending_mentions.append((s, self.sentence_bilateral or self.bilateral, meetings, items))

    def _proposers(self, text: str, people: list[PersonMention]) -> None:
        """Who proposed the initiatives a sentence lists: "the GDI, the GSI and the GCI, all proposed by President Xi",
        "the initiatives that he has proposed" (he: the sentence's first person, else the last one named)."""
        found = self.rec.entities(text, (INITIATIVE,))
        for i, (start, end, item) in enumerate(found):
            if i + 1 < len(found) and rel.LIST_SEPARATOR.fullmatch(text[end:found[i + 1][0]]):
                continue  # not the last of a list
            match = rel.PROPOSER_AFTER.match(text, end)
            if not match:
                continue
            if match["who"]:
                who = self.rec.resolve(match["who"], None, None, self.memory, self.new_entities)
            else:
                who = next((p.person for p in people if p.person and p.start < start), None) or self.memory.last_person
            if not who or (self.gaz.entities.get(who) or self.new_entities.get(who) or Entity("", "", "")).kind != PERSON:
                continue
            run = [item]
            for previous in reversed(found[:i]):
                if not rel.LIST_SEPARATOR.fullmatch(text[previous[1]:found[found.index(previous) + 1][0]]):
                    break
                run.append(previous[2])
            for initiative in run:
                self.store.statement(initiative, "proposedBy", who, text)

    def _flush_mentions(self) -> None:
        """Attach a section's mentions: to the bilateral meeting it reports, else to the meeting named, else the main one."""
        for s, bilateral, meetings, items in self.pending_mentions:
            explicit = next((m for m in meetings if self.facts.meetings[m].kind != BILATERAL), None)
            if explicit and explicit != self.main and not (AT_MEETING.search(s.text) and SPEECH_VERB.search(s.text)):
                continue
            section_bilateral = self.section_bilateral if s.section else None
            meeting = explicit if explicit and explicit != self.main else bilateral or section_bilateral or explicit or \
                (None if self.main_future else self.main)
            if meeting:
                for item in items:
                    self.store.statement(meeting, "mentions", item, s.text)
        self.pending_mentions = []

    def _publisher(self) -> None:
        """The publisher: "Source: X", "originally published by X", "A report from X:", else the dateline's agency."""
        for line in self.doc.datelines:
            for name in re.findall(r"\(([^)]+)\)|/([A-Za-z]+)/", line):
                entity = self.gaz.lookup(name[0] or name[1])
                if entity and entity.kind in (ORGANIZATION, IGO):
                    self._entity(entity.id)
        text = fold(self.doc.text)
        for pattern in rel.PUBLISHER:
            for match in pattern.finditer(text):
                entity = self.gaz.lookup(match["name"].strip())
                if entity and entity.kind in (ORGANIZATION, IGO):
                    self.facts.publisher = self.facts.publisher or entity.id
                    self._entity(entity.id)


def _suffix(n: int | None) -> str:
    if n is None:
        return ""
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
