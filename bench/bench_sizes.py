"""Benchmark: the README's figures at 10^4, 10^5 and 10^6 triples, each beside the Oxigraph server's.

For each size, a synthetic corpus (bench/synthetic.py) of about that many triples is built by `sco-kg build`
(extraction, inference, validation, writing) from scratch: wall time, inference time and peak memory. The built
TriG is then loaded into an Oxigraph store (`oxigraph load`): wall time and peak memory. Last, each example query is
sent --runs times, one at a time, to `sco-kg serve` (with no answers kept for queries asked again, so that every
answer is computed) and to the Oxigraph server on the same data: p50 and p95 per query.

    .venv/bin/python bench/bench_sizes.py [--sizes 10000,100000,1000000] [--runs 30]

Needs the bench extra (the oxigraph server): pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_endpoint import ScoKgNoCache, Server, example_mix, request  # noqa: E402 - bench/ is not a package
from synthetic import write_corpus  # noqa: E402

BIN = Path(sys.executable).parent
# What a synthetic article adds to the dataset, inferred quads included, and what the ontology, the reference data
# and the links make with what is inferred from them (measured)
QUADS_PER_ARTICLE, FIXED_QUADS = 200, 8_100
# Runs a command and prints its wall time and peak resident memory: a process of its own per measurement, so that
# the peak is that command's alone.
MEASURED = ("import json, resource, subprocess, sys, time; started = time.perf_counter(); "
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "print(json.dumps({'seconds': time.perf_counter() - started, 'code': done.returncode, 'out': done.stdout, "
            "'err': done.stderr[-2000:], 'mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))")


def measured(command: list[str]) -> dict:
    result = json.loads(subprocess.run([sys.executable, "-c", MEASURED, *command], capture_output=True, text=True,
                                       check=True).stdout)
    if result["code"]:
        raise RuntimeError(f"{command[0]} failed: {result['err']}")
    return result


class StoreServer(Server):
    """The Oxigraph server on a store `oxigraph load` filled (its default graph: the merge of all graphs)."""

    name, path = "oxigraph", "query"

    def command(self):
        return [str(BIN / "oxigraph"), "serve-read-only", "--location", str(self.data_dir / "oxigraph"),
                "--bind", f"127.0.0.1:{self.port}"]


def latencies(server: Server, queries: list[tuple[str, str, str]], runs: int) -> dict[str, tuple[float, float]]:
    """p50 and p95 in ms of each query, sent `runs` times one after another (after one run to warm up)."""
    url = server.start()
    try:
        figures = {}
        for name, text, accept in queries:
            request(url, text, accept)
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                status, _ = request(url, text, accept)
                times.append((time.perf_counter() - started) * 1000)
                if status != 200:
                    raise RuntimeError(f"{server.name}: {name} answered {status}")
            figures[name] = (statistics.median(times), statistics.quantiles(times, n=20)[18])
        return figures
    finally:
        server.stop()


def one_size(size: int, runs: int, folder: Path) -> dict:
    documents, triples = folder / "documents", folder / "triples"
    write_corpus(documents, max(1, round((size - FIXED_QUADS) / QUADS_PER_ARTICLE)))
    shutil.copytree(ROOT / "triples" / "reference", triples / "reference")
    shutil.copyfile(ROOT / "triples" / "links.ttl", triples / "links.ttl")
    build = measured([str(BIN / "sco-kg"), "build", str(documents), "--triples-dir", str(triples), "--no-cache"])
    infer = float(re.search(r"^infer\s+([\d.]+)", build["out"], re.M)[1])
    merged = folder / "merged.nq"
    quads = _merged_nquads(triples / "sco-kg.trig", merged)
    load = measured([str(BIN / "oxigraph"), "load", "--location", str(folder / "oxigraph"), "--file", str(merged)])
    ours = ScoKgNoCache(triples)
    theirs = StoreServer(folder)
    queries = example_mix(ROOT / "queries")
    return {"size": size, "articles": len(list(documents.glob("*.txt"))), "quads": quads,
            "build": build["seconds"], "infer": infer, "build_mb": build["mb"],
            "load": load["seconds"], "load_mb": load["mb"],
            "queries": {"sco-kg": latencies(ours, queries, runs), "oxigraph": latencies(theirs, queries, runs)}}


def _merged_nquads(trig: Path, output: Path) -> int:
    """The dataset as N-Quads, plus every triple once in the default graph, as sco-kg answers by default; returns
    the number of quads of the dataset."""
    import pyoxigraph as ox

    quads = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    merged = {ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads}
    ox.serialize([*quads, *merged], str(output), ox.RdfFormat.N_QUADS)
    return len(quads)


def report(results: list[dict]) -> None:
    print(f"\n{'triples':>10} {'articles':>8} {'build s':>8} {'infer s':>8} {'peak MB':>8} | "
          f"{'oxigraph load s':>15} {'peak MB':>8}")
    for r in results:
        print(f"{r['quads']:>10,} {r['articles']:>8} {r['build']:>8.1f} {r['infer']:>8.1f} {r['build_mb']:>8.0f} | "
              f"{r['load']:>15.1f} {r['load_mb']:>8.0f}")
    for r in results:
        print(f"\nexample queries at {r['quads']:,} triples, ms (p50 / p95), one at a time:")
        print(f"  {'query':32} {'sco-kg':>15} {'oxigraph':>15}")
        for name in r["queries"]["sco-kg"]:
            ours, theirs = r["queries"]["sco-kg"][name], r["queries"]["oxigraph"][name]
            print(f"  {name:32} {ours[0]:>7.1f} / {ours[1]:<6.1f}{theirs[0]:>7.1f} / {theirs[1]:<6.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    results = []
    for size in (int(size) for size in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="sco-kg-sizes-") as folder:
            results.append(one_size(size, args.runs, Path(folder)))
            print(json.dumps(results[-1]), flush=True)
    report(results)


if __name__ == "__main__":
    main()
