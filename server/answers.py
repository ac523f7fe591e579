"""Answers kept for queries asked again: the graph a server answers from does not change while its store stands."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from cachetools import LRUCache

from server.engine import Job

CACHE_HEADER, CACHE_HIT, CACHE_MISS = "X-SCO-KG-Cache", "hit", "miss"  # whether the answer was kept from before
KEY_BYTES = 256  # what an entry costs beyond its body and its query text (key tuple, entry, bookkeeping)


@dataclass(frozen=True)
class Answer:
    """A whole answer as it was sent: body, media type, and whether it was cut at MAX_ROWS or MAX_RESPONSE_BYTES."""

    body: bytes
    media_type: str
    truncated: bool

    @property
    def nbytes(self) -> int:
        return len(self.body)


class AnswerCache:
    """The most recently used answers, up to max_bytes in all (bodies and query texts); none larger than
    max_answer_bytes is kept, and max_bytes 0 keeps nothing. Safe to use from the server's request threads."""

    def __init__(self, max_bytes: int, max_answer_bytes: int):
        self.max_answer_bytes = min(max_answer_bytes, max_bytes)
        self._entries = LRUCache(max_bytes, getsizeof=lambda entry: entry[1]) if max_bytes > 0 else None
        self._lock = threading.Lock()

    def key(self, job: Job, store: str | None, calls_services: bool) -> tuple | None:
        """What tells one answer from another: the store it came from and every field of the job that shapes it;
        None when it may not be kept: no store that stays put (another server's), or a query that calls a
        service, whose answers may change."""
        if self._entries is None or store is None or calls_services:
            return None
        return (store, job.text, job.media_type, job.infer, job.default_graphs, job.named_graphs, job.base_iri,
                job.max_rows, job.max_bytes)

    def get(self, key: tuple | None):
        if key is None:
            return None
        with self._lock:
            entry = self._entries.get(key)
        return entry[0] if entry else None

    def put(self, key: tuple | None, answer) -> None:
        """Keep an answer (anything with .nbytes) under a key whose second part is the request as asked."""
        size = answer.nbytes + len(key[1]) + KEY_BYTES if key else 0
        if key is None or size > self.max_answer_bytes:
            return
        with self._lock:
            self._entries[key] = (answer, size)

    def __len__(self) -> int:
        return len(self._entries) if self._entries is not None else 0
