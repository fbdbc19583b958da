"""Round 27 (after TEST14): a registry indicator matched on the tail of a longer subject that narrows it — a sector,
an ownership group, a part of the place, a class of projects — and a part of the place that governs the later
clauses of its sentence. The figure keeps the part in a proposed label (docs/records.md). Real registry, real
extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import facts, labels


def test_a_narrowing_modifier_before_a_registry_name_makes_it_proposed(registry):
    """水利固定资产投资165亿元 (guangxi-2012), 国有及其他经济类型单位固定资产投资增长35％以上 (hebei-2004), 市区空气
    质量优良天数达到334天 (baiyin-2014), 在建新能源项目总投资415亿元 (huanggang-2023): not the place's own indicator."""
    text = ("2011年测试市政府工作报告\n各位代表：\n一、2010年工作回顾\n水利固定资产投资165亿元，实现历史性突破。"
            "国有及其他经济类型单位固定资产投资增长35％以上。市区空气质量优良天数达到334天。"
            "能源投资成为生力军，在建新能源项目总投资415亿元。\n二、2011年主要工作\n今年要继续努力。\n")
    got = facts(registry, text, 2011)
    assert got["165亿元"].subject == "水利固定资产投资" and got["165亿元"].indicator.startswith("indicator/proposed-")
    assert got["35％"].subject == "国有及其他经济类型单位固定资产投资"
    assert got["35％"].indicator.startswith("indicator/proposed-")
    assert got["334天"].subject == "市区空气质量优良天数" and got["334天"].indicator.startswith("indicator/proposed-")
    assert got["415亿元"].subject == "在建新能源项目总投资"


def test_place_time_act_and_caliber_words_keep_the_registry_name(registry):
    """全社会固定资产投资, 全市实现地区生产总值, 规模以上工业总产值, 新增高新技术企业: the place's own indicator."""
    text = ("2011年测试市政府工作报告\n各位代表：\n一、2010年工作回顾\n全社会固定资产投资812亿元。"
            "全市实现地区生产总值3000亿元。规模以上工业总产值2000亿元。\n二、2011年主要工作\n今年要继续努力。\n")
    got = facts(registry, text, 2011)
    assert got["812亿元"].indicator == "indicator/fixed-asset-investment"
    assert got["3000亿元"].indicator == "indicator/gdp"
    assert got["2000亿元"].indicator == "indicator/industrial-gross-output"


def test_a_part_opening_the_sentence_governs_its_later_clauses(registry):
    """六县实现地区生产总值546.7亿元…；财政收入40.45亿元 (liuzhou-2014); 全市开发区工业投资增长20%以上，规上工业
    增加值增长15%以上 (the zones' list of targets)."""
    got = labels(registry, "六县实现地区生产总值546.7亿元，增长9.8%；财政收入40.45亿元，增长10.6%。")
    assert got["546.7亿元"] == ["六县地区生产总值"] and got["40.45亿元"] == ["六县财政收入"]
    got = labels(registry, "全市开发区工业投资增长20%以上，规上工业增加值增长15%以上。")
    assert got["15%"] == ["开发区规上工业增加值"]


def test_a_narrowed_count_of_additions_keeps_its_act(registry):
    """Regression (stop 27's note): 新增100家民营高新技术企业 (nantong-2014) was narrowed to 民营高新技术企业, a stock;
    新认定民营高新技术企业64家 kept the whole place's 高新技术企业. Each is a count of additions: the act stays in the
    narrowed label, and 民营高新技术企业达到640家 (no act) stays the stock."""
    text = ("2011年测试市政府工作报告\n各位代表：\n一、2010年工作回顾\n新增100家民营高新技术企业。"
            "新认定民营高新技术企业64家。民营高新技术企业达到640家。\n二、2011年主要工作\n今年要继续努力。\n")
    got = facts(registry, text, 2011)
    assert got["100家"].subject == "新增民营高新技术企业" and got["100家"].indicator.startswith("indicator/proposed-")
    assert got["64家"].subject == "新认定民营高新技术企业" and got["64家"].indicator.startswith("indicator/proposed-")
    assert got["640家"].subject == "民营高新技术企业"
