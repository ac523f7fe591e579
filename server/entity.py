"""What the graph says about one sco-kg resource, for its page: read through the worker pool, capped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from loader.rdf.namespaces import DBR, GN, INFERRED_GRAPH, KGG, LINKS_GRAPH, ONTOLOGY_GRAPH, RES, SCO, WD, article_iri
from loader.rdf.terms import XSD_STRING, show
from server.sparql import run_own_query
from server.state import ServerState

SHOWN_PER_PROPERTY = 50  # values (or subjects) read per property and direction; a query link lists them all
SHOWN_OPEN = 10  # values a property shows before the rest fold under "N more"
FILLED_GROUPS = 100  # property groups whose values a page reads; beyond them, only the count and the link
LABELS = (str(RDFS.label), str(SKOS.prefLabel), str(DCTERMS.title))  # an entity's name: the first found
SAME_AS_SITES = {str(WD): "Wikidata", str(DBR): "DBpedia", str(GN): "GeoNames"}
# Sections of a page: (direction, inferred) -> name. "out": the entity is the subject, "in": the object.
SECTIONS = {("out", False): "facts", ("out", True): "inferred", ("in", False): "references",
            ("in", True): "inferred_references"}
INFERRED = str(INFERRED_GRAPH)
# Shown in the summary card, not among the facts
CARD = {str(RDF.type), str(RDFS.label), str(SKOS.altLabel), str(OWL.sameAs)}
# References through an rdf:Statement's terms: the statement is folded into the fact it is about
STATEMENT_TERMS = {str(RDF.subject), str(RDF.predicate), str(RDF.object)}
GRAPH_NAMES = {str(KGG.reference): "reference data", str(LINKS_GRAPH): "links", str(ONTOLOGY_GRAPH): "the ontology"}
PICTURE_EDGES = 40  # edges of the neighbourhood picture
_ARTICLE_GRAPHS = str(KGG["article/"])
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def resource_iri(local: str) -> str | None:
    """The IRI of the page /resource/<local>, or None if no IRI can be made of it."""
    iri = str(RES) + _NOT_IN_IRI.sub(lambda match: quote(match[0], safe=""), local)
    try:
        return ox.NamedNode(iri).value
    except ValueError:
        return None


def resource_local(iri: str) -> str | None:
    """The <local> of a sco-kg resource IRI (its page is /resource/<local>), else None."""
    return iri[len(RES):] if iri.startswith(RES) and len(iri) > len(RES) else None


def article_local(graph: str) -> str | None:
    """The <local> of the article whose statements the graph kgg:article/<id> holds, else None."""
    return resource_local(article_iri(graph[len(_ARTICLE_GRAPHS):])) if graph.startswith(_ARTICLE_GRAPHS) else None


@dataclass(frozen=True)
class Term:
    """An RDF term as SPARQL JSON results give it; kind is uri, bnode or literal."""

    kind: str
    value: str
    datatype: str = ""
    language: str = ""

    @classmethod
    def from_json(cls, term: dict) -> "Term":
        return cls(term["type"], term["value"], term.get("datatype", ""), term.get("xml:lang", ""))

    @property
    def short(self) -> str:
        """An IRI as a prefixed name where a sco-kg prefix fits, else <iri>; _:id; a literal's text."""
        if self.kind == "uri":
            return show(URIRef(self.value))
        return "_:" + self.value if self.kind == "bnode" else self.value

    @property
    def local(self) -> str | None:
        """The path under /resource/ of a sco-kg resource, else None."""
        return resource_local(self.value) if self.kind == "uri" else None

    @property
    def annotation(self) -> str:
        """A literal's language (@en) or datatype (xsd:date); empty for a plain string and other terms."""
        if self.language:
            return "@" + self.language
        return show(URIRef(self.datatype)) if self.datatype not in ("", XSD_STRING) else ""

    @property
    def ntriples(self) -> str:
        """The term in N-Triples syntax, which SPARQL and /explain read too."""
        if self.kind == "uri":
            return str(ox.NamedNode(self.value))
        if self.kind == "bnode":
            return str(ox.BlankNode(self.value))
        if self.language:
            return str(ox.Literal(self.value, language=self.language))
        return str(ox.Literal(self.value, datatype=ox.NamedNode(self.datatype) if self.datatype else None))


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: an article (title, date, its page) or another graph by name."""

    title: str
    date: str = ""
    href: str | None = None


@dataclass
class Value:
    """The other end of one triple: its term, label and the graphs that state the triple (and, once read,
    their sources)."""

    term: Term
    label: str = ""
    graphs: list[Term] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def inferred(self) -> bool:
        return not self.graphs


@dataclass
class Taking:
    """A participation folded into the page: who took part in which meeting, for whom, in which capacity."""

    meeting: Value
    agent: Value | None
    behalf: Value | None
    capacity: str
    remote: bool
    date: str
    graphs: list[Term] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass
class Group:
    """The triples of one property and direction in one section, how many are not shown, and a
    query that lists them all."""

    prop: Term
    direction: str
    values: list[Value] = field(default_factory=list)
    more: int = 0
    query: str = ""

    def triple(self, iri: str, value: Value) -> tuple[str, str, str]:
        """The triple of value in N-Triples terms (for /explain); iri is the entity's."""
        entity = Term("uri", iri).ntriples
        if self.direction == "out":
            return entity, self.prop.ntriples, value.term.ntriples
        return value.term.ntriples, self.prop.ntriples, entity


@dataclass
class Entity:
    """One resource's page: sections maps each name of SECTIONS to its groups, sorted by property;
    participations are the n-ary participation nodes it is part of, folded into rows."""

    iri: str
    label: str
    types: list[Value]
    same_as: list[tuple[str, Term]]
    sections: dict[str, list[Group]]
    incomplete: bool
    aliases: list[str] = field(default_factory=list)
    participations: list[Taking] = field(default_factory=list)
    picture: dict = field(default_factory=dict)

    @property
    def participation_columns(self) -> tuple[bool, bool]:
        """Whether the participations table needs its "who" and "for" columns (not when every row is this entity)."""
        return (any(t.agent is None or t.agent.term.value != self.iri for t in self.participations),
                any(t.behalf is None or t.behalf.term.value != self.iri for t in self.participations))

    @property
    def kind(self) -> str:
        """Its main class: the first sco: class it is stated to have, else the first class."""
        asserted = [value for value in self.types if not value.inferred] or self.types
        own = [value for value in asserted if value.term.value.startswith(str(SCO))]
        chosen = (own or asserted)[:1]
        return chosen[0].label or chosen[0].term.short.split(":")[-1] if chosen else ""

    @property
    def query(self) -> str:
        """A query that lists the entity's triples as subject, with their graphs."""
        return f"SELECT ?property ?value ?graph WHERE {{\n  GRAPH ?graph {{ <{self.iri}> ?property ?value }}\n" \
               "}\nORDER BY ?property ?value ?graph\n"


def _pattern(iri: str, direction: str, prop: str, other: str) -> str:
    return f"<{iri}> {prop} {other}" if direction == "out" else f"{other} {prop} <{iri}>"


def counts_query(iri: str) -> str:
    """Triples per property and direction; none at all: the graph does not know the IRI."""
    return (f'SELECT ?direction ?p (COUNT(*) AS ?n) WHERE {{\n  {{ {_pattern(iri, "out", "?p", "?x")} '
            f'BIND("out" AS ?direction) }}\n  UNION {{ {_pattern(iri, "in", "?p", "?x")} BIND("in" AS ?direction) }}\n'
            "} GROUP BY ?direction ?p")


def rows_query(iri: str, groups: list[tuple[str, str]]) -> str:
    """The first SHOWN_PER_PROPERTY values of each (direction, property) group, with their graphs
    and labels: one union of per-group subqueries, so that a hub's big groups crowd out no other."""
    branches = []
    for direction, prop in groups:
        pattern = _pattern(iri, direction, f"<{prop}>", "?x")
        branches.append(f"{{ {{ SELECT ?x WHERE {{ {pattern} }} ORDER BY ?x LIMIT {SHOWN_PER_PROPERTY} }}\n"
                        f'    GRAPH ?g {{ {pattern} }} BIND(<{prop}> AS ?p) BIND("{direction}" AS ?direction) }}')
    return ("SELECT ?direction ?p ?x ?g ?label WHERE {\n  " + "\n  UNION ".join(branches)
            + f"\n  OPTIONAL {{ ?x <{RDFS.label}> ?label }}\n}}")


def list_query(iri: str, direction: str, prop: str) -> str:
    """A query for the query page that lists every triple of one group, with its graphs."""
    other = "?value" if direction == "out" else "?subject"
    return (f"SELECT {other} ?graph WHERE {{\n  GRAPH ?graph {{ {_pattern(iri, direction, f'<{prop}>', other)} }}\n"
            f"}}\nORDER BY {other} ?graph\n")


def description_query(iri: str) -> str:
    """The entity's description for Linked Data clients: its triples as subject."""
    return f"CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}"


def exists_query(iri: str) -> str:
    """Whether the graph knows iri, as subject or object."""
    return f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}"


def read_entity(state: ServerState, iri: str, client: str) -> Entity | None:
    """What the graph says about iri, in at most four queries; None if the graph does not know it."""
    answer, counts_cut = run_own_query(state, counts_query(iri), client)
    totals = {(row["direction"]["value"], row["p"]["value"]): int(row["n"]["value"])
              for row in answer["results"]["bindings"]}
    if not totals:
        return None
    filled = sorted(totals, key=lambda key: (key[0] != "out", key[1]))[:FILLED_GROUPS]
    answer, rows_cut = run_own_query(state, rows_query(iri, filled), client)
    values: dict[tuple[str, str], dict[Term, Value]] = {key: {} for key in totals}
    for row in answer["results"]["bindings"]:
        key = (row["direction"]["value"], row["p"]["value"])
        term = Term.from_json(row["x"])
        value = values[key].setdefault(term, Value(term))
        value.label = value.label or row.get("label", {}).get("value", "")
        graph = row["g"]["value"]
        if graph != INFERRED and all(known.value != graph for known in value.graphs):
            value.graphs.append(Term("uri", graph))
    answer, taking_cut = run_own_query(state, participations_query(iri), client)
    takings = _takings(answer["results"]["bindings"])
    folded = {row["part"]["value"] for row in answer["results"]["bindings"]}
    _cite(state, client, [*(value for found in values.values() for value in found.values()), *takings])
    sections = _sections(iri, totals, values, folded)
    label = _label(iri, values)
    return Entity(iri=iri, label=label, types=_of(values, RDF.type),
                  same_as=_same_as(_of(values, OWL.sameAs)), sections=sections,
                  incomplete=counts_cut or rows_cut or taking_cut,
                  aliases=sorted({value.term.value for value in _of(values, SKOS.altLabel)} - {label}, key=str.casefold),
                  participations=takings, picture=_picture(iri, label, sections, takings))


def participations_query(iri: str) -> str:
    """The participations iri is the agent, the state or the meeting of, with their labels and graphs (a label
    is asked for inside the OPTIONAL that binds its term: an unbound term would match every label)."""
    agent, behalf, has = SCO.agent, SCO.onBehalfOf, SCO.hasParticipation

    def optional(prop, name: str, subject: str = "?part") -> str:
        return (f"  OPTIONAL {{ {subject} <{prop}> ?{name} OPTIONAL {{ ?{name} <{RDFS.label}> ?{name}Label }} }}\n")

    return (f"SELECT ?part ?meeting ?agent ?behalf ?capacity ?remote ?date ?g ?meetingLabel ?agentLabel ?behalfLabel "
            f"?capacityLabel WHERE {{\n  {{ ?part <{agent}> <{iri}> }} UNION {{ ?part <{behalf}> <{iri}> }} "
            f"UNION {{ <{iri}> <{has}> ?part }}\n  GRAPH ?g {{ ?meeting <{has}> ?part }}\n"
            f"  OPTIONAL {{ ?meeting <{RDFS.label}> ?meetingLabel }} OPTIONAL {{ ?meeting <{SCO.date}> ?date }}\n"
            + optional(agent, "agent") + optional(behalf, "behalf") + optional(SCO.capacity, "capacity")
            + f"  OPTIONAL {{ ?part <{SCO.remote}> ?remote }}\n}} ORDER BY DESC(?date) ?meeting ?agent LIMIT 2000")


def _takings(rows: list[dict]) -> list[Taking]:
    """One row per participation, with every graph that states it."""
    found: dict[tuple, Taking] = {}
    for row in rows:
        def value(name):
            return Value(Term.from_json(row[name]), row.get(name + "Label", {}).get("value", "")) if name in row else None
        key = tuple(row[name]["value"] if name in row else "" for name in ("meeting", "agent", "behalf"))
        taking = found.setdefault(key, Taking(
            value("meeting"), value("agent"), value("behalf"), row.get("capacityLabel", {}).get("value", "")
            or (Term.from_json(row["capacity"]).short.split(":")[-1] if "capacity" in row else ""),
            row.get("remote", {}).get("value") == "true", row.get("date", {}).get("value", "")))
        graph = row["g"]["value"]
        if graph != INFERRED and all(known.value != graph for known in taking.graphs):
            taking.graphs.append(Term("uri", graph))
    return list(found.values())


def sources_query(articles: list[str]) -> str:
    """The title and date of each article."""
    listed = " ".join(f"<{iri}>" for iri in articles)
    return (f"SELECT ?a ?title ?date WHERE {{ VALUES ?a {{ {listed} }} OPTIONAL {{ ?a <{DCTERMS.title}> ?title }} "
            f"OPTIONAL {{ ?a <{DCTERMS.date}> ?date }} }}")


def _cite(state: ServerState, client: str, items: list) -> None:
    """Fill the sources of every value and participation: article graphs by the article's title and date."""
    articles = sorted({article_iri(graph.value[len(_ARTICLE_GRAPHS):]) for item in items for graph in item.graphs
                       if graph.value.startswith(_ARTICLE_GRAPHS)})
    titles = {}
    if articles:
        answer, _ = run_own_query(state, sources_query([str(iri) for iri in articles]), client)
        for row in answer["results"]["bindings"]:
            titles[row["a"]["value"]] = (row.get("title", {}).get("value", ""), row.get("date", {}).get("value", ""))
    for item in items:
        item.sources = sorted({_source(graph.value, titles) for graph in item.graphs},
                              key=lambda source: (source.date, source.title))


def _source(graph: str, titles: dict) -> Source:
    if graph.startswith(_ARTICLE_GRAPHS):
        article = str(article_iri(graph[len(_ARTICLE_GRAPHS):]))
        title, day = titles.get(article, ("", ""))
        return Source(title or show(URIRef(article)), day, resource_local(article))
    return Source(GRAPH_NAMES.get(graph, show(URIRef(graph))))


def _picture(iri: str, label: str, sections: dict, takings: list[Taking]) -> dict:
    """The entity's neighbourhood for the page's picture: asserted links to and from other resources, and the
    meetings it took part in (SPARQL JSON terms, with the labels of their ends)."""
    me = {"type": "uri", "value": iri}
    labels, triples = {iri: label}, []
    for key, direction in (("facts", "out"), ("references", "in")):
        for group in sections[key]:
            if group.prop.value in CARD or group.prop.value == str(SCO.evidenceSentence):
                continue
            for value in group.values:
                if value.term.kind != "uri":
                    continue
                other = {"type": "uri", "value": value.term.value}
                prop = {"type": "uri", "value": group.prop.value}
                triples.append([me, prop, other] if direction == "out" else [other, prop, me])
                labels[value.term.value] = value.label or value.term.short
    for taking in takings:
        if taking.meeting.term.value != iri:
            triples.append([me, {"type": "uri", "value": str(SCO.participatedIn)},
                            {"type": "uri", "value": taking.meeting.term.value}])
            labels[taking.meeting.term.value] = taking.meeting.label or taking.meeting.term.short
    unique = list({tuple(term["value"] for term in triple): triple for triple in triples}.values())
    return {"triples": unique[:PICTURE_EDGES], "labels": labels, "resources": str(RES)} if unique else {}


def _of(values: dict, prop) -> list[Value]:
    return sorted(values.get(("out", str(prop)), {}).values(), key=lambda value: (value.inferred, value.term.short))


def _label(iri: str, values: dict) -> str:
    for prop in LABELS:
        literals = [value.term.value for value in _of(values, prop) if value.term.kind == "literal"]
        if literals:
            return literals[0]
    return show(URIRef(iri))


def _same_as(values: list[Value]) -> list[tuple[str, Term]]:
    links = {(site, value.term) for value in values for namespace, site in SAME_AS_SITES.items()
             if value.term.kind == "uri" and value.term.value.startswith(namespace)}
    return sorted(links, key=lambda link: (link[0], link[1].value))


def _sections(iri: str, totals: dict, values: dict, folded: set[str]) -> dict[str, list[Group]]:
    """Split each group into its asserted and inferred triples; its count of triples not shown goes
    to the asserted part if there is one. Left out: the card's properties, the participation nodes in
    `folded` (they have their own table) and the rdf:Statements about the entity's facts."""
    sections: dict[str, list[Group]] = {name: [] for name in SECTIONS.values()}
    for (direction, prop), found in sorted(values.items(), key=lambda item: item[0][1]):
        if direction == "out" and prop in CARD or direction == "in" and prop in STATEMENT_TERMS:
            continue
        shown = [value for value in found.values() if value.term.value not in folded]
        if found and not shown:
            continue
        parts = {inferred: Group(Term("uri", prop), direction) for inferred in (False, True)}
        for value in sorted(shown, key=lambda value: (value.label or value.term.short).casefold()):
            parts[value.inferred].values.append(value)
        first = parts[False] if parts[False].values or not parts[True].values else parts[True]
        first.more = totals[direction, prop] - len(found)
        first.query = list_query(iri, direction, prop)
        for inferred, group in parts.items():
            if group.values or group.more:
                sections[SECTIONS[direction, inferred]].append(group)
    return sections
