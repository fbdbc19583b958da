"""Two small reports of different places and years through the real pipeline (check, build, validate).

Each report's relative names (全市, 市政府, 全省, 省政府) link to that report's own entities through its report.yaml;
an entity both reports use is one IRI; the check asks only about entities a report's records use.
"""
import shutil
import subprocess
import sys

import pytest
import yaml

from api.settings import Settings
from api.store import open_store, run_query
from tests.fixtures.root import REPO, make_two_root

ID = "https://w3id.org/gwr/id/"
GRAPH = "https://w3id.org/gwr/graph/"
PROVINCE, CITY = "liaoning-2023", "dalian-2019"


def cli(root, verb):
    return subprocess.run([sys.executable, "-m", "api", verb], cwd=REPO, capture_output=True, text=True,
                          env={"GWR_ROOT": str(root), "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = make_two_root(tmp_path_factory.mktemp("two") / "root")
    for verb in ("check", "build", "validate"):
        run = cli(root, verb)
        assert run.returncode == 0, f"{verb}: {run.stdout}{run.stderr}"
    return root


@pytest.fixture(scope="module")
def store(root):
    return open_store(Settings(root=root))


def mentions(store, report: str) -> set[tuple[str, str]]:
    """(quote, entity) of every mention in one report's graph."""
    rows = run_query(store, f"""SELECT ?quote ?body WHERE {{ GRAPH <{GRAPH}{report}> {{
        ?m a <https://w3id.org/gwr/ontology#Mention> ; <http://www.w3.org/ns/oa#hasBody> ?body ;
           <https://w3id.org/gwr/ontology#quote> ?quote }} }}""")
    return {(r["quote"].value, r["body"].value.removeprefix(ID)) for r in rows}


def test_check_build_and_validate_pass_and_each_report_has_its_graph(root):
    assert cli(root, "check").stdout.splitlines() == [
        f"{CITY}: ok — 9 entities, 3 facts, 0 statuses, 0 commitments, 0 relations",
        f"{PROVINCE}: ok — 9 entities, 3 facts, 0 statuses, 0 commitments, 0 relations"]
    for report in (PROVINCE, CITY):
        assert (root / "data" / "graph" / f"{report}.ttl").stat().st_size > 0
    lines = (root / "data" / "graph" / "all.nq").read_text(encoding="utf-8").splitlines()
    # a graph per report, the shared ones, and the derived graph (here: Data Cube observations of the facts)
    assert {line.rsplit(" ", 2)[1] for line in lines} == {f"<{GRAPH}{g}>" for g in
                                                          ("ontology", "entities", PROVINCE, CITY, "derived")}


def test_relative_names_link_each_report_to_its_own_entities(store):
    city, province = mentions(store, CITY), mentions(store, PROVINCE)
    assert {("全市", "place/dalian"), ("我市", "place/dalian"), ("市政府", "org/dalian-municipal-government"),
            ("全省", "place/liaoning"), ("省政府", "org/liaoning-provincial-government")} <= city
    assert {("全省", "place/liaoning"), ("省政府", "org/liaoning-provincial-government")} <= province
    assert ("省委", "org/cpc-liaoning-provincial-committee") in city


def test_no_link_from_one_report_to_the_other_reports_relative_entities(root, store):
    text = (root / "data" / "sources" / f"{PROVINCE}.txt").read_text(encoding="utf-8")
    assert "全市" in text                     # in 健全市场化: the registry used to link it to Dalian
    province = mentions(store, PROVINCE)
    assert not [m for m in province if m[0] == "全市" or m[1] in ("place/dalian", "org/dalian-municipal-government")]
    rows = run_query(store, f"""ASK {{ GRAPH <{GRAPH}{PROVINCE}> {{ ?s ?p <{ID}place/dalian> }} }}""")
    assert not bool(rows)


def test_an_entity_both_reports_use_is_one_iri(store):
    rows = run_query(store, """SELECT DISTINCT ?g ?indicator WHERE { GRAPH ?g {
        ?f <https://w3id.org/gwr/ontology#indicator> ?indicator FILTER (CONTAINS(STR(?indicator), "gdp")) }
        FILTER (?g != <https://w3id.org/gwr/graph/derived>) }""")
    assert {(r["g"].value, r["indicator"].value) for r in rows} == {(f"{GRAPH}{PROVINCE}", f"{ID}indicator/gdp"),
                                                                   (f"{GRAPH}{CITY}", f"{ID}indicator/gdp")}
    both = mentions(store, CITY) & mentions(store, PROVINCE)
    assert ("省政府", "org/liaoning-provincial-government") in both
    labels = run_query(store, f"""SELECT ?s WHERE {{ GRAPH <{GRAPH}entities> {{
        ?s <http://www.w3.org/2004/02/skos/core#prefLabel> "地区生产总值"@zh }} }}""")
    assert [r["s"].value for r in labels] == [f"{ID}indicator/gdp"]


def test_relative_names_are_alternative_labels_unless_they_are_the_zh_label(store):
    rows = run_query(store, f"""SELECT ?s ?l WHERE {{ GRAPH <{GRAPH}entities> {{
        ?s <http://www.w3.org/2004/02/skos/core#altLabel> ?l }} }}""")
    alt = {(r["s"].value.removeprefix(ID), r["l"].value) for r in rows}
    assert {("place/dalian", "全市"), ("place/dalian", "我市"), ("place/liaoning", "全省"),
            ("place/liaoning", "我省")} <= alt
    assert ("org/dalian-municipal-government", "市政府") not in alt     # its zh: a prefLabel (SKOS S13)


def copy_of(root, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("graph"))
    return copy


def test_a_report_with_text_and_report_yaml_and_no_records_passes_check(root, tmp_path):
    copy = copy_of(root, tmp_path)
    shutil.rmtree(copy / "data" / "reports" / CITY / "records")
    run = cli(copy, "check")
    assert run.returncode == 0, run.stderr
    assert f"{CITY}: ok — 9 entities, 0 facts" in run.stdout


def test_a_record_whose_entity_is_not_named_in_its_report_fails_check(root, tmp_path):
    copy = copy_of(root, tmp_path)
    path = copy / "data" / "reports" / PROVINCE / "records" / "main.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["facts"][2]["about"] = "org/dalian-municipal-government"    # 市政府 is not a relative name of this report
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    run = cli(copy, "check")
    assert run.returncode == 1
    assert (f"data/reports/{PROVINCE}/records/main.yaml: r2022-documents-reviewed: entity "
            "org/dalian-municipal-government is not named in the report text") in run.stderr
    assert f"{CITY}: ok" in run.stdout and "Traceback" not in run.stderr


def test_relative_names_table_problems(root, tmp_path):
    copy = copy_of(root, tmp_path)
    path = copy / "data" / "reports" / CITY / "report.yaml"
    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    meta["relative_names"].update({"大连市": "place/dalian", "本市": "place/atlantis"})
    path.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    run = cli(copy, "check")
    assert run.returncode == 1
    where = f"data/reports/{CITY}/report.yaml: relative name"
    assert f"{where} '大连市': is a proper name of place/dalian in the registry" in run.stderr
    assert f"{where} '本市': unknown entity 'place/atlantis'" in run.stderr
