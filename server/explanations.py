"""GET /explain?s=&p=&o=: why the graph holds a triple, from loader.reasoning.explain, as JSON or simple HTML."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request
from rdflib import Literal

from loader.reasoning.explain import parse_term, render_explanation
from server.errors import QueryError
from server.protocol import parse_params
from server.state import get_state

bp = Blueprint("explanations", __name__)


def _params() -> dict[str, str]:
    """The query string's parameters (the last of each name), refused (400) unless it is UTF-8."""
    return dict(parse_params(request.query_string, "query string"))


def _term(params: dict[str, str], name: str, literal_allowed: bool):
    value = params.get(name, "").strip()
    if not value:
        raise QueryError(400, "parameter", f"parameter {name} is missing (an IRI, a prefixed name"
                         + (" or a literal)" if literal_allowed else ")"))
    try:
        term = parse_term(value)
    except ValueError as error:
        raise QueryError(400, "parameter", f"{name}: {error}") from None
    if isinstance(term, Literal) and not literal_allowed:
        raise QueryError(400, "parameter", f"{name} must be an IRI, not a literal")
    return term


@bp.get("/explain")
def explain():
    """Explain one triple: JSON unless the client prefers HTML (or format=html|json says which)."""
    params = _params()
    triple = (_term(params, "s", False), _term(params, "p", False), _term(params, "o", True))
    explanation = get_state().explainer().explain(*triple)
    wanted = params.get("format") or request.accept_mimetypes.best_match(["application/json", "text/html"])
    if wanted in ("html", "text/html"):
        return render_template("explain.html", explanation=explanation, text=render_explanation(explanation))
    return jsonify(explanation)
