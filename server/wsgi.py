"""Serve an app with waitress, the production WSGI server, logging one line per request."""

from __future__ import annotations

import logging
import time
from typing import Callable, Iterable

from waitress.server import create_server

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


def make_server(app: Callable, host: str, port: int, threads: int, max_request_bytes: int):
    """A waitress server bound to host:port (port 0: any free port, see .effective_port)."""
    return create_server(AccessLog(app), host=host, port=port, threads=threads, ident="sco-kg",
                         # twice the app's limit: the app refuses most oversized requests in its
                         # JSON error shape, waitress the ones too large to read at all
                         max_request_body_size=2 * max_request_bytes,
                         max_request_header_size=2 * max_request_bytes + 65536,  # GET carries the query
                         clear_untrusted_proxy_headers=True)
