"""loader.export and `sco-kg export`: RDF dumps with their VoID description, the CSV tables, PLOVER records."""

from __future__ import annotations

import csv
import json
from collections import Counter

import jsonschema
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import ROOT
from loader.export.void import VOID_GRAPH
from loader.rdf.dataset import load_store
from loader.rdf.namespaces import LINKS_GRAPH, RES
from server.cli import main

SCHEMA = json.loads((ROOT / "loader" / "export" / "plover.schema.json").read_text())
FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
           "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}


def export(corpus_trig, tmp_path, *args, name="out"):
    output = tmp_path / name
    result = CliRunner().invoke(main, ["export", "--trig", str(corpus_trig), "-o", str(output), *args])
    return result, output


@pytest.fixture(scope="module")
def built(corpus_trig):
    return list(ox.parse(path=str(corpus_trig), format=ox.RdfFormat.TRIG))


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_rdf_format_holds_the_dataset_and_its_void(corpus_trig, built, tmp_path, fmt):
    result, output = export(corpus_trig, tmp_path, "--format", fmt)
    assert result.exit_code == 0, result.output
    read = list(ox.parse(path=str(output), format=FORMATS[fmt]))
    statements = {(q.subject, q.predicate, q.object) for q in built}
    if fmt in ("trig", "nquads", "jsonld"):  # the named graphs kept, and kgg:void added
        assert {q for q in read if q.graph_name != ox.NamedNode(str(VOID_GRAPH))} == set(built)
        assert any(q.graph_name == ox.NamedNode(str(VOID_GRAPH)) for q in read)
    else:  # the merge: each triple once
        triples = {(t.subject, t.predicate, t.object) for t in read}
        assert statements < triples and len(triples) == len(read)


def test_one_graph(corpus_trig, built, tmp_path):
    result, output = export(corpus_trig, tmp_path, "--format", "nt", "--graph", "kgg:links")
    assert result.exit_code == 0, result.output
    read = {(t.subject, t.predicate, t.object) for t in ox.parse(path=str(output), format=ox.RdfFormat.N_TRIPLES)}
    assert read == {(q.subject, q.predicate, q.object) for q in built if q.graph_name == ox.NamedNode(str(LINKS_GRAPH))}


def test_an_unknown_graph_is_refused_and_nothing_is_written(corpus_trig, tmp_path):
    result, output = export(corpus_trig, tmp_path, "--graph", "kgg:nowhere")
    assert result.exit_code == 1 and "has no graph <https://w3id.org/sco-kg/graph/nowhere>" in result.output
    assert list(tmp_path.iterdir()) == []


def test_the_void_counts_what_the_dataset_holds(corpus_trig, built, tmp_path):
    result, output = export(corpus_trig, tmp_path, "--format", "nquads")
    void = ox.Store()
    void.load(path=str(output), format=ox.RdfFormat.N_QUADS)
    counts = Counter(q.graph_name.value for q in built)
    rows = void.query(f"SELECT ?g ?n WHERE {{ GRAPH <{VOID_GRAPH}> {{ ?g <http://rdfs.org/ns/void#triples> ?n }} }}")
    stated = {row["g"].value: int(row["n"].value) for row in rows}
    assert {g: n for g, n in stated.items() if g in counts} == dict(counts)
    wikidata = sum(1 for q in built if q.graph_name.value == str(LINKS_GRAPH)
                   and q.object.value.startswith("http://www.wikidata.org/entity/"))
    assert stated["https://w3id.org/sco-kg/dataset/links-wikidata"] == wikidata > 30


def test_states_carry_their_iso_codes(corpus_trig):
    store = load_store(corpus_trig)
    codes = {row["s"].value[len(RES):]: (row["a"].value, row["b"].value) for row in store.query(
        f"SELECT ?s ?a ?b WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?s <http://www.wikidata.org/prop/direct/P297> ?a ; "
        "<http://www.wikidata.org/prop/direct/P298> ?b } }")}
    assert {state: codes[state] for state in ("china", "russia", "iran", "turkey", "kyrgyzstan", "palestine")} == {
        "china": ("CN", "CHN"), "russia": ("RU", "RUS"), "iran": ("IR", "IRN"), "turkey": ("TR", "TUR"),
        "kyrgyzstan": ("KG", "KGZ"), "palestine": ("PS", "PSE")}
    states = {row["s"].value for row in store.query("SELECT ?s WHERE { ?s a <https://w3id.org/sco-kg/ontology#State> }")}
    assert len(codes) == len(states)  # every state of the reference list has its codes


def test_the_csv_tables_have_a_row_per_fact_with_its_sentence(corpus_trig, tmp_path):
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--trig", str(corpus_trig), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    texts = {q.subject.value: q.object.value for q in ox.parse(path=str(corpus_trig), format=ox.RdfFormat.TRIG)
             if q.predicate.value.endswith("#isString")}
    for kind in ("meetings", "attendance", "memberships", "documents"):
        with open(tmp_path / f"{kind}.csv", newline="", encoding="utf-8") as table:
            rows = list(csv.DictReader(table))
        assert rows, kind
        for row in rows:
            if row["sentence"]:
                text = texts[str(RES) + row["article"]]
                assert text[int(row["sentence_start"]):int(row["sentence_end"])].split() == row["sentence"].split()
    with open(tmp_path / "attendance.csv", newline="", encoding="utf-8") as table:
        attendance = list(csv.DictReader(table))
    li = [row for row in attendance if row["meeting"] == "sco_heads_of_government_council_2023"
          and row["agent"] == "li_qiang"]
    assert li and all(row["on_behalf_of"] == "china" and row["capacity"] == "MemberStateCapacity" for row in li)
    assert len({row["article"] for row in li}) == 2  # stated by two articles: a row each


def test_plover_records_validate_and_code_the_meetings(corpus_trig, tmp_path):
    result, output = export(corpus_trig, tmp_path, "--format", "plover")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in output.read_text().splitlines()]
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert [(entry["id"], error.message) for entry in records for error in validator.iter_errors(entry)] == []
    assert len({entry["id"] for entry in records}) == len(records)
    by_event = Counter(entry["event"][0] for entry in records)
    assert by_event["CONSULT"] and by_event["SUPPORT"] and by_event["AGREE"]
    council = next(entry for entry in records if entry["id"].endswith("-sco_heads_of_government_council_2023"))
    assert council["mode"] == ["multilateral"] and council["date"] == "2023-10-26"
    assert council["event_loc"] == {"name": "Bishkek", "geonameid": 1528675, "country code": "KG", "cc3": "KGZ"}
    assert {"code": "CHN", "sector": "GOV", "actor_text": "Li Qiang"}.items() <= next(
        actor for actor in council["source"] if actor.get("actor_text") == "Li Qiang").items()
    assert any("phone" in entry.get("mode", []) for entry in records)  # the 2023 summit by video
    bilateral = [entry for entry in records if "-bilateral_" in entry["id"]]
    assert bilateral and {mode for entry in bilateral for mode in entry["mode"]} <= {"visit", "third-party"}
    for entry in records:
        if "text_info" in entry:
            assert entry["text_info"]["end"] > entry["text_info"]["start"] and entry["event_text"]
