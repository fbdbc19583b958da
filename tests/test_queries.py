"""Every canned query in queries/ runs against the real graph on Oxigraph, with asserted results."""
from decimal import Decimal

import pytest

from api.queries import list_queries, read_query, rows_of
from api.store import run_query
from tests.fixtures.root import REPO

QUERIES = {q.name: q for q in list_queries(REPO / "queries")}
ID = "https://w3id.org/gwr/id/"
# Values for parameters that have no default, so that every query can run.
SAMPLE = {"resource": ID + "zone/jinpu-new-area", "entity": ID + "zone/jinpu-new-area",
          "fact": ID + "fact/dalian-2024-t2024-gdp-growth"}


def run(store, name, **params):
    q = QUERIES[name]
    names, rows = rows_of(run_query(store, q.text, q.substitutions(params)))
    return [dict(zip(names, r, strict=True)) for r in rows]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_canned_query_runs_and_has_a_header(real_store, name):
    """Each query has a header, and on the real graph (its defaults, or a sample for a parameter without one)
    it finds something: rows with a value in the first column (the thing each row is about) and no row twice."""
    q = QUERIES[name]
    assert q.title and q.title != name and q.description
    params = {p.name: SAMPLE.get(p.name) for p in q.params if p.default is None and p.name in SAMPLE}
    names, rows = rows_of(run_query(real_store, q.text, q.substitutions(params)))
    assert names and rows, f"{name} finds nothing in the real graph"
    assert all(len(row) == len(names) and row[0] for row in rows), f"{name}: a row without its {names[0]}"
    assert len({tuple(row) for row in rows}) == len(rows), f"{name} answers a row twice"


def test_main_targets_in_text_order_with_qualifiers(real_store):
    rows = run(real_store, "main-targets")
    got = [(r["indicatorLabel"], r["value"], r["comparison"], r["comparisonAsWritten"]) for r in rows]
    assert got[:3] == [("地区生产总值", "6", "about", "左右"), ("规模以上工业增加值", "7.5", "exactly", ""),
                       ("固定资产投资", "8", "about", "左右")]
    assert ("居民消费价格", "3", "at-most-about", "控制在…左右") in got
    assert ("能耗强度", "12", "exactly", "") in got
    assert len(rows) == 8   # the paragraph states eight numeric targets (income growth has no number)
    # found from the graph (the first paragraph with a target of the report's target year about its place),
    # not from the paragraph's wording; a bound report keeps that report only
    assert run(real_store, "main-targets", report=ID + "report/dalian-2024") == rows
    assert run(real_store, "main-targets", report=ID + "report/none") == []


def test_growth_targets_about_vs_at_least_is_one_query(real_store):
    about = run(real_store, "growth-targets-by-qualifier", comparison=ID + "comparison-about")
    assert {r["indicatorLabel"] for r in about} >= {"地区生产总值", "固定资产投资"}
    assert {r["comparisonAsWritten"] for r in about} == {"左右"}
    at_least = run(real_store, "growth-targets-by-qualifier", comparison=ID + "comparison-at-least")
    assert {r["comparisonAsWritten"] for r in at_least} == {"以上"}
    assert "实际利用外资" in {r["indicatorLabel"] for r in at_least}
    assert run(real_store, "growth-targets-by-qualifier", year="2023") == []   # 2023 has results, no targets


def test_results_beside_targets_pairs_the_same_indicator(real_store):
    rows = run(real_store, "results-beside-targets")
    gdp = [r for r in rows if r["indicatorLabel"] == "地区生产总值" and r["measure"] == "growth"]
    assert [(r["resultValue"], r["resultComparison"], r["targetValue"], r["targetComparison"]) for r in gdp] == [
        ("6", "at-least", "6", "about")]
    assert all(r["resultPeriod"] == "2023" and r["targetPeriod"] == "2024" for r in rows)   # the report's years


def test_projects_by_place_and_status(real_store):
    rows = run(real_store, "projects-by-place-and-status")
    airport = {(r["period"], r["status"]) for r in rows if r["projectLabel"] == "金州湾国际机场"}
    assert ("2023", "started") in airport and ("2024", "under-construction") in airport
    assert {r["status"] for r in rows} <= {"planned", "approved", "signed", "started", "under-construction",
                                          "completed", "in-operation", "relocated"}


def test_labs_and_hosts(real_store):
    rows = run(real_store, "labs-and-hosts")
    by_lab = {r["labLabel"]: r for r in rows}
    assert by_lab["水路交通控制全国重点实验室"]["typeLabel"] == "national key laboratory"
    assert len(rows) == len(by_lab)   # one row per lab: the most specific type only
    assert "辽宁滨海实验室" in by_lab


def test_industry_output_targets_in_yuan(real_store):
    rows = run(real_store, "industry-output-targets")
    by_industry = {r["industryLabel"]: Decimal(r["value"]) for r in rows}
    assert by_industry["新一代信息技术产业"] == Decimal("180000000000")
    assert by_industry["清洁能源"] == Decimal("62000000000")


def test_statements_citing_the_main_targets_paragraph(real_store):
    rows = run(real_store, "statements-citing-paragraph", paragraph=ID + "paragraph/dalian-2024-19")
    assert rows[0]["quote"] == "地区生产总值增长6%左右"
    starts = [int(r["start"]) for r in rows]
    assert starts == sorted(starts)
    other = run(real_store, "statements-citing-paragraph", paragraph=ID + "paragraph/dalian-2024-5")
    assert any(r["quote"].startswith("金州湾国际机场") for r in other)


def test_entity_counts_by_type(real_store):
    counts = {r["type"].rsplit("#", 1)[1]: int(r["count"]) for r in run(real_store, "entity-counts-by-type")}
    assert counts["AdministrativeDivision"] >= 12
    assert counts["Result"] >= 100 and counts["Target"] >= 80
    assert counts["Indicator"] >= 100


def test_facts_by_indicator(real_store):
    rows = run(real_store, "facts-by-indicator")   # default: GDP
    assert {(r["period"], r["measure"], r["value"]) for r in rows} >= {("2023", "growth", "6"), ("2024", "growth", "6")}


def test_base_year_facts(real_store):
    rows = run(real_store, "base-year-facts")
    assert {(r["indicatorLabel"], r["baseline"], r["baselineYear"], r["value"]) for r in rows} >= {
        ("能耗强度", "cumulative-since", "2020", "13"), ("能耗强度", "cumulative-since", "2020", "12")}
    assert any(r["baseline"] == "level-of" and r["baselineYear"] == "2019" and r["value"] == "148" for r in rows)


def test_percentage_point_changes(real_store):
    rows = run(real_store, "percentage-point-changes")
    assert {(r["indicatorLabel"], r["value"]) for r in rows} == {("刑事案件破案率", "19.5"), ("治安案件结案率", "23.9")}


def test_entity_mentions(real_store):
    rows = run(real_store, "entity-mentions")   # default: 金普新区
    assert rows and all(r["quote"] in ("金普新区",) for r in rows)


def test_divisions_with_codes(real_store):
    rows = run(real_store, "divisions-with-codes")
    by_code = {r["code"]: r for r in rows}
    assert by_code["210200"]["wikidata"] == "http://www.wikidata.org/entity/Q74881"
    assert by_code["210214"]["wikidata"] == "" and by_code["210214"]["validFrom"] == "2015"


def test_commitments_by_action(real_store):
    rows = run(real_store, "commitments-by-action")
    started = [r for r in rows if r["action"] == "开工建设" and r["status"] == "started"]
    assert started and int(started[0]["entities"]) >= 5


def test_parameters_are_bound_as_terms_not_text(real_store):
    q = read_query(REPO / "queries" / "facts-by-indicator.rq")
    hostile = ID + "indicator/gdp> } UNION { ?fact ?p ?o"
    with pytest.raises(ValueError):
        q.substitutions({"indicator": hostile})


def test_a_parameter_may_not_take_a_name_the_api_uses(tmp_path):
    from api.queries import read_query
    for name in ("limit", "offset", "format"):
        (tmp_path / "q.rq").write_text(f"# param: {name} integer\nSELECT * WHERE {{ ?s ?p ?o }}\n")
        with pytest.raises(ValueError, match="reserved"):
            read_query(tmp_path / "q.rq")
