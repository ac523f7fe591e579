"""The built dataset, or one of its graphs, in an RDF format another store loads, with its VoID description."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from loader.export.void import VOID_GRAPH, count_quads, describe
from loader.rdf.namespaces import PREFIXES

FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
           "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
QUAD_FORMATS = ("trig", "nquads", "jsonld")


class ExportError(ValueError):
    """An export that cannot be made (an unknown graph), with what to do instead."""


def read_quads(trig: Path) -> list[ox.Quad]:
    """Every quad of the built TriG file."""
    return list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))


def void_quads(quads: list[ox.Quad], endpoint: str | None = None) -> list[ox.Quad]:
    """The VoID description of quads, as quads of the graph kgg:void."""
    graphs, links = count_quads((q.subject.value, q.predicate.value, q.object.value, q.graph_name.value)
                                for q in quads if isinstance(q.graph_name, ox.NamedNode))
    data = describe(graphs, links, endpoint).serialize(format="nt", encoding="utf-8")
    graph = ox.NamedNode(str(VOID_GRAPH))
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def export_rdf(trig: Path, output: BinaryIO, fmt: str, graph: str | None = None) -> int:
    """Write the dataset (with its VoID graph) or one named graph in fmt to output; the number of statements."""
    quads = read_quads(trig)
    if graph is not None:
        name = ox.NamedNode(graph)
        statements = [ox.Triple(q.subject, q.predicate, q.object) for q in quads if q.graph_name == name]
        if not statements:
            known = sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)})
            raise ExportError(f"the dataset has no graph <{graph}>; its graphs are {', '.join(known[:5])}, ... "
                              f"({len(known)} in all; `sco-kg query 'SELECT DISTINCT ?g {{ GRAPH ?g {{}} }}'` lists them)")
        if fmt in QUAD_FORMATS:
            statements = [ox.Quad(t.subject, t.predicate, t.object, name) for t in statements]
    else:
        quads += void_quads(quads)
        statements = quads if fmt in QUAD_FORMATS else list(dict.fromkeys(
            ox.Triple(q.subject, q.predicate, q.object) for q in quads))  # the graphs' merge: each triple once
    ox.serialize(statements, output, FORMATS[fmt], prefixes={k: str(v) for k, v in PREFIXES.items()}
                 if fmt in ("trig", "turtle") else None)
    return len(statements)
