"""JSON API for frontends: targets, results and the comparison of a result with the next target."""
from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import Query, Request
from fastapi.responses import JSONResponse, Response

from api.params import query_whole
from api.queries import ParameterError
from api.service import reports
from api.service.problems import problem


def fact_json(engine, row: dict) -> dict:
    v = lambda name: row[name]["value"] if name in row else None  # noqa: E731
    gwr = engine.settings.base_iri + "ontology#"
    period = v("period")
    return {
        "id": engine.ref(v("fact")), "iri": v("fact"),
        "kind": (v("class") or "").removeprefix(gwr).lower(),
        "indicator": {"id": engine.ref(v("indicator")), "zh": v("indicatorZh"), "en": v("indicatorEn")},
        "about": {"id": engine.ref(v("place")), "zh": v("placeZh"), "en": v("placeEn")},
        "period": int(period[:4]) if period else None,
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


async def targets(request: Request, indicator: Indicator = None, period: Period = None,
                  place: Place = None) -> Response:
    try:
        items = await facts(request, "Target", indicator, period, place)
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    return JSONResponse({"total": len(items), "items": items})


async def results(request: Request, indicator: Indicator = None, period: Period = None,
                  place: Place = None) -> Response:
    try:
        items = await facts(request, "Result", indicator, period, place)
    except ParameterError as exc:
        return problem(400, str(exc), instance=request.url.path)
    return JSONResponse({"total": len(items), "items": items})


async def compare(request: Request, indicator: Annotated[str, Query(description="indicator/gdp, gdp or an IRI")],
                  place: Place = None,
                  result_year: Annotated[int | None, query_whole("result_year"), Query(
                      ge=1949, le=2100, description="default: the year before target_year, or the reviewed year "
                      "(gwr:reviewedYear) of the newest report of the place (of any place if it has none)")] = None,
                  target_year: Annotated[int | None, query_whole("target_year"), Query(
                      ge=1949, le=2100, description="default: the year after result_year, or the target year "
                      "(gwr:targetYear) of that newest report")] = None
                  ) -> Response:
    if result_year is None and target_year is None:      # the years come from the reports present (reports.py)
        known = await reports.listed(request.app.state.engine)
        where = request.app.state.engine.iri(place if "/" in place else "place/" + place) if place else None
        newest = reports.latest(known, where) or reports.latest(known)
        result_year, target_year = (newest.reviewed_year, newest.target_year) if newest else (None, None)
    elif target_year is None and result_year is not None:
        target_year = result_year + 1
    elif result_year is None and target_year is not None:
        result_year = target_year - 1
    if result_year is None or target_year is None:
        return problem(404, "no report states the years to compare; give result_year", instance=request.url.path)
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
