"""The app factory, settings, error shape, CORS, /health, the service description, /explain and the CLI."""

from __future__ import annotations

import json
import logging
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import ROOT, server_config
from loader.rdf.namespaces import KGG, RES, SCO
from server import create_app
from server.commands import ALIASES, query_command, serve_command
from server.config import SETTINGS
from server.wsgi import AccessLog

SD = "http://www.w3.org/ns/sparql-service-description#"
MINI_GRAPHS = {str(KGG.ontology), str(KGG.reference), str(KGG.links), str(KGG.inferred),
               str(KGG["article/2023-10-27_alpha"]), str(KGG["article/2023-10-27_beta"])}
ERROR_KEYS = {"status", "kind", "message", "line", "column", "context"}


# --- factory and settings ------------------------------------------------------------

def test_settings_come_from_the_environment_without_a_mapping(monkeypatch, mini_triples_dir, tmp_path):
    monkeypatch.setenv("SCO_KG_TRIPLES_DIR", str(mini_triples_dir))
    monkeypatch.setenv("SCO_KG_QUERIES_DIR", str(tmp_path))
    monkeypatch.setenv("SCO_KG_QUERY_TIMEOUT", "7")
    monkeypatch.setenv("SCO_KG_ALLOWED_SERVICE_HOSTS", "query.wikidata.org")
    app = create_app()
    assert app.config["QUERY_TIMEOUT"] == 7.0 and isinstance(app.config["QUERY_TIMEOUT"], float)
    assert app.config["TRIPLES_DIR"] == mini_triples_dir
    assert app.extensions["sco_kg"].policy.allowed_service_hosts == {"query.wikidata.org"}


def test_a_mapping_replaces_the_environment(monkeypatch, mini_triples_dir, tmp_path):
    monkeypatch.setenv("SCO_KG_MAX_ROWS", "5")
    app = create_app(server_config(mini_triples_dir, tmp_path, MAX_ROWS="12"))
    assert app.config["MAX_ROWS"] == 12
    assert app.config["MAX_CONTENT_LENGTH"] == app.config["MAX_REQUEST_BYTES"]


def test_a_bad_setting_is_named(mini_triples_dir, tmp_path):
    with pytest.raises(ValueError, match="QUERY_TIMEOUT"):
        create_app(server_config(mini_triples_dir, tmp_path, QUERY_TIMEOUT="soon"))


def test_apps_share_nothing(mini_triples_dir, tmp_path):
    first = create_app(server_config(mini_triples_dir, tmp_path))
    second = create_app(server_config(mini_triples_dir, tmp_path))
    assert first.extensions["sco_kg"] is not second.extensions["sco_kg"]
    assert first.extensions["sco_kg"].pool is not second.extensions["sco_kg"].pool


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: setting.name)
def test_every_setting_is_in_the_readme(setting):
    assert f"| `{setting.name}` |" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: setting.name)
def test_every_setting_is_a_serve_flag_and_env_var(setting):
    option = next(param for param in serve_command.params if param.name == setting.name.lower())
    assert option.opts[0] == "--" + setting.name.lower().replace("_", "-")
    assert option.opts[1:] == list(ALIASES.get(setting.name, ()))
    assert option.envvar == "SCO_KG_" + setting.name
    assert option.help == setting.help


# --- one error shape -------------------------------------------------------------------

@pytest.mark.parametrize("method, path, status", [("get", "/nowhere", 404), ("delete", "/sparql", 405),
                                                  ("post", "/health", 405), ("get", "/queries/nowhere", 404)])
def test_every_error_has_the_same_shape(client, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status and response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert set(error) == ERROR_KEYS
    assert error["status"] == status and error["message"]


def test_a_bug_is_a_500_in_the_same_shape(monkeypatch, caplog, mini_triples_dir, tmp_path):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("server.views.answer_query", broken)
    app = create_app(server_config(mini_triples_dir, tmp_path, TESTING=False))
    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert response.status_code == 500
    assert response.get_json()["error"]["kind"] == "internal"
    assert "a bug" not in response.get_data(as_text=True)
    assert any(record.exc_info and "a bug" in str(record.exc_info[1]) for record in caplog.records)


# --- CORS ----------------------------------------------------------------------------------

@pytest.mark.parametrize("method, path, query", [("get", "/sparql", "ASK {}"), ("get", "/sparql", "ASK {"),
                                                 ("get", "/nowhere", None), ("get", "/health", None)])
def test_cors_on_every_response(client, method, path, query):
    response = getattr(client, method)(path, query_string={"query": query} if query else None,
                                       headers={"Origin": "https://notebook.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "X-SCO-KG-Truncated" in response.headers["Access-Control-Expose-Headers"]


def test_cors_preflight(client):
    response = client.options("/sparql", headers={
        "Origin": "https://notebook.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"] == "content-type"


def test_cors_origin_list(mini_triples_dir, tmp_path):
    client = create_app(server_config(mini_triples_dir, tmp_path, CORS_ORIGINS="https://a.example, https://b.example")
                        ).test_client()
    allowed = client.get("/health", headers={"Origin": "https://b.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://b.example"
    assert "Origin" in allowed.headers["Vary"]
    assert "Access-Control-Allow-Origin" not in client.get("/health", headers={"Origin": "https://c.example"}).headers


# --- health and service description -------------------------------------------------------

def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"


@pytest.mark.parametrize("media_type", ["text/turtle", "application/ld+json", "application/rdf+xml",
                                        "application/n-triples"])
def test_service_description(client, media_type):
    response = client.get("/sparql", headers={"Accept": media_type})
    assert response.status_code == 200 and response.mimetype == media_type
    store = ox.Store()
    store.load(response.get_data(), format=ox.RdfFormat.from_media_type(media_type),
               base_iri="http://localhost/sparql")
    names = {row["name"].value for row in store.query(
        f"SELECT ?name WHERE {{ ?s a <{SD}Service> ; <{SD}defaultDataset>/<{SD}namedGraph>/<{SD}name> ?name }}")}
    assert names == MINI_GRAPHS
    assert store.query(f"""ASK {{ ?s a <{SD}Service> ; <{SD}supportedLanguage> <{SD}SPARQL11Query> ;
        <{SD}resultFormat> <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ;
        <{SD}feature> ?infer . ?infer <http://www.w3.org/2000/01/rdf-schema#comment> ?text
        FILTER(CONTAINS(?text, "infer=false")) }}""")


def test_service_description_honours_format_and_406(client):
    assert client.get("/sparql", query_string={"format": "jsonld"}).mimetype == "application/ld+json"
    assert client.get("/sparql", headers={"Accept": "text/csv"}).status_code == 406


# --- /explain -------------------------------------------------------------------------------

def test_explain_inferred_triple_as_json(client):
    response = client.get("/explain", query_string={"s": "res:mikhail_mishustin", "p": "sco:metWith",
                                                    "o": f"<{RES.li_qiang}>"})
    explanation = response.get_json()
    assert explanation["status"] == "inferred" and explanation["rule"] == "prp-symp"
    assert {premise["text"] for premise in explanation["premises"]} == {
        "sco:metWith rdf:type owl:SymmetricProperty", "res:li_qiang sco:metWith res:mikhail_mishustin"}


def test_explain_asserted_literal(client):
    explanation = client.get("/explain", query_string={"s": str(RES.sco), "p": "sco:memberStateCount",
                                                       "o": "9"}).get_json()
    assert explanation["status"] == "asserted"
    assert explanation["graphs"] == [str(KGG["article/2023-10-27_alpha"])]


class _Links(HTMLParser):
    """The links of a page (href, class, text) and its text."""

    def __init__(self):
        super().__init__()
        self.links, self.text, self._open = [], "", None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open = [dict(attrs).get("href"), dict(attrs).get("class"), ""]

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            self.links.append(tuple(self._open))
            self._open = None

    def handle_data(self, data):
        self.text += data
        if self._open:
            self._open[2] += data


BROWSER_ACCEPT = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def test_explain_as_a_proof_tree_for_browsers(client):
    response = client.get("/explain", query_string={"s": "res:li_qiang", "p": "rdf:type", "o": "foaf:Person"},
                          headers=BROWSER_ACCEPT)
    assert response.mimetype == "text/html"
    page = _Links()
    page.feed(response.get_data(as_text=True))
    [rule] = [link for link in page.links if link[1] == "rule"]
    assert rule[2] == "cax-sco" and rule[0].startswith("https://www.w3.org/TR/owl2-profiles/#") \
        and rule[0].endswith(":~:text=cax-sco")
    assert ("/resource/li_qiang", None, "res:li_qiang") in page.links  # the premises' terms link to their pages
    assert "stated by" in page.text and "inferred by" in page.text
    assert any(link[0].endswith("format=json") for link in page.links)


def test_explain_errors_reach_a_browser_as_a_page(client):
    response = client.get("/explain", query_string={"s": "res:li_qiang", "p": "rdf:type"}, headers=BROWSER_ACCEPT)
    assert response.status_code == 400 and response.mimetype == "text/html"
    assert "parameter o is missing" in response.get_data(as_text=True)


@pytest.mark.parametrize("params, message", [
    ({"p": "rdf:type", "o": "foaf:Person"}, "parameter s is missing"),
    ({"s": '"China"', "p": "rdf:type", "o": "foaf:Person"}, "s must be an IRI"),
    ({"s": "res:china", "p": "nope:label", "o": "foaf:Person"}, "p: not an IRI")])
def test_explain_bad_terms_are_400(client, params, message):
    response = client.get("/explain", query_string=params)
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]


# --- commands ---------------------------------------------------------------------------------

def _query(mini_triples_dir, *args):
    return CliRunner().invoke(query_command, [*args, "--triples-dir", str(mini_triples_dir)])


def test_query_command_prints_a_table(mini_triples_dir):
    result = _query(mini_triples_dir, "SELECT ?state WHERE { ?state sco:memberOf res:sco } ORDER BY ?state")
    assert result.exit_code == 0, result.output
    assert result.output.split()[2:] == ["res:china", "res:kyrgyzstan", "res:russia"]


def test_query_command_shows_iris_with_their_prefixes(mini_triples_dir):
    result = _query(mini_triples_dir, "SELECT ?class WHERE { res:li_qiang a ?class } ORDER BY ?class")
    assert result.output.split()[2:] == ["foaf:Person", "sco:Person"]


def test_query_command_reads_a_file_and_prints_json(mini_triples_dir, tmp_path):
    path = tmp_path / "states.rq"
    path.write_text("SELECT ?state WHERE { ?state sco:memberOf res:sco }", encoding="utf-8")
    result = _query(mini_triples_dir, str(path), "--format", "json")
    assert len(json.loads(result.output)["results"]["bindings"]) == 3


@pytest.mark.parametrize("args, output", [(["ASK { res:li_qiang a foaf:Person }"], "true\n"),
                                          (["ASK { res:li_qiang a foaf:Person }", "--no-infer"], "false\n")])
def test_query_command_ask_and_infer(mini_triples_dir, args, output):
    assert _query(mini_triples_dir, *args).output == output


def test_query_command_construct_prints_turtle(mini_triples_dir):
    result = _query(mini_triples_dir, "CONSTRUCT WHERE { res:china sco:memberOf ?o }")
    triples = {str(t) for t in ox.parse(result.output.encode(), format=ox.RdfFormat.TURTLE)}
    assert triples == {f"<{RES.china}> <{SCO.memberOf}> <{RES.sco}>"}


def test_query_command_syntax_error(mini_triples_dir):
    result = _query(mini_triples_dir, "SELECT ?s WHERE {\n  ?s sco:memberOf \n}")
    assert result.exit_code == 1
    assert result.output.startswith("Error: 3:1: syntax error")


def test_serve_builds_a_missing_graph_then_serves(monkeypatch, tmp_path, mini_triples_dir):
    built, served = [], []

    def ensure_built(documents_dir: Path, triples_dir: Path, ontology_dir: Path) -> Path:
        built.append((documents_dir, triples_dir, ontology_dir))
        (triples_dir / "sco-kg.trig").write_bytes((mini_triples_dir / "sco-kg.trig").read_bytes())
        return triples_dir / "sco-kg.trig"

    class FakeServer:
        effective_host, effective_port = "127.0.0.1", 8000

        def run(self):
            served.append(True)

        def close(self):
            served.append("closed")

    monkeypatch.setattr("loader.build.ensure_built", ensure_built)
    monkeypatch.setattr("server.commands.make_server", lambda *args: FakeServer())
    result = CliRunner().invoke(serve_command, ["--triples-dir", str(tmp_path), "--documents-dir", "docs",
                                                "--ontology-dir", "onto", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert built == [(Path("docs"), tmp_path, Path("onto"))]
    assert served == [True, "closed"]


def test_access_log_line(caplog):
    def hello(environ, start_response):
        start_response("201 Created", [("Content-Type", "text/plain")])
        return [b"hello", b" world"]

    with caplog.at_level(logging.INFO, logger="sco_kg.access"):
        body = b"".join(AccessLog(hello)({"REQUEST_METHOD": "POST", "PATH_INFO": "/sparql",
                                          "REMOTE_ADDR": "192.0.2.1"}, lambda *args: None))
    assert body == b"hello world"
    [message] = [record.getMessage() for record in caplog.records]
    assert message.startswith('192.0.2.1 "POST /sparql" 201 ') and message.endswith(" ms 11 bytes")


@pytest.mark.parametrize("workers, limit", [(2, 1), (4, 3), (1, 1)])
def test_one_client_may_hold_fewer_queries_than_there_are_workers(mini_triples_dir, example_queries_dir, workers, limit):
    from conftest import server_config
    from server import create_app

    app = create_app({**server_config(mini_triples_dir, example_queries_dir), "WORKERS": workers,
                      "MAX_CONCURRENT_PER_CLIENT": 0})
    assert app.extensions["sco_kg"].limiter.limit == limit
    app.extensions["sco_kg"].pool.close()


def test_the_void_description_is_served_and_in_the_service_description(client):
    from rdflib import RDF, Graph, Namespace, URIRef

    void = Namespace("http://rdfs.org/ns/void#")
    response = client.get("/.well-known/void")
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    graph = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    dataset = URIRef("https://w3id.org/sco-kg/dataset")
    assert (dataset, RDF.type, void.Dataset) in graph
    assert graph.value(dataset, void.sparqlEndpoint) is not None
    subsets = {str(subset): int(graph.value(subset, void.triples)) for subset in graph.objects(dataset, void.subset)}
    assert subsets["https://w3id.org/sco-kg/dataset/links-wikidata"] > 0
    assert any(name.startswith("https://w3id.org/sco-kg/graph/article/") for name in subsets)
    described = client.get("/sparql", headers={"Accept": "text/turtle"}).get_data(as_text=True)
    assert "void:Linkset" in described and "sd:Service" in described


def test_a_wikidata_iri_finds_the_facts_of_its_resource(client):
    def ask(query: str, **params) -> list[dict]:
        return client.post("/sparql", data={"query": query, **params},
                           headers={"Accept": "application/json"}).get_json()["results"]["bindings"]

    found = ask("SELECT ?o WHERE { <http://www.wikidata.org/entity/Q148> sco:memberOf ?o }")
    assert [row["o"]["value"] for row in found] == [f"{RES}sco"]
    assert ask("PREFIX wd: <http://www.wikidata.org/entity/> SELECT ?o WHERE { wd:Q148 sco:memberOf ?o }",
               infer="false") == found  # a constant, rewritten: asserted facts too
    members = ask(f"SELECT ?s WHERE {{ ?s sco:memberOf <{RES}sco> }}")
    assert "http://www.wikidata.org/entity/Q148" not in {row["s"]["value"] for row in members}  # no copies
    link = ask("SELECT ?s WHERE { ?s owl:sameAs <http://www.wikidata.org/entity/Q148> }", infer="false")
    assert {row["s"]["value"] for row in link} == {f"{RES}china"}  # next to owl:sameAs the IRI stays itself
