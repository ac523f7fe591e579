"""Load the built dataset into another triple store through the SPARQL 1.1 Graph Store HTTP Protocol: each named
graph is PUT on its own, which replaces that graph atomically (Oxigraph server, Apache Jena Fuseki, Virtuoso,
GraphDB, QLever's GSP). Nothing is sent anywhere the user did not name."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from loader.export.dump import read_quads, void_quads
from loader.export.void import VOID_GRAPH
from loader.rdf.namespaces import INFERRED_GRAPH, KGG

TIMEOUT = 300  # seconds one graph may take to send and store
# The merge of every graph but kgg:inferred, each triple once: sco-kg's default graph, for `serve --backend`
MERGED_GRAPH = KGG.merged


class PushError(RuntimeError):
    """A graph the store refused or could not be reached for; the graphs sent before it are in place."""


def graphs_of(trig: Path, merged: bool = True) -> dict[str, list[ox.Triple]]:
    """The named graphs of the built dataset and its VoID graph, as triples by graph IRI, in IRI order; with
    merged, also kgg:merged."""
    quads = read_quads(trig)
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    for quad in quads + void_quads(quads):
        graphs[quad.graph_name.value].append(ox.Triple(quad.subject, quad.predicate, quad.object))
    if merged:
        graphs[str(MERGED_GRAPH)] = list(dict.fromkeys(triple for graph, triples in graphs.items()
                                                       if graph not in (str(INFERRED_GRAPH), str(VOID_GRAPH))
                                                       for triple in triples))
    return dict(sorted(graphs.items()))


def push(trig: Path, store_url: str, report: Callable[[str, int], None] = lambda graph, count: None,
         merged: bool = True) -> int:
    """PUT every graph of the dataset to the Graph Store Protocol endpoint store_url; the number of graphs."""
    graphs = graphs_of(trig, merged)
    for graph, triples in graphs.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        separator = "&" if urllib.parse.urlsplit(store_url).query else "?"
        request = urllib.request.Request(f"{store_url}{separator}{urllib.parse.urlencode({'graph': graph})}",
                                         data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")[:300].strip()
            raise PushError(f"the store refused <{graph}> ({err.code} {err.reason}): {detail}; "
                            f"the graphs before it are in place, the others were not sent") from err
        except (urllib.error.URLError, OSError) as err:
            raise PushError(f"cannot reach {store_url} while sending <{graph}>: {getattr(err, 'reason', err)}; "
                            "is it the store's Graph Store Protocol address (Oxigraph: http://host:7878/store, "
                            "Fuseki: http://host:3030/<dataset>/data)?") from err
        report(graph, len(triples))
    return len(graphs)
