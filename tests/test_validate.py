"""Tests of loader.reasoning.validate: SHACL shapes (ontology/shapes.ttl), article provenance and OWL 2 RL consistency."""

import pytest
from owlrl import DeductiveClosure, OWLRL_Semantics
from rdflib import Graph
from rdflib.namespace import RDF

from loader.reasoning.infer import ERROR_MESSAGE, asserted_triples, infer
from loader.reasoning.validate import validate
from test_infer import dataset_from, sample_dataset

ONTOLOGY = """
sco:HeadsOfStateCouncilMeeting rdfs:subClassOf sco:Meeting .
sco:BilateralMeeting rdfs:subClassOf sco:Meeting .
sco:date a owl:DatatypeProperty, owl:FunctionalProperty .
sco:MemberStateCapacity a sco:Capacity .
[] a owl:AllDisjointClasses ; owl:members ( sco:Person sco:State sco:Meeting ) .
sco:State owl:disjointWith sco:Organization .
"""
VALID = """
res:article\\/a1 a sco:NewsArticle ; rdfs:label "A" ; dcterms:title "A" ; dcterms:source "a1.txt" ;
    dcterms:date "2023-10-26"^^xsd:date .
res:m a sco:HeadsOfStateCouncilMeeting ; rdfs:label "M" ; sco:evidence "The summit opened." ;
    sco:date "2023-10-26"^^xsd:date ; sco:ordinal 22 ; sco:hasParticipation res:p .
res:p a sco:Participation ; rdfs:label "Li Qiang at M" ; sco:agent res:li_qiang ; sco:onBehalfOf res:china ;
    sco:capacity sco:MemberStateCapacity ; sco:remote false ; sco:evidence "Li Qiang attended." .
res:li_qiang a sco:Person ; rdfs:label "Li Qiang" .
res:china a sco:State ; rdfs:label "China" .
res:proposal a sco:Proposal ; rdfs:label "Proposals" ; sco:proposedBy res:li_qiang ; sco:point res:point_1 .
res:point_1 a sco:ProposalPoint ; rdfs:label "trade" ; sco:order 1 ; sco:evidence "First, trade." .
"""


def report(extra: str = "", links: str = ""):
    return validate(dataset_from(ONTOLOGY, VALID + extra, links))


def owlrl_errors(facts: str) -> list:
    """The inconsistencies owlrl itself records (as err:ErrorMessage nodes) for ONTOLOGY and these facts."""
    graph = Graph()
    for triple in asserted_triples(dataset_from(ONTOLOGY, facts)):
        graph.add(triple)
    DeductiveClosure(OWLRL_Semantics).expand(graph)
    return list(graph.subjects(RDF.type, ERROR_MESSAGE))


def test_a_well_formed_graph_conforms():
    result = report()
    assert result.conforms, result.text
    assert result.text == "Conforms: no violations, no inconsistencies."
    assert owlrl_errors(VALID) == []


def test_the_sample_with_the_real_ontology_conforms():
    result = validate(sample_dataset())
    assert result.conforms, result.text


@pytest.mark.parametrize("extra, line", [
    ('res:m2 sco:date "2023-10-26"^^xsd:date .',
     "Violation: res:m2: is used as a meeting but has no meeting class"),
    ('res:m sco:hostState res:kyrgyzstan . res:kyrgyzstan rdfs:label "Kyrgyzstan" .',
     "Violation: res:m sco:hostState: sco:hostState must be a sco:State"),
    ('res:m3 a sco:BilateralMeeting ; rdfs:label "M3" ; sco:evidence "They met." ; sco:date "26 October 2023" .',
     "Violation: res:m3 sco:date: sco:date is one xsd:date"),
    ('res:m3 a sco:BilateralMeeting ; rdfs:label "M3" ; sco:evidence "They met." ; sco:ordinal 0 .',
     "Violation: res:m3 sco:ordinal: sco:ordinal is one xsd:integer, 1 or more"),
    ('res:m sco:hasParticipation res:q . res:q a sco:Participation ; rdfs:label "Q" ; sco:evidence "Someone came." .',
     "Violation: res:q: a participation needs an sco:agent or, when the text names nobody, an sco:inPosition or sco:onBehalfOf"),
    ('res:q a sco:Participation ; rdfs:label "Q" ; sco:agent res:li_qiang ; sco:evidence "Li came." .',
     "Violation: res:q ^sco:hasParticipation: a participation belongs to exactly one meeting"),
    ('res:p sco:agent res:china .',
     "Violation: res:p sco:agent: a participation has at most one sco:agent"),
    ('res:li_qiang rdfs:label "Premier Li" .',
     "Violation: res:li_qiang rdfs:label: needs exactly one rdfs:label"),
    ('res:article\\/a2 a sco:NewsArticle ; rdfs:label "B" ; dcterms:source "a2.txt" ; dcterms:date "2023-10-27"^^xsd:date .',
     "Violation: res:article/a2 dcterms:title: an article has exactly one dcterms:title"),
    ('res:proposal sco:point res:point_2 . res:point_2 a sco:ProposalPoint ; rdfs:label "peace" ; sco:evidence "Peace." .',
     "Violation: res:point_2 sco:order: a proposal point has exactly one sco:order"),
    ('res:sco a sco:Organization ; rdfs:label "SCO" ; sco:memberStateCount -1 .',
     "Violation: res:sco sco:memberStateCount: a count is an xsd:integer, 0 or more"),
], ids=["meeting-class", "host-state", "date", "ordinal", "agent", "meeting-of-participation", "one-agent",
        "one-label", "article-title", "point-order", "count"])
def test_shacl_violation(extra, line):
    result = report(extra)
    assert not result.conforms
    assert any(text.startswith(line) for text in result.text.splitlines()), result.text


def test_a_meeting_no_article_states():
    """A meeting typed only outside the article graphs (here kgg:links) has no article."""
    result = report(links='res:m4 a sco:BilateralMeeting ; rdfs:label "M4" ; sco:evidence "They met." .')
    assert "Violation: res:m4 rdf:type: a meeting no article graph states" in result.text.splitlines()


def test_a_warning_does_not_fail():
    """A meeting without a sentence is reported as a warning, and the graph still conforms."""
    result = report('res:m5 a sco:BilateralMeeting ; rdfs:label "M5" .')
    assert result.conforms
    assert any(line.startswith("Warning: res:m5 sco:evidence: no sentence") for line in result.text.splitlines())


INCONSISTENT = [
    ("res:li_qiang a sco:State .",
     "Inconsistent: res:li_qiang rdf:type: member of disjoint classes sco:Person and sco:State (OWL 2 RL cax-adc)"),
    ('res:china a sco:Organization .',
     "Inconsistent: res:china rdf:type: member of disjoint classes sco:State and sco:Organization (OWL 2 RL cax-dw)"),
    ("res:li_qiang a owl:Nothing .", "Inconsistent: res:li_qiang rdf:type: member of owl:Nothing (OWL 2 RL cls-nothing2)"),
]


@pytest.mark.parametrize("extra, line", INCONSISTENT, ids=["cax-adc", "cax-dw", "cls-nothing2"])
def test_owl_rl_inconsistency(extra, line):
    """Reported like a violation, and owlrl agrees that the graph is inconsistent."""
    result = report(extra)
    assert not result.conforms
    assert line in result.text.splitlines()
    assert owlrl_errors(VALID + extra)


@pytest.mark.parametrize("extra, line", INCONSISTENT, ids=["cax-adc", "cax-dw", "cls-nothing2"])
def test_the_inconsistencies_inference_met_are_reported_as_validation_finds_them(extra, line):
    """A build hands validation what the fast engine found while inferring, instead of reasoning twice."""
    dataset = dataset_from(ONTOLOGY, VALID + extra, "")
    asserted = asserted_triples(dataset)
    handed = validate(dataset, asserted=asserted, inconsistencies=infer(dataset, "fast", asserted).inconsistencies)
    assert handed == validate(dataset)
    assert line in handed.text.splitlines()


def test_prp_fp_two_dates_is_inconsistent():
    """sco:date is functional: a meeting with two dates is reported (owlrl only equates the two literals)."""
    result = report('res:m sco:date "2023-10-27"^^xsd:date .')
    assert not result.conforms
    assert 'Inconsistent: res:m sco:date: functional property with two values, "2023-10-26"^^xsd:date and ' \
           '"2023-10-27"^^xsd:date (OWL 2 RL prp-fp)' in result.text.splitlines()

