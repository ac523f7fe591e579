"""Result formats by media type and by short name, and content negotiation between them."""

from __future__ import annotations

from werkzeug.datastructures import MIMEAccept

from server.engine import GRAPH_TYPES, RESULT_TYPES
from server.errors import QueryError

# Other media types clients send for the same formats.
_RESULT_ALIASES = {"application/json": "application/sparql-results+json",
                   "application/xml": "application/sparql-results+xml",
                   "text/xml": "application/sparql-results+xml"}
_GRAPH_ALIASES = {"application/x-turtle": "text/turtle", "application/json": "application/ld+json",
                  "application/xml": "application/rdf+xml", "text/xml": "application/rdf+xml"}
# The `format` request parameter (browsers, SPARQLWrapper): short name -> media type.
_RESULT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv", "tsv": "text/tab-separated-values"}
_GRAPH_NAMES = {"turtle": "text/turtle", "ttl": "text/turtle", "n3": "text/turtle",
                "ntriples": "application/n-triples", "nt": "application/n-triples",
                "jsonld": "application/ld+json", "json-ld": "application/ld+json", "json": "application/ld+json",
                "rdfxml": "application/rdf+xml", "rdf+xml": "application/rdf+xml", "rdf": "application/rdf+xml",
                "xml": "application/rdf+xml", "trig": "application/trig", "nquads": "application/n-quads",
                "nq": "application/n-quads"}


def _family(form: str | None) -> tuple[dict, dict, dict]:
    if form in ("CONSTRUCT", "DESCRIBE"):
        return GRAPH_TYPES, _GRAPH_ALIASES, _GRAPH_NAMES
    return RESULT_TYPES, _RESULT_ALIASES, _RESULT_NAMES


def negotiate(form: str | None, accept: MIMEAccept, formats: tuple[str, ...] = ()) -> str:
    """The media type to answer a query of this form with; 406 when nothing acceptable exists.

    form is SELECT, ASK, CONSTRUCT, DESCRIBE, or GRAPH for an RDF document such as the
    service description. `format` parameters (names or media types, each possibly a comma-
    separated list, as SPARQLWrapper sends them) win over the Accept header: the first available.
    """
    types, aliases, names = _family(form if form != "GRAPH" else "CONSTRUCT")
    if formats:
        for candidate in (item.strip().lower() for value in formats for item in value.split(",")):
            wanted = names.get(candidate) or aliases.get(candidate, candidate)
            if wanted in types:
                return wanted
        raise QueryError(406, "not_acceptable", f"format {', '.join(formats)!r} is not available for "
                         f"{form or 'these'} results; use one of {', '.join(sorted(names))}")
    if not accept:
        return next(iter(types))
    best = accept.best_match([*types, *aliases])
    if best is None:
        raise QueryError(406, "not_acceptable", f"none of the accepted media types is available for "
                         f"{form or 'these'} results; available: {', '.join(types)}")
    return aliases.get(best, best)


def content_type(media_type: str) -> str:
    """The Content-Type header value for a media type: every format sco-kg writes is UTF-8."""
    return f"{media_type}; charset=utf-8"


def prefers_html(accept: MIMEAccept) -> bool:
    """Whether a client (a browser) wants an HTML page more than any RDF document."""
    return accept.best_match([*GRAPH_TYPES, *_GRAPH_ALIASES, "text/html"]) == "text/html"
