"""Step 3: facts -> one named graph per article, every fact traceable to the article and its sentence."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from loader.documents import Document
from loader.facts import ArticleFacts
from loader.gazetteer import slug
from loader.namespaces import RES, SCO, article_graph, article_iri, bind_prefixes

def participation_iri(meeting: str, agent: str | None, on_behalf_of: str | None) -> URIRef:
    return RES[f"participation/{meeting}/{agent or on_behalf_of}"]


def position_iri(title: str, of: str) -> URIRef:
    return RES[f"{slug(title)}_of_{of}"]


def _object(value) -> URIRef | Literal:
    if isinstance(value, bool):
        return Literal(value, datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    return RES[value]


class _Writer:
    """Adds triples to one article graph, reifying the ones that carry a sentence as evidence."""

    def __init__(self, graph: Graph, document: Document):
        self.graph = graph
        self.article = article_iri(document.id)
        self.document = document

    def add(self, s, p, o) -> None:
        self.graph.add((s, p, o))

    def stated(self, s, p, o, evidence: str) -> None:
        """Add a triple and an rdf:Statement naming the sentence it comes from."""
        self.graph.add((s, p, o))
        if not evidence:
            return
        key = hashlib.sha1(f"{s}|{p}|{o.n3()}".encode()).hexdigest()[:16]
        node = RES[f"statement/{self.document.id}/{key}"]
        for triple in (
            (node, RDF.type, RDF.Statement), (node, RDF.subject, s), (node, RDF.predicate, p),
            (node, RDF.object, o), (node, SCO.evidence, Literal(evidence)), (node, PROV.wasDerivedFrom, self.article),
        ):
            self.graph.add(triple)


def facts_to_graph(
    document: Document, facts: ArticleFacts, extractor_version: str, generated: datetime | None = None,
    graph: Graph | None = None,
) -> Graph:
    """The named graph kgg:article/<id> for one document (written into `graph` when given, e.g. a Dataset's)."""
    if graph is None:
        graph = Graph(identifier=article_graph(document.id))
        bind_prefixes(graph)
    w = _Writer(graph, document)
    _article(w, document, facts, extractor_version, generated)
    for entity in facts.entities.values():
        node = RES[entity.id]
        w.add(node, RDF.type, SCO[entity.kind])
        w.add(node, RDFS.label, Literal(entity.label))
        for form in sorted(facts.surface_forms.get(entity.id, ())):
            if form != entity.label:
                w.add(node, SKOS.altLabel, Literal(form))
    _meetings(w, facts)
    for title, of in sorted(facts.posts.values()):
        _post(w, title, of)
    for position in facts.positions:
        w.stated(RES[position.person], SCO.holdsPosition, position_iri(position.title, position.of), position.evidence)
    for fact in facts.statements:
        w.stated(RES[fact.subject], SCO[fact.predicate], _object(fact.object), fact.evidence)
    _proposals(w, facts)
    return graph


def _article(w: _Writer, document: Document, facts: ArticleFacts, version: str, generated) -> None:
    article = w.article
    w.add(article, RDF.type, SCO.NewsArticle)
    w.add(article, DCTERMS.title, Literal(document.title))
    w.add(article, DCTERMS.source, Literal(document.source))
    w.add(article, RDFS.label, Literal(document.title))
    if document.published:
        w.add(article, DCTERMS.date, Literal(document.published.isoformat(), datatype=XSD.date))
    if facts.publisher:
        w.add(article, DCTERMS.publisher, RES[facts.publisher])
    graph_iri = w.graph.identifier
    w.add(graph_iri, PROV.wasDerivedFrom, article)
    w.add(graph_iri, SCO.extractorVersion, Literal(version))
    if generated:
        w.add(graph_iri, PROV.generatedAtTime, Literal(generated.isoformat(), datatype=XSD.dateTime))


def _meetings(w: _Writer, facts: ArticleFacts) -> None:
    for meeting in facts.meetings.values():
        node = RES[meeting.id]
        w.add(node, RDF.type, SCO[meeting.kind])
        w.add(node, RDFS.label, Literal(meeting.label))
        if meeting.evidence:
            w.add(node, SCO.evidence, Literal(meeting.evidence))
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
        w.add(RES[part.meeting], SCO.hasParticipation, node)
        w.add(node, RDF.type, SCO.Participation)
        w.add(node, RDFS.label, Literal(f"{who.label if who else part.agent} at {meeting.label}"))
        if part.remote:  # stated only when the text says so ("via video link"); silence is not "in person"
            w.add(node, SCO.remote, Literal(True, datatype=XSD.boolean))
        w.add(node, SCO.evidence, Literal(part.evidence))
        for prop, value in ((SCO.agent, part.agent), (SCO.onBehalfOf, part.on_behalf_of), (SCO.inPosition, part.position)):
            if value:
                w.add(node, prop, RES[value])
        if part.capacity:
            w.add(node, SCO.capacity, SCO[part.capacity])


def _post(w: _Writer, title: str, of: str) -> None:
    """A position node: "Prime Minister of Kazakhstan", with its title and the state or organization."""
    node = position_iri(title, of)
    entity_label = w.graph.value(RES[of], RDFS.label) or of
    w.add(node, RDF.type, SCO.Position)
    w.add(node, RDFS.label, Literal(f"{title} of {entity_label}"))
    w.add(node, SCO.title, Literal(title))
    w.add(node, SCO.positionOf, RES[of])


def _proposals(w: _Writer, facts: ArticleFacts) -> None:
    for proposal in facts.proposals:
        node = RES[proposal.id]
        w.add(node, RDF.type, SCO.Proposal)
        w.add(node, RDFS.label, Literal(proposal.label))
        w.add(node, SCO.evidence, Literal(proposal.evidence))
        if proposal.proposer:
            w.add(node, SCO.proposedBy, RES[proposal.proposer])
        if proposal.proposed_at:
            w.add(node, SCO.proposedAt, RES[proposal.proposed_at])
        for point in proposal.points:
            point_node = RES[f"{proposal.id}_point_{point.order}"]
            w.add(node, SCO.point, point_node)
            w.add(point_node, RDF.type, SCO.ProposalPoint)
            w.add(point_node, SCO.order, Literal(point.order, datatype=XSD.integer))
            w.add(point_node, RDFS.label, Literal(point.label))
            w.add(point_node, SCO.evidence, Literal(point.evidence))
