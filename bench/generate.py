"""Synthetic corpora for the scale benchmark: N report-shaped graphs derived from the real one.

    python bench/generate.py --reports 100 --out /tmp/gwr-scale/100 [--source data/graph/all.nq] [--check]

The output is a project root the service can serve (GWR_ROOT=OUT python -m api serve): OUT/data/graph/all.nq
plus links to the repository's ontology/ and queries/, and OUT/shape.json, the shape profile of the real
report graph that every synthetic report reproduces.

How a synthetic report is made. "N reports" means the real dump (its R real reports, today one:
dalian-2024) plus N - R synthetic copies of a template report (the first real one). Synthetic report k has
the report key `<template>-synth<k>` (graph <base>graph/dalian-2024-synth7, facts
<base>id/fact/dalian-2024-synth7-r2023-gdp, mentions, paragraphs …, exactly as the build mints them for a
real report), and its own copy of every report-specific entity of the registry (place, zone, project, org,
event, programme, brand: <base>id/project/jinzhouwan-international-airport-synth7, in the entities graph
like the real ones). Shared vocabularies stay shared: indicators and industries (SKOS concepts), the
ontology and its code lists, so facts of every report point at the same indicator/gdp, as they would in a
real multi-report corpus. Every string literal (report text, quotes, selectors, labels in zh, en and
pinyin) goes through a per-report substitution cipher: each CJK character maps to another character of
the real graph's inventory and each ASCII letter to another letter, so lengths, code-point offsets
(oa:start/oa:end still point at the quote in the text), and the character mix are the real ones, while
search and text filters see different words in every report. Numbers, years and other typed literals,
language tags and codes are kept. So per-class counts, properties per node (degrees) and literal length
distributions of every synthetic report equal the real report's (`shape.json`; `--check` verifies it).
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import random
import re
import sys
import time
from itertools import chain
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/gwr/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# Entities every report gets its own copy of; indicator and industry concepts are shared.
REPORT_KINDS = ("place", "zone", "project", "org", "event", "programme", "brand")
SHARED_GRAPHS = (GRAPH + "entities", GRAPH + "ontology")
# String literals kept as they are (codes, language tags, digests).
KEEP = ("http://purl.org/dc/terms/language", "http://purl.org/dc/terms/identifier",
        BASE + "ontology#divisionCode", "http://www.w3.org/2004/02/skos/core#notation")
HOLE = "\x00"    # where a synthetic report's suffix goes in a template
SLOT = "\x01"    # where a (ciphered) literal goes
ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


class Template:
    """The real dump split into shared quads (written once) and one report's quads as a template."""

    def __init__(self, source: Path, report: str | None = None):
        quads = list(ox.parse(path=str(source), format=ox.RdfFormat.N_QUADS))
        graphs = sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)})
        self.reports = [g.removeprefix(GRAPH) for g in graphs if g.startswith(GRAPH) and g not in SHARED_GRAPHS]
        if not self.reports:
            raise SystemExit(f"{source}: no report graph to copy")
        self.report = report or self.reports[0]
        self.source = source
        self.real_quads = len(quads)
        report_graph = GRAPH + self.report
        self.entity_re = re.compile(re.escape(ID) + r"(" + "|".join(REPORT_KINDS) + r")/([^#/]+)(#.*)?$")
        self.thing_re = re.compile(re.escape(ID) + r"([a-z-]+)/" + re.escape(self.report) + r"((?:[-#].*)?)$")
        template = []
        for q in quads:
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
            if g == report_graph or (g == GRAPH + "entities" and isinstance(q.subject, ox.NamedNode)
                                     and self.entity_re.match(q.subject.value)):
                template.append(q)
        self.template = template
        inventory = sorted({ch for q in template if isinstance(q.object, ox.Literal)
                            for ch in q.object.value if is_cjk(ch)})
        self.inventory = inventory
        # One text with HOLEs and SLOTs, split at SLOTs once; literals kept apart, ciphered per report.
        parts, literals = [], []
        for q in template:
            line = [self.term(q.subject), " ", self.term(q.predicate), " "]
            o = q.object
            if isinstance(o, ox.Literal):
                dt = o.datatype.value if o.datatype else XSD_STRING
                plain = dt in (XSD_STRING, LANG_STRING) and q.predicate.value not in KEEP
                if plain:
                    line.append('"' + SLOT)
                    literals.append(o.value)
                    line.append('"' + (f"@{o.language}" if o.language else ""))
                else:
                    line.append(str(o))
            else:
                line.append(self.term(o))
            line.append(" " + self.term(q.graph_name) + " .\n")
            parts.append("".join(line))
        self.pieces_text = "".join(parts)
        self.literals = literals
        self.per_report = len(template)

    def term(self, t) -> str:
        """An IRI in N-Quads with a HOLE where a synthetic report's suffix goes."""
        if not isinstance(t, ox.NamedNode):
            return str(t)
        v = t.value
        if v == GRAPH + self.report:
            return f"<{v}{HOLE}>"
        m = self.thing_re.match(v)
        if m:
            return f"<{ID}{m.group(1)}/{self.report}{HOLE}{m.group(2)}>"
        m = self.entity_re.match(v)
        if m:
            return f"<{ID}{m.group(1)}/{m.group(2)}{HOLE}{m.group(3) or ''}>"
        return f"<{v}>"

    def cipher(self, k: int) -> dict:
        rng = random.Random(f"gwr-synth-{k}")
        shuffled = self.inventory[:]
        rng.shuffle(shuffled)
        table = {ord(a): b for a, b in zip(self.inventory, shuffled, strict=True)}
        letters = list("abcdefghijklmnopqrstuvwxyz")
        mixed = letters[:]
        rng.shuffle(mixed)
        for a, b in zip(letters, mixed, strict=True):
            table[ord(a)] = b
            table[ord(a.upper())] = b.upper()
        table.update({ord(a): b for a, b in ESCAPES.items()})
        return table

    def synthetic(self, k: int) -> str:
        """The N-Quads of synthetic report k."""
        pieces = self.pieces_text.replace(HOLE, f"-synth{k}").split(SLOT)
        table = self.cipher(k)
        lits = [v.translate(table) for v in self.literals] + [""]
        return "".join(chain.from_iterable(zip(pieces, lits, strict=False)))


def generate(reports: int, out: Path, source: Path | None = None, link: bool = True, quiet: bool = False) -> dict:
    """Write OUT/data/graph/all.nq for `reports` reports; returns what was written."""
    source = source or ROOT / "data" / "graph" / "all.nq"
    t0 = time.monotonic()
    tpl = Template(source)
    (out / "data" / "graph").mkdir(parents=True, exist_ok=True)
    if link:
        for name in ("ontology", "queries"):
            target = out / name
            if not target.exists():
                target.symlink_to(ROOT / name, target_is_directory=True)
    dump = out / "data" / "graph" / "all.nq"
    synthetic = max(0, reports - len(tpl.reports))
    tmp = dump.with_suffix(".nq.tmp")
    with open(source, "rb") as src, open(tmp, "wb") as f:
        while chunk := src.read(1 << 22):
            f.write(chunk)
        for k in range(1, synthetic + 1):
            f.write(tpl.synthetic(k).encode("utf-8"))
            if not quiet and k % 100 == 0:
                print(f"  {k}/{synthetic} synthetic reports", file=sys.stderr, flush=True)
    os.replace(tmp, dump)
    info = {"reports": len(tpl.reports) + synthetic, "source_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
            "real_reports": tpl.reports, "template": tpl.report,
            "synthetic": synthetic, "quads_per_report": tpl.per_report,
            "quads": tpl.real_quads + synthetic * tpl.per_report, "bytes": dump.stat().st_size,
            "seconds": round(time.monotonic() - t0, 2)}
    profile = shape(tpl.template, tpl.report)
    (out / "shape.json").write_text(json.dumps({"generated": info, "shape": profile}, ensure_ascii=False,
                                               indent=1), encoding="utf-8")
    return info


# --- shape profiles --------------------------------------------------------------------------------------

def shape(quads, report: str) -> dict:
    """Per-class instance counts, properties per node by class, and literal lengths by predicate."""
    types = collections.defaultdict(set)
    degree = collections.Counter()
    literal_lengths = collections.defaultdict(collections.Counter)
    for q in quads:
        s = q.subject.value
        degree[s] += 1
        if q.predicate.value == RDF_TYPE:
            types[s].add(q.object.value)
        if isinstance(q.object, ox.Literal):
            literal_lengths[q.predicate.value][len(q.object.value)] += 1
    classes = collections.Counter()
    degrees = collections.defaultdict(collections.Counter)
    for s, n in degree.items():
        key = " ".join(sorted(types.get(s, ()))) or "(untyped)"
        classes[key] += 1
        degrees[key][n] += 1
    return {
        "report": report,
        "quads": len(quads),
        "classes": dict(sorted(classes.items())),
        "degrees": {k: dict(sorted(v.items())) for k, v in sorted(degrees.items())},
        "literal_lengths": {p: dict(sorted(v.items())) for p, v in sorted(literal_lengths.items())},
    }


def summary(profile: dict) -> dict:
    """A short view of a profile: nodes, mean properties per node, literal length percentiles."""
    nodes = sum(profile["classes"].values())
    lengths = sorted(chain.from_iterable([int(n)] * c for v in profile["literal_lengths"].values()
                                         for n, c in v.items()))

    def pct(p):
        return lengths[min(len(lengths) - 1, int(p * len(lengths)))] if lengths else 0
    return {"quads": profile["quads"], "nodes": nodes, "classes": len(profile["classes"]),
            "mean_properties_per_node": round(profile["quads"] / max(1, nodes), 2),
            "literals": len(lengths), "literal_length_p50": pct(0.5), "literal_length_p90": pct(0.9),
            "literal_length_max": lengths[-1] if lengths else 0}


def synthetic_quads(dump: Path, k: int, report: str = "dalian-2024") -> list:
    """The quads of synthetic report k in a generated dump (its graph and its own entities)."""
    suffix = f"-synth{k}"
    entity_re = re.compile(re.escape(ID) + r"(" + "|".join(REPORT_KINDS) + r")/[^#/]+" + re.escape(suffix) + r"(#.*)?$")
    graph = GRAPH + report + suffix
    out = []
    for q in ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS):
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
        if g == graph or (g == GRAPH + "entities" and entity_re.match(q.subject.value)):
            out.append(q)
    return out


def check(out: Path, k: int = 1) -> list[str]:
    """Compare the shape of synthetic report k with the real template's; returns the differences."""
    data = json.loads((out / "shape.json").read_text(encoding="utf-8"))
    real = data["shape"]
    synth = shape(synthetic_quads(out / "data" / "graph" / "all.nq", k, real["report"]), real["report"])
    problems = []
    for key in ("quads", "classes", "degrees", "literal_lengths"):
        if json.dumps(real[key], sort_keys=True) != json.dumps(json.loads(json.dumps(synth[key])), sort_keys=True):
            problems.append(f"{key} differ")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, required=True, help="reports in the corpus (real ones included)")
    ap.add_argument("--out", type=Path, required=True, help="project root to write")
    ap.add_argument("--source", type=Path, default=ROOT / "data" / "graph" / "all.nq")
    ap.add_argument("--check", action="store_true", help="verify synthetic report 1 has the real shape")
    args = ap.parse_args()
    info = generate(args.reports, args.out, args.source)
    print(json.dumps(info, ensure_ascii=False))
    profile = json.loads((args.out / "shape.json").read_text(encoding="utf-8"))["shape"]
    print("shape of one report:", json.dumps(summary(profile), ensure_ascii=False))
    if args.check and info["synthetic"]:
        problems = check(args.out)
        print("check:", "synthetic report 1 has the real shape" if not problems else "; ".join(problems))
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
