"""The web face: home page, entity pages, report reader, charts, search, the SPARQL editor page, the
self-hosted API docs and the ontology documentation. Server-rendered with Jinja2; the scripts and
styles are built from web/ into api/service/static/ and served at /static (nothing from another host).

Here: the templates and what every page of the face uses (the HTML response with its Vary header, links,
entity labels). The pages are in routes.py (site pages), resource.py (the HTML twin of /id/…) and editor.py
(the SPARQL editor); the route table (api/service/routes.py) maps paths to them.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import Response

from api.graphsets import UnknownGraphSet
from api.service import entities, formats, urls
from api.service.web import charts, drafts, i18n, series_svg

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
                   HTML_LANG=i18n.HTML_LANG, MEASURE=i18n.MEASURE, MODALITY=i18n.MODALITY, ATTAINMENT=i18n.ATTAINMENT,
                   DIRECTION=i18n.DIRECTION, say=series_svg.say, qualified=series_svg.qualified,
                   level_name=series_svg.level_name, fact_value=series_svg.fact_value,
                   fact_measure=series_svg.fact_measure, measure_word=charts.measure_word, compare_say=charts.say,
                   keep=drafts.keep, graph_switch=drafts.switch, graph_set=drafts.name,
                   draft_mark=drafts.mark)



def render(template: str, **context) -> bytes:
    lang = i18n.current.get()
    return ENV.get_template(template).render(lang=lang, html_lang=i18n.HTML_LANG[lang], **context).encode("utf-8")


VARY = "Accept, Accept-Language, Cookie"      # every page is negotiated, and speaks the reader's language
HTML = formats.CONTENT_TYPE["html"]
GWR_SHORT = {"result": ("结果", "result"), "target": ("目标", "target"), "statusreport": ("状态", "status"),
             "commitment": ("承诺", "commitment"), "statedrelation": ("关系", "relation")}


def html(body: bytes, headers: dict | None = None, status: int = 200) -> Response:
    h = {"Vary": VARY, **(headers or {})}
    return Response(body, status_code=status, media_type=HTML, headers=h)


def base_iri(request: Request) -> str:
    return request.app.state.engine.settings.base_iri


def href(request: Request, iri: str) -> str:
    """The link to an IRI; to one of ours, keeping the page's graph set (web/drafts.py)."""
    return drafts.keep(urls.href(iri, base_iri(request)))


async def labeller(request: Request):
    """The label of an entity IRI in the page's language, from the search catalogue ("" for others)."""
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


# ---- the graph set of a page (web/drafts.py): read once per handler ----

def bad_set(exc: UnknownGraphSet) -> Response:
    """The 400 page of an unknown ?graphs= value."""
    return html(render("error.html", title=i18n.t("bad_graphs"), message=str(exc)), status=400)


def pages(handler):
    """A page handler that reads ?graphs= (an unknown set: a 400 page) and holds it while it renders."""
    @functools.wraps(handler)
    async def wrapper(*args, **kwargs):
        request = kwargs.get("request") or next(a for a in args if isinstance(a, Request))
        try:
            state = await drafts.enter(request)
        except UnknownGraphSet as exc:
            return bad_set(exc)
        token = drafts.current.set(state)
        try:
            return await handler(*args, **kwargs)
        finally:
            drafts.current.reset(token)
    return wrapper
