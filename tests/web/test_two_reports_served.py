"""The two-report fixture (tests/fixtures/two: liaoning-2023 and dalian-2019) checked and built by the real
pipeline, then served: the pages and the JSON API show both reports, and their years, titles, navigation, chart
labels and defaults come from the reports present — nothing of the committed 2024 Dalian report leaks in.
On the embedded store and on Virtuoso (GWR_SPARQL_ENDPOINT)."""
from __future__ import annotations

import dataclasses
import re

import pytest
from fastapi.testclient import TestClient

from api.service.app import create_app
from api.settings import Settings
from tests.fixtures.root import make_two_root
from tests.test_two_reports import CITY, PROVINCE, cli

pytestmark = pytest.mark.slow

TITLES = {PROVINCE: "2023年辽宁省政府工作报告(节选)", CITY: "2019年大连市政府工作报告(节选)"}
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def two_root(tmp_path_factory):
    root = make_two_root(tmp_path_factory.mktemp("two-served") / "root")
    for verb in ("check", "build"):
        run = cli(root, verb)
        assert run.returncode == 0, f"{verb}: {run.stdout}{run.stderr}"
    return root


@pytest.fixture(scope="module", params=["embedded", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def client(request, two_root, tmp_path_factory):
    # a long time limit: a cold Virtuoso on a machine busy with other tests once took over the default 10 s
    settings = dataclasses.replace(Settings(root=two_root), workers=1, public_base_url="", query_timeout=60)
    server = None
    if request.param == "virtuoso":
        from tests.fixtures import virtuoso as v
        if not v.available():
            if v.required():
                pytest.fail("virtuoso-opensource is not installed")
            pytest.skip("virtuoso-opensource is not installed")
        server = v.Virtuoso(tmp_path_factory.mktemp("virtuoso-two")).start(settings.graph_dir / "all.nq")
        settings = dataclasses.replace(settings, sparql_endpoint=server.endpoint)
    try:
        with TestClient(create_app(settings)) as c:
            yield c
    finally:
        if server is not None:
            server.stop()


def page(client, path: str, lang: str = "zh") -> str:
    r = client.get(path, params={"lang": lang}, headers=HTML)
    assert r.status_code == 200, (path, r.status_code, r.text[:500])
    return r.text


def no_leak(html: str) -> None:
    """Nothing of the committed report: its key, its years (asset digests aside), its title."""
    text = re.sub(r"\?v=[0-9a-f]+", "", html)
    assert "dalian-2024" not in text and "2024" not in text and "2024年大连市政府工作报告" not in text


def test_home_links_the_newest_report_and_gives_its_main_targets(client):
    html = page(client, "/")
    # the newest year's reports are linked from the home page, every report from /reports (next test)
    assert f'href="/report/{PROVINCE}"' in html and TITLES[PROVINCE] in html
    assert f'href="/report/{CITY}"' not in html
    # the newest report (target year 2023) gives the main targets and their year
    assert "2023年主要预期目标" in html and "地区生产总值增长5%以上" in html and "一般公共预算收入增长5%左右" in html
    assert 'href="/reports"' in html            # the navigation
    no_leak(html)
    assert "Main targets for 2023" in page(client, "/", "en")


def test_navigation_leads_to_every_report(client):
    html = page(client, "/reports")
    rows = re.findall(r'<tr><td><a href="/report/([^"]+)"[^>]*>([^<]+)</a>.*?<td class="n">(\d*)</td>'
                      r'<td class="n">(\d*)</td></tr>', html, re.S)
    assert rows == [(PROVINCE, TITLES[PROVINCE], "2022", "2023"), (CITY, TITLES[CITY], "2018", "2019")]
    assert "辽宁" in html and "大连" in html
    no_leak(html)
    api = client.get("/api/queries/api-reports").json()["rows"]
    assert {(r["report"].rsplit("/", 1)[1], r["reviewedYear"], r["targetYear"], r["place"].rsplit("/", 1)[1])
            for r in api} == {(PROVINCE, "2022", "2023", "liaoning"), (CITY, "2018", "2019", "dalian")}


@pytest.mark.parametrize("key,quote", [(PROVINCE, "地区生产总值增长5%以上"), (CITY, "全市地区生产总值增长6.5%左右")])
def test_each_report_has_its_reader(client, key, quote):
    html = page(client, f"/report/{key}")
    assert TITLES[key] in html and f"<q>{quote}</q>" in html and html.count('<section class="p"') >= 5
    no_leak(html)
    assert client.get(f"/report/{key}.ttl").status_code == 200


def test_charts_label_the_years_of_the_data(client):
    # warm: on a fresh Virtuoso the first /charts can run past the endpoint's limit (503, its "anytime" answer: README,
    # Known differences), then Virtuoso has the data cached; what is tested here is the labels, not the cold latency
    client.get("/charts", params={"lang": "zh"}, headers=HTML)
    html = page(client, "/charts")
    legend = re.findall(r'<g class="legend"><rect[^>]*/><text[^>]*>([^<]*)</text><rect[^>]*/><text[^>]*>([^<]*)</text>',
                        html)
    assert legend == [("2018 结果", "2019 目标")]         # dalian-2019: its 2018 result beside its 2019 target
    assert "<title>地区生产总值 · 增速: 2018 6.5%左右 · 2019 6.5%左右</title>" in html     # measure, qualifiers
    no_leak(html)
    rows = client.get("/api/queries/results-beside-targets").json()["rows"]
    assert [(r["indicatorLabel"], r["aboutLabel"], r["resultPeriod"], r["targetPeriod"]) for r in rows] == [
        ("地区生产总值", "大连", "2018", "2019")]


def test_the_editor_opens_with_every_reports_main_targets(client):
    html = page(client, "/sparql")
    assert 'value="main-targets"' in html and "gwr:targetYear" in html
    no_leak(html)
    rows = client.get("/api/queries/main-targets").json()["rows"]
    assert {(r["report"].rsplit("/", 1)[1], r["quote"]) for r in rows} == {
        (CITY, "地区生产总值增长6.5%左右"), (PROVINCE, "地区生产总值增长5%以上"),
        (PROVINCE, "一般公共预算收入增长5%左右")}


def test_api_lists_both_reports_facts_and_entities(client):
    places = {e["id"] for e in client.get("/api/entities", params={"type": "AdministrativeDivision"}).json()["items"]}
    assert {"place/dalian", "place/liaoning"} <= places
    targets = client.get("/api/targets").json()["items"]
    assert {(t["period"], t["about"]["id"]) for t in targets} == {(2019, "place/dalian"), (2023, "place/liaoning")}
    results = client.get("/api/results").json()["items"]
    assert {r["period"] for r in results} == {2018, 2022}


def test_compare_defaults_to_the_years_of_the_reports_present(client):
    newest = client.get("/api/compare", params={"indicator": "gdp"}).json()       # liaoning-2023, the newest
    assert (newest["resultYear"], newest["targetYear"]) == (2022, 2023)
    assert [(r["about"]["id"], [t["value"] for t in r["target"]]) for r in newest["rows"]] == [
        ("place/liaoning", [5])]
    city = client.get("/api/compare", params={"indicator": "gdp", "place": "dalian"}).json()   # dalian-2019
    assert (city["resultYear"], city["targetYear"]) == (2018, 2019)
    assert [([f["value"] for f in r["result"]], [f["value"] for f in r["target"]]) for r in city["rows"]] == [
        ([6.5], [6.5])]
    given = client.get("/api/compare", params={"indicator": "gdp", "target_year": 2019}).json()
    assert (given["resultYear"], given["targetYear"]) == (2018, 2019)
