"""The one error type of the server and the one JSON shape every error response takes."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger(__name__)


class QueryError(Exception):
    """A request sco-kg refuses or cannot answer, with the HTTP status to answer it with."""

    def __init__(self, status: int, kind: str, message: str, line: int | None = None,
                 column: int | None = None, context: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.context = context
        self.headers = headers or {}

    def to_dict(self) -> dict:
        """The JSON body: {"error": {status, kind, message, line, column, context}}."""
        return {"error": {"status": self.status, "kind": self.kind, "message": self.message,
                          "line": self.line, "column": self.column, "context": self.context}}

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}: " if self.line is not None else ""
        return where + self.message


def error_response(error: QueryError) -> Response:
    """Render a QueryError as a JSON response with its status and headers."""
    response = jsonify(error.to_dict())
    response.status_code = error.status
    response.headers.update(error.headers)
    return response


def _from_http_exception(error: HTTPException) -> Response:
    kind = (error.name or "error").lower().replace(" ", "_")
    headers = {key: value for key, value in error.get_headers() if key.lower() == "allow"}
    return error_response(QueryError(error.code or 500, kind, error.description or "", headers=headers))


def _from_internal_error(error: InternalServerError) -> Response:
    original = error.original_exception or error
    log.error("unhandled error", exc_info=(type(original), original, original.__traceback__))
    return error_response(QueryError(500, "internal", "internal error in sco-kg; it has been logged"))


def register_error_handlers(app: Flask) -> None:
    """Make QueryError, Werkzeug's HTTP errors (404, 405, 413 ...) and bugs share one JSON shape."""
    app.register_error_handler(QueryError, error_response)
    app.register_error_handler(InternalServerError, _from_internal_error)
    app.register_error_handler(HTTPException, _from_http_exception)
