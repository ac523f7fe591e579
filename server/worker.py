"""The query worker processes: build the on-disk stores once, then each worker answers jobs from a pipe."""

# python -c ... build TRIG STORE_DIR   load the built graph into two new on-disk stores
# python -c ... serve FD STORE_DIR MEMORY IN_MEMORY   open them read-only (copied into memory if at most IN_MEMORY
#                                            bytes on disk) and answer jobs on socket FD, growing by at most
#                                            MEMORY bytes
#
# Both stores hold every named graph. Their default graphs differ: the merge of all graphs, or of
# all but kgg:inferred (for infer=false). A default graph materialised once is several times faster
# to query than one given per query as a list of graphs (measured: 0.47 s against 1.9 s).

from __future__ import annotations

import dataclasses
import os
import resource
import signal
import sys
import threading
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from server.engine import Job, Reply, execute, graph_names

# Deep but legal queries recurse deeply in the engine; 256 MB of (lazily committed) stack lets
# the operator chains MAX_OPERATORS admits run where the 8 MB main thread would overflow.
QUERY_STACK_BYTES = 256 * 1024 * 1024
CHUNK_BYTES = 1 << 20  # an answer goes to the server in pieces of this size


STORE_NAMES = {True: "with-inferred", False: "asserted"}


def load_graph(trig_path: Path) -> ox.Store:
    """loader.rdf.dataset.load_store's in-memory store: its default graph merges the asserted graphs."""
    from loader.rdf.dataset import load_store  # only loading needs the loader (and rdflib)

    return load_store(trig_path)


def add_inferred_to_default(store: ox.Store) -> None:
    """Add the triples of kgg:inferred to the store's default graph."""
    from loader.rdf.namespaces import INFERRED_GRAPH

    store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}")


def build_stores(trig_path: Path, store_dir: Path) -> None:
    """The two on-disk (RocksDB) stores of the module docstring, for workers to share read-only."""
    store = load_graph(trig_path)
    for infer in (False, True):
        if infer:
            add_inferred_to_default(store)
        on_disk = ox.Store(str(store_dir / STORE_NAMES[infer]))
        on_disk.bulk_extend(store)
        on_disk.optimize()


def serve(conn: Connection, store_dir: Path, memory_budget: int, in_memory_bytes: int = 0) -> None:
    """Send ("ready", graph names), then answer each Job received with a Reply until the pipe closes.

    From then on the process may grow by at most memory_budget bytes (RLIMIT_AS, over what it
    holds once warmed up); a query that needs more ends it (the pool tells the client). Stores of at
    most in_memory_bytes on disk are copied into memory, where small queries run about three times faster."""
    stores = {infer: open_store(store_dir / name, in_memory_bytes) for infer, name in STORE_NAMES.items()}
    try:
        threading.stack_size(QUERY_STACK_BYTES)
    except ValueError:
        print("sco-kg worker: cannot enlarge the query thread's stack", file=sys.stderr)
    thread = threading.Thread(target=_answer_jobs, args=(conn, stores, memory_budget), name="sco-kg-query")
    thread.start()
    thread.join()


def open_store(folder: Path, in_memory_bytes: int) -> ox.Store:
    """The on-disk store, read-only; or, if it holds at most in_memory_bytes on disk, a copy of it in memory (a worker
    that replaces a stopped one then copies it again: fast for a small graph, which is why the limit exists)."""
    on_disk = ox.Store.read_only(str(folder))
    if sum(file.stat().st_size for file in folder.iterdir() if file.is_file()) > in_memory_bytes:
        return on_disk
    in_memory = ox.Store()
    in_memory.bulk_extend(on_disk)
    return in_memory


def address_space() -> int:
    """Bytes of address space this process holds (VmSize)."""
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmSize:"))
    return int(line.split()[1]) * 1024


def limit_memory(budget: int) -> None:
    """Let the process grow by at most budget bytes from now on (RLIMIT_AS)."""
    try:
        resource.setrlimit(resource.RLIMIT_AS, (address_space() + budget, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except (OSError, ValueError) as error:  # no /proc (not Linux), or a hard limit below the budget
        print(f"sco-kg worker: no memory limit for queries ({error})", file=sys.stderr)


def send_reply(conn: Connection, reply: Reply) -> None:
    """The reply without its body, then the body in chunks: the server spools them as they come."""
    body = reply.body
    conn.send(dataclasses.replace(reply, body=b"", length=len(body)))
    for start in range(0, len(body), CHUNK_BYTES):
        conn.send_bytes(body, start, min(CHUNK_BYTES, len(body) - start))


def _answer_jobs(conn: Connection, stores: dict[bool, ox.Store], memory_budget: int) -> None:
    for store in stores.values():  # warm up: what every query needs is allocated before the limit
        execute(store, Job("ASK { ?s ?p ?o }", "application/sparql-results+json", 1, {}))
    limit_memory(memory_budget)
    conn.send(("ready", graph_names(stores[True])))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server has gone: so do we
            return
        try:
            reply = execute(stores[job.infer], job)
        except MemoryError:
            conn.send(Reply(status=503, kind="memory"))
            os._exit(1)  # whatever the failed allocation left behind goes with the process
        except Exception:  # a bug in sco-kg or the engine: report it as one, keep serving
            traceback.print_exc()
            reply = Reply(status=500, kind="internal", message="internal error while evaluating the query")
        send_reply(conn, reply)


def main(argv: list[str]) -> None:
    """Entry point of the worker command (see the comment at the top)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when workers stop
    mode, first, store_dir = argv[0], argv[1], Path(argv[2])
    if mode == "build":
        try:
            build_stores(Path(first), store_dir)
        except (OSError, SyntaxError, ValueError) as error:
            sys.exit(f"cannot load {first}: {error}")
    else:
        serve(Connection(int(first)), store_dir, int(argv[3]), int(argv[4]))
