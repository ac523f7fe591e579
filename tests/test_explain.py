"""Tests of loader.reasoning.explain: derivations by OWL 2 RL rule name, down to articles and sentences, checked."""

import copy

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF, XSD

from loader.rdf.dataset import load_dataset
from loader.reasoning.explain import Explainer, explain, parse_term, render_explanation
from loader.reasoning.infer import run_inference
from loader.reasoning.proof import check_explanation, rule_conclusions
from loader.rdf.namespaces import INFERRED_GRAPH, NIF, RES, SCO, WD, article_iri
from test_infer import dataset_from, sample_dataset

MEETING = RES.sco_heads_of_government_council_2023
PARTICIPATION = URIRef(str(RES) + "participation/sco_heads_of_government_council_2023/li_qiang")


@pytest.fixture(scope="module")
def sample():
    """The sample dataset with kgg:inferred from owlrl, and an Explainer over it."""
    dataset = sample_dataset()
    dataset.graph(INFERRED_GRAPH).__iadd__(run_inference(dataset, engine="owlrl"))
    return dataset, Explainer(dataset)


def test_every_inferred_triple_has_a_correct_explanation(sample):
    """For each triple of kgg:inferred: its rule, applied to its premises, yields it; the premises hold, down to
    asserted triples (the check the corpus-wide test runs too)."""
    dataset, explainer = sample
    problems = {}
    for triple in dataset.graph(INFERRED_GRAPH):
        found = check_explanation(dataset, explainer.explain(*triple))
        if found:
            problems[triple] = found
    assert problems == {}


def test_prp_spo2_explains_participant(sample):
    """meeting participant li_qiang: prp-spo2 from the chain axiom, its list, hasParticipation and agent,
    both asserted by article a1 with the participation's sentence."""
    expl = sample[1].explain(MEETING, SCO.participant, RES.li_qiang)
    assert (expl["holds"], expl["status"], expl["stored"], expl["rule"]) == (True, "inferred", True, "prp-spo2")
    texts = [premise["text"] for premise in expl["premises"]]
    assert "res:sco_heads_of_government_council_2023 sco:hasParticipation " \
           "res:participation/sco_heads_of_government_council_2023/li_qiang" in texts
    agent = next(p for p in expl["premises"] if p["triple"][1] == SCO.agent.n3())
    assert agent["status"] == "asserted"
    assert agent["articles"] == [str(article_iri("a1"))]
    assert agent["evidence"] == [{"article": str(article_iri("a1")), "at": None,  # the sample has no offsets
                                  "sentence": "Chinese Premier Li Qiang attended the meeting in Bishkek."}]
    assert "    ( sco:hasParticipation sco:agent )" in render_explanation(expl).splitlines()


def test_the_sentences_of_an_explanation_carry_their_offsets(corpus_trig):
    """In the built corpus, every sentence at a leaf names its nif:Sentence, whose offsets hold that sentence."""
    dataset = load_dataset(corpus_trig)
    expl = Explainer(dataset).explain(RES.sco_heads_of_government_council_2023, SCO.participant, RES.li_qiang)
    leaves = [e for premise in expl["premises"] for e in premise.get("evidence", [])]
    assert leaves
    for evidence in leaves:
        begin, end = map(int, evidence["at"].removeprefix(evidence["article"] + "#char=").split(","))
        text = str(next(o for _, _, o, _ in dataset.quads((URIRef(evidence["article"]), NIF.isString, None, None))))
        assert text[begin:end].split() == evidence["sentence"].split()


def test_prp_inv2_explanation_recurses_to_prp_spo2(sample):
    """li_qiang participatedIn meeting: prp-inv2 over (meeting participant li_qiang), itself prp-spo2."""
    expl = sample[1].explain(RES.li_qiang, SCO.participatedIn, MEETING)
    assert expl["rule"] == "prp-inv2"
    assert [p["rule"] for p in expl["premises"] if p["status"] == "inferred"] == ["prp-spo2"]


def test_prp_symp_explains_met_with_from_the_reified_sentence(sample):
    """sadyr_japarov metWith li_qiang: prp-symp, from the asserted triple and the rdf:Statement's sentence."""
    expl = sample[1].explain(RES.sadyr_japarov, SCO.metWith, RES.li_qiang)
    assert expl["rule"] == "prp-symp"
    asserted = expl["premises"][1]
    assert asserted["evidence"][0]["sentence"].startswith("Li Qiang met with Kyrgyz President Sadyr Japarov")


def test_eq_rep_s_explains_a_fact_about_a_wikidata_iri(sample):
    """wd:Q148 a sco:State: eq-rep-s from (china sameAs wd:Q148) in kgg:links and (china a sco:State)."""
    expl = sample[1].explain(WD.Q148, RDF.type, SCO.State)
    assert expl["rule"] == "eq-rep-s"
    assert [p["graphs"] for p in expl["premises"]] == [["https://w3id.org/sco-kg/graph/links"],
                                                       ["https://w3id.org/sco-kg/graph/reference"]]


def test_asserted_triple_names_its_articles(sample):
    """A triple two articles state is asserted, with both articles."""
    expl = sample[1].explain(MEETING, RDF.type, SCO.HeadsOfGovernmentCouncilMeeting)
    assert expl["status"] == "asserted"
    assert expl["articles"] == [str(article_iri("a1")), str(article_iri("a2"))]


def test_a_triple_that_does_not_hold(sample):
    expl = sample[1].explain(RES.li_qiang, SCO.metWith, RES.akylbek_japarov)
    assert expl["holds"] is False
    assert check_explanation(sample[0], expl) == []


def test_a_trivial_triple_says_it_is_not_stored(sample):
    expl = sample[1].explain(RES.li_qiang, OWL.sameAs, RES.li_qiang)
    assert expl["holds"] is False and "trivial" in expl["note"]


def test_explain_function_and_render():
    """explain() builds its own Explainer; the rendering names the rule, the premises and the sentence."""
    dataset = dataset_from("sco:Person rdfs:subClassOf foaf:Person .", "res:li_qiang a sco:Person .")
    dataset.graph(INFERRED_GRAPH).__iadd__(run_inference(dataset))
    text = render_explanation(explain(dataset, RES.li_qiang, RDF.type, FOAF.Person))
    assert text.splitlines() == [
        "res:li_qiang rdf:type foaf:Person",
        "  inferred by cax-sco (sub-class)",
        "    sco:Person rdfs:subClassOf foaf:Person",
        "      asserted in kgg:ontology",
        "    res:li_qiang rdf:type sco:Person",
        "      asserted in kgg:article/a1",
    ]


@pytest.mark.parametrize("change, problem", [
    (lambda e: e.update(rule="prp-dom"), "does not conclude"),
    (lambda e: e["premises"].reverse(), "does not conclude"),
    (lambda e: e["premises"][1].update(graphs=["https://w3id.org/sco-kg/graph/links"]), "asserted in"),
    (lambda e: e["premises"][0].update(triple=[RES.x.n3(), SCO.metWith.n3(), RES.y.n3()]), "asserted in"),
    (lambda e: e.update(stored=False), "stored"),
], ids=["wrong-rule", "premise-order", "wrong-graph", "false-premise", "not-stored"])
def test_check_explanation_finds_faults(sample, change, problem):
    """A tampered explanation of (sadyr_japarov metWith li_qiang) is caught."""
    expl = copy.deepcopy(sample[1].explain(RES.sadyr_japarov, SCO.metWith, RES.li_qiang))
    change(expl)
    assert any(problem in found for found in check_explanation(sample[0], expl))


def test_check_explanation_finds_a_cycle(sample):
    """A step that is its own premise is no derivation."""
    expl = copy.deepcopy(sample[1].explain(RES.sadyr_japarov, SCO.metWith, RES.li_qiang))
    expl["premises"][1] = copy.deepcopy(expl) | {"repeated": True}
    assert any("depends on itself" in found for found in check_explanation(sample[0], expl))


def test_rule_conclusions_of_a_list_rule():
    """prp-spo2 concludes (u1 p u3) from the chain axiom, the list cells and the links, in order."""
    head, rest = BNode(), BNode()
    premises = [(SCO.participant, OWL.propertyChainAxiom, head), (head, RDF.first, SCO.hasParticipation),
                (head, RDF.rest, rest), (rest, RDF.first, SCO.agent), (rest, RDF.rest, RDF.nil),
                (RES.m, SCO.hasParticipation, RES.p), (RES.p, SCO.agent, RES.li_qiang)]
    assert rule_conclusions("prp-spo2", premises) == {(RES.m, SCO.participant, RES.li_qiang)}
    assert rule_conclusions("prp-spo2", premises[:-1]) == set()


@pytest.mark.parametrize("text, term", [
    ("<https://w3id.org/sco-kg/resource/china>", RES.china),
    ("https://w3id.org/sco-kg/resource/china", RES.china),
    ("res:china", RES.china),
    ("res:article/2023-10-27_bishkek", article_iri("2023-10-27_bishkek")),
    ("urn:x:y", URIRef("urn:x:y")),
    ('"Li Qiang"', Literal("Li Qiang")),
    ('"Premier"@en', Literal("Premier", lang="en")),
    ('"2023-10-26"^^xsd:date', Literal("2023-10-26", datatype=XSD.date)),
    ('"22"^^<http://www.w3.org/2001/XMLSchema#integer>', Literal(22)),
    ("22", Literal(22)),
    ("true", Literal(True)),
])
def test_parse_term(text, term):
    parsed = parse_term(text)
    assert parsed == term and type(parsed) is type(term)
    assert getattr(parsed, "datatype", None) == getattr(term, "datatype", None)


@pytest.mark.parametrize("text", ["nope:china", "china", '"unterminated'])
def test_parse_term_rejects(text):
    with pytest.raises(ValueError):
        parse_term(text)


def test_check_explanation_finds_a_forward_reference(sample):
    """A step citing as "explained above" a triple only explained later could hide a cycle between branches."""
    expl = copy.deepcopy(sample[1].explain(RES.sadyr_japarov, SCO.metWith, RES.li_qiang))
    first, second = expl["premises"]
    expl["premises"] = [first | {"status": "inferred", "stored": False, "rule": "prp-symp", "premises": [
                                     {**second, "status": "inferred", "stored": False, "repeated": True}]},
                        second]
    assert any("marked as explained above, but it is not" in found for found in check_explanation(sample[0], expl))


def test_every_inferred_triple_of_the_corpus_is_explained_correctly(corpus_trig):
    """For each triple of kgg:inferred in the built corpus graph: its explanation's premises hold and its rule
    yields it (loader.reasoning.proof.check_explanation), down to asserted triples."""
    dataset = load_dataset(corpus_trig)
    explainer = Explainer(dataset)
    inferred = list(dataset.graph(INFERRED_GRAPH))
    assert len(inferred) > 1000
    problems = {t: found for t in inferred if (found := check_explanation(dataset, explainer.explain(*t)))}
    assert problems == {}
