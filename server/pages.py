"""The web pages: the query page (/) and one page per entity (/resource/<local>), with their headers."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, g, render_template, request, url_for
from werkzeug.datastructures import MIMEAccept

from loader.rdf.namespaces import PREFIXES, RES
from server.engine import GRAPH_TYPES
from server.entity import article_local, description_query, exists_query, read_entity, resource_iri
from server.errors import QueryError, error_response
from server.formats import negotiate
from server.protocol import QueryRequest, read_query_request
from server.public import query_base
from server.sparql import answer_query, run_own_query
from server.state import get_state

bp = Blueprint("pages", __name__)
# Scripts and styles come from /static only: no inline script, no other origin.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                           "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HTML = "text/html"
# The editor's text when no query or example is given.
DEFAULT_QUERY = """PREFIX sco: <https://w3id.org/sco-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?meeting ?name ?date WHERE {
  ?meeting a sco:Meeting ; rdfs:label ?name .
  OPTIONAL { ?meeting sco:date ?date }
}
ORDER BY ?date ?name
LIMIT 100
"""


def add_page_headers(response: Response) -> Response:
    """after_request hook: every HTML page forbids inline and foreign scripts and type sniffing."""
    if response.mimetype == HTML:
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def render_page(template: str, status: int = 200, **context) -> Response:
    """An HTML page from a template (autoescaped, like every .html template of Flask)."""
    return Response(render_template(template, **context), status=status, mimetype=HTML)


@bp.errorhandler(QueryError)
def error_page(error: QueryError) -> Response:
    """A QueryError as a page where the client asked for one, else in the JSON shape of every error."""
    if g.get("page"):
        response = render_page("error.html", error.status, error=error)
        response.headers.update(error.headers)
    else:
        response = error_response(error)
    response.vary.add("Accept")
    return response


def _request() -> QueryRequest:
    return read_query_request(request, current_app.config["MAX_REQUEST_BYTES"])


def _client() -> str:
    return request.remote_addr or ""


@bp.get("/")
def query_page():
    """The query editor and the example queries; ?query=TEXT or ?example=NAME fill the editor and run it."""
    g.page = True
    state, asked = get_state(), _request()
    example = state.examples.get(request.args.get("example", ""))
    text = asked.text or (example.text if example else DEFAULT_QUERY)
    settings = {"endpoint": url_for("views.sparql"), "resources": str(RES),
                "pages": request.script_root + "/resource/", "maxRows": state.max_rows,
                "prefixes": {prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
                "examples": {name: example.text for name, example in state.examples.items()},
                "autorun": bool(asked.text or example)}
    return render_page("query.html", text=text, infer=asked.infer, examples=list(state.examples.values()),
                       settings=settings)


def _page_or_rdf(accept: MIMEAccept, formats: tuple[str, ...]) -> str:
    """text/html for a page, or the RDF media type to describe the entity in; 406 if neither will do.
    A format parameter (html, turtle, nt, jsonld ...) wins over Accept; */* and no Accept get the page."""
    if formats:
        wants_page = [name.strip().lower() for name in formats] == ["html"]
        return HTML if wants_page else negotiate("CONSTRUCT", accept, formats)
    if not accept or accept.best_match([HTML, *GRAPH_TYPES]) == HTML:
        return HTML
    return negotiate("CONSTRUCT", accept)


@bp.get("/resource/<path:local>")
def resource(local: str):
    """An entity: its page for browsers, its description (triples as subject) in RDF for other clients."""
    state, asked = get_state(), _request()
    media_type = _page_or_rdf(request.accept_mimetypes, asked.formats)
    iri = resource_iri(local)
    missing = QueryError(404, "not_found", f"<{iri or local}> is not an entity of this graph")
    if media_type == HTML:
        g.page = True
        entity = read_entity(state, iri, _client()) if iri else None
        if entity is None:
            raise missing
        response = render_page("resource.html", entity=entity, article_local=article_local)
    else:
        if iri is None or not run_own_query(state, exists_query(iri), _client())[0]["boolean"]:
            raise missing
        described = QueryRequest(description_query(iri), infer=asked.infer, formats=(media_type,))
        response = answer_query(state, described, request.accept_mimetypes, _client(), query_base())
    response.vary.add("Accept")
    return response
