"""A report text → its draft: draft records (the curated format of docs/records.md, every record marked
`reviewed: false`) and RDF in the project's ontology, both deterministic (sorted; byte-identical on rerun).

The draft graph is a layer apart from the reviewed one: its named graph is graph/draft/<id>, its facts
id:draft-fact/<id>-<key>, each prov:wasGeneratedBy the extraction activity (extractor version, the source's
SHA-256), and its selectors point into id:source/<id>, the file exactly as given (offsets are code points).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from api import dump
from api.extract import VERSION
from api.extract.facts import Fact, extract_facts
from api.extract.indicators import Lexicon, Mention, place_ref
from api.extract.structure import Document, parse
from api.namespaces import GRAPH, GWR, ID, OA, QUDT, SCHEMA
from api.numbers import canonical
from api.records import Entity
from api.vocab import Vocabulary

CONTEXT_CHARS = 16


@dataclass
class Draft:
    report: str
    doc: Document
    year: int
    place: str
    sha256: str
    facts: list[Fact]
    mentions: list[Mention]


def draft(text: str, report: str, entities: dict[str, Entity], year: int | None = None,
          place: str | None = None) -> Draft:
    """Extract a report's draft from its text as given. `place` is a registry ref or a Chinese name."""
    doc = parse(text)
    if year:
        doc.year = year
    if not doc.year:
        raise ValueError("the report's year is not in its first lines: give it with --year")
    name = doc.place_name
    if place and "/" in place:
        ref = place
    else:
        name = place or name
        ref = place_ref(entities, name, report)
    lexicon = Lexicon(entities, ref, name)
    facts = extract_facts(doc, lexicon, ref)
    facts.sort(key=lambda f: (f.value_start, f.order or 0, f.indicator))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Draft(report, doc, doc.year, ref, sha, facts, lexicon.mentions(text))


def fact_id(f: Fact) -> str:
    key = f.indicator.split("/", 1)[1]
    return f"{f.kind[0]}{f.period}-{key}-{f.reading.measure}-{f.value_start}" + (f"-{f.order}" if f.order else "")


def record(f: Fact, text: str) -> dict:
    r = f.reading
    rec = {"id": fact_id(f), "kind": f.kind, "indicator": f.indicator, "about": f.about,
           "quote": text[f.quote_start:f.quote_end], "start": f.quote_start, "end": f.quote_end,
           "value": f.quantity.value, "comparison": r.comparison, "comparison_written": r.comparison_written,
           "measure": r.measure, "direction": r.direction, "direction_written": r.direction_written,
           "period": f.period, "baseline": r.baseline}
    if f.order:
        rec["order"] = f.order
    if f.notes:
        rec["note"] = "; ".join(f.notes)
    rec["reviewed"] = False
    return rec


def records_yaml(d: Draft, source_name: str) -> str:
    text = d.doc.text
    proposed = {}
    for f in d.facts:
        if f.proposed:
            proposed.setdefault(f.indicator, f.proposed)
    doc = {
        "draft": {"report": d.report, "source": source_name, "sha256": d.sha256, "extractor": f"api.extract {VERSION}",
                  "reviewed": False, "year": d.year, "reviewed_year": d.year - 1, "place": d.place,
                  "place_written": d.doc.place_name,
                  "offsets": "code points into the source file exactly as given, end exclusive"},
        "structure": [{"kind": v.kind, "number": v.number, "title": v.title, "start": v.start, "end": v.end}
                      for v in d.doc.divisions if v.kind != "item"]
                     + [{"kind": "targets", "number": p.number, "title": "主要预期目标", "start": p.start, "end": p.end}
                        for p in d.doc.paragraphs if p.targets],
        "facts": [record(f, text) for f in d.facts],
        "proposed_entities": [{"id": k, "types": ["Indicator"], "zh": v, "reviewed": False}
                              for k, v in sorted(proposed.items())],
        "mentions": [{"entity": m.ref, "name": text[m.start:m.end], "start": m.start, "end": m.end}
                     for m in d.mentions],
    }
    head = (f"# Draft of {d.report}, machine-made by api.extract {VERSION}: NOT REVIEWED.\n"
            "# Correct each record against the text, drop `reviewed: false`, and move it into records/ to promote it.\n")
    return head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)


def evidence(g, node: URIRef, d: Draft, start: int, end: int, link: URIRef = GWR.evidence) -> None:
    """W3C Web Annotation selectors over the source as given (https://www.w3.org/TR/annotation-model/#selectors)."""
    text = d.doc.text
    ev, quote, position = (URIRef(f"{node}#{part}") for part in ("evidence", "quote", "position"))
    g.add((node, link, ev))
    g.add((node, GWR.report, ID[f"report/{d.report}"]))
    g.add((node, GWR.quote, Literal(text[start:end])))
    g.add((ev, RDF.type, OA.SpecificResource))
    g.add((ev, OA.hasSource, ID[f"source/{d.report}"]))
    g.add((ev, OA.hasSelector, quote))
    g.add((ev, OA.hasSelector, position))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[start:end])))
    g.add((quote, OA.prefix, Literal(text[max(0, start - CONTEXT_CHARS):start])))
    g.add((quote, OA.suffix, Literal(text[end:end + CONTEXT_CHARS])))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))


def turtle(d: Draft, vocab: Vocabulary) -> str:
    ds = Dataset()
    name = GRAPH[f"draft/{d.report}"]
    g = ds.graph(name)
    activity = ID[f"activity/extract-{d.report}"]
    source = ID[f"source/{d.report}"]
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"api.extract {VERSION}")))
    g.add((activity, PROV.used, source))
    g.add((source, SCHEMA.sha256, Literal(d.sha256)))
    for f in d.facts:
        node = ID[f"draft-fact/{d.report}-{fact_id(f)}"]
        q, r = f.quantity, f.reading
        g.add((node, RDF.type, GWR.Target if f.kind == "target" else GWR.Result))
        g.add((node, PROV.wasGeneratedBy, activity))
        g.add((node, GWR.indicator, ID[f.indicator]))
        g.add((node, GWR.about, ID[f.about]))
        g.add((node, GWR.period, Literal(str(f.period), datatype=XSD.gYear)))
        if q.is_range:
            g.add((node, GWR.minValue, Literal(canonical(q.minimum), datatype=XSD.decimal)))
            g.add((node, GWR.maxValue, Literal(canonical(q.maximum), datatype=XSD.decimal)))
        else:
            g.add((node, GWR.value, Literal(canonical(q.minimum), datatype=XSD.decimal)))
        g.add((node, GWR.valueAsWritten, Literal(q.value)))
        if q.scale:
            g.add((node, GWR.scaleAsWritten, Literal(q.scale)))
        g.add((node, GWR.unitAsWritten, Literal(q.unit)))
        if q.unit in vocab.units:
            g.add((node, QUDT.unit, vocab.units[q.unit]))
        g.add((node, GWR.comparison, vocab.concept("comparison", r.comparison)))
        if r.comparison_written:
            g.add((node, GWR.comparisonAsWritten, Literal(r.comparison_written)))
        g.add((node, GWR.measure, vocab.concept("measure", r.measure)))
        if r.direction:
            g.add((node, GWR.direction, vocab.concept("direction", r.direction)))
            g.add((node, GWR.directionAsWritten, Literal(r.direction_written)))
        if r.baseline:
            key, _, base_year = r.baseline.partition(":")
            g.add((node, GWR.baseline, vocab.concept("baseline", key)))
            if base_year:
                g.add((node, GWR.baselineYear, Literal(base_year, datatype=XSD.gYear)))
        if f.order:
            g.add((node, GWR.order, Literal(f.order, datatype=XSD.integer)))
        g.add((node, RDFS.label, Literal(f"{f.period} {d.doc.text[f.quote_start:f.quote_end]}", lang="zh")))
        evidence(g, node, d, f.quote_start, f.quote_end)
    for f in d.facts:
        if f.proposed:
            concept = ID[f.indicator]
            g.add((concept, RDF.type, GWR.Indicator))
            g.add((concept, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal(f.proposed, lang="zh")))
    for m in d.mentions:
        node = ID[f"draft-mention/{d.report}-{m.start}-{m.end}"]
        g.add((node, RDF.type, GWR.Mention))
        g.add((node, PROV.wasGeneratedBy, activity))
        g.add((node, OA.hasBody, ID[m.ref]))
        g.add((node, OA.motivatedBy, OA.identifying))
        evidence(g, node, d, m.start, m.end, link=OA.hasTarget)
    return dump.turtle(dump.nquads(ds), name)


def write(d: Draft, vocab: Vocabulary, out: Path, source_name: str) -> tuple[Path, Path]:
    """Both files, or neither: each is written in full to a temporary name, then renamed."""
    out.mkdir(parents=True, exist_ok=True)
    files = {out / f"{d.report}.draft.yaml": records_yaml(d, source_name), out / f"{d.report}.ttl": turtle(d, vocab)}
    for path, content in files.items():
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
    for path in files:
        path.with_name(path.name + ".tmp").replace(path)
    return tuple(files)  # type: ignore[return-value]


def safe_id(report: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", report))
