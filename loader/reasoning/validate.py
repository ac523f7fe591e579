"""Is the graph well formed? SHACL shapes (ontology/shapes.ttl), article provenance and OWL 2 RL consistency."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph
from rdflib.namespace import RDF, RDFS, SH

from loader.reasoning.infer import asserted_triples
from loader.rdf.namespaces import KGG, SCO, bind_prefixes
from loader.reasoning.rules import Reasoner
from loader.rdf.terms import show

SHAPES = Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"
ARTICLE_GRAPHS = str(KGG) + "article/"
FAILING = ("Violation", "Inconsistent")  # severities that make a graph not conform; sh:Warning and sh:Info do not


@dataclass(frozen=True)
class Report:
    """conforms is False when there is a SHACL violation or an OWL 2 RL inconsistency;
    text has one line per problem (warnings too): severity, focus node, path, message."""

    conforms: bool
    text: str


def validate(dataset: Dataset, shapes: Path = SHAPES, asserted: set | None = None,
             inconsistencies: list | None = None) -> Report:
    """Check the asserted graphs of `dataset` (kgg:inferred is left out: its faults come from the asserted ones).

    A build passes what it already has: asserted_triples(dataset), and the inconsistencies its inference met."""
    data = Graph()
    bind_prefixes(data)
    asserted = asserted_triples(dataset) if asserted is None else asserted
    data.addN((s, p, o, data) for s, p, o in asserted)
    found = Reasoner(asserted).inconsistencies.values() if inconsistencies is None else inconsistencies
    problems = _shacl(data, shapes) + _unstated_meetings(dataset, data) + _inconsistencies(found)
    conforms = not any(severity in FAILING for severity, _ in problems)
    lines = sorted({f"{severity}: {line}" for severity, line in problems})
    return Report(conforms, "\n".join(lines) if lines else "Conforms: no violations, no inconsistencies.")


def _shacl(data: Graph, shapes: Path) -> list[tuple[str, str]]:
    shapes_graph = Graph().parse(shapes, format="turtle")
    _, results, _ = shacl_validate(data, shacl_graph=shapes_graph, inference="none", allow_warnings=True,
                                   allow_infos=True)
    problems = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity).split("#")[-1]
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = str(results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent))
        if value is not None and value != results.value(result, SH.focusNode):
            message += f" (value: {show(value)})"
        focus = show(results.value(result, SH.focusNode))
        problems.append((severity, f"{focus}{_path(results, path)}: {message}"))
    return problems


def _path(results: Graph, path) -> str:
    """The path of a result as " sco:date", " ^sco:hasParticipation" (inverse), or "" (a node constraint)."""
    if path is None:
        return ""
    inverse = results.value(path, SH.inversePath)
    return f" ^{show(inverse)}" if inverse is not None else f" {show(path)}"


def _unstated_meetings(dataset: Dataset, data: Graph) -> list[tuple[str, str]]:
    """A meeting must be stated by an article: its rdf:type asserted in some kgg:article/<id> graph."""
    meeting_classes = set(data.transitive_subjects(RDFS.subClassOf, SCO.Meeting))
    stated = {s for s, _, o, g in dataset.quads((None, RDF.type, None, None))
              if o in meeting_classes and str(g).startswith(ARTICLE_GRAPHS)}
    return [("Violation", f"{show(m)} rdf:type: a meeting no article graph states")
            for c in meeting_classes for m in data.subjects(RDF.type, c) if m not in stated]


def _inconsistencies(found) -> list[tuple[str, str]]:
    """What OWL 2 RL rules with conclusion false found (cax-dw, cax-adc, prp-fp on literals, cls-nothing2, ...)."""
    return [("Inconsistent", f"{show(i.focus)} {show(i.path)}: "
                             f"{i.describe(show)} (OWL 2 RL {i.rule})") for i in found]

