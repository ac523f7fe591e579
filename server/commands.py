"""The `serve` and `query` commands of the sco-kg CLI (server.cli adds them to the group)."""

from __future__ import annotations

import json
import logging
import logging.handlers
import queue
import signal
import sys
from pathlib import Path

import click
from rdflib import URIRef
from tabulate import tabulate

from loader.reasoning.explain import show
from loader.rdf.namespaces import PREFIXES
from server import create_app
from server.config import SETTINGS, Setting, defaults, split_list
from server.engine import Job, execute
from server.errors import QueryError
from server.guard import Policy, check_query
from server.protocol import QueryRequest
from server.sparql import dataset_for
from server.worker import add_inferred_to_default, load_graph
from server.wsgi import make_server

_CLICK_TYPES = {int: click.INT, float: click.FLOAT, str: click.STRING}
_QUERY_FORMATS = {"table": "application/sparql-results+json", "json": "application/sparql-results+json",
                  "csv": "text/csv", "tsv": "text/tab-separated-values"}
log = logging.getLogger("sco_kg.serve")


ALIASES = {"ALLOWED_SERVICE_HOSTS": ("--allow-service",), "STORE_DIR": ("--store",)}  # shorter names users reach for


def _option(setting: Setting):
    click_type = _CLICK_TYPES.get(setting.type) or click.Path(path_type=Path, file_okay=False)
    return click.option("--" + setting.name.lower().replace("_", "-"), *ALIASES.get(setting.name, ()),
                        setting.name.lower(),
                        type=click_type, default=setting.default, show_default=True,
                        envvar="SCO_KG_" + setting.name, help=setting.help)


def settings_options(command):
    """Decorate a command with one option per setting of server.config.SETTINGS."""
    for setting in reversed(SETTINGS):
        command = _option(setting)(command)
    return command


def _stop(signum, frame):
    raise SystemExit(0)


@click.command("serve")
@settings_options
@click.option("--trust-file", is_flag=True,
              help="Serve TRIPLES_DIR/sco-kg.trig as it is: no check that sco-kg built it whole, no rebuild.")
def serve_command(trust_file: bool, **options) -> None:
    """Serve the graph over SPARQL with waitress, building it first if it is missing or stale (built from
    other articles or code); a graph file that is empty, truncated or not sco-kg's is refused."""
    config = {name.upper(): value for name, value in options.items()}
    listener = _log_in_background()
    try:
        _serve(config, trust_file)
    finally:
        listener.stop()  # writes what is still queued


def _serve(config: dict, trust_file: bool) -> None:
    """serve_command, with its log lines queued."""
    from loader.build import OUTPUT_NAME, BuildError, ensure_built

    if not trust_file or not (config["TRIPLES_DIR"] / OUTPUT_NAME).exists():
        try:
            ensure_built(config["DOCUMENTS_DIR"], config["TRIPLES_DIR"], config["ONTOLOGY_DIR"])
        except BuildError as error:
            raise click.ClickException(str(error)) from None
    app = create_app(config)
    pool = app.extensions["sco_kg"].pool
    try:
        pool.start()
        server = make_server(app, config["HOST"], config["PORT"], config["THREADS"], config["MAX_REQUEST_BYTES"],
                             config["CONNECTION_LIMIT"], config["IDLE_TIMEOUT"])
    except (RuntimeError, OSError) as error:
        pool.close()
        raise click.ClickException(str(error)) from None
    if not config["PUBLIC_URL"] and server.effective_host not in ("0.0.0.0", "::"):
        host = f"[{server.effective_host}]" if ":" in server.effective_host else server.effective_host
        app.config["PUBLIC_URL"] = f"http://{host}:{server.effective_port}"
    elif not config["PUBLIC_URL"]:
        log.warning("PUBLIC_URL is not set: the Host header is not checked; set it to the URL clients call")
    signal.signal(signal.SIGTERM, _stop)
    log.info("serving http://%s:%s/sparql with %d query workers and %d threads",
             server.effective_host, server.effective_port, pool.size, config["THREADS"])
    try:
        server.run()  # returns on SIGINT or SIGTERM, after waitress has stopped its threads
    finally:
        server.close()
        pool.close()
        log.info("stopped")


def _log_in_background() -> logging.handlers.QueueListener:
    """Log lines (one per request) are written to stderr by a thread of their own: request threads only queue them,
    and do not wait for the terminal or for each other (under load, that lock cost a third of each request)."""
    records: queue.SimpleQueue = queue.SimpleQueue()
    output = logging.StreamHandler()
    output.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    listener = logging.handlers.QueueListener(records, output)
    logging.basicConfig(level=logging.INFO, handlers=[logging.handlers.QueueHandler(records)])
    listener.start()
    return listener


def _show(term: dict) -> str:
    """A SPARQL JSON term for a table: IRIs with sco-kg's prefixes where one fits, literals bare."""
    if term["type"] == "uri":
        return show(URIRef(term["value"]))
    return f"_:{term['value']}" if term["type"] == "bnode" else term["value"]


def _read_query(query: str) -> str:
    path = Path(query)
    try:
        return path.read_text(encoding="utf-8") if path.suffix == ".rq" or path.is_file() else query
    except OSError as error:
        raise click.ClickException(f"{query}: {error.strerror}") from None


@click.command("query")
@click.argument("query")
@click.option("--infer/--no-infer", default=True, help="Include the inferred graph in the default graph.")
@click.option("--format", "output", type=click.Choice(list(_QUERY_FORMATS)), default="table", show_default=True,
              help="How to print SELECT results.")
@click.option("--triples-dir", type=click.Path(path_type=Path, file_okay=False), envvar="SCO_KG_TRIPLES_DIR",
              default=defaults()["TRIPLES_DIR"], show_default=True, help="Folder of the built graph, sco-kg.trig.")
def query_command(query: str, infer: bool, output: str, triples_dir: Path) -> None:
    """Run QUERY (a .rq file or the query text) on the built graph, locally, without a server."""
    from loader.build import OUTPUT_NAME

    text, config = _read_query(query), defaults()
    trig_path = triples_dir / OUTPUT_NAME
    if not trig_path.exists():
        raise click.ClickException(f"{trig_path} is missing: build the graph first")
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    policy = Policy(config["MAX_NESTING"], config["MAX_OPERATORS"], prefixes,
                    frozenset(split_list(config["ALLOWED_SERVICE_HOSTS"])))
    store = load_graph(trig_path)
    try:
        checked = check_query(text, policy)
        dataset = dataset_for(QueryRequest(text, infer=infer), checked)
    except QueryError as error:
        raise click.ClickException(str(error)) from None
    if dataset.get("infer"):
        add_inferred_to_default(store)
    graph_form = checked.form in ("CONSTRUCT", "DESCRIBE")
    media_type = "text/turtle" if graph_form else _QUERY_FORMATS[output]
    reply = execute(store, Job(text, media_type, sys.maxsize - 1, prefixes, **dataset))
    if reply.status != 200:
        where = f"{reply.line}:{reply.column}: " if reply.line is not None else ""
        raise click.ClickException(where + ("syntax error: " if reply.kind == "syntax" else "") + reply.message)
    if graph_form or output != "table":
        click.echo(reply.body.decode(), nl=False)
        return
    document = json.loads(reply.body)
    if "boolean" in document:
        click.echo("true" if document["boolean"] else "false")
        return
    variables = document["head"]["vars"]
    rows = [[_show(row[name]) if name in row else "" for name in variables]
            for row in document["results"]["bindings"]]
    click.echo(tabulate(rows, headers=variables))
