"""The OpenAPI 3.1 description (/openapi.json) as the service really behaves.

FastAPI writes the operations of the route table (routes.py) with the response models of models.py; this
module then makes the description say what is really sent (OpenAPI 3.1.0 §4.8.16 Responses Object):

* errors are RFC 9457 problem details, `application/problem+json` (models.Problem), with the statuses each
  route can answer, instead of FastAPI's 422 HTTPValidationError, which the service never sends (a parameter
  that does not parse is a 400 problem, problems.py); on /sparql errors are `text/plain` (SPARQL 1.1 Protocol
  §2.1.4 leaves the body open);
* every /api answer may be 304 Not Modified (caching.py) and carries ETag, Cache-Control and, on lists, Link;
* /sparql has its parameters (SPARQL 1.1 Protocol §2.1.1-2.1.3: query, default-graph-uri, named-graph-uri;
  the format/output/results names clients send beside Accept; timeout), its two POST bodies
  (application/x-www-form-urlencoded, application/sparql-query) and its answer media types (§2.1.5-2.1.6).
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api.service import formats
from api.service.models import Problem
from api.service.problems import TITLES

REF = "#/components/schemas/{model}"
# Statuses every route of a tag can answer besides 200 (429 and 503: the query pool is full or a query ran past
# its time limit; 500 is left out: it is a bug, not part of the interface).
ERRORS = {
    "JSON API": (400, 404, 429, 503),
    "Canned queries": (400, 404, 406, 429, 503),
    "Linked Data": (404, 406, 429, 503),
    "Metadata": (404, 406, 503),
    "SPARQL": (400, 403, 406, 413, 415, 429, 503),
}
WHY = {400: "a parameter that does not parse or names nothing it could", 403: "a query the service refuses "
       "(SERVICE, or /sparql without its sandbox)", 404: "nothing of that name in the dataset",
       406: "no acceptable format", 413: "the request body is too large", 415: "an unsupported Content-Type",
       429: "too many queries are running (Retry-After)", 503: "the query ran past its time limit, or the query "
       "workers do not answer"}
HEADERS = {
    "ETag": {"description": "the data version and the request (RFC 9110 §8.8.3)", "schema": {"type": "string"}},
    "Cache-Control": {"description": "public, no-cache: revalidate with If-None-Match", "schema": {"type": "string"}},
}
# Statuses of single paths that differ from their tag's.
PATH_ERRORS = {"/api/queries": (), "/health": (503,), "/version": (503,), "/context.jsonld": ()}
# What the routes without a JSON model answer (formats.py): RDF documents and pages, dumps, the context.
DOCUMENT_TYPES = [media for media, _ in formats.DOCUMENTS if media not in ("application/json", "application/xml")]
DUMP_TYPES = ["application/n-quads", "application/trig", "application/ld+json", "text/turtle"]
LINK = {"Link": {"description": "RFC 8288 paging links: self, first, prev, next, last", "schema": {"type": "string"}}}
LISTS = ("/api/entities", "/api/search", "/api/targets", "/api/results", "/api/compare", "/api/queries",
         "/api/queries/{name}")

SELECT_TYPES = [media for media, _ in formats.RESULTS]
GRAPH_TYPES = [media for media, _ in formats.GRAPHS]
STRING = {"type": "string"}


def sparql_parameters() -> list[dict]:
    many = {"type": "array", "items": STRING}
    return [
        {"name": "query", "in": "query", "required": False, "schema": STRING,
         "description": "the SPARQL 1.1 query (§2.1.1); without it GET answers the service description"},
        {"name": "default-graph-uri", "in": "query", "required": False, "schema": many, "explode": True,
         "description": "the default graph: the merge of these graphs (§2.1.4; default: the union of all)"},
        {"name": "named-graph-uri", "in": "query", "required": False, "schema": many, "explode": True,
         "description": "the named graphs of the dataset (§2.1.4)"},
        *({"name": name, "in": "query", "required": False, "schema": STRING,
           "description": "a result format by name (json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml …), as "
                          "SPARQL clients send it beside Accept; a name that does not fit the query form leaves "
                          "Accept to decide"} for name in ("format", "output", "results")),
        {"name": "timeout", "in": "query", "required": False, "schema": STRING,
         "description": "seconds (digits 0-9, e.g. 2.5), at most GWR_MAX_QUERY_TIMEOUT"},
    ]


def sparql_body() -> dict:
    form = {"type": "object", "required": ["query"], "properties": {
        "query": STRING, "default-graph-uri": {"type": "array", "items": STRING},
        "named-graph-uri": {"type": "array", "items": STRING}, "format": STRING, "timeout": STRING}}
    return {"required": True, "content": {
        "application/x-www-form-urlencoded": {"schema": form},
        "application/sparql-query": {"schema": {"type": "string", "description": "the query, UTF-8"}}}}


def sparql_answer() -> dict:
    text = {"schema": STRING}
    content = {media: text for media in [*SELECT_TYPES, *GRAPH_TYPES] if not media.startswith("application/json")}
    content["application/json"] = {"schema": {"type": "object", "description": "SPARQL 1.1 Query Results JSON "
                                              "(SELECT, ASK) or JSON-LD (CONSTRUCT, DESCRIBE)"}}
    return {"description": "the results: SELECT and ASK as SPARQL results (JSON, XML, CSV, TSV), CONSTRUCT and "
                           "DESCRIBE as RDF (Turtle, N-Triples, JSON-LD, RDF/XML), by Accept or format",
            "content": content}


def problem_response(status: int, plain: bool) -> dict:
    if plain:
        return {"description": f"{TITLES.get(status, 'Error')}: {WHY.get(status, '')}",
                "content": {"text/plain": {"schema": STRING}}}
    return {"description": f"{TITLES.get(status, 'Error')}: {WHY.get(status, '')} (RFC 9457 problem details)",
            "content": {"application/problem+json": {"schema": {"$ref": REF.format(model="Problem")}}}}


def describe(app: FastAPI) -> dict:
    spec = get_openapi(title=app.title, version=app.version, openapi_version=app.openapi_version,
                       description=app.description, routes=app.routes)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    schemas["Problem"] = Problem.model_json_schema(ref_template=REF)
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            responses = op.setdefault("responses", {})
            responses.pop("422", None)
            tag = (op.get("tags") or [None])[0]
            plain = tag == "SPARQL"
            if plain:
                op["parameters"] = sparql_parameters() if method != "post" else []
                if method == "post":
                    op["requestBody"] = sparql_body()
                responses["200"] = sparql_answer()
            elif tag is not None and not responses.get("200", {}).get("content", {}).get(
                    "application/json", {}).get("schema"):
                types = (["application/ld+json"] if path == "/context.jsonld" else DUMP_TYPES
                         if path.startswith("/dumps/") else DOCUMENT_TYPES)
                responses["200"] = {"description": "the document, in the format the Accept header or the "
                                    "suffix asks for", "content": {media: {"schema": STRING} for media in types}}
            for status in PATH_ERRORS.get(path, ERRORS.get(tag, (404,))):
                responses.setdefault(str(status), problem_response(status, plain))
            if path.startswith("/api/"):
                ok = responses.setdefault("200", {"description": "OK"})
                ok["headers"] = {**HEADERS, **(LINK if path in LISTS else {})}
                responses["304"] = {"description": "Not Modified: If-None-Match named the current ETag",
                                    "headers": HEADERS}
                op.setdefault("parameters", []).append(
                    {"name": "If-None-Match", "in": "header", "required": False, "schema": STRING,
                     "description": "an ETag of an earlier answer: 304 if the data has not changed"})
    return spec


def install(app: FastAPI) -> None:
    """Serve this description at /openapi.json (computed once, on first request)."""
    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = describe(app)
        return app.openapi_schema
    app.openapi = openapi       # type: ignore[method-assign]
