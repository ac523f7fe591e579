"""Assemble and load the Dataset: ontology, reference data, links, article graphs and the inferred graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDFS, SKOS

from loader.namespaces import INFERRED_GRAPH, KGG, LINKS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, bind_prefixes
from loader.rdf import ArticleGraph

REFERENCE_GRAPH = KGG.reference
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _parse(identifier, paths) -> Graph:
    """Parse Turtle files into one graph; blank nodes get canonical labels so builds are byte-identical."""
    parsed = Graph()
    for path in sorted(paths):
        parsed.parse(path, format="turtle")
    if any(isinstance(term, BNode) for triple in parsed for term in triple):
        parsed = to_canonical_graph(parsed)
    graph = Graph(identifier=identifier)
    for triple in parsed:
        graph.add(triple)
    return graph


def fixed_graphs(ontology_dir: Path, triples_dir: Path) -> list[Graph]:
    """The graphs every build starts from: kgg:ontology, kgg:reference and, if present, kgg:links."""
    graphs = [_parse(ONTOLOGY_GRAPH, [Path(ontology_dir) / "sco.ttl"]),
              _parse(REFERENCE_GRAPH, (Path(triples_dir) / "reference").glob("*.ttl"))]
    links = Path(triples_dir) / "links.ttl"
    if links.exists():
        graphs.append(_parse(LINKS_GRAPH, [links]))
    return graphs


def assemble_dataset(graphs) -> Dataset:
    """A Dataset holding the given named graphs (what inference and validation read)."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for graph in graphs:
        target = dataset.graph(graph.identifier)
        target.addN((s, p, o, target) for s, p, o in graph)
    return dataset


def canonical_labels(reference: Graph, articles: list[ArticleGraph]) -> int:
    """One rdfs:label per entity across all graphs: the reference label, else the one of the earliest article;
    the other labels become skos:altLabel in the article graphs that state them. Returns how many moved."""
    articles = sorted(articles, key=lambda g: (str(g.published or "9999"), str(g.identifier)))
    chosen: dict = {s: o for s, o in reference.subject_objects(RDFS.label)}
    labels = [[(s, o) for s, p, o in graph if p == RDFS.label] for graph in articles]
    for graph_labels in labels:
        for s, o in graph_labels:
            chosen.setdefault(s, o)
    moved = 0
    for graph, graph_labels in zip(articles, labels):
        for s, o in graph_labels:
            if o != chosen[s]:
                graph.triples.discard((s, RDFS.label, o))
                graph.triples.update(((s, SKOS.altLabel, o), (s, RDFS.label, chosen[s])))
                moved += 1
    return moved


def serialize_trig(graphs) -> bytes:
    """Deterministic TriG: quads sorted by graph, subject, predicate and object, written by pyoxigraph."""
    import pyoxigraph as ox

    convert = _OxTerms()
    quads = []
    for graph in graphs:
        name = ox.NamedNode(str(graph.identifier))
        quads.extend(ox.Quad(convert(s), convert(p), convert(o), name) for s, p, o in graph)
    quads.sort(key=lambda q: (q.graph_name.value, str(q.subject), str(q.predicate), str(q.object)))
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)


class _OxTerms(dict):
    """rdflib term -> pyoxigraph term, each made once."""

    def __call__(self, term):
        found = self.get(term)
        if found is None:
            found = self[term] = _ox_term(term)
        return found


def _ox_term(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    if term.language:
        return ox.Literal(term, language=term.language)
    return ox.Literal(term, datatype=ox.NamedNode(term.datatype)) if term.datatype else ox.Literal(term)


def load_store(path: Path):
    """A pyoxigraph Store with the TriG file's named graphs, and their de-duplicated merge as the default graph.

    SPARQL's default graph is the RDF merge of the graphs: a set. pyoxigraph's union default graph
    yields a triple once per graph that holds it, so the merge is materialised instead. kgg:inferred
    stays out of it; it holds only triples asserted nowhere, so "default graph + kgg:inferred" is
    still a set.
    """
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{inferred.value}>) }}")
    return store


def load_dataset(path: Path) -> Dataset:
    """Load a built TriG file into an rdflib Dataset whose default graph is the union of all graphs."""
    import pyoxigraph as ox

    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    graphs: dict = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        name = quad.graph_name
        if name not in graphs:
            graphs[name] = dataset.default_graph if isinstance(name, ox.DefaultGraph) else dataset.graph(URIRef(name.value))
        graphs[name].add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return dataset


def _term(term):
    """A pyoxigraph term as an rdflib term (pyoxigraph parses TriG that rdflib's parser rejects: "dbr:A\\,_B")."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:  # a simple literal: rdflib writes it without a datatype
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
