"""JSON API for frontends: entities, one entity with everything about it, search. Terms are CURIEs of
/context.jsonld and identifiers are read one way (terms.py); lists carry paging links (paging.py)."""
from __future__ import annotations

import asyncio
from typing import Annotated

import pyoxigraph as ox
from fastapi import Path, Query, Request
from fastapi.responses import JSONResponse, Response

from api.graphsets import DEFAULT_SET, UnknownGraphSet, check
from api.params import query_whole
from api.service.catalogue import KINDS, SORTS, Catalogue, load_catalogue, sort_entries
from api.service.facts import Graphs, entity_ref, fact_bindings, fact_json
from api.service.paging import link_header, page_links, window_links
from api.service.problems import problem
from api.service.terms import BadIdentifier, kind_of, paragraph_labels
from api.service.urls import public_base
from api.service.values import scalar

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SEARCH_DEPTH = 1000        # hits ranked per search, of which a window is answered


async def catalogue(request: Request) -> Catalogue:
    return await load_catalogue(request.app.state.engine)


def type_namer(engine):
    """A class or predicate IRI as the JSON API writes it: a CURIE of /context.jsonld (terms.py)."""
    return engine.terms.curie


async def list_entities(
        request: Request,
        type: Annotated[str | None, Query(description="a class: Project, gwr:Project or its IRI")] = None,
        kind: Annotated[str | None, Query(description="IRI kind: " + ", ".join(KINDS))] = None,
        district: Annotated[str | None, Query(description="a place or zone (ganjingzi-district, "
                                              "place/ganjingzi-district, id:place/… or its IRI); entities "
                                              "located in it, transitively")] = None,
        industry: Annotated[str | None, Query(description="an industry (key, industry/…, id:industry/… or its "
                                              "IRI), broader ones included")] = None,
        text: Annotated[str | None, Query(description="substring of a label: Chinese, English or pinyin")] = None,
        sort: Annotated[str, Query(description="one of " + ", ".join(SORTS) + "; prefix - for descending")] = "id",
        page: Annotated[int, query_whole("page"), Query(ge=1)] = 1,
        size: Annotated[int, query_whole("size"), Query(ge=1, le=500)] = 50) -> Response:
    engine = request.app.state.engine
    cat = await catalogue(request)
    type_iri = None
    if type:
        type_iri = engine.terms.expand(type)
        if not any(type_iri in e.types for e in cat.entries):
            raise BadIdentifier(f"no entity has the class {type[:100]!r} ({engine.terms.curie(type_iri)})")
    found = cat.filter(kind=kind_of(kind), type_iri=type_iri,
                       district=await entity_ref(request, district, ("place", "zone")) if district else None,
                       industry=await entity_ref(request, industry, ("industry",)) if industry else None, text=text)
    try:
        ordered = sort_entries(found, sort)
    except ValueError as exc:
        return problem(400, str(exc), instance=request.url.path)
    name = type_namer(engine)
    items = [e.summary(name) for e in ordered[(page - 1) * size: page * size]]
    links = page_links(request, len(found), page, size)
    return JSONResponse({"total": len(found), "page": page, "size": size, "items": items, "links": links},
                        headers={"Link": link_header(links)})


async def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
                 kind: Annotated[str | None, Query(description="IRI kind: " + ", ".join(KINDS))] = None,
                 offset: Annotated[int, query_whole("offset"), Query(ge=0, le=SEARCH_DEPTH)] = 0,
                 limit: Annotated[int, query_whole("limit"), Query(ge=1, le=100)] = 20) -> Response:
    cat = await catalogue(request)
    name = type_namer(request.app.state.engine)
    hits = cat.search(q, SEARCH_DEPTH, kind_of(kind))
    links = window_links(request, len(hits), offset, limit)
    return JSONResponse({"query": q, "total": len(hits), "offset": offset, "limit": limit, "items": [
        {**e.summary(name), "score": round(score, 1), "match": how, "matched": label}
        for e, score, how, label in hits[offset:offset + limit]], "links": links},
        headers={"Link": link_header(links)})


IDENTIFIER = ("an entity in any identifier form (README, 'Identifiers'): dalian, place/dalian, place:dalian, "
              "id:place/dalian or its IRI, percent-encoded (https%3A%2F%2Fw3id.org%2Fgwr%2Fid%2Fplace%2Fdalian)")


async def entity_detail(request: Request,
                        kind: Annotated[str, Path(description="the kind: " + ", ".join(KINDS))],
                        key: Annotated[str, Path(description="the key within its kind: dalian")],
                        graphs: Graphs = None) -> Response:
    """Everything about one entity: labels, types, properties, facts, statements and linked entities (a 404
    problem when the dataset has none). `/api/entities/id:place/dalian` is read here too (kind `id:place`).
    Its facts are those of the graph set `graphs` (reviewed by default), each with its `review` mark."""
    return await entity_answer(request, f"{kind}/{key}", graphs)


async def entity_by_identifier(request: Request, ref: Annotated[str, Path(description=IDENTIFIER)],
                               graphs: Graphs = None) -> Response:
    """One entity named in any identifier form (terms.py): `dalian`, `place:dalian`, or the full IRI
    percent-encoded in the path (RFC 3986 §2.1; `https%3A%2F%2Fw3id.org%2Fgwr%2Fid%2Fplace%2Fdalian`)."""
    return await entity_answer(request, ref, graphs)


async def entity_answer(request: Request, identifier: str, graphs: str | None = None) -> Response:
    try:        # graph sets (api/graphsets.py): the fact routes' rule, an unknown set a 400 problem
        chosen = check(graphs)
    except UnknownGraphSet as exc:
        return problem(400, str(exc), instance=request.url.path)
    ref = await entity_ref(request, identifier, KINDS, chosen)
    kind, key = ref.split("/", 1)
    data = await entity_data(request.app.state.engine, kind, key, graphs=None if chosen == DEFAULT_SET else chosen)
    if data is None:
        return problem(404, f"no entity {ref}", instance=request.url.path)
    # the entity's own URL, where another identifier form asked for it (RFC 9110 §8.7 Content-Location); the set
    # kept where it is not the default
    own = public_base(request) + "api/entities/" + ref + ("" if chosen == DEFAULT_SET else "?graphs=" + chosen)
    return JSONResponse(data, headers={"Content-Location": own})


async def entity_data(engine, kind: str, key: str, graphs: str | None = None) -> dict | None:
    """One entity with everything about it: labels, types, properties, facts, statements and linked entities
    (None when the dataset has no such entity). The JSON API and the entity's HTML page both show this. Its facts
    are those of the graph set `graphs` (api/graphsets.py; reviewed by default); the rest is the reviewed graph's,
    except for an entity only drafted graphs name (`review` drafted): its own triples are read over `graphs`."""
    iri = engine.settings.base_iri + f"id/{kind}/{key}"
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return None
    # Facts *of* an entity (gwr:indicator) exist only for indicators, whose IRIs are minted as
    # id/indicator/…; asking for the others would scan every fact of the corpus for nothing
    # (api-facts.rq starts from a bound ?place, see there).
    async def none() -> list:
        return []
    describe, links, facts_about, facts_of, statements = await asyncio.gather(
        engine.select("api-describe-rows", substitutions={ox.Variable("resource"): node}),
        engine.select("api-links", substitutions={ox.Variable("entity"): node}),
        fact_bindings(engine, {ox.Variable("place"): node}, graphs),
        fact_bindings(engine, {ox.Variable("indicator"): node}, graphs) if kind == "indicator" else none(),
        engine.select("api-statements", substitutions={ox.Variable("entity"): node}))
    own = [r for r in describe if r["s"]["value"] == iri]
    review = "reviewed"
    if not own and graphs:      # an entity only drafted graphs name (a corpus place, a proposed indicator)
        own = [r for r in await engine.select("api-describe-rows", substitutions={ox.Variable("resource"): node},
                                              graphs=graphs) if r["s"]["value"] == iri]
        review = "drafted"
        if not own and not facts_about + facts_of:
            return None
    elif not own:
        return None
    labels: dict = {"zh": None, "en": None, "pinyin": None, "aliases": [], "rdfs": {}}
    types: list[str] = []
    properties: dict[str, list[str | int | float | bool]] = {}
    name = type_namer(engine)
    for r in own:
        p, o = r["p"]["value"], r["o"]
        lang = (o.get("xml:lang") or "").lower()
        if p == SKOS + "prefLabel":
            slot = {"zh": "zh", "zh-latn-pinyin": "pinyin"}.get(lang, "en" if lang.startswith("en") else None)
            if slot:
                labels[slot] = o["value"]
        elif p == SKOS + "altLabel":
            labels["aliases"].append(o["value"])
        elif p == RDFS + "label":
            labels["rdfs"][lang or "und"] = o["value"]
        elif p == RDF_TYPE:
            types.append(name(o["value"]))
        elif o["type"] != "uri" or p.endswith(("sameAs", "exactMatch", "closeMatch")):
            properties.setdefault(name(p), []).append(scalar(o))
    seen, facts = set(), []
    for row in facts_about + facts_of:
        if row["fact"]["value"] not in seen:
            seen.add(row["fact"]["value"])
            facts.append(fact_json(engine, row))
    linked = [{"direction": r["direction"]["value"], "predicate": name(r["predicate"]["value"]),
               "id": engine.ref(r["other"]["value"]), "iri": r["other"]["value"],
               "labels": {"zh": r.get("zh", {}).get("value"), "en": r.get("en", {}).get("value"),
                          "pinyin": r.get("pinyin", {}).get("value")},
               # GROUP_CONCAT's order is the engine's: sorted, so that both backends answer alike
               "types": sorted(name(t) for t in r.get("types", {}).get("value", "").split())}
              for r in links if not r["predicate"]["value"].startswith("http://www.w3.org/ns/oa#")]
    stmts = [{"id": engine.ref(r["statement"]["value"]),
              "kind": r["class"]["value"].rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower(),
              "type": name(r["class"]["value"]),
              **{k: r[k]["value"] for k in ("status", "statusAsWritten", "action", "quote") if k in r},
              "period": int(r["period"]["value"][:4]) if "period" in r else None,
              "paragraph": paragraph_ref(engine.ref(r["paragraph"]["value"])) if "paragraph" in r else None}
             for r in statements]
    return {"id": f"{kind}/{key}", "iri": iri, "kind": kind, "types": types, "labels": labels,
            "properties": properties, "facts": facts, "statements": stmts, "linked": linked, "review": review}


def paragraph_ref(ref: str) -> dict:
    return {"id": ref, **paragraph_labels(ref)}
