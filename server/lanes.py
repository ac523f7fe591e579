"""Who may use the short-query lane: not a client, nor a query text, that overran it a little while ago."""

from __future__ import annotations

import threading
import time
from typing import Callable

MAX_ENTRIES = 10_000  # most clients and query texts remembered at once; the oldest are dropped first


class LanePolicy:
    """The lane is a worker kept for short queries: a query may try it while the other workers are
    busy, for `timeout` seconds. One that overruns it is moved to the other workers, and its client
    and its text are kept off the lane for `penalty` seconds, so that slow queries do not take turns
    occupying it."""

    def __init__(self, timeout: float, penalty: float, clock: Callable[[], float] = time.monotonic):
        self.timeout = timeout
        self.penalty = penalty
        self._clock = clock
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def allows(self, client: str, text: str) -> bool:
        """Whether a query from client with this text may try the lane now."""
        now = self._clock()
        with self._lock:
            return all(self._until.get(key, 0.0) <= now for key in (_client_key(client), _text_key(text)))

    def punish(self, client: str, text: str) -> None:
        """Keep client and text off the lane for the penalty."""
        now = self._clock()
        with self._lock:
            for key in (_client_key(client), _text_key(text)):
                self._until.pop(key, None)
                self._until[key] = now + self.penalty
            while len(self._until) > MAX_ENTRIES or (self._until and next(iter(self._until.values())) <= now):
                del self._until[next(iter(self._until))]


def _client_key(client: str) -> str:
    return "client " + client


def _text_key(text: str) -> str:
    return "text " + " ".join(text.split())
