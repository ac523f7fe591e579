"""Things a sentence names: states, cities, organisations, and the initiatives and projects mentioned at a meeting,
with who proposed them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loader.extraction import relations as rel
from loader.extraction.article import Article, Seen
from loader.extraction.candidates import Candidate, Context, Mentioned, Named, Stated
from loader.extraction.gazetteer import slug
from loader.extraction.mentions import SIDE, PersonMention
from loader.facts import BILATERAL, CITY, IGO, INITIATIVE, ORGANIZATION, PERSON, PROJECT, STATE, Entity
from loader.patterns import Gated

NEW_PROJECT = Gated(
    r"\b(?:the\s)?(?P<name>(?:[A-Z][a-z]+-)+[A-Z][a-z]+(?:\s[A-Za-z-]+){0,4}?\s(?:railway|highway|pipeline|"
    r"[Ii]ndustrial\s[Pp]ark|corridor|Railway|Highway|Pipeline|Corridor))\b",
    words=("ailway", "ighway", "ipeline", "ndustrial", "orridor"))
NEW_INSTITUTION = Gated(r"\b(?:the\s)?(?P<name>SCO(?:\s[A-Z][a-z]+){1,3}\s(?:Bank|University|Institute|Centre|Center))\b",
                        words=("Bank", "University", "Institute", "Centre", "Center"))
NEW_INITIATIVE = Gated(r"\bthe\s(?P<name>(?:[A-Z][a-z]+\s){1,5}Initiative)\b", words=("Initiative",))
NEW_NAMES = ((NEW_PROJECT, PROJECT), (NEW_INSTITUTION, PROJECT), (NEW_INITIATIVE, INITIATIVE))
# "In his speech, Xi put forward ...", "Addressing the summit, ...": said at the meeting, not at the talks read before
SPEECH = re.compile(r"\b(?:[Ii]n\s(?:his|her|their)\s(?:speech|address|remarks|statement)|[Aa]ddressing\sthe\s"
                    r"(?:[\w-]+\s){0,2}(?:summit|meeting|session|council|plenary))\b")
PROPOSED_BY = re.compile(
    r"(?:[Tt]he\s)?(?P<item>(?!The\s)(?:[A-Z][a-z]+\s(?:and\s)?){1,6}(?:Initiative|Road))(?:\s\([A-Z]+\))?\s(?:proposed|put\sforward|initiated)"
    r"\sby\s(?:Chinese\s)?(?:President\s|Premier\s)?(?P<who>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)


def named_things(a: Article, seen: Seen) -> Iterator[Candidate]:
    """States, cities, organisations, initiatives and projects the sentence names, new ones included."""
    s = seen.s
    for start, end, entity_id in a.rec.entities(s.text, (STATE, CITY, ORGANIZATION, IGO, INITIATIVE, PROJECT)):
        surface = s.text[start:end]
        yield Named(entity_id, None if SIDE.fullmatch(surface) else surface)  # "the Chinese side" is no name of China
    names = []  # projects and initiatives the sentence names, for `initiatives`
    for pattern, kind in NEW_NAMES:
        for match in pattern.finditer(s.text):
            name = match["name"]
            names.append(slug(name))
            if not (a.gaz.lookup(name) or name.split()[0] in ("The", "This")):
                yield Named(Entity(slug(name), kind, name))
    yield Context({"new_names": names})


def initiatives(a: Article, seen: Seen) -> Iterator[Candidate]:
    """Initiatives and projects named in the sentence, and who proposed them; attached to a meeting when the
    section ends (flush_mentions)."""
    s, people, meetings = seen.s, seen.people, seen.meetings
    items = [e for _, _, e in a.rec.entities(s.text, (INITIATIVE, PROJECT))]
    items += [name for name in a.new_names if name in a.new_entities]
    items = list(dict.fromkeys(items))
    for match in PROPOSED_BY.finditer(s.text) if " by " in s.text else ():
        item = a.gaz.lookup(match["item"]) or a.new_entities.get(slug(match["item"]))
        who = a.rec.resolve(match["who"], None, None, a.memory, a.new_entities)
        if item and who and a.kind(who) == PERSON:
            yield Stated(item.id, "proposedBy", who, s.text)
    if "propos" in s.text or "put forward" in s.text or "launched" in s.text:
        yield from _proposers(a, s.text, people)
    if items:
        yield Mentioned(s, a.sentence_bilateral or a.bilateral, meetings, items)


def _proposers(a: Article, text: str, people: list[PersonMention]) -> Iterator[Stated]:
    """Who proposed the initiatives a sentence lists: "the GDI, the GSI and the GCI, all proposed by President Xi",
    "the initiatives that he has proposed" (he: the sentence's first person, else the last one named)."""
    found = a.rec.entities(text, (INITIATIVE,))
    for i, (start, end, item) in enumerate(found):
        if i + 1 < len(found) and rel.LIST_SEPARATOR.fullmatch(text[end:found[i + 1][0]]):
            continue  # not the last of a list
        match = rel.PROPOSER_AFTER.match(text, end)
        if not match:
            continue
        if match["who"]:
            who = a.rec.resolve(match["who"], None, None, a.memory, a.new_entities)
        else:
            who = next((p.person for p in people if p.person and p.start < start), None) or a.memory.last_person
        if not who or a.kind(who) != PERSON:
            continue
        run = [item]
        for previous in reversed(found[:i]):
            if not rel.LIST_SEPARATOR.fullmatch(text[previous[1]:found[found.index(previous) + 1][0]]):
                break
            run.append(previous[2])
        for initiative in run:
            yield Stated(initiative, "proposedBy", who, text)


def flush_mentions(a: Article) -> Iterator[Candidate]:
    """Attach a section's mentions: to the bilateral meeting it reports, else to the meeting named, else the main one."""
    for s, bilateral, meetings, items in a.pending_mentions:
        explicit = next((m for m in meetings if a.facts.meetings[m].kind != BILATERAL), None)
        if explicit and explicit != a.main and not (rel.AT_MEETING.search(s.text) and rel.SPEECH_VERB.search(s.text)):
            continue
        section_bilateral = a.section_bilateral if s.section else None
        if SPEECH.search(s.text) and not rel.bilateral_trigger(s.text):
            bilateral = section_bilateral = None  # "In his speech at the enlarged session, X ...": the council's
        meeting = explicit if explicit and explicit != a.main else bilateral or section_bilateral or explicit or \
            (None if a.main_future else a.main)
        if meeting:
            for item in items:
                yield Stated(meeting, "mentions", item, s.text)
    yield Context({"pending_mentions": []})
