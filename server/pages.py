"""The web pages: the query page (/) and one page per entity (/resource/<local>), with their headers."""

from __future__ import annotations

import secrets
from pathlib import Path

from flask import Blueprint, Response, current_app, g, render_template, request, send_from_directory, url_for
from werkzeug.datastructures import MIMEAccept

from loader.rdf.namespaces import ONTOLOGY_GRAPH, PREFIXES, RES
from server.articles import read_article
from server.engine import GRAPH_TYPES
from server.entity import article_local, description_query, exists_query, read_entity, resource_iri
from server.errors import QueryError, error_response
from server.formats import negotiate
from server.protocol import QueryRequest, read_query_request
from server.public import query_base
from server.sparql import answer_query, run_own_query
from server.state import get_state

bp = Blueprint("pages", __name__)
# Scripts and styles come from this server only: no inline script, no other origin. The editor's own style
# sheets carry the page's nonce.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' "
                           "data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HTML = "text/html"
# The bundles of server/web (the editor, the graph picture), built by `npm run build` there
ASSETS = Path(__file__).parent / "web" / "dist"
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


def csp_nonce() -> str:
    """This response's nonce for style sheets the page's scripts add (template global)."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def add_page_headers(response: Response) -> Response:
    """after_request hook: every HTML page forbids inline and foreign scripts and type sniffing."""
    if response.mimetype == HTML:
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY.format(nonce=csp_nonce()))
        response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def has_asset(name: str) -> bool:
    """Whether the bundle server/web/dist/<name> was built (template global: pages fall back without it)."""
    return (ASSETS / name).is_file()


@bp.get("/favicon.ico")
def favicon():
    """The icon, for browsers that ask for it by its old name."""
    return send_from_directory(Path(__file__).parent / "static", "favicon.svg", mimetype="image/svg+xml", max_age=86400)


@bp.get("/assets/<path:name>")
def asset(name: str):
    """A bundle of server/web/dist."""
    return send_from_directory(ASSETS, name, max_age=3600)


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
    name = request.args.get("example", "")
    example = state.examples.get(name)
    unknown = f"There is no example query named “{name}”. Pick one from the list." if name and not example else ""
    text = asked.text or (example.text if example else DEFAULT_QUERY)
    editor = has_asset("editor.js")
    settings = {"endpoint": url_for("views.sparql"), "resources": str(RES),
                "pages": request.script_root + "/resource/", "maxRows": state.max_rows,
                "prefixes": {prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
                "examples": {name: example.text for name, example in state.examples.items()},
                "nonce": csp_nonce(), "ontologyGraph": str(ONTOLOGY_GRAPH),
                "graphPicture": has_asset("graph.js"), "autorun": bool(asked.text or example)}
    return render_page("query.html", 404 if unknown else 200, text=text, infer=asked.infer, unknown=unknown,
                       examples=list(state.examples.values()), settings=settings, editor=editor,
                       current=example.name if example else "")


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
        article = read_article(state, iri, _client()) if iri and local.startswith("article/") else None
        entity = read_entity(state, iri, _client()) if iri and not article else None
        if article:
            response = render_page("article.html", article=article)
        elif entity is None:
            raise missing
        else:
            response = render_page("resource.html", entity=entity, article_local=article_local)
    else:
        if iri is None or not run_own_query(state, exists_query(iri), _client())[0]["boolean"]:
            raise missing
        described = QueryRequest(description_query(iri), infer=asked.infer, formats=(media_type,))
        response = answer_query(state, described, request.accept_mimetypes, _client(), query_base())
    response.vary.add("Accept")
    return response
