"""The remote backend on a real Virtuoso: what only a remote engine needs checking. (Every other service test
runs on it too: the `settings` fixture is parametrised over both backends.)"""
from __future__ import annotations

import csv
import dataclasses
import io
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.iris import DEFAULT_BASE as BASE
from api.queries import list_queries
from api.service.app import create_app
from api.service.remote import EMPTY_GRAPH
from tests.fixtures.root import REPO
from tests.fixtures.service import too_slow_there
from tests.service.test_safety import RUNAWAY

XSD = "http://www.w3.org/2001/XMLSchema#"


def rows(client, name):
    """A canned query's rows as a sorted list (engines order unordered rows differently); an empty
    GROUP_CONCAT counts as no value (Oxigraph leaves it unbound, Virtuoso gives "")."""
    r = client.get(f"/api/queries/{name}", headers={"Accept": "text/csv"})
    too_slow_there(name, r.status_code)
    assert r.status_code == 200, r.text
    if r.headers["content-type"].startswith("text/turtle"):      # a CONSTRUCT query: its triples
        # the dumps carry what the stores give back (offsets as xsd:integer): nothing about a term may differ
        return sorted({str(t) for t in ox.parse(r.content, format=ox.RdfFormat.TURTLE)})
    table = list(csv.DictReader(io.StringIO(r.text)))
    return sorted(repr(sorted((k, unordered(v)) for k, v in row.items() if v != "")) for row in table)


def unordered(value: str) -> str:
    """GROUP_CONCAT lists (IRIs joined by spaces, aliases by |): engines concatenate in different orders."""
    if "|" in value:
        return "|".join(sorted(value.split("|")))
    parts = value.split(" ")
    return " ".join(sorted(parts)) if len(parts) > 1 and all(p.startswith("http") for p in parts) else value


@pytest.mark.parametrize("name", [q.name for q in list_queries(REPO / "queries")])
def test_every_canned_query_gives_the_same_rows(name, remote, embedded):
    assert rows(remote, name) == rows(embedded, name)


def test_engine_extensions_cannot_reach_out(remote, listener):
    """Virtuoso's built-ins (bif:http_get), sponger pragmas (define get:soft), FROM with an address and LOAD
    never make a connection: the first three are refused or emptied before Virtuoso sees them."""
    at = f"http://127.0.0.1:{listener.port}/data.ttl"
    probes = {
        f'PREFIX bif: <bif:> SELECT (bif:http_get("{at}") AS ?x) WHERE {{}}': 400,
        f'SELECT (<http://www.openlinksw.com/schemas/bif#http_get>("{at}") AS ?x) WHERE {{}}': 400,
        f'PREFIX sql: <sql:> SELECT (sql:anything("{at}") AS ?x) WHERE {{}}': 400,
        f'define get:soft "replace" SELECT * FROM <{at}> WHERE {{ ?s ?p ?o }}': 400,
        "SELECT * WHERE { ?s ?p ?o } OPTION (QUIETCAST)": 400,
        f"LOAD <{at}>": 403,
    }
    for query, status in probes.items():
        r = remote.get("/sparql", params={"query": query})
        assert r.status_code == status, (query, r.status_code, r.text)
    # FROM an address: the dataset is fixed by the protocol parameters, the address is not a graph here
    r = remote.get("/sparql", params={"query": f"SELECT * FROM <{at}> WHERE {{ ?s ?p ?o }}"})
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    time.sleep(0.5)
    assert listener.connections == []


def test_the_endpoint_itself_refuses_updates(virtuoso, remote):
    """Defence in depth: even sent straight to Virtuoso, an update from the anonymous SPARQL user fails."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = httpx.get(virtuoso.endpoint, params={"query": count}, headers={"Accept": "text/csv"}).text
    r = httpx.post(virtuoso.endpoint, data={"query": "INSERT DATA { GRAPH <urn:x-test> { <urn:a> <urn:b> <urn:c> } }"})
    assert r.status_code >= 400
    assert httpx.get(virtuoso.endpoint, params={"query": count}, headers={"Accept": "text/csv"}).text == before
    assert remote.post("/sparql", data={"update": "CLEAR ALL"}).status_code >= 400


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100      # utime + stime, in clock ticks of 1/100 s


def test_a_runaway_query_stops_inside_virtuoso(built, virtuoso):
    """The time limit goes to Virtuoso too (its `timeout` parameter): once the service has answered 503, the
    engine stops working on the query by itself within a few seconds (its CPU time stops growing)."""
    with TestClient(create_app(dataclasses.replace(built, sparql_endpoint=virtuoso.endpoint,
                                                   query_timeout=1))) as c:
        r = c.get("/sparql", params={"query": RUNAWAY})
        assert r.status_code == 503 and "time limit" in r.text
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        before = cpu_seconds(virtuoso.process.pid)
        time.sleep(1)
        if cpu_seconds(virtuoso.process.pid) - before < 0.2:
            break
    else:
        pytest.fail("Virtuoso kept working on the query after the time limit")


def test_a_query_reads_the_reviewed_set_graph_and_names_graphs_only_with_graph(built, virtuoso):
    """The reviewed set graph, copied on Virtuoso by the README's isql line (as the fixture does), is the default
    graph sent (one IRI instead of 81: 3× faster there); the named graphs are sent only to a query with a GRAPH
    pattern, and are then the reviewed graphs, never the copy."""
    with TestClient(create_app(dataclasses.replace(built, sparql_endpoint=virtuoso.endpoint))) as c:
        backend = c.app.state.engine.pool
        reviewed = BASE + "graph/set/reviewed"
        plain = backend.prepare({"text": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "results": "json"})
        assert plain.default_graphs == [reviewed] and plain.named_graphs == [EMPTY_GRAPH]
        named = backend.prepare({"text": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "results": "json"})
        assert named.default_graphs == [reviewed]
        assert len(named.named_graphs) > 1 and reviewed not in named.named_graphs
        assert all(g.startswith(BASE + "graph/") for g in named.named_graphs)
        # the same answers as the union of the members (the embedded store's): counted both ways
        graphs = c.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                       headers={"Accept": "text/csv"})
        assert graphs.status_code == 200 and int(graphs.text.split()[-1]) == len(named.named_graphs)


def test_a_stale_set_graph_is_not_used(built, virtuoso):
    """A copy that is not exactly the union of its members (loaded from an older dump, or half loaded) is left
    unused at start-up: the members are named instead, and the answers stay those of the dump."""
    extra = f"<{BASE}id/place/nowhere> <{BASE}ontology#stale> <{BASE}id/place/nowhere>"
    virtuoso.isql(f"SPARQL INSERT DATA {{ GRAPH <{BASE}graph/set/reviewed> {{ {extra} }} }};")
    try:
        with TestClient(create_app(dataclasses.replace(built, sparql_endpoint=virtuoso.endpoint))) as c:
            backend = c.app.state.engine.pool
            assert BASE + "graph/set/reviewed" not in backend.graphs
            plain = backend.prepare({"text": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "results": "json"})
            assert len(plain.default_graphs) > 1
            r = c.get("/sparql", params={"query": f"ASK {{ {extra} }}"},
                      headers={"Accept": "application/sparql-results+json"})
            assert r.status_code == 200 and r.json()["boolean"] is False
    finally:
        virtuoso.isql(f"SPARQL DELETE DATA {{ GRAPH <{BASE}graph/set/reviewed> {{ {extra} }} }};")


def test_past_the_scan_the_graphs_are_found_by_lookups(virtuoso):
    """Where start-up's scan of every quad's graph runs past its short limit (Virtuoso over the drafted corpus),
    index lookups find the graphs instead: the drafted ones by their own prov:wasGeneratedBy, the reviewed ones
    by the triples of the reviewed set graph. On the test Virtuoso, with a drafted graph added, both give the
    same graphs."""
    import asyncio

    from api.service.remote import Remote
    draft = f"<{BASE}graph/draft/lookup-test>"
    quads = (f"GRAPH {draft} {{ {draft} <http://www.w3.org/ns/prov#wasGeneratedBy> <{BASE}id/activity/test> . "
             f"<{BASE}id/draft-fact/lookup-test-1> a <{BASE}ontology#DraftedStatement> }}")
    virtuoso.isql(f"SPARQL INSERT DATA {{ {quads} }};")

    async def both():
        backend = Remote(virtuoso.endpoint, BASE, {}, 4, 10**7)
        await backend.start()
        try:
            return backend.graphs, await backend.scanned(60.0), await backend.looked_up()
        finally:
            await backend.close()
    try:
        started, scanned, looked_up = asyncio.run(both())
    finally:
        virtuoso.isql(f"SPARQL DELETE DATA {{ {quads} }};")
    assert BASE + "graph/draft/lookup-test" in scanned and BASE + "graph/set/reviewed" in scanned
    assert looked_up == scanned == started
