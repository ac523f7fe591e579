"""Shared fixtures. Paths are built from this file, never from the current directory."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/data/expected/*.ttl from the loader.")


# --- loader fixtures -----------------------------------------------------------------
@pytest.fixture(scope="session")
def gazetteer():
    """The reference names the loader links against."""
    from loader.extraction.gazetteer import load_gazetteer

    return load_gazetteer(ROOT / "triples" / "reference")


@pytest.fixture(scope="session")
def corpus_trig(tmp_path_factory) -> Path:
    """The corpus built once per test session (with inference and validation), as a TriG file."""
    from loader.build import build

    output = tmp_path_factory.mktemp("corpus") / "sco-kg.trig"
    report = build([ROOT / "documents"], ROOT / "ontology", ROOT / "triples", output)
    assert not report.errors, report.errors
    return output


@pytest.fixture(scope="session")
def corpus_store(corpus_trig):
    """The corpus graph in a pyoxigraph store, as the server sees it."""
    from loader.rdf.dataset import load_store

    return load_store(corpus_trig)


# --- server fixtures (server/, tests/test_server.py, test_sparql.py, test_examples.py, test_e2e.py) ---
SERVER_TIMEOUT = 2.0  # QUERY_TIMEOUT of the test servers, in seconds
EXAMPLE_QUERIES = {
    "member_states": "# title: Member states\n# description: States that are SCO members.\n# tags: membership, states\n"
                     "# expect: rows == 3\nPREFIX sco: <https://w3id.org/sco-kg/ontology#>\n"
                     "PREFIX res: <https://w3id.org/sco-kg/resource/>\n"
                     "SELECT ?state WHERE { ?state sco:memberOf res:sco } ORDER BY ?state\n",
    "china_facts": "# title: Facts about China\n# description: Every triple about res:china.\n"
                   "PREFIX res: <https://w3id.org/sco-kg/resource/>\nCONSTRUCT WHERE { res:china ?p ?o }\n",
}


def server_config(triples_dir: Path, queries_dir: Path, **overrides) -> dict:
    """create_app settings for a test server over tests/data/mini.trig."""
    return {"TESTING": True, "TRIPLES_DIR": triples_dir, "QUERIES_DIR": queries_dir, "WORKERS": 2,
            "QUERY_TIMEOUT": SERVER_TIMEOUT, "QUEUE_TIMEOUT": 5.0, **overrides}


@pytest.fixture(scope="session")
def mini_triples_dir(tmp_path_factory) -> Path:
    """A TRIPLES_DIR whose sco-kg.trig is tests/data/mini.trig."""
    import shutil

    folder = tmp_path_factory.mktemp("mini-triples")
    shutil.copyfile(DATA / "mini.trig", folder / "sco-kg.trig")
    return folder


@pytest.fixture(scope="session")
def example_queries_dir(tmp_path_factory) -> Path:
    """A QUERIES_DIR with the two small example queries of EXAMPLE_QUERIES."""
    folder = tmp_path_factory.mktemp("queries")
    for name, text in EXAMPLE_QUERIES.items():
        (folder / f"{name}.rq").write_text(text, encoding="utf-8")
    return folder


@contextmanager
def running_app(triples_dir: Path, queries_dir: Path, **overrides):
    """An app from server_config(...) whose query workers stop when the block ends."""
    from server import create_app

    app = create_app(server_config(triples_dir, queries_dir, **overrides))
    try:
        yield app
    finally:
        app.extensions["sco_kg"].pool.close()


@pytest.fixture(scope="session")
def app(mini_triples_dir, example_queries_dir):
    """One app over mini.trig for the in-process server tests; its workers stop at the end."""
    with running_app(mini_triples_dir, example_queries_dir) as app:
        yield app


@pytest.fixture
def client(app):
    return app.test_client()


@contextmanager
def serving(triples_dir: Path, queries_dir: Path, log_path: Path, *options: str):
    """`sco-kg serve --trust-file` over triples_dir in a child process on 127.0.0.1, any free port;
    yields its base URL. Stopped with SIGTERM at the end, which must end it (and its workers) cleanly."""
    import re
    import subprocess
    import sys
    import time

    command = [sys.executable, "-c", "import sys; from server.commands import serve_command; "
               "serve_command(sys.argv[1:])", "--port", "0", "--workers", "2", "--threads", "24",
               "--query-timeout", str(SERVER_TIMEOUT), "--trust-file", "--triples-dir", str(triples_dir),
               "--queries-dir", str(queries_dir), *options]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while not (match := re.search(r"serving (http://127\.0\.0\.1:\d+)/sparql", log_path.read_text())):
                assert process.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.05)
            yield match[1]
        finally:
            workers = _children(process.pid)
            process.terminate()
            assert process.wait(timeout=10) == 0, log_path.read_text()
        assert workers and not any(Path(f"/proc/{pid}").exists() for pid in workers)


@pytest.fixture(scope="session")
def live_server(mini_triples_dir, example_queries_dir, tmp_path_factory):
    """`sco-kg serve` over mini.trig (see serving); yields (base URL, log path)."""
    log_path = tmp_path_factory.mktemp("serve") / "serve.log"
    # Every test client is 127.0.0.1: the tests that run queries side by side need more than one slot.
    with serving(mini_triples_dir, example_queries_dir, log_path, "--max-concurrent-per-client", "16") as base:
        yield base, log_path


def _children(pid: int) -> list[int]:
    """Process ids whose parent is pid (Linux /proc)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


# --- a stand-in SPARQL endpoint on 127.0.0.1, for the federation tests (no test touches the internet) ---
WIKIDATA_SERVICE = "https://query.wikidata.org/sparql"
STAND_IN_WIKIDATA = """
@prefix wd: <http://www.wikidata.org/entity/> . @prefix wdt: <http://www.wikidata.org/prop/direct/> .
wd:Q148 wdt:P463 wd:Q485207 ; wdt:P1082 1400000000, 1300000000 .
wd:Q159 wdt:P463 wd:Q485207 ; wdt:P1082 146000000 .
wd:Q232 wdt:P463 wd:Q485207 ; wdt:P1082 19000000 .
wd:Q813 wdt:P463 wd:Q485207 ; wdt:P1082 7000000 .
wd:Q863 wdt:P463 wd:Q485207 ; wdt:P1082 10000000 .
wd:Q265 wdt:P463 wd:Q485207 ; wdt:P1082 35000000 .
wd:Q668 wdt:P463 wd:Q485207 ; wdt:P1082 1420000000 .
wd:Q843 wdt:P463 wd:Q485207 ; wdt:P1082 240000000 .
wd:Q794 wdt:P463 wd:Q485207 ; wdt:P1082 89000000 .
wd:Q30 wdt:P1082 330000000 .
"""


@contextmanager
def sparql_endpoint(turtle: str):
    """A SPARQL 1.1 Protocol endpoint on 127.0.0.1 over a pyoxigraph store of `turtle`; yields (url, requests)."""
    import threading
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import pyoxigraph as ox

    store, requests = ox.Store(), []
    store.load(turtle.encode(), format=ox.RdfFormat.TURTLE)

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, query: str):
            requests.append(query)
            body = store.query(query).serialize(format=ox.QueryResultsFormat.JSON)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            self._answer(urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["query"][0])

        def do_POST(self):
            data = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            kind = self.headers.get("Content-Type", "")
            self._answer(data if kind.startswith("application/sparql-query") else urllib.parse.parse_qs(data)["query"][0])

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", requests
    finally:
        server.shutdown()
        server.server_close()
