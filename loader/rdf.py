"""Step 3: facts -> one named graph per article, every fact traceable to the article and its sentence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from loader.documents import Document
from loader.facts import ArticleFacts
from loader.gazetteer import slug
from loader.namespaces import RES, SCO, article_graph, article_iri, bind_prefixes

@lru_cache(maxsize=65536)
def res(local: str) -> URIRef:
    """res:<local>; the same few thousand IRIs recur in every article, so they are made once."""
    return RES[local]


@lru_cache(maxsize=1024)
def sco(local: str) -> URIRef:
    """sco:<local>, made once."""
    return SCO[local]


@lru_cache(maxsize=65536)
def _text(value: str) -> Literal:
    return Literal(value)


def participation_iri(meeting: str, agent: str | None, on_behalf_of: str | None) -> URIRef:
    return res(f"participation/{meeting}/{agent or on_behalf_of}")


def position_iri(title: str, of: str) -> URIRef:
    return res(f"{slug(title)}_of_{of}")


def _object(value) -> URIRef | Literal:
    if isinstance(value, bool):
        return Literal(value, datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    return res(value)


@dataclass
class ArticleGraph:
    """One article's named graph as a set of rdflib triples: what the build writes, without the cost of
    an indexed rdflib Graph. `published` orders articles (the earliest names an entity's label)."""

    identifier: URIRef
    published: date | None = None
    triples: set = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.triples)

    def __iter__(self):
        return iter(self.triples)

    def to_graph(self) -> Graph:
        """The same triples as an rdflib Graph, for querying them."""
        graph = Graph(identifier=self.identifier)
        bind_prefixes(graph)
        graph.addN((s, p, o, graph) for s, p, o in self.triples)
        return graph


class _Writer:
    """Adds triples to one article graph, reifying the ones that carry a sentence as evidence."""

    def __init__(self, graph: ArticleGraph, document: Document):
        self.graph = graph
        self.add_triple = graph.triples.add
        self.article = article_iri(document.id)
        self.document = document
        self.labels: dict[URIRef, str] = {}

    def add(self, s, p, o) -> None:
        self.add_triple((s, p, o))

    def stated(self, s, p, o, evidence: str) -> None:
        """Add a triple and an rdf:Statement naming the sentence it comes from."""
        self.add_triple((s, p, o))
        if not evidence:
            return
        key = hashlib.sha1(f"{s}|{p}|{o.n3()}".encode()).hexdigest()[:16]
        node = res(f"statement/{self.document.id}/{key}")
        for triple in (
            (node, RDF.type, RDF.Statement), (node, RDF.subject, s), (node, RDF.predicate, p),
            (node, RDF.object, o), (node, SCO.evidence, _text(evidence)), (node, PROV.wasDerivedFrom, self.article),
        ):
            self.add_triple(triple)


def facts_to_triples(
    document: Document, facts: ArticleFacts, extractor_version: str, generated: datetime | None = None,
) -> ArticleGraph:
    """The named graph kgg:article/<id> for one document."""
    w = _Writer(ArticleGraph(article_graph(document.id), document.published), document)
    _article(w, document, facts, extractor_version, generated)
    for entity in facts.entities.values():
        node = res(entity.id)
        w.labels[node] = entity.label
        w.add(node, RDF.type, sco(entity.kind))
        w.add(node, RDFS.label, _text(entity.label))
        for form in sorted(facts.surface_forms.get(entity.id, ())):
            if form != entity.label:
                w.add(node, SKOS.altLabel, _text(form))
    _meetings(w, facts)
    for title, of in sorted(facts.posts.values()):
        _post(w, title, of)
    for position in facts.positions:
        w.stated(res(position.person), SCO.holdsPosition, position_iri(position.title, position.of), position.evidence)
    for fact in facts.statements:
        w.stated(res(fact.subject), sco(fact.predicate), _object(fact.object), fact.evidence)
    _proposals(w, facts)
    return w.graph


def facts_to_graph(
    document: Document, facts: ArticleFacts, extractor_version: str, generated: datetime | None = None,
) -> Graph:
    """The same graph as an rdflib Graph."""
    return facts_to_triples(document, facts, extractor_version, generated).to_graph()


def _article(w: _Writer, document: Document, facts: ArticleFacts, version: str, generated) -> None:
    article = w.article
    w.add(article, RDF.type, SCO.NewsArticle)
    w.add(article, DCTERMS.title, _text(document.title))
    w.add(article, DCTERMS.source, _text(document.source))
    w.add(article, RDFS.label, _text(document.title))
    if document.published:
        w.add(article, DCTERMS.date, Literal(document.published.isoformat(), datatype=XSD.date))
    if facts.publisher:
        w.add(article, DCTERMS.publisher, res(facts.publisher))
    graph_iri = w.graph.identifier
    w.add(graph_iri, PROV.wasDerivedFrom, article)
    w.add(graph_iri, SCO.extractorVersion, _text(version))
    if generated:
        w.add(graph_iri, PROV.generatedAtTime, Literal(generated.isoformat(), datatype=XSD.dateTime))


def _meetings(w: _Writer, facts: ArticleFacts) -> None:
    for meeting in facts.meetings.values():
        node = res(meeting.id)
        w.add(node, RDF.type, sco(meeting.kind))
        w.add(node, RDFS.label, _text(meeting.label))
        if meeting.evidence:
            w.add(node, SCO.evidence, _text(meeting.evidence))
        for prop, value in (
            (SCO.ordinal, meeting.ordinal), (SCO.date, meeting.date), (SCO.heldIn, meeting.city),
            (SCO.hostState, meeting.host_state), (SCO.chair, meeting.chair), (SCO.organizer, meeting.organizer),
            (SCO.onSidelinesOf, meeting.beside),
        ):
            if value is not None:
                w.add(node, prop, _object(value))
    for part in facts.participations:
        node = participation_iri(part.meeting, part.agent, part.on_behalf_of)
        meeting = facts.meetings[part.meeting]
        who = facts.entities.get(part.agent or part.on_behalf_of)
        w.add(res(part.meeting), SCO.hasParticipation, node)
        w.add(node, RDF.type, SCO.Participation)
        w.add(node, RDFS.label, _text(f"{who.label if who else part.agent} at {meeting.label}"))
        if part.remote:  # stated only when the text says so ("via video link"); silence is not "in person"
            w.add(node, SCO.remote, Literal(True, datatype=XSD.boolean))
        w.add(node, SCO.evidence, _text(part.evidence))
        for prop, value in ((SCO.agent, part.agent), (SCO.onBehalfOf, part.on_behalf_of), (SCO.inPosition, part.position)):
            if value:
                w.add(node, prop, res(value))
        if part.capacity:
            w.add(node, SCO.capacity, sco(part.capacity))


def _post(w: _Writer, title: str, of: str) -> None:
    """A position node: "Prime Minister of Kazakhstan", with its title and the state or organization."""
    node = position_iri(title, of)
    entity_label = w.labels.get(res(of), of)
    w.add(node, RDF.type, SCO.Position)
    w.add(node, RDFS.label, _text(f"{title} of {entity_label}"))
    w.add(node, SCO.title, _text(title))
    w.add(node, SCO.positionOf, res(of))


def _proposals(w: _Writer, facts: ArticleFacts) -> None:
    for proposal in facts.proposals:
        node = res(proposal.id)
        w.add(node, RDF.type, SCO.Proposal)
        w.add(node, RDFS.label, _text(proposal.label))
        w.add(node, SCO.evidence, _text(proposal.evidence))
        if proposal.proposer:
            w.add(node, SCO.proposedBy, res(proposal.proposer))
        if proposal.proposed_at:
            w.add(node, SCO.proposedAt, res(proposal.proposed_at))
        for point in proposal.points:
            point_node = res(f"{proposal.id}_point_{point.order}")
            w.add(node, SCO.point, point_node)
            w.add(point_node, RDF.type, SCO.ProposalPoint)
            w.add(point_node, SCO.order, Literal(point.order, datatype=XSD.integer))
            w.add(point_node, RDFS.label, _text(point.label))
            w.add(point_node, SCO.evidence, _text(point.evidence))
