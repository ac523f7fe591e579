"""End to end: `sco-kg serve` in a child process, over real HTTP, with real SPARQL clients."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from conftest import ROOT, SERVER_TIMEOUT, server_config
from loader.rdf.namespaces import KGG, RES

pytestmark = pytest.mark.e2e

PREFIXES = "PREFIX sco: <https://w3id.org/sco-kg/ontology#>\nPREFIX res: <https://w3id.org/sco-kg/resource/>\n"
STATES = PREFIXES + "SELECT ?state WHERE { ?state sco:memberOf res:sco } ORDER BY ?state"
STATE_IRIS = [str(RES.china), str(RES.kyrgyzstan), str(RES.russia)]
CHINA = PREFIXES + "CONSTRUCT WHERE { res:china sco:memberOf ?o }"
PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }"


def fetch(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of a request; 4xx and 5xx are answers here, not exceptions."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read()


def get(base: str, **params) -> tuple:
    return fetch(f"{base}/sparql?{urllib.parse.urlencode(params)}", headers={"Accept": "application/json"})


def states_of(body: bytes) -> list[str]:
    return [row["state"]["value"] for row in json.loads(body)["results"]["bindings"]]


@pytest.fixture(scope="session")
def endpoint(live_server) -> str:
    return live_server[0] + "/sparql"


# --- protocol over HTTP -----------------------------------------------------------------

def test_get_form_post_and_direct_post(live_server):
    base = live_server[0]
    answers = [get(base, query=STATES),
               fetch(base + "/sparql", urllib.parse.urlencode({"query": STATES}).encode(),
                    {"Content-Type": "application/x-www-form-urlencoded"}),
               fetch(base + "/sparql", STATES.encode(), {"Content-Type": "application/sparql-query"})]
    for status, headers, body in answers:
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
        assert states_of(body) == STATE_IRIS


@pytest.mark.parametrize("query, accept, status, media_type", [
    (STATES, "application/sparql-results+xml", 200, "application/sparql-results+xml"),
    (STATES, "text/csv", 200, "text/csv"),
    (STATES, "text/tab-separated-values", 200, "text/tab-separated-values"),
    (CHINA, "application/n-triples", 200, "application/n-triples"),
    (CHINA, "application/ld+json", 200, "application/ld+json"),
    (CHINA, "application/n-quads", 200, "application/n-quads"),
    (STATES, "text/turtle", 406, "application/json"),
    (CHINA, "application/sparql-results+json", 406, "application/json")])
def test_content_negotiation_over_http(live_server, query, accept, status, media_type):
    answer_status, headers, _ = fetch(f"{live_server[0]}/sparql?" + urllib.parse.urlencode({"query": query}),
                                      headers={"Accept": accept})
    assert answer_status == status and headers["Content-Type"].split(";")[0] == media_type


def test_infer_switch_and_graph_parameters_over_http(live_server):
    ask = PREFIXES + "ASK { res:li_qiang a <http://xmlns.com/foaf/0.1/Person> }"
    assert json.loads(get(live_server[0], query=ask)[2])["boolean"] is True
    assert json.loads(get(live_server[0], query=ask, infer="false")[2])["boolean"] is False
    links = get(live_server[0], query="SELECT ?s WHERE { ?s ?p ?o }", **{"default-graph-uri": str(KGG.links)})
    assert len(json.loads(links[2])["results"]["bindings"]) == 3


def test_updates_are_refused_over_http(live_server):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = json.loads(get(live_server[0], query=count)[2])
    for status, _, body in (
            fetch(live_server[0] + "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"}),
            fetch(live_server[0] + "/sparql?" + urllib.parse.urlencode({"update": "CLEAR ALL"})),
            fetch(live_server[0] + "/sparql", b"query=DELETE%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D",
                  {"Content-Type": "application/x-www-form-urlencoded"})):
        assert status == 403 and json.loads(body)["error"]["kind"] == "read_only"
    assert json.loads(get(live_server[0], query=count)[2]) == before


def test_cors_preflight_and_errors_over_http(live_server):
    status, headers, _ = fetch(live_server[0] + "/sparql", method="OPTIONS", headers={
        "Origin": "https://notebook.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = fetch(live_server[0] + "/sparql", method="PUT", headers={"Origin": "https://x.example"})
    assert status == 405 and headers["Access-Control-Allow-Origin"] == "*"


def test_health_and_service_description(live_server):
    status, _, body = fetch(live_server[0] + "/health")
    assert status == 200 and json.loads(body)["status"] == "ok"
    status, headers, body = fetch(live_server[0] + "/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert b"sd:Service" in body or b"sparql-service-description#Service" in body


@pytest.mark.parametrize("body, content_type, kind", [
    (b"query=SELECT%20%FF", "application/x-www-form-urlencoded", "encoding"),
    (STATES.encode("utf-16"), "application/sparql-query", "encoding"),
    (STATES.encode("utf-16-le"), "application/sparql-query", "encoding"),
    (STATES.encode(), "text/plain", "content_type")])
def test_bad_encodings_and_content_types_over_http(live_server, body, content_type, kind):
    status, _, answer = fetch(live_server[0] + "/sparql", body, {"Content-Type": content_type})
    assert 400 <= status < 500 and json.loads(answer)["error"]["kind"] == kind


def test_raw_invalid_utf8_in_the_url(live_server):
    host, port = urllib.parse.urlsplit(live_server[0]).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(b"GET /sparql?query=ASK%20%7B%7D%20\xff HTTP/1.1\r\nHost: test\r\n"
                           b"Connection: close\r\n\r\n")
        answer = b"".join(iter(lambda: connection.recv(65536), b""))
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.split()[1] == b"400"  # refused by waitress, before the app, in the JSON error shape
    assert b"application/json" in head and json.loads(body)["error"]["status"] == 400
    assert states_of(get(live_server[0], query=STATES)[2]) == STATE_IRIS


def raw_exchange(base: str, request: bytes) -> tuple[bytes, bytes]:
    """Send bytes to the server, read until it closes or 5 s pass; (everything before the body, body)."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        connection.sendall(request)
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except socket.timeout:
            pass
    head, _, body = answer.rpartition(b"\r\n\r\n")
    return head, body


def test_expect_100_continue_with_a_too_large_body_gets_413_only(live_server):
    head, body = raw_exchange(live_server[0], b"POST /sparql HTTP/1.1\r\nHost: test\r\n"
                              b"Content-Type: application/sparql-query\r\nContent-Length: 50000000\r\n"
                              b"Expect: 100-continue\r\n\r\n")
    assert b"100 Continue" not in head
    assert head.split()[1] == b"413" and json.loads(body)["error"]["kind"] == "too_large"


@pytest.mark.parametrize("request_bytes, status", [
    (b"GET /sparql HTTP/1.1\r\nHost: test\r\nContent-Length: x\r\n\r\n", b"400"),
    (b"POST /sparql HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: gzip\r\n\r\n", b"501"),
], ids=["bad-header", "unknown-transfer-encoding"])
def test_every_error_waitress_answers_is_json(live_server, request_bytes, status):
    head, body = raw_exchange(live_server[0], request_bytes)
    assert head.split()[1] == status and b"application/json" in head
    assert json.loads(body)["error"]["status"] == int(status)


def test_health_and_queries_answer_beside_105_half_open_connections(live_server):
    host, port = urllib.parse.urlsplit(live_server[0]).netloc.split(":")
    half_open = [socket.create_connection((host, int(port)), timeout=10) for _ in range(105)]
    try:
        for connection in half_open:
            connection.sendall(b"GET /sparql?query=ASK")  # and never the rest of the request
        status, _, body = fetch(live_server[0] + "/health")
        assert status == 200 and json.loads(body)["status"] == "ok"
        assert states_of(get(live_server[0], query=STATES)[2]) == STATE_IRIS
    finally:
        for connection in half_open:
            connection.close()


def test_idle_and_half_open_connections_are_closed_after_the_idle_timeout(mini_triples_dir, example_queries_dir,
                                                                         tmp_path):
    from conftest import serving

    with serving(mini_triples_dir, example_queries_dir, tmp_path / "serve.log", "--idle-timeout", "1") as base:
        host, port = urllib.parse.urlsplit(base).netloc.split(":")
        with socket.create_connection((host, int(port)), timeout=15) as idle, \
                socket.create_connection((host, int(port)), timeout=15) as half_open:
            half_open.sendall(b"GET /sparql?query=ASK")
            assert idle.recv(1) == b"" and half_open.recv(1) == b""  # closed by the server, not timed out


def test_the_host_header_is_checked_against_the_public_url(live_server):
    head, body = raw_exchange(live_server[0], b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: evil.example\r\n"
                              b"Connection: close\r\n\r\n")
    assert head.split()[1] == b"400" and json.loads(body)["error"]["kind"] == "host"


def test_large_and_deep_requests_are_refused_and_the_server_stays_up(live_server):
    base = live_server[0]
    status, _, body = fetch(base + "/sparql", b"x" * 1_100_000, {"Content-Type": "application/sparql-query"})
    assert status == 413 and json.loads(body)["error"]["status"] == 413
    deep = "SELECT * WHERE " + "{" * 100_000 + "}" * 100_000
    status, _, body = fetch(base + "/sparql", deep.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 400 and json.loads(body)["error"]["kind"] == "too_deep"
    assert states_of(get(base, query=STATES)[2]) == STATE_IRIS


def test_one_log_line_per_request(live_server):
    base, log_path = live_server
    fetch(base + "/health?probe=log-line")
    time.sleep(0.2)
    lines = [line for line in log_path.read_text().splitlines() if '"GET /health"' in line]
    assert lines and lines[-1].split('"GET /health" ')[1].split()[0] == "200"
    assert lines[-1].endswith("bytes") and " ms " in lines[-1]


def test_a_query_asked_again_is_answered_from_memory_over_http(live_server):
    base, _ = live_server
    query = "SELECT ?state WHERE { ?state sco:memberOf res:sco } ORDER BY ?state # e2e, asked twice"
    first, second = get(base, query=query), get(base, query=query)
    assert (first[0], first[1]["X-SCO-KG-Cache"]) == (200, "miss")
    assert (second[0], second[1]["X-SCO-KG-Cache"]) == (200, "hit")
    assert second[2] == first[2] and states_of(second[2])


# --- the time limit, and load --------------------------------------------------------------

def test_time_limit_while_other_clients_are_served(live_server):
    base, slow = live_server[0], {}

    def run_slow():
        started = time.monotonic()
        slow["answer"] = get(base, query=PATHOLOGICAL)
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    fast = []
    while thread.is_alive() and len(fast) < 20:
        started = time.monotonic()
        status, _, body = get(base, query=STATES)
        fast.append((status, time.monotonic() - started, states_of(body)))
    thread.join()
    status, _, body = slow["answer"]
    assert status == 503 and json.loads(body)["error"]["kind"] == "timeout"
    assert slow["seconds"] < SERVER_TIMEOUT + 1
    assert fast and all(answer == (200, answer[1], STATE_IRIS) and answer[1] < 1 for answer in fast)


def test_sixteen_concurrent_clients_get_correct_answers(live_server):
    base = live_server[0]
    mix = [(STATES, lambda body: states_of(body) == STATE_IRIS),
           ("ASK { res:li_qiang a foaf:Person }", lambda body: json.loads(body)["boolean"] is True),
           ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            lambda body: int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 80)]

    def client(number: int) -> list[bool]:
        results = []
        for i in range(24):
            query, check = mix[(number + i) % len(mix)]
            status, _, body = get(base, query=query)
            results.append(status == 200 and check(body))
        return results

    with ThreadPoolExecutor(16) as executor:
        outcomes = [ok for results in executor.map(client, range(16)) for ok in results]
    assert len(outcomes) == 16 * 24 and all(outcomes)


# --- real clients --------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_ask_construct(endpoint, method):
    from SPARQLWrapper import CSV, JSON, JSONLD, RDFXML, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setMethod(method)
    client.setQuery(STATES)
    client.setReturnFormat(JSON)
    assert [row["state"]["value"] for row in client.queryAndConvert()["results"]["bindings"]] == STATE_IRIS
    client.setReturnFormat(XML)
    uris = [node.firstChild.data for node in client.queryAndConvert().getElementsByTagName("uri")]
    assert uris == STATE_IRIS
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode().split()[1:] == STATE_IRIS
    client.setQuery("ASK { res:li_qiang a foaf:Person }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True
    client.setQuery(CHINA)
    for return_format in (TURTLE, RDFXML, JSONLD):
        client.setReturnFormat(return_format)
        response = client.query().response
        media_type = response.headers["Content-Type"].split(";")[0]
        objects = {t.object.value for t in ox.parse(response.read(), format=ox.RdfFormat.from_media_type(media_type))}
        assert objects == {str(RES.sco)}


@pytest.mark.parametrize("method", ["GET", "POST_FORM"])
def test_rdflib_sparqlstore(endpoint, method):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(endpoint, method=method))
    assert [str(row.state) for row in graph.query(STATES)] == STATE_IRIS
    assert graph.query("ASK { res:li_qiang a foaf:Person }").askAnswer is True
    constructed = graph.query(CHINA).graph
    assert {str(o) for o in constructed.objects()} == {str(RES.sco)}
    graph.close()


JS_CLIENT = """
const { SparqlEndpointFetcher } = require('fetch-sparql-endpoint');
const [endpoint, select, ask, construct] = process.argv.slice(2);
(async () => {
  const fetcher = new SparqlEndpointFetcher();
  const states = [];
  for await (const bindings of await fetcher.fetchBindings(endpoint, select)) states.push(bindings.state.value);
  const answer = await fetcher.fetchAsk(endpoint, ask);
  const objects = [];
  for await (const triple of await fetcher.fetchTriples(endpoint, construct)) objects.push(triple.object.value);
  console.log(JSON.stringify({ states, answer, objects }));
})().catch((error) => { console.error(error); process.exit(1); });
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_javascript_client(endpoint, tmp_path):
    """fetch-sparql-endpoint, installed with: npm install --prefix tests/js fetch-sparql-endpoint."""
    modules = os.environ.get("SCO_KG_NODE_MODULES", str(ROOT / "tests" / "js" / "node_modules"))
    assert (Path(modules) / "fetch-sparql-endpoint").is_dir(), \
        f"fetch-sparql-endpoint is not in {modules}: npm install --prefix tests/js fetch-sparql-endpoint"
    script = tmp_path / "client.js"
    script.write_text(JS_CLIENT)
    completed = subprocess.run(
        ["node", str(script), endpoint, STATES, PREFIXES + "ASK { res:china sco:memberOf res:sco }", CHINA],
        capture_output=True, text=True, timeout=60, env={**os.environ, "NODE_PATH": modules})
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == {"states": STATE_IRIS, "answer": True, "objects": [str(RES.sco)]}


# --- no outbound requests: a canary must hear nothing ---------------------------------------

class Canary(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that records every request and answers an empty SPARQL result."""

    def __init__(self):
        self.requests: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(handler):
                self.requests.append(f"{handler.command} {handler.path}")
                body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"canary"}}]}}'
                handler.send_response(200)
                handler.send_header("Content-Type", "application/sparql-results+json")
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)

            do_POST = do_GET

            def log_message(handler, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_port}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self):
        self.shutdown()
        self.server_close()


@pytest.fixture(scope="module")
def canary():
    server = Canary()
    yield server
    server.close()


PROBES = [
    ("query", "SELECT * WHERE { SERVICE <{canary}/sparql> { ?s ?p ?o } }"),
    ("query", "SELECT * WHERE { SERVICE SILENT <{canary}/sparql> { ?s ?p ?o } }"),
    ("query", "PREFIX c: <{canary}/> SELECT * WHERE { ?x ?y ?z . SERVICE c:sparql { ?s ?p ?o } }"),
    ("query", "BASE <{canary}/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }"),
    ("query", "SELECT * WHERE { BIND(<{canary}/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }"),
    ("query", "SELECT * WHERE { FILTER(?a<'>') SERVICE <{canary}/sparql> { ?s ?p ?o } # '\n}"),
    ("query", "LOAD <{canary}/data.ttl>"),
    ("update", "LOAD <{canary}/data.ttl> INTO GRAPH <urn:x>"),
]
# A graph the store does not hold is an empty graph: answered, and fetched from nowhere.
EMPTY_GRAPH_PROBES = [
    ("query", "SELECT * FROM <{canary}/data.ttl> WHERE { ?s ?p ?o }"),
    ("query", "SELECT * FROM NAMED <{canary}/data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }"),
    ("default-graph-uri", "{canary}/data.ttl"),
    ("named-graph-uri", "{canary}/data.ttl"),
]


def probe(base: str, canary, parameter: str, value: str) -> tuple[int, dict]:
    """Send one probe as a form POST: (status, JSON body)."""
    params = {parameter: value.replace("{canary}", canary.url)}
    if parameter.endswith("graph-uri"):
        params["query"] = STATES
    status, _, body = fetch(base + "/sparql", urllib.parse.urlencode(params).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    return status, json.loads(body)


@pytest.mark.parametrize("parameter, value", PROBES)
def test_probes_are_refused_and_fetch_nothing(live_server, canary, parameter, value):
    status, answer = probe(live_server[0], canary, parameter, value)
    assert 400 <= status < 500 and answer["error"]["message"]
    assert canary.requests == []


@pytest.mark.parametrize("parameter, value", EMPTY_GRAPH_PROBES)
def test_graphs_from_elsewhere_are_empty_and_fetch_nothing(live_server, canary, parameter, value):
    status, answer = probe(live_server[0], canary, parameter, value)
    assert status == 200 and answer["results"]["bindings"] == []
    assert canary.requests == []


def test_describe_of_a_remote_iri_reads_only_local_data(live_server, canary):
    status, _, body = fetch(f"{live_server[0]}/sparql?" + urllib.parse.urlencode(
        {"query": f"DESCRIBE <{canary.url}/thing>"}), headers={"Accept": "application/n-triples"})
    assert status == 200 and body.strip() == b""
    assert canary.requests == []


def test_an_allowed_service_host_is_called(mini_triples_dir, example_queries_dir):
    from server import create_app

    allowed = Canary()
    app = create_app(server_config(mini_triples_dir, example_queries_dir, WORKERS=1,
                                   ALLOWED_SERVICE_HOSTS="127.0.0.1"))
    try:
        client = app.test_client()
        response = client.get("/sparql", query_string={
            "query": f"SELECT ?x WHERE {{ SERVICE <{allowed.url}/sparql> {{ ?x ?p ?o }} }}"})
        assert [row["x"]["value"] for row in response.get_json()["results"]["bindings"]] == ["canary"]
        assert len(allowed.requests) == 1
        allowed.close()
        failed = client.get("/sparql", query_string={
            "query": f"SELECT ?x WHERE {{ SERVICE <{allowed.url}/sparql> {{ ?x ?p ?o }} }}"})
        assert failed.status_code == 502 and failed.get_json()["error"]["kind"] == "service"
    finally:
        app.extensions["sco_kg"].pool.close()
        allowed.close()


# --- the web pages over HTTP ----------------------------------------------------------------

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_browsers_get_the_query_page_and_its_files(live_server):
    base = live_server[0]
    status, headers, body = fetch(base + "/sparql", headers={"Accept": BROWSER})  # 303 to /, followed
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    page = body.decode()
    for path, media_type in (("/static/query.js", "javascript"), ("/static/style.css", "text/css")):
        assert f'"{path}"' in page
        status, headers, asset = fetch(base + path)
        assert status == 200 and media_type in headers["Content-Type"] and asset


def test_an_entity_over_http(live_server):
    status, headers, body = fetch(live_server[0] + "/resource/bishkek", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and "Accept" in headers["Vary"]
    graph = Graph().parse(data=body.decode(), format="turtle")
    assert (RES.bishkek, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q9361")) in graph
    status, headers, body = fetch(live_server[0] + "/resource/bishkek", headers={"Accept": BROWSER})
    assert status == 200 and b"<h1>Bishkek</h1>" in body and "Content-Security-Policy" in headers


def test_the_federated_example_through_the_server(mini_triples_dir, example_queries_dir):
    from conftest import STAND_IN_WIKIDATA, WIKIDATA_SERVICE, sparql_endpoint
    from server import create_app
    from server.examples import read_example

    example = read_example(ROOT / "queries" / "wikidata_populations_federated.rq")
    with sparql_endpoint(STAND_IN_WIKIDATA) as (url, requests):
        refused = create_app(server_config(mini_triples_dir, example_queries_dir, WORKERS=1))
        allowed = create_app(server_config(mini_triples_dir, example_queries_dir, WORKERS=1,
                                           ALLOWED_SERVICE_HOSTS="127.0.0.1"))
        try:
            query = example.text.replace(WIKIDATA_SERVICE, url)
            assert refused.test_client().post("/sparql", data={"query": query}).status_code == 403
            assert requests == []  # refused before any request
            answer = allowed.test_client().post("/sparql", data={"query": query},
                                                headers={"Accept": "application/json"}).get_json()
            rows = {row["stateLabel"]["value"]: row["population"]["value"] for row in answer["results"]["bindings"]}
            assert rows["China"] == "1400000000" and len(requests) == 1
        finally:
            refused.extensions["sco_kg"].pool.close()
            allowed.extensions["sco_kg"].pool.close()
