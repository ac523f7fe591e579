"""Assemble and load the Dataset: ontology, reference data, links, article graphs and the inferred graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from importlib.metadata import version

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from loader.rdf.countries import ALPHA_2, ALPHA_3, iso_codes
from loader.rdf.namespaces import INFERRED_GRAPH, KGG, LINKS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, SCO, bind_prefixes
from loader.rdf.article import ArticleGraph, rdfs, skos
from loader.rdf.terms import Converted, ox_term, rdflib_term

REFERENCE_GRAPH = KGG.reference


def _parse(identifier, paths) -> Graph:
    """Parse Turtle files (with pyoxigraph: ten times faster than rdflib) into one graph; blank nodes get
    canonical labels so builds are byte-identical."""
    convert = Converted(rdflib_term)
    triples = [(convert(t.subject), convert(t.predicate), convert(t.object))
               for path in sorted(paths) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    graph = Graph(identifier=identifier)
    if any(isinstance(term, BNode) for triple in triples for term in triple):
        parsed = Graph()
        parsed.addN((s, p, o, parsed) for s, p, o in triples)
        triples = to_canonical_graph(parsed)
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph


def fixed_graphs(ontology_dir: Path, triples_dir: Path) -> list[Graph]:
    """The graphs every build starts from: kgg:ontology, kgg:reference and, if present, kgg:links."""
    graphs = [_parse(ONTOLOGY_GRAPH, [Path(ontology_dir) / "sco.ttl"]),
              _parse(REFERENCE_GRAPH, (Path(triples_dir) / "reference").glob("*.ttl"))]
    links = Path(triples_dir) / "links.ttl"
    linked = _parse(LINKS_GRAPH, [links]) if links.exists() else Graph(identifier=LINKS_GRAPH)
    add_iso_codes(graphs[1], linked)
    graphs.append(linked)
    return graphs


def add_iso_codes(reference: Graph, links: Graph) -> None:
    """Each state's ISO 3166-1 alpha-2 and alpha-3 codes (pycountry, by its label or another name) into links,
    whose sources the graph records: the verified links of links.ttl, and pycountry for the codes."""
    for state in sorted(reference.subjects(RDF.type, SCO.State)):
        names = [str(reference.value(state, RDFS.label))] + sorted(map(str, reference.objects(state, SKOS.altLabel)))
        codes = iso_codes(names)
        if codes:
            links.add((state, ALPHA_2, Literal(codes[0])))
            links.add((state, ALPHA_3, Literal(codes[1])))
    links.add((LINKS_GRAPH, DCTERMS.source, Literal("triples/links.ttl: owl:sameAs links verified one by one")))
    links.add((LINKS_GRAPH, DCTERMS.source, Literal(f"pycountry {version('pycountry')}: ISO 3166-1 codes")))


def assemble_dataset(graphs) -> Dataset:
    """A Dataset holding the given named graphs (what inference and validation read)."""
    dataset = Dataset()
    bind_prefixes(dataset)
    convert = Converted(rdflib_term)
    for graph in graphs:
        target = dataset.graph(graph.identifier)
        triples = graph.rdflib_triples(convert) if isinstance(graph, ArticleGraph) else graph
        target.addN((s, p, o, target) for s, p, o in triples)
    return dataset


def canonical_labels(reference: Graph, articles: list[ArticleGraph]) -> set[URIRef]:
    """One rdfs:label per entity across all graphs: the reference label, else the one of the earliest article;
    the other labels become skos:altLabel in the article graphs that state them. Returns the graphs it changed."""
    articles = sorted(articles, key=lambda g: (str(g.published or "9999"), str(g.identifier)))
    chosen: dict = {ox_term(s): ox_term(o) for s, o in reference.subject_objects(RDFS.label)}
    labels = [[(s, o) for s, p, o in graph if p == rdfs.label] for graph in articles]
    for graph_labels in labels:
        for s, o in graph_labels:
            chosen.setdefault(s, o)
    changed = set()
    for graph, graph_labels in zip(articles, labels):
        for s, o in graph_labels:
            if o != chosen[s]:
                graph.triples.discard((s, rdfs.label, o))
                graph.triples.update(((s, skos.altLabel, o), (s, rdfs.label, chosen[s])))
                changed.add(graph.identifier)
    return changed


_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def _trig(quads) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_PREFIXES)


def _split_prefixes(trig: bytes) -> tuple[bytes, bytes]:
    """(the prefix lines, the graphs) of a TriG text from pyoxigraph, which starts with one line per prefix."""
    at = 0
    for _ in _PREFIXES:
        at = trig.index(b"\n", at) + 1
    return trig[:at], trig[at:]


def trig_block(graph) -> bytes:
    """A graph's part of the TriG file: its block, triples sorted by subject, predicate and object (each term's
    N-Triples form, a pyoxigraph term's str(), is its sort key), written by pyoxigraph without the prefix lines."""
    key = Converted(str)
    convert = (lambda term: term) if isinstance(graph, ArticleGraph) else Converted(ox_term)
    triples = sorted(((convert(s), convert(p), convert(o)) for s, p, o in graph),
                     key=lambda t: (key(t[0]), key(t[1]), key(t[2])))
    name = ox.NamedNode(str(graph.identifier))
    return _split_prefixes(_trig([ox.Quad(s, p, o, name) for s, p, o in triples]))[1] if triples else b""


_ANY = ox.NamedNode("urn:x")
_PREFIX_LINES = _split_prefixes(_trig([ox.Quad(_ANY, _ANY, _ANY)]))[0]  # what every block's TriG starts with


def serialize_trig(graphs, written: dict | None = None) -> bytes:
    """Deterministic TriG: graphs sorted by name, each one's triples sorted (`trig_block`). `written` holds the
    blocks of graphs made before (by identifier), made while the other articles were extracted."""
    written = written or {}
    blocks = b"".join(written.get(graph.identifier) or trig_block(graph)
                      for graph in sorted(graphs, key=lambda g: str(g.identifier)))
    return _PREFIX_LINES + blocks if blocks else b""


def load_store(path: Path):
    """A pyoxigraph Store with the TriG file's named graphs, and their de-duplicated merge as the default graph.

    SPARQL's default graph is the RDF merge of the graphs: a set. pyoxigraph's union default graph
    yields a triple once per graph that holds it, so the merge is materialised instead. kgg:inferred
    stays out of it; it holds only triples asserted nowhere, so "default graph + kgg:inferred" is
    still a set.
    """
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{inferred.value}>) }}")
    return store


def load_dataset(path: Path) -> Dataset:
    """Load a built TriG file into an rdflib Dataset whose default graph is the union of all graphs."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    graphs: dict = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        name = quad.graph_name
        if name not in graphs:
            graphs[name] = dataset.default_graph if isinstance(name, ox.DefaultGraph) else dataset.graph(URIRef(name.value))
        graphs[name].add((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)))
    return dataset
