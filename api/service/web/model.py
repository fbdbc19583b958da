"""What the HTML pages read from the store, computed once (the store never changes while serving).

A report model holds the report's paragraphs and part headings in text order and every span with
offsets into the cleaned text: facts, status reports, commitments, stated relations (their gwr:evidence
TextPositionSelector) and entity mentions (oa:hasTarget of a gwr:Mention). What it reads are canned queries,
queries/web-*.rq, run like every other (engine.select); the report list is api/service/reports.py's.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from api.graphsets import over_set
from api.service import reports as listing
from api.service.web import drafts


@dataclass
class SpanView:
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
class ParagraphView:
    iri: str
    position: int
    start: int
    end: int
    text: str
    spans: list[SpanView] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"p{self.position}"


@dataclass
class ReportView:
    iri: str
    key: str
    zh: str
    en: str
    paragraphs: list[ParagraphView]
    parts: list[dict]
    spans: dict[str, SpanView]                      # statement/mention IRI → span
    by_para: dict[str, ParagraphView]

    def flow(self) -> list[tuple[str, dict | ParagraphView]]:
        """Part headings (dicts, "part") and paragraphs (ParagraphView, "para") in text order."""
        items = [(p["start"], 0, "part", p) for p in self.parts] + \
                [(p.start, 1, "para", p) for p in self.paragraphs]
        items.sort(key=lambda x: (x[0], x[1]))
        out: list[tuple[str, dict | ParagraphView]] = []
        seen_heading: set[int] = set()
        for start, _, what, item in items:
            if what == "part":
                seen_heading.add(start)
                out.append((what, item))
            elif not (start in seen_heading and isinstance(item, ParagraphView) and item.text.strip() == ""):
                out.append((what, item))
        return out


def value(row: dict, name: str, default=""):
    return row[name]["value"] if name in row else default


async def rows(engine, name: str, report: str | None = None) -> list[dict]:
    """Rows of a canned query (queries/NAME.rq), for one report if given (its IRI)."""
    return await engine.select(name, {"report": report} if report else None)


async def reports(engine) -> list[dict]:
    return [{"iri": r.iri, "key": r.key, "zh": r.zh, "en": r.en} for r in await listing.listed(engine)]


async def report(engine, key: str) -> ReportView | None:
    known = {r["key"]: r for r in await reports(engine)}
    if key not in known:
        return None
    meta = known[key]

    async def load() -> ReportView:
        para_rows = await rows(engine, "web-paragraphs", meta["iri"])
        part_rows = await rows(engine, "web-parts", meta["iri"])
        stmt_rows = await rows(engine, "web-statements", meta["iri"])
        mention_rows = await rows(engine, "web-mentions", meta["iri"])
        paragraphs = [ParagraphView(value(r, "para"), int(value(r, "pos", "0")), int(value(r, "start")),
                                int(value(r, "end")), value(r, "text")) for r in para_rows]
        by_para = {p.iri: p for p in paragraphs}
        gwr = engine.settings.base_iri + "ontology#"
        spans: dict[str, SpanView] = {}
        for r in stmt_rows:
            iri = value(r, "s")
            if iri in spans:
                continue
            spans[iri] = SpanView(iri, value(r, "type").removeprefix(gwr).lower(), int(value(r, "start")),
                              int(value(r, "end")), value(r, "para") or None, value(r, "label"), value(r, "quote"),
                              value(r, "about"), value(r, "indicator"), value(r, "value"),
                              value(r, "period")[:4], value(r, "status"))
        for r in mention_rows:
            iri = value(r, "m")
            spans.setdefault(iri, SpanView(iri, "mention", int(value(r, "start")), int(value(r, "end")),
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
        return ReportView(meta["iri"], key, meta["zh"], meta["en"], paragraphs, parts, spans, by_para)
    return await engine.once(f"web:report:{key}", load)


async def all_reports(engine) -> list[ReportView]:
    out = []
    for meta in await reports(engine):
        r = await report(engine, meta["key"])
        if r:
            out.append(r)
    return out


async def span_of(engine, iri: str) -> tuple[ReportView, ParagraphView, SpanView] | None:
    """The report, paragraph and span of a statement or mention IRI (None when it has no place in a text)."""
    return (await places(engine))[0].get(iri)


async def paragraph_of(engine, iri: str) -> tuple[ReportView, ParagraphView] | None:
    return (await places(engine))[1].get(iri)


async def places(engine) -> tuple[dict, dict]:
    """Every span's and every paragraph's place in the reports, indexed once by IRI (an entity page asks for
    each of its facts: a walk through every report per fact grew with the corpus)."""
    async def load():
        spans, paragraphs = {}, {}
        for r in await all_reports(engine):
            for iri, span in r.spans.items():
                if span.para and span.para in r.by_para and iri not in spans:
                    spans[iri] = (r, r.by_para[span.para], span)
            for iri, para in r.by_para.items():
                paragraphs.setdefault(iri, (r, para))
        return spans, paragraphs
    return await engine.once("web:places", load)


async def counts(engine) -> list[dict]:
    async def load():
        out = []
        for r in await rows(engine, "web-type-counts"):
            out.append({"type": value(r, "type"), "zh": value(r, "zh"), "en": value(r, "en"),
                        "count": int(value(r, "count", "0"))})
        return out
    return await engine.once("web:counts", load)


async def canned_rows(engine, name: str, values: dict[str, str] | None = None) -> list[dict]:
    """A canned query's rows as {variable: text}, with its parameters' values if given, over the page's graph set,
    computed once."""
    graphs = drafts.graphs()        # the page's graph set (web/drafts.py): reviewed unless ?graphs= says

    async def load():
        query = engine.canned[name]
        text, over = over_set(query.text, graphs)     # the graph set's rule for canned queries (api/graphsets.py)
        answer = await engine.run(text, results="json", substitutions=query.substitutions(values or {}), graphs=over)
        return [{k: v["value"] for k, v in r.items()} for r in json.loads(await answer.body())["results"]["bindings"]]
    key = f"web:canned:{name}" + "".join(f"&{k}={v}" for k, v in sorted((values or {}).items())) + \
        (f"&graphs={graphs}" if graphs else "")
    return await engine.once(key, load)
