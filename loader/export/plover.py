"""The meetings as PLOVER event records (JSON Lines), the field names of the PLOVER manual's chapter "JSON Data
Fields": a meeting is CONSULT (mode multilateral, or visit or third-party for talks of two, phone where someone
joined by video), an adopted document SUPPORT, an announced meeting or a proposal AGREE. One record per event and
article, with the article's sentence and its offsets. loader/export/plover.schema.json validates them."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import BinaryIO

import pyoxigraph as ox

from loader.export.tables import Evidence, rows
from loader.rdf.namespaces import GN, RES, WD

CODER = "sco-kg"
QUAD = {"CONSULT": 1, "SUPPORT": 1, "AGREE": 1}  # verbal cooperation
MEETINGS = """SELECT ?g ?meeting ?bilateral ?press ?date ?city ?beside WHERE {
  GRAPH ?g { ?meeting sco:evidence ?any . ?meeting a ?class }
  FILTER EXISTS { ?class rdfs:subClassOf* sco:Meeting }
  BIND(EXISTS { ?meeting a sco:BilateralMeeting } AS ?bilateral) BIND(EXISTS { ?meeting a sco:PressEvent } AS ?press)
  OPTIONAL { ?meeting sco:date ?date } OPTIONAL { ?meeting sco:heldIn ?city }
  OPTIONAL { ?meeting sco:onSidelinesOf ?beside } }"""
PARTICIPANTS = """SELECT ?g ?meeting ?part ?agent ?behalf ?remote ?office WHERE {
  GRAPH ?g { ?meeting sco:hasParticipation ?part . OPTIONAL { ?part sco:agent ?agent }
    OPTIONAL { ?part sco:onBehalfOf ?behalf } OPTIONAL { ?part sco:remote ?remote }
    OPTIONAL { ?part sco:inPosition ?position } }
  OPTIONAL { ?position rdfs:label ?office } }"""
ADOPTED = """SELECT ?g ?meeting ?document ?node WHERE { GRAPH ?g { ?meeting sco:adopted ?document .
  OPTIONAL { ?node rdf:subject ?meeting ; rdf:predicate sco:adopted ; rdf:object ?document } } }"""
PROPOSALS = """SELECT ?g ?proposal ?person ?meeting WHERE { GRAPH ?g { ?proposal a sco:Proposal ;
  sco:proposedBy ?person ; sco:proposedAt ?meeting } }"""
THINGS = """SELECT ?x ?label ?kind ?alpha3 ?alpha2 ?wikidata ?geonames ?in ?publisher WHERE {
  ?x rdfs:label ?label .
  OPTIONAL { ?x a sco:State BIND("state" AS ?kind) } OPTIONAL { ?x a sco:Organization BIND("organization" AS ?kind) }
  OPTIONAL { ?x <http://www.wikidata.org/prop/direct/P298> ?alpha3 ; <http://www.wikidata.org/prop/direct/P297> ?alpha2 }
  OPTIONAL { ?x owl:sameAs ?wikidata FILTER(STRSTARTS(STR(?wikidata), "http://www.wikidata.org/entity/")) }
  OPTIONAL { ?x owl:sameAs ?geonames FILTER(STRSTARTS(STR(?geonames), "https://sws.geonames.org/")) }
  OPTIONAL { ?x sco:locatedIn ?in } OPTIONAL { ?x dcterms:publisher ?p . ?p rdfs:label ?publisher }
  FILTER(STRSTARTS(STR(?x), "https://w3id.org/sco-kg/resource/")) }"""


def _value(term) -> str:
    return term.value if term is not None else ""


class _Things:
    """Labels, ISO codes, Wikidata and GeoNames ids and the state of every sco-kg resource, read once."""

    def __init__(self, store: ox.Store):
        self.by_iri: dict[str, dict] = {}
        for row in rows(store, THINGS.replace("SELECT", "PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT", 1)):
            thing = self.by_iri.setdefault(row["x"].value, {})
            for name in ("label", "kind", "alpha3", "alpha2", "wikidata", "geonames", "in", "publisher"):
                if row.get(name) is not None:
                    thing.setdefault(name, row[name].value)

    def get(self, iri: str | None, name: str) -> str:
        return self.by_iri.get(iri or "", {}).get(name, "")

    def actor(self, agent: str | None, behalf: str | None, office: str = "") -> dict:
        """A PLOVER actor: the state's (or IGO's) code, the sector, the person's text and Wikidata id."""
        actor = {}
        if self.get(behalf, "alpha3"):
            actor |= {"code": self.get(behalf, "alpha3"), "sector": "GOV"}
        elif self.get(behalf, "kind") == "organization" or self.get(agent, "kind") == "organization":
            actor["code"] = "IGO"
        who = agent or behalf
        if self.get(who, "label"):
            actor["actor_text"] = self.get(who, "label")
        wikidata = self.get(who, "wikidata")
        if wikidata:
            actor |= {"identifier_id": "https://www.wikidata.org/wiki/" + wikidata[len(WD):],
                      "identifier_text": self.get(who, "label")}
        if office:
            actor["office"] = office
        return actor

    def place(self, city: str | None) -> dict | None:
        """A PLOVER (GeoNames) location object for a city."""
        if not self.get(city, "label"):
            return None
        place = {"name": self.get(city, "label")}
        geonames = self.get(city, "geonames")
        if geonames:
            place["geonameid"] = int(geonames[len(GN):].strip("/"))
        state = self.get(city, "in")
        if self.get(state, "alpha2"):
            place |= {"country code": self.get(state, "alpha2"), "cc3": self.get(state, "alpha3")}
        return place


def plover_records(store: ox.Store) -> list[dict]:
    """Every event record of the store, sorted by date and id."""
    things, evidence = _Things(store), Evidence(store)
    parts = defaultdict(list)
    for row in rows(store, PARTICIPANTS):
        parts[row["g"].value, row["meeting"].value].append(row)
    meetings = {}
    for row in rows(store, MEETINGS):
        meetings.setdefault((row["g"].value, row["meeting"].value), row)
    records = []

    def record(kind: str, graph: str, node, key: str, date: str, source: list[dict], **more) -> None:
        article = evidence.articles.get(graph)
        if article is None or not source:
            return  # reference data; or nobody to name as the source
        sentence, span = evidence.sentence(graph, node)
        article_date = _value(article.get("date"))
        day = date or article_date
        if not day:
            return
        local = article["article"].value[len(RES) + len("article/"):]
        entry = {"id": f"{CODER}-{local}-{key}", "date": day[:10], "source": source, "event": [kind],
                 "quad_code": QUAD[kind], **{k: v for k, v in more.items() if v}}
        if not date:
            entry["comment"] = "the text gives no day for the event: the date is the article's"
        if sentence:
            entry["event_text"] = [sentence]
            entry["text_info"] = {"start": span[0], "end": span[1]}
        entry["cite_info"] = {k: v for k, v in {
            "corpus": CODER, "citation": article["article"].value, "title": things.get(article["article"].value, "label"),
            "publication": things.get(article["article"].value, "publisher"), "language": "en"}.items() if v}
        entry |= {"coder": CODER, "has_event": True}
        records.append(entry)

    def sources(graph: str, meeting: str) -> list[dict]:
        found = [things.actor(_value(p.get("agent")) or None, _value(p.get("behalf")) or None, _value(p.get("office")))
                 for p in parts.get((graph, meeting), [])]
        return [actor for actor in found if actor]

    for (graph, meeting), row in sorted(meetings.items()):
        article_date = _value(evidence.articles.get(graph, {}).get("date"))
        date = _value(row.get("date"))
        announced = bool(date and article_date and date > article_date)
        people = parts.get((graph, meeting), [])
        if _value(row.get("bilateral")) == "true":
            place_state = things.get(_value(row.get("city")), "in")
            mode = ["visit" if place_state and any(_value(p.get("behalf")) == place_state for p in people)
                    else "third-party"]
        else:
            mode = [] if _value(row.get("press")) == "true" else ["multilateral"]
        if any(_value(p.get("remote")) == "true" for p in people):
            mode.append("phone")
        record("AGREE" if announced else "CONSULT", graph, row["meeting"], meeting[len(RES):], date,
               sources(graph, meeting), mode=mode, event_loc=things.place(_value(row.get("city"))),
               comment=f"announced: {things.get(meeting, 'label')}" if announced else "")
    for row in rows(store, ADOPTED):
        graph, meeting = row["g"].value, row["meeting"].value
        document = row["document"].value
        record("SUPPORT", graph, row.get("node"), document[len(RES):], _value(meetings.get((graph, meeting), {})
               .get("date")), sources(graph, meeting), comment=f"adopted: {things.get(document, 'label')}",
               event_loc=things.place(_value(meetings.get((graph, meeting), {}).get("city"))))
    for row in rows(store, PROPOSALS):
        graph, meeting, person = row["g"].value, row["meeting"].value, row["person"].value
        state = next((_value(p.get("behalf")) for p in parts.get((graph, meeting), [])
                      if _value(p.get("agent")) == person), None)
        record("AGREE", graph, row["proposal"], row["proposal"].value[len(RES):],
               _value(meetings.get((graph, meeting), {}).get("date")), [things.actor(person, state)],
               comment=f"proposal: {things.get(row['proposal'].value, 'label')}")
    return sorted(records, key=lambda entry: (entry["date"], entry["id"]))


def export_plover(store: ox.Store, output: BinaryIO) -> int:
    """Write the records as JSON Lines; the number written."""
    records = plover_records(store)
    for entry in records:
        output.write(json.dumps(entry, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
    return len(records)
