"""The example queries: reading queries/*.rq headers, /queries and /queries/<name>."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from conftest import ROOT, STAND_IN_WIKIDATA, WIKIDATA_SERVICE, sparql_endpoint
from loader.rdf.namespaces import PREFIXES, RES
from server.engine import Job, execute
from server.examples import Example, ExampleError, load_examples, read_example
from server.guard import Policy, check_query

REPOSITORY_EXAMPLES = load_examples(ROOT / "queries")


def test_header_is_read_into_an_example(example_queries_dir):
    examples = {example.name: example for example in load_examples(example_queries_dir)}
    assert examples["member_states"] == Example(
        name="member_states", title="Member states", description="States that are SCO members.",
        tags=("membership", "states"), expect="rows == 3",
        text="PREFIX sco: <https://w3id.org/sco-kg/ontology#>\nPREFIX res: <https://w3id.org/sco-kg/resource/>\n"
             "SELECT ?state WHERE { ?state sco:memberOf res:sco } ORDER BY ?state\n")
    assert examples["china_facts"].tags == () and examples["china_facts"].expect is None


def test_header_ends_at_the_first_line_that_is_not_a_comment(tmp_path):
    path = tmp_path / "late.rq"
    path.write_text("# title: T\n# a free comment\n# description: D\nASK {}\n# tags: not, a, header\n")
    example = read_example(path)
    assert (example.title, example.description, example.tags) == ("T", "D", ())
    assert example.text == "ASK {}\n# tags: not, a, header\n"


@pytest.mark.parametrize("header, missing", [("# description: D\n", "title"), ("# title: T\n", "description"),
                                             ("# title:\n# description: D\n", "title")])
def test_missing_title_or_description_names_the_file(tmp_path, header, missing):
    path = tmp_path / "incomplete.rq"
    path.write_text(header + "ASK {}\n")
    with pytest.raises(ExampleError, match=rf"incomplete\.rq.*no {missing}"):
        read_example(path)


def test_no_queries_folder_means_no_examples(tmp_path):
    assert load_examples(tmp_path / "absent") == []


@pytest.mark.parametrize("example", REPOSITORY_EXAMPLES, ids=[example.name for example in REPOSITORY_EXAMPLES])
def test_repository_examples_pass_the_endpoint_checks(example):
    """Each queries/*.rq has a header, passes the guard and parses without default prefixes."""
    policy = Policy(64, 50000, {prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
                    allowed_service_hosts=frozenset(example.services))
    form = check_query(example.text, policy).form
    assert form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
    media_type = "text/turtle" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
    with sparql_endpoint(STAND_IN_WIKIDATA) as (url, _):  # a SERVICE call never leaves 127.0.0.1
        reply = execute(ox.Store(), Job(example.text.replace(WIKIDATA_SERVICE, url), media_type, 10, {}))
    assert reply.status == 200, f"{reply.line}:{reply.column}: {reply.message}"


def test_list_queries(client):
    listed = client.get("/queries").get_json()
    assert [item["name"] for item in listed] == ["china_facts", "member_states"]
    assert listed[1]["title"] == "Member states" and listed[1]["tags"] == ["membership", "states"]
    assert listed[1]["query"].startswith("PREFIX sco:")


def test_run_a_select_example_with_negotiation(client):
    rows = client.get("/queries/member_states").get_json()["results"]["bindings"]
    assert [row["state"]["value"] for row in rows] == [str(RES.china), str(RES.kyrgyzstan), str(RES.russia)]
    as_csv = client.get("/queries/member_states", headers={"Accept": "text/csv"})
    assert [row["state"] for row in csv.DictReader(io.StringIO(as_csv.get_data(as_text=True)))][0] == str(RES.china)


def test_run_a_construct_example_with_the_format_parameter(client):
    response = client.get("/queries/china_facts", query_string={"format": "ntriples"})
    assert response.mimetype == "application/n-triples"
    triples = {str(t) for t in ox.parse(response.get_data(), format=ox.RdfFormat.N_TRIPLES)}
    assert f"<{RES.china}> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q148>" in triples


def test_unknown_example_is_404(client):
    response = client.get("/queries/nowhere")
    assert response.status_code == 404
    assert response.get_json()["error"]["kind"] == "not_found"
