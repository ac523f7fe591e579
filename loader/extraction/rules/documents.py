"""What a sentence says about documents: named charters, treaties and strategies, and the declarations,
communiques, statements and named documents a meeting adopted, with who signed them. document_facts is pure: one
sentence, its meeting and its people in; proposed documents and facts out, which the rule `documents` states."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from loader.extraction import relations as rel
from loader.extraction.article import Article, Seen
from loader.extraction.candidates import Candidate, Named, Stated
from loader.extraction.gazetteer import Gazetteer, slug
from loader.extraction.meetings import is_future
from loader.extraction.mentions import PersonMention
from loader.facts import Entity, DOCUMENT, HEADS_OF_STATE
from loader.vocabulary import COUNCIL_SERIES, FIRST_SCO_SUMMIT_YEAR

# the one meeting whose declaration is "the founding declaration"
FOUNDING_SUMMIT = COUNCIL_SERIES[HEADS_OF_STATE].meeting_id(FIRST_SCO_SUMMIT_YEAR)
# Cheap test that a sentence may hold a document.
DOCUMENT_WORDS = ("sign", "adopt", "approv", "issu", "releas", "endors", "inked", "Charter", "Treaty", "Agreement",
                  "In a ", "Program", "Convention", "Declaration", "Concept", "Strategy", "Regulation", "Memorandum",
                  "names to", "ommuniq")


# "..., along with two joint statements", "and a statement on ...", "some 25 other documents, including a statement on"
ALSO_STATEMENTS = re.compile(r"\b(?:and|along\swith|including|as\swell\sas|together\swith)\s(?:a\s|the\s|two\s|three\s|four\s|"
                             r"several\s|\d+\s)?(?:joint\s)?statements?\b")
NEGATION = re.compile(r"\b(?:no|not|never|refused|declined|failed|without|didn't|won't|wouldn't)\b", re.I)
# What a sentence says beside its documents: "approved the budget for next year", "the SCO budget for 2004, which
# from January 1 will fund the secretariat" (an aside that names no document) speak of no plan to adopt one
FOR_NEXT = re.compile(r"\b(?:for|of)\s(?:the\s)?next\s(?:year|month)\b")
ASIDE = re.compile(r",\s(?:which|who)\s[^,;.]*")
ADOPTION_WORDS = re.compile(r"\b(?:sign|adopt|approv|issu|endors|declaration|communiqu|statement)", re.I)


def _plans(text: str) -> bool:
    """Does the sentence speak of documents still to be adopted?"""
    text = ASIDE.sub(lambda aside: aside.group(0) if ADOPTION_WORDS.search(aside.group(0)) else "", text)
    return is_future(FOR_NEXT.sub("", text))


def _negated(text: str, match: re.Match) -> bool:
    """"India refused to sign the joint statement", "No joint communique was adopted": nothing was adopted."""
    clause = re.split(r"[,;:]\s", text[:match.start()])[-1]
    return bool(NEGATION.search(clause[-40:] + match.group(0)))


@dataclass
class Documents:
    """The documents a sentence names (new ones as entities) and the facts it states about them."""

    named: list[Entity] = field(default_factory=list)
    facts: list[tuple[str, str, str]] = field(default_factory=list)  # (subject, sco: property, object)


def document_facts(text: str, meeting: str | None, people: list[PersonMention], gazetteer: Gazetteer) -> Documents:
    """Named documents; and, unless the sentence speaks of a plan, what `meeting` adopted and who signed it."""
    found = Documents()
    for word in DOCUMENT_WORDS:  # a plain loop of substring tests: cheaper than a regex scan
        if word in text:
            break
    else:
        return found
    for match in rel.NAMED_DOCUMENT.finditer(text):
        name = rel.document_name(match["name"])
        found.named.append(Entity(slug(name), DOCUMENT, name))
    if meeting is None or _plans(text):
        return found
    named = list(rel.ADOPTED_NAMED.finditer(text))
    named += [also for match in rel.DOCUMENT.finditer(text) if (also := rel.AND_NAMED.match(text, match.end()))]
    after = [item for match in [*named, *rel.DOCUMENT.finditer(text)] if not _negated(text, match)
             for item in _listed_after(text, match.end())]
    named += [item for item in after if item["name"]]
    for match in named:
        if _negated(text, match):
            continue
        name = rel.document_name(match["name"])
        known = gazetteer.lookup(name)
        document = known.id if known else slug(name)
        if known is None:
            found.named.append(Entity(document, DOCUMENT, name))
        found.facts.append((meeting, "adopted", document))
    if listed := rel.DOCUMENT_LIST.search(text):
        for item in text[listed.end():].rstrip(".").split("; "):
            if _negated(text, listed):
                break
            if match := rel.LISTED_DOCUMENT.match(item):
                document = f"{meeting}_{rel.document_kind(match)}"
                found.named.append(Entity(document, DOCUMENT, rel.document_label(match)))
                found.facts.append((meeting, "adopted", document))
            elif match := rel.LISTED_NAMED.match(item):
                name = rel.document_name(match["name"])
                known = gazetteer.lookup(name)
                if known is None:
                    found.named.append(Entity(slug(name), DOCUMENT, name))
                found.facts.append((meeting, "adopted", known.id if known else slug(name)))
    for match in [*rel.DOCUMENT.finditer(text), *(item for item in after if item["doc"])]:
        if _negated(text, match) or match.groupdict().get("founding") and meeting != FOUNDING_SUMMIT:
            continue  # "put their names to the founding declaration in Shanghai in 2001", in a later summit's story
        document = f"{meeting}_{rel.document_kind(match)}"
        found.named.append(Entity(document, DOCUMENT, rel.document_label(match)))
        found.facts.append((meeting, "adopted", document))
        found.facts += [(document, "signedBy", p.person) for p in people if p.person and p.end <= match.start()]
    if any(pred == "adopted" for _, pred, _ in found.facts) and (also := ALSO_STATEMENTS.search(text)) \
            and f"{meeting}_statement" not in {obj for _, _, obj in found.facts}:
        document = f"{meeting}_statement"  # "adopted the Moscow Declaration, along with statements on ..."
        found.named.append(Entity(document, DOCUMENT, "Statement"))
        found.facts.append((meeting, "adopted", document))
    ids = {entity.id for entity in found.named}  # "the Programme of ..." read twice, once cut before "for 2025-2027"
    found.named = [e for e in found.named if not any(other != e.id and other.startswith(e.id + "_") for other in ids)]
    return found


def _listed_after(text: str, end: int) -> Iterator[re.Match]:
    """The documents listed after one adopted, up to the end of the list."""
    while item := rel.LISTED_AFTER.match(text, end):
        yield item
        end = item.end()


# The two sides of talks, after them: "After the talks, the two presidents signed ...", "The sides signed ..."
THE_TWO = re.compile(r"^(?:(?:After|Following)\s(?:the|their)\stalks,?\s)?"
                     r"(?:[Tt]he\stwo\s(?:sides|leaders|presidents|heads\sof\s(?:state|government)|prime\sministers|"
                     r"premiers|ministers)|[Tt]he\ssides|[Bb]oth\s(?:sides|leaders|presidents|prime\sministers|"
                     r"premiers|ministers))\s(?:also\s)?(?:signed|adopted|issued)\b")
# a joint document the talks' two sides sign: "held talks with Hu on Tuesday, and the two signed a joint statement"
JOINT_DOCUMENT = re.compile(r"\b(?:signed|adopted|issued)\s(?:a|the|two|three)\sjoint\s"
                            r"(?:statements?|declaration|communiqu)")


def documents(a: Article, seen: Seen) -> Iterator[Candidate]:
    """What document_facts finds, for the council the sentence names (the last one before the document where it names
    several: "..., and at the 2019 summit the leaders adopted the Bishkek Declaration"), else the main meeting; for the
    talks the sentence, or the one before, reports where the two sides of the talks sign it."""
    adopted = rel.DOCUMENT.search(seen.text) if len(seen.placed) > 1 else None
    before = [m for end, m in seen.placed if adopted and end <= adopted.start()]
    talks = a.recent_bilateral if a.recent_bilateral and (
        a.recent_bilateral_at == seen.s.index and JOINT_DOCUMENT.search(seen.text)
        or a.recent_bilateral_at in (seen.s.index, seen.s.index - 1) and THE_TWO.match(seen.text)) else None
    found = document_facts(seen.text, talks or a.council(before[-1:] or seen.meetings), seen.people, a.gaz)
    for entity in found.named:
        yield Named(entity)
    for subject, predicate, obj in found.facts:
        yield Stated(subject, predicate, obj, seen.text)
