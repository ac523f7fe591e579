"""The server's settings: one table of name, default and one-line help, and their coercion."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    """One setting: also the flag --<name> and the environment variable SCO_KG_<NAME>."""

    name: str
    default: Any
    help: str

    @property
    def type(self) -> type:
        return type(self.default)


SETTINGS = (
    Setting("HOST", "127.0.0.1", "Interface to listen on."),
    Setting("PORT", 8000, "TCP port to listen on."),
    Setting("PUBLIC_URL", "", "URL clients call the server at (e.g. https://kg.example.org); the Host header must match "
            "it, and sd:endpoint, page links and the base IRI of queries use it. Empty: serve uses http://HOST:PORT "
            "(unchecked when HOST is 0.0.0.0 or ::)."),
    Setting("BASE", "", "Base IRI of relative IRIs in queries; empty: the endpoint's URL, PUBLIC_URL/sparql."),
    Setting("THREADS", 32, "Request threads of the WSGI server (waitress)."),
    Setting("CONNECTION_LIMIT", 1000, "Open connections the server keeps at once (idle and half-open included)."),
    Setting("IDLE_TIMEOUT", 20, "Seconds an idle or half-open connection is kept before it is closed."),
    Setting("WORKERS", 0, "Query worker processes (sharing one on-disk copy of the graph); 0: one per CPU, at least 2."),
    Setting("LANE_WORKERS", 1, "Extra query workers kept for short queries while slow ones fill the others; 0: none."),
    Setting("SHORT_QUERY_TIMEOUT", 0.5, "Seconds a query may run on a short-query worker before it moves to the others."),
    Setting("LANE_PENALTY", 60.0, "Seconds a client, and a query text, that overran a short-query worker stay off it."),
    Setting("TRIPLES_DIR", ROOT / "triples", "Folder of the built graph, sco-kg.trig."),
    Setting("DOCUMENTS_DIR", ROOT / "documents", "Folder of the news documents, used to build a missing graph."),
    Setting("ONTOLOGY_DIR", ROOT / "ontology", "Folder of the ontology, used to build a missing graph."),
    Setting("QUERIES_DIR", ROOT / "queries", "Folder of the example queries (*.rq)."),
    Setting("BACKEND", "", "SPARQL query endpoint of another store that `sco-kg push` loaded (Oxigraph: "
            "http://host:7878/query): queries go there, behind sco-kg's checks and limits; empty: the embedded store."),
    Setting("STORE_DIR", "", "Folder that keeps the query stores (pyoxigraph, on disk) across restarts: a restart "
            "with the same graph opens them instead of loading the graph; empty: a temporary folder per start."),
    Setting("IN_MEMORY_STORE_BYTES", 8_000_000, "A graph whose store takes at most this many bytes on disk (about 40,000 "
            "quads) is copied into each query worker's memory, where its small queries run about three times faster; a "
            "larger one stays on disk, shared by the workers, where long scans run faster. 0: always on disk."),
    Setting("QUERY_TIMEOUT", 30.0, "Seconds a query may run before it is stopped (503)."),
    Setting("QUEUE_TIMEOUT", 30.0, "Seconds a query may wait for an idle worker before the server answers busy (503)."),
    Setting("MAX_WAITING", 24, "Queries that may wait for a worker at once; more are answered busy (503) at once. "
            "Keep it below THREADS, so that /health and short queries always find a thread."),
    Setting("MAX_QUERY_MEMORY", 512, "Megabytes a worker may grow by while answering a query (RLIMIT_AS); "
            "a query that needs more is stopped (503) and its worker replaced."),
    Setting("MAX_ROWS", 10000, "Most result rows (or triples) returned; more are cut and the answer flagged truncated."),
    Setting("MAX_RESPONSE_BYTES", 50_000_000, "Largest answer in bytes; whole rows (or triples) past it are cut and the "
            "answer flagged truncated."),
    Setting("ANSWER_CACHE_BYTES", 64_000_000, "Bytes of answers kept for queries asked again (the store does not change "
            "while it runs; answers of SERVICE queries and of --backend are never kept); 0: none."),
    Setting("MAX_CACHED_ANSWER_BYTES", 1_000_000, "Largest answer kept for queries asked again."),
    Setting("MAX_REQUEST_BYTES", 1_000_000, "Largest request body or query string accepted (413)."),
    Setting("MAX_NESTING", 64, "Deepest nesting of brackets and braces a query may have (400)."),
    Setting("MAX_OPERATORS", 50000, "Most operators, keywords and brackets a query may have (400)."),
    Setting("MAX_CONCURRENT_PER_CLIENT", 0, "Queries one client address may have running or waiting at once (429); "
            "0: one less than WORKERS, at least 1."),
    Setting("ALLOWED_SERVICE_HOSTS", "", "Comma-separated hosts SERVICE may call (e.g. query.wikidata.org); none by default."),
    Setting("CORS_ORIGINS", "*", "Value of Access-Control-Allow-Origin: * or a comma-separated list of origins."),
)


def defaults() -> dict[str, Any]:
    """Every setting at its default value."""
    return {setting.name: setting.default for setting in SETTINGS}


def coerce(config: Mapping[str, Any]) -> dict[str, Any]:
    """The settings of config converted to their types (env vars and flags arrive as strings)."""
    values = {}
    for setting in SETTINGS:
        value = config[setting.name]
        try:
            values[setting.name] = value if isinstance(value, setting.type) else setting.type(value)
        except (TypeError, ValueError) as error:
            raise ValueError(f"setting {setting.name}: {value!r} is not a {setting.type.__name__}") from error
    return values


def split_list(value: str) -> tuple[str, ...]:
    """A comma-separated setting as a tuple of its non-empty, stripped items."""
    return tuple(item.strip() for item in value.split(",") if item.strip())
