"""Benchmark: `sco-kg build --no-infer` on the corpus replicated to N articles with names varied.

Run on demand: .venv/bin/python bench/bench_build.py [--articles 1000] [--jobs 2]
Prints articles per second and peak memory (RSS) of the build: by default in one process on one core; with --jobs N,
extraction runs in N forked processes (`sco-kg build --jobs`).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="builds to run; the median is reported")
    parser.add_argument("--jobs", type=int, default=1, help="processes that extract articles at once")
    args = parser.parse_args()
    from loader.build import build

    with tempfile.TemporaryDirectory() as tmp:
        documents = Path(tmp) / "documents"
        documents.mkdir()
        replicate(documents, args.articles)
        size = sum(p.stat().st_size for p in documents.iterdir())
        runs = []
        for _ in range(args.runs):
            start = time.perf_counter()
            # Without validation too: the random names make one person the premier of two states at one meeting,
            # which the shapes rightly reject.
            report = build([documents], ROOT / "ontology", ROOT / "triples", Path(tmp) / "out.trig", infer=False,
                           validate=False, jobs=args.jobs, use_cache=False)  # every run extracts everything
            runs.append((time.perf_counter() - start, report))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds, report = sorted(runs, key=lambda run: run[0])[len(runs) // 2]
    triples = sum(report.triples.values())
    print(f"articles: {len(report.articles)} ({size / 1e6:.1f} MB of text), errors: {len(report.errors)}")
    print(f"triples written: {triples}")
    print("runs (articles/s): " + ", ".join(f"{len(r.articles) / s:.1f}" for s, r in runs))
    print(f"build without inference, {args.jobs} extraction process(es), median run: {seconds:.1f} s = "
          f"{len(report.articles) / seconds:.1f} articles/s")
    print("per phase (s): " + ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items()))
    print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
