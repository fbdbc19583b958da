"""Drafted targets reach the cascade (issue 13, deliverable 7): a drafted graph describes its report (a
gwr:WorkReport with dcterms:spatial its place) and proposes a place the registry lacks (its class from the corpus
table's level, its name as skos:prefLabel, no code), so queries/cascade.rq, which joins a target to its report's
place and ranks a place without a division code by its class, shows drafted targets under ?graphs=drafted.

The drafts are made by the real extractor the way draft-corpus makes them (api.extract.corpus: a corpus.tsv, one
worker state, draft_one) from the sample of tests/fixtures/drafts and two corpus-style reports written here."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.extract import corpus
from api.settings import Settings
from tests.fixtures.root import REPO
from tests.fixtures.service import drafts_client

pytestmark = pytest.mark.embedded_only

DRAFTED = "machine-drafted, unreviewed"
FILLER = ("做好今年工作，要坚持以人民为中心的发展思想，统筹发展和安全，着力扩大有效需求，着力推进产业转型升级，"
          "着力保障和改善民生，推动经济实现质的有效提升和量的合理增长，奋力谱写高质量发展新篇章。\n")


def report(title: str, whole: str, growth: str) -> str:
    return (f"{title}\n各位代表：\n现在，我代表人民政府，向大会报告工作，请予审议。\n一、2026年工作回顾\n"
            f"过去一年，{whole}上下坚持稳中求进工作总基调，经济运行总体平稳，社会大局和谐稳定。\n"
            f"二、2027年主要预期目标\n今年经济社会发展的主要预期目标是：{whole}地区生产总值增长{growth}左右。\n"
            + FILLER * 2)


ROWS = [  # file, report_id, level, place_zh, year, title, text
    ("dalian-2027.txt", "dalian-2027", "city", "大连市", "2027", "政府工作报告",
     (REPO / "tests" / "fixtures" / "drafts" / "dalian-2027.txt").read_text(encoding="utf-8") + FILLER),
    ("hebei-2027.txt", "hebei-2027", "province", "河北省", "2027", "政府工作报告",
     report("2027年河北省政府工作报告", "全省", "6%")),
    ("beijing-2027.txt", "beijing-2027", "city", "北京市", "2027", "政府工作报告",
     report("政府工作报告", "全市", "5%")),
]


def draft_folder(folder: Path) -> list[dict]:
    """Every report of the folder drafted by draft-corpus's worker, in id order."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["file\treport_id\tlevel\tplace_zh\tyear\ttitle\tsha256"]
    for file, rid, level, place, year, title, text in ROWS:
        (folder / file).write_text(text, encoding="utf-8")
        lines.append("\t".join((file, rid, level, place, year, title, "")))
    (folder / "corpus.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = Settings(root=REPO)
    corpus._init(str(settings.root), str(settings.ontology_dir), {"found": 1.0})
    out = [corpus.draft_one(item) for item in corpus.collect([folder], set())]
    assert not [r["error"] for r in out if "error" in r]
    return out


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> list[dict]:
    return draft_folder(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def client(drafted, tmp_path_factory):
    with drafts_client("".join(r["nquads"] for r in drafted), tmp_path_factory.mktemp("drafts")) as c:
        yield c


def test_drafted_targets_are_in_the_cascade_with_their_level_and_label(client):
    answer = client.get("/api/cascade", params={"indicator": "gdp", "year": 2027, "graphs": "drafted"})
    assert answer.status_code == 200, answer.text
    rows = answer.json()["rows"]
    got = [(r["placeLabel"], r["level"], r["code"], r["value"], r["review"]) for r in rows]
    # 北京市 is a 直辖市 (province-level, schema:State and schema:City), 河北省 a province: level 1 without a code,
    # then Dalian by its registry code 210200; ordered by level, code, place IRI
    assert got == [("北京市", 1, "", 5, DRAFTED), ("河北省", 1, "", 6, DRAFTED), ("大连", 2, "210200", 5.5, DRAFTED)]
    assert rows[1]["quote"] == "全省地区生产总值增长6%左右"
    # the reviewed cascade has no drafted row; all = reviewed + drafted
    reviewed = client.get("/api/cascade", params={"indicator": "gdp", "year": 2027}).json()
    assert reviewed["total"] == 0
    both = client.get("/api/cascade", params={"indicator": "gdp", "year": 2027, "graphs": "all"}).json()
    assert both["total"] == 3


def test_the_reviewed_cascade_is_unchanged_by_the_drafts(client):
    reviewed = client.get("/api/cascade", params={"indicator": "gdp", "year": 2024}).json()
    assert reviewed["rows"] and {r["review"] for r in reviewed["rows"]} == {"reviewed"}
    both = client.get("/api/cascade", params={"indicator": "gdp", "year": 2024, "graphs": "all"}).json()
    assert both["rows"] == reviewed["rows"]


def test_a_drafted_place_is_labelled_only_in_its_drafted_graph(client):
    query = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { "
             "<https://w3id.org/gwr/id/place/hebei> skos:prefLabel ?l }")

    def labels(**params) -> list[str]:
        r = client.get("/sparql", params={"query": query, **params},
                       headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, r.text
        return [b["l"]["value"] for b in r.json()["results"]["bindings"]]
    assert labels() == []
    assert labels(**{"default-graph-uri": "https://w3id.org/gwr/graph/set/drafted"}) == ["河北省"]
