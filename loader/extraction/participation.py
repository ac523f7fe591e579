"""Who took part in which meeting, and bilateral meetings on the sidelines (part of extraction)."""

from __future__ import annotations

import re
from datetime import timedelta

from loader.extraction import relations as rel
from loader.facts import (
    BILATERAL, IGO, MEMBER, PRESS_EVENT, INTERNATIONAL_ORG, ORGANIZATION,
    PERMANENT_BODY, STATE, Meeting, Participation,
)
from loader.extraction.meetings import is_future, sentence_date
from loader.extraction.gazetteer import slug
from loader.extraction.mentions import PersonMention
from loader.patterns import Gated
from loader.reading.sentences import Sentence
from loader.extraction.statuses import state_list
from loader.vocabulary import SERIES_KINDS

BILATERAL_TRIGGER = Gated(
    r"\b(?:met(?:\s(?:here|there|again|separately|in\s[A-Z][a-z]+))?\swith|meeting\swith|talks\swith|meeting\sbetween|"
    r"(?:paid\sa\scourtesy\s|courtesy\s)?call(?:ed)?\son(?=\s(?:[A-Z]|the\s[A-Z]|his\s|her\s))|"
    r"held\s(?:a\s|an\s)?(?:\w+\s)?(?:meetings?|talks)|met(?=\s(?:twice|once|again|in\s|on\s|here|\w+\stimes|"
    r"[A-Z]|his\s|her\s)))\b|(?<=[a-z]\s)discussed\b",
    words=("met", "meeting with", "meeting between", "talks", "held", "discussed", "call"))
TWO_LEADERS = re.compile(r"\bthe\stwo\s(?:leaders|ministers|presidents|prime\sministers|premiers|sides)\s(?:also\s|had\s)?"
                         r"(?:met|held\stalks|held\sa\smeeting)\b", re.I)
SIDELINES = Gated(r"\b(?:on|in)\sthe\s(?:sidelines|margins|fringes)\sof\b", re.I, words=("sidelines", "margins", "fringes"))
FOLLOWING_DAY = re.compile(r"\bthe\s(?:following|next)\sday\b", re.I)
GROUP_FROM = re.compile(r"\b(?:[Dd]elegations?|[Ll]eaders|[Hh]eads\sof\s(?:[Ss]tate|[Gg]overnment)|[Rr]epresentatives|"
                        r"[Mm]inisters|[Pp]residents|[Pp]rime\s[Mm]inisters)\s(?:from|of)\s(?:the\s)?(?=[A-Z])")
ABSENT = re.compile(r"[^.;]{0,20}?\b(?:did\snot|didn't|does\snot|will\snot|won't|could\snot|couldn't|was\snot|were\snot|"
                    r"never|skipped|boycotted|stayed\saway)\b")
EVE = re.compile(r"\b(?:on\s)?the\seve\sof\b", re.I)
AT_MEETING = re.compile(
    r"(?:^|,\s)(?:At|During|In\s(?:his|her)\s(?:address|speech|remarks)\s(?:at|to)|[Ss]peaking\s(?:at|to)|Addressing|Opening)\b"
)
SPEECH_VERB = re.compile(
    r"\b(?:said|stressed|noted|urged|proposed|expounded|emphasi[sz]ed|advocated|underscored|pointed\sout|called|"
    r"highlighted|delivered|spoke|addressed|reached|put\sforward)\b"
)
REPRESENTATIVE = re.compile(r"[^,.;]{0,60}?\bas\s(?:a\s|the\s)?(?:special\s)?(?:representative|envoy)\sof\s")
PARTNER_GAP = re.compile(r"(?:[^.;:]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.){0,60}")  # initials may stand between: "with M. Mishustin"
NOT_PARTNER_GAP = re.compile(r"\b(?:said|says|noted|stressed|that|who|which|where|when|while)\b")
VAGUE_TIME = re.compile(r"(?i:\b(?:last|earlier\sthis|this))\s(?:week|month|year)|\bnot\slong\sago|\brecent(?:ly)?\b|"
                        r"\bin\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")




def bilateral_trigger(text: str) -> re.Match | None:
    """What makes a sentence report a bilateral meeting: "met with", "held talks with", "called on"; "X and Y
    discussed ..." only on the sidelines of a meeting."""
    trigger = BILATERAL_TRIGGER.search(text)
    if trigger and trigger.group(0) == "discussed" and not SIDELINES.search(text):
        return None
    return trigger


class ParticipationMixin:
    """Participation nodes and bilateral meetings; mixed into extract._Article."""

    def _participation(self, s: Sentence, people: list[PersonMention], meetings: list[str]) -> None:
        text = s.text
        if SIDELINES.search(text) or bilateral_trigger(text):
            return
        speech = AT_MEETING.search(text) and SPEECH_VERB.search(text)
        status_list = ":" in text and rel.STATUS_HEADING.match(text) or rel.PHOTO_LINE.search(s.original)
        participate = rel.PARTICIPATE.search(text)
        if not (participate or speech or status_list):
            return
        target = next((m for m in meetings if self.facts.meetings[m].kind != BILATERAL), None)
        future = is_future(text[:participate.end()] if participate else text)  # "X took part, ... is set to join"
        if target is None and not future and (rel.ATTEND.search(text) or status_list):
            target = self.main  # "Chinese President Xi Jinping attended together with leaders of ..."
            if target and self.facts.meetings[target].kind == PRESS_EVENT:
                # who took part, told at a press conference: the council it speaks of, if the article names one
                target = self.store.series[0] if len(self.store.series) == 1 else None
        if target is None:
            return
        if speech:
            first = next((p for p in people if p.person), None)
            if first:
                self._participant(target, first.person, first.of, first, None, False, text)
            return
        which = re.search(r"\b(?:which|where)\s(?=[^,;]*\b(?:attended|joined)\b)", text)
        if which:
            people = [p for p in people if p.start > which.start()]
        remote_all = bool(re.search(r"\battended\s(?:the\s(?:meeting|summit)\s)?via\svideo", text))
        represented = [m.end() for m in re.finditer(r"representative\sof\s", text)]
        spans = [(p.start, p.end) for p in people]
        for group in GROUP_FROM.finditer(text):  # "Delegations from China, Russia and India attended"
            for state in state_list(text, group.end(), lambda t: self.rec.entities(t, (STATE,))):
                if not any(p.of == state for p in people):
                    self._participant(target, None, state, None, rel.capacity_in(text), bool(rel.REMOTE.search(text)),
                                      text)
        colon = text.find(": ")
        heading = rel.capacity_in(text[:colon]) if colon > 0 else None  # "heads of delegations of the member states:"
        of_members = rel.MEMBERS_MEETING.search(text) or self.members_at == s.index - 1 and rel.LIST_FOLLOWS.match(text)
        if of_members:
            colon, heading = -1, heading or MEMBER  # everyone the sentence lists came for a member state
        for start, end in rel.groups(text):
            chunk = text[start:end]
            members = [p for p in people if start <= p.start < end and not any(0 <= p.start - r <= 12 for r in represented)]
            for i, person in enumerate(members):
                after = text[person.end:members[i + 1].start if i + 1 < len(members) else end]
                if ABSENT.match(after):
                    continue  # "Narendra Modi did not attend the summit"
                before = text[members[i - 1].end if i else start:person.start]
                capacity = rel.capacity_in(text[person.stated_at:person.start]) if person.stated_at >= 0 else \
                    rel.capacity_in(after) or rel.capacity_in(before) or rel.capacity_in(chunk) or \
                    (heading if person.start > colon else None)  # "<State>, an observer, was represented by"
                remote = remote_all or bool(rel.REMOTE.search(after.split(",")[0] if i + 1 < len(members) else after))
                of = person.of or self._represents(text, person, people)
                self._participant(target, person.person, of, person, capacity, remote, text)
            if rel.OTHER_MEMBERS.search(chunk):
                self._earlier_groups_are_members(text[:start], people, target, text)
            if members or not re.search(r"\b(?:leaders|countries|states|delegations)\b", text):
                continue
            capacity = rel.capacity_in(chunk)
            for st, _, state in self.rec.entities(chunk, (STATE,)):
                if not any(a <= start + st < b for a, b in spans):
                    self._participant(target, None, state, None, capacity, bool(rel.REMOTE.search(chunk)), text)

    def _earlier_groups_are_members(self, head: str, people: list[PersonMention], target: str, text: str) -> None:
        """"X attended together with leaders of other member states": X came for a member state too."""
        for person in people:
            if person.end <= len(head) and person.person:
                self._participant(target, person.person, person.of, person, rel.MEMBER, False, text)

    def _participant(self, meeting, agent, of, mention, capacity, remote, evidence) -> None:
        if agent is None and of is None:
            return
        if of is None and agent is not None:
            of = self._home_state(agent) or self.gaz.nationality.get(agent)
        kind = self.gaz.entities[of].kind if of in self.gaz.entities else None
        council = self.facts.meetings[meeting].kind in SERIES_KINDS
        if capacity in rel.STATUS_OF_CAPACITY and kind in (IGO, ORGANIZATION):
            capacity = None  # "observer states ..., as did UN Secretary-General Guterres": no state's capacity
        if capacity is None and kind in (IGO, ORGANIZATION) and council:
            capacity = PERMANENT_BODY if of == "sco" or of.startswith("sco_") else INTERNATIONAL_ORG
        if capacity in (INTERNATIONAL_ORG, PERMANENT_BODY) and kind == STATE:
            capacity = None
        position = self._position_id(mention.title, mention.of) if mention and mention.title and mention.of else None
        if not self.store.participation(Participation(meeting, agent, of, capacity, remote, evidence, position)):
            return
        if capacity in rel.STATUS_OF_CAPACITY and of and kind == STATE:
            self.store.statement(of, rel.STATUS_OF_CAPACITY[capacity], "sco", evidence)

    def _represents(self, text: str, person: PersonMention, people: list[PersonMention]) -> str | None:
        """"X attended ... as a special representative of President Y": X came on behalf of Y's state."""
        if not REPRESENTATIVE.match(text[person.end:]):
            return None
        principal = next((p for p in people if p.start > person.end and p.person), None)
        return principal and (principal.of or self._home_state(principal.person) or (
            self.speaker_state if principal.person == self.lead_person else None))

    def _home_state(self, person: str) -> str | None:
        """The state a person holds a position of, as this article says."""
        states = sorted({of for _, of in self.memory.positions.get(person, ())})
        return states[0] if len(states) == 1 else None

    def _bilateral(self, s: Sentence, people: list[PersonMention], meetings: list[str]) -> None:
        text = s.text
        trigger = bilateral_trigger(text)
        before = [p for p in people if p.end <= trigger.start() and p.person]
        partners, position = [], trigger.end()
        for mention in (p for p in people if p.start >= trigger.end()):
            gap = text[position:mention.start]
            if not PARTNER_GAP.fullmatch(gap) or NOT_PARTNER_GAP.search(gap):
                break
            if mention.person:
                partners.append(mention)
            position = mention.end
        reported = False  # "A and B met", "the meeting between A and B": two others, reported in passing
        if len(partners) >= 2 and text[trigger.start():trigger.end()] == "meeting between":
            before, partners, reported = partners[:1], partners[1:2], True
        elif len(before) >= 2 and not partners and re.fullmatch(
                r"\s(?:and|,)\s|\sand\shis\s\w+\scounterpart,\s", text[before[-2].end:before[-1].start]):
            before, partners, reported = before[-2:-1], before[-1:], True
        pronoun = re.match(r"(?:[^,]{0,40},\s)?(?:He|She|His|Her)\b", text)  # "He also met ...": the last subject
        if not partners and TWO_LEADERS.search(text):  # "... told Zardari ..., when the two leaders met"
            named = list(dict.fromkeys(p.person for p in before))
            if len(named) >= 2:
                before, partners = [p for p in before if p.person == named[-2]][-1:], \
                    [p for p in before if p.person == named[-1]][-1:]
        speaker = before[-1].person if before else (self.memory.last_person if pronoun else None) or self._protagonist()
        partners = [p for p in partners if p.person != speaker]
        if speaker is None or not partners:
            return
        when = sentence_date(text, s.reference)
        if (following := FOLLOWING_DAY.search(text)):
            base = sentence_date(text[:following.start()], s.reference) or self.last_bilateral_date or self.last_date
            when = base + timedelta(days=1) if base else None
        eve = EVE.search(text)
        if eve and when is None and (target := next((m for m in meetings if self.facts.meetings[m].kind != BILATERAL),
                                                    self.main)) and self.facts.meetings[target].date:
            when = self.facts.meetings[target].date - timedelta(days=1)  # "on the eve of the summit"
        near = text[:partners[-1].end + 30] if partners else text
        vague = bool(VAGUE_TIME.search(near)) and when is None
        sidelines = SIDELINES.search(text)
        beside = next((m for m in meetings if self.facts.meetings[m].kind != BILATERAL), self.main) if sidelines else None
        if sidelines:
            self.sidelines_of, self.visit = beside, False
        elif eve:
            self.visit = True  # held before the meeting, not beside it
        city = self._place_here(s) or (self.here_city if not reported and not vague else None)
        place = re.search(r"\bin\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", text[trigger.start():])
        found = self.gaz.lookup(place[1]) if place else None
        if found and found.kind == "City":
            city = found.id
        for partner in partners[:6]:
            pair = tuple(sorted([speaker, partner.person]))
            existing = self.store.bilateral(pair)
            day = when or (existing.date if existing else None) or (None if reported or vague else self.last_date)
            known = s.reference or self.doc.published
            year = day.year if day else known.year if known and (reported or vague) else None
            if year is None and known:
                continue
            meeting_id = existing.id if existing and not when else f"bilateral_{pair[0]}_{pair[1]}" + (
                f"_{day:%Y_%m_%d}" if day else f"_{year}" if year else "")  # no year in an article with no date
            side = beside or (existing.beside if existing else None) or (
                None if reported or self.visit or existing else self.sidelines_of)
            names = " and ".join(self._label(p) for p in pair)
            self.store.meeting(Meeting(meeting_id, BILATERAL, f"Bilateral meeting of {names} ({day or year})",
                                      date=day, city=city, beside=side, evidence=text), pair)
            self.store.set(meeting_id, beside=side, city=city)
            if reported:
                self.sentence_bilateral = meeting_id
            else:
                self.last_bilateral_date = day or self.last_bilateral_date
                self.bilateral, self.sentence_bilateral = meeting_id, None
                if s.section and s.index - self.section_start <= 2 and self.section_bilateral is None:
                    self.section_bilateral = meeting_id
            for agent, mention in ((speaker, next((p for p in before if p.person == speaker), None)), (partner.person, partner)):
                held = (mention.title, mention.of) if mention and mention.of and mention.title else None
                of = mention.of if mention and mention.of else None
                self._participant(meeting_id, agent, of,
                                  PersonMention(0, 0, agent, *held) if held else None, None, False, text)
            self.store.statement(pair[0], "metWith", pair[1], text)

    def _place_here(self, s: Sentence) -> str | None:
        """The dateline's city when the sentence says "here"."""
        if s.place and re.search(r"\bhere\b", s.text):
            found = self.gaz.lookup(s.place.title()) or self.new_entities.get(slug(s.place)) or \
                self.facts.entities.get(slug(s.place))
            return found.id if found and found.kind == "City" else None
        return None

    def _press_event(self, s: Sentence, people: list[PersonMention], meetings: list[str]) -> None:
        """Everyone named in a "met with the press" sentence took part in the press event."""
        event = next((m for m in meetings if self.facts.meetings[m].kind == "PressEvent"), None)
        if event and not is_future(s.text):
            for person in people:
                if person.person:
                    self._participant(event, person.person, person.of, person, None, False, s.text)
