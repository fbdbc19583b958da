"""Canned queries: every queries/*.rq, listed and run with typed parameters bound as RDF terms."""
from __future__ import annotations

import asyncio
import json

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from api.params import BadNumber, whole
from api.queries import RESERVED, ParameterError
from api.service import formats
from api.service.description import public_base
from api.service.problems import problem

router = APIRouter(prefix="/api", tags=["Canned queries"])
TABLES = [("application/json", "json"), ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
          ("application/sparql-results+json", "sparql-json")]


def describe(query, request: Request) -> dict:
    return {"name": query.name, "title": query.title, "description": query.description,
            "params": [{"name": p.name, "type": p.type, "default": p.default} for p in query.params],
            "url": str(request.url_for("run_canned", name=query.name))}


@router.get("/queries", summary="The canned queries (queries/*.rq) and their parameters")
async def list_canned(request: Request) -> Response:
    engine = request.app.state.engine
    return JSONResponse({"items": [describe(q, request) for q in engine.canned.values()]})


PAGING = [  # documented in the OpenAPI description; read and checked by paging() (400 problem details)
    {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1},
     "description": "JSON rows per page (default GWR_PAGE_SIZE, at most GWR_MAX_PAGE_SIZE)"},
    {"name": "offset", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0},
     "description": "JSON rows to skip"},
    {"name": "format", "in": "query", "required": False,
     "schema": {"type": "string", "enum": ["json", "csv", "tsv", "sparql-json"]},
     "description": "instead of the Accept header; csv, tsv and sparql-json are the whole answer"},
]


@router.get("/queries/{name}", name="run_canned", openapi_extra={"parameters": PAGING},
            summary="Run a canned query: its parameters from the query string, JSON rows a page at a time "
                    "(limit, offset) or the whole answer as CSV/TSV/SPARQL JSON")
async def run_canned(request: Request, name: str) -> Response:
    engine = request.app.state.engine
    query = engine.canned.get(name.removesuffix(".csv").removesuffix(".json").removesuffix(".tsv"))
    if query is None:
        return problem(404, f"no canned query {name!r}; see /api/queries", instance=request.url.path)
    key = {"csv": "csv", "tsv": "tsv", "json": "json"}.get(name.rsplit(".", 1)[-1]) if "." in name else None
    key = key or request.query_params.get("format") or formats.negotiate(request.headers.get("accept"), TABLES)
    if key not in ("json", "csv", "tsv", "sparql-json"):
        return problem(406, "available as " + ", ".join(m for m, _ in TABLES), instance=request.url.path)
    values = {k: v for k, v in request.query_params.items() if k not in RESERVED}
    unknown = set(values) - {p.name for p in query.params}
    if unknown:
        return problem(400, f"unknown parameter(s): {', '.join(sorted(unknown))}", instance=request.url.path)
    try:
        offset, limit = paging(request, engine.settings, key)
        subs = query.substitutions(values)
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    loop = asyncio.get_running_loop()
    saved = engine.saved_answer(query, subs)
    if saved is not None:                                    # computed when the on-disk store was written
        if key == "json":
            columns, bindings = await loop.run_in_executor(None, saved.page, offset, limit)
            return JSONResponse(page(request, query.name, columns, bindings, saved.rows, offset, limit, True))
        body = await loop.run_in_executor(None, saved.serialize, "json" if key == "sparql-json" else key)
        return Response(body, media_type=formats.CONTENT_TYPE[key if key != "sparql-json" else "json"])
    answer = await engine.run(query.text, results="json" if key in ("json", "sparql-json") else key,
                              graph="jsonld" if key == "json" else "turtle", substitutions=subs)
    media = formats.CONTENT_TYPE.get(answer.format, "application/json")
    if key == "json" and answer.kind in ("solutions", "boolean"):
        data = await loop.run_in_executor(None, json.loads, await answer.body())
        if answer.kind == "boolean":
            return JSONResponse({"query": query.name, "boolean": data["boolean"]})
        bindings = data["results"]["bindings"]
        return JSONResponse(page(request, query.name, data["head"]["vars"], bindings[offset:offset + limit],
                                 len(bindings), offset, limit, False))
    if answer.rest is not None:
        return StreamingResponse(answer.rest, media_type=media)
    return Response(answer.first, media_type=media)


def paging(request: Request, settings, key: str) -> tuple[int, int]:
    """`offset` and `limit` of the JSON rows: a page of GWR_PAGE_SIZE rows by default, at most GWR_MAX_PAGE_SIZE.
    CSV, TSV and SPARQL JSON are downloads of the whole answer (as datasette's CSV with _stream)."""
    given = {k: request.query_params[k] for k in ("offset", "limit") if k in request.query_params}
    if given and key != "json":
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
    """One page of a canned query's rows, with the link to the next one (null on the last page)."""
    following = None
    if offset + limit < total:
        url = request.url.include_query_params(offset=offset + limit, limit=limit)
        following = public_base(request) + url.path.lstrip("/") + "?" + url.query      # GWR_PUBLIC_BASE_URL
    return {"query": name, "columns": columns, "total": total, "offset": offset, "limit": limit,
            "next": following, "saved": saved,
            "rows": [{c: b[c]["value"] for c in columns if c in b} for b in bindings]}
