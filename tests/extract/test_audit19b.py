"""The indicator with the entity it is about, round 3 (stop 19, DEV4 sample of bench/audit.py, seed 1902, and the
indicator errors left in the stop-18 DEV rows; bench/README.md "Round 3: the indicator"). Real registry, real
extractor; wordings of corpus reports (positive and negative examples of each class)."""
from __future__ import annotations

import pytest


def facts(facts_of, sentence: str, part: str = "review") -> dict[str, tuple[str, str]]:
    """value as written → (indicator, label) of each drafted fact of one sentence."""
    return {f.quantity.value: (f.indicator, f.subject) for f in facts_of(sentence, part)}


@pytest.mark.parametrize("sentence,value,label", [
    ("第九（七）批援藏累计实施援藏项目935个，完成投资34.9亿元。", "34.9亿元", "援藏项目投资"),            # Rikaze 2023
    ("谋划推进央地合作项目138个，全年投资147.3亿元，增长42.4%。", "147.3亿元", "央地合作项目投资"),       # Yingkou 2025
    ("计划安排重大项目200项、总投资3623亿元，其中当年实施180项、年度投资983.5亿元。", "983.5亿元",
     "重大项目年度投资"),                                                                                # Xuzhou 2014
    ("计划安排重大项目200项、总投资3623亿元。", "3623亿元", "重大项目总投资"),
    ("推动中石化催化剂二期等252个前期项目落地，完成年度投资100亿元以上。", "100亿元", "前期项目年度投资"),
])
def test_investment_of_a_set_of_projects_carries_what_was_invested_in(facts_of, sentence, value, label):
    """A generic 投资/总投资/年度投资 after a set of projects the sentence names is that set's investment; the
    proposed label carries the projects (issue 13 deliverable 6: the indicator names what the number measures)."""
    indicator, got = facts(facts_of, sentence)[value]
    assert got == label and indicator.startswith("indicator/proposed-")


def test_investment_without_projects_keeps_its_label(facts_of):
    """No project named before it in the sentence: the label stays as written (nothing is invented)."""
    assert facts(facts_of, "全市完成投资365.8亿元、增长36%。")["365.8亿元"][1] == "投资"
    assert facts(facts_of, "全社会固定资产投资增长10%。")["10%"][0] == "indicator/fixed-asset-investment"


@pytest.mark.parametrize("sentence,value,label", [
    ("新增国家级创新平台1家、省级创新平台17家、院士工作站2家。", "2家", "新增院士工作站"),  # Hengshui 2020, round 18
    ("新建2座变电站、安装市内变压器130台。", "130台", "安装市内变压器"),                                 # Nanchang 2004
    ("实施2座水库除险加固和6个中小河流治理项目。", "6个", "中小河流治理项目"),                           # Bijie 2019
    ("城镇新增就业21万人、农村劳动力转移就业270万人。", "270万人", "农村劳动力转移就业"),               # Jilin 2024
])
def test_a_listed_item_with_numbers_before_it_is_not_the_neighbours(facts_of, sentence, value, label):
    """An item of a list whose items carry numbers of their own is not the first item's indicator (the list's
    shared name is for names without numbers, 对日本、韩国进出口); the counted noun of the previous number (变电站)
    and a joining 和 are not this value's subject."""
    indicator, got = facts(facts_of, sentence)[value]
    assert got == label and indicator.startswith("indicator/proposed-")


@pytest.mark.parametrize("sentence,value,indicator", [
    ("对日本、韩国进出口分别增长5%和6%。", "6%", "indicator/foreign-trade"),
    ("13个国考河流断面水质优良比例、重点建设用地安全利用率、危险废物安全处置率均为100%。", "100%", None),
    ("创建省级优质高中52所、占比62%。", "62%", "indicator/provincial-quality-high-schools"),
])
def test_names_sharing_one_indicator_still_share_it(facts_of, sentence, value, indicator):
    """Negative examples: names without numbers share the list's indicator; a value shared by listed rates stays
    one fact per rate (the first rate is not cut off as the count's noun); a share of the item before is its."""
    got = [(f.indicator, f.subject) for f in facts_of(sentence, "review") if f.quantity.value == value]
    if indicator:
        assert got[0][0] == indicator
    else:
        assert [label for _, label in got][0].startswith("国考河流断面水质优良比例") and len(got) == 3


def test_deposits_and_loans_are_split(facts_of):
    """存贷款余额分别…: the deposits, then the loans (Baoshan 2025, Yantai 2011), as 城乡X is urban then rural."""
    got = facts(facts_of, "金融机构人民币存贷款余额分别增长6.5%、4.3%。")
    assert got["6.5%"][1] == "金融机构人民币存款余额" and got["4.3%"][1] == "金融机构人民币贷款余额"
    got = facts(facts_of, "到2022年末，全市存贷款余额分别达到4081.2亿元和2644.5亿元，"
                          "比2017年底分别增加2398.2亿元和1496.5亿元。")
    assert got["2398.2亿元"][1] == "存款余额" and got["1496.5亿元"][1] == "贷款余额"


@pytest.mark.parametrize("sentence,value,label", [
    ("万元地区生产总值平均耗水量年均下降3%。", "3%", "万元地区生产总值平均耗水量"),                   # Taiyuan 2006
    ("规模以上工业增加值能耗下降16%。", "16%", "规模以上工业增加值能耗"),                               # Zhengzhou
])
def test_a_registry_name_modifying_a_head_noun_is_not_the_indicator(facts_of, sentence, value, label):
    """万元地区生产总值…耗水量 measures water use, not GDP: a registry name followed by a head noun (能耗, 耗水量,
    用水量) is a modifier, and the wording is proposed (a registry concept must not swallow a narrower wording)."""
    indicator, got = facts(facts_of, sentence)[value]
    assert got == label and indicator.startswith("indicator/proposed-")


def test_a_registry_name_holding_the_head_noun_is_kept(facts_of):
    assert facts(facts_of, "单位地区生产总值能耗下降3%。")["3%"][0] == "indicator/energy-intensity"
    assert facts(facts_of, "地区生产总值增长6%。")["6%"][0] == "indicator/gdp"
