"""`python -m api validate --drafts PATH [--sample N]`: each drafted graph of an N-Quads file → SHACL.

The drafted layer (README "Reviewed and drafted") has its own shapes, ontology/drafted-shapes.ttl: the reviewed
shapes reject drafts by design. Each named graph graph/draft/<id> is validated apart with pySHACL, as
api/validate.py validates the reviewed graph (no inference, the ontology kept out of the data graph).

Streaming: the file (gzip, RFC 1952, or plain) is read in blocks, never whole (the corpus is ~16 M quads). draft-corpus
writes each graph's quads together (reports in id order), so a graph is a run of consecutive lines: a block whose
first and last lines name the same graph is one run and needs no splitting, and a graph outside the sample is
skipped without being parsed (a block is one run when every line ends with the graph of its first line). A
graph found in two runs is reported, not merged.

Sample: N graphs evenly spaced over the sorted ids. The ids come from the manifest beside the file
(draft-corpus's manifest.json) when its `nquads_sha256` is the file's, else from a first pass over the file.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from api import iris
from api.settings import Settings
from api.validate import Finding, ValidationReport, shacl

BLOCK = 1 << 16        # bytes of decompressed text per read: most blocks lie inside one graph (~1.2 MB each)


def drafted_shapes(settings: Settings) -> Graph:
    """ontology/drafted-shapes.ttl, its IRIs under the configured base (GWR_BASE_IRI)."""
    text = (settings.ontology_dir / "drafted-shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=iris.rebase(text, settings.base_iri), format="turtle")


def graph_of(line: bytes) -> bytes:
    """The graph IRI of one N-Quads line (RDF 1.1 N-Quads §2: the graph label is the last term before '.')."""
    s = line.rstrip()
    if not s.endswith(b"."):
        raise ValueError(f"not an N-Quads line: {line[:120]!r}")
    s = s[:-1].rstrip()
    if not s.endswith(b">"):
        return b""                      # a blank-node graph label or a triple of the default graph: no IRI
    return s[s.rfind(b"<") + 1:-1]


def runs(path: Path, block: int = BLOCK) -> Iterator[tuple[bytes, bytes]]:
    """(graph IRI, text) for each run of consecutive lines of one graph; a graph may come in several pieces in a
    row (one per block it spans)."""
    opener = gzip.open if _is_gzip(path) else open
    with opener(path, "rb") as fh:
        rest = b""
        while True:
            chunk = fh.read(block)
            data = rest + chunk
            if not chunk:
                if data.strip():
                    yield graph_of(data), data
                return
            cut = data.rfind(b"\n") + 1
            data, rest = data[:cut], data[cut:]
            if not data:
                continue
            first = graph_of(data[:data.find(b"\n") + 1])
            last = graph_of(data[data.rfind(b"\n", 0, len(data) - 1) + 1:])
            if first == last and data.count(b" <" + first + b"> .\n") == data.count(b"\n"):
                yield first, data       # every line of the block ends with this graph: one run, no splitting
                continue
            name, lines = first, list[bytes]()
            for line in data.splitlines(keepends=True):
                if not line.strip() or line.lstrip().startswith(b"#"):
                    continue
                g = graph_of(line)
                if g != name:
                    if lines:
                        yield name, b"".join(lines)
                    name, lines = g, []
                lines.append(line)
            if lines:
                yield name, b"".join(lines)


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def graphs(path: Path, wanted: set[str] | None = None, block: int = BLOCK) -> Iterator[tuple[str, bytes | None]]:
    """(graph IRI, its N-Quads) for every graph in file order, its text None when not `wanted` (not kept). A graph
    whose lines are not contiguous comes twice: the caller reports it."""
    name: bytes | None = None
    parts: list[bytes] = []
    keep = False
    for g, text in runs(path, block):
        if g != name:
            if name is not None:
                yield name.decode("utf-8"), b"".join(parts) if keep else None
            name, parts = g, []
            keep = wanted is None or g.decode("utf-8") in wanted
        if keep:
            parts.append(text)
    if name is not None:
        yield name.decode("utf-8"), b"".join(parts) if keep else None


def graph_names(path: Path) -> list[str]:
    """The drafted graphs of the file: from the manifest beside it when it describes this very file, else read."""
    manifest = path.parent / "manifest.json"
    if manifest.is_file():
        m = json.loads(manifest.read_text(encoding="utf-8"))
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        if m.get("nquads_sha256") == digest.hexdigest() and m.get("per_report"):
            base = m.get("graphs", {}).get("drafted", "").replace("<report>", "")
            if base:
                return sorted(base + r["report"] for r in m["per_report"])
    return sorted({name for name, _ in graphs(path, wanted=set())})


def sample(names: list[str], n: int | None) -> list[str]:
    """N names evenly spaced over the sorted names (the first always in), or all of them."""
    names = sorted(names)
    if n is None or n >= len(names):
        return names
    return [names[i * len(names) // n] for i in range(max(n, 0))]


def triples(quads: bytes) -> Graph:
    """One graph's N-Quads → an rdflib Graph of its triples (Oxigraph parses, rdflib reads N-Triples: as
    api.validate.data_graph_of_dump)."""
    parsed = ox.parse(quads, format=ox.RdfFormat.N_QUADS)
    text = ox.serialize((q.triple for q in parsed), format=ox.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=text.decode("utf-8"), format="nt")


@dataclass
class GraphResult:
    name: str
    triples: int
    report: ValidationReport = field(default_factory=ValidationReport)


def validate_drafts(settings: Settings, path: Path, n: int | None = None,
                    log: Callable[[GraphResult], None] | None = None) -> list[GraphResult]:
    """Validate every drafted graph of `path` (or a sample of `n`), one at a time; `log` sees each result."""
    shapes = drafted_shapes(settings)
    prefix = iris.prefixes(settings.base_iri)["graph"] + "draft/"
    wanted = set(sample(graph_names(path), n)) if n is not None else None
    results: list[GraphResult] = []
    seen: set[str] = set()
    for name, text in graphs(path, wanted):
        problems = []
        if name in seen:
            problems.append(Finding("Violation", "(file)", name, "the graph's quads are not contiguous in the file"))
        seen.add(name)
        if not name.startswith(prefix):
            problems.append(Finding("Violation", "(file)", name or "(default graph)",
                                    f"not a drafted graph (graph IRIs start with {prefix})"))
        if text is None and not problems:
            continue
        data = triples(text) if text is not None else Graph()
        result = GraphResult(name, len(data))
        result.report.findings.extend(problems)
        if text is not None:
            result.report.findings.extend(shacl(data, shapes))
        results.append(result)
        if log is not None:
            log(result)
    if wanted is not None:
        for name in sorted(wanted - seen):
            result = GraphResult(name, 0, ValidationReport([Finding("Violation", "(file)", name, "graph not found")]))
            results.append(result)
            if log is not None:
                log(result)
    return results


def run(settings: Settings, path: Path, n: int | None, limit: int, out, err) -> int:
    """The CLI: a line per graph, the findings of a graph that has any violation, a total; 1 on any violation."""
    started = time.perf_counter()

    def log(r: GraphResult) -> None:
        rep = r.report
        print(f"{r.name}: {r.triples} triples, {len(rep.violations)} violation(s), {len(rep.warnings)} warning(s)",
              file=out, flush=True)
        if rep.findings:
            print("\n".join("  " + line for line in rep.text(limit=limit).splitlines()[:-1]),
                  file=err if not rep.ok else out, flush=True)

    results = validate_drafts(settings, path, n, log)
    violations = sum(len(r.report.violations) for r in results)
    warnings = sum(len(r.report.warnings) for r in results)
    bad = sum(1 for r in results if not r.report.ok)
    print(f"{len(results)} graph(s), {sum(r.triples for r in results):,} triples: {violations} violation(s) in "
          f"{bad} graph(s), {warnings} warning(s); {time.perf_counter() - started:.1f} s", file=out)
    return 1 if violations or not results else 0
