"""The pages show drafted facts only when asked, and mark them (issue 13, deliverable 7; api/service/web/drafts.py).

The drafted sample (tests/fixtures/drafts/dalian-2027.txt, drafted here by the real extractor: six facts about
Dalian, three 2026 results — GDP 5.8%, budget revenue 6.2%, 125,000 new jobs — and three 2027 targets — GDP 5.5%,
unemployment 5.5%, CPI 3%) is served beside the reviewed graph with GWR_DRAFTS. The
pages read ?graphs= as the JSON API does (api/graphsets.check: reviewed by default, drafted, all; another value is a
400), show a switch when the store holds drafts, keep ?graphs= in their links, and mark every drafted fact
(机器草拟·未审核 / machine-drafted, unreviewed) with a link to the activity that drafted it and the precision its
graph carries. In-process HTML checks first, then headless Chromium against a real `python -m api serve`.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from api.extract.draft import draft, nquads
from api.extract.indicators import load_registry
from api.settings import Settings
from api.store import dump_path
from api.vocab import load_vocabulary
from tests.fixtures.pages import HTML, page
from tests.fixtures.root import REPO
from tests.fixtures.service import make_client
from tests.fixtures.service import write_drafts as write_nquads

SAMPLE = REPO / "tests" / "fixtures" / "drafts" / "dalian-2027.txt"
ZH_MARK, EN_MARK = "机器草拟·未审核", "machine-drafted, unreviewed"
DRAFT_ROW = re.compile(r'<tr class="(?:target|result) drafted">')

pytestmark = pytest.mark.embedded_only


def write_drafts(out: Path) -> Path:
    """The sample drafted as draft-corpus writes it (gzip N-Quads), with a measured precision of 0.9 / 0.8."""
    settings = Settings(root=REPO)
    vocab = load_vocabulary(settings.ontology_dir)
    d = draft(SAMPLE.read_text(encoding="utf-8"), "dalian-2027", load_registry(settings.root, vocab))
    return write_nquads(nquads(d, vocab, {"found": 0.9, "value": 0.8}, SAMPLE.name), out)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> Path:
    if not dump_path(Settings(root=REPO)).exists():
        pytest.skip("data/graph/all.nq is not built")
    return write_drafts(tmp_path_factory.mktemp("drafts"))


@pytest.fixture(scope="module")
def client(drafts):
    with make_client(Settings(root=REPO), drafts=str(drafts), workers=1) as c:
        yield c


@pytest.fixture(scope="module")
def plain():
    """The same data without drafts."""
    if not dump_path(Settings(root=REPO)).exists():
        pytest.skip("data/graph/all.nq is not built")
    with make_client(Settings(root=REPO), workers=1) as c:
        yield c


def test_the_default_page_shows_no_drafted_fact(client):
    html = page(client, "/id/place/dalian", "zh")
    assert not DRAFT_ROW.search(html) and ZH_MARK not in html and "/id/draft-fact/" not in html
    assert 'graph-switch"' in html                  # the store holds drafts: the switch is there


def test_drafted_facts_are_shown_when_asked_and_marked(client):
    html = page(client, "/id/place/dalian?graphs=drafted", "zh")
    rows = DRAFT_ROW.findall(html)
    assert len(rows) == 6 and rows.count('<tr class="target drafted">') == 3   # nothing reviewed
    assert html.count(f">{ZH_MARK}</a>") == 6
    # the mark links to the activity that drafted the graph and says the precision the graph carries
    assert 'href="/id/activity/extract-dalian-2027?graphs=drafted"' in html
    assert "抽取精度: found 90%, value 80%" in html
    # links between pages keep the set; the switch keeps the page's other parameters
    assert re.search(r'href="/id/draft-fact/dalian-2027-[^"]+\?graphs=drafted"', html)
    assert 'href="/reports?graphs=drafted"' in html
    # under all the hub's reviewed facts come too, in slices (web/resource.py FACTS_PER_PAGE): read them all
    slices = [page(client, "/id/place/dalian?graphs=all", "zh")]
    while 'rel="next"' in slices[-1]:
        slices.append(page(client, f"/id/place/dalian?graphs=all&facts={len(slices) + 1}", "zh"))
    both = "".join(slices)
    assert len(slices) > 1 and len(DRAFT_ROW.findall(both)) == 6 and re.search(r'<tr class="(?:target|result)">', both)


def test_the_switch_keeps_the_other_parameters(client):
    html = page(client, "/id/indicator/gdp?place=dalian&graphs=all", "zh")
    switch = re.search(r'<nav class="switch graph-switch".*?</nav>', html, re.S)
    assert switch, "no switch"
    links = dict(re.findall(r'<a href="([^"]+)" data-graphs="(\w+)"', switch.group(0)))
    assert {v: k.replace("&amp;", "&") for k, v in links.items()} == {
        "reviewed": "/id/indicator/gdp?place=dalian", "drafted": "/id/indicator/gdp?place=dalian&graphs=drafted",
        "all": "/id/indicator/gdp?place=dalian&graphs=all"}
    assert 'data-graphs="all" aria-current="true"' in switch.group(0)
    # the indicator's own page marks the drafted GDP target, in its facts and in the series of Dalian
    assert html.count(f">{ZH_MARK}</a>") >= 2
    # and its chart: the drafted target's point carries the mark too, reviewed points do not (regression: the SVG
    # marks had none)
    marks = re.findall(r'<g class="mark ([^"]*)" tabindex="0" data-fact="([^"]+)"><title>([^<]*)</title>', html)
    assert marks
    for cls, fact, title in marks:
        drafted = "/id/draft-fact/" in fact
        assert ("drafted" in cls.split()) == drafted == title.endswith(f"— {ZH_MARK}"), (cls, fact, title)
    assert any("/id/draft-fact/" in fact for _, fact, _ in marks)


def test_no_switch_without_drafts(plain):
    html = page(plain, "/id/place/dalian", "zh")
    assert 'graph-switch"' not in html
    assert page(plain, "/id/place/dalian?graphs=drafted", "zh").count(ZH_MARK) == 0


def test_english_wording(client):
    html = page(client, "/id/place/dalian?graphs=drafted", "en")
    assert html.count(f">{EN_MARK}</a>") == 6 and "extractor precision: found 90%, value 80%" in html
    assert ">machine-drafted</a>" in html and ">reviewed</a>" in html and "Facts shown" in html


def test_a_drafted_fact_and_its_twins(client):
    html = page(client, "/id/place/dalian?graphs=drafted", "zh")
    fact = re.search(r'href="(/id/draft-fact/dalian-2027-[^"?]+)\?graphs=drafted"', html).group(1)
    assert client.get(fact, headers=HTML).status_code == 404             # reviewed by default: not there
    own = page(client, fact + "?graphs=drafted", "zh")
    assert f">{ZH_MARK}</a>" in own
    for suffix, accept in ((".ttl", None), ("", "application/ld+json")):
        r = client.get(fact + suffix, params={"graphs": "drafted"}, headers={"Accept": accept} if accept else {})
        assert r.status_code == 200 and "DraftedStatement" in r.text, (suffix, r.status_code)
        assert client.get(fact + suffix, headers={"Accept": accept} if accept else {}).status_code == 404
    bad = client.get(fact + ".ttl", params={"graphs": "unreviewed"})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("path", ["/", "/reports", "/report/dalian-2024", "/charts", "/search?q=dalian",
                                  "/id/place/dalian", "/id/indicator/gdp", "/id/fact/dalian-2024-t2024-gdp-growth"])
def test_an_unknown_set_is_a_400_page(client, path):
    r = client.get(path + ("&" if "?" in path else "?") + "graphs=unreviewed", headers=HTML)
    assert r.status_code == 400, (path, r.status_code)
    assert "unknown graph set" in r.text


def test_the_mark_links_to_the_drafted_graph(client, plain):
    html = page(client, "/id/place/dalian?graphs=drafted", "zh")
    assert html.count('<a class="drafted-graph" href="/graph/draft/dalian-2027">草拟图</a>') == 6
    assert client.get("/graph/draft/dalian-2027", headers=HTML).status_code == 200
    assert "drafted graph</a>" in page(client, "/id/place/dalian?graphs=drafted", "en")
    # without drafts loaded there is no drafted graph to serve
    assert plain.get("/graph/draft/dalian-2027.ttl").status_code == 404


def test_the_json_links_carry_the_set(client):
    html = page(client, "/id/indicator/gdp?place=dalian&graphs=drafted", "zh")
    apis = [u.replace("&amp;", "&") for u in re.findall(r'<a href="(/api/queries/(?:series|cascade)\?[^"]+)">JSON</a>',
                                                        html)]
    assert len(apis) == 2 and all(u.endswith("&graphs=drafted") for u in apis)
    series = client.get(apis[0]).json()
    assert series["total"] == 2 and {r["review"] for r in series["rows"]} == {EN_MARK}
    # the drafted series is drawn and tabled on the page, each point marked
    assert html.count(f">{ZH_MARK}</a>") >= 4
    entity = page(client, "/id/place/dalian?graphs=all", "zh")
    assert 'href="/api/entities/place/dalian?graphs=all"' in entity
    assert 'href="/api/entities/place/dalian"' in page(client, "/id/place/dalian", "zh")


def test_the_home_page_says_its_main_targets_are_reviewed(client):
    zh, en = page(client, "/?graphs=drafted", "zh"), page(client, "/?graphs=drafted", "en")
    assert "主要目标只取自已审核的报告" in zh and "Main targets come from reviewed reports only" in en
    both = page(client, "/?graphs=all", "zh")
    assert "主要目标只取自已审核的报告" in both and 'id="targets-h"' in both     # the reviewed main targets stay
    assert "主要目标只取自已审核的报告" not in page(client, "/", "zh")


# ---------------------------------------------------------------- in Chromium

@pytest.fixture(scope="module")
def drafts_server(tmp_path_factory):
    from tests.fixtures.server import serve
    settings = Settings(root=REPO)
    if not dump_path(settings).exists():
        pytest.skip("data/graph/all.nq is not built")
    path = write_drafts(tmp_path_factory.mktemp("drafts-served"))
    with serve(settings, GWR_WORKERS="1", GWR_DRAFTS=str(path)) as (_, url):
        yield url


@pytest.fixture
def drafts_visit(browser, drafts_server):
    from tests.web.conftest import visits
    yield from visits(browser, drafts_server)


@pytest.mark.slow
def test_in_chromium_the_switch_shows_and_marks_the_drafts(drafts_visit):
    v = drafts_visit()
    v.open("/id/place/dalian")
    assert v.page.locator(".drafted-mark").count() == 0
    assert v.page.locator("nav.graph-switch a").count() == 3
    v.page.locator('nav.graph-switch a[data-graphs="drafted"]').click()
    v.page.wait_for_load_state("networkidle")
    assert v.page.url.endswith("/id/place/dalian?graphs=drafted")
    marks = v.page.locator("a.drafted-mark")
    assert marks.count() == 6 and marks.first.inner_text() == ZH_MARK
    assert "found 90%" in (marks.first.get_attribute("title") or "")
    v.shot("drafts-dalian-drafted")
    # the set is kept from page to page: the navigation's report list, then back by the switch
    v.page.locator("header nav a").first.click()
    v.page.wait_for_load_state("networkidle")
    assert v.page.url.endswith("/reports?graphs=drafted")
    assert v.errors == [] and v.foreign() == []


@pytest.mark.slow
def test_in_chromium_english_and_an_unknown_set(drafts_visit):
    v = drafts_visit(locale="en-US")
    v.open("/id/place/dalian?graphs=all&lang=en")
    marks = v.page.locator("a.drafted-mark")
    seen = marks.count()
    while v.page.locator('a[rel="next"]').count():      # the facts come in slices: follow them to the last
        v.page.locator('a[rel="next"]').first.click()
        v.page.wait_for_load_state()
        seen += marks.count()
    assert seen == 6 and marks.first.inner_text() == EN_MARK
    assert v.page.locator('nav.graph-switch a[aria-current="true"]').inner_text() == "all"
    response = v.page.goto(v.base + "/id/place/dalian?graphs=unreviewed")
    assert response is not None and response.status == 400
    assert "Unknown graph set" in v.page.content()
