"""Self-descriptions: the SPARQL Service Description (GET /sparql without a query) and the dataset's
VoID + DCAT description (/.well-known/void, /dataset), as RDF documents in the negotiated format."""
from __future__ import annotations

import json

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
        self.seen: set[ox.Triple] = set()
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
        triple = ox.Triple(s, ox.NamedNode(p), o)
        if triple not in self.seen:     # a resource several subjects share (a licence, a theme) is said once
            self.seen.add(triple)
            self.triples.append(triple)

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


FOAF, VCARD, DCATAP = "http://xmlns.com/foaf/0.1/", "http://www.w3.org/2006/vcard/ns#", "http://data.europa.eu/r5r/"
SKOS, PROV, OWL, RDFS = (VOCABULARIES[p] for p in ("skos", "prov", "owl", "rdfs"))
WIKIDATA = "http://www.wikidata.org/entity/"
IANA = "http://www.iana.org/assignments/media-types/"          # media types as IRIs (DCAT 3 §6.8.13 dcat:mediaType)
EU = "http://publications.europa.eu/resource/authority/"      # EU vocabularies that DCAT-AP requires
# dump name → (IANA media type, EU file type, title)
DISTRIBUTIONS = {"all.nq": ("application/n-quads", "RDF_N_QUADS", "The dataset as N-Quads (one named graph a source)"),
                 "all.trig": ("application/trig", "RDF_TRIG", "The dataset as TriG"),
                 "all.jsonld": ("application/ld+json", "JSON_LD", "The dataset as JSON-LD")}
THEMES = {"GOVE": "Government and public sector", "ECON": "Economy and finance", "REGI": "Regions and cities"}
KEYWORDS = (("政府工作报告", "zh"), ("government work report", "en"), ("知识图谱", "zh"), ("knowledge graph", "en"),
            ("linked data", "en"), ("economic targets", "en"), ("statistics", "en"))


async def dataset_facts(engine) -> dict:
    """What the description says that the data decides, read from the graph so that it changes only with the
    data (not with when or where the graph was built): the dates of the ontology (dct:created/modified), the
    Wikidata links (skos:exactMatch) and the Wikidata items of the places the reports are about."""
    base = engine.settings.base_iri
    prologue = ("PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                f"PREFIX gwr: <{base}ontology#>\n")
    queries = {
        "dates": f"SELECT ?date WHERE {{ <{base}ontology> dcterms:created|dcterms:modified|dcterms:issued ?date }}",
        "links": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { ?s skos:exactMatch ?o "
                 f'FILTER(STRSTARTS(STR(?o), "{WIKIDATA}")) }} }}',
        "places": "SELECT DISTINCT ?place ?item WHERE { ?report a gwr:WorkReport ; dcterms:spatial ?place . "
                  f'?place skos:exactMatch ?item FILTER(STRSTARTS(STR(?item), "{WIKIDATA}")) }} '
                  "ORDER BY ?place ?item"}

    async def rows(text: str) -> list[dict]:
        answer = await engine.run(prologue + text, results="json")
        return json.loads(await answer.body())["results"]["bindings"]

    async def compute():
        dates = sorted(row["date"]["value"][:10] for row in await rows(queries["dates"]))
        links = await rows(queries["links"])
        places: dict[str, list[str]] = {}
        for row in await rows(queries["places"]):
            places.setdefault(row["place"]["value"], []).append(row["item"]["value"])
        return {"issued": dates[0] if dates else None, "modified": dates[-1] if dates else None,
                "links": int(links[0]["n"]["value"]) if links else 0, "places": places}
    return await engine.once("dataset-facts", compute)


def date(value: str, datatype: str = "date") -> ox.Literal:
    """A typed literal (xsd:date unless said otherwise)."""
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


async def dataset_description(request: Request, suffix_key: str | None = None,
                              sizes: dict[str, int] | None = None) -> Response:
    """VoID (https://www.w3.org/TR/void/) and DCAT 3 (https://www.w3.org/TR/vocab-dcat-3/) of the dataset,
    conformant to DCAT-AP 3.0.1 with its recommended properties (tests/service/test_metadata_dcat.py).
    `sizes`: the byte size of each dump that is served (dcat:byteSize; dumps.dump_sizes, given by the caller).
    The reports the data comes from are prov:wasDerivedFrom (DCAT 3 §15.1), not dct:source: DCAT-AP gives
    dct:source the range dcat:Dataset, and a report is a document."""
    engine = request.app.state.engine
    settings = engine.settings
    base = public_base(request)
    info = await stats(engine)
    facts = await dataset_facts(engine)
    sizes = sizes or {}
    doc = Doc()
    ds = settings.base_iri + "dataset"
    publisher, contact = ds + "#publisher", ds + "#contact"
    doc.add(ds, RDF + "type", VOID + "Dataset")
    doc.add(ds, RDF + "type", DCAT + "Dataset")
    doc.literal(ds, DCT + "title", "政府工作报告知识图谱", "zh")
    doc.literal(ds, DCT + "title", "Knowledge graph of Chinese government work reports", "en")
    doc.literal(ds, DCT + "description", "Quantitative results and targets, projects, places, organisations and "
                "their relations, each tied to the exact words of the reports they come from.", "en")
    licence(doc, ds, settings.licence)
    doc.literal(ds, OWL + "versionInfo", __version__)
    if facts["issued"]:
        doc.add(ds, DCT + "issued", date(facts["issued"]))
        doc.add(ds, DCT + "modified", date(facts["modified"]))
    doc.add(ds, DCT + "publisher", publisher)
    doc.add(publisher, RDF + "type", FOAF + "Agent")
    doc.literal(publisher, FOAF + "name", "The government work report knowledge graph project", "en")
    doc.add(ds, DCAT + "contactPoint", contact)
    doc.add(contact, RDF + "type", VCARD + "Kind")
    doc.add(contact, RDF + "type", VCARD + "Organization")
    doc.literal(contact, VCARD + "fn", "The government work report knowledge graph project", "en")
    doc.add(contact, VCARD + "hasURL", base)
    doc.add(ds, FOAF + "homepage", base)
    doc.add(ds, DCAT + "landingPage", base)
    doc.add(base, RDF + "type", FOAF + "Document")
    doc.add(ds, DCT + "language", EU + "language/ZHO")
    doc.add(EU + "language/ZHO", RDF + "type", DCT + "LinguisticSystem")
    for word, language in KEYWORDS:
        doc.literal(ds, DCAT + "keyword", word, language)
    for code, label in THEMES.items():
        theme = EU + "data-theme/" + code
        doc.add(ds, DCAT + "theme", theme)
        doc.add(theme, RDF + "type", SKOS + "Concept")
        doc.add(theme, SKOS + "inScheme", EU + "data-theme")
        doc.literal(theme, SKOS + "prefLabel", label, "en")
    years: list[int] = []
    for row in info["reports"]:
        report = row["report"]["value"]
        doc.add(ds, PROV + "wasDerivedFrom", report)
        doc.add(ds, VOID + "exampleResource", report)
        if "source" in row and row["source"]["type"] == "uri":
            doc.add(report, DCT + "source", row["source"]["value"])
        for key in ("reviewedYear", "targetYear"):
            if key in row and row[key]["value"][:4].isdigit():
                years.append(int(row[key]["value"][:4]))
        if "place" in row:
            place = row["place"]["value"]
            doc.add(ds, VOID + "exampleResource", place)
            for where in facts["places"].get(place, [place]):
                doc.add(ds, DCT + "spatial", where)
                doc.add(where, RDF + "type", DCT + "Location")
                for key, language in (("placeZh", "zh"), ("placeEn", "en")):
                    if key in row:
                        doc.literal(where, SKOS + "prefLabel", row[key]["value"], language)
            for key in ("placeZh", "placeEn"):
                if key in row:
                    doc.literal(ds, DCAT + "keyword", row[key]["value"], "zh" if key == "placeZh" else "en")
    if years:
        period = doc.node()
        doc.add(ds, DCT + "temporal", period)
        doc.add(period, RDF + "type", DCT + "PeriodOfTime")
        doc.add(period, DCAT + "startDate", date(f"{min(years)}-01-01"))
        doc.add(period, DCAT + "endDate", date(f"{max(years)}-12-31"))
    doc.add(ds, VOID + "triples", info["triples"])
    doc.add(ds, VOID + "sparqlEndpoint", base + "sparql")
    doc.add(ds, VOID + "vocabulary", settings.base_iri + "ontology")
    doc.literal(ds, VOID + "uriSpace", settings.base_iri + "id/")
    service = ds + "#sparql"
    doc.add(ds, DCAT + "accessService", service)
    doc.add(service, RDF + "type", DCAT + "DataService")
    doc.literal(service, DCT + "title", "SPARQL endpoint of the government work report knowledge graph", "en")
    doc.literal(service, DCT + "description", "Read-only SPARQL 1.1 endpoint; the default graph is the union of "
                "the named graphs. The service description answers at the endpoint without a query.", "en")
    doc.add(service, DCAT + "endpointURL", base + "sparql")
    doc.add(service, DCAT + "endpointDescription", base + "sparql")
    doc.add(base + "sparql", RDF + "type", RDFS + "Resource")     # DCAT-AP 3.0.1's range shapes ask for the class
    doc.add(service, DCT + "conformsTo", "https://www.w3.org/TR/sparql11-protocol/")
    doc.add("https://www.w3.org/TR/sparql11-protocol/", RDF + "type", DCT + "Standard")
    doc.add(service, DCAT + "servesDataset", ds)
    doc.add(service, DCT + "publisher", publisher)
    doc.add(service, DCAT + "contactPoint", contact)
    licence(doc, service, settings.licence)
    for word, language in KEYWORDS[:4] + (("SPARQL", "en"),):
        doc.literal(service, DCAT + "keyword", word, language)
    for code in THEMES:
        doc.add(service, DCAT + "theme", EU + "data-theme/" + code)
    for name, (media, file_type, title) in DISTRIBUTIONS.items():
        if name not in sizes:
            continue
        url = base + "dumps/" + name
        dist = ds + "#" + name
        if name == "all.nq":
            doc.add(ds, VOID + "dataDump", url)
        doc.add(ds, DCAT + "distribution", dist)
        doc.add(dist, RDF + "type", DCAT + "Distribution")
        doc.literal(dist, DCT + "title", title, "en")
        doc.literal(dist, DCT + "description", title + f", {info['triples']} triples, version {__version__} of "
                    "the data; the dumps change with the data, their address stays.", "en")
        doc.add(dist, DCAT + "accessURL", url)
        doc.add(dist, DCAT + "downloadURL", url)
        doc.add(dist, DCAT + "mediaType", IANA + media)
        doc.add(IANA + media, RDF + "type", DCT + "MediaType")
        doc.add(dist, DCT + "format", EU + "file-type/" + file_type)
        doc.add(EU + "file-type/" + file_type, RDF + "type", DCT + "MediaTypeOrExtent")
        doc.add(dist, DCATAP + "availability", EU + "planned-availability/AVAILABLE")
        doc.add(EU + "planned-availability/AVAILABLE", RDF + "type", SKOS + "Concept")
        doc.literal(EU + "planned-availability/AVAILABLE", SKOS + "prefLabel", "available", "en")
        # DCAT 3 §6.8.9 and DCAT-AP 3.0.1: xsd:nonNegativeInteger (DCAT-AP 2.1.1 said xsd:decimal)
        doc.add(dist, DCAT + "byteSize", date(str(sizes[name]), "nonNegativeInteger"))
        licence(doc, dist, settings.licence)
    linkset = ds + "#wikidata-links"
    doc.add(ds, VOID + "subset", linkset)
    doc.add(linkset, RDF + "type", VOID + "Linkset")
    doc.add(linkset, VOID + "linkPredicate", SKOS + "exactMatch")
    doc.add(linkset, VOID + "subjectsTarget", ds)
    doc.add(linkset, VOID + "objectsTarget", "http://www.wikidata.org/")
    doc.add(linkset, VOID + "triples", facts["links"])
    doc.add("http://www.wikidata.org/", RDF + "type", VOID + "Dataset")
    doc.literal("http://www.wikidata.org/", VOID + "uriSpace", WIKIDATA)
    for graph, size in info["graphs"].items():
        subset = graph
        name = graph.rsplit("/", 1)[-1]
        doc.add(ds, VOID + "subset", subset)
        doc.add(subset, RDF + "type", VOID + "Dataset")
        doc.add(subset, VOID + "triples", size)
        doc.add(subset, VOID + "dataDump", base + f"dumps/{name}.ttl")
    return rdf_response(request, doc, "Dataset description (VoID, DCAT)", suffix_key)


def licence(doc: Doc, subject: str, iri: str) -> None:
    doc.add(subject, DCT + "license", iri)
    doc.add(iri, RDF + "type", DCT + "LicenseDocument")
    if "creativecommons.org/licenses/by/" in iri:     # the ADMS licence type DCAT-AP recommends
        kind = "http://purl.org/adms/licencetype/Attribution"
        doc.add(iri, DCT + "type", kind)
        doc.add(kind, RDF + "type", SKOS + "Concept")
        doc.literal(kind, SKOS + "prefLabel", "Attribution", "en")
