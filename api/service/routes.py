"""The route table: every path the service answers, its methods and the function that answers it, in one place
(as datasette's `_routes()`). The handlers live in the modules of their face — the SPARQL protocol (sparql.py),
Linked Data (linked.py), the JSON API (entities.py, facts.py, canned.py), metadata (metadata.py) and the web
pages (web/routes.py) — and know nothing of their paths but what they link to. Order matters where paths
overlap: the first route that matches answers (`/ontology.{ext}` before `/ontology/{term}`).

Routes with a tag are documented in the OpenAPI description (/openapi.json, shown at /docs); the web pages
are not.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.routing import Route

from api.service import canned, entities, facts, linked, metadata, models, sparql, web
from api.service.web import routes as pages

SPARQL, LINKED, JSON, CANNED, META = "SPARQL", "Linked Data", "JSON API", "Canned queries", "Metadata"
GET = ("GET",)
QUERY = ("GET", "POST", "HEAD")         # SPARQL 1.1 Protocol §2.1: query via GET, POST form, POST direct


@dataclass(frozen=True)
class Endpoint:
    path: str
    handler: Callable
    summary: str = ""                   # its line in the OpenAPI description
    tag: str | None = None              # None: a web page, left out of the OpenAPI description
    methods: tuple[str, ...] = GET
    name: str | None = None             # for request.url_for; the handler's name by default
    openapi: dict = field(default_factory=dict)     # more of its OpenAPI operation (canned.PAGING)
    plain: bool = False                 # a plain Starlette route: no FastAPI request handling at all
    response_class: type[Response] = JSONResponse     # what the OpenAPI description says it answers
    model: Any = None                   # its JSON answer's pydantic model (models.py), for the OpenAPI description


def routes() -> list[Endpoint]:
    return [
        # /sparql reads its request itself, so a plain Starlette route serves it (FastAPI's per-request work is
        # pure overhead there); the FastAPI routes after it only document /sparql (one per method, so that each
        # operation has its own id), requests never reach them. A plain GET /sparql?query=… does not even get
        # here: sparql.FastPath answers it (app.py).
        Endpoint("/sparql", sparql.sparql, methods=QUERY, plain=True),
        *(Endpoint("/sparql", sparql.sparql, "SPARQL 1.1 Protocol endpoint (query operation; read-only)", SPARQL,
                   (method,), response_class=Response) for method in QUERY),

        Endpoint("/id/{path:path}", linked.entity, "Dereference an entity IRI (<base>id/<kind>/<key>)", LINKED),
        Endpoint("/ontology", linked.ontology, "The ontology (terms <base>ontology#Term dereference here)", LINKED),
        Endpoint("/ontology.{ext}", linked.ontology_file, "The ontology as a file (.ttl .nt .jsonld .rdf .html)",
                 LINKED),
        Endpoint("/ontology/{term}", linked.ontology_term,
                 "An ontology term: redirects to its place in the ontology document", LINKED),
        Endpoint("/context.jsonld", linked.context, "The JSON-LD context of the service's JSON-LD documents", LINKED),
        Endpoint("/graph/{name}", linked.named_graph, "A named graph (<base>graph/<name>)", LINKED),
        Endpoint("/graph/draft/{name}", linked.drafted_graph,
                 "A machine-drafted report's graph (<base>graph/draft/<report>; only where drafts are loaded)",
                 LINKED),

        Endpoint("/api/entities", entities.list_entities, "List entities: filter, sort, page", JSON,
                 model=models.EntityList),
        Endpoint("/api/search", entities.search, "Search entities by Chinese, English or pinyin (tones optional)",
                 JSON, model=models.SearchAnswer),
        Endpoint("/api/entities/{kind}/{key}", entities.entity_detail,
                 "One entity: labels, facts, statements, linked entities", JSON,
                 model=models.EntityDetail),
        Endpoint("/api/entities/{ref:path}", entities.entity_by_identifier,
                 "One entity by any identifier form: dalian, place:dalian, id:place/dalian or its IRI "
                 "(percent-encoded)", JSON, model=models.EntityDetail),
        Endpoint("/api/targets", facts.targets,
                 "Targets (goals with a number), filtered by indicator, period and place", JSON,
                 model=models.FactList),
        Endpoint("/api/results", facts.results,
                 "Results (what was achieved), filtered by indicator, period and place", JSON,
                 model=models.FactList),
        Endpoint("/api/compare", facts.compare, "An indicator's result of one year beside its target for the next",
                 JSON, model=models.Comparison),

        Endpoint("/api/queries", canned.list_canned, "The canned queries (queries/*.rq) and their parameters", CANNED,
                 model=models.QueryList),
        Endpoint("/api/queries/{name}", canned.run_canned,
                 "Run a canned query: its parameters from the query string, JSON rows a page at a time "
                 "(limit, offset) or the whole answer as CSV/TSV/SPARQL JSON", CANNED,
                 name="run_canned", openapi={"parameters": canned.PAGING, "responses": canned.ANSWERS},
                 model=models.QueryPage | models.QueryBoolean),

        Endpoint("/api/series", canned.series,
                 "One indicator and place over the years: targets (qualifier, modality), outcomes (estimates marked) "
                 "and attainment (queries/series.rq: indicator, place, measure)", CANNED,
                 openapi={"parameters": canned.PAGING, "responses": canned.ANSWERS}, model=models.QueryPage),
        Endpoint("/api/cascade", canned.cascade,
                 "One indicator and year across the levels of government: nation, province, city "
                 "(queries/cascade.rq: indicator, year, measure)", CANNED,
                 openapi={"parameters": canned.PAGING, "responses": canned.ANSWERS}, model=models.QueryPage),

        Endpoint("/.well-known/void", metadata.well_known_void,
                 "VoID + DCAT description of the dataset (negotiated)", META),
        Endpoint("/dataset", metadata.dataset, "VoID + DCAT description of the dataset (negotiated)", META),
        Endpoint("/dataset.{ext}", metadata.dataset_file,
                 "VoID + DCAT description as .ttl, .nt, .jsonld, .rdf or .html", META),
        Endpoint("/dumps/{name}", metadata.dump,
                 "Dumps: all.nq, all.trig, all.jsonld, <graph>.ttl (ETag, Cache-Control)", META),
        Endpoint("/health", metadata.health, "Liveness: the workers answer a query", META, model=models.Health),
        Endpoint("/version", metadata.version, "Versions of the service, its engine and its data", META,
                 model=models.Version),

        Endpoint("/", pages.home),
        Endpoint("/index.{ext}", pages.home_file),
        Endpoint("/search", pages.search),
        Endpoint("/reports", pages.reports_page),
        Endpoint("/report/{name}", pages.reader),
        Endpoint("/charts", pages.charts_page),
        Endpoint("/docs", pages.api_docs),
        Endpoint("/docs/ontology.html", pages.ontology_docs),
        Endpoint("/docs/ontology.css", pages.ontology_docs_style),
        Endpoint("/favicon.ico", pages.favicon),
    ]


def install(app: FastAPI) -> None:
    """Register every route of the table, then the static files (/static: scripts, styles, fonts)."""
    for e in routes():
        if e.plain:
            app.router.routes.append(Route(e.path, e.handler, methods=list(e.methods), include_in_schema=False))
            continue
        app.add_api_route(e.path, e.handler, methods=list(e.methods), name=e.name, summary=e.summary or None,
                          tags=[e.tag] if e.tag is not None else None, include_in_schema=e.tag is not None,
                          openapi_extra=e.openapi or None, response_class=e.response_class,
                          response_model=e.model)
        if e.methods == GET:    # RFC 9110 §9.3.2: HEAD wherever GET is (FastAPI, unlike Starlette, adds no HEAD)
            app.add_api_route(e.path, e.handler, methods=["HEAD"], name=f"{e.name or e.handler.__name__}_head",
                              include_in_schema=False, response_class=e.response_class)
    app.mount("/static", StaticFiles(directory=str(web.STATIC)), name="static")
