"""Benchmark: throughput and p50/p95 latency of sco-kg, the Oxigraph server and rdflib-endpoint.

    .venv/bin/python bench/bench_endpoint.py                      # triples/sco-kg.trig as built
    .venv/bin/python bench/bench_endpoint.py --scale 100000       # replicated to ~100k triples
    .venv/bin/python bench/bench_endpoint.py --servers sco-kg,oxigraph --clients 4 --duration 5

Every server gets the same data and the same fixed mix of the example queries (queries/*.rq),
sent by 1, 4 and 16 concurrent clients over keep-alive HTTP for --duration seconds each.
Needs the bench extra: pip install oxigraph rdflib-endpoint uvicorn.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loader.rdf.namespaces import INFERRED_GRAPH, KGG, PREFIXES, RES  # noqa: E402
from server.examples import load_examples  # noqa: E402
from server.guard import Policy, check_query  # noqa: E402

BIN = Path(sys.executable).parent
SHARED_GRAPHS = {str(KGG.ontology), str(KGG.reference), str(KGG.links)}


def scale_quads(quads: list[ox.Quad], target: int) -> list[ox.Quad]:
    """Copies of the article graphs (and what is inferred from them) until there are ~target quads.

    A copy renames the article graphs and every res: IRI that no shared graph describes (meetings,
    participations, articles), so copies are new facts about the same states, people and cities.
    """
    shared = {q.subject.value for q in quads if q.graph_name.value in SHARED_GRAPHS}
    local = {term.value for q in quads if q.graph_name.value.startswith(str(KGG["article/"]))
             for term in (q.subject, q.object)
             if isinstance(term, ox.NamedNode) and term.value.startswith(str(RES)) and term.value not in shared}
    articles = [q for q in quads if q.graph_name.value.startswith(str(KGG["article/"]))]
    inferred = [q for q in quads if q.graph_name.value == str(INFERRED_GRAPH)
                and any(isinstance(t, ox.NamedNode) and t.value in local for t in (q.subject, q.object))]
    result, copy = list(quads), 0
    while len(result) < target and articles:
        copy += 1

        def rename(term, suffix=f"_copy{copy}"):
            return ox.NamedNode(term.value + suffix) if isinstance(term, ox.NamedNode) and term.value in local else term

        for q in articles:
            result.append(ox.Quad(rename(q.subject), q.predicate, rename(q.object),
                                   ox.NamedNode(q.graph_name.value + f"_copy{copy}")))
        result.extend(ox.Quad(rename(q.subject), q.predicate, rename(q.object), q.graph_name) for q in inferred)
    return result


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A SPARQL server in a child process: start() returns its endpoint URL, stop() ends it."""

    name = ""

    def __init__(self, data_dir: Path):
        self.data_dir, self.port, self.process = data_dir, free_port(), None

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> str:
        self.process = subprocess.Popen(self.command(), cwd=ROOT, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{self.port}/{self.path}"
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if request(url, "ASK {}", "application/sparql-results+json")[0] == 200:
                    return url
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not start")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:  # stuck in a query it cannot interrupt
            self.process.kill()
            self.process.wait()


class ScoKg(Server):
    """Safety rules on, at their defaults; as every client comes from 127.0.0.1 here, one address may have as many
    queries running as there are clients (in use, each client has an address of its own)."""

    name, path = "sco-kg", "sparql"
    options: tuple[str, ...] = ()

    def command(self):
        return [sys.executable, "-c", "import sys; from server.commands import serve_command; "
                "serve_command(sys.argv[1:])", "--port", str(self.port), "--triples-dir", str(self.data_dir), "--trust-file",
                "--max-concurrent-per-client", "64", *self.options]


class ScoKgNoCache(ScoKg):
    """Every answer computed again: no answer kept for queries asked again."""

    name, options = "sco-kg-nocache", ("--answer-cache-bytes", "0")


class Oxigraph(Server):
    """The store's default graph holds the merge of all graphs, as sco-kg answers by default.

    (--union-default-graph would repeat a triple once per graph holding it: other answers.)
    """

    name, path = "oxigraph", "query"

    def command(self):
        location = self.data_dir / "oxigraph"
        if not location.exists():
            subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(location),
                            "--file", str(self.data_dir / "merged.nq")], check=True, capture_output=True)
        return [str(BIN / "oxigraph"), "serve-read-only", "--location", str(location),
                "--bind", f"127.0.0.1:{self.port}"]


class RdflibEndpoint(Server):
    name, path = "rdflib-endpoint", ""

    def command(self):
        return [str(BIN / "rdflib-endpoint"), "serve", str(self.data_dir / "data.nq"),
                "--host", "127.0.0.1", "--port", str(self.port)]


SERVERS = {server.name: server for server in (ScoKg, ScoKgNoCache, Oxigraph, RdflibEndpoint)}


def request(url: str, query: str, accept: str, connection: http.client.HTTPConnection | None = None,
            timeout: float = 60.0):
    """(status, body) of a form POST; over `connection` if given (keep-alive)."""
    parts = urllib.parse.urlsplit(url)
    own = connection is None
    connection = connection or http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request("POST", parts.path or "/", urllib.parse.urlencode({"query": query}),
                           {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        if own:
            connection.close()


def size_of(body: bytes, accept: str) -> int:
    """Rows of a SELECT, 1/0 for ASK, triples of a CONSTRUCT: to compare the servers' answers."""
    if accept == "text/turtle":
        return sum(1 for _ in ox.parse(body, format=ox.RdfFormat.TURTLE))
    document = json.loads(body)
    return int(document["boolean"]) if "boolean" in document else len(document["results"]["bindings"])


def run_clients(url: str, mix: list[tuple], clients: int, duration: float, timeout: float) -> dict:
    """Each client sends the mix round-robin, from its own offset, until the time is up."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + duration

    def client(offset: int) -> None:
        parts = urllib.parse.urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        mine, failed, index = [], 0, offset
        while time.monotonic() < stop_at:
            _, query, accept = mix[index % len(mix)]
            started = time.perf_counter()
            try:
                status, _ = request(url, query, accept, connection)
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
                status = 0
            mine.append(time.perf_counter() - started)
            failed += status != 200
            index += 1
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(number * 3,)) for number in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    quantiles = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else latencies * 19
    return {"requests": len(latencies), "errors": errors[0], "throughput": len(latencies) / elapsed,
            "p50": statistics.median(latencies) * 1000, "p95": quantiles[18] * 1000}


def example_mix(queries: Path) -> list[tuple[str, str, str]]:
    """(name, text, media type) of each example query but the federated ones (they would time the other service)."""
    policy = Policy(64, 50000, {prefix: str(namespace) for prefix, namespace in PREFIXES.items()})
    mix = []
    for example in load_examples(queries):
        if not example.services:
            graph_form = check_query(example.text, policy).form in ("CONSTRUCT", "DESCRIBE")
            mix.append((example.name, example.text, "text/turtle" if graph_form else "application/sparql-results+json"))
    return mix


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trig", type=Path, default=ROOT / "triples" / "sco-kg.trig")
    parser.add_argument("--queries", type=Path, default=ROOT / "queries")
    parser.add_argument("--scale", type=int, default=0, help="replicate the data to about this many quads")
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per server and client count")
    parser.add_argument("--servers", default=",".join(SERVERS))
    parser.add_argument("--request-timeout", type=float, default=60.0, help="a slower answer counts as an error")
    args = parser.parse_args()

    quads = list(ox.parse(path=str(args.trig), format=ox.RdfFormat.TRIG))
    quads = scale_quads(quads, args.scale) if args.scale else quads
    mix = example_mix(args.queries)
    print(f"{len(quads)} quads, {len(mix)} queries: {', '.join(name for name, _, _ in mix)}")

    results: dict[tuple[str, int], dict] = {}
    answers: dict[str, dict[str, int]] = {}
    levels = [int(level) for level in args.clients.split(",")]
    with tempfile.TemporaryDirectory(prefix="sco-kg-bench-") as folder:
        data_dir = Path(folder)
        ox.serialize(quads, str(data_dir / "sco-kg.trig"), ox.RdfFormat.TRIG)
        ox.serialize(quads, str(data_dir / "data.nq"), ox.RdfFormat.N_QUADS)
        merged = {ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads}
        ox.serialize([*quads, *merged], str(data_dir / "merged.nq"), ox.RdfFormat.N_QUADS)
        for name in args.servers.split(","):
            server = SERVERS[name](data_dir)
            started = time.monotonic()
            url = server.start()
            print(f"{name}: ready in {time.monotonic() - started:.1f} s", flush=True)
            try:
                answers[name] = {}
                for query_name, query, accept in mix:
                    started = time.perf_counter()
                    try:
                        status, body = request(url, query, accept, timeout=args.request_timeout)
                    except TimeoutError:
                        status, body = 0, b""
                    answers[name][query_name] = (size_of(body, accept) if status == 200 else -status,
                                                 (time.perf_counter() - started) * 1000)
                for clients in levels:
                    results[name, clients] = run_clients(url, mix, clients, args.duration, args.request_timeout)
                    print(f"  {clients:>2} clients: {results[name, clients]}", flush=True)
            finally:
                server.stop()
    report(results, answers, levels, [name for name in args.servers.split(",")])


def report(results: dict, answers: dict, levels: list[int], names: list[str]) -> None:
    print("\nanswer size (rows or triples) and time of one run, per query:")
    for query_name in next(iter(answers.values())):
        print(f"  {query_name:30} " + "  ".join(
            f"{name}={answers[name][query_name][0]} in {answers[name][query_name][1]:.0f} ms" for name in names))
    print(f"\n{'server':16} {'clients':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6}")
    for name in names:
        for clients in levels:
            r = results[name, clients]
            print(f"{name:16} {clients:>7} {r['throughput']:>8.1f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['errors']:>6}")
    for ours in (name for name in names if name.startswith("sco-kg")):
        for other in (name for name in names if not name.startswith("sco-kg")):
            ratios = [results[ours, c]["throughput"] / results[other, c]["throughput"] for c in levels]
            shown = ", ".join(f"{ratio:.2f} ({clients} clients)" for ratio, clients in zip(ratios, levels))
            print(f"{ours} / {other} throughput: {shown}")


if __name__ == "__main__":
    main()
