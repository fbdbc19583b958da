"""The app factory: `create_app(settings)` wires the engine, the route table and the safety layers."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import __version__
from api.service import openapi, problems, routes, sparql
from api.service.body import BodyLimit
from api.service.caching import ApiCache
from api.service.connection import CutShort
from api.service.engine import Engine
from api.service.headers import SecurityHeaders
from api.service.web.i18n import LanguageMiddleware
from api.settings import Settings

DESCRIPTION = """Knowledge graph of Chinese government work reports (政府工作报告).

* **/sparql** — SPARQL 1.1 Protocol (read-only; GET, POST form, POST direct). The default graph is the
  union of all named graphs. Every query has a time limit; SERVICE is refused.
* **/id/{kind}/{key}** — Linked Data (HTML, JSON-LD, Turtle, N-Triples by Accept or suffix).
* **/api/…** — JSON for frontends (this page documents it). Errors are RFC 9457 problem details.
* **/dataset**, **/.well-known/void** — VoID and DCAT; **/dumps/…** — the data.
"""


def create_app(settings: Settings) -> FastAPI:
    engine = Engine(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await engine.start()
        try:
            yield
        finally:
            await engine.close()

    app = FastAPI(title="GWR knowledge graph service", version=__version__, description=DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.engine = engine
    problems.install(app)
    openapi.install(app)    # the description as the service behaves: problem+json, /sparql, models
    routes.install(app)     # every path, its methods and its handler: the route table (routes.py)

    # The middleware, innermost first (each one added wraps the ones before); sparql.FastPath knows this stack.
    # The page's language: ?lang=, cookie, Accept-Language; the labels of the schemes' concepts (web/i18n.py).
    app.add_middleware(LanguageMiddleware, ontology_dir=settings.ontology_dir)
    app.add_middleware(ApiCache, engine=engine)    # ETag, Cache-Control and 304 on /api, by data version
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_credentials=False,
                       allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
                       allow_headers=["Accept", "Content-Type", "If-None-Match"],
                       expose_headers=["Link", "Retry-After", "ETag", "Content-Location", "Vary"], max_age=86400)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(CutShort)          # an answer broken off mid-stream: close, log a warning (connection.py)
    app.add_middleware(SecurityHeaders)   # nosniff, CSP, frame and referrer policy on every response (headers.py)
    app.add_middleware(sparql.FastPath, fastapi_app=app)   # outermost: plain GET /sparql skips the stack
    return app
