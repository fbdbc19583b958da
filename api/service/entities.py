"""JSON API for frontends: entities, one entity with everything about it, search."""
from __future__ import annotations

import asyncio
import json
from typing import Annotated

import pyoxigraph as ox
from fastapi import Query, Request
from fastapi.responses import JSONResponse, Response

from api.params import query_whole
from api.service.answers import CATALOGUE
from api.service.catalogue import KINDS, SORTS, Catalogue, sort_entries
from api.service.facts import fact_json
from api.service.problems import problem

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


async def catalogue(request: Request) -> Catalogue:
    engine = request.app.state.engine

    async def load():
        # One query for the whole catalogue, run once per process (engine.once) and kept: it grows with
        # the corpus (~3 s at 100 reports, 30–90 s at 1,000), so it gets the longest time limit the service
        # allows (GWR_MAX_QUERY_TIMEOUT) instead of the per-request one; an on-disk store carries its answer,
        # computed when the store was written (api/service/answers.py). The JSON is parsed off the loop.
        loop = asyncio.get_running_loop()
        query = engine.canned[CATALOGUE]
        saved = engine.saved_answer(query, {})
        if saved is not None:
            body = await loop.run_in_executor(None, saved.serialize, "json")
        else:
            answer = await engine.run(query.text, results="json", timeout=engine.settings.max_query_timeout)
            body = await answer.body()
        return await loop.run_in_executor(None, build_catalogue, body, engine.settings.base_iri)
    return await engine.once("catalogue", load)


def build_catalogue(body: bytes, base_iri: str) -> Catalogue:
    return Catalogue.from_rows(json.loads(body)["results"]["bindings"], base_iri)


def type_namer(engine):
    """Our ontology's IRIs by their local name (Project), others unchanged."""
    gwr = engine.settings.base_iri + "ontology#"
    return lambda iri: iri.removeprefix(gwr) if iri.startswith(gwr) else iri


def type_iri(request: Request, name: str) -> str:
    if name.startswith(("http://", "https://")):
        return name
    return request.app.state.engine.settings.base_iri + "ontology#" + name.removeprefix("gwr:")


def ref_of(request: Request, value: str) -> str:
    return request.app.state.engine.ref(request.app.state.engine.iri(value))


async def list_entities(
        request: Request,
        type: Annotated[str | None, Query(description="ontology class, e.g. Project or gwr:Project")] = None,
        kind: Annotated[str | None, Query(description="IRI kind: " + ", ".join(KINDS))] = None,
        district: Annotated[str | None, Query(description="a place or zone (place/jinzhou-district); "
                                              "entities located in it, transitively")] = None,
        industry: Annotated[str | None, Query(description="an industry (industry/…), broader ones included")] = None,
        text: Annotated[str | None, Query(description="substring of a label: Chinese, English or pinyin")] = None,
        sort: Annotated[str, Query(description="one of " + ", ".join(SORTS) + "; prefix - for descending")] = "id",
        page: Annotated[int, query_whole("page"), Query(ge=1)] = 1,
        size: Annotated[int, query_whole("size"), Query(ge=1, le=500)] = 50) -> Response:
    cat = await catalogue(request)
    found = cat.filter(kind=kind, type_iri=type_iri(request, type) if type else None,
                       district=ref_of(request, district) if district else None,
                       industry=ref_of(request, industry) if industry else None, text=text)
    try:
        ordered = sort_entries(found, sort)
    except ValueError as exc:
        return problem(400, str(exc), instance=request.url.path)
    name = type_namer(request.app.state.engine)
    items = [e.summary(name) for e in ordered[(page - 1) * size: page * size]]
    return JSONResponse({"total": len(found), "page": page, "size": size, "items": items})


async def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
                 kind: str | None = None,
                 limit: Annotated[int, query_whole("limit"), Query(ge=1, le=100)] = 20) -> Response:
    cat = await catalogue(request)
    name = type_namer(request.app.state.engine)
    hits = cat.search(q, limit, kind)
    return JSONResponse({"query": q, "total": len(hits), "items": [
        {**e.summary(name), "score": round(score, 1), "match": how, "matched": label}
        for e, score, how, label in hits]})


async def entity_detail(request: Request, kind: str, key: str) -> Response:
    """Everything about one entity: labels, types, properties, facts, statements and linked entities (a 404
    problem when the dataset has none)."""
    data = await entity_data(request.app.state.engine, kind, key)
    if data is None:
        return problem(404, f"no entity {kind}/{key}", instance=request.url.path)
    return JSONResponse(data)


async def entity_data(engine, kind: str, key: str) -> dict | None:
    """One entity with everything about it: labels, types, properties, facts, statements and linked entities
    (None when the dataset has no such entity). The JSON API and the entity's HTML page both show this."""
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
        engine.select("api-facts", substitutions={ox.Variable("place"): node}),
        engine.select("api-facts", substitutions={ox.Variable("indicator"): node}) if kind == "indicator" else none(),
        engine.select("api-statements", substitutions={ox.Variable("entity"): node}))
    own = [r for r in describe if r["s"]["value"] == iri]
    if not own:
        return None
    labels: dict = {"zh": None, "en": None, "pinyin": None, "aliases": [], "rdfs": {}}
    types: list[str] = []
    properties: dict[str, list[str]] = {}
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
            properties.setdefault(engine.ref(p) if not p.startswith(engine.settings.base_iri + "ontology#")
                                  else name(p), []).append(o["value"])
    seen, facts = set(), []
    for row in facts_about + facts_of:
        if row["fact"]["value"] not in seen:
            seen.add(row["fact"]["value"])
            facts.append(fact_json(engine, row))
    linked = [{"direction": r["direction"]["value"], "predicate": name(r["predicate"]["value"]),
               "id": engine.ref(r["other"]["value"]), "iri": r["other"]["value"],
               "labels": {"zh": r.get("zh", {}).get("value"), "en": r.get("en", {}).get("value"),
                          "pinyin": r.get("pinyin", {}).get("value")},
               "types": [name(t) for t in r.get("types", {}).get("value", "").split()]}
              for r in links if not r["predicate"]["value"].startswith("http://www.w3.org/ns/oa#")]
    stmts = [{"id": engine.ref(r["statement"]["value"]), "kind": name(r["class"]["value"]),
              **{k: r[k]["value"] for k in ("status", "statusAsWritten", "action", "quote") if k in r},
              "period": int(r["period"]["value"][:4]) if "period" in r else None,
              "paragraph": engine.ref(r["paragraph"]["value"]) if "paragraph" in r else None}
             for r in statements]
    return {"id": f"{kind}/{key}", "iri": iri, "kind": kind, "types": types, "labels": labels,
            "properties": properties, "facts": facts, "statements": stmts, "linked": linked}
