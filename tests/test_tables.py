"""Each table lives once (issue 10.2): namespaces and prefixes (api/iris.py), entity kinds (api/iris.py), relation
predicates (read from ontology/gwr.ttl by api/vocab.py), formats (api/service/formats.py), concept labels (read
from ontology/schemes.ttl by api/service/web/i18n.py); and GWR_BASE_IRI works everywhere: a project built,
validated and served under another base has every IRI and every canned query under it."""
import ast
import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Namespace
from rdflib.collection import Collection

from api import iris
from api.service import formats
from api.service.app import create_app
from api.service.web import i18n
from api.settings import Settings
from api.vocab import load_vocabulary
from tests.fixtures.root import REPO, make_two_root

ONTOLOGY = REPO / "ontology"
SOURCES = sorted(p for p in (REPO / "api").rglob("*.py"))
OTHER_BASE = "https://example.org/kg/"


def source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- namespaces and kinds

def test_no_second_prefix_table_in_the_code():
    """A module that spells out three or more of the table's namespaces is a copy of it."""
    namespaces = [iri for name, iri in iris.VOCABULARIES.items() if name not in ("rdf", "rdfs", "xsd")]
    for path in SOURCES:
        if path.name == "iris.py":
            continue
        text = source(path)
        found = [iri for iri in namespaces if f'"{iri}"' in text]
        assert len(found) < 3, f"{path.relative_to(REPO)} holds a prefix table: {found}"
        assert not re.search(r"^\s*PREFIXES\s*=\s*\{", text, re.M), path


def strings(path: Path) -> list[str]:
    """The string constants of a module, its docstrings left out."""
    tree = ast.parse(source(path))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs]


def test_no_file_names_the_base():
    """Queries and code name the dataset's namespaces through the table (gwr:, id:, graph: under the base)."""
    for path in SOURCES:
        if path.name != "iris.py":
            assert not [s for s in strings(path) if iris.DEFAULT_BASE in s], path.relative_to(REPO)
    for path in (REPO / "queries").rglob("*.rq"):
        assert iris.DEFAULT_BASE not in source(path), path.relative_to(REPO)


def test_the_published_context_agrees_with_the_table():
    context = json.loads((ONTOLOGY / "context.jsonld").read_text("utf-8"))["@context"]
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    table = iris.prefixes()
    assert {k: table[k] for k in prefixes} == prefixes


def test_kinds_once():
    """No tuple or list of (most of) the kinds outside api/iris.py."""
    for path in SOURCES:
        if path.name == "iris.py":
            continue
        for node in ast.walk(ast.parse(source(path))):
            if isinstance(node, (ast.Tuple, ast.List)):
                words = {e.value for e in node.elts if isinstance(e, ast.Constant)}
                assert len(words & set(iris.KINDS)) < 5, (path, node.lineno)


# ---------------------------------------------------------------- relation predicates

def test_relation_predicates_are_the_ontologys_relation_properties():
    vocab = load_vocabulary(ONTOLOGY)
    g = Graph().parse(ONTOLOGY / "gwr.ttl")
    gwr = Namespace(iris.prefixes()["gwr"])
    assert set(vocab.relations.values()) == {gwr[name] for name in (
        "locatedIn", "partOf", "hostedBy", "organisedBy", "inIndustry", "involves", "operatedBy", "cooperatesWith")}
    assert all((p, None, None) in g for p in vocab.relations.values())
    assert vocab.relations["located-in"] == gwr.locatedIn and vocab.relations["cooperates-with"] == gwr.cooperatesWith


def test_the_shapes_allow_exactly_the_relation_properties():
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl")
    sh = Namespace("http://www.w3.org/ns/shacl#")
    shape = Namespace(iris.DEFAULT_BASE + "shapes#")["StatedRelation-predicate"]
    allowed = set(Collection(shapes, shapes.value(shape, sh["in"])))
    assert allowed == set(load_vocabulary(ONTOLOGY).relations.values())


def test_no_hand_written_predicate_list():
    for path in SOURCES:
        assert '"cooperates-with"' not in source(path) and "GWR.cooperatesWith" not in source(path), path


# ---------------------------------------------------------------- formats

def test_every_format_key_has_one_media_type_suffix_and_writer():
    suffixes = [f.suffix for f in formats.FORMATS.values()]
    assert len(suffixes) == len(set(suffixes))
    for key, f in formats.FORMATS.items():
        assert f.key == key and formats.CONTENT_TYPE[key] == f.media and formats.SUFFIXES[f.suffix] == key
        assert not (f.rdf and f.results)
    for table in (formats.RESULTS, formats.GRAPHS, formats.DATASETS, formats.HTML, formats.TABLES):
        assert set(formats.keys(table)) <= set(formats.FORMATS)
    for key in formats.keys(formats.RESULTS):
        assert formats.FORMATS[key].results is not None
    for key in formats.keys(formats.GRAPHS + formats.DATASETS):
        assert formats.FORMATS[key].rdf is not None


def test_no_second_format_table_in_the_service():
    for path in (REPO / "api" / "service").rglob("*.py"):
        if path.name == "formats.py":
            continue
        text = source(path)
        assert not re.search(r":\s*ox\.(RdfFormat|QueryResultsFormat)\.[A-Z_]+\s*,", text), path
        assert "SUFFIXES.get(" not in text and "removesuffix(\".csv\")" not in text, path


def test_the_twin_helper_splits_only_what_a_route_offers():
    assert formats.split("place/dalian.ttl", formats.DOCUMENTS) == ("place/dalian", "turtle")
    assert formats.split("place/dalian.csv", formats.DOCUMENTS) == ("place/dalian.csv", None)
    assert formats.split("facts-by-indicator.csv", formats.TABLES) == ("facts-by-indicator", "csv")
    assert formats.split("facts-by-indicator.json", formats.TABLES) == ("facts-by-indicator", "rows")
    assert formats.by_name("json", formats.TABLES) == "rows"
    assert formats.by_name("sparql-json", formats.TABLES) == "json"
    assert formats.by_name("ttl", formats.DOCUMENTS) == "turtle" and formats.by_name("csv", formats.DOCUMENTS) is None


# ---------------------------------------------------------------- concept labels

def test_ui_labels_of_concepts_are_the_schemes_labels():
    i18n.load_labels(ONTOLOGY)
    g = Graph().parse(ONTOLOGY / "schemes.ttl")
    skos = Namespace(iris.VOCABULARIES["skos"])
    for table, scheme in ((i18n.STATUS, "project-status"), (i18n.COMPARISON, "comparison")):
        concepts = set(g.subjects(skos.inScheme, Namespace(iris.prefixes()["id"])[scheme]))
        assert set(table) == {str(g.value(c, skos.notation)) for c in concepts}
        for c in concepts:
            labels = {label.language: str(label) for label in g.objects(c, skos.prefLabel)}
            assert table[str(g.value(c, skos.notation))] == (labels["zh"], labels["en"])


def test_i18n_has_no_unused_keys():
    text = "".join(source(p) for p in (REPO / "api" / "service").rglob("*.py") if p.name != "i18n.py")
    text += "".join(source(p) for p in (REPO / "api" / "service" / "web" / "templates").glob("*.html"))
    unused = [key for key in i18n.TEXT if f'"{key}"' not in text and f"'{key}'" not in text]
    assert not unused, unused


# ---------------------------------------------------------------- GWR_BASE_IRI

@pytest.fixture(scope="module")
def rebased_root(tmp_path_factory):
    root = make_two_root(tmp_path_factory.mktemp("base") / "root")
    env = {"GWR_ROOT": str(root), "GWR_BASE_IRI": OTHER_BASE, "PATH": "/usr/bin:/bin"}
    for verb in ("build", "validate"):
        run = subprocess.run([sys.executable, "-m", "api", verb], cwd=REPO, capture_output=True, text=True, env=env)
        assert run.returncode == 0, f"{verb}: {run.stdout}{run.stderr}"
    return root


@pytest.mark.slow
def test_the_build_mints_every_iri_under_the_configured_base(rebased_root):
    graph = rebased_root / "data" / "graph"
    assert iris.DEFAULT_BASE not in (graph / "all.nq").read_text("utf-8")
    for path in [*graph.glob("*.ttl"), graph / "all.jsonld", rebased_root / "docs" / "ontology.html"]:
        assert iris.DEFAULT_BASE not in path.read_text("utf-8"), path
    quads = list(ox.parse(path=str(graph / "all.nq"), format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} >= {OTHER_BASE + "graph/ontology", OTHER_BASE + "graph/entities"}
    assert json.loads((graph / "all.jsonld").read_text("utf-8"))["@context"] == OTHER_BASE + "context.jsonld"


@pytest.mark.slow
def test_the_service_serves_entities_and_canned_queries_under_the_configured_base(rebased_root):
    settings = dataclasses.replace(Settings(root=rebased_root), base_iri=OTHER_BASE, workers=1, own_workers=1)
    with TestClient(create_app(settings)) as client:
        items = client.get("/api/entities", params={"limit": 5}).json()["items"]
        assert items and all(item["iri"].startswith(OTHER_BASE + "id/") for item in items)
        ref = items[0]["id"]
        doc = client.get(f"/id/{ref}.nt")
        assert doc.status_code == 200 and f"<{OTHER_BASE}id/{ref}>" in doc.text
        assert iris.DEFAULT_BASE not in doc.text
        turtle = client.get(f"/id/{ref}.ttl").text
        assert f"@prefix gwr: <{OTHER_BASE}ontology#>" in turtle
        mentions = client.get("/api/queries").json()["items"]
        defaults = [p["default"] for q in mentions for p in q["params"] if p["type"] == "iri" and p["default"]]
        assert defaults and all(d.startswith(OTHER_BASE) for d in defaults)
        answers = {q["name"]: client.get(f"/api/queries/{q['name']}") for q in mentions}
        assert all(r.status_code == 200 for r in answers.values()), {n: r.text for n, r in answers.items()}
        totals = {n: r.json().get("total") for n, r in answers.items() if isinstance(r.json(), dict)}
        assert totals["entity-counts-by-type"] > 0 and totals["facts-by-indicator"] > 0, totals
        rows = client.get("/api/queries/entity-counts-by-type").json()["rows"]
        assert all(row["type"].startswith(OTHER_BASE + "ontology#") for row in rows)
        context = client.get("/context.jsonld").json()["@context"]
        assert context["gwr"] == OTHER_BASE + "ontology#"
        assert client.get("/ontology.ttl").status_code == 200
