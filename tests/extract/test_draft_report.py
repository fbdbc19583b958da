"""A drafted graph says which government it is (issue 13, deliverable 7): the report node as the reviewed graph
describes its reports (gwr:WorkReport, dcterms:spatial, target and reviewed year, title as written), marked
drafted, and, for a place the registry lacks, the proposed place (class from the corpus table's level, name as
skos:prefLabel, never a code or a Wikidata id). Real registry, real extractor."""
from __future__ import annotations

import pytest
import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from api.extract import corpus
from api.extract.draft import dataset, draft, graph_name, place_classes, records_yaml
from api.namespaces import GWR, ID, SCHEMA
from api.settings import Settings
from api.vocab import load_vocabulary
from tests.fixtures.root import REPO

SAMPLE = (REPO / "tests" / "fixtures" / "drafts" / "dalian-2027.txt").read_text(encoding="utf-8")
HEBEI = ("2027年河北省政府工作报告\n各位代表：\n一、2026年工作回顾\n过去一年，全省地区生产总值增长5.6%。\n"
         "二、2027年主要预期目标\n今年经济社会发展的主要预期目标是：全省地区生产总值增长6%左右。\n")


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(Settings().ontology_dir)


def graph(d, vocab):
    return dataset(d, vocab).graph(graph_name(d.report))


def test_a_registry_place_gets_its_report_and_nothing_more(registry, vocab):
    d = draft(SAMPLE, "dalian-2027", registry, level="city", title="政府工作报告")
    g = graph(d, vocab)
    report = ID["report/dalian-2027"]
    assert set(g.objects(report, RDF.type)) == {GWR.WorkReport, GWR.DraftedStatement}
    assert list(g.objects(report, DCTERMS.spatial)) == [ID["place/dalian"]]
    assert list(g.objects(report, GWR.targetYear)) == [Literal("2027", datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#gYear"))]
    assert [str(t) for t in g.objects(report, DCTERMS.title)] == ["2027年大连市政府工作报告"]   # the text's title line
    assert not list(g.triples((ID["place/dalian"], None, None)))      # the entities graph describes Dalian
    proposed = yaml.safe_load(records_yaml(d, "dalian-2027.txt", vocab))["proposed_entities"]
    assert not any(p["id"] == "place/dalian" for p in proposed)


def test_a_place_outside_the_registry_is_proposed(registry, vocab):
    d = draft(HEBEI, "hebei-2027", registry, place="河北省", level="province")
    g = graph(d, vocab)
    place = ID["place/hebei"]
    assert list(g.objects(ID["report/hebei-2027"], DCTERMS.spatial)) == [place]
    assert set(g.objects(place, RDF.type)) == {GWR.AdministrativeDivision, SCHEMA.State, GWR.DraftedStatement}
    assert list(g.objects(place, SKOS.prefLabel)) == [Literal("河北省", lang="zh")]
    assert not list(g.objects(place, GWR.divisionCode)) and not list(g.objects(place, SKOS.exactMatch))
    assert {str(f.about) for f in d.facts} == {"place/hebei"}
    proposed = yaml.safe_load(records_yaml(d, "hebei-2027.txt", vocab))["proposed_entities"][0]
    assert proposed == {"id": "place/hebei", "types": ["AdministrativeDivision"], "zh": "河北省", "level": "province",
                        "reviewed": False}


@pytest.mark.parametrize(("name", "level", "classes"), [
    ("河北省", "province", {SCHEMA.State}),
    ("广西壮族自治区", "", {SCHEMA.State}),
    ("北京市", "city", {SCHEMA.State, SCHEMA.City}),           # a 直辖市: province-level and a city
    ("宿州市", "prefecture", {SCHEMA.City}),
    ("凉山彝族自治州", "prefecture", set()),                    # neither 省 nor 市: a division, level unknown
    ("某县", "county", set()),
])
def test_the_class_comes_from_the_level_and_the_name(name, level, classes):
    assert set(place_classes(name, level)) == {GWR.AdministrativeDivision} | classes
    assert place_classes("中华人民共和国", "national") == [GWR.Country]


def test_drafting_through_the_corpus_table_is_byte_identical_on_rerun(tmp_path):
    text = HEBEI + "做好今年工作，要坚持以人民为中心的发展思想，统筹发展和安全，着力扩大有效需求，" * 5
    (tmp_path / "hebei-2027.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.tsv").write_text("file\treport_id\tlevel\tplace_zh\tyear\ttitle\n"
                                         "hebei-2027.txt\thebei-2027\tprovince\t河北省\t2027\t政府工作报告\n",
                                         encoding="utf-8")
    (item,) = corpus.read_folder(tmp_path)
    assert (item.level, item.place, item.title) == ("province", "河北省", "政府工作报告")
    settings = Settings(root=REPO)
    corpus._init(str(settings.root), str(settings.ontology_dir), {})
    first, second = corpus.draft_one(item), corpus.draft_one(item)
    assert "error" not in first and first["nquads"] == second["nquads"]
    assert '<https://w3id.org/gwr/id/place/hebei> <http://www.w3.org/2004/02/skos/core#prefLabel> "河北省"@zh' in \
        first["nquads"]
