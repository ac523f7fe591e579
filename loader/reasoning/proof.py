"""Checking an explanation: each step must be what its OWL 2 RL rule concludes from its premises."""

from __future__ import annotations

from rdflib import Dataset, Variable
from rdflib.namespace import RDF, RDFS

from loader.reasoning.infer import TrivialFilter
from loader.rdf.namespaces import INFERRED_GRAPH
from loader.rdf.terms import parse_term

# The OWL 2 RL rules loader.reasoning.rules applies, as in the W3C tables (OWL 2 Profiles, section 4.3):
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
RULES_SECTION = "https://www.w3.org/TR/owl2-profiles/#Reasoning_in_OWL_2_RL_and_RDF_Graphs_using_Rules"


def rule_link(rule: str) -> str:
    """The rule's row in the W3C tables: the section, and a text fragment that browsers scroll to."""
    return f"{RULES_SECTION}:~:text={rule}"


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
    if not premises:
        return set()
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


def check_explanation(dataset: Dataset, expl: dict) -> list[str]:
    """The problems of an explanation, none if it is correct: asserted triples are asserted in the graphs it
    names; each inferred step is what its rule concludes from its premises, which hold in turn; no step
    depends on itself; a step that is not stored in kgg:inferred is one the filter drops as trivial.
    A step marked "repeated" must have been explained earlier in the answer (which, with the check of
    ancestors, rules out circular derivations across branches too)."""
    inferred, trivial = dataset.graph(INFERRED_GRAPH), TrivialFilter(dataset)
    problems, shown = [], set()

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
            if triple not in shown:
                problems.append(f"{where}: marked as explained above, but it is not")
            return
        shown.add(triple)
        premises = [tuple(parse_term(term) for term in premise["triple"]) for premise in node["premises"]]
        if triple not in rule_conclusions(node["rule"], premises):
            problems.append(f"{where}: rule {node['rule']} does not conclude it from the premises given")
        for premise in node["premises"]:
            visit(premise, ancestors | {triple})

    visit(expl, frozenset())
    return problems
