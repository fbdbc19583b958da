"""Kind and period, round 12 (stop 21; classes read on audit-stop21-dev17 and the scored test7; bench/README.md
"Round 12: kind and period (stop 21)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, REVIEW, TERM, facts, when

MIXED = HEAD.format(year=2026) + "一、2025年和“十四五”时期工作回顾\n{}\n二、2026年工作安排\n今年要继续努力。\n"


def test_totals_built_or_approved_over_the_term(registry):
    """获批地方政府专项债券额度454亿元 in 过去五年工作回顾 (Bozhou 2022), ——五年来，…打造了47个百亿元园区
    (Guangxi 2023), 净增规模以上工业企业470家 under 五年来 (Lianyungang 2016): things approved, built up or
    added over the term add up to the span. A stock the term ended at (园区达到47个) and 获批/打造 in a one-year
    review stay the year's."""
    got = facts(registry, TERM.format("到位上级转移支付资金1136亿元，获批地方政府专项债券额度454亿元。"
                                      "打造了4个千亿元园区、47个百亿元园区。净增规模以上工业企业470家。"), 2011)
    assert when(got["454亿元"]) == ("result", 2006, 2010)
    assert when(got["47个"]) == ("result", 2006, 2010)
    assert when(got["470家"]) == ("result", 2006, 2010)
    got = facts(registry, TERM.format("百亿元园区达到47个。"), 2011)
    assert when(got["47个"]) == ("result", 2010, None)
    got = facts(registry, REVIEW.format("获批地方政府专项债券额度454亿元，打造了47个百亿元园区，"
                                        "净增规模以上工业企业470家。"), 2011)
    assert when(got["454亿元"]) == ("result", 2010, None)
    assert when(got["47个"]) == ("result", 2010, None)
    assert when(got["470家"]) == ("result", 2010, None)


def test_this_was_the_five_years_of(registry):
    """这是深化融合、城市建设欣欣向荣的五年。…新建和改造农贸市场185个 (Guiyang 2026, under 2025年和“十四五”时期
    工作回顾): the paragraph is about the five years. 这是…的一年 (Jiaozuo 2014) and a level keep the year."""
    got = facts(registry, MIXED.format("这是深化区域融合、城市建设欣欣向荣的五年。承载能力持续增强。"
                                       "新建和改造农贸市场185个，城市自来水普及率达到99.5%。"), 2026)
    assert when(got["185个"]) == ("result", 2021, 2025)
    assert when(got["99.5%"]) == ("result", 2025, None)
    got = facts(registry, MIXED.format("这是转型发展全面推进、步伐加快的一年。新建和改造农贸市场185个。"), 2026)
    assert when(got["185个"]) == ("result", 2025, None)


def test_the_older_five_year_plans(registry):
    """“七五”期间 (Zhejiang 1986), “八五”时期, “六五”以来: the plans before 九五 are spans as the later ones are;
    “七五”普法 (the law campaign) is no plan."""
    got = facts(registry, HEAD.format(year=1991) + "一、“七五”时期工作回顾\n"
                "“七五”期间，全省累计完成基本建设投资300亿元。\n二、1991年工作安排\n今年要继续努力。\n", 1991)
    assert when(got["300亿元"]) == ("result", 1986, 1990)
    got = facts(registry, HEAD.format(year=1991) + "一、“八五”时期的主要任务\n"
                "“八五”期间，全省累计新建公路3000公里。\n", 1991)
    assert when(got["3000公里"]) == ("target", 1991, 1995)
    got = facts(registry, HEAD.format(year=2017) + "一、2016年工作回顾\n"
                "“七五”普法工作启动，全年新建法治文化广场30个。\n二、2017年工作安排\n今年要继续努力。\n", 2017)
    assert when(got["30个"]) == ("result", 2016, None)


def test_a_stock_after_the_flow_and_the_base_compared_with(registry):
    """五年来…净增“四上一新”企业1350家，其中规上工业企业净增312家、总量达807家 (Dazhou 2021): 312家 is added over
    the term, 807家 the stock it ended at. 与“十二五”末相比，2020年…净增160亿元 (Wuwei 2021): the change over the
    next plan's years (十三五), not the plan compared with."""
    got = facts(registry, TERM.format("五年来，净增规上工业企业312家、总量达807家。"), 2011)
    assert when(got["312家"]) == ("result", 2006, 2010)
    assert when(got["807家"]) == ("result", 2010, None)
    got = facts(registry, HEAD.format(year=2021) + "一、“十三五”时期工作回顾\n"
                "与“十二五”末相比，全市生产总值达到526亿元、净增160亿元。\n"
                "二、2021年工作安排\n今年要继续努力。\n", 2021)
    assert when(got["160亿元"]) == ("result", 2016, 2020)
