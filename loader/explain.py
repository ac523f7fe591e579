"""Why does a triple hold? Its OWL 2 RL derivation down to asserted triples, their articles and sentences."""

from __future__ import annotations

import re

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import PROV, RDF, RDFS, NamespaceManager
from rdflib.util import from_n3

from loader.infer import asserted_triples, is_trivial, ontology_blank_nodes
from loader.namespaces import INFERRED_GRAPH, PREFIXES, SCO
from loader.rules import Reasoner


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


class Explainer:
    """Derivations for one dataset: build once (it runs loader.rules over the asserted graphs), ask often."""

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        self.reasoner = Reasoner(asserted_triples(dataset))
        self.inferred = dataset.graph(INFERRED_GRAPH)
        self.bnodes = ontology_blank_nodes(dataset)

    def explain(self, s, p, o) -> dict:
        """JSON-ready: {"triple", "text", "holds", "status": "asserted"|"inferred", ...} (README: Explanations)."""
        return self._node((s, p, o), set())

    def _node(self, triple, shown: set) -> dict:
        node = {"triple": [term.n3() for term in triple], "text": " ".join(map(show, triple))}
        graphs = sorted({g for *_, g in self.dataset.quads((*triple, None)) if g != INFERRED_GRAPH}, key=str)
        derivation = self.reasoner.derivation.get(triple)
        stored = triple in self.inferred
        if graphs:
            return node | {"holds": True, "status": "asserted", "graphs": [str(g) for g in graphs],
                           **self._provenance(triple, graphs)}
        if derivation is None and not stored:
            note = {"note": "trivial entailments are not stored (README: What kgg:inferred leaves out)"} \
                if is_trivial(triple, self.bnodes) else {}
            return node | {"holds": False} | note
        node |= {"holds": True, "status": "inferred", "stored": stored}
        if triple in shown:
            return node | {"repeated": True}
        shown.add(triple)
        if derivation is None:
            return node | {"rule": None, "premises": [], "note": "no derivation found by loader.rules"}
        rule, premises = derivation
        return node | {"rule": rule, "rule_text": RULE_TEXT.get(rule, ""),
                       "premises": [self._node(premise, shown) for premise in premises]}

    def _provenance(self, triple, graphs) -> dict:
        """The articles of the graphs asserting the triple, and its sentences: an rdf:Statement about
        the triple or, for a triple about an n-ary node (a participation), that node's sco:evidence."""
        s, p, o = triple
        articles, evidence = set(), set()
        for g in graphs:
            graph = self.dataset.graph(g)
            article = graph.value(g, PROV.wasDerivedFrom)
            if article is not None:
                articles.add(str(article))
            statements = {r for r in graph.subjects(RDF.subject, s)
                          if (r, RDF.predicate, p) in graph and (r, RDF.object, o) in graph}
            for node in statements | ({s} if p != SCO.evidence else set()):
                for sentence in graph.objects(node, SCO.evidence):
                    evidence.add((str(article) if article is not None else str(g), str(sentence)))
        return {"articles": sorted(articles),
                "evidence": [{"article": a, "sentence": text} for a, text in sorted(evidence)]}


def explain(dataset: Dataset, s, p, o) -> dict:
    """The explanation of (s, p, o) in `dataset` (which holds kgg:inferred); see Explainer to ask many."""
    return Explainer(dataset).explain(s, p, o)


def render_explanation(expl: dict, indent: str = "") -> str:
    """Indented plain text: one line per triple, its rule or its articles, then its premises."""
    if not expl["holds"]:
        lines = [f"{indent}{expl['text']}", f"{indent}  does not hold" + (f" ({expl['note']})" if "note" in expl else "")]
    elif expl["status"] == "asserted":
        lines = [f"{indent}{expl['text']}", f"{indent}  asserted in {', '.join(show(URIRef(g)) for g in expl['graphs'])}"]
        lines += [f'{indent}    "{e["sentence"]}" ({show(URIRef(e["article"]))})' for e in expl["evidence"]]
    elif expl.get("repeated"):
        lines = [f"{indent}{expl['text']}", f"{indent}  inferred, as shown above"]
    else:
        stored = "" if expl["stored"] else ", a trivial step not stored in kgg:inferred"
        rule = f"{expl['rule']} ({expl['rule_text']})" if expl["rule"] else expl["note"]
        lines = [f"{indent}{expl['text']}", f"{indent}  inferred by {rule}{stored}"]
        lines += [render_explanation(premise, indent + "    ") for premise in expl["premises"]]
    return "\n".join(lines)


# The OWL 2 RL rules loader.rules applies, as in the W3C tables (OWL 2 Profiles, section 4.3):
# name | what it says | premises => conclusions. LIST rules read an rdf:List from their premises.
RULE_TABLE = """
eq-sym   | owl:sameAs is symmetric                  | ?x owl:sameAs ?y => ?y owl:sameAs ?x
eq-trans | owl:sameAs is transitive                 | ?x owl:sameAs ?y . ?y owl:sameAs ?z => ?x owl:sameAs ?z
eq-rep-s | replace the subject by an owl:sameAs     | ?s owl:sameAs ?s2 . ?s ?p ?o => ?s2 ?p ?o
eq-rep-p | replace the predicate by an owl:sameAs   | ?p owl:sameAs ?p2 . ?s ?p ?o => ?s ?p2 ?o
eq-rep-o | replace the object by an owl:sameAs      | ?o owl:sameAs ?o2 . ?s ?p ?o => ?s ?p ?o2
prp-dom  | property domain                          | ?p rdfs:domain ?c . ?x ?p ?y => ?x rdf:type ?c
prp-rng  | property range                           | ?p rdfs:range ?c . ?x ?p ?y => ?y rdf:type ?c
prp-fp   | functional property                      | ?p rdf:type owl:FunctionalProperty . ?x ?p ?y1 . ?x ?p ?y2 => ?y1 owl:sameAs ?y2
prp-ifp  | inverse functional property              | ?p rdf:type owl:InverseFunctionalProperty . ?x1 ?p ?y . ?x2 ?p ?y => ?x1 owl:sameAs ?x2
prp-symp | symmetric property                       | ?p rdf:type owl:SymmetricProperty . ?x ?p ?y => ?y ?p ?x
prp-trp  | transitive property                      | ?p rdf:type owl:TransitiveProperty . ?x ?p ?y . ?y ?p ?z => ?x ?p ?z
prp-spo1 | sub-property                             | ?p1 rdfs:subPropertyOf ?p2 . ?x ?p1 ?y => ?x ?p2 ?y
prp-spo2 | property chain                           | LIST owl:propertyChainAxiom
prp-eqp1 | equivalent property                      | ?p1 owl:equivalentProperty ?p2 . ?x ?p1 ?y => ?x ?p2 ?y
prp-eqp2 | equivalent property                      | ?p1 owl:equivalentProperty ?p2 . ?x ?p2 ?y => ?x ?p1 ?y
prp-inv1 | inverse property                         | ?p1 owl:inverseOf ?p2 . ?x ?p1 ?y => ?y ?p2 ?x
prp-inv2 | inverse property                         | ?p1 owl:inverseOf ?p2 . ?x ?p2 ?y => ?y ?p1 ?x
cls-int1 | member of every class of an intersection | LIST owl:intersectionOf
cls-int2 | member of an intersection                | LIST owl:intersectionOf
cls-uni  | member of a class of a union             | LIST owl:unionOf
cls-svf1 | some values from                         | ?x owl:someValuesFrom ?y . ?x owl:onProperty ?p . ?u ?p ?v . ?v rdf:type ?y => ?u rdf:type ?x
cls-svf2 | some values from owl:Thing               | ?x owl:someValuesFrom owl:Thing . ?x owl:onProperty ?p . ?u ?p ?v => ?u rdf:type ?x
cls-avf  | all values from                          | ?x owl:allValuesFrom ?y . ?x owl:onProperty ?p . ?u rdf:type ?x . ?u ?p ?v => ?v rdf:type ?y
cls-hv1  | has value                                | ?x owl:hasValue ?y . ?x owl:onProperty ?p . ?u rdf:type ?x => ?u ?p ?y
cls-hv2  | has value                                | ?x owl:hasValue ?y . ?x owl:onProperty ?p . ?u ?p ?y => ?u rdf:type ?x
cax-sco  | sub-class                                | ?c1 rdfs:subClassOf ?c2 . ?x rdf:type ?c1 => ?x rdf:type ?c2
cax-eqc1 | equivalent class                         | ?c1 owl:equivalentClass ?c2 . ?x rdf:type ?c1 => ?x rdf:type ?c2
cax-eqc2 | equivalent class                         | ?c1 owl:equivalentClass ?c2 . ?x rdf:type ?c2 => ?x rdf:type ?c1
scm-sco  | sub-class is transitive                  | ?c1 rdfs:subClassOf ?c2 . ?c2 rdfs:subClassOf ?c3 => ?c1 rdfs:subClassOf ?c3
scm-eqc1 | equivalent classes are sub-classes       | ?c1 owl:equivalentClass ?c2 => ?c1 rdfs:subClassOf ?c2 . ?c2 rdfs:subClassOf ?c1
scm-eqc2 | mutual sub-classes are equivalent        | ?c1 rdfs:subClassOf ?c2 . ?c2 rdfs:subClassOf ?c1 => ?c1 owl:equivalentClass ?c2
scm-spo  | sub-property is transitive               | ?p1 rdfs:subPropertyOf ?p2 . ?p2 rdfs:subPropertyOf ?p3 => ?p1 rdfs:subPropertyOf ?p3
scm-eqp1 | equivalent properties are sub-properties | ?p1 owl:equivalentProperty ?p2 => ?p1 rdfs:subPropertyOf ?p2 . ?p2 rdfs:subPropertyOf ?p1
scm-eqp2 | mutual sub-properties are equivalent     | ?p1 rdfs:subPropertyOf ?p2 . ?p2 rdfs:subPropertyOf ?p1 => ?p1 owl:equivalentProperty ?p2
scm-dom1 | domain of a sub-class                    | ?p rdfs:domain ?c1 . ?c1 rdfs:subClassOf ?c2 => ?p rdfs:domain ?c2
scm-dom2 | domain of a super-property              | ?p2 rdfs:domain ?c . ?p1 rdfs:subPropertyOf ?p2 => ?p1 rdfs:domain ?c
scm-rng1 | range of a sub-class                     | ?p rdfs:range ?c1 . ?c1 rdfs:subClassOf ?c2 => ?p rdfs:range ?c2
scm-rng2 | range of a super-property               | ?p2 rdfs:range ?c . ?p1 rdfs:subPropertyOf ?p2 => ?p1 rdfs:range ?c
scm-int  | an intersection is a sub-class of each   | LIST owl:intersectionOf
scm-uni  | each class is a sub-class of its union   | LIST owl:unionOf
"""


def _pattern(text: str) -> list[tuple]:
    return [tuple(Variable(t[1:]) if t.startswith("?") else parse_term(t) for t in atom.split())
            for atom in text.split(" . ")]


def _read_rule_table() -> tuple[dict, dict, dict]:
    text, patterns, lists = {}, {}, {}
    for line in RULE_TABLE.strip().splitlines():
        name, about, rule = (part.strip() for part in line.split("|"))
        text[name] = about
        if rule.startswith("LIST "):
            lists[name] = parse_term(rule.split()[1])
        else:
            body, head = rule.split(" => ")
            patterns[name] = (_pattern(body), _pattern(head))
    return text, patterns, lists


RULE_TEXT, PATTERNS, LIST_AXIOMS = _read_rule_table()


def rule_conclusions(rule: str, premises: list[tuple]) -> set:
    """What `rule` concludes from exactly these premises, in the order of the table (empty if they do not fit)."""
    if rule in LIST_AXIOMS:
        return _list_rule_conclusions(rule, premises)
    if rule not in PATTERNS or len(PATTERNS[rule][0]) != len(premises):
        return set()
    body, head = PATTERNS[rule]
    binding = {}
    for atom, triple in zip(body, premises):
        for x, term in zip(atom, triple):
            if (binding.setdefault(x, term) if isinstance(x, Variable) else x) != term:
                return set()
    return {tuple(binding[x] if isinstance(x, Variable) else x for x in atom) for atom in head}


def _list_rule_conclusions(rule: str, premises: list[tuple]) -> set:
    """LIST rules: the axiom (c axiom head), the list cells from head to rdf:nil, then the data premises."""
    (c, axiom, head), rest = premises[0], list(premises[1:])
    members = []
    while head != RDF.nil:
        if len(rest) < 2 or rest[0][:2] != (head, RDF.first) or rest[1][:2] != (head, RDF.rest):
            return set()
        members.append(rest[0][2])
        head, rest = rest[1][2], rest[2:]
    if axiom != LIST_AXIOMS[rule] or not members:
        return set()
    if rule == "prp-spo2":
        chained = all(a[2] == b[0] for a, b in zip(rest, rest[1:]))
        fits = len(rest) == len(members) and chained and [t[1] for t in rest] == members
        return {(rest[0][0], c, rest[-1][2])} if fits else set()
    if rule == "cls-int1":
        fits = len({t[0] for t in rest}) == 1 and [t[1:] for t in rest] == [(RDF.type, m) for m in members]
        return {(rest[0][0], RDF.type, c)} if fits else set()
    if rule in ("cls-int2", "cls-uni"):
        if len(rest) != 1 or rest[0][1] != RDF.type:
            return set()
        y, _, class_ = rest[0]
        if rule == "cls-int2":
            return {(y, RDF.type, m) for m in members} if class_ == c else set()
        return {(y, RDF.type, c)} if class_ in members else set()
    if rest:
        return set()
    return {(c, RDFS.subClassOf, m) if rule == "scm-int" else (m, RDFS.subClassOf, c) for m in members}


class _TrivialFilter:
    """is_trivial for one dataset, reading the ontology's blank nodes only when first asked."""

    def __init__(self, dataset: Dataset):
        self.dataset, self.bnodes = dataset, None

    def __call__(self, triple) -> bool:
        if self.bnodes is None:
            self.bnodes = ontology_blank_nodes(self.dataset)
        return is_trivial(triple, self.bnodes)


def check_explanation(dataset: Dataset, expl: dict) -> list[str]:
    """The problems of an explanation, none if it is correct: asserted triples are asserted in the graphs it
    names; each inferred step is what its rule concludes from its premises, which hold in turn; no step
    depends on itself; a step that is not stored in kgg:inferred is one the filter drops as trivial."""
    inferred, trivial = dataset.graph(INFERRED_GRAPH), _TrivialFilter(dataset)
    problems, shown, repeated = [], set(), []

    def visit(node: dict, ancestors: frozenset) -> None:
        triple, where = tuple(parse_term(term) for term in node["triple"]), node["text"]
        asserted = {str(g) for *_, g in dataset.quads((*triple, None)) if g != INFERRED_GRAPH}
        if not node["holds"]:
            if asserted or triple in inferred:
                problems.append(f"{where}: said not to hold, but it is in the dataset")
            return
        if triple in ancestors:
            problems.append(f"{where}: depends on itself")
        if node["status"] == "asserted":
            if not asserted or set(node["graphs"]) != asserted:
                problems.append(f"{where}: asserted in {sorted(asserted)}, not in {node['graphs']}")
            if triple in inferred:
                problems.append(f"{where}: asserted, and copied into kgg:inferred")
            return
        if asserted:
            problems.append(f"{where}: asserted, but explained as inferred")
        if node["stored"] != (triple in inferred):
            problems.append(f"{where}: said {'' if node['stored'] else 'not '}to be stored in kgg:inferred, wrongly")
        elif not node["stored"] and not trivial(triple):
            problems.append(f"{where}: inferred and not trivial, but missing from kgg:inferred")
        if node.get("repeated"):
            repeated.append((triple, where))
            return
        shown.add(triple)
        premises = [tuple(parse_term(term) for term in premise["triple"]) for premise in node["premises"]]
        if triple not in rule_conclusions(node["rule"], premises):
            problems.append(f"{where}: rule {node['rule']} does not conclude it from the premises given")
        for premise in node["premises"]:
            visit(premise, ancestors | {triple})

    visit(expl, frozenset())
    return problems + [f"{where}: marked as shown above, but never explained" for t, where in repeated if t not in shown]
