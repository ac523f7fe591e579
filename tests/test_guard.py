"""server.guard: the lexical scan reads '<' as the parser does, names undeclared prefixes, and places errors."""

from __future__ import annotations

import pytest

from server.errors import QueryError
from server.guard import Policy, check_query, error_start

POLICY = Policy(max_nesting=64, max_operators=50000, prefixes={"owl": "http://www.w3.org/2002/07/owl#"})


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?c owl:sameAs <http://dbpedia.org/resource/Xi'an> }",
    "SELECT * WHERE { owl:x owl:sameAs <http://dbpedia.org/resource/Xi'an> }",
    "SELECT * WHERE { <urn:a> owl:sameAs <http://dbpedia.org/resource/Xi'an> }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o = <http://dbpedia.org/resource/Xi'an>) }",
    "SELECT * WHERE { ?s ?p (<urn:a'> <urn:b'>) }",
    "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o <http://example.org/f'n>(?s)",
    "SELECT * WHERE { _:b ?p ?o }",
    "SELECT * WHERE { ?a ?b ?c FILTER(?a<'>') }",
    "SELECT * WHERE { ?a ?b ?c FILTER(?a<=?b&&?c>3) }",
], ids=["after-var", "after-pname", "after-iri", "in-expression", "collection", "order-by-call", "blank-node",
        "less-than-string", "operators-without-spaces"])
def test_every_iri_the_grammar_accepts_is_accepted(query):
    assert check_query(query, POLICY).form == "SELECT"


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { FILTER(?a<'>') SERVICE <http://evil.example/sparql> { ?s ?p ?o } # '\n}",
    "SELECT * WHERE { { SELECT ?x (?y<'a' AS ?z) WHERE {} } SERVICE <http://evil.example/> {} # '\n}",
])
def test_less_than_before_a_quote_hides_no_service(query):
    with pytest.raises(QueryError) as refused:
        check_query(query, POLICY)
    assert refused.value.kind == "service" and "evil.example" in refused.value.message


@pytest.mark.parametrize("query, prefix, column", [
    ("SELECT * WHERE { ?s foo:p ?o }", "foo", 21),
    ("PREFIX x: <http://x/>\nSELECT * WHERE { ?s x:p :o }", "", 25),
])
def test_an_undeclared_prefix_is_named(query, prefix, column):
    with pytest.raises(QueryError) as refused:
        check_query(query, POLICY)
    assert refused.value.kind == "prefix"
    assert refused.value.message.startswith(f"prefix {prefix}: is not declared")
    assert refused.value.column == column


@pytest.mark.parametrize("query, reported, expected", [
    ("SELECT * WHERE { ?s ?p ?o . \n  FILTER( }\n", (3, 1), (2, 11)),
    ("SELECT * WHERE {\n ?s ?p \n}", (3, 2), (3, 1)),
    ("SELECT ?s WHERE {\n  ?s <p> \n}", (3, 1), (3, 1)),
    ("SELECT * WHERE { ?s ?p ?o }\n\n  foo", (3, 6), (3, 3)),
], ids=["past-the-line-end", "just-after-the-token", "at-the-token", "end-of-text"])
def test_error_positions_point_at_the_token(query, reported, expected):
    assert error_start(query, *reported) == expected
