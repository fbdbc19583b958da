"""The dataset description (/dataset: VoID + DCAT) against the DCAT-AP SHACL shapes that SEMIC publishes
(vendored in tests/fixtures/dcat-ap, nothing fetched), and its figures against the data it describes.

DCAT-AP 3.0.1 (+ its recommended properties): no violation. DCAT-AP 2.1.1: the only violations are the
dcat:byteSize datatype — 2.1.1 asks for xsd:decimal, 3.0.1 (with DCAT 3, §6.8.9 of the W3C recommendation)
for xsd:nonNegativeInteger; no literal satisfies both, and the description follows the current versions."""
from __future__ import annotations

from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate
from rdflib.compare import isomorphic

from tests.fixtures.server import serve
from tests.fixtures.service import BASE

SHAPES = Path(__file__).resolve().parent.parent / "fixtures" / "dcat-ap"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
DCAT, DCT, VOID = "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/", "http://rdfs.org/ns/void#"
PROFILES = {
    "2.1.1": ["2.1.1_dcat-ap_2.1.1_shacl_shapes.ttl", "2.1.1_dcat-ap_2.1.1_shacl_range.ttl",
              "2.1.1_dcat-ap_2.1.1_shacl_shapes_recommended.ttl"],
    "3.0.1": ["3.0.1_dcat-ap-SHACL.ttl", "3.0.1_ranges.ttl", "3.0.1_shapes_recommended.ttl"],
}


def shapes(files: list[str]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in files:
        graph.parse(SHAPES / name, format="turtle")
    for shape, prop in list(graph.subject_objects(SH.property)):   # dangling references (README.md)
        if (prop, None, None) not in graph:
            graph.remove((shape, SH.property, prop))
    return graph


def results(data: rdflib.Graph, files: list[str]) -> list[tuple[str, str, str]]:
    """(severity, focus node, path) of each result."""
    _, report, _ = validate(data, shacl_graph=shapes(files), allow_warnings=True)
    return sorted((str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1], str(report.value(r, SH.focusNode)),
                   str(report.value(r, SH.resultPath))) for r in report.subjects(rdflib.RDF.type, SH.ValidationResult))


@pytest.fixture(scope="module")
def description(client) -> rdflib.Graph:
    r = client.get("/dataset", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    return rdflib.Graph().parse(data=r.text, format="turtle")


def test_conforms_to_dcat_ap_3(description):
    found = results(description, PROFILES["3.0.1"])
    assert [r for r in found if r[0] == "Violation"] == []
    # what remains, as warnings of the recommended shapes: no bbox/centroid for the Wikidata place, no
    # dct:type (ADMS publisher type) for the project as publisher
    assert {path.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for _, _, path in found} <= {"bbox", "centroid", "type"}


def test_conforms_to_dcat_ap_2_but_for_the_byte_size_datatype(description):
    found = results(description, PROFILES["2.1.1"])
    violations = [r for r in found if r[0] == "Violation"]
    assert violations and {path for _, _, path in violations} == {DCAT + "byteSize"}


def test_figures_match_the_data(client, description, built):
    ds = rdflib.URIRef(BASE + "dataset")
    dists = list(description.objects(ds, rdflib.URIRef(DCAT + "distribution")))
    assert len(dists) == 3
    for dist in dists:
        url = description.value(dist, rdflib.URIRef(DCAT + "downloadURL"))
        assert description.value(dist, rdflib.URIRef(DCAT + "accessURL")) == url
        body = client.get(str(url).removeprefix("http://testserver")).content
        assert int(description.value(dist, rdflib.URIRef(DCAT + "byteSize"))) == len(body)
        media = description.value(dist, rdflib.URIRef(DCAT + "mediaType"))
        assert isinstance(media, rdflib.URIRef) and media.startswith("http://www.iana.org/assignments/media-types/")
    quads = list(ox.parse(path=str(built.graph_dir / "all.nq"), format=ox.RdfFormat.N_QUADS))
    links = {(q.subject, q.object) for q in quads if q.predicate.value.endswith("core#exactMatch")
             and q.object.value.startswith("http://www.wikidata.org/entity/")}
    linkset = description.value(predicate=rdflib.RDF.type, object=rdflib.URIRef(VOID + "Linkset"))
    assert int(description.value(linkset, rdflib.URIRef(VOID + "triples"))) == len(links) > 0
    created = next(q.object.value for q in quads if q.subject.value == BASE + "ontology"
                   and q.predicate.value == DCT + "created")
    assert str(description.value(ds, rdflib.URIRef(DCT + "issued"))) == created
    for example in description.objects(ds, rdflib.URIRef(VOID + "exampleResource")):
        assert client.get(str(example).removeprefix(BASE.rstrip("/")), headers={"Accept": "text/turtle"}
                          ).status_code == 200
    # the same description twice: nothing in it depends on when it was made
    again = client.get("/dataset", headers={"Accept": "text/turtle"}).text
    assert isomorphic(description, rdflib.Graph().parse(data=again, format="turtle"))


def test_startup_line_and_access_log(settings):
    with serve(settings, GWR_ACCESS_LOG="1") as (proc, url):
        assert httpx.get(url + "/health").status_code == 200
    log = proc.stdout.read().decode()
    line = next(x for x in log.splitlines() if x.startswith("serving "))
    backend = settings.sparql_endpoint or "embedded Oxigraph " + ox.__version__
    assert line.startswith(f"serving {url} (data sha256 ") and "triples, backend: " + backend in line, line
    assert '"GET /health HTTP/1.1" 200' in log
