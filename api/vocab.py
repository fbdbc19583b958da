"""The controlled vocabularies the curated records may use, read from the ontology's Turtle files.

The SKOS schemes (ontology/schemes.ttl), the unit table (ontology/units.ttl) and the class list
(ontology/gwr.ttl) are the single source of the keys that records may name.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from api.namespaces import GWR, ID


@dataclass
class Vocabulary:
    schemes: dict[str, dict[str, URIRef]]   # scheme key (e.g. "comparison") → notation → concept
    units: dict[str, URIRef]                # unit word as written → unit IRI
    classes: set[str]                       # local names of gwr: classes

    def concept(self, scheme: str, notation: str) -> URIRef | None:
        return self.schemes.get(scheme, {}).get(notation)


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
            schemes.setdefault(key, {})[str(notation)] = concept
    units = {str(w): u for u, w in g.subject_objects(GWR.writtenForm)}
    classes = {str(c).removeprefix(str(GWR)) for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(str(GWR))}
    return Vocabulary(schemes, units, classes)
