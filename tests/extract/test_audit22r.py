"""Recall and measure, round 9 (stop 20; classes read on DEV8 of stop 20, seed 2008, drafts of 0.3.10, and on the
blind sample TEST5; bench/README.md "Round 9: recall and measure (stop 20)"). Real registry, real extractor;
wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts, when

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "一、2018年工作回顾\n全市生产总值增长7%。\n二、2019年工作安排\n"


def test_an_amount_gained_is_an_absolute_change(registry):
    """肉类总产量达49.2万吨、增产1.3万吨 (Zhaotong 2014), 增量超过500亿元 (Lvliang 2022), 增盈6.80亿元 (Hainan 1999):
    the amount gained is a change, increase; 增收 with no value of its own after it reads nothing."""
    got = facts(registry, REVIEW + "肉类总产量达49.2万吨、增产1.3万吨。全市GDP完成2071.4亿元，增量超过500亿元。"
                "工业企业比上年增盈6.80亿元。促进农民增收，农村居民人均可支配收入达到15000元。\n", 2019)
    for value in ("1.3万吨", "500亿元", "6.80亿元"):
        assert (got[value].reading.measure, got[value].reading.direction) == ("change", "increase"), value
    assert got["49.2万吨"].reading.measure == "level"
    assert (got["15000元"].reading.measure, got["15000元"].reading.direction) == ("level", "")


def test_a_concentration_improving_goes_down(registry):
    """细颗粒物（PM2.5）平均浓度分别改善9.6%、14% (Shandong 2019): a relative decrease; a rate improving to a level
    (优良天数比例改善至85%) stays a share."""
    got = facts(registry, REVIEW + "细颗粒物（PM2.5）平均浓度改善14%。空气优良天数比例改善至85%。\n", 2019)
    assert (got["14%"].reading.measure, got["14%"].reading.direction) == ("growth", "decrease")
    assert (got["85%"].reading.measure, got["85%"].reading.direction) == ("share", "")


def test_a_bracket_restating_an_average_growth_is_one(registry):
    """年均增长23.7%（同口径增长19.2%） (Jiangsu 2003): the bracket gives the average on a like basis; after a growth
    of one year (增长10%（同口径增长8%）) it stays a growth."""
    got = facts(registry, HEAD.format(year=2003) + "一、过去五年工作回顾\n"
                "财政总收入由1997年的512.9亿元增加到1483.7亿元，年均增长23.7%（同口径增长19.2%）。\n"
                "二、2003年工作安排\n地方财政收入增长10%（同口径增长8%）。\n", 2003)
    assert got["19.2%"].reading.measure == "average-growth"
    assert got["8%"].reading.measure == "growth"


def test_an_estimate_does_not_govern_a_starting_level(registry):
    """与“十一五”末相比，预计生产总值从600.85亿元增加到1440.17亿元 (Bijie 2016): 预计 governs the level reached, not the
    final figure it started from."""
    got = facts(registry, HEAD.format(year=2016) + "一、过去五年工作回顾\n与“十一五”末相比，预计生产总值从600.85亿元"
                "增加到1440.17亿元，年均增长14.8%。\n", 2016)
    assert got["600.85亿元"].reading.modality == ""
    assert got["1440.17亿元"].reading.modality == "estimate"
    assert got["14.8%"].reading.modality == "estimate"


def test_an_aim_goes_on_through_clauses_without_a_subject(registry):
    """力争人均国内生产总值翻一番，超过23000元，按现行汇率折算，达到2800美元 (Jiangsu 2003): the clauses go on with the
    aim; a clause naming its own subject (全市生产总值达到500亿元) or after 确保 does not."""
    got = facts(registry, HEAD.format(year=2003) + "二、今后五年的目标\n主要目标是：力争人均国内生产总值翻一番，"
                "超过23000元，按现行汇率折算，达到2800美元。力争实现新突破，全市生产总值达到500亿元。"
                "力争农民收入翻一番，确保达到5000元。\n", 2003)
    assert got["23000元"].reading.modality == "aspirational"
    assert got["2800美元"].reading.modality == "aspirational"
    assert got["500亿元"].reading.modality == ""
    assert got["5000元"].reading.modality == ""


def test_a_paragraph_opening_on_the_past_year_reviews_in_a_plan_titled_part(registry):
    """一、当前国内形势和基本任务 / 在经济领域，过去一年里取得的最重要的成绩…钢产量达到5205万吨 (national 1987): a
    1986 result; the part's other paragraphs stay the plan's."""
    got = facts(registry, HEAD.format(year=1987) + "一、当前国内形势和基本任务\n"
                "在经济领域，过去一年里取得的最重要的成绩，就是经济继续纳入正常发展的轨道。钢产量达到5205万吨，比上年增长11.2%。\n今年要继续加强宏观控制，"
                "钢产量达到5500万吨。\n", 1987)
    assert when(got["5205万吨"]) == ("result", 1986, None)
    assert when(got["11.2%"])[:2] == ("result", 1986)
    assert when(got["5500万吨"])[:2] == ("target", 1987)


def test_consecutive_times_in_chinese_numerals_are_counted(registry):
    """长春连续十次获评“最具幸福感城市” (docs/records.md: consecutive times stated are a count); 十 alone with no
    连续 before it, and a streak in years (连续十年), read nothing."""
    got = facts(registry, REVIEW + "连续十次获评“最具幸福感城市”。粮食连续十年增产。\n", 2019)
    assert "十次" in got
    assert len(got) == 1


def test_a_package_issued_in_quotes_is_counted(registry):
    """出台集聚人才“20条新政” (issued: a count); 落实“十五条”, 制定“稳增长十条”措施 (implemented; named name-first):
    names."""
    got = facts(registry, REVIEW + "出台集聚人才“20条新政”。认真落实“十五条”。制定“稳增长十条”措施。\n", 2019)
    assert list(got) == ["20条"]
