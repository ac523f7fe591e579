"""server/replay.py: a request made before is answered again in front of the app, only as the app allows."""

import io

from server.answers import CACHE_HEADER, AnswerCache
from server.replay import Replay


class CountingApp:
    """A WSGI app that answers 200 and counts its calls; `kept` says whether it marks the answer as kept."""

    def __init__(self, kept: bool = True, status: str = "200 OK"):
        self.calls, self.bodies, self.kept, self.status = 0, [], kept, status

    def __call__(self, environ, start_response):
        self.calls += 1
        self.bodies.append(environ["wsgi.input"].read())
        headers = [("Content-Type", "application/sparql-results+json")]
        if self.kept:
            headers.append((CACHE_HEADER, "miss"))
        start_response(self.status, headers)
        return [b'{"boolean":', b"true}"]


def request(method="GET", query="query=ASK%7B%7D", body=b"", **headers):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": "/sparql", "QUERY_STRING": query, "wsgi.url_scheme": "http",
               "HTTP_HOST": "kg.example", "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
    environ.update(headers)
    return environ


def call(middleware, environ):
    started = []
    body = b"".join(middleware(environ, lambda status, headers, exc_info=None: started.extend([status, dict(headers)])))
    return started[0], started[1], body


def replay(app, store="store-a", cache_bytes=100_000, max_body=1000):
    stores = [store]
    return Replay(app, AnswerCache(cache_bytes, cache_bytes), lambda: stores[0], max_body), stores


def test_the_same_request_is_answered_again_without_the_app_and_marked_a_hit():
    app = CountingApp()
    middleware, _ = replay(app)
    first, second = call(middleware, request()), call(middleware, request())
    assert app.calls == 1
    assert first[2] == second[2] == b'{"boolean":true}'
    assert first[1][CACHE_HEADER] == "miss" and second[1][CACHE_HEADER] == "hit"
    assert second[0] == "200 OK" and second[1]["Content-Type"] == "application/sparql-results+json"


def test_another_query_accept_origin_host_or_store_goes_to_the_app():
    app = CountingApp()
    middleware, stores = replay(app)
    call(middleware, request())
    for environ in (request(query="query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"), request(HTTP_ACCEPT="text/csv"),
                    request(HTTP_ORIGIN="https://a.example"), request(HTTP_HOST="evil.example")):
        call(middleware, environ)
    stores[0] = "store-b"  # the graph was loaded again
    call(middleware, request())
    assert app.calls == 6


def test_a_posted_query_is_replayed_by_its_body_and_the_app_still_reads_the_body():
    app = CountingApp()
    middleware, _ = replay(app)
    form = {"CONTENT_TYPE": "application/sparql-query"}
    call(middleware, request("POST", "", b"ASK {}", **form))
    call(middleware, request("POST", "", b"ASK {}", **form))
    call(middleware, request("POST", "", b"ASK { ?s ?p ?o }", **form))
    assert app.calls == 2 and app.bodies == [b"ASK {}", b"ASK { ?s ?p ?o }"]


def test_only_answers_the_app_kept_are_replayed():
    for app in (CountingApp(kept=False), CountingApp(status="400 BAD REQUEST")):
        middleware, _ = replay(app)
        call(middleware, request())
        call(middleware, request())
        assert app.calls == 2


def test_nothing_is_replayed_without_a_cache_a_store_or_a_body_of_known_size():
    app = CountingApp()
    for middleware in (replay(app, cache_bytes=0)[0], replay(app, store=None)[0]):
        call(middleware, request())
        call(middleware, request())
    big, _ = replay(app, max_body=3)
    call(big, request("POST", "", b"ASK {}"))
    call(big, request("POST", "", b"ASK {}"))
    assert app.calls == 6 and app.bodies[-1] == b"ASK {}"  # passed on unread


def test_the_endpoint_replays_a_repeated_query_with_the_same_headers(client):
    query = "ASK { res:china a sco:State } # replayed"
    first = client.get("/sparql", query_string={"query": query}, headers={"Origin": "https://x.example"})
    second = client.get("/sparql", query_string={"query": query}, headers={"Origin": "https://x.example"})
    assert first.headers["X-SCO-KG-Cache"] == "miss" and second.headers["X-SCO-KG-Cache"] == "hit"
    assert second.data == first.data and second.get_json()["boolean"] is True
    assert {k: v for k, v in second.headers if k != "X-SCO-KG-Cache"} == \
        {k: v for k, v in first.headers if k != "X-SCO-KG-Cache"}
