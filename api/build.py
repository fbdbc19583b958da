"""Sources + curated records → checked records → named graphs → canonical files under data/graph/.

`python -m api build` runs this; it stops with every problem (file, record, reason) and writes nothing
when the records do not hold.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, URIRef

from api.derive import DERIVED_GRAPH, derive
from api.docs import ontology_html
from api.dump import by_graph, graph_file, jsonld, merged, nquads, turtle, write_if_changed
from api.graph import ENTITIES_GRAPH, ONTOLOGY_GRAPH, dataset
from api.iris import context, rebase
from api.namespaces import graph_of
from api.records import Problem, Records, RecordsError, load_records, load_registry
from api.settings import Settings
from api.source import Report, SourceError, load_report
from api.store import dump_path
from api.vocab import load_vocabulary


class Progress:
    """Step lines on stderr, with timings; quiet when asked."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.t0 = time.perf_counter()

    def step(self, message: str) -> None:
        if not self.quiet:
            print(f"[{time.perf_counter() - self.t0:6.2f}s] {message}", file=sys.stderr, flush=True)


@dataclass
class BuildResult:
    dataset: Dataset
    reports: list[tuple[Report, Records]]
    written: list[Path]
    quads: int


def load_all(settings: Settings, progress: Progress) -> list[tuple[Report, Records]]:
    vocab = load_vocabulary(settings.ontology_dir)
    registry = load_registry(settings.root, vocab)      # once, not once a report
    loaded, problems = [], []
    for rid in settings.report_ids():
        try:
            report = load_report(settings.reports_dir / rid, settings.root)
        except (SourceError, OSError, KeyError) as exc:
            problems.append(Problem(f"data/reports/{rid}/report.yaml", "(source)", str(exc)))
            continue
        progress.step(f"{rid}: cleaned text {len(report.text)} characters, {len(report.paragraphs)} paragraphs")
        try:
            records = load_records(report, settings.root, vocab, registry)
        except RecordsError as exc:
            problems.extend(exc.problems)
            continue
        progress.step(f"{rid}: {len(records.records)} records, {len(records.entities)} entities checked")
        loaded.append((report, records))
    if problems:
        raise RecordsError(problems)
    return loaded


def build(settings: Settings, quiet: bool = True) -> BuildResult:
    progress = Progress(quiet)
    reports = load_all(settings, progress)
    vocab = load_vocabulary(settings.ontology_dir)
    ds = dataset(settings, reports, vocab)
    curated = nquads(ds)
    quads = curated.count("\n")
    progress.step(f"graph: {quads} quads in {len(reports) + 2} named graphs")
    base = settings.base_iri
    derived_iri = URIRef(rebase(str(DERIVED_GRAPH), base))
    rules = Dataset()       # the derived triples alone, serialised once and merged with the curated quads
    derived = derive(curated, settings.queries_dir, base, rules.graph(derived_iri))
    for triple in rules.graph(derived_iri):
        ds.graph(derived_iri).add(triple)
    progress.step(f"derived: {derived} triples from the rules of queries/derive")
    quad_text = merged(curated, nquads(rules))
    graphs = by_graph(quad_text)
    outputs = {graph_file(settings, name): turtle(graphs.get(rebase(str(graph), base), []), base)
               for name, graph in [("ontology", ONTOLOGY_GRAPH), ("entities", ENTITIES_GRAPH),
                                   *((report.id, graph_of(report.id)) for report, _ in reports),
                                   ("derived", DERIVED_GRAPH)]}
    outputs[dump_path(settings)] = quad_text
    outputs[settings.graph_dir / "all.jsonld"] = jsonld(quad_text, context(settings.ontology_dir, base), base)
    outputs[settings.root / "docs" / "ontology.html"] = ontology_html(settings)
    written = [path for path, text in outputs.items() if write_if_changed(path, text)]
    progress.step(f"wrote {len(written)} of {len(outputs)} files under {settings.graph_dir}"
                  + (" (all unchanged)" if not written else ""))
    return BuildResult(ds, reports, written, quads)
