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


def _rows(answer: dict) -> list:
    if "boolean" in answer:
        return [answer["boolean"]]
    return sorted(json.dumps(row, sort_keys=True) for row in answer["results"]["bindings"])


def test_the_examples_through_a_backend_answer_as_the_embedded_store(corpus_trig, oxigraph):
    """`serve --backend`: the pushed dataset in Oxigraph, queried through sco-kg's front, gives every example query
    (federated ones aside) the embedded store's answer, with inference and without."""
    from conftest import ROOT, running_app
    from server.examples import load_examples

    assert CliRunner().invoke(main, ["push", f"{oxigraph}/store", "--trig", str(corpus_trig)]).exit_code == 0
    examples = [example for example in load_examples(ROOT / "queries") if not example.services]
    with running_app(corpus_trig.parent, ROOT / "queries") as embedded, \
            running_app(corpus_trig.parent, ROOT / "queries", BACKEND=f"{oxigraph}/query") as front:
        for example in examples:
            for infer in ("true", "false"):
                answers = [app.test_client().post("/sparql", data={"query": example.text, "infer": infer},
                                                  headers={"Accept": "application/sparql-results+json"})
                           for app in (embedded, front)]
                assert [answer.status_code for answer in answers] == [200, 200], (example.name, answers[1].get_data())
                mine, theirs = (_rows(answer.get_json()) for answer in answers)
                assert mine == theirs, (example.name, infer)
        bad = front.test_client().post("/sparql", data={"query": "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTR(?s) }"})
        assert bad.status_code == 400  # the guard or the store's parser: a 400 either way
        page = front.test_client().get("/resource/li_qiang", headers={"Accept": "text/html"})
        assert page.status_code == 200 and b"Li Qiang" in page.data  # the pages run their queries there too
