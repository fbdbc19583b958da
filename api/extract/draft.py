"""A report text → its draft: draft records (the curated format of docs/records.md, every record marked
`reviewed: false`) and RDF in the project's ontology, both deterministic (sorted; byte-identical on rerun).

The draft graph is a layer apart from the reviewed one: its named graph is graph/draft/<id>, its facts
id:draft-fact/<id>-<key>, each typed gwr:DraftedStatement (machine-drafted, not reviewed); the graph is
prov:wasGeneratedBy the extraction activity (extractor version, the source's SHA-256), and its selectors point
into id:source/<id>, the file exactly as given (offsets are code points).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.plugins.serializers.nquads import _nq_row

from api import dump
from api.extract import VERSION
from api.extract.candidates import Candidate, candidates
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
    candidates: list[Candidate] = field(default_factory=list)
    place_name: str = ""        # the place as the corpus table (place_zh) or the text's first lines name it
    place_known: bool = True    # the place is in the registry: nothing is proposed about it
    level: str = ""             # the corpus table's `level` (national, province, city, prefecture), if any
    title: str = ""             # the report's title as written (its first line), else the corpus table's


def draft(text: str, report: str, entities: dict[str, Entity], year: int | None = None,
          place: str | None = None, level: str = "", title: str = "") -> Draft:
    """Extract a report's draft from its text as given. `place` is a registry ref or a Chinese name; `level` and
    `title` are the corpus table's columns of the same names (the title line of the text wins over `title`)."""
    doc = parse(text, year)
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
    return Draft(report, doc, doc.year, ref, sha, facts, lexicon.mentions(text), candidates(text, lexicon),
                 place_name=name or "", place_known=ref in entities, level=level, title=title_line(text) or title)


def title_line(text: str) -> str:
    """The report's title as written: its first non-empty line when that line names a report (…政府工作报告), else ''."""
    for line in text.splitlines():
        if line.strip():
            line = line.strip()
            return line if "报告" in line and len(line) <= 60 else ""
    return ""


def fact_id(f: Fact) -> str:
    key = f.indicator.split("/", 1)[1]
    return f"{f.kind[0]}{f.period}-{key}-{f.reading.measure}-{f.value_start}" + (f"-{f.order}" if f.order else "")


def proposed_unit(word: str) -> str:
    """A unit word the unit table (ontology/units.ttl) lacks, proposed as id:unit-proposed-<sha1> for review."""
    return "unit-proposed-" + hashlib.sha1(word.encode("utf-8")).hexdigest()[:10]


def record(f: Fact, text: str, units: dict | None = None) -> dict:
    r = f.reading
    rec = {"id": fact_id(f), "kind": f.kind, "indicator": f.indicator, "about": f.about,
           "quote": text[f.quote_start:f.quote_end], "start": f.quote_start, "end": f.quote_end,
           "value": f.quantity.value, "comparison": r.comparison, "comparison_written": r.comparison_written,
           "measure": r.measure, "direction": r.direction, "direction_written": r.direction_written,
           "period": f.period, "baseline": r.baseline}
    if r.modality:                                    # docs/records.md "Modality, spans of years"
        rec["modality"], rec["modality_written"] = r.modality, r.modality_written
    if f.period_end:
        rec["period_end"] = f.period_end
    if f.order:
        rec["order"] = f.order
    notes = list(f.notes)
    if units is not None and f.quantity.unit not in units:
        # `check` refuses a unit the table lacks: the record says so instead of pretending it is promotable
        rec["proposed_unit"] = f.quantity.unit
        notes.append(f"unit {f.quantity.unit!r} is not in ontology/units.ttl: add it there before promoting")
    if notes:
        rec["note"] = "; ".join(notes)
    rec["reviewed"] = False
    return rec


def records_yaml(d: Draft, source_name: str, vocab: Vocabulary | None = None) -> str:
    text = d.doc.text
    units = vocab.units if vocab is not None else None
    proposed: dict[str, str] = {}
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
        "facts": [record(f, text, units) for f in d.facts],
        "proposed_entities": ([] if d.place_known or not d.place_name else
                              [{"id": d.place, "types": ["Country" if d.level == "national" else "AdministrativeDivision"],
                                "zh": d.place_name, "level": d.level, "reviewed": False}])
                             + [{"id": k, "types": ["Indicator"], "zh": v, "reviewed": False}
                                for k, v in sorted(proposed.items())]
                             + [{"id": c.id, "types": [c.cls], "kind": c.kind, "zh": c.name, "start": c.start,
                                 "end": c.end, "occurrences": len(c.spans), "reviewed": False} for c in d.candidates],
        "proposed_units": [{"id": proposed_unit(u), "written": u, "facts": n, "reviewed": False}
                           for u, n in sorted(unit_counts(d, units).items())],
        "mentions": [{"entity": m.ref, "name": text[m.start:m.end], "start": m.start, "end": m.end}
                     for m in d.mentions],
    }
    head = (f"# Draft of {d.report}, machine-made by api.extract {VERSION}: NOT REVIEWED.\n"
            "# Correct each record against the text, drop `reviewed: false`, and move it into records/ to promote it.\n")
    return head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)


def unit_counts(d: Draft, units: dict | None) -> dict[str, int]:
    """Unit words of the draft's facts that the unit table lacks, with how many facts use each."""
    out: dict[str, int] = {}
    for f in d.facts:
        if units is not None and f.quantity.unit not in units:
            out[f.quantity.unit] = out.get(f.quantity.unit, 0) + 1
    return out


def evidence(g, node: URIRef, d: Draft, start: int, end: int, link: URIRef = GWR.evidence,
             quote: bool = True) -> None:
    """Where a drafted statement comes from: a W3C Web Annotation oa:SpecificResource on the source as given with
    one oa:TextPositionSelector (https://www.w3.org/TR/annotation-model/#text-position-selector; code points,
    end exclusive). Slim by design (the corpus is ~600,000 facts): the quoted words are gwr:quote on the statement
    itself (`quote`; a mention's words are its entity's name), and no oa:TextQuoteSelector is written, since its
    exact/prefix/suffix are the source's characters at these offsets."""
    text = d.doc.text
    ev, position = URIRef(f"{node}#evidence"), URIRef(f"{node}#position")
    g.add((node, link, ev))
    if quote:
        g.add((node, GWR.report, ID[f"report/{d.report}"]))
        g.add((node, GWR.quote, Literal(text[start:end])))
    g.add((ev, OA.hasSource, ID[f"source/{d.report}"]))
    g.add((ev, OA.hasSelector, position))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start, datatype=XSD.integer)))
    g.add((position, OA.end, Literal(end, datatype=XSD.integer)))


SKOS_PREF = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
DQV = Namespace("http://www.w3.org/ns/dqv#")
UNREVIEWED = "Proposed by api.extract from the text's patterns: NOT REVIEWED."
AGENT = ID["agent/api-extract"]
DRAFTED = GWR.DraftedStatement      # every drafted fact, mention and proposed entity (ontology/gwr.ttl)


def graph_name(report: str) -> URIRef:
    return GRAPH[f"draft/{report}"]


class Quads:
    """A named graph collected as N-Quads lines (rdflib's own row writer), without rdflib's store: drafting the
    corpus spends its time here. `text()` is what api.dump.nquads would write for the same graph."""

    def __init__(self, name: URIRef):
        self.name = name
        self.lines: set[str] = set()

    def add(self, triple) -> None:
        self.lines.add(_nq_row(triple, self.name))

    def text(self) -> str:
        return "".join(sorted(self.lines))


def nquads(d: Draft, vocab: Vocabulary, quality: dict[str, float] | None = None, source_file: str = "") -> str:
    """The draft's named graph as sorted N-Quads."""
    return dataset(d, vocab, quality, source_file, sink=Quads(graph_name(d.report))).text()


def dataset(d: Draft, vocab: Vocabulary, quality: dict[str, float] | None = None, source_file: str = "",
            sink: Quads | None = None):
    """The draft's named graph graph/draft/<id>: the extraction activity (prov:Activity, associated with the
    extractor at its version, having used the source file with its SHA-256), the report and the place it is the
    government of (describe_report), the facts it generated, the mentions
    of registry entities, and the proposals (indicators, entities, units) marked unreviewed. `quality`, the
    per-field precision measured by `evaluate` on the curated reports, is attached to the graph as DQV quality
    measurements (https://www.w3.org/TR/vocab-dqv/)."""
    name = graph_name(d.report)
    ds: Dataset | Quads
    g: Graph | Quads
    if sink is None:
        ds = Dataset()
        g = ds.graph(name)
    else:
        ds = g = sink
    activity = ID[f"activity/extract-{d.report}"]
    source = ID[f"source/{d.report}"]
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"api.extract {VERSION}")))
    g.add((activity, PROV.used, source))
    g.add((activity, PROV.wasAssociatedWith, AGENT))
    g.add((AGENT, RDF.type, PROV.SoftwareAgent))
    g.add((AGENT, RDFS.label, Literal("api.extract")))
    g.add((AGENT, SCHEMA.softwareVersion, Literal(VERSION)))
    g.add((source, SCHEMA.sha256, Literal(d.sha256)))
    if source_file:
        g.add((source, SCHEMA.name, Literal(source_file)))
    g.add((name, PROV.wasGeneratedBy, activity))
    for key, value in sorted((quality or {}).items()):
        qm = URIRef(f"{name}#precision-{key}")
        g.add((name, DQV.hasQualityMeasurement, qm))
        g.add((qm, RDF.type, DQV.QualityMeasurement))
        g.add((qm, DQV.isMeasurementOf, ID[f"metric/extract-precision-{key}"]))
        g.add((qm, DQV.value, Literal(f"{value:.4f}", datatype=XSD.decimal)))
        g.add((qm, DQV.computedOn, ID["dataset/curated-reports"]))
    describe_report(g, d)
    for f in d.facts:
        node = ID[f"draft-fact/{d.report}-{fact_id(f)}"]
        q, r = f.quantity, f.reading
        g.add((node, RDF.type, GWR.Target if f.kind == "target" else GWR.Result))
        g.add((node, RDF.type, DRAFTED))
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
        if (q.meant or q.unit) in vocab.units:
            g.add((node, QUDT.unit, vocab.units[q.meant or q.unit]))    # 孵化空间400万方: m² (quantities.floor_area)
        else:                                         # a unit the table lacks: a proposed unit, unreviewed
            unit = ID[proposed_unit(q.unit)]
            g.add((node, QUDT.unit, unit))
            g.add((unit, RDF.type, QUDT.Unit))
            g.add((unit, RDFS.label, Literal(q.unit, lang="zh")))
            g.add((unit, GWR.writtenForm, Literal(q.unit)))
            g.add((unit, RDFS.comment, Literal(UNREVIEWED + " Not in ontology/units.ttl.", lang="en")))
        g.add((node, GWR.comparison, vocab.known("comparison", r.comparison)))
        if r.comparison_written:
            g.add((node, GWR.comparisonAsWritten, Literal(r.comparison_written)))
        g.add((node, GWR.measure, vocab.known("measure", r.measure)))
        if r.direction:
            g.add((node, GWR.direction, vocab.known("direction", r.direction)))
            g.add((node, GWR.directionAsWritten, Literal(r.direction_written)))
        if r.baseline:
            key, _, base_year = r.baseline.partition(":")
            g.add((node, GWR.baseline, vocab.known("baseline", key)))
            if base_year:
                g.add((node, GWR.baselineYear, Literal(base_year, datatype=XSD.gYear)))
        if f.order:
            g.add((node, GWR.order, Literal(f.order, datatype=XSD.integer)))
        if r.modality:                                # as api/graph.py modality_triples writes reviewed facts
            g.add((node, GWR.modality, vocab.known("modality", r.modality)))
            g.add((node, GWR.modalityAsWritten, Literal(r.modality_written)))
        if f.period_end:
            g.add((node, GWR.periodEnd, Literal(str(f.period_end), datatype=XSD.gYear)))
        evidence(g, node, d, f.quote_start, f.quote_end)
    for f in d.facts:
        if f.proposed:
            concept = ID[f.indicator]
            g.add((concept, RDF.type, GWR.Indicator))
            g.add((concept, SKOS_PREF, Literal(f.proposed, lang="zh")))
            g.add((concept, RDFS.comment, Literal(UNREVIEWED, lang="en")))
    for c in d.candidates:
        entity = ID[c.id]
        g.add((entity, RDF.type, GWR[c.cls]))
        g.add((entity, RDFS.label, Literal(c.name, lang="zh")))
        g.add((entity, RDFS.comment, Literal(UNREVIEWED, lang="en")))
        g.add((entity, RDF.type, DRAFTED))
        for start, end in c.spans:
            mention(g, ID[f"draft-mention/{d.report}-{start}-{end}"], entity, d, start, end)
    for m in d.mentions:
        mention(g, ID[f"draft-mention/{d.report}-{m.start}-{m.end}"], ID[m.ref], d, m.start, m.end)
    return ds


PLACE_UNREVIEWED = ("Proposed by api.extract: NOT REVIEWED. The report's place, named as the corpus table or the "
                    "report's first lines write it; no division code.")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")   # 直辖市: province-level (PRC Constitution, art. 30)


def place_classes(name: str, level: str) -> list[URIRef]:
    """The classes of a place the registry lacks, from the corpus table's `level` and the name's suffix: always
    gwr:AdministrativeDivision (a province, city, district or county, ontology/gwr.ttl); a province-level one
    (省, 自治区, 直辖市; `level` province) also schema:State ("a state or province of a country",
    https://schema.org/State), a 市 of city or prefecture level also schema:City ("a city or town",
    https://schema.org/City) — a 直辖市 is both. The nation is a gwr:Country. No division code and no Wikidata id:
    ../shared/reference/identifiers.md, never invent one."""
    if level == "national":
        return [GWR.Country]
    classes = [GWR.AdministrativeDivision]
    if level == "province" or name.endswith(("省", "自治区")) or name in MUNICIPALITIES:
        classes.append(SCHEMA.State)
    if name.endswith("市") and level in ("", "city", "prefecture", "province"):
        classes.append(SCHEMA.City)
    return classes


def describe_report(g, d: Draft) -> None:
    """The drafted report itself, as the reviewed graph describes its reports (api/build: a gwr:WorkReport with
    dcterms:spatial its place, gwr:targetYear, gwr:reviewedYear, dcterms:title), typed gwr:DraftedStatement with
    the unreviewed comment; only what the text or the corpus table says. A place the registry lacks is proposed:
    its classes (place_classes) and skos:prefLabel the name as the table (place_zh) or the text writes it. A
    registry place (Dalian, Liaoning, China) gets nothing beyond dcterms:spatial: the entities graph holds it."""
    report, place = ID[f"report/{d.report}"], ID[d.place]
    g.add((report, RDF.type, GWR.WorkReport))
    g.add((report, RDF.type, DRAFTED))
    g.add((report, RDFS.comment, Literal(UNREVIEWED, lang="en")))
    g.add((report, DCTERMS.spatial, place))
    g.add((report, GWR.targetYear, Literal(str(d.year), datatype=XSD.gYear)))
    g.add((report, GWR.reviewedYear, Literal(str(d.year - 1), datatype=XSD.gYear)))
    if d.title:
        g.add((report, DCTERMS.title, Literal(d.title, lang="zh")))
    if d.place_known or not d.place_name:
        return
    for cls in place_classes(d.place_name, d.level):
        g.add((place, RDF.type, cls))
    g.add((place, RDF.type, DRAFTED))
    g.add((place, SKOS_PREF, Literal(d.place_name, lang="zh")))
    g.add((place, RDFS.comment, Literal(PLACE_UNREVIEWED, lang="en")))


def mention(g, node: URIRef, entity: URIRef, d: Draft, start: int, end: int) -> None:
    """A drafted entity mention (gwr:Mention, a Web Annotation whose body is the entity), marked drafted."""
    g.add((node, RDF.type, GWR.Mention))
    g.add((node, RDF.type, DRAFTED))
    g.add((node, OA.hasBody, entity))
    evidence(g, node, d, start, end, link=OA.hasTarget, quote=False)


def turtle(d: Draft, vocab: Vocabulary) -> str:
    return dump.turtle(dump.by_graph(nquads(d, vocab)).get(str(graph_name(d.report)), []))


def write(d: Draft, vocab: Vocabulary, out: Path, source_name: str) -> tuple[Path, Path]:
    """Both files, or neither: each is written in full to a temporary name, then renamed."""
    out.mkdir(parents=True, exist_ok=True)
    files = {out / f"{d.report}.draft.yaml": records_yaml(d, source_name, vocab),
             out / f"{d.report}.ttl": turtle(d, vocab)}
    for path, content in files.items():
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
    for path in files:
        path.with_name(path.name + ".tmp").replace(path)
    return tuple(files)  # type: ignore[return-value]


def safe_id(report: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", report))
