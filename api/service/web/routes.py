"""The site's pages (their paths: the route table, api/service/routes.py). Every HTML page says Vary: Accept and
has machine twins by Accept or suffix."""
from __future__ import annotations

import asyncio
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from api.graphsets import DEFAULT_SET
from api.service import dumps, entities, formats, linked
from api.service import reports as listing
from api.service.description import dataset_description, stats
from api.service.web import (
    GWR_SHORT,
    HTML,
    VARY,
    alternates,
    base_iri,
    charts,
    drafts,
    href,
    html,
    i18n,
    labeller,
    marks,
    model,
    pages,
    render,
    vocab,
)
from api.service.web.i18n import t
from api.service.web.ontology_docs import ontology_docs_parts

MAIN_TARGETS = "main-targets"               # queries/main-targets.rq: a report's main targets
COMPARE = "results-beside-targets"          # queries/results-beside-targets.rq: each report's results beside targets


# ---------------------------------------------------------------- home

@pages
async def home(request: Request) -> Response:
    return await home_page(request, None)


@pages
async def home_file(request: Request, ext: str) -> Response:
    key = formats.by_suffix(ext, formats.PAGES)
    if key is None:
        return html(render("error.html", title=t("not_found"), message=f"/index.{ext}"), status=404)
    return await home_page(request, key)


async def home_page(request: Request, suffix_key: str | None) -> Response:
    key = formats.choose(request, formats.PAGES, suffix_key)
    if key != "html":
        # The machine twin of the home page is the dataset's VoID + DCAT description.
        return await dataset_description(request, key, sizes=await dumps.dump_sizes(request.app.state.engine))
    engine = request.app.state.engine
    counts = await model.counts(engine)
    known = await listing.listed(engine)
    # The main targets of the newest year: of every report whose target year (gwr:targetYear) is the latest any
    # report has (the nation's, the province's and the city's of one year alike), in the listing's order (key),
    # never one of them picked by its place in a list.
    newest = listing.latest(known)
    year = newest.target_year if newest else None
    latest = [r for r in known if year is not None and r.target_year == year]
    found = await asyncio.gather(*(model.canned_rows(engine, MAIN_TARGETS, {"report": r.iri}) for r in latest)) \
        if MAIN_TARGETS in engine.canned else []
    targets = [(r, rows) for r, rows in zip(latest, found, strict=True) if rows]
    # Main targets are read from a report's structure (its paragraphs, target year and place), which only reviewed
    # reports have: drafted facts carry none. Under drafted or all the page says so (web/drafts.py).
    state = drafts.current.get()
    note = t("main_targets_reviewed_only") if state and state.drafts and state.name != DEFAULT_SET else ""
    info = await stats(engine)
    body = render("home.html", title=t("site"), counts=counts, targets=targets, targets_note=note,
                  triples=info["triples"],
                  label=await labeller(request),
                  reports=known, latest=latest, year=year, href=lambda iri: href(request, iri),
                  alternates=[("JSON-LD", "/index.jsonld"), ("Turtle", "/index.ttl")])
    return html(body, {"Link": '</index.ttl>; rel="alternate"; type="text/turtle", '
                               '</index.jsonld>; rel="alternate"; type="application/ld+json"'})


# ---------------------------------------------------------------- search

@pages
async def search(request: Request, q: str = "") -> Response:
    q = q.strip()[:200]
    accept = formats.negotiate(request.headers.get("accept"), formats.HTML + [("application/json", "json")])
    if accept == "json":
        return RedirectResponse("/api/search?q=" + quote(q), status_code=303, headers={"Vary": VARY})
    hits = []
    if q:
        cat = await entities.catalogue(request)
        hits = cat.search(q, 50)
    engine = request.app.state.engine
    body = render("search.html", title=f'{t("search_results")}: {q}' if q else t("search"), q=q, hits=hits,
                  kind_name=lambda kind: vocab.kind_label(kind, engine.settings.base_iri, engine.settings.ontology_dir),
                  alternates=[("JSON", "/api/search?q=" + quote(q))] if q else [])
    return html(body, {"Link": f'</api/search?q={quote(q)}>; rel="alternate"; type="application/json"'})


# ---------------------------------------------------------------- the reports (navigation)

@pages
async def reports_page(request: Request) -> Response:
    """Every report the store holds (queries/api-reports.rq), newest first: what the navigation links to."""
    known = await listing.listed(request.app.state.engine)
    twins = [("JSON", "/api/queries/api-reports"), ("CSV", "/api/queries/api-reports.csv")]
    body = render("reports.html", title=t("reports"), reports=known, alternates=twins,
                  href=lambda iri: href(request, iri))
    return html(body, {"Link": '</api/queries/api-reports>; rel="alternate"; type="application/json"'})


# ---------------------------------------------------------------- report reader

@pages
async def reader(request: Request, name: str) -> Response:
    stem, suffix = formats.split(name, formats.PAGES)
    engine = request.app.state.engine
    rep = await model.report(engine, stem)
    if rep is None:
        return html(render("error.html", title=t("not_found"), message=f"report {stem}"), status=404)
    key = formats.choose(request, formats.PAGES, suffix)
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
            assert isinstance(item, model.ParagraphView), "flow() gives a paragraph where it is not a part"
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

@pages
async def charts_page(request: Request) -> Response:
    engine = request.app.state.engine
    all_rows = await model.canned_rows(engine, COMPARE) if COMPARE in engine.canned else []
    # The reports with a result beside a target, newest first; the chart shows one (?report=, else the newest).
    paired = {r.get("report") for r in all_rows}
    known = [r for r in await listing.listed(engine) if r.iri in paired]
    asked = request.query_params.get("report", "")
    chosen = next((r for r in known if r.key == asked), None) or listing.latest(known)
    label = await labeller(request)
    compare = charts.compare_rows(all_rows, chosen.iri, label) if chosen else []
    project_rows = await model.canned_rows(engine, "projects-by-place-and-status") \
        if "projects-by-place-and-status" in engine.canned else []
    places, statuses, counts = charts.project_table(project_rows)
    choices = [{"key": r.key, "name": (r.en if i18n.current.get() == "en" and r.en else r.zh) or r.key,
                "current": chosen is not None and r.key == chosen.key} for r in known]
    body = render("charts.html", title=t("nav_charts"), compare=compare, years=charts.years(compare),
                  reports=choices, chosen=chosen, href=lambda iri: href(request, iri),
                  compare_svg=charts.compare_svg(compare) if compare else "",
                  projects_svg=charts.projects_svg(project_rows) if project_rows else "",
                  places=places, statuses=statuses, pcounts=counts,
                  alternates=[("CSV", "/api/queries/results-beside-targets.csv"),
                              ("CSV", "/api/queries/projects-by-place-and-status.csv")])
    return html(body, {"Link": '</api/queries/results-beside-targets>; rel="alternate"; type="application/json", '
                               '</api/queries/projects-by-place-and-status>; rel="alternate"; type="application/json"'})


# ---------------------------------------------------------------- API docs and ontology docs

async def api_docs(request: Request) -> Response:
    return html(render("swagger.html", title=t("nav_api")))


async def ontology_docs(request: Request) -> Response:
    path = request.app.state.engine.settings.root / "docs" / "ontology.html"
    if not path.exists():
        return RedirectResponse("/ontology", status_code=303)
    body, _ = await ontology_docs_parts(request, path)
    return Response(body, media_type=HTML, headers={"Cache-Control": "public, max-age=3600"})


async def ontology_docs_style(request: Request) -> Response:
    path = request.app.state.engine.settings.root / "docs" / "ontology.html"
    if not path.exists():
        return Response("not found\n", status_code=404, media_type="text/plain")
    _, style = await ontology_docs_parts(request, path)
    return Response(style, media_type="text/css; charset=utf-8", headers={"Cache-Control": "public, max-age=3600"})


async def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=301)
