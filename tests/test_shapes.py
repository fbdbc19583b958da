"""Every SHACL rule has a conforming example (a node of the built mini graph) and a non-conforming one (a clone
of that node with one thing broken), and the non-conforming one fails at exactly that rule.

All broken clones live in one graph so that pySHACL runs once.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from api.namespaces import GWR, ID, OA, QUDT, SCHEMA
from api.validate import SH, TARGETS, data_graph, shacl, shapes_graph, shares

SHP = Namespace("https://w3id.org/gwr/shapes#")
FACT = ID["fact/dalian-2024-r2023-gdp-growth"]
RANGE_FACT = ID["fact/dalian-2024-t2024-national-innovation-platforms"]
STATUS = ID["status-report/dalian-2024-s2023-jinzhouwan-airport-started"]
COMMITMENT = ID["commitment/dalian-2024-c2024-jinzhouwan-airport-main-works"]
PARAGRAPH = ID["paragraph/dalian-2024-5"]
REPORT = ID["report/dalian-2024"]
DIVISION = ID["place/ganjingzi-district"]
ENTITY = ID["zone/jinpu-new-area"]
INDICATOR = ID["indicator/gdp"]
AIM = ID["aim/dalian-2025-a2025-prices-stable"]
ESTIMATE = ID["fact/dalian-2026-r2025-gdp-growth"]
ASSESSMENT = ID["assessment/dalian-2025-t2025-gdp-growth--dalian-2026-r2025-gdp-growth"]


def relation(g: Graph) -> URIRef:
    return next(g.subjects(RDF.type, GWR.StatedRelation))


def mention(g: Graph) -> URIRef:
    return sorted(g.subjects(RDF.type, GWR.Mention))[0]


def clone(g: Graph, node: URIRef, name: str) -> URIRef:
    """Copy a node and its hash sub-resources (#evidence, #quote, #position) under a new IRI."""
    new = URIRef(f"{node}-broken-{name}")
    prefix = str(node) + "#"
    for s, p, o in list(g):
        if s == node or str(s).startswith(prefix):
            ns = new if s == node else URIRef(str(new) + str(s)[len(str(node)):])
            inside = isinstance(o, URIRef) and str(o).startswith(prefix)
            no = URIRef(str(new) + str(o)[len(str(node)):]) if inside else o
            g.add((ns, p, no))
    return new


def drop(prop):
    return lambda g, n: g.remove((n, prop, None))


def replace(prop, value):
    def change(g, n):
        g.remove((n, prop, None))
        g.add((n, prop, value))
    return change


def add(prop, value):
    return lambda g, n: g.add((n, prop, value))


def selector(g, n, kind):
    ev = g.value(n, GWR.evidence) or g.value(n, OA.hasTarget)
    return next(s for s in g.objects(ev, OA.hasSelector) if (s, RDF.type, kind) in g)


def shift_start(g, n):
    pos = selector(g, n, OA.TextPositionSelector)
    start = int(g.value(pos, OA.start))
    g.set((pos, OA.start, Literal(start + 1, datatype=XSD.integer)))


def drop_selector(kind):
    def change(g, n):
        ev = g.value(n, GWR.evidence)
        g.remove((ev, OA.hasSelector, selector(g, n, kind)))
    return change


def on_evidence(change):
    return lambda g, n: change(g, g.value(n, GWR.evidence))


def zh_labels_twice(g, n):
    g.add((n, SKOS.prefLabel, Literal("另一个名字", lang="zh")))


# rule → (the conforming template node, how to break a clone of it)
CASES = {
    "Fact-indicator": (FACT, drop(GWR.indicator)),
    "Fact-about": (FACT, add(GWR.about, ID["place/liaoning"])),
    "Fact-period": (FACT, replace(GWR.period, Literal("2023"))),
    "Fact-unit": (FACT, drop(QUDT.unit)),
    "Fact-comparison": (FACT, replace(GWR.comparison, ID["measure-level"])),
    "Fact-measure": (FACT, replace(GWR.measure, ID["comparison-about"])),
    "Fact-direction": (FACT, replace(GWR.direction, ID["status-started"])),
    "Fact-baseline": (FACT, add(GWR.baseline, ID["baseline-level-of"])),
    "Fact-valueAsWritten": (FACT, drop(GWR.valueAsWritten)),
    "Fact-unitAsWritten": (FACT, drop(GWR.unitAsWritten)),
    "Fact-quote": (FACT, drop(GWR.quote)),
    "Fact-evidence": (FACT, drop(GWR.evidence)),
    "Fact-paragraph": (FACT, replace(GWR.paragraph, REPORT)),
    "Fact-value-or-range": (FACT, add(GWR.minValue, Literal(Decimal(1)))),
    "Fact-change-has-direction": (FACT, drop(GWR.direction)),
    "Fact-value-in-quote": (FACT, replace(GWR.valueAsWritten, Literal("7%"))),
    "Statement-quote-at-offsets": (FACT, shift_start),
    "Evidence": (FACT, on_evidence(lambda g, ev: g.remove((ev, RDF.type, OA.SpecificResource)))),
    "Evidence-source": (FACT, on_evidence(drop(OA.hasSource))),
    "Evidence-quote-selector": (FACT, drop_selector(OA.TextQuoteSelector)),
    "Evidence-position-selector": (FACT, drop_selector(OA.TextPositionSelector)),
    "StatusReport-about": (STATUS, drop(GWR.about)),
    "StatusReport-status": (STATUS, replace(GWR.status, ID["comparison-about"])),
    "StatusReport-written": (STATUS, drop(GWR.statusAsWritten)),
    "Statement-evidence": (STATUS, drop(GWR.evidence)),
    "Statement-period": (STATUS, drop(GWR.period)),
    "Commitment-about": (COMMITMENT, drop(GWR.about)),
    "Commitment-action": (COMMITMENT, drop(GWR.action)),
    "Commitment-status": (COMMITMENT, add(GWR.status, ID["status-completed"])),
    "StatedRelation": (relation, replace(RDF.object, ID["place/liaoning"])),
    "StatedRelation-subject": (relation, drop(RDF.subject)),
    "StatedRelation-predicate": (relation, replace(RDF.predicate, SKOS.related)),
    "StatedRelation-object": (relation, drop(RDF.object)),
    "Mention-body": (mention, drop(OA.hasBody)),
    "Mention-target": (mention, drop(OA.hasTarget)),
    "Report-title": (REPORT, add(DCTERMS.title, Literal("另一个标题", lang="zh"))),
    "Report-text": (REPORT, drop(GWR.text)),
    "Paragraph-text": (PARAGRAPH, drop(SCHEMA.text)),
    "Paragraph-start": (PARAGRAPH, replace(OA.start, Literal(-1))),
    "Paragraph-end": (PARAGRAPH, drop(OA.end)),
    "Paragraph-position": (PARAGRAPH, drop(SCHEMA.position)),
    "Paragraph-report": (PARAGRAPH, drop(GWR.report)),
    "Entity-zh-label": (ENTITY, lambda g, n: g.remove((n, SKOS.prefLabel, Literal("金普新区", lang="zh")))),
    "Entity-one-label-per-language": (ENTITY, zh_labels_twice),
    "Entity-en-label": (ENTITY, lambda g, n: [g.remove((n, SKOS.prefLabel, o))
                                              for o in list(g.objects(n, SKOS.prefLabel)) if o.language == "en"]),
    "Entity-pinyin-label": (ENTITY, lambda g, n: [g.remove((n, SKOS.prefLabel, o))
                                                  for o in list(g.objects(n, SKOS.prefLabel))
                                                  if o.language == "zh-latn-pinyin"]),
    "Entity-mentioned": (ENTITY, lambda g, n: None),   # a fresh clone has no mention
    "Division-code": (DIVISION, replace(GWR.divisionCode, Literal("021021"))),
    "Division-code-present": (DIVISION, drop(GWR.divisionCode)),
    "Division-wikidata": (DIVISION, drop(SKOS.exactMatch)),
    "Indicator-scheme": (INDICATOR, drop(SKOS.inScheme)),
    "QualitativeTarget-indicator": (AIM, replace(GWR.indicator, ID["place/dalian"])),
    "QualitativeTarget-about": (AIM, drop(GWR.about)),
    "Statement-modality": (ESTIMATE, drop(GWR.modalityAsWritten)),
    "Assessment-target": (ASSESSMENT, replace(GWR.target, ESTIMATE)),
    "Assessment-outcome": (ASSESSMENT, drop(GWR.outcome)),
    "Assessment-attainment": (ASSESSMENT, replace(GWR.attainment, ID["comparison-about"])),
}
# Shapes that only group others (no constraint of their own) or serve inside sh:xone / qualified shapes.
GROUPING = {"Assessment", "QualitativeTarget", "Commitment", "Division", "Entity", "Fact", "Indicator", "Mention",
            "Paragraph", "Report", "StatusReport", "Fact-range", "Fact-single-value", "PositionSelector",
            "QuoteSelector"}


@pytest.fixture(scope="module")
def graphs(mini_settings):
    ds = Dataset()
    ds.parse(mini_settings.graph_dir / "all.nq", format="nquads")
    good = data_graph(ds)
    bad = data_graph(ds)
    templates, clones = {}, {}
    for rule, (template, change) in CASES.items():
        node = template(good) if callable(template) else template
        assert (node, None, None) in good, f"the mini graph has no {node} for {rule}"
        templates[rule] = node
        clones[rule] = clone(bad, node, rule.lower())
        change(bad, clones[rule])
    shapes = shapes_graph(mini_settings)
    return shacl(good, shapes), shacl(bad, shapes), templates, clones, bad, shapes


def test_every_rule_has_a_case(mini_settings):
    shapes = shapes_graph(mini_settings)
    named = {str(s).split("#")[1] for t in (SH.NodeShape, SH.PropertyShape)
             for s in shapes.subjects(RDF.type, t) if str(s).startswith(str(SHP))}
    assert named - GROUPING == set(CASES)


def test_the_built_graph_conforms(graphs):
    good, *_ = graphs
    assert [f for f in good if f.severity == "Violation"] == []


def findings_for(findings, rule, node):
    """Findings of a rule about a node or its hash sub-resources (as focus node or as value)."""
    def about(term: str) -> bool:
        return term == str(node) or term.startswith(f"{node}#")
    return [f for f in findings if f.shape == f"shp:{rule}" and (about(f.focus) or about(f.value))]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_passes_its_good_example_and_fails_its_bad_one(graphs, rule):
    good, bad, templates, clones, *_ = graphs
    assert findings_for(good, rule, templates[rule]) == []
    found = findings_for(bad, rule, clones[rule])
    assert found, f"shp:{rule} did not fire on {clones[rule]}"
    assert all(f.message for f in found)


def test_warnings_do_not_fail_validation(graphs):
    _, bad, _, clones, *_ = graphs
    severities = {f.severity for f in findings_for(bad, "Entity-en-label", clones["Entity-en-label"])}
    assert severities == {"Warning"}


def test_shacl_on_two_processes_finds_what_one_finds(graphs):
    """`validate --jobs 2` splits the shapes' targets across forked processes: the same findings, in the same order,
    over a graph that breaks every rule (each shape's targets stay together, so no node is validated twice)."""
    _, bad, _, _, data, shapes = graphs
    assert len({f.shape for f in bad}) == len(CASES)
    assert shacl(data, shapes, jobs=2) == bad
    assert len(shares(data, shapes)) == len({s for p in TARGETS for s in shapes.subjects(p, None)})
