"""Checked records → RDF: one named graph per report, one for the entity registry, one for the ontology.

Every IRI is minted from stable keys (api.namespaces); no blank nodes anywhere in the data.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from api.iris import DEFAULT_BASE, rebase
from api.namespaces import DOCO, GRAPH, GWR, ID, OA, QUDT, SCHEMA, WD, entity, graph_of, report_thing
from api.numbers import canonical
from api.records import Entity, Record, Records
from api.settings import Settings
from api.source import Report
from api.vocab import Vocabulary

CONTEXT_CHARS = 16  # prefix/suffix length of a TextQuoteSelector
# The pinyin labels' language tag, spelt as Oxigraph returns it: language tags are case-insensitive (RFC 5646
# §2.1.1, RDF 1.1 Concepts §3.3) and Oxigraph stores them lower-cased, so the dumps use that spelling too.
PINYIN = "zh-latn-pinyin"
SCHEME_OF_KIND = {"indicator": ID["indicator"], "industry": ID["industry"]}
ENTITIES_GRAPH = GRAPH["entities"]
ONTOLOGY_GRAPH = GRAPH["ontology"]


def year(value: int | str) -> Literal:
    return Literal(str(value), datatype=XSD.gYear)


def decimal(value) -> Literal:
    return Literal(canonical(value), datatype=XSD.decimal)


def ontology_graph(settings: Settings) -> Graph:
    g = Graph()
    for name in ("gwr.ttl", "schemes.ttl", "units.ttl", "cube.ttl"):
        g.parse(settings.ontology_dir / name, format="turtle")
    return g


def relative_labels(reports: list[Report]) -> dict[str, set[str]]:
    """Entity → the relative names reports give it (全市 → place/dalian): alternative labels of the entity."""
    labels: dict[str, set[str]] = {}
    for report in reports:
        for name, ref in report.relative_names.items():
            labels.setdefault(ref, set()).add(name)
    return labels


def entity_graph(entities: dict[str, Entity], g: Graph, relative: dict[str, set[str]] | None = None) -> Graph:
    """The registry: types, labels, aliases, codes, Wikidata links, hierarchy.

    A relative name a report gives an entity is one of its skos:altLabels too, unless it is the entity's zh
    (prefLabel and altLabel are disjoint, SKOS Reference §5.4 S13).
    """
    for scheme, (zh, en) in {"indicator": ("指标", "Indicators"), "industry": ("产业", "Industries")}.items():
        s = SCHEME_OF_KIND[scheme]
        g.add((s, RDF.type, SKOS.ConceptScheme))
        g.add((s, SKOS.prefLabel, Literal(zh, lang="zh")))
        g.add((s, SKOS.prefLabel, Literal(en, lang="en")))
    for e in entities.values():
        s = entity(e.id)
        for t in e.types:
            g.add((s, RDF.type, GWR[t]))
        for label_prop in (SKOS.prefLabel, RDFS.label):
            g.add((s, label_prop, Literal(e.zh, lang="zh")))
            if e.en:
                g.add((s, label_prop, Literal(e.en, lang="en")))
        if e.pinyin:
            g.add((s, SKOS.prefLabel, Literal(e.pinyin, lang=PINYIN)))
        for alias in set(e.aliases) | ((relative or {}).get(e.id, set()) - {e.zh}):
            g.add((s, SKOS.altLabel, Literal(alias, lang="zh")))
        if e.kind in SCHEME_OF_KIND:
            g.add((s, RDF.type, SKOS.Concept))
            g.add((s, SKOS.inScheme, SCHEME_OF_KIND[e.kind]))
            if not e.broader:
                g.add((s, SKOS.topConceptOf, SCHEME_OF_KIND[e.kind]))
                g.add((SCHEME_OF_KIND[e.kind], SKOS.hasTopConcept, s))
        for b in e.broader:
            g.add((s, SKOS.broader, entity(b)))
            g.add((entity(b), SKOS.narrower, s))
        if e.code:
            g.add((s, GWR.divisionCode, Literal(e.code)))
            g.add((s, DCTERMS.identifier, Literal(e.code)))
            if e.code_valid_from:
                g.add((s, GWR.codeValidFrom, year(e.code_valid_from)))
        if e.wikidata:
            g.add((s, SKOS.exactMatch, WD[e.wikidata]))
        if e.part_of:
            g.add((s, GWR.partOf, entity(e.part_of)))
            g.add((s, SCHEMA.containedInPlace, entity(e.part_of)))
        if e.note:
            g.add((s, SKOS.editorialNote, Literal(e.note, lang="en")))
        if e.lower_is_better:
            g.add((s, RDF.type, GWR.CeilingIndicator))
    return g


@dataclass
class Span:
    start: int
    end: int
    paragraph: int


def add_evidence(g: Graph, report: Report, node: URIRef, span: Span, link: URIRef = GWR.evidence) -> None:
    """A W3C Web Annotation span: quote selector and position selector over the cleaned text.

    `link` ties the node to its span: gwr:evidence for statements, oa:hasTarget for mentions.
    """
    text = report.text
    evidence, quote, position = (URIRef(f"{node}#{part}") for part in ("evidence", "quote", "position"))
    g.add((node, link, evidence))
    g.add((node, GWR.paragraph, report_thing("paragraph", report.id, span.paragraph)))
    g.add((node, GWR.report, ID[f"report/{report.id}"]))
    g.add((node, GWR.quote, Literal(text[span.start:span.end])))
    g.add((evidence, RDF.type, OA.SpecificResource))
    g.add((evidence, OA.hasSource, ID[f"text/{report.id}"]))
    g.add((evidence, OA.hasSelector, quote))
    g.add((evidence, OA.hasSelector, position))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[span.start:span.end])))
    g.add((quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT_CHARS):span.start])))
    g.add((quote, OA.suffix, Literal(text[span.end:span.end + CONTEXT_CHARS])))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(span.start, datatype=XSD.integer)))
    g.add((position, OA.end, Literal(span.end, datatype=XSD.integer)))


def structure_graph(report: Report, g: Graph) -> None:
    """The report, its cleaned text, parts, numbered sections and paragraphs (DoCO + DCTERMS)."""
    meta = report.meta
    r = ID[f"report/{report.id}"]
    text = ID[f"text/{report.id}"]
    g.add((r, RDF.type, GWR.WorkReport))
    g.add((r, DCTERMS.title, Literal(meta["title"], lang="zh")))
    g.add((r, DCTERMS.title, Literal(meta["title_en"], lang="en")))
    g.add((r, RDFS.label, Literal(meta["title"], lang="zh")))
    g.add((r, RDFS.label, Literal(meta["title_en"], lang="en")))
    g.add((r, DCTERMS.language, Literal(meta["language"])))
    g.add((r, DCTERMS.publisher, entity(meta["publisher"])))
    g.add((r, DCTERMS.spatial, entity(meta["place"])))
    g.add((r, GWR.reviewedYear, year(meta["reviewed_year"])))
    g.add((r, GWR.targetYear, year(meta["target_year"])))
    g.add((r, GWR.text, text))
    g.add((text, RDF.type, GWR.ReportText))
    g.add((text, RDF.value, Literal(report.text)))
    g.add((text, DCTERMS.source, Literal(meta["source"]["file"])))
    g.add((text, PROV.wasDerivedFrom, URIRef(f"{ID}source/{report.id}")))
    g.add((URIRef(f"{ID}source/{report.id}"), SCHEMA.sha256, Literal(meta["source"]["sha256"])))
    for p in report.paragraphs:
        node = report_thing("paragraph", report.id, p.number)
        g.add((node, RDF.type, DOCO.Paragraph))
        g.add((node, SCHEMA.position, Literal(p.number, datatype=XSD.integer)))
        g.add((node, SCHEMA.text, Literal(p.text)))
        g.add((node, OA.start, Literal(p.start, datatype=XSD.integer)))
        g.add((node, OA.end, Literal(p.end, datatype=XSD.integer)))
        g.add((node, GWR.report, r))
        g.add((node, RDFS.label, Literal(f"{meta['title']} 第{p.number}段", lang="zh")))
        g.add((node, RDFS.label, Literal(f"{meta['title_en']}, paragraph {p.number}", lang="en")))
        if p.section is not None:
            parent = report_thing("section", report.id, f"{p.part}-{p.section}")
        elif p.part is not None:
            parent = report_thing("part", report.id, p.part)
        else:
            parent = r
        g.add((node, DCTERMS.isPartOf, parent))
        g.add((parent, DCTERMS.hasPart, node))
        if p.heading:
            g.add((node, RDF.type, DOCO.SectionTitle))
    for part in report.parts:
        node = report_thing("part", report.id, part.number)
        add_division(g, node, DOCO.Part, part.number, part.title, part.start, part.end, r)
        for sec in part.sections:
            snode = report_thing("section", report.id, f"{part.number}-{sec.number}")
            add_division(g, snode, DOCO.Section, sec.number, sec.title, sec.start, sec.end, node)


def add_division(g: Graph, node: URIRef, kind: URIRef, number: int, title: str, start: int, end: int,
                 parent: URIRef) -> None:
    """A part or a numbered section: its order, its title and the title's offsets, and its place in the tree."""
    g.add((node, RDF.type, kind))
    g.add((node, SCHEMA.position, Literal(number, datatype=XSD.integer)))
    g.add((node, DCTERMS.title, Literal(title, lang="zh")))
    g.add((node, RDFS.label, Literal(title, lang="zh")))
    g.add((node, OA.start, Literal(start, datatype=XSD.integer)))
    g.add((node, OA.end, Literal(end, datatype=XSD.integer)))
    g.add((node, DCTERMS.isPartOf, parent))
    g.add((parent, DCTERMS.hasPart, node))


def span_of(rec: Record) -> Span:
    return Span(rec["start"], rec["end"], rec.paragraph)


def fact_triples(g: Graph, report: Report, rec: Record, vocab: Vocabulary) -> None:
    node = report_thing("fact", report.id, rec["id"])
    w = rec.written
    assert w is not None, "a fact's value is parsed by the checks before it becomes triples"
    g.add((node, RDF.type, GWR.Result if rec["kind"] == "result" else GWR.Target))
    g.add((node, GWR.indicator, entity(rec["indicator"])))
    g.add((node, GWR.about, entity(rec.get("about", report.meta["place"]))))
    g.add((node, GWR.period, year(rec["period"])))
    if w.is_range:
        g.add((node, GWR.minValue, decimal(w.minimum)))
        g.add((node, GWR.maxValue, decimal(w.maximum)))
    else:
        g.add((node, GWR.value, decimal(w.minimum)))
    g.add((node, GWR.valueAsWritten, Literal(str(rec["value"]))))
    g.add((node, GWR.numberAsWritten, Literal(w.number)))
    if w.scale:
        g.add((node, GWR.scaleAsWritten, Literal(w.scale)))
    g.add((node, GWR.unitAsWritten, Literal(w.unit)))
    g.add((node, QUDT.unit, vocab.units[w.unit]))
    g.add((node, GWR.comparison, vocab.known("comparison", rec["comparison"])))
    if rec.get("comparison_written"):
        g.add((node, GWR.comparisonAsWritten, Literal(rec["comparison_written"])))
    g.add((node, GWR.measure, vocab.known("measure", rec["measure"])))
    if rec.get("direction"):
        g.add((node, GWR.direction, vocab.known("direction", rec["direction"])))
    if rec.get("direction_written"):
        g.add((node, GWR.directionAsWritten, Literal(rec["direction_written"])))
    baseline = rec.get("baseline") or ("previous-year" if rec["measure"] in ("growth", "change") else "")
    if baseline:
        key, _, base_year = baseline.partition(":")
        g.add((node, GWR.baseline, vocab.known("baseline", key)))
        if base_year:
            g.add((node, GWR.baselineYear, year(base_year)))
    if rec.get("order") is not None:
        g.add((node, GWR.order, Literal(int(rec["order"]), datatype=XSD.integer)))
    modality_triples(g, node, rec, vocab)
    label = f"{rec['period']} {rec['quote']}"
    g.add((node, RDFS.label, Literal(label, lang="zh")))
    add_evidence(g, report, node, span_of(rec))


def modality_triples(g: Graph, node: URIRef, rec: Record, vocab: Vocabulary) -> None:
    """The optional fields facts and aims share: the modality (力争, 预计) and the end of a span of years."""
    if rec.get("modality"):
        g.add((node, GWR.modality, vocab.known("modality", rec["modality"])))
        g.add((node, GWR.modalityAsWritten, Literal(rec["modality_written"])))
    if rec.get("period_end"):
        g.add((node, GWR.periodEnd, year(rec["period_end"])))


def aim_triples(g: Graph, report: Report, rec: Record, vocab: Vocabulary) -> None:
    node = report_thing("aim", report.id, rec["id"])
    g.add((node, RDF.type, GWR.QualitativeTarget))
    g.add((node, GWR.indicator, entity(rec["indicator"])))
    g.add((node, GWR.about, entity(rec.get("about", report.meta["place"]))))
    g.add((node, GWR.period, year(rec["period"])))
    modality_triples(g, node, rec, vocab)
    g.add((node, RDFS.label, Literal(f"{rec['period']} {rec['quote']}", lang="zh")))
    add_evidence(g, report, node, span_of(rec))


def status_triples(g: Graph, report: Report, rec: Record, vocab: Vocabulary) -> None:
    node = report_thing("status-report", report.id, rec["id"])
    g.add((node, RDF.type, GWR.StatusReport))
    g.add((node, GWR.about, entity(rec["entity"])))
    g.add((node, GWR.status, vocab.known("project-status", rec["status"])))
    g.add((node, GWR.statusAsWritten, Literal(rec["written"])))
    g.add((node, GWR.period, year(rec["period"])))
    g.add((node, RDFS.label, Literal(f"{rec['period']} {rec['quote']}", lang="zh")))
    add_evidence(g, report, node, span_of(rec))


def commitment_triples(g: Graph, report: Report, rec: Record, vocab: Vocabulary) -> None:
    node = report_thing("commitment", report.id, rec["id"])
    g.add((node, RDF.type, GWR.Commitment))
    for ref in rec["entities"]:
        g.add((node, GWR.about, entity(ref)))
    g.add((node, GWR.action, Literal(rec["action"])))
    if rec.get("status"):
        g.add((node, GWR.status, vocab.known("project-status", rec["status"])))
    g.add((node, GWR.period, year(rec["period"])))
    g.add((node, RDFS.label, Literal(f"{rec['period']} {rec['quote']}", lang="zh")))
    add_evidence(g, report, node, span_of(rec))


def relation_triples(g: Graph, report: Report, rec: Record, vocab: Vocabulary) -> None:
    s, p, o = entity(rec["subject"]), vocab.relations[rec["predicate"]], entity(rec["object"])
    # The same relation may be stated in several places: the start offset keeps each statement apart.
    key = f"{rec['subject'].replace('/', '.')}.{rec['predicate']}.{rec['object'].replace('/', '.')}.{rec['start']}"
    node = report_thing("relation", report.id, key)
    g.add((s, p, o))
    g.add((node, RDF.type, GWR.StatedRelation))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    add_evidence(g, report, node, span_of(rec))


def names_of(report: Report, entities: dict[str, Entity]) -> set[tuple[str, str]]:
    """(name, entity) pairs that name entities in this report: the registry's proper names, then the report's
    own relative names (全市, 市政府 of report.yaml), so that one report's 全市 never links another's place."""
    return {(name, e.id) for e in entities.values() for name in e.proper_names} | set(report.relative_names.items())


def find_mentions(report: Report, entities: dict[str, Entity]) -> list[tuple[int, int, str]]:
    """Every occurrence of an entity's name in this report, longest match first, never overlapping."""
    candidates: list[tuple[int, int, str]] = []
    for name, ref in names_of(report, entities):
        at = report.text.find(name)
        while at >= 0:
            candidates.append((at, at + len(name), ref))
            at = report.text.find(name, at + 1)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken = bytearray(len(report.text))
    chosen = []
    for start, end, ref in candidates:
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, ref))
    return sorted(chosen)


def mention_triples(g: Graph, report: Report, entities: dict[str, Entity]) -> None:
    for start, end, ref in find_mentions(report, entities):
        paragraph = report.paragraph_at(start, end)
        if paragraph is None:
            continue
        node = report_thing("mention", report.id, f"{start}-{end}")
        g.add((node, RDF.type, GWR.Mention))
        g.add((node, OA.hasBody, entity(ref)))
        g.add((node, OA.motivatedBy, OA.identifying))
        add_evidence(g, report, node, Span(start, end, paragraph.number), link=OA.hasTarget)


def report_graph(report: Report, records: Records, vocab: Vocabulary, g: Graph) -> Graph:
    structure_graph(report, g)
    for rec in records.records:
        if rec.list == "facts":
            fact_triples(g, report, rec, vocab)
        elif rec.list == "aims":
            aim_triples(g, report, rec, vocab)
        elif rec.list == "statuses":
            status_triples(g, report, rec, vocab)
        elif rec.list == "commitments":
            commitment_triples(g, report, rec, vocab)
        elif rec.list == "relations":
            relation_triples(g, report, rec, vocab)
    if report.meta.get("scope", "full") == "full":     # a headline-only report draws no entity mentions
        mention_triples(g, report, records.entities)
    return g


def dataset(settings: Settings, reports: list[tuple[Report, Records]], vocab: Vocabulary) -> Dataset:
    """All named graphs: the ontology, the entity registry and one graph per report."""
    ds = Dataset()
    ont = ds.graph(ONTOLOGY_GRAPH)
    for t in ontology_graph(settings):
        ont.add(t)
    ent = ds.graph(ENTITIES_GRAPH)
    entities: dict[str, Entity] = {}
    for _, recs in reports:
        entities.update(recs.entities)
    entity_graph(entities, ent, relative_labels([report for report, _ in reports]))
    for report, recs in reports:
        report_graph(report, recs, vocab, ds.graph(graph_of(report.id)))
    return rebased(ds, settings.base_iri)


def rebase_term(term, base: str):
    """A term under iris.DEFAULT_BASE (the namespace of the ontology files and of minting) under `base`; a
    literal that names such an IRI (vann:preferredNamespaceUri, sh:namespace) moves with it."""
    if isinstance(term, URIRef) and str(term).startswith(DEFAULT_BASE):
        return URIRef(rebase(str(term), base))
    if isinstance(term, Literal) and str(term).startswith(DEFAULT_BASE):
        return Literal(rebase(str(term), base), lang=term.language, datatype=term.datatype)
    return term


def rebased(ds: Dataset, base: str) -> Dataset:
    """The dataset with every IRI under DEFAULT_BASE moved under `base` (GWR_BASE_IRI); itself when they agree."""
    if base == DEFAULT_BASE:
        return ds
    out = Dataset()
    for s, p, o, c in ds.quads((None, None, None, None)):
        name = getattr(c, "identifier", c)
        out.graph(rebase_term(name, base)).add(tuple(rebase_term(t, base) for t in (s, p, o)))
    return out

