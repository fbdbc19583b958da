"""Pages that say what the data says (issue 14, deliverable 6): a decline is a decline, qualifiers stand beside
values, English mode is English (indicator names, qualifiers, statuses, relations), relations are named by their
labels rather than IRIs, counts say what they count, search results keep label, English name and pinyin apart, and
the report's table of contents is spaced. On the five-report build of tests/web/conftest.py (series_root)."""
from __future__ import annotations

import json
import re

import pytest

from tests.fixtures.pages import page

pytestmark = pytest.mark.slow


def labels(html: str) -> list[str]:
    """The row labels and values of the charts page's compare chart, in order."""
    svg = re.search(r'<svg class="chart" viewBox[^>]*aria-labelledby="cmp-title.*?</svg>', html, re.S).group(0)
    return [re.sub(r"&amp;", "&", t) for t in re.findall(r'<text class="(?:label|value)"[^>]*>([^<]*)</text>', svg)]


def test_compare_chart_says_decline_and_keeps_qualifiers(series_client):
    zh = labels(page(series_client, "/charts?report=dalian-2024", "zh"))
    energy = zh.index("能耗强度 · 下降")                      # not "能耗强度 · 增速": 能耗强度比2020年累计下降13%以上
    assert zh[energy + 1] == "13%以上"
    gdp = zh.index("地区生产总值 · 增速")
    assert zh[gdp + 1:gdp + 3] == ["6%以上", "6%左右"]     # 以上 against 左右, not 6% beside 6%


def test_compare_chart_in_english(series_client):
    en = labels(page(series_client, "/charts?report=dalian-2024", "en"))
    assert not [t for t in en if re.search(r"[\u4e00-\u9fff]", t.split(" · ")[0]) and " · " in t], en   # names
    gdp = next(i for i, t in enumerate(en) if t.startswith("Gross regional product"))
    assert en[gdp + 1:gdp + 3] == ["at least 6%", "about 6%"]
    assert any(t.endswith("· decrease") for t in en)


def test_entity_relations_are_named_not_iris(series_client):
    html = page(series_client, "/id/place/dalian", "en")
    graph = json.loads(re.search(r'<script type="application/json" class="graph-data">(.*?)</script>', html,
                                 re.S).group(1))
    edge_labels = {e["label"] for e in graph["edges"]}
    assert "part of" in edge_labels and "contained in place" in edge_labels
    assert not [x for x in edge_labels if "://" in x or ":" in x]
    headings = re.findall(r'<dt><span class="rel">([^<]+)</span>', html)
    assert "part of" in headings
    zh = page(series_client, "/id/place/dalian", "zh")
    assert "隶属于" in re.findall(r'<dt><span class="rel">([^<]+)</span>', zh)


def test_mention_count_says_paragraphs(series_client):
    en = page(series_client, "/id/place/dalian", "en")
    m = re.search(r'<h2 id="mn-h">[^<]*<small>\(([^)]*)\)</small>', en)
    assert m and re.fullmatch(r"\d+ paragraphs", m.group(1)), m and m.group(1)
    zh = page(series_client, "/id/place/dalian", "zh")
    assert re.search(r'<h2 id="mn-h">[^<]*<small>\(\d+ 个段落\)</small>', zh)


def test_facts_table_in_english_gives_english_names_and_qualifiers(series_client):
    html = page(series_client, "/id/indicator/energy-intensity?place=dalian", "en")
    table = re.search(r'<table class="facts">(.*?)</table>', html, re.S).group(1)
    assert "Energy consumption per unit of GDP" in table
    assert "decrease" in table and "at least 13%" in table


def test_reader_counts_are_labelled(series_client):
    en = page(series_client, "/report/dalian-2024", "en")
    assert re.search(r'<small class="counts">\d+ facts · \d+ entity mentions</small>', en)
    zh = page(series_client, "/report/dalian-2024", "zh")
    assert re.search(r'<small class="counts">\d+ 个事实 · \d+ 处实体提及</small>', zh)


def test_search_results_keep_label_english_and_pinyin_apart(series_client):
    html = page(series_client, "/search?q=dalian", "en")
    first = re.search(r'<ol class="hits">\s*<li>(.*?)</li>', html, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", first)
    assert re.match(r"大连 Dalian Dàlián ", text), text


def test_search_and_toc_spacing_in_chromium(series_visit):
    v = series_visit(locale="en-GB")
    v.open("/search?q=dalian&lang=en")
    li = v.page.locator("ol.hits li").first
    boxes = [li.locator(sel).first.bounding_box() for sel in ("a", "span.en", "span.py")]
    assert all(b is not None for b in boxes)
    assert boxes[0]["x"] + boxes[0]["width"] < boxes[1]["x"] and boxes[1]["x"] + boxes[1]["width"] < boxes[2]["x"]
    v.open("/report/dalian-2024?lang=en")
    items = v.page.locator("nav.toc li")
    assert items.count() >= 2
    rects = [items.nth(i).bounding_box() for i in range(items.count())]
    for a, b in zip(rects, rects[1:], strict=False):     # no two entries touch or overlap
        apart_x = a["x"] + a["width"] <= b["x"] - 4 or b["x"] + b["width"] <= a["x"] - 4
        apart_y = a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]
        assert apart_x or apart_y, (a, b)
    v.shot("reader-toc")
    assert v.errors == [] and v.foreign() == [] and v.csp_violations() == []
