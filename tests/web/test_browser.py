"""Browser tests (issue 4): headless Chromium against a real `python -m api serve`. Pages render without
JavaScript errors and load nothing from another host; search finds an entity by pinyin; the editor runs a
canned query and shows rows; the evidence highlight appears. Screenshots go to var/screenshots/."""
from __future__ import annotations

import pytest

PAGES = [
    ("home", "/"),
    ("entity-dalian", "/id/place/dalian"),
    ("entity-airport", "/id/project/jinzhouwan-international-airport"),
    ("entity-gdp", "/id/indicator/gdp"),
    ("fact", "/id/fact/dalian-2024-t2024-gdp-growth"),
    ("reports", "/reports"),
    ("reader", "/report/dalian-2024"),
    ("sparql", "/sparql"),
    ("charts", "/charts"),
    ("api-docs", "/docs"),
    ("ontology-docs", "/docs/ontology.html"),
    ("search", "/search?q=jinzhouwan"),
]


@pytest.mark.parametrize("name,path", PAGES)
def test_page_renders_without_errors_and_loads_nothing_foreign(visit, name, path):
    v = visit()
    v.open(path)
    v.page.wait_for_timeout(300)     # let scripts (graph layout, Swagger UI) run
    assert v.errors == [], v.errors
    assert v.foreign() == [], v.foreign()
    assert v.page.locator("h1").first.is_visible() or name == "ontology-docs"
    lang = v.page.get_attribute("html", "lang")
    assert lang, "the page must declare its language"
    for img in v.page.locator("img").all():
        assert img.get_attribute("alt") is not None
    v.shot(name)


@pytest.mark.parametrize("name,path", [("home", "/"), ("reader", "/report/dalian-2024"),
                                       ("entity-gdp", "/id/indicator/gdp"), ("sparql", "/sparql")])
def test_phone_width(visit, name, path):
    v = visit(width=390, height=844)
    v.open(path)
    overflow = v.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at phone width"
    assert v.errors == []
    v.shot(f"phone-{name}")


def test_search_finds_an_entity_by_pinyin(visit):
    v = visit()
    v.open("/")
    box = v.page.locator("#home-q")
    box.fill("jinzhouwan guoji")
    option = v.page.locator("ul.suggest li a", has_text="金州湾国际机场").first
    option.wait_for(state="visible", timeout=5000)
    v.shot("search-suggest")
    box.press("ArrowDown")
    box.press("Enter")
    v.page.wait_for_url("**/id/project/jinzhouwan-international-airport")
    assert "金州湾国际机场" in v.page.locator("h1").inner_text()
    # Without script too: the form's results page lists it.
    v.open("/search?q=Jinzhouwan")
    assert v.page.locator("ol.hits a[href='/id/project/jinzhouwan-international-airport']").count() == 1
    assert v.errors == [] and v.foreign() == []


def test_editor_runs_a_canned_query_and_shows_rows(visit):
    v = visit()
    v.open("/sparql")
    assert v.page.locator(".cm-editor .cm-content").is_visible()
    # Syntax highlighting: keywords get their own styled spans.
    assert v.page.locator(".cm-content span").count() > 5
    v.page.select_option("#examples", "main-targets")
    assert "全市经济社会发展主要预期目标" in v.page.locator(".cm-content").inner_text()
    v.page.click("#run")
    rows = v.page.locator("#result-table table tbody tr")
    rows.first.wait_for(state="visible", timeout=10000)
    assert rows.count() >= 5
    assert "地区生产总值" in v.page.locator("#result-table").inner_text()
    assert v.page.locator("#downloads a", has_text="CSV").count() == 1
    v.shot("sparql-results", full_page=True)
    # A numeric column gives a chart.
    v.page.locator("#tab-chart").wait_for(state="visible")
    v.page.click("#tab-chart")
    assert v.page.locator("#result-chart svg rect").count() >= 5
    v.shot("sparql-chart")
    # Keyboard: Ctrl+Enter runs the query from the editor.
    v.page.select_option("#examples", "entity-counts-by-type")
    v.page.click(".cm-content")
    v.page.keyboard.press("Control+Enter")
    # (not wait_for_function: Playwright polls a string predicate with eval, which the page's CSP refuses)
    v.page.locator("#result-table", has_text="?count").wait_for(timeout=10000)
    assert v.errors == [] and v.foreign() == []


def test_evidence_highlight_appears(visit):
    v = visit()
    v.open("/id/indicator/gdp")
    first = v.page.locator("details.evidence").first
    mark = first.locator("mark.focus")
    assert not mark.is_visible()
    first.locator("summary").click()
    mark.wait_for(state="visible")
    quote = first.locator("summary q").inner_text()
    assert mark.inner_text().replace("\n", "") in quote or quote in first.locator("blockquote").inner_text()
    colour = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    first.scroll_into_view_if_needed()
    v.shot("evidence-open")
    # Keyboard: the summary is reachable and toggles with Enter.
    second = v.page.locator("details.evidence").nth(1)
    second.locator("summary").focus()
    v.page.keyboard.press("Enter")
    assert second.locator("mark.focus").is_visible()


def test_reader_marks_facts_and_mentions(visit):
    v = visit()
    v.open("/report/dalian-2024#p19")
    para = v.page.locator("#p19")
    assert para.locator("mark.target").count() >= 8
    assert para.locator("a.mention").count() >= 1
    first = para.locator("mark.target").first
    first.focus()                                     # keyboard: a fact mark takes focus, Enter opens it
    v.page.keyboard.press("Enter")
    hit = para.locator("details.facts-here li.hit").first
    hit.wait_for(state="visible")
    assert "gdp" in hit.get_attribute("data-fact")
    v.shot("reader-p19")
    href = para.locator("a.mention").first.get_attribute("href")
    assert href.startswith("/id/")
    para.locator("mark.target:not(:has(a))").nth(1).click()   # a click opens it too
    assert para.locator("details.facts-here li.hit").count() >= 1


def test_neighbourhood_graph_and_language_switch(visit):
    v = visit()
    v.open("/id/place/dalian")
    nodes = v.page.locator("figure.graph a.node")
    assert nodes.count() >= 5
    assert v.page.locator("figure.graph line").count() >= 4
    v.page.click("header a.lang")
    v.page.wait_for_load_state("load")
    assert v.page.get_attribute("html", "lang") == "en"
    assert "Facts" in v.page.locator("main").inner_text()
    v.shot("entity-dalian-en")
    v.open("/")                                       # the choice is remembered
    assert v.page.get_attribute("html", "lang") == "en"
    assert v.errors == []


# Pages of every kind with the server's Content-Security-Policy on (api/service/headers.py): the policy is
# sent, Chromium reports no violation (inline script or style, foreign asset, eval), and the page still
# does its work — so a policy that blocks something shows here as a failure, not as a silently broken page.
CSP_PAGES = [
    ("home", "/", "table.counts svg.bar rect"),
    ("entity", "/id/place/dalian", "figure.graph a.node"),
    ("reader", "/report/dalian-2024", "mark.target"),
    ("reports", "/reports", "table.reports a"),
    ("charts", "/charts", "main svg"),
    ("api-docs", "/docs", "#swagger-ui .opblock"),
    ("ontology-docs", "/docs/ontology.html", "#pylode"),
    ("search", "/search?q=jinzhouwan", "ol.hits a"),
]


@pytest.mark.parametrize("name,path,works", CSP_PAGES)
def test_pages_work_under_the_content_security_policy(visit, name, path, works):
    v = visit()
    response = v.open(path)
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers.get("x-content-type-options") == "nosniff"
    v.page.locator(works).first.wait_for(state="attached", timeout=10000)
    v.page.wait_for_timeout(300)
    assert v.csp_violations() == [], v.csp_violations()
    assert v.errors == [], v.errors
    if name == "home":      # the bars are drawn without a style attribute, and drawn
        width = v.page.locator("table.counts svg.bar").first.evaluate("e => e.getBoundingClientRect().width")
        assert width > 10
    if name == "ontology-docs":     # pyLODE's inline stylesheet, served as /docs/ontology.css, applies
        assert v.page.locator("#pylode").evaluate("e => getComputedStyle(e).position") == "fixed"


def test_editor_runs_a_query_under_the_content_security_policy(visit):
    v = visit()
    response = v.open("/sparql")
    assert "script-src 'self'" in response.headers.get("content-security-policy", "")
    # CodeMirror styles the editor from script (constructed style sheets): the policy must leave it styled.
    assert v.page.locator(".cm-editor .cm-content").is_visible()
    assert v.page.locator(".cm-editor").evaluate("e => getComputedStyle(e).display") != "inline"
    v.page.select_option("#examples", "main-targets")
    v.page.click("#run")
    v.page.locator("#result-table table tbody tr").first.wait_for(state="visible", timeout=10000)
    v.page.locator("#tab-chart").wait_for(state="visible")
    v.page.click("#tab-chart")
    assert v.page.locator("#result-chart svg rect").count() >= 5
    assert v.csp_violations() == [], v.csp_violations()
    assert v.errors == [], v.errors


def test_a_violation_would_be_seen(visit):
    """The listener works: an inline style the page adds is refused and recorded."""
    v = visit()
    v.open("/")
    v.page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
    v.page.wait_for_timeout(200)
    assert any("style-src" in item for item in v.csp_violations()), v.csp_violations()
