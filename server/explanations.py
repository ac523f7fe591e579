"""GET /explain?s=&p=&o=: why the graph holds a triple, from loader.reasoning.explain: JSON for programs, and for
browsers a proof tree whose rules link to the W3C table and whose leaves are the articles' sentences."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Blueprint, g, jsonify, request, url_for
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS

from loader.reasoning.explain import LIST_CELLS, parse_term
from loader.reasoning.proof import rule_link
from loader.rdf.terms import show
from server.entity import resource_local
from server.errors import QueryError
from server.pages import error_page, render_page
from server.protocol import parse_params
from server.state import get_state

bp = Blueprint("explanations", __name__)
bp.register_error_handler(QueryError, error_page)  # a page for a browser, the JSON error for programs


@dataclass
class Shown:
    """One term of a step: its text, its full form (hover) and the page it links to, if any."""

    text: str
    full: str
    href: str | None = None


@dataclass
class Step:
    """One node of the proof tree, ready for explain.html."""

    terms: list[Shown]
    status: str  # asserted, inferred, repeated or missing
    note: str = ""
    rule: str | None = None
    rule_text: str = ""
    rule_href: str = ""
    premises: list["Step"] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)  # {title, date, href} of each article (or graph)
    sentences: list[dict] = field(default_factory=list)  # {text, href, title} of each sentence


def _params() -> dict[str, str]:
    """The query string's parameters (the last of each name), refused (400) unless it is UTF-8."""
    return dict(parse_params(request.query_string, "query string"))


def _term(params: dict[str, str], name: str, literal_allowed: bool):
    value = params.get(name, "").strip()
    if not value:
        raise QueryError(400, "parameter", f"parameter {name} is missing (an IRI, a prefixed name"
                         + (" or a literal)" if literal_allowed else ")"))
    try:
        term = parse_term(value)
    except ValueError as error:
        raise QueryError(400, "parameter", f"{name}: {error}") from None
    if isinstance(term, Literal) and not literal_allowed:
        raise QueryError(400, "parameter", f"{name} must be an IRI, not a literal")
    return term


def _wants_page(params: dict[str, str]) -> bool:
    wanted = params.get("format") or request.accept_mimetypes.best_match(["application/json", "text/html"])
    return wanted in ("html", "text/html")


@bp.get("/explain")
def explain():
    """Explain one triple: JSON unless the client prefers HTML (or format=html|json says which); a browser
    gets its errors as a page too."""
    params = _params()
    g.page = _wants_page(params)
    triple = (_term(params, "s", False), _term(params, "p", False), _term(params, "o", True))
    explainer = get_state().explainer()
    explanation = explainer.explain(*triple)
    if not g.page:
        return jsonify(explanation)
    step = _step(explanation, _Articles(explainer.dataset))
    return render_page("explain.html", step=step, text=explanation["text"],
                       json_href=url_for("explanations.explain", s=params["s"], p=params["p"], o=params["o"],
                                         format="json"))


class _Articles:
    """Titles and dates of the articles whose graphs an explanation cites, read once each."""

    def __init__(self, dataset):
        self.dataset, self.seen = dataset, {}

    def __call__(self, iri: str) -> dict:
        if iri not in self.seen:
            node = URIRef(iri)
            title = next((str(o) for _, _, o, _ in self.dataset.quads((node, DCTERMS.title, None, None))), "")
            day = next((str(o) for _, _, o, _ in self.dataset.quads((node, DCTERMS.date, None, None))), "")
            label = next((str(o) for _, _, o, _ in self.dataset.quads((node, RDFS.label, None, None))), "")
            local = resource_local(iri)
            self.seen[iri] = {"title": title or label or show(node), "date": day,
                              "href": url_for("pages.resource", local=local) if local else None}
        return self.seen[iri]


def _shown(n3: str) -> Shown:
    term = parse_term(n3)
    if isinstance(term, URIRef):
        local = resource_local(str(term))
        return Shown(show(term), str(term), url_for("pages.resource", local=local) if local else None)
    return Shown(str(term) if isinstance(term, Literal) else show(term), show(term))


def _sentence_href(at: str | None) -> str | None:
    """The article page's address of a nif:Sentence: the page, with the sentence's offsets as the fragment."""
    if not at:
        return None
    article, _, offsets = at.partition("#")
    local = resource_local(article)
    return url_for("pages.resource", local=local) + "#" + offsets if local else None


def _step(node: dict, articles: _Articles) -> Step:
    terms = [_shown(term) for term in node["triple"]]
    if not node["holds"]:
        return Step(terms, "missing", note=node.get("note", ""))
    if node["status"] == "asserted":
        sources = [articles(iri) for iri in node.get("articles", [])] or [
            {"title": show(URIRef(graph)), "date": "", "href": None} for graph in node["graphs"]]
        sentences = [{"text": e["sentence"], "href": _sentence_href(e.get("at")), "title": articles(e["article"])["title"]}
                     for e in node.get("evidence", [])]
        return Step(terms, "asserted", sources=sources, sentences=sentences)
    if node.get("repeated"):
        return Step(terms, "repeated")
    rule = node.get("rule")
    return Step(terms, "inferred", note=node.get("note", "") if not rule else
                ("" if node["stored"] else "a trivial step, not stored in kgg:inferred"),
                rule=rule, rule_text=node.get("rule_text", ""), rule_href=rule_link(rule) if rule else "",
                premises=_premises(node.get("premises", []), articles))


def _premises(premises: list[dict], articles: _Articles) -> list[Step]:
    """The premises as steps, the asserted rdf:first / rdf:rest cells of an OWL list folded into one step."""
    steps, members, graphs, at = [], [], set(), 0
    for premise in premises:
        if premise.get("status") == "asserted" and premise["triple"][1] in LIST_CELLS:
            at = at if graphs else len(steps)
            graphs.update(premise["graphs"])
            if premise["triple"][1] == LIST_CELLS[0]:
                members.append(_shown(premise["triple"][2]))
            continue
        steps.append(_step(premise, articles))
    if graphs:
        sources = [{"title": show(URIRef(graph)), "date": "", "href": None} for graph in sorted(graphs)]
        steps.insert(at, Step([Shown("(", ""), *members, Shown(")", "")], "asserted", note="the list", sources=sources))
    return steps
