"""Round 24j (TEST12 redrafted, development): the kind and year of values stated inside review-like text — a later
year to reach set by an aim (保证到一九八〇年…), a plan's figure (计划增长), and the first-half figures of a report
given in the middle of its year. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts, when

MIDYEAR = ("政府工作报告\n——2021年8月23日在测试市第十六届人民代表大会第一次会议上\n各位代表：\n"
           "一、十五届人大一次会议以来工作回顾\n{}\n二、今后五年的主要任务\n要继续努力。\n")
REVIEW_1978 = "1978年测试市政府工作报告\n各位代表：\n一、1977年工作回顾\n{}\n二、1978年主要工作\n今年要继续努力。\n"


def test_an_aim_to_reach_a_later_year_in_the_review_is_a_target_of_that_year(registry):
    """我们要发扬革命加拚命的精神，努力工作，保证到一九八〇年把三分之一的企业建成大庆式企业 (national-1978, a report
    without a plan part): a target for 1980; 争取到2012年 likewise, but not what was done since (…，目前已完成)."""
    got = facts(registry, REVIEW_1978.format("我们要努力工作，保证到一九八〇年把三分之一的企业建成大庆式企业。"), 1978)
    assert when(got["三分之一"])[:2] == ("target", 1980)
    got = facts(registry, REVIEW.format("争取到2012年建成保障性住房5000套。"), 2011)
    assert when(got["5000套"])[:2] == ("target", 2012)
    got = facts(registry, REVIEW.format("争取到2012年建成保障性住房5000套，目前已建成3000套。"), 2011)
    assert when(got["3000套"])[:2] == ("result", 2010)


def test_a_plans_growth_spoken_of_in_the_review_is_a_target(registry):
    """在这个期间，我国工农业总产值计划增长百分之二十一点七 (national-1982, on the sixth five-year plan); not a plan
    done (完成年度计划的105%)."""
    got = facts(registry, REVIEW.format("在这个期间，我国工农业总产值计划增长百分之二十一点七。"), 2011)
    assert got["百分之二十一点七"].kind == "target"
    got = facts(registry, REVIEW.format("全市工业总产值完成年度计划的105%。"), 2011)
    assert got["105%"].kind == "result"


def test_first_half_figures_of_a_midyear_report_are_of_its_own_year(registry):
    """上半年，地区生产总值完成1073.75亿元，同比增长6.6%；1-7月份，一般公共预算收入完成139.7亿元 (xingtai-2021-08,
    given on 23 August 2021): 2021's results, not 2020's."""
    got = facts(registry, MIDYEAR.format("上半年，地区生产总值完成1073.75亿元，同比增长6.6%；1-7月份，一般公共预算收入"
                                         "完成139.7亿元。"), 2021)
    assert when(got["1073.75亿元"])[:2] == ("result", 2021)
    assert when(got["139.7亿元"])[:2] == ("result", 2021)
