"""JSON API for frontends: targets, results and the comparison of a result with the next target."""
from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.params import query_whole
from api.queries import ParameterError
from api.service.problems import problem

router = APIRouter(prefix="/api", tags=["JSON API"])


def fact_json(engine, row: dict) -> dict:
    v = lambda name: row[name]["value"] if name in row else None  # noqa: E731
    gwr = engine.settings.base_iri + "ontology#"
    return {
        "id": engine.ref(v("fact")), "iri": v("fact"),
        "kind": (v("class") or "").removeprefix(gwr).lower(),
        "indicator": {"id": engine.ref(v("indicator")), "zh": v("indicatorZh"), "en": v("indicatorEn")},
        "about": {"id": engine.ref(v("place")), "zh": v("placeZh"), "en": v("placeEn")},
        "period": int(v("period")[:4]) if v("period") else None,
        "value": v("value"), "minValue": v("minValue"), "maxValue": v("maxValue"),
        "unit": {"iri": v("unit"), "label": v("unitLabel"), "asWritten": v("unitAsWritten")},
        "qualifier": {"comparison": v("comparison"), "asWritten": v("comparisonAsWritten")},
        "measure": v("measure"), "direction": v("direction"), "directionAsWritten": v("directionAsWritten"),
        "baseline": v("baseline"), "valueAsWritten": v("valueAsWritten"), "quote": v("quote"),
        "paragraph": engine.ref(v("paragraph")) if v("paragraph") else None,
    }


async def facts(request: Request, cls: str, indicator, period, place) -> list[dict]:
    engine = request.app.state.engine
    values = {"class": engine.settings.base_iri + "ontology#" + cls}
    if indicator:
        values["indicator"] = engine.iri(indicator if "/" in indicator else "indicator/" + indicator)
    if place:
        values["place"] = engine.iri(place if "/" in place else "place/" + place)
    if period:
        values["period"] = str(period)
    subs = engine.canned["api-facts"].substitutions(values)
    return [fact_json(engine, row) for row in await engine.select("api-facts", substitutions=subs)]


Indicator = Annotated[str | None, Query(description="indicator/gdp, gdp or a full IRI")]
Period = Annotated[int | None, query_whole("period"),
                   Query(ge=1949, le=2100, description="the year the number refers to")]
Place = Annotated[str | None, Query(description="the entity the fact is about: place/dalian, dalian or an IRI")]


@router.get("/targets", summary="Targets (goals with a number), filtered by indicator, period and place")
async def targets(request: Request, indicator: Indicator = None, period: Period = None, place: Place = None) -> Response:
    try:
        items = await facts(request, "Target", indicator, period, place)
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    return JSONResponse({"total": len(items), "items": items})


@router.get("/results", summary="Results (what was achieved), filtered by indicator, period and place")
async def results(request: Request, indicator: Indicator = None, period: Period = None, place: Place = None) -> Response:
    try:
        items = await facts(request, "Result", indicator, period, place)
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    return JSONResponse({"total": len(items), "items": items})


@router.get("/compare", summary="An indicator's result of one year beside its target for the next")
async def compare(request: Request, indicator: Annotated[str, Query(description="indicator/gdp, gdp or an IRI")],
                  place: Place = None,
                  result_year: Annotated[int, query_whole("result_year"), Query(ge=1949, le=2100)] = 2023,
                  target_year: Annotated[int | None, query_whole("target_year"), Query(ge=1949, le=2100)] = None
                  ) -> Response:
    target_year = target_year or result_year + 1
    try:
        got, planned = await asyncio.gather(facts(request, "Result", indicator, result_year, place),
                                            facts(request, "Target", indicator, target_year, place))
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    pairs: dict[tuple, dict] = {}
    for kind, items in (("result", got), ("target", planned)):
        for f in items:
            slot = pairs.setdefault((f["about"]["id"], f["measure"]), {
                "about": f["about"], "measure": f["measure"], "result": [], "target": []})
            slot[kind].append(f)
    rows = sorted(pairs.values(), key=lambda r: (r["about"]["id"] or "", r["measure"] or ""))
    return JSONResponse({"indicator": request.app.state.engine.ref(request.app.state.engine.iri(
        indicator if "/" in indicator else "indicator/" + indicator)), "resultYear": result_year,
        "targetYear": target_year, "rows": rows})
