"""Why does a triple hold? Its OWL 2 RL derivation down to asserted triples, their articles and sentences."""

from __future__ import annotations

from rdflib import Dataset, URIRef
from rdflib.namespace import PROV, RDF

from loader.reasoning.infer import TrivialFilter, asserted_triples
from loader.rdf.namespaces import INFERRED_GRAPH, NIF, SCO
from loader.reasoning.proof import RULE_TEXT
from loader.reasoning.rules import Reasoner
from loader.rdf.terms import parse_term, show

__all__ = ["LIST_CELLS", "Explainer", "explain", "parse_term", "render_explanation"]  # parse_term: the CLI reads S P O with it
LIST_CELLS = (RDF.first.n3(), RDF.rest.n3())


class Explainer:
    """Derivations for one dataset: build once (it runs loader.reasoning.rules over the asserted graphs), ask often."""

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        self.reasoner = Reasoner(asserted_triples(dataset))
        self.inferred = dataset.graph(INFERRED_GRAPH)
        self.trivial = TrivialFilter(dataset)

    def explain(self, s, p, o) -> dict:
        """JSON-ready. Every node has "triple" (three terms in N-Triples), "text" (prefixed) and "holds".
        Asserted: "status": "asserted", "graphs", "articles", "evidence": [{"article", "sentence"}].
        Inferred: "status": "inferred", "stored" (false for a trivial step kept out of kgg:inferred),
        "rule" (OWL 2 RL name), "rule_text" and "premises" (nodes, in the order of the rule table of
        loader.reasoning.proof), or "repeated": true where the same triple was explained earlier in this answer.
        Not holding: "holds": false, and a "note" if it is a trivial entailment."""
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
            note = {"note": "trivial entailments are kept out of kgg:inferred (README: What inference keeps out)"} \
                if self.trivial(triple) else {}
            return node | {"holds": False} | note
        node |= {"holds": True, "status": "inferred", "stored": stored}
        if triple in shown:
            return node | {"repeated": True}
        shown.add(triple)
        if derivation is None:
            return node | {"rule": None, "premises": [], "note": "no derivation found by loader.reasoning.rules"}
        rule, premises = derivation
        return node | {"rule": rule, "rule_text": RULE_TEXT.get(rule, ""),
                       "premises": [self._node(premise, shown) for premise in premises]}

    def _provenance(self, triple, graphs) -> dict:
        """The articles of the graphs asserting the triple, and its sentences: an rdf:Statement about
        the triple or, for a triple about an n-ary node (a participation), that node's sco:evidence; "at" is
        the sentence's nif:Sentence IRI (its character offsets in the article's text) where the graph has it."""
        s, p, o = triple
        articles, evidence = set(), set()
        for g in graphs:
            graph = self.dataset.graph(g)
            article = graph.value(g, PROV.wasDerivedFrom)
            if article is not None:
                articles.add(str(article))
            statements = {r for r in graph.subjects(RDF.subject, s)
                          if (r, RDF.predicate, p) in graph and (r, RDF.object, o) in graph}
            text = graph.value(article, NIF.isString) if article is not None else None
            for node in statements | ({s} if p != SCO.evidence else set()):
                spans = list(graph.objects(node, SCO.evidenceSentence))
                for sentence in graph.objects(node, SCO.evidence):
                    at = _sentence_at(str(sentence), spans, str(text) if text is not None else None)
                    evidence.add((str(article) if article is not None else str(g), str(sentence), at))
        return {"articles": sorted(articles),
                "evidence": [{"article": a, "sentence": text, "at": at} for a, text, at in sorted(evidence)]}


def _sentence_at(sentence: str, spans: list, text: str | None) -> str | None:
    """The nif:Sentence (IRI ending in #char=begin,end) among spans whose offsets in the article's text hold
    `sentence`; the only one if there is one; else None."""
    if len(spans) == 1:
        return str(spans[0])
    words = sentence.split()
    for span in spans:
        begin, _, end = str(span).rpartition("#char=")[2].partition(",")
        if text is not None and begin.isdigit() and end.isdigit() and text[int(begin):int(end)].split() == words:
            return str(span)
    return None


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
        lines += _render_premises(expl["premises"], indent + "    ")
    return "\n".join(lines)


def _render_premises(premises: list[dict], indent: str) -> list[str]:
    """The premises, with the asserted rdf:first/rdf:rest cells of an OWL list shown as one line."""
    lines, members, graphs = [], [], set()
    for premise in premises + [None]:
        if premise and premise.get("status") == "asserted" and premise["triple"][1] in LIST_CELLS:
            graphs.update(premise["graphs"])
            if premise["triple"][1] == LIST_CELLS[0]:
                members.append(show(parse_term(premise["triple"][2])))
            continue
        if graphs:
            where = ", ".join(show(URIRef(g)) for g in sorted(graphs))
            lines += [f"{indent}( {' '.join(members)} )", f"{indent}  the list, asserted in {where}"]
            members, graphs = [], set()
        if premise:
            lines.append(render_explanation(premise, indent))
    return lines
