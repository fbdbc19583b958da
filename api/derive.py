"""Named graphs → derived facts: the CONSTRUCT queries of queries/derive/ run over every graph, their answers kept
in one named graph of their own (graph:derived), so that a derived statement is never mistaken for a curated one.

The rules live in the query files (attainment of targets, restatements of results), readable and re-runnable
by anyone on the published data; this module only runs them, on Oxigraph (SPARQL 1.1 Query §16.2 CONSTRUCT).
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from api import iris
from api.namespaces import GRAPH

DERIVED_GRAPH = GRAPH["derived"]
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def rule_files(queries_dir: Path) -> list[Path]:
    return sorted((queries_dir / "derive").glob("*.rq"))


def to_rdflib(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> URIRef | Literal | BNode:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        raise ValueError("a derivation rule must mint IRIs, not blank nodes")
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:      # a simple literal, as the rest of the build writes it (RDF 1.1 §3.3)
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def derive(quads: str, queries_dir: Path, base: str, into: Graph) -> int:
    """Run every rule of queries/derive over the N-Quads `quads` (the union of their graphs) and add the answers
    to `into`; the number of triples added."""
    store = ox.Store()
    store.load(quads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    before = len(into)
    for path in rule_files(queries_dir):
        answer = store.query(path.read_text(encoding="utf-8"), use_default_graph_as_union=True,
                             prefixes=iris.prefixes(base))
        if not isinstance(answer, ox.QueryTriples):
            raise ValueError(f"{path.name}: a derivation rule is a CONSTRUCT query")
        for triple in answer:
            into.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return len(into) - before
