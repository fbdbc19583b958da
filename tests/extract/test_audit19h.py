"""The indicator with the entity it is about, round 5 (stop 19, DEV10 sample of bench/audit.py, seed 1910, and the
indicator classes left in the earlier development samples; bench/README.md "Round 5: the indicator"). Real registry,
real extractor; wordings of corpus reports (positive and negative examples of each class)."""
from __future__ import annotations

import pytest


def facts(facts_of, sentence: str, part: str = "review") -> dict[str, list[tuple[str, str, str]]]:
    """value as written → [(indicator, label, about)] of the drafted facts of one sentence, in order."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for f in facts_of(sentence, part):
        out.setdefault(f.quantity.value, []).append((f.indicator, f.subject, f.about))
    return out


@pytest.mark.parametrize("sentence,value,label,part", [
    ("9.实施城镇老旧小区改造22060户，建成保障性安居工程2300套。", "22060户",
     "实施城镇老旧小区改造", "plan"),  # Tongren 2021
    ("④支持既有住宅加装电梯300台；⑤提质改造农贸市场6家。", "300台", "支持既有住宅加装电梯", "plan"),  # Yueyang 2023
    ("一是促进各类教育协调发展，力争到2015年学前教育毛入园率达到60%。", "60%",
     "学前教育毛入园率", "plan"),  # Guangxi 2011
    ("普通高中升学率首次超过70%。", "70%", "普通高中升学率", "review"),  # Ningxia 2025
    ("提质增效面积8万亩以上，鲜果产量力争突破10万吨。", "10万吨", "鲜果产量", "plan"),  # Qiannan 2023
])
def test_a_label_loses_the_framing_of_its_value(facts_of, sentence, value, label, part):
    """A label names what the number measures: not a list's numbering (9., ④), the year a target is for (到2015年),
    nor the framing words 首次, 力争 before the value's verb (docs/records.md: modality and period are fields)."""
    assert facts(facts_of, sentence, part)[value][0][1] == label


def test_a_label_keeps_numbers_and_words_that_only_look_like_framing(facts_of):
    """Negative examples: a decimal opening a label is a value (2.5万亩), 首 inside 首位 and 力 of 力度 stay."""
    got = facts(facts_of, "新发展进出口企业10家、出口备案基地2.5万亩。")
    assert got["2.5万亩"][0][1] == "出口备案基地"
    assert facts(facts_of, "建成区绿化覆盖率达到42%。")["42%"][0][1] == "建成区绿化覆盖率"


@pytest.mark.parametrize("sentence,value,about", [
    ("筹建省级制造业创新中心2家、企业技术中心30家。", "2家", "place/dalian"),  # Shaanxi 2021
    ("新增省级以上“领跑者”企业5家、制造业单项冠军企业5家。", "5家", "place/dalian"),  # Xingtai 2024
    ("设立总规模360亿元的集成电路、高端装备制造等六支产业基金。", "六支", "place/dalian"),  # Shaanxi 2017
])
def test_an_industry_word_inside_a_name_is_not_what_a_value_is_about(facts_of, sentence, value, about):
    """`about` is the entity the number measures (docs/records.md, facts): an industry word naming a kind of centre,
    firm or fund, or listed as an example before 等, leaves the value the place's."""
    assert all(f[2] == about for f in facts(facts_of, sentence, "plan")[value])


def test_an_industry_that_is_measured_is_still_what_a_value_is_about(facts_of):
    """Negative example: an industry's own output (高端装备制造业产值) is about the industry, as curated dalian-2024."""
    got = facts(facts_of, "高端装备制造业产值达到1900亿元。", "plan")
    assert got["1900亿元"][0][2] == "industry/high-end-equipment-manufacturing"


@pytest.mark.parametrize("sentence,value,label", [
    ("拆除违章建筑5.3万平方米，实施10项亮化和22项绿化工程。", "10项", "实施亮化工程"),  # Chengde 2014
    ("推进“黑土粮仓”科技会战，抓好3个万亩级核心示范基地和30个辐射示范基地建设。", "3个",
     "抓好万亩级核心示范基地"),  # Jilin 2022
    ("抓好100个省级美丽宜居示范村创建和70个重点古村落保护工作。", "100个", "抓好省级美丽宜居示范村创建"),  # Shanxi 2016
])
def test_a_count_before_a_second_counted_item_stops_at_the_join(facts_of, sentence, value, label):
    """实施10项亮化和22项绿化工程: 10 counts 亮化 works, 22 the greening works; the second item with its own number
    is not in the first one's label; a two-character first item takes the second's head (亮化工程)."""
    assert facts(facts_of, sentence, "plan")[value][0][1] == label


def test_a_join_without_a_second_number_is_kept(facts_of):
    """Negative example: 和 joining two nouns of one counted set (no number after it) stays in the label."""
    got = facts(facts_of, "实施12个棚户区和城中村改造项目。", "plan")
    assert got["12个"][0][1] == "实施棚户区和城中村改造项目"


def test_the_agreed_investment_of_projects_names_them(facts_of):
    """签约入驻项目269个、协议投资额591亿元: the agreed investment is the projects' (as 完成投资 of 援藏项目, round 3);
    a 协议投资额 with no 项目 before it is left as written."""
    got = facts(facts_of, "5.0产业新空间建设进展迅速，签约入驻项目269个、协议投资额591亿元。")
    assert got["591亿元"][0][1] == "入驻项目协议投资额"
    assert facts(facts_of, "全年协议投资额591亿元。")["591亿元"][0][1] == "协议投资额"
