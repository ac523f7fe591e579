"""Check: the lexical guard (server.guard) against the W3C SPARQL 1.0 and 1.1 positive syntax tests.

    git clone https://github.com/w3c/rdf-tests /tmp/rdf-tests
    .venv/bin/python bench/bench_guard_syntax.py /tmp/rdf-tests/sparql

Reads every manifest.ttl under the folder, runs check_query with the server's default policy on
each PositiveSyntaxTest(11) query, and lists the ones it refuses, with the reason and whether
pyoxigraph parses them (with a base IRI, as the endpoint does). Only SERVICE calls (refused by
policy) should be listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph, Namespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loader.rdf.namespaces import PREFIXES  # noqa: E402
from server.config import defaults  # noqa: E402
from server.errors import QueryError  # noqa: E402
from server.guard import Policy, check_query  # noqa: E402

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")


def positive_queries(folder: Path) -> list[Path]:
    queries = []
    for manifest in sorted(folder.rglob("manifest.ttl")):
        graph = Graph().parse(manifest, format="turtle")
        for kind in (MF.PositiveSyntaxTest, MF.PositiveSyntaxTest11):
            for test in graph.subjects(RDF.type, kind):
                path = Path(str(graph.value(test, MF.action)).removeprefix("file://"))
                if path.suffix == ".rq" and path.exists():
                    queries.append(path)
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the sparql/ folder of a w3c/rdf-tests checkout")
    args = parser.parse_args()
    config = defaults()
    policy = Policy(config["MAX_NESTING"], config["MAX_OPERATORS"],
                    {prefix: str(namespace) for prefix, namespace in PREFIXES.items()})
    queries, refused = positive_queries(args.folder), []
    for path in queries:
        text = path.read_text(encoding="utf-8")
        try:
            check_query(text, policy)
        except QueryError as error:
            try:
                ox.Store().query(text, base_iri="http://example.org/sparql", prefixes=policy.prefixes)
                parses = "parses"
            except SyntaxError:
                parses = "does not parse"
            except Exception:  # noqa: BLE001 - parsed, then failed to run: it parses
                parses = "parses"
            refused.append(f"{path.relative_to(args.folder)}: {error.kind}: {error.message[:70]} ({parses})")
    print(f"{len(queries)} positive syntax tests, {len(queries) - len(refused)} accepted by the guard")
    print("\n".join(refused))


if __name__ == "__main__":
    main()
