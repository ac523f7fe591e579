"""The web pages: the query page (/), its static files, the entity pages (/resource/...) and their headers."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import FOAF, RDF, RDFS

from conftest import DATA, ROOT, running_app
from loader.rdf.namespaces import RES, SCO
from server.entity import SHOWN_PER_PROPERTY
from server.errors import QueryError
from server.examples import load_examples

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HUB_MEMBERS = 1200
EVIL = "<script>alert('label')</script>"
EVIL_EVIDENCE = '</li><img src=x onerror=alert(1)> & "quoted"'
EVIL_EXAMPLE = "</script><script>alert('example')</script>"
# Added to mini.trig for the escaping and hub tests: hostile literals, and one entity that 1,200 others name.
EXTRA_GRAPH = """
kgg:article\\/2024-01-01_pages {
    kgg:article\\/2024-01-01_pages prov:wasDerivedFrom res:article\\/2024-01-01_pages .
    res:evil rdfs:label "<script>alert('label')</script>" ;
        sco:evidence "</li><img src=x onerror=alert(1)> & \\"quoted\\"" .
    res:li_qiang sco:metWith res:evil .
    res:hub rdfs:label "Hub" .
""" + "".join(f"    res:member_{number:04} sco:memberOf res:hub .\n" for number in range(HUB_MEMBERS)) + "}\n"


class Page(HTMLParser):
    """An HTML page as the tests see it: every element with its attributes, text and enclosing elements."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self._open: list[dict] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": {name: value or "" for name, value in attrs}, "text": "",
                   "parents": list(self._open)}
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag):
        while self._open and self._open.pop()["tag"] != tag:
            pass

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data

    def find(self, tag: str, cls: str | None = None, **attrs) -> list[dict]:
        """The elements with this tag, class (one of their classes) and attribute values."""
        return [element for element in self.elements if element["tag"] == tag
                and (cls is None or cls in element["attrs"].get("class", "").split())
                and all(element["attrs"].get(name.replace("_", "-")) == value for name, value in attrs.items())]

    def one(self, tag: str, cls: str | None = None, **attrs) -> dict:
        found = self.find(tag, cls, **attrs)
        assert len(found) == 1, found
        return found[0]

    def before(self, element: dict, tag: str) -> dict:
        """The last element with this tag that starts before element (the <dt> of a <dd>'s link)."""
        return [other for other in self.elements[:self.elements.index(element)] if other["tag"] == tag][-1]


def inside(element: dict, tag: str, cls: str) -> bool:
    return any(parent["tag"] == tag and cls in parent["attrs"].get("class", "").split()
               for parent in element["parents"])


def page(response, status: int = 200) -> Page:
    assert response.status_code == status, response.get_data(as_text=True)[:2000]
    assert response.mimetype == "text/html"
    return Page(response.get_data(as_text=True))


def html(client, path: str, status: int = 200, **kwargs) -> Page:
    return page(client.get(path, headers={"Accept": BROWSER}, **kwargs), status)


@pytest.fixture(scope="module")
def pages_app(tmp_path_factory):
    """An app over mini.trig plus EXTRA_GRAPH, with one example query full of markup."""
    triples = tmp_path_factory.mktemp("pages-triples")
    (triples / "sco-kg.trig").write_text((DATA / "mini.trig").read_text(encoding="utf-8") + EXTRA_GRAPH,
                                         encoding="utf-8")
    queries = tmp_path_factory.mktemp("pages-queries")
    (queries / "markup.rq").write_text(f"# title: {EVIL_EXAMPLE}\n# description: {EVIL_EXAMPLE}\n"
                                       f"SELECT * WHERE {{ ?s ?p \"{EVIL_EXAMPLE}\" }}\n", encoding="utf-8")
    with running_app(triples, queries) as app:
        yield app


@pytest.fixture
def pages_client(pages_app):
    return pages_app.test_client()


# --- the query page ------------------------------------------------------------------------

def test_the_query_page_lists_every_example_of_the_queries_dir(mini_triples_dir):
    queries_dir = ROOT / "queries"
    examples = load_examples(queries_dir)
    assert len(examples) >= 10
    with running_app(mini_triples_dir, queries_dir) as app:
        shown = html(app.test_client(), "/")
    for example in examples:
        link = shown.one("a", data_example=example.name)
        assert link["text"].strip() == example.title
        assert link["attrs"]["href"] == f"/?example={example.name}"
        assert example.description in link["parents"][-1]["text"]
    settings = json.loads(shown.one("script", id="settings")["text"])
    assert settings["examples"] == {example.name: example.text for example in examples}
    assert not app.extensions["sco_kg"].pool.status()["started"]  # the page itself runs no query


def test_the_query_page_talks_to_the_endpoint(client):
    shown = html(client, "/")
    form = shown.one("form", id="query-form")
    assert (form["attrs"]["method"], form["attrs"]["action"]) == ("post", "/sparql")
    assert shown.one("textarea", name="query")["text"].startswith("PREFIX sco:")
    assert [element["attrs"]["value"] for element in shown.find("input", name="infer")] == ["false", "true"]
    assert "checked" in shown.one("input", id="infer")["attrs"]
    settings = json.loads(shown.one("script", id="settings")["text"])
    assert settings["endpoint"] == "/sparql" and settings["pages"] == "/resource/"
    assert settings["resources"] == str(RES) and settings["prefixes"]["res"] == str(RES)
    assert settings["maxRows"] == client.application.config["MAX_ROWS"] and settings["autorun"] is False


@pytest.mark.parametrize("query_string, text, checked", [
    ({"example": "member_states"}, "SELECT ?state WHERE", True),
    ({"query": "ASK { ?s ?p ?o }", "infer": "false"}, "ASK { ?s ?p ?o }", False)])
def test_a_query_or_example_in_the_url_fills_the_editor_and_runs(client, query_string, text, checked):
    shown = html(client, "/", query_string=query_string)
    assert text in shown.one("textarea", name="query")["text"]
    assert ("checked" in shown.one("input", id="infer")["attrs"]) is checked
    assert json.loads(shown.one("script", id="settings")["text"])["autorun"] is True


def test_static_assets_are_served(client):
    shown = html(client, "/")
    scripts = [element["attrs"] for element in shown.find("script")]
    assert all("src" in attrs or attrs.get("type") == "application/json" for attrs in scripts)
    assets = [(attrs["src"], "javascript") for attrs in scripts if "src" in attrs]
    assets += [(element["attrs"]["href"], "css") for element in shown.find("link", rel="stylesheet")]
    assets += [(element["attrs"]["href"], "svg") for element in shown.find("link", rel="icon")]
    assert {kind for _, kind in assets} == {"javascript", "css", "svg"}
    for path, kind in assets:
        assert path.startswith(("/static/", "/assets/"))
        with client.get(path) as response:
            assert response.status_code == 200 and kind in response.mimetype and response.get_data()


@pytest.mark.parametrize("path", ["/", "/resource/li_qiang", "/resource/nowhere",
                                  "/explain?s=res:li_qiang&p=rdf:type&o=foaf:Person"])
def test_every_page_has_a_content_security_policy(client, path):
    response = client.get(path, headers={"Accept": BROWSER})
    assert response.mimetype == "text/html"
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert not any(link["attrs"]["href"].startswith(("http:", "https:", "//"))
                   for link in Page(response.get_data(as_text=True)).find("link"))


# --- /sparql for browsers --------------------------------------------------------------------

@pytest.mark.parametrize("accept, query_string, status", [
    (BROWSER, None, 303), ("text/html", None, 303), ("*/*", None, 200), ("text/turtle", None, 200),
    (BROWSER, {"format": "turtle"}, 200)])
def test_browsers_asking_the_endpoint_for_a_page_go_to_the_query_page(client, accept, query_string, status):
    response = client.get("/sparql", headers={"Accept": accept}, query_string=query_string)
    assert response.status_code == status and "Accept" in response.vary
    if status == 303:
        assert response.headers["Location"] == "/"
    else:
        assert response.mimetype == "text/turtle"


# --- entity pages ----------------------------------------------------------------------------

def test_an_entity_page_shows_label_types_triples_and_provenance(client):
    shown = html(client, "/resource/li_qiang")
    assert shown.one("h1")["text"] == "Li Qiang"
    assert shown.one("title")["text"].startswith("Li Qiang")
    assert shown.one("p", "kind")["text"] == "Person"  # the card: its class, aliases and classes
    assert "Premier Li" in shown.one("p", "aliases")["text"]
    assert {element["text"] for element in shown.find("span", "type")} == {"sco:Person", "foaf:Person"}
    assert "inferred" in shown.one("span", "type", title=f"{FOAF.Person} (inferred)")["attrs"]["class"]
    met = next(link for link in shown.find("a", href="/resource/mikhail_mishustin")
               if not inside(link, "section", "inferred"))
    assert met["text"] == "Mikhail Mishustin" and shown.before(met, "dt")["text"] == "sco:metWith"
    # a fact's source is its article, by title and date, linked to the article's page
    source = next(link for link in shown.find("a", href="/resource/article/2023-10-27_beta") if inside(link, "span", "sources"))
    assert source["text"] == "Beta: Li Qiang meets Mishustin" and "2023-10-27" in source["parents"][-1]["text"]
    # the participation node is folded into a row of its meeting, never shown bare
    assert not shown.find("a", href="/resource/bishkek_2023_heads_of_government_li_qiang")
    [row] = [row for row in shown.find("tr") if inside(row, "table", "participations")
             and any(parent["tag"] == "tbody" for parent in row["parents"])]
    assert "Heads of Government" in row["text"] and "Alpha: heads of government meet in Bishkek" in row["text"]


def test_inferred_triples_are_apart_and_explained(client):
    shown = html(client, "/resource/li_qiang")
    why = {tuple(parse_qs(urlsplit(link["attrs"]["href"]).query)[name][0] for name in "spo"): link
           for link in shown.find("a", "why")}
    li, met_with = f"<{RES.li_qiang}>", f"<{SCO.metWith}>"
    assert set(why) == {(li, f"<{RDF.type}>", f"<{FOAF.Person}>"),
                        (li, f"<{SCO.participatedIn}>", f"<{RES.bishkek_2023_heads_of_government}>"),
                        (f"<{RES.mikhail_mishustin}>", met_with, li),
                        (f"<{RES.bishkek_2023_heads_of_government}>", f"<{SCO.participant}>", li)}
    assert all(inside(link, "section", "inferred") or inside(link, "header", "card") for link in why.values())
    explained = client.get(why[(f"<{RES.mikhail_mishustin}>", met_with, li)]["attrs"]["href"],
                           headers={"Accept": "application/json"}).get_json()
    assert explained["status"] == "inferred" and explained["rule"] == "prp-symp"


def test_same_as_links_are_plain_external_links(client):
    shown = html(client, "/resource/china")
    link = shown.one("a", href="http://www.wikidata.org/entity/Q148")
    assert "Wikidata" in link["text"] and "noreferrer" in link["attrs"]["rel"].split()
    assert shown.find("img") == [] and shown.find("iframe") == []


def test_a_local_with_slashes_and_a_title_for_a_label(client):
    shown = html(client, "/resource/article/2023-10-27_alpha")
    assert shown.one("h1")["text"] == "Alpha: heads of government meet in Bishkek"
    assert shown.find("a", href="/resource/article/2023-10-27_alpha")  # its own graph states its facts


@pytest.mark.parametrize("local", ["nowhere", "li_qiang/more", "a%zz", "a b", "a<b>"])
def test_an_unknown_entity_is_404(client, local):
    shown = html(client, f"/resource/{local}", 404)
    assert "not an entity of this graph" in shown.one("p", "error-message")["text"]
    response = client.get(f"/resource/{local}", headers={"Accept": "text/turtle"})
    assert response.status_code == 404 and response.get_json()["error"]["kind"] == "not_found"


def turtle_of(response) -> Graph:
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    assert "Accept" in response.vary
    return Graph().parse(data=response.get_data(as_text=True), format="turtle")


def test_content_negotiation_gives_the_description_in_turtle(client):
    graph = turtle_of(client.get("/resource/li_qiang", headers={"Accept": "text/turtle"}))
    assert (RES.li_qiang, RDFS.label, Literal("Li Qiang")) in graph
    assert (RES.li_qiang, SCO.metWith, RES.mikhail_mishustin) in graph
    assert (RES.li_qiang, RDF.type, FOAF.Person) in graph  # inferred: infer is true by default
    assert set(graph.subjects()) == {RES.li_qiang}
    asserted = turtle_of(client.get("/resource/li_qiang?infer=false", headers={"Accept": "text/turtle"}))
    assert (RES.li_qiang, RDF.type, FOAF.Person) not in asserted
    assert set(asserted) == set(graph) - {(RES.li_qiang, RDF.type, FOAF.Person),
                                          (RES.li_qiang, SCO.participatedIn, RES.bishkek_2023_heads_of_government)}


@pytest.mark.parametrize("headers, query_string, media_type", [
    ({"Accept": "application/n-triples"}, None, "application/n-triples"),
    ({"Accept": "application/ld+json"}, None, "application/ld+json"),
    ({"Accept": "application/json"}, None, "application/ld+json"),
    ({"Accept": BROWSER}, {"format": "nt"}, "application/n-triples"),
    ({"Accept": BROWSER}, {"format": "jsonld"}, "application/ld+json"),
    ({"Accept": "text/turtle;q=0.5, text/html;q=0.2"}, None, "text/turtle")])
def test_content_negotiation_formats(client, headers, query_string, media_type):
    """Read with pyoxigraph: rdflib's JSON-LD parser warns of its own deprecations."""
    response = client.get("/resource/china", headers=headers, query_string=query_string)
    assert response.status_code == 200 and response.mimetype == media_type
    triples = {(s.subject.value, s.predicate.value, s.object.value)
               for s in ox.parse(response.get_data(), format=ox.RdfFormat.from_media_type(media_type))}
    assert (str(RES.china), str(SCO.memberOf), str(RES.sco)) in triples


@pytest.mark.parametrize("headers, query_string, status, media_type", [
    ({"Accept": "*/*"}, None, 200, "text/html"), ({}, None, 200, "text/html"),
    ({"Accept": "text/turtle"}, {"format": "html"}, 200, "text/html"),
    ({"Accept": "image/png"}, None, 406, "application/json"),
    ({"Accept": BROWSER}, {"format": "csv"}, 406, "application/json")])
def test_the_page_is_the_default(client, headers, query_string, status, media_type):
    response = client.get("/resource/china", headers=headers, query_string=query_string)
    assert response.status_code == status and response.mimetype == media_type


def test_entity_queries_run_on_the_worker_pool(pages_app, monkeypatch):
    state = pages_app.extensions["sco_kg"]
    jobs, run = [], state.pool.run
    monkeypatch.setattr(state.pool, "run", lambda job, client: jobs.append(job) or run(job, client))
    html(pages_app.test_client(), "/resource/hub")
    assert jobs and all(job.max_rows == state.max_rows for job in jobs)
    assert all("<https://w3id.org/sco-kg/resource/hub>" in job.text for job in jobs[:3])  # then the articles' titles
    assert state._explainer is None  # the page never loaded the graph into the web process


def test_a_busy_server_gives_an_error_page(pages_app, monkeypatch):
    def busy(job, client):
        raise QueryError(503, "busy", "every query worker is busy; try again shortly", headers={"Retry-After": "1"})

    monkeypatch.setattr(pages_app.extensions["sco_kg"].pool, "run", busy)
    response = pages_app.test_client().get("/resource/li_qiang", headers={"Accept": BROWSER})
    assert response.headers["Retry-After"] == "1"
    assert "worker is busy" in page(response, 503).one("p", "error-message")["text"]


# --- hostile text and hubs -------------------------------------------------------------------

def test_literals_are_escaped(pages_client):
    raw = pages_client.get("/resource/evil", headers={"Accept": BROWSER}).get_data(as_text=True)
    shown = Page(raw)
    assert shown.one("h1")["text"] == EVIL
    assert EVIL_EVIDENCE in {element["text"] for element in shown.find("span", "literal")}
    assert all(script["attrs"].get("type") == "application/json" or script["attrs"]["src"].startswith(("/static/",
               "/assets/")) for script in shown.find("script")) and shown.find("img") == []
    assert "&lt;script&gt;" in raw and "<script>alert" not in raw
    linked = html(pages_client, "/resource/li_qiang").one("a", href="/resource/evil")
    assert linked["text"] == EVIL


def test_the_query_page_escapes_queries_and_examples(pages_client):
    hostile = "</textarea><script>alert('query')</script>"
    shown = html(pages_client, "/", query_string={"query": hostile})
    assert shown.one("textarea", name="query")["text"] == hostile
    scripts = shown.find("script")
    bundles = ["/assets/editor.js", "/assets/graph.js"] if (ROOT / "server" / "web" / "dist" / "editor.js").is_file() else []
    assert [script["attrs"].get("type") or script["attrs"]["src"] for script in scripts] == [
        "application/json", *bundles, "/static/query.js"]
    settings = json.loads(scripts[0]["text"])
    assert EVIL_EXAMPLE in settings["examples"]["markup"]
    assert shown.one("a", data_example="markup")["text"] == EVIL_EXAMPLE


def test_a_hub_shows_a_capped_list_and_a_query_for_the_rest(pages_client):
    shown = html(pages_client, "/resource/hub")
    members = [link for link in shown.find("a") if link["attrs"]["href"].startswith("/resource/member_")]
    assert len(members) == SHOWN_PER_PROPERTY
    more = shown.one("p", "more")
    assert f"{HUB_MEMBERS - SHOWN_PER_PROPERTY:,} more not shown" in more["text"]
    link = next(element for element in shown.find("a") if inside(element, "p", "more"))
    query = parse_qs(urlsplit(link["attrs"]["href"]).query)["query"][0]
    answer = pages_client.post("/sparql", data={"query": query}, headers={"Accept": "application/json"})
    rows = answer.get_json()["results"]["bindings"]
    assert len(rows) == HUB_MEMBERS and {row["graph"]["value"] for row in rows} == {
        "https://w3id.org/sco-kg/graph/article/2024-01-01_pages"}


# --- the page's script, in Node.js where it is installed ---------------------------------------

JS_CHECKS = """
const page = require(process.argv[2]);
const prefixes = { res: "https://w3id.org/sco-kg/resource/", sco: "https://w3id.org/sco-kg/ontology#",
                   kgg: "https://w3id.org/sco-kg/graph/" };
const settings = { resources: prefixes.res, pages: "/resource/" };
const nt = '<https://w3id.org/sco-kg/resource/a> <https://w3id.org/sco-kg/ontology#p> '
  + '"x \\\\"y\\\\"\\\\n\\\\u00e9"@en .\\n'
  + '_:b1 <https://w3id.org/sco-kg/ontology#p> "22"^^<http://www.w3.org/2001/XMLSchema#integer> .\\n';
console.log(JSON.stringify({
  short: [page.shorten(prefixes.res + "participation/m/a", prefixes), page.shorten(prefixes.res, prefixes),
          page.shorten("http://example.org/x", prefixes)],
  pages: [page.pageOf(prefixes.res + "article/a b", settings), page.pageOf("http://example.org/x", settings)],
  triples: page.parseNTriples(nt),
  error: page.describeError(400, process.argv[3]),
  plain: page.describeError(413, "Request Entity Too Large"),
  offset: page.offsetOf("ab\\ncd\\nef", 2, 2),
  sorted: page.sortRows([[{type: "literal", value: "10", datatype: "http://www.w3.org/2001/XMLSchema#integer"}],
                         [undefined], [{type: "literal", value: "9", datatype: "http://www.w3.org/2001/XMLSchema#integer"}]],
                        0, false, prefixes).map((row) => row[0] ? row[0].value : null),
  terms: page.termsByPrefix([{term: {value: prefixes.sco + "Meeting"}, kind: {value: "class"}},
                             {term: {value: "http://example.org/x"}, kind: {value: "class"}}], prefixes),
}));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_page_script_reads_answers_and_errors(client, tmp_path):
    """query.js's pure functions, fed with an error body the endpoint really gives."""
    error_body = client.post("/sparql", data={"query": "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTR(?s) }"}).get_data(
        as_text=True)
    script = tmp_path / "checks.js"
    script.write_text(JS_CHECKS)
    completed = subprocess.run(["node", str(script), str(ROOT / "server" / "static" / "query.js"), error_body],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    checks = json.loads(completed.stdout)
    assert checks["short"] == ["res:participation/m/a", f"<{RES}>", "<http://example.org/x>"]
    assert checks["pages"] == ["/resource/article/a%20b", None]
    assert checks["triples"] == [
        [{"type": "uri", "value": str(RES.a)}, {"type": "uri", "value": str(SCO.p)},
         {"type": "literal", "value": 'x "y"\n\u00e9', "xml:lang": "en"}],
        [{"type": "bnode", "value": "b1"}, {"type": "uri", "value": str(SCO.p)},
         {"type": "literal", "value": "22", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}]]
    error = json.loads(error_body)["error"]
    assert checks["error"]["title"] == "Error 400: syntax"
    assert (checks["error"]["line"], checks["error"]["column"]) == (error["line"], error["column"]) == (3, 11)
    assert checks["error"]["context"] == "  FILTR(?s) }" and error["message"] in checks["error"]["message"]
    assert checks["plain"] == {"title": "Error 413", "message": "Request Entity Too Large", "line": None}
    assert checks["offset"] == 4
    assert checks["sorted"] == ["9", "10", None]  # numbers as numbers, unbound last
    assert checks["terms"] == {"sco": [["Meeting", "class", ""]]}


def test_explain_refuses_invalid_utf8_escapes(client):
    response = client.get("/explain?s=res:li%FFqiang&p=rdf:type&o=foaf:Person")
    assert response.status_code == 400
    assert response.get_json()["error"]["kind"] == "encoding"


def test_resources_of_every_class_in_the_corpus_have_pages(corpus_trig):
    """Up to five resources of each class of the built corpus (meetings with unnamed participants, articles,
    participation nodes, positions ...): each page renders."""
    with running_app(corpus_trig.parent, ROOT / "queries") as app:
        client = app.test_client()
        answer = client.post("/sparql", data={"query": f"""
            SELECT ?class (GROUP_CONCAT(STR(?x); separator=" ") AS ?some) WHERE {{
              {{ SELECT DISTINCT ?class ?x WHERE {{ ?x a ?class FILTER(STRSTARTS(STR(?x), "{RES}")) }} }}
            }} GROUP BY ?class""", "infer": "false"}, headers={"Accept": "application/json"}).get_json()
        picked = {iri for row in answer["results"]["bindings"] for iri in row["some"]["value"].split()[:5]}
        assert len(picked) > 50
        failed = {}
        for iri in sorted(picked):
            response = client.get("/resource/" + iri[len(RES):], headers={"Accept": BROWSER})
            if response.status_code != 200:
                failed[iri] = response.status_code
        assert failed == {}
