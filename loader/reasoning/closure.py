"""The store under loader.reasoning.rules: indexed triples, semi-naive rounds, and the record of each derivation."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from types import MappingProxyType

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

TYPE, SUBCLASS, SUBPROPERTY = RDF.type, RDFS.subClassOf, RDFS.subPropertyOf
DOMAIN, RANGE, SAME = RDFS.domain, RDFS.range, OWL.sameAs
EQUIVALENT_CLASS, EQUIVALENT_PROPERTY, INVERSE = OWL.equivalentClass, OWL.equivalentProperty, OWL.inverseOf
ON_PROPERTY, SOME, ALL, HAS_VALUE = OWL.onProperty, OWL.someValuesFrom, OWL.allValuesFrom, OWL.hasValue
DISJOINT, DISJOINT_PROPERTY, DIFFERENT = OWL.disjointWith, OWL.propertyDisjointWith, OWL.differentFrom
THING, NOTHING, FIRST, REST, NIL = OWL.Thing, OWL.Nothing, RDF.first, RDF.rest, RDF.nil
CHARACTERISTICS = (OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.SymmetricProperty,
                   OWL.AsymmetricProperty, OWL.TransitiveProperty, OWL.IrreflexiveProperty)
CONSTANTS = (TYPE, SUBCLASS, SUBPROPERTY, DOMAIN, RANGE, SAME, EQUIVALENT_CLASS, EQUIVALENT_PROPERTY, INVERSE,
             ON_PROPERTY, SOME, ALL, HAS_VALUE, DISJOINT, DISJOINT_PROPERTY, DIFFERENT, THING, NOTHING, FIRST, REST,
             NIL, *CHARACTERISTICS)
EMPTY = MappingProxyType({})


@dataclass(frozen=True)
class Inconsistency:
    """An OWL 2 RL rule with conclusion false fired: rule name, the node and property at fault,
    a message whose {} stand for the terms `values`, and the premises."""

    rule: str
    focus: object
    path: object
    message: str
    values: tuple
    premises: tuple

    def describe(self, show=lambda term: term.n3()) -> str:
        return self.message.format(*map(show, self.values))


def _precedes(a: tuple, b: tuple) -> bool:
    """Whether derivation a = (rule, premises) sorts before b: by rule name, then premises in N3."""
    if a[0] != b[0]:
        return a[0] < b[0]
    for premise_a, premise_b in zip(a[1], b[1]):
        for term_a, term_b in zip(premise_a, premise_b):
            if term_a is not term_b:  # terms are interned
                return term_a.n3() < term_b.n3()
    return len(a[1]) < len(b[1])


class Closure:
    """Forward chaining to a fixpoint: `derivation[t]` is (rule, premises) for every triple t it adds.

    Rounds are semi-naive: round k joins the triples new in round k-1 with everything known, so a
    premise is always older than its conclusion (derivations are well founded) and, of the rule
    instances found in the same round, the smallest one is kept (explanations are deterministic).
    Subclasses give `_fire(t)`, which calls `_derive` or `_inconsistent` for each rule instance t is in.
    """

    def __init__(self, triples):
        self.out: dict = {}  # s -> p -> {o}
        self.inn: dict = {}  # p -> o -> {s}
        self.by_object: dict = {}  # o -> {p}
        self.derivation: dict = {}
        self.inconsistencies: dict = {}
        terms = {term: term for term in CONSTANTS}  # one object per term: dict lookups then stop at `is`
        delta = {tuple(terms.setdefault(term, term) for term in triple) for triple in triples}
        for triple in delta:
            self._index(triple)
        self.pending: dict = {}
        self._prepare()
        collecting = gc.isenabled()
        gc.disable()  # millions of small acyclic containers: the cyclic collector would rescan them all, often
        try:
            while delta:
                for triple in delta:
                    self._fire(triple)
                delta, self.pending = self.pending, {}
                for triple in delta:
                    self._index(triple)
                self.derivation.update(delta)
        finally:
            if collecting:
                gc.enable()

    def _prepare(self) -> None:
        """Called once the given triples are indexed, before the first round."""

    def _fire(self, t) -> None:
        """Find every rule instance that has t among its premises and the rest in the store."""
        raise NotImplementedError

    def _index(self, triple) -> None:
        s, p, o = triple
        self.out.setdefault(s, {}).setdefault(p, set()).add(o)
        self.inn.setdefault(p, {}).setdefault(o, set()).add(s)
        self.by_object.setdefault(o, set()).add(p)

    def holds(self, s, p, o) -> bool:
        return o in self.out.get(s, EMPTY).get(p, ())

    def objects(self, s, p):
        return self.out.get(s, EMPTY).get(p, ())

    def subjects(self, p, o):
        return self.inn.get(p, EMPTY).get(o, ())

    def pairs(self, p):
        return [(s, o) for o, subjects in self.inn.get(p, EMPTY).items() for s in subjects]

    def _derive(self, rule: str, conclusion, *premises) -> None:
        """Record a rule instance: its conclusion is new in the next round, unless known or not RDF."""
        s, p, o = conclusion
        if o in self.out.get(s, EMPTY).get(p, ()) or isinstance(s, Literal) or not isinstance(p, URIRef) \
                or (s is o and p is SAME):
            return  # known, not RDF (owlrl adds it) or reflexive owl:sameAs (eq-ref, filtered anyway)
        old = self.pending.get(conclusion)
        if old is None or _precedes((rule, premises), old):
            self.pending[conclusion] = (rule, premises)

    def _inconsistent(self, rule: str, focus, path, message: str, values: tuple, *premises) -> None:
        """Record a rule instance whose conclusion is false."""
        key = (rule, focus, path, message, values)
        self.inconsistencies.setdefault(key, Inconsistency(rule, focus, path, message, values, premises))

    def _list(self, head) -> tuple[list, list]:
        """The members of the rdf:List at head and its rdf:first/rdf:rest triples (nothing if malformed)."""
        members, cells, seen = [], [], set()
        while head != NIL and head not in seen:
            seen.add(head)
            firsts, rests = self.objects(head, FIRST), self.objects(head, REST)
            if len(firsts) != 1 or len(rests) != 1:
                return [], []
            (first,), (rest,) = firsts, rests
            members.append(first)
            cells += [(head, FIRST, first), (head, REST, rest)]
            head = rest
        return members, cells
