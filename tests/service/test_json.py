"""Even JSON (issue 14, deliverable 4): every JSON answer fits its model (api/service/models.py); numbers are JSON
numbers; terms are CURIEs of the published context; labels come in zh and en, paragraphs' too; every list has
paging links in its body and its Link header; ETag and Cache-Control on /api, 304 on If-None-Match; every route
reads identifiers the same way and answers a problem for one that names nothing; HEAD wherever GET is."""
from __future__ import annotations

import pytest

from api.service import models
from tests.fixtures.service import BASE

ANSWERS = [  # (path, params, model)
    ("/api/entities", {"size": 5}, models.EntityList),
    ("/api/search", {"q": "大连", "limit": 5}, models.SearchAnswer),
    ("/api/entities/place/dalian", {}, models.EntityDetail),
    ("/api/entities/indicator/gdp", {}, models.EntityDetail),
    ("/api/targets", {"indicator": "gdp"}, models.FactList),
    ("/api/results", {"place": "dalian", "limit": 5}, models.FactList),
    ("/api/compare", {"indicator": "gdp"}, models.Comparison),
    ("/api/queries", {}, models.QueryList),
    ("/api/queries/main-targets", {"limit": 3}, models.QueryPage),
    ("/version", {}, models.Version),
]
LISTS = [(path, params) for path, params, model in ANSWERS if "links" in model.model_fields]


@pytest.mark.parametrize(("path", "params", "model"), ANSWERS, ids=[a[0] for a in ANSWERS])
def test_every_json_answer_fits_its_model(client, path, params, model):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    model.model_validate(r.json())     # extra="forbid": no field the description leaves out


def test_numbers_are_json_numbers(client):
    facts = client.get("/api/results", params={"place": "dalian", "limit": 1000}).json()["items"]
    assert facts and all(isinstance(f["value"], int | float) for f in facts if f["value"] is not None)
    assert any(isinstance(f["value"], float) for f in facts) and any(isinstance(f["value"], int) for f in facts)
    # Dalian's 2024 GDP target, 增长6%左右: named, not the first of every report's GDP targets
    gdp, = client.get("/api/targets", params={"indicator": "gdp", "place": "dalian", "period": 2024}).json()["items"]
    assert gdp["value"] == 6 and gdp["valueAsWritten"] == "6%" and isinstance(gdp["period"], int)
    rows = client.get("/api/queries/main-targets").json()["rows"]
    assert all(isinstance(r["value"], int | float) for r in rows if "value" in r)


def test_terms_are_curies_of_the_published_context(client):
    prefixes = {k for k, v in client.get("/context.jsonld").json()["@context"].items()
                if isinstance(v, str) and v.endswith(("/", "#"))}
    e = client.get("/api/entities/place/dalian").json()
    terms = [*e["types"], *e["properties"], *(link["predicate"] for link in e["linked"]),
             *(t for link in e["linked"] for t in link["types"]), *(s["type"] for s in e["statements"])]
    listed = client.get("/api/entities", params={"size": 500}).json()["items"]
    terms += [t for item in listed for t in item["types"]]
    assert terms and all("://" not in t and t.split(":", 1)[0] in prefixes for t in terms), \
        sorted({t for t in terms if "://" in t or t.split(":", 1)[0] not in prefixes})
    assert "schema:containedInPlace" in {link["predicate"] for link in e["linked"]}
    assert "gwr:AdministrativeDivision" in e["types"] and "gwr:divisionCode" in e["properties"]


def test_labels_come_in_chinese_and_english_paragraphs_too(client):
    e = client.get("/api/entities/place/dalian").json()
    paragraphs = [f["paragraph"] for f in e["facts"] if f["paragraph"]] + \
                 [s["paragraph"] for s in e["statements"] if s["paragraph"]]
    assert paragraphs
    for p in paragraphs:
        number = p["id"].rsplit("-", 1)[-1]
        assert (p["zh"], p["en"]) == (f"第{number}段", f"Paragraph {number}")
    for f in e["facts"]:
        assert set(f["indicator"]) == set(f["about"]) == {"id", "zh", "en"}


@pytest.mark.parametrize(("path", "params"), LISTS, ids=[p for p, _ in LISTS])
def test_every_list_has_paging_links_in_body_and_header(client, path, params):
    r = client.get(path, params=params)
    links = r.json()["links"]
    assert set(links) == {"self", "first", "prev", "next", "last"}
    header = r.headers["link"]
    for rel, url in links.items():
        assert (f'<{url}>; rel="{rel}"' in header) == (url is not None), (rel, header)


def test_following_next_walks_every_page(client):
    first = client.get("/api/entities", params={"size": 100}).json()
    seen, url = [], first["links"]["self"]
    while url:
        body = client.get(url).json()
        seen += [e["id"] for e in body["items"]]
        url = body["links"]["next"]
    assert len(seen) == len(set(seen)) == first["total"]
    last = client.get(first["links"]["last"]).json()
    assert last["links"]["next"] is None and last["links"]["prev"]
    hits = client.get("/api/search", params={"q": "da", "limit": 3}).json()
    assert hits["total"] > 3 and "offset=3" in hits["links"]["next"]


def test_etag_and_cache_control_on_api_answers_and_304(client):
    version = client.get("/version").json()["data"]["sha256"]
    r = client.get("/api/entities", params={"size": 3})
    tag = r.headers["etag"]
    assert tag.startswith(f'W/"{version[:16]}-') and r.headers["cache-control"] == "public, no-cache"
    again = client.get("/api/entities", params={"size": 3}, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    other = client.get("/api/entities", params={"size": 4}, headers={"If-None-Match": tag})
    assert other.status_code == 200 and other.headers["etag"] != tag
    csv = client.get("/api/queries/main-targets", headers={"Accept": "text/csv"})
    assert csv.headers["etag"] != client.get("/api/queries/main-targets").headers["etag"]
    assert "etag" not in client.get("/api/entities/place/nowhere").headers


@pytest.mark.parametrize("form", ["ganjingzi-district", "place/ganjingzi-district", "id:place/ganjingzi-district",
                                  BASE + "id/place/ganjingzi-district"])
def test_every_identifier_form_names_the_same_entity(client, form):
    inside = client.get("/api/entities", params={"district": form, "size": 500}).json()
    assert inside["total"] >= 1 and "place/ganjingzi-district" in [e["id"] for e in inside["items"]]
    facts = client.get("/api/results", params={"place": form.replace("ganjingzi-district", "dalian")})
    assert facts.status_code == 200 and facts.json()["total"] >= 1
    compare = client.get("/api/compare", params={"indicator": form.replace("place/", "indicator/")
                                                 .replace("ganjingzi-district", "gdp")})
    assert compare.status_code == 200 and compare.json()["indicator"] == "indicator/gdp"


@pytest.mark.parametrize(("path", "params", "status"), [
    ("/api/compare", {"indicator": "nonexistent"}, 404),
    ("/api/targets", {"indicator": "nonexistent"}, 404),
    ("/api/results", {"place": "atlantis"}, 404),
    ("/api/entities", {"district": "atlantis"}, 404),
    ("/api/entities", {"industry": "industry/none"}, 404),
    ("/api/entities", {"kind": "planet"}, 400),
    ("/api/entities", {"type": "Planet"}, 400),
    ("/api/entities", {"district": "indicator/gdp"}, 400),
    ("/api/search", {"q": "x", "kind": "planet"}, 400),
    ("/api/entities/planet/mars", {}, 400),
    ("/api/entities/place/atlantis", {}, 404),
])
def test_what_names_nothing_is_a_problem_not_an_empty_list(client, path, params, status):
    r = client.get(path, params=params)
    assert r.status_code == status and r.headers["content-type"] == "application/problem+json", r.text
    assert r.json()["status"] == status


@pytest.mark.parametrize(("path", "params"), [(p, q) for p, q, _ in ANSWERS])
def test_head_wherever_get_is(client, path, params):
    get, head = client.get(path, params=params), client.head(path, params=params)
    assert head.status_code == 200 and head.content == b""
    assert head.headers.get("etag") == get.headers.get("etag")


def test_canned_iri_parameters_take_the_same_identifier_forms(client):
    totals = {form: client.get("/api/queries/api-links", params={"entity": form, "limit": 1}).json()["total"]
              for form in ("place/dalian", "id:place/dalian", BASE + "id/place/dalian")}
    assert len(set(totals.values())) == 1 and totals["place/dalian"] > 0, totals
