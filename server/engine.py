"""Evaluate one query on a pyoxigraph Store and serialize its answer: the work a worker process does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from server.results import WRITERS

# SELECT and ASK: media type -> results format (the first is the default).
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
# CONSTRUCT and DESCRIBE: media type -> RDF format (the first is the default).
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}
_POSITION = re.compile(r"^error at (\d+):(\d+): ?(.*)$", re.DOTALL)
_UNKNOWN_FUNCTION = re.compile(r"The custom function (<[^>]*>) is not supported")


@dataclass(frozen=True)
class Job:
    """A query and everything needed to answer it; picklable, sent to a worker process.

    The dataset: infer picks the store whose default graph includes kgg:inferred (or not);
    default_graphs and named_graphs, if not None, replace the query's FROM / FROM NAMED.
    base_iri resolves the query's relative IRIs (the endpoint's public URL).
    """

    text: str
    media_type: str
    max_rows: int
    prefixes: dict[str, str]
    infer: bool = True
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None


@dataclass(frozen=True)
class Reply:
    """A serialized answer (body, media type, truncated) or a failure (status, kind, message, position)."""

    body: bytes = b""
    media_type: str = ""
    truncated: bool = False
    status: int = 200
    kind: str = ""
    message: str = ""
    line: int | None = None
    column: int | None = None


def graph_names(store: ox.Store) -> tuple[str, ...]:
    """The IRIs of the store's named graphs, sorted."""
    return tuple(sorted(graph.value for graph in store.named_graphs() if isinstance(graph, ox.NamedNode)))


def _dataset(job: Job) -> dict:
    dataset = {}
    if job.default_graphs is not None:
        dataset["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
    if job.named_graphs is not None:
        dataset["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
    return dataset


def syntax_failure(error: SyntaxError) -> Reply:
    """A 400 Reply from the parser's message, with its line and column when it gives them."""
    match = _POSITION.match(str(error))
    if match is None:
        return Reply(status=400, kind="syntax", message=str(error))
    return Reply(status=400, kind="syntax", message=match[3], line=int(match[1]), column=int(match[2]))


def _mismatch(job: Job, expected: str) -> Reply:
    return Reply(status=406, kind="not_acceptable",
                 message=f"{job.media_type} cannot carry {expected}; ask for one of these formats instead: "
                 + ", ".join(RESULT_TYPES if expected == "query results" else GRAPH_TYPES))


def execute(store: ox.Store, job: Job) -> Reply:
    """Run job on store; stop reading results after max_rows and flag the answer as truncated."""
    try:
        return _answer(store.query(job.text, base_iri=job.base_iri, prefixes=job.prefixes, **_dataset(job)), job)
    except SyntaxError as error:
        return syntax_failure(error)
    except RuntimeError as error:
        if (unknown := _UNKNOWN_FUNCTION.search(str(error))) is None:
            raise
        return Reply(status=400, kind="unknown_function", message=f"unknown function {unknown[1]}: "
                     "this endpoint has the SPARQL 1.1 built-in functions and the XSD casts only")
    except OSError as error:  # a SERVICE call or reading the store failed: the caller knows which
        return Reply(status=500, kind="evaluation", message=str(error))


def _answer(result, job: Job) -> Reply:
    if isinstance(result, ox.QueryBoolean):
        if job.media_type not in RESULT_TYPES:
            return _mismatch(job, "query results")
        return Reply(result.serialize(format=RESULT_TYPES[job.media_type]), job.media_type)
    if isinstance(result, ox.QuerySolutions):
        if job.media_type not in RESULT_TYPES:
            return _mismatch(job, "query results")
        variables = [variable.value for variable in result.variables]
        rows = [list(solution) for solution in islice(result, job.max_rows + 1)]
        truncated = len(rows) > job.max_rows
        body = WRITERS[RESULT_TYPES[job.media_type]](variables, rows[:job.max_rows], truncated)
        return Reply(body, job.media_type, truncated)
    if job.media_type not in GRAPH_TYPES:
        return _mismatch(job, "an RDF graph")
    triples = list(islice(result, job.max_rows + 1))
    truncated = len(triples) > job.max_rows
    rdf_format = GRAPH_TYPES[job.media_type]
    statements = triples[:job.max_rows]
    if rdf_format.supports_datasets:
        statements = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in statements]
    return Reply(ox.serialize(statements, format=rdf_format, prefixes=job.prefixes), job.media_type, truncated)
