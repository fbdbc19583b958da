"""SPARQL clients nobody on the project wrote, with their defaults, against a live `python -m api serve`:
SPARQLWrapper 2.0 (every query form × every return format it offers, conneg on and off, GET and POST) and
rdflib's SPARQLStore; Comunica's `comunica-sparql` (every query form, every result format it offers, as a
`sparql@URL` source and as a plain URL whose service description it reads first, GET and POST); and HEAD on every
GET route of the route table (RFC 9110 §9.3.2).

SPARQLWrapper sends `format=`/`output=`/`results=` beside its Accept header (its own names: `xml` on a CONSTRUCT,
`rdf+xml`, `n3`, `json-ld` …); where a name fits the query form it is honoured, where it does not the Accept header
chooses (api/service/sparql.py `negotiated`)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import warnings
import xml.dom.minidom

import httpx
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import GET, POST, SPARQLWrapper
from SPARQLWrapper.Wrapper import _allowedFormats

from api.service.routes import routes
from tests.fixtures.root import REPO
from tests.fixtures.server import serve
from tests.fixtures.service import BASE

DALIAN = BASE + "id/place/dalian"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
QUERIES = {
    "SELECT": f"SELECT ?label WHERE {{ <{DALIAN}> <{PREF}> ?label }}",
    "ASK": f"ASK {{ <{DALIAN}> <{PREF}> ?label }}",
    "CONSTRUCT": f"CONSTRUCT {{ <{DALIAN}> ?p ?o }} WHERE {{ <{DALIAN}> ?p ?o }}",
    "DESCRIBE": f"DESCRIBE <{DALIAN}>",
}
# What each SPARQLWrapper format gives where it fits the query form (its media type); elsewhere the service's
# default for the form (SPARQLWrapper then sends Accept */*).
RESULTS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
           "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPHS = {"xml": "application/rdf+xml", "rdf+xml": "application/rdf+xml", "rdf": "application/rdf+xml",
          "turtle": "text/turtle", "n3": "text/turtle", "json-ld": "application/ld+json",
          "json": "application/ld+json"}
ONLY_CONNEG_GRAPHS = {"xml", "rdf+xml", "turtle", "n3", "json-ld"}     # those SPARQLWrapper's Accept header names


def expected_media(form: str, fmt: str, only_conneg: bool) -> str:
    if form in ("SELECT", "ASK"):
        return RESULTS.get(fmt, "application/sparql-results+json")
    if only_conneg and fmt not in ONLY_CONNEG_GRAPHS:
        return "text/turtle"
    return GRAPHS.get(fmt, "text/turtle")


@pytest.fixture(scope="module")
def reference(server):
    """The right answers, asked for plainly: the labels, the ASK boolean, the graphs (N-Triples)."""
    def ask(form: str, accept: str) -> httpx.Response:
        r = httpx.get(server + "/sparql", params={"query": QUERIES[form]}, headers={"Accept": accept}, timeout=30)
        assert r.status_code == 200, r.text
        return r
    labels = {b["label"]["value"] for b in ask("SELECT", "application/sparql-results+json").json()["results"]
              ["bindings"]}
    assert {"大连", "Dalian"} <= labels
    graphs = {form: rdflib.Graph().parse(data=ask(form, "application/n-triples").text, format="nt")
              for form in ("CONSTRUCT", "DESCRIBE")}
    assert all(len(g) > 5 for g in graphs.values())
    return {"SELECT": labels, "ASK": True, **graphs}


def answer(form: str, media: str, converted) -> object:
    """SPARQLWrapper's converted result as labels, a boolean or a graph, whatever its format."""
    if isinstance(converted, rdflib.Graph):
        return converted
    if isinstance(converted, dict):             # SPARQL JSON
        return converted["boolean"] if form == "ASK" else {b["label"]["value"]
                                                           for b in converted["results"]["bindings"]}
    if isinstance(converted, xml.dom.minidom.Document):     # SPARQL XML
        if form == "ASK":
            return converted.getElementsByTagName("boolean")[0].firstChild.data == "true"
        return {"".join(n.data for n in literal.childNodes) for literal in converted.getElementsByTagName("literal")}
    text = converted.decode("utf-8")
    if media == "text/turtle":
        return rdflib.Graph().parse(data=text, format="turtle")
    if form == "ASK":       # CSV and TSV have no boolean form: Oxigraph (and Jena) write the word alone
        return text.strip() == "true"
    tsv = media.endswith("values")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if tsv else ",",
                           quoting=csv.QUOTE_NONE if tsv else csv.QUOTE_MINIMAL))
    if media == "text/csv":
        return {row[0] for row in rows[1:]}
    return {str(rdflib.util.from_n3(row[0])) for row in rows[1:]}     # TSV: terms in Turtle syntax


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("only_conneg", [False, True], ids=["params", "conneg"])
@pytest.mark.parametrize("form", list(QUERIES))
def test_sparqlwrapper_every_form_and_format(server, reference, form, only_conneg, method):
    for fmt in _allowedFormats:
        client = SPARQLWrapper(server + "/sparql")
        client.setQuery(QUERIES[form])
        client.setReturnFormat(fmt)
        client.setOnlyConneg(only_conneg)
        client.setMethod(method)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)     # "format requested was N3, but JSON …" is fine
            result = client.query()
            media = result.info()["content-type"].split(";")[0]
            converted = result.convert()
        assert media == expected_media(form, fmt, only_conneg), (fmt, media)
        got = answer(form, media, converted)
        if isinstance(got, rdflib.Graph):
            assert isomorphic(got, reference[form]), fmt
        else:
            assert got == reference[form], fmt


@pytest.mark.parametrize("value,form,media", [
    ("xml", "CONSTRUCT", "application/rdf+xml"),            # the case: was 406
    ("rdf+xml", "CONSTRUCT", "application/rdf+xml"),        # was 400
    ("n3", "DESCRIBE", "text/turtle"),                      # was 400
    ("csv", "CONSTRUCT", "application/n-triples"),          # does not fit: Accept decides
    ("turtle", "SELECT", "text/csv"),
    ("text/tab-separated-values", "SELECT", "text/tab-separated-values"),
])
def test_format_parameter_fits_the_form_or_yields_to_accept(server, value, form, media):
    accept = "text/csv" if form == "SELECT" and media == "text/csv" else "application/n-triples"
    r = httpx.get(server + "/sparql", params={"query": QUERIES[form], "format": value},
                  headers={"Accept": accept}, timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media)


def test_unknown_format_name_is_a_400(server):
    r = httpx.get(server + "/sparql", params={"query": QUERIES["SELECT"], "format": "bogus"}, timeout=30)
    assert r.status_code == 400 and "bogus" in r.text


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_rdflib_sparqlstore(server, reference, method):
    store = SPARQLStore(server + "/sparql", method=method)
    g = rdflib.Graph(store)
    assert {str(row.label) for row in g.query(QUERIES["SELECT"])} == reference["SELECT"]
    assert g.query(QUERIES["ASK"]).askAnswer is True
    assert isomorphic(g.query(QUERIES["CONSTRUCT"]).graph, reference["CONSTRUCT"])
    assert (rdflib.URIRef(DALIAN), rdflib.URIRef(PREF), rdflib.Literal("大连", lang="zh")) in g


# ---- Comunica (tests/clients: `npm ci` there; pinned in its package-lock.json) ----

COMUNICA = REPO / "tests" / "clients" / "node_modules" / ".bin" / "comunica-sparql"
# Every format `comunica-sparql --listformats` offers, by the query forms it serializes. The rest are refused by
# Comunica itself, whatever the source (checked against a plain Turtle file): no SPARQL results serializer takes
# quads, no RDF serializer takes bindings or booleans; `text/shaclc(-ext)` needs SHACL shapes ("Base expected");
# and Comunica 4.5's SPARQL XML serializer fails on every boolean ("action.metadata is not a function").
RESULT_FORMATS = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                  "text/tab-separated-values", "simple", "application/json", "table", "tree", "stats")
GRAPH_FORMATS = ("application/ld+json", "application/n-quads", "application/n-triples", "application/trig",
                 "text/n3", "text/turtle", "simple", "application/json", "table", "stats")
FORMATS = {"SELECT": RESULT_FORMATS, "ASK": ("application/sparql-results+json", "simple", "application/json"),
           "CONSTRUCT": GRAPH_FORMATS, "DESCRIBE": GRAPH_FORMATS}
REFUSED_BY_COMUNICA = {"text/shaclc", "text/shaclc-ext"}
RDFLIB_FORMAT = {"application/ld+json": "json-ld", "application/n-quads": "nquads", "application/n-triples": "nt",
                 "application/trig": "trig", "text/n3": "n3", "text/turtle": "turtle"}


def comunica(*args: str) -> str:
    if shutil.which("node") is None:
        pytest.skip("node is not installed (apt-get install nodejs npm), so Comunica cannot run")
    if not COMUNICA.exists():
        pytest.skip("Comunica is not installed: run `npm ci` in tests/clients")
    done = subprocess.run([str(COMUNICA), *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (args, done.stderr[-2000:])
    return done.stdout


def graph_of(form: str, fmt: str, text: str) -> rdflib.Graph | int:
    """Comunica's graph answer: parsed where it is an RDF syntax, else the number of triples it shows."""
    if fmt in RDFLIB_FORMAT:
        graph = rdflib.Graph() if fmt not in ("application/n-quads", "application/trig") else rdflib.Dataset()
        parsed = graph.parse(data=text, format=RDFLIB_FORMAT[fmt])
        if isinstance(parsed, rdflib.Dataset):
            merged = rdflib.Graph()
            for s, p, o, _ in parsed.quads():
                merged.add((s, p, o))
            return merged
        return parsed
    if fmt == "application/json":
        return len(json.loads(text))
    if fmt == "simple":
        return text.count("subject: ")
    if fmt == "table":
        return len([line for line in text.splitlines()[2:] if line.strip()])
    return len([line for line in text.splitlines()[1:] if line.split(",")[0].isdigit()])     # stats


def labels_of(fmt: str, text: str) -> set[str]:
    """Comunica's SELECT answer as the labels it names, each with its language where the format carries one."""
    if fmt == "application/sparql-results+json":
        return {f"{b['label']['value']}@{b['label']['xml:lang']}" for b in json.loads(text)["results"]["bindings"]}
    if fmt == "application/sparql-results+xml":
        doc = xml.dom.minidom.parseString(text)
        return {f"{n.firstChild.data}@{n.getAttribute('xml:lang')}" for n in doc.getElementsByTagName("literal")}
    if fmt in ("text/tab-separated-values", "application/json"):
        cells = ([row.split("\t")[0] for row in text.splitlines()[1:]] if fmt.startswith("text/") else
                 [row["label"] for row in json.loads(text)])
        return {str(rdflib.util.from_n3(c)) + "@" + rdflib.util.from_n3(c).language for c in cells}
    if fmt == "stats":
        return {line.split(",")[0] for line in text.splitlines()[1:] if line.split(",")[0].isdigit()}
    if fmt == "tree":
        return set(json.loads(text)[0]["label"])
    if fmt == "simple":
        return {line.removeprefix("?label: ") for line in text.splitlines() if line.startswith("?label: ")}
    lines = text.splitlines()[1:] if fmt == "text/csv" else text.splitlines()[2:]
    return {line.strip() for line in lines if line.strip()}


@pytest.fixture(scope="module")
def tagged(server) -> set[str]:
    r = httpx.get(server + "/sparql", params={"query": QUERIES["SELECT"]}, timeout=30)
    return {f"{b['label']['value']}@{b['label']['xml:lang']}" for b in r.json()["results"]["bindings"]}


@pytest.mark.parametrize("source", ["sparql@", ""], ids=["sparql-source", "plain-url"])
def test_comunica_with_its_defaults(server, reference, tagged, source):
    """`comunica-sparql <source> <query>`, nothing else: a `sparql@` source goes straight to the endpoint; a plain
    URL is dereferenced first (Accept: RDF) and recognised by its service description (sd:endpoint)."""
    url = source + server + "/sparql"
    rows = json.loads(comunica(url, QUERIES["SELECT"]))
    assert {str(rdflib.util.from_n3(r["label"])) + "@" + rdflib.util.from_n3(r["label"]).language
            for r in rows} == tagged      # language tags kept (tests/clients/package.json: the override)
    assert comunica(url, QUERIES["ASK"]).strip() == "true"
    for form in ("CONSTRUCT", "DESCRIBE"):
        assert isomorphic(rdflib.Graph().parse(data=comunica(url, QUERIES[form]), format="turtle"),
                          reference[form]), form


@pytest.mark.slow      # some 30 runs of node: ~40 s
def test_comunica_every_result_format(server, reference, tagged):
    """Every `-t` format Comunica offers, for each query form it serializes; and a long query, which Comunica
    sends as a POST form (SPARQL 1.1 Protocol §2.1.2)."""
    url = "sparql@" + server + "/sparql"
    offered = set(comunica("--listformats").split())
    assert offered == set(RESULT_FORMATS) | set(GRAPH_FORMATS) | REFUSED_BY_COMUNICA
    plain = {label.rsplit("@", 1)[0] for label in tagged}
    for form, formats in FORMATS.items():
        for fmt in formats:
            text = comunica(url, QUERIES[form], "-t", fmt)
            if form == "ASK":
                assert (json.loads(text)["boolean"] if fmt.startswith("application/sparql") else
                        text.strip() == "true") is True, fmt
            elif form == "SELECT":
                want = (tagged if fmt in ("application/sparql-results+json", "application/sparql-results+xml",
                                          "text/tab-separated-values", "application/json") else
                        {str(n + 1) for n in range(len(tagged))} if fmt == "stats" else plain)
                assert labels_of(fmt, text) == want, fmt
            else:
                got = graph_of(form, fmt, text)
                if isinstance(got, rdflib.Graph):
                    assert isomorphic(got, reference[form]), (form, fmt)
                else:
                    assert got == len(reference[form]), (form, fmt)
    values = " ".join(f'"v{i}"' for i in range(400))      # past Comunica's URL length limit: POSTed
    long = QUERIES["SELECT"].replace("WHERE {", f"WHERE {{ VALUES ?pad {{ {values} }}")
    assert {str(rdflib.util.from_n3(r["label"])) for r in json.loads(comunica(url, long))} == plain


def test_describe_answers_each_triple_once(server):
    """A DESCRIBE's answer is a graph, a set (SPARQL 1.1 §16.4): no triple twice, though the default graph is a
    union of graphs that repeat some (Dalian's gwr:cooperatesWith). Comunica counts each line it gets."""
    r = httpx.get(server + "/sparql", params={"query": QUERIES["DESCRIBE"]},
                  headers={"Accept": "application/n-triples"}, timeout=30)
    assert r.status_code == 200, r.text
    lines = [line for line in r.text.splitlines() if line.strip()]
    assert len(lines) == len(set(lines)) > 5


# One representative value for each parameter of the route table's paths.
SAMPLES = {"path": "place/dalian", "ext": "ttl", "term": "Target", "name": "all.nq", "kind": "place",
           "key": "dalian", "ref": "place%3Adalian"}


def get_paths(base: str) -> list[str]:
    with httpx.Client(base_url=base, timeout=30) as h:
        queries = h.get("/api/queries").json()
        reports = h.get("/reports", headers={"Accept": "text/html"}).text
    names = {q["name"] for q in (queries["items"] if isinstance(queries, dict) else queries)}
    # named, not the first listed, and bound to one report's facts: HEAD is under test here, not each query's speed
    # (unbound, api-facts is every fact of 78 reports, past the 2 s limit on Virtuoso on a slow machine: CI, stop 17)
    canned = "api-facts"
    assert canned in names
    report = reports.split('href="/report/', 1)[1].split('"', 1)[0] if 'href="/report/' in reports else "x"
    paths = []
    for e in routes():
        if "GET" not in e.methods or e.path == "/sparql":
            continue
        if e.path == "/api/queries/{name}":
            paths.append(f"/api/queries/{canned}?place=dalian&period=2024")
        elif e.path == "/report/{name}":
            paths.append(f"/report/{report}")
        elif e.path == "/graph/{name}":
            paths.append("/graph/entities")
        elif e.path == "/graph/draft/{name}":
            paths.append("/graph/draft/dalian-2027")        # no drafts loaded here: 404, HEAD alike
        else:
            paths.append(e.path.replace(":path}", "}").format(**SAMPLES))
    needs = {"/api/search": "?q=dalian", "/api/compare": "?indicator=gdp"}      # their required parameters
    return [p + needs.get(p, "") for p in paths] + ["/sparql?query=ASK%7B%7D", "/static/site.css"]


@pytest.fixture(scope="module")
def unhurried(settings):
    """`python -m api serve` on each backend with the default 10 s query time limit: HEAD/GET parity is not about
    the time limit, and under the 2 s of `server` a describe of Dalian on Virtuoso (GET 503, HEAD 200) and a cold
    /charts ran out of time on a loaded CI machine six times in a row (stops 27 and 28)."""
    with serve(settings, GWR_WORKERS="2") as (_, url):
        yield url


def test_head_wherever_get_is(unhurried, request):
    server = unhurried
    paths = get_paths(server)
    assert "/" in paths and "/id/place/dalian" in paths and "/dumps/all.nq" in paths
    other = {}
    with httpx.Client(base_url=server, timeout=90) as h:
        for path in paths:
            for _ in range(2):      # a pair is asked again once if either side still ran out of time
                g, r = h.get(path), h.head(path)
                if 503 not in (g.status_code, r.status_code):
                    break
            assert r.status_code == g.status_code != 405, path
            assert r.headers.get("content-type") == g.headers.get("content-type"), path
            assert r.content == b"", path
            if g.status_code != 200:
                other[path] = g.status_code
            if g.status_code == 200:
                assert json.dumps(sorted(set(g.headers) - {"date", "content-length", "transfer-encoding"})) == \
                    json.dumps(sorted(set(r.headers) - {"date", "content-length", "transfer-encoding"})), path
    if "virtuoso" in request.node.name and other.get("/charts") == 503:
        del other["/charts"]    # too slow on Virtuoso 7.2 over 78 reports: a timeout, documented (README, Virtuoso)
    # all but these redirects, and a drafted graph where no drafts are loaded, answer 200
    assert other == {"/ontology/Target": 303, "/favicon.ico": 301, "/graph/draft/dalian-2027": 404}
