"""The spellings that got SERVICE and FROM past the old hand-written guard (issue 12 §1), through the real app:
a keyword touching a prefixed name or a literal, PN_LOCAL_ESC (`\\#`, `\\'`) that the old lexer took for the
start of a comment or a string, keywords touching keywords. Each SERVICE spelling is refused with 403; FROM
hidden the same way still switches the union default graph off (SPARQL 1.1 §13.2)."""
from __future__ import annotations

import pytest

from tests.fixtures.service import make_client

JSON = {"Accept": "application/sparql-results+json"}
TARGET = "http://127.0.0.1:1/sparql"
ONTOLOGY = "https://w3id.org/gwr/graph/ontology"

SERVICE_SPELLINGS = [
    f"SELECT * WHERE {{ ?s ?p true.SERVICE <{TARGET}> {{ }} }}",
    f"PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ex:x\\#SERVICE . SERVICE <{TARGET}> {{ }} }}",
    f"PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ex:x\\# . SERVICE <{TARGET}> {{ }} }}",
    f"PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ex:a\\' ?o . SERVICE <{TARGET}> {{ }} }} # '",
    f"PREFIX svc: <{TARGET}> SELECT * WHERE {{ SERVICEsvc: {{ }} }}",
    f"SELECT * WHERE {{ SERVICESILENT <{TARGET}> {{ }} }}",
    f"SELECT * WHERE {{ sErViCe sIlEnT <{TARGET}> {{ }} }}",
    f"SELECT * WHERE {{ # }} \" '\n SERVICE <{TARGET}> {{ }} }}",
    f"SELECT * WHERE {{ \\u0053ERVICE <{TARGET}> {{ }} }}",
    "SELECT * WHERE { SERVICE ?endpoint { } }",
]


@pytest.mark.parametrize("query", SERVICE_SPELLINGS)
def test_hidden_service_is_refused(client, query):
    r = client.get("/sparql", params={"query": query}, headers=JSON)
    assert r.status_code == 403, r.text
    assert "SERVICE" in r.text


@pytest.mark.parametrize("query", ["INSERTDATA { <urn:a> <urn:b> <urn:c> }", "clear\tALL",
                                   "PREFIX ex: <http://x/> WITH ex:g\\#x DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                   "LOAD <http://127.0.0.1:1/x> INTO GRAPH <urn:g>"])
def test_updates_are_refused(client, query):
    r = client.post("/sparql", data={"query": query})
    assert r.status_code == 403, r.text
    assert "read-only" in r.text


def test_a_prefixed_name_ending_in_service_is_not_service(client):
    r = client.get("/sparql", params={"query": "PREFIX ex: <http://x/> ASK { ?s ?p ex:a.SERVICE }"}, headers=JSON)
    assert r.status_code == 200, r.text


def test_syntax_errors_are_400(client):
    r = client.get("/sparql", params={"query": "SELECT * FROM <urn:g> WHERE { ?s ?p"}, headers=JSON)
    assert r.status_code == 400, r.text
    assert "line 1" in r.text


def count(c, query: str) -> int:
    r = c.get("/sparql", params={"query": query}, headers=JSON)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("query", [
    # the old lexer read `\#` as a comment to the end of the line, and `\'` as the start of a string
    f"PREFIX ex: <http://x/> SELECT (COUNT(*) AS ?n) (ex:a\\# AS ?z) FROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }}",
    f"PREFIX ex: <http://x/> SELECT (COUNT(*) AS ?n) (ex:a\\' AS ?z) FROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }} # '",
    "PREFIX g: <https://w3id.org/gwr/graph/> SELECT (COUNT(*) AS ?n) FROMg:ontology WHERE { ?s ?p ?o }",
])
@pytest.mark.slow     # a fresh app and worker pool per query
def test_hidden_from_switches_the_union_off(built, query):
    with make_client(built) as c:
        everything = count(c, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        ontology = count(c, f"SELECT (COUNT(*) AS ?n) FROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }}")
        assert ontology < everything
        assert count(c, query) == ontology
