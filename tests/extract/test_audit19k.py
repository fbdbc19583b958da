"""The indicator and modality, round 6 (stop 19, DEV13 sample of bench/audit.py, seed 1913, drafts of extractor
0.3.7; bench/README.md "Round 6: the indicator and modality"). Real registry, real extractor; wordings of corpus
reports, positive and negative examples of each class."""
from __future__ import annotations

import pytest


def facts(facts_of, sentence: str, part: str = "review") -> dict[str, list]:
    """value as written → the drafted facts of one sentence, in order."""
    out: dict[str, list] = {}
    for f in facts_of(sentence, part):
        out.setdefault(f.quantity.value, []).append(f)
    return out


@pytest.mark.parametrize("sentence,value,label,part", [
    ("编成244个乡镇（街道）志，努力将馆藏档案数字化率提升到100%。", "100%", "馆藏档案数字化率", "plan"),  # Zunyi 2023
    ("有序推动17个楼盘“保交楼”工作。", "17个", "有序推动楼盘“保交楼”工作", "review"),  # Enshi 2023
    ("有效发明专利拥有量达到1.2万件。", "1.2万件", "有效发明专利拥有量", "review"),
    ("有色金属产量达到120万吨。", "120万吨", "有色金属产量", "review"),
])
def test_a_label_loses_framing_but_keeps_words_that_open_with_it(facts_of, sentence, value, label, part):
    """努力将 frames a target (its modality is a field), while the 有 of 有序, 有效, 有色 is part of a word, not the
    existential 有 of 有9个县实现… (docs/records.md: the label is the words naming what is measured)."""
    assert facts(facts_of, sentence, part)[value][0].subject == label


def test_the_existential_you_still_goes(facts_of):
    """Negative example: 有 before a count (有9个县…) still opens no label."""
    got = facts(facts_of, "全区有4.2万农牧民参与旅游接待服务。")["4.2万"][0]
    assert not got.subject.startswith("有")


@pytest.mark.parametrize("sentence,value,first", [
    ("为各类市场主体减负50亿元以上，累计新增贷款429.2亿元、是上年的2.3倍。", "2.3倍", "429.2亿元"),  # Rizhao 2021
    ("空气环境质量优良率96.2%，高于考核目标3.3个百分点。", "3.3个百分点", "96.2%"),  # Yulin 2023
    ("新增挂牌上市企业30家、数量全省第一。", "一", "30家"),  # Shijiazhuang 2024
])
def test_a_frame_of_the_value_before_measures_its_thing(facts_of, sentence, value, first):
    """是上年的2.3倍, 高于考核目标3.3个百分点, 数量全省第一 name no thing: the ratio, difference or rank is of what the
    value before measured (its indicator and about), not a proposed 是上年 / 高于考核目标 / 数量."""
    got = facts(facts_of, sentence)
    assert got[value][0].indicator == got[first][0].indicator
    assert got[value][0].subject == got[first][0].subject


def test_a_share_frame_joins_the_thing_before(facts_of):
    """占生产总值比重 after 服务业增加值增长11.5%: the services share of GDP, the registry's 服务业增加值比重
    (measure share, as its note says), not a proposed 占生产总值比重. Weihai 2014."""
    got = facts(facts_of, "力争服务业增加值增长11.5%，占生产总值比重提高1个百分点以上。", "plan")
    f = got["1个百分点"][0]
    assert f.indicator == got["11.5%"][0].indicator == "indicator/services-value-added"
    assert (f.reading.measure, f.reading.modality) == ("change", "aspirational")   # 力争 governs the share too
    assert f.subject == "服务业增加值占生产总值比重"


def test_a_label_with_its_own_thing_is_no_frame(facts_of):
    """Negative examples: a share or difference that names its thing keeps it (工业战略性新兴产业占规上工业比重; 出口
    增长 after another value), and a frame opening a new sentence takes nothing from the sentence before."""
    got = facts(facts_of, "规上工业增加值增长8%，工业战略性新兴产业占规上工业比重达到30%以上。")
    assert got["30%"][0].subject == "工业战略性新兴产业占规上工业比重"
    got = facts(facts_of, "地区生产总值增长6%。高于考核目标3个百分点。")
    assert got["3个百分点"][0].subject != "地区生产总值"


@pytest.mark.parametrize("sentence,value", [
    ("突出抓好企业技术改造，力争技术改造投入170亿元，比上年增长20%以上。", "20%"),  # Guangxi 2004
    ("力争全年外贸进出口总额达到60亿美元，其中出口40亿美元。", "40亿美元"),
])
def test_an_aim_governs_the_clause_that_goes_on_with_it(facts_of, sentence, value):
    """力争 of a value governs its growth over the year (比上年增长) and a part of it (其中) in the next clause: the
    same statement (docs/records.md: modality aspirational)."""
    f = facts(facts_of, sentence, "plan")[value][0]
    assert (f.reading.modality, f.reading.modality_written) == ("aspirational", "力争")


def test_an_aim_does_not_reach_a_new_statement(facts_of):
    """Negative examples: a clause with its own subject after the aim (规上工业增加值增长8%) is not governed, nor a
    比上年 clause after a plain target."""
    got = facts(facts_of, "力争地区生产总值增长7%，规上工业增加值增长8%。", "plan")
    assert got["8%"][0].reading.modality == ""
    got = facts(facts_of, "技术改造投入170亿元，比上年增长20%以上。", "plan")
    assert got["20%"][0].reading.modality == ""


def test_an_aim_does_not_reach_an_average_growth(facts_of):
    """Negative example: 确保完成2800亿元、力争达到3000亿元，年均增长8.5%以上 (Xuancheng 2022): the five-year average
    growth is a target of its own (it matches the 确保 level), not governed by the 力争 before it."""
    got = facts(facts_of, "到2026年，地区生产总值确保完成2800亿元、力争达到3000亿元，年均增长8.5%以上。", "plan")
    assert got["8.5%"][0].reading.modality == ""
