"""The one place where sco-kg defines its IRIs (see ONTOLOGY.md)."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/sco-kg/"
SCO = Namespace(BASE + "ontology#")
RES = Namespace(BASE + "resource/")
KGG = Namespace(BASE + "graph/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("http://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
DBR = Namespace("http://dbpedia.org/resource/")
GN = Namespace("https://sws.geonames.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

ONTOLOGY_GRAPH = KGG.ontology
LINKS_GRAPH = KGG.links
INFERRED_GRAPH = KGG.inferred

PREFIXES = {
    "sco": SCO,
    "res": RES,
    "kgg": KGG,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "foaf": FOAF,
    "org": ORG,
    "schema": SCHEMA,
    "prov": PROV,
    "dcterms": DCTERMS,
    "wd": WD,
    "wdt": WDT,
    "dbr": DBR,
    "gn": GN,
    "nif": NIF,
}


# Where the n-ary nodes of the article graphs live: participations and rdf:Statements about a triple's sentence
PARTICIPATIONS = RES["participation/"]
STATEMENTS = RES["statement/"]


def article_iri(article_id: str):
    """The IRI of the news article with this id: res:article/<id>."""
    return RES["article/" + article_id]


def article_graph(article_id: str):
    """The named graph holding what one article states: kgg:article/<id>."""
    return KGG["article/" + article_id]


def bind_prefixes(graph) -> None:
    """Bind sco-kg's prefixes on an rdflib Graph or Dataset."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def sentence_iri(article_id: str, start: int, end: int) -> str:
    """A sentence of an article, by its character offsets in the article's text (NIF's RFC 5147 style)."""
    return f"{article_iri(article_id)}#char={start},{end}"
