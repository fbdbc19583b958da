"""Entities that only a drafted graph names are found by the fact routes under ?graphs=drafted|all (issue 13,
deliverable 7): a drafted report's place (place/beijing, in no reviewed record) and an indicator the extractor
proposed (indicator/proposed-<sha1>). The reviewed catalogue is tried first; an identifier it lacks is looked up in
the drafted graphs by one query (api/service/catalogue.py drafted_entity), only when the request's set holds them.
Reviewed requests keep their 404 (and run no such query); a name in neither set is a 404, a malformed one a 400.

The service is the real one (forked workers on the embedded store) with a drafted sample made here by the real
extractor, loaded with GWR_DRAFTS."""
from __future__ import annotations

import pytest

from api.extract.draft import draft, nquads
from api.extract.indicators import load_registry
from api.settings import Settings
from api.vocab import load_vocabulary
from tests.fixtures.root import REPO
from tests.fixtures.service import drafts_client, make_client

pytestmark = pytest.mark.embedded_only

# A report of a place no reviewed record names, with an indicator the registry lacks (冰雪运动场馆接待人次).
TEXT = """2027年北京市政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2026年工作回顾
过去一年，全市地区生产总值增长5.2%，冰雪运动场馆接待人次增长18%。
二、2027年主要预期目标
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，冰雪运动场馆接待人次增长20%左右。
"""
PLACE = "place/beijing"
DRAFTED = "machine-drafted, unreviewed"
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def proposed() -> dict:
    """The sample drafted as draft-corpus drafts it: its place, its proposed indicator, its N-Quads."""
    settings = Settings(root=REPO)
    vocab = load_vocabulary(settings.ontology_dir)
    d = draft(TEXT, "beijing-2027", load_registry(settings.root, vocab))
    (indicator,) = {f.indicator for f in d.facts if f.proposed}
    return {"place": d.place, "indicator": indicator, "nquads": nquads(d, vocab, {"value": 1.0}, "beijing-2027.txt")}


@pytest.fixture(scope="module")
def client(proposed, tmp_path_factory):
    with drafts_client(proposed["nquads"], tmp_path_factory.mktemp("drafts")) as c:
        yield c


def lookups(client) -> int:
    """Drafted look-ups the engine has run (and remembered) so far."""
    return len(client.app.state.engine.cache.get("catalogue.drafted", {}))


def is_problem(r, status: int) -> bool:
    return r.status_code == status and r.headers["content-type"].startswith(PROBLEM)


def test_the_sample_names_entities_no_reviewed_record_names(client, proposed):
    assert proposed["place"] == PLACE and proposed["indicator"].startswith("indicator/proposed-")
    for ref in (PLACE, proposed["indicator"]):
        assert is_problem(client.get(f"/api/entities/{ref}"), 404), ref


@pytest.mark.parametrize("route", ["/api/targets", "/api/results"])
def test_a_drafted_place_under_drafted_and_all(client, route):
    for graphs in ("drafted", "all"):
        r = client.get(route, params={"place": PLACE, "graphs": graphs})
        assert r.status_code == 200, (graphs, r.text)
        items = r.json()["items"]
        assert r.json()["total"] == 2 and {f["review"] for f in items} == {DRAFTED}
        assert {f["about"]["id"] for f in items} == {PLACE}
        # the drafted graph proposes the place with its Chinese name (no English one: the JSON keeps the key, null)
        assert all(f["about"] == {"id": PLACE, "zh": "北京市", "en": None} for f in items)
        assert all(f["quote"] and f["indicator"]["id"] for f in items)


def test_every_identifier_form_of_a_drafted_place(client):
    for form in ("beijing", "place/beijing", "place:beijing", "id:place/beijing",
                 "https://w3id.org/gwr/id/place/beijing"):
        r = client.get("/api/targets", params={"place": form, "graphs": "drafted"})
        assert r.status_code == 200 and r.json()["total"] == 2, form


def test_a_proposed_indicator_under_drafted_and_all(client, proposed):
    key = proposed["indicator"].split("/", 1)[1]
    for graphs in ("drafted", "all"):
        for form in (key, proposed["indicator"], "id:" + proposed["indicator"]):
            r = client.get("/api/targets", params={"indicator": form, "graphs": graphs})
            assert r.status_code == 200, (graphs, form, r.text)
            (fact,) = r.json()["items"]
            assert fact["review"] == DRAFTED and fact["indicator"]["id"] == proposed["indicator"]
            assert fact["indicator"]["zh"] == "冰雪运动场馆接待人次" and fact["value"] == 20
    both = client.get("/api/results", params={"indicator": key, "place": "beijing", "graphs": "all"}).json()
    assert [f["value"] for f in both["items"]] == [18]


def test_reviewed_requests_keep_their_404_and_run_no_drafted_query(client, proposed):
    before = lookups(client)
    for params in ({"place": "beijing"}, {"place": PLACE, "graphs": "reviewed"},
                   {"indicator": proposed["indicator"]}):
        for route in ("/api/targets", "/api/results"):
            assert is_problem(client.get(route, params=params), 404), (route, params)
    assert is_problem(client.get("/api/compare", params={"indicator": proposed["indicator"]}), 404)
    assert lookups(client) == before


def test_a_name_in_neither_set_is_404_and_a_malformed_one_400(client):
    for graphs in ("drafted", "all"):
        for params in ({"place": "atlantis"}, {"place": "place/atlantis"}, {"indicator": "proposed-0000000000"},
                       {"indicator": "gdp", "place": "atlantis"}):
            assert is_problem(client.get("/api/targets", params={**params, "graphs": graphs}), 404), params
        for params in ({"place": "place/bei jing"}, {"place": "bogus/beijing"}, {"place": "indicator/gdp"},
                       {"indicator": "place/beijing"}, {"place": "<place/beijing>"}):
            assert is_problem(client.get("/api/targets", params={**params, "graphs": graphs}), 400), params
    # an IRI outside the dataset: 404, never looked up
    r = client.get("/api/targets", params={"place": "https://example.org/id/place/beijing", "graphs": "drafted"})
    assert is_problem(r, 404)
    assert is_problem(client.get("/api/targets", params={"place": PLACE, "graphs": "unreviewed"}), 400)


def test_reviewed_entities_are_found_as_before(client):
    r = client.get("/api/targets", params={"place": "dalian", "indicator": "gdp", "graphs": "all", "limit": 1})
    assert r.status_code == 200 and r.json()["total"] > 0


# ---- one regression test per route family: compare, series, cascade, the canned queries ----

def test_compare(client, proposed):
    params = {"indicator": proposed["indicator"], "place": "beijing", "result_year": 2026}
    r = client.get("/api/compare", params={**params, "graphs": "drafted"})
    assert r.status_code == 200, r.text
    (row,) = r.json()["rows"]
    assert row["about"]["id"] == PLACE and r.json()["targetYear"] == 2027
    assert [f["value"] for f in row["result"]] == [18] and [f["value"] for f in row["target"]] == [20]
    assert {f["review"] for f in row["result"] + row["target"]} == {DRAFTED}
    gdp = client.get("/api/compare", params={"indicator": "gdp", "place": PLACE, "result_year": 2026,
                                             "graphs": "all"})
    assert gdp.status_code == 200 and len(gdp.json()["rows"]) == 1
    assert is_problem(client.get("/api/compare", params=params), 404)
    assert is_problem(client.get("/api/compare", params={**params, "place": "atlantis", "graphs": "all"}), 404)
    assert is_problem(client.get("/api/compare", params={**params, "place": "x y", "graphs": "all"}), 400)


def test_series(client, proposed):
    for graphs in ("drafted", "all"):
        for indicator, values in (("gdp", [5.2, 5]), (proposed["indicator"], [18, 20])):
            r = client.get("/api/series", params={"indicator": indicator, "place": "beijing", "graphs": graphs})
            assert r.status_code == 200, (graphs, indicator, r.text)
            rows = r.json()["rows"]
            assert [(row["period"], row["value"]) for row in rows] == [("2026", values[0]), ("2027", values[1])]
            assert {row["review"] for row in rows} == {DRAFTED}
    assert is_problem(client.get("/api/series", params={"indicator": "gdp", "place": "beijing"}), 404)
    assert is_problem(client.get("/api/series", params={"place": "atlantis", "graphs": "drafted"}), 404)
    assert is_problem(client.get("/api/series", params={"place": "bogus/x", "graphs": "drafted"}), 400)


def test_cascade(client, proposed):
    params = {"indicator": proposed["indicator"], "year": 2027}
    r = client.get("/api/cascade", params={**params, "graphs": "drafted"})
    # the drafted report names its place (dcterms:spatial) and proposes it with its label: its target is there, at
    # the level of a province (北京市, a 直辖市)
    assert r.status_code == 200 and r.json()["total"] == 1, r.text
    (row,) = r.json()["rows"]
    assert row["review"] == DRAFTED and row["level"] == 1 and row["placeLabel"] == "北京市"
    assert client.get("/api/cascade", params={**params, "graphs": "all"}).status_code == 200
    assert is_problem(client.get("/api/cascade", params=params), 404)
    assert is_problem(client.get("/api/cascade", params={**params, "indicator": "proposed-0000000000",
                                                         "graphs": "all"}), 404)


def test_canned_queries(client, proposed):
    path = "/api/queries/facts-by-indicator"
    r = client.get(path, params={"indicator": proposed["indicator"], "graphs": "drafted"})
    assert r.status_code == 200, r.text
    # the query keeps facts whose subject has a Chinese label: the drafted graph proposes the place with one
    assert r.json()["total"] == 2 and {row["review"] for row in r.json()["rows"]} == {DRAFTED}
    csv = client.get(path + ".csv", params={"indicator": proposed["indicator"], "graphs": "all"})
    assert csv.status_code == 200 and csv.text.startswith("indicator,fact")
    assert is_problem(client.get(path, params={"indicator": proposed["indicator"]}), 404)
    assert is_problem(client.get(path, params={"indicator": "indicator/x y", "graphs": "drafted"}), 400)
    missed = client.get("/api/queries/targets-missed", params={"place": "beijing", "graphs": "drafted"})
    assert missed.status_code == 200
    assert is_problem(client.get("/api/queries/targets-missed", params={"place": "beijing"}), 404)


def test_a_lookup_is_remembered(client):
    client.get("/api/targets", params={"place": "beijing", "graphs": "drafted"})
    n = lookups(client)
    assert client.get("/api/targets", params={"place": "beijing", "graphs": "all"}).status_code == 200
    assert lookups(client) == n


# ---- the remote backend (GWR_SPARQL_ENDPOINT): the same look-up sent to a real Virtuoso ----

@pytest.fixture(scope="module")
def remote(proposed, tmp_path_factory):
    """The service on a real Virtuoso holding only the drafted sample (a reviewed dump is not needed to show the
    drafted look-up; the catalogue is then empty and every entity is drafted-only)."""
    from tests.fixtures import virtuoso as v
    if not v.available():
        pytest.skip("virtuoso-opensource is not installed")
    folder = tmp_path_factory.mktemp("virtuoso-drafts")
    dump = folder / "data" / "drafts.nq"
    dump.parent.mkdir()
    dump.write_text(proposed["nquads"], encoding="utf-8")
    server = v.Virtuoso(folder / "db", materialise=False).start(dump)
    try:
        with make_client(Settings(root=REPO), sparql_endpoint=server.endpoint, query_timeout=30) as c:
            yield c
    finally:
        server.stop()


@pytest.mark.virtuoso
@pytest.mark.slow
def test_a_drafted_place_and_indicator_on_the_remote_backend(remote, proposed):
    r = remote.get("/api/targets", params={"place": "beijing", "graphs": "drafted"})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 2 and {f["review"] for f in r.json()["items"]} == {DRAFTED}
    r = remote.get("/api/results", params={"indicator": proposed["indicator"], "graphs": "all"})
    assert r.status_code == 200 and [f["value"] for f in r.json()["items"]] == [18]
    assert is_problem(remote.get("/api/targets", params={"place": "beijing"}), 404)
    assert is_problem(remote.get("/api/targets", params={"place": "atlantis", "graphs": "drafted"}), 404)
    assert is_problem(remote.get("/api/targets", params={"place": "bogus/x", "graphs": "drafted"}), 400)


def test_the_entity_itself_under_drafted_and_all(client, proposed):
    """/api/entities/{ref}: a drafted-only entity is a 404 by default, and under ?graphs=drafted|all its JSON with
    its drafted facts, marked `review: drafted` as a whole (regression: it was a 404 under every set)."""
    for ref in (PLACE, proposed["indicator"]):
        assert is_problem(client.get(f"/api/entities/{ref}"), 404), ref
        for graphs in ("drafted", "all"):
            r = client.get(f"/api/entities/{ref}", params={"graphs": graphs})
            assert r.status_code == 200, (ref, graphs, r.text[:300])
            data = r.json()
            assert data["id"] == ref and data["review"] == "drafted"
            assert data["facts"] and {f["review"] for f in data["facts"]} == {DRAFTED}
            assert r.headers["content-location"].endswith(f"/api/entities/{ref}?graphs={graphs}")
    # a reviewed entity says so, under every set
    for graphs in (None, "drafted", "all"):
        r = client.get("/api/entities/place/dalian", params={"graphs": graphs} if graphs else {})
        assert r.status_code == 200 and r.json()["review"] == "reviewed"


def test_the_entity_page_under_drafted(client):
    """/id/place/beijing: 404 by default; under ?graphs=drafted its page lists its drafted facts, each marked."""
    html = {"Accept": "text/html", "Accept-Language": "en"}
    assert client.get(f"/id/{PLACE}", headers=html).status_code == 404
    r = client.get(f"/id/{PLACE}", params={"graphs": "drafted"}, headers=html)
    assert r.status_code == 200 and r.text.count(f">{DRAFTED}</a>") >= 2
