"""Routes: the SPARQL endpoint (/sparql), the example queries (/queries) and /health."""

from __future__ import annotations

import dataclasses

from flask import Blueprint, Response, current_app, jsonify, redirect, request, url_for

from server.errors import QueryError
from server.formats import content_type, negotiate, prefers_html
from server.protocol import read_query_request
from server.public import endpoint_url, query_base
from server.service import describe_service, serialize_description, void_of
from server.sparql import answer_query, run_own_query
from server.state import get_state

bp = Blueprint("views", __name__)


def _max_bytes() -> int:
    return current_app.config["MAX_REQUEST_BYTES"]


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    """The SPARQL 1.1 Protocol endpoint. A GET without a query returns the service description, or
    sends a browser (HTML preferred to every RDF format, no format parameter) to the query page."""
    state = get_state()
    query = read_query_request(request, _max_bytes())
    if query.text is None and request.method == "GET":
        response = _service_description(state, query.formats)
        response.vary.add("Accept")
        return response
    return answer_query(state, query, request.accept_mimetypes, request.remote_addr or "", query_base())


def _service_description(state, formats: tuple[str, ...]) -> Response:
    if not formats and prefers_html(request.accept_mimetypes):
        return redirect(url_for("pages.query_page"), 303)
    media_type = negotiate("GRAPH", request.accept_mimetypes, formats)
    state.pool.start()
    description = describe_service(endpoint_url(), state.pool.graphs, state.policy.allowed_service_hosts)
    description += _void(state)
    return Response(serialize_description(description, media_type), content_type=content_type(media_type))


def _void(state):
    """The VoID description, counted on the store once (its queries run like any other) and kept."""
    if state.void is None:
        def run(text: str) -> list[dict]:
            return run_own_query(state, text, request.remote_addr or "")[0]["results"]["bindings"]
        state.void = void_of(run, endpoint_url())
    return state.void


@bp.get("/.well-known/void")
def void():
    """The dataset's VoID description (RDF, negotiated like /sparql's graphs; Turtle by default)."""
    state = get_state()
    formats = read_query_request(request, _max_bytes()).formats
    media_type = negotiate("GRAPH", request.accept_mimetypes, formats) if formats or request.accept_mimetypes \
        else "text/turtle"
    response = Response(serialize_description(_void(state), media_type), content_type=content_type(media_type))
    response.vary.add("Accept")
    return response


@bp.get("/queries")
def list_queries():
    """The example queries: name, title, description, tags, expect and text of each."""
    return jsonify([example.summary() for example in get_state().examples.values()])


@bp.get("/queries/<name>")
def run_example(name: str):
    """Run one example query, negotiated like /sparql (infer and format parameters included)."""
    state = get_state()
    example = state.examples.get(name)
    if example is None:
        raise QueryError(404, "not_found", f"no example query named {name!r}; GET /queries lists them")
    query = dataclasses.replace(read_query_request(request, _max_bytes()), text=example.text)
    return answer_query(state, query, request.accept_mimetypes, request.remote_addr or "", query_base())


@bp.get("/health")
def health():
    """200 with the worker counts while every worker is ready and the store in place; 503 "degraded"
    while the pool is short of workers (they are being replaced) or the store is gone (being reloaded)."""
    status = get_state().pool.status()
    response = jsonify(status)
    response.status_code = 200 if status["status"] == "ok" else 503
    return response
