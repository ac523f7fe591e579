"""Benchmark: does the endpoint stay responsive while slow queries fill every worker?

    .venv/bin/python bench/bench_starvation.py                 # triples/sco-kg.trig as built
    .venv/bin/python bench/bench_starvation.py --samples 100

Starts `sco-kg serve --trust-file` with its default settings (2 workers, 1 lane worker), then, for
each scenario, keeps the slow clients busy (each sends the slow query again as soon as it is
answered) and meanwhile times, one after the other, GET /health and `ASK {}` from a client address
of their own. The scenarios are those of issue #10: 20 slow clients from 20 addresses; 16 from one
address; 105 half-open connections (headers never finished) from one address, alone and with the
20 slow clients. Client addresses are 127.0.0.x, which Linux routes to the loopback interface.
Prints the latency of the slow query alone, then p50 and max of /health and the trivial query, and
how the slow clients were answered.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# About 3 s on the built corpus (15k triples) on the 2-core development machine: five copies of a
# join of every typed resource with every other.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { " + " UNION ".join(["{ ?a a ?c . ?d a ?f }"] * 5) + " }"
TRIVIAL = "ASK {}"


def serve(trig: Path, log: Path) -> tuple[subprocess.Popen, str]:
    triples = Path(tempfile.mkdtemp(prefix="sco-kg-bench-"))
    (triples / "sco-kg.trig").symlink_to(trig.resolve())
    process = subprocess.Popen([str(Path(sys.executable).parent / "sco-kg"), "serve", "--trust-file", "--port", "0",
                                "--triples-dir", str(triples)], cwd=ROOT, stdout=log.open("wb"),
                               stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while not (match := re.search(r"serving (http://[\d.]+:\d+)/sparql", log.read_text())):
        if process.poll() is not None or time.monotonic() > deadline:
            sys.exit("the server did not start:\n" + log.read_text())
        time.sleep(0.1)
    return process, match[1]


def request(base: str, path: str, source: str, timeout: float = 120.0) -> tuple[int, float]:
    """(status, seconds) of one GET from the given source address, on a new connection."""
    netloc = urllib.parse.urlsplit(base).netloc
    started = time.perf_counter()
    connection = http.client.HTTPConnection(netloc, timeout=timeout, source_address=(source, 0))
    try:
        connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started
    finally:
        connection.close()


def query_path(text: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": text})


class SlowClients:
    """Clients that each send the slow query again as soon as the last one is answered."""

    def __init__(self, base: str, sources: list[str]):
        self.base, self.stop, self.statuses = base, threading.Event(), collections.Counter()
        self.threads = [threading.Thread(target=self._loop, args=(source,), daemon=True) for source in sources]

    def _loop(self, source: str) -> None:
        while not self.stop.is_set():
            status, _ = request(self.base, query_path(SLOW), source)
            self.statuses[status] += 1
            if status in (429, 503):
                time.sleep(0.2)  # as a client honouring Retry-After would, roughly

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        time.sleep(1.0)  # let them fill the workers
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()


def half_open(base: str, count: int) -> list[socket.socket]:
    """count connections from 127.0.0.200 that send part of a request line and then nothing."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    sockets = []
    for _ in range(count):
        sock = socket.create_connection((host, int(port)), source_address=("127.0.0.200", 0))
        sock.sendall(b"GET /sparql?query=ASK")
        sockets.append(sock)
    return sockets


def probe(base: str, samples: int) -> dict[str, list[tuple[int, float]]]:
    results = {"/health": [], "ASK {}": []}
    for _ in range(samples):
        results["/health"].append(request(base, "/health", "127.0.0.250", timeout=30))
        results["ASK {}"].append(request(base, query_path(TRIVIAL), "127.0.0.251", timeout=30))
        time.sleep(0.25)
    return results


def report(name: str, results: dict, slow: SlowClients | None) -> None:
    print(f"\n{name}")
    for what, measured in results.items():
        seconds = [s for _, s in measured]
        statuses = collections.Counter(status for status, _ in measured)
        print(f"  {what:8} p50 {statistics.median(seconds) * 1000:7.1f} ms   max {max(seconds) * 1000:7.1f} ms"
              f"   statuses {dict(statuses)}")
    if slow is not None:
        print(f"  slow clients' answers: {dict(slow.statuses)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trig", type=Path, default=ROOT / "triples" / "sco-kg.trig")
    parser.add_argument("--samples", type=int, default=40, help="probes per scenario, 0.25 s apart")
    args = parser.parse_args()
    log = Path(tempfile.mkdtemp(prefix="sco-kg-bench-")) / "serve.log"
    process, base = serve(args.trig, log)
    try:
        status, seconds = request(base, query_path(SLOW), "127.0.0.2")
        print(f"slow query alone: {seconds:.2f} s (status {status}); server {base}, log {log}")
        twenty = [f"127.0.0.{10 + i}" for i in range(20)]
        with SlowClients(base, twenty) as slow:
            report("20 slow clients from 20 addresses", probe(base, args.samples), slow)
        with SlowClients(base, ["127.0.0.3"] * 16) as slow:
            report("16 slow clients from one address", probe(base, args.samples), slow)
        sockets = half_open(base, 105)
        report("105 half-open connections from one address", probe(base, args.samples), None)
        with SlowClients(base, twenty) as slow:
            report("105 half-open connections and 20 slow clients", probe(base, args.samples), slow)
        for sock in sockets:
            sock.close()
        print("\n/health at the end:", json.loads(urllib.request.urlopen(base + "/health").read()))
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
