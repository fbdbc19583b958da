"""Errors as clients see them: RFC 9457 problem details (application/problem+json) on the REST side,
a plain-text message with the right status on the SPARQL protocol side. Never a stack trace."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException

from api.queries import ParameterError
from api.service.backend import Overloaded, QueryFailed, QueryTimeout
from api.service.body import BodyTooLarge
from api.service.headers import EVERY
from api.service.terms import BadIdentifier, Unknown

log = logging.getLogger("api.service")
TITLES = {400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
          406: "Not Acceptable", 413: "Content Too Large", 415: "Unsupported Media Type",
          422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error",
          503: "Service Unavailable"}
PROTOCOL_PATHS = ("/sparql",)


def problem(status: int, detail: str, *, headers: dict | None = None, instance: str | None = None,
            **extra) -> JSONResponse:
    body = {"type": "about:blank", "title": TITLES.get(status, "Error"), "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type="application/problem+json")


def protocol_error(status: int, message: str, headers: dict | None = None) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


def error(request: Request, status: int, detail: str, headers: dict | None = None) -> Response:
    """The error shape that fits the path: plain text on /sparql, problem+json elsewhere."""
    if request.url.path.startswith(PROTOCOL_PATHS):
        return protocol_error(status, detail, headers)
    return problem(status, detail, headers=headers, instance=request.url.path)


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing is served at {request.url.path}"
        if exc.status_code == 405 and detail == "Method Not Allowed":
            detail = f"{request.method} is not allowed on {request.url.path}"
        return error(request, exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return error(request, 400, "invalid request: " + "; ".join(parts))

    # The JSON API's parameters (terms.py, api/queries.py): malformed 400, naming nothing 404.
    @app.exception_handler(BadIdentifier)
    @app.exception_handler(ParameterError)
    async def bad_parameter(request: Request, exc: ValueError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(Unknown)
    async def unknown(request: Request, exc: Unknown) -> Response:
        return error(request, 404, str(exc.args[0]) if exc.args else "not found")

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge) -> Response:
        return error(request, 413, str(exc))

    # Any query a route runs (a canned query, the search catalogue, a page's data) can time out, fail or find
    # the pool full: one mapping for every route (/sparql words its own protocol messages).
    @app.exception_handler(QueryTimeout)
    async def timed_out(request: Request, exc: QueryTimeout) -> Response:
        return error(request, 503, "the query ran past its time limit and was stopped")

    @app.exception_handler(QueryFailed)
    async def failed(request: Request, exc: QueryFailed) -> Response:
        return error(request, exc.status, exc.message)

    @app.exception_handler(Overloaded)
    async def overloaded(request: Request, exc: Overloaded) -> Response:
        return error(request, 429, "too many queries are running; retry shortly", {"Retry-After": "1"})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        # sent by Starlette's outermost layer, outside SecurityHeaders: the headers go on here
        return error(request, 500, "the service failed on this request; the error was logged",
                     {name.decode(): value.decode() for name, value in EVERY})
