"""The dataset's IRIs: the base, the namespace prefixes and the kinds of entity IRIs — the one table of each.

The build (api/graph.py through api/namespaces.py), the dumps (api/dump.py), the query runner (api/store.py)
and the service (predeclared prefixes of every query, Turtle output, the JSON-LD context) all read them here.
No rdflib: the service imports this module.

The ontology files (ontology/*.ttl, context.jsonld) are written under DEFAULT_BASE. A deployment under
another base (GWR_BASE_IRI) mints and serves every IRI under that base: the build rewrites the IRIs under
DEFAULT_BASE as it writes the graph (`rebase`), and every query names the dataset's namespaces through the
predeclared gwr:, id: and graph: prefixes, bound to the configured base when the query is loaded.
"""
from __future__ import annotations

import json
from pathlib import Path

DEFAULT_BASE = "https://w3id.org/gwr/"

# Vocabularies the dataset uses, in the order Turtle output and the SPARQL editor list them.
VOCABULARIES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "doco": "http://purl.org/spar/doco/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "qudt": "http://qudt.org/schema/qudt/",
    "unit": "http://qudt.org/vocab/unit/",
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "void": "http://rdfs.org/ns/void#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
}
# The dataset's own namespaces, under the base.
OWN = {"gwr": "ontology#", "id": "id/", "graph": "graph/"}
# Left out of the committed Turtle files: id: and graph: IRIs hold "/" and "#", which prefixed names would have to
# escape (id:fact\/x\#evidence), so full IRIs read better; dcat: only describes the service (VoID + DCAT).
NOT_IN_FILES = ("id", "graph", "dcat")

# Entity IRIs are <base>id/<kind>/<key>; these are the kinds (the registry's folders, docs/records.md).
KINDS = ("place", "zone", "project", "org", "industry", "event", "programme", "brand", "indicator")


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Every prefix: the vocabularies, then gwr:, id: and graph: under `base`."""
    return {**VOCABULARIES, **{name: base + local for name, local in OWN.items()}}


def file_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes of the committed Turtle files (see NOT_IN_FILES)."""
    return {name: iri for name, iri in prefixes(base).items() if name not in NOT_IN_FILES}


def rebase(text: str, base: str) -> str:
    """An IRI (or a text holding IRIs, such as the JSON-LD context) with DEFAULT_BASE replaced by `base`."""
    return text if base == DEFAULT_BASE else text.replace(DEFAULT_BASE, base)


def expand(name: str, base: str = DEFAULT_BASE) -> str:
    """`id:report/dalian-2024` → the full IRI under `base`; anything else is returned as it is."""
    prefix, colon, local = name.partition(":")
    table = prefixes(base)
    return table[prefix] + local if colon and prefix in table and not local.startswith("//") else name


def context(ontology_dir: Path, base: str = DEFAULT_BASE) -> dict:
    """The published JSON-LD context (ontology/context.jsonld) under `base`."""
    return json.loads(rebase((Path(ontology_dir) / "context.jsonld").read_text(encoding="utf-8"), base))
