"""Assemble and load the Dataset: ontology, reference data, links, article graphs and the inferred graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from loader.namespaces import INFERRED_GRAPH, KGG, LINKS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, bind_prefixes

REFERENCE_GRAPH = KGG.reference


def _parse_into(dataset: Dataset, identifier, paths) -> None:
    graph = dataset.graph(identifier)
    for path in sorted(paths):
        graph.parse(path, format="turtle")


def assemble_dataset(ontology_dir: Path, triples_dir: Path, article_graphs: list[Graph]) -> Dataset:
    """The asserted dataset: kgg:ontology, kgg:reference, kgg:links and one graph per article."""
    dataset = Dataset()
    bind_prefixes(dataset)
    _parse_into(dataset, ONTOLOGY_GRAPH, [Path(ontology_dir) / "sco.ttl"])
    _parse_into(dataset, REFERENCE_GRAPH, (Path(triples_dir) / "reference").glob("*.ttl"))
    links = Path(triples_dir) / "links.ttl"
    if links.exists():
        _parse_into(dataset, LINKS_GRAPH, [links])
    for graph in article_graphs:
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
    return dataset


def serialize_trig(dataset: Dataset) -> bytes:
    """Deterministic TriG: every graph in IRI order, each body written by rdflib's (sorted) Turtle writer."""
    prefixes = {f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in PREFIXES.items()}
    blocks = []
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not len(graph) or graph.identifier == dataset.default_graph.identifier:
            continue
        body = Graph(namespace_manager=dataset.namespace_manager)
        for triple in graph:
            body.add(triple)
        lines = body.serialize(format="turtle").splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        statements = [line for line in lines if not line.startswith("@prefix")]
        blocks.append("\n".join([f"<{graph.identifier}> {{", *("    " + l if l else "" for l in statements), "}"]))
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n").encode("utf-8")


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
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="trig")
    bind_prefixes(dataset)
    return dataset
