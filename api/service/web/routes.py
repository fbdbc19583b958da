"""Routes of the web face. Every HTML page says Vary: Accept and has machine twins by Accept or suffix."""
from __future__ import annotations

import json
from collections import defaultdict
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from api.service import entities, formats
from api.service.web import charts, i18n, marks, model, render
from api.service.web.i18n import t

router = APIRouter(include_in_schema=False)
VARY = "Accept, Accept-Language, Cookie"
HTML = formats.CONTENT_TYPE["html"]
KINDS = entities.KINDS
WD = "http://www.wikidata.org/entity/"
GWR_SHORT = {"result": ("结果", "result"), "target": ("目标", "target"), "statusreport": ("状态", "status"),
             "commitment": ("承诺", "commitment"), "statedrelation": ("关系", "relation")}


def html(body: bytes, headers: dict | None = None, status: int = 200) -> Response:
    h = {"Vary": VARY, **(headers or {})}
    return Response(body, status_code=status, media_type=HTML, headers=h)


def base_iri(request: Request) -> str:
    return request.app.state.engine.settings.base_iri


def href(request: Request, iri: str) -> str:
    return marks.href(iri, base_iri(request))


async def labeller(request: Request):
    cat = await entities.catalogue(request)
    prefix = base_iri(request) + "id/"
    en = i18n.current.get() == "en"

    def label(iri: str) -> str:
        e = cat.by_ref.get(iri.removeprefix(prefix))
        if e is None:
            return ""
        return (e.en or e.zh) if en else e.zh
    return label


def alternates(path: str) -> list[tuple[str, str]]:
    return [("JSON-LD", f"{path}.jsonld"), ("Turtle", f"{path}.ttl"), ("N-Triples", f"{path}.nt"),
            ("RDF/XML", f"{path}.rdf")]


def twin_key(request: Request, suffix: str | None) -> str | None:
    if suffix:
        return formats.SUFFIXES.get(suffix)
    return formats.negotiate(request.headers.get("accept"), formats.HTML + formats.GRAPHS)


# ---------------------------------------------------------------- home

@router.get("/")
async def home(request: Request) -> Response:
    return await home_page(request, None)


@router.get("/index.{ext}")
async def home_file(request: Request, ext: str) -> Response:
    if ext not in formats.SUFFIX_OF.values():
        return html(render("error.html", title=t("not_found"), message=f"/index.{ext}"), status=404)
    return await home_page(request, ext)


async def home_page(request: Request, ext: str | None) -> Response:
    from api.service.description import dataset_description, stats
    key = twin_key(request, ext)
    if key is None or key != "html":
        # The machine twin of the home page is the dataset's VoID + DCAT description.
        return await dataset_description(request, key if ext else None)
    engine = request.app.state.engine
    counts = await model.counts(engine)
    targets = await model.canned_rows(engine, "main-targets-2024") if "main-targets-2024" in engine.canned else []
    info = await stats(engine)
    reports = await model.reports(engine)
    body = render("home.html", title=t("site"), counts=counts, targets=targets, triples=info["triples"],
                  reports=reports, href=lambda iri: href(request, iri),
                  alternates=[("JSON-LD", "/index.jsonld"), ("Turtle", "/index.ttl")])
    return html(body, {"Link": '</index.ttl>; rel="alternate"; type="text/turtle", '
                               '</index.jsonld>; rel="alternate"; type="application/ld+json"'})


# ---------------------------------------------------------------- search

@router.get("/search")
async def search(request: Request, q: str = "") -> Response:
    q = q.strip()[:200]
    accept = formats.negotiate(request.headers.get("accept"), formats.HTML + [("application/json", "json")])
    if accept == "json":
        return RedirectResponse("/api/search?q=" + quote(q), status_code=303, headers={"Vary": VARY})
    hits = []
    if q:
        cat = await entities.catalogue(request)
        hits = cat.search(q, 50)
    body = render("search.html", title=f'{t("search_results")}: {q}' if q else t("search"), q=q, hits=hits,
                  alternates=[("JSON", "/api/search?q=" + quote(q))] if q else [])
    return html(body, {"Link": f'</api/search?q={quote(q)}>; rel="alternate"; type="application/json"'})


# ---------------------------------------------------------------- report reader

@router.get("/report/{name}")
async def reader(request: Request, name: str) -> Response:
    from api.service import linked
    stem, suffix = linked.split_suffix(name)
    engine = request.app.state.engine
    rep = await model.report(engine, stem)
    if rep is None:
        return html(render("error.html", title=t("not_found"), message=f"report {stem}"), status=404)
    key = suffix or formats.negotiate(request.headers.get("accept"), formats.HTML + formats.GRAPHS)
    if key is None:
        return Response("not acceptable", status_code=406, headers={"Vary": "Accept"})
    if key != "html":
        # The machine twin of the reader is the report's named graph.
        return await linked.graph_document(request, base_iri(request) + "graph/" + stem, "/report/" + stem, key)
    label = await labeller(request)
    base = base_iri(request)
    flow = []
    for what, item in rep.flow():
        if what == "part":
            flow.append(("part", item))
        else:
            facts = [s for s in item.spans if s.kind != "mention"]
            flow.append(("para", {"p": item, "html": marks.mark(item.text, item.start, item.spans, base, label),
                                  "facts": facts}))
    n_facts = sum(1 for s in rep.spans.values() if s.kind != "mention")
    n_mentions = sum(1 for s in rep.spans.values() if s.kind == "mention")
    path = "/report/" + stem
    body = render("reader.html", title=rep.en if i18n.current.get() == "en" and rep.en else rep.zh, report=rep,
                  flow=flow, n_facts=n_facts, n_mentions=n_mentions, href=lambda iri: href(request, iri),
                  label=label, kinds=GWR_SHORT, alternates=alternates(path), iri_path=href(request, rep.iri))
    return html(body, {"Link": ", ".join(f'<{u}>; rel="alternate"' for _, u in alternates(path))})


# ---------------------------------------------------------------- charts

@router.get("/charts")
async def charts_page(request: Request) -> Response:
    engine = request.app.state.engine
    compare = charts.compare_rows(await model.canned_rows(engine, "results-beside-targets")) \
        if "results-beside-targets" in engine.canned else []
    project_rows = await model.canned_rows(engine, "projects-by-place-and-status") \
        if "projects-by-place-and-status" in engine.canned else []
    places, statuses, counts = charts.project_table(project_rows)
    body = render("charts.html", title=t("nav_charts"), compare=compare,
                  compare_svg=charts.compare_svg(compare) if compare else "",
                  projects_svg=charts.projects_svg(project_rows) if project_rows else "",
                  places=places, statuses=statuses, pcounts=counts,
                  alternates=[("CSV", "/api/queries/results-beside-targets.csv"),
                              ("CSV", "/api/queries/projects-by-place-and-status.csv")])
    return html(body, {"Link": '</api/queries/results-beside-targets>; rel="alternate"; type="application/json", '
                               '</api/queries/projects-by-place-and-status>; rel="alternate"; type="application/json"'})


# ---------------------------------------------------------------- API docs and ontology docs

@router.get("/docs")
async def api_docs(request: Request) -> Response:
    return html(render("swagger.html", title=t("nav_api")))


@router.get("/docs/ontology.html")
async def ontology_docs(request: Request) -> Response:
    path = request.app.state.engine.settings.root / "docs" / "ontology.html"
    if not path.exists():
        return RedirectResponse("/ontology", status_code=303)
    body, _ = await ontology_docs_parts(request, path)
    return Response(body, media_type=HTML, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/docs/ontology.css")
async def ontology_docs_style(request: Request) -> Response:
    path = request.app.state.engine.settings.root / "docs" / "ontology.html"
    if not path.exists():
        return Response("not found\n", status_code=404, media_type="text/plain")
    _, style = await ontology_docs_parts(request, path)
    return Response(style, media_type="text/css; charset=utf-8", headers={"Cache-Control": "public, max-age=3600"})


async def ontology_docs_parts(request: Request, path) -> tuple[bytes, bytes]:
    """pyLODE's page and its stylesheet, which it writes inline: served as /docs/ontology.css so that
    the page keeps to the site's Content-Security-Policy (no inline style; headers.py)."""
    def load():
        text = path.read_text("utf-8")
        # pyLODE writes <html> without a language; the ontology's documentation is in English.
        text = text.replace("<html>", '<html lang="en">', 1)
        styles = []
        while (start := text.find("<style>")) != -1 and (end := text.find("</style>", start)) != -1:
            styles.append(text[start + len("<style>"):end])
            text = text[:start] + text[end + len("</style>"):]
        link = '<link rel="stylesheet" href="/docs/ontology.css">'
        text = text.replace("</head>", link + "\n</head>", 1) if styles else text
        return text.encode("utf-8"), "\n".join(styles).encode("utf-8")

    async def parts():
        return await run_in_threadpool(load)
    return await request.app.state.engine.once("web:ontology-docs", parts)


@router.get("/favicon.ico")
async def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=301)


# ---------------------------------------------------------------- the SPARQL editor page

def editor_page(endpoint: str, description_turtle: str, request: Request | None) -> bytes:
    examples = []
    prefixes = {}
    if request is not None:
        engine = request.app.state.engine
        prefixes = engine.prefixes
        research = [q for q in engine.canned.values() if not q.name.startswith("api-")]
        for q in research + [q for q in engine.canned.values() if q.name.startswith("api-")]:
            examples.append({"name": q.name, "title": q.title or q.name, "text": q.text.strip(),
                             "api": q.name.startswith("api-")})
    start = next((e["text"] for e in examples if e["name"] == "main-targets-2024"),
                 "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10")
    config = {"endpoint": endpoint, "examples": examples, "prefixes": prefixes,
              "base": request.app.state.engine.settings.base_iri if request is not None else "",
              "lang": i18n.current.get(),
              "text": {k: t(k) for k in ("run", "table", "chart", "download", "results_as")}}
    return render("sparql.html", title=t("editor_title"), endpoint=endpoint, turtle=description_turtle,
                  examples=examples, start=start, config=json.dumps(config, ensure_ascii=False).replace("</", "<\\/"),
                  prefixes=prefixes)


# ---------------------------------------------------------------- entity pages (HTML twins of /id/…)

async def resource_page(request: Request, iri: str, path: str, headers: dict) -> Response:
    engine = request.app.state.engine
    ref = engine.ref(iri)
    kind = ref.split("/", 1)[0]
    headers = {**headers, "Vary": VARY}
    if kind in KINDS and ref.count("/") == 1:
        answer = await entities.entity_detail(request, *ref.split("/", 1))
        if answer.status_code == 200:
            return html(await entity_body(request, iri, path, json.loads(answer.body)), headers)
    rows = await engine.select("api-describe-rows", substitutions={ox.Variable("resource"): ox.NamedNode(iri)})
    if not rows:
        return html(render("error.html", title=t("not_found"), message=iri), headers, status=404)
    return html(await generic_body(request, iri, path, rows), headers)


def fact_context(request: Request, found, iri: str, label) -> dict | None:
    if not found:
        return None
    rep, para, span = found
    return {"report": rep, "para": para, "span": span,
            "html": marks.mark(para.text, para.start, para.spans, base_iri(request), label, only={iri}, focus=iri),
            "reader": f"/report/{rep.key}#{para.anchor}"}


async def entity_body(request: Request, iri: str, path: str, data: dict) -> bytes:
    engine = request.app.state.engine
    label = await labeller(request)
    base = base_iri(request)
    facts = []
    for f in data["facts"]:
        found = await model.span_of(engine, f["iri"])
        facts.append({**f, "evidence": fact_context(request, found, f["iri"], label)})
    facts.sort(key=lambda f: (f["period"] or 0, f["kind"], f["indicator"]["zh"] or ""))
    statements = []
    for s in data["statements"]:
        full = engine.iri(s["id"])
        found = await model.span_of(engine, full)
        statements.append({**s, "href": href(request, full), "evidence": fact_context(request, found, full, label)})
    # Mentions, grouped by paragraph.
    mentions = []
    for rep in await model.all_reports(engine):
        for para in rep.paragraphs:
            hits = [s for s in para.spans if s.kind == "mention" and s.entity == iri]
            if hits:
                a = max(0, hits[0].start - para.start - 40)
                b = min(len(para.text), hits[0].end - para.start + 40)
                snippet = marks.mark(para.text[a:b], para.start + a, hits, base, label)
                mentions.append({"report": rep, "para": para, "count": len(hits),
                                 "html": snippet, "before": a > 0, "after": b < len(para.text),
                                 "reader": f"/report/{rep.key}#{para.anchor}"})
    linked = {"out": defaultdict(list), "in": defaultdict(list)}
    for link in data["linked"]:
        linked[link["direction"]][link["predicate"]].append(link)
    values = [v for vs in data["properties"].values() for v in vs]
    wikidata = sorted({v for v in values if v.startswith(WD)})
    code = next((vs[0] for k, vs in data["properties"].items() if k.endswith(("divisionCode", "identifier")) and vs), None)
    en = i18n.current.get() == "en"
    # The neighbourhood graph: this entity and up to 40 linked entities.
    nodes = {iri: {"id": iri, "label": (data["labels"]["en"] if en and data["labels"]["en"] else data["labels"]["zh"]),
                   "href": path, "kind": data["kind"], "centre": True}}
    edges = []
    for link in data["linked"]:
        if link["iri"] not in nodes and len(nodes) > 40:
            continue
        nodes.setdefault(link["iri"], {"id": link["iri"], "href": href(request, link["iri"]),
                                       "label": (link["labels"]["en"] if en and link["labels"]["en"]
                                                 else link["labels"]["zh"]) or link["id"],
                                       "kind": link["id"].split("/", 1)[0]})
        a, b = (iri, link["iri"]) if link["direction"] == "out" else (link["iri"], iri)
        edges.append({"source": a, "target": b, "label": link["predicate"]})
    graph = json.dumps({"nodes": list(nodes.values()), "edges": edges}, ensure_ascii=False).replace("</", "<\\/")
    title = data["labels"]["zh"] or data["id"]
    return render("entity.html", title=title, e=data, facts=facts, statements=statements, mentions=mentions,
                  linked=linked, wikidata=[(w.removeprefix(WD), "https://www.wikidata.org/wiki/" + w.removeprefix(WD))
                                           for w in wikidata],
                  code=code, graph=graph, n_nodes=len(nodes), href=lambda x: href(request, x),
                  ref_href=lambda r: "/id/" + r if r else "", alternates=alternates(path),
                  api=f"/api/entities/{data['id']}", path=path, kinds=GWR_SHORT)


async def generic_body(request: Request, iri: str, path: str, rows: list[dict]) -> bytes:
    from api.service import page
    engine = request.app.state.engine
    label = await labeller(request)
    title = next((r["o"]["value"] for r in rows if r["s"]["value"] == iri and r["o"].get("xml:lang") == "zh"
                  and r["p"]["value"].endswith(("prefLabel", "#label"))), iri.rsplit("/", 1)[-1])
    evidence = fact_context(request, await model.span_of(engine, iri), iri, label)
    paragraph = None
    found = await model.paragraph_of(engine, iri)
    if found:
        rep, para = found
        paragraph = {"report": rep, "para": para, "reader": f"/report/{rep.key}#{para.anchor}",
                     "html": marks.mark(para.text, para.start, para.spans, base_iri(request), label)}
    table = page.description_table(iri, rows, engine.prefixes, base_iri(request))
    return render("resource.html", title=title, iri=iri, table=table, evidence=evidence, paragraph=paragraph,
                  alternates=alternates(path))
