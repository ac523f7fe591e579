"""Tests of loader.reasoning.infer: what OWL 2 RL adds to kgg:inferred, what the filter leaves out, and both engines."""

import warnings
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS, XSD

from loader.reasoning.infer import ERROR_MESSAGE, asserted_triples, is_trivial, run_inference
from loader.rdf.namespaces import INFERRED_GRAPH, LINKS_GRAPH, ONTOLOGY_GRAPH, ORG, PREFIXES, RES, SCO, WD, article_graph

ROOT = Path(__file__).parent.parent
SAMPLE = Path(__file__).parent / "data" / "infer_sample.trig"
HEADER = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items())
ENGINES = pytest.mark.parametrize("engine", ["owlrl", "fast"])


def dataset_from(ontology: str, facts: str, links: str = "") -> Dataset:
    """A dataset with these Turtle snippets as kgg:ontology, the article graph a1 and kgg:links."""
    dataset = Dataset()
    for graph, text in ((ONTOLOGY_GRAPH, ontology), (article_graph("a1"), facts), (LINKS_GRAPH, links)):
        dataset.graph(graph).parse(data=HEADER + text, format="turtle")
    return dataset


def infer(ontology: str, facts: str, engine: str, links: str = "") -> set:
    return set(run_inference(dataset_from(ontology, facts, links), engine=engine))


def sample_dataset() -> Dataset:
    """The corpus-shaped sample (tests/data/infer_sample.trig) with the real ontology."""
    dataset = Dataset()
    with warnings.catch_warnings():  # rdflib 7.6's Dataset.parse warns about its own Dataset.default_context
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=SAMPLE.read_text(encoding="utf-8"), format="trig")
    dataset.graph(ONTOLOGY_GRAPH).parse(ROOT / "ontology" / "sco.ttl", format="turtle")
    return dataset


CHAIN = "sco:participant owl:propertyChainAxiom ( sco:hasParticipation sco:agent ) ."
PARTICIPATION = "res:m sco:hasParticipation res:p . res:p sco:agent res:li_qiang ."


@ENGINES
def test_prp_spo2_participant_chain(engine):
    """m hasParticipation p, p agent li_qiang, participant = hasParticipation/agent => m participant li_qiang."""
    assert (RES.m, SCO.participant, RES.li_qiang) in infer(CHAIN, PARTICIPATION, engine)


@ENGINES
def test_prp_inv2_participated_in(engine):
    """participatedIn inverseOf participant, m participant li_qiang (by the chain) => li_qiang participatedIn m."""
    ontology = CHAIN + " sco:participatedIn owl:inverseOf sco:participant ."
    assert (RES.li_qiang, SCO.participatedIn, RES.m) in infer(ontology, PARTICIPATION, engine)


@ENGINES
def test_prp_inv1_participant_from_participated_in(engine):
    """participatedIn inverseOf participant, li_qiang participatedIn m => m participant li_qiang."""
    inferred = infer("sco:participatedIn owl:inverseOf sco:participant .", "res:li_qiang sco:participatedIn res:m .", engine)
    assert (RES.m, SCO.participant, RES.li_qiang) in inferred


@ENGINES
def test_prp_symp_met_with(engine):
    """metWith is symmetric, li_qiang metWith sadyr_japarov => sadyr_japarov metWith li_qiang."""
    inferred = infer("sco:metWith a owl:SymmetricProperty .", "res:li_qiang sco:metWith res:sadyr_japarov .", engine)
    assert (RES.sadyr_japarov, SCO.metWith, RES.li_qiang) in inferred


@ENGINES
def test_prp_trp_located_in(engine):
    """locatedIn is transitive, bishkek locatedIn chuy, chuy locatedIn kyrgyzstan => bishkek locatedIn kyrgyzstan."""
    facts = "res:bishkek sco:locatedIn res:chuy . res:chuy sco:locatedIn res:kyrgyzstan ."
    assert (RES.bishkek, SCO.locatedIn, RES.kyrgyzstan) in infer("sco:locatedIn a owl:TransitiveProperty .", facts, engine)


@ENGINES
def test_prp_spo1_capital_is_located_in(engine):
    """capitalOf subPropertyOf locatedIn, bishkek capitalOf kyrgyzstan => bishkek locatedIn kyrgyzstan."""
    inferred = infer("sco:capitalOf rdfs:subPropertyOf sco:locatedIn .", "res:bishkek sco:capitalOf res:kyrgyzstan .", engine)
    assert (RES.bishkek, SCO.locatedIn, RES.kyrgyzstan) in inferred


@ENGINES
def test_cax_sco_person_is_foaf_person(engine):
    """sco:Person subClassOf foaf:Person, li_qiang a sco:Person => li_qiang a foaf:Person."""
    inferred = infer("sco:Person rdfs:subClassOf foaf:Person .", "res:li_qiang a sco:Person .", engine)
    assert (RES.li_qiang, RDF.type, FOAF.Person) in inferred


@ENGINES
def test_scm_sco_intergovernmental_organization_is_org_organization(engine):
    """IGO subClassOf Organization, Organization subClassOf org:Organization => IGO subClassOf org:Organization."""
    ontology = "sco:IntergovernmentalOrganization rdfs:subClassOf sco:Organization . " \
               "sco:Organization rdfs:subClassOf org:Organization ."
    assert (SCO.IntergovernmentalOrganization, RDFS.subClassOf, ORG.Organization) in infer(ontology, "", engine)


@ENGINES
def test_prp_dom_date_makes_a_meeting(engine):
    """sco:date domain sco:Meeting, m sco:date "2023-10-26" => m a sco:Meeting."""
    inferred = infer("sco:date rdfs:domain sco:Meeting .", 'res:m sco:date "2023-10-26"^^xsd:date .', engine)
    assert (RES.m, RDF.type, SCO.Meeting) in inferred


@ENGINES
def test_prp_rng_held_in_a_city(engine):
    """sco:heldIn range sco:City, m heldIn bishkek => bishkek a sco:City."""
    assert (RES.bishkek, RDF.type, SCO.City) in infer("sco:heldIn rdfs:range sco:City .", "res:m sco:heldIn res:bishkek .", engine)


@ENGINES
def test_cax_eqc2_equivalent_class(engine):
    """sco:State equivalentClass res:Country, x a res:Country => x a sco:State."""
    inferred = infer("sco:State owl:equivalentClass res:Country .", "res:x a res:Country .", engine)
    assert (RES.x, RDF.type, SCO.State) in inferred


@ENGINES
def test_cls_uni_then_cax_sco_keeps_the_named_class(engine):
    """[unionOf (Person Organization)] subClassOf Agent, li_qiang a Person => li_qiang a Agent
    (the step li_qiang a [unionOf ...] is dropped by the filter)."""
    ontology = "[ owl:unionOf ( sco:Person sco:Organization ) ] rdfs:subClassOf foaf:Agent ."
    inferred = infer(ontology, "res:li_qiang a sco:Person .", engine)
    assert (RES.li_qiang, RDF.type, FOAF.Agent) in inferred
    assert not any(isinstance(o, BNode) for _, _, o in inferred)


@ENGINES
def test_cls_int1_intersection(engine):
    """Leader = intersectionOf (Person, Agent), x a Person, x a Agent => x a Leader."""
    ontology = "res:Leader owl:intersectionOf ( sco:Person foaf:Agent ) ."
    assert (RES.x, RDF.type, RES.Leader) in infer(ontology, "res:x a sco:Person, foaf:Agent .", engine)


@ENGINES
def test_cls_hv2_has_value(engine):
    """SummitHost = onProperty hostState hasValue kyrgyzstan, m hostState kyrgyzstan => m a SummitHost."""
    ontology = "res:SummitHost owl:onProperty sco:hostState ; owl:hasValue res:kyrgyzstan ."
    assert (RES.m, RDF.type, RES.SummitHost) in infer(ontology, "res:m sco:hostState res:kyrgyzstan .", engine)


@ENGINES
def test_cls_svf1_some_values_from(engine):
    """Summit = onProperty hasParticipation someValuesFrom Participation, m hasParticipation p, p a Participation
    => m a Summit."""
    ontology = "res:Summit owl:onProperty sco:hasParticipation ; owl:someValuesFrom sco:Participation ."
    facts = "res:m sco:hasParticipation res:p . res:p a sco:Participation ."
    assert (RES.m, RDF.type, RES.Summit) in infer(ontology, facts, engine)


@ENGINES
def test_eq_sym_wikidata_link(engine):
    """china sameAs wd:Q148 => wd:Q148 sameAs china."""
    assert (WD.Q148, OWL.sameAs, RES.china) in infer("", "", engine, links="res:china owl:sameAs wd:Q148 .")


@ENGINES
def test_eq_trans_between_external_iris(engine):
    """china sameAs wd:Q148, china sameAs dbr:China => wd:Q148 sameAs dbr:China (via eq-sym and eq-trans)."""
    inferred = infer("", "", engine, links="res:china owl:sameAs wd:Q148, dbr:China .")
    assert (WD.Q148, OWL.sameAs, URIRef("http://dbpedia.org/resource/China")) in inferred


@ENGINES
def test_eq_rep_s_copies_onto_the_wikidata_iri_are_filtered(engine):
    """china sameAs wd:Q148, china a sco:State => wd:Q148 a sco:State holds (eq-rep-s), but is filter rule 6:
    external IRIs are aliases, so kgg:inferred keeps the link and not the copy."""
    inferred = infer("", "res:china a sco:State .", engine, links="res:china owl:sameAs wd:Q148 .")
    assert (WD.Q148, RDF.type, SCO.State) not in inferred
    assert is_trivial((WD.Q148, RDF.type, SCO.State), external={WD.Q148})
    assert (WD.Q148, OWL.sameAs, RES.china) in inferred


@ENGINES
def test_eq_rep_o_copies_onto_the_wikidata_iri_are_filtered(engine):
    """kyrgyzstan sameAs wd:Q813, bishkek capitalOf kyrgyzstan => bishkek capitalOf wd:Q813 holds (eq-rep-o),
    but is filter rule 6."""
    inferred = infer("", "res:bishkek sco:capitalOf res:kyrgyzstan .", engine, links="res:kyrgyzstan owl:sameAs wd:Q813 .")
    assert (RES.bishkek, SCO.capitalOf, WD.Q813) not in inferred
    assert (WD.Q813, OWL.sameAs, RES.kyrgyzstan) in inferred


@ENGINES
def test_filter_drops_trivial_entailments(engine):
    """Reflexive owl:sameAs and subClassOf, owl:Thing types, axioms about built-in terms: none is kept."""
    inferred = infer("sco:Person a owl:Class ; rdfs:subClassOf foaf:Person . sco:date a owl:DatatypeProperty .",
                     'res:li_qiang a sco:Person ; rdfs:label "Li Qiang" .', engine, links="res:li_qiang owl:sameAs wd:Q2044780 .")
    for trivial in [(RES.li_qiang, OWL.sameAs, RES.li_qiang), (SCO.Person, RDFS.subClassOf, SCO.Person),
                    (RES.li_qiang, RDF.type, OWL.Thing), (SCO.Person, RDFS.subClassOf, OWL.Thing),
                    (OWL.Thing, RDF.type, OWL.Class), (RDFS.label, RDF.type, OWL.AnnotationProperty),
                    (XSD.string, RDF.type, RDFS.Datatype), (SCO.date, RDFS.subPropertyOf, SCO.date)]:
        assert trivial not in inferred
    assert (RES.li_qiang, RDF.type, FOAF.Person) in inferred
    assert (WD.Q2044780, RDF.type, FOAF.Person) not in inferred  # rule 6: a copy onto an external IRI


@ENGINES
def test_filter_drops_literal_subjects(engine):
    """Ranges on literals and two values of a functional property make owlrl emit literal subjects; none is kept."""
    ontology = "sco:date a owl:FunctionalProperty ; rdfs:range xsd:date . sco:title rdfs:range xsd:string ."
    facts = 'res:m sco:date "2023-10-26"^^xsd:date, "2023-10-27"^^xsd:date . res:p sco:title "Premier" .'
    assert not any(isinstance(s, Literal) or isinstance(p, Literal) for s, p, _ in infer(ontology, facts, engine))


@ENGINES
def test_inconsistency_is_no_triple(engine):
    """Disjoint classes with a common member: owlrl's err:ErrorMessage node is not kept (validate reports it)."""
    inferred = infer("sco:State owl:disjointWith sco:Organization .", "res:x a sco:State, sco:Organization .", engine)
    assert not any(o == ERROR_MESSAGE for _, _, o in inferred)


@ENGINES
def test_never_copies_an_asserted_triple_and_leaves_the_dataset_alone(engine):
    """kgg:inferred is disjoint from the asserted graphs, and run_inference changes no graph."""
    dataset = sample_dataset()
    before = set(dataset.quads((None, None, None, None)))
    inferred = set(run_inference(dataset, engine=engine))
    assert set(dataset.quads((None, None, None, None))) == before
    assert not inferred & asserted_triples(dataset)


@ENGINES
def test_a_stale_inferred_graph_is_not_input(engine):
    """A triple already in kgg:inferred is neither a premise nor asserted: li_qiang a Person there entails nothing."""
    dataset = dataset_from("sco:Person rdfs:subClassOf foaf:Person .", "")
    dataset.graph(INFERRED_GRAPH).add((RES.li_qiang, RDF.type, SCO.Person))
    assert (RES.li_qiang, RDF.type, FOAF.Person) not in set(run_inference(dataset, engine=engine))


def test_fast_engine_matches_owlrl_on_corpus_shaped_data():
    """The fast engine's kgg:inferred is owlrl's on the sample with the real ontology (no documented difference
    applies: the sample is consistent)."""
    dataset = sample_dataset()
    reference, fast = set(run_inference(dataset, engine="owlrl")), set(run_inference(dataset, engine="fast"))
    assert reference - fast == set(), "owlrl only"
    assert fast - reference == set(), "fast engine only"
    assert (RES.sco_heads_of_government_council_2023, SCO.participatingState, RES.china) in fast


def test_engines_differ_on_two_values_of_a_functional_property():
    """The one documented difference (README): m1 has two dates and m2 the first. owlrl's prp-fp makes the two
    literals owl:sameAs (not RDF, filtered) and eq-rep-o then gives m2 the second date too; the fast engine
    records the inconsistency (validate reports it, and the build stops) and derives nothing from it."""
    ontology = "sco:date a owl:FunctionalProperty ."
    facts = 'res:m1 sco:date "2023-10-26"^^xsd:date, "2023-10-27"^^xsd:date . res:m2 sco:date "2023-10-26"^^xsd:date .'
    second = (RES.m2, SCO.date, Literal("2023-10-27", datatype=XSD.date))
    assert second in infer(ontology, facts, "owlrl")
    assert second not in infer(ontology, facts, "fast")


def test_fast_engine_refuses_rules_it_lacks():
    """owl:hasKey needs rule prp-key, which only owlrl implements."""
    dataset = dataset_from("sco:Person owl:hasKey ( sco:title ) .", "")
    with pytest.raises(ValueError, match="prp-key"):
        run_inference(dataset, engine="fast")


def test_unknown_engine():
    with pytest.raises(ValueError, match="unknown inference engine"):
        run_inference(Dataset(), engine="reasonable")
