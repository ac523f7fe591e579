"""Step 4: the OWL 2 RL closure of the asserted graphs, less trivial entailments, for the graph kgg:inferred."""

from __future__ import annotations

from dataclasses import dataclass

from owlrl import DeductiveClosure, OWLRL_Semantics
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from loader.rdf.namespaces import INFERRED_GRAPH, LINKS_GRAPH, ONTOLOGY_GRAPH, RES
from loader.reasoning import DEFAULT_ENGINE, ENGINES
from loader.reasoning.rules import Reasoner

BUILT_IN = (str(RDF), str(RDFS), str(OWL), str(XSD))
TOP = (OWL.Thing, RDFS.Resource)
REFLEXIVE = (RDFS.subClassOf, OWL.equivalentClass, RDFS.subPropertyOf, OWL.equivalentProperty, OWL.sameAs)
# A triple with one of these predicates and a top class as object holds of everything.
ABOUT_EVERYTHING = (RDF.type, RDFS.subClassOf, RDFS.domain, RDFS.range)
# owlrl's vocabulary for the inconsistencies it finds; validate reports them instead.
ERROR_MESSAGE = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")


def asserted_triples(dataset: Dataset) -> set:
    """Every triple of every graph of the dataset except kgg:inferred (the input of inference)."""
    return {(s, p, o) for s, p, o, g in dataset.quads((None, None, None, None)) if g != INFERRED_GRAPH}


def ontology_blank_nodes(dataset: Dataset) -> set:
    """Anonymous class expressions, restrictions and lists of kgg:ontology."""
    graph = dataset.graph(ONTOLOGY_GRAPH)
    return {term for triple in graph for term in triple if isinstance(term, BNode)}


def external_iris(dataset: Dataset) -> set:
    """The Wikidata, DBpedia and GeoNames IRIs kgg:links says are the same as sco-kg entities."""
    links = dataset.graph(LINKS_GRAPH)
    return {o for o in links.objects(None, OWL.sameAs) if isinstance(o, URIRef) and not str.startswith(o, str(RES))}


def is_trivial(triple, ontology_bnodes=frozenset(), external=frozenset()) -> bool:
    """The filter between the closure and kgg:inferred (README: "What inference keeps out").

    1. Not RDF: a literal subject, or a literal or blank node predicate (owlrl emits both).
    2. Reflexive: x owl:sameAs x, c rdfs:subClassOf c, c owl:equivalentClass c, p rdfs:subPropertyOf p,
       p owl:equivalentProperty p.
    3. About everything: x rdf:type owl:Thing (or rdfs:Resource), c rdfs:subClassOf owl:Thing,
       p rdfs:domain owl:Thing, p rdfs:range owl:Thing.
    4. About built-in vocabulary: the subject is an RDF, RDFS, OWL or XSD term (owl:Nothing
       rdfs:subClassOf c, xsd:string a rdfs:Datatype, rdfs:label a owl:AnnotationProperty).
    5. About the ontology's anonymous class expressions (x a [owl:unionOf (...)]): their
       consequences for named classes are kept; the step itself names nothing a user can look up.
    6. Copies onto external IRIs: eq-rep-s/p/o repeat every fact about res:china for wd:Q148,
       dbr:China, ... Those IRIs are aliases: the owl:sameAs links themselves (both directions,
       eq-sym, eq-trans) are kept; the copies are not (they would triple every answer).
    """
    s, p, o = triple
    if isinstance(s, Literal) or not isinstance(p, URIRef):
        return True
    if s == o and p in REFLEXIVE:
        return True
    if o in TOP and p in ABOUT_EVERYTHING:
        return True
    if isinstance(s, URIRef) and str.startswith(s, BUILT_IN):  # URIRef.startswith takes no tuple
        return True
    if p != OWL.sameAs and (s in external or o in external):
        return True
    return s in ontology_bnodes or o in ontology_bnodes


class TrivialFilter:
    """is_trivial for one dataset: its ontology's blank nodes and its external IRIs, read when first asked."""

    def __init__(self, dataset: Dataset):
        self.dataset, self.context = dataset, None

    def __call__(self, triple) -> bool:
        if self.context is None:
            self.context = (ontology_blank_nodes(self.dataset), external_iris(self.dataset))
        return is_trivial(triple, *self.context)


def owlrl_closure(triples) -> set:
    """owlrl's OWL 2 RL closure of `triples`, on a private copy, less what was given and its error nodes."""
    given, graph = set(triples), Graph()
    for triple in given:
        graph.add(triple)
    DeductiveClosure(OWLRL_Semantics).expand(graph)
    errors = set(graph.subjects(RDF.type, ERROR_MESSAGE))
    return {t for t in graph if t[0] not in errors} - given


@dataclass(frozen=True)
class Inference:
    """kgg:inferred, and the inconsistencies the fast engine met on the way (None: the engine does not report them)."""

    graph: Graph
    inconsistencies: list | None


def run_inference(dataset: Dataset, engine: str = DEFAULT_ENGINE) -> Graph:
    """The triples OWL 2 RL adds to every graph but kgg:inferred, less is_trivial ones; the dataset is not changed.

    engine "owlrl" is the reference; "fast" is loader.reasoning.rules, which gives the same graph on sco-kg's
    ontology (tests/test_infer.py compares them) except where a functional property has two literal
    values (an inconsistency validate reports), and refuses an ontology using rules it lacks.
    """
    return infer(dataset, engine).graph


def infer(dataset: Dataset, engine: str = DEFAULT_ENGINE, asserted: set | None = None) -> Inference:
    """run_inference, with what the fast engine found inconsistent, so that validation need not reason again;
    `asserted` is asserted_triples(dataset) if the caller has it."""
    if engine not in ENGINES:
        raise ValueError(f"unknown inference engine {engine!r}; choose one of {', '.join(ENGINES)}")
    asserted = asserted_triples(dataset) if asserted is None else asserted
    inconsistencies = None
    if engine == "owlrl":
        added = owlrl_closure(asserted)
    else:
        reasoner = Reasoner(asserted)
        if reasoner.unsupported:
            raise ValueError("the fast engine lacks OWL 2 RL rules this graph needs: "
                             + ", ".join(reasoner.unsupported) + "; use engine='owlrl'")
        added, inconsistencies = reasoner.derivation.keys(), list(reasoner.inconsistencies.values())
    trivial = TrivialFilter(dataset)
    inferred = Graph(identifier=INFERRED_GRAPH)
    for triple in added:
        if not trivial(triple):
            inferred.add(triple)
    return Inference(inferred, inconsistencies)
