"""What one app holds for its lifetime (in app.extensions["sco_kg"]): workers, limits, examples."""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from flask import current_app

from loader.build import OUTPUT_NAME
from loader.rdf.dataset import load_dataset
from loader.reasoning.explain import Explainer
from loader.rdf.namespaces import PREFIXES
from server.config import split_list
from server.examples import Example, load_examples
from server.guard import CheckedQuery, Policy, check_query
from server.limits import ClientLimiter
from server.answers import AnswerCache
from server.backend import BackendPool
from server.pool import PoolLimits, WorkerPool

# Clients repeat queries: remember the checks of up to this many queries of up to this many characters.
CHECK_CACHE_SIZE, CHECK_CACHE_TEXT = 1024, 10_000


@dataclass
class ServerState:
    """The shared, read-only machinery of one app; built by create_app, never a module global."""

    trig_path: Path
    pool: WorkerPool
    limiter: ClientLimiter
    policy: Policy
    examples: dict[str, Example]
    max_rows: int
    max_response_bytes: int
    answers: AnswerCache = field(default_factory=lambda: AnswerCache(0, 0))
    void: Any = None  # the VoID description (an rdflib Graph), counted on first use
    same_as: dict | None = None  # external IRI -> sco-kg resource (kgg:links), read on first use
    _explainer: Explainer | None = None
    _explainer_lock: threading.Lock = field(default_factory=threading.Lock)
    _checked: Any = None

    def __post_init__(self):
        check = functools.partial(check_query, policy=self.policy)
        self._checked = functools.lru_cache(maxsize=CHECK_CACHE_SIZE)(check)

    def check(self, text: str) -> CheckedQuery:
        """check_query under this app's policy; the checks of short queries are remembered."""
        return self._checked(text) if len(text) <= CHECK_CACHE_TEXT else check_query(text, self.policy)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> "ServerState":
        trig_path = Path(config["TRIPLES_DIR"]) / OUTPUT_NAME
        workers = config["WORKERS"] or max(2, os.cpu_count() or 2)
        policy = Policy(
            max_nesting=config["MAX_NESTING"],
            max_operators=config["MAX_OPERATORS"],
            prefixes={prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
            allowed_service_hosts=frozenset(host.lower() for host in split_list(config["ALLOWED_SERVICE_HOSTS"])),
        )
        limits = PoolLimits(
            size=workers, query_timeout=config["QUERY_TIMEOUT"], queue_timeout=config["QUEUE_TIMEOUT"],
            query_memory=config["MAX_QUERY_MEMORY"] << 20, max_waiting=config["MAX_WAITING"],
            in_memory_bytes=config["IN_MEMORY_STORE_BYTES"],
            lane_size=config["LANE_WORKERS"], lane_timeout=config["SHORT_QUERY_TIMEOUT"],
            lane_penalty=config["LANE_PENALTY"])
        return cls(
            trig_path=trig_path,
            pool=BackendPool(config["BACKEND"], config["QUERY_TIMEOUT"]) if config["BACKEND"] else
            WorkerPool(trig_path, limits, Path(config["STORE_DIR"]) if config["STORE_DIR"] else None),
            limiter=ClientLimiter(config["MAX_CONCURRENT_PER_CLIENT"] or max(1, workers - 1)),
            policy=policy,
            examples={example.name: example for example in load_examples(Path(config["QUERIES_DIR"]))},
            max_rows=config["MAX_ROWS"],
            max_response_bytes=config["MAX_RESPONSE_BYTES"],
            answers=AnswerCache(config["ANSWER_CACHE_BYTES"], config["MAX_CACHED_ANSWER_BYTES"]),
        )

    def explainer(self) -> Explainer:
        """A loader.reasoning.explain.Explainer over the graph as an rdflib Dataset, built on first use."""
        with self._explainer_lock:
            if self._explainer is None:
                self._explainer = Explainer(load_dataset(self.trig_path))
            return self._explainer


def get_state() -> ServerState:
    """The ServerState of the current app."""
    return current_app.extensions["sco_kg"]
