"""The web face: home page, entity pages, report reader, charts, search, the SPARQL editor page, the
self-hosted API docs and the ontology documentation. Server-rendered with Jinja2; the scripts and
styles are built from web/ into api/service/static/ and served here (nothing from another host).

`install(app)` registers everything; linked.py and page.py call `entity_page` and `render` for the
HTML twins of Linked Data documents.
"""
from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from api.service.web import i18n

HERE = Path(__file__).resolve().parent
STATIC = HERE.parent / "static"
ENV = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)


def _manifest() -> dict:
    path = STATIC / "manifest.json"
    return json.loads(path.read_text("utf-8")).get("files", {}) if path.exists() else {}


MANIFEST = _manifest()


def static_url(name: str) -> str:
    digest = MANIFEST.get(name)
    return f"/static/{name}" + (f"?v={digest}" if digest else "")


ENV.globals.update(t=i18n.t, static=static_url, STATUS=i18n.STATUS, COMPARISON=i18n.COMPARISON, pick=i18n.pick,
                   HTML_LANG=i18n.HTML_LANG)


def render(template: str, **context) -> bytes:
    lang = i18n.current.get()
    return ENV.get_template(template).render(lang=lang, html_lang=i18n.HTML_LANG[lang], **context).encode("utf-8")


def install(app: FastAPI) -> None:
    from api.service.web import routes
    app.include_router(routes.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(i18n.LanguageMiddleware)


async def entity_page(request, iri: str, path: str, headers: dict):
    from api.service.web import routes
    return await routes.resource_page(request, iri, path, headers)
