"""server/same_as.py: a query's external identifiers stand for the sco-kg resources kgg:links ties them to."""

from loader.rdf.namespaces import PREFIXES
from server.guard import Policy
from server.same_as import local_names, rewrite

POLICY = Policy(64, 50000, {prefix: str(namespace) for prefix, namespace in PREFIXES.items()})
CHINA, Q148 = "https://w3id.org/sco-kg/resource/china", "http://www.wikidata.org/entity/Q148"
NAMES = {Q148: CHINA}


def test_constants_in_any_spelling_are_rewritten():
    assert rewrite("SELECT ?o WHERE { wd:Q148 sco:memberOf ?o }", NAMES, POLICY) == \
        f"SELECT ?o WHERE {{ <{CHINA}> sco:memberOf ?o }}"
    assert rewrite("PREFIX w: <http://www.wikidata.org/entity/> ASK { ?m sco:participatingState w:Q148 }",
                   NAMES, POLICY).endswith(f"?m sco:participatingState <{CHINA}> }}")
    assert rewrite(f"SELECT * WHERE {{ <{Q148}> ?p ?o }}", NAMES, POLICY) == f"SELECT * WHERE {{ <{CHINA}> ?p ?o }}"


def test_the_link_itself_strings_and_unlinked_iris_stay():
    for query in (f"ASK {{ res:china owl:sameAs <{Q148}> }}", "ASK { wd:Q148 owl:sameAs ?x }",
                  f'SELECT * WHERE {{ ?s rdfs:label "<{Q148}> wd:Q148" }}', "ASK { wd:Q30 ?p ?o }"):
        assert rewrite(query, NAMES, POLICY) == query


def test_an_iri_linked_to_two_resources_stands_for_neither():
    rows = [{"local": {"value": CHINA}, "external": {"value": Q148}},
            {"local": {"value": "https://w3id.org/sco-kg/resource/a"}, "external": {"value": "http://dbpedia.org/resource/X"}},
            {"local": {"value": "https://w3id.org/sco-kg/resource/b"}, "external": {"value": "http://dbpedia.org/resource/X"}}]
    assert local_names(rows) == {Q148: CHINA}
