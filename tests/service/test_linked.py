"""Linked Data: entity IRIs and ontology terms dereference, negotiated, with Vary and alternates."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from tests.fixtures.service import BASE

DALIAN = BASE + "id/place/dalian"


@pytest.mark.parametrize("accept,media", [
    ("text/turtle", "text/turtle"), ("application/ld+json", "application/ld+json"),
    ("application/n-triples", "application/n-triples"), ("text/html", "text/html"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
])
def test_entity_by_accept(client, accept, media):
    r = client.get("/id/place/dalian", headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(media)
    assert "Accept" in [v.strip() for v in r.headers["vary"].split(",")]
    assert 'rel="alternate"' in r.headers["link"] and "/id/place/dalian.ttl" in r.headers["link"]
    assert "大连" in r.text


@pytest.mark.parametrize("suffix,media,fmt", [
    ("ttl", "text/turtle", ox.RdfFormat.TURTLE), ("nt", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("jsonld", "application/ld+json", None), ("html", "text/html", None),
])
def test_entity_by_suffix(client, suffix, media, fmt):
    r = client.get(f"/id/place/dalian.{suffix}", headers={"Accept": "image/png"})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    if fmt:
        triples = list(ox.parse(r.content, fmt))
        assert any(t.subject == ox.NamedNode(DALIAN) for t in triples)


def test_jsonld_uses_the_published_context(client):
    r = client.get("/id/place/dalian.jsonld")
    doc = r.json()
    assert doc["@context"] == "http://testserver/context.jsonld"
    ctx = client.get("/context.jsonld")
    assert ctx.status_code == 200 and ctx.headers["content-type"].startswith("application/ld+json")
    assert "@context" in ctx.json()
    # the compacted document expands back to the same triples as the Turtle
    expanded = json.dumps({**doc, "@context": ctx.json()["@context"]})
    from rdflib import Graph
    g1 = Graph().parse(data=expanded, format="json-ld")
    g2 = Graph().parse(data=client.get("/id/place/dalian.ttl").text, format="turtle")
    assert len(g1) == len(g2) > 5


def test_statement_includes_hash_subresources(client):
    r = client.get("/sparql",
                   params={"query": "SELECT ?f WHERE { ?f a <https://w3id.org/gwr/ontology#Target> } LIMIT 1"})
    fact = r.json()["results"]["bindings"][0]["f"]["value"]
    path = fact.removeprefix(BASE)
    r = client.get(f"/{path}.nt")
    subjects = {t.subject.value for t in ox.parse(r.content, ox.RdfFormat.N_TRIPLES)}
    assert fact in subjects and fact + "#evidence" in subjects
    assert any(s.startswith(fact + "#") and s != fact + "#evidence" for s in subjects)


def test_unknown_entity_is_404(client):
    for path in ("/id/place/nowhere", "/id/place/nowhere.ttl", "/id/nothing/at-all.html"):
        r = client.get(path, headers={"Accept": "text/turtle"})
        assert r.status_code == 404


def test_not_acceptable_entity(client):
    assert client.get("/id/place/dalian", headers={"Accept": "image/png"}).status_code == 406


def test_skos_concepts_dereference(client):
    r = client.get("/id/comparison-about", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "左右" in r.text


def test_ontology_dereferences(client):
    r = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "Accept" in r.headers["vary"]
    triples = list(ox.parse(r.content, ox.RdfFormat.TURTLE))
    assert any(t.subject.value == BASE + "ontology#Target" for t in triples)
    for suffix, media in (("ttl", "text/turtle"), ("nt", "application/n-triples"), ("jsonld", "application/ld+json"),
                          ("rdf", "application/rdf+xml"), ("html", "text/html")):
        r = client.get(f"/ontology.{suffix}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(media), suffix
    html = client.get("/ontology", headers={"Accept": "text/html"}).text
    assert 'id="Target"' in html
    r = client.get("/ontology/Target", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ontology#Target"


def test_named_graph_dereferences(client):
    r = client.get("/graph/entities.nt")
    assert r.status_code == 200 and DALIAN in r.text
    assert client.get("/graph/nothing.ttl").status_code == 404
