"""Score extraction against the gold standard (tests/gold/*.tsv): precision, recall and F1 per kind of fact."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from loader.reading.documents import find_documents, read_documents
from loader.extraction.extract import extract_facts
from loader.facts import BILATERAL, ArticleFacts
from loader.extraction.gazetteer import Gazetteer

KINDS = (
    "entity", "meeting", "ordinal", "date", "held_in", "host", "chair", "participation", "position", "met_with",
    "status", "count", "presidency", "proposal_point", "mentions", "proposed_by", "adopted", "capital_of",
)
STATEMENT_KINDS = {
    "memberOf": "status", "observerOf": "status", "dialoguePartnerOf": "status",
    "memberStateCount": "count", "observerStateCount": "count", "dialoguePartnerCount": "count",
    "rotatingPresidency": "presidency", "mentions": "mentions", "proposedBy": "proposed_by",
    "adopted": "adopted", "capitalOf": "capital_of",
}
Fact = tuple[str, ...]
# A gold class the extracted class entails (sco:IntergovernmentalOrganization rdfs:subClassOf sco:Organization): the gold
# files class groupings such as the CIS as Organization, which the reference data makes intergovernmental.
SUPERCLASSES = {"IntergovernmentalOrganization": "Organization"}


def _s(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fact_tuples(facts: ArticleFacts) -> set[Fact]:
    """What one article's extraction says, in the gold standard's form."""
    out: set[Fact] = {("entity", e.id, e.kind) for e in facts.entities.values()}
    for m in facts.meetings.values():
        out.add(("meeting", m.id, m.kind))
        for kind, value in (("ordinal", m.ordinal), ("date", m.date), ("held_in", m.city),
                            ("host", m.host_state), ("chair", m.chair)):
            if value is not None:
                out.add((kind, m.id, _s(value)))
        if m.kind == BILATERAL:
            people = sorted({p.agent for p in facts.participations if p.meeting == m.id and p.agent})
            if len(people) == 2:
                out.add(("met_with", people[0], people[1], _s(m.date), _s(m.beside)))
    for p in facts.participations:
        capacity = p.capacity.replace("StateCapacity", "").replace("Capacity", "") if p.capacity else None
        out.add(("participation", p.meeting, _s(p.agent), _s(p.on_behalf_of), _s(capacity), _s(p.remote)))
    out.update(("position", p.person, p.title, p.of) for p in facts.positions)
    for st in facts.statements:
        kind = STATEMENT_KINDS.get(st.predicate)
        if kind == "status":
            out.add((kind, st.subject, st.predicate, _s(st.object)))
        elif kind in ("count",):
            out.add((kind, st.subject, st.predicate, _s(st.object)))
        elif kind:
            out.add((kind, st.subject, _s(st.object)))
    for proposal in facts.proposals:
        out.update(("proposal_point", _s(proposal.proposer), _s(proposal.proposed_at), str(pt.order)) for pt in proposal.points)
    return out


def entailed_as_in_gold(predicted: set[Fact], gold: set[Fact]) -> set[Fact]:
    """predicted, with an entity's class replaced by the superclass the gold states for it (it entails it)."""
    def as_gold(fact: Fact) -> Fact:
        if fact[0] == "entity" and fact not in gold and (broader := SUPERCLASSES.get(fact[2])) \
                and ("entity", fact[1], broader) in gold:
            return "entity", fact[1], broader
        return fact
    return {as_gold(fact) for fact in predicted}


def read_gold(path: Path) -> set[Fact]:
    """Gold facts of one article; comment and blank lines are skipped."""
    facts = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            facts.add(tuple(field.strip() for field in line.split("\t")))
    return facts


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class NothingToScore(ValueError):
    """No gold file matches an article: there is no score to report."""


@dataclass
class Evaluation:
    """Scores per kind, per article, overall, and the differences per article."""

    per_kind: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    per_article: dict[str, Score] = field(default_factory=dict)
    missing: dict[str, set[Fact]] = field(default_factory=dict)
    unexpected: dict[str, set[Fact]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # article -> the error extraction raised (it found nothing)

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.per_kind.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total


def evaluate(documents_dir: Path, gold_dir: Path, gazetteer: Gazetteer) -> Evaluation:
    """Compare the extraction of every article that has a gold file; NothingToScore if none has."""
    result = Evaluation()
    documents, _ = read_documents(find_documents([documents_dir]))
    for document in documents:
        gold_path = Path(gold_dir) / f"{document.id}.tsv"
        if not gold_path.exists():
            continue
        gold = read_gold(gold_path)
        try:
            predicted = entailed_as_in_gold(fact_tuples(extract_facts(document, gazetteer)), gold)
        except Exception as err:  # noqa: BLE001 - reported by the article's name and scored as nothing found
            result.failed[document.id] = f"{type(err).__name__}: {err}"
            predicted = set()
        for kind in KINDS:
            g = {f for f in gold if f[0] == kind}
            p = {f for f in predicted if f[0] == kind}
            score = result.per_kind[kind]
            score.tp += len(g & p)
            score.fp += len(p - g)
            score.fn += len(g - p)
        result.per_article[document.id] = Score(len(gold & predicted), len(predicted - gold), len(gold - predicted))
        result.missing[document.id] = gold - predicted
        result.unexpected[document.id] = predicted - gold
    if not result.per_article:
        raise NothingToScore(
            f"no gold file in {gold_dir} matches an article in {documents_dir}: a gold file is named after its "
            f"article (<article-id>.tsv, the file stem lower-cased)")
    return result
