"""Step 3: facts -> one named graph per article, every fact traceable to the article and its sentence.

Terms are pyoxigraph's: they are made and hashed in Rust, and the build writes them without conversion."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from loader.reading.documents import Document
from loader.facts import ArticleFacts
from loader.extraction.gazetteer import slug
from loader.rdf.namespaces import (NIF, PARTICIPATIONS, RES, SCO, STATEMENTS, article_graph, article_iri, bind_prefixes,
                                   sentence_iri)
from loader.rdf.terms import Converted, rdflib_term


class Names:
    """A namespace of pyoxigraph NamedNodes, each made once: names.label, names["label"]."""

    def __init__(self, base: str):
        self._base = str(base)

    def __getattr__(self, local: str) -> ox.NamedNode:
        if local.startswith("__"):
            raise AttributeError(local)
        node = ox.NamedNode(self._base + local)
        setattr(self, local, node)
        return node

    __getitem__ = __getattr__


sco, rdf, rdfs, skos, prov, dcterms, xsd, nif = (Names(ns) for ns in (SCO, RDF, RDFS, SKOS, PROV, DCTERMS, XSD, NIF))


@lru_cache(maxsize=65536)
def res(local: str) -> ox.NamedNode:
    """res:<local>; the same few thousand IRIs recur in every article."""
    return ox.NamedNode(RES + local)


@lru_cache(maxsize=65536)
def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def participation_iri(meeting: str, agent: str | None, on_behalf_of: str | None) -> ox.NamedNode:
    return ox.NamedNode(f"{PARTICIPATIONS}{meeting}/{agent or on_behalf_of}")


def position_iri(title: str, of: str) -> ox.NamedNode:
    return res(f"{slug(title)}_of_{of}")


def _object(value) -> ox.NamedNode | ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=xsd.boolean)
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=xsd.integer)
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=xsd.date)
    return res(value)


@dataclass
class ArticleGraph:
    """One article's named graph: `identifier` (an rdflib URIRef, like every graph name in the build) and a set
    of pyoxigraph triples. `published` orders articles (the earliest names an entity's label)."""

    identifier: URIRef
    published: date | None = None
    triples: set = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.triples)

    def __iter__(self):
        return iter(self.triples)

    def rdflib_triples(self, convert=None):
        """The triples as rdflib terms (`convert`: a shared conversion cache)."""
        convert = convert or Converted(rdflib_term)
        return ((convert(s), convert(p), convert(o)) for s, p, o in self.triples)

    def to_graph(self) -> Graph:
        """The same triples as an rdflib Graph, for querying them."""
        graph = Graph(identifier=self.identifier)
        bind_prefixes(graph)
        graph.addN((s, p, o, graph) for s, p, o in self.rdflib_triples())
        return graph


class _Writer:
    """Adds triples to one article graph, reifying the ones that carry a sentence as evidence."""

    def __init__(self, graph: ArticleGraph, document: Document, facts: ArticleFacts):
        self.graph = graph
        self.as_written = facts.as_written
        self.offsets = facts.offsets
        self.node = ox.NamedNode(graph.identifier)
        self.add_triple = graph.triples.add
        self.article = ox.NamedNode(article_iri(document.id))
        self.document = document
        self.labels: dict[ox.NamedNode, str] = {}
        self.sentences: dict[tuple[int, int], ox.NamedNode] = {}  # the nif:Sentence of each span cited
        self.evidences: dict[str, ox.Literal] = {}  # the sco:evidence of each sentence cited

    def add(self, s, p, o) -> None:
        self.add_triple((s, p, o))

    def evidence(self, sentence: str) -> ox.Literal:
        """A sentence as the article writes it (extraction reads it folded)."""
        literal = self.evidences.get(sentence)
        if literal is None:
            literal = self.evidences[sentence] = _text(self.as_written.get(sentence, sentence))
        return literal

    def cite(self, node, sentence: str) -> None:
        """`node` comes from `sentence`: sco:evidence (its text) and sco:evidenceSentence, a nif:Sentence with its
        character offsets in the article's text (nif:isString of the article), so that a reader can highlight it
        (the sentence's own text is sco:evidence: nif:anchorOf would repeat it)."""
        self.add_triple((node, sco.evidence, self.evidence(sentence)))
        span = self.offsets.get(sentence)
        if span is None:
            return
        sentence_node = self.sentences.get(span)
        if sentence_node is None:  # the sentence's own triples, once
            sentence_node = self.sentences[span] = ox.NamedNode(sentence_iri(self.document.id, *span))
            for triple in (
                (sentence_node, rdf.type, nif.Sentence), (sentence_node, nif.referenceContext, self.article),
                (sentence_node, nif.beginIndex, ox.Literal(str(span[0]), datatype=xsd.nonNegativeInteger)),
                (sentence_node, nif.endIndex, ox.Literal(str(span[1]), datatype=xsd.nonNegativeInteger)),
            ):
                self.add_triple(triple)
        self.add_triple((node, sco.evidenceSentence, sentence_node))

    def stated(self, s, p, o, evidence: str) -> None:
        """Add a triple and an rdf:Statement naming the sentence it comes from."""
        self.add_triple((s, p, o))
        if not evidence:
            return
        key = hashlib.sha1(f"{s.value}|{p.value}|{o}".encode()).hexdigest()[:16]
        node = ox.NamedNode(f"{STATEMENTS}{self.document.id}/{key}")
        for triple in (
            (node, rdf.type, rdf.Statement), (node, rdf.subject, s), (node, rdf.predicate, p),
            (node, rdf.object, o), (node, prov.wasDerivedFrom, self.article),
        ):
            self.add_triple(triple)
        self.cite(node, evidence)


def facts_to_triples(
    document: Document, facts: ArticleFacts, extractor_version: str, generated: datetime | None = None,
) -> ArticleGraph:
    """The named graph kgg:article/<id> for one document."""
    w = _Writer(ArticleGraph(article_graph(document.id), document.published), document, facts)
    _article(w, document, facts, extractor_version, generated)
    for entity in facts.entities.values():
        node = res(entity.id)
        w.labels[node] = entity.label
        w.add(node, rdf.type, sco[entity.kind])
        w.add(node, rdfs.label, _text(entity.label))
        for form in sorted(facts.surface_forms.get(entity.id, ())):
            if form != entity.label:
                w.add(node, skos.altLabel, _text(form))
    _meetings(w, facts)
    for title, of in sorted(facts.posts.values()):
        _post(w, title, of)
    for position in facts.positions:
        w.stated(res(position.person), sco.holdsPosition, position_iri(position.title, position.of), position.evidence)
    for fact in facts.statements:
        w.stated(res(fact.subject), sco[fact.predicate], _object(fact.object), fact.evidence)
    _proposals(w, facts)
    return w.graph


def facts_to_graph(
    document: Document, facts: ArticleFacts, extractor_version: str, generated: datetime | None = None,
) -> Graph:
    """The same graph as an rdflib Graph."""
    return facts_to_triples(document, facts, extractor_version, generated).to_graph()


def _article(w: _Writer, document: Document, facts: ArticleFacts, version: str, generated) -> None:
    article = w.article
    w.add(article, rdf.type, sco.NewsArticle)
    w.add(article, rdf.type, nif.Context)
    w.add(article, nif.isString, _text(document.text))
    w.add(article, dcterms.title, _text(document.title))
    w.add(article, dcterms.source, _text(document.source))
    w.add(article, rdfs.label, _text(document.title))
    if document.published:
        w.add(article, dcterms.date, ox.Literal(document.published.isoformat(), datatype=xsd.date))
    if facts.publisher:
        w.add(article, dcterms.publisher, res(facts.publisher))
    graph_iri = w.node
    w.add(graph_iri, prov.wasDerivedFrom, article)
    w.add(graph_iri, sco.extractorVersion, _text(version))
    if generated:
        w.add(graph_iri, prov.generatedAtTime, ox.Literal(generated.isoformat(), datatype=xsd.dateTime))


def _meetings(w: _Writer, facts: ArticleFacts) -> None:
    for meeting in facts.meetings.values():
        node = res(meeting.id)
        w.add(node, rdf.type, sco[meeting.kind])
        w.add(node, rdfs.label, _text(meeting.label))
        if meeting.evidence:
            w.cite(node, meeting.evidence)
        for prop, value in (
            (sco.ordinal, meeting.ordinal), (sco.date, meeting.date), (sco.heldIn, meeting.city),
            (sco.hostState, meeting.host_state), (sco.chair, meeting.chair), (sco.organizer, meeting.organizer),
            (sco.onSidelinesOf, meeting.beside),
        ):
            if value is not None:
                w.add(node, prop, _object(value))
    for part in facts.participations:
        node = participation_iri(part.meeting, part.agent, part.on_behalf_of)
        meeting = facts.meetings[part.meeting]
        who = facts.entities.get(part.agent or part.on_behalf_of)
        w.add(res(part.meeting), sco.hasParticipation, node)
        w.add(node, rdf.type, sco.Participation)
        w.add(node, rdfs.label, _text(f"{who.label if who else part.agent} at {meeting.label}"))
        if part.remote:  # stated only when the text says so ("via video link"); silence is not "in person"
            w.add(node, sco.remote, _object(True))
        w.cite(node, part.evidence)
        for prop, value in ((sco.agent, part.agent), (sco.onBehalfOf, part.on_behalf_of), (sco.inPosition, part.position)):
            if value:
                w.add(node, prop, res(value))
        if part.capacity:
            w.add(node, sco.capacity, sco[part.capacity])


def _post(w: _Writer, title: str, of: str) -> None:
    """A position node: "Prime Minister of Kazakhstan", with its title and the state or organization."""
    node = position_iri(title, of)
    entity_label = w.labels.get(res(of), of)
    w.add(node, rdf.type, sco.Position)
    w.add(node, rdfs.label, _text(f"{title} of {entity_label}"))
    w.add(node, sco.title, _text(title))
    w.add(node, sco.positionOf, res(of))


def _proposals(w: _Writer, facts: ArticleFacts) -> None:
    for proposal in facts.proposals:
        node = res(proposal.id)
        w.add(node, rdf.type, sco.Proposal)
        w.add(node, rdfs.label, _text(proposal.label))
        w.cite(node, proposal.evidence)
        if proposal.proposer:
            w.add(node, sco.proposedBy, res(proposal.proposer))
        if proposal.proposed_at:
            w.add(node, sco.proposedAt, res(proposal.proposed_at))
        for point in proposal.points:
            point_node = res(f"{proposal.id}_point_{point.order}")
            w.add(node, sco.point, point_node)
            w.add(point_node, rdf.type, sco.ProposalPoint)
            w.add(point_node, sco.order, _object(point.order))
            w.add(point_node, rdfs.label, _text(point.label))
            w.cite(point_node, point.evidence)
