"""Benchmark: `sco-kg build --no-infer` on the corpus replicated to N articles with names varied.

Run on demand: .venv/bin/python bench/bench_build.py [--articles 1000] [--jobs 2]
Prints articles per second and peak memory (RSS) of the build: by default in one process on one core; with --jobs N,
extraction runs in N forked processes (`sco-kg build --jobs`). Each run is a process of its own, as each `sco-kg build`
is: builds run one after another in one process grow slower (45 against 51 articles/s with --jobs 2), which no user sees.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIVEN = ["Arman", "Bilal", "Dilnoza", "Farid", "Gulnara", "Ivan", "Jasur", "Kamila", "Marat", "Nurlan", "Olga", "Ravi"]
FAMILY = ["Zhulanov", "Qureshi", "Tashkentova", "Rahimov", "Abenova", "Petrov", "Karimov", "Sultanova", "Baimukhanov"]


def replicate(target: Path, count: int, seed: int = 7) -> None:
    """Write `count` articles: the corpus articles with person names after titles swapped for random ones."""
    rng = random.Random(seed)
    sources = sorted((ROOT / "documents").glob("*.txt"))
    title = re.compile(r"\b(Prime Minister|President|Premier|Foreign Minister) ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)+)")
    for i in range(count):
        source = sources[i % len(sources)]
        text = title.sub(lambda m: f"{m[1]} {rng.choice(GIVEN)} {rng.choice(FAMILY)}", source.read_text(encoding="utf-8"))
        (target / f"{source.stem[:10]}_copy{i:05d}.txt").write_text(text, encoding="utf-8")


def one_run(documents: Path, jobs: int) -> None:
    """One build in this process; prints its figures as JSON for the parent."""
    from loader.build import build

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        # Without validation too: the random names make one person the premier of two states at one meeting,
        # which the shapes rightly reject.
        report = build([documents], ROOT / "ontology", ROOT / "triples", Path(tmp) / "out.trig", infer=False,
                       validate=False, jobs=jobs, use_cache=False)  # every run extracts everything
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "articles": len(report.articles), "errors": len(report.errors),
                      "triples": sum(report.triples.values()), "phases": report.seconds,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="builds to run, each in a new process; the median is reported")
    parser.add_argument("--jobs", type=int, default=1, help="processes that extract articles at once")
    parser.add_argument("--one-run", type=Path, help=argparse.SUPPRESS)  # the child: one build of these documents
    args = parser.parse_args()
    if args.one_run:
        one_run(args.one_run, args.jobs)
        return

    with tempfile.TemporaryDirectory() as tmp:
        documents = Path(tmp) / "documents"
        documents.mkdir()
        replicate(documents, args.articles)
        size = sum(p.stat().st_size for p in documents.iterdir())
        runs = []
        for _ in range(args.runs):
            child = subprocess.run([sys.executable, __file__, "--one-run", str(documents), "--jobs", str(args.jobs)],
                                   cwd=ROOT, capture_output=True, text=True, check=True)
            runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
    run = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    print(f"articles: {run['articles']} ({size / 1e6:.1f} MB of text), errors: {run['errors']}")
    print(f"triples written: {run['triples']}")
    print("runs (articles/s): " + ", ".join(f"{r['articles'] / r['seconds']:.1f}" for r in runs))
    print(f"build without inference, {args.jobs} extraction process(es), median run: {run['seconds']:.1f} s = "
          f"{run['articles'] / run['seconds']:.1f} articles/s")
    print("per phase (s): " + ", ".join(f"{k} {v:.1f}" for k, v in run["phases"].items()))
    print(f"peak memory (RSS) of a build: {max(r['peak_mb'] for r in runs):.0f} MB")

if __name__ == "__main__":
    main()
