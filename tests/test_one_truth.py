"""One truth (issue 14): the endpoint, the /id/ documents, DESCRIBE and every dump carry the same terms, datatypes
and language-tag spelling, on both backends.

The build writes what the stores give back: offsets are xsd:integer (Oxigraph stores xsd:nonNegativeInteger as
xsd:integer; the shapes ask for xsd:integer with sh:minInclusive 0) and the pinyin tag is spelt `zh-latn-pinyin`
(Oxigraph lower-cases tags; RFC 5646 §2.1.1 makes them case-insensitive). Terms are compared exactly: RDF 1.1
Concepts §3.3 literal term equality (lexical form, datatype IRI, language tag as written). The data has no blank
nodes, so isomorphism is equality of the triple sets."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from api.graph import PINYIN

XSD = "http://www.w3.org/2001/XMLSchema#"
GRAPH = "https://w3id.org/gwr/graph/"
ID = "https://w3id.org/gwr/id/"
OA = "http://www.w3.org/ns/oa#"


def dump_quads(built) -> dict[str, set[ox.Triple]]:
    """all.nq as {graph IRI: its triples}."""
    graphs: dict[str, set[ox.Triple]] = {}
    for q in ox.parse(path=str(built.graph_dir / "all.nq"), format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(q.graph_name.value, set()).add(q.triple)
    return graphs


@pytest.fixture(scope="module")
def dump(built) -> dict[str, set[ox.Triple]]:
    return dump_quads(built)


def triples(body: bytes, fmt=ox.RdfFormat.N_TRIPLES) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(body, format=fmt)}


def construct(client, text: str) -> set[ox.Triple]:
    r = client.post("/sparql", data={"query": text}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200, r.text
    return triples(r.content)


def test_the_dumps_agree_with_each_other(built, dump):
    """all.nq, each <graph>.ttl and all.jsonld (through its published context) hold the same triples."""
    for name, graph in dump.items():
        ttl = triples((built.graph_dir / f"{name.removeprefix(GRAPH)}.ttl").read_bytes(), ox.RdfFormat.TURTLE)
        assert ttl == graph, name
    context = json.loads((built.ontology_dir / "context.jsonld").read_text("utf-8"))
    doc = json.loads((built.graph_dir / "all.jsonld").read_text("utf-8"))
    doc["@context"] = context["@context"]
    ds = Dataset()
    ds.parse(data=json.dumps(doc), format="json-ld")
    text = ds.serialize(format="nquads").encode("utf-8")
    from_jsonld: dict[str, set[ox.Triple]] = {}
    for q in ox.parse(text, format=ox.RdfFormat.N_QUADS):
        if isinstance(q.graph_name, ox.NamedNode):
            from_jsonld.setdefault(q.graph_name.value, set()).add(q.triple)
    assert from_jsonld == dump


def test_offsets_are_integers_and_pinyin_is_one_spelling(dump):
    objects = [t.object for graph in dump.values() for t in graph if isinstance(t.object, ox.Literal)]
    assert not [o for o in objects if o.datatype.value == XSD + "nonNegativeInteger"]
    tags = {o.language for o in objects if o.language and o.language.lower() == PINYIN}
    assert tags == {PINYIN} == {PINYIN.lower()}
    offsets = [t.object for graph in dump.values() for t in graph if t.predicate.value in (OA + "start", OA + "end")]
    assert offsets and all(o.datatype.value == XSD + "integer" and int(o.value) >= 0 for o in offsets)


def test_the_endpoint_serves_each_graph_as_dumped(client, dump):
    """CONSTRUCT of each named graph equals the dump's graph, term for term (datatypes and tags included)."""
    for name, graph in dump.items():
        served = construct(client, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        assert served == graph, (name, len(served ^ graph), sorted(map(str, served ^ graph))[:5])


@pytest.mark.parametrize("path", ["place/dalian", "paragraph/dalian-2024-6",
                                  "fact/dalian-2024-t2024-allocation-affordable-housing"])
def test_documents_and_describe_are_the_dumped_triples(client, dump, path):
    """An /id/ document is the dump's triples about the resource and its hash sub-resources; DESCRIBE is the
    dump's outgoing triples of the resource (its Concise Bounded Description: the data has no blank nodes)."""
    iri = ID + path
    union = set().union(*dump.values())
    mine = {t for t in union if t.subject.value == iri or t.subject.value.startswith(iri + "#")}
    r = client.get(f"/id/{path}.nt")
    assert r.status_code == 200, r.text
    assert triples(r.content) == mine
    outgoing = {t for t in union if t.subject.value == iri}
    assert construct(client, f"DESCRIBE <{iri}>") == outgoing
    jsonld = client.get(f"/id/{path}.jsonld")
    assert jsonld.status_code == 200
    g = Dataset()
    doc = jsonld.json()
    doc["@context"] = client.get("/context.jsonld").json()["@context"]
    g.parse(data=json.dumps(doc), format="json-ld")
    assert triples(g.serialize(format="nt").encode("utf-8")) == mine


def test_language_tags_match_in_any_case(client):
    """RFC 5646 §2.1.1: the tag as stored equals `zh-latn-pinyin`; langMatches (RFC 4647 §3.3.1) ignores case."""
    for test in ('LANG(?l) = "zh-latn-pinyin"', 'LANGMATCHES(LANG(?l), "zh-Latn-pinyin")'):
        query = ("ASK { <https://w3id.org/gwr/id/place/dalian> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l "
                 f"FILTER({test}) }}")
        r = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200 and r.json()["boolean"] is True, (test, r.text)
