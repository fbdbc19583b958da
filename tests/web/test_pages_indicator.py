"""The indicator page (issue 11, deliverable 9): targets against outcomes over the years for a place (qualifiers
beside values, estimates marked, aspirational targets apart, attainment shown), the cascade of one year's targets
from the nation to the city, and project timelines — in Chinese and English, in the HTML and in Chromium.

On five real reports built by the real pipeline (tests/web/conftest.py: series_root): national-2024, liaoning-2024,
dalian-2023, dalian-2024, dalian-2025. What the assertions expect is what those reports say:
- dalian-2023: 地区生产总值增长6%以上，在实际工作中争取实现7%的更好结果 (a binding 6%以上 and an aspirational 7%);
- dalian-2024: 2023 outcome 6%以上; 2024 target 地区生产总值增长6%左右;
- dalian-2025: 预计，地区生产总值增长5.5%左右 (an estimate: met, within 左右's tolerance of 0.5);
- the 2024 cascade: 国内生产总值增长5%左右, 辽宁 5.5%左右, 大连 6%左右.
"""
from __future__ import annotations

import re

import pytest

from tests.fixtures.pages import page

pytestmark = pytest.mark.slow


def row(html: str, year: int) -> str:
    m = re.search(rf'<tr data-year="{year}">(.*?)</tr>', html, re.S)
    assert m, f"no row for {year}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m.group(1)))


def test_series_of_dalian_gdp_in_chinese(series_client):
    html = page(series_client, "/id/indicator/gdp?place=dalian", "zh")
    assert '<svg class="chart series"' in html and "增速 (%)" in html
    y2024 = row(html, 2024)
    assert "6%左右" in y2024                                   # the target with its qualifier as written
    assert "5.5%左右 (预计)" in y2024                          # the outcome, marked as an estimate
    assert "完成" in y2024 and "差值 -0.5" in y2024 and "容差 ±0.5" in y2024
    y2023 = row(html, 2023)
    assert "6%以上" in y2023                                   # binding target (以上, not 左右)
    assert "7% (争取)" in y2023                                # the aspirational one, in its own column
    # aspirational targets are drawn apart (dashed, hollow) from the binding ones
    assert len(re.findall(r'<g class="mark aspirational', html)) == 1
    assert re.search(r'<g class="mark outcome estimate"', html)


def test_series_in_english_says_qualifiers_and_attainment_in_english(series_client):
    html = page(series_client, "/id/indicator/gdp?place=dalian", "en")
    y2024 = row(html, 2024)
    assert "about 6%" in y2024 and "about 5.5% (estimate)" in y2024 and "met" in y2024
    assert "at least 6%" in row(html, 2023)
    assert "growth rate (%)" in html
    assert "Targets against outcomes" in html and "Dalian" in html


def test_place_switcher_and_default_place(series_client):
    html = page(series_client, "/id/indicator/gdp", "zh")
    # the default is the place the indicator's facts are most about; every place is offered
    links = re.findall(r'<a href="/id/indicator/gdp\?place=([a-z-]+)[^"]*#series-h"', html)
    assert {"dalian", "liaoning", "china"} <= set(links)
    current = re.search(r'<a href="[^"]*" aria-current="true">([^<]+)</a> <small>(\d+)</small>', html)
    counts = [int(n) for n in re.findall(r'#series-h"(?: aria-current="true")?>[^<]+</a> <small>(\d+)</small>', html)]
    assert current and int(current.group(2)) == max(counts)
    liaoning = page(series_client, "/id/indicator/gdp?place=place/liaoning", "zh")   # any identifier form
    assert "目标与结果(逐年) · <span>辽宁</span>" in liaoning


def test_a_decline_is_shown_as_a_decline(series_client):
    html = page(series_client, "/id/indicator/energy-intensity?place=dalian", "zh")
    axis = re.search(r'<text class="axis-title"[^>]*>([^<]+)</text>', html)
    assert axis and axis.group(1).startswith("下降"), axis
    en = page(series_client, "/id/indicator/energy-intensity?place=dalian", "en")
    assert re.search(r'<text class="axis-title"[^>]*>decrease', en)


def test_cascade_of_2024_gdp_targets(series_client):
    html = page(series_client, "/id/indicator/gdp?place=dalian&year=2024", "zh")
    table = re.search(r'<table class="cascade-table">(.*?)</table>', html, re.S)
    assert table
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", table.group(1)))
    assert re.search(r"国家 .*5%左右.*省 .*辽宁 .*5\.5%左右.*市 .*大连 .*6%左右", text), text
    en = page(series_client, "/id/indicator/gdp?place=dalian&year=2024", "en")
    assert "The cascade of targets: 2024" in en
    etext = re.sub(r"<[^>]+>", " ", re.search(r'<table class="cascade-table">(.*?)</table>', en, re.S).group(1))
    assert "nation" in etext and "province" in etext and "city" in etext and "about 5.5%" in etext


def test_project_timeline_on_its_page(series_client):
    html = page(series_client, "/id/project/jinzhouwan-international-airport", "zh")
    assert '<svg class="chart timeline"' in html
    table = re.sub(r"<[^>]+>", " ", re.search(r'<table class="timeline-table">(.*?)</table>', html, re.S).group(1))
    assert re.search(r"2023\s+开工", table) and re.search(r"2024\s+在建", table), table   # status by year
    en = page(series_client, "/id/project/jinzhouwan-international-airport", "en")
    assert "Project timeline" in en and "under construction" in en


def test_indicator_page_in_chromium(series_visit):
    v = series_visit(locale="en-GB")
    v.open("/id/indicator/gdp?place=dalian&lang=en")
    chart = v.page.locator("#series-chart svg")
    chart.wait_for(state="visible")
    assert chart.bounding_box()["width"] > 300
    targets = v.page.locator("#series-chart g.mark.target")
    assert targets.count() >= 3
    titles = " ".join(targets.nth(i).locator("title").text_content() for i in range(targets.count()))
    assert "about 6%" in titles and "met" in titles
    assert v.page.locator("#series-chart g.mark.outcome.estimate").count() >= 1
    v.shot("indicator-series-en")
    # keyboard: a mark takes focus
    targets.first.focus()
    assert v.page.evaluate("document.activeElement.classList.contains('mark')")
    # the place switcher
    v.page.locator("nav.switch a", has_text="Liaoning").first.click()
    v.page.wait_for_load_state("networkidle")
    assert "Liaoning" in v.page.locator("#series-h").inner_text()
    # the cascade: three levels of government, each bar with its qualifier
    bars = v.page.locator("#cascade-chart g.row")
    assert bars.count() >= 3
    assert v.page.locator("#cascade-chart").inner_text().count("about") >= 3
    v.shot("indicator-cascade-en")
    assert v.errors == [] and v.foreign() == [] and v.csp_violations() == []


def test_indicator_page_in_chromium_in_chinese(series_visit):
    v = series_visit()
    v.open("/id/indicator/gdp?place=dalian&lang=zh")
    assert v.page.locator("html").get_attribute("lang") == "zh-Hans"
    assert "6%左右" in v.page.locator("table.series-table").inner_text()
    v.open("/id/project/jinzhouwan-international-airport?lang=zh")
    v.page.locator("#timeline-chart svg circle").first.wait_for(state="visible")
    assert v.page.locator("#timeline-chart svg circle").count() >= 2
    v.shot("project-timeline-zh")
    assert v.errors == [] and v.foreign() == [] and v.csp_violations() == []
