"""Graph → canonical files. Sorted N-Quads, rdflib's sorted long-form Turtle, JSON-LD with the published
context: byte-identical for the same input, and diff-friendly (one statement per line or block)."""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from api.namespaces import PREFIXES
from api.settings import Settings

EXTRA_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
}


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in {**EXTRA_PREFIXES, **{k: str(v) for k, v in PREFIXES.items()}}.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def nquads(ds: Dataset) -> str:
    """All quads, one per line, sorted."""
    text = ds.serialize(format="nquads")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"


def turtle(ds: Dataset, name: URIRef) -> str:
    """One named graph as sorted long-form Turtle (rdflib 'longturtle')."""
    g = bind_prefixes(Graph())
    for t in ds.graph(name):
        g.add(t)
    return g.serialize(format="longturtle")


def jsonld(quads: str, context: dict) -> str:
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
    doc["@context"] = "https://w3id.org/gwr/context.jsonld"
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
