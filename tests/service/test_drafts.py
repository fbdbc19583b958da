"""Reviewed and drafted graphs served side by side (issue 13, deliverable 7): GWR_DRAFTS loads a drafted sample
(tests/fixtures/drafts, drafted here by the real extractor) beside the reviewed graph; /sparql's default dataset
stays the reviewed graphs, the graph sets (api/graphsets.py) select drafted or all by the protocol's
default-graph-uri / named-graph-uri or by FROM / FROM NAMED; the JSON API shows drafted facts only when asked
(?graphs=drafted|all) and marks them."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.extract.draft import draft, nquads
from api.extract.indicators import load_registry
from api.graphsets import GraphSets, UnknownGraphSet, check
from api.settings import Settings
from api.store import dump_path
from api.vocab import load_vocabulary
from tests.fixtures.root import REPO
from tests.fixtures.service import BASE, make_client, write_drafts

SAMPLE = REPO / "tests" / "fixtures" / "drafts" / "dalian-2027.txt"
DRAFT = BASE + "graph/draft/dalian-2027"
SET = BASE + "graph/set/"
PREFIXES = "PREFIX gwr: <https://w3id.org/gwr/ontology#>\n"
COUNT_DRAFTED = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?s a gwr:DraftedStatement }"
COUNT_FACTS = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?s a gwr:Target }"

pytestmark = pytest.mark.embedded_only


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> Path:
    """The sample drafted by the extractor as draft-corpus writes it: gzip-compressed N-Quads."""
    settings = Settings(root=REPO)
    vocab = load_vocabulary(settings.ontology_dir)
    d = draft(SAMPLE.read_text(encoding="utf-8"), "dalian-2027", load_registry(settings.root, vocab))
    return write_drafts(nquads(d, vocab, {"found": 1.0, "value": 1.0}, SAMPLE.name), tmp_path_factory.mktemp("drafts"))


@pytest.fixture(scope="module")
def client(drafts):
    settings = Settings(root=REPO)
    if not dump_path(settings).exists():
        pytest.skip("data/graph/all.nq is not built")
    with make_client(settings, drafts=str(drafts)) as c:
        yield c


def count(client, query: str, **params) -> int:
    r = client.get("/sparql", params={"query": query, "timeout": "60", **params},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_the_default_dataset_is_the_reviewed_graphs(client):
    assert count(client, COUNT_DRAFTED) == 0
    graphs = client.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                        headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
    names = {b["g"]["value"] for b in graphs}
    assert BASE + "graph/dalian-2024" in names and not any("/graph/draft/" in g for g in names)


def test_graph_sets_by_the_protocol(client):
    reviewed = count(client, COUNT_FACTS)
    drafted = count(client, COUNT_FACTS, **{"default-graph-uri": SET + "drafted"})
    assert drafted == 3                     # the sample's three targets (5.5% GDP, 5.5% unemployment, 3% CPI)
    assert count(client, COUNT_FACTS, **{"default-graph-uri": SET + "all"}) == reviewed + drafted
    assert count(client, COUNT_FACTS, **{"default-graph-uri": SET + "reviewed"}) == reviewed
    assert count(client, COUNT_DRAFTED, **{"default-graph-uri": SET + "drafted"}) > drafted  # facts, mentions …
    named = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert count(client, named, **{"named-graph-uri": SET + "drafted"}) == 1


def test_graph_sets_by_from(client):
    reviewed = count(client, COUNT_FACTS)
    from_all = COUNT_FACTS.replace("WHERE", f"FROM <{SET}all> WHERE")
    assert count(client, from_all) == reviewed + 3
    from_drafted = PREFIXES + (f"SELECT (COUNT(*) AS ?n) FROM NAMED <{SET}drafted> "
                               "WHERE { GRAPH ?g { ?s a gwr:Target } }")
    assert count(client, from_drafted) == 3
    assert count(client, COUNT_FACTS.replace("WHERE", f"FROM <{DRAFT}> WHERE")) == 3     # one drafted graph


def test_an_unknown_set_is_refused(client):
    r = client.get("/sparql", params={"query": COUNT_FACTS.replace("WHERE", f"FROM <{SET}unreviewed> WHERE")})
    assert r.status_code == 403


def test_the_drafted_graph_names_its_provenance(client):
    query = ("PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: <https://schema.org/> "
             "PREFIX dqv: <http://www.w3.org/ns/dqv#> "
             f"SELECT ?label ?sha (COUNT(?m) AS ?n) WHERE {{ GRAPH <{DRAFT}> {{ <{DRAFT}> prov:wasGeneratedBy ?a ; "
             "dqv:hasQualityMeasurement ?m . ?a rdfs:label ?label ; prov:used/schema:sha256 ?sha } } "
             "GROUP BY ?label ?sha")
    r = client.get("/sparql", params={"query": query, "default-graph-uri": SET + "all",
                                      "named-graph-uri": SET + "all"},
                   headers={"Accept": "application/sparql-results+json"})
    (row,) = r.json()["results"]["bindings"]
    import hashlib
    assert row["label"]["value"].startswith("api.extract ")
    assert row["sha"]["value"] == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert row["n"]["value"] == "2"


def test_the_api_shows_drafted_facts_only_when_asked_and_marks_them(client):
    reviewed = client.get("/api/targets", params={"period": 2027, "limit": 1000}).json()
    assert reviewed["total"] == 0
    drafted = client.get("/api/targets", params={"period": 2027, "graphs": "drafted"}).json()
    assert drafted["total"] == 3
    assert all(f["review"] == "machine-drafted, unreviewed" for f in drafted["items"])
    both = client.get("/api/targets", params={"graphs": "all", "limit": 1000}).json()
    marks = {f["review"] for f in both["items"]}
    assert marks == {"reviewed", "machine-drafted, unreviewed"}
    bad = client.get("/api/targets", params={"graphs": "unreviewed"})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json")


def test_graph_sets_alone():
    sets = GraphSets.of([BASE + "graph/a", BASE + "graph/draft/b", BASE + "graph/entities"], BASE)
    assert sets.drafted == (BASE + "graph/draft/b",) and sets.has_drafts
    assert sets.expand([SET + "all", BASE + "graph/a"]) == [BASE + "graph/a", BASE + "graph/entities",
                                                           BASE + "graph/draft/b"]
    assert sets.dataset(None) == ([BASE + "graph/a", BASE + "graph/entities"],) * 2
    assert sets.dataset("all") == ([BASE + "graph/a", BASE + "graph/entities", BASE + "graph/draft/b"],) * 2
    # materialised set graphs (api/store.py loads them with drafts): one graph per set as the default graph
    both = GraphSets.of(list(sets.reviewed + sets.drafted) + [SET + "reviewed", SET + "drafted"], BASE)
    assert both.reviewed == sets.reviewed and both.materialised == {"reviewed", "drafted"}
    assert both.dataset("drafted") == ([SET + "drafted"], [BASE + "graph/draft/b"])
    assert both.dataset("all")[0] == [SET + "reviewed", SET + "drafted"]
    assert both.expand([SET + "drafted"], default=True) == [SET + "drafted"]
    assert both.expand([SET + "drafted"]) == [BASE + "graph/draft/b"]
    assert GraphSets.of([BASE + "graph/a"], BASE).dataset(None) is None     # no drafts: the plain union
    assert check(None) == "reviewed"
    with pytest.raises(UnknownGraphSet):
        check("bogus")



def test_a_query_that_cannot_reach_named_graphs_is_given_none():
    """A set's named graphs are passed on only to a text that can reach them (GRAPH, FROM NAMED, or a codepoint
    escape that may spell them): over the drafted corpus' 2,999 named graphs Oxigraph took 3–4 times as long for a
    query of the default graph alone. IRIs and names that hold the word (…/graph/set/…, gwr:graphs) do not count."""
    import pyoxigraph as ox

    from api.graphsets import query_dataset
    store = ox.Store()
    for g in (BASE + "graph/a", BASE + "graph/draft/b", SET + "reviewed", SET + "drafted"):
        store.add(ox.Quad(ox.NamedNode(BASE + "s"), ox.NamedNode(BASE + "p"), ox.Literal("o"), ox.NamedNode(g)))
    drafted = ox.NamedNode(BASE + "graph/draft/b")
    for text in ("SELECT * WHERE { ?s ?p ?o }", f"SELECT * WHERE {{ <{SET}drafted> ?p ?o }}",
                 "PREFIX gwr: <https://w3id.org/gwr/ontology#> SELECT * { ?s gwr:graphs ?o }"):
        assert query_dataset(store, BASE, "drafted", text=text)["named_graphs"] == [], text
    for text in ("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "SELECT * { graph<x:g> { ?s ?p ?o } }",
                 "SELECT * FROM NAMED <x:g> { ?s ?p ?o }", "SELECT * { \\u0047RAPH ?g { ?s ?p ?o } }"):
        assert query_dataset(store, BASE, "drafted", text=text)["named_graphs"] == [drafted], text
    assert query_dataset(store, BASE, "drafted")["named_graphs"] == [drafted]      # no text: as before
    # the answers are the same either way: GRAPH ?g still ranges over the set's named graphs only
    text = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = store.query(text, **query_dataset(store, BASE, "drafted", text=text))
    assert [r["g"] for r in rows] == [drafted]
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    fast = store.query(text, **query_dataset(store, BASE, "drafted", text=text))
    assert int(next(iter(fast))["n"].value) == 1

@pytest.mark.slow
def test_an_on_disk_store_with_drafts_answers_reviewed_by_default(drafts, tmp_path):
    import dataclasses

    from api.graphsets import query_dataset
    from api.store import open_disk_store, run_query, write_disk_store
    settings = dataclasses.replace(Settings(root=REPO), drafts=str(drafts))
    if not dump_path(settings).exists():
        pytest.skip("data/graph/all.nq is not built")
    manifest = write_disk_store(settings, tmp_path / "store")
    assert manifest["drafts"]["bytes"] == drafts.stat().st_size
    store = open_disk_store(tmp_path / "store")
    assert int(next(iter(run_query(store, COUNT_DRAFTED)))["n"].value) == 0
    drafted = store.query(COUNT_DRAFTED, **query_dataset(store, BASE, "drafted"))
    assert int(next(iter(drafted))["n"].value) > 0


# ---------------------------------------------------------------- the rest of the JSON API (series, cascade, entities)

DRAFTED_MARK = "machine-drafted, unreviewed"
SERIES = {"indicator": "gdp", "place": "dalian"}


def test_the_series_takes_a_graph_set_and_marks_its_rows(client):
    """/api/series by the fact routes' rule: reviewed by default, drafted facts only under drafted (the reviewed
    vocabulary they name still read), both under all; every row names a fact and says `review`."""
    reviewed = client.get("/api/series", params=SERIES).json()
    assert reviewed["rows"] and {r["review"] for r in reviewed["rows"]} == {"reviewed"}
    drafted = client.get("/api/series", params={**SERIES, "graphs": "drafted"}).json()
    # the sample's GDP growth: the 2026 result (5.8) and the 2027 target (5.5), quoted as written
    assert [(r["period"], r["kind"], r["value"], r["review"]) for r in drafted["rows"]] == [
        ("2026", "result", 5.8, DRAFTED_MARK), ("2027", "target", 5.5, DRAFTED_MARK)]
    assert drafted["rows"][1]["quote"] == "地区生产总值增长5.5%左右" and drafted["total"] == 2
    both = client.get("/api/series", params={**SERIES, "graphs": "all", "limit": 1000}).json()
    assert both["total"] == reviewed["total"] + 2
    assert {r["review"] for r in both["rows"]} == {"reviewed", DRAFTED_MARK}
    # paging links keep the set
    one = client.get("/api/series", params={**SERIES, "graphs": "all", "limit": 1})
    assert all("graphs=all" in url for url in one.json()["links"].values() if url)
    assert "graphs=all" in one.headers["Link"]
    bad = client.get("/api/series", params={**SERIES, "graphs": "unreviewed"})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json")


def test_the_whole_answer_of_a_drafted_series(client):
    csv = client.get("/api/queries/series.csv", params={**SERIES, "graphs": "drafted"})
    assert csv.status_code == 200
    lines = csv.text.strip().splitlines()
    assert len(lines) == 3 and all("/id/draft-fact/dalian-2027-" in line for line in lines[1:])


def test_the_cascade_takes_a_graph_set(client):
    reviewed = client.get("/api/cascade", params={"indicator": "gdp", "year": 2024}).json()
    assert reviewed["rows"] and {r["review"] for r in reviewed["rows"]} == {"reviewed"}
    both = client.get("/api/cascade", params={"indicator": "gdp", "year": 2024, "graphs": "all"}).json()
    assert both["rows"] == reviewed["rows"]
    # a drafted report says which government it is (dcterms:spatial place/dalian): its targets are Dalian's own
    drafted = client.get("/api/cascade", params={"indicator": "gdp", "year": 2027, "graphs": "drafted"}).json()
    assert [(r["placeLabel"], r["level"], r["value"], r["review"]) for r in drafted["rows"]] == [
        ("大连", 2, 5.5, DRAFTED_MARK)]
    assert client.get("/api/cascade", params={"graphs": "bogus"}).status_code == 400


def test_an_entity_takes_a_graph_set(client):
    reviewed = client.get("/api/entities/place/dalian")
    assert reviewed.status_code == 200
    assert not any(f["review"] == DRAFTED_MARK for f in reviewed.json()["facts"])
    drafted = client.get("/api/entities/place/dalian", params={"graphs": "drafted"})
    facts = drafted.json()["facts"]
    assert len(facts) == 6 and {f["review"] for f in facts} == {DRAFTED_MARK}
    assert drafted.headers["Content-Location"].endswith("/api/entities/place/dalian?graphs=drafted")
    by_curie = client.get("/api/entities/place:dalian", params={"graphs": "all"}).json()["facts"]
    assert {f["review"] for f in by_curie} == {"reviewed", DRAFTED_MARK}
    gdp = client.get("/api/entities/indicator/gdp", params={"graphs": "drafted"}).json()["facts"]
    assert {f["id"].split("/")[0] for f in gdp} == {"draft-fact"} and len(gdp) == 2
    bad = client.get("/api/entities/place/dalian", params={"graphs": "unreviewed"})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json")


def test_the_graph_set_is_documented_and_cached_apart(client):
    spec = client.get("/openapi.json").json()["paths"]

    def described(path: str) -> str:
        (p,) = [p for p in spec[path]["get"]["parameters"] if p["name"] == "graphs"]
        return p["description"]
    expected = described("/api/targets")
    for path in ("/api/series", "/api/cascade", "/api/queries/{name}", "/api/entities/{kind}/{key}",
                 "/api/entities/{ref}"):
        assert described(path) == expected, path
    default = client.get("/api/series", params=SERIES)
    drafted = client.get("/api/series", params={**SERIES, "graphs": "drafted"})
    assert default.headers["ETag"] != drafted.headers["ETag"]
    again = client.get("/api/series", params={**SERIES, "graphs": "drafted"},
                       headers={"If-None-Match": drafted.headers["ETag"]})
    assert again.status_code == 304
    assert client.get("/api/series", params=SERIES,
                      headers={"If-None-Match": drafted.headers["ETag"]}).status_code == 200


def test_a_drafted_graph_document(client):
    """/graph/draft/<report>: the drafted graph, negotiated as /graph/<name> is; a reviewed graph is not under it."""
    ttl = client.get("/graph/draft/dalian-2027.ttl")
    assert ttl.status_code == 200 and ttl.headers["content-type"].startswith("text/turtle")
    assert "DraftedStatement" in ttl.text and "wasGeneratedBy" in ttl.text
    negotiated = client.get("/graph/draft/dalian-2027", headers={"Accept": "application/n-triples"})
    assert negotiated.status_code == 200 and negotiated.headers["content-type"].startswith("application/n-triples")
    assert "/graph/draft/dalian-2027.jsonld" in negotiated.headers["Link"]
    html = client.get("/graph/draft/dalian-2027", headers={"Accept": "text/html"})
    assert html.status_code == 200 and "draft-fact/dalian-2027-" in html.text
    for missing in ("/graph/draft/dalian-2024.ttl", "/graph/draft/nowhere", "/graph/draft/%20x"):
        assert client.get(missing).status_code == 404, missing
    assert client.get("/graph/dalian-2024.ttl").status_code == 200       # the reviewed graphs as before


def test_compare_takes_a_graph_set(client):
    """/api/compare reads ?graphs= like the other fact routes: the drafted 2026 result of GDP beside its drafted
    2027 target only when asked, both marked, with the reviewed vocabulary they name resolved (the indicator's
    labels, 左右's comparison); an unknown set is a 400 problem."""
    params = {"indicator": "gdp", "place": "dalian", "result_year": 2026, "target_year": 2027}
    reviewed = client.get("/api/compare", params=params)
    assert reviewed.status_code == 200 and DRAFTED_MARK not in str(reviewed.json())
    drafted = client.get("/api/compare", params={**params, "graphs": "drafted"})
    assert drafted.status_code == 200
    rows = drafted.json()["rows"]
    facts = [f for row in rows for f in row["result"] + row["target"]]
    assert facts and {f["review"] for f in facts} == {DRAFTED_MARK}
    target = next(f for row in rows for f in row["target"] if f["qualifier"]["asWritten"] == "左右")
    assert target["qualifier"]["comparison"] == "about" and target["indicator"]["zh"]
    bad = client.get("/api/compare", params={**params, "graphs": "unreviewed"})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json")


def test_drafted_fact_pages_name_the_reviewed_vocabulary(client):
    """A drafted fact's row is read over every graph (api/graphsets.over_set): its comparison and the labels of
    its indicator and place are there, as for a reviewed fact."""
    items = client.get("/api/targets", params={"period": 2027, "graphs": "drafted"}).json()["items"]
    assert items and all(f["indicator"]["zh"] and f["about"]["zh"] for f in items)
    assert any(f["qualifier"]["comparison"] for f in items)
    facts = client.get("/api/entities/place/dalian", params={"graphs": "drafted"}).json()["facts"]
    assert facts and all(f["indicator"]["zh"] for f in facts)
