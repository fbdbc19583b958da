"""Graph → SHACL (pySHACL, no inference) + QC queries (Oxigraph). Any violation or QC row fails.

Shapes: ontology/shapes.ttl, with sh:Violation (must hold) and sh:Warning (recommended) severities.
QC queries: queries/qc/*.rq, SELECTs whose every row is a problem.
"""
from __future__ import annotations

import multiprocessing
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


TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)   # SHACL §2.1.3


def focus_count(data: Graph, predicate: URIRef, value) -> int:
    """How many focus nodes one target declaration selects (SHACL §2.1.3; no inference, as the run)."""
    if predicate == SH.targetClass:
        return sum(1 for _ in data.subjects(RDF.type, value))
    if predicate == SH.targetNode:
        return 1
    if predicate == SH.targetObjectsOf:
        return len(set(data.objects(None, value)))
    return len(set(data.subjects(value, None)))


def shares(data: Graph, shapes: Graph) -> list:
    """Every shape that declares a target (SHACL §2.1.3), the heaviest first by an estimate of its work: focus
    nodes × (constraints + 1). Each is one task of a parallel run; a shape's targets stay together, so a node two
    of them select is validated once, as in one run."""
    declared = {s for p in TARGETS for s in shapes.subjects(p, None)}
    cost = {s: sum(focus_count(data, p, o) for p in TARGETS for o in shapes.objects(s, p))
            * (1 + len(set(shapes.objects(s, None)))) for s in declared}
    return sorted(declared, key=lambda s: (-cost[s], str(s)))


def keeping(shapes: Graph, shape) -> Graph:
    """The shapes graph with the targets of one shape and none of the others'. A shape without a target is
    validated only where another refers to it (SHACL §2.1.3), so every shape stays; only this one's are focus."""
    g = Graph()
    for triple in shapes:
        if triple[1] not in TARGETS or triple[0] == shape:
            g.add(triple)
    return g


_WORKER: dict = {}     # in a forked worker only: the data and shapes graphs, inherited, never pickled


def _inherit(data: Graph, shapes: Graph) -> None:
    _WORKER.update(data=data, shapes=shapes)


def _validate_shape(shape) -> list[Finding]:
    return shacl(_WORKER["data"], keeping(_WORKER["shapes"], shape), names=_WORKER["shapes"])


def shacl(data: Graph, shapes: Graph, jobs: int = 1, names: Graph | None = None) -> list[Finding]:
    """Run pySHACL without inference; one Finding per validation result, named by its shape.

    With jobs > 1 (and fork, so the parsed graphs are inherited, not pickled) each shape with a target is a task for
    a pool of that many processes, the heaviest first (`shares`), and the findings are merged: the same list, in
    the same order, as one process gives."""
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, initializer=_inherit, initargs=(data, shapes)) as pool:
            found = [f for part in pool.imap_unordered(_validate_shape, shares(data, shapes)) for f in part]
        return sorted(found, key=lambda f: (f.severity, f.shape, f.focus, f.value))
    names = shapes if names is None else names
    _, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none", allow_warnings=True,
                                   advanced=False, abort_on_first=False)
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        source = results.value(result, SH.sourceShape)
        # Name the rule: a named property/node shape, or the node shape around a blank one.
        name = short(source, names)
        if not isinstance(source, URIRef):
            parent = next((s for s in names.subjects(SH.property, source)), None) or \
                next((s for s in names.subjects(SH.sparql, source)), None)
            name = short(parent, names) if parent is not None else "(anonymous shape)"
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


def validate(settings: Settings, ds: Dataset | None = None, jobs: int = 1) -> ValidationReport:
    """Validate the built graph (from data/graph/all.nq unless a dataset is given), SHACL on `jobs` processes."""
    if ds is None:
        data = data_graph_of_dump(Path(settings.graph_dir / "all.nq"), settings.base_iri)
    else:
        data = data_graph(ds, settings.base_iri)
    report = ValidationReport()
    report.findings.extend(shacl(data, shapes_graph(settings), jobs=jobs))
    report.findings.extend(qc(open_store(settings), settings))
    return report
