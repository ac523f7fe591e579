"""Read a SPARQL 1.1 Protocol request (GET, form POST or direct POST) into a QueryRequest, strictly."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from flask import Request

from server.errors import QueryError

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
_TRUE, _FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off"}


@dataclass(frozen=True)
class QueryRequest:
    """The parts of a request that decide how a query is answered. text is None: no query given."""

    text: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    infer: bool = True
    formats: tuple[str, ...] = ()

    @property
    def has_protocol_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def _decode(data: bytes, what: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise QueryError(400, "encoding", f"{what} looks like UTF-16; send UTF-8")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise QueryError(400, "encoding", f"{what} is not valid UTF-8 (byte {error.start})") from None


def parse_params(data: bytes, what: str) -> list[tuple[str, str]]:
    """Name-value pairs of a query string or form body; every name and value must be UTF-8."""
    pairs = []
    for part in data.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append((_decode(unquote_to_bytes(name.replace(b"+", b" ")), what),
                      _decode(unquote_to_bytes(value.replace(b"+", b" ")), what)))
    return pairs


def _flag(values: list[str], name: str, default: bool) -> bool:
    if not values:
        return default
    value = values[-1].strip().lower()
    if value not in _TRUE | _FALSE:
        raise QueryError(400, "parameter", f"{name} must be true or false, not {values[-1]!r}")
    return value in _TRUE


def _body(request: Request, max_bytes: int) -> tuple[str, bytes]:
    if request.content_length is not None and request.content_length > max_bytes:
        raise QueryError(413, "too_large", f"request body is larger than the limit of {max_bytes} bytes")
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise QueryError(415, "encoding", f"charset {charset} is not supported; send UTF-8")
    return mimetype, request.get_data(cache=True)


def read_query_request(request: Request, max_bytes: int) -> QueryRequest:
    """The QueryRequest of a GET or POST on the endpoint; QueryError for anything malformed or forbidden."""
    if len(request.query_string) > max_bytes:
        raise QueryError(414, "too_large", f"query string is longer than the limit of {max_bytes} bytes")
    params = parse_params(request.query_string, "query string")
    direct_query = None
    if request.method == "POST":
        mimetype, body = _body(request, max_bytes)
        if mimetype == UPDATE:
            raise QueryError(403, "read_only", "SPARQL Update is refused: this endpoint is read-only")
        if mimetype == FORM:
            params += parse_params(body, "form body")
        elif mimetype == DIRECT:
            direct_query = _decode(body, "query body")
        elif mimetype or body:
            raise QueryError(415, "content_type", f"POST needs Content-Type {FORM} or {DIRECT}, "
                             f"not {mimetype or 'none'}")
    values: dict[str, list[str]] = {}
    for name, value in params:
        values.setdefault(name, []).append(value)
    if "update" in values:
        raise QueryError(403, "read_only", "SPARQL Update is refused: this endpoint is read-only")
    queries = values.get("query", []) + ([direct_query] if direct_query is not None else [])
    if len(queries) > 1:
        raise QueryError(400, "parameter", "give exactly one query (one query parameter or one query body)")
    if queries and not queries[0].strip():
        raise QueryError(400, "missing_query", "the query is empty")
    return QueryRequest(
        text=queries[0] if queries else None,
        default_graphs=tuple(values.get("default-graph-uri", [])),
        named_graphs=tuple(values.get("named-graph-uri", [])),
        infer=_flag(values.get("infer", []), "infer", True),
        formats=tuple(values.get("format", [])),
    )
