"""Both backends give the same answers (issue 14, deliverable 7): every route and every canned query, asked of the
service on the embedded store and on a real Virtuoso holding the same dump, answers the same, in the same order;
where the engines differ by nature (booleans, empty GROUP_CONCATs, DESCRIBE's shape, a row limit) the remote
backend evens the answer out or refuses it (api/service/dialect.py). The differences left are documented in the
README ("Running on another SPARQL endpoint") and named here."""
from __future__ import annotations

import asyncio
import dataclasses

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.queries import list_queries
from api.service.app import create_app
from api.service.backend import QueryFailed
from api.service.remote import Remote
from tests.fixtures.root import REPO
from tests.fixtures.service import too_slow_there

pytestmark = pytest.mark.virtuoso

RDF = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
       "application/n-quads": ox.RdfFormat.N_QUADS}
# What only tells which backend answers (its engine, its workers) is not the data's answer.
BACKEND_ONLY = {"/health", "/version"}
# Routes, each with the parameters of a real request (ids of the committed data).
PATHS = [
    "/", "/?lang=en", "/search?q=大连", "/search?q=dalain", "/reports", "/report/dalian-2024", "/charts",
    "/id/place/dalian", "/id/place/dalian.ttl", "/id/place/dalian.nt", "/id/place/dalian.jsonld",
    "/id/paragraph/dalian-2024-6.ttl", "/id/fact/dalian-2024-t2024-gdp-growth",
    "/id/fact/dalian-2024-t2024-gdp-growth.ttl", "/id/indicator/gdp.ttl", "/id/report/dalian-2024.ttl",
    "/ontology.ttl", "/context.jsonld", "/graph/entities.ttl", "/graph/ontology.ttl",
    "/api/entities", "/api/entities?kind=place", "/api/entities?page=2", "/api/search?q=大连",
    "/api/search?q=lvshun", "/api/search?q=Jinzhou%20Bay", "/api/entities/place/dalian",
    "/api/entities/indicator/gdp", "/api/entities/zone/jinpu-new-area", "/api/targets", "/api/results",
    "/api/targets?indicator=gdp", "/api/compare?indicator=gdp", "/api/queries", "/api/series", "/api/cascade",
    "/.well-known/void", "/dataset", "/dataset.ttl", "/dumps/all.nq",
]


def answer(client, path: str, accept: str | None = None):
    r = client.get(path, headers={"Accept": accept} if accept else {})
    kind = r.headers.get("content-type", "").split(";")[0]
    if r.status_code == 200 and kind in RDF:
        return r.status_code, {q.triple if kind != "application/n-quads" else q
                               for q in ox.parse(r.content, format=RDF[kind])}
    if kind == "application/ld+json":       # JSON-LD arrays are sets (JSON-LD 1.1 §4.3.1, no @list here)
        return r.status_code, unordered(r.json())
    if kind.endswith("json") and r.content:
        return r.status_code, r.json()
    return r.status_code, r.text


def unordered(doc):
    if isinstance(doc, list):
        return sorted((unordered(v) for v in doc), key=repr)
    if isinstance(doc, dict):
        return {k: unordered(v) for k, v in doc.items()}
    return doc


@pytest.mark.parametrize("path", PATHS)
def test_every_route_answers_the_same(path, remote, embedded):
    assert path not in BACKEND_ONLY
    mine = answer(remote, path)
    too_slow_there(path, mine[0])
    assert mine == answer(embedded, path)


# GROUP_CONCAT's order inside one value is the engine's (SPARQL 1.1 §18.5.1.7 leaves it open): these columns are
# compared as sets of their parts; everything else, row order included, must be equal.
CONCATENATED = {"types": " ", "aliases": "|", "places": " ", "industries": " "}


def rows(client, name: str) -> tuple[int, object]:
    r = client.get(f"/api/queries/{name}", params={"limit": 10000})
    if r.status_code != 200 or "rows" not in r.json():      # an error, or a graph as JSON-LD (a set)
        return r.status_code, unordered(r.json())
    out = []
    for row in r.json()["rows"]:
        out.append({k: sorted(v.split(CONCATENATED[k])) if k in CONCATENATED and isinstance(v, str) else v
                    for k, v in row.items()})
    return r.status_code, out


@pytest.mark.parametrize("name", [q.name for q in list_queries(REPO / "queries")])
def test_every_canned_query_gives_the_same_rows_in_the_same_order(name, remote, embedded):
    status, mine = rows(remote, name)
    too_slow_there(name, status)
    theirs = rows(embedded, name)
    ordered = "ORDER BY" in (REPO / "queries" / f"{name}.rq").read_text("utf-8")
    if not ordered and isinstance(mine, list) and isinstance(theirs[1], list):
        mine, theirs = sorted(mine, key=repr), (theirs[0], sorted(theirs[1], key=repr))
    assert (status, mine) == theirs


SPARQL_JSON = {"Accept": "application/sparql-results+json"}


@pytest.mark.parametrize("query", [
    # booleans bound to variables: Virtuoso computes 1/0 integers, SPARQL says xsd:boolean
    "SELECT (1 < 2 AS ?b) (BOUND(?z) AS ?c) (true AS ?d) (!BOUND(?z) AS ?e) WHERE {}",
    "SELECT ?x WHERE { BIND(EXISTS { ?s a <https://w3id.org/gwr/ontology#Target> } AS ?x) }",
    # GROUP_CONCAT over nothing: unbound, not ""
    "SELECT ?s (GROUP_CONCAT(?x; separator=\",\") AS ?g) WHERE { VALUES ?s { <urn:a> } "
    "OPTIONAL { ?s <urn:none> ?x } } GROUP BY ?s",
    # a boolean in a string is no boolean, an IF of numbers is a number
    "SELECT (\"1 < 2 AS ?x\" AS ?s) (IF(1 < 2, 1, 0) AS ?n) WHERE {}",
])
def test_what_the_engines_answer_differently_is_evened_out(query, remote, embedded):
    a = remote.get("/sparql", params={"query": query}, headers=SPARQL_JSON)
    b = embedded.get("/sparql", params={"query": query}, headers=SPARQL_JSON)
    assert a.status_code == b.status_code == 200, a.text
    assert a.json()["results"] == b.json()["results"]


def test_describe_is_outgoing_triples_on_both(remote, embedded):
    query = "DESCRIBE <https://w3id.org/gwr/id/place/dalian>"
    a, b = (answer(c, "/sparql?query=" + query, "application/n-triples") for c in (remote, embedded))
    assert a == b and a[0] == 200
    assert {t.subject.value for t in a[1]} == {"https://w3id.org/gwr/id/place/dalian"}


# ---- a row limit (Virtuoso's ResultSetMaxRows) is never a silent cut ----

@pytest.fixture(scope="module")
def small_virtuoso(built, tmp_path_factory):
    """A Virtuoso that cuts answers at 10,000 rows: the stock virtuoso.ini's ResultSetMaxRows."""
    from tests.fixtures import virtuoso as v
    if not v.available():
        pytest.skip("virtuoso-opensource is not installed")
    server = v.Virtuoso(tmp_path_factory.mktemp("virtuoso-10k"), max_rows=10000, materialise=False)
    server.start(built.graph_dir / "all.nq")
    yield server
    server.stop()


def test_the_service_refuses_an_endpoint_that_would_cut_the_dataset(built, small_virtuoso):
    app = create_app(dataclasses.replace(built, sparql_endpoint=small_virtuoso.endpoint))
    with pytest.raises(RuntimeError, match=r"10000 rows.*ResultSetMaxRows"):
        with TestClient(app):
            pass


def test_a_cut_answer_is_refused_not_passed_on(built, small_virtuoso):
    """Past the start-up check (a limit above the dataset's size), a query with more rows than the limit is
    a 422 naming ResultSetMaxRows: SELECT by Virtuoso's X-SPARQL-MaxRows header, CONSTRUCT by its size."""
    remote = Remote(small_virtuoso.endpoint, built.base_iri, {}, 10, 1 << 30)

    async def run(text: str, **keys):
        await remote.start()
        try:
            return await remote.run({"text": text, **keys}, 30)
        finally:
            await remote.close()

    with pytest.raises(RuntimeError):           # the start-up probe: 10,000 rows < 32,799 quads
        asyncio.run(run("ASK {}", results="json"))
    remote.check_row_limit = _no_check          # type: ignore[method-assign]
    remote.row_limit = 10000
    for text, keys in [("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", {"results": "json"}),
                       ("CONSTRUCT { ?s ?p ?o . ?s <urn:x> ?o } WHERE { ?s ?p ?o }", {"graph": "ntriples"})]:
        with pytest.raises(QueryFailed) as failed:
            asyncio.run(run(text, **keys))
        assert failed.value.status == 422 and "ResultSetMaxRows" in failed.value.message
    small = asyncio.run(run("SELECT ?s WHERE { ?s a <https://w3id.org/gwr/ontology#Target> }", results="json"))
    assert small.kind == "solutions"


async def _no_check() -> None:
    return None
