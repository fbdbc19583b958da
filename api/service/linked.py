"""Linked Data: every IRI under the base dereferences here.

/id/<kind>/<key>        an entity (or statement, paragraph, concept …) and its hash sub-resources
/ontology               the ontology (terms are <base>ontology#Term, so the document answers for them)
/graph/<name>           a named graph
/graph/draft/<report>   a machine-drafted report's graph (only where drafts are loaded; README, "Reviewed and drafted")
Formats by Accept (Vary: Accept) or by suffix (.html .jsonld .ttl .nt .rdf); Link rel="alternate" to
the other forms; JSON-LD uses the published context (/context.jsonld).
"""
from __future__ import annotations

import json

import pyoxigraph as ox
from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, RedirectResponse, Response

from api import iris
from api.graphsets import UnknownGraphSet, check, draft_prefix
from api.service import formats, page
from api.service.problems import error
from api.service.urls import public_base
from api.service.web.drafts import described
from api.service.web.ontology_docs import ontology_docs_parts
from api.service.web.resource import resource_page

DOCUMENTS = formats.DOCUMENTS
LINKED = ("turtle", "jsonld", "ntriples", "rdfxml", "html")     # the twins a document's Link header names


def link_header(path: str) -> str:
    return ", ".join(f'<{path}.{formats.SUFFIX_OF[key]}>; rel="alternate"; type="{formats.media(key)}"'
                     for key in LINKED)


async def context_document(request: Request) -> dict:
    """The JSON-LD context: ontology/context.jsonld under the configured base, else one made from the prefixes."""
    engine = request.app.state.engine

    async def load():
        if (engine.settings.ontology_dir / "context.jsonld").exists():
            return await run_in_threadpool(iris.context, engine.settings.ontology_dir, engine.settings.base_iri)
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
    return formats.written(ox.serialize(triples, None, formats.GRAPH_FORMATS[key], prefixes=engine.prefixes))


async def document(request: Request, iri: str, path: str, suffix_key: str | None) -> Response:
    engine = request.app.state.engine
    key = formats.choose(request, DOCUMENTS, suffix_key)
    if key is None:
        return error(request, 406, "not acceptable: available as " + formats.acceptable(DOCUMENTS))
    headers = {"Vary": "Accept", "Link": link_header(path)}
    if suffix_key is None:
        headers["Content-Location"] = f"{path}.{formats.SUFFIX_OF[key]}"
    resource = ox.NamedNode(iri)
    if key == "html":
        return await resource_page(request, iri, path, headers)
    try:        # ?graphs= as the HTML page reads it (web/drafts.py): drafted resources resolve under drafted or all
        graphs = described(check(request.query_params.get("graphs")))
    except UnknownGraphSet as exc:
        return error(request, 400, str(exc))
    answer = await engine.run(engine.canned["api-describe"].text, graph="ntriples", graphs=graphs,
                              substitutions={ox.Variable("resource"): resource})
    ntriples = await answer.body()
    if not ntriples.strip():
        return error(request, 404, f"no resource {iri} in this dataset")
    body = await render_graph(request, ntriples, key)
    return Response(body, media_type=formats.CONTENT_TYPE[key], headers=headers)


async def entity(request: Request, path: str) -> Response:
    stem, suffix_key = formats.split(path, DOCUMENTS)
    if not stem or ".." in stem:
        return error(request, 404, "no such resource")
    iri = request.app.state.engine.settings.base_iri + "id/" + stem
    if not valid_iri(iri):
        return error(request, 404, "no such resource")
    return await document(request, iri, "/id/" + stem, suffix_key)


async def graph_document(request: Request, graph_iri: str, path: str, suffix_key: str | None,
                         html_rows: str | None = None, graphs: str | None = None) -> Response:
    """One named graph as a document. `graphs`: the graph set among whose named graphs it is looked up
    (api/graphsets.py; None: every graph of the store, as before graph sets)."""
    engine = request.app.state.engine
    key = formats.choose(request, DOCUMENTS, suffix_key)
    if key is None:
        return error(request, 406, "not acceptable: available as " + formats.acceptable(DOCUMENTS))
    headers = {"Vary": "Accept", "Link": link_header(path)}
    if key == "html" and html_rows:
        rows = await engine.select(html_rows)
        alternates = [(formats.media(key), f"{path}.{formats.SUFFIX_OF[key]}") for key in LINKED if key != "html"]
        body = page.terms_page("Ontology / 本体", rows, engine.prefixes, alternates)
        return Response(body, media_type=formats.CONTENT_TYPE["html"], headers=headers)
    text = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }"
    answer = await engine.run(text, graph="ntriples", union=graphs is not None, graphs=graphs,
                              substitutions={ox.Variable("graph"): ox.NamedNode(graph_iri)})
    ntriples = await answer.body()
    if not ntriples.strip():
        return error(request, 404, f"no graph {graph_iri} in this dataset")
    if key == "html":
        triples = [q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)]
        return Response(page.triples_page(graph_iri, triples, engine.prefixes),
                        media_type=formats.CONTENT_TYPE["html"], headers=headers)
    return Response(await render_graph(request, ntriples, key), media_type=formats.CONTENT_TYPE[key], headers=headers)


async def ontology(request: Request) -> Response:
    base = request.app.state.engine.settings.base_iri
    if formats.choose(request, DOCUMENTS, None) == "html" and (page_ := await ontology_page(request)):
        return page_
    return await graph_document(request, base + "graph/ontology", "/ontology", None, "api-terms")


async def ontology_file(request: Request, ext: str) -> Response:
    key = formats.by_suffix(ext, DOCUMENTS)
    if key is None:
        return error(request, 404, f"no ontology format .{ext}")
    base = request.app.state.engine.settings.base_iri
    if key == "html" and (page_ := await ontology_page(request)):
        return page_
    return await graph_document(request, base + "graph/ontology", "/ontology", key, "api-terms")


async def ontology_page(request: Request) -> Response | None:
    """The ontology in HTML is pyLODE's documentation (docs/ontology.html, written by the build: each term with
    its definition, domain and range, anchored by its local name, so <base>ontology#Term lands on it); None
    when there is none, or the service runs under another base IRI than the one the page was written for."""
    settings = request.app.state.engine.settings
    path = settings.root / "docs" / "ontology.html"
    if settings.base_iri != iris.DEFAULT_BASE or not path.exists():
        return None
    body, _ = await ontology_docs_parts(request, path)
    return Response(body, media_type=formats.CONTENT_TYPE["html"],
                    headers={"Vary": "Accept", "Link": link_header("/ontology"),
                             "Cache-Control": "public, max-age=3600"})


async def ontology_term(term: str) -> Response:
    return RedirectResponse(f"/ontology#{term}", status_code=303)


async def context(request: Request) -> Response:
    settings = request.app.state.engine.settings
    path = settings.ontology_dir / "context.jsonld"
    if path.exists() and settings.base_iri == iris.DEFAULT_BASE:
        return FileResponse(path, media_type="application/ld+json", headers={"Cache-Control": "public, max-age=3600"})
    return Response(json.dumps(await context_document(request)), media_type="application/ld+json",
                    headers={"Cache-Control": "public, max-age=3600"})


async def named_graph(request: Request, name: str) -> Response:
    stem, suffix_key = formats.split(name, DOCUMENTS)
    base = request.app.state.engine.settings.base_iri
    if not valid_iri(base + "graph/" + stem):
        return error(request, 404, "no such graph")
    return await graph_document(request, base + "graph/" + stem, "/graph/" + stem, suffix_key)


async def drafted_graph(request: Request, name: str) -> Response:
    """A drafted report's graph, <base>graph/draft/<report> (api/graphsets.py), negotiated as /graph/{name} is.
    Asked for in the drafted set's named graphs: without drafts loaded, or for a name that is no drafted graph,
    a 404 (a reviewed graph is never served under this path)."""
    stem, suffix_key = formats.split(name, DOCUMENTS)
    iri = draft_prefix(request.app.state.engine.settings.base_iri) + stem
    if not stem or not valid_iri(iri):
        return error(request, 404, "no such graph")
    return await graph_document(request, iri, "/graph/draft/" + stem, suffix_key, graphs="drafted")


def valid_iri(iri: str) -> bool:
    """Paths with characters an IRI cannot hold (controls, spaces…) name nothing here: 404, not 500."""
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True
