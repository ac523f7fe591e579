"""Answer one query: check it, choose its format and dataset, run it on a worker, build the response."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from typing import BinaryIO, Iterator

from flask import Response
from werkzeug.datastructures import MIMEAccept

from server.answers import CACHE_HEADER, CACHE_HIT, CACHE_MISS, Answer
from server.engine import Job, Reply
from server.errors import QueryError
from server.formats import content_type, negotiate
from server.guard import CheckedQuery, error_start
from server.protocol import QueryRequest
from server.same_as import LINKS_QUERY, local_names, rewrite
from server.state import ServerState

TRUNCATED_HEADER = "X-SCO-KG-Truncated"
JSON_RESULTS = "application/sparql-results+json"
CHUNK_BYTES = 64 * 1024
log = logging.getLogger(__name__)


def dataset_for(query: QueryRequest, checked: CheckedQuery) -> dict:
    """The Job fields that fix the query's dataset.

    default-graph-uri / named-graph-uri win over FROM / FROM NAMED, which win over the default:
    the merge of all graphs, or of all but kgg:inferred when infer is false. A graph this dataset
    does not hold is an empty graph: sco-kg never fetches a graph from elsewhere.
    """
    if query.has_protocol_dataset:
        return {"default_graphs": query.default_graphs, "named_graphs": query.named_graphs}
    return {"infer": query.infer or checked.has_dataset_clause}


def _failure(reply: Reply, text: str, checked: CheckedQuery) -> QueryError:
    if reply.kind == "evaluation":
        if checked.services:
            return QueryError(502, "service", f"a SERVICE call failed: {reply.message}")
        log.error("evaluation failed: %s; query: %r", reply.message, text[:200])
        return QueryError(500, "internal", "the query engine failed; this has been logged")
    line, column, context = reply.line, reply.column, None
    if line is not None:
        line, column = error_start(text, line, column)
        lines = text.splitlines()
        context = lines[line - 1][:200] if 0 < line <= len(lines) else ""
    message = f"syntax error: {reply.message}" if reply.kind == "syntax" else reply.message
    return QueryError(reply.status, reply.kind, message, line, column, context)


def answer_query(state: ServerState, query: QueryRequest, accept: MIMEAccept, client: str,
                 base_iri: str) -> Response:
    """The HTTP response to a query: results, or a QueryError raised for the error handler.
    base_iri resolves the query's relative IRIs."""
    if query.text is None:
        raise QueryError(400, "missing_query", "no query given: send a query parameter or a query body")
    checked = state.check(query.text)
    media_type = negotiate(checked.form, accept, query.formats)
    state.pool.start()
    job = Job(query.text, media_type, state.max_rows, state.policy.prefixes, state.max_response_bytes,
              base_iri=base_iri, **dataset_for(query, checked))
    key = state.answers.key(job, state.pool.store, bool(checked.services))  # the query as asked
    if (kept := state.answers.get(key)) is not None:  # asked before: no worker needed
        return _response(kept.body, len(kept.body), kept.media_type, kept.truncated, CACHE_HIT)
    job = replace(job, text=rewrite(query.text, _local_names(state, client), state.policy))  # wd:Q148 is res:china
    with state.limiter.slot(client):
        reply = state.pool.run(job, client)
    if reply.status != 200:
        reply.body.close()
        raise _failure(reply, query.text, checked)
    if key is not None and reply.length <= state.answers.max_answer_bytes:
        with reply.body:
            answer = Answer(reply.body.read(), reply.media_type, reply.truncated)
        state.answers.put(key, answer)
        return _response(answer.body, reply.length, reply.media_type, reply.truncated, CACHE_MISS)
    return _response(_chunks(reply.body), reply.length, reply.media_type, reply.truncated)


def _response(body, length: int, media_type: str, truncated: bool, cache: str | None = None) -> Response:
    response = Response(body, content_type=content_type(media_type))
    response.content_length = length
    if truncated:
        response.headers[TRUNCATED_HEADER] = "true"
    if cache:
        response.headers[CACHE_HEADER] = cache
    return response


def _chunks(body: BinaryIO) -> Iterator[bytes]:
    """The body of an answer, read from its spool file as the client takes it."""
    with body:
        while chunk := body.read(CHUNK_BYTES):
            yield chunk


def _local_names(state: ServerState, client: str) -> dict[str, str]:
    """The external IRIs kgg:links ties to sco-kg resources, read once per server."""
    if state.same_as is None:
        state.same_as = local_names(run_own_query(state, LINKS_QUERY, client)[0]["results"]["bindings"])
    return state.same_as


def run_own_query(state: ServerState, text: str, client: str) -> tuple[dict, bool]:
    """The SPARQL JSON answer to a SELECT or ASK that sco-kg writes itself (the entity pages), and
    whether it was cut at MAX_ROWS. It runs as any query does: on a worker, within the client's limit
    and the time limit, over the default graph with kgg:inferred."""
    state.pool.start()
    job = Job(text, JSON_RESULTS, state.max_rows, state.policy.prefixes, state.max_response_bytes)
    with state.limiter.slot(client):
        reply = state.pool.run(job, client)
    with reply.body:
        if reply.status != 200:
            log.error("a query of sco-kg's own failed: %s %s; query: %r", reply.kind, reply.message, text[:200])
            raise QueryError(500, "internal", "a query of this page failed; this has been logged")
        return json.load(reply.body), reply.truncated
