"""Checks on the reference data (triples/reference/*.ttl) and the owl:sameAs links (triples/links.ttl).

The reference data holds identity data only: types, labels, aliases, demonyms, the state a
city lies in, the state a person is a national of. These tests keep it that way and keep the labels unambiguous for the loader.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "triples" / "reference"
LINKS = ROOT / "triples" / "links.ttl"
FILES = ["states.ttl", "cities.ttl", "people.ttl", "organizations.ttl", "initiatives.ttl"]

SCO = Namespace("https://w3id.org/sco-kg/ontology#")
RES = "https://w3id.org/sco-kg/resource/"

CLASSES = {
    SCO.State, SCO.City, SCO.Person, SCO.Organization,
    SCO.IntergovernmentalOrganization, SCO.Initiative, SCO.Project,
}
# The class each file may declare.
FILE_CLASSES = {
    "states.ttl": {SCO.State},
    "cities.ttl": {SCO.City},
    "people.ttl": {SCO.Person},
    "organizations.ttl": {SCO.Organization, SCO.IntergovernmentalOrganization},
    "initiatives.ttl": {SCO.Initiative, SCO.Project},
}
ALLOWED_PREDICATES = {RDF.type, RDFS.label, SKOS.altLabel, SCO.demonym, SCO.locatedIn, SCO.nationality, RDFS.comment}
SLUG = re.compile(r"^[a-z0-9_]+$")
LINK_PATTERNS = [
    re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$"),
    re.compile(r"^http://dbpedia\.org/resource/[^\s<>\"{}|\\^`/][^\s<>\"{}|\\^`]*$"),
    re.compile(r"^https://sws\.geonames\.org/[1-9][0-9]*/$"),
]


def _parse(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    return {name: _parse(REFERENCE / name) for name in FILES}


@pytest.fixture(scope="module")
def reference(graphs) -> Graph:
    union = Graph()
    for g in graphs.values():
        for t in g:
            union.add(t)
    return union


@pytest.fixture(scope="module")
def links() -> Graph:
    return _parse(LINKS)


def _entities(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef)}


def _type_of(g: Graph, s: URIRef) -> URIRef:
    types = set(g.objects(s, RDF.type)) & CLASSES
    assert len(types) == 1, f"{s} has types {types}"
    return types.pop()


@pytest.mark.parametrize("name", FILES + ["../links.ttl"])
def test_files_parse(name):
    g = _parse(REFERENCE / name)
    assert len(g) > 0


def test_every_subject_is_a_typed_labelled_entity(reference):
    for s in reference.subjects():
        assert isinstance(s, URIRef), f"blank node subject {s!r}"
        assert str(s).startswith(RES), f"{s} is not in the res: namespace"
        labels = list(reference.objects(s, RDFS.label))
        assert len(labels) == 1, f"{s} has {len(labels)} rdfs:label"
        _type_of(reference, s)


def test_each_file_declares_its_own_classes(graphs):
    for name, g in graphs.items():
        for s in _entities(g):
            assert _type_of(g, s) in FILE_CLASSES[name], f"{s} in {name}"


def test_no_entity_in_two_files(graphs):
    seen: dict[URIRef, str] = {}
    for name, g in graphs.items():
        for s in _entities(g):
            assert s not in seen, f"{s} is in {seen.get(s)} and {name}"
            seen[s] = name


def test_slugs(reference):
    for s in _entities(reference):
        slug = str(s)[len(RES):]
        assert SLUG.match(slug), f"bad slug {slug!r}"


def test_literals_are_plain(reference):
    for s, p, o in reference:
        if p in (RDF.type, SCO.locatedIn, SCO.nationality):
            assert isinstance(o, URIRef)
            continue
        assert isinstance(o, Literal), f"{s} {p} {o!r}"
        assert o.language is None and o.datatype is None, f"{s} {p} {o!r} must be a plain literal"
        assert str(o) == str(o).strip() and str(o), f"{s} {p} {o!r} has stray whitespace"


def test_only_identity_predicates(reference):
    used = set(reference.predicates())
    assert used <= ALLOWED_PREDICATES, f"forbidden predicates: {used - ALLOWED_PREDICATES}"


def test_no_label_shared_within_a_type(reference):
    """A surface form (label, altLabel or demonym) names one entity of a given kind."""
    owners: dict[tuple[URIRef, str], set[URIRef]] = defaultdict(set)
    for s in _entities(reference):
        cls = _type_of(reference, s)
        # Organizations and intergovernmental organizations compete for the same names.
        if cls == SCO.IntergovernmentalOrganization:
            cls = SCO.Organization
        if cls == SCO.Project:
            cls = SCO.Initiative
        forms = set(reference.objects(s, RDFS.label)) | set(reference.objects(s, SKOS.altLabel)) \
            | set(reference.objects(s, SCO.demonym))
        for form in forms:
            owners[(cls, str(form).casefold())].add(s)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, f"ambiguous names: {clashes}"


def test_cities_lie_in_declared_states(reference):
    states = set(reference.subjects(RDF.type, SCO.State))
    cities = set(reference.subjects(RDF.type, SCO.City))
    assert cities
    for c in cities:
        located = list(reference.objects(c, SCO.locatedIn))
        assert len(located) == 1, f"{c} sco:locatedIn {located}"
        assert located[0] in states, f"{c} lies in undeclared {located[0]}"
    for s, o in reference.subject_objects(SCO.locatedIn):
        assert s in cities, f"only cities carry sco:locatedIn, not {s}"


def test_demonyms_only_on_states(reference):
    states = set(reference.subjects(RDF.type, SCO.State))
    for s in reference.subjects(SCO.demonym):
        assert s in states, f"{s} has a demonym but is not a sco:State"


def test_links_are_same_as_to_declared_entities(reference, links):
    declared = _entities(reference)
    assert len(links) > 0
    for s, p, o in links:
        assert p == OWL.sameAs, f"links.ttl holds only owl:sameAs, not {p}"
        assert s in declared, f"link subject {s} is not declared in the reference data"
        assert isinstance(o, URIRef), f"{s} sameAs {o!r}"
        assert any(rx.match(str(o)) for rx in LINK_PATTERNS), f"{s} sameAs {o} is not a Wikidata/DBpedia/GeoNames IRI"


def test_links_are_consistent(reference, links):
    """At most one IRI per entity and dataset, GeoNames only for cities, no IRI shared by two entities."""
    cities = set(reference.subjects(RDF.type, SCO.City))
    per: dict[tuple[URIRef, str], list] = defaultdict(list)
    targets: dict[URIRef, set] = defaultdict(set)
    for s, o in links.subject_objects(OWL.sameAs):
        dataset = str(o).split("/")[2]
        per[(s, dataset)].append(o)
        targets[o].add(s)
        if dataset == "sws.geonames.org":
            assert s in cities, f"GeoNames link on non-city {s}"
    assert all(len(v) == 1 for v in per.values()), {k: v for k, v in per.items() if len(v) > 1}
    assert all(len(v) == 1 for v in targets.values()), {k: v for k, v in targets.items() if len(v) > 1}


@pytest.mark.parametrize("slug,cls", [
    ("china", SCO.State), ("kyrgyzstan", SCO.State), ("saudi_arabia", SCO.State), ("turkey", SCO.State),
    ("bishkek", SCO.City), ("astana", SCO.City), ("dushanbe", SCO.City), ("samarkand", SCO.City),
    ("li_qiang", SCO.Person), ("sadyr_japarov", SCO.Person), ("akylbek_japarov", SCO.Person),
    ("kokhir_rasulzoda", SCO.Person), ("jumakhon_giyosov", SCO.Person), ("antonio_guterres", SCO.Person),
    ("sco", SCO.IntergovernmentalOrganization), ("united_nations", SCO.IntergovernmentalOrganization),
    ("sco_regional_anti_terrorist_structure", SCO.Organization),
    ("eurasian_economic_union", SCO.IntergovernmentalOrganization), ("brics", SCO.IntergovernmentalOrganization),
    ("xinhua_news_agency", SCO.Organization), ("peoples_daily", SCO.Organization),
    ("belt_and_road_initiative", SCO.Initiative), ("global_security_initiative", SCO.Initiative),
    ("sco_development_bank", SCO.Project), ("china_kyrgyzstan_uzbekistan_railway", SCO.Project),
])
def test_known_entities(reference, slug, cls):
    assert (URIRef(RES + slug), RDF.type, cls) in reference


@pytest.mark.parametrize("form,slug", [
    ("Sadyr Zhaparov", "sadyr_japarov"), ("Qohir Rasulzoda", "kokhir_rasulzoda"),
    ("Gurbanguly Berdymukhamedov", "gurbanguly_berdimuhamedow"), ("António Guterres", "antonio_guterres"),
    ("Nur-Sultan", "astana"), ("Ulan Bator", "ulaanbaatar"), ("Kyrgyz Republic", "kyrgyzstan"),
    ("Türkiye", "turkey"), ("RATS", "sco_regional_anti_terrorist_structure"), ("EEU", "eurasian_economic_union"),
    ("Xinhua", "xinhua_news_agency"), ("China-Belarus Industrial Park", "china_belarus_great_stone_industrial_park"),
    ("Luban Workshops", "luban_workshop"), ("BRI", "belt_and_road_initiative"),
])
def test_known_aliases(reference, form, slug):
    assert (URIRef(RES + slug), SKOS.altLabel, Literal(form)) in reference


@pytest.mark.parametrize("demonym,slug", [
    ("Kyrgyz", "kyrgyzstan"), ("Tajik", "tajikistan"), ("Uzbek", "uzbekistan"), ("Kazakh", "kazakhstan"),
    ("Belarusian", "belarus"), ("Mongolian", "mongolia"), ("Iranian", "iran"), ("Pakistani", "pakistan"),
    ("Indian", "india"), ("Chinese", "china"), ("Russian", "russia"), ("Turkmen", "turkmenistan"),
])
def test_known_demonyms(reference, demonym, slug):
    assert (URIRef(RES + slug), SCO.demonym, Literal(demonym)) in reference


@pytest.mark.parametrize("slug,qid", [
    ("china", "Q148"), ("russia", "Q159"), ("india", "Q668"), ("pakistan", "Q843"), ("iran", "Q794"),
    ("kazakhstan", "Q232"), ("kyrgyzstan", "Q813"), ("tajikistan", "Q863"), ("uzbekistan", "Q265"),
    ("belarus", "Q184"), ("mongolia", "Q711"), ("beijing", "Q956"), ("united_nations", "Q1065"),
    ("xi_jinping", "Q15031"), ("vladimir_putin", "Q7747"), ("narendra_modi", "Q1058"),
])
def test_known_wikidata_links(links, slug, qid):
    assert (URIRef(RES + slug), OWL.sameAs, URIRef("http://www.wikidata.org/entity/" + qid)) in links


def test_nationalities_are_states(reference):
    states = set(reference.subjects(RDF.type, SCO.State))
    people = set(reference.subjects(RDF.type, SCO.Person))
    for person, state in reference.subject_objects(SCO.nationality):
        assert person in people and state in states, (person, state)
    assert len(set(reference.subjects(SCO.nationality, None))) >= 140


def test_the_vocabularys_capitals_and_council_venues_are_reference_cities(reference):
    from loader.vocabulary import CAPITALS, COUNCIL_SERIES

    for state, city in CAPITALS.items():
        assert (URIRef(RES + city), SCO.locatedIn, URIRef(RES + state)) in reference, (state, city)
    for series in COUNCIL_SERIES.values():
        for year, city in series.venues.items():
            assert (URIRef(RES + city), RDF.type, SCO.City) in reference, (series, year, city)
