"""Namespaces and IRI minting. Every IRI the build mints is made here, from stable keys only."""
from __future__ import annotations

from rdflib import Namespace, URIRef

BASE = "https://w3id.org/gwr/"
GWR = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
ONTOLOGY = URIRef(BASE + "ontology")

OA = Namespace("http://www.w3.org/ns/oa#")
DOCO = Namespace("http://purl.org/spar/doco/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES = {
    "gwr": GWR, "id": ID, "graph": GRAPH, "oa": OA, "doco": DOCO, "schema": SCHEMA, "org": ORG,
    "qudt": QUDT, "unit": UNIT, "wd": WD, "wdt": WDT, "void": VOID, "sd": SD,
}


def entity(ref: str) -> URIRef:
    """`project/jinzhouwan-international-airport` → …/id/project/jinzhouwan-international-airport."""
    return ID[ref]


def report_thing(kind: str, report: str, key: str | int) -> URIRef:
    """Things that belong to one report: …/id/<kind>/<report>-<key> (paragraph, fact, mention…)."""
    return ID[f"{kind}/{report}-{key}"]


def graph_of(report: str) -> URIRef:
    return GRAPH[report]
