"""The remote backend (GWR_SPARQL_ENDPOINT; here a real Virtuoso), where the guard is the only line of defence:
we cannot sandbox another server. Virtuoso's own extension functions reach the network (`bif:http_get` opens a
connection: the controls below show it), so every spelling that hides SERVICE, FROM or an extension function
call from a hand-written tokenizer (issue 12 §1: a keyword touching a prefixed name, PN_LOCAL_ESC `\\#` and `\\'`,
comments, `\\u` escapes in keywords and IRIs) must be read by api/service/remote.py as the parse reads it.

Three levels: `screen()` itself, `Remote.prepare` (no network: what would be sent), and the app on Virtuoso
with a listener on 127.0.0.1 that must receive nothing."""
from __future__ import annotations

import dataclasses
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from api.service.app import create_app
from api.service.engine import prefixes_for
from api.service.guard import QueryRefused, screen, unescape
from api.service.pool import QueryFailed
from api.service.remote import Remote, check_functions
from api.settings import Settings

BASE = "https://w3id.org/gwr/"
GRAPH = BASE + "graph/"
ONTOLOGY = GRAPH + "ontology"
XSD = "http://www.w3.org/2001/XMLSchema#"
JSON = {"Accept": "application/sparql-results+json"}
PREFIXES = prefixes_for(dataclasses.replace(Settings(), base_iri=BASE))

# {at} is an address on 127.0.0.1 (the listener's, in the end-to-end tests)
SERVICE_SPELLINGS = [
    "SELECT * WHERE {{ SERVICE <{at}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p true.SERVICE<{at}> {{ ?a ?b ?c }} }}",
    "PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ex:x\\#SERVICE . SERVICE <{at}> {{ }} }}",
    "PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ex:x\\# . SERVICE <{at}> {{ }} }}",
    "PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ex:a\\' ?o . SERVICE <{at}> {{ }} }} # '",
    "PREFIX svc: <{at}> SELECT * WHERE {{ SERVICEsvc: {{ }} }}",
    "SELECT * WHERE {{ SERVICESILENT <{at}> {{ }} }}",
    "SELECT * WHERE {{ # }} \" '\n SERVICE <{at}> {{ }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{at}> {{ }} }}",
    "SELECT * WHERE {{ SERVICE <{at_escaped}> {{ }} }}",
    "SELECT * WHERE {{ SERVICE ?endpoint {{ }} }}",
]

# (spelling, Virtuoso runs it and connects when it is sent to it directly)
FUNCTION_SPELLINGS = [
    ('PREFIX bif: <bif:> SELECT (bif:http_get("{at}") AS ?x) WHERE {{}}', True),
    ('SELECT (bif:http_get("{at}") AS ?x) WHERE {{}}', True),          # bif: is one of Virtuoso's own prefixes
    ('SELECT (<bif:http_get>("{at}") AS ?x) WHERE {{}}', True),
    ('SELECT (<bif\\u003Ahttp_get>("{at}") AS ?x) WHERE {{}}', True),  # \u in the IRI, undone before sending
    ('SELECT * WHERE {{ BIND(bif:http_get #c\n ("{at}") AS ?x) }}', True),
    ('PREFIX xsd: <bif:> SELECT (xsd:http_get("{at}") AS ?x) WHERE {{}}', True),
    ('SELECT * WHERE {{ ?s ?p ?o }} ORDER BY bif:http_get("{at}") LIMIT 1', True),
    ('ASK {{ FILTER(bif:http_get("{at}")) }}', True),
    ('ASK {{ FILTERbif:http_get("{at}") }}', False),                     # a keyword touching the prefixed name
    ('ASK {{ ?s ?p true.FILTER(bif:http_get("{at}")) }}', False),
    ('ASK {{ \\u0046ILTER(bif:http_get("{at}")) }}', True),              # undone before sending: FILTER
    ('SELECT * WHERE {{ BIND(1 --1 AS ?y) BIND(bif:http_get("{at}") AS ?x) }}', True),
    ('PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ex:a\\# . BIND(bif:http_get("{at}") AS ?x) }}', False),
    ('PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ex:a\\\' ?o . BIND(bif:http_get("{at}") AS ?x) }} # \'', False),
    ('SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }} GROUP BY ?s HAVING (bif:http_get("{at}"))', True),
    ('SELECT (sql:anything("{at}") AS ?x) WHERE {{}}', False),
    ('SELECT * WHERE {{ {{ SELECT (bif:http_get("{at}") AS ?x) {{}} }} }}', True),
]

# a FROM the old tokenizer did not see: the union default graph must be switched off all the same. Virtuoso
# itself cannot read some of them (no PN_LOCAL_ESC; `FROMgraph:` is one prefixed name to its lexer), and the
# /sparql route reads `\\u0046ROM` as Oxigraph does (no keyword: a syntax error), and Virtuoso takes BASE only
# as the first declaration (the service's PREFIX lines come first): those get 400 (NOT_READ).
FROM_SPELLINGS = [
    f"SELECT (COUNT(*) AS ?n) FROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }}",
    "SELECT (COUNT(*) AS ?n) FROMgraph:ontology WHERE { ?s ?p ?o }",
    f"PREFIX ex: <http://x/> SELECT (COUNT(*) AS ?n) (ex:a\\# AS ?z) FROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }}",
    f"PREFIX ex: <http://x/> SELECT (COUNT(*) AS ?n) (ex:a\\' AS ?z) FROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }} # '",
    f"SELECT (COUNT(*) AS ?n) \\u0046ROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }}",
    "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/gwr/graph/ontolog\\u0079> WHERE { ?s ?p ?o }",
    f"SELECT (COUNT(*) AS ?n) FROM # a comment\n<{ONTOLOGY}> WHERE {{ ?s ?p ?o }}",
    "BASE <https://w3id.org/gwr/graph/> SELECT (COUNT(*) AS ?n) FROM <ontology> WHERE { ?s ?p ?o }",
]
NOT_READ = {FROM_SPELLINGS[1], FROM_SPELLINGS[2], FROM_SPELLINGS[3], FROM_SPELLINGS[4], FROM_SPELLINGS[7]}

ALLOWED = [     # function calls the policy keeps, and things that only look like calls
    f'SELECT (<{XSD}integer>("1") AS ?x) (xsd:double("2") AS ?y) WHERE {{}}',
    "PREFIX ex: <http://x/> ASK { ?s ex:p (1 2) }",        # a collection, not a call
    "PREFIX ex: <http://x/> ASK { ?s ?p ex:a.SERVICE }",
    'SELECT (STRLEN("a") AS ?n) (COUNT(*) AS ?c) WHERE { ?s ?p ?o }',
]


def spell(template: str, at: str) -> str:
    escaped = at.replace("http:", "http\\u003A", 1)
    return template.format(at=at, at_escaped=escaped)


def screened(text: str):
    """screen() as api/service/remote.py calls it: on the text with its \\u escapes undone."""
    return screen(unescape(text), base_iri=BASE, prefixes=PREFIXES, full=True)


# ---- screen(): the pure function ----

@pytest.mark.parametrize("template", SERVICE_SPELLINGS)
def test_screen_refuses_every_service_spelling(template):
    with pytest.raises(QueryRefused, match="SERVICE"):
        screened(spell(template, "http://127.0.0.1:9/sparql"))


@pytest.mark.parametrize("template", [t for t, _ in FUNCTION_SPELLINGS])
def test_screen_names_every_hidden_extension_function(template):
    found = screened(spell(template, "http://127.0.0.1:9/x"))
    assert found.parsed
    outside = {iri for iri in found.functions if not iri.startswith(XSD)}
    assert outside and all("http_get" in iri or "anything" in iri for iri in outside), found.functions


@pytest.mark.parametrize("text", FROM_SPELLINGS)
def test_screen_reads_every_from_spelling(text):
    found = screened(text)
    assert found.has_dataset_clause and found.dataset == ([ONTOLOGY], []), found


def test_screen_functions_and_dataset_in_detail():
    found = screened("PREFIX ex: <http://x/> SELECT (xsd:integer(?o) AS ?i) FROM NAMED graph:a FROM <g> "
                     "WHERE { ?s ex:p (ex:f ex:g) FILTER(ex:f(?s) && <urn:h>(1)) } ORDER BY ex:k (?s)")
    assert found.functions == {XSD + "integer", "http://x/f", "urn:h", "http://x/k"}
    assert found.dataset == ([BASE + "g"], [GRAPH + "a"])
    assert screen("ASK {}").parsed is False and screened("ASK {}").functions == frozenset()


@pytest.mark.parametrize("text", ALLOWED)
def test_screen_lets_the_allowed_through(text):
    found = screened(text)
    assert all(iri.startswith(XSD) for iri in found.functions), found.functions


# ---- Remote.prepare: what would be sent (no network) ----

@pytest.fixture(scope="module")
def remote():
    return Remote("http://127.0.0.1:9/sparql", BASE, PREFIXES, max_pending=8, max_bytes=1 << 20,
                  graphs=[ONTOLOGY, GRAPH + "a"])


def prepared(remote, text, **request):
    return remote.prepare({"text": text, "results": "json", "graph": "ntriples", **request})


@pytest.mark.parametrize("template", SERVICE_SPELLINGS)
def test_prepare_refuses_service(remote, template):
    with pytest.raises(QueryFailed) as caught:
        prepared(remote, spell(template, "http://127.0.0.1:9/sparql"))
    assert caught.value.status == 403 and "SERVICE" in caught.value.message


@pytest.mark.parametrize("template", [t for t, _ in FUNCTION_SPELLINGS])
def test_prepare_refuses_extension_functions(remote, template):
    with pytest.raises(QueryFailed) as caught:
        prepared(remote, spell(template, "http://127.0.0.1:9/x"))
    assert caught.value.status == 400


@pytest.mark.parametrize("template", [t for t, _ in FUNCTION_SPELLINGS])
def test_check_functions_refuses_on_its_own(template):
    """remote.check_functions alone refuses each (pyoxigraph, which knows no such function, is a second layer)."""
    with pytest.raises(QueryFailed) as caught:
        check_functions(screened(spell(template, "http://127.0.0.1:9/x")))
    assert caught.value.status == 400 and "is not available here" in caught.value.message


@pytest.mark.parametrize("text", FROM_SPELLINGS)
def test_prepare_sends_the_from_graphs_as_the_dataset(remote, text):
    p = prepared(remote, text, union=True)
    assert (p.default_graphs, p.named_graphs) == ([ONTOLOGY], ["urn:x-gwr:no-such-graph"])
    assert "\\u" not in p.text          # the text checked is the text sent


@pytest.mark.parametrize("text", ALLOWED)
def test_prepare_lets_the_allowed_through(remote, text):
    p = prepared(remote, text, union=True)
    # the default graph is every graph of the reviewed set, in whatever order the graph sets list them; the named
    # graphs only where a GRAPH pattern can reach them (none of these queries has one)
    assert sorted(p.default_graphs) == sorted(remote.graphs)
    assert p.named_graphs == ["urn:x-gwr:no-such-graph"]


def test_a_graph_pattern_gets_the_named_graphs(remote):
    p = prepared(remote, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", union=True)
    assert sorted(p.named_graphs) == sorted(remote.graphs)
    assert sorted(prepared(remote, "ASK { graph ?g { } }", union=True).named_graphs) == sorted(remote.graphs)


@pytest.mark.parametrize("text", ["INSERTDATA { <urn:a> <urn:b> <urn:c> }", "clear\tALL",
                                  "LOAD <http://127.0.0.1:9/x> INTO GRAPH <urn:g>"])
def test_prepare_refuses_updates(remote, text):
    with pytest.raises(QueryFailed) as caught:
        prepared(remote, text)
    assert caught.value.status == 403 and "read-only" in caught.value.message


def test_prepare_does_not_evaluate_the_query(remote):
    """The local pyoxigraph check runs on an empty store, but a query made of VALUES blocks alone would still be
    evaluated there (the server's own CPU, outside every time limit): an empty VALUES block joined to the WHERE
    group keeps it from evaluating anything."""
    values = " ".join(map(str, range(300)))
    for form, tail in [("ASK", ""), ("SELECT (COUNT(*) AS ?n)", "GROUP BY ?a"),
                       ("CONSTRUCT { ?a ?b ?c }", "ORDER BY ?a"), ("DESCRIBE ?a", "GROUP BY ?a")]:
        text = (f"{form} WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }} VALUES ?c {{ {values} }} "
                f"FILTER(?a + ?b + ?c < 0) }} {tail}")
        started = time.monotonic()
        p = prepared(remote, text)
        assert time.monotonic() - started < 1.0, form
        assert p.text.endswith(text)        # the endpoint gets the query itself


def test_prepare_binds_parameters_in_a_sub_select_where(remote):
    import pyoxigraph as ox
    p = prepared(remote, "SELECT * WHERE { SELECT ?s { ?s ?p ?o } }", substitutions={"s": ("iri", "urn:a", None, None)})
    assert "VALUES (?s) { (<urn:a>) } { SELECT ?s { ?s ?p ?o } }" in " ".join(p.text.split())
    ox.Store().query(p.text)        # still a valid query


# ---- the app on Virtuoso, with a listener that must receive nothing ----

@pytest.fixture(scope="module")
def app(built, virtuoso):
    with TestClient(create_app(dataclasses.replace(built, sparql_endpoint=virtuoso.endpoint))) as c:
        yield c


def test_the_extension_functions_are_live_on_virtuoso(virtuoso, listener):
    """The control: sent to Virtuoso directly, these spellings do open a connection."""
    at = f"http://127.0.0.1:{listener.port}/x"
    for template, live in FUNCTION_SPELLINGS:
        if live:
            before = len(listener.connections)
            httpx.post(virtuoso.endpoint, data={"query": unescape(spell(template, at))}, timeout=30)
            deadline = time.monotonic() + 3
            while len(listener.connections) == before and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(listener.connections) > before, template


def test_nothing_reaches_the_network_through_the_service(app, listener):
    at = f"http://127.0.0.1:{listener.port}/x"
    for template in SERVICE_SPELLINGS:
        r = app.get("/sparql", params={"query": spell(template, at)}, headers=JSON)
        assert r.status_code == 403 and "SERVICE" in r.text, (template, r.status_code, r.text)
    for template, _ in FUNCTION_SPELLINGS:
        r = app.post("/sparql", data={"query": spell(template, at)}, headers=JSON)
        assert r.status_code == 400, (template, r.status_code, r.text)
    time.sleep(0.5)
    assert listener.connections == []


def count(client, query: str) -> int:
    r = client.post("/sparql", data={"query": query}, headers=JSON)
    assert r.status_code == 200, (query, r.text)
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_hidden_from_switches_the_union_off_on_virtuoso(app):
    everything = count(app, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    ontology = count(app, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY}> {{ ?s ?p ?o }} }}")
    assert 0 < ontology < everything
    for text in FROM_SPELLINGS:
        if text in NOT_READ:
            r = app.post("/sparql", data={"query": text}, headers=JSON)
            assert r.status_code == 400 and ("syntax error" in r.text or "SP030" in r.text), (text, r.text)
            continue
        assert count(app, text) == ontology, text


@pytest.mark.parametrize("text", ALLOWED)
def test_the_allowed_run_on_virtuoso(app, text):
    r = app.post("/sparql", data={"query": text}, headers=JSON)
    assert r.status_code == 200, r.text
