"""What the entity pages add for two kinds of entity (issue 11, deliverable 9):

- an indicator: its targets against its outcomes over the years for one place (?place=, default the place its facts
  are most about; a place switcher), one measure (?measure=, growth first) and the cascade of one year's targets
  across levels of government (?year=, default the latest year with a target);
- a project: its timeline, the status each report states year by year (queries/project-timelines.rq; a project
  named by one report only has its own statements as the timeline).
"""
from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request

from api.service.web import drafts, href, i18n, labeller, model
from api.service.web import series as ser
from api.service.web.i18n import MEASURE, pick, t
from api.service.web.series_svg import cascade_svg, series_svg, timeline_svg

TIMELINES = "project-timelines"


def named(labels: dict) -> str:
    en = i18n.current.get() == "en"
    return ((labels.get("en") or labels.get("zh")) if en else labels.get("zh")) or labels.get("id", "")


async def indicator_context(request: Request, data: dict, path: str) -> dict:
    engine = request.app.state.engine
    base = engine.settings.base_iri
    facts = data["facts"]
    places = ser.choices(facts)
    if not places:
        return {}
    wanted = ser.chosen(request.query_params.get("place"), engine.terms, places)
    place = next((p for p in places if p["id"] == wanted), places[0])
    measures = ser.measures(facts, place["id"])
    measure = request.query_params.get("measure") or ""
    measure = measure if measure in measures else (measures[0] if measures else "growth")
    direction = ser.direction(facts, place["id"], measure)
    years, multi = await ser.series(engine, data["iri"], engine.iri(place["id"]), measure)
    name = named({**data["labels"], "id": data["id"]})
    title = t("series_alt").format(place=named(place), indicator=name)
    target_years = ser.target_years(facts, measure)
    asked = request.query_params.get("year", "")
    year = int(asked) if asked.isdigit() and int(asked) in target_years else \
        next((y.year for y in reversed(years) if y.targets), target_years[0] if target_years else None)
    cascade = await ser.cascade(engine, data["iri"], year, measure) if year else []
    label = await labeller(request)

    def link(**change) -> str:
        keep = {"place": place["id"].split("/", 1)[1], "measure": measure, "year": year or ""}
        keep.update(change)
        return drafts.keep(path + "?" + urlencode({k: v for k, v in keep.items() if v != ""}))
    return {
        "places": [{**p, "name": named(p), "href": link(place=p["id"].split("/", 1)[1], measure="", year=""),
                    "current": p["id"] == place["id"]} for p in places[:24]],
        "place": place, "place_name": named(place),
        "measures": [{"key": m, "name": pick(MEASURE, m), "href": link(measure=m), "current": m == measure}
                     for m in measures],
        "measure": measure, "direction": direction, "years": years, "multi": multi,
        "series_svg": series_svg(years, measure, direction, title) if years else "",
        "series_title": title, "cascade_year": year, "cascade": cascade,
        "cascade_svg": cascade_svg(cascade, label, t("cascade_alt").format(year=year, indicator=name))
        if cascade else "",
        "cascade_years": [{"year": y, "href": link(year=y) + "#cascade-h", "current": y == year}
                          for y in target_years[:30]],
        "place_label": label, "href": lambda iri: href(request, iri),
        # the JSON twins of the series and the cascade, over the page's graph set (web/drafts.py)
        "series_api": drafts.keep("/api/queries/series?" + urlencode({
            "indicator": data["iri"], "place": engine.iri(place["id"]), "measure": base + "id/measure-" + measure})),
        "cascade_api": drafts.keep("/api/queries/cascade?" + urlencode({
            "indicator": data["iri"], "year": year or "", "measure": base + "id/measure-" + measure})),
    }


async def project_context(request: Request, data: dict) -> dict:
    """The project's timeline: project-timelines.rq's rows (reports that name it), else its own statements."""
    engine = request.app.state.engine
    rows = await model.canned_rows(engine, TIMELINES, {"entity": data["iri"]}) if TIMELINES in engine.canned else []
    items, seen = [], set()
    for r in rows:
        if r["statement"] in seen:
            continue
        seen.add(r["statement"])
        items.append({"year": int(r["period"][:4]), "status": r.get("status", ""), "written": r.get("written", ""),
                      "kind": r.get("kind", ""), "report": r.get("report", ""), "statement": r["statement"],
                      "completed": r.get("completed") in ("true", "1")})
    if not items:
        for s in data["statements"]:
            if s.get("period"):
                found = await model.span_of(engine, engine.iri(s["id"]))
                items.append({"year": int(s["period"]), "status": s.get("status") or "",
                              "written": s.get("statusAsWritten") or s.get("action") or "",
                              "kind": "status" if s.get("kind") == "statusreport" else s.get("kind", ""),
                              "report": found[0].iri if found else "", "statement": engine.iri(s["id"]),
                              "completed": False})
    items.sort(key=lambda i: (i["year"], i["report"], i["statement"]))
    if not items:
        return {}
    return {"entries": items, "svg": timeline_svg(items, t("timeline")), "href": lambda iri: href(request, iri),
            "api": "/api/queries/project-timelines?" + urlencode({"entity": data["iri"]})}
