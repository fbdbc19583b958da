"""Fairness (issue 12 §3): a query whose client has gone stops within about a second; one client cannot hold
more than its share of running queries (429 with Retry-After beyond its queue); waiting queries start
round-robin across clients; the service's own routes run in a lane that /sparql queries cannot fill.

One real server (`python -m api serve`) with a small open lane: 1 resident /sparql worker, at most 2 running
open queries, 2 running + 2 waiting per client. Clients are told apart by their source address (127.0.0.x).
"""
from __future__ import annotations

import concurrent.futures
import socket
import time
from urllib.parse import quote

import httpx
import pytest

from tests.fixtures.server import serve

pytestmark = pytest.mark.slow     # a real server; waits for lanes to grow, shrink and time out

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
BIG = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }"         # streams (far past the 1 MiB threshold)
JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def service(built):
    with serve(built, GWR_WORKERS="1", GWR_OWN_WORKERS="2", GWR_OPEN_WORKERS_MAX="2", GWR_CLIENT_QUERIES="2",
               GWR_CLIENT_WAITING="2", GWR_QUERY_TIMEOUT="30", GWR_WORKER_IDLE="5") as (_, url):
        yield url


def health(url: str) -> dict:
    r = httpx.get(url + "/health", timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


def wait_for(url: str, check, within: float = 15.0) -> tuple[dict, float]:
    """Poll /health until check(figures) holds; (figures, seconds it took)."""
    t0 = time.monotonic()
    while True:
        figures = health(url)
        if check(figures):
            return figures, time.monotonic() - t0
        assert time.monotonic() - t0 < within, figures
        time.sleep(0.02)


def quiet(h: dict) -> bool:
    return h["clients"]["running"] == 0 and h["clients"]["waiting"] == 0 and h["lanes"]["open"]["busy"] == 0


def from_address(address: str, timeout: float = 60) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=timeout)


def raw_request(url: str, source: str, method: str, query: str, timeout: int = 30) -> socket.socket:
    """Send a /sparql request on a plain socket (so that the test decides when to hang up)."""
    port = int(url.rsplit(":", 1)[1])
    sock = socket.create_connection(("127.0.0.1", port), source_address=(source, 0))
    if method == "GET":
        head = f"GET /sparql?query={quote(query)}&timeout={timeout} HTTP/1.1\r\nHost: x\r\nAccept: {JSON}\r\n\r\n"
        sock.sendall(head.encode())
    else:
        body = f"query={quote(query)}&timeout={timeout}".encode()
        sock.sendall(f"POST /sparql HTTP/1.1\r\nHost: x\r\nAccept: {JSON}\r\nContent-Type: "
                     f"application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    return sock


@pytest.mark.parametrize("method", ["GET", "POST"])     # GET takes sparql.FastPath, POST the full stack
def test_a_client_that_hangs_up_frees_its_worker_within_a_second(service, method):
    before, _ = wait_for(service, quiet)
    sock = raw_request(service, "127.0.0.21", method, SLOW)
    wait_for(service, lambda h: h["clients"]["running"] == 1 and h["lanes"]["open"]["busy"] == 1)
    time.sleep(0.3)                 # the query is well under way in its worker
    sock.close()
    after, took = wait_for(service, quiet, within=10)
    assert took < 1.5, f"the worker was freed {took:.2f} s after the client left"
    assert after["clients"]["abandoned"] == before["clients"]["abandoned"] + 1
    assert after["lanes"]["open"]["replaced"] >= before["lanes"]["open"]["replaced"] + 1   # killed, replaced


def test_a_client_that_hangs_up_on_a_streamed_answer_frees_its_worker(service):
    before, _ = wait_for(service, quiet)
    sock = raw_request(service, "127.0.0.22", "GET", BIG)
    received = 0
    while received < 256 * 1024:         # the answer is streaming
        chunk = sock.recv(65536)
        assert chunk
        received += len(chunk)
    assert health(service)["lanes"]["open"]["busy"] == 1
    sock.close()
    after, took = wait_for(service, quiet, within=10)
    assert took < 1.5, f"the worker was freed {took:.2f} s after the client left"
    assert after["lanes"]["open"]["replaced"] >= before["lanes"]["open"]["replaced"] + 1


def test_a_client_over_its_share_gets_429_with_retry_after(service):
    wait_for(service, quiet)
    socks = [raw_request(service, "127.0.0.31", "GET", SLOW, timeout=20) for _ in range(4)]
    try:
        wait_for(service, lambda h: h["clients"]["running"] == 2 and h["clients"]["waiting"] == 2)
        with from_address("127.0.0.31") as same:
            r = same.get(service + "/sparql", params={"query": "ASK {}"}, headers={"Accept": JSON})
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert "this client" in r.text and r.headers["content-type"].startswith("text/plain")
        refused = health(service)["clients"]["refused"]
        assert refused >= 1
    finally:
        for s in socks:
            s.close()
    wait_for(service, quiet)


def test_own_routes_answer_while_slow_queries_fill_the_open_lane(service):
    wait_for(service, quiet)
    socks = [raw_request(service, f"127.0.0.{41 + i}", "GET", SLOW, timeout=30) for i in range(4)]
    try:
        h, _ = wait_for(service, lambda h: h["clients"]["running"] == 2 and h["clients"]["waiting"] == 2)
        assert h["lanes"]["open"]["busy"] == 2           # the open lane is full: nothing more runs there
        with httpx.Client(timeout=30) as c:
            for path, accept in (("/health", "application/json"),
                                 ("/api/entities/place/dalian", "application/json"),
                                 ("/id/place/dalian.ttl", "text/turtle"),
                                 ("/api/queries/api-graph-sizes", "application/json")):
                t0 = time.monotonic()
                r = c.get(service + path, headers={"Accept": accept})
                took = time.monotonic() - t0
                assert r.status_code == 200, (path, r.status_code, r.text[:200])
                assert took < 5, (path, took)           # the slow queries run for 30 s
            assert "dalian" in c.get(service + "/id/place/dalian.ttl").text
        still = health(service)["clients"]
        assert still["running"] == 2 and still["waiting"] == 2   # they did not wait for the slow queries to end
    finally:
        for s in socks:
            s.close()
    wait_for(service, quiet)


def test_waiting_queries_start_round_robin_across_clients(service):
    """Client A fills the lane (2 running, 2 waiting); client B's first query starts as soon as a slot frees,
    before A's waiting ones have run: with a first-come queue it would wait for A's backlog."""
    wait_for(service, quiet)
    done: dict[str, float] = {}

    def query(name: str, address: str, text: str, timeout: int) -> int:
        with from_address(address) as c:
            r = c.get(service + "/sparql", params={"query": text, "timeout": str(timeout)}, headers={"Accept": JSON})
        done[name] = time.monotonic()
        return r.status_code

    with concurrent.futures.ThreadPoolExecutor(5) as pool:
        a = [pool.submit(query, "a1", "127.0.0.51", SLOW, 2), pool.submit(query, "a2", "127.0.0.51", SLOW, 2)]
        wait_for(service, lambda h: h["clients"]["running"] == 2)
        a += [pool.submit(query, "a3", "127.0.0.51", SLOW, 8), pool.submit(query, "a4", "127.0.0.51", SLOW, 8)]
        wait_for(service, lambda h: h["clients"]["waiting"] == 2)
        b = pool.submit(query, "b", "127.0.0.52", "ASK { ?s ?p ?o }", 30)
        wait_for(service, lambda h: h["clients"]["waiting"] == 3)
        assert b.result() == 200
        statuses = [f.result() for f in a]
    assert statuses[:2] == [503, 503]             # A's first two ran into their 2 s limit
    assert done["b"] < done["a3"] and done["b"] < done["a4"], (statuses, done)
    wait_for(service, quiet)


def test_the_open_lane_grows_for_waiting_queries_and_shrinks_when_idle(service):
    """Two clients' slow queries need two workers: the lane forks a second one, which exits after idling."""
    before, _ = wait_for(service, lambda h: quiet(h) and h["workers"] == 1, within=30)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        answers = [pool.submit(lambda a: from_address(a).get(service + "/sparql", headers={"Accept": JSON},
                                                            params={"query": SLOW, "timeout": "1"}).status_code, a)
                   for a in ("127.0.0.61", "127.0.0.62")]
        grown, _ = wait_for(service, lambda h: h["lanes"]["open"]["busy"] == 2)
        assert [f.result() for f in answers] == [503, 503]
    assert grown["lanes"]["open"]["grown"] >= before["lanes"]["open"]["grown"] + 1
    # a timed-out query's worker is killed and replaced, so "one worker" alone is also seen for an instant while the
    # second replacement is still forking (the race this test lost under load): wait for the retirement itself
    after, _ = wait_for(service, lambda h: quiet(h) and h["workers"] == 1
                        and h["lanes"]["open"]["shrunk"] >= before["lanes"]["open"]["shrunk"] + 1,
                        within=30)   # GWR_WORKER_IDLE=5
    assert after["lanes"]["open"]["shrunk"] >= before["lanes"]["open"]["shrunk"] + 1
