"""Graph → SHACL (pySHACL, no inference) + QC queries (Oxigraph). Any violation or QC row fails.

Shapes: ontology/shapes.ttl, with sh:Violation (must hold) and sh:Warning (recommended) severities.
QC queries: queries/qc/*.rq, SELECTs whose every row is a problem.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import RDF

from api import iris
from api.queries import list_queries, rows_of
from api.settings import Settings
from api.store import open_store, run_query

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Finding:
    severity: str        # "Violation" or "Warning"
    shape: str           # the shape (or QC query) that found it
    focus: str
    message: str
    value: str = ""


@dataclass
class ValidationReport:
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Warning"]

    @property
    def ok(self) -> bool:
        return not self.violations

    def text(self, limit: int = 20) -> str:
        lines = []
        for severity, items in (("Violation", self.violations), ("Warning", self.warnings)):
            by_shape = Counter(f.shape for f in items)
            for shape, n in sorted(by_shape.items()):
                lines.append(f"{severity}: {shape} ({n})")
                for f in [f for f in items if f.shape == shape][:limit]:
                    lines.append(f"  {f.focus}: {f.message}" + (f" [{f.value}]" if f.value else ""))
        lines.append(f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s)")
        return "\n".join(lines)


def shapes_graph(settings: Settings) -> Graph:
    """ontology/shapes.ttl, its IRIs under the configured base (GWR_BASE_IRI)."""
    text = (settings.ontology_dir / "shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=iris.rebase(text, settings.base_iri), format="turtle")


def short(node, shapes: Graph) -> str:
    """A shape or focus node as shp:Name or id:kind/key (the namespaces of the graph being validated)."""
    if isinstance(node, URIRef):
        for prefix, ns in shapes.namespaces():
            if prefix in ("shp", "id") and str(node).startswith(str(ns)):
                return f"{prefix}:{str(node)[len(str(ns)):]}"
    return str(node)


def shacl(data: Graph, shapes: Graph) -> list[Finding]:
    """Run pySHACL without inference; one Finding per validation result, named by its shape."""
    _, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none", allow_warnings=True,
                                   advanced=False, abort_on_first=False)
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        source = results.value(result, SH.sourceShape)
        # Name the rule: a named property/node shape, or the node shape around a blank one.
        name = short(source, shapes)
        if not isinstance(source, URIRef):
            parent = next((s for s in shapes.subjects(SH.property, source)), None) or \
                next((s for s in shapes.subjects(SH.sparql, source)), None)
            name = short(parent, shapes) if parent is not None else "(anonymous shape)"
        message = str(results.value(result, SH.resultMessage) or "")
        value = results.value(result, SH.value)
        findings.append(Finding(severity, name, str(results.value(result, SH.focusNode)), message,
                                "" if value is None else str(value)))
    return sorted(findings, key=lambda f: (f.severity, f.shape, f.focus, f.value))


def qc(store: ox.Store, settings: Settings) -> list[Finding]:
    findings = []
    for q in list_queries(settings.queries_dir / "qc", settings.base_iri):
        answer = run_query(store, q.text, prefixes=iris.prefixes(settings.base_iri))
        if isinstance(answer, ox.QueryBoolean):   # an ASK (the Data Cube integrity constraints): true is a problem
            if bool(answer):
                findings.append(Finding("Violation", f"qc/{q.name}", q.name, q.title, "ASK is true"))
            continue
        names, rows = rows_of(answer)
        for row in rows:
            findings.append(Finding("Violation", f"qc/{q.name}", row[0], q.title,
                                    ", ".join(f"{n}={v}" for n, v in zip(names[1:], row[1:], strict=True))))
    return findings


def data_graph(ds: Dataset, base: str = iris.DEFAULT_BASE) -> Graph:
    """Every named graph but the ontology: ontology axioms stay out of the data graph."""
    g = Graph()
    ontology = URIRef(iris.prefixes(base)["graph"] + "ontology")
    for s, p, o, c in ds.quads((None, None, None, None)):
        if c is not None and getattr(c, "identifier", c) != ontology:
            g.add((s, p, o))
    return g


def data_graph_of_dump(path: Path, base: str = iris.DEFAULT_BASE) -> Graph:
    """The data graph of an N-Quads dump (every named graph but the ontology), as data_graph(ds) gives it.

    Oxigraph parses the dump and writes its triples as N-Triples (RDF 1.1 N-Triples, §2), which rdflib parses
    into one Graph: about 4× faster than rdflib's N-Quads parser into a Dataset and a copy out of it.
    """
    ontology = ox.NamedNode(iris.prefixes(base)["graph"] + "ontology")
    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    triples = ox.serialize((q.triple for q in quads if q.graph_name != ontology), format=ox.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=triples.decode("utf-8"), format="nt")


def validate(settings: Settings, ds: Dataset | None = None) -> ValidationReport:
    """Validate the built graph (from data/graph/all.nq unless a dataset is given)."""
    if ds is None:
        data = data_graph_of_dump(Path(settings.graph_dir / "all.nq"), settings.base_iri)
    else:
        data = data_graph(ds, settings.base_iri)
    report = ValidationReport()
    report.findings.extend(shacl(data, shapes_graph(settings)))
    report.findings.extend(qc(open_store(settings), settings))
    return report
