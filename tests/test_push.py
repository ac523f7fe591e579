"""`sco-kg push`: the built dataset into a real Oxigraph server (the `oxigraph` package) on 127.0.0.1, graph by graph
through the Graph Store Protocol; a second push replaces the graphs instead of adding to them."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from server.cli import main

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server is not installed (pip install oxigraph)")


@pytest.fixture
def oxigraph(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"), "--bind",
                               f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            assert time.monotonic() < deadline and server.poll() is None, "the oxigraph server did not start"
            time.sleep(0.1)
    yield base
    server.terminate()
    server.wait(timeout=10)


def graph_counts(base: str) -> Counter:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(f"{base}/query?{urllib.parse.urlencode({'query': query})}",
                                     headers={"Accept": "application/sparql-results+json"})
    rows = json.load(urllib.request.urlopen(request, timeout=30))["results"]["bindings"]
    return Counter({row["g"]["value"]: int(row["n"]["value"]) for row in rows})


def test_push_loads_every_graph_and_a_second_push_replaces_them(corpus_trig, oxigraph):
    built = Counter(q.graph_name.value for q in ox.parse(path=str(corpus_trig), format=ox.RdfFormat.TRIG))
    for _ in range(2):
        result = CliRunner().invoke(main, ["push", f"{oxigraph}/store", "--trig", str(corpus_trig)])
        assert result.exit_code == 0, result.output
        stored = graph_counts(oxigraph)
        assert {graph: n for graph, n in stored.items() if graph in built} == dict(built)
        assert "https://w3id.org/sco-kg/graph/void" in stored  # the dataset's description goes too


def test_a_store_that_cannot_be_reached_is_named(corpus_trig):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    result = CliRunner().invoke(main, ["push", f"http://127.0.0.1:{port}/store", "--trig", str(corpus_trig)])
    assert result.exit_code == 1 and f"cannot reach http://127.0.0.1:{port}/store" in result.output
