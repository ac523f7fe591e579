"""The document-level merge of candidate facts: each fact once, its attributes filled from every mention.

Every lookup is by key, so an article with many facts merges in time linear in their number.
"""

from __future__ import annotations

from dataclasses import replace

from loader.facts import BILATERAL, ArticleFacts, Meeting, Participation, Position, Statement
from loader.vocabulary import SERIES_KINDS

MEETING_FIELDS = ("ordinal", "date", "city", "host_state", "chair", "organizer", "beside")


class FactStore:
    """An ArticleFacts being filled, with the indexes that merging needs."""

    def __init__(self, headline: str = ""):
        self.facts = ArticleFacts()
        self.headline = headline  # a sentence of the body is better evidence than the headline
        self._statements: dict[tuple, int] = {}
        self._participations: dict[tuple, int] = {}
        self._positions: set[tuple[str, str, str]] = set()
        self._bilaterals: dict[tuple[str, str], str] = {}  # the pair's first bilateral meeting
        self.series: list[str] = []  # council and ministerial meetings, in the order first named

    def meeting(self, meeting: Meeting, pair: tuple[str, str] | None = None) -> None:
        """Add a meeting, or fill the attributes a known one lacks; `pair` indexes a bilateral meeting."""
        old = self.facts.meetings.get(meeting.id)
        if old is None:
            self.facts.meetings[meeting.id] = meeting
            if meeting.kind in SERIES_KINDS:
                self.series.append(meeting.id)
            if pair and meeting.kind == BILATERAL:
                self._bilaterals.setdefault(pair, meeting.id)
            return
        merged = {f: getattr(old, f) if getattr(old, f) is not None else getattr(meeting, f) for f in MEETING_FIELDS}
        self.facts.meetings[meeting.id] = replace(old, **merged)

    def set(self, meeting_id: str, **values) -> None:
        """Fill attributes of a meeting that the text has not given yet."""
        meeting = self.facts.meetings[meeting_id]
        updates = {k: v for k, v in values.items() if v is not None and getattr(meeting, k) is None}
        if updates:
            self.facts.meetings[meeting_id] = replace(meeting, **updates)

    def bilateral(self, pair: tuple[str, str]) -> Meeting | None:
        """The first bilateral meeting of two people (slugs in alphabetical order) read so far."""
        meeting_id = self._bilaterals.get(pair)
        return self.facts.meetings[meeting_id] if meeting_id else None

    def statement(self, subject, predicate, obj, evidence: str) -> None:
        """State a fact once; a sentence of the body replaces the headline as its evidence."""
        key = (subject, predicate, obj)
        at = self._statements.get(key)
        if at is None:
            self._statements[key] = len(self.facts.statements)
            self.facts.statements.append(Statement(subject, predicate, obj, evidence))
        elif self.facts.statements[at].evidence == self.headline and evidence != self.headline:
            self.facts.statements[at] = Statement(subject, predicate, obj, evidence)

    def keep_statements(self, keep) -> None:
        """Drop the statements `keep` rejects (and re-index the rest)."""
        self.facts.statements = [st for st in self.facts.statements if keep(st)]
        self._statements = {(st.subject, st.predicate, st.object): i for i, st in enumerate(self.facts.statements)}

    def participation(self, part: Participation) -> bool:
        """Add a participation, or complete the one already read for the same agent (or unnamed agent of the same
        state) at the same meeting; True if it is new."""
        key = (part.meeting, part.agent) if part.agent else (part.meeting, None, part.on_behalf_of)
        at = self._participations.get(key)
        if at is None:
            self._participations[key] = len(self.facts.participations)
            self.facts.participations.append(part)
            return True
        old = self.facts.participations[at]
        self.facts.participations[at] = replace(
            old, on_behalf_of=old.on_behalf_of or part.on_behalf_of, capacity=old.capacity or part.capacity,
            remote=old.remote or part.remote, position=old.position or part.position)
        return False

    def position(self, fact: Position) -> None:
        key = (fact.person, fact.title, fact.of)
        if key not in self._positions:
            self._positions.add(key)
            self.facts.positions.append(fact)
