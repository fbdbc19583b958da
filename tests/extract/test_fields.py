"""The indicator, kind and modality of drafted facts: one test per class of error fixed at stop 17 (issue 13,
deliverable 6), each on a small text of the wordings found in the development half and in drafts of reports of
other provinces and cities, through the real extractor and the real registry (data/entities/indicators.yaml)."""
from __future__ import annotations

import pytest

from api.extract.facts import extract_facts
from api.extract.indicators import Lexicon
from api.extract.structure import parse


def indicators(facts) -> list[tuple[str, str]]:
    return [(f.quantity.value, f.indicator.removeprefix("indicator/")) for f in facts]


@pytest.mark.parametrize("sentence,expected", [
    # wording variants the registry now names (true synonyms, aliases)
    ("进出口总额增长7%左右", [("7%", "foreign-trade")]),                 # not 出口总额 inside 进出口总额
    ("粮食产量达到25.8亿斤", [("25.8亿斤", "grain-output")]),
    ("公共财政预算收入2640.5亿元", [("2640.5亿元", "general-public-budget-revenue")]),
    ("全社会研发经费投入强度达到2.5%", [("2.5%", "rd-intensity")]),
    ("万元GDP综合能耗下降3.2%", [("3.2%", "energy-intensity")]),
    ("生产总值增长11%左右", [("11%", "gdp")]),                           # a province's report: 生产总值 alone
    ("人均生产总值1.5万元", [("1.5万元", "per-capita-gdp")]),           # not the GDP inside it
])
def test_registry_wordings(facts_of, sentence, expected):
    assert indicators(facts_of(sentence, "review")) == expected


def test_qualifier_only_subject_carries_the_indicator(facts_of):
    """实际增长, 按可比口径增长, 比2002年增长, 是2002年的2.4倍: the value is of the thing already named."""
    facts = facts_of("城镇居民人均可支配收入8008元，实际增长7.6%；人均生产总值1.5万元，是2002年的2.4倍。", "review")
    assert indicators(facts) == [("8008元", "urban-disposable-income"), ("7.6%", "urban-disposable-income"),
                                 ("1.5万元", "per-capita-gdp"), ("2.4倍", "per-capita-gdp")]


def test_urban_and_rural_income_in_turn(facts_of):
    """城乡居民人均可支配收入X元和Y元, 分别增长A和B: the urban one, then the rural one."""
    facts = facts_of("城乡居民人均可支配收入34993元和13747元，分别增长6.4%和6.7%。", "review")
    assert indicators(facts) == [("34993元", "urban-disposable-income"), ("13747元", "rural-disposable-income"),
                                 ("6.4%", "urban-disposable-income"), ("6.7%", "rural-disposable-income")]
    facts = facts_of("城乡低保标准分别提高8%和12%。", "review")
    assert indicators(facts) == [("8%", "urban-minimum-living-allowance-standard"),
                                 ("12%", "rural-minimum-living-allowance-standard")]


def test_list_items_completed_by_the_shared_head_or_tail(facts_of):
    """化学需氧量、二氧化硫排放量分别下降 (the tail 排放量 is shared); 单位国内生产总值用水量、能耗 (the head)."""
    facts = facts_of("化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。", "review")
    assert indicators(facts) == [("9.66%", "cod-emissions"), ("13.14%", "so2-emissions")]
    facts = facts_of("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。")
    assert indicators(facts) == [("23%", "water-intensity"), ("15%", "energy-intensity"),
                                 ("18%", "carbon-intensity")]


def test_respectively_with_two_attributes(facts_of):
    """城镇和农村常住居民人均可支配收入分别达X元和Y元、年均实际增长A和B: the items in turn, twice."""
    facts = facts_of("城镇和农村常住居民人均可支配收入分别达34757元和13360元、年均实际增长7.2%和9.0%。", "review")
    assert [i for _, i in indicators(facts)] == ["urban-disposable-income", "rural-disposable-income"] * 2


def test_shared_value_split_on_and(facts_of):
    """A、B和C均增长14%: three facts, the last item being two."""
    facts = facts_of("地方财政一般预算收入、城镇居民人均可支配收入和农民人均纯收入均增长14%。", "review")
    assert sorted(i for _, i in indicators(facts)) == ["general-public-budget-revenue", "rural-net-income",
                                                       "urban-disposable-income"]


def test_respectively_understood(facts_of):
    """X元，Y元，实际增长A和B: the values of the earlier clauses, in order, as if 分别 were written."""
    facts = facts_of("城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%。", "review")
    assert indicators(facts)[2:] == [("8.4%", "urban-disposable-income"), ("8%", "rural-net-income")]


def test_noun_carried_from_the_sentence(facts_of):
    """总量, 人均, 总产量 name the thing of the sentence's earlier words."""
    facts = facts_of("国内生产总值年均增长9%，2007年总量达到8400亿元，人均超过2300美元。")
    assert indicators(facts) == [("9%", "gdp"), ("8400亿元", "gdp"), ("2300美元", "per-capita-gdp")]
    facts = facts_of("粮食连续五年增产，总产量52850万吨。", "review")
    assert indicators(facts)[-1] == ("52850万吨", "grain-output")


def test_the_economy_grows(facts_of):
    """经济增长预期目标为7%左右: the growth of the economy's output (GDP)."""
    assert indicators(facts_of("今年经济增长预期目标为7%左右。")) == [("7%", "gdp")]


def test_a_share_whose_name_holds_the_whole(facts_of):
    """A registry name holding 占…比重 is found (the mask of 占GDP比重 no longer hides it)."""
    facts = facts_of("研究与试验发展经费支出占地区生产总值比重从1.76%提高到2.50%。", "review")
    assert {i for _, i in indicators(facts)} == {"rd-intensity"}


def test_a_review_part_named_by_its_year(registry):
    """一、2021年主要工作 in the 2022 report reviews 2021 (results), even after the opening words."""
    text = ("2022年大连市政府工作报告\n各位代表：\n一、2021年主要工作\n城镇新增就业13.3万人。\n"
            "二、2022年重点工作安排\n城镇新增就业10万人以上。\n")
    doc = parse(text)
    facts = extract_facts(doc, Lexicon(registry, "place/dalian", "大连市"), "place/dalian")
    assert [(f.kind, f.period) for f in facts] == [("result", 2021), ("target", 2022)]


def test_estimate_across_semicolons_until_a_verb_of_its_own(facts_of):
    """预计…；一般公共预算收入增长7% (no verb of its own): an estimate; 预计实现…；完成…投资: the verb starts a new
    statement; 初步核算 is the accounting of its own clause (the GDP)."""
    facts = facts_of("预计全市地区生产总值增长6.5%左右；一般公共预算收入增长7%；固定资产投资增长10%左右。", "review")
    assert [f.reading.modality for f in facts] == ["estimate"] * 3
    facts = facts_of("全市预计实现地区生产总值2569亿元，增长16.4%；完成全社会固定资产投资1469亿元，增长32.3%。",
                     "review")
    assert [f.reading.modality for f in facts] == ["estimate", "estimate", "", ""]
    facts = facts_of("初步核算全市生产总值实现1632.6亿元，比上年增长15.2%；完成全社会固定资产投资506.9亿元。", "review")
    assert [f.reading.modality for f in facts] == ["preliminary", "preliminary", ""]


def test_securing_funds_is_not_aspirational(facts_of):
    """争取地方政府专项债券171亿元 obtains funds; 争创…5家 and 力争增长7% strive."""
    assert [f.reading.modality for f in facts_of("争取地方政府专项债券171亿元。", "review")] == [""]
    assert [f.reading.modality for f in facts_of("争创全国示范性老年友好型社区5家。")] == ["aspirational"]
    assert [f.reading.modality for f in facts_of("地区生产总值增长6%以上，力争增长7%。")] == ["", "aspirational"]
