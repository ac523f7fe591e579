"""RDF terms as people type and read them (<iri>, a prefixed name, a literal in Turtle syntax), and as
rdflib and pyoxigraph hold them."""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.util import from_n3

from loader.rdf.namespaces import PREFIXES

# A literal as N-Triples or Turtle writes it: quoted with a language tag or datatype, a number, a boolean.
LITERAL = re.compile(r'("""[\s\S]*"""|"(?:[^"\\\n]|\\.)*")(@[A-Za-z]+(-[A-Za-z0-9]+)*|\^\^\S+)?'
                     r"|[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|true|false")


def parse_term(text: str, namespaces=PREFIXES):
    """An RDF term from <iri>, a bare absolute IRI, a prefixed name (prefixes of `namespaces`), _:blank,
    or a literal as N-Triples or Turtle write it ("text", "text"@en, "1"^^xsd:integer, 22, 1.5, true)."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">") and " " not in text:
        return URIRef(text[1:-1])
    if text.startswith("_:"):
        return BNode(text[2:])
    if LITERAL.fullmatch(text):
        try:
            term = from_n3(text, nsm=_manager(namespaces) if "^^" in text and "^^<" not in text else None)
        except Exception as err:  # noqa: BLE001 - from_n3 raises several kinds; all mean "not a literal"
            raise ValueError(f"not a literal: {text!r}") from err
        if isinstance(term, Literal):
            return term
    prefix, colon, local = text.partition(":")
    if colon and prefix in namespaces:
        return URIRef(str(namespaces[prefix]) + local)
    if colon and (local.startswith("//") or prefix == "urn"):
        return URIRef(text)
    raise ValueError(f"not an IRI, a prefixed name (prefixes: {', '.join(namespaces)}) or a literal: {text!r}")


def _manager(namespaces) -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in namespaces.items():
        manager.bind(prefix, namespace, override=True, replace=True)
    return manager


_LONGEST_FIRST = sorted(((prefix, str(namespace)) for prefix, namespace in PREFIXES.items()), key=lambda i: -len(i[1]))


def show(term) -> str:
    """A term for people: an IRI as prefix:rest where a sco-kg prefix fits (res:article/a1), else N3."""
    if isinstance(term, Literal) and term.datatype is not None:
        return f"{Literal(str(term)).n3()}^^{show(term.datatype)}"
    if isinstance(term, URIRef):
        for prefix, namespace in _LONGEST_FIRST:
            if str.startswith(term, namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
    return term.n3()


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def rdflib_term(term):
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:  # a simple literal: rdflib writes it without a datatype
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def ox_term(term):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    if term.language:
        return ox.Literal(term, language=term.language)
    return ox.Literal(term, datatype=ox.NamedNode(term.datatype)) if term.datatype else ox.Literal(term)


class Converted(dict):
    """A cache of conversions: `Converted(ox_term)(rdflib_term)` makes each distinct term once."""

    def __init__(self, convert):
        super().__init__()
        self.convert = convert

    def __call__(self, term):
        found = self.get(term)
        if found is None:
            found = self[term] = self.convert(term)
        return found
