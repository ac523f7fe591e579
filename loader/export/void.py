"""A VoID description of the dataset: its named graphs with triple counts, the linksets to Wikidata, DBpedia and
GeoNames with link counts, the SPARQL endpoint and example resources. The export and the server share it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, XSD

from loader.rdf.namespaces import BASE, DBR, GN, LINKS_GRAPH, RES, WD, bind_prefixes

VOID = Namespace("http://rdfs.org/ns/void#")
DATASET = URIRef(BASE + "dataset")
VOID_GRAPH = URIRef(BASE + "graph/void")
TARGETS = {"wikidata": (str(WD), "https://www.wikidata.org/"), "dbpedia": (str(DBR), "https://dbpedia.org/"),
           "geonames": (str(GN), "https://www.geonames.org/")}
EXAMPLES = (RES.sco, RES.china, RES.li_qiang)


def link_target(iri: str) -> str | None:
    """Which linked dataset an owl:sameAs object belongs to (wikidata, dbpedia, geonames), if any."""
    return next((name for name, (namespace, _) in TARGETS.items() if iri.startswith(namespace)), None)


def count_quads(quads: Iterable[tuple[str, str, str, str]]) -> tuple[Counter, Counter]:
    """Triples per named graph and owl:sameAs links per target, from (subject, predicate, object, graph) IRIs."""
    graphs, links = Counter(), Counter()
    for _, predicate, obj, graph in quads:
        graphs[graph] += 1
        if graph == str(LINKS_GRAPH) and predicate == str(OWL.sameAs) and (target := link_target(obj)):
            links[target] += 1
    return graphs, links


def describe(graphs: dict[str, int], links: dict[str, int], endpoint: str | None = None,
             examples: Iterable = EXAMPLES) -> Graph:
    """The void:Dataset with a void:subset per named graph and a void:Linkset per linked dataset."""
    void = Graph()
    bind_prefixes(void)
    void.bind("void", VOID)
    add = void.add
    add((DATASET, RDF.type, VOID.Dataset))
    add((DATASET, DCTERMS.title, Literal("sco-kg: Shanghai Cooperation Organisation meetings", lang="en")))
    add((DATASET, DCTERMS.description, Literal(
        "Meetings, participants, states, documents and initiatives of the SCO, extracted from news articles; one "
        "named graph per article, every fact with its sentence.", lang="en")))
    add((DATASET, VOID.uriSpace, Literal(str(RES))))
    add((DATASET, VOID.triples, Literal(sum(graphs.values()), datatype=XSD.integer)))
    if endpoint:
        add((DATASET, VOID.sparqlEndpoint, URIRef(endpoint)))
    for example in examples:
        add((DATASET, VOID.exampleResource, URIRef(example)))
    for name, count in sorted(graphs.items()):
        add((DATASET, VOID.subset, URIRef(name)))
        add((URIRef(name), RDF.type, VOID.Dataset))
        add((URIRef(name), VOID.triples, Literal(count, datatype=XSD.integer)))
    for target, count in sorted(links.items()):
        linkset, other = URIRef(f"{BASE}dataset/links-{target}"), URIRef(TARGETS[target][1])
        add((DATASET, VOID.subset, linkset))
        add((linkset, RDF.type, VOID.Linkset))
        add((linkset, VOID.linkPredicate, OWL.sameAs))
        add((linkset, VOID.subjectsTarget, DATASET))
        add((linkset, VOID.objectsTarget, other))
        add((linkset, VOID.triples, Literal(count, datatype=XSD.integer)))
        add((other, RDF.type, VOID.Dataset))
        add((other, VOID.uriSpace, Literal(TARGETS[target][0])))
    return void
