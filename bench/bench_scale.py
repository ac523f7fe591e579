"""Benchmark: `sco-kg build` (extraction, inference, validation, writing) on a synthetic corpus of N articles
(bench/synthetic.py), from scratch and again after one article changed; checks that the graph holds the facts
the articles state, and prints the times and the peak memory.

    .venv/bin/python bench/bench_scale.py --articles 1000 [--jobs 2]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import write_corpus  # noqa: E402 - bench/ is not a package


def peak_mb() -> float:
    """Peak resident memory of this process and of its finished children (the extraction workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def found_facts(trig: Path, facts: list[dict]) -> Counter:
    """How many of the stated meetings, dates, chairs and participants each article's graph holds."""
    from loader.rdf.dataset import load_store

    store = load_store(trig)
    res, sco = "https://w3id.org/sco-kg/resource/", "https://w3id.org/sco-kg/ontology#"
    found = Counter()
    for entry in facts:
        graph = f"https://w3id.org/sco-kg/graph/article/{entry['file'][:-4]}"
        meeting = f"<{res}{entry['meeting']}>"
        found["meetings"] += bool(store.query(f"ASK {{ GRAPH <{graph}> {{ {meeting} ?p ?o }} }}"))
        found["dates"] += bool(store.query(f'ASK {{ GRAPH <{graph}> {{ {meeting} <{sco}date> "{entry["date"]}"'
                                      f'^^<http://www.w3.org/2001/XMLSchema#date> }} }}'))
        found["chairs"] += bool(store.query(f"ASK {{ GRAPH <{graph}> {{ {meeting} <{sco}chair> <{res}{entry['chair']}> }} }}"))
        for person, state in entry["participants"]:
            found["participants"] += bool(store.query(
                f"ASK {{ GRAPH <{graph}> {{ {meeting} <{sco}hasParticipation> ?p . ?p <{sco}agent> <{res}{person}> ; "
                f"<{sco}onBehalfOf> <{res}{state}> }} }}"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    from loader.build import build

    with tempfile.TemporaryDirectory() as tmp:
        documents, triples = Path(tmp) / "documents", Path(tmp) / "triples"
        facts = write_corpus(documents, args.articles)
        shutil.copytree(ROOT / "triples" / "reference", triples / "reference")
        shutil.copyfile(ROOT / "triples" / "links.ttl", triples / "links.ttl")
        output = Path(tmp) / "sco-kg.trig"
        start = time.perf_counter()
        report = build([documents], ROOT / "ontology", triples, output, jobs=args.jobs)
        scratch = time.perf_counter() - start
        changed = sorted(documents.glob("*.txt"))[len(facts) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "The meeting ended with a joint statement.\n",
                           encoding="utf-8")
        start = time.perf_counter()
        again = build([documents], ROOT / "ontology", triples, output, jobs=args.jobs)
        rebuild = time.perf_counter() - start
        found = found_facts(output, facts)
    stated = Counter({"meetings": len(facts), "dates": len(facts), "chairs": len(facts),
                      "participants": sum(len(entry["participants"]) for entry in facts)})
    triples_written = sum(report.triples.values())
    print(f"articles: {len(report.articles)}, errors: {len(report.errors)}, triples: {triples_written:,}")
    print(f"from scratch: {scratch:.1f} s ({len(report.articles) / scratch:.1f} articles/s); phases: "
          + ", ".join(f"{name} {seconds:.1f}" for name, seconds in report.seconds.items()))
    print(f"after one article changed: {rebuild:.1f} s ({again.cached} from the cache); phases: "
          + ", ".join(f"{name} {seconds:.1f}" for name, seconds in again.seconds.items()))
    print("facts found: " + ", ".join(f"{kind} {found[kind]}/{stated[kind]} ({found[kind] / stated[kind]:.3f})"
                                      for kind in stated))
    print(f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
