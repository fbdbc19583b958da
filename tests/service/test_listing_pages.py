"""The fact listings' order and paging (api/service/listing.py): the facts in api-facts.rq's own ORDER BY, each
once, whichever backend serves them; the sort keys come from the store as one string a fact."""
from __future__ import annotations

from api.service.listing import key_query, ordered
from tests.fixtures.service import BASE

GWR = BASE + "ontology#"


def test_keys_are_sorted_by_indicator_period_fact_place_each_fact_once():
    tsv = "\n".join(['?key', f'"{BASE}id/fact/b {BASE}id/indicator/gdp 2024 {BASE}id/place/x"',
                     f'"{BASE}id/fact/a {BASE}id/indicator/gdp 2024 {BASE}id/place/y"',
                     f'"{BASE}id/fact/c {BASE}id/indicator/cpi 2025 {BASE}id/place/x"',
                     f'"{BASE}id/fact/a {BASE}id/indicator/gdp 2023 {BASE}id/place/z"', ""])
    facts = ordered(tsv)
    assert facts.page(0, 10) == [f"<{BASE}id/fact/{f}>" for f in ("c", "a", "b")]
    assert len(facts) == 3 and facts.page(1, 1) == [f"<{BASE}id/fact/a>"] and facts.page(5, 2) == []


def test_the_key_query_asks_one_term_a_fact():
    text = key_query({"class": f"<{GWR}Target>"})
    assert text.startswith("SELECT (CONCAT(STR(?fact), ' ', STR(?indicator), ' ', STR(?period), ' ', STR(?place))")


def test_pages_follow_api_facts_order(client):
    for route, cls in (("targets", "Target"), ("results", "Result")):
        rows = client.get("/api/queries/api-facts", params={"class": GWR + cls},     # the whole answer, ordered
                          headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
        expected = list(dict.fromkeys(r["fact"]["value"] for r in rows))
        assert len(expected) > 18
        first = client.get(f"/api/{route}", params={"limit": 1000}).json()
        assert first["total"] == len(expected) and [f["iri"] for f in first["items"]] == expected[:1000]
        later = client.get(f"/api/{route}", params={"limit": 7, "offset": 11}).json()
        assert [f["iri"] for f in later["items"]] == expected[11:18]
