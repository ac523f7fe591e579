"""An article's page: its text with the sentences that yield facts highlighted (from their nif:Sentence offsets),
and the facts taken from each sentence. Read through the worker pool, like every page."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib.namespace import DCTERMS, RDF, RDFS

from loader.rdf.namespaces import NIF, SCO
from server.entity import Term
from server.sparql import run_own_query
from server.state import ServerState

META_QUERY = """SELECT ?text ?title ?date ?source ?publisher ?publisherLabel WHERE {{
  GRAPH ?g {{ <{a}> <{NIF.isString}> ?text .
    OPTIONAL {{ <{a}> <{DCTERMS.title}> ?title }} OPTIONAL {{ <{a}> <{DCTERMS.date}> ?date }}
    OPTIONAL {{ <{a}> <{DCTERMS.source}> ?source }} OPTIONAL {{ <{a}> <{DCTERMS.publisher}> ?publisher }} }}
  OPTIONAL {{ ?publisher <{RDFS.label}> ?publisherLabel }}
}} LIMIT 1"""
FACTS_QUERY = """SELECT ?begin ?end ?node ?s ?p ?o ?nodeLabel ?sLabel ?oLabel WHERE {{
  GRAPH ?g {{ ?sentence <{NIF.referenceContext}> <{a}> ; <{NIF.beginIndex}> ?begin ; <{NIF.endIndex}> ?end .
    ?node <{SCO.evidenceSentence}> ?sentence . }}
  OPTIONAL {{ GRAPH ?g {{ ?node <{RDF.subject}> ?s ; <{RDF.predicate}> ?p ; <{RDF.object}> ?o }}
    OPTIONAL {{ ?s <{RDFS.label}> ?sLabel }} OPTIONAL {{ ?o <{RDFS.label}> ?oLabel }} }}
  OPTIONAL {{ ?node <{RDFS.label}> ?nodeLabel }}
}} ORDER BY ?begin ?end ?node"""


@dataclass
class Fact:
    """One fact a sentence yields: a triple (subject, predicate, object with labels) or an n-ary node (a
    participation, a meeting, a proposal point) named by its label."""

    node: Term
    label: str = ""
    triple: tuple[tuple[Term, str], Term, tuple[Term, str]] | None = None


@dataclass
class Sentence:
    """A sentence of the article that yields facts, by its character offsets."""

    begin: int
    end: int
    facts: list[Fact] = field(default_factory=list)
    text: str = ""

    @property
    def anchor(self) -> str:
        """Its id on the page: the fragment of its nif:Sentence IRI (char=begin,end)."""
        return f"char={self.begin},{self.end}"


@dataclass
class ArticlePage:
    """What the article page shows. parts: the text cut into (text, Sentence or None)."""

    iri: str
    title: str
    date: str
    source: str
    publisher: Term | None
    publisher_label: str
    parts: list[tuple[str, Sentence | None]]
    sentences: list[Sentence]
    incomplete: bool


def _value(row: dict, name: str) -> str:
    return row[name]["value"] if name in row else ""


def read_article(state: ServerState, iri: str, client: str) -> ArticlePage | None:
    """The article page of iri, or None if the graph holds no text for it."""
    answer, _ = run_own_query(state, META_QUERY.format(a=iri, NIF=NIF, DCTERMS=DCTERMS, RDFS=RDFS), client)
    rows = answer["results"]["bindings"]
    if not rows:
        return None
    meta = rows[0]
    answer, cut = run_own_query(state, FACTS_QUERY.format(a=iri, NIF=NIF, SCO=SCO, RDF=RDF, RDFS=RDFS), client)
    sentences: dict[tuple[int, int], Sentence] = {}
    seen: set[tuple] = set()
    for row in answer["results"]["bindings"]:
        span = (int(row["begin"]["value"]), int(row["end"]["value"]))
        node = Term.from_json(row["node"])
        key = (span, node.value, row.get("s", {}).get("value"), row.get("o", {}).get("value"))
        if key in seen:  # a second label of the same node or term
            continue
        seen.add(key)
        fact = Fact(node, _value(row, "nodeLabel"))
        if "s" in row:
            fact.triple = ((Term.from_json(row["s"]), _value(row, "sLabel")), Term.from_json(row["p"]),
                           (Term.from_json(row["o"]), _value(row, "oLabel")))
        sentences.setdefault(span, Sentence(*span)).facts.append(fact)
    text = meta["text"]["value"]
    ordered = sorted(sentences.values(), key=lambda sentence: (sentence.begin, sentence.end))
    for sentence in ordered:
        sentence.text = " ".join(text[sentence.begin:sentence.end].split())
    publisher = Term.from_json(meta["publisher"]) if "publisher" in meta else None
    return ArticlePage(iri=iri, title=_value(meta, "title") or iri, date=_value(meta, "date"),
                       source=_value(meta, "source"), publisher=publisher,
                       publisher_label=_value(meta, "publisherLabel"), parts=cut_text(text, ordered),
                       sentences=ordered, incomplete=cut)


def cut_text(text: str, sentences: list[Sentence]) -> list[tuple[str, Sentence | None]]:
    """The text as consecutive parts, each sentence (sorted by offsets) one part of its own; a sentence that
    overlaps the one before it, or lies outside the text, stays unmarked."""
    parts, at = [], 0
    for sentence in sentences:
        if sentence.begin < at or sentence.end > len(text) or sentence.begin >= sentence.end:
            continue
        if sentence.begin > at:
            parts.append((text[at:sentence.begin], None))
        parts.append((text[sentence.begin:sentence.end], sentence))
        at = sentence.end
    if at < len(text):
        parts.append((text[at:], None))
    return parts
