"""Reference names for extraction: canonical labels, aliases and demonyms read from triples/reference/*.ttl."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from loader.extraction.variants import People, best_match
from loader.facts import Entity
from loader.patterns import trie_pattern
from loader.rdf.namespaces import RES, SCO
from loader.vocabulary import FAMILY_NAME_FIRST


TOKEN = re.compile(r"[A-Za-z0-9]+")


def _joined(text: str, end: int) -> bool:
    """Does the name at text[:end] run on into a longer word ("China-Kyrgyzstan")?"""
    return end < len(text) and (text[end].isalnum() or text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum())


def slug(text: str) -> str:
    """ASCII-folded, lower-cased, every run of other characters replaced by `_`."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")


PUNCTUATION = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"}


def fold(text: str) -> str:
    """The key names are matched by: accents dropped, quotes unified, spaces collapsed."""
    if not text.isascii():
        for fancy, plain in PUNCTUATION.items():  # str.replace: str.translate with a dict is 10 times slower
            if fancy in text:
                text = text.replace(fancy, plain)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.split())


@dataclass
class Gazetteer:
    """What the loader knows about names before reading any article."""

    entities: dict[str, Entity] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # folded surface form -> entity id
    demonyms: dict[str, str] = field(default_factory=dict)  # "Kyrgyz" -> "kyrgyzstan"
    located_in: dict[str, str] = field(default_factory=dict)  # city id -> state id
    nationality: dict[str, str] = field(default_factory=dict)  # person id -> state id
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity id -> its other spellings
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # compiled matchers, built once

    def add(self, entity: Entity, aliases=(), demonyms=()) -> None:
        """Register an entity with its label, aliases and (for states) demonyms."""
        self.entities[entity.id] = entity
        if aliases:
            self.aliases[entity.id] = tuple(aliases)
        for name in (entity.label, *aliases):
            self.names.setdefault(fold(name), entity.id)
        for demonym in demonyms:
            self.demonyms.setdefault(fold(demonym), entity.id)
        self.cache.clear()

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """Known names in (folded) text, longest match first, left to right: (start, end, entity id)."""
        first_tokens, candidates = self._matcher()
        found, taken = [], 0
        for token in candidates.finditer(text):  # the tokens a name can start with; most tokens are not
            start = token.start()
            longest = first_tokens.get(token.group(), 0)
            if start < taken or not longest or (start and text[start - 1] in "-'"):
                continue
            ends = [token.end()] + [t.end() for t in islice(TOKEN.finditer(text, token.end()), longest - 1)]
            for end in reversed(ends):
                if text[end:end + 1] == "." and text[start:end + 1] in self.names:
                    end += 1  # "U.S."
                elif text[start:end] not in self.names or _joined(text, end):
                    continue
                found.append((start, end, self.names[text[start:end]]))
                taken = end
                break
        return found

    def _matcher(self) -> tuple[dict[str, int], re.Pattern]:
        """First token of each name -> the most tokens a name starting with it has; a pattern for such tokens."""
        if "first_tokens" not in self.cache:
            longest: dict[str, int] = {}
            for name in self.names:
                words = TOKEN.findall(name)
                if words:
                    longest[words[0]] = max(longest.get(words[0], 0), len(words))
            lower = sorted((w for w in longest if not w[0].isupper() and not w[0].isdigit()), key=len, reverse=True)
            self.cache["first_tokens"] = longest
            self.cache["candidates"] = re.compile(
                r"(?<![A-Za-z0-9])(?:[A-Z0-9][A-Za-z0-9]*" + "".join("|" + re.escape(w) for w in lower) + r")(?![A-Za-z0-9])")
        return self.cache["first_tokens"], self.cache["candidates"]

    def lookup(self, name: str) -> Entity | None:
        """The entity a surface form names, if the reference knows it."""
        entity_id = self.names.get(fold(name))
        return self.entities.get(entity_id) if entity_id else None

    def may_spell_a_person(self, name: str) -> bool:
        """A cheap test before similar_person: does some word of `name` begin as a word of a known person's name does
        (variants keep their first letters: "Jingping", "Mirziyoev")?"""
        if "person_prefixes" not in self.cache:
            self.cache["person_prefixes"] = {word[:3] for key, entity_id in self.names.items()
                                             if self.entities[entity_id].kind == "Person" for word in key.lower().split()}
        prefixes = self.cache["person_prefixes"]
        return any(word[:3].lower() in prefixes for word in name.split())

    def similar_person(self, name: str) -> str | None:
        """The known person a variant spelling names ("Sh. Mirziyoev", "Tokaev Kassym-Jomart"), if exactly one fits."""
        if "people" not in self.cache:
            people: dict[str, list[str]] = {}
            for key, entity_id in self.names.items():
                if self.entities[entity_id].kind == "Person":
                    people.setdefault(entity_id, []).append(key)
            # names written family name first: "Zhang" of "Zhang Xinfeng" says nothing of a given name
            family_first = {self.entities[person].label.split()[0] for person, state in self.nationality.items()
                            if state in FAMILY_NAME_FIRST and person in self.entities
                            and len(self.entities[person].label.split()) == 2}
            self.cache["people"] = People(people, frozenset(family_first))
        known = self.cache.setdefault("similar", {})  # articles repeat their variants: match each once
        if name not in known:
            known[name] = best_match(fold(name), self.cache["people"])
        return known[name]

    def _family(self) -> dict[str, str]:
        """Each word that ends the names of exactly one reference person (folded) -> that person."""
        if "family" not in self.cache:
            family: dict[str, set[str]] = {}
            for key, entity_id in self.names.items():
                if self.entities[entity_id].kind == "Person" and " " in key:
                    family.setdefault(key.rsplit(" ", 1)[1], set()).add(entity_id)
            self.cache["family"] = {word: next(iter(ids)) for word, ids in family.items() if len(ids) == 1}
        return self.cache["family"]

    def by_family_name(self, name: str) -> str | None:
        """The one reference person whose names end in this word ("Modi", "Putin"), if only one does."""
        return self._family().get(fold(name))

    def family_names(self) -> re.Pattern:
        """One pattern for the family names by_family_name knows, as news capitalises them: a quick test first."""
        if "family pattern" not in self.cache:
            words = [word.capitalize() for word in self._family() if word.isalpha() and len(word) > 2]
            self.cache["family pattern"] = re.compile(rf"\b(?:{trie_pattern(words)})\b" if words else "(?!)")
        return self.cache["family pattern"]

    def state_of_adjective(self, word: str) -> str | None:
        """"Kyrgyz" -> kyrgyzstan; "Iran's" -> iran; "Tajikistan" -> tajikistan."""
        word = fold(word)
        if word in self.demonyms:
            return self.demonyms[word]
        base = re.sub(r"'s?$", "", word)
        entity = self.lookup(base)
        return entity.id if entity and entity.kind == "State" else None


KINDS = {SCO[k]: k for k in (
    "State", "Person", "City", "Organization", "IntergovernmentalOrganization", "Initiative", "Project"
)}


def load_gazetteer(reference_dir: Path) -> Gazetteer:
    """Read every reference Turtle file into a Gazetteer."""
    graph = Graph()
    for path in sorted(Path(reference_dir).glob("*.ttl")):
        graph.parse(path, format="turtle")
    return gazetteer_from_graph(graph)


def gazetteer_from_graph(graph: Graph) -> Gazetteer:
    """Build a Gazetteer from reference triples (rdf:type, rdfs:label, skos:altLabel, sco:demonym, sco:locatedIn)."""
    gazetteer = Gazetteer()
    for subject in sorted(set(graph.subjects(RDF.type, None))):
        kinds = [KINDS[t] for t in graph.objects(subject, RDF.type) if t in KINDS]
        label = graph.value(subject, RDFS.label)
        if not kinds or label is None or not isinstance(subject, URIRef) or not subject.startswith(RES):
            continue
        kind = "IntergovernmentalOrganization" if "IntergovernmentalOrganization" in kinds else kinds[0]
        entity = Entity(subject[len(RES):], kind, str(label))
        aliases = sorted(str(a) for a in graph.objects(subject, SKOS.altLabel))
        demonyms = sorted(str(d) for d in graph.objects(subject, SCO.demonym))
        gazetteer.add(entity, aliases, demonyms)
        state = graph.value(subject, SCO.locatedIn)
        if state is not None:
            gazetteer.located_in[entity.id] = state[len(RES):]
        state = graph.value(subject, SCO.nationality)
        if state is not None:
            gazetteer.nationality[entity.id] = state[len(RES):]
    return gazetteer
