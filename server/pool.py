"""A pool of query worker processes: a query that overruns its time or memory limit has its worker killed
and replaced; one worker (the lane) is kept for short queries while slow ones fill the others."""

# Neither rdflib nor pyoxigraph can interrupt a running query, hence processes. The graph is loaded
# once into on-disk stores in a temporary folder (server.worker), which every worker opens read-only:
# a replacement starts in a fraction of a second and the workers share the operating system's cache.

from __future__ import annotations

import dataclasses
import logging
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from server.engine import Job, Reply
from server.errors import QueryError
from server.lanes import LanePolicy

log = logging.getLogger(__name__)
GENERAL, LANE = "general", "lane"  # the workers for any query, and the ones kept for short queries
START_TIMEOUT = 60.0  # seconds a new worker may take to open the store
RETRY_DELAYS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)  # seconds between failed starts of a worker, the last repeated
WATCH_SECONDS = 1.0  # how often the pool looks for dead idle workers and a vanished store
SPOOL_BYTES = 1 << 20  # an answer larger than this waits for its client in a temporary file, not in memory
# A fresh interpreter, not a fork of the server (which holds Rust state and threads) and not
# multiprocessing's spawn (which re-runs the server's __main__ module).
_WORKER_COMMAND = "import sys; sys.path.insert(0, sys.argv[1]); from server.worker import main; main(sys.argv[2:])"
_ROOT = str(Path(__file__).resolve().parent.parent)
# One malloc arena per process: glibc reserves 64 MB of address space for each thread's arena
# otherwise, which the memory limit would count.
_WORKER_ENV = {"MALLOC_ARENA_MAX": "1", "RUST_BACKTRACE": "0"}


@dataclass(frozen=True)
class PoolLimits:
    """How many workers, and what a query may use of them."""

    size: int
    query_timeout: float
    queue_timeout: float
    query_memory: int  # bytes a worker may grow by while answering
    max_waiting: int  # queries waiting for a worker at once; more are answered busy at once
    in_memory_bytes: int = 0  # stores of at most this many bytes on disk are copied into each worker's memory
    lane_size: int = 1
    lane_timeout: float = 0.5
    lane_penalty: float = 60.0


def _build_store(trig_path: Path, store_dir: Path) -> None:
    built = subprocess.run([sys.executable, "-c", _WORKER_COMMAND, _ROOT, "build", str(trig_path), str(store_dir)],
                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if built.returncode != 0:
        raise RuntimeError((built.stderr.strip().splitlines() or ["loading the graph failed"])[-1])


class _Worker:
    def __init__(self, store_dir: Path, lane: str, memory: int, in_memory_bytes: int = 0):
        self.lane = lane
        self._stop_lock = threading.Lock()
        ours, theirs = socket.socketpair()
        self.conn = Connection(ours.detach())
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER_COMMAND, _ROOT, "serve", str(theirs.fileno()), str(store_dir), str(memory),
             str(in_memory_bytes)],
            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env={**os.environ, **_WORKER_ENV})
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

    def ran_out_of_memory(self) -> bool:
        """Whether the worker ended as an allocation that its memory limit refused ends it (abort)."""
        try:
            code = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return False
        return code == -signal.SIGABRT

    def stop(self) -> None:
        with self._stop_lock:  # the pool's close and a start that failed may stop a worker at once
            if self.conn.closed:
                return
            self.process.kill()
            self.process.wait()
            self.conn.close()


class WorkerPool:
    """Run Jobs on worker processes, started on first use; stop them with close()."""

    def __init__(self, trig_path: Path, limits: PoolLimits, keep_in: Path | None = None):
        self.trig_path = trig_path
        self.keep_in = keep_in  # STORE_DIR: the stores stay there, one folder per graph file
        self.limits = limits
        self.size = limits.size
        self.lanes = LanePolicy(limits.lane_timeout, limits.lane_penalty)
        self.graphs: tuple[str, ...] = ()
        self._store_dir: Path | None = None
        self._idle: dict[str, list[_Worker]] = {GENERAL: [], LANE: []}
        self._workers: set[_Worker] = set()
        self._ready: set[_Worker] = set()
        self._waiting = 0
        self._cond = threading.Condition()
        self._stopping = threading.Event()
        self._start_lock = threading.Lock()
        self._started = self._closed = False

    def start(self) -> None:
        """Load the graph into the store, start the workers and wait until each is ready (idempotent)."""
        if self._started:
            return
        with self._start_lock:
            if self._started:
                return
            if self._closed:
                raise RuntimeError("the worker pool is closed")
            try:
                self._new_store()
                workers = [self._spawn(GENERAL) for _ in range(self.size)]
                workers += [self._spawn(LANE) for _ in range(self.limits.lane_size)]
                self.graphs = [worker.wait_ready() for worker in workers][0]
            except RuntimeError:
                self._stop_all()
                raise
            for worker in workers:
                self._admit(worker)
            self._started = True
            threading.Thread(target=self._watch, daemon=True, name="sco-kg-pool-watch").start()

    def _watch(self) -> None:
        """Every WATCH_SECONDS: replace idle workers that died, and load the graph again if the store is gone."""
        while not self._stopping.wait(WATCH_SECONDS):
            with self._cond:
                for idle in self._idle.values():
                    for worker in [worker for worker in idle if not worker.alive()]:
                        log.error("a query worker died while idle (exit code %s)", worker.process.returncode)
                        idle.remove(worker)
                        self._replace_locked(worker)
            if not self._store_dir.is_dir():
                with self._start_lock:
                    try:
                        self._reload_store_if_gone()
                    except (RuntimeError, OSError) as error:
                        log.error("loading the graph again failed (%s); retrying", error)

    def _new_store(self) -> None:
        if self.keep_in is not None:
            self._kept_store()
            return
        new = Path(tempfile.mkdtemp(prefix="sco-kg-store-"))
        try:
            _build_store(self.trig_path, new)
        except RuntimeError:
            shutil.rmtree(new, ignore_errors=True)
            raise
        old, self._store_dir = self._store_dir, new
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def _kept_store(self) -> None:
        """The stores of this graph file in STORE_DIR, opened as they are if a former start built them, else built
        there (under a temporary name, renamed once whole); the stores of other graph files are removed."""
        folder = self.keep_in / graph_digest(self.trig_path)
        if not folder.is_dir():
            self.keep_in.mkdir(parents=True, exist_ok=True)
            partial = Path(tempfile.mkdtemp(prefix="partial-", dir=self.keep_in))
            try:
                _build_store(self.trig_path, partial)
                partial.rename(folder)
            except (RuntimeError, OSError):
                shutil.rmtree(partial, ignore_errors=True)
                raise
        for other in self.keep_in.iterdir():
            if other.is_dir() and other != folder:
                shutil.rmtree(other, ignore_errors=True)
        self._store_dir = folder

    def _reload_store_if_gone(self) -> None:
        """Load the graph into a new store if the store folder has vanished (with _start_lock held)."""
        if not self._closed and not self._store_dir.is_dir():
            log.error("the store folder %s is gone: loading the graph again", self._store_dir)
            self._new_store()

    def _spawn(self, lane: str) -> _Worker:
        worker = _Worker(self._store_dir, lane, self.limits.query_memory, self.limits.in_memory_bytes)
        with self._cond:
            self._workers.add(worker)
        return worker

    def _admit(self, worker: _Worker) -> None:
        with self._cond:
            self._ready.add(worker)
            self._idle[worker.lane].append(worker)
            self._cond.notify_all()

    @property
    def store(self) -> str | None:
        """The store the workers answer from (another one after the graph is loaded again)."""
        return str(self._store_dir) if self._store_dir else None

    def pids(self) -> list[int]:
        """The process ids of the workers (for monitoring and tests)."""
        with self._cond:
            return sorted(worker.process.pid for worker in self._workers)

    def status(self) -> dict:
        """For /health: workers ready, of how many, idle, and whether the store is in place."""
        with self._cond:
            ready = sum(1 for worker in self._ready if worker.alive())
            idle = sum(len(workers) for workers in self._idle.values())
        store = self._store_dir is not None and self._store_dir.is_dir()
        expected = self.size + self.limits.lane_size
        healthy = not self._started or (ready == expected and store)
        return {"status": "ok" if healthy else "degraded", "workers": ready, "expected": expected,
                "idle": idle, "store": store or not self._started, "started": self._started}

    def run(self, job: Job, client: str = "", lane_allowed: bool = True) -> Reply:
        """Answer job on an idle worker; its body as a file. 503 when none frees up in time, or the query
        overruns its time or memory limit."""
        self.start()
        worker = self._take(client, job.text, lane_allowed)
        timeout = self.limits.lane_timeout if worker.lane == LANE else self.limits.query_timeout
        started = time.monotonic()
        try:
            worker.conn.send(job)
            reply = worker.conn.recv() if worker.conn.poll(timeout) else None
            if reply is not None and reply.status != 503:
                # the answer is ready: its transfer may take what is left of the general time limit
                deadline = started + self.limits.query_timeout
                reply = dataclasses.replace(reply, body=self._spool(worker, reply.length, deadline))
        except (EOFError, OSError):
            self._replace(worker)
            if worker.ran_out_of_memory():
                raise self._memory_error() from None
            log.error("a query worker stopped while evaluating %r", job.text[:200])
            raise QueryError(500, "engine_failed", "the query engine stopped while evaluating this query; "
                             "it has been restarted") from None
        if reply is None or reply.status == 503:
            self._replace(worker)
            if reply is not None:
                raise self._memory_error()
            if worker.lane == LANE:  # not a short query: to the general workers, and off the lane a while
                self.lanes.punish(client, job.text)
                return self.run(job, client, lane_allowed=False)
            raise QueryError(503, "timeout", f"query exceeded the time limit of {self.limits.query_timeout:g} s "
                             f"(stopped after {time.monotonic() - started:.1f} s)")
        self._release(worker)
        return reply

    def _memory_error(self) -> QueryError:
        return QueryError(503, "memory", f"the query needed more than the memory limit of "
                          f"{self.limits.query_memory // (1 << 20)} MB; it was stopped and its worker replaced")

    def _spool(self, worker: _Worker, length: int, deadline: float):
        body = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        while body.tell() < length:
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                body.close()
                raise EOFError("the answer did not arrive in time")
            body.write(worker.conn.recv_bytes())
        body.seek(0)
        return body

    def _take(self, client: str, text: str, lane_allowed: bool) -> _Worker:
        deadline = time.monotonic() + self.limits.queue_timeout
        with self._cond:
            if self._waiting >= self.limits.max_waiting:
                raise _busy()
            self._waiting += 1
            try:
                while True:
                    for lane in (GENERAL, LANE) if lane_allowed else (GENERAL,):
                        idle = self._idle[lane]
                        if idle and (lane == GENERAL or self.lanes.allows(client, text)):
                            worker = idle.pop()
                            if worker.alive():
                                return worker
                            log.error("a query worker died while idle (exit code %s)", worker.process.returncode)
                            self._replace_locked(worker)
                            break
                    else:
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            raise _busy()
                        self._cond.wait(remaining)
            finally:
                self._waiting -= 1

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            self._idle[worker.lane].append(worker)
            self._cond.notify_all()

    def _replace(self, worker: _Worker) -> None:
        with self._cond:
            self._replace_locked(worker)

    def _replace_locked(self, worker: _Worker) -> None:
        worker.stop()
        self._workers.discard(worker)
        self._ready.discard(worker)
        if not self._closed:
            threading.Thread(target=self._refill, args=(worker.lane,), daemon=True).start()

    def _refill(self, lane: str) -> None:
        """Start a worker for lane, retrying with growing delays until one starts or the pool closes."""
        for attempt in range(sys.maxsize):
            try:
                with self._start_lock:
                    if self._closed:
                        return
                    self._reload_store_if_gone()
                    worker = self._spawn(lane)
                worker.wait_ready()
            except (RuntimeError, OSError) as error:
                delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)]
                log.error("a replacement query worker failed to start (%s); retrying in %g s", error, delay)
                with self._cond:
                    self._workers = {w for w in self._workers if w.alive() or w in self._ready}
                if self._stopping.wait(delay):
                    return
                continue
            self._admit(worker)
            return

    def close(self) -> None:
        """Stop every worker process; the pool cannot be used afterwards."""
        self._stopping.set()
        with self._start_lock, self._cond:
            self._closed = True
            self._stop_all()

    def _stop_all(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers.clear()
        self._ready.clear()
        if self._store_dir is not None and self.keep_in is None:
            shutil.rmtree(self._store_dir, ignore_errors=True)


def graph_digest(trig_path: Path) -> str:
    """What names a graph file's stores: the digest its last line records (sco-kg writes one), else its own."""
    from loader.build import CLOSING  # the web process has the loader already; workers never come here

    with open(trig_path, "rb") as handle:
        handle.seek(max(0, trig_path.stat().st_size - 200))
        last = handle.read().decode("utf-8", "replace").strip().rsplit("\n", 1)[-1]
    if last.startswith(CLOSING):
        return last[len(CLOSING):].strip()[:32]
    digest = hashlib.sha256()
    with open(trig_path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()[:32]


def _busy() -> QueryError:
    return QueryError(503, "busy", "every query worker is busy; try again shortly", headers={"Retry-After": "1"})
