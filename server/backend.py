"""`serve --backend URL`: answer queries from another SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB ...) loaded
by `sco-kg push`, with sco-kg's guard, limits, pages and explanations in front. The same interface as
server.pool.WorkerPool; the answers are cut and written by server.engine as the embedded store's are.

The default graph is kept as sco-kg defines it, the RDF merge of the graphs (each triple once): `sco-kg push` also
stores that merge as the graph kgg:merged, and each query names it as its default graph (with kgg:inferred unless
infer=false) and the article, reference and other graphs as its named graphs."""

from __future__ import annotations

import io
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from loader.export.push import MERGED_GRAPH
from loader.rdf.namespaces import INFERRED_GRAPH
import dataclasses

from server.engine import GRAPH_TYPES, Job, Reply, write_answer
from server.errors import QueryError

RESULTS_JSON, NTRIPLES = "application/sparql-results+json", "application/n-triples"
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_POSITION = re.compile(r"line (\d+)", re.I)


class BackendPool:
    """Forwards each Job to the backend's query endpoint, under the time limit."""

    def __init__(self, url: str, query_timeout: float):
        self.url, self.query_timeout = url, query_timeout
        self.graphs: tuple[str, ...] = ()
        self._started = False

    store = None  # another server's store may change at any time: its answers are never kept

    def start(self) -> None:
        """Read the backend's graphs (idempotent): what GRAPH ?g ranges over, kgg:merged aside."""
        if self._started:
            return
        body, _ = self._post({"query": GRAPHS_QUERY}, RESULTS_JSON)
        names = sorted(row["g"]["value"] for row in json.loads(body)["results"]["bindings"])
        if str(MERGED_GRAPH) not in names:
            raise QueryError(503, "backend", f"the store at {self.url} has no graph <{MERGED_GRAPH}>: load the "
                             "dataset into it with `sco-kg push` first")
        self.graphs = tuple(name for name in names if name != str(MERGED_GRAPH))
        self._started = True

    def status(self) -> dict:
        try:
            self._post({"query": "ASK {}"}, RESULTS_JSON)
            reachable = True
        except QueryError:
            reachable = False
        return {"status": "ok" if reachable else "degraded", "backend": self.url, "reachable": reachable,
                "started": self._started}

    def close(self) -> None:
        """Nothing to stop: the backend runs on its own."""

    def run(self, job: Job, client: str = "") -> Reply:
        """The job's answer from the backend, cut and written like the embedded store's, its body as a file."""
        self.start()
        declared = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in job.prefixes.items())
        params = [("query", declared + job.text)]
        if job.base_iri:
            params[0] = ("query", f"BASE <{job.base_iri}>\n" + params[0][1])
        default = job.default_graphs if job.default_graphs is not None else \
            (str(MERGED_GRAPH), *((str(INFERRED_GRAPH),) if job.infer else ()))
        named = job.named_graphs if job.named_graphs is not None else self.graphs
        params += [("default-graph-uri", graph) for graph in default]
        params += [("named-graph-uri", graph) for graph in named]
        wanted = NTRIPLES if job.media_type in GRAPH_TYPES else RESULTS_JSON
        try:
            body, media_type = self._post(params, wanted)
        except _Refused as refused:
            shift = declared.count("\n") + (1 if job.base_iri else 0)
            line = _POSITION.search(refused.message)
            return Reply(io.BytesIO(), status=400, kind="syntax", message=refused.message,
                         line=int(line[1]) - shift if line and int(line[1]) > shift else None)
        if media_type.startswith(NTRIPLES):
            result = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        else:
            result = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        reply = write_answer(result, job)
        body = reply.body if isinstance(reply.body, bytes) else b""
        return dataclasses.replace(reply, body=io.BytesIO(body), length=len(body))

    def _post(self, params, accept: str) -> tuple[bytes, str]:
        request = urllib.request.Request(self.url, data=urllib.parse.urlencode(params).encode(), headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with urllib.request.urlopen(request, timeout=self.query_timeout) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            message = err.read().decode("utf-8", "replace").strip()[:500]
            if err.code == 400:
                raise _Refused(message) from err
            raise QueryError(502, "backend", f"the store at {self.url} answered {err.code}: {message}") from err
        except (socket.timeout, TimeoutError) as err:
            raise QueryError(503, "timeout", f"the store at {self.url} did not answer within the time limit of "
                             f"{self.query_timeout:g} s") from err
        except (urllib.error.URLError, OSError) as err:
            raise QueryError(502, "backend", f"cannot reach the store at {self.url}: "
                             f"{getattr(err, 'reason', err)}") from err


class _Refused(Exception):
    """The backend's 400: a query it cannot parse."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
