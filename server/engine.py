"""Evaluate one query on a pyoxigraph Store and serialize its answer: the work a worker process does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import BinaryIO

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
    base_iri resolves the query's relative IRIs (the endpoint's public URL). The answer is cut at
    max_rows rows (or triples) and at max_bytes bytes, whichever comes first.
    """

    text: str
    media_type: str
    max_rows: int
    prefixes: dict[str, str]
    max_bytes: int = 1 << 62
    infer: bool = True
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None


@dataclass(frozen=True)
class Reply:
    """A serialized answer (body, media type, truncated) or a failure (status, kind, message, position).

    Between processes the body travels apart from the Reply (server.worker.send_reply): length says how
    many bytes follow, and the pool hands the body on as a file."""

    body: bytes | BinaryIO = b""
    media_type: str = ""
    truncated: bool = False
    status: int = 200
    kind: str = ""
    message: str = ""
    line: int | None = None
    column: int | None = None
    length: int = 0


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
        return write_answer(store.query(job.text, base_iri=job.base_iri, prefixes=job.prefixes, **_dataset(job)), job)
    except SyntaxError as error:
        return syntax_failure(error)
    except RuntimeError as error:
        if (unknown := _UNKNOWN_FUNCTION.search(str(error))) is None:
            raise
        return Reply(status=400, kind="unknown_function", message=f"unknown function {unknown[1]}: "
                     "this endpoint has the SPARQL 1.1 built-in functions and the XSD casts only")
    except OSError as error:  # a SERVICE call or reading the store failed: the caller knows which
        return Reply(status=500, kind="evaluation", message=str(error))


def write_answer(result, job: Job) -> Reply:
    """Query results (solutions, a boolean or triples) as job asks for them, cut at its limits."""
    if isinstance(result, ox.QueryBoolean):
        if job.media_type not in RESULT_TYPES:
            return _mismatch(job, "query results")
        return Reply(result.serialize(format=RESULT_TYPES[job.media_type]), job.media_type)
    if isinstance(result, ox.QuerySolutions):
        if job.media_type not in RESULT_TYPES:
            return _mismatch(job, "query results")
        variables = [variable.value for variable in result.variables]
        rows = [list(solution) for solution in islice(result, job.max_rows + 1)]
        writer = WRITERS[RESULT_TYPES[job.media_type]]
        return _within(lambda part, cut: writer(variables, part, cut), rows, job)
    if job.media_type not in GRAPH_TYPES:
        return _mismatch(job, "an RDF graph")
    rdf_format = GRAPH_TYPES[job.media_type]
    triples = list(islice(result, job.max_rows + 1))
    if rdf_format.supports_datasets:
        triples = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    return _within(lambda part, cut: ox.serialize(part, format=rdf_format, prefixes=job.prefixes), triples, job)


def _within(write, items: list, job: Job) -> Reply:
    """The answer written from as many items as fit both max_rows and max_bytes: write(items, truncated)."""
    cut = len(items) > job.max_rows
    items = items[:job.max_rows]
    body = write(items, cut)
    if len(body) > job.max_bytes:  # rare: find the most items that fit, by halving
        cut, fits, too_many = True, 0, len(items)
        while too_many - fits > 1:
            middle = (fits + too_many) // 2
            fits, too_many = (middle, too_many) if len(write(items[:middle], True)) <= job.max_bytes \
                else (fits, middle)
        body = write(items[:fits], True)
    return Reply(body, job.media_type, cut)
