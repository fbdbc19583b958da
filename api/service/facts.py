"""JSON API for frontends: targets, results and the comparison of a result with the next target."""
from __future__ import annotations

import asyncio
import json
from typing import Annotated

from fastapi import Query, Request
from fastapi.responses import JSONResponse, Response

from api.graphsets import DEFAULT_SET, UnknownGraphSet, check, drafted, over_set
from api.params import query_whole
from api.service import listing, reports
from api.service.catalogue import drafted_entity, load_catalogue
from api.service.paging import link_header, window_links
from api.service.problems import problem
from api.service.terms import paragraph_labels, unknown
from api.service.values import number


def fact_json(engine, row: dict) -> dict:
    v = lambda name: row[name]["value"] if name in row else None  # noqa: E731
    gwr = engine.settings.base_iri + "ontology#"
    period = v("period")
    paragraph = engine.ref(v("paragraph")) if v("paragraph") else None
    return {
        "id": engine.ref(v("fact")), "iri": v("fact"),
        "kind": (v("class") or "").removeprefix(gwr).lower(),
        "indicator": {"id": engine.ref(v("indicator")), "zh": v("indicatorZh"), "en": v("indicatorEn")},
        "about": {"id": engine.ref(v("place")), "zh": v("placeZh"), "en": v("placeEn")},
        "period": int(period[:4]) if period else None,
        "value": number(v("value")), "minValue": number(v("minValue")), "maxValue": number(v("maxValue")),
        "unit": {"iri": v("unit"), "label": v("unitLabel"), "asWritten": v("unitAsWritten")},
        "qualifier": {"comparison": v("comparison"), "asWritten": v("comparisonAsWritten")},
        "measure": v("measure"), "direction": v("direction"), "directionAsWritten": v("directionAsWritten"),
        "baseline": v("baseline"), "valueAsWritten": v("valueAsWritten"), "quote": v("quote"),
        "paragraph": {"id": paragraph, **paragraph_labels(paragraph)} if paragraph else None,
        # graph sets (api/graphsets.py): a drafted fact (id:draft-fact/…) is never shown without its mark
        "review": DRAFTED if drafted(v("fact") or "") else "reviewed",
    }


ABOUT = ("place", "zone", "industry")      # what a fact is about (gwr:about), tried in this order for a bare key


async def entity_ref(request: Request, value: str, kinds: tuple[str, ...], graphs: str | None = None) -> str:
    """The entity a parameter names, in any identifier form (terms.py); BadIdentifier (400) or Unknown (404) if
    none. The one rule of every route that reads entities: the catalogue (the reviewed graphs) first; under a graph
    set with drafts (`graphs` drafted or all) an identifier it lacks is looked up in the drafted graphs
    (catalogue.drafted_entity: a drafted report's place, a proposed indicator). Reviewed: the catalogue alone."""
    engine = request.app.state.engine
    cat = await load_catalogue(engine)
    refs = engine.terms.candidates(value, kinds)
    found = next((ref for ref in refs if ref in cat.by_ref), None)
    if found is None and check(graphs) != DEFAULT_SET:
        found = await drafted_entity(engine, refs)
    if found is None:
        raise unknown(refs, tuple(kinds))
    return found


async def bound_values(request: Request, cls: str, indicator, period, place, graphs: str | None = None) -> dict:
    """api-facts.rq's substitutions for a class and the filters of a request (entities checked over the graph set:
    404 if unknown)."""
    engine = request.app.state.engine
    values = {"class": engine.settings.base_iri + "ontology#" + cls}
    if indicator:
        values["indicator"] = engine.iri(await entity_ref(request, indicator, ("indicator",), graphs))
    if place:
        values["place"] = engine.iri(await entity_ref(request, place, ABOUT, graphs))
    if period:
        values["period"] = str(period)
    return engine.canned["api-facts"].substitutions(values)


async def facts(request: Request, cls: str, indicator, period, place, graphs: str | None = None) -> list[dict]:
    """Every fact of a class that the filters select, as JSON (the whole list: /api/compare)."""
    engine = request.app.state.engine
    text = bound_text(engine.canned["api-facts"].text,
                      await bound_values(request, cls, indicator, period, place, graphs))
    return await fact_rows(engine, text, graphs)


async def fact_bindings(engine, substitutions: dict, graphs: str | None = None) -> list[dict]:
    """api-facts' rows (SPARQL JSON bindings) for the bound variables, over a graph set: the query with the bound
    values written as constants (bound_text), which Oxigraph starts from (with pyoxigraph's substitutions an
    indicator page over the drafted corpus took 35 s)."""
    return await bindings(engine, bound_text(engine.canned["api-facts"].text, substitutions), graphs)


async def fact_rows(engine, text: str, graphs: str | None) -> list[dict]:
    """api-facts' rows (text: bound_text's) as JSON facts over a graph set."""
    return [fact_json(engine, row) for row in await bindings(engine, text, graphs)]


async def bindings(engine, text: str, graphs: str | None) -> list[dict]:
    """A SELECT's SPARQL JSON bindings over a graph set, by the canned queries' rule (api/graphsets.over_set: a
    drafted fact's rows are read over every graph, so that the reviewed vocabulary it names — its comparison's
    notation, its indicator's labels — is there)."""
    text, over = over_set(text, graphs)
    answer = await engine.run(text, results="json", graphs=over)
    return json.loads(await answer.body())["results"]["bindings"]


def bound_text(text: str, substitutions: dict, facts: list[str] | None = None) -> str:
    """api-facts.rq with the bound variables written as constants into its first pattern (listing.core), and,
    given `facts` (IRIs in N-Triples syntax), only their rows: `VALUES ?fact { … }` before it.

    Why: Oxigraph plans substituted variables (pyoxigraph's `substitutions`) as unbound, so it started from every
    `gwr:about` triple of the dataset and evaluated the OPTIONALs as hash joins over the whole set; with constants
    in the pattern (or a VALUES of a page's facts) it starts from them and joins the OPTIONALs fact by fact
    (bench/README.md, "Drafted corpus": /api/targets?indicator=gdp&period=2010&graphs=drafted 28 s → 0.4 s)."""
    if listing.CORE not in text:
        raise ValueError("api-facts.rq no longer starts with the pattern facts.py rewrites: update listing.CORE")
    values = f"VALUES ?fact {{ {' '.join(facts)} }} " if facts is not None else ""
    return text.replace(listing.CORE, values + listing.core(substitutions), 1)


Indicator = Annotated[str | None, Query(description="an indicator: gdp, indicator/gdp, id:indicator/gdp or its IRI")]
Period = Annotated[int | None, query_whole("period"),
                   Query(ge=1949, le=2100, description="the year the number refers to")]
Place = Annotated[str | None, Query(description="the entity the fact is about (a place, zone or industry): "
                                                "dalian, place/dalian, id:place/dalian or its IRI")]
Offset = Annotated[int, query_whole("offset"), Query(ge=0, description="items to skip")]
Graphs = Annotated[str | None, Query(description="graph set: reviewed (default), drafted (machine-drafted, "
                                                 "unreviewed) or all; drafted facts say so in `review`")]
DRAFTED = "machine-drafted, unreviewed"
Limit = Annotated[int, query_whole("limit"), Query(ge=1, le=1000, description="items per page")]


def fact_list(request: Request, items: list[dict], total: int, offset: int, limit: int) -> Response:
    links = window_links(request, total, offset, limit)
    return JSONResponse({"total": total, "offset": offset, "limit": limit, "items": items, "links": links},
                        headers={"Link": link_header(links)})


async def fact_page(request: Request, cls: str, indicator, period, place, graphs: str | None, offset: Offset,
                    limit: Limit) -> Response:
    """One page of a fact list, paged in the query: the ordered facts of the listing (listing.py, computed once
    per listing and kept) give the page's facts, and only their rows are asked for, in the listing's order."""
    try:
        chosen = check(graphs)
    except UnknownGraphSet as exc:
        return problem(400, str(exc), instance=request.url.path)
    engine = request.app.state.engine
    subs = await bound_values(request, cls, indicator, period, place, chosen)
    keys = await listing.ordered_facts(engine, subs, chosen)
    page = keys.page(offset, limit)
    items = []
    if page:
        text = bound_text(engine.canned["api-facts"].text, subs, facts=page)
        items = await fact_rows(engine, text, chosen)
    return fact_list(request, items, len(keys), offset, limit)


async def targets(request: Request, indicator: Indicator = None, period: Period = None, place: Place = None,
                  offset: Offset = 0, limit: Limit = 100, graphs: Graphs = None) -> Response:
    return await fact_page(request, "Target", indicator, period, place, graphs, offset, limit)


async def results(request: Request, indicator: Indicator = None, period: Period = None, place: Place = None,
                  offset: Offset = 0, limit: Limit = 100, graphs: Graphs = None) -> Response:
    return await fact_page(request, "Result", indicator, period, place, graphs, offset, limit)


async def compare(request: Request, indicator: Annotated[str, Query(
                      description="an indicator: gdp, indicator/gdp, id:indicator/gdp or its IRI")],
                  place: Place = None,
                  result_year: Annotated[int | None, query_whole("result_year"), Query(
                      ge=1949, le=2100, description="default: the year before target_year, or the reviewed year "
                      "(gwr:reviewedYear) of the newest report of the place (of any place if it has none)")] = None,
                  target_year: Annotated[int | None, query_whole("target_year"), Query(
                      ge=1949, le=2100, description="default: the year after result_year, or the target year "
                      "(gwr:targetYear) of that newest report")] = None,
                  offset: Offset = 0, limit: Limit = 100, graphs: Graphs = None) -> Response:
    """An indicator's results of one year beside its targets for the next, one row per entity and measure
    (404 problem for an unknown indicator or place, not an empty list), over a graph set (reviewed by default)."""
    try:
        chosen = check(graphs)
    except UnknownGraphSet as exc:
        return problem(400, str(exc), instance=request.url.path)
    engine = request.app.state.engine
    indicator_ref = await entity_ref(request, indicator, ("indicator",), chosen)
    place_ref = await entity_ref(request, place, ABOUT, chosen) if place else None
    if result_year is None and target_year is None:      # the years come from the reports present (reports.py)
        known = await reports.listed(engine)
        where = engine.iri(place_ref) if place_ref else None
        newest = reports.latest(known, where) or reports.latest(known)
        result_year, target_year = (newest.reviewed_year, newest.target_year) if newest else (None, None)
    elif target_year is None and result_year is not None:
        target_year = result_year + 1
    elif result_year is None and target_year is not None:
        result_year = target_year - 1
    if result_year is None or target_year is None:
        return problem(404, "no report states the years to compare; give result_year", instance=request.url.path)
    got, planned = await asyncio.gather(facts(request, "Result", indicator_ref, result_year, place_ref, chosen),
                                        facts(request, "Target", indicator_ref, target_year, place_ref, chosen))
    pairs: dict[tuple, dict] = {}
    for kind, items in (("result", got), ("target", planned)):
        for f in items:
            slot = pairs.setdefault((f["about"]["id"], f["measure"]), {
                "about": f["about"], "measure": f["measure"], "result": [], "target": []})
            slot[kind].append(f)
    rows = sorted(pairs.values(), key=lambda r: (r["about"]["id"] or "", r["measure"] or ""))
    links = window_links(request, len(rows), offset, limit)
    return JSONResponse({"indicator": indicator_ref, "resultYear": result_year, "targetYear": target_year,
                         "total": len(rows), "offset": offset, "limit": limit, "rows": rows[offset:offset + limit],
                         "links": links}, headers={"Link": link_header(links)})
