"""Canned queries: every queries/*.rq, listed and run with typed parameters bound as RDF terms."""
from __future__ import annotations

import asyncio
import json
from typing import get_args

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse

from api.graphsets import DEFAULT_SET, FACT_COLUMNS, UnknownGraphSet, check, drafted, over_set
from api.params import BadNumber, whole
from api.queries import RESERVED, ParameterError
from api.service import formats
from api.service.facts import DRAFTED, Graphs, entity_ref
from api.service.paging import link_header, window_links
from api.service.problems import problem
from api.service.terms import ENTITY_PARAMS
from api.service.urls import public_base
from api.service.values import scalar

TABLES = formats.TABLES    # rows (JSON, paged), csv, tsv, json (SPARQL JSON results)


def describe(query, request: Request) -> dict:
    return {"name": query.name, "title": query.title, "description": query.description,
            "params": [{"name": p.name, "type": p.type, "default": p.default} for p in query.params],
            "url": str(request.url_for("run_canned", name=query.name))}


async def list_canned(request: Request) -> Response:
    """Every canned query, in one window (they are few): `links` and the Link header as on every list."""
    items = [describe(q, request) for q in request.app.state.engine.canned.values()]
    links = window_links(request, len(items), 0, max(1, len(items)))
    return JSONResponse({"total": len(items), "offset": 0, "limit": max(1, len(items)), "items": items,
                         "links": links}, headers={"Link": link_header(links)})


GRAPHS = {"name": "graphs", "in": "query", "required": False,    # the fact routes' parameter (facts.Graphs)
          "schema": {"type": "string", "enum": ["reviewed", "drafted", "all"]},
          "description": get_args(Graphs)[1].description}

PAGING = [  # documented in the OpenAPI description; read and checked by paging() (400 problem details)
    {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1},
     "description": "JSON rows per page (default GWR_PAGE_SIZE, at most GWR_MAX_PAGE_SIZE)"},
    {"name": "offset", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0},
     "description": "JSON rows to skip"},
    {"name": "format", "in": "query", "required": False,
     "schema": {"type": "string", "enum": ["json", "csv", "tsv", "sparql-json"]},
     "description": "instead of the Accept header; csv, tsv and sparql-json are the whole answer"},
    GRAPHS,
]


ANSWERS = {"200": {"description": "a page of rows (JSON), or the whole answer as CSV, TSV or SPARQL JSON",
                   "content": {media: {"schema": {"type": "string"}} for media, key in TABLES if key != "rows"}}}


def moved_url(request: Request, target: str, suffix: str) -> str:
    """Where a renamed query went: its new name (with the suffix asked for), the parameters that give the old
    answer, then the request's own parameters."""
    new, _, fixed = target.partition("?")
    query = "&".join(part for part in (fixed, request.url.query) if part)
    return public_base(request) + "api/queries/" + new + suffix + ("?" + query if query else "")   # GWR_PUBLIC_BASE_URL


async def run_canned(request: Request, name: str) -> Response:
    engine = request.app.state.engine
    stem, suffix_key = formats.split(name, TABLES)
    query = engine.canned.get(stem)
    if query is None and stem in engine.moved:       # renamed: the old URL keeps working (RFC 9110 §15.4.2)
        return RedirectResponse(moved_url(request, engine.moved[stem], name[len(stem):]), status_code=301)
    if query is None:
        return problem(404, f"no canned query {name!r}; see /api/queries", instance=request.url.path)
    key = formats.choose(request, TABLES, suffix_key)
    if key is None:
        return problem(406, "available as " + formats.acceptable(TABLES), instance=request.url.path)
    try:        # graph sets (api/graphsets.py): the rule of the fact routes, reviewed by default
        chosen = check(request.query_params.get("graphs"))
    except UnknownGraphSet as exc:
        return problem(400, str(exc), instance=request.url.path)
    values = {k: v for k, v in request.query_params.items() if k not in RESERVED and k != "graphs"}
    unknown = set(values) - {p.name for p in query.params}
    if unknown:
        return problem(400, f"unknown parameter(s): {', '.join(sorted(unknown))}", instance=request.url.path)
    for p in query.params:      # entities in every identifier form, as on the JSON API (terms.py): 404 if none
        if p.type == "iri" and p.name in ENTITY_PARAMS and p.name in values:
            values[p.name] = engine.iri(await entity_ref(request, values[p.name], ENTITY_PARAMS[p.name], chosen))
    try:
        offset, limit = paging(request, engine.settings, key)
        subs = query.substitutions(values)
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    loop = asyncio.get_running_loop()
    # answers saved in the on-disk store are those of the reviewed set
    saved = engine.saved_answer(query, subs) if chosen == DEFAULT_SET else None
    if saved is not None:                                    # computed when the on-disk store was written
        if key == "rows":
            columns, bindings = await loop.run_in_executor(None, saved.page, offset, limit)
            return listed(page(request, query.name, columns, bindings, saved.rows, offset, limit, True))
        body = await loop.run_in_executor(None, saved.serialize, key)
        return Response(body, media_type=formats.CONTENT_TYPE[key])
    text, over = over_set(query.text, chosen)      # the graph set's one rule for canned queries (web/drafts.py)
    answer = await engine.run(text, results="json" if key == "rows" else key,
                              graph="jsonld" if key == "rows" else "turtle", substitutions=subs, graphs=over)
    media = formats.CONTENT_TYPE.get(answer.format, "application/json")
    if key == "rows" and answer.kind in ("solutions", "boolean"):
        data = await loop.run_in_executor(None, json.loads, await answer.body())
        if answer.kind == "boolean":
            return JSONResponse({"query": query.name, "boolean": data["boolean"]})
        bindings = data["results"]["bindings"]
        return listed(page(request, query.name, data["head"]["vars"], bindings[offset:offset + limit],
                           len(bindings), offset, limit, False))
    if answer.rest is not None:
        return StreamingResponse(answer.rest, media_type=media)
    return Response(answer.first, media_type=media)


def paging(request: Request, settings, key: str) -> tuple[int, int]:
    """`offset` and `limit` of the JSON rows: a page of GWR_PAGE_SIZE rows by default, at most GWR_MAX_PAGE_SIZE.
    CSV, TSV and SPARQL JSON are downloads of the whole answer (as datasette's CSV with _stream)."""
    given = {k: request.query_params[k] for k in ("offset", "limit") if k in request.query_params}
    if given and key != "rows":
        raise ParameterError("offset and limit page the JSON rows; CSV, TSV and SPARQL JSON give the whole answer")
    try:
        numbers = {k: whole(raw, k) for k, raw in given.items()}     # ASCII digits only, bounded (api/params.py)
    except BadNumber as exc:
        raise ParameterError(str(exc)) from None
    limit = numbers.get("limit", settings.page_size)
    if not 1 <= limit <= settings.max_page_size:
        raise ParameterError(f"limit must be between 1 and {settings.max_page_size}")
    return numbers.get("offset", 0), limit


def page(request: Request, name: str, columns: list[str], bindings: list[dict], total: int, offset: int,
         limit: int, saved: bool) -> dict:
    """One page of a canned query's rows, each cell a JSON value by its datatype (numbers as numbers), with
    the paging links (paging.py). A row that names a fact (FACT_COLUMNS) says whether it is reviewed, as every
    fact of /api/targets does (`review`: reviewed, or machine-drafted, unreviewed)."""
    marked = [c for c in FACT_COLUMNS if c in columns]
    return {"query": name, "columns": columns, "total": total, "offset": offset, "limit": limit, "saved": saved,
            "rows": [{**{c: scalar(b[c]) for c in columns if c in b},
                      **({"review": review(b, marked)} if marked else {})} for b in bindings],
            "links": window_links(request, total, offset, limit)}


def review(binding: dict, columns: list[str]) -> str:
    """The fact routes' mark (facts.fact_json): machine-drafted, unreviewed when the row names a drafted fact
    (an id:draft-fact/… IRI, api/graphsets.drafted), else reviewed."""
    return DRAFTED if any(drafted(binding.get(c, {}).get("value", "")) for c in columns) else "reviewed"


def listed(body: dict) -> Response:
    return JSONResponse(body, headers={"Link": link_header(body["links"])})


async def series(request: Request) -> Response:
    """/api/series: one indicator's targets, outcomes and attainment by year for one place (queries/series.rq)."""
    return await run_canned(request, "series")


async def cascade(request: Request) -> Response:
    """/api/cascade: one indicator's targets of one year at every level of government (queries/cascade.rq)."""
    return await run_canned(request, "cascade")
