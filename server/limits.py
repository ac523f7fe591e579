"""Per-client limits: how many queries one client address may have running at once."""

from __future__ import annotations

import threading
from collections import Counter
from contextlib import contextmanager
from typing import Iterator

from server.errors import QueryError


class ClientLimiter:
    """Count running queries per client; refuse (429) one more than `limit`."""

    def __init__(self, limit: int):
        self.limit = limit
        self._running: Counter[str] = Counter()
        self._lock = threading.Lock()

    @contextmanager
    def slot(self, client: str) -> Iterator[None]:
        """Hold one of the client's slots for the duration of a query."""
        with self._lock:
            if self._running[client] >= self.limit:
                raise QueryError(429, "too_many_queries", f"this client already has {self.limit} queries "
                                 "running; wait for one to finish", headers={"Retry-After": "1"})
            self._running[client] += 1
        try:
            yield
        finally:
            with self._lock:
                self._running[client] -= 1
                if not self._running[client]:
                    del self._running[client]
