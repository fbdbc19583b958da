"""Names of the graph's relations for people: the rdfs:label @zh / @en the ontology gives each property
(ontology/gwr.ttl), so that the entity pages show "所属 / part of" rather than `gwr:partOf` or a full IRI.

Properties of other vocabularies that the entity pages show (schema.org, SKOS, Dublin Core, OWL) have their labels
here, from their own specifications' names (schema.org: containedInPlace; SKOS Reference §8 Semantic Relations,
§4 Concept Schemes; DCMI Metadata Terms). A relation with no label anywhere shows its CURIE, visibly marked as code.
"""
from __future__ import annotations

import functools
from pathlib import Path

import pyoxigraph as ox

from api.service.terms import BadIdentifier, Terms
from api.service.web.i18n import current

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OTHER: dict[str, tuple[str, str]] = {
    "schema:containedInPlace": ("位于", "contained in place"),
    "skos:inScheme": ("所属概念体系", "in scheme"),
    "skos:hasTopConcept": ("顶层概念", "has top concept"),
    "skos:topConceptOf": ("顶层概念于", "top concept of"),
    "skos:broader": ("上位概念", "broader"),
    "skos:narrower": ("下位概念", "narrower"),
    "skos:related": ("相关概念", "related"),
    "skos:exactMatch": ("完全对应", "exact match"),
    "skos:closeMatch": ("近似对应", "close match"),
    "owl:sameAs": ("等同于", "same as"),
    "dcterms:spatial": ("所涉地区", "spatial coverage"),
    "dcterms:isPartOf": ("属于", "is part of"),
}


@functools.cache
def ontology_labels(path: Path) -> dict[str, tuple[str, str]]:
    """Full IRI → (zh, en) rdfs:label of every term of the ontology file that has one."""
    if not path.exists():
        return {}
    labels: dict[str, dict[str, str]] = {}
    for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        if t.predicate.value == RDFS_LABEL and isinstance(t.object, ox.Literal) and t.object.language in ("zh", "en"):
            labels.setdefault(t.subject.value, {})[t.object.language] = t.object.value
    return {iri: (v.get("zh", ""), v.get("en", "")) for iri, v in labels.items()}


def relation_label(predicate: str, terms: Terms, ontology_dir: Path) -> tuple[str, str]:
    """(label in the page's language or "", CURIE) of a relation, given as the entity API gives it (a CURIE of
    the published context, or a full IRI no prefix fits)."""
    short = terms.curie(predicate)
    try:
        iri = terms.expand(short)
    except BadIdentifier:
        iri = short
    pair = ontology_labels(Path(ontology_dir) / "gwr.ttl").get(iri) or OTHER.get(short)
    if not pair:
        return "", short
    zh, en = pair
    return ((en or zh) if current.get() == "en" else (zh or en)), short


def kind_label(kind: str, base: str, ontology_dir: Path) -> str:
    """An entity kind (place, project, organisation …) named by its class's rdfs:label (gwr:Place …) in the
    page's language; the kind itself when the ontology has no such class."""
    name = base + "ontology#" + "".join(part.capitalize() for part in kind.split("-"))
    pair = ontology_labels(Path(ontology_dir) / "gwr.ttl").get(name)
    if not pair:
        return kind
    zh, en = pair
    return ((en or zh) if current.get() == "en" else (zh or en)) or kind
