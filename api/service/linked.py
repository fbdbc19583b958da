"""Linked Data: every IRI under the base dereferences here.

/id/<kind>/<key>        an entity (or statement, paragraph, concept …) and its hash sub-resources
/ontology               the ontology (terms are <base>ontology#Term, so the document answers for them)
/graph/<name>           a named graph
Formats by Accept (Vary: Accept) or by suffix (.html .jsonld .ttl .nt .rdf); Link rel="alternate" to
the other forms; JSON-LD uses the published context (/context.jsonld).
"""
from __future__ import annotations

import json

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, RedirectResponse, Response

from api.service import formats, page
from api.service.description import public_base
from api.service.problems import error

router = APIRouter(tags=["Linked Data"])
DOC_FORMATS = formats.GRAPHS + formats.HTML
LINK_FORMATS = [("ttl", "text/turtle"), ("jsonld", "application/ld+json"), ("nt", "application/n-triples"),
                ("rdf", "application/rdf+xml"), ("html", "text/html")]
OX = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}


def split_suffix(path: str) -> tuple[str, str | None]:
    stem, dot, ext = path.rpartition(".")
    if dot and ext in formats.SUFFIXES and formats.SUFFIXES[ext] in formats.SUFFIX_OF:
        return stem, formats.SUFFIXES[ext]
    return path, None


def choose(request: Request, suffix_key: str | None) -> str | None:
    if suffix_key:
        return suffix_key
    fmt = request.query_params.get("format")
    if fmt and formats.FORMAT_PARAM.get(fmt.lower()) in formats.SUFFIX_OF:
        return formats.FORMAT_PARAM[fmt.lower()]
    return formats.negotiate(request.headers.get("accept"), DOC_FORMATS)


def link_header(path: str) -> str:
    return ", ".join(f'<{path}.{ext}>; rel="alternate"; type="{media}"' for ext, media in LINK_FORMATS)


async def context_document(request: Request) -> dict:
    """The JSON-LD context: ontology/context.jsonld, else one made from the service's prefixes."""
    engine = request.app.state.engine

    async def load():
        path = engine.settings.ontology_dir / "context.jsonld"
        if path.exists():
            return json.loads(await run_in_threadpool(path.read_text, "utf-8"))
        return {"@context": dict(engine.prefixes)}
    return await engine.once("context", load)


def compact_jsonld(ntriples: bytes, context: dict, context_url: str) -> bytes:
    from rdflib import Graph
    g = Graph()
    g.parse(data=ntriples.decode("utf-8"), format="nt")
    inner = context.get("@context", context)
    doc = json.loads(g.serialize(format="json-ld", context=inner, auto_compact=True))
    if isinstance(doc, dict):
        doc["@context"] = context_url
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


async def render_graph(request: Request, ntriples: bytes, key: str) -> bytes:
    engine = request.app.state.engine
    if key == "ntriples":
        return ntriples
    if key == "jsonld":
        context = await context_document(request)
        return await run_in_threadpool(compact_jsonld, ntriples, context, public_base(request) + "context.jsonld")
    triples = [q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)] if ntriples else []
    return ox.serialize(triples, None, OX[key], prefixes=engine.prefixes)


async def document(request: Request, iri: str, path: str, suffix_key: str | None) -> Response:
    engine = request.app.state.engine
    key = choose(request, suffix_key)
    if key is None:
        return error(request, 406, "not acceptable: available as " + formats.acceptable(DOC_FORMATS))
    headers = {"Vary": "Accept", "Link": link_header(path)}
    if suffix_key is None:
        headers["Content-Location"] = f"{path}.{formats.SUFFIX_OF[key]}"
    resource = ox.NamedNode(iri)
    if key == "html":
        from api.service import web
        return await web.entity_page(request, iri, path, headers)
    answer = await engine.run(engine.canned["api-describe"].text, graph="ntriples",
                              substitutions={ox.Variable("resource"): resource})
    ntriples = await answer.body()
    if not ntriples.strip():
        return error(request, 404, f"no resource {iri} in this dataset")
    body = await render_graph(request, ntriples, key)
    return Response(body, media_type=formats.CONTENT_TYPE[key], headers=headers)


@router.get("/id/{path:path}", summary="Dereference an entity IRI (<base>id/<kind>/<key>)")
async def entity(request: Request, path: str) -> Response:
    stem, suffix_key = split_suffix(path)
    if not stem or ".." in stem:
        return error(request, 404, "no such resource")
    iri = request.app.state.engine.settings.base_iri + "id/" + stem
    if not valid_iri(iri):
        return error(request, 404, "no such resource")
    return await document(request, iri, "/id/" + stem, suffix_key)


async def graph_document(request: Request, graph_iri: str, path: str, suffix_key: str | None,
                         html_rows: str | None = None) -> Response:
    engine = request.app.state.engine
    key = choose(request, suffix_key)
    if key is None:
        return error(request, 406, "not acceptable: available as " + formats.acceptable(DOC_FORMATS))
    headers = {"Vary": "Accept", "Link": link_header(path)}
    if key == "html" and html_rows:
        rows = await engine.select(html_rows)
        alternates = [(media, f"{path}.{ext}") for ext, media in LINK_FORMATS if ext != "html"]
        body = page.terms_page("Ontology / 本体", rows, engine.prefixes, alternates)
        return Response(body, media_type=formats.CONTENT_TYPE["html"], headers=headers)
    text = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }"
    answer = await engine.run(text, graph="ntriples", union=False,
                              substitutions={ox.Variable("graph"): ox.NamedNode(graph_iri)})
    ntriples = await answer.body()
    if not ntriples.strip():
        return error(request, 404, f"no graph {graph_iri} in this dataset")
    if key == "html":
        triples = [q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)]
        return Response(page.triples_page(graph_iri, triples, engine.prefixes),
                        media_type=formats.CONTENT_TYPE["html"], headers=headers)
    return Response(await render_graph(request, ntriples, key), media_type=formats.CONTENT_TYPE[key], headers=headers)


@router.get("/ontology", summary="The ontology (terms <base>ontology#Term dereference here)")
async def ontology(request: Request) -> Response:
    base = request.app.state.engine.settings.base_iri
    return await graph_document(request, base + "graph/ontology", "/ontology", None, "api-terms")


@router.get("/ontology.{ext}", summary="The ontology as a file (.ttl .nt .jsonld .rdf .html)")
async def ontology_file(request: Request, ext: str) -> Response:
    key = formats.SUFFIXES.get(ext)
    if key not in formats.SUFFIX_OF:
        return error(request, 404, f"no ontology format .{ext}")
    base = request.app.state.engine.settings.base_iri
    return await graph_document(request, base + "graph/ontology", "/ontology", key, "api-terms")


@router.get("/ontology/{term}", summary="An ontology term: redirects to its place in the ontology document")
async def ontology_term(term: str) -> Response:
    return RedirectResponse(f"/ontology#{term}", status_code=303)


@router.get("/context.jsonld", summary="The JSON-LD context of the service's JSON-LD documents")
async def context(request: Request) -> Response:
    path = request.app.state.engine.settings.ontology_dir / "context.jsonld"
    if path.exists():
        return FileResponse(path, media_type="application/ld+json", headers={"Cache-Control": "public, max-age=3600"})
    return Response(json.dumps(await context_document(request)), media_type="application/ld+json")


@router.get("/graph/{name}", summary="A named graph (<base>graph/<name>)")
async def named_graph(request: Request, name: str) -> Response:
    stem, suffix_key = split_suffix(name)
    base = request.app.state.engine.settings.base_iri
    if not valid_iri(base + "graph/" + stem):
        return error(request, 404, "no such graph")
    return await graph_document(request, base + "graph/" + stem, "/graph/" + stem, suffix_key)


def valid_iri(iri: str) -> bool:
    """Paths with characters an IRI cannot hold (controls, spaces…) name nothing here: 404, not 500."""
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True
