"""The web face without a browser: every HTML page keeps its machine twins and says Vary: Accept, no page
loads anything from another host, the UI speaks Chinese and English, and the built assets are the ones
web/build.sh makes."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest

from tests.fixtures.root import REPO
from tests.fixtures.service import BASE

STATIC = REPO / "api" / "service" / "static"
PAGES = ["/", "/search?q=dalian", "/reports", "/report/dalian-2024", "/charts", "/sparql", "/docs",
         "/docs/ontology.html", "/id/place/dalian", "/id/project/jinzhouwan-international-airport", "/id/indicator/gdp",
         "/id/fact/dalian-2024-t2024-gdp-growth", "/id/paragraph/dalian-2024-19", "/ontology", "/dataset",
         "/graph/ontology"]
HTML_ACCEPT = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


class Resources(HTMLParser):
    """Every URL a page would load: script/img/iframe/source src, link href (stylesheets, icons …),
    and url(…) in style attributes and <style> elements."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed", "input") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href") and a.get("rel") not in ("alternate",):
            self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if a.get("style"):
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", a["style"])
        self.in_style = tag == "style"

    def handle_data(self, data):
        if self.in_style:
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", data)
            self.urls += re.findall(r"@import\s+['\"]([^'\"]+)", data)

    def handle_endtag(self, tag):
        self.in_style = False


def foreign(url: str) -> bool:
    return bool(re.match(r"^([a-z][a-z0-9+.-]*:)?//", url, re.I)) and not url.startswith("data:")


@pytest.mark.parametrize("path", PAGES)
def test_page_is_html_with_vary_and_loads_nothing_from_another_host(web_client, path):
    r = web_client.get(path, headers=HTML_ACCEPT)
    assert r.status_code == 200, (path, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    if path != "/docs/ontology.html":
        assert "Accept" in [v.strip() for v in r.headers["vary"].split(",")]
    parser = Resources()
    parser.feed(r.text)
    bad = [u for u in parser.urls if foreign(u)]
    assert bad == [], f"{path} loads from another host: {bad}"
    assert re.search(r'<html lang="[a-zA-Z-]+"', r.text)


def test_static_assets_fetch_nothing_from_another_host():
    css = (STATIC / "site.css").read_text("utf-8") + (STATIC / "swagger" / "swagger-ui.css").read_text("utf-8")
    assert not [u for u in re.findall(r"url\(\s*['\"]?([^'\")]+)", css) if foreign(u)]
    assert "@import" not in css
    for name in ("editor.js", "site.js", "swagger/swagger-ui-bundle.js"):
        text = (STATIC / name).read_text("utf-8")
        for host in ("cdn.jsdelivr.net", "unpkg.com", "cdnjs", "fonts.googleapis", "fonts.gstatic",
                     "googletagmanager"):
            assert host not in text, (name, host)
        assert "sourceMappingURL" not in text[-300:], name
    # Swagger UI's default badge would ask validator.swagger.io; site.js turns it off.
    assert "validatorUrl:null" in (STATIC / "site.js").read_text("utf-8").replace(" ", "")


def test_api_docs_are_self_hosted(web_client):
    r = web_client.get("/docs")
    assert "/static/swagger/swagger-ui-bundle.js" in r.text and "cdn" not in r.text
    assert web_client.get("/openapi.json").status_code == 200
    for name in ("swagger/swagger-ui-bundle.js", "swagger/swagger-ui.css", "editor.js", "site.js", "site.css"):
        assert web_client.get(f"/static/{name}").status_code == 200


@pytest.mark.parametrize("path,ttl,jsonld", [
    ("/", "/index.ttl", "/index.jsonld"),
    pytest.param("/report/dalian-2024", "/report/dalian-2024.ttl", "/report/dalian-2024.jsonld",
                 marks=pytest.mark.slow),      # a whole report's graph as JSON-LD: ~3 s
    ("/id/place/dalian", "/id/place/dalian.ttl", "/id/place/dalian.jsonld"),
    ("/id/fact/dalian-2024-t2024-gdp-growth", "/id/fact/dalian-2024-t2024-gdp-growth.ttl",
     "/id/fact/dalian-2024-t2024-gdp-growth.jsonld"),
])
def test_machine_twins_by_accept_and_suffix(web_client, path, ttl, jsonld):
    page = web_client.get(path, headers=HTML_ACCEPT)
    assert page.headers["content-type"].startswith("text/html")
    assert f'href="{ttl}"' in page.text and f'href="{jsonld}"' in page.text
    by_accept = web_client.get(path, headers={"Accept": "text/turtle"})
    assert by_accept.headers["content-type"].startswith("text/turtle")
    assert "Accept" in by_accept.headers["vary"]
    assert list(ox.parse(by_accept.content, ox.RdfFormat.TURTLE))
    by_suffix = web_client.get(ttl, headers={"Accept": "text/html"})
    assert by_suffix.status_code == 200 and by_suffix.headers["content-type"].startswith("text/turtle")
    doc = web_client.get(jsonld)
    assert doc.headers["content-type"].startswith("application/ld+json")
    assert json.loads(doc.text)
    ld = web_client.get(path, headers={"Accept": "application/ld+json"})
    assert ld.headers["content-type"].startswith("application/ld+json")


def newest_reports(client) -> tuple[int, list[str]]:
    """The latest target year any report has and the reports (IRIs) of that year, from the graph itself."""
    rows = client.get("/sparql", params={"query": (
        "PREFIX gwr: <https://w3id.org/gwr/ontology#> SELECT ?r ?y WHERE { ?r a gwr:WorkReport ; gwr:targetYear ?y }")},
        headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
    year = max(int(b["y"]["value"][:4]) for b in rows)
    return year, sorted(b["r"]["value"] for b in rows if int(b["y"]["value"][:4]) == year)


def test_home_has_counts_main_targets_search_and_links(web_client):
    html = web_client.get("/", headers={"Accept": "text/html", "Accept-Language": "zh-CN"}).text
    assert '<html lang="zh-Hans">' in html
    for needle in ("地区生产总值", 'action="/search"', 'href="/sparql"', 'href="/docs"', 'href="/reports"',
                   'href="/dumps/all.nq"', 'href="/docs/ontology.html"', "gwr:Project"):
        assert needle in html, needle
    # The main targets of the newest year: every report of that year (nation, province, city), none picked
    year, newest = newest_reports(web_client)
    assert f"{year}年主要预期目标" in html and len(newest) >= 1
    ranged = 0
    for iri in newest:
        assert f'href="/report/{iri.rsplit("/", 1)[-1]}"' in html, iri
        rows = web_client.get("/api/queries/main-targets", params={"report": iri}).json()["rows"]
        assert rows and all(r["quote"] in html for r in rows), iri
        # a range target (经济增长4.5%—5%) shows its range, not an empty cell (regression: main-targets had no min/max)
        ranges = [r for r in rows if r.get("minValue") and not r.get("value")]
        ranged += len(ranges)
        for r in ranges:
            assert f'{r["minValue"]}–{r["maxValue"]}{r["unitAsWritten"]}' in html, r["target"]
    assert ranged, "the newest reports have a range target (national-2026: 4.5%—5%)"
    # and no older report's (dalian-2024's main targets are not the newest year's)
    old = web_client.get("/api/queries/main-targets", params={"report": BASE + "id/report/dalian-2024"}).json()
    assert old["rows"] and "地区生产总值增长6%左右" in {r["quote"] for r in old["rows"]}
    assert "地区生产总值增长6%左右" not in html


def test_interface_language_switch(web_client):
    year, _ = newest_reports(web_client)
    en = web_client.get("/?lang=en", headers={"Accept": "text/html"})
    assert '<html lang="en">' in en.text and f"Main targets for {year}" in en.text
    assert "lang=en" in en.headers["set-cookie"]
    again = web_client.get("/charts", headers={"Accept": "text/html", "Cookie": "lang=en"})
    assert "Projects by place and status" in again.text
    by_header = web_client.get("/charts", headers={"Accept": "text/html", "Accept-Language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in by_header.text
    zh = web_client.get("/charts?lang=zh", headers={"Accept": "text/html"})
    assert '<html lang="zh-Hans">' in zh.text and "项目:按地区和状态" in zh.text
    web_client.cookies.clear()


def test_entity_page_content(web_client):
    html = web_client.get("/id/place/dalian", headers={"Accept": "text/html", "Accept-Language": "zh"}).text
    for needle in ('lang="zh-Latn-pinyin">Dàlián', "https://www.wikidata.org/wiki/Q74881", "210200",
                   'class="evidence"', '<mark class="', "focus", 'href="/id/place/dalian.ttl"',
                   'href="/id/place/dalian.jsonld"', "data-graph", "地区生产总值"):
        assert needle in html, needle
    gdp = web_client.get("/id/indicator/gdp", headers={"Accept": "text/html"}).text
    # A GDP fact's quote is marked inside its paragraph (whichever report's: 地区生产总值, 国内生产总值 …).
    m = re.search(r'<mark class="[^"]*focus[^"]*"[^>]*>(.*?)</mark>', gdp)
    quotes = {f["quote"] for kind in ("targets", "results") for f in web_client.get(
        f"/api/{kind}", params={"indicator": "gdp", "limit": 1000}).json()["items"]}
    assert m and re.sub("<[^>]+>", "", m.group(1)) in quotes


def test_unknown_entity_is_404(web_client):
    assert web_client.get("/id/place/nowhere", headers={"Accept": "text/html"}).status_code == 404
    assert web_client.get("/report/nowhere", headers={"Accept": "text/html"}).status_code == 404


def test_reader_marks_every_fact_and_mention(web_client):
    html = web_client.get("/report/dalian-2024", headers={"Accept": "text/html"}).text
    assert 'id="p19"' in html
    facts = set(re.findall(r'data-facts="([^"]+)"', html))
    marked = {x for group in facts for x in group.split()}
    # every statement of this report's graph, and only those: facts, statuses, commitments, stated relations
    statements = web_client.get("/sparql", params={"query": (
        "PREFIX gwr: <https://w3id.org/gwr/ontology#> SELECT DISTINCT ?s WHERE { GRAPH <" + BASE
        + "graph/dalian-2024> { ?s a ?c FILTER (?c IN (gwr:Target, gwr:QualitativeTarget, gwr:Result, "
        "gwr:StatusReport, gwr:Commitment, gwr:StatedRelation)) } }")},
        headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
    assert marked == {"/" + b["s"]["value"].removeprefix(BASE) for b in statements}
    assert sum(1 for f in marked if f.startswith("/id/fact/")) >= 200
    assert html.count('class="mention"') >= 700


def test_search_page_finds_by_pinyin_chinese_and_english(web_client):
    for q in ("jinzhouwan", "Jīnzhōuwān", "金州湾", "Jinzhouwan International"):
        html = web_client.get("/search", params={"q": q}, headers={"Accept": "text/html"}).text
        assert 'href="/id/project/jinzhouwan-international-airport"' in html, q


def test_sparql_page_for_browsers_keeps_the_form_and_lists_examples(web_client):
    r = web_client.get("/sparql", headers=HTML_ACCEPT)
    assert "<form" in r.text and "<textarea" in r.text and 'value="main-targets"' in r.text
    assert "editor.js" in r.text
    # The protocol side is unchanged: a query still answers with results.
    q = web_client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "application/sparql-results+json"})
    assert q.json()["boolean"] is True


def test_charts_are_svg_with_titles(web_client):
    html = web_client.get("/charts", headers={"Accept": "text/html"}).text
    assert html.count("<svg") == 2 and html.count('role="img"') == 2
    assert "地区生产总值" in html and "<title" in html


def test_built_assets_match_the_manifest():
    manifest = json.loads((STATIC / "manifest.json").read_text("utf-8"))
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:16] == digest, name
    lock = json.loads((REPO / "web" / "package-lock.json").read_text("utf-8"))
    for name, version in manifest["packages"].items():
        assert lock["packages"]["node_modules/" + name]["version"] == version


@pytest.mark.skipif(not shutil.which("node") or not (REPO / "web" / "node_modules").exists(),
                    reason="node or web/node_modules missing (run web/build.sh)")
def test_build_is_reproducible(tmp_path):
    env = {**os.environ, "GWR_STATIC_OUT": str(tmp_path / "static")}
    subprocess.run(["node", "build.mjs"], cwd=REPO / "web", env=env, check=True, capture_output=True)
    for path in STATIC.rglob("*"):
        if path.is_file():
            assert (tmp_path / "static" / path.relative_to(STATIC)).read_bytes() == path.read_bytes(), path


def test_an_entity_page_lists_its_facts_in_slices(web_client):
    """An entity page lists its facts FACTS_PER_PAGE at a time (?facts=N), with links to the slices before and
    after that keep the page's other parameters; its JSON twin carries them all. Regression: the page of GDP under
    ?graphs=drafted listed all 12,155 drafted facts, 14.6 MB of HTML in about 20 s."""
    from api.service.web.resource import FACTS_PER_PAGE
    total = len(web_client.get("/api/entities/place/dalian").json()["facts"])
    assert total > FACTS_PER_PAGE, "the hub place has more facts than one slice"
    slices = -(-total // FACTS_PER_PAGE)
    rows = re.compile(r'<tr class="(?:target|result)[^"]*">')
    first = web_client.get("/id/place/dalian?lang=en", headers=HTML_ACCEPT)
    assert first.status_code == 200 and len(rows.findall(first.text)) == FACTS_PER_PAGE
    assert f"1–{FACTS_PER_PAGE} of {total}" in first.text and 'rel="prev"' not in first.text
    assert 'href="/id/place/dalian?lang=en&amp;facts=2#facts-h" rel="next"' in first.text
    last = web_client.get(f"/id/place/dalian?facts={slices}&lang=en", headers=HTML_ACCEPT)
    assert last.status_code == 200 and len(rows.findall(last.text)) == total - (slices - 1) * FACTS_PER_PAGE
    assert 'rel="next"' not in last.text and 'rel="prev"' in last.text
    assert web_client.get(f"/id/place/dalian?facts={slices + 1}", headers=HTML_ACCEPT).status_code == 404
    for bad in ("0", "x", "²", "-1", "1" * 12):
        assert web_client.get("/id/place/dalian", params={"facts": bad}, headers=HTML_ACCEPT).status_code == 400, bad
    small = web_client.get("/id/indicator/gdp", headers=HTML_ACCEPT)      # one slice: no slice links
    assert small.status_code == 200 and 'class="slices"' not in small.text
