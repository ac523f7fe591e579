"""Serve an app with waitress, the production WSGI server: one log line per request, errors in JSON."""

from __future__ import annotations

import functools
import json
import logging
import time
from typing import Callable, Iterable

from waitress.channel import HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask
from waitress.utilities import RequestEntityTooLarge, RequestHeaderFieldsTooLarge

from server.errors import QueryError

access_log = logging.getLogger("sco_kg.access")


class AccessLog:
    """WSGI middleware: one line per request with method, path, status, duration (ms) and bytes sent."""

    def __init__(self, app: Callable):
        self.app = app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        started = time.perf_counter()
        status = []

        def record_status(status_line, headers, exc_info=None):
            status[:] = [status_line.split(" ", 1)[0]]
            return start_response(status_line, headers, exc_info)

        sent = 0
        body = self.app(environ, record_status)
        try:
            for chunk in body:
                sent += len(chunk)
                yield chunk
        finally:
            if hasattr(body, "close"):
                body.close()
            access_log.info('%s "%s %s" %s %.1f ms %d bytes', environ.get("REMOTE_ADDR", "-"),
                            environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"),
                            status[0] if status else "-", (time.perf_counter() - started) * 1000, sent)


class _JsonErrorTask(ErrorTask):
    """waitress's answer to a request it refuses before the app sees it, in sco-kg's JSON error shape."""

    def execute(self):
        error = self.request.error
        if isinstance(error, RequestEntityTooLarge):
            kind, message = "too_large", f"request body is larger than the limit of {self.channel.body_limit} bytes"
        elif isinstance(error, RequestHeaderFieldsTooLarge):
            kind, message = "too_large", "request line or headers are too long (a long query: POST it)"
        else:
            kind, message = error.reason.lower().replace(" ", "_"), f"{error.reason}: {error.body}"
        body = json.dumps(QueryError(error.code, kind, message).to_dict()).encode()
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class _Channel(HTTPChannel):
    """An HTTP connection whose refusals are JSON, and which never invites a body over body_limit:
    Expect: 100-continue with a larger Content-Length gets 413 instead of 100 Continue."""

    error_task_class = _JsonErrorTask

    def __init__(self, *args, body_limit: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.body_limit = body_limit

    def send_continue(self):
        if self.request.error is None and self.request.content_length > self.body_limit:
            self.request.error = RequestEntityTooLarge("")
            self.request.completed = True
        if self.request.error is None:
            super().send_continue()


def make_server(app: Callable, host: str, port: int, threads: int, max_request_bytes: int,
                connection_limit: int = 1000, idle_timeout: int = 20):
    """A waitress server bound to host:port (port 0: any free port, see .effective_port)."""
    server = create_server(AccessLog(app), host=host, port=port, threads=threads, ident="sco-kg",
                           # twice the app's limit: the app refuses most oversized requests itself after
                           # reading them (a client still sending its body sees the answer, not a reset),
                           # waitress the ones too large to read at all
                           max_request_body_size=2 * max_request_bytes,
                           max_request_header_size=2 * max_request_bytes + 65536,  # GET carries the query
                           connection_limit=connection_limit, channel_timeout=idle_timeout,
                           cleanup_interval=max(1, idle_timeout // 2), clear_untrusted_proxy_headers=True)
    server.channel_class = functools.partial(_Channel, body_limit=max_request_bytes)
    return server
