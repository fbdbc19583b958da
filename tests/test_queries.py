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
# … and where a query wants a sample of its own kind (a project, not a zone)
SAMPLE_OF = {"project-timelines": {"entity": ID + "project/jinzhouwan-international-airport"}}


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
    samples = {**SAMPLE, **SAMPLE_OF.get(name, {})}
    params = {p.name: samples[p.name] for p in q.params if p.default is None and p.name in samples}
    names, rows = rows_of(run_query(real_store, q.text, q.substitutions(params)))
    assert names and rows, f"{name} finds nothing in the real graph"
    assert all(len(row) == len(names) and row[0] for row in rows), f"{name}: a row without its {names[0]}"
    assert len({tuple(row) for row in rows}) == len(rows), f"{name} answers a row twice"


def test_main_targets_in_text_order_with_qualifiers(real_store):
    rows = run(real_store, "main-targets", report=ID + "report/dalian-2024")
    got = [(r["indicatorLabel"], r["value"], r["comparison"], r["comparisonAsWritten"]) for r in rows]
    assert got[:3] == [("地区生产总值", "6", "about", "左右"), ("规模以上工业增加值", "7.5", "exactly", ""),
                       ("固定资产投资", "8", "about", "左右")]
    assert ("居民消费价格", "3", "at-most-about", "控制在…左右") in got
    assert ("能耗强度", "12", "exactly", "") in got
    assert len(rows) == 8   # the paragraph states eight numeric targets (income growth has no number)
    # found from the graph (the first paragraph with a target of the report's target year about its place),
    # not from the paragraph's wording; a bound report keeps that report only
    assert run(real_store, "main-targets", report=ID + "report/none") == []
    # unbound: every report's main targets, each report's in text order; the 2025 report's come with it
    every = run(real_store, "main-targets")
    assert [r for r in every if r["report"] == ID + "report/dalian-2024"] == rows
    assert ("地区生产总值", "5.5", "at-least", "以上") in {
        (r["indicatorLabel"], r["value"], r["comparison"], r["comparisonAsWritten"])
        for r in every if r["report"] == ID + "report/dalian-2025"}


def test_growth_targets_about_vs_at_least_is_one_query(real_store):
    about = run(real_store, "growth-targets-by-qualifier", comparison=ID + "comparison-about")
    assert {r["indicatorLabel"] for r in about} >= {"地区生产总值", "固定资产投资"}
    assert {r["comparisonAsWritten"] for r in about} <= {"左右", "约", "控制在…左右"}
    at_least = run(real_store, "growth-targets-by-qualifier", comparison=ID + "comparison-at-least")
    assert {r["comparisonAsWritten"] for r in at_least} == {"以上"}
    assert "实际利用外资" in {r["indicatorLabel"] for r in at_least}
    # 2023 has targets of the 2023 reports only: none from dalian-2024, which reviews it
    assert not [r for r in run(real_store, "growth-targets-by-qualifier", year="2023")
                if "dalian-2024" in r["target"]]


def test_results_beside_targets_pairs_the_same_indicator(real_store):
    rows = run(real_store, "results-beside-targets")
    gdp = [r for r in rows if r["indicatorLabel"] == "地区生产总值" and r["measure"] == "growth"
           and r["report"] == ID + "report/dalian-2024"]
    assert [(r["resultValue"], r["resultComparison"], r["targetValue"], r["targetComparison"]) for r in gdp] == [
        ("6", "at-least", "6", "about")]
    # each pair comes from one report: its reviewed year's result beside its target year's target
    assert all(int(r["targetPeriod"]) == int(r["resultPeriod"]) + 1 for r in rows)


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
    rows = [r for r in run(real_store, "industry-output-targets") if "dalian-2024" in r["target"]]
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
    in_2024 = {(r["indicatorLabel"], r["value"]) for r in rows if "dalian-2024" in r["fact"]}
    assert in_2024 == {("刑事案件破案率", "19.5"), ("治安案件结案率", "23.9")}


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


def test_project_timeline_follows_one_project_across_reports(real_store):
    rows = run(real_store, "project-timelines", entity=ID + "project/jinzhouwan-international-airport")
    reports = {r["report"].rsplit("/", 1)[1] for r in rows}
    assert {"dalian-2023", "dalian-2024", "dalian-2025"} <= reports     # one IRI, every year that names it
    periods = [r["period"] for r in rows]
    assert periods == sorted(periods)
    assert ("2023", "started") in {(r["period"], r["status"]) for r in rows}


def test_series_lines_targets_up_with_outcomes(real_store):
    rows = run(real_store, "series")      # default: GDP growth of Dalian
    target_2024 = [r for r in rows if r["period"] == "2024" and r["kind"] == "target"]
    assert [(r["value"], r["comparison"], r["comparisonAsWritten"]) for r in target_2024] == [("6", "about", "左右")]
    outcome = [r for r in rows if r["period"] == "2024" and r["kind"] == "result" and "dalian-2025" in r["report"]]
    assert [(r["value"], r["modality"], r["attainment"], r["tolerance"]) for r in outcome] == [
        ("5.5", "estimate", "met", "0.5")]
    # 2020: an outcome and no numeric target (the report only asked growth in step with the nation)
    assert not [r for r in rows if r["period"] == "2020" and r["kind"] == "target"]


def test_cascade_of_one_year_from_nation_to_city(real_store):
    rows = run(real_store, "cascade", year="2024")     # default: GDP growth targets
    assert [(r["placeLabel"], r["level"], r["value"], r["comparisonAsWritten"]) for r in rows] == [
        ("中华人民共和国", "0", "5", "左右"), ("辽宁", "1", "5.5", "左右"), ("大连", "2", "6", "左右")]


def test_the_years_dalian_missed_its_gdp_target(real_store):
    years = {r["period"] for r in run(real_store, "targets-missed")}
    assert {"2011", "2012", "2014", "2015", "2022"} <= years
    assert "2024" not in years


def test_amplification_city_over_province_over_nation(real_store):
    gdp = {r["year"]: r for r in run(real_store, "amplification") if r["indicator"] == ID + "indicator/gdp"}
    assert (gdp["2024"]["nationValue"], gdp["2024"]["provinceValue"], gdp["2024"]["cityValue"]) == ("5", "5.5", "6")
    assert (gdp["2024"]["cityOverProvince"], gdp["2024"]["provinceOverNation"]) == ("0.5", "0.5")


def test_attainment_by_qualifier_counts_each_target_once(real_store):
    rows = run(real_store, "attainment-by-qualifier")
    gdp = {(r["comparison"], r["aspirational"]): r for r in rows if r["indicator"] == ID + "indicator/gdp"}
    about = gdp[("about", "false")]
    assert int(about["targets"]) == int(about["met"]) + int(about["missed"]) + int(about["notAssessable"])
    assert 0 < Decimal(about["metRate"]) < 1
    # CPI targets read as ceilings (the registry marks CPI lower_is_better): none of its about targets is missed
    cpi = [r for r in rows if r["indicator"] == ID + "indicator/cpi" and r["comparison"] == "about"]
    assert cpi and all(r["missed"] == "0" for r in cpi)
