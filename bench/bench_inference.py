"""Benchmark: OWL 2 RL closure time of the corpus graph and of synthetic graphs of the same shape.

    .venv/bin/python bench/bench_inference.py                     # corpus, 10k, 100k, 1M; both engines
    .venv/bin/python bench/bench_inference.py --sizes 10000 --engines fast --no-links

Each measurement runs in its own process, so that its peak memory (max RSS) is its own.
owlrl is skipped above --owlrl-max asserted triples (it needs minutes there).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from rdflib import Dataset, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loader.reasoning.infer import asserted_triples, run_inference  # noqa: E402
from loader.rdf.namespaces import DBR, GN, KGG, LINKS_GRAPH, ONTOLOGY_GRAPH, RES, SCO, WD, article_graph, article_iri  # noqa: E402

MEETING_CLASSES = ("HeadsOfStateCouncilMeeting", "HeadsOfGovernmentCouncilMeeting", "ForeignMinistersCouncilMeeting",
                   "BilateralMeeting", "Forum", "PressEvent")
CAPACITIES = ("MemberStateCapacity", "ObserverStateCapacity", "DialoguePartnerCapacity", "GuestCapacity")
TRIPLES_PER_ARTICLE = 233  # what one synthetic article adds, reference data and links included
STATES = 60  # states are hubs: about as many as the real corpus names, however many articles there are


def synthetic_dataset(size: int, ontology: Path, links: bool = True, seed: int = 5) -> Dataset:
    """About `size` asserted triples shaped like the corpus: per article one meeting with eight participations,
    positions, a bilateral meeting, memberships and a capital, each fact reified with its sentence; reference
    data for the people, states and cities; owl:sameAs links to Wikidata, DBpedia and GeoNames (if `links`)."""
    rng = random.Random(seed)
    dataset = Dataset()
    dataset.graph(ONTOLOGY_GRAPH).parse(ontology, format="turtle")
    reference, link_graph = dataset.graph(KGG.reference), dataset.graph(LINKS_GRAPH)
    states = [RES[f"state_{i}"] for i in range(STATES)]
    for i, state in enumerate(states):
        _entity(reference, state, SCO.State, f"State {i}")
        if links:
            for target in (WD[f"Q{1000 + i}"], DBR[f"State_{i}"], WD[f"Q{9000 + i}"]):
                link_graph.add((state, OWL.sameAs, target))
    fixed = sum(len(graph) for graph in dataset.graphs())
    for n in range(max(1, (size - fixed) // TRIPLES_PER_ARTICLE)):
        _article(dataset, n, states, rng, reference, link_graph if links else None)
    return dataset


def _entity(graph, node, kind, label) -> None:
    graph.add((node, RDF.type, kind))
    graph.add((node, RDFS.label, Literal(label)))
    graph.add((node, SKOS.altLabel, Literal(label.upper())))


def _article(dataset, n, states, rng, reference, links) -> None:
    graph = dataset.graph(article_graph(f"a{n}"))
    article, meeting, city = article_iri(f"a{n}"), RES[f"meeting_{n}"], RES[f"city_{n // 3}"]
    sentence = Literal(f"Sentence {n}.")

    def stated(s, p, o, key) -> None:
        node = RES[f"statement/a{n}/{key}"]
        graph.add((s, p, o))
        for triple in ((node, RDF.type, RDF.Statement), (node, RDF.subject, s), (node, RDF.predicate, p),
                       (node, RDF.object, o), (node, SCO.evidence, sentence), (node, PROV.wasDerivedFrom, article)):
            graph.add(triple)

    for p, o in ((RDF.type, SCO.NewsArticle), (DCTERMS.title, Literal(f"Article {n}")), (RDFS.label, Literal(f"Article {n}")),
                 (DCTERMS.source, Literal(f"a{n}.txt")), (DCTERMS.date, Literal(f"2023-10-{1 + n % 28:02d}", datatype=XSD.date))):
        graph.add((article, p, o))
    graph.add((graph.identifier, PROV.wasDerivedFrom, article))
    graph.add((graph.identifier, SCO.extractorVersion, Literal("bench")))
    host = rng.choice(states)
    _entity(reference, city, SCO.City, f"City {n // 3}")
    if links:
        links.add((city, OWL.sameAs, GN[str(n // 3)]))
    stated(city, SCO.capitalOf, host, "capital")
    for p, o in ((RDF.type, SCO[MEETING_CLASSES[n % len(MEETING_CLASSES)]]), (RDFS.label, Literal(f"Meeting {n}")),
                 (SCO.evidence, sentence), (SCO.date, Literal(f"2023-10-{1 + n % 28:02d}", datatype=XSD.date)),
                 (SCO.ordinal, Literal(1 + n % 30, datatype=XSD.integer)), (SCO.heldIn, city), (SCO.hostState, host)):
        graph.add((meeting, p, o))
    people = []
    for k in range(8):
        person, state = RES[f"person_{n}_{k}"], rng.choice(states)
        position, part = RES[f"position_{n}_{k}"], RES[f"participation/meeting_{n}/person_{n}_{k}"]
        people.append(person)
        _entity(reference, person, SCO.Person, f"Person {n} {k}")
        if links:
            links.add((person, OWL.sameAs, WD[f"Q{100000 + 8 * n + k}"]))
        for p, o in ((RDF.type, SCO.Position), (RDFS.label, Literal(f"Minister of state {k}")),
                     (SCO.title, Literal("Minister")), (SCO.positionOf, state)):
            graph.add((position, p, o))
        stated(person, SCO.holdsPosition, position, f"holds{k}")
        graph.add((meeting, SCO.hasParticipation, part))
        for p, o in ((RDF.type, SCO.Participation), (RDFS.label, Literal(f"Person {n} {k} at meeting {n}")),
                     (SCO.agent, person), (SCO.onBehalfOf, state), (SCO.capacity, SCO[rng.choice(CAPACITIES)]),
                     (SCO.inPosition, position), (SCO.remote, Literal(k == 7)), (SCO.evidence, sentence)):
            graph.add((part, p, o))
    stated(people[0], SCO.metWith, people[1], "met")
    for k in range(2):
        stated(rng.choice(states), SCO.memberOf, RES.sco, f"member{k}")


def measure(size: int | None, engine: str, ontology: Path, links: bool, corpus: Path) -> dict:
    """Time run_inference once, in this process: the graph (the corpus built from its articles when size is
    None, else synthetic), its size, seconds, inferred triples, peak RSS."""
    if size is None:
        from loader.build import BuildReport, extract_graphs
        from loader.rdf.dataset import assemble_dataset, fixed_graphs
        from loader.extraction.gazetteer import gazetteer_from_graph

        fixed = fixed_graphs(ontology.parent, ROOT / "triples")
        graphs = extract_graphs([corpus], gazetteer_from_graph(fixed[1]), BuildReport())
        dataset, name = assemble_dataset(fixed + graphs), "corpus"
    else:
        dataset, name = synthetic_dataset(size, ontology, links), f"synthetic {size:,}"
    asserted = len(asserted_triples(dataset))
    start, cpu = time.perf_counter(), time.process_time()
    inferred = run_inference(dataset, engine=engine)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return {"graph": name, "links": links or size is None, "asserted": asserted, "engine": engine, "seconds": round(seconds, 1),
            "cpu": round(cpu, 1), "inferred": len(inferred), "peak_mb": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--engines", nargs="*", default=["fast", "owlrl"])
    parser.add_argument("--owlrl-max", type=int, default=100_000)
    parser.add_argument("--timeout", type=int, default=1800, help="seconds one measurement may take")
    parser.add_argument("--no-links", action="store_true", help="no owl:sameAs links in the synthetic graphs")
    parser.add_argument("--ontology", type=Path, default=ROOT / "ontology" / "sco.ttl")
    parser.add_argument("--corpus", type=Path, default=ROOT / "documents", help="the articles of the corpus graph")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: one measurement as JSON
    args = parser.parse_args()
    if args.one:
        size, engine = json.loads(args.one)
        print(json.dumps(measure(size, engine, args.ontology, not args.no_links, args.corpus)))
        return
    runs = [(None, e) for e in args.engines] if args.corpus.exists() else []
    runs += [(s, e) for s in args.sizes for e in args.engines if e != "owlrl" or s <= args.owlrl_max]
    print("| graph | sameAs links | asserted | engine | seconds (CPU) | inferred | peak MB |\n|---|---|---|---|---|---|---|")
    for size, engine in runs:
        command = [sys.executable, __file__, "--one", json.dumps([size, engine]), "--ontology", str(args.ontology),
                   "--corpus", str(args.corpus)] + (["--no-links"] if args.no_links else [])
        try:
            row = json.loads(subprocess.run(command, check=True, capture_output=True, text=True,
                                            timeout=args.timeout).stdout)
        except subprocess.TimeoutExpired:
            print(f"| {'corpus' if size is None else f'synthetic {size:,}'} | {'no' if args.no_links else 'yes'} | "
                  f"| {engine} | > {args.timeout} | | |", flush=True)
            continue
        print(f"| {row['graph']} | {'yes' if row['links'] else 'no'} | {row['asserted']:,} | {row['engine']} "
              f"| {row['seconds']} ({row['cpu']}) | {row['inferred']:,} | {row['peak_mb']:,} |", flush=True)


if __name__ == "__main__":
    main()
