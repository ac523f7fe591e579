"""Requests made before, answered again in front of the app: a query asked again byte for byte (the same parameters,
body, Accept, Origin and Host) gets the response the app gave it, from the answer cache, without entering Flask.

Only responses the app itself kept (marked with the cache header) are replayed, so what may be kept is decided in one
place (server.sparql); the store is part of the key, so a graph loaded again is never answered from before."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Callable, Iterable

from server.answers import CACHE_HEADER, CACHE_HIT, AnswerCache

PATHS = frozenset({"/sparql"})
# What of a request a kept response may depend on, beside its method, query string and body
VARIES = ("wsgi.url_scheme", "HTTP_HOST", "CONTENT_TYPE", "HTTP_ACCEPT", "HTTP_ORIGIN")


@dataclass(frozen=True)
class Replayed:
    """A whole response as the app sent it."""

    status: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def nbytes(self) -> int:
        return len(self.body) + sum(len(name) + len(value) for name, value in self.headers)


class Replay:
    """WSGI middleware in front of the app: replays kept responses, records the ones the app marks as kept."""

    def __init__(self, app: Callable, answers: AnswerCache, store_of: Callable[[], str | None], max_body: int):
        self.app, self.answers, self.store_of, self.max_body = app, answers, store_of, max_body

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        key = self._key(environ)
        if key is None:
            return self.app(environ, start_response)
        if (kept := self.answers.get(key)) is not None:
            start_response(kept.status, list(kept.headers))
            return [kept.body]
        return self._record(key, environ, start_response)

    def _key(self, environ: dict) -> tuple | None:
        """The request as a key, or None when it is not one to replay (another path or method, a body of unknown or
        excessive length, no store that stays put, no cache); a body read here is handed on to the app."""
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") not in PATHS or method not in ("GET", "POST") or self.answers.max_answer_bytes <= 0:
            return None
        store = self.store_of()
        if store is None:
            return None
        body = b""
        if method == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or -1)
            except ValueError:
                return None
            if not 0 <= length <= self.max_body:
                return None  # the app refuses it, or reads it as a stream
            body = environ["wsgi.input"].read(length)
            environ["wsgi.input"] = io.BytesIO(body)
        asked = method.encode() + b" " + environ.get("QUERY_STRING", "").encode("latin-1") + b"\n" + body
        return (store, asked, *(environ.get(name, "") for name in VARIES))

    def _record(self, key: tuple, environ: dict, start_response: Callable) -> Iterable[bytes]:
        started: list = []

        def keep_status(status, headers, exc_info=None):
            started[:] = [status, headers]
            return start_response(status, headers, exc_info)

        body = self.app(environ, keep_status)
        if not started or not started[0].startswith("200 ") or not any(name == CACHE_HEADER for name, _ in started[1]):
            return body
        try:
            chunks = list(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        headers = tuple((name, CACHE_HIT if name == CACHE_HEADER else value) for name, value in started[1])
        self.answers.put(key, Replayed(started[0], headers, b"".join(chunks)))
        return chunks
