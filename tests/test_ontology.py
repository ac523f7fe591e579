"""Tests of the OWL ontology (ontology/sco.ttl): the contract terms and what OWL 2 RL infers from them."""

from pathlib import Path

import owlrl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from loader.rdf.namespaces import ORG, RES, SCHEMA, SCO

ONTOLOGY_FILE = Path(__file__).parent.parent / "ontology" / "sco.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/sco-kg/ontology")

# owlrl records an inconsistency as a node of this type with an err:error message.
ERR = "http://www.daml.org/2002/03/agents/agent-ont#"
ERROR_MESSAGE = URIRef(ERR + "ErrorMessage")
ERROR_TEXT = URIRef(ERR + "error")

# Every term of ONTOLOGY.md (kept here, as the contract may not be beside the repository).
CONTRACT_CLASSES = [
    "State", "Person", "City", "Organization", "IntergovernmentalOrganization",
    "Meeting", "HeadsOfStateCouncilMeeting", "HeadsOfGovernmentCouncilMeeting",
    "ForeignMinistersCouncilMeeting", "MinisterialMeeting", "DefenceMinistersMeeting",
    "SecurityCouncilSecretariesMeeting", "BilateralMeeting", "Forum", "PressEvent",
    "Participation", "Position", "Initiative", "Project", "AdoptedDocument",
    "Proposal", "ProposalPoint", "NewsArticle",
]
CONTRACT_OBJECT_PROPERTIES = [
    "heldIn", "hostState", "chair", "organizer", "adopted", "mentions", "onSidelinesOf",
    "hasParticipation", "agent", "onBehalfOf", "capacity",
    "participant", "participatingState", "participatedIn",
    "holdsPosition", "positionOf", "metWith", "locatedIn", "capitalOf",
    "memberOf", "observerOf", "dialoguePartnerOf", "affiliatedWith", "rotatingPresidency",
    "proposedBy", "proposedAt", "point", "signedBy",
]
CONTRACT_DATATYPE_PROPERTIES = [
    "ordinal", "date", "format", "remote", "evidence", "title", "order",
    "memberStateCount", "observerStateCount", "dialoguePartnerCount",
]
CONTRACT_CAPACITIES = [
    "MemberStateCapacity", "ObserverStateCapacity", "DialoguePartnerCapacity",
    "GuestCapacity", "PermanentBodyCapacity", "InternationalOrganizationCapacity",
]
# Terms the loader uses beyond the contract.
EXTRA_TERMS = {
    "Capacity": OWL.Class,
    "inPosition": OWL.ObjectProperty,
    "demonym": OWL.DatatypeProperty,
    "extractorVersion": OWL.DatatypeProperty,
}

DATATYPE_RANGES = {
    "ordinal": XSD.integer,
    "date": XSD.date,
    "remote": XSD.boolean,
    "order": XSD.integer,
    "memberStateCount": XSD.integer,
    "observerStateCount": XSD.integer,
    "dialoguePartnerCount": XSD.integer,
}

# A small example in the shape the loader writes: Li Qiang at the 22nd Heads of
# Government meeting for China, and a bilateral meeting on its sidelines.
EXAMPLE = """
@prefix sco: <https://w3id.org/sco-kg/ontology#> .
@prefix res: <https://w3id.org/sco-kg/resource/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <http://schema.org/> .

res:china a sco:State .
res:kyrgyzstan a sco:State .
res:tajikistan a sco:State .
res:sco a sco:IntergovernmentalOrganization .
res:li_qiang a sco:Person .
res:akylbek_japarov a sco:Person .
res:bishkek a sco:City ; sco:locatedIn res:kyrgyzstan .
res:dushanbe a sco:City ; sco:capitalOf res:tajikistan .
res:ala_too_square a schema:Place ; sco:locatedIn res:bishkek .

res:kyrgyzstan sco:memberOf res:sco .

res:sco_hog_2023 a sco:HeadsOfGovernmentCouncilMeeting ;
    sco:ordinal 22 ;
    sco:date "2023-10-26"^^xsd:date ;
    sco:heldIn res:bishkek ;
    sco:hasParticipation res:sco_hog_2023_li_qiang .

res:sco_hog_2023_li_qiang a sco:Participation ;
    sco:agent res:li_qiang ;
    sco:onBehalfOf res:china ;
    sco:capacity sco:MemberStateCapacity ;
    sco:remote false .

res:li_qiang sco:metWith res:akylbek_japarov .
"""


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def closure(ontology):
    """The ontology plus the example, closed under OWL 2 RL."""
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    graph.parse(data=EXAMPLE, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def errors(graph):
    """The inconsistency messages owlrl added to graph."""
    return [str(text) for node in graph.subjects(RDF.type, ERROR_MESSAGE)
            for text in graph.objects(node, ERROR_TEXT)]


def close(*extra_turtle):
    """A fresh closure of the ontology plus some Turtle; for tests that break consistency."""
    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    for data in extra_turtle:
        graph.parse(data=data, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


# --- the file and the contract -------------------------------------------------


def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    for predicate in ("title", "description", "license"):
        assert ontology.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/" + predicate)) is not None


def test_namespace_matches_loader(ontology):
    """The ontology IRI plus '#' is the sco: namespace defined in loader.rdf.namespaces."""
    assert str(ONTOLOGY_IRI) + "#" == str(SCO)
    assert dict(ontology.namespaces())["sco"] == URIRef(str(SCO))


@pytest.mark.parametrize(
    "name, kind",
    [(name, OWL.Class) for name in CONTRACT_CLASSES]
    + [(name, OWL.ObjectProperty) for name in CONTRACT_OBJECT_PROPERTIES]
    + [(name, OWL.DatatypeProperty) for name in CONTRACT_DATATYPE_PROPERTIES]
    + [(name, SCO.Capacity) for name in CONTRACT_CAPACITIES]
    + list(EXTRA_TERMS.items()),
)
def test_term_declared_with_label_and_comment(ontology, name, kind):
    term = SCO[name]
    assert (term, RDF.type, kind) in ontology
    label = ontology.value(term, RDFS.label)
    assert label is not None and label.language == "en"
    assert ontology.value(term, RDFS.comment) is not None


def test_every_sco_term_has_label_and_comment(ontology):
    """Not only the contract terms: everything the file defines in sco:."""
    defined = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(SCO))}
    assert SCO.Person in defined
    missing = sorted(str(t) for t in defined
                     if ontology.value(t, RDFS.label) is None or ontology.value(t, RDFS.comment) is None)
    assert missing == []


@pytest.mark.parametrize("name, datatype", sorted(DATATYPE_RANGES.items()))
def test_datatype_ranges(ontology, name, datatype):
    assert (SCO[name], RDFS.range, datatype) in ontology


@pytest.mark.parametrize("name", CONTRACT_CAPACITIES)
def test_capacities_are_skos_concepts_in_scheme(ontology, name):
    assert (SCO[name], RDF.type, SKOS.Concept) in ontology
    assert (SCO[name], SKOS.inScheme, SCO.CapacityScheme) in ontology


def test_property_characteristics(ontology):
    assert (SCO.metWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (SCO.locatedIn, RDF.type, OWL.TransitiveProperty) in ontology
    assert (SCO.participatedIn, OWL.inverseOf, SCO.participant) in ontology
    for name in ("ordinal", "date", "order"):
        assert (SCO[name], RDF.type, OWL.FunctionalProperty) in ontology
    chains = {
        SCO.participant: [SCO.hasParticipation, SCO.agent],
        SCO.participatingState: [SCO.hasParticipation, SCO.onBehalfOf],
    }
    for prop, chain in chains.items():
        assert list(Collection(ontology, ontology.value(prop, OWL.propertyChainAxiom))) == chain


@pytest.mark.parametrize("name", ["participant", "participatingState", "participatedIn"])
def test_inferred_only_properties_say_so(ontology, name):
    assert "inferred only" in str(ontology.value(SCO[name], RDFS.comment)).lower()


# --- OWL 2 RL inference over the ontology and the example ---------------------


def test_example_is_consistent(closure):
    """The example breaks no disjointness or datatype axiom: owlrl reports no error."""
    assert errors(closure) == []


def test_prp_spo2_participant_chain(closure):
    """prp-spo2: m hasParticipation p, p agent a  =>  m participant a."""
    assert (RES.sco_hog_2023, SCO.participant, RES.li_qiang) in closure


def test_prp_spo2_participating_state_chain(closure):
    """prp-spo2: m hasParticipation p, p onBehalfOf s  =>  m participatingState s."""
    assert (RES.sco_hog_2023, SCO.participatingState, RES.china) in closure


def test_prp_inv_participated_in(closure):
    """prp-inv2: m participant a, participatedIn inverseOf participant  =>  a participatedIn m."""
    assert (RES.li_qiang, SCO.participatedIn, RES.sco_hog_2023) in closure


def test_cax_sco_person_is_foaf_person(closure):
    """cax-sco: li_qiang a sco:Person, sco:Person subClassOf foaf:Person  =>  li_qiang a foaf:Person."""
    assert (RES.li_qiang, RDF.type, FOAF.Person) in closure
    assert (RES.li_qiang, RDF.type, SCHEMA.Person) in closure
    assert (RES.li_qiang, RDF.type, PROV.Agent) in closure


def test_cax_sco_meeting_is_schema_event(closure):
    """cax-sco: a HeadsOfGovernmentCouncilMeeting is an sco:Meeting, a schema:Event and a prov:Activity."""
    for cls in (SCO.Meeting, SCHEMA.Event, PROV.Activity):
        assert (RES.sco_hog_2023, RDF.type, cls) in closure


def test_cax_sco_igo_is_org_organization(closure):
    """cax-sco: res:sco an IntergovernmentalOrganization  =>  sco:Organization, org:FormalOrganization, foaf:Organization."""
    for cls in (SCO.Organization, ORG.FormalOrganization, ORG.Organization, FOAF.Organization):
        assert (RES.sco, RDF.type, cls) in closure


def test_no_wrong_class_for_state(closure):
    """A state is an agent and a schema:Country, but never a person or an sco:Organization."""
    assert (RES.china, RDF.type, SCHEMA.Country) in closure
    assert (RES.china, RDF.type, PROV.Agent) in closure
    for cls in (FOAF.Person, SCO.Person, SCO.Organization, FOAF.Organization):
        assert (RES.china, RDF.type, cls) not in closure


def test_prp_symp_met_with(closure):
    """prp-symp: li_qiang metWith akylbek_japarov  =>  akylbek_japarov metWith li_qiang."""
    assert (RES.akylbek_japarov, SCO.metWith, RES.li_qiang) in closure


def test_prp_spo1_met_with_is_foaf_knows(closure):
    """prp-spo1: metWith subPropertyOf foaf:knows  =>  both directions of foaf:knows."""
    assert (RES.li_qiang, FOAF.knows, RES.akylbek_japarov) in closure
    assert (RES.akylbek_japarov, FOAF.knows, RES.li_qiang) in closure


def test_prp_spo1_capital_is_located_in(closure):
    """prp-spo1: dushanbe capitalOf tajikistan, capitalOf subPropertyOf locatedIn  =>  dushanbe locatedIn tajikistan."""
    assert (RES.dushanbe, SCO.locatedIn, RES.tajikistan) in closure


def test_prp_trp_located_in(closure):
    """prp-trp: ala_too_square locatedIn bishkek, bishkek locatedIn kyrgyzstan  =>  ala_too_square locatedIn kyrgyzstan."""
    assert (RES.ala_too_square, SCO.locatedIn, RES.kyrgyzstan) in closure


def test_prp_spo1_member_is_affiliated(closure):
    """prp-spo1: kyrgyzstan memberOf sco  =>  kyrgyzstan affiliatedWith sco, and org:memberOf sco."""
    assert (RES.kyrgyzstan, SCO.affiliatedWith, RES.sco) in closure
    assert (RES.kyrgyzstan, ORG.memberOf, RES.sco) in closure


def test_prp_spo1_held_in_is_schema_location(closure):
    """prp-spo1: m heldIn bishkek, heldIn subPropertyOf schema:location  =>  m schema:location bishkek."""
    assert (RES.sco_hog_2023, SCHEMA.location, RES.bishkek) in closure


def test_cax_adc_person_and_state_inconsistent():
    """cax-adc: x a sco:Person, x a sco:State, both in one AllDisjointClasses  =>  owlrl reports an error."""
    graph = close("""
        @prefix sco: <https://w3id.org/sco-kg/ontology#> .
        @prefix res: <https://w3id.org/sco-kg/resource/> .
        res:china a sco:State .
        res:x sco:metWith res:china .
    """)
    assert any(str(RES.china) in message for message in errors(graph))


def test_cax_adc_council_meetings_disjoint():
    """cax-adc: a meeting typed as two different SCO council meetings  =>  owlrl reports an error."""
    graph = close("""
        @prefix sco: <https://w3id.org/sco-kg/ontology#> .
        @prefix res: <https://w3id.org/sco-kg/resource/> .
        res:m a sco:HeadsOfStateCouncilMeeting, sco:HeadsOfGovernmentCouncilMeeting .
    """)
    assert any(str(RES.m) in message for message in errors(graph))


def test_union_range_adds_no_type(closure):
    """A union range (sco:agent: Person or Organization) must not type the agent with both classes."""
    assert (RES.li_qiang, RDF.type, SCO.Organization) not in closure
    assert (RES.li_qiang, RDF.type, FOAF.Organization) not in closure
