"""CORS headers on every response (errors included) and answers to preflight requests."""

from __future__ import annotations

from flask import Response, current_app, request

from server.config import split_list

_EXPOSED = "Content-Length, Retry-After, X-SCO-KG-Truncated"


def add_cors_headers(response: Response) -> Response:
    """after_request hook: allow the origins of CORS_ORIGINS to read any response."""
    origins = current_app.config["CORS_ORIGINS"].strip()
    origin = request.headers.get("Origin")
    if origins == "*":
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin and origin in split_list(origins):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.vary.add("Origin")
    else:
        return response
    response.headers["Access-Control-Expose-Headers"] = _EXPOSED
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = request.headers.get(
            "Access-Control-Request-Headers", "Accept, Content-Type")
        response.headers["Access-Control-Max-Age"] = "86400"
    return response
