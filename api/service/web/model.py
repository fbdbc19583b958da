"""What the HTML pages read from the store, computed once (the store never changes while serving).

A report model holds the report's paragraphs and part headings in text order and every span with
offsets into the cleaned text: facts, status reports, commitments, stated relations (their gwr:evidence
TextPositionSelector) and entity mentions (oa:hasTarget of a gwr:Mention).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import pyoxigraph as ox

REPORTS = """SELECT ?report (SAMPLE(?zh0) AS ?zh) (SAMPLE(?en0) AS ?en) WHERE {
  ?report a gwr:WorkReport .
  OPTIONAL { ?report dcterms:title ?zh0 FILTER(LANG(?zh0) = "zh") }
  OPTIONAL { ?report dcterms:title ?en0 FILTER(LANGMATCHES(LANG(?en0), "en")) }
} GROUP BY ?report ORDER BY ?report"""

PARAGRAPHS = """SELECT ?report ?para ?pos ?start ?end ?text WHERE {
  ?para a doco:Paragraph ; gwr:report ?report ; schema:position ?pos ; oa:start ?start ; oa:end ?end ;
        schema:text ?text .
} ORDER BY ?start"""

PARTS = """SELECT ?report ?part ?pos ?start ?end ?title WHERE {
  ?report dcterms:hasPart ?part . ?part a doco:Part ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?part schema:position ?pos }
  OPTIONAL { ?part dcterms:title ?title FILTER(LANG(?title) = "zh") }
} ORDER BY ?start"""

STATEMENTS = """SELECT ?report ?s ?type ?start ?end ?para ?label ?quote ?indicator ?about ?value ?period ?status
WHERE {
  VALUES ?type { gwr:Result gwr:Target gwr:StatusReport gwr:Commitment gwr:StatedRelation }
  ?s a ?type ; gwr:report ?report ; gwr:paragraph ?para ; gwr:evidence/oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?s rdfs:label ?label FILTER(LANG(?label) = "zh") }
  OPTIONAL { ?s gwr:quote ?quote }
  OPTIONAL { ?s gwr:indicator ?indicator }
  OPTIONAL { ?s gwr:about ?about }
  OPTIONAL { ?s gwr:valueAsWritten ?value }
  OPTIONAL { ?s gwr:period ?period }
  OPTIONAL { ?s gwr:status/skos:notation ?status }
} ORDER BY ?start ?s"""

MENTIONS = """SELECT ?report ?m ?entity ?start ?end ?para WHERE {
  ?m a gwr:Mention ; gwr:report ?report ; oa:hasBody ?entity ; oa:hasTarget/oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?m gwr:paragraph ?para }
} ORDER BY ?start"""

COUNTS = """SELECT ?type (SAMPLE(?zh0) AS ?zh) (SAMPLE(?en0) AS ?en) (COUNT(DISTINCT ?entity) AS ?count) WHERE {
  ?entity a ?type .
  ?type rdfs:isDefinedBy <%s> .
  OPTIONAL { ?type rdfs:label ?zh0 FILTER(LANG(?zh0) = "zh") }
  OPTIONAL { ?type rdfs:label ?en0 FILTER(LANGMATCHES(LANG(?en0), "en")) }
} GROUP BY ?type ORDER BY DESC(?count) ?type"""


@dataclass
class Span:
    iri: str
    kind: str            # result target statusreport commitment statedrelation mention
    start: int
    end: int
    para: str | None
    label: str = ""
    quote: str = ""
    entity: str = ""     # mentions: the entity; statements: what they are about
    indicator: str = ""
    value: str = ""
    period: str = ""
    status: str = ""


@dataclass
class Paragraph:
    iri: str
    position: int
    start: int
    end: int
    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"p{self.position}"


@dataclass
class Report:
    iri: str
    key: str
    zh: str
    en: str
    paragraphs: list[Paragraph]
    parts: list[dict]
    spans: dict[str, Span]                      # statement/mention IRI → span
    by_para: dict[str, Paragraph]

    def flow(self) -> list[tuple[str, object]]:
        """Part headings and paragraphs in text order."""
        items = [(p["start"], 0, "part", p) for p in self.parts] + \
                [(p.start, 1, "para", p) for p in self.paragraphs]
        items.sort(key=lambda x: (x[0], x[1]))
        out, seen_heading = [], set()
        for start, _, what, item in items:
            if what == "part":
                seen_heading.add(start)
                out.append((what, item))
            elif not (start in seen_heading and item.text.strip() == "" ):
                out.append((what, item))
        return out


def value(row: dict, name: str, default=""):
    return row[name]["value"] if name in row else default


async def rows(engine, text: str, subs: dict | None = None) -> list[dict]:
    answer = await engine.run(text, results="json", substitutions=subs)
    return json.loads(await answer.body())["results"]["bindings"]


async def reports(engine) -> list[dict]:
    async def load():
        out = []
        for r in await rows(engine, REPORTS):
            iri = r["report"]["value"]
            out.append({"iri": iri, "key": iri.rsplit("/", 1)[-1], "zh": value(r, "zh"), "en": value(r, "en")})
        return out
    return await engine.once("web:reports", load)


async def report(engine, key: str) -> Report | None:
    known = {r["key"]: r for r in await reports(engine)}
    if key not in known:
        return None
    meta = known[key]

    async def load():
        subs = {ox.Variable("report"): ox.NamedNode(meta["iri"])}
        para_rows = await rows(engine, PARAGRAPHS, subs)
        part_rows = await rows(engine, PARTS, subs)
        stmt_rows = await rows(engine, STATEMENTS, subs)
        mention_rows = await rows(engine, MENTIONS, subs)
        paragraphs = [Paragraph(value(r, "para"), int(value(r, "pos", "0")), int(value(r, "start")),
                                int(value(r, "end")), value(r, "text")) for r in para_rows]
        by_para = {p.iri: p for p in paragraphs}
        gwr = engine.settings.base_iri + "ontology#"
        spans: dict[str, Span] = {}
        for r in stmt_rows:
            iri = value(r, "s")
            if iri in spans:
                continue
            spans[iri] = Span(iri, value(r, "type").removeprefix(gwr).lower(), int(value(r, "start")),
                              int(value(r, "end")), value(r, "para") or None, value(r, "label"), value(r, "quote"),
                              value(r, "about"), value(r, "indicator"), value(r, "value"),
                              value(r, "period")[:4], value(r, "status"))
        for r in mention_rows:
            iri = value(r, "m")
            spans.setdefault(iri, Span(iri, "mention", int(value(r, "start")), int(value(r, "end")),
                                       value(r, "para") or None, entity=value(r, "entity")))
        starts = sorted((p.start, p) for p in paragraphs)
        for span in spans.values():
            para = by_para.get(span.para) if span.para else None
            if para is None:   # place it by offsets
                para = next((p for s, p in reversed(starts) if s <= span.start), None)
                span.para = para.iri if para else None
            if para is not None and para.start <= span.start and span.end <= para.end:
                para.spans.append(span)
        for p in paragraphs:
            p.spans.sort(key=lambda s: (s.start, -s.end))
        parts = [{"iri": value(r, "part"), "position": value(r, "pos"), "start": int(value(r, "start")),
                  "end": int(value(r, "end")), "title": value(r, "title")} for r in part_rows]
        return Report(meta["iri"], key, meta["zh"], meta["en"], paragraphs, parts, spans, by_para)
    return await engine.once(f"web:report:{key}", load)


async def all_reports(engine) -> list[Report]:
    out = []
    for meta in await reports(engine):
        r = await report(engine, meta["key"])
        if r:
            out.append(r)
    return out


async def span_of(engine, iri: str) -> tuple[Report, Paragraph, Span] | None:
    for r in await all_reports(engine):
        span = r.spans.get(iri)
        if span and span.para and span.para in r.by_para:
            return r, r.by_para[span.para], span
    return None


async def paragraph_of(engine, iri: str) -> tuple[Report, Paragraph] | None:
    for r in await all_reports(engine):
        if iri in r.by_para:
            return r, r.by_para[iri]
    return None


async def counts(engine) -> list[dict]:
    async def load():
        out = []
        for r in await rows(engine, COUNTS % (engine.settings.base_iri + "ontology")):
            out.append({"type": value(r, "type"), "zh": value(r, "zh"), "en": value(r, "en"),
                        "count": int(value(r, "count", "0"))})
        return out
    return await engine.once("web:counts", load)


async def canned_rows(engine, name: str) -> list[dict]:
    async def load():
        return [{k: v["value"] for k, v in r.items()} for r in await engine.select(name)]
    return await engine.once(f"web:canned:{name}", load)
