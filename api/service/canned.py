"""Canned queries: every queries/*.rq, listed and run with typed parameters bound as RDF terms."""
from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from api.queries import ParameterError
from api.service import formats
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


@router.get("/queries/{name}", name="run_canned",
            summary="Run a canned query: parameters from the query string, JSON (default) or CSV/TSV")
async def run_canned(request: Request, name: str) -> Response:
    engine = request.app.state.engine
    query = engine.canned.get(name.removesuffix(".csv").removesuffix(".json").removesuffix(".tsv"))
    if query is None:
        return problem(404, f"no canned query {name!r}; see /api/queries", instance=request.url.path)
    key = {"csv": "csv", "tsv": "tsv", "json": "json"}.get(name.rsplit(".", 1)[-1]) if "." in name else None
    key = key or request.query_params.get("format") or formats.negotiate(request.headers.get("accept"), TABLES)
    if key not in ("json", "csv", "tsv", "sparql-json"):
        return problem(406, "available as " + ", ".join(m for m, _ in TABLES), instance=request.url.path)
    values = {k: v for k, v in request.query_params.items() if k != "format"}
    unknown = set(values) - {p.name for p in query.params}
    if unknown:
        return problem(400, f"unknown parameter(s): {', '.join(sorted(unknown))}", instance=request.url.path)
    try:
        subs = query.substitutions(values)
        answer = await engine.run(query.text, results="json" if key in ("json", "sparql-json") else key,
                                  graph="jsonld" if key == "json" else "turtle", substitutions=subs)
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    media = formats.CONTENT_TYPE.get(answer.format, "application/json")
    if key == "json" and answer.kind in ("solutions", "boolean"):
        data = json.loads(await answer.body())
        if answer.kind == "boolean":
            return JSONResponse({"query": query.name, "boolean": data["boolean"]})
        columns = data["head"]["vars"]
        rows = [{c: b[c]["value"] for c in columns if c in b} for b in data["results"]["bindings"]]
        return JSONResponse({"query": query.name, "columns": columns, "total": len(rows), "rows": rows})
    if answer.rest is not None:
        return StreamingResponse(answer.rest, media_type=media)
    return Response(answer.first, media_type=media)
