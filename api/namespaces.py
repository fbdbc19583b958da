"""Namespaces (rdflib) and IRI minting for the build. Every IRI the build mints is made here, from stable keys
only, under api.iris.DEFAULT_BASE (the namespaces come from the one table in api/iris.py; the build rebases them
to GWR_BASE_IRI as it writes the graph)."""
from __future__ import annotations

from rdflib import Namespace, URIRef

from api.iris import DEFAULT_BASE, prefixes

BASE = DEFAULT_BASE
_TABLE = prefixes(BASE)
GWR = Namespace(_TABLE["gwr"])
ID = Namespace(_TABLE["id"])
GRAPH = Namespace(_TABLE["graph"])
OA = Namespace(_TABLE["oa"])
DOCO = Namespace(_TABLE["doco"])
SCHEMA = Namespace(_TABLE["schema"])
QUDT = Namespace(_TABLE["qudt"])
WD = Namespace(_TABLE["wd"])


def entity(ref: str) -> URIRef:
    """`project/jinzhouwan-international-airport` → …/id/project/jinzhouwan-international-airport."""
    return ID[ref]


def report_thing(kind: str, report: str, key: str | int) -> URIRef:
    """Things that belong to one report: …/id/<kind>/<report>-<key> (paragraph, fact, mention…)."""
    return ID[f"{kind}/{report}-{key}"]


def graph_of(report: str) -> URIRef:
    return GRAPH[report]
