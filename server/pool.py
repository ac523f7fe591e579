"""A pool of query worker processes: a query that overruns the time limit has its worker killed and replaced."""

# Neither rdflib nor pyoxigraph can interrupt a running query, hence processes. The graph is loaded
# once into on-disk stores in a temporary folder (server.worker), which every worker opens read-only:
# a replacement starts in a fraction of a second and the workers share the operating system's cache.

from __future__ import annotations

import logging
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from server.engine import Job, Reply
from server.errors import QueryError

log = logging.getLogger(__name__)
START_TIMEOUT = 60.0  # seconds a new worker may take to open the store
# A fresh interpreter, not a fork of the server (which holds Rust state and threads) and not
# multiprocessing's spawn (which re-runs the server's __main__ module).
_WORKER_COMMAND = "import sys; sys.path.insert(0, sys.argv[1]); from server.worker import main; main(sys.argv[2:])"
_ROOT = str(Path(__file__).resolve().parent.parent)


def _build_store(trig_path: Path, store_dir: Path) -> None:
    built = subprocess.run([sys.executable, "-c", _WORKER_COMMAND, _ROOT, "build", str(trig_path), str(store_dir)],
                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if built.returncode != 0:
        raise RuntimeError((built.stderr.strip().splitlines() or ["loading the graph failed"])[-1])


class _Worker:
    def __init__(self, store_dir: Path):
        ours, theirs = socket.socketpair()
        self.conn = Connection(ours.detach())
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER_COMMAND, _ROOT, "serve", str(theirs.fileno()), str(store_dir)],
            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        theirs.close()

    def _poll(self, timeout: float) -> bool:
        try:
            return self.conn.poll(timeout)
        except OSError:  # stopped meanwhile: recv will say so
            return True

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self) -> tuple[str, ...]:
        """The graph names of the store; RuntimeError if the worker could not open it."""
        if not self._poll(START_TIMEOUT):
            self.stop()
            raise RuntimeError(f"a query worker did not start within {START_TIMEOUT:g} s")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError):
            status, detail = "failed", f"the worker exited with code {self.process.wait()}"
        if status != "ready":
            self.stop()
            raise RuntimeError(detail)
        return detail

    def stop(self) -> None:
        if self.conn.closed:
            return
        self.process.kill()
        self.process.wait()
        self.conn.close()


class WorkerPool:
    """Run Jobs on `size` worker processes, started on first use; stop them with close()."""

    def __init__(self, trig_path: Path, size: int, query_timeout: float, queue_timeout: float):
        self.trig_path = trig_path
        self.size = size
        self.query_timeout = query_timeout
        self.queue_timeout = queue_timeout
        self.graphs: tuple[str, ...] = ()
        self._store_dir: Path | None = None
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = self._closed = False

    def start(self) -> None:
        """Load the graph into the store, start the workers and wait until each is ready (idempotent)."""
        with self._lock:
            if self._started:
                return
            if self._closed:
                raise RuntimeError("the worker pool is closed")
            self._store_dir = Path(tempfile.mkdtemp(prefix="sco-kg-store-"))
            try:
                _build_store(self.trig_path, self._store_dir)
            except RuntimeError:
                self._stop_all()
                raise
            workers = [_Worker(self._store_dir) for _ in range(self.size)]
            self._workers.update(workers)
            try:
                self.graphs = [worker.wait_ready() for worker in workers][0]
            except RuntimeError:
                self._stop_all()
                raise
            for worker in workers:
                self._idle.put(worker)
            self._started = True

    def pids(self) -> list[int]:
        """The process ids of the workers (for monitoring and tests)."""
        with self._lock:
            return sorted(worker.process.pid for worker in self._workers)

    def status(self) -> dict:
        """Counts for /health: workers alive and idle."""
        return {"workers": len(self._workers), "idle": self._idle.qsize(), "started": self._started}

    def run(self, job: Job) -> Reply:
        """Answer job on an idle worker: 503 when none frees up in time or the query overruns."""
        self.start()
        worker = self._take()
        started = time.monotonic()
        try:
            worker.conn.send(job)
            finished = worker.conn.poll(self.query_timeout)
            reply = worker.conn.recv() if finished else None
        except (EOFError, OSError):
            self._replace(worker)
            log.error("a query worker stopped while evaluating %r", job.text[:200])
            raise QueryError(500, "engine_failed", "the query engine stopped while evaluating this query; "
                             "it has been restarted") from None
        if reply is None:
            self._replace(worker)
            raise QueryError(503, "timeout", f"query exceeded the time limit of {self.query_timeout:g} s "
                             f"(stopped after {time.monotonic() - started:.1f} s)")
        self._idle.put(worker)
        return reply

    def _take(self) -> _Worker:
        deadline = time.monotonic() + self.queue_timeout
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise QueryError(503, "busy", "every query worker is busy; try again shortly",
                                 headers={"Retry-After": "1"}) from None
            if worker.alive():
                return worker
            log.error("a query worker died while idle (exit code %s)", worker.process.returncode)
            self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)
            if self._closed:
                return
            replacement = _Worker(self._store_dir)
            self._workers.add(replacement)
        threading.Thread(target=self._admit, args=(replacement,), daemon=True).start()

    def _admit(self, worker: _Worker) -> None:
        try:
            worker.wait_ready()
        except RuntimeError as error:
            with self._lock:
                self._workers.discard(worker)
                if not self._closed:
                    log.error("a replacement query worker failed to start: %s", error)
            return
        self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker process; the pool cannot be used afterwards."""
        with self._lock:
            self._closed = True
            self._stop_all()

    def _stop_all(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers.clear()
        if self._store_dir is not None:
            shutil.rmtree(self._store_dir, ignore_errors=True)
