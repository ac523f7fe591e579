"""server.pool and server.lanes: memory limits, answers cut at a byte budget and spooled, the short-query
lane, failed starts retried, and a pool that heals when its store goes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time

import pytest

from conftest import DATA, running_app
from server import pool as pool_module
from server.engine import Job
from server.errors import QueryError
from server.lanes import LanePolicy
from server.pool import PoolLimits, WorkerPool

JSON = "application/sparql-results+json"
PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }"


def doubling(links: int, selected: str) -> str:
    """A query that doubles a two-character string `links` times: 2 ** (links + 1) characters."""
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(links))
    return f'SELECT {selected} WHERE {{ BIND("ab" AS ?x0) {binds} }}'


def job(text: str, max_bytes: int = 1 << 40) -> Job:
    return Job(text, JSON, 10000, {}, max_bytes)


def document(reply) -> dict:
    """The JSON answer of a reply, its spool file closed."""
    with reply.body:
        return json.load(reply.body)


def wait_until(condition, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


@pytest.fixture
def pool(tmp_path):
    shutil.copyfile(DATA / "mini.trig", tmp_path / "sco-kg.trig")
    pool = WorkerPool(tmp_path / "sco-kg.trig", PoolLimits(size=1, query_timeout=3.0, queue_timeout=10.0,
                                                          query_memory=64 << 20, max_waiting=8))
    pool.start()
    yield pool
    pool.close()


def healthy(pool: WorkerPool) -> bool:
    return pool.status()["status"] == "ok"


# --- memory ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [doubling(26, "(STRLEN(?x26) AS ?n)"),
                                  "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?f ?a"],
                         ids=["concat-chain", "sorted-cross-product"])
def test_a_query_over_the_memory_budget_is_503_and_its_worker_replaced(pool, text):
    with pytest.raises(QueryError) as refused:
        pool.run(job(text))
    assert (refused.value.status, refused.value.kind) == (503, "memory")
    assert "64 MB" in refused.value.message
    assert wait_until(lambda: healthy(pool))
    assert document(pool.run(job("ASK {}")))["boolean"] is True


def test_a_query_within_the_memory_budget_runs(pool):
    reply = pool.run(job(doubling(20, "(STRLEN(?x20) AS ?n)")))
    assert document(reply)["results"]["bindings"][0]["n"]["value"] == str(2 ** 21)


# --- size of answers ------------------------------------------------------------------------------

def test_an_answer_over_max_bytes_is_cut_at_whole_rows(pool):
    text = "SELECT ?n WHERE { VALUES ?n { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 } }"
    whole = pool.run(job(text))
    whole.body.close()
    reply = pool.run(job(text, max_bytes=whole.length // 2))
    answer = document(reply)
    assert reply.truncated and answer["truncated"] is True
    assert reply.length <= whole.length // 2
    assert 0 < len(answer["results"]["bindings"]) < 20


def test_one_row_over_max_bytes_leaves_an_empty_flagged_answer(pool):
    reply = pool.run(job(doubling(20, "?x20"), max_bytes=100_000))
    assert reply.truncated and document(reply)["results"]["bindings"] == []


def test_a_large_answer_waits_in_a_file_not_in_memory(pool):
    reply = pool.run(job(doubling(20, "?x20")))
    assert reply.length > pool_module.SPOOL_BYTES
    assert reply.body._rolled  # SpooledTemporaryFile moved to disk
    assert len(document(reply)["results"]["bindings"][0]["x20"]["value"]) == 2 ** 21


def test_the_endpoint_streams_the_answer(mini_triples_dir, example_queries_dir):
    with running_app(mini_triples_dir, example_queries_dir, WORKERS=1, MAX_RESPONSE_BYTES=150) as app:
        response = app.test_client().get("/sparql", query_string={"query": doubling(20, "?x20")})
        assert response.is_streamed and response.headers["X-SCO-KG-Truncated"] == "true"
        assert int(response.headers["Content-Length"]) == len(response.get_data()) <= 150


# --- the short-query lane -------------------------------------------------------------------------

def test_the_lane_answers_while_a_slow_query_fills_the_workers(pool):
    slow = threading.Thread(target=lambda: pytest.raises(QueryError, pool.run, job(PATHOLOGICAL), "192.0.2.1"))
    slow.start()
    time.sleep(0.3)
    reply = pool.run(job("ASK {}"), "192.0.2.2")
    assert slow.is_alive(), "answered while the slow query still held the general worker"
    assert document(reply)["boolean"] is True
    slow.join()


def test_a_query_that_overruns_the_lane_moves_to_the_workers_and_keeps_off_the_lane(pool):
    slow = threading.Thread(target=lambda: pytest.raises(QueryError, pool.run, job(PATHOLOGICAL), "192.0.2.1"))
    slow.start()
    time.sleep(0.3)
    with pytest.raises(QueryError) as refused:  # 0.5 s on the lane, then the general worker's time limit
        pool.run(job(PATHOLOGICAL.replace("?o", "?o2")), "192.0.2.3")
    assert refused.value.kind == "timeout"
    assert not pool.lanes.allows("192.0.2.3", "SELECT 1 {}")
    assert not pool.lanes.allows("192.0.2.9", PATHOLOGICAL.replace("?o", "?o2"))
    assert pool.lanes.allows("192.0.2.9", "ASK {}")
    slow.join()


def test_lane_penalties_expire():
    now = [0.0]
    lanes = LanePolicy(timeout=0.5, penalty=60.0, clock=lambda: now[0])
    lanes.punish("192.0.2.1", "SELECT  *\n{ ?s ?p ?o }")
    assert not lanes.allows("192.0.2.1", "ASK {}")
    assert not lanes.allows("192.0.2.2", "SELECT * { ?s ?p ?o }")
    now[0] = 61.0
    assert lanes.allows("192.0.2.1", "SELECT * { ?s ?p ?o }")


# --- faults ---------------------------------------------------------------------------------------

def test_a_failed_start_is_retried_and_health_is_degraded_meanwhile(pool, monkeypatch):
    monkeypatch.setattr(pool_module, "RETRY_DELAYS", (0.5,))
    starts, seen, real = [], [], pool_module._Worker.wait_ready

    def fails_once(worker):
        starts.append(worker)
        if len(starts) == 1:
            seen.append(pool.status()["status"])  # the pool is one worker short now
            worker.stop()
            raise RuntimeError("simulated start failure")
        return real(worker)

    monkeypatch.setattr(pool_module._Worker, "wait_ready", fails_once)
    os.kill(pool.pids()[0], signal.SIGKILL)  # the pool's watch replaces it
    assert wait_until(lambda: len(starts) >= 2 and healthy(pool))
    assert seen == ["degraded"]


def test_a_vanished_store_is_reported_and_reloaded(pool):
    store = pool._store_dir
    shutil.rmtree(store)
    assert pool.status()["status"] == "degraded" and pool.status()["store"] is False
    for pid in pool.pids():
        os.kill(pid, signal.SIGKILL)
    assert wait_until(lambda: healthy(pool))
    assert pool._store_dir != store and pool._store_dir.is_dir()
    assert document(pool.run(job("ASK { ?s ?p ?o }")))["boolean"] is True


def test_health_is_503_while_degraded(mini_triples_dir, example_queries_dir):
    with running_app(mini_triples_dir, example_queries_dir, WORKERS=1) as app:
        client = app.test_client()
        client.get("/sparql", query_string={"query": "ASK {}"})
        assert client.get("/health").status_code == 200
        shutil.rmtree(app.extensions["sco_kg"].pool._store_dir)
        response = client.get("/health")
        assert response.status_code == 503 and response.get_json()["status"] == "degraded"


def test_a_kept_store_is_opened_again_without_loading_the_graph(mini_triples_dir, tmp_path, monkeypatch):
    """STORE_DIR: the first start builds the stores there, the next one opens them; another graph file gets its
    own, and the old ones go."""
    builds = []
    real = pool_module._build_store
    monkeypatch.setattr(pool_module, "_build_store", lambda trig, folder: builds.append(folder) or real(trig, folder))
    keep = tmp_path / "stores"
    trig = mini_triples_dir / "sco-kg.trig"
    for _ in range(2):
        pool = WorkerPool(trig, PoolLimits(size=1, query_timeout=5, queue_timeout=5, query_memory=512 << 20,
                                           max_waiting=4, lane_size=0), keep)
        try:
            pool.start()
            reply = pool.run(Job("ASK { ?s ?p ?o }", "application/sparql-results+json", 10, {}), "test")
            assert reply.status == 200
            reply.body.close()
        finally:
            pool.close()
    assert len(builds) == 1 and [folder.name for folder in keep.iterdir()] == [pool_module.graph_digest(trig)]
    other = tmp_path / "other.trig"
    other.write_bytes(trig.read_bytes() + b"\n")
    pool = WorkerPool(other, PoolLimits(size=1, query_timeout=5, queue_timeout=5, query_memory=512 << 20,
                                        max_waiting=4, lane_size=0), keep)
    try:
        pool.start()
    finally:
        pool.close()
    assert len(builds) == 2 and [folder.name for folder in keep.iterdir()] == [pool_module.graph_digest(other)]


def test_a_small_store_is_copied_into_memory_and_answers_as_on_disk(mini_triples_dir, tmp_path):
    """IN_MEMORY_STORE_BYTES: below it the worker holds a copy in memory; the answers are the same."""
    from server.worker import open_store, build_stores, STORE_NAMES

    build_stores(mini_triples_dir / "sco-kg.trig", tmp_path)
    folder = tmp_path / STORE_NAMES[True]
    copied, kept = open_store(folder, 1 << 30), open_store(folder, 0)
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    assert [list(row) for row in copied.query(query)] == [list(row) for row in kept.query(query)]
    assert len(copied) == len(kept) > 0
    with pytest.raises(RuntimeError):
        kept.add(next(iter(kept)))  # the on-disk store is read-only; the copy is the worker's own
    copied.add(next(iter(kept)))
