"""Tidy tables of the dataset for pandas and R: one CSV per kind of fact (meetings, attendance, memberships,
documents), one row per fact and article that states it, with the article and the sentence of each row."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from loader.rdf.namespaces import NIF, RES, SCO

PREFIXES = f"""PREFIX sco: <{SCO}> PREFIX nif: <{NIF}> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
ARTICLES = """SELECT ?g ?article ?date ?text WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?article .
  ?article nif:isString ?text OPTIONAL { ?article dcterms:date ?date } } }"""
SENTENCES = """SELECT ?g ?node ?begin ?end WHERE { GRAPH ?g { ?node sco:evidenceSentence ?s .
  ?s nif:beginIndex ?begin ; nif:endIndex ?end } }"""
# Each query selects ?g (the article graph) and ?node (what carries the sentence), then the table's columns. A label
# is looked up only for a term bound before it: OPTIONAL { ?x rdfs:label ?l } with ?x unbound matches every label.
TABLES = {
    "meetings": ("meeting meeting_label class ordinal date city host_state chair", """
      SELECT ?g ?node ?meeting ?meeting_label ?class ?ordinal ?date ?city ?host_state ?chair WHERE {
        GRAPH ?g { ?meeting a ?class . FILTER(STRSTARTS(STR(?class), STR(sco:)))
          FILTER EXISTS { ?meeting sco:evidence ?any }
          OPTIONAL { ?meeting sco:ordinal ?ordinal } OPTIONAL { ?meeting sco:date ?date }
          OPTIONAL { ?meeting sco:heldIn ?city } OPTIONAL { ?meeting sco:hostState ?host_state }
          OPTIONAL { ?meeting sco:chair ?chair } BIND(?meeting AS ?node) }
        FILTER EXISTS { ?class rdfs:subClassOf* sco:Meeting }
        OPTIONAL { ?meeting rdfs:label ?meeting_label } }"""),
    "attendance": ("meeting meeting_label agent agent_label on_behalf_of capacity remote", """
      SELECT ?g ?node ?meeting ?meeting_label ?agent ?agent_label ?on_behalf_of ?capacity ?remote WHERE {
        GRAPH ?g { ?meeting sco:hasParticipation ?node . OPTIONAL { ?node sco:onBehalfOf ?on_behalf_of }
          OPTIONAL { ?node sco:capacity ?capacity } OPTIONAL { ?node sco:remote ?remote } }
        OPTIONAL { GRAPH ?g { ?node sco:agent ?agent } OPTIONAL { ?agent rdfs:label ?agent_label } }
        OPTIONAL { ?meeting rdfs:label ?meeting_label } }"""),
    "memberships": ("state state_label relation organization", """
      SELECT ?g ?node ?state ?state_label ?relation ?organization WHERE {
        VALUES ?relation { sco:memberOf sco:observerOf sco:dialoguePartnerOf }
        GRAPH ?g { ?state ?relation ?organization .
          OPTIONAL { ?node rdf:subject ?state ; rdf:predicate ?relation ; rdf:object ?organization } }
        FILTER(STRSTARTS(STR(?g), "https://w3id.org/sco-kg/graph/article/"))
        OPTIONAL { ?state rdfs:label ?state_label } }"""),
    "documents": ("meeting meeting_label document document_label", """
      SELECT ?g ?node ?meeting ?meeting_label ?document ?document_label WHERE {
        GRAPH ?g { ?meeting sco:adopted ?document .
          OPTIONAL { ?node rdf:subject ?meeting ; rdf:predicate sco:adopted ; rdf:object ?document } }
        OPTIONAL { ?meeting rdfs:label ?meeting_label } OPTIONAL { ?document rdfs:label ?document_label } }"""),
}
PROVENANCE = ["article", "article_date", "sentence", "sentence_start", "sentence_end"]


def _text(term) -> str:
    """A cell: a sco-kg resource by its local name, another IRI in full, a literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        value = term.value
        if value.startswith(str(RES)):
            return value[len(RES):]
        return value[len(SCO):] if value.startswith(str(SCO)) else value
    return term.value


def rows(store: ox.Store, query: str) -> Iterator[dict]:
    """The solutions of a SELECT (with this module's prefixes) over the store's merged default graph."""
    solutions = store.query(PREFIXES + query, use_default_graph_as_union=False)
    names = [variable.value for variable in solutions.variables]
    for solution in solutions:
        yield {name: solution[name] for name in names}


class Evidence:
    """The articles of a store's graphs and, for each (graph, node), the earliest sentence that states it."""

    def __init__(self, store: ox.Store):
        self.articles = {row["g"].value: row for row in rows(store, ARTICLES)}
        self.first: dict[tuple[str, str], tuple[int, int]] = {}
        for row in rows(store, SENTENCES):
            key, span = (row["g"].value, row["node"].value), (int(row["begin"].value), int(row["end"].value))
            self.first[key] = min(self.first.get(key, span), span)

    def sentence(self, graph: str, node) -> tuple[str, tuple[int, int] | None]:
        """The text and offsets of the earliest sentence of graph's article that states node."""
        span = self.first.get((graph, node.value)) if node is not None else None
        article = self.articles.get(graph)
        if span is None or article is None:
            return "", None
        return " ".join(article["text"].value[span[0]:span[1]].split()), span


def table_rows(store: ox.Store, kind: str, evidence: Evidence | None = None) -> tuple[list[str], list[list[str]]]:
    """The header and rows of one table, sorted; each row's earliest sentence in the article that states it."""
    columns, query = TABLES[kind]
    evidence = evidence or Evidence(store)
    header, found = columns.split(), set()
    for row in rows(store, query):
        article = evidence.articles.get(row["g"].value)
        if article is None:
            continue  # reference data, not an article's statement
        sentence, span = evidence.sentence(row["g"].value, row.get("node"))
        found.add(tuple(_text(row.get(name)) for name in header) + (
            _text(article["article"]), _text(article.get("date")), sentence,
            str(span[0]) if span else "", str(span[1]) if span else ""))
    return header + PROVENANCE, [list(row) for row in sorted(found)]


def export_tables(store: ox.Store, folder: Path) -> dict[str, int]:
    """Write <kind>.csv for every kind of fact into folder; the number of rows of each."""
    folder.mkdir(parents=True, exist_ok=True)
    counts, evidence = {}, Evidence(store)
    for kind in TABLES:
        header, found = table_rows(store, kind, evidence)
        with open(folder / f"{kind}.csv", "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            writer.writerows(found)
        counts[kind] = len(found)
    return counts
