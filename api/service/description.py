"""Self-descriptions: the SPARQL Service Description (GET /sparql without a query) and the dataset's
VoID + DCAT description (/.well-known/void, /dataset), as RDF documents in the negotiated format."""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import Response

from api import __version__
from api.iris import VOCABULARIES
from api.service import formats, page
from api.service.problems import error
from api.service.urls import public_base
from api.service.web.editor import editor_page

RDF, SD, VOID, DCAT, DCT, XSD = (VOCABULARIES[p] for p in ("rdf", "sd", "void", "dcat", "dcterms", "xsd"))
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]


class Doc:
    """A small RDF document built in Python, serialized by pyoxigraph."""

    def __init__(self) -> None:
        self.triples: list[ox.Triple] = []
        self.blank = 0

    def node(self) -> ox.BlankNode:
        self.blank += 1
        return ox.BlankNode(f"b{self.blank}")

    def add(self, s, p: str, o) -> None:
        s = ox.NamedNode(s) if isinstance(s, str) else s
        if isinstance(o, str):
            o = ox.NamedNode(o)
        elif isinstance(o, bool):
            o = ox.Literal("true" if o else "false", datatype=ox.NamedNode(XSD + "boolean"))
        elif isinstance(o, int):
            o = ox.Literal(str(o), datatype=ox.NamedNode(XSD + "integer"))
        self.triples.append(ox.Triple(s, ox.NamedNode(p), o))

    def literal(self, s, p: str, value: str, language: str | None = None) -> None:
        self.add(s, p, ox.Literal(value, language=language) if language else ox.Literal(value))

    def render(self, key: str, prefixes: dict[str, str]) -> bytes:
        if key in ("turtle", "rdfxml"):
            return formats.written(ox.serialize(self.triples, None, formats.GRAPH_FORMATS[key], prefixes=prefixes))
        return formats.written(ox.serialize(self.triples, None, formats.GRAPH_FORMATS[key]))


def rdf_response(request: Request, doc: Doc, title: str, suffix_key: str | None = None) -> Response:
    key = formats.choose(request, formats.DOCUMENTS, suffix_key)
    if key is None:
        return error(request, 406, "not acceptable: available as " + formats.acceptable(formats.DOCUMENTS))
    headers = {"Vary": "Accept"}
    if key == "html":
        body = page.triples_page(title, doc.triples, request.app.state.engine.prefixes)
    else:
        body = doc.render(key, request.app.state.engine.prefixes)
    return Response(body, media_type=formats.CONTENT_TYPE[key], headers=headers)


async def stats(engine) -> dict:
    async def compute():
        sizes = {row["graph"]["value"]: int(row["triples"]["value"]) for row in await engine.select("api-graph-sizes")}
        reports = await engine.select("api-reports")
        return {"graphs": sizes, "triples": sum(sizes.values()), "reports": reports}
    return await engine.once("stats", compute)


async def service_description(request: Request) -> Response:
    engine = request.app.state.engine
    base = public_base(request)
    endpoint = base + "sparql"
    info = await stats(engine)
    doc = Doc()
    service = ox.NamedNode(endpoint + "#service")
    doc.add(service, RDF + "type", SD + "Service")
    doc.add(service, SD + "endpoint", endpoint)
    doc.add(service, SD + "supportedLanguage", SD + "SPARQL11Query")
    for name in RESULT_FORMATS:
        doc.add(service, SD + "resultFormat", FORMATS + name)
    doc.add(service, SD + "feature", SD + "UnionDefaultGraph")
    if engine.settings.federation_allowlist:
        doc.add(service, SD + "feature", SD + "BasicFederatedQuery")
    doc.literal(service, DCT + "title", "SPARQL endpoint of the government work report knowledge graph", "en")
    dataset = doc.node()
    doc.add(service, SD + "defaultDataset", dataset)
    doc.add(dataset, RDF + "type", SD + "Dataset")
    doc.add(dataset, DCT + "source", engine.settings.base_iri + "dataset")
    default = doc.node()
    doc.add(dataset, SD + "defaultGraph", default)
    doc.add(default, RDF + "type", SD + "Graph")
    doc.add(default, VOID + "triples", info["triples"])
    for graph, size in info["graphs"].items():
        named = doc.node()
        described = doc.node()
        doc.add(dataset, SD + "namedGraph", named)
        doc.add(named, RDF + "type", SD + "NamedGraph")
        doc.add(named, SD + "name", graph)
        doc.add(named, SD + "graph", described)
        doc.add(described, RDF + "type", SD + "Graph")
        doc.add(described, VOID + "triples", size)
    key = formats.negotiate(request.headers.get("accept"), formats.GRAPHS + formats.HTML)
    if key == "html":
        return Response(editor_page(endpoint, doc.render("turtle", engine.prefixes).decode(), request),
                        media_type=formats.CONTENT_TYPE["html"], headers={"Vary": "Accept"})
    return rdf_response(request, doc, "SPARQL service description")


async def dataset_description(request: Request, suffix_key: str | None = None) -> Response:
    engine = request.app.state.engine
    settings = engine.settings
    base = public_base(request)
    info = await stats(engine)
    doc = Doc()
    ds = settings.base_iri + "dataset"
    doc.add(ds, RDF + "type", VOID + "Dataset")
    doc.add(ds, RDF + "type", DCAT + "Dataset")
    doc.literal(ds, DCT + "title", "政府工作报告知识图谱", "zh")
    doc.literal(ds, DCT + "title", "Knowledge graph of Chinese government work reports", "en")
    doc.literal(ds, DCT + "description", "Quantitative results and targets, projects, places, organisations and "
                "their relations, each tied to the exact words of the reports they come from.", "en")
    doc.add(ds, DCT + "license", settings.licence)
    doc.literal(ds, "http://www.w3.org/2002/07/owl#versionInfo", __version__)
    for row in info["reports"]:
        doc.add(ds, DCT + "source", row["report"]["value"])
        if "source" in row and row["source"]["type"] == "uri":
            doc.add(row["report"]["value"], DCT + "source", row["source"]["value"])
    doc.add(ds, VOID + "triples", info["triples"])
    doc.add(ds, VOID + "sparqlEndpoint", base + "sparql")
    doc.add(ds, VOID + "vocabulary", settings.base_iri + "ontology")
    doc.literal(ds, VOID + "uriSpace", settings.base_iri + "id/")
    doc.add(ds, VOID + "dataDump", base + "dumps/all.nq")
    service = doc.node()
    doc.add(ds, DCAT + "accessService", service)
    doc.add(service, RDF + "type", DCAT + "DataService")
    doc.add(service, DCAT + "endpointURL", base + "sparql")
    doc.add(service, DCAT + "endpointDescription", base + "sparql")
    doc.add(service, DCAT + "servesDataset", ds)
    for name, media in (("all.nq", "application/n-quads"), ("all.trig", "application/trig"),
                        ("all.jsonld", "application/ld+json")):
        dist = doc.node()
        doc.add(ds, DCAT + "distribution", dist)
        doc.add(dist, RDF + "type", DCAT + "Distribution")
        doc.add(dist, DCAT + "downloadURL", base + "dumps/" + name)
        doc.literal(dist, DCAT + "mediaType", media)
        doc.add(dist, DCT + "license", settings.licence)
    for graph, size in info["graphs"].items():
        subset = graph
        name = graph.rsplit("/", 1)[-1]
        doc.add(ds, VOID + "subset", subset)
        doc.add(subset, RDF + "type", VOID + "Dataset")
        doc.add(subset, VOID + "triples", size)
        doc.add(subset, VOID + "dataDump", base + f"dumps/{name}.ttl")
    return rdf_response(request, doc, "Dataset description (VoID, DCAT)", suffix_key)
