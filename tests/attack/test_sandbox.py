"""The query workers cannot reach the network, whatever the query says (issue 12, deliverable 1).

The guard is switched off here (GWR_UNSAFE_NO_GUARD, a test setting) so that the sandbox alone is tested:
SERVICE, FROM, FROM NAMED and LOAD aimed at a listener on 127.0.0.1, in many spellings, must not open a
single connection."""
from __future__ import annotations

import ctypes
import json
import os
import socket
import time

import pytest

from api.service import sandbox
from tests.fixtures.service import make_client

pytestmark = pytest.mark.skipif(sandbox.machine() not in sandbox.ARCHES or os.uname().sysname != "Linux",
                                reason="the worker sandbox is for Linux on x86_64 and aarch64")


@pytest.fixture(scope="module")
def unguarded(built):
    with make_client(built, unsafe_no_guard=True, workers=2) as c:
        yield c


def spellings(port: int) -> list[str]:
    at = f"http://127.0.0.1:{port}/sparql"
    hosts = [f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", f"2130706433:{port}",
             f"0x7f000001:{port}", f"127.1:{port}", f"[::ffff:127.0.0.1]:{port}"]
    qs = []
    for host in hosts:
        qs += [f"SELECT * WHERE {{ SERVICE <http://{host}/sparql> {{ ?s ?p ?o }} }}",
               f"SELECT * WHERE {{ SERVICE SILENT <http://{host}/sparql> {{ ?s ?p ?o }} }}"]
    qs += [
        f"SELECT * WHERE {{ sErViCe <{at}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{at}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{at}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{at}> }} SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE ex:sparql {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <http://127.0.0.1:{port}/> SELECT * WHERE {{ ?x ?y ex:a\\#b SERVICE ex:sparql {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <http://127.0.0.1:{port}/> SELECT * WHERE {{ ?x ex:a\\'b ?z SERVICE ex:x {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y true.SERVICE<{at}>{{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{at}> {{ ?s ?p ?o }} }} }} }}",
        f"ASK {{ OPTIONAL {{ SERVICE SILENT <{at}> {{ ?s ?p ?o }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{at}> {{ ?s ?p ?o }} }}",
        f"DESCRIBE ?s WHERE {{ SERVICE SILENT <{at}> {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <http://127.0.0.1:{port}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} FROM <http://localhost:{port}/d.ttl> WHERE {{ ?s ?p ?o }}",
        f"LOAD <http://127.0.0.1:{port}/data.ttl>",
        f"LOAD SILENT <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <http://x/g>",
    ]
    return qs


def test_no_query_reaches_a_listener_even_with_the_guard_off(unguarded, listener):
    engine = unguarded.app.state.engine
    assert engine.open.sandboxed is True and "seccomp" in engine.open.sandbox_how
    statuses = {}
    for q in spellings(listener.port):
        for r in (unguarded.get("/sparql", params={"query": q}), unguarded.post("/sparql", data={"query": q})):
            assert r.status_code in (200, 400, 422), (q, r.status_code, r.text)
            if r.status_code == 200 and "ERVICE" in q.upper():     # SILENT: nothing came back from the listener
                rows = r.json().get("results", {}).get("bindings", []) if "json" in r.headers["content-type"] else []
                assert not any(row.keys() & {"s", "p", "o"} for row in rows), (q, r.text[:200])
            statuses[q] = r.status_code
    time.sleep(0.3)
    assert listener.connections == []
    # the guard really was off: a SERVICE query reached the engine (no 403 anywhere)
    assert 403 not in statuses.values()
    assert engine.open.replaced == 0 or engine.open.sandboxed      # workers kept serving


def child(fn) -> tuple[dict, int]:
    """Run fn() in a forked child (sandboxed there); its JSON result and wait status."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover — runs in the child
        os.close(read)
        try:
            out = fn()
        except BaseException as exc:
            out = {"error": repr(exc)}
        os.write(write, json.dumps(out).encode())
        os._exit(0)
    os.close(write)
    data = b""
    while chunk := os.read(read, 65536):
        data += chunk
    os.close(read)
    _, status = os.waitpid(pid, 0)
    return (json.loads(data) if data else {}), status


def test_inside_a_sandboxed_worker_inet_sockets_fail():
    def probe():
        report = sandbox.install("on")
        out = {"report": report}
        for name, family in (("inet", socket.AF_INET), ("inet6", socket.AF_INET6), ("netlink", socket.AF_NETLINK)):
            try:
                socket.socket(family, socket.SOCK_DGRAM if name == "netlink" else socket.SOCK_STREAM).close()
                out[name] = "opened"
            except OSError as exc:
                out[name] = exc.errno
        a, b = socket.socketpair()           # AF_UNIX still works: the worker talks to the pool this way
        a.sendall(b"x")
        out["unix"] = b.recv(1).decode()
        libc = ctypes.CDLL(None, use_errno=True)
        out["io_uring"] = (libc.syscall(425, 1, None), ctypes.get_errno())
        return out
    out, status = child(probe)
    assert out["report"]["sandbox"] is True, out
    assert out["inet"] == out["inet6"] == out["netlink"] == 13       # EACCES
    assert out["unix"] == "x"
    assert out["io_uring"] == [-1, 13]
    assert os.WIFEXITED(status)


@pytest.mark.skipif(sandbox.machine() != "x86_64", reason="x32 is an x86_64 ABI")
def test_a_foreign_abi_system_call_kills_the_worker():
    def probe():
        sandbox.install("on")
        ctypes.CDLL(None, use_errno=True).syscall(0x40000000 | 41, 2, 1, 0)    # x32 socket(AF_INET)
        return {"survived": True}
    out, status = child(probe)
    assert out == {} and os.WIFSIGNALED(status) and os.WTERMSIG(status) == 31      # SIGSYS


def test_without_a_sandbox_sparql_is_refused_unless_the_risk_is_accepted(built):
    with make_client(built, sandbox="off") as c:
        assert c.app.state.engine.open.sandboxed is False
        r = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert r.status_code == 503 and "sandbox" in r.text and "GWR_ALLOW_UNSANDBOXED" in r.text
        assert c.get("/api/entities/place/dalian").status_code == 200   # the service's own queries still run
    with make_client(built, sandbox="off", allow_unsandboxed=True) as c:
        r = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert r.status_code == 200 and r.json()["boolean"] is True
