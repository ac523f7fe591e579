"""server/answers.py: answers kept for queries asked again, and the endpoint answering from them."""

import pytest

from server.answers import KEY_BYTES, Answer, AnswerCache
from server.engine import Job
from test_sparql import STATES, STATE_IRIS, values


def job(text: str = "ASK {}", **fields) -> Job:
    return Job(text, "application/sparql-results+json", 100, {}, **fields)


def test_a_kept_answer_comes_back_for_the_same_job_on_the_same_store():
    cache = AnswerCache(10_000, 10_000)
    cache.put(cache.key(job(), "store-a", False), Answer(b'{"boolean":true}', "application/json", False))
    assert cache.get(cache.key(job(), "store-a", False)).body == b'{"boolean":true}'
    assert cache.get(cache.key(job(), "store-b", False)) is None  # the graph was loaded again
    assert cache.get(cache.key(job(infer=False), "store-a", False)) is None
    assert cache.get(cache.key(job(base_iri="http://other/"), "store-a", False)) is None


def test_nothing_is_kept_for_services_another_servers_store_or_a_cache_of_no_bytes():
    assert AnswerCache(10_000, 10_000).key(job(), "store", calls_services=True) is None
    assert AnswerCache(10_000, 10_000).key(job(), None, False) is None
    assert AnswerCache(0, 10_000).key(job(), "store", False) is None


def test_the_least_recently_used_answers_go_first_and_none_too_large_is_kept():
    size = 100 + len("q0") + KEY_BYTES
    cache = AnswerCache(3 * size, size)
    keys = [cache.key(job(f"q{n}"), "store", False) for n in range(4)]
    for key in keys[:3]:
        cache.put(key, Answer(b"x" * 100, "text/csv", False))
    cache.get(keys[0])  # used again: kept
    cache.put(keys[3], Answer(b"x" * 100, "text/csv", False))
    assert [cache.get(key) is not None for key in keys] == [True, False, True, True]
    cache.put(cache.key(job("big"), "store", False), Answer(b"x" * 101, "text/csv", False))
    assert len(cache) == 3


def test_the_endpoint_answers_a_repeated_query_from_memory(client):
    query = STATES + " # asked twice"
    first = client.get("/sparql", query_string={"query": query})
    second = client.get("/sparql", query_string={"query": query})
    assert first.headers["X-SCO-KG-Cache"] == "miss" and second.headers["X-SCO-KG-Cache"] == "hit"
    assert second.data == first.data and values(second.get_json(), "state") == STATE_IRIS
    assert second.content_type == first.content_type
    as_csv = client.get("/sparql", query_string={"query": query}, headers={"Accept": "text/csv"})
    assert as_csv.headers["X-SCO-KG-Cache"] == "miss" and as_csv.content_type.startswith("text/csv")


@pytest.mark.parametrize("infer", ["true", "false"])
def test_the_infer_switch_is_part_of_what_is_kept(client, infer):
    query = "ASK { res:li_qiang a foaf:Person } # infer switch"
    expected = infer == "true"
    for _ in range(2):
        answer = client.get("/sparql", query_string={"query": query, "infer": infer})
        assert answer.get_json()["boolean"] is expected
