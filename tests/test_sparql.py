"""The /sparql endpoint in process: protocol, content negotiation, datasets, safety rules and limits."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib.namespace import OWL, RDFS

from conftest import SERVER_TIMEOUT, running_app
from loader.rdf.namespaces import KGG, RES, SCO

STATES = "SELECT ?state WHERE { ?state sco:memberOf res:sco } ORDER BY ?state"
STATE_IRIS = [str(RES.china), str(RES.kyrgyzstan), str(RES.russia)]
CHINA = "CONSTRUCT WHERE { res:china ?p ?o }"
ASK_INFERRED = "ASK { res:li_qiang a foaf:Person }"
# A cross product of every triple with itself five times, counted: it never ends on its own.
PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }"
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"


def values(document: dict, name: str) -> list[str]:
    return [row[name]["value"] for row in document["results"]["bindings"]]


def wait_for_idle_worker(app) -> None:
    """Wait until a worker stopped by a test has been replaced."""
    pool, deadline = app.extensions["sco_kg"].pool, time.monotonic() + 10
    while pool.status()["idle"] < pool.status()["expected"] and time.monotonic() < deadline:
        time.sleep(0.05)


def error_of(response, status: int, kind: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["kind"] == kind and error["status"] == status
    return error


# --- query forms and content negotiation ----------------------------------------------

def test_select_defaults_to_json_and_the_default_graph_is_a_set(client):
    """China is a member in two article graphs: the merged default graph still holds it once."""
    response = client.get("/sparql", query_string={"query": STATES})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    document = response.get_json()
    assert document["head"]["vars"] == ["state"]
    assert values(document, "state") == STATE_IRIS


def _rows(media_type: str, body: str) -> list[str]:
    if media_type == "application/sparql-results+xml":
        root = ET.fromstring(body)
        return [uri.text for uri in root.iter(RESULTS_NS + "uri")]
    if media_type == "text/csv":
        return [row["state"] for row in csv.DictReader(io.StringIO(body))]
    if media_type == "text/tab-separated-values":
        header, *lines = body.splitlines()
        assert header == "?state"
        return [line.strip("<>") for line in lines]
    return values(json.loads(body), "state")


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "application/sparql-results+xml",
                                        "text/csv", "text/tab-separated-values"])
def test_select_formats_by_accept(client, media_type):
    response = client.get("/sparql", query_string={"query": STATES}, headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.mimetype == media_type
    assert _rows(media_type, response.get_data(as_text=True)) == STATE_IRIS


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "application/sparql-results+xml",
                                        "text/csv", "text/tab-separated-values"])
def test_ask_formats_by_accept(client, media_type):
    response = client.get("/sparql", query_string={"query": ASK_INFERRED}, headers={"Accept": media_type})
    assert response.status_code == 200 and response.mimetype == media_type
    body = response.get_data(as_text=True)
    if media_type.endswith("+json"):
        assert json.loads(body)["boolean"] is True
    elif media_type.endswith("+xml"):
        assert ET.fromstring(body).find(RESULTS_NS + "boolean").text == "true"
    else:
        assert body.strip() == "true"


def parse_rdf(body: bytes, media_type: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) in N-Triples syntax, read with pyoxigraph's parsers."""
    statements = ox.parse(body, format=ox.RdfFormat.from_media_type(media_type))
    return {(str(s.subject), str(s.predicate), str(s.object)) for s in statements}


@pytest.mark.parametrize("media_type", ["text/turtle", "application/n-triples", "application/ld+json",
                                        "application/rdf+xml", "application/trig", "application/n-quads"])
def test_construct_formats_by_accept(client, media_type):
    response = client.get("/sparql", query_string={"query": CHINA}, headers={"Accept": media_type})
    assert response.status_code == 200 and response.mimetype == media_type
    triples = parse_rdf(response.get_data(), media_type)
    assert (f"<{RES.china}>", f"<{OWL.sameAs}>", "<http://www.wikidata.org/entity/Q148>") in triples
    assert (f"<{RES.china}>", f"<{SCO.memberOf}>", f"<{RES.sco}>") in triples


def test_describe_answers_turtle_by_default(client):
    response = client.get("/sparql", query_string={"query": "DESCRIBE res:bishkek"})
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    triples = parse_rdf(response.get_data(), "text/turtle")
    assert (f"<{RES.bishkek}>", f"<{RDFS.label}>", '"Bishkek"') in triples


@pytest.mark.parametrize("query, name, media_type", [
    (STATES, "csv", "text/csv"), (STATES, "tsv", "text/tab-separated-values"),
    (STATES, "xml", "application/sparql-results+xml"), (CHINA, "ntriples", "application/n-triples"),
    (CHINA, "jsonld", "application/ld+json"), (CHINA, "xml", "application/rdf+xml")])
def test_format_parameter_wins_over_accept(client, query, name, media_type):
    response = client.get("/sparql", query_string={"query": query, "format": name},
                          headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 200
    assert response.mimetype == media_type


@pytest.mark.parametrize("query, accept", [(STATES, "text/turtle"), (CHINA, "application/sparql-results+json"),
                                           (ASK_INFERRED, "image/png")])
def test_nothing_acceptable_is_406(client, query, accept):
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert "available" in error_of(response, 406, "not_acceptable")["message"]


def test_unknown_format_parameter_is_406(client):
    error_of(client.get("/sparql", query_string={"query": STATES, "format": "yaml"}), 406, "not_acceptable")


# --- protocol: methods, bodies, encodings ---------------------------------------------

def test_post_form_and_post_direct_answer_like_get(client):
    form = client.post("/sparql", data={"query": STATES})
    direct = client.post("/sparql", data=STATES.encode(), content_type="application/sparql-query")
    assert values(form.get_json(), "state") == values(direct.get_json(), "state") == STATE_IRIS


def test_utf8_byte_order_mark_is_accepted(client):
    response = client.post("/sparql", data=b"\xef\xbb\xbf" + STATES.encode(),
                           content_type="application/sparql-query")
    assert values(response.get_json(), "state") == STATE_IRIS


def test_non_ascii_query_round_trips(client):
    query = 'SELECT ?x WHERE { BIND("Ürümqi – 乌鲁木齐" AS ?x) }'
    response = client.get("/sparql", query_string={"query": query})
    assert values(response.get_json(), "x") == ["Ürümqi – 乌鲁木齐"]


@pytest.mark.parametrize("request_kwargs, status, kind", [
    ({"path": "/sparql?query=SELECT%20%FF"}, 400, "encoding"),
    ({"data": b"query=SELECT%20%C3%28", "content_type": "application/x-www-form-urlencoded"}, 400, "encoding"),
    ({"data": STATES.encode("utf-16"), "content_type": "application/sparql-query"}, 400, "encoding"),
    ({"data": STATES.encode("utf-16"), "content_type": "application/sparql-query; charset=utf-16"}, 415, "encoding"),
    ({"data": b"SELECT \xff", "content_type": "application/sparql-query"}, 400, "encoding"),
    ({"data": STATES.encode(), "content_type": "text/plain"}, 415, "content_type"),
    ({"data": STATES.encode()}, 415, "content_type"),
    ({"data": {}}, 400, "missing_query"),
    ({"data": b"   ", "content_type": "application/sparql-query"}, 400, "missing_query"),
    ({"data": {"query": [STATES, STATES]}}, 400, "parameter"),
    ({"data": {"query": STATES, "infer": "perhaps"}}, 400, "parameter"),
])
def test_malformed_requests_are_4xx(client, request_kwargs, status, kind):
    request_kwargs = dict(request_kwargs)
    path = request_kwargs.pop("path", None)
    response = client.get(path) if path else client.post("/sparql", **request_kwargs)
    error = error_of(response, status, kind)
    assert error["message"]


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_wrong_method_is_405_with_allow(client, method):
    response = getattr(client, method)("/sparql", data=STATES)
    error_of(response, 405, "method_not_allowed")
    assert {"GET", "POST"} <= {m.strip() for m in response.headers["Allow"].split(",")}


def test_syntax_error_gives_line_column_and_context(client):
    query = "PREFIX sco: <https://w3id.org/sco-kg/ontology#>\nSELECT ?s WHERE {\n  ?s sco:memberOf \n}"
    error = error_of(client.get("/sparql", query_string={"query": query}), 400, "syntax")
    assert (error["line"], error["column"]) == (4, 1)
    assert error["context"] == "}"
    assert error["message"].startswith("syntax error")


# --- datasets and the infer switch ------------------------------------------------------

@pytest.mark.parametrize("params, expected", [
    ({}, True), ({"infer": "true"}, True), ({"infer": "false"}, False), ({"infer": "0"}, False)])
def test_infer_switch_drops_the_inferred_graph(client, params, expected):
    response = client.get("/sparql", query_string={"query": ASK_INFERRED, **params})
    assert response.get_json()["boolean"] is expected


def test_inferred_graph_stays_reachable_by_name_without_inference(client):
    query = "ASK { GRAPH kgg:inferred { res:li_qiang a foaf:Person } }"
    assert client.get("/sparql", query_string={"query": query, "infer": "false"}).get_json()["boolean"] is True


def test_default_and_named_graph_uri_are_honoured(client):
    links = client.get("/sparql", query_string={"query": "SELECT ?s WHERE { ?s owl:sameAs ?o } ORDER BY ?s",
                                                "default-graph-uri": str(KGG.links)})
    assert values(links.get_json(), "s") == [str(RES.bishkek), str(RES.china), str(RES.russia)]
    none = client.get("/sparql", query_string={"query": STATES, "default-graph-uri": str(KGG.links)})
    assert values(none.get_json(), "state") == []
    named = client.get("/sparql", query_string={
        "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": str(KGG.links)})
    assert values(named.get_json(), "g") == [str(KGG.links)]


def test_from_and_from_named_choose_the_dataset(client):
    query = "SELECT ?s FROM kgg:links WHERE { ?s owl:sameAs ?o } ORDER BY ?s"
    assert values(client.get("/sparql", query_string={"query": query}).get_json(), "s")[0] == str(RES.bishkek)
    query = "SELECT ?g FROM NAMED kgg:reference WHERE { GRAPH ?g { res:china a sco:State } }"
    assert values(client.get("/sparql", query_string={"query": query}).get_json(), "g") == [str(KGG.reference)]


@pytest.mark.parametrize("params", [
    {"query": "SELECT * FROM <http://example.org/elsewhere> WHERE { ?s ?p ?o }"},
    {"query": "SELECT * FROM NAMED <file:///etc/passwd> WHERE { ?s ?p ?o }"},
    {"query": STATES, "default-graph-uri": "http://example.org/elsewhere"},
    {"query": STATES, "named-graph-uri": "http://example.org/elsewhere"}])
def test_graphs_outside_the_dataset_are_empty_graphs(client, params):
    response = client.get("/sparql", query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["results"]["bindings"] == []


# --- read-only ---------------------------------------------------------------------------

UPDATES = ["INSERT DATA { res:x res:y res:z }", "DELETE WHERE { ?s ?p ?o }", "DROP ALL", "CLEAR DEFAULT",
           "LOAD <http://example.org/data.ttl>", "CREATE GRAPH <http://example.org/g>", "ADD DEFAULT TO kgg:links",
           "MOVE kgg:links TO DEFAULT", "COPY kgg:links TO DEFAULT",
           "WITH kgg:links DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
           "PREFIX x: <http://x/>\ndelete data { x:a x:b x:c }"]


def _count(client) -> int:
    document = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    return int(values(document.get_json(), "n")[0])


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_through_every_parameter(client, update):
    before = _count(client)
    for response in (client.get("/sparql", query_string={"query": update}),
                     client.post("/sparql", data={"query": update}),
                     client.post("/sparql", data={"update": update}),
                     client.get("/sparql", query_string={"update": update}),
                     client.post("/sparql", data=update.encode(), content_type="application/sparql-update"),
                     client.post("/sparql", data=update.encode(), content_type="application/sparql-query")):
        error_of(response, 403, "read_only")
    assert _count(client) == before


def test_update_after_a_query_is_refused_by_the_parser(client):
    error_of(client.get("/sparql", query_string={"query": STATES + " ; DROP ALL"}), 400, "syntax")


# --- limits -------------------------------------------------------------------------------

def test_deep_nesting_is_refused_before_parsing(client):
    query = "SELECT * WHERE " + "{" * 100_000 + "}" * 100_000
    error = error_of(client.post("/sparql", data={"query": query}), 400, "too_deep")
    assert (error["line"], error["column"]) == (1, 16 + 64)


def test_long_operator_chains_are_refused(client):
    query = "SELECT * WHERE { FILTER(" + "!" * 60_000 + "true) }"
    error_of(client.post("/sparql", data={"query": query}), 400, "too_complex")


def test_time_limit_stops_the_query(client):
    started = time.monotonic()
    error = error_of(client.get("/sparql", query_string={"query": PATHOLOGICAL}), 503, "timeout")
    assert time.monotonic() - started < SERVER_TIMEOUT + 1
    assert f"{SERVER_TIMEOUT:g} s" in error["message"]
    assert values(client.get("/sparql", query_string={"query": STATES}).get_json(), "state") == STATE_IRIS


@pytest.fixture(scope="module")
def small_app(mini_triples_dir, example_queries_dir):
    """One worker and tight limits, to reach each limit with small requests."""
    with running_app(mini_triples_dir, example_queries_dir, WORKERS=1, LANE_WORKERS=0, MAX_ROWS=2,
                     MAX_REQUEST_BYTES=2000, MAX_CONCURRENT_PER_CLIENT=1, QUEUE_TIMEOUT=0.2, QUERY_TIMEOUT=1.5) as app:
        yield app


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "text/csv"])
def test_results_past_max_rows_are_cut_and_flagged(small_app, media_type):
    for _ in range(2):  # the second answer is the kept one: flagged too
        response = small_app.test_client().get("/sparql", query_string={"query": STATES},
                                               headers={"Accept": media_type})
        assert response.headers["X-SCO-KG-Truncated"] == "true"
    if media_type.endswith("json"):
        assert response.get_json()["truncated"] is True
        assert values(response.get_json(), "state") == STATE_IRIS[:2]
    else:
        assert len(list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))) == 2


def test_graph_results_past_max_rows_are_cut_and_flagged(small_app):
    response = small_app.test_client().get("/sparql", query_string={"query": CHINA})
    assert response.headers["X-SCO-KG-Truncated"] == "true"
    assert len(parse_rdf(response.get_data(), "text/turtle")) == 2


def test_results_within_max_rows_are_not_flagged(small_app):
    response = small_app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert "X-SCO-KG-Truncated" not in response.headers


def test_large_requests_are_413(small_app):
    client = small_app.test_client()
    error_of(client.post("/sparql", data={"query": STATES + " " * 3000}), 413, "too_large")
    error_of(client.get("/sparql", query_string={"query": STATES + " " * 3000}), 414, "too_large")


def test_one_client_with_too_many_queries_gets_429_and_others_503_busy(small_app):
    client = small_app.test_client()
    slow = threading.Thread(target=client.get, args=("/sparql",), kwargs={"query_string": {"query": PATHOLOGICAL}})
    slow.start()
    try:
        time.sleep(0.3)
        # queries not asked before: a kept answer needs no worker
        same_client = client.get("/sparql", query_string={"query": STATES + " # same client"})
        other_client = client.get("/sparql", query_string={"query": STATES + " # other client"},
                                  environ_base={"REMOTE_ADDR": "192.0.2.7"})
    finally:
        slow.join()
        wait_for_idle_worker(small_app)
    error_of(same_client, 429, "too_many_queries")
    error_of(other_client, 503, "busy")
    assert same_client.headers["Retry-After"] and other_client.headers["Retry-After"]


def test_a_worker_that_dies_is_reported_and_replaced(small_app):
    import os
    import signal

    pool, client = small_app.extensions["sco_kg"].pool, small_app.test_client()
    client.get("/sparql", query_string={"query": "ASK {}"})
    killer = threading.Timer(0.3, lambda: [os.kill(pid, signal.SIGKILL) for pid in pool.pids()])
    killer.start()
    error_of(client.get("/sparql", query_string={"query": PATHOLOGICAL}), 500, "engine_failed")
    wait_for_idle_worker(small_app)
    assert client.get("/sparql", query_string={"query": "ASK {}"}).get_json()["boolean"] is True


# --- base IRI, functions, prefixes, positions, Host --------------------------------------------

def test_relative_iris_resolve_against_the_endpoint(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { BIND(<x> AS ?x) }"})
    assert values(response.get_json(), "x") == ["http://localhost/x"]
    describe = client.get("/sparql", query_string={"query": "DESCRIBE <u>"})
    assert describe.status_code == 200


@pytest.mark.parametrize("overrides, expected", [
    ({"PUBLIC_URL": "https://kg.example.org/"}, "https://kg.example.org/x"),
    ({"PUBLIC_URL": "https://kg.example.org", "BASE": "http://base.example/a/"}, "http://base.example/a/x"),
])
def test_relative_iris_resolve_against_public_url_or_base(mini_triples_dir, example_queries_dir, overrides, expected):
    with running_app(mini_triples_dir, example_queries_dir, WORKERS=1, **overrides) as app:
        response = app.test_client().get("/sparql", query_string={"query": "SELECT ?x WHERE { BIND(<x> AS ?x) }"},
                                         headers={"Host": "kg.example.org"}, base_url="https://kg.example.org")
    assert values(response.get_json(), "x") == [expected]


def test_an_unknown_function_is_a_400_that_names_it(client):
    query = "SELECT * WHERE { ?s ?p ?o FILTER(<http://example.org/nofunction>(?o)) }"
    error = error_of(client.get("/sparql", query_string={"query": query}), 400, "unknown_function")
    assert "<http://example.org/nofunction>" in error["message"]


@pytest.mark.parametrize("subject", ["?c", "res:xi_an", "<https://w3id.org/sco-kg/resource/xi_an>"])
def test_an_iri_with_an_apostrophe_after_a_term_is_queried(client, subject):
    query = f"SELECT * WHERE {{ {subject} owl:sameAs <http://dbpedia.org/resource/Xi'an> }}"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["results"]["bindings"] == []  # mini.trig does not hold that link


def test_an_undeclared_prefix_is_named_with_its_place(client):
    query = "SELECT * WHERE {\n  ?s foo:bar ?o\n}"
    error = error_of(client.get("/sparql", query_string={"query": query}), 400, "prefix")
    assert error["message"].startswith("prefix foo: is not declared")
    assert (error["line"], error["column"], error["context"]) == (2, 6, "  ?s foo:bar ?o")


def test_a_syntax_error_at_the_end_of_a_line_points_at_that_line(client):
    query = "SELECT * WHERE { ?s ?p ?o .\n  FILTER( }\n"
    error = error_of(client.get("/sparql", query_string={"query": query}), 400, "syntax")
    assert (error["line"], error["column"], error["context"]) == (2, 11, "  FILTER( }")


@pytest.fixture(scope="module")
def public_app(mini_triples_dir, example_queries_dir):
    with running_app(mini_triples_dir, example_queries_dir, WORKERS=1, PUBLIC_URL="https://kg.example.org") as app:
        yield app


def test_a_host_header_other_than_public_url_is_refused(public_app):
    client = public_app.test_client()
    error = error_of(client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Host": "evil.example"}),
                     400, "host")
    assert "https://kg.example.org" in error["message"]
    for host in ("kg.example.org", "KG.example.org:443"):
        response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Host": host},
                              base_url="https://kg.example.org")
        assert response.get_json()["boolean"] is True


def test_written_urls_come_from_public_url_not_the_host_header(public_app):
    client = public_app.test_client()
    description = client.get("/sparql", headers={"Accept": "application/n-triples", "Host": "kg.example.org"},
                             base_url="https://kg.example.org")
    assert b"<https://kg.example.org/sparql> <http://www.w3.org/ns/sparql-service-description#endpoint>" \
        in description.get_data()
    page = client.get("/", headers={"Accept": "text/html", "Host": "kg.example.org"}, base_url="https://kg.example.org")
    assert "https://kg.example.org/sparql" in page.get_data(as_text=True)
