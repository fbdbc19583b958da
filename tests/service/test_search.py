"""Search that forgives (issue 14 §5): typos, traditional characters, official and short names, pinyin with
or without tones and ü typed as v, English partial names, Chinese that sounds alike; ranked, with a score,
and without flooding. Runs /api/search on the real data, on both backends (the catalogue's query is theirs)."""

import pytest

from api.service.catalogue import division_forms, fold, simplified


def search(client, q, **params):
    answer = client.get("/api/search", params={"q": q, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


def ids(client, q, **params):
    return [i["id"] for i in search(client, q, **params)]


# The misses of issue 14, each with the entity it should find (first is the best hit when `top`).
MISSES = [
    ("上海", "place/shanghai", True),                           # the label is 沪, the English label Shanghai
    ("辽宁省", "place/liaoning", True),                          # the label is 辽宁; division code 210000
    ("旅順", "place/lushunkou-district", True),                  # traditional 順
    ("airprot", "project/jinzhouwan-international-airport", False),   # a transposition
    ("dalain", "place/dalian", True),
    ("lvshun", "place/lushunkou-district", True),                # ü typed as v
    ("金洲湾", "project/jinzhouwan-international-airport", True),  # 洲 for 州: sounds the same
    ("Jinzhou Bay", "project/jinzhouwan-international-airport", True),  # English, partly
]


@pytest.mark.parametrize(("q", "ref", "top"), MISSES, ids=[m[0] for m in MISSES])
def test_issue_misses_are_found_on_the_first_page(client, q, ref, top):
    found = ids(client, q)
    assert ref in found
    if top:
        assert found[0] == ref


def test_more_forms(client):
    assert ids(client, "辽宁")[0] == "place/liaoning"
    assert ids(client, "金州")[0] == "place/jinzhou-district"          # 金州区 without 区
    assert ids(client, "大连市")[0] == "place/dalian"
    assert ids(client, "Lǚshùnkǒu")[0] == "place/lushunkou-district"   # with tones
    assert ids(client, "lu shun kou")[0] == "place/lushunkou-district"  # with spaces
    assert ids(client, "Liaoning")[0] == "place/liaoning"
    assert "zone/airport-economic-zone" in ids(client, "airprot")
    assert ids(client, "quanshi")[0] == "place/dalian"                 # the reading of the alias 全市


def test_ranking_and_scores(client):
    items = search(client, "dalian")
    assert items[0]["id"] == "place/dalian" and items[0]["match"] == "exact"
    scores = [i["score"] for i in items]
    assert scores == sorted(scores, reverse=True)
    ranks = {"exact": 4, "prefix": 3, "word": 2, "words": 2, "substring": 1, "fuzzy": 0, "some words": 0}
    order = [ranks[i["match"]] for i in search(client, "jinzhou", limit=50)]
    assert order == sorted(order, reverse=True)
    typo = search(client, "dalain")
    assert typo[0]["match"] == "fuzzy" and typo[0]["score"] < items[-1]["score"]


@pytest.mark.parametrize("q", ["xqzvbnmw", "qwerty", "zzzz", "asdfgh", "zq", "龘靐"])
def test_nonsense_finds_nothing(client, q):
    assert ids(client, q) == []


def test_no_flood(client):
    # a Chinese query's reading is not matched fuzzily (上海 is not 长海 Changhai)
    # every hit names Shanghai (as the registry grows, so may the hits); none is a fuzzy reading
    shanghai = search(client, "上海")
    assert shanghai[0]["id"] == "place/shanghai" and "programme/shanghai-dalian-paired-cooperation" in \
        [i["id"] for i in shanghai]
    assert all(i["match"] != "fuzzy" and ("Shanghai" in i["labels"]["en"] or "沪" in i["labels"]["zh"])
               for i in shanghai), shanghai
    assert not any(i["id"].startswith(("place/changhai", "project/changhai")) for i in shanghai)
    assert ids(client, "辽宁省") == ["place/liaoning"]
    assert len(ids(client, "airprot")) <= 10
    assert ids(client, "dalain", kind="place") == ["place/dalian"]


def test_folding_and_forms():
    assert simplified("旅順口區") == "旅顺口区" and simplified("Dalian") == "Dalian"
    assert fold("Lǚshùnkǒu Qū") == "lushunkouqu"
    assert division_forms("辽宁", "210000") == ["辽宁省"]
    assert division_forms("大连", "210200") == ["大连市"]
    assert division_forms("金州区", "210213") == ["金州"]
    assert division_forms("北京", "110000") == ["北京市"]
    assert division_forms("韩国", "") == []
