"""Graph → canonical files: byte-identical for the same input, and diff-friendly.

- N-Quads: one quad per line, sorted (the canonical dump every other file is made from).
- Turtle: one file per named graph, written by Oxigraph's serializer from the sorted triples (so subjects come
  in IRI order, one predicate per line), with the prefix lines sorted.
- JSON-LD: all graphs compacted with the published context (rdflib), nodes and keys sorted.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from api import iris
from api.settings import Settings


def nquads(ds: Dataset) -> str:
    """All quads, one per line, sorted."""
    return merged(ds.serialize(format="nquads"))


def merged(*texts: str) -> str:
    """N-Quads texts as one: every quad once, one per line, sorted (a quad's line does not depend on the rest)."""
    # split("\n"), not splitlines(): the writer leaves U+2028, U+0085, \x0b … unescaped inside literals.
    lines = sorted({line for text in texts for line in text.split("\n") if line.strip()})
    return "\n".join(lines) + "\n"


def by_graph(quads: str) -> dict[str, list[ox.Triple]]:
    """The sorted N-Quads text parsed once: each named graph's IRI → its triples, in the text's order."""
    graphs: dict[str, list[ox.Triple]] = {}
    for q in ox.parse(quads.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        if isinstance(q.graph_name, ox.NamedNode):
            graphs.setdefault(q.graph_name.value, []).append(q.triple)
    return graphs


def turtle(triples: list[ox.Triple], base: str = iris.DEFAULT_BASE) -> str:
    """One named graph's triples (from by_graph) as Turtle, with the prefixes of iris.file_prefixes."""
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=iris.file_prefixes(base))
    assert data is not None                 # no output given: serialize returns the bytes
    text = data.decode("utf-8")
    lines = text.split("\n")
    head = [line for line in lines if line.startswith("@prefix ")]
    body = [line for line in lines if not line.startswith("@prefix ")]
    return "\n".join(sorted(head) + [""] + body)


def jsonld(quads: str, context: dict, base: str = iris.DEFAULT_BASE) -> str:
    """All named graphs as JSON-LD compacted with the published context; keys, nodes and values sorted.

    The input is the sorted N-Quads text, so that multi-valued properties come out in a stable order.
    """
    ordered = Dataset()
    ordered.parse(data=quads, format="nquads")
    text = ordered.serialize(format="json-ld", context=context["@context"], auto_compact=True)
    doc = json.loads(text)
    graphs = doc.get("@graph", [])

    def key(node):
        return node.get("@id", "") if isinstance(node, dict) else str(node)

    for g in graphs:
        if isinstance(g, dict) and isinstance(g.get("@graph"), list):
            g["@graph"].sort(key=key)
    if isinstance(graphs, list):
        graphs.sort(key=key)
    doc["@context"] = base + "context.jsonld"
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def graph_file(settings: Settings, name: str) -> Path:
    return settings.graph_dir / f"{name}.ttl"
