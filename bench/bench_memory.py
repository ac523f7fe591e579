"""Benchmark: what the hostile queries of issue #10 cost a query worker under MAX_QUERY_MEMORY.

    .venv/bin/python bench/bench_memory.py                   # triples/sco-kg.trig, 512 MB
    .venv/bin/python bench/bench_memory.py --memory 256

Runs each query on a pool of query workers (server.pool) over the built graph, with the default
limits otherwise (30 s, 10,000 rows, 50 MB), and prints how it was answered, how long it took and
the peak resident memory of its worker, sampled every 20 ms.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.engine import Job  # noqa: E402
from server.errors import QueryError  # noqa: E402
from server.pool import PoolLimits, WorkerPool  # noqa: E402


def doubling(links: int, selected: str) -> str:
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(links))
    return f'SELECT {selected} WHERE {{ BIND("sco-kg" AS ?x0) {binds} }}'


QUERIES = {
    "sorted cross product (CONSTRUCT ... ORDER BY)":
        ("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?a", "text/turtle"),
    "26 chained CONCATs, length selected": (doubling(26, "(STRLEN(?x26) AS ?n)"), "application/sparql-results+json"),
    "24 chained CONCATs, string selected": (doubling(24, "?x24"), "application/sparql-results+json"),
    "path (!<urn:x>|^!<urn:x>)*": ("SELECT * WHERE { ?s (!<urn:x>|^!<urn:x>)* ?o }", "application/sparql-results+json"),
    "ASK {} afterwards": ("ASK {}", "application/sparql-results+json"),
}


def peak_rss(pids: list[int], peaks: dict[int, int], stop: threading.Event) -> None:
    while not stop.wait(0.02):
        for pid in pids:
            try:
                with open(f"/proc/{pid}/status") as status:
                    rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
            except (OSError, StopIteration):
                continue
            peaks[pid] = max(peaks.get(pid, 0), rss // 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trig", type=Path, default=ROOT / "triples" / "sco-kg.trig")
    parser.add_argument("--memory", type=int, default=512, help="MAX_QUERY_MEMORY in megabytes")
    args = parser.parse_args()
    pool = WorkerPool(args.trig, PoolLimits(size=1, query_timeout=30.0, queue_timeout=60.0,
                                            query_memory=args.memory << 20, max_waiting=4, lane_size=0))
    pool.start()
    try:
        for name, (text, media_type) in QUERIES.items():
            peaks, stop = {}, threading.Event()
            watcher = threading.Thread(target=peak_rss, args=(pool.pids(), peaks, stop))
            watcher.start()
            started = time.monotonic()
            try:
                reply = pool.run(Job(text, media_type, 10000, {}, 50_000_000))
                reply.body.close()
                outcome = f"200, {reply.length:,} bytes{', truncated' if reply.truncated else ''}"
            except QueryError as error:
                outcome = f"{error.status} {error.kind}"
            seconds = time.monotonic() - started
            stop.set()
            watcher.join()
            print(f"{name:48} {outcome:28} {seconds:6.2f} s   peak RSS {max(peaks.values(), default=0):5} MB")
            while pool.status()["status"] != "ok":  # a replaced worker: wait for its successor
                time.sleep(0.1)
    finally:
        pool.close()


if __name__ == "__main__":
    main()
