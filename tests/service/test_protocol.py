"""SPARQL 1.1 Protocol: operations, formats, negotiation, dataset, service description, W3C bad cases."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from tests.fixtures.service import BASE, make_client

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DALIAN = BASE + "id/place/dalian"
SELECT_DALIAN = f"SELECT ?label WHERE {{ <{DALIAN}> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }}"
CONSTRUCT = f"CONSTRUCT {{ <{DALIAN}> ?p ?o }} WHERE {{ <{DALIAN}> ?p ?o }}"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}


def count(client) -> int:
    r = client.get("/sparql", params={"query": COUNT})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_get_post_form_post_direct_agree(client):
    a = client.get("/sparql", params={"query": SELECT_DALIAN})
    b = client.post("/sparql", data={"query": SELECT_DALIAN})
    c = client.post("/sparql", content=SELECT_DALIAN.encode(), headers=DIRECT)
    for r in (a, b, c):
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("application/sparql-results+json")
    labels = {x["label"]["value"] for x in a.json()["results"]["bindings"]}
    assert "大连" in labels and "Dalian" in labels
    assert a.json() == b.json() == c.json()


def test_default_graph_is_union_of_named_graphs(client):
    assert count(client) > 1000
    r = client.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) >= 3


@pytest.mark.parametrize("accept,media,check", [
    ("application/sparql-results+json", "application/sparql-results+json", lambda t: json.loads(t)["results"]),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda t: ET.fromstring(t)),
    ("text/csv", "text/csv", lambda t: list(csv.reader(io.StringIO(t)))[0] == ["label"]),
    ("text/tab-separated-values", "text/tab-separated-values", lambda t: t.startswith("?label")),
])
def test_select_result_formats(client, accept, media, check):
    r = client.get("/sparql", params={"query": SELECT_DALIAN}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(media)
    assert check(r.text)
    assert "accept" in r.headers["vary"].lower()


def test_ask_formats(client):
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert r.json() == {"head": {}, "boolean": True}
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"},
                   headers={"Accept": "application/sparql-results+xml"})
    assert "<boolean>true</boolean>" in r.text


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_formats(client, accept, fmt):
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(accept)
    triples = list(ox.parse(r.content, fmt))
    assert len(triples) > 5
    assert all(t.subject == ox.NamedNode(DALIAN) for t in triples)


def test_describe(client):
    r = client.get("/sparql", params={"query": f"DESCRIBE <{DALIAN}>"}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "大连" in r.text


def test_q_values_are_honoured(client):
    r = client.get("/sparql", params={"query": SELECT_DALIAN},
                   headers={"Accept": "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1"})
    assert r.headers["content-type"].startswith("text/csv")
    r = client.get("/sparql", params={"query": CONSTRUCT},
                   headers={"Accept": "text/turtle;q=0.2, application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples")
    r = client.get("/sparql", params={"query": SELECT_DALIAN}, headers={"Accept": "text/csv;q=0, */*"})
    assert not r.headers["content-type"].startswith("text/csv")


def test_not_acceptable(client):
    r = client.get("/sparql", params={"query": SELECT_DALIAN}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "acceptable" in r.text
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406


def test_format_parameter(client):
    r = client.get("/sparql", params={"query": SELECT_DALIAN, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")


def test_base_iri_resolves_relative_iris(client):
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { BIND(<id/place/dalian> AS ?x) }"})
    assert r.json()["results"]["bindings"][0]["x"]["value"] == DALIAN
    q = "SELECT ?label WHERE { <id/place/dalian> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"
    assert client.get("/sparql", params={"query": q}).json()["results"]["bindings"]


def test_protocol_dataset_parameters(client):
    entities, ontology = BASE + "graph/entities", BASE + "graph/ontology"
    q = f"ASK {{ <{DALIAN}> ?p ?o }}"
    assert client.get("/sparql", params={"query": q, "default-graph-uri": entities}).json()["boolean"] is True
    assert client.get("/sparql", params={"query": q, "default-graph-uri": ontology}).json()["boolean"] is False
    # named-graph-uri alone: an empty default graph, only the named graphs listed
    q2 = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.post("/sparql", data={"query": q2, "named-graph-uri": ontology})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [ontology]
    assert client.get("/sparql", params={"query": q, "named-graph-uri": entities}).json()["boolean"] is False
    # both, over POST direct with the dataset in the URL
    r = client.post("/sparql", params={"default-graph-uri": entities, "named-graph-uri": [entities, ontology]},
                    content=q2.encode(), headers=DIRECT)
    assert sorted(b["g"]["value"] for b in r.json()["results"]["bindings"]) == [entities, ontology]


def test_from_clause_selects_stored_graphs_and_protocol_overrides_it(client):
    entities, ontology = BASE + "graph/entities", BASE + "graph/ontology"
    q = f"ASK FROM <{ontology}> {{ <{DALIAN}> ?p ?o }}"
    assert client.get("/sparql", params={"query": q}).json()["boolean"] is False
    q = f"ASK FROM <{entities}> {{ <{DALIAN}> ?p ?o }}"
    assert client.get("/sparql", params={"query": q}).json()["boolean"] is True
    q = f"ASK FROM <{ontology}> {{ <{DALIAN}> ?p ?o }}"
    assert client.get("/sparql", params={"query": q, "default-graph-uri": entities}).json()["boolean"] is True


def test_service_description_negotiated(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = list(ox.parse(r.content, ox.RdfFormat.TURTLE, base_iri="http://x/"))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    endpoints = [t.object.value for t in g if t.predicate.value == sd + "endpoint"]
    assert endpoints == ["http://testserver/sparql"]
    assert any(t.object.value == sd + "Service" for t in g)
    r = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json") and sd + "endpoint" in r.text
    r = client.get("/sparql", headers={"Accept": "text/html"})
    assert r.headers["content-type"].startswith("text/html") and "<form" in r.text


def test_configured_public_base_url(settings):
    with make_client(settings, public_base_url="https://example.org/kg/") as c:
        r = c.get("/sparql", headers={"Accept": "application/n-triples"})
        assert "<https://example.org/kg/sparql>" in r.text


# The read-only "bad request" cases of the W3C SPARQL 1.1 protocol test suite.
def test_bad_query_method(client):
    for method in ("PUT", "DELETE", "PATCH"):
        r = client.request(method, "/sparql", params={"query": "ASK {}"})
        assert 400 <= r.status_code < 500 and r.text


def test_bad_multiple_queries(client):
    r = client.get("/sparql", params=[("query", "ASK {}"), ("query", "SELECT * {}")])
    assert r.status_code == 400 and "one query" in r.text
    r = client.post("/sparql", content=b"query=ASK%20%7B%7D&query=ASK%20%7B%7D", headers=FORM)
    assert r.status_code == 400


def test_bad_query_wrong_media_type(client):
    r = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415 and "Content-Type" in r.text


def test_bad_query_missing_form_type(client):
    r = client.post("/sparql", content=b"query=ASK%20%7B%7D")
    assert 400 <= r.status_code < 500 and r.text


def test_bad_query_missing_direct_type(client):
    r = client.post("/sparql", content=b"ASK {}")
    assert 400 <= r.status_code < 500


def test_bad_query_non_utf8(client):
    body = "SELECT * WHERE { ?s ?p \"café\" }".encode("iso-8859-1")
    r = client.post("/sparql", content=body, headers={"Content-Type": "application/sparql-query; charset=ISO-8859-1"})
    assert 400 <= r.status_code < 500 and "UTF-8" in r.text
    r = client.post("/sparql", content=body, headers=DIRECT)
    assert r.status_code == 400 and "UTF-8" in r.text


def test_bad_query_syntax(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400 and "syntax" in r.text.lower()
    assert "Traceback" not in r.text


def test_empty_query(client):
    assert client.get("/sparql", params={"query": " "}).status_code == 400


@pytest.mark.embedded_only("a remote endpoint's answer is converted whole (under the result-size cap), "
                           "then sent with a Content-Length")
def test_large_results_stream(settings):
    with make_client(settings, stream_threshold=4096) as c:
        with c.stream("GET", "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                      headers={"Accept": "text/tab-separated-values"}) as r:
            assert r.status_code == 200
            assert "content-length" not in r.headers
            chunks = list(r.iter_bytes())
        text = b"".join(chunks).decode()
        assert len(text.splitlines()) == count(c) + 1


def test_result_size_cap(settings):
    with make_client(settings, max_result_bytes=2000, stream_threshold=1 << 20) as c:
        # 500 rows are far over 2,000 bytes on any data, and quick on both backends whatever the dataset's size
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 500"})
        assert r.status_code == 422 and "limit" in r.text
        assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200
