"""queries/*.rq: each example parses, declares its prefixes, meets its `# expect:` line on the corpus,
and answers its competency question as the gold standard (tests/gold) says."""

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import STAND_IN_WIKIDATA, WIKIDATA_SERVICE, sparql_endpoint
from loader.evaluate import read_gold
from server.examples import load_examples

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = load_examples(ROOT / "queries")
GOLD = {path.stem: read_gold(path) for path in (Path(__file__).parent / "gold").glob("*.tsv")}
INFERRED = ox.NamedNode("https://w3id.org/sco-kg/graph/inferred")


def gold(kind: str) -> set:
    return {fact for facts in GOLD.values() for fact in facts if fact[0] == kind}


def run(store, text: str) -> list[dict]:
    solutions = store.query(text, default_graph=[ox.DefaultGraph(), INFERRED])
    names = [v.value for v in solutions.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in solutions]


def check_expectation(expect: str, rows: list) -> None:
    match = re.fullmatch(r"rows\s*(>=|==|>)\s*(\d+)", expect)
    assert match, f"unknown expect line: {expect}"
    op, n = match[1], int(match[2])
    assert {">=": len(rows) >= n, "==": len(rows) == n, ">": len(rows) > n}[op], f"{len(rows)} rows, expected {expect}"


def test_there_is_an_example_for_every_competency_question():
    assert len(EXAMPLES) >= 11
    assert all(e.title and e.description for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_declares_its_prefixes(example):
    declared = set(re.findall(r"PREFIX\s+(\w*):", example.text))
    used = set(re.findall(r"(?<![\w<#/])([a-z][\w]*):(?=[A-Za-z_])", re.sub(r"<[^>]*>|\"[^\"]*\"", "", example.text)))
    assert used <= declared, used - declared


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_meets_its_expectation(example, corpus_store):
    if not example.services:
        check_expectation(example.expect, run(corpus_store, example.text))
        return
    # a federated example: its SERVICE calls go to a stand-in of Wikidata on 127.0.0.1
    assert example.services == ("query.wikidata.org",) and WIKIDATA_SERVICE in example.text
    with sparql_endpoint(STAND_IN_WIKIDATA) as (url, requests):
        rows = run(corpus_store, example.text.replace(WIKIDATA_SERVICE, url))
    check_expectation(example.expect, rows)
    assert requests and {row["stateLabel"]: row["population"] for row in rows}["China"] == "1400000000"


def example(name: str) -> str:
    return next(e.text for e in EXAMPLES if e.name == name)


def res(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def test_attendance_matches_the_gold_standard(corpus_store):
    """CQ2: the named participants of the 22nd Meeting of the Council of Heads of Government."""
    rows = run(corpus_store, example("meeting_attendance"))
    expected = {f[2] for f in gold("participation") if f[1] == "sco_heads_of_government_council_2023" and f[2] != "-"}
    labels = {row["participant"] for row in rows if row["participant"]}
    assert len(labels) == len(expected)
    assert {"Li Qiang", "Mikhail Mishustin", "Akylbek Japarov"} <= labels


def test_bilateral_meetings_match_the_gold_standard(corpus_store):
    """CQ4: Li Qiang's dated bilateral meetings are the gold standard's."""
    rows = run(corpus_store, example("bilateral_meetings"))
    expected = {f[3] for f in gold("met_with") if "li_qiang" in f[1:3] and f[3] != "-"}
    assert {row["date"] for row in rows} == expected


def test_proposals_are_in_order(corpus_store):
    """CQ5: every gold proposal point is there, in order for each proposer and meeting."""
    rows = run(corpus_store, example("proposals_point_by_point"))
    assert len({(r["proposerLabel"], r["meetingLabel"], r["order"]) for r in rows}) == len(gold("proposal_point"))
    orders = [int(r["order"]) for r in rows if r["proposerLabel"] == "Xi Jinping"]
    assert orders == sorted(orders) == [1, 2, 3, 4, 5]


def test_statuses_match_the_gold_standard(corpus_store):
    """CQ1: (article date, status, state) as the gold files state them."""
    rows = run(corpus_store, example("member_states_by_article"))
    found = {(row["status"], res(row["state"])) for row in rows}
    names = {"memberOf": "member", "observerOf": "observer", "dialoguePartnerOf": "dialogue partner"}
    assert found == {(names[f[2]], f[1]) for f in gold("status")}


def test_timeline_is_sorted_and_has_the_councils(corpus_store):
    """CQ8: the timeline lists the dated council meetings in order."""
    rows = run(corpus_store, example("meeting_timeline"))
    dates = [row["date"] for row in rows if row["date"]]
    assert dates == sorted(dates)
    assert {"21", "22", "23"} <= {row["ordinal"] for row in rows}


def test_inferred_facts_are_only_in_the_inferred_graph(corpus_store):
    """CQ10: what the example lists is inferred, not asserted."""
    rows = run(corpus_store, example("inferred_facts_about_entity"))
    assert rows
    for row in rows:
        ask = (f"ASK {{ GRAPH ?g {{ <https://w3id.org/sco-kg/resource/li_qiang> <{row['property']}> ?v }} "
               f"FILTER (?g != <{INFERRED.value}>) FILTER (STR(?v) = \"{row['value']}\") }}")
        assert not corpus_store.query(ask), row


def test_support_names_articles_and_sentences(corpus_store):
    """CQ11: the articles stating that Belarus is an observer, each with its sentence."""
    rows = run(corpus_store, example("articles_supporting_fact"))
    expected = {name for name, facts in GOLD.items() if ("status", "belarus", "observerOf", "sco") in facts}
    assert {res(row["article"]) for row in rows} == expected
    assert all(row["sentence"] and "Belarus" in row["sentence"] for row in rows)
    assert all(int(row["end"]) > int(row["begin"]) >= 0 for row in rows)
