"""The SPARQL 1.1 Service Description of the endpoint, answered to a GET without a query."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from loader.export.void import describe, link_target
from loader.rdf.namespaces import BASE, INFERRED_GRAPH, LINKS_GRAPH, bind_prefixes

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
# Terms sco-kg adds to describe its own service features.
SERVICE = Namespace(BASE + "service#")
_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads")
# Media types of server.engine.GRAPH_TYPES -> rdflib serializer names.
_RDFLIB_FORMATS = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
                   "application/rdf+xml": "xml", "application/trig": "trig", "application/n-quads": "nquads"}


def describe_service(endpoint: str, graphs: tuple[str, ...], allowed_service_hosts: frozenset[str]) -> Graph:
    """An sd:Service: languages, result formats, the default dataset and its named graphs, `infer`."""
    graph = Graph()
    bind_prefixes(graph)
    graph.bind("sd", SD)
    graph.bind("formats", FORMATS)
    graph.bind("service", SERVICE)
    service, dataset, default_graph = URIRef(endpoint), BNode("dataset"), BNode("defaultGraph")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    if allowed_service_hosts:
        graph.add((service, SD.feature, SD.BasicFederatedQuery))
    for name in _RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, SD.feature, SERVICE.inferSwitch))
    graph.add((SERVICE.inferSwitch, RDF.type, SD.Feature))
    graph.add((SERVICE.inferSwitch, RDFS.label, Literal("infer request parameter")))
    graph.add((SERVICE.inferSwitch, RDFS.comment, Literal(
        f"The default graph is the RDF merge of all named graphs. The request parameter infer=false "
        f"(default true) drops <{INFERRED_GRAPH}> from it, leaving asserted facts only; "
        f"GRAPH <{INFERRED_GRAPH}> still reaches the inferred triples by name.")))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default_graph))
    graph.add((default_graph, RDF.type, SD.Graph))
    for iri in graphs:
        named = BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(iri)))
    return graph


GRAPH_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
LINK_OBJECTS = f"SELECT ?o WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }} }}"


def void_of(run, endpoint: str) -> Graph:
    """The dataset's VoID description; run(query) answers a SELECT as SPARQL JSON bindings."""
    graphs = {row["g"]["value"]: int(row["n"]["value"]) for row in run(GRAPH_COUNTS)}
    links: dict[str, int] = {}
    for row in run(LINK_OBJECTS):
        if target := link_target(row["o"]["value"]):
            links[target] = links.get(target, 0) + 1
    return describe(graphs, links, endpoint)


def serialize_description(graph: Graph, media_type: str) -> bytes:
    """The description in one of the RDF formats of server.engine.GRAPH_TYPES."""
    return graph.serialize(format=_RDFLIB_FORMATS[media_type], encoding="utf-8")
