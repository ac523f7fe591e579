"""What a rule proposes: candidate facts, each with its evidence, and the reading context a sentence opens for the
sentences after it. Rules only read the article and yield these; `Article.apply` (the merge,
loader.extraction.merge) is the one step that writes them, in the order they come, so that a later rule sees what
an earlier one proposed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from loader.extraction.mentions import PersonMention
from loader.facts import Entity, Meeting, Proposal
from loader.reading.sentences import Sentence


@dataclass(frozen=True)
class Named:
    """The sentence names an entity: a known one (by id, in `surface` if not by its label) or a new one."""

    entity: str | Entity
    surface: str | None = None


@dataclass(frozen=True)
class Convened:
    """A meeting, or more of a known one's attributes; `pair` indexes a bilateral meeting by its two people."""

    meeting: Meeting
    pair: tuple[str, str] | None = None


@dataclass(frozen=True)
class Attributes:
    """Attributes of a meeting (date, city, host_state, chair, beside, ordinal): filled where the text has not given
    them yet, or, with `replace`, put in place of what was read before ("opened on" outranks an earlier day)."""

    meeting: str
    values: dict[str, Any]
    replace: bool = False


@dataclass(frozen=True)
class Attended:
    """Someone (or an unnamed envoy of a state) took part in a meeting, in a capacity, perhaps by video."""

    meeting: str
    agent: str | None
    of: str | None
    mention: PersonMention | None
    capacity: str | None
    remote: bool
    evidence: str


@dataclass(frozen=True)
class Chaired:
    """Someone chaired a meeting, and so took part in it."""

    meeting: str
    chair: PersonMention
    evidence: str
    remote: bool = False


@dataclass(frozen=True)
class Stated:
    """A relation between two entities: a status, a document adopted, a mention, who proposed what."""

    subject: str
    predicate: str
    object: str
    evidence: str


@dataclass(frozen=True)
class HeldRemotely:
    """Everyone joined the meeting by video."""

    meeting: str


@dataclass(frozen=True)
class AllMembersAttended:
    """Every member state of the day took part in the meeting ("delegations of all member states attended"); count
    is the number the text gives, if any."""

    meeting: str
    count: int | None
    evidence: str


@dataclass(frozen=True)
class ProposalSet:
    """A numbered set of proposals, new or with one more point; it stays open for the points that follow."""

    proposal: Proposal


@dataclass(frozen=True)
class Mentioned:
    """Initiatives a sentence names, attached to a meeting once its section is read (rules.initiatives)."""

    sentence: Sentence
    bilateral: str | None
    meetings: list[str]
    items: list[str]


@dataclass(frozen=True)
class Context:
    """The reading context a sentence opens for the next ones (Article's attributes of the same names): the
    bilateral meeting being reported, a visit, the sidelines of a meeting, the open list of proposals, ..."""

    values: dict[str, Any] = field(default_factory=dict)


Candidate = Named | Convened | Attributes | Attended | Chaired | Stated | HeldRemotely | AllMembersAttended | ProposalSet | Mentioned \
    | Context
