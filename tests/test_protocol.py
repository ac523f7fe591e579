"""The W3C SPARQL 1.1 Protocol query tests, over HTTP against `sco-kg serve`.

Written from the descriptions of the tests in the W3C manifest (sparql11/protocol/manifest.ttl),
with the fixture graphs it names (data1.nt to data3.nt) in tests/data/protocol.trig. The endpoint
is /sparql, where the manifest's example server has /sparql/. The update tests of the manifest
expect a writable store: this endpoint is read-only, so only their "bad_update_*" cases (4xx) apply.
"""

from __future__ import annotations

import http.client
import json
import shutil
import urllib.parse
import xml.etree.ElementTree as ET

import pytest

from conftest import DATA, serving

pytestmark = pytest.mark.e2e

DATA_IRI = "http://kasei.us/2009/09/sparql/data/data{}.rdf"
BOOLEAN_TYPES = ("application/sparql-results+xml", "application/sparql-results+json")
TABULAR_TYPES = (*BOOLEAN_TYPES, "text/tab-separated-values", "text/csv")
RDF_TYPES = ("application/rdf+xml", "application/rdf+json", "text/turtle", "application/n-triples")


def graphs(name: str, *numbers: int) -> str:
    """The query string naming data<n>.rdf as the value of name, once per number."""
    return "&".join(f"{name}={urllib.parse.quote(DATA_IRI.format(n), safe='')}" for n in numbers)


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, example_queries_dir):
    folder = tmp_path_factory.mktemp("protocol-triples")
    shutil.copyfile(DATA / "protocol.trig", folder / "sco-kg.trig")
    with serving(folder, example_queries_dir, folder / "serve.log") as base:
        yield base + "/sparql"


def boolean(media_type: str, body: bytes) -> bool:
    if media_type == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    return ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def call(endpoint: str, method: str, query_string: str = "", body: str | bytes | None = None,
         content_type: str | None = None, accept: str | None = None) -> tuple[int, str, bytes]:
    """(status, media type, body) of a request sent as written: no header added (urllib would add a
    Content-Type to a POST without one)."""
    parts = urllib.parse.urlsplit(endpoint)
    headers = {"Content-Type": content_type} if content_type else {}
    if accept:
        headers["Accept"] = accept
    connection = http.client.HTTPConnection(parts.netloc, timeout=30)
    try:
        connection.request(method, parts.path + ("?" + query_string if query_string else ""),
                           body.encode() if isinstance(body, str) else body, headers)
        response = connection.getresponse()
        media_type = (response.getheader("Content-Type") or "").split(";")[0].strip()
        return response.status, media_type, response.read()
    finally:
        connection.close()


ASK_DATA1_DATA2 = (f"ASK {{ <{DATA_IRI.format(1)}> a ?type . <{DATA_IRI.format(2)}> a ?type . }}")
ASK_NAMED = f"ASK {{ GRAPH ?g1 {{ <{DATA_IRI.format(1)}> a ?type }} GRAPH ?g2 {{ <{DATA_IRI.format(2)}> a ?type }} }}"
DIRECT = "application/sparql-query"
FORM = "application/x-www-form-urlencoded"

# name: (method, query string, body, content type); each expects 2xx or 3xx and a true boolean.
TRUE_ASKS = {
    "query_post_form": ("POST", graphs("default-graph-uri", 0), "query=ASK%20%7B%7D", FORM),
    "query_dataset_default_graphs_get": (
        "GET", "query=" + urllib.parse.quote(ASK_DATA1_DATA2) + "&" + graphs("default-graph-uri", 1, 2), None, None),
    "query_dataset_default_graphs_post": ("POST", graphs("default-graph-uri", 1, 2), ASK_DATA1_DATA2, DIRECT),
    "query_dataset_named_graphs_post": ("POST", graphs("named-graph-uri", 1, 2), ASK_NAMED, DIRECT),
    "query_dataset_named_graphs_get": (
        "GET", "query=" + urllib.parse.quote(ASK_NAMED) + "&" + graphs("named-graph-uri", 1, 2), None, None),
    "query_dataset_full": (
        "POST", graphs("default-graph-uri", 3) + "&" + graphs("named-graph-uri", 1, 2),
        f"ASK {{\n  <{DATA_IRI.format(3)}> a ?type\n  GRAPH ?g1 {{ <{DATA_IRI.format(1)}> a ?type }}\n"
        f"  GRAPH ?g2 {{ <{DATA_IRI.format(2)}> a ?type }}\n}}", DIRECT),
    "query_get": ("GET", "query=ASK%20%7B%7D&" + graphs("default-graph-uri", 0), None, None),
    "query_post_direct": ("POST", graphs("default-graph-uri", 0), "ASK {}", DIRECT),
}


@pytest.mark.parametrize("name", TRUE_ASKS)
def test_query_answers_true(endpoint, name):
    method, query_string, body, content_type = TRUE_ASKS[name]
    status, media_type, answer = call(endpoint, method, query_string, body, content_type)
    assert 200 <= status < 400, answer
    assert media_type in BOOLEAN_TYPES
    assert boolean(media_type, answer) is True


@pytest.mark.xfail(strict=True, reason="the manifest's query string encodes '&named-graph-uri=' inside one "
                   "value (%26, %3D): that is one named graph this store does not hold, so GRAPH finds nothing")
def test_query_multiple_dataset(endpoint):
    query_string = "named-graph-uri=" + urllib.parse.quote(DATA_IRI.format(1) + "&named-graph-uri=" + DATA_IRI.format(2),
                                                           safe="")
    body = f"ASK FROM <{DATA_IRI.format(3)}> " + ASK_NAMED[4:]
    status, media_type, answer = call(endpoint, "POST", query_string, body, DIRECT)
    assert 200 <= status < 400 and boolean(media_type, answer) is True


@pytest.mark.parametrize("name, body, types", [
    ("query_content_type_select", "SELECT (1 AS ?value) {}", TABULAR_TYPES),
    ("query_content_type_ask", "ASK {}", BOOLEAN_TYPES),
    ("query_content_type_describe", "DESCRIBE <http://example.org/>", RDF_TYPES),
    ("query_content_type_construct", "CONSTRUCT { <s> <p> 1 } WHERE {}", RDF_TYPES),
])
def test_query_content_type(endpoint, name, body, types):
    status, media_type, answer = call(endpoint, "POST", graphs("default-graph-uri", 0), body, DIRECT)
    assert 200 <= status < 400, answer
    assert media_type in types


def test_construct_resolves_relative_iris_against_the_endpoint(endpoint):
    status, _, answer = call(endpoint, "POST", "", "CONSTRUCT { <s> <p> 1 } WHERE {}", DIRECT,
                             accept="application/n-triples")
    assert status == 200
    assert answer.decode().split()[:2] == [f"<{endpoint.rsplit('/', 1)[0]}/s>", f"<{endpoint.rsplit('/', 1)[0]}/p>"]


# name: (method, query string, body, content type); each expects 4xx.
BAD = {
    "bad_query_method": ("PUT", "query=ASK%20%7B%7D", None, None),
    "bad_multiple_queries": ("GET", "query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", None, None),
    "bad_query_wrong_media_type": ("POST", "", "ASK {}", "text/plain"),
    "bad_query_missing_form_type": ("POST", "", "query=ASK%20%7B%7D", None),
    "bad_query_missing_direct_type": ("POST", "", "ASK {}", None),
    "bad_query_non_utf8": ("POST", "", None, "application/sparql-query; charset=UTF-16"),
    "bad_query_syntax": ("GET", "query=ASK%20%7B", None, None),
    "bad_update_get": ("GET", "update=CLEAR%20ALL", None, None),
    "bad_multiple_updates": ("POST", "", "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", FORM),
    "bad_update_wrong_media_type": ("POST", "", "CLEAR NAMED", "text/plain"),
    "bad_update_missing_form_type": ("POST", "", "update=CLEAR%20NAMED", None),
    "bad_update_non_utf8": ("POST", "", None, "application/sparql-update; charset=UTF-16"),
    "bad_update_syntax": ("POST", "", "update=CLEAR%20XYZ", FORM),
}


@pytest.mark.parametrize("name", BAD)
def test_bad_requests_are_4xx(endpoint, name):
    method, query_string, body, content_type = BAD[name]
    if name.endswith("non_utf8"):
        body = ("ASK {}" if "query" in name else "CLEAR NAMED").encode("utf-16")
    status, _, answer = call(endpoint, method, query_string, body, content_type)
    assert 400 <= status < 500, answer
    assert json.loads(answer)["error"]["status"] == status
