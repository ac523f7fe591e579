"""loader.rdf.article: each test article's graph equals its reviewed golden file (tests/data/expected/<stem>.ttl)."""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF, RDFS

from loader.reading.documents import read_document
from loader.extraction.extract import EXTRACTOR_VERSION, extract_facts
from loader.rdf.namespaces import RES, SCO, article_graph, article_iri
from loader.rdf.article import facts_to_graph

DATA = Path(__file__).parent / "data"
DOCUMENTS = sorted((DATA / "documents").glob("*.txt"))


def article_rdf(path: Path, gazetteer) -> Graph:
    document = read_document(path)
    return facts_to_graph(document, extract_facts(document, gazetteer), EXTRACTOR_VERSION)


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_graph_matches_golden_file(path, gazetteer, request):
    graph = article_rdf(path, gazetteer)
    golden = DATA / "expected" / f"{path.stem}.ttl"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(exist_ok=True)
        graph.serialize(golden, format="turtle")
    expected = Graph().parse(golden, format="turtle")
    if not isomorphic(graph, expected):
        _, missing, unexpected = graph_diff(to_isomorphic(expected), to_isomorphic(graph))
        pytest.fail("missing:\n" + missing.serialize(format="nt") + "\nunexpected:\n" + unexpected.serialize(format="nt"))


def test_graph_says_where_it_came_from(gazetteer):
    path = DOCUMENTS[0]
    graph = article_rdf(path, gazetteer)
    stem = read_document(path).id
    assert graph.identifier == article_graph(stem)
    assert (article_graph(stem), PROV.wasDerivedFrom, article_iri(stem)) in graph
    assert (article_graph(stem), SCO.extractorVersion, Literal(EXTRACTOR_VERSION)) in graph
    assert (article_iri(stem), RDF.type, SCO.NewsArticle) in graph


def test_facts_carry_their_sentence(gazetteer):
    """Every plain fact is reified with its sentence; every participation node has its sentence."""
    graph = article_rdf(DATA / "documents" / "2024-10-16_islamabad-heads-of-government.txt", gazetteer)
    statements = {(graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
                  for st in graph.subjects(RDF.type, RDF.Statement) if graph.value(st, SCO.evidence)}
    plain = {(s, p, o) for s, p, o in graph if p in (SCO.memberOf, SCO.observerOf, SCO.holdsPosition, SCO.metWith)}
    assert plain and plain <= statements
    for node in graph.subjects(RDF.type, SCO.Participation):
        assert graph.value(node, SCO.evidence) is not None


def test_no_blank_nodes_and_one_label_per_entity(gazetteer):
    for path in DOCUMENTS:
        graph = article_rdf(path, gazetteer)
        assert not [t for t in graph if any(type(term).__name__ == "BNode" for term in t)]
        for subject in set(graph.subjects(RDFS.label, None)):
            assert len(list(graph.objects(subject, RDFS.label))) == 1, subject


def test_same_input_same_iris(gazetteer):
    path = DATA / "documents" / "2024-07-04_astana-heads-of-state-belarus-admitted.txt"
    first, second = article_rdf(path, gazetteer), article_rdf(path, gazetteer)
    assert set(first) == set(second)
    assert (RES.sco_heads_of_state_council_2024, RDF.type, SCO.HeadsOfStateCouncilMeeting) in first


def test_evidence_and_new_names_are_as_written(gazetteer, tmp_path):
    """Extraction reads folded text ("Sefcovic", straight quotes); the graph keeps what the article wrote."""
    path = tmp_path / "2025-06-03_astana-guest.txt"
    path.write_text(
        "SCO foreign ministers meet in Astana\n\n"
        "ASTANA, June 3 (Xinhua) -- The meeting of the SCO Council of Foreign Ministers was held in Astana on "
        "Tuesday. Slovak Foreign Minister Juraj Blanár and Czech Foreign Minister Jan Lipavský attended the meeting "
        "as guests of the SCO’s rotating presidency.\n", encoding="utf-8")
    graph = article_rdf(path, gazetteer)
    evidence = {str(o) for o in graph.objects(None, SCO.evidence)}
    assert any("Juraj Blanár" in e and "SCO’s" in e for e in evidence), evidence
    assert not any("Blanar" in e for e in evidence)
    assert graph.value(RES.juraj_blanar, RDFS.label) == Literal("Juraj Blanár")
    assert graph.value(RES.jan_lipavsky, RDFS.label) == Literal("Jan Lipavský")


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_evidence_sentences_point_into_the_article_text(path, gazetteer):
    """Every fact's sentence is a nif:Sentence whose offsets cut its words out of the article's nif:isString."""
    graph = article_rdf(path, gazetteer)
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    text = str(graph.value(article_iri(read_document(path).id), URIRef(nif + "isString")))
    cited = list(graph.subject_objects(SCO.evidenceSentence))
    assert len(cited) >= 10
    for node, sentence in cited:
        begin = int(graph.value(sentence, URIRef(nif + "beginIndex")))
        end = int(graph.value(sentence, URIRef(nif + "endIndex")))
        assert text[begin:end].split() == str(graph.value(node, SCO.evidence)).split()
