"""Checked records → RDF: what the fixture records become, asked through SPARQL on Oxigraph."""
import re

import pytest

from api.store import open_store, run_query

PREFIXES = """PREFIX gwr: <https://w3id.org/gwr/ontology#>
PREFIX id: <https://w3id.org/gwr/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
"""


@pytest.fixture(scope="module")
def store(mini_settings):
    return open_store(mini_settings)


def expand(query: str) -> str:
    """id:kind/key is not a legal prefixed name in SPARQL (the slash): write the full IRI."""
    return re.sub(r"\bid:([a-z0-9-]+/[a-z0-9.-]*[a-z0-9])", r"<https://w3id.org/gwr/id/\1>", query)


def ask(store, query) -> bool:
    return bool(run_query(store, PREFIXES + expand(query)))


def select(store, query):
    result = run_query(store, PREFIXES + expand(query))
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


def test_compound_statement_is_three_facts_in_order(store):
    rows = select(store, """SELECT ?about ?value ?order WHERE {
        ?f gwr:indicator id:indicator/foreign-trade ; gwr:about ?about ; gwr:value ?value ; gwr:order ?order }
        ORDER BY ?order""")
    assert [(r["about"].rsplit("/", 1)[1], r["value"], r["order"]) for r in rows] == [
        ("japan", "2", "1"), ("south-korea", "20", "2"), ("russia", "80", "3")]


def test_qualifier_meaning_and_words_are_both_kept(store):
    rows = select(store, """SELECT ?c ?written WHERE {
        id:fact/dalian-2024-t2024-cpi gwr:comparison ?c ; gwr:comparisonAsWritten ?written }""")
    assert rows == [{"c": "https://w3id.org/gwr/id/comparison-at-most-about", "written": "控制在…左右"}]
    broader = select(store, "SELECT ?b WHERE { id:comparison-at-most-about skos:broader ?b } ORDER BY ?b")
    assert [r["b"].rsplit("/", 1)[1] for r in broader] == ["comparison-about", "comparison-at-most"]


def test_percentage_points_are_not_percent(store):
    rows = select(store, """SELECT ?unit ?value WHERE {
        id:fact/dalian-2024-r2023-criminal-case-clearance-change qudt:unit ?unit ; gwr:value ?value }""")
    assert rows == [{"unit": "https://w3id.org/gwr/id/unit-percentage-point", "value": "19.5"}]


def test_range_has_minimum_and_maximum_and_no_value(store):
    rows = select(store, """SELECT ?min ?max ?v WHERE {
        id:fact/dalian-2024-t2024-national-innovation-platforms gwr:minValue ?min ; gwr:maxValue ?max
        OPTIONAL { id:fact/dalian-2024-t2024-national-innovation-platforms gwr:value ?v } }""")
    assert rows == [{"min": "2", "max": "3", "v": None}]


def test_cumulative_baseline_keeps_its_year_and_default_baseline_is_previous_year(store):
    rows = select(store, """SELECT ?f ?b ?y WHERE { ?f gwr:baseline ?b OPTIONAL { ?f gwr:baselineYear ?y } }
        ORDER BY ?f""")
    by_fact = {r["f"].rsplit("/", 1)[1]: (r["b"].rsplit("/", 1)[1], r["y"]) for r in rows}
    assert by_fact["dalian-2024-r2023-energy-intensity-cumulative"] == ("baseline-cumulative-since", "2020")
    assert by_fact["dalian-2024-r2023-gdp-growth"] == ("baseline-previous-year", None)
    assert "dalian-2024-t2024-national-innovation-platforms" not in by_fact   # a level has no baseline


def test_evidence_selectors_point_into_the_cleaned_text(store):
    rows = select(store, """SELECT ?exact ?start ?end ?prefix ?p WHERE {
        id:fact/dalian-2024-r2023-gdp-growth gwr:evidence ?ev ; gwr:paragraph ?p .
        ?ev oa:hasSelector ?q, ?pos . ?q oa:exact ?exact ; oa:prefix ?prefix . ?pos oa:start ?start ; oa:end ?end }""")
    assert rows == [{"exact": "地区生产总值增长6%以上", "start": "430", "end": "442",
                     "prefix": "次会议确定的年度目标任务。预计,", "p": "https://w3id.org/gwr/id/paragraph/dalian-2024-4"}]


def test_mentions_take_the_longest_name(store):
    rows = select(store, """SELECT ?body ?quote WHERE { ?m a gwr:Mention ; oa:hasBody ?body ; gwr:quote ?quote .
        FILTER (CONTAINS(?quote, "金州湾")) }""")
    assert {r["body"].rsplit("/", 1)[1] for r in rows} == {"jinzhouwan-international-airport"}
    # 大连 inside 大连市 is one mention of Dalian through its longer alias, not two
    rows = select(store, """SELECT ?quote WHERE { ?m oa:hasBody id:place/dalian ; gwr:quote ?quote ;
        oa:hasTarget/oa:hasSelector/oa:start ?start } ORDER BY ?start""")
    assert {r["quote"] for r in rows} <= {"大连", "大连市", "全市", "我市"}


def test_stated_relation_is_asserted_and_reified_with_evidence(store):
    assert ask(store, "ASK { id:project/graphite-valley gwr:locatedIn id:zone/jinpu-new-area }")
    rows = select(store, """SELECT ?quote WHERE { ?r rdf:subject id:project/graphite-valley ;
        rdf:predicate gwr:locatedIn ; rdf:object id:zone/jinpu-new-area ; gwr:quote ?quote }""".replace(
        "WHERE", "WHERE", 1).replace("SELECT", "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT", 1))
    assert rows == [{"quote": "石墨谷项目落户金普新区"}]


def test_divisions_carry_codes_and_verified_wikidata_only(store):
    rows = select(store, """SELECT ?d ?code ?wd WHERE { ?d a gwr:AdministrativeDivision ; gwr:divisionCode ?code
        OPTIONAL { ?d skos:exactMatch ?wd } } ORDER BY ?code""")
    by_code = {r["code"]: r["wd"] for r in rows}
    assert by_code["210200"] == "http://www.wikidata.org/entity/Q74881"
    assert by_code["210214"] is None          # 普兰店区: not verified, left unlinked
    assert len(by_code) == 12          # Liaoning, Dalian and its ten districts and counties


def test_labels_in_three_languages(store):
    rows = select(store, "SELECT ?l WHERE { id:zone/jinpu-new-area skos:prefLabel ?l }")
    assert {r["l"] for r in rows} == {"金普新区", "Jinpu New Area", "Jīnpǔ Xīnqū"}
    langs = select(store,
                   "SELECT (LANG(?l) AS ?lang) WHERE { id:zone/jinpu-new-area skos:prefLabel ?l } ORDER BY ?lang")
    assert [r["lang"] for r in langs] == ["en", "zh", "zh-latn-pinyin"]


def test_no_blank_nodes(store):
    assert not ask(store, "ASK { { ?s ?p ?o FILTER isBlank(?s) } UNION { ?s ?p ?o FILTER isBlank(?o) } }")
