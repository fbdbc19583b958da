"""The JSON API, canned queries, metadata and dumps."""
from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pyoxigraph as ox
import pytest

from tests.fixtures.service import BASE, make_client


def test_entities_paging_sorting_total(client):
    r = client.get("/api/entities", params={"size": 10})
    body = r.json()
    assert body["total"] > 100 and len(body["items"]) == 10
    ids = [e["id"] for e in body["items"]]
    assert ids == sorted(ids)
    page2 = client.get("/api/entities", params={"size": 10, "page": 2}).json()["items"]
    assert not {e["id"] for e in page2} & set(ids)
    desc = client.get("/api/entities", params={"size": 10, "sort": "-id"}).json()["items"]
    assert [e["id"] for e in desc] == sorted([e["id"] for e in desc], reverse=True)
    assert client.get("/api/entities", params={"sort": "colour"}).status_code == 400


def test_entities_filters(client):
    projects = client.get("/api/entities", params={"type": "Project", "size": 500}).json()
    assert projects["total"] > 5 and all("gwr:Project" in e["types"] for e in projects["items"])
    places = client.get("/api/entities", params={"kind": "place", "size": 500}).json()
    assert all(e["kind"] == "place" for e in places["items"])
    text = client.get("/api/entities", params={"text": "机场"}).json()
    assert text["total"] >= 1 and all("机场" in (e["labels"]["zh"] + "".join(e["aliases"])) for e in text["items"])
    # district: entities located (transitively) in Dalian
    inside = client.get("/api/entities", params={"district": "place/dalian", "size": 500}).json()
    assert inside["total"] >= 5
    industries = client.get("/sparql", params={"query": (
        "SELECT ?i WHERE { ?x <https://w3id.org/gwr/ontology#inIndustry> ?i } LIMIT 1")}).json()
    industry = industries["results"]["bindings"][0]["i"]["value"].removeprefix(BASE + "id/")
    found = client.get("/api/entities", params={"industry": industry}).json()
    assert found["total"] >= 1


def test_entity_detail_in_one_response(client):
    r = client.get("/api/entities/place/dalian")
    assert r.status_code == 200
    e = r.json()
    assert e["labels"]["zh"] == "大连" and e["labels"]["en"] == "Dalian" and e["labels"]["pinyin"] == "Dàlián"
    assert "gwr:AdministrativeDivision" in e["types"]
    facts = e["facts"]
    assert any(f["kind"] == "target" for f in facts) and any(f["kind"] == "result" for f in facts)
    f = next(f for f in facts if f["indicator"]["id"] == "indicator/gdp" and f["kind"] == "target"
             and f["period"] == 2024)
    assert f["value"] and f["unit"]["iri"] and f["qualifier"]["comparison"] and f["quote"]
    directions = {link["direction"] for link in e["linked"]}
    assert directions == {"in", "out"}
    assert all(link["labels"]["zh"] and link["types"] for link in e["linked"])


def test_indicator_detail_lists_its_facts(client):
    e = client.get("/api/entities/indicator/gdp").json()
    assert len(e["facts"]) >= 2


def test_search_languages_and_ranking(client):
    def top(q):
        items = client.get("/api/search", params={"q": q}).json()["items"]
        return [i["id"] for i in items]
    assert top("大连")[0] == "place/dalian"
    assert top("Dalian")[0] == "place/dalian"
    assert top("dàlián")[0] == "place/dalian"
    assert top("dalian")[0] == "place/dalian"
    assert "project/jinzhouwan-international-airport" in top("金州湾")          # prefix
    assert "project/jinzhouwan-international-airport" in top("国际机场")        # substring
    assert "project/jinzhouwan-international-airport" in top("jinzhouwan")     # pinyin without tones
    assert "project/jinzhouwan-international-airport" in top("Jīnzhōuwān Guójì")
    items = client.get("/api/search", params={"q": "dalian"}).json()["items"]
    assert items[0]["match"] == "exact" and items[0]["score"] >= items[-1]["score"]


def test_targets_results_compare(client):
    t = client.get("/api/targets", params={"indicator": "gdp", "period": 2024}).json()
    assert t["total"] >= 1 and all(f["kind"] == "target" and f["period"] == 2024 for f in t["items"])
    r = client.get("/api/results", params={"indicator": "indicator/gdp", "place": "place/dalian"}).json()
    assert r["total"] >= 1 and all(f["kind"] == "result" and f["about"]["id"] == "place/dalian" for f in r["items"])
    # one report chosen: Dalian's 2023 result beside its 2024 target, and nothing of other years or places
    c = client.get("/api/compare", params={"indicator": "gdp", "place": "dalian", "result_year": 2023}).json()
    assert c["resultYear"] == 2023 and c["targetYear"] == 2024
    assert any(row["result"] and row["target"] for row in c["rows"])
    assert all(f["period"] == 2023 for row in c["rows"] for f in row["result"])
    assert all(f["period"] == 2024 for row in c["rows"] for f in row["target"])
    assert all(row["about"]["id"] == "place/dalian" for row in c["rows"])
    # no years given: those of the newest report (the latest gwr:targetYear), whichever reports the graph holds
    newest = client.get("/sparql", params={"query": (
        "PREFIX gwr: <https://w3id.org/gwr/ontology#> SELECT ?reviewed ?target WHERE { "
        "?r a gwr:WorkReport ; gwr:reviewedYear ?reviewed ; gwr:targetYear ?target } "
        "ORDER BY DESC(?target) LIMIT 1")}).json()["results"]["bindings"][0]
    c = client.get("/api/compare", params={"indicator": "gdp"}).json()
    assert c["resultYear"] == int(newest["reviewed"]["value"][:4])
    assert c["targetYear"] == int(newest["target"]["value"][:4])
    assert any(row["result"] and row["target"] for row in c["rows"])
    assert client.get("/api/compare").status_code == 400


def test_canned_queries_listed_and_run(client):
    items = client.get("/api/queries").json()["items"]
    names = {q["name"] for q in items}
    assert {"api-facts", "api-catalogue"} <= names
    facts = next(q for q in items if q["name"] == "api-facts")
    assert {"name": "period", "type": "gYear", "default": None} in facts["params"]
    r = client.get("/api/queries/api-facts", params={"indicator": BASE + "id/indicator/gdp", "period": "2024"})
    body = r.json()
    assert body["total"] >= 1 and all(row["indicator"] == BASE + "id/indicator/gdp" for row in body["rows"])
    r = client.get("/api/queries/api-facts", params={"indicator": BASE + "id/indicator/gdp"},
                   headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0][0] == "fact" and len(rows) > 1
    assert client.get("/api/queries/api-facts.csv").headers["content-type"].startswith("text/csv")


def test_canned_parameters_are_terms_not_text(client):
    evil = '2024"^^<x> } } SELECT * WHERE { ?s ?p ?o } #'
    r = client.get("/api/queries/api-facts", params={"period": evil})
    assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json"
    r = client.get("/api/queries/api-facts", params={"indicator": "not an iri"})
    assert r.status_code == 400
    r = client.get("/api/queries/api-facts", params={"indicator": BASE + "id/indicator/gdp> } #"})
    assert r.status_code == 400
    assert client.get("/api/queries/api-facts", params={"colour": "red"}).status_code == 400


def test_void_and_dcat(client):
    for path in ("/.well-known/void", "/dataset", "/dataset.ttl"):
        r = client.get(path, headers={"Accept": "text/turtle"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(client.get("/dataset.nt").content, ox.RdfFormat.N_TRIPLES))
    preds = {t.predicate.value for t in triples}
    for p in ("http://purl.org/dc/terms/license", "http://rdfs.org/ns/void#triples",
              "http://rdfs.org/ns/void#sparqlEndpoint", "http://rdfs.org/ns/void#dataDump",
              "http://www.w3.org/ns/dcat#distribution", "http://www.w3.org/ns/dcat#downloadURL",
              "http://www.w3.org/ns/prov#wasDerivedFrom"):    # the reports (DCAT-AP: dct:source is a Dataset)
        assert p in preds, p
    total = next(t.object.value for t in triples
                 if t.subject.value == BASE + "dataset" and t.predicate.value.endswith("#triples"))
    assert int(total) == client.get("/version").json()["data"]["triples"]
    assert client.get("/dataset", headers={"Accept": "application/ld+json"}).headers["content-type"].startswith(
        "application/ld+json")


def test_dumps_with_etag_and_caching(client):
    r = client.get("/dumps/all.nq")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/n-quads")
    assert "max-age" in r.headers["cache-control"] and r.headers["etag"]
    again = client.get("/dumps/all.nq", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304
    quads = list(ox.parse(r.content, ox.RdfFormat.N_QUADS))
    assert len(quads) == client.get("/version").json()["data"]["triples"]
    for name, media in (("entities.ttl", "text/turtle"), ("ontology.ttl", "text/turtle"),
                        ("all.jsonld", "application/ld+json"), ("all.trig", "application/trig")):
        r = client.get(f"/dumps/{name}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(media) and r.headers["etag"], name
    assert client.get("/dumps/nothing.ttl").status_code == 404
    assert client.get("/dumps/../settings.py").status_code == 404


def test_health_version_docs(client):
    assert client.get("/health").json()["status"] == "ok"
    v = client.get("/version").json()
    assert v["service"] and v["pyoxigraph"] == ox.__version__ and len(v["data"]["sha256"]) == 64
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in ("/api/entities", "/api/entities/{kind}/{key}", "/api/search", "/api/targets", "/api/results",
                 "/api/compare", "/api/queries", "/api/queries/{name}"):
        assert path in spec["paths"], path


def row_key(row: dict) -> tuple:
    return tuple(sorted(row.items()))


def test_canned_json_rows_come_a_page_at_a_time(client):
    """limit/offset page the JSON rows; `links.next` links the following page and is null on the last one."""
    whole = client.get("/api/queries/commitments-by-action", params={"limit": 10000}).json()
    total = whole["total"]
    assert total == len(whole["rows"]) > 100 and whole["links"]["next"] is None and whole["offset"] == 0
    seen, url, pages = [], "/api/queries/commitments-by-action?limit=40", 0
    while url:
        body = client.get(url).json()
        assert body["total"] == total and len(body["rows"]) <= 40 and body["limit"] == 40
        seen += body["rows"]
        url, pages = body["links"]["next"], pages + 1
    assert pages == -(-total // 40)
    assert sorted(map(row_key, seen)) == sorted(map(row_key, whole["rows"]))
    beyond = client.get("/api/queries/commitments-by-action", params={"offset": total + 5}).json()
    assert beyond["rows"] == [] and beyond["total"] == total and beyond["links"]["next"] is None


def test_canned_json_has_a_default_page_size_and_a_ceiling(settings):
    with make_client(settings, page_size=5, max_page_size=50) as c:
        body = c.get("/api/queries/commitments-by-action").json()
        assert len(body["rows"]) == 5 and body["limit"] == 5 and "offset=5" in body["links"]["next"]
        assert len(c.get("/api/queries/commitments-by-action", params={"limit": 50}).json()["rows"]) == 50
        for params in ({"limit": 51}, {"limit": 0}, {"limit": -1}, {"offset": "x"}, {"limit": "1e3"}):
            r = c.get("/api/queries/commitments-by-action", params=params)
            assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json", params
        # CSV, TSV and SPARQL JSON are the whole answer; paging them is refused rather than ignored
        whole = c.get("/api/queries/commitments-by-action.csv")
        assert len(whole.text.splitlines()) - 1 == body["total"] > 50
        assert c.get("/api/queries/commitments-by-action.csv", params={"limit": 5}).status_code == 400
    with make_client(settings, page_size=5, public_base_url="https://example.org/gwr/") as c:
        body = c.get("/api/queries/commitments-by-action", params={"offset": 5}).json()
        assert body["links"]["next"] == "https://example.org/gwr/api/queries/commitments-by-action?offset=10&limit=5"


def test_a_renamed_canned_query_redirects_to_its_new_name(client):
    """Regression (issue 10): main-targets-2024 became main-targets (no year in a query's name); the published
    URL answers 301 to the new one with the parameters that give the old answer (queries/moved.tsv), keeping
    the suffix and the request's own parameters."""
    r = client.get("/api/queries/main-targets-2024.csv?limit=5", follow_redirects=False)
    assert r.status_code == 301
    location = r.headers["location"]
    assert "/api/queries/main-targets.csv?" in location and "report=" in location and "limit=5" in location
    old = client.get("/api/queries/main-targets-2024").json()["rows"]
    assert old and old == client.get("/api/queries/main-targets", params={
        "report": "https://w3id.org/gwr/id/report/dalian-2024"}).json()["rows"]
    assert client.get("/api/queries/no-such-query", follow_redirects=False).status_code == 404


# ---- every identifier form on every route family (api/service/terms.py: Terms.entity) ----

def forms(kind: str, key: str) -> dict[str, str]:
    return {"key": key, "kind/key": f"{kind}/{key}", "kind:key": f"{kind}:{key}", "curie": f"id:{kind}/{key}",
            "iri": f"{BASE}id/{kind}/{key}"}


def test_entity_detail_takes_every_identifier_form(client):
    """/api/entities/<identifier>: the form percent-encoded in one path segment (RFC 3986 §2.1), or as it is
    where it stays a path (kind/key, id:kind/key, the IRI's slashes); each gives the same entity and names
    its own URL in Content-Location."""
    want = client.get("/api/entities/place/dalian").json()
    assert want["id"] == "place/dalian"
    for name, value in forms("place", "dalian").items():
        for path in {quote(value, safe=""), value}:
            r = client.get("/api/entities/" + path)
            assert r.status_code == 200, (name, path, r.text[:200])
            assert r.json() == want, (name, path)
            assert r.headers["content-location"].endswith("/api/entities/place/dalian"), (name, path)


FACT_ROUTES = [      # (path, the parameter that names an entity, its kind, key, what else the route needs)
    ("/api/targets", "place", "place", "dalian", {}),
    ("/api/results", "indicator", "indicator", "gdp", {"place": "dalian"}),
    ("/api/compare", "indicator", "indicator", "gdp", {"place": "dalian"}),
    ("/api/compare", "place", "place", "dalian", {"indicator": "gdp"}),
    ("/api/entities", "district", "place", "dalian", {}),
    ("/api/series", "indicator", "indicator", "gdp", {"place": "dalian"}),
    ("/api/series", "place", "place", "dalian", {}),
    ("/api/cascade", "indicator", "indicator", "gdp", {}),
    ("/api/queries/facts-by-indicator", "indicator", "indicator", "gdp", {}),
]


@pytest.mark.parametrize("path,param,kind,key,more", FACT_ROUTES, ids=[f"{r[0]}?{r[1]}" for r in FACT_ROUTES])
def test_fact_routes_take_every_identifier_form(client, path, param, kind, key, more):
    """Each form as a query value gives the same answer; unknown is a 404 problem, malformed a 400 problem."""
    answers = {}
    for name, value in forms(kind, key).items():
        r = client.get(path, params={**more, param: value})
        assert r.status_code == 200, (name, r.text[:200])
        body = r.json()
        answers[name] = body.get("items", body.get("rows", body))
    assert answers["key"] and all(a == answers["key"] for a in answers.values()), path
    for value, status in ((f"{kind}:nowhere", 404), ("nowhere", 404), ("https://example.org/x", 404),
                          ("a b", 400), ("bogus:x", 400), ("planet/mars", 400)):
        r = client.get(path, params={**more, param: value})
        assert r.status_code == status and r.headers["content-type"] == "application/problem+json", (value, r.text)


@pytest.mark.parametrize("path,status", [
    ("/api/entities/place%3Anowhere", 404), ("/api/entities/nowhere", 404),
    ("/api/entities/" + quote("https://example.org/id/place/dalian", safe=""), 404),
    ("/api/entities/planet/mars", 400), ("/api/entities/bogus%3Ax", 400), ("/api/entities/a%20b", 400),
    ("/api/entities/id%3Aindicator%2Fdalian", 404),      # a place's key under another kind names nothing
    ("/api/entities/%00", 400), ("/api/entities/place%3A", 400), ("/api/entities/%E2%80%8B", 400),
])
def test_entity_detail_unknown_404_malformed_400(client, path, status):
    r = client.get(path)
    assert r.status_code == status and r.headers["content-type"] == "application/problem+json", r.text
    assert r.json()["status"] == status
