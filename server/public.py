"""The server's public URL: the Host header is checked against it, and the URLs sco-kg writes use it."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, request

from server.errors import QueryError

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _authority(scheme: str, netloc: str) -> str:
    """host:port in lower case, the scheme's default port filled in."""
    parts = urlsplit("//" + netloc.lower())
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:  # not a port
        return netloc.lower()
    return f"{parts.hostname}:{port}"


def public_url() -> str:
    """PUBLIC_URL without a trailing slash, or (none set, as in tests) the URL the request came to."""
    return (current_app.config["PUBLIC_URL"] or request.host_url).rstrip("/")


def endpoint_url() -> str:
    """The URL of the SPARQL endpoint, as clients should call it."""
    return public_url() + "/sparql"


def query_base() -> str:
    """The base IRI of relative IRIs in queries: BASE if set, else the endpoint's URL (as Oxigraph does)."""
    return current_app.config["BASE"] or endpoint_url()


def check_host() -> None:
    """Refuse (400) a request whose Host header is not PUBLIC_URL's host and port, when PUBLIC_URL is set."""
    configured = current_app.config["PUBLIC_URL"]
    if not configured:
        return
    parts = urlsplit(configured)
    if _authority(parts.scheme, request.host) != _authority(parts.scheme, parts.netloc):
        raise QueryError(400, "host", f"the Host header {request.host!r} is not this server's: "
                         f"call it at {configured.rstrip('/')}")
