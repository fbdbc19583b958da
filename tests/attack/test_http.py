"""HTTP-level attacks (issue 12 §4–6) against a real `python -m api serve`, on plain sockets where the test must
decide what goes on the wire: oversized and trickled request heads, silent and idle connections, slow bodies,
non-ASCII and huge paging numbers, unknown dump names, the security headers on every kind of response, and
how an answer cut at the result-size cap ends. Every loop is bounded in count and time; loopback only.
"""
from __future__ import annotations

import select
import socket
import time
from urllib.parse import quote

import httpx
import pytest

from api.queries import Param, ParameterError
from tests.fixtures.server import serve

pytestmark = pytest.mark.slow     # real servers; waits for header, body and keep-alive timeouts

LIMIT = 64 << 10        # GWR_MAX_HEADER_BYTES's default
BIG = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }"         # streams far past any small cap
JSON = "application/sparql-results+json"
DIRECT = "application/sparql-query"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def service(built):
    with serve(built, GWR_WORKERS="2", GWR_HEADER_TIMEOUT="1", GWR_KEEPALIVE_TIMEOUT="1",
               GWR_BODY_TIMEOUT="2") as (proc, url):
        yield proc, url


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def read_all(sock: socket.socket, within: float) -> tuple[bytes, float]:
    """Everything the server sends until it closes (or `within` seconds pass); and when it closed."""
    sock.settimeout(within)
    t0, parts = time.monotonic(), []
    try:
        while True:
            part = sock.recv(65536)
            if not part:
                break
            parts.append(part)
    except (TimeoutError, ConnectionResetError):
        pass
    return b"".join(parts), time.monotonic() - t0


def head_of(response: bytes) -> dict[str, str]:
    lines = response.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    return {"status": lines[0], **{k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}}


# -- request heads: size -------------------------------------------------------------------------------------

def test_a_head_over_the_limit_gets_431_and_the_connection_closes(service):
    _, url = service
    with socket.create_connection(("127.0.0.1", port_of(url))) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (LIMIT + 1024) + b"\r\n\r\n")
        response, took = read_all(sock, 5)
    head = head_of(response)
    assert head["status"].startswith("HTTP/1.1 431"), response[:200]
    assert head["x-content-type-options"] == "nosniff" and head["connection"] == "close"
    assert took < 3, "the server must close the connection after a 431"


def test_a_head_just_under_the_limit_is_served(service):
    _, url = service
    r = httpx.get(url + "/health", headers={"X-Big": "a" * (LIMIT - 2048)}, timeout=10)
    assert r.status_code == 200


def test_a_long_request_line_counts_too(service):
    _, url = service
    with socket.create_connection(("127.0.0.1", port_of(url))) as sock:
        sock.sendall(b"GET /health?x=" + b"a" * (LIMIT + 10) + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        response, _ = read_all(sock, 5)
    assert response.startswith(b"HTTP/1.1 431"), response[:200]


def send_huge_header(port: int, size: int, chunk: int = 1 << 20, within: float = 10) -> tuple[int, bytes]:
    """Try to send a `size`-byte header in `chunk`s, stopping as soon as the server answers or hangs up;
    (bytes the kernel accepted, the answer)."""
    sent, answer = 0, b""
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.settimeout(2)
        block = b"a" * chunk
        try:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ")
            while sent < size and time.monotonic() - t0 < within:
                readable, _, _ = select.select([sock], [], [], 0)
                if readable:
                    break
                sent += sock.send(block)
        except (TimeoutError, BrokenPipeError, ConnectionResetError):
            pass
        try:
            answer, _ = read_all(sock, 3)
        except OSError:
            pass
    return sent, answer


def test_huge_headers_are_refused_early_and_do_not_grow_the_server(service):
    """Eight clients each try to send a 50 MB header (the attack of the issue took the server to 985 MB)."""
    proc, url = service
    httpx.get(url + "/health", timeout=10)
    before = rss_kb(proc.pid)
    t0 = time.monotonic()
    results = [send_huge_header(port_of(url), 50 << 20) for _ in range(8)]
    took = time.monotonic() - t0
    after = rss_kb(proc.pid)
    assert all(sent < 16 << 20 for sent, _ in results), [sent for sent, _ in results]
    assert sum(answer.startswith(b"HTTP/1.1 431") for _, answer in results) >= 6, [a[:40] for _, a in results]
    assert after - before < 20_000, f"server RSS grew from {before} kB to {after} kB"
    assert took < 40
    r = httpx.get(url + "/health", timeout=5)       # and it still serves
    assert r.status_code == 200


# -- request heads and bodies: time --------------------------------------------------------------------------

def test_a_trickled_head_times_out(service):
    """Slowloris: a header line every 0.3 s never completes the head; the server gives up after 1 s."""
    _, url = service
    with socket.create_connection(("127.0.0.1", port_of(url))) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        t0 = time.monotonic()
        closed = None
        for i in range(30):                 # at most 9 s
            try:
                sock.sendall(b"X-Slow-%d: y\r\n" % i)
            except (BrokenPipeError, ConnectionResetError):
                closed = time.monotonic() - t0
                break
            readable, _, _ = select.select([sock], [], [], 0.3)
            if readable:
                answer, _ = read_all(sock, 2)
                assert answer.startswith(b"HTTP/1.1 408") or answer == b"", answer[:100]
                closed = time.monotonic() - t0
                break
    assert closed is not None and closed < 3, closed


def test_a_silent_connection_is_closed(service):
    _, url = service
    with socket.create_connection(("127.0.0.1", port_of(url))) as sock:
        answer, took = read_all(sock, 6)
    assert answer == b"" and 0.5 < took < 3, (answer[:80], took)


def test_an_idle_keep_alive_connection_is_closed(service):
    _, url = service
    with socket.create_connection(("127.0.0.1", port_of(url))) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.settimeout(5)
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 200")
        rest, took = read_all(sock, 6)
    assert took < 3, took                   # GWR_KEEPALIVE_TIMEOUT=1


def test_a_slow_body_times_out_quietly(built):
    """A body that stalls gets 408 once GWR_BODY_TIMEOUT passes; the route that was reading it ends without an
    error in the log (the direct POST and the form POST read the body in different places)."""
    with serve(built, GWR_WORKERS="1", GWR_BODY_TIMEOUT="2") as (proc, url):
        for kind, start in ((b"application/sparql-query", b"ASK {"), (FORM.encode(), b"query=ASK")):
            with socket.create_connection(("127.0.0.1", port_of(url))) as sock:
                sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: " + kind +
                             b"\r\nContent-Length: 1000\r\n\r\n" + start)
                answer, took = read_all(sock, 8)
            assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
            assert 1.5 < took < 5, took
        assert httpx.get(url + "/health", timeout=5).status_code == 200
    log = proc.stdout.read().decode("utf-8", "replace")
    assert "Traceback" not in log and "ERROR" not in log, log[-3000:]


# -- numbers in requests -----------------------------------------------------------------------------------

BAD_NUMBERS = ["²", "①", "٣", "１２", "1" * 5000, "-1", "+1", "1_0", " 1", "1.0", "0x10", ""]
PAGED = [("/api/queries/main-targets", {}, "limit"), ("/api/queries/main-targets", {}, "offset"),
         ("/api/entities", {}, "page"), ("/api/entities", {}, "size"), ("/api/search", {"q": "da"}, "limit"),
         ("/api/compare", {"indicator": "gdp"}, "result_year"), ("/api/targets", {}, "period")]


@pytest.mark.parametrize("path,base,name", PAGED)
def test_paging_numbers_are_ascii_digits_and_short(service, path, base, name):
    _, url = service
    with httpx.Client(base_url=url, timeout=30) as c:
        for raw in BAD_NUMBERS:
            r = c.get(path, params={**base, name: raw})
            assert r.status_code == 400, (name, raw[:10], r.status_code, r.text[:200])
            assert r.headers["content-type"].startswith("application/problem+json")
            assert len(r.text) < 2000                       # the 5,000 digits are not echoed
        good = "2023" if name in ("result_year", "period") else "2"
        assert c.get(path, params={**base, name: good}).status_code == 200


def test_sparql_timeout_is_ascii_digits_and_short(service):
    _, url = service
    for raw in [x for x in BAD_NUMBERS if x and x != "1.0"] + ["nan", "inf", "1e999", "5" * 20, "-2.5"]:
        r = httpx.get(url + "/sparql", params={"query": "ASK {}", "timeout": raw}, timeout=10)
        assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain"), (raw[:10], r.text[:200])
    assert httpx.get(url + "/sparql", params={"query": "ASK {}", "timeout": "2.5"}, timeout=10).status_code == 200


def test_canned_integer_and_decimal_parameters_take_ascii_digits_only():
    for kind in ("integer", "decimal"):
        for raw in ["٣", "１２", "²", "1_0", " 1", "nan", "1" * 5000]:
            with pytest.raises(ParameterError):
                Param("n", kind).bind(raw)
    assert Param("n", "integer").bind("-12").value == "-12"
    assert Param("n", "decimal").bind("2.50").value == "2.5"


# -- dumps -------------------------------------------------------------------------------------------------

def test_unknown_dump_names_are_404_fast_and_remember_nothing(service):
    proc, url = service
    with httpx.Client(base_url=url, timeout=30) as c:
        assert c.get("/dumps/entities.ttl").status_code == 200      # a graph that exists is served
        assert c.get("/dumps/nothing.ttl").status_code == 404        # (the list of names is made once)
        before = rss_kb(proc.pid)
        slowest = 0.0
        for i in range(40):
            t0 = time.monotonic()
            r = c.get(f"/dumps/unknown-graph-{i}.ttl")
            slowest = max(slowest, time.monotonic() - t0)
            assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
        after = rss_kb(proc.pid)
        assert slowest < 0.5, slowest
        assert after - before < 10_000, f"server RSS grew from {before} kB to {after} kB"
        assert c.get("/dumps/" + quote("../all.nq", safe="")).status_code == 404


# -- security headers ----------------------------------------------------------------------------------------

def test_security_headers_on_every_kind_of_response(service):
    _, url = service
    port = port_of(url)
    with httpx.Client(base_url=url, timeout=30) as c:
        responses = {
            "html": c.get("/"),
            "json": c.get("/api/entities"),
            "sparql fast path": c.get("/sparql", params={"query": "ASK {}"}),
            "sparql fast path error": c.get("/sparql", params={"query": "ASK {"}),
            "sparql full stack": c.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "http://a.test"}),
            "sparql post": c.post("/sparql", content="ASK {}", headers={"Content-Type": "application/sparql-query"}),
            "sparql editor": c.get("/sparql", headers={"Accept": "text/html"}),
            "static": c.get("/static/site.css"),
            "404": c.get("/no/such/page"),
            "413": c.post("/sparql", content=b"a" * ((1 << 20) + 10), headers={"Content-Type": DIRECT}),
        }
    assert responses["413"].status_code == 413 and responses["404"].status_code == 404
    for name, r in responses.items():
        assert r.headers.get("x-content-type-options") == "nosniff", name
        assert r.headers.get("referrer-policy"), name
    for name in ("html", "sparql editor"):
        r = responses[name]
        assert r.headers["content-type"].startswith("text/html"), name
        policy = r.headers["content-security-policy"]
        for part in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                     "object-src 'none'"):
            assert part in policy, (name, part)
        assert "unsafe" not in policy
        assert r.headers["x-frame-options"] == "DENY"
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (LIMIT + 1) + b"\r\n\r\n")
        answer, _ = read_all(sock, 5)
    assert head_of(answer)["x-content-type-options"] == "nosniff"


# -- a result cut at the size cap ------------------------------------------------------------------------------

def test_a_result_cut_at_the_cap_ends_as_an_incomplete_body_with_a_warning(built):
    with serve(built, GWR_WORKERS="1", GWR_MAX_RESULT_BYTES="200000", GWR_STREAM_THRESHOLD="20000") as (proc, url):
        for request in ({"method": "GET", "url": url + "/sparql", "params": {"query": BIG},            # fast path
                         "headers": {"Accept": JSON}},
                        {"method": "POST", "url": url + "/sparql", "content": BIG,                    # full stack
                         "headers": {"Accept": JSON, "Content-Type": DIRECT, "Origin": "http://a.test"}}):
            received = 0
            with httpx.Client(timeout=60) as c:
                with pytest.raises(httpx.RemoteProtocolError):
                    with c.stream(**request) as r:
                        assert r.status_code == 200
                        for part in r.iter_bytes():
                            received += len(part)
            assert 20000 <= received <= 400000, received
        assert httpx.get(url + "/health", timeout=10).status_code == 200
    log = proc.stdout.read().decode("utf-8", "replace")
    warnings = [line for line in log.splitlines() if "answer cut short" in line]
    assert len(warnings) == 2, log[-3000:]
    assert all(line.startswith("WARNING") and "/sparql" in line and "127.0.0.1" in line for line in warnings)
    assert "Traceback" not in log and "Exception in ASGI application" not in log, log[-3000:]


def test_a_result_over_the_cap_before_streaming_is_a_clean_422(built):
    with serve(built, GWR_WORKERS="1", GWR_MAX_RESULT_BYTES="200000") as (proc, url):   # threshold 1 MiB
        r = httpx.get(url + "/sparql", params={"query": BIG}, headers={"Accept": JSON}, timeout=60)
        assert r.status_code == 422 and "limit" in r.text
        assert r.headers["x-content-type-options"] == "nosniff"
    log = proc.stdout.read().decode("utf-8", "replace")
    assert "Traceback" not in log, log[-3000:]
