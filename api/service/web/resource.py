"""The HTML twin of /id/… (linked.py negotiates): an entity's page — its facts and statements with their
evidence marked in the report's text, its mentions, linked entities and neighbourhood graph — from the same
data as its JSON (entities.entity_data); any other resource (a fact, a paragraph, a concept …) as a table of
its description, with its evidence or its paragraph."""
from __future__ import annotations

import json
from collections import defaultdict
from urllib.parse import urlencode

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from api import iris
from api.params import BadNumber, whole
from api.service import entities, page
from api.service.web import (
    GWR_SHORT,
    VARY,
    alternates,
    base_iri,
    drafts,
    href,
    html,
    i18n,
    indicator,
    labeller,
    marks,
    model,
    pages,
    render,
    vocab,
)
from api.service.web.i18n import t

WD = iris.VOCABULARIES["wd"]
# An entity page lists its facts this many at a time (?facts=N, the N-th slice; the first by default): an indicator
# under ?graphs=drafted has thousands (12,155 drafted facts of GDP, 14.6 MB of HTML on one page). Its JSON twin
# (/api/entities/…) and the fact routes (/api/targets?indicator=…, paged) carry them all.
FACTS_PER_PAGE = 500


@pages
async def resource_page(request: Request, iri: str, path: str, headers: dict) -> Response:
    """The page of an IRI over the graph set ?graphs= names (web/drafts.py): an entity's facts are the set's; any
    other resource is described from the set, the reviewed graphs' resources included (drafted and all)."""
    engine = request.app.state.engine
    ref = engine.ref(iri)
    kind = ref.split("/", 1)[0]
    headers = {**headers, "Vary": VARY}
    if kind in iris.KINDS and ref.count("/") == 1:
        kind, key = ref.split("/", 1)
        asked = request.query_params.get("facts", "1")
        try:
            number = whole(asked, "facts", minimum=1, maximum=999_999_999)
        except BadNumber as exc:
            return html(render("error.html", title=t("bad_facts_page"), message=str(exc)), headers, status=400)
        data = await entities.entity_data(engine, kind, key, graphs=drafts.graphs())
        if data is not None:
            if number > 1 and (number - 1) * FACTS_PER_PAGE >= len(data["facts"]):
                return html(render("error.html", title=t("not_found"), message=f"facts={asked}"), headers, status=404)
            return html(await entity_body(request, iri, path, data, number), headers)
    rows = await engine.select("api-describe-rows", substitutions={ox.Variable("resource"): ox.NamedNode(iri)},
                               graphs=drafts.described())
    if not rows:
        return html(render("error.html", title=t("not_found"), message=iri), headers, status=404)
    return html(await generic_body(request, iri, path, rows), headers)


def fact_context(request: Request, found, iri: str, label) -> dict | None:
    if not found:
        return None
    rep, para, span = found
    return {"report": rep, "para": para, "span": span,
            "html": marks.mark(para.text, para.start, para.spans, base_iri(request), label, only={iri}, focus=iri),
            "reader": drafts.keep(f"/report/{rep.key}#{para.anchor}")}


def slice_links(path: str, params, number: int, total: int) -> dict | None:
    """The facts table's place among its slices (FACTS_PER_PAGE each): first and last row shown, links to the
    slices before and after, keeping the page's other parameters; None when one slice holds them all."""
    if total <= FACTS_PER_PAGE:
        return None
    last = (total - 1) // FACTS_PER_PAGE + 1
    other = [(k, v) for k, v in params.multi_items() if k != "facts"]

    def link(n: int) -> str:
        return path + "?" + urlencode(other + ([("facts", str(n))] if n > 1 else [])) + "#facts-h"
    return {"first": (number - 1) * FACTS_PER_PAGE + 1, "last": min(total, number * FACTS_PER_PAGE),
            "total": total, "previous": link(number - 1) if number > 1 else "",
            "next": link(number + 1) if number < last else ""}


async def entity_body(request: Request, iri: str, path: str, data: dict, number: int = 1) -> bytes:
    engine = request.app.state.engine
    label = await labeller(request)
    base = base_iri(request)
    ordered = sorted(data["facts"], key=lambda f: (f["period"] or 0, f["kind"], f["indicator"]["zh"] or ""))
    facts = []
    for f in ordered[(number - 1) * FACTS_PER_PAGE:number * FACTS_PER_PAGE]:
        found = await model.span_of(engine, f["iri"])
        facts.append({**f, "evidence": fact_context(request, found, f["iri"], label)})
    slices = slice_links(path, request.query_params, number, len(ordered))
    statements = []
    for s in data["statements"]:
        full = engine.iri(s["id"])
        found = await model.span_of(engine, full)
        statements.append({**s, "href": href(request, full), "evidence": fact_context(request, found, full, label)})
    # Mentions, grouped by paragraph.
    mentions = []
    for rep in await model.all_reports(engine):
        for para in rep.paragraphs:
            hits = [s for s in para.spans if s.kind == "mention" and s.entity == iri]
            if hits:
                a = max(0, hits[0].start - para.start - 40)
                b = min(len(para.text), hits[0].end - para.start + 40)
                snippet = marks.mark(para.text[a:b], para.start + a, hits, base, label)
                mentions.append({"report": rep, "para": para, "count": len(hits),
                                 "html": snippet, "before": a > 0, "after": b < len(para.text),
                                 "reader": drafts.keep(f"/report/{rep.key}#{para.anchor}")})
    linked: dict[str, defaultdict[str, list[dict]]] = {"out": defaultdict(list), "in": defaultdict(list)}
    for link in data["linked"]:
        linked[link["direction"]][link["predicate"]].append(link)
    values = [v for vs in data["properties"].values() for v in vs]
    wikidata = sorted({v for v in values if isinstance(v, str) and v.startswith(WD)})
    code = next((vs[0] for k, vs in data["properties"].items()
                 if k.endswith(("divisionCode", "identifier")) and vs), None)
    en = i18n.current.get() == "en"

    def relation(predicate: str) -> tuple[str, str]:
        return vocab.relation_label(predicate, engine.terms, engine.settings.ontology_dir)
    # The neighbourhood graph: this entity and up to 40 linked entities.
    nodes = {iri: {"id": iri, "label": (data["labels"]["en"] if en and data["labels"]["en"] else data["labels"]["zh"]),
                   "href": path, "kind": data["kind"], "centre": True}}
    edges = []
    for link in data["linked"]:
        if link["iri"] not in nodes and len(nodes) > 40:
            continue
        nodes.setdefault(link["iri"], {"id": link["iri"], "href": href(request, link["iri"]),
                                       "label": (link["labels"]["en"] if en and link["labels"]["en"]
                                                 else link["labels"]["zh"]) or link["id"],
                                       "kind": link["id"].split("/", 1)[0]})
        source, target = (iri, link["iri"]) if link["direction"] == "out" else (link["iri"], iri)
        edges.append({"source": source, "target": target,
                      "label": relation(link["predicate"])[0] or relation(link["predicate"])[1]})
    graph = json.dumps({"nodes": list(nodes.values()), "edges": edges}, ensure_ascii=False).replace("</", "<\\/")
    title = data["labels"]["zh"] or data["id"]
    extra = {"indicator": await indicator.indicator_context(request, data, path) if data["kind"] == "indicator"
             else {},
             "timeline": await indicator.project_context(request, data) if data["kind"] == "project" else {}}
    return render("entity.html", relation=relation, **extra,
                  title=title, e=data, facts=facts, n_facts=len(ordered), slices=slices, statements=statements,
                  mentions=mentions,
                  linked=linked, wikidata=[(w.removeprefix(WD), "https://www.wikidata.org/wiki/" + w.removeprefix(WD))
                                           for w in wikidata],
                  code=code, graph=graph, n_nodes=len(nodes), href=lambda x: href(request, x),
                  ref_href=lambda r: drafts.keep("/id/" + r) if r else "", alternates=alternates(path),
                  api=drafts.keep(f"/api/entities/{data['id']}"), path=path, kinds=GWR_SHORT)


async def generic_body(request: Request, iri: str, path: str, rows: list[dict]) -> bytes:
    engine = request.app.state.engine
    label = await labeller(request)
    title = next((r["o"]["value"] for r in rows if r["s"]["value"] == iri and r["o"].get("xml:lang") == "zh"
                  and r["p"]["value"].endswith(("prefLabel", "#label"))), iri.rsplit("/", 1)[-1])
    evidence = fact_context(request, await model.span_of(engine, iri), iri, label)
    paragraph = None
    found = await model.paragraph_of(engine, iri)
    if found:
        rep, para = found
        paragraph = {"report": rep, "para": para, "reader": drafts.keep(f"/report/{rep.key}#{para.anchor}"),
                     "html": marks.mark(para.text, para.start, para.spans, base_iri(request), label)}
    table = page.description_table(iri, rows, engine.prefixes, base_iri(request))
    return render("resource.html", title=title, iri=iri, table=table, evidence=evidence, paragraph=paragraph,
                  alternates=alternates(path))
