"""Recognise people, their titles and states, states and organizations in one sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loader.facts import CITY, IGO, ORGANIZATION, PERSON, STATE, Entity
from loader.gazetteer import Gazetteer, fold, slug

TITLES = {
    "first vice president": "First Vice President",
    "vice president": "Vice President",
    "president": "President",
    "prime minister": "Prime Minister",
    "vice premier": "Vice Premier",
    "premier": "Premier",
    "deputy prime minister": "Deputy Prime Minister",
    "foreign minister": "Foreign Minister",
    "minister of foreign affairs": "Foreign Minister",
    "state councilor": "State Councilor",
    "secretary-general": "Secretary-General",
    "secretary general": "Secretary-General",
    "director of the executive committee": "Director of the Executive Committee",
    "chairman": "Chairman",
    "king": "King",
    "emir": "Emir",
    "crown prince": "Crown Prince",
    "chancellor": "Chancellor",
}
TITLE = r"(?:State Councilor and )?(?:" + "|".join(
    re.escape(t).replace(r"\ ", r"\s") for t in sorted(TITLES, key=len, reverse=True)
) + ")"
NAME_WORD = r"(?:[A-Z][a-z]+(?:['’-][A-Za-z]+)*|[A-Z]\.)"
NAME = rf"{NAME_WORD}(?:\s(?:(?:al|bin|ibn|de|van|von)[ -])?{NAME_WORD}){{0,3}}"
NOT_NAMES = {
    "The", "He", "She", "His", "Her", "On", "In", "At", "And", "But", "During", "For", "With", "Meeting",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "SCO", "China", "Also",
    "Council", "State", "Government", "Heads",
}


@dataclass
class PersonMention:
    """A person named (or only described, person None) in a sentence, with the title and state given there."""

    start: int
    end: int
    person: str | None
    title: str | None = None
    of: str | None = None
    titles: tuple[str, ...] = ()


@dataclass
class Memory:
    """What one article has said so far: people by short name, and who holds which position."""

    short_names: dict[str, list[str]] = field(default_factory=dict)
    positions: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    last_person: str | None = None

    def remember(self, person: str, label: str) -> None:
        for token in re.split(r"[\s]+", label):
            keys = {fold(token)}
            if "-" in token:
                keys.add(fold(token.split("-")[0]))
            for key in keys:
                people = self.short_names.setdefault(key, [])
                if person in people:
                    people.remove(person)
                people.append(person)

    def holder(self, title: str, of: str) -> str | None:
        """The person this article says holds the position."""
        for person, held in self.positions.items():
            if (title, of) in held:
                return person
        return None


class Recognizer:
    """Finds entity mentions in sentences, with the gazetteer and the article's memory."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        adjectives = sorted(
            list(gazetteer.demonyms) + [n for n, e in gazetteer.names.items() if gazetteer.entities[e].kind in (STATE, IGO, ORGANIZATION)],
            key=len,
            reverse=True,
        )
        adj = "|".join(re.escape(a) for a in adjectives) or "(?!x)x"
        org_abbr = r"(?:\s\([A-Z]{2,6}\))?"
        self.patterns = [
            # "Kazakh Prime Minister Alikhan Smailov", "Iran's First Vice President Mohammad Mokhber", "the Indian foreign minister"
            re.compile(rf"(?<![\w-])(?=[A-Za-z])(?i:(?P<adj>{adj}))(?:'s)?{org_abbr}\s(?:SCO\s)?(?i:(?P<title>{TITLE}))(?:,?\s(?P<name>{NAME}))?"),
            # "Prime Minister of Belarus, Roman Golovchenko"; "Director of the Executive Committee of the SCO RATS Jumakhon Giyosov"
            re.compile(rf"(?<![\w-])(?=[A-Za-z])(?i:(?P<title>{TITLE}))\sof\s(?:the\s)?(?i:(?P<adj>{adj})){org_abbr}(?:,?\s(?P<name>{NAME}))?"),
            # "President Emomali Rahmon of Tajikistan", "Premier Li", "President Xi Jinping"
            re.compile(rf"(?<![\w-])(?i:(?P<title>{TITLE}))\s(?P<name>{NAME})(?:\sof\s(?i:(?P<adj>{adj})))?"),
            # "his Russian counterpart, Vladimir Putin": the title is the one of the person before
            re.compile(rf"(?<![\w-])(?i:(?P<adj>{adj}))\scounterpart,?\s(?P<name>{NAME})"),
        ]
        self.any_title = re.compile(TITLE, re.I)

    def _entity_of(self, text: str | None) -> str | None:
        if not text:
            return None
        state = self.gazetteer.state_of_adjective(text)
        if state:
            return state
        entity = self.gazetteer.lookup(re.sub(r"['’]s$", "", text))
        return entity.id if entity and entity.kind in (STATE, IGO, ORGANIZATION) else None

    def people(self, text: str, memory: Memory, new_entities: dict[str, Entity]) -> list[PersonMention]:
        """People in a sentence, left to right; resolves short names against the article so far."""
        found: list[PersonMention] = []
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        for pattern in self.patterns if self.any_title.search(text) else ():
            for match in pattern.finditer(text):
                if not free(match.start(), match.end()):
                    continue
                if "title" in match.groupdict():
                    raw_title = " ".join(match["title"].split())
                    if pattern is self.patterns[2] and not raw_title[0].isupper():
                        continue
                    titles = tuple(TITLES[t.strip().lower()] for t in raw_title.split(" and "))
                else:
                    before = [m for m in found if m.end <= match.start() and m.title]
                    if not before:
                        continue
                    titles = (max(before, key=lambda m: m.end).title,)
                name = self._trim_name(match["name"])
                of = self._entity_of(match["adj"])
                end = match.start("name") + len(name) if name else match.end("title")
                start = match.start()
                if match["adj"] and match.end("adj") > end:
                    end = match.end("adj")
                person = self.resolve(name, titles[-1], of, memory, new_entities) if name else None
                if person is None and name is None and of:
                    person = memory.holder(titles[-1], of)
                if name and person is None:
                    continue
                found.append(PersonMention(start, end, person, titles[-1], of, titles))
                taken.append((start, end))
        for match in self.gazetteer.name_pattern().finditer(text):
            entity = self.gazetteer.entities[self.gazetteer.names[match.group(0)]]
            if entity.kind == PERSON and free(match.start(), match.end()):
                found.append(PersonMention(match.start(), match.end(), entity.id))
                taken.append((match.start(), match.end()))
        for match in re.finditer(rf"\b{NAME_WORD}\b", text):
            key = fold(match.group(0))
            if key in memory.short_names and free(match.start(), match.end()) and match.group(0) not in NOT_NAMES:
                found.append(PersonMention(match.start(), match.end(), memory.short_names[key][-1]))
                taken.append((match.start(), match.end()))
        found.sort(key=lambda m: m.start)
        return found

    @staticmethod
    def _trim_name(name: str | None) -> str | None:
        if not name:
            return None
        words = name.split()
        while words and words[-1] in NOT_NAMES:
            words.pop()
        while words and words[0] in NOT_NAMES:
            words.pop(0)
        return " ".join(words) or None

    def resolve(self, name: str, title: str | None, of: str | None, memory: Memory, new_entities) -> str | None:
        """A person id for a name: reference data, then this article's short names, else a new person."""
        entity = self.gazetteer.lookup(name)
        if entity and entity.kind == PERSON:
            return entity.id
        if entity:
            return None
        key = fold(name)
        candidates = memory.short_names.get(key) or memory.short_names.get(fold(name.split()[-1]), [])
        if " " not in name and candidates:
            if title and of:
                for person in reversed(candidates):
                    if (title, of) in memory.positions.get(person, ()):
                        return person
            if title:
                for person in reversed(candidates):
                    if any(t == title for t, _ in memory.positions.get(person, ())):
                        return person
            return candidates[-1]
        if " " not in name:
            return None
        person = slug(name)
        new_entities.setdefault(person, Entity(person, PERSON, name))
        return person

    def entities(self, text: str, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """Known entities of the given kinds named in the text: (start, end, id)."""
        result = []
        for match in self.gazetteer.name_pattern().finditer(text):
            entity = self.gazetteer.entities[self.gazetteer.names[match.group(0)]]
            following = text[match.end():match.end() + 10]
            if entity.kind in (CITY, STATE) and re.match(r"\s(?:[A-Z][a-z]|dollars?\b)", following):
                continue  # part of a longer name: "Shanghai Spirit", "Beijing Winter Olympics", "U.S. dollars"
            if entity.kind in kinds:
                result.append((match.start(), match.end(), entity.id))
        return result
