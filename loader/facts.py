"""The facts extraction produces: plain dataclasses, no rdflib (the contract between extract and rdf)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Entity kinds are the local names of sco: classes.
STATE, PERSON, CITY = "State", "Person", "City"
ORGANIZATION, IGO = "Organization", "IntergovernmentalOrganization"
INITIATIVE, PROJECT, DOCUMENT = "Initiative", "Project", "AdoptedDocument"

# Meeting classes.
HEADS_OF_STATE = "HeadsOfStateCouncilMeeting"
HEADS_OF_GOVERNMENT = "HeadsOfGovernmentCouncilMeeting"
FOREIGN_MINISTERS = "ForeignMinistersCouncilMeeting"
MINISTERIAL, DEFENCE_MINISTERS = "MinisterialMeeting", "DefenceMinistersMeeting"
SECURITY_SECRETARIES = "SecurityCouncilSecretariesMeeting"
BILATERAL, FORUM, PRESS_EVENT, MEETING = "BilateralMeeting", "Forum", "PressEvent", "Meeting"

# Participation capacities (local names of sco: individuals).
MEMBER, OBSERVER = "MemberStateCapacity", "ObserverStateCapacity"
DIALOGUE_PARTNER, GUEST = "DialoguePartnerCapacity", "GuestCapacity"
PERMANENT_BODY, INTERNATIONAL_ORG = "PermanentBodyCapacity", "InternationalOrganizationCapacity"


@dataclass(frozen=True)
class Entity:
    """A thing the article names: id is the slug after res:, kind a class local name."""

    id: str
    kind: str
    label: str


@dataclass(frozen=True)
class Meeting:
    """One real meeting; the same id across articles. Attributes are None when the text is silent."""

    id: str
    kind: str
    label: str
    ordinal: int | None = None
    date: date | None = None
    city: str | None = None
    host_state: str | None = None
    chair: str | None = None
    organizer: str | None = None
    beside: str | None = None  # sco:onSidelinesOf, for bilateral meetings
    format: str | None = None  # sco:format of a ministerial meeting, "Meeting of Defence Ministers"
    evidence: str = ""


@dataclass(frozen=True)
class Participation:
    """n-ary: agent took part in meeting on behalf of a state or organization, in a capacity."""

    meeting: str
    agent: str
    on_behalf_of: str | None
    capacity: str | None
    remote: bool
    evidence: str
    position: str | None = None  # the Position id the agent held at the meeting, when stated


@dataclass(frozen=True)
class Position:
    """person holds the position `title` of a state or organization."""

    person: str
    title: str
    of: str
    evidence: str


@dataclass(frozen=True)
class Statement:
    """A plain triple the article states: subject, sco: property local name, object (id, int or date)."""

    subject: str
    predicate: str
    object: str | int | date
    evidence: str


@dataclass(frozen=True)
class ProposalPoint:
    order: int
    label: str
    evidence: str


@dataclass(frozen=True)
class Proposal:
    """A numbered set of proposals one person made at one meeting or event."""

    id: str
    label: str
    proposer: str | None
    proposed_at: str | None
    points: tuple[ProposalPoint, ...]
    evidence: str


@dataclass
class ArticleFacts:
    """Everything one article states, ready for loader.rdf.article."""

    entities: dict[str, Entity] = field(default_factory=dict)
    surface_forms: dict[str, set[str]] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    participations: list[Participation] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    posts: dict[str, tuple[str, str]] = field(default_factory=dict)  # position id -> (title, of): every position named
    statements: list[Statement] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    publisher: str | None = None
    as_written: dict[str, str] = field(default_factory=dict)  # folded sentence -> as written, for sco:evidence
    offsets: dict[str, tuple[int, int]] = field(default_factory=dict)  # folded sentence -> its characters in the text
    warnings: list[str] = field(default_factory=list)  # what extraction had to leave out, for the build report
