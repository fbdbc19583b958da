"""The controlled vocabularies the curated records may use, read from the ontology's Turtle files.

The SKOS schemes (ontology/schemes.ttl), the unit table (ontology/units.ttl), the class list and the relation
properties (ontology/gwr.ttl) are the single source of the keys that records may name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from api.namespaces import GWR, ID


@dataclass
class Vocabulary:
    schemes: dict[str, dict[str, URIRef]]   # scheme key (e.g. "comparison") → notation → concept
    units: dict[str, URIRef]                # unit word as written → unit IRI
    classes: set[str]                       # local names of gwr: classes
    relations: dict[str, URIRef]            # record key (e.g. "located-in") → relation property (gwr:locatedIn)

    def concept(self, scheme: str, notation: str) -> URIRef | None:
        return self.schemes.get(scheme, {}).get(notation)

    def known(self, scheme: str, notation: str) -> URIRef:
        """The concept of a notation the checks have already found in the scheme."""
        iri = self.concept(scheme, notation)
        if iri is None:
            raise KeyError(f"unknown {scheme} {notation!r}")
        return iri


def load_vocabulary(ontology_dir: Path) -> Vocabulary:
    g = Graph()
    for name in ("schemes.ttl", "units.ttl", "gwr.ttl"):
        path = ontology_dir / name
        if path.exists():
            g.parse(path, format="turtle")
    schemes: dict[str, dict[str, URIRef]] = {}
    for concept, scheme in g.subject_objects(SKOS.inScheme):
        key = str(scheme).removeprefix(str(ID))
        for notation in g.objects(concept, SKOS.notation):
            schemes.setdefault(key, {})[str(notation)] = URIRef(str(concept))
    units = {str(w): URIRef(str(u)) for u, w in g.subject_objects(GWR.writtenForm)}
    # a count written without a unit word (农村贫困人口减少1240万) is a number: ontology/units.ttl says why it is not
    # an empty gwr:writtenForm there
    units.setdefault("", URIRef("http://qudt.org/vocab/unit/NUM"))
    classes = {str(c).removeprefix(str(GWR)) for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(str(GWR))}
    return Vocabulary(schemes, units, classes, relation_properties(g))


def relation_properties(g: Graph) -> dict[str, URIRef]:
    """The ontology's relations between named entities: the gwr: object properties whose rdfs:domain and
    rdfs:range, where the ontology states them, are gwr:NamedEntity or a subclass of it (gwr:locatedIn,
    gwr:organisedBy …; not gwr:about, whose domain is gwr:Statement). Records name them in kebab case
    (located-in), as docs/records.md does."""
    entities = set(g.transitive_subjects(RDFS.subClassOf, GWR.NamedEntity))
    found: dict[str, URIRef] = {}
    for p in g.subjects(RDF.type, OWL.ObjectProperty):
        if not str(p).startswith(str(GWR)):
            continue
        ends = [*g.objects(p, RDFS.domain), *g.objects(p, RDFS.range)]
        if all(end in entities for end in ends):
            found[kebab(str(p).removeprefix(str(GWR)))] = URIRef(str(p))
    return dict(sorted(found.items()))


def kebab(name: str) -> str:
    """`cooperatesWith` → `cooperates-with`."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "-" + m.group(1).lower(), name)
