"""A rank written without its unit word (居全省第一, 分别居全省第4、第2, 增速分列全省第三和第一) is a fact with
measure rank (docs/records.md, "measure"); found missing by the hand count of recall on unread reports
(bench/recall.py, seed 1931; bench/README.md "Recall by hand on unread reports"). Real registry, real extractor."""
from __future__ import annotations

import pytest

from api.extract.draft import draft

REVIEW = "2023年测试市政府工作报告\n各位代表：\n一、2022年工作回顾\n{}\n"


def ranks(registry, sentence: str) -> list[tuple[str, str, str]]:
    text = REVIEW.format(sentence)
    d = draft(text, "ceshi-2023", registry, year=2023, place="place/ceshi", level="city")
    return [(text[f.value_start:f.value_end], f.reading.measure, f.subject) for f in d.facts if f.quantity.rank]


@pytest.mark.parametrize("sentence, expected", [
    # Shaoyang 2023 (the recall sample): each listed rank, and the one shared by the two counts before it
    ("市场主体总量达45.6万户、其中企业10.3万户，分别居全省第4、第2。",
     [("4", "rank", "市场主体总量"), ("2", "rank", "企业")]),
    ("规上工业R&D经费增速全省排名第一。", [("一", "rank", "规上工业R&D经费增速全省")]),
    ("城乡居民养老保险待遇水平稳居中部地区第1。", [("1", "rank", "城乡居民养老保险待遇水平")]),
    ("增速分列全省第三和第一。", [("三", "rank", "增速"), ("一", "rank", "增速")]),
    ("省属企业营收和利润分别居全国第5、第6位。", [("5", "rank", "省属企业营收"), ("6位", "rank", "省属企业利润")]),
    # who is ranked is no quantity of its own: 8项 is, 15个 (the cities ranked) is not
    ("我市有8项增速位居15个副省级城市第一。", [("一", "rank", "增速")]),
    # with a unit word, as before
    ("综合发展评价指数居全省第3位。", [("3位", "rank", "综合发展评价指数")]),
])
def test_ranks_without_a_unit_word(registry, sentence, expected):
    assert ranks(registry, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "经济总量位居全国第一方阵。",            # 第一 begins a name
    "成功举办第二十届中国国际投资贸易洽谈会。",  # an ordinal
    "入选第一批国家级试点。",                # an ordinal, no rank verb
])
def test_ordinals_are_no_rank(registry, sentence):
    assert ranks(registry, sentence) == []
