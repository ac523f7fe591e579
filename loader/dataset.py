"""Assemble and load the Dataset: ontology, reference data, links, article graphs and the inferred graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from loader.namespaces import KGG, LINKS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, bind_prefixes

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
    """Deterministic TriG: prefixes, then each named graph in IRI order, its triples sorted by rdflib's Turtle writer."""
    lines = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in sorted(PREFIXES.items())]
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not len(graph) or graph.identifier == dataset.default_graph.identifier:
            continue
        body = Graph()
        bind_prefixes(body)
        for triple in graph:
            body.add(triple)
        turtle = body.serialize(format="turtle")
        statements = [line for line in turtle.splitlines() if not line.startswith("@prefix")]
        lines.append("")
        lines.append(f"<{graph.identifier}> {{")
        lines.extend("    " + line if line else "" for line in statements if line.strip() or True)
        lines.append("}")
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def load_dataset(path: Path) -> Dataset:
    """Load a built TriG file into an rdflib Dataset whose default graph is the union of all graphs."""
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="trig")
    bind_prefixes(dataset)
    return dataset
