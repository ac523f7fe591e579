"""Proposals: "Xi put forward five proposals: first, ...", and the points that follow ("Second, ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from loader.extraction import relations as rel
from loader.extraction.article import Article, Seen
from loader.extraction.candidates import Candidate, Context, ProposalSet
from loader.facts import BILATERAL, Proposal, ProposalPoint
from loader.reading.sentences import ORDINAL_WORDS

SIDE = re.compile(r"\b[Tt]he\s(?P<adj>[A-Z][a-z]+)\s(?:side|delegation)\s(?:[a-z]+\s){0,4}$")  # "The Chinese side put forward a"
HE = re.compile(r"^(?:He|She|Moreover, [Hh]e|Furthermore, he|Additionally, he)\b|^[^,]{0,40},\s(?:he|she)\s")


def proposals(a: Article, seen: Seen) -> Iterator[Candidate]:
    """A numbered set of proposals ("put forward five proposals") and its points, inline or in the sentences after."""
    s, people, text = seen.s, seen.people, seen.text
    if (match := rel.PROPOSAL.search(text)) and (match["num"] or match["num2"] or "").lower() != "the":
        proposer = next((p.person for p in people if p.start < match.start() and p.person), None)
        if proposer is None and (side := SIDE.search(text[:match.start()])) and \
                (state := a.gaz.state_of_adjective(side["adj"])):
            proposer = a.memory.by_state.get(state)  # "The Chinese side put forward": China's person at the meeting
        if proposer is None and a.proposal and a.proposal.proposer:
            proposer = a.proposal.proposer
        proposer = proposer or (a.memory.last_person if HE.search(text) else None) or a.protagonist()
        where = next((m for end, m in seen.placed if a.facts.meetings[m].kind != BILATERAL
                      and not _reference_point(text, end, a.mentions.get(s.index, ()))), None) or a.main
        number = match["num"] or match["num2"] or match["num3"] or match["num4"]
        count = rel.NUMBERS.get(number.lower()) if number else None
        proposal_id = f"proposal_{proposer or 'unknown'}_{where or a.doc.id}"
        existing = next((p for p in a.facts.proposals if p.id == proposal_id), None)
        label = f"{a.label(proposer) if proposer else 'Unattributed'}: {count or ''} proposals".replace(":  ", ": ")
        yield ProposalSet(existing or Proposal(proposal_id, label, proposer, where, (), text))
        yield Context({"proposal_limit": s.index + 40})
        inline = list(rel.INLINE_POINT.finditer(text, match.end()))  # "proposals: first, ...; second, ..."
        for i, point in enumerate(inline):
            end = inline[i + 1].start() if i + 1 < len(inline) else len(text)
            yield from _point(a, ORDINAL_WORDS.index(point["ordinal"].title()) + 1, text[point.end():end], text)
        colon = text.find(": ", match.end())
        if not inline and colon >= 0 and text.count("; ", colon) >= 1:  # a bulleted list joined to its heading
            for order, item in enumerate(text[colon + 2:].rstrip(".").split("; "), start=1):
                yield from _point(a, order, item, text)
        return
    if a.proposal is None or s.index > a.proposal_limit:
        return
    head = text.split(",")[0].removesuffix("ly").capitalize()  # "First," or "Firstly,"; a bullet's "first,"
    if head in ORDINAL_WORDS:
        inline = list(rel.INLINE_POINT.finditer(text))  # "First, he said, ...; second, ...; and third, ..."
        yield from _point(a, ORDINAL_WORDS.index(head) + 1, text[:inline[0].start()] if inline else text, text)
        for i, point in enumerate(inline):
            end = inline[i + 1].start() if i + 1 < len(inline) else len(text)
            yield from _point(a, ORDINAL_WORDS.index(point["ordinal"].title()) + 1, text[point.end():end], text)


SINCE = re.compile(r"\b(?:since|after)\s$")


def _reference_point(text: str, end: int, mentions) -> bool:
    """Is the meeting mention ending at `end` a point in time ("the progress made since the Tashkent summit"), not
    where the proposals were made?"""
    mention = next((m for m in mentions if m.end == end), None)
    return bool(mention and SINCE.search(text, max(0, mention.start - 8), mention.start))


def _point(a: Article, order: int, text: str, evidence: str) -> Iterator[ProposalSet]:
    """Point `order` of the open proposal, if it comes next (or starts a new list)."""
    points = list(a.proposal.points)
    if any(p.order == order for p in points) or order != len(points) + 1 and order != 1:
        return
    points.append(ProposalPoint(order, rel.point_label(text), evidence))
    yield ProposalSet(replace(a.proposal, points=tuple(points)))
