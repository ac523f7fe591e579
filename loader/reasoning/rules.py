"""sco-kg's OWL 2 RL engine: the rules of the W3C tables, each fired by the new triple at any of its premises."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import OWL

from loader.reasoning.closure import (
    ALL, CHARACTERISTICS, DIFFERENT, DISJOINT, DISJOINT_PROPERTY, DOMAIN, EQUIVALENT_CLASS, EQUIVALENT_PROPERTY,
    EMPTY, HAS_VALUE, INVERSE, NOTHING, ON_PROPERTY, RANGE, SAME, SOME, SUBCLASS, SUBPROPERTY, THING, TYPE, Closure,
)

# Vocabulary whose OWL 2 RL rules this engine leaves out; owlrl (the reference engine) implements them.
UNSUPPORTED = {
    OWL.hasKey: "prp-key", OWL.sourceIndividual: "prp-npa1/2", OWL.AllDisjointProperties: "prp-adp",
    OWL.AllDifferent: "eq-diff2/3", OWL.complementOf: "cls-com", OWL.maxCardinality: "cls-maxc1/2",
    OWL.maxQualifiedCardinality: "cls-maxqc1-4", OWL.oneOf: "cls-oo",
}


class Reasoner(Closure):
    """The OWL 2 RL closure of `triples` (see Closure for `derivation` and `inconsistencies`).

    Lists (property chains, intersections, unions, AllDisjointClasses) are read once, from `triples`.
    Rules left out: those whose conclusions loader.reasoning.infer filters as trivial anyway (eq-ref, scm-cls,
    scm-op, scm-dp, prp-ap, cls-thing, cls-nothing1, dt-*), scm-hv, scm-svf1/2, scm-avf1/2 (they relate
    anonymous restrictions), and those of UNSUPPORTED (listed in `unsupported` when the graph uses them).
    """

    def _prepare(self) -> None:
        self.unsupported = sorted(f"{rules} ({term.n3()})" for term, rules in UNSUPPORTED.items()
                                  if term in self.inn or term in self.inn.get(TYPE, EMPTY))
        self._schema = {
            SUBCLASS: self._subclass, SUBPROPERTY: self._subproperty, EQUIVALENT_CLASS: self._equivalent_class,
            EQUIVALENT_PROPERTY: self._equivalent_property, DOMAIN: self._domain, RANGE: self._range,
            INVERSE: self._inverse, SAME: self._same_as, DISJOINT: self._disjoint_classes,
            DISJOINT_PROPERTY: self._disjoint_properties, DIFFERENT: self._different,
        }
        self._characteristic = dict(zip(CHARACTERISTICS, (
            self._functional, self._inverse_functional, self._symmetric, self._asymmetric, self._transitive,
            self._irreflexive)))
        self._read_axioms()

    def _read_axioms(self) -> None:
        """Index the list axioms; scm-int and scm-uni need no other premise, so they fire here."""
        self.chains, self.intersections, self.in_intersection, self.in_union, self.disjoint = {}, {}, {}, {}, {}
        for prop, head in self.pairs(OWL.propertyChainAxiom):
            props, cells = self._list(head)
            for i, step in enumerate(props):
                self.chains.setdefault(step, []).append((prop, props, i, ((prop, OWL.propertyChainAxiom, head), *cells)))
        for c, head in self.pairs(OWL.intersectionOf):
            members, cells = self._list(head)
            axiom = ((c, OWL.intersectionOf, head), *cells)
            self.intersections[c] = (members, axiom)
            for member in members:
                self.in_intersection.setdefault(member, []).append((c, members, axiom))
                self._derive("scm-int", (c, SUBCLASS, member), *axiom)
        for c, head in self.pairs(OWL.unionOf):
            members, cells = self._list(head)
            for member in members:
                self.in_union.setdefault(member, []).append((c, ((c, OWL.unionOf, head), *cells)))
                self._derive("scm-uni", (member, SUBCLASS, c), (c, OWL.unionOf, head), *cells)
        for group in self.subjects(TYPE, OWL.AllDisjointClasses):
            for head in self.objects(group, OWL.members):
                members, cells = self._list(head)
                for member in members:
                    axiom = ((group, TYPE, OWL.AllDisjointClasses), (group, OWL.members, head), *cells)
                    self.disjoint.setdefault(member, []).append((members, axiom))

    # -- rules, by the position the new triple takes in them ---------------------------------------

    def _fire(self, t) -> None:
        s, p, o = t
        self._as_property_assertion(t)
        for s2 in self.objects(s, SAME):
            self._derive("eq-rep-s", (s2, p, o), (s, SAME, s2), t)
        for p2 in self.objects(p, SAME):
            self._derive("eq-rep-p", (s, p2, o), (p, SAME, p2), t)
        for o2 in self.objects(o, SAME):
            self._derive("eq-rep-o", (s, p, o2), (o, SAME, o2), t)
        if p is TYPE:  # terms are interned (Closure.__init__): `is` spares rdflib's slow __eq__
            self._as_type(t)
        handler = self._schema.get(p)
        if handler:
            handler(t)

    def _as_property_assertion(self, t) -> None:
        """t = (x p y) as the data premise of prp-*, cls-svf/avf/hv."""
        x, p, y = t
        about = self.out.get(p, EMPTY)
        for c in about.get(DOMAIN, ()):
            self._derive("prp-dom", (x, TYPE, c), (p, DOMAIN, c), t)
        for c in about.get(RANGE, ()):
            self._derive("prp-rng", (y, TYPE, c), (p, RANGE, c), t)
        for p2 in about.get(SUBPROPERTY, ()):
            self._derive("prp-spo1", (x, p2, y), (p, SUBPROPERTY, p2), t)
        for p2 in about.get(EQUIVALENT_PROPERTY, ()):
            self._derive("prp-eqp1", (x, p2, y), (p, EQUIVALENT_PROPERTY, p2), t)
        for p1 in self.subjects(EQUIVALENT_PROPERTY, p):
            self._derive("prp-eqp2", (x, p1, y), (p1, EQUIVALENT_PROPERTY, p), t)
        for p2 in about.get(INVERSE, ()):
            self._derive("prp-inv1", (y, p2, x), (p, INVERSE, p2), t)
        for p1 in self.subjects(INVERSE, p):
            self._derive("prp-inv2", (y, p1, x), (p1, INVERSE, p), t)
        for p2 in about.get(DISJOINT_PROPERTY, ()):
            self._disjoint_properties((p, DISJOINT_PROPERTY, p2), (x, y))
        for p1 in self.subjects(DISJOINT_PROPERTY, p):
            self._disjoint_properties((p1, DISJOINT_PROPERTY, p), (x, y))
        for kind in about.get(TYPE, ()):
            if kind in self._characteristic:
                self._characteristic[kind]((p, TYPE, kind), t)
        for prop, props, i, axiom in self.chains.get(p, ()):
            self._chain(prop, props, i, axiom, t)
        for r in self.subjects(ON_PROPERTY, p):
            restriction = self.out[r]
            for c in restriction.get(SOME, ()):
                if c is THING:
                    self._derive("cls-svf2", (x, TYPE, r), (r, SOME, c), (r, ON_PROPERTY, p), t)
                elif self.holds(y, TYPE, c):
                    self._derive("cls-svf1", (x, TYPE, r), (r, SOME, c), (r, ON_PROPERTY, p), t, (y, TYPE, c))
            for c in restriction.get(ALL, ()):
                if self.holds(x, TYPE, r):
                    self._derive("cls-avf", (y, TYPE, c), (r, ALL, c), (r, ON_PROPERTY, p), (x, TYPE, r), t)
            if y in restriction.get(HAS_VALUE, ()):
                self._derive("cls-hv2", (x, TYPE, r), (r, HAS_VALUE, y), (r, ON_PROPERTY, p), t)

    def _chain(self, prop, props, i, axiom, t) -> None:
        """prp-spo2 with t as the i-th link of the chain."""
        lefts, rights = [(t[0], [])], [(t[2], [])]
        for step in reversed(props[:i]):
            lefts = [(u, [(u, step, v), *path]) for v, path in lefts for u in self.subjects(step, v)]
        for step in props[i + 1:]:
            rights = [(w, [*path, (v, step, w)]) for v, path in rights for w in self.objects(v, step)]
        for first, left in lefts:
            for last, right in rights:
                self._derive("prp-spo2", (first, prop, last), *axiom, *left, t, *right)

    def _as_type(self, t) -> None:
        """t = (x rdf:type c) as the data premise of cax-*, cls-*."""
        x, _, c = t
        for c2 in self.objects(c, SUBCLASS):
            self._derive("cax-sco", (x, TYPE, c2), (c, SUBCLASS, c2), t)
        for c2 in self.objects(c, EQUIVALENT_CLASS):
            self._derive("cax-eqc1", (x, TYPE, c2), (c, EQUIVALENT_CLASS, c2), t)
        for c1 in self.subjects(EQUIVALENT_CLASS, c):
            self._derive("cax-eqc2", (x, TYPE, c1), (c1, EQUIVALENT_CLASS, c), t)
        for c2 in self.objects(c, DISJOINT):
            self._disjoint_classes((c, DISJOINT, c2), x)
        for c1 in self.subjects(DISJOINT, c):
            self._disjoint_classes((c1, DISJOINT, c), x)
        for members, axiom in self.disjoint.get(c, ()):
            for other in members:
                if other != c and self.holds(x, TYPE, other):
                    first, second = sorted((c, other), key=members.index)
                    self._inconsistent("cax-adc", x, TYPE, "member of disjoint classes {} and {}", (first, second),
                                       *axiom, (x, TYPE, first), (x, TYPE, second))
        if c is NOTHING:
            self._inconsistent("cls-nothing2", x, TYPE, "member of owl:Nothing", (), t)
        if c in self._characteristic:
            for u, v in self.pairs(x):
                self._characteristic[c](t, (u, x, v))
        for c_and, members, axiom in self.in_intersection.get(c, ()):
            if all(self.holds(x, TYPE, member) for member in members):
                self._derive("cls-int1", (x, TYPE, c_and), *axiom, *((x, TYPE, member) for member in members))
        members, axiom = self.intersections.get(c, ((), ()))
        for member in members:
            self._derive("cls-int2", (x, TYPE, member), *axiom, t)
        for c_or, axiom in self.in_union.get(c, ()):
            self._derive("cls-uni", (x, TYPE, c_or), *axiom, t)
        restriction = self.out.get(c, EMPTY)
        for p in restriction.get(ON_PROPERTY, ()):
            for c2 in restriction.get(ALL, ()):
                for y in self.objects(x, p):
                    self._derive("cls-avf", (y, TYPE, c2), (c, ALL, c2), (c, ON_PROPERTY, p), t, (x, p, y))
            for y in restriction.get(HAS_VALUE, ()):
                self._derive("cls-hv1", (x, p, y), (c, HAS_VALUE, y), (c, ON_PROPERTY, p), t)
        for r in self.subjects(SOME, c):
            for p in self.objects(r, ON_PROPERTY):
                for u in self.subjects(p, x):
                    self._derive("cls-svf1", (u, TYPE, r), (r, SOME, c), (r, ON_PROPERTY, p), (u, p, x), t)

    # -- property characteristics: (axiom, t) with axiom = (p rdf:type characteristic), t = (x p y) --

    def _functional(self, axiom, t) -> None:
        x, p, y1 = t
        for y2 in self.objects(x, p):
            if y2 is y1:
                continue
            if isinstance(y1, Literal) or isinstance(y2, Literal):
                if not (isinstance(y1, Literal) and isinstance(y2, Literal) and y1.eq(y2)):
                    low, high = sorted((y1, y2), key=lambda term: term.n3())
                    self._inconsistent("prp-fp", x, p, "functional property with two values, {} and {}", (low, high),
                                       axiom, t, (x, p, y2))
                continue
            self._derive("prp-fp", (y1, SAME, y2), axiom, t, (x, p, y2))
            self._derive("prp-fp", (y2, SAME, y1), axiom, (x, p, y2), t)

    def _inverse_functional(self, axiom, t) -> None:
        x1, p, y = t
        for x2 in self.subjects(p, y):
            if x2 != x1:
                self._derive("prp-ifp", (x1, SAME, x2), axiom, t, (x2, p, y))
                self._derive("prp-ifp", (x2, SAME, x1), axiom, (x2, p, y), t)

    def _symmetric(self, axiom, t) -> None:
        x, p, y = t
        self._derive("prp-symp", (y, p, x), axiom, t)

    def _asymmetric(self, axiom, t) -> None:
        x, p, y = t
        if self.holds(y, p, x):
            self._inconsistent("prp-asyp", x, p, "asymmetric property, but it also holds from {}", (y,), axiom, t, (y, p, x))

    def _transitive(self, axiom, t) -> None:
        x, p, y = t
        for z in self.objects(y, p):
            self._derive("prp-trp", (x, p, z), axiom, t, (y, p, z))
        for w in self.subjects(p, x):
            self._derive("prp-trp", (w, p, y), axiom, (w, p, x), t)

    def _irreflexive(self, axiom, t) -> None:
        if t[0] == t[2]:
            self._inconsistent("prp-irp", t[0], t[1], "irreflexive property relates a node to itself", (), axiom, t)

    # -- schema triples: t is the axiom -----------------------------------------------------------

    def _subclass(self, t) -> None:
        c1, _, c2 = t
        for x in self.subjects(TYPE, c1):
            self._derive("cax-sco", (x, TYPE, c2), t, (x, TYPE, c1))
        for c3 in self.objects(c2, SUBCLASS):
            self._derive("scm-sco", (c1, SUBCLASS, c3), t, (c2, SUBCLASS, c3))
        for c0 in self.subjects(SUBCLASS, c1):
            self._derive("scm-sco", (c0, SUBCLASS, c2), (c0, SUBCLASS, c1), t)
        if self.holds(c2, SUBCLASS, c1):
            self._derive("scm-eqc2", (c1, EQUIVALENT_CLASS, c2), t, (c2, SUBCLASS, c1))
            self._derive("scm-eqc2", (c2, EQUIVALENT_CLASS, c1), (c2, SUBCLASS, c1), t)
        for p in self.subjects(DOMAIN, c1):
            self._derive("scm-dom1", (p, DOMAIN, c2), (p, DOMAIN, c1), t)
        for p in self.subjects(RANGE, c1):
            self._derive("scm-rng1", (p, RANGE, c2), (p, RANGE, c1), t)

    def _subproperty(self, t) -> None:
        p1, _, p2 = t
        for x, y in self.pairs(p1):
            self._derive("prp-spo1", (x, p2, y), t, (x, p1, y))
        for p3 in self.objects(p2, SUBPROPERTY):
            self._derive("scm-spo", (p1, SUBPROPERTY, p3), t, (p2, SUBPROPERTY, p3))
        for p0 in self.subjects(SUBPROPERTY, p1):
            self._derive("scm-spo", (p0, SUBPROPERTY, p2), (p0, SUBPROPERTY, p1), t)
        if self.holds(p2, SUBPROPERTY, p1):
            self._derive("scm-eqp2", (p1, EQUIVALENT_PROPERTY, p2), t, (p2, SUBPROPERTY, p1))
            self._derive("scm-eqp2", (p2, EQUIVALENT_PROPERTY, p1), (p2, SUBPROPERTY, p1), t)
        for c in self.objects(p2, DOMAIN):
            self._derive("scm-dom2", (p1, DOMAIN, c), (p2, DOMAIN, c), t)
        for c in self.objects(p2, RANGE):
            self._derive("scm-rng2", (p1, RANGE, c), (p2, RANGE, c), t)

    def _equivalent_class(self, t) -> None:
        c1, _, c2 = t
        for x in self.subjects(TYPE, c1):
            self._derive("cax-eqc1", (x, TYPE, c2), t, (x, TYPE, c1))
        for x in self.subjects(TYPE, c2):
            self._derive("cax-eqc2", (x, TYPE, c1), t, (x, TYPE, c2))
        self._derive("scm-eqc1", (c1, SUBCLASS, c2), t)
        self._derive("scm-eqc1", (c2, SUBCLASS, c1), t)

    def _equivalent_property(self, t) -> None:
        p1, _, p2 = t
        for x, y in self.pairs(p1):
            self._derive("prp-eqp1", (x, p2, y), t, (x, p1, y))
        for x, y in self.pairs(p2):
            self._derive("prp-eqp2", (x, p1, y), t, (x, p2, y))
        self._derive("scm-eqp1", (p1, SUBPROPERTY, p2), t)
        self._derive("scm-eqp1", (p2, SUBPROPERTY, p1), t)

    def _domain(self, t) -> None:
        p, _, c = t
        for x, y in self.pairs(p):
            self._derive("prp-dom", (x, TYPE, c), t, (x, p, y))
        for c2 in self.objects(c, SUBCLASS):
            self._derive("scm-dom1", (p, DOMAIN, c2), t, (c, SUBCLASS, c2))
        for p1 in self.subjects(SUBPROPERTY, p):
            self._derive("scm-dom2", (p1, DOMAIN, c), t, (p1, SUBPROPERTY, p))

    def _range(self, t) -> None:
        p, _, c = t
        for x, y in self.pairs(p):
            self._derive("prp-rng", (y, TYPE, c), t, (x, p, y))
        for c2 in self.objects(c, SUBCLASS):
            self._derive("scm-rng1", (p, RANGE, c2), t, (c, SUBCLASS, c2))
        for p1 in self.subjects(SUBPROPERTY, p):
            self._derive("scm-rng2", (p1, RANGE, c), t, (p1, SUBPROPERTY, p))

    def _inverse(self, t) -> None:
        p1, _, p2 = t
        for x, y in self.pairs(p1):
            self._derive("prp-inv1", (y, p2, x), t, (x, p1, y))
        for x, y in self.pairs(p2):
            self._derive("prp-inv2", (y, p1, x), t, (x, p2, y))

    def _same_as(self, t) -> None:
        x, _, y = t
        self._derive("eq-sym", (y, SAME, x), t)
        for z in self.objects(y, SAME):
            self._derive("eq-trans", (x, SAME, z), t, (y, SAME, z))
        for w in self.subjects(SAME, x):
            self._derive("eq-trans", (w, SAME, y), (w, SAME, x), t)
        for p, objects in self.out.get(x, EMPTY).items():
            for o in objects:
                self._derive("eq-rep-s", (y, p, o), t, (x, p, o))
        for p in self.by_object.get(x, ()):
            for s in self.subjects(p, x):
                self._derive("eq-rep-o", (s, p, y), t, (s, p, x))
        for s, o in self.pairs(x):
            self._derive("eq-rep-p", (s, y, o), t, (s, x, o))
        if self.holds(x, DIFFERENT, y):
            self._different((x, DIFFERENT, y))

    def _different(self, t) -> None:
        x, _, y = t
        if self.holds(x, SAME, y):
            self._inconsistent("eq-diff1", x, SAME, "both owl:sameAs and owl:differentFrom {}", (y,), (x, SAME, y), t)

    def _disjoint_classes(self, axiom, x=None) -> None:
        """cax-dw for the axiom (c1 owl:disjointWith c2), on node x or on every member of c1."""
        c1, _, c2 = axiom
        for x in [x] if x is not None else self.subjects(TYPE, c1):
            if self.holds(x, TYPE, c1) and self.holds(x, TYPE, c2):
                self._inconsistent("cax-dw", x, TYPE, "member of disjoint classes {} and {}", (c1, c2),
                                   axiom, (x, TYPE, c1), (x, TYPE, c2))

    def _disjoint_properties(self, axiom, pair=None) -> None:
        """prp-pdw for the axiom (p1 owl:propertyDisjointWith p2), on the pair (x, y) or on every pair of p1."""
        p1, _, p2 = axiom
        for x, y in [pair] if pair is not None else self.pairs(p1):
            if self.holds(x, p1, y) and self.holds(x, p2, y):
                self._inconsistent("prp-pdw", x, p1, "disjoint properties {} and {} both relate it to {}", (p1, p2, y),
                                   axiom, (x, p1, y), (x, p2, y))
